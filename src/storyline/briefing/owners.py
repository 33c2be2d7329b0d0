"""Whether two ages of one slot are of two people of one surname (analyze.owners: "Kathryn Hale, 20" / "Daniel
Hale, 34"): two people's ages, never one figure told two ways."""

from __future__ import annotations

from storyline.analyze.gender import first_name_gender
from storyline.briefing.name_letters import same_first, sounds_alike, spelt_alike
from storyline.lexicon.titles import NAME_TITLES
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
        and one_surname_two_people(a.owner.split(), b.owner.split())
    )


def one_surname_two_people(x: list[str], y: list[str]) -> bool:
    """Two full names of one surname with two first names ("Kathryn Hale" / "Daniel Hale"); one first name
    written two ways ("Dan" / "Daniel", "Katherine" / "Kathryn": a spelling question, briefing.spelling) or a
    title before the surname is no second person."""
    if len(x) < 2 or len(y) < 2 or x[-1] != y[-1]:
        return False
    first_x, first_y = x[0].lower(), y[0].lower()
    if same_first(first_x, first_y) or spelt_alike(first_x, first_y, _FIRST_NAME_SIMILARITY, initial=False):
        return False
    if sounds_alike(first_x, first_y):
        return False
    if any(not w[0].isupper() or w.lower().rstrip(".") in NAME_TITLES for w in (x[0], y[0])):
        return False  # "writer Owain Pryce", "Dr Pryce", "Sheriff Pryce": no first name
    return first_name_gender(first_x) is not None or first_name_gender(first_y) is not None
