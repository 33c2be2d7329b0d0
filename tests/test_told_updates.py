"""How reporters tell a later figure, read as an update (invented stories through the real analysis and briefing):
an outlet's later article telling a change from its own earlier bound (briefing.claims ``_restated``), a figure
another outlet gives as the old level beside its new one (briefing.claim_verdicts ``new_level``), and "the first
reports of two deaths" as a recalled report (analyze.claim_setting ``_tells_change``)."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_reports, claims_in

from storyline.model import Briefing

_T = datetime(2026, 3, 2, 6, tzinfo=UTC)


def _brief(bodies: list[tuple[str, str, str, float]]) -> Briefing:
    """(article id, outlet, body, hours after the first report) of each article, one story."""
    return brief_reports(bodies, "story", _T)


def _kinds_with(b: Briefing, figure: str) -> list[str]:
    return [k.kind for k in b.conflicts if figure in (k.statement or "")]


def test_an_outlets_later_rise_from_its_own_bound_is_an_update():
    b = _brief(
        [
            (
                "a1",
                "Tarn Wire",
                "A landslide buried homes in Ostby on Monday, killing at least 9 people, police said.",
                0,
            ),
            (
                "b1",
                "Vale Post",
                "A landslide buried homes in Ostby on Monday and killed 9 people, police said.",
                1,
            ),
            (
                "a2",
                "Tarn Wire",
                "The death toll from Monday's landslide in Ostby has risen to 15, police said, as diggers reached "
                "the last houses.",
                9,
            ),
        ]
    )
    assert _kinds_with(b, "15") == ["update"]


def test_a_first_report_recalled_as_a_noun_phrases_the_figure_as_an_update():
    text = "The third man died in hospital hours after the first reports of two deaths."
    (two,) = [c for _s, c in claims_in(text) if c.value == "2"]
    assert two.update


def test_one_report_of_a_series_is_no_recalled_report():
    assert all(not c.update for _s, c in claims_in("The first report of the inquiry listed 20 failings."))


def test_a_figure_another_outlet_gives_as_its_old_level_is_an_update_not_an_agreement():
    early = "Doctors said 16 people were being treated in hospital out of 27 confirmed cases."
    later = (
        "The number of confirmed cases of measles in Brell rose to 34 on Tuesday from 27 a day earlier, health "
        "officials said."
    )
    b = _brief([("b", "Brell Post", early, 3), ("c", "Coast Radio", later, 24)])
    assert _kinds_with(b, "34") == ["update"]
    assert not [a for a in b.agreements if "27" in a.text]


def test_an_old_level_agrees_with_no_earlier_report_by_value_alone():
    early = "Three patients have died and 42 have been infected in an outbreak at Fenwick Hospital, the hospital said."
    later = (
        "The number of infected patients at Fenwick Hospital has risen to 51, up from 42 this morning, after "
        "tests came back from the laboratory."
    )
    b = _brief([("a", "Fen Wire", early, 0), ("b", "Fen Radio", later, 4)])
    bodies = {"a": early, "b": later}
    assert "42" not in {bodies[v.article_id][v.start : v.end] for a in b.agreements for v in a.values}
