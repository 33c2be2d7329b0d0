"""Whether two figures of one slot can be of one owner (analyze.owners): two people of one surname ("Kathryn
Hale, 20" / "Daniel Hale, 34"), two products of one maker ("Lumo Pad Mini" / "Lumo Pad Air"), two of a kind told
apart by a figure, a comparative or an ordinal ("the smaller model" / "the larger model", "the 11-inch model" /
"the 13-inch model"), or two things an outlet itself counts apart in a slot (its quake's distance and its
aftershock's). Figures of two owners are two things counted, never one figure told two ways."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from storyline.analyze.gender import first_name_gender
from storyline.briefing.claim_values import compatible
from storyline.briefing.name_letters import one_letter, same_first, spelt_alike
from storyline.briefing.placed import Placed
from storyline.model import ClaimSlot
from storyline.settings import AnalyzeSettings

_FIGURE = re.compile(r"\d+(?:\.\d+)?")  # the figures of a modifier ("13" of "13-inch")
# How alike two first names must be to be one name spelt two ways: the threshold entity resolution merges
# first names of one surname with (Sergey/Sergei, Katherine/Kathryn).
_FIRST_NAME_SIMILARITY = AnalyzeSettings().first_name_similarity


def two_owners(a: ClaimSlot, b: ClaimSlot, apart: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Whether two figures' owners cannot be one entity: by their names or telling modifiers, or (``apart``)
    because an outlet gives the slot's figures to both owners' nouns with different values."""
    x, y = a.owner, b.owner
    if not x or not y or x == y:
        return False
    if a.kind == "attribute" or b.kind == "attribute":
        return _two_people(x.split(), y.split())
    return _by_words(x.split(), y.split()) or frozenset((_head(x), _head(y))) in apart


def _by_words(x: list[str], y: list[str]) -> bool:
    """Two owners their own words tell apart: two names of one line, or one noun's telling modifiers."""
    return _two_named(x, y) or _told_by_modifiers(x, y)


def two_people(a: ClaimSlot, b: ClaimSlot) -> bool:
    """Whether two ages are of two people of one surname ("Kathryn Hale, 20" / "Daniel Hale, 34"): never one
    figure, whichever pairing of figures is tried."""
    return (
        a.kind == b.kind == "attribute"
        and bool(a.owner and b.owner)
        and _two_people(a.owner.split(), b.owner.split())
    )


def told_apart(
    placed: Iterable[Placed], slot_of: Callable[[ClaimSlot], tuple[str, ...]]
) -> frozenset[frozenset[str]]:
    """Pairs of owner nouns one outlet gives incompatible figures of one slot (``slot_of``: "a magnitude 6.4
    earthquake struck 40 km west", "an aftershock struck 25 km north"): the story tells the two things apart,
    so in any slot another outlet's figure of one is no rival to a figure of the other."""
    by_slot: dict[tuple[str, ...], list[ClaimSlot]] = {}
    for p in placed:
        if p.slot.owner:
            by_slot.setdefault((p.outlet_key, *slot_of(p.slot)), []).append(p.slot)
    out = set()
    for slots in by_slot.values():
        for i, s in enumerate(slots):
            for t in slots[i + 1 :]:
                pair = frozenset((_head(s.owner), _head(t.owner)))
                # owners their own words tell apart ("13-inch version" / "15-inch model") say nothing of the nouns
                told = _by_words(s.owner.split(), t.owner.split())
                if len(pair) == 2 and not _one_noun(*pair) and not told and compatible(s, t) is False:
                    out.add(pair)
    return frozenset(out)


def _head(owner: str) -> str:
    return owner.split()[-1].lower()


def _one_noun(x: str, y: str) -> bool:
    """One noun written two ways: one the other's end ("quake" / "earthquake") or its plural ("Pro" / "Pros",
    a name's plural, which is not lemmatised)."""
    x, y = x.lower().removesuffix("s"), y.lower().removesuffix("s")
    return x.endswith(y) or y.endswith(x)


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


def _two_named(x: list[str], y: list[str]) -> bool:
    """Two names of things sharing a word but ending in two others ("Lumo Pad Mini" / "Lumo Pad Air"): two
    products of one maker or line."""
    named = all(len(w) >= 2 and all(t[:1].isupper() for t in w) for w in (x, y))
    return named and x[-1] != y[-1] and not _one_noun(x[-1], y[-1]) and bool(set(x) & set(y))


def _told_by_modifiers(x: list[str], y: list[str]) -> bool:
    """One noun told apart by modifiers: figures no two of which are shared ("11-inch model" / "13-and
    15-inch option"), or two other modifiers of one noun ("the smaller model" / "the larger model"); not one
    noun's modifiers inside the other's ("AK rifle" / "AK-47 rifle": one told more precisely)."""
    fx, fy = (set(_FIGURE.findall(" ".join(w[:-1]))) for w in (x, y))
    if fx and fy:
        return not fx & fy
    mx, my = set(x[:-1]), set(y[:-1])
    common = x[-1].islower() and y[-1].islower() and x[-1] == y[-1]
    return common and bool(mx) and bool(my) and not (mx <= my or my <= mx)
