"""Two outlets' counts of a measure outside lexicon.measures ("fire engines") whose parsed events share no word are
still one fact when each sentence also states another figure both outlets give alike ("60 firefighters"): the
bundle is one telling (eval/claims kinds11 p06)."""

from __future__ import annotations

from briefed import brief_outlets


def _told(bodies: dict[str, str]) -> list[set[str]]:
    """The value phrases of each conflict of the briefing of ``bodies``."""
    b = brief_outlets(bodies, "Sawmill fire in Tollbury")
    return [{bodies[v.article_id][v.start : v.end] for c in k.claims for v in c.values} for k in b.conflicts]


def _bodies(firefighters: str) -> dict[str, str]:
    return {
        "Tollbury Gazette": "Sawmill fire in Tollbury\nSixty firefighters and six fire engines tackled a blaze that "
        "gutted a sawmill in Tollbury on Sunday, the fire service said.",
        "Vale Radio": f"Crews called to Tollbury sawmill\nNine engines and {firefighters} firefighters were sent to the "
        "sawmill at the height of the blaze, the fire service said.",
    }


def test_a_count_told_beside_an_agreed_figure_conflicts():
    """Six against nine engines, each beside 60 firefighters: one bundle told two ways, a conflict."""
    assert any({"six", "Nine"} <= t for t in _told(_bodies("60")))


def test_a_count_beside_a_differing_figure_stays_quiet():
    """Beside firefighters that differ too (60 / 55), nothing ties the engines to one fact: no engine conflict."""
    assert not any({"six", "Nine"} <= t for t in _told(_bodies("55")))


def test_an_outlet_giving_two_counts_of_the_measure_stays_quiet():
    """An outlet that gives two engine counts (six, then four more) tells two groups, as a sports page's
    statistics do: an agreed figure beside them ties no one of them to the other outlet's nine."""
    bodies = _bodies("60")
    bodies["Tollbury Gazette"] += " Four engines were kept on standby at Tollbury station."
    assert not any({"six", "Nine"} <= t for t in _told(bodies))


def test_one_number_rounded_beside_an_agreed_figure_stays_quiet():
    """ "More than nine" against "nine" engines beside one agreed figure is one number rounded, no conflict."""
    bodies = _bodies("60")
    bodies["Tollbury Gazette"] = bodies["Tollbury Gazette"].replace(
        "six fire engines", "more than nine fire engines"
    )
    assert not any("Nine" in t and len(t) > 1 for t in _told(bodies))
