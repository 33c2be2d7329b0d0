"""Acceptance on the five real seed articles (read from ../shared/seeds, never copied): the whole pipeline."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.pipeline import build, ingest
from storyline.store import open_store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("seeds") / "s.db")
    ingest(store, [str(SEEDS)])
    build(store)
    articles = {Path(a.source).name[:3]: a for a in store.articles()}
    return store, articles


def _story(store, article) -> str:
    return store.placement(article.id)[1]


def test_all_five_seeds_are_stored(seeds):
    store, articles = seeds
    assert sorted(articles) == ["000", "001", "002", "003", "004"]
    assert store.rejects() == []


def test_announcement_reports_form_one_story_and_the_visit_another_in_the_same_storyline(seeds):
    store, a = seeds
    announcement = _story(store, a["000"])
    assert _story(store, a["001"]) == announcement
    assert _story(store, a["002"]) == announcement
    visit = _story(store, a["003"])
    assert visit != announcement
    assert _story(store, a["004"]) not in {announcement, visit}
    assert store.story(visit).storyline_id == store.story(announcement).storyline_id


def test_dates_truncation_and_clean_bodies(seeds):
    _, a = seeds
    assert a["000"].published == datetime(2017, 3, 4, 12, 20, tzinfo=UTC)
    assert a["001"].published == datetime(2017, 3, 5, tzinfo=UTC)
    assert "truncated" in a["003"].flags
    chrome = (
        "notifications",
        "cookies",
        "your support",
        "donation",
        "commenting forum",
        "advertisement",
        "lorem",
        "etiam",
        "refresh the page",
        "thank you for registering",
    )
    for article in a.values():
        lowered = article.body.lower()
        assert not [c for c in chrome if c in lowered], article.source


def test_successor_visit_years_later_continues_the_storyline(seeds):
    """004 (a successor's visit, five years on) is its own story, linked into the same storyline: it shares the
    thread's specific actors (the Russian foreign minister, Moscow, the Foreign Office, the 2017 visitor)."""
    store, a = seeds
    line = store.story(_story(store, a["000"])).storyline_id
    assert store.story(_story(store, a["004"])).storyline_id == line
    assert store.storyline(line).story_ids[-1] == _story(store, a["004"])  # stories in time order


def test_storyline_briefing_timeline_orders_the_thread(seeds):
    """Issue 5: Litvinenko (2006), Hague's visit (May 2012), the announcement (March 2017), the visit (December
    2017, an inferred date), Truss's planned visit (2022), in that order."""
    from storyline.read_api import brief

    store, a = seeds
    line = store.story(_story(store, a["000"])).storyline_id
    timeline = brief(store, line).timeline

    def first(pred) -> int:
        return next(i for i, c in enumerate(timeline) if pred(c))

    order = [
        first(lambda c: c.date.startswith("2006") and "Litvinenko" in c.text),
        first(lambda c: c.date.startswith("2012-05") and "Hague" in c.text),
        first(lambda c: c.date.startswith("2017-03")),
        first(lambda c: c.date.startswith("2017-12") and "Moscow" in c.text),
        first(lambda c: c.date.startswith("2022") and "Truss" in c.text),
    ]
    assert order == sorted(order)
    assert timeline[order[4]].date_inferred
