"""The HTML page tree, markup author and body: same answers as trafilatura's load_html, extract_author and
bare_extraction, cheaper."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from trafilatura.core import bare_extraction
from trafilatura.metadata import extract_author
from trafilatura.utils import INVALID_XML_CHARS, load_html

from storyline.extract.boilerplate import _body, _has_invalid_xml_chars, _meta_json, parse_html
from storyline.extract.html_author import markup_author
from storyline.settings import DEFAULTS

FIXTURES = Path(__file__).parent / "fixtures"


def _page(body: str, head: str = "<title>T</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}<p>Text of the story.</p></body></html>"


# Each page tries one rule of trafilatura's search: tiers, pruned sections, merged tails, the root, lengths.
AUTHOR_PAGES = [
    _page('<div class="author"><time>5 May</time>By <span>Jane</span> Roe</div>'),
    _page('<div id="comments"><span class="author">A Troll</span></div><p class="byline">Real Name</p>'),
    _page(
        '<div class="comments-list"><a rel="author">Commenter One</a></div><div id="author-box">Ann Lee</div>'
    ),
    _page('<figure><span class="author">Photo Person</span></figure><span class="writer">Sam Okafor</span>'),
    _page('<span class="author-name">Jane<span class="date">1 May</span>, <time>x</time>Doe</span>'),
    _page('<p class="byline"><a href="/a">Kim Park</a> and <a href="/b">Lee Chan</a></p>'),
    _page("<author>Maria Rossi</author>"),
    _page(f'<span class="author">{"x" * 130}</span><h4 class="authorBio">Second Choice</h4>'),
    _page('<span class="author">ab</span><div itemprop="author"><b>Tomás</b> <i>García</i></div>'),
    _page('<section class="sidebar"><div class="byline">Side Bar</div></section><p>By nobody</p>'),
    _page('<div data-component="Byline"><div data-component="FigureCaption">Cap</div>Ola Nordmann</div>'),
    _page('<span class="print author">Printed Name</span><span class="x-author">Kept Name</span>'),
    _page('<div class="title author">Head Line</div><span class="meta-author">Wen Li</span>'),
    _page('<span data-testid="AuthorCard">By Aisha Khan | @aisha</span>'),
    _page("<p>No author markup at all.</p>"),
    _page('<span rel="x"><rel>me</rel>Jane Doe</span>'),  # <rel> child: handed to trafilatura itself
    '<html class="writer-theme"><body><p>Short page</p></body></html>',
    '<html><body><div class="author">Hana <div class="date">Mon</div> Novak<time>1</time>!</div></body></html>',
]


@pytest.mark.parametrize("page", AUTHOR_PAGES)
def test_markup_author_matches_trafilatura(page: str) -> None:
    tree = parse_html(page)
    before = etree.tostring(tree)
    assert markup_author(tree) == extract_author(load_html(page))
    assert etree.tostring(tree) == before  # read, never changed


# Random nestings of the tags and attribute values the rules name (and near misses), for the property below.
TAGS = st.sampled_from(["div", "span", "p", "a", "section", "time", "figure", "h4", "strong", "li", "author"])
ATTRIBUTES = st.sampled_from(
    ['class="author"', 'class="byline"', 'class="comments"', 'class="sidebar x"', 'class="AuthorName"',
     'class="print"', 'class="date"', 'class="title"', 'class="post-writer"', 'class="byl"', 'id="author-1"',
     'id="comments"', 'id="commentlist"', 'itemprop="author"', 'rel="author"', 'data-component="Figure"',
     'data-component="Byline"', 'class="authors"', 'class="x"', ""]
)  # fmt: skip
WORDS = st.sampled_from(["Jane", "Roe", "By", "Ann Lee", "", " ", "2 May", "x" * 70])


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag, attribute = draw(TAGS), draw(ATTRIBUTES)
        inner = draw(markup(depth + 1))
        parts.append(f"<{tag} {attribute}>{draw(WORDS)}{inner}</{tag}>{draw(WORDS)}")
    return "".join(parts)


@settings(max_examples=150, derandomize=True, deadline=None)
@given(markup())
def test_markup_author_matches_trafilatura_on_generated_pages(body: str) -> None:
    page = _page(body)
    assert markup_author(parse_html(page)) == extract_author(load_html(page))


def test_markup_author_finds_the_byline_outside_pruned_sections() -> None:
    assert markup_author(parse_html(AUTHOR_PAGES[1])) == "Real Name"
    assert markup_author(parse_html(AUTHOR_PAGES[0])) == "Jane Roe"


PARSE_INPUTS = [
    _page("<p>plain</p>"),
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared encoding</p></body></html>",
    '<html xmlns="http://www.w3.org/1999/xhtml"/>\n<body><p>self-closing html</p></body>',
    "<p>a fragment</p>",
    "<div><p>one</p></div><div><p>two</p></div>",
    "just text, no markup",
    "",
    "<!DOCTYPE html>\n<html><body><form><input value='x'><label>l</label></form>\x00\x01</body></html>",
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'/>\n<html><body><p>doctype \x1f\x0b</p></body></html>",
    "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0//EN' 'x.dtd'/>\n<html/>\n<body><p>no bad chars</p></body>",
    "<html><body><p>non-characters \ufffe and \uffff, a tab\t and é</p></body></html>",
]


@pytest.mark.parametrize("markup", PARSE_INPUTS)
def test_parse_html_gives_trafilaturas_tree(markup: str) -> None:
    ours, theirs = parse_html(markup), load_html(markup)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)
        assert {type(node).__name__ for node in ours.iter()} <= {"HtmlElement"}  # the C-level lookup


def test_invalid_xml_chars_check_matches_trafilaturas_regex() -> None:
    points = [*range(0x3000), *range(0xD7F0, 0xE010), *range(0xFFE0, 0x10010), 0x1F600, 0x10FFFF]
    for point in points:
        text = f"<p>a{chr(point)}b</p>"
        assert _has_invalid_xml_chars(text) == bool(INVALID_XML_CHARS.search(text)), hex(point)


BODY_PAGES = [
    (FIXTURES / "extract" / "lantern_page.html").read_text(encoding="utf-8"),
    (FIXTURES / "ingest" / "harbour_board.html").read_text(encoding="utf-8"),
    _page("<p>Too short.</p>"),
    _page(  # a thread-forum page: the comment prune of the converted tree is skipped
        '<dl class="comments"><dd>First post in the thread, long enough to be kept as text.</dd>'
        "<dd>Second post in the thread, also long enough to be kept as body text.</dd></dl>",
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "H"}</script>',
    ),
    "<html><body><div></div></body></html>",  # no text at all: None
    *AUTHOR_PAGES[:4],
]


@pytest.mark.parametrize("page", BODY_PAGES)
def test_body_on_the_tree_itself_matches_bare_extraction(page: str) -> None:
    options = DEFAULTS.clean
    theirs = bare_extraction(
        page,
        url="https://example.org/a",
        favor_precision=options.html_favor_precision,
        include_comments=options.html_include_comments,
    )
    ours = _body(parse_html(page), "https://example.org/a", options)
    assert ours == (None if theirs is None else theirs.text)


JSON_LD_PAGES = [
    _page("", '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A  \\"quoted\\"  head",\n'
          ' "author": {"@type": "Person", "name": "Jane   Roe"}, "description": "two\\\\  spaces"}</script>'),
    _page("", '<script type="application/settings+json">{"@context": "http://schema.org", "@type": "NewsArticle", "author": "Ann Lee",  "name" : "Site"}</script>'),
    _page("", '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "headline": "Broken \\u0022 json", "author": {"name": "Kim Park"}</script>'),
    _page("", '<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Article","author":[{"name":"A B"},{"name":"C D"}]}]'
          '</script><script type="text/javascript">var x = {"author": "Not Me"}</script>'),
]  # fmt: skip


@pytest.mark.parametrize("page", JSON_LD_PAGES)
def test_meta_json_matches_trafilatura(page: str) -> None:
    from trafilatura.metadata import extract_meta_json
    from trafilatura.settings import Document

    ours, theirs = _meta_json(parse_html(page), Document()), extract_meta_json(load_html(page), Document())
    fields = [name for name in Document.__slots__ if name not in ("body", "commentsbody")]  # fresh trees
    assert [getattr(ours, f) for f in fields] == [getattr(theirs, f) for f in fields] and ours.author
