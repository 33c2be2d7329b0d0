"""JSON Lines: one document per good line, a reject naming the line for each bad one, the rest unaffected."""

from __future__ import annotations

import json
from pathlib import Path

from storyline.model import Document, Reject
from storyline.readers import iter_documents
from storyline.settings import IngestSettings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_fixture_corpus_with_bad_lines_in_the_middle() -> None:
    path = str(FIXTURES / "corpus.jsonl")
    results = list(iter_documents(path))
    by_source = {r.source: r for r in results}
    # line 5 is blank: skipped, not rejected
    assert list(by_source) == [f"{path}:{n}" for n in (1, 2, 3, 4, 6, 7)]

    first = by_source[f"{path}:1"]
    assert isinstance(first, Document)
    assert first.content_type == "text"
    assert first.url == "https://islandsradio.example/news/ferry-talks-resume"
    assert first.hints == {
        "title": "Ferry talks to resume on Friday",
        "published": "2025-10-16T18:00:00+01:00",
        "outlet": "Islands Radio",
        "byline": "Hamish Okoro",
    }
    assert first.text.startswith("Talks between the Port Halvard harbour board")
    assert first.raw == first.text.encode("utf-8")

    second = by_source[f"{path}:2"]
    assert isinstance(second, Document)
    assert second.content_type == "html"
    assert second.hints["outlet"] == "Brennock Gazette"  # {"name": ...} flattened
    assert second.hints["byline"] == "Ellis Vantongeren, Sun-Hee Moradi"  # list joined

    assert by_source[f"{path}:3"] == Reject(
        f"{path}:3", "line 3: invalid JSON", by_source[f"{path}:3"].raw_hash
    )
    assert by_source[f"{path}:4"].reason == "line 4: no text or html field"  # whitespace-only text

    sixth = by_source[f"{path}:6"]
    assert isinstance(sixth, Document)
    assert sixth.hints["published"] == "2025-10-18T00:00:00+00:00"  # epoch seconds made ISO
    assert by_source[f"{path}:7"].reason == "line 7: not a JSON object"


def test_html_preferred_when_both_fields_present(tmp_path: Path) -> None:
    path = tmp_path / "both.jsonl"
    path.write_text(json.dumps({"text": "plain body", "html": "<p>marked-up body</p>"}) + "\n")
    (doc,) = list(iter_documents(str(path)))
    assert isinstance(doc, Document)
    assert (doc.content_type, doc.text) == ("html", "<p>marked-up body</p>")


def test_overlong_line_is_rejected_and_following_lines_survive(tmp_path: Path) -> None:
    path = tmp_path / "big.ndjson"
    long_line = json.dumps({"text": "word " * 400})
    short = json.dumps({"text": "The ballot closes on Monday.", "source": "Islands Radio"})
    path.write_text(f"{short}\n{long_line}\n{short}\n")
    results = list(iter_documents(str(path), IngestSettings(max_bytes=500)))
    assert [type(r).__name__ for r in results] == ["Document", "Reject", "Document"]
    assert results[1].source == f"{path}:2"
    assert results[1].reason == f"line 2: too large ({len(long_line)} bytes > limit 500)"
    assert results[2].source == f"{path}:3"


def test_latin1_encoded_line_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "old.jsonl"
    path.write_bytes('{"text": "Le café de Zürich rouvre lundi."}\n'.encode("latin-1"))
    (doc,) = list(iter_documents(str(path)))
    assert isinstance(doc, Document)
    assert doc.text == "Le café de Zürich rouvre lundi."


def test_empty_and_binary_jsonl_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("\n\n  \n")
    (tmp_path / "b.jsonl").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    reasons = [r.reason for r in iter_documents(str(tmp_path)) if isinstance(r, Reject)]
    assert reasons == ["empty", "binary (NUL bytes)"]


def test_plain_json_array_export_yields_one_document_per_item(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    items = [
        {"title": "Causeway reopens", "text": "Lorries crossed the Saltmarsh causeway on Monday."},
        {"title": "No body here"},
        {"html": "<p>Fares rise by 30p.</p>", "source": "Northgate Evening Post"},
    ]
    path.write_text(json.dumps(items, indent=2))
    results = list(iter_documents(str(path)))
    assert [r.source for r in results] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [type(r).__name__ for r in results] == ["Document", "Reject", "Document"]
    assert results[1].reason == "item 2: no text or html field"
    assert results[2].hints == {"outlet": "Northgate Evening Post"}


def test_pretty_printed_single_object_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(
        json.dumps({"text": "The guild ballot closes on Monday.", "byline": "Hamish Okoro"}, indent=4)
    )
    (doc,) = list(iter_documents(str(path)))
    assert isinstance(doc, Document)
    assert (doc.source, doc.text, doc.hints) == (
        str(path),
        "The guild ballot closes on Monday.",
        {"byline": "Hamish Okoro"},
    )


def test_broken_pretty_printed_json_falls_back_to_line_rejects(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "text": "unterminated\n')
    results = list(iter_documents(str(path)))
    assert [r.reason for r in results] == ["line 1: invalid JSON", "line 2: invalid JSON"]


def test_capture_time_is_a_hint_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    rows = [
        {"text": "A story.", "crawled_at": 1709600400},
        {"text": "B story.", "fetched_at": "2024-03-05T01:00Z"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    docs = list(iter_documents(str(path)))
    assert [d.hints for d in docs if isinstance(d, Document)] == [
        {"captured": "2024-03-05T01:00:00+00:00"},
        {"captured": "2024-03-05T01:00Z"},
    ]
