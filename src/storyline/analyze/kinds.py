"""WordNet 3.0's weapons and vehicles (``kinds.json``) and kinds of killing (``offences.json``: the offences one death
is charged as), built by eval/wordnet_kinds.py: which kind a value is, and whether two values agree, without spaCy,
so a briefing read from the store compares instruments and offences without the NLP stack.

Two values compare by the hypernyms (``compatible``): equal or one above the other ("gun" / "rifle": less and more
precise) agree; two kinds of one specific thing ("rifle" / "shotgun", both firearms) conflict; anything else ("a
sword" / "a gun", related only through "weapon") cannot be compared.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

KINDS = Path(__file__).with_name("kinds.json")
OFFENCES = Path(__file__).with_name("offences.json")  # kinds of killing: murder, manslaughter
WEAPON = "weapon used"  # the claim measure of a weapon, which analyze.instruments reads "with" a doer too
MEASURES = {  # WordNet root (eval/wordnet_kinds.py) -> claim measure
    **dict.fromkeys(("weapon", "weaponry", "explosive_device", "edge_tool"), WEAPON),
    "vehicle": "vehicle used",
}
# At most this many hypernym steps from each of two values up to the kind they share: "rifle" / "shotgun" (1 each,
# firearm) conflict; further apart they are no longer two versions of one description (fit/held-out, ERRORS.md).
_STEPS = 2
# hypernym levels walked at most, here and by eval/wordnet_kinds.py (WordNet's noun tree is under 20 deep)
MAX_WALK = 40


@lru_cache(maxsize=2)
def table(path: Path = KINDS) -> dict:
    """A built table (lemmas, synsets, roots), read once: every instrument (or offence) looks it up."""
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _synsets() -> dict[str, dict]:
    """Both tables' synsets (their keys hold WordNet offsets, so they never clash): values of either compare."""
    return {**table()["synsets"], **table(OFFENCES)["synsets"]}


@lru_cache(maxsize=1)
def _roots() -> frozenset[str]:
    return frozenset(
        f"{name}.{offset}" for t in (table(), table(OFFENCES)) for name, offset in t["roots"].items()
    )


# A gun and a knife are two weapons however far apart WordNet files them (a knife is an edge tool): one attack's
# weapon told as a gun by one outlet and as a knife by another is two versions of it (eval/claims kinds11 p11).
# Only these two, the weapons of most reports of a robbery or an attack: a sword or a bomb beside a rifle is
# more often a second weapon (related only as weapons: None).
_GUNS = frozenset(("gun.03467984",))
_BLADES = frozenset(("knife.03623556", "knife.03624134"))


def compatible(a: str, b: str) -> bool | None:
    """Equal, or one a kind of the other: True; two kinds of one specific thing, or a gun and a knife: False;
    else None."""
    up_a, up_b = above(a), above(b)
    if a == b or a in up_b or b in up_a:
        return True
    kinds_a, kinds_b = up_a | {a}, up_b | {b}
    if kinds_a & _GUNS and kinds_b & _BLADES or kinds_b & _GUNS and kinds_a & _BLADES:
        return False
    da, db = _depths(a), _depths(b)
    roots = _roots()
    if any(s not in roots and da[s] <= _STEPS and db[s] <= _STEPS for s in da.keys() & db.keys()):
        return False
    return None


def root(value: str) -> str:
    """The WordNet root a value is filed under ("weapon", "vehicle", ...)."""
    return _synsets()[value]["root"]


@lru_cache(maxsize=4096)
def _depths(value: str) -> dict[str, int]:
    """Every synset above a value (and itself) with its fewest hypernym steps up (breadth first, bounded)."""
    synsets = _synsets()
    seen = {value: 0}
    level = [value]
    for step in range(1, MAX_WALK):
        level = [p for v in level for p in synsets[v]["up"] if p not in seen]
        if not level:
            break
        for p in level:
            seen[p] = step
    return seen


def above(value: str) -> frozenset[str]:
    """Every synset more general than a value."""
    return frozenset(_depths(value)) - {value}
