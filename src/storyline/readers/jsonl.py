"""JSON Lines corpora (one article per line, streamed) and plain .json exports (an object or an array)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from storyline.ids import content_hash
from storyline.model import Document, Reject
from storyline.readers.decode import binary_magic, control_ratio, decode_bytes, open_input, too_large_reason
from storyline.settings import IngestSettings

_CHUNK = 1 << 16
# JSON field -> hint key; the first present (non-empty) field of each tuple wins.
_HINT_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at"),
    "outlet": ("source", "outlet"),
    "byline": ("byline", "author", "authors"),
    "captured": ("captured", "crawled", "crawled_at", "fetched_at", "scraped_at"),  # see readers/captured.py
}


def _as_hint(value: Any) -> str | None:
    """Flatten the shapes scrapers emit (string, number, list of authors, {"name": ...}) into one string."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    if isinstance(value, dict):
        return _as_hint(value.get("name") or value.get("title"))
    if isinstance(value, list):
        parts = [p for p in (_as_hint(v) for v in value) if p]
        return ", ".join(parts) or None
    return None


def _epoch(value: Any) -> str | None:
    """A Unix timestamp (seconds or milliseconds, as dumps emit) as an ISO 8601 UTC string."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    seconds = value / 1000 if value > 1e11 else value
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).isoformat()
    except (ValueError, OverflowError, OSError):
        return None


def _has_body(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _read_line(fh: IO[bytes], limit: int) -> tuple[bytes, int]:
    """Next line and its length without the newline; an overlong line is skipped, never held whole."""
    line = fh.readline(limit + 2)  # room for the limit plus "\r\n"
    size = len(line.rstrip(b"\r\n"))
    if size > limit and not line.endswith(b"\n"):
        while True:
            rest = fh.readline(_CHUNK)
            size += len(rest.rstrip(b"\r\n"))
            if not rest or rest.endswith(b"\n"):
                break
    return line, size


class _Invalid(Exception):
    """Internal signal: bytes that are not JSON (the message says why)."""


def _load(data: bytes, settings: IngestSettings) -> Any:
    """Parse JSON from bytes, falling back to detected encodings (a Latin-1 dump is still worth reading)."""
    try:
        return json.loads(data)
    except UnicodeDecodeError:
        decoded = decode_bytes(data, "", settings)
        if isinstance(decoded, Reject):
            raise _Invalid(f"invalid JSON ({decoded.reason})") from None
        try:
            return json.loads(decoded)
        except (ValueError, RecursionError):
            raise _Invalid("invalid JSON") from None
    except (ValueError, RecursionError):
        raise _Invalid("invalid JSON") from None


def _document(
    obj: Any, source: str, label: str, settings: IngestSettings, raw_hash: str
) -> Document | Reject:
    """One article object as a document; every failure is prefixed by ``label`` ("line 3", "item 2")."""
    if not isinstance(obj, dict):
        return Reject(source, f"{label}: not a JSON object", raw_hash)
    # Prefer markup when both are given: the extract stage reads dates and bylines from it.
    content_type = next((f for f in ("html", "text") if _has_body(obj.get(f))), None)
    if content_type is None:
        return Reject(source, f"{label}: no text or html field", raw_hash)
    body: str = obj[content_type]
    hints: dict[str, str] = {}
    for hint, fields in _HINT_FIELDS.items():
        for name in fields:
            value = _epoch(obj.get(name)) if hint in ("published", "captured") else None
            value = value or _as_hint(obj.get(name))
            if value:
                hints[hint] = value
                break
    raw = body.encode("utf-8", "replace")  # "replace": JSON may smuggle in lone surrogates
    if control_ratio(body) > settings.max_control_ratio:
        return Reject(source, f"{label}: binary (control characters)", raw_hash)
    # raw is the article body itself, so the same text hashes alike whatever the line's other fields say.
    return Document(
        source=source,
        raw=raw,
        text=raw.decode("utf-8"),
        content_type=content_type,
        url=_as_hint(obj.get("url")),
        hints=hints,
    )


def _parse(line: bytes, source: str, lineno: int, settings: IngestSettings) -> Document | Reject:
    """Turn one JSON line into a document; every failure names the line."""
    raw_hash = content_hash(line)
    try:
        obj = _load(line, settings)
    except _Invalid as exc:
        return Reject(source, f"line {lineno}: {exc}", raw_hash)
    return _document(obj, source, f"line {lineno}", settings, raw_hash)


def _whole_json(fh: IO[bytes], settings: IngestSettings) -> Any:
    """A pretty-printed object or an array of articles (a plain .json export), else None for JSON Lines."""
    first, size = b"", 0
    while not first.strip():
        first, size = _read_line(fh, settings.max_bytes)
        if not first:
            return None
    if size <= settings.max_bytes:
        try:
            if isinstance(_load(first, settings), dict):
                return None  # ordinary JSON Lines
        except _Invalid:
            pass
    fh.seek(0)
    data = fh.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        return None
    try:
        obj = _load(data, settings)
    except _Invalid:
        return None
    return obj if isinstance(obj, list | dict) else None


def jsonl_documents(fh: IO[bytes], source: str, settings: IngestSettings) -> Iterator[Document | Reject]:
    """One document or reject per non-blank line (``source:N``; ``max_bytes`` applies per line).

    A whole-file JSON object is one document; a JSON array yields ``source#N`` per item.
    """
    head = fh.read(1024)
    magic = binary_magic(head)
    if magic or b"\x00" in head:
        yield Reject(source, f"binary ({magic or 'NUL bytes'})", content_hash(head))
        return
    fh.seek(0)
    whole = _whole_json(fh, settings)
    if isinstance(whole, dict):
        yield _document(whole, source, "document", settings, content_hash(json.dumps(whole, sort_keys=True)))
        return
    if isinstance(whole, list):
        if not whole:
            yield Reject(source, "empty")
        for number, item in enumerate(whole, start=1):
            item_hash = content_hash(json.dumps(item, sort_keys=True))
            yield _document(item, f"{source}#{number}", f"item {number}", settings, item_hash)
        return
    fh.seek(0)
    lineno = 0
    seen_any = False
    while True:
        line, size = _read_line(fh, settings.max_bytes)
        if not line:
            break
        lineno += 1
        line_source = f"{source}:{lineno}"
        if size > settings.max_bytes:
            yield Reject(line_source, f"line {lineno}: {too_large_reason(size, settings.max_bytes)}")
            seen_any = True
            continue
        if not line.strip():
            continue
        seen_any = True
        yield _parse(line, line_source, lineno, settings)
    if not seen_any:
        yield Reject(source, "empty")


def iter_jsonl(path: Path, source: str, settings: IngestSettings) -> Iterator[Document | Reject]:
    """Stream a .jsonl/.ndjson file line by line, so a dump bigger than memory still ingests."""
    try:
        fh = open_input(path)
    except OSError as exc:
        yield Reject(source, f"unreadable: {exc.strerror or exc}")
        return
    with fh:
        try:
            yield from jsonl_documents(fh, source, settings)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield Reject(source, f"corrupt gzip: {exc or type(exc).__name__}")
