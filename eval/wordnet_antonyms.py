"""Build ``lexicon/antonyms.json``: WordNet 3.0's antonyms of verbs ("acquit" / "convict", "win" / "lose",
"accept" / "reject", "pass" / "fail"), one-word lemmas only, so the briefing (briefing.opposed_acts) reads one
outlet's "was acquitted" against another's "was convicted" as the same act told the other way, without spaCy.
An antonym pointer joins two senses; every lemma of one synset is taken as opposed to every lemma of the other
("approve" / "reject", "accept" / "decline", "convict" / "clear": the words outlets use for one verdict or vote),
except the light verbs (``LIGHT``), whose senses are too many to name one act ("take" / "give", "come" / "go").

Usage: .venv/bin/python eval/wordnet_antonyms.py [--wordnet /usr/share/wordnet] [--no-write]
Reads ``data.verb`` (its "!" pointers). Prints the
table's size; exits 0 with a message when the WordNet files are absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from wordnet_kinds import LICENSE, absent, arguments, write_table  # noqa: E402

from storyline.lexicon.antonyms import ANTONYMS  # noqa: E402

LIGHT = frozenset("be have do take give get go come make put set keep hold let stay leave bring".split())


def build(wordnet: Path) -> dict:
    """Each one-word verb lemma and the verb lemmas of the synsets WordNet names antonyms of its synsets."""
    synsets: dict[str, list[str]] = {}
    pointers: dict[str, list[str]] = {}
    for line in (wordnet / "data.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):  # the licence header
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        synsets[fields[0]] = [fields[4 + 2 * i].lower() for i in range(count)]
        at = 4 + 2 * count
        pointers[fields[0]] = fields[at + 1 : at + 1 + 4 * int(fields[at])]
    pairs: dict[str, set[str]] = {}
    for offset, fields in pointers.items():
        for i in range(0, len(fields), 4):
            symbol, target = fields[i : i + 2]
            if symbol != "!":
                continue
            for a in synsets[offset]:
                for b in synsets[target]:
                    if a.isalpha() and b.isalpha() and not {a, b} & LIGHT:
                        pairs.setdefault(a, set()).add(b)
                        pairs.setdefault(b, set()).add(a)
    return {"version": 1, "source": "Princeton WordNet 3.0 data.verb antonym pointers", "license": LICENSE,
            "verbs": {w: sorted(v) for w, v in sorted(pairs.items())}}  # fmt: skip


def main() -> None:
    args = arguments(__doc__).parse_args()
    if absent(args.wordnet, "data.verb"):
        return
    table = build(args.wordnet)
    print(f"{ANTONYMS.name}: {len(table['verbs'])} verbs with an antonym")
    if not args.no_write:
        write_table(ANTONYMS, table)


if __name__ == "__main__":
    sys.exit(main())
