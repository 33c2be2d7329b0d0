"""/storylines/{id}.atom: a valid Atom feed (read back with feedparser) of the storyline's stories, newest first."""

from __future__ import annotations

from datetime import datetime

import feedparser
import pytest
from test_web_fixtures import served_store

from storyline.model import Story, Storyline
from storyline.web.atom import storyline_feed
from storyline.web.catalog import StorySummary


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    yield from served_store(tmp_path_factory)


def test_storyline_feed_lists_its_stories_newest_first(env):
    client, ids = env
    resp = client.get(f"/storylines/{ids['line']}.atom")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(resp.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Port Ellison transport troubles"
    assert feed.feed.link.endswith(f"/storylines/{ids['line']}")
    entries = feed.entries
    assert [e.title for e in entries] == ["Carrow Bridge closed", "Ferry crews strike at Port Ellison"]
    assert entries[0].link.endswith(f"/stories/{ids['bridge']}") and entries[0].id.startswith("http")
    assert entries[0].updated_parsed[:3] == (2024, 3, 11) and entries[1].updated_parsed[:3] == (2024, 3, 5)
    ferry = entries[1].summary
    assert "3 articles from 2 independent sources" in ferry and "Coastline Post" in ferry
    assert "Ferry workers stop work <at> Port Ellison" in ferry  # escaped in the XML, intact once read
    assert b"stop work &lt;at&gt; Port Ellison" in resp.content


def test_storyline_page_links_its_feed(env):
    client, ids = env
    page = client.get(f"/storylines/{ids['line']}").text
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Port Ellison transport troubles (Atom)"'
        f' href="/storylines/{ids["line"]}.atom">' in page
    )


def test_unknown_or_malformed_storyline_feed_is_404(env):
    client, ids = env
    assert client.get("/storylines/nope.atom").status_code == 404
    assert client.get(f"/storylines/{ids['ferry']}.atom").status_code == 404  # a story id, not a storyline's
    assert client.get("/storylines/a%22b.atom").status_code == 404


def test_hostile_titles_are_escaped_and_undated_stories_still_valid():
    hostile = "<script>alert(1)</script> & ]]> \x0bend"
    story = Story("s9", hostile, ("a1",), None, None, "l9")
    dated = Story("s8", "Dated", ("a2",), datetime(2024, 5, 1, 12, 0), None, "l9")  # naive: read as UTC
    body = storyline_feed(
        Storyline("l9", hostile, ("s9", "s8")),
        [StorySummary(story, 1, ("<b>Outlet & Co",)), StorySummary(dated, 1, ())],
        {},
        "http://127.0.0.1:8000",
    )
    assert b"<script>" not in body and b"\x0b" not in body
    feed = feedparser.parse(body)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "<script>alert(1)</script> & ]]> end"
    assert [e.id for e in feed.entries] == [
        "http://127.0.0.1:8000/stories/s8",
        "http://127.0.0.1:8000/stories/s9",
    ]
    assert feed.entries[0].updated == "2024-05-01T12:00:00+00:00"
    assert feed.entries[1].updated_parsed[:1] == (1970,)  # undated, yet the entry is valid
    assert "(outlet named: <b>Outlet & Co)" in feed.entries[1].summary
