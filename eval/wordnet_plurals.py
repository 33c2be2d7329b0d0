"""Build ``lexicon/plurals.json``: WordNet 3.0's irregular noun plurals (``noun.exc``) that lexicon.plurals' suffix
rules get wrong ("children" -> child, "mice" -> mouse, "analyses" -> analysis), its noun lemmas the rules would
change though no lemma is their singular ("series", "crisis", "news", "specimen": kept as they are), and "people" as
the plural of "person" (WordNet files "people" as its own noun), so the briefing singularises head nouns without
spaCy.

Usage: .venv/bin/python eval/wordnet_plurals.py [--wordnet /usr/share/wordnet] [--no-write]
Prints the table's size; exits 0 with a message when the WordNet files are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from wordnet_kinds import LICENSE, senses  # noqa: E402

from storyline.lexicon.plurals import PLURALS, by_rule  # noqa: E402

SUPPLETIVE = {"people": "person"}  # no rule and no WordNet exception makes one of the other


def build(wordnet: Path) -> dict:
    """The irregular plurals the rules miss and the singulars they would change, one-word lower-case ones only."""
    plurals = dict(SUPPLETIVE)
    for line in (wordnet / "noun.exc").read_text(encoding="utf-8").splitlines():
        plural, *singulars = line.split()
        if (
            len(singulars) == 1
            and plural.isalpha()
            and singulars[0].isalpha()
            and by_rule(plural) != singulars[0]
        ):
            plurals.setdefault(plural, singulars[0])
    lemmas = senses(wordnet / "index.noun")
    own = sorted(
        w for w in lemmas if w.isalpha() and w not in plurals and by_rule(w) != w and by_rule(w) not in lemmas
    )
    return {"version": 1, "source": "Princeton WordNet 3.0 noun.exc and index.noun", "license": LICENSE,
            "plurals": dict(sorted(plurals.items())), "singular": own}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 dict folder"
    )
    ap.add_argument("--no-write", action="store_true", help="print the size only")
    args = ap.parse_args()
    if not (args.wordnet / "noun.exc").exists():
        print(f"no WordNet files in {args.wordnet} (Debian: apt-get install wordnet-base); nothing built")
        return
    table = build(args.wordnet)
    print(
        f"{PLURALS.name}: {len(table['plurals'])} irregular plurals, {len(table['singular'])} singulars kept"
    )
    if not args.no_write:
        PLURALS.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {PLURALS.relative_to(ROOT)} ({PLURALS.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
