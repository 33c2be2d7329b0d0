"""RSS and Atom feeds: one document per entry with content, hints from the feed, clear rejects for the rest."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Document, Reject
from storyline.readers import iter_documents
from storyline.readers.feed import feed_documents
from storyline.settings import IngestSettings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_rss_entries_with_content_encoded_and_summary() -> None:
    path = str(FIXTURES / "halvard_courier.rss")
    first, second, third = list(iter_documents(path))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.source == f"{path}#1"
    assert first.content_type == "html"
    assert first.url == "https://halvardcourier.example/news/ferry-strike-called-off"
    assert "agreed a deal in the early hours" in first.text  # content:encoded, not the short description
    assert first.hints == {
        "title": "Ferry strike called off after late-night deal",
        "published": "2025-10-18T06:30:00+01:00",  # the feed's own offset kept
        "outlet": "The Halvard Courier - Local news",
        "byline": "Mirela Oduya",
    }
    assert second.text == "<p>Readers on the week that cut Brennock off from the mainland.</p>"
    assert "byline" not in second.hints
    assert isinstance(third, Reject)
    assert third.source == f"{path}#3"
    assert "no content" in third.reason


def test_atom_entry() -> None:
    path = str(FIXTURES / "northgate.atom")
    (doc,) = list(iter_documents(path))
    assert isinstance(doc, Document)
    assert doc.source == f"{path}#1"
    assert doc.url == "https://www.northgate-post.example/news/ferry-deal-fares"
    assert (
        doc.text
        == "<p>Fares on the Brennock route will rise by 30p from January, the harbour board confirmed.</p>"
    )
    assert doc.hints == {
        "title": "What the ferry deal means for fares",
        "published": "2025-10-19T09:00:00+01:00",
        "outlet": "Northgate Evening Post",
        "byline": "Declan Ashworth-Reyes",
    }


def test_malformed_feed_is_one_reject_with_the_reason() -> None:
    path = str(FIXTURES / "malformed_feed.xml")
    (result,) = list(iter_documents(path))
    assert isinstance(result, Reject)
    assert result.source == path
    assert result.reason.startswith("malformed feed: ")
    assert "not well-formed" in result.reason


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    (result,) = list(iter_documents(str(path)))
    assert isinstance(result, Reject)
    assert result.reason in ("feed has no entries",) or result.reason.startswith("malformed feed")


def test_plain_text_entry_content_type(tmp_path: Path) -> None:
    feed = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
    <entry><title>x</title><content type="text">Crews return on Sunday.</content></entry></feed>"""
    (doc,) = list(feed_documents(feed, "mem", IngestSettings()))
    assert isinstance(doc, Document)
    assert (doc.content_type, doc.text, doc.source) == ("text", "Crews return on Sunday.", "mem#1")


def test_feed_never_fetches_a_string_that_looks_like_a_url() -> None:
    # feedparser.parse("http://...") would go to the network; the bytes must be parsed as data.
    (result,) = list(feed_documents(b"http://127.0.0.1:9/feed.xml", "mem", IngestSettings()))
    assert isinstance(result, Reject)
