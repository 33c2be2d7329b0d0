"""A group counted by what its people are ("The 9 divers were cut off") and, by another outlet, only by what
happened to them ("10 men were cut off": "men" names no measure, so the verb does) meets in one slot
(briefing.kind_counts.person_counts; eval/claims kinds18 s01)."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.briefing.kind_counts import person_counts
from storyline.briefing.placed import Placed
from storyline.model import ClaimSlot


def _conflicts(bodies: dict[str, str]) -> list[set[str]]:
    b = brief_outlets(bodies, "Orla cave")
    return [{bodies[v.article_id][v.start : v.end] for c in k.claims for v in c.values} for k in b.conflicts]


def test_men_cut_off_and_divers_cut_off_conflict():
    """Nine divers cut off against ten men cut off in one cave: one group, a conflict (fails without the rule)."""
    bodies = {
        "Dale Post": "Divers cut off in Orla cave\nThe nine divers were cut off when water flooded the lower passage "
        "of the Orla cave, the coastguard said on Sunday.",
        "Motor Wire": "Hopes rise at Orla cave\nRescuers were closing in on the Orla cave, where ten men were cut off "
        "when water flooded a lower passage.",
    }
    assert any({"nine", "ten"} <= t for t in _conflicts(bodies))


def _placed(article: str, measure: str, value: str, outlet: str, event: str) -> Placed:
    return Placed(ClaimSlot(article, 0, 1, "count", measure, value, event=event), 0, outlet)


def test_the_predicate_takes_the_one_person_noun_counted_with_it():
    placed = [_placed("a", "diver", "9", "A", "cut diver"), _placed("b", "cut", "10", "B", "cut")]
    assert [p.slot.measure for p in person_counts(placed, lambda _a: "s")] == ["diver", "diver"]


def test_an_outlet_counting_the_noun_itself_or_two_nouns_move_nothing():
    """The outlet counts divers too (its bare "cut" is another group), or two person nouns share the verb."""
    placed = [_placed("a", "diver", "9", "A", "cut diver"), _placed("b", "cut", "10", "B", "cut"),
              _placed("b", "diver", "3", "B", "diver")]  # fmt: skip
    assert [p.slot.measure for p in person_counts(placed, lambda _a: "s")] == ["diver", "cut", "diver"]
    placed = [_placed("a", "diver", "9", "A", "cut diver"), _placed("c", "guide", "2", "C", "cut guide"),
              _placed("b", "cut", "10", "B", "cut")]  # fmt: skip
    assert [p.slot.measure for p in person_counts(placed, lambda _a: "s")][2] == "cut"


def test_a_bare_person_noun_or_toll_is_no_predicate():
    """ "162 passengers" (event: the noun itself) beside "six crew members ... passengers", and "four injured" beside
    "two divers injured": a noun and a toll, not a bare predicate; nothing moves."""
    placed = [
        _placed("a", "member", "6", "A", "member passenger"),
        _placed("b", "passenger", "162", "B", "passenger"),
    ]
    assert [p.slot.measure for p in person_counts(placed, lambda _a: "s")] == ["member", "passenger"]
    placed = [_placed("a", "diver", "2", "A", "diver injured"), _placed("b", "injured", "4", "B", "injured")]
    assert [p.slot.measure for p in person_counts(placed, lambda _a: "s")] == ["diver", "injured"]
