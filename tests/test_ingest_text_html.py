"""Plain text, Markdown and HTML files (including broken markup) become single documents."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Document
from storyline.readers import iter_documents
from storyline.readers.html import page_url

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def only_doc(name: str) -> Document:
    (result,) = list(iter_documents(str(FIXTURES / name)))
    assert isinstance(result, Document), result
    return result


def test_text_file() -> None:
    doc = only_doc("harbour_strike.txt")
    raw = (FIXTURES / "harbour_strike.txt").read_bytes()
    assert doc.content_type == "text"
    assert doc.raw == raw
    assert doc.text == raw.decode("utf-8")
    assert doc.url is None and doc.hints == {}
    assert doc.raw_hash  # stable hash of the raw bytes


def test_markdown_is_text() -> None:
    doc = only_doc("council_notes.md")
    assert doc.content_type == "text"
    assert "# Briefing note: Saltmarsh causeway repairs approved" in doc.text


def test_html_file_with_canonical_url() -> None:
    doc = only_doc("harbour_board.html")
    assert doc.content_type == "html"
    assert "Ingrid Solberg-Mays" in doc.text
    assert "“Every extra percentage point" in doc.text  # UTF-8 curly quotes intact
    # canonical wins over og:url
    assert doc.url == "https://www.northgate-post.example/news/2025/10/15/harbour-board-defends-offer"


def test_broken_html_is_still_ingested_verbatim() -> None:
    doc = only_doc("broken_markup.htm")
    assert doc.content_type == "html"
    assert doc.text == (FIXTURES / "broken_markup.htm").read_text("utf-8")
    assert doc.url is None


def test_page_url_falls_back_to_og_url_and_ignores_relative_links() -> None:
    html = (
        "<head><link href='/relative' rel='canonical'><meta content=\"https://a.example/x\" property=og:url>"
    )
    assert page_url(html) == "https://a.example/x"
    assert page_url("<head><link rel=canonical href=/only-relative></head>") is None
    assert page_url("<link rel='stylesheet canonical' href='https://b.example/y'>") == "https://b.example/y"
