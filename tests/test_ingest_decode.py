"""Decoding and the bad-input rejects shared by every source: empty, binary, too large, odd encodings."""

from __future__ import annotations

import gzip
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from storyline.model import Document, Reject
from storyline.readers import iter_documents
from storyline.readers.decode import decode_bytes
from storyline.settings import IngestSettings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SETTINGS = IngestSettings()


def only(target: Path, settings: IngestSettings = SETTINGS) -> Document | Reject:
    (result,) = list(iter_documents(str(target), settings))
    return result


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n\n"])
@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_empty_and_whitespace_files_are_rejected_as_empty(
    tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(content)
    result = only(path)
    assert isinstance(result, Reject)
    assert result.reason == "empty"
    assert result.source == str(path)


def test_random_binary_junk_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(os.urandom(4096))
    result = only(path)
    assert isinstance(result, Reject)
    assert result.reason.startswith("binary")


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\x89PNG\r\n\x1a\n", "png"),
        (b"PK\x03\x04", "zip"),
        (b"\x7fELF", "executable"),
    ],
)
def test_known_binary_formats_are_named(tmp_path: Path, head: bytes, name: str) -> None:
    path = tmp_path / "misnamed.html"
    path.write_bytes(head + b"plain looking text after the magic number " * 20)
    result = only(path)
    assert isinstance(result, Reject)
    assert result.reason == f"binary ({name})"


def test_text_with_many_control_characters_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"Ferry\x01\x02\x03 strike\x04\x05\x06 news\x07\x08" * 50)
    result = only(path)
    assert isinstance(result, Reject)
    assert result.reason == "binary (control characters)"


def test_latin1_text_is_decoded_correctly() -> None:
    result = only(FIXTURES / "latin1_cafe.txt")
    assert isinstance(result, Document)
    assert "café" in result.text and "Zürich" in result.text and "Jürgen Müller" in result.text
    assert "« C'est la fin d'une époque »" in result.text
    assert result.raw == (FIXTURES / "latin1_cafe.txt").read_bytes()


@pytest.mark.parametrize("word", ["café", "Zürich", "naïve", "Ça"])
def test_very_short_latin1_text_is_not_mistaken_for_utf16(word: str) -> None:
    # charset detection alone guesses UTF-16BE for b"caf\xe9"
    assert decode_bytes(word.encode("latin-1"), "s", SETTINGS) == word


def test_cp1252_punctuation_decodes() -> None:
    raw = "\u201cFair\u201d offer \u2013 \u20ac5 rise".encode("cp1252")
    assert decode_bytes(raw, "s", SETTINGS) == "\u201cFair\u201d offer \u2013 \u20ac5 rise"


def test_cyrillic_cp1251_is_not_forced_into_latin() -> None:
    text = "Министр иностранных дел прибыл в столицу для переговоров с коллегой в пятницу."
    assert decode_bytes(text.encode("cp1251"), "s", SETTINGS) == text


def test_utf16_with_bom_decodes() -> None:
    text = "Ferry strike ends in Zürich-style compromise."
    assert decode_bytes(text.encode("utf-16"), "s", SETTINGS) == text


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    text = "Der Fährbetrieb in Zürich läuft wieder, sagte Jürgen Müller am Dienstag. " * 5
    raw = text.encode("utf-8")
    raw = raw[:100] + b"\xff" + raw[100:]
    decoded = decode_bytes(raw, "s", SETTINGS)
    assert isinstance(decoded, str)
    assert "Fährbetrieb" in decoded and "Ã" not in decoded


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
    page += "<body><p>Le caf\u00e9 a ferm\u00e9.</p></body></html>"
    path = tmp_path / "p.html"
    path.write_bytes(page.encode("latin-1"))
    result = only(path)
    assert isinstance(result, Document)
    assert "Le café a fermé." in result.text


def test_file_over_the_limit_is_rejected_with_sizes(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("The causeway reopened. " * 100)
    size = path.stat().st_size
    result = only(path, IngestSettings(max_bytes=1000))
    assert isinstance(result, Reject)
    assert result.reason == f"too large ({size} bytes > limit 1000)"
    assert isinstance(only(path, IngestSettings(max_bytes=size)), Document)


def test_sparse_50mb_file_is_rejected_quickly_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = only(path)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, Reject)
    assert result.reason == f"too large ({50 * 1024 * 1024} bytes > limit {SETTINGS.max_bytes})"
    assert elapsed < 1.0
    assert peak < 5 * 1024 * 1024  # reading it would have allocated ~20-50 MB


def test_gzipped_files_are_read_transparently(tmp_path: Path) -> None:
    page = "<html><body><p>Le caf\u00e9 de Z\u00fcrich</p></body></html>"
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    (tmp_path / "dump.jsonl.gz").write_bytes(gzip.compress(b'{"text": "one"}\n{"text": "two"}\n'))
    (tmp_path / "mystery").write_bytes(gzip.compress(b"<rss><channel><title>T</title></channel></rss>"))
    results = {r.source.removeprefix(f"{tmp_path}/"): r for r in iter_documents(str(tmp_path))}
    assert results["page.html.gz"].text == page
    assert results["page.html.gz"].content_type == "html"
    assert [results[f"dump.jsonl.gz:{n}"].text for n in (1, 2)] == ["one", "two"]
    assert results["mystery"].reason == "feed has no entries"  # sniffed inside the gzip stream


def test_corrupt_and_oversized_gzip(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"The harbour board met on Friday." * 50)[:40])
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"a" * 100_000))  # ~100 KB from a few hundred bytes
    (tmp_path / "c.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    results = list(iter_documents(str(tmp_path), IngestSettings(max_bytes=10_000)))
    reasons = [r.reason for r in results]
    assert reasons[0].startswith("corrupt gzip")
    assert reasons[1] == "too large (over 10000 bytes limit once decompressed)"
    assert reasons[2].startswith("corrupt gzip")


_TRICKY = (
    "Café owners in Lisvale said the “fair” offer – a €5 rise – came too late for the naïve plan.\n\n"
    "The council’s leader, Zoë Brandt, told reporters on Tuesday that talks would resume next week and that "
    "the harbour café would stay open until the dispute was settled.\n\n"
    "Workers at the depot voted by a large margin to accept the revised terms, their union said."
)
_LATIN1 = _TRICKY.translate(str.maketrans({"“": '"', "”": '"', "–": "-", "€": "EUR", "’": "'"}))


@pytest.mark.parametrize(
    ("raw", "suffix"),
    [
        (_TRICKY.encode("cp1252"), ".txt"),
        (_TRICKY.encode("utf-8-sig"), ".txt"),
        (_TRICKY.encode("utf-16"), ".txt"),
        (_LATIN1.encode("latin-1"), ".txt"),
        (
            f"<html><head><meta charset=iso-8859-1></head><body><p>{_LATIN1}</p></body></html>".encode(
                "latin-1"
            ),
            ".html",
        ),
    ],
    ids=["cp1252", "utf-8-bom", "utf-16", "latin-1", "latin-1-html"],
)
def test_extract_article_and_ingest_decode_the_same_bytes_alike(
    tmp_path: Path, raw: bytes, suffix: str
) -> None:
    import storyline

    path = tmp_path / f"story{suffix}"
    path.write_bytes(raw)
    store = storyline.open_store(tmp_path / "s.db")
    storyline.ingest(store, [str(path)])
    (ingested,) = store.articles()
    direct = storyline.extract_article(raw)
    assert direct.body == ingested.body
    assert "Zoë Brandt" in direct.body and "\ufeff" not in direct.body
