"""Issue 12 acceptance: pages copied as text from six kinds of site, chrome and all, read as a new user would.

Twelve fictional articles (tests/fixtures/layouts, labelled in labels.json) cover three events, four outlets each.
Every check below is one property of one article; the ones the product gets wrong today are marked ``KNOWN``
(strict xfail, so a fix shows up as XPASS and the mark must then be removed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from layout_defects import params

import storyline

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.layouts import norm  # noqa: E402

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
LABELS: dict[str, dict] = json.loads((LAYOUTS / "labels.json").read_text(encoding="utf-8"))
FILES = sorted(LABELS)
EVENTS = sorted({label["event"] for label in LABELS.values()})


# product defects seen on these pages; each entry marks exactly one assertion
KNOWN_HEADLINE = {
    "national_courier_fares.txt": "the standfirst is taken as the headline",
}
KNOWN_PUBLISHED: dict[str, str] = {}
KNOWN_OUTLET = {
    "local_harbour_gazette_bridge.txt": "the newsletter line's short 'Gazette' outscores the masthead's full name",
}
KNOWN_ONE_STORY = {
    "halloway-astrolabe": "the undated Curious Curator post is a story of its own",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    db = tmp_path_factory.mktemp("layouts") / "layouts.db"
    store = storyline.open_store(db)
    report = storyline.ingest(store, [str(path) for path in sorted(LAYOUTS.glob("*.txt"))])
    storyline.build(store)
    articles = {Path(a.source).name: a for a in store.articles()}
    stories = store.stories()
    yield db, report, articles, stories
    store.close()


def test_every_page_is_ingested(built):
    _, report, articles, _ = built
    assert report.rejected == 0, [r.reason for r in report.rejects]
    assert sorted(articles) == FILES


@pytest.mark.parametrize("name", params(KNOWN_HEADLINE, FILES))
def test_headline(built, name):
    assert norm(built[2][name].headline) == norm(LABELS[name]["headline"])


@pytest.mark.parametrize("name", params(KNOWN_PUBLISHED, FILES))
def test_published_day_or_unknown(built, name):
    article, expected = built[2][name], LABELS[name]["published"]
    if expected is None:
        # a page that states no date shows it as unknown (a date inferred from relatives says so)
        assert article.published is None or article.published_inferred
    else:
        assert article.published is not None and not article.published_inferred
        assert article.published.date().isoformat() == expected


@pytest.mark.parametrize("name", params(KNOWN_OUTLET, FILES))
def test_outlet(built, name):
    assert norm(built[2][name].outlet) == norm(LABELS[name]["outlet"])


def test_outlet_count_floor(built):
    """How many outlets are right, pinned so that it can only go up (1 of 12 when the fixture was written; 11 with
    the outlet floor at 0.50, 8 at 0.60 with model v10, 11 at 0.60 with v11, 10 at 0.65 with v12, whose floor holds
    on the worst split by site: Allied Newswire was 0.625 sure; 11 at 0.53 with v15's monotone page model) and none
    wrong."""
    right = sum(norm(a.outlet) == norm(LABELS[n]["outlet"]) for n, a in built[2].items())
    wrong = [
        a.outlet for n, a in built[2].items() if a.outlet and norm(a.outlet) != norm(LABELS[n]["outlet"])
    ]
    assert right >= 11, f"outlets right: {right}/{len(FILES)}"
    assert not wrong, wrong


@pytest.mark.parametrize("name", FILES)
def test_complete_article_is_not_flagged_truncated(built, name):
    assert "truncated" not in built[2][name].flags


def _story_files(built) -> list[tuple[str, set[str]]]:
    names = {a.id: n for n, a in built[2].items()}
    return [(s.title, {names[aid] for aid in s.article_ids}) for s in built[3]]


def test_story_titles_are_headlines_of_their_articles(built):
    for title, files in _story_files(built):
        assert norm(title) in {norm(LABELS[f]["headline"]) for f in files}, (title, files)


def test_no_story_mixes_events(built):
    for title, files in _story_files(built):
        assert len({LABELS[f]["event"] for f in files}) == 1, (title, files)


@pytest.mark.parametrize("event", params(KNOWN_ONE_STORY, EVENTS))
def test_one_event_is_one_story(built, event):
    members = {n for n in FILES if LABELS[n]["event"] == event}
    holding = [files for _, files in _story_files(built) if files & members]
    assert holding == [members]


def test_cli_stories_lists_the_titles_and_outlets(built):
    db = built[0]
    env = {**os.environ, "COLUMNS": "250", "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run(
        [sys.executable, "-m", "storyline", "stories", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    for story in built[3]:
        assert story.title in run.stdout
    shown = {a.outlet for a in built[2].values() if a.outlet}
    assert shown and all(outlet in run.stdout for outlet in shown)
