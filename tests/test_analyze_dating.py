"""Inferred publication dates for undated articles of a storyline."""

from __future__ import annotations

from datetime import UTC, datetime

from test_analyze_quotes import corpus

from storyline.analyze import infer_dates


def test_undated_visit_dated_from_sibling_event_and_interval() -> None:
    articles, _, analyses = corpus()
    found = infer_dates(articles, analyses, [[a.id for a in articles]])
    assert set(found) == {"ga4", "ga5"}  # only the undated ones
    date, evidence = found["ga4"]
    assert date == datetime(2019, 11, 1, tzinfo=UTC)
    assert "November 2019" in evidence
    date, evidence = found["ga5"]
    assert date.year == 2023 and "four years" in evidence


def test_no_inference_across_groups() -> None:
    articles, _, analyses = corpus()
    assert infer_dates(articles, analyses, [["ga4"], ["ga1", "ga2", "ga3"]]) == {}
