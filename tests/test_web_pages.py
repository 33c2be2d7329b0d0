"""Server-rendered pages: escaping, citation anchors, span offsets, the removed-text toggle, no outside assets."""

from __future__ import annotations

import html
import re

import pytest
from test_web_fixtures import BRIDGE, build_store, served_store

from storyline.model import Article
from storyline.web.search import snippet_html
from storyline.web.template_helpers import body_paragraphs


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    yield from served_store(tmp_path_factory)


def test_story_list_newest_first_with_sources_and_outlets(env):
    client, ids = env
    page = client.get("/").text
    assert page.index(f"/stories/{ids['bridge']}") < page.index(f"/stories/{ids['ferry']}")
    assert "2 independent sources" in page and "3 articles" in page
    assert "Valley Wire" in page and 'href="#main"' in page


def test_story_page_citations_point_at_real_spans(env):
    client, ids = env
    page = client.get(f"/stories/{ids['ferry']}").text
    links = re.findall(r'href="/articles/([0-9a-f]+)#c(\d+)-(\d+)"', page)
    assert links
    for aid, start, end in links:
        body = client.get(f"/api/articles/{aid}").json()["body"]
        assert body[int(start) : int(end)].strip()
    for section in (
        "What happened",
        "Timeline",
        "Where they agree",
        "Where they conflict",
        "Who said what",
        "Sources",
    ):
        assert section in page, section
    assert "Dana Whitlow" in page  # quotes grouped under the speaker, and the entity list
    assert f"/storylines/{ids['line']}" in page


def test_story_page_shows_who_did_what_cited_and_escaped(env):
    client, ids = env
    page = client.get(f"/stories/{ids['ferry']}").text
    section = page[page.index('id="h-events"') : page.index('id="h-quotes"')]
    assert (
        "Ferry crew</strong>" in section and "walk out" in section and "Port Ellison, 2024-03-04" in section
    )
    assert "2 outlets" in section  # three articles, but the Valley Wire copy counts once
    cited = re.findall(r'href="/articles/([0-9a-f]+)#c(\d+)-(\d+)"', section)
    assert {aid for aid, _, _ in cited} == {ids["a"], ids["b"], ids["c"]}
    brief = client.get(f"/api/briefings/{ids['ferry']}").json()
    (walkout,) = brief["events"]
    assert sorted(walkout["outlets"]) == ["Coastline Post", "Harbour Gazette"]
    assert [(s["article_id"], s["start"], s["end"]) for s in walkout["spans"]] == [
        (aid, int(a), int(b)) for aid, a, b in cited
    ]
    bridge = client.get(f"/stories/{ids['bridge']}").text
    section = bridge[bridge.index('id="h-events"') : bridge.index('id="h-quotes"')]
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in section and "<script>" not in section
    line = client.get(f"/storylines/{ids['line']}").text
    assert 'id="h-events"' in line and "walk out" in line


def test_article_page_escapes_text_and_anchors_sentences(env):
    client, ids = env
    page = client.get(f"/articles/{ids['d']}").text
    assert "<script>window" not in page and "<b>queues</b>" not in page
    assert "&lt;script&gt;window.__pwned" in page and "&lt;b&gt;queues&lt;/b&gt;" in page
    assert 'id="c0-88"' in page  # the first sentence, for citation links
    # every data-s offset matches the body text rendered in its span
    for start, text in re.findall(r'data-s="(\d+)">([^<]*)</span>', page):
        text = html.unescape(text)
        assert BRIDGE[int(start) : int(start) + len(text)] == text
    headline = client.get(f"/articles/{ids['b']}").text
    assert "Ferry workers stop work &lt;at&gt; Port Ellison" in headline


def test_removed_pieces_are_behind_a_details_toggle(env):
    client, ids = env
    page = client.get(f"/articles/{ids['a']}").text
    details = page[page.index("<details") : page.index("</details>")]
    assert "Removed from the original (2 pieces)" in details
    assert "notification" in details and "Sign up for our morning newsletter" in details
    assert "Nothing was removed" in client.get(f"/articles/{ids['d']}").text


