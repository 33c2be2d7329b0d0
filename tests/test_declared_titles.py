"""eval/train_lines.py's declared titles: untitled pages lend the headline ranker the title they declare, and
the ranker's scores leave those pages out."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from textpages_data import Page, declared_title  # noqa: E402
from train_lines import DECLARED, _RankerPage, declared_titles  # noqa: E402

_OG = (
    '<html><head><meta property="og:title" content="Harbour ferry returns after winter repairs | Bayside Courier">'
    '<meta property="og:site_name" content="Bayside Courier"></head>'
    "<body><h1>Ferry back</h1></body></html>"
)
_H1 = "<html><body><h1>Allotment  <em>prize</em> marrow weighs in</h1><p>Text.</p></body></html>"


def test_og_title_without_the_site_name_else_the_h1():
    assert (
        declared_title(_OG, "https://www.baysidecourier.example/news/1")
        == "Harbour ferry returns after winter repairs"
    )
    assert declared_title(_H1, None) == "Allotment prize marrow weighs in"
    assert declared_title("<html><body><p>No title here.</p></body></html>", None) is None


def test_only_untitled_pages_get_a_declared_title():
    labelled = Page("metadata", "a", _OG, title="A labelled title")
    untitled = Page("metadata", "b", _H1)
    bare = Page("metadata", "c", "<html><body><p>Nothing.</p></body></html>")
    assert declared_titles([labelled, untitled, bare]) == {"b": "Allotment prize marrow weighs in"}


def _ranker_page(origin: str) -> _RankerPage:
    return _RankerPage(
        0, 1, [0], ["Title"], "Title", None, "example.org", origin, ["Title"], ["headline"], ["headline"]
    )


def test_a_declared_title_is_fitted_on_but_not_scored():
    assert _ranker_page("b/inscriptis").scored
    assert not _ranker_page(f"b/inscriptis{DECLARED}").scored
