"""Web archives (.warc / .warc.gz via warcio): each 200 HTML (or plain-text) response becomes a document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storyline.model import Document, Reject
from storyline.readers.captured import with_captured
from storyline.readers.decode import declared_charset, too_large_reason
from storyline.readers.html import html_document
from storyline.readers.sniff import SNIFF_BYTES, sniff
from storyline.readers.text import text_document
from storyline.settings import IngestSettings

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_KNOWN_TYPES = frozenset(
    ("warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation")
) | {"arc_header"}  # warcio's name for an ARC file's header record


class _Iterator(ArchiveIterator):
    """warcio's iterator, noting when the stream ended inside a record: warcio then just stops, silently."""

    truncated = False
    # warcio writes this warning, raw record bytes included, to stderr; err_count still counts it
    INC_RECORD = ""

    def _next_record(self, next_line: bytes | None) -> Any:
        try:
            return super()._next_record(next_line)
        except EOFError:
            if next_line and next_line.strip():  # a record had begun: its header was cut off
                self.truncated = True
            raise

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.truncated = True  # the last gzip member never ended
        super().close()


def describe(exc: BaseException) -> str:
    """An exception as one short printable line (warcio quotes raw record bytes in its messages)."""
    text = " ".join(str(exc).split())
    text = "".join(c if c.isprintable() else "?" for c in text)
    text = text if len(text) <= 120 else text[:117] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _looks_archived(record: Any) -> bool:
    """warcio reads any text as an ARC record; a real ARC file opens with a filedesc:// header."""
    if record.format != "arc":
        return True
    return (record.rec_headers.get_header("uri") or "").startswith("filedesc:")


def _kind(mime: str) -> str | None:
    mime = mime.split(";", 1)[0].strip().lower()
    if mime in _HTML_TYPES:
        return "html"
    if mime == "text/plain":
        return "text"
    return None


def _record(record: Any, source: str, settings: IngestSettings) -> Document | Reject | None:
    """One WARC record as a document, a reject, or None when it is not an article (request, 404, image...)."""
    if record.rec_type not in _KNOWN_TYPES:  # a cut-off header leaves e.g. "respo"
        return Reject(source, f"truncated or malformed WARC record (WARC-Type {record.rec_type!r})")
    if record.rec_type not in ("response", "resource"):
        return None
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:  # dns: and other non-HTTP responses have a body but no HTTP headers
            return None if record.length else Reject(source, "truncated or empty WARC response record")
        if http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    kind = _kind(content_type) if content_type else "sniff"
    if kind is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    # WARC-Date is the capture time, not the publication date: a "captured" hint (the base of "3 hours ago").
    body = record.content_stream().read(settings.max_bytes + 1)
    if len(body) > settings.max_bytes:
        return Reject(source, too_large_reason(len(body), settings.max_bytes))
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:  # Content-Length promised more than the archive holds
        return Reject(source, f"truncated WARC record ({missing} bytes missing)")
    if kind == "sniff":
        kind = sniff(body[:SNIFF_BYTES])
        if kind not in ("html", "text"):
            return None
    charset = declared_charset((content_type or "").encode("latin-1", "replace"))
    build = html_document if kind == "html" else text_document
    doc = build(body, source, settings, url=url, declared=charset)
    return with_captured(doc, record.rec_headers.get_header("WARC-Date"))


def warc_documents(fh: IO[bytes], source: str, settings: IngestSettings) -> Iterator[Document | Reject]:
    """Stream records from an open archive (``source#N``, N = record number from 1, counting every record).

    A corrupt or truncated archive ends in one reject naming where it broke; records before it are kept.
    """
    number = 0
    yielded = False
    records = _Iterator(fh)
    try:
        for record in records:
            number += 1
            if number == 1 and not _looks_archived(record):
                yield Reject(source, "not a WARC archive (no WARC/1.x or ARC header at the start)")
                return
            record_source = f"{source}#{number}"
            try:
                doc = _record(record, record_source, settings)
            except Exception as exc:  # noqa: BLE001 - a bad payload (broken gzip/chunking) spoils one record
                doc = Reject(record_source, f"unreadable WARC record: {describe(exc)}")
            if doc is not None:
                yielded = True
                yield doc
    except Exception as exc:  # noqa: BLE001 - warcio raises many types on a damaged archive
        where = f"after record {number}" if number else "at the start"
        # warcio's own errors say what is wrong; anything else is warcio tripping over a header it cannot read
        what = describe(exc) if isinstance(exc, ArchiveLoadFailed) else "unreadable record header"
        yield Reject(f"{source}#{number + 1}", f"corrupt WARC {where}: {what}")
        return
    if records.truncated:
        yield Reject(f"{source}#{number + 1}", f"truncated WARC: archive ends inside record {number + 1}")
        return
    if number == 0:
        yield Reject(source, "no WARC records found")
    elif not yielded:
        yield Reject(source, f"no HTML responses among {number} WARC records")


def iter_warc(path: Path, source: str, settings: IngestSettings) -> Iterator[Document | Reject]:
    """Stream an archive from disk; it may far exceed ``max_bytes``, which applies per record."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Reject(source, f"unreadable: {exc.strerror or exc}")
        return
    with fh:
        if not fh.peek(1):
            yield Reject(source, "empty")
            return
        yield from warc_documents(fh, source, settings)
