"""Whether two ages of one slot are of two people of one surname (analyze.owners: "Kathryn Hale, 20" / "Daniel
Hale, 34"): two people's ages, never one figure told two ways."""

from __future__ import annotations

import re

from storyline.analyze.gender import first_name_gender
from storyline.briefing.name_letters import one_letter, same_first, spelt_alike
from storyline.model import ClaimSlot
from storyline.settings import AnalyzeSettings

# How alike two first names must be to be one name spelt two ways: the threshold entity resolution merges
# first names of one surname with (Sergey/Sergei, Katherine/Kathryn).
_FIRST_NAME_SIMILARITY = AnalyzeSettings().first_name_similarity


def two_people(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Whether two ages are of two people of one surname ("Kathryn Hale, 20" / "Daniel Hale, 34"): never one
    figure, whichever pairing of figures is tried."""
    return (
        a.kind == b.kind == "attribute"
        and bool(a.owner and b.owner)
        and _two_people(a.owner.split(), b.owner.split())
    )


def _two_people(x: list[str], y: list[str]) -> bool:
    """Two full names of one surname with two first names ("Kathryn Hale" / "Daniel Hale"); one first name
    written two ways ("Dan" / "Daniel", "Katherine" / "Kathryn": a spelling question, briefing.spelling) or a
    title before the surname is no second person."""
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1]:
        return False
    first_x, first_y = x[0].lower(), y[0].lower()
    if same_first(first_x, first_y) or spelt_alike(first_x, first_y, _FIRST_NAME_SIMILARITY, initial=False):
        return False
    sound_x, sound_y = _sound(first_x), _sound(first_y)
    if sound_x == sound_y or one_letter(sound_x, sound_y):
        return False  # "Catherine" / "Kathryn", "Bettie" / "Betty": one name as it sounds
    return first_name_gender(first_x) is not None and first_name_gender(first_y) is not None


# English spellings of one sound in names: a hard c, "th" and "ph", "y" for "i", a silent final "e".
_SOUNDS = tuple(
    (re.compile(a), b)
    for a, b in (
        (r"c(?=[aou]|$)|ck|q", "k"),
        (r"th", "t"),
        (r"ph", "f"),
        (r"y", "i"),
        (r"(\w)\1", r"\1"),
        (r"e$", ""),
    )
)


def _sound(name: str) -> str:
    """A first name's letters as it sounds (``_SOUNDS``): "Catherine", "Katherine", "Kathryn" come near."""
    for pattern, repl in _SOUNDS:
        name = pattern.sub(repl, name)
    return name
