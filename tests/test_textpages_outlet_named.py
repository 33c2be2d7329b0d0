"""eval/textpages_data.outlet_named: the strict measure matches og:site_name only; the second also takes the name
of the page's web address, and neither counts a missing or foreign name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.textpages_data import Page, host_key, outlet_named  # noqa: E402


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
