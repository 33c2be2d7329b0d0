"""Counts of one group told with a kind's noun and a more general one ("hatchbacks" / "cars": WordNet's kinds
table) meet in one slot (briefing.kind_counts; eval/claims kinds11 p14)."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.briefing.kind_counts import general_counts
from storyline.briefing.placed import Placed
from storyline.model import ClaimSlot


def _conflicts(bodies: dict[str, str]) -> list[set[str]]:
    b = brief_outlets(bodies, "Corvan recall")
    return [{bodies[v.article_id][v.start : v.end] for c in k.claims for v in c.values} for k in b.conflicts]


def test_a_kind_and_its_general_noun_conflict():
    """23,000 hatchbacks recalled against 23,600 cars called back, one maker's one model: a conflict."""
    bodies = {
        "Dale Post": "Corvan recalls cars\nCarmaker Corvan is recalling 23,000 Lyra hatchbacks because of a faulty "
        "brake sensor, the company said on Monday.",
        "Motor Wire": "Corvan calls back cars\nCorvan has called back 23,600 Lyra cars over a brake fault, the firm "
        "said on Monday.",
    }
    assert any({"23,000", "23,600"} <= t for t in _conflicts(bodies))


def _placed(article: str, measure: str, value: str, outlet: str) -> Placed:
    return Placed(ClaimSlot(article, 0, 1, "count", measure, value), 0, outlet)


def test_an_outlet_counting_both_keeps_them_apart():
    """An outlet that counts cars and hatchbacks tells two groups: the hatchbacks keep their own slot."""
    placed = [_placed("a", "hatchback", "9000", "A"), _placed("a", "car", "23000", "A"),
              _placed("b", "car", "23600", "B")]  # fmt: skip
    assert [p.slot.measure for p in general_counts(placed, lambda _a: "s")] == ["hatchback", "car", "car"]


def test_a_top_noun_takes_no_kind():
    """A top noun of the table ("vehicle") is too wide to say one group: nothing moves; a general noun below it
    ("car") takes the kind's count."""
    placed = [_placed("a", "hatchback", "9000", "A"), _placed("b", "vehicle", "9400", "B")]
    assert [p.slot.measure for p in general_counts(placed, lambda _a: "s")] == ["hatchback", "vehicle"]
    placed = [_placed("a", "hatchback", "9000", "A"), _placed("b", "car", "9400", "B")]
    assert [p.slot.measure for p in general_counts(placed, lambda _a: "s")] == ["car", "car"]
