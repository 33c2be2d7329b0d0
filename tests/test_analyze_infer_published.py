"""Inferred publication dates for undated articles of a storyline."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from test_analyze_quotes import corpus

from storyline.analyze import infer_dates, siblings_in_groups
from storyline.analyze.infer_published import _by_interval
from storyline.model import Analysis, Article, DatedMention, Sentence


def test_undated_visit_dated_from_sibling_event_and_interval() -> None:
    articles, _, analyses = corpus()
    found = infer_dates(articles, analyses, siblings_in_groups([[a.id for a in articles]]))
    assert set(found) == {"ga4", "ga5"}  # only the undated ones
    date, evidence = found["ga4"]
    assert date == datetime(2019, 11, 1, tzinfo=UTC)
    assert "November 2019" in evidence
    date, evidence = found["ga5"]
    assert date.year == 2023 and "four years" in evidence


def test_no_inference_across_groups() -> None:
    articles, _, analyses = corpus()
    assert infer_dates(articles, analyses, siblings_in_groups([["ga4"], ["ga1", "ga2", "ga3"]])) == {}


def test_a_long_storyline_gives_only_the_siblings_that_arrived_nearest() -> None:
    """A storyline of thousands (a 10k bench store had one of 3,460 articles) is not read whole to date each
    undated member: it gets the ``limit`` members nearest in arrival, in storyline order."""
    group = [f"a{n}" for n in range(300)]
    arrival = {aid: (n * 7) % 300 for n, aid in enumerate(group)}  # storyline order is not arrival order
    target = group[10]
    got = siblings_in_groups([group], {target}, arrival, limit=20)[target]
    nearest = sorted((o for o in group if o != target), key=lambda o: abs(arrival[o] - arrival[target]))[:20]
    assert got == [o for o in group if o in set(nearest)]
    assert max(abs(arrival[o] - arrival[target]) for o in got) == 10
    # a group within the limit keeps every other member, as without one
    small = group[:15]
    assert siblings_in_groups([small], {target}, arrival, limit=20) == siblings_in_groups([small], {target})


def test_an_announcement_is_not_dated_by_the_event_it_announces() -> None:
    """'Kellings to visit Norvalia' happens after publication: the visit's date is not the article's."""
    articles, _, analyses = corpus()
    undated = [replace(a, published=None) if a.id == "ga3" else a for a in articles]
    found = infer_dates(undated, analyses, siblings_in_groups([[a.id for a in undated]]))
    assert "ga3" not in found
    assert "ga4" in found  # the visit itself still is


def _interval_case(previous: str) -> tuple[Article, Analysis]:
    first = "The trip will be the first of its kind for four years."
    body = f"{first} {previous}"
    year = body.index("2015")
    sentences = (Sentence("x", 0, len(first), first), Sentence("x", len(first) + 1, len(body), previous))
    dates = (DatedMention("x", year, year + 4, "2015", "2015"),)
    return Article(id="x", source="x", body=body), Analysis("x", sentences=sentences, dates=dates)


def test_interval_counts_from_the_previous_event_of_the_same_kind() -> None:
    found = _by_interval(*_interval_case("The last minister to visit Ostrava went there in 2015."))
    assert found is not None and found[0].year == 2019


def test_interval_is_not_counted_from_an_unrelated_since() -> None:
    """'the first trip in four years' is not counted from 'relations have been poor since 2015'."""
    assert _by_interval(*_interval_case("Relations have been poor since the last war in 2015.")) is None
