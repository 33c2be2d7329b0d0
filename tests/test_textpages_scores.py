"""eval/textpages.py's date and byline scoring: a wrong day or name is counted apart from a missing one."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from textpages import score_pages  # noqa: E402
from textpages_data import Page  # noqa: E402


def _page(pid: str, day: str) -> Page:
    return Page("metadata", pid, "<html></html>", date=day, htmldate=day, htmldate_set="mediacloud2020")


def test_a_wrong_day_counts_as_wrong_and_a_missing_one_does_not():
    pages = [_page("a", "2021-03-04"), _page("b", "2021-03-05"), _page("c", "2021-03-06")]
    outputs = {"a": {"date": "2021-03-04"}, "b": {"date": "2021-03-01"}, "c": {"date": None}}
    scores = score_pages(pages, outputs)
    assert scores["date_mediacloud"] == (1 / 3, 3)
    assert scores["date_mediacloud_wrong"] == (1 / 3, 3)
    assert scores["date_trafilatura_wrong"] == (1 / 3, 3)


def test_a_page_labelled_undated_is_wrong_only_when_given_a_day():
    undated = Page("metadata", "u", "<html></html>", htmldate="", htmldate_set="mediacloud2020")
    assert score_pages([undated], {"u": {"date": None}})["date_mediacloud_wrong"] == (0.0, 1)
    assert score_pages([undated], {"u": {"date": "2021-03-04"}})["date_mediacloud_wrong"] == (1.0, 1)


def test_a_byline_naming_someone_else_is_wrong_and_a_missing_or_partial_one_is_not():
    """Bylines score like dates: a name sharing no token with the author is wrong; none, or half the name, is not."""
    pages = [Page("metadata", pid, "<html></html>", author="Lea Muster") for pid in "abcd"]
    outputs = {
        "a": {"byline": "Lea Muster"},
        "b": {"byline": "Tom Vell"},
        "c": {"byline": None},
        "d": {"byline": "Lea Muster, Staff Writer"},
    }
    scores = score_pages(pages, outputs)
    assert scores["byline_wrong"] == (1 / 4, 4)
    assert scores["byline_exact"] == (1 / 4, 4)
    assert "byline_given_no_gold" not in scores


def test_a_byline_on_a_page_without_a_gold_author_is_counted_apart():
    pages = [Page("metadata", "n", "<html></html>"), Page("metadata", "m", "<html></html>")]
    scores = score_pages(pages, {"n": {"byline": "Tom Vell"}, "m": {"byline": None}})
    assert scores["byline_given_no_gold"] == (0.5, 2)
    assert "byline_f1" not in scores
