"""WARC archives built in the test with warcio: HTML 200 responses become documents; damage keeps what came first."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.model import Document, Reject
from storyline.readers import iter_documents
from storyline.settings import IngestSettings

PAGE = (
    "<html><head><title>{title}</title></head><body><p>{title}.</p>"
    "<p>Crews at Port Halvard said the stoppage would continue until Friday, "
    "according to the guild secretary.</p></body></html>"
)


def response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def build_warc(path: Path, gzip: bool = True) -> list[int]:
    """Write a small crawl; returns each record's start offset."""
    offsets = []
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)

        def write(record) -> None:
            offsets.append(fh.tell())
            writer.write_record(record)

        write(writer.create_warcinfo_record(path.name, {"software": "storyline-tests"}))
        write(
            writer.create_warc_record(
                "https://a.example/1", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )
        write(response(writer, "https://a.example/1", PAGE.format(title="Strike day one").encode()))
        write(
            response(
                writer, "https://a.example/logo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ctype="image/png"
            )
        )
        write(response(writer, "https://a.example/gone", b"<html>gone</html>", status="404 Not Found"))
        latin = PAGE.format(title="Le café de Zürich").encode("latin-1")
        write(response(writer, "https://a.example/2", latin, ctype="text/html; charset=ISO-8859-1"))
        write(response(writer, "https://a.example/3", PAGE.format(title="Strike day three").encode()))
    return offsets


@pytest.mark.parametrize("gzip", [True, False])
def test_html_200_responses_become_documents(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    build_warc(path, gzip=gzip)
    results = list(iter_documents(str(path)))
    assert all(isinstance(r, Document) for r in results), results
    assert [r.source for r in results] == [f"{path}#3", f"{path}#6", f"{path}#7"]  # record numbers
    assert [r.url for r in results] == ["https://a.example/1", "https://a.example/2", "https://a.example/3"]
    assert all(r.content_type == "html" for r in results)
    assert "Le café de Zürich" in results[1].text  # charset from the HTTP header
    assert all("published" not in r.hints for r in results)  # WARC-Date is capture time, not publication
    assert all(r.hints["captured"].startswith("20") for r in results)  # ... the base of "3 hours ago"


def test_truncated_archive_keeps_earlier_records_and_rejects_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = build_warc(path)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[5] + 40])  # cut inside the gzip member of record 6
    results = list(iter_documents(str(path)))
    assert [type(r).__name__ for r in results] == ["Document", "Reject"]
    assert results[0].url == "https://a.example/1"
    assert results[1].source == f"{path}#6"
    assert "truncated" in results[1].reason or "corrupt" in results[1].reason


def test_garbage_in_the_middle_is_corrupt_archive(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    offsets = build_warc(path, gzip=False)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[5]] + b"\x00\xffnot a warc record at all\r\n" * 30 + data[offsets[6] :])
    results = list(iter_documents(str(path)))
    assert isinstance(results[0], Document)
    last = results[-1]
    assert isinstance(last, Reject)
    assert last.source == f"{path}#6"
    assert last.reason.startswith("corrupt WARC after record 5: ")
    assert last.reason.isprintable() and len(last.reason) < 200  # raw bytes are not pasted into reasons


def test_record_body_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    build_warc(path)
    results = list(iter_documents(str(path), IngestSettings(max_bytes=100)))
    assert len(results) == 3
    assert all(isinstance(r, Reject) and r.reason.startswith("too large (") for r in results)


def test_not_a_warc_and_empty_warc(tmp_path: Path) -> None:
    (tmp_path / "a.warc").write_text("This is a note, not an archive.\n")
    (tmp_path / "b.warc.gz").write_bytes(b"")
    (tmp_path / "c.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage-after-a-gzip-magic")
    results = list(iter_documents(str(tmp_path)))
    assert all(isinstance(r, Reject) for r in results)
    assert [r.source for r in results] == [
        f"{tmp_path}/a.warc",
        f"{tmp_path}/b.warc.gz",
        f"{tmp_path}/c.warc.gz#1",
    ]
    assert results[0].reason.startswith("not a WARC archive")
    assert results[1].reason == "empty"


def test_bad_content_length_prints_nothing(tmp_path: Path, capfd) -> None:
    """warcio would write a warning with raw record bytes to stderr; a reject is the only trace."""
    (tmp_path / "d.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\nstray bytes"
    )
    results = list(iter_documents(str(tmp_path)))
    assert results and all(isinstance(r, Reject) for r in results)
    assert capfd.readouterr().err == ""


def test_warc_with_no_html_says_so(tmp_path: Path) -> None:
    path = tmp_path / "images.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(
            response(writer, "https://a.example/x.png", b"\x89PNG" + b"\x00" * 10, ctype="image/png")
        )
    (result,) = list(iter_documents(str(path)))
    assert isinstance(result, Reject)
    assert result.reason == "no HTML responses among 1 WARC records"


def test_record_header_warcio_cannot_read_is_named_not_dumped(tmp_path: Path) -> None:
    """A response record without WARC-Target-URI makes warcio itself fail with an AttributeError."""
    (tmp_path / "e.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\nshort")
    (result,) = list(iter_documents(str(tmp_path)))
    assert isinstance(result, Reject)
    assert result.reason == "corrupt WARC at the start: unreadable record header"