def test_storyline_page_has_inline_svg_timeline(env):
    client, ids = env
    page = client.get(f"/storylines/{ids['line']}").text
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count("<circle") == 2 and f"/stories/{ids['bridge']}" in svg
    assert "style=" not in page  # CSP style-src 'self': no inline styles anywhere


def test_search_page_highlights_escaped_snippets(env):
    client, ids = env
    page = client.get("/search", params={"q": "queues detour"}).text
    assert "<mark>queues</mark>" in page or "<mark>detour</mark>" in page
    assert "<script>window" not in page
    assert (
        snippet_html("a <b>[[x]]</b> & [[y]]") == "a &lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; <mark>y</mark>"
    )


def test_bad_page_ids_get_an_html_404(env):
    client, _ = env
    for url in (
        "/stories/%2e%2e",
        "/stories/a.b",
        "/articles/abc$",
        "/storylines/nope",
        "/stories/s1ferry%2F..%2Fx",
    ):
        r = client.get(url)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), url
        assert 'role="alert"' in r.text


def test_pages_load_nothing_from_outside(env):
    client, ids = env
    for url in (
        "/",
        f"/stories/{ids['ferry']}",
        f"/articles/{ids['d']}",
        "/search?q=ferry",
        "/docs",
        "/storylines",
    ):
        page = client.get(url).text
        for attr in re.findall(r'(?:src|href)="([^"]+)"', page):
            assert attr.startswith(("/", "#", "?")) or attr == "https://example.org/bridge", (url, attr)
        assert "<script>" not in page and " on" + "click=" not in page


def test_body_paragraphs_cover_the_text_exactly():
    body = "One sentence here. Two here.\n\nNew para\nwith a line.\n\n\n  Last bit"
    art = Article(id="x", source="x", body=body)
    paras = body_paragraphs(art)
    assert len(paras) == 3
    for para in paras:
        for seg in para:
            assert body[seg.start : seg.end] == seg.text
    assert "".join(seg.text for seg in paras[1]) == "New para\nwith a line."


def test_story_page_says_what_analysis_found_nothing_for(env):
    client, ids = env
    page = client.get(f"/stories/{ids['bridge']}").text
    assert "no quotes found by analysis" in page and "no dated events found by analysis" in page
    notes = client.get(f"/api/briefings/{ids['bridge']}").json()["notes"]
    assert {"section": "quotes", "text": "no quotes found by analysis", "article_ids": []} in notes


def test_unanalysed_article_is_named_not_guessed(tmp_path):
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from storyline.ids import text_id
    from storyline.store import open_store
    from storyline.web import create_app

    path = tmp_path / "s.db"
    ids = build_store(path)
    body = 'Carrow Bridge reopens on Friday, "We are ready," the engineer Ola Brant said.'
    late = Article(text_id(body), "late.txt", body, outlet="Late Post", headline="Bridge to reopen")
    store = open_store(path)
    with store.transaction():
        store.add_article(late)  # stored, placed, but never analysed
        store.place_article(late.id, None, ids["bridge"])
        stories = [
            replace(s, article_ids=(*s.article_ids, late.id)) if s.id == ids["bridge"] else s
            for s in store.stories()
        ]
        store.replace_stories(stories)
    store.close()
    with TestClient(create_app(path)) as client:
        page = client.get(f"/stories/{ids['bridge']}").text
        brief = client.get(f"/api/briefings/{ids['bridge']}").json()
    assert "1 of 2 articles not analysed yet; run `storyline build`" in html.unescape(page)
    assert f'href="/articles/{late.id}">Bridge to reopen</a>' in page
    assert "Ola Brant" not in page.split("h-sources")[0]  # its quote and name are not guessed
    (note,) = [n for n in brief["notes"] if n["section"] == "articles"]
    assert note["article_ids"] == [late.id]
    assert all(c["article_id"] != late.id for cl in brief["summary"] for c in cl["citations"])
