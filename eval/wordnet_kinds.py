"""Build ``analyze/kinds.json`` and ``analyze/offences.json``: the WordNet 3.0 nouns that name a kind of weapon,
explosive device, edge tool or vehicle, and those that name a kind of killing (an offence: murder, manslaughter),
with their hypernyms.

Usage: .venv/bin/python eval/wordnet_kinds.py [--wordnet /usr/share/wordnet] [--no-write]
Reads the Princeton WordNet 3.0 database files (Debian's ``wordnet-base``: ``index.noun``, ``data.noun`` and the
tagged corpus's counts ``cntlist.rev``) and keeps, for every noun lemma whose first sense lies under one of
``ROOTS`` (``OFFENCE_ROOTS``), that sense, or, when more than ``MOST`` of its senses lie under one root, its sense
there the tagged corpus uses most (``common_sense``), but no vehicle for a word used mostly as an adjective or for
a person (``no_vehicle_noun``); for every kept synset its hypernyms up to the root. analyze.kinds reads them to
tell "a rifle" from "a shotgun" (two kinds of firearm: a conflict) and from "a gun" (less precise: compatible),
and "murder" from "manslaughter" (two kinds of homicide). Prints each table's size; exits 0 with a message when
the WordNet files are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.analyze.kinds import KINDS as OUT  # noqa: E402
from storyline.analyze.kinds import MAX_WALK, OFFENCES  # noqa: E402

# weapon.n.01 (guns, swords), weaponry.n.01 (bombs, grenades), explosive_device.n.01 (a petrol bomb), edge_tool.n.01
# (a knife: its first sense is a tool), vehicle.n.01 (cars, ships, aircraft); data.noun offsets
ROOTS = {
    "weapon": "04565375", "weaponry": "04566257", "explosive_device": "03305522", "edge_tool": "03265032",
    "vehicle": "04524313", "public_transport": "04019101",
}  # fmt: skip
# public_transport.n.01 (a bus, a train) lies beside vehicle.n.01 under conveyance, not under it: its kinds are
# vehicles all the same ("a white bus" is a vehicle's colour)
KIND_OF_ROOT = {"public_transport": "vehicle"}
# A lemma whose first sense is under no root is still kept when most of its senses lie under one root ("van": a
# vanguard and a front first, then a railway van, a camper and a truck; "cab": a driver's compartment, then a
# carriage and a taxi): the first sense is then one use among many of its vehicles. Read on the diff it makes
# (session 27): a word with one root sense among several (a "commuter", a "diner", a "smoker": a person or a
# restaurant first, a train car after) stays out.
MOST = 0.5
# projectile.n.01 (bullets, shot) and ammunition.n.01 (rounds, shells): what a weapon fires, not the weapon
# ("fired shots" / "bullets" are no two kinds of one instrument)
LEFT_OUT = frozenset(("04008634", "02703275"))
# killing.n.02 (homicide, murder, manslaughter, assassination): the offences one death is charged as, each a kind of
# killing, so a court's two words for one death compare as two instruments do (analyze.outcomes)
OFFENCE_ROOTS = {"killing": "00219012"}
LICENSE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use, copy, modify and "
    "distribute this software and database and its documentation for any purpose and without fee or royalty is "
    "hereby granted, provided that you agree to comply with the copyright notice and statements (wordnet.princeton.edu/license-and-commercial-use)."
)


def read_synsets(data: Path, instances: bool = True) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Each noun synset's hypernyms (class and, with ``instances``, instance: "Franklin" is a scientist) and its
    first lemma, by offset."""
    kinds = ("@", "@i") if instances else ("@",)
    parents: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for line in data.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        f = line.split(" | ")[0].split()
        offset, n_words = f[0], int(f[3], 16)
        names[offset] = f[4].lower()
        at = 4 + 2 * n_words
        n_ptrs = int(f[at])
        ptrs = [f[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(n_ptrs)]
        parents[offset] = [p[1] for p in ptrs if p[0] in kinds and p[2] == "n"]
    return parents, names


def senses(index: Path) -> dict[str, list[str]]:
    """Each noun lemma's senses, most frequent first (the offsets index.noun lists)."""
    out = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()  # lemma pos n_synsets n_pointers pointers... n_senses n_tagged offsets
        out[f[0].lower()] = f[6 + int(f[3]) :]
    return out


_POS = {"1": "n", "3": "a", "5": "a"}  # a sense key's synset type: noun, adjective, satellite adjective
_PERSON = "1:18:"  # a sense key's noun type and lexicographer file: noun.person


def tag_counts(
    cntlist: Path, noun_senses: dict[str, list[str]]
) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """How often WordNet's tagged corpus (``cntlist.rev``) uses each noun synset (its lemmas' senses summed: "taxi"
    counts for the taxicab sense of "cab") and each lemma as a noun ("n"), as an adjective ("a") and as a noun
    naming a person ("person", lexicographer file noun.person)."""
    synsets: dict[str, int] = {}
    by_pos: dict[str, dict[str, int]] = {}
    for line in cntlist.read_text(encoding="utf-8").splitlines():
        key, number, count = line.split()
        lemma, _, rest = key.partition("%")
        lemma, pos = lemma.lower(), _POS.get(rest[:1])
        if pos is None:
            continue
        uses = by_pos.setdefault(lemma, {"n": 0, "a": 0, "person": 0})
        uses[pos] += int(count)
        uses["person"] += int(count) * rest.startswith(_PERSON)
        offsets = noun_senses.get(lemma, []) if pos == "n" else []
        if 0 < int(number) <= len(offsets):
            synsets[offsets[int(number) - 1]] = synsets.get(offsets[int(number) - 1], 0) + int(count)
    return synsets, by_pos


def common_sense(
    offsets: list[str], root_of: Callable[[str], str | None], used: dict[str, int]
) -> str | None:
    """The lemma's sense kept: its first when under a root, else, of the one root more than ``MOST`` of its senses
    lie under, its sense the tagged corpus uses most (``used``; the first of equals: "cab" is a taxicab, which
    "taxi" is tagged as, before a horse-drawn cabriolet); None when neither."""
    roots = [root_of(o) for o in offsets]
    if roots[0] or not any(roots):
        return offsets[0] if roots[0] else None
    top = max(set(filter(None, roots)), key=roots.count)
    if roots.count(top) <= MOST * len(offsets):
        return None
    return max((o for o, r in zip(offsets, roots, strict=True) if r == top), key=lambda o: used.get(o, 0))


def no_vehicle_noun(lemma: str, by_pos: dict[str, dict[str, int]]) -> bool:
    """A lemma with a vehicle sense that names no vehicle in a story: one the tagged corpus uses more as an
    adjective than as a noun ("local", "limited": an express train, but mostly "local", "limited"), or uses for a
    person ("commuter": a commuter train first, yet a story's commuter is a traveller)."""
    uses = by_pos.get(lemma, {"n": 0, "a": 0, "person": 0})
    return uses["a"] > uses["n"] or uses["person"] > 0


def build(wordnet: Path, roots: dict[str, str] = ROOTS) -> dict:
    """The table analyze.kinds reads: each kept lemma's synset, and each kept synset's root and hypernyms."""
    parents, names = read_synsets(wordnet / "data.noun")
    under: dict[str, str] = {}  # offset -> root name

    def root_of(offset: str, depth: int = 0) -> str | None:
        """The root a synset lies under (LEFT_OUT's subtrees are none), found up its hypernyms."""
        if offset in under:
            return under[offset]
        if offset in LEFT_OUT:
            return None
        for name, r in roots.items():
            if offset == r:
                return name
        if depth > MAX_WALK:
            return None
        for p in parents.get(offset, []):
            found = root_of(p, depth + 1)
            if found:
                return found
        return None

    noun_senses = senses(wordnet / "index.noun")
    used, by_pos = tag_counts(wordnet / "cntlist.rev", noun_senses)
    lemmas = {}
    for lemma, offsets in noun_senses.items():
        offset = common_sense(offsets, root_of, used)
        if offset is None:
            continue
        under[offset] = root_of(offset)
        if not (
            KIND_OF_ROOT.get(under[offset], under[offset]) == "vehicle" and no_vehicle_noun(lemma, by_pos)
        ):
            lemmas[lemma.replace("_", " ")] = offset
    kept = set(lemmas.values())
    todo = list(kept)
    while todo:  # every hypernym up to the roots
        o = todo.pop()
        for p in parents[o]:
            if p not in kept and root_of(p):
                kept.add(p)
                todo.append(p)
    key = {o: f"{names[o]}.{o}" for o in kept}  # a synset's first lemma and its offset: unique, readable
    synsets = {
        key[o]: {"root": KIND_OF_ROOT.get(r, r), "up": sorted(key[p] for p in parents[o] if p in kept)}
        for o in kept
        if (r := root_of(o))
    }
    return {"version": 1, "source": "Princeton WordNet 3.0", "license": LICENSE, "roots": roots,
            "lemmas": {w: key[o] for w, o in sorted(lemmas.items())}, "synsets": dict(sorted(synsets.items()))}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 dict folder"
    )
    ap.add_argument("--no-write", action="store_true", help="print the size only")
    args = ap.parse_args()
    if not (args.wordnet / "data.noun").exists():
        print(f"no WordNet files in {args.wordnet} (Debian: apt-get install wordnet-base); nothing built")
        return
    for out, roots in ((OUT, ROOTS), (OFFENCES, OFFENCE_ROOTS)):
        table = build(args.wordnet, roots)
        by_root = {
            r: sum(1 for o in table["lemmas"].values() if table["synsets"][o]["root"] == r)
            for r in dict.fromkeys(KIND_OF_ROOT.get(r, r) for r in roots)
        }
        print(f"{out.name}: {len(table['lemmas'])} lemmas ({by_root}), {len(table['synsets'])} synsets")
        if not args.no_write:
            out.write_text(json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    sys.exit(main())
