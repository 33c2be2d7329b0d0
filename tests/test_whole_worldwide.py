"""A count told as the whole across the world or a group ("recalling 2.1 million vans worldwide", "450 jobs across
the group") is a total, no other version of one country's or one site's count another outlet gives (briefing.
figure_scope ``scope``): no conflict. Two outlets' different worldwide counts still conflict. Invented text."""

from __future__ import annotations

from briefed import brief_outlets


def _counts(bodies: dict[str, str]) -> list[str]:
    return [k.kind for k in brief_outlets(bodies, "Pellam recall").conflicts if k.kind == "count"]


def test_a_worldwide_whole_and_one_countrys_part_do_not_conflict() -> None:
    bodies = {
        "Ledger": "Pellam Motors is recalling 640,000 Tarn vans in Canada because a brake hose can crack, the "
        "company said on Tuesday.",
        "Gazette": "Pellam Motors is recalling 2.1 million Tarn vans worldwide because a brake hose can crack, the "
        "company said on Tuesday.",
    }
    assert _counts(bodies) == []


def test_two_worldwide_counts_still_conflict() -> None:
    bodies = {
        "Ledger": "Pellam Motors is recalling 1.6 million Tarn vans worldwide because a brake hose can crack, the "
        "company said on Tuesday.",
        "Gazette": "Pellam Motors is recalling 2.1 million Tarn vans worldwide because a brake hose can crack, the "
        "company said on Tuesday.",
    }
    assert _counts(bodies) == ["count"]
