"""eval/textpages_data.outlet_named and textpages.score_pages' outlet measures: the strict one matches og:site_name
only; outlet_or_host also takes the name of the page's web address; neither counts a missing or foreign name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from textpages import score_pages  # noqa: E402
from textpages_data import Page, host_key, outlet_named  # noqa: E402


def _page(site_name: str | None, url: str | None) -> Page:
    return Page("metadata", "p1", "<html></html>", url=url, site_name=site_name)


def test_host_key_is_the_registered_label() -> None:
    assert host_key("https://www.wexmoorpost.co.uk/news/item") == "wexmoorpost"
    assert host_key(None) == ""


def test_site_name_form_is_right_on_both_measures() -> None:
    page = _page("The Wexmoor Post | Local news", "https://wexmoorpost.co.uk/a")
    assert outlet_named("Wexmoor Post", page) == (True, True)


def test_host_form_is_right_only_on_the_second_measure() -> None:
    page = _page("Wexmoor Post Online", "https://news.wexmoorpost.co.uk/a")
    assert outlet_named("WexmoorPost", page) == (False, True)
    assert outlet_named("wexmoorpost.co.uk", page) == (False, True)


def test_other_names_and_none_are_wrong_on_both() -> None:
    page = _page("Wexmoor Post Online", "https://wexmoorpost.co.uk/a")
    assert outlet_named("Eastgate Herald", page) == (False, False)
    assert outlet_named(None, page) == (False, False)
    assert outlet_named("Wexmoor", _page("Wexmoor Post Online", None)) == (False, False)


def test_score_pages_counts_host_names_apart() -> None:
    pages = [
        Page("metadata", "a", "", url="https://wexmoorpost.co.uk/1", site_name="Wexmoor Post Online"),
        Page("metadata", "b", "", url="https://eastgateherald.com/2", site_name="Eastgate Herald"),
        Page("metadata", "c", "", url="https://lakeside.example.org/3", site_name="Lakeside Times"),
    ]
    outputs = {
        "a": {"outlet": "Wexmoor Post"},
        "b": {"outlet": "Eastgate Herald"},
        "c": {"outlet": "Hilltop"},
    }
    scores = score_pages(pages, outputs)
    assert scores["outlet_exact"] == (1 / 3, 3)
    assert scores["outlet_wrong"] == (2 / 3, 3)
    assert scores["outlet_or_host"] == (2 / 3, 3)
    assert scores["outlet_or_host_wrong"] == (1 / 3, 3)
