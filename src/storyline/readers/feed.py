"""RSS and Atom feeds (feedparser): each entry with content becomes one HTML document."""

from __future__ import annotations

import calendar
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from xml.sax import SAXException

import feedparser

from storyline.ids import content_hash
from storyline.model import Document, Reject
from storyline.readers.decode import control_ratio, read_limited
from storyline.settings import IngestSettings


def _iso(parsed: Any) -> str | None:
    """feedparser's UTC ``struct_time`` as an ISO 8601 timestamp with an explicit offset."""
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _date(entry: Any, key: str) -> str | None:
    """An entry date as ISO 8601 keeping the feed's own UTC offset (the local day matters downstream)."""
    raw = _text(entry.get(key))
    if raw:
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                parsed = parse(raw)
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if parsed.tzinfo is not None:
                return parsed.isoformat()
    return _iso(entry.get(f"{key}_parsed")) or raw


def _content(entry: Any) -> tuple[str, str] | None:
    """The richest body the entry carries (content:encoded / atom content, else summary) and its type."""
    candidates: list[tuple[str, str]] = []
    for item in entry.get("content") or []:
        value = item.get("value") if isinstance(item, dict) else None
        if isinstance(value, str) and value.strip():
            candidates.append((value, str(item.get("type") or "text/html")))
    summary = entry.get("summary")
    if not candidates and isinstance(summary, str) and summary.strip():
        detail = entry.get("summary_detail") or {}
        candidates.append((summary, str(detail.get("type") or "text/html")))
    if not candidates:
        return None
    body, mime = max(candidates, key=lambda c: len(c[0]))
    return body, ("text" if mime == "text/plain" else "html")


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _entry(entry: Any, source: str, outlet: str | None, settings: IngestSettings) -> Document | Reject:
    found = _content(entry)
    if found is None:
        return Reject(source, "feed entry has no content (no content:encoded, content or summary)")
    body, content_type = found
    raw = body.encode("utf-8", "replace")
    if len(raw) > settings.max_bytes:
        return Reject(source, f"too large ({len(raw)} bytes > limit {settings.max_bytes})")
    if control_ratio(body) > settings.max_control_ratio:
        return Reject(source, "binary (control characters)", content_hash(raw))
    values = {
        "title": _text(entry.get("title")),
        "published": _date(entry, "published") or _date(entry, "updated"),
        "outlet": outlet,
        "byline": _text(entry.get("author")),
    }
    hints: dict[str, str] = {k: v for k, v in values.items() if v}
    return Document(
        source=source,
        raw=raw,
        text=raw.decode("utf-8"),
        content_type=content_type,
        url=_text(entry.get("link")),
        hints=hints,
    )


@dataclass(frozen=True)
class ParsedFeed:
    outlet: str | None  # the feed's title: the outlet of every entry
    entries: list[Any]  # feedparser entries, in feed order
    # why the XML is not well-formed though entries were recovered (a cut-off download looks so)
    broken: str | None = None


def parse_feed(raw: bytes, headers: dict[str, str] | None = None) -> ParsedFeed | str:
    """The feed's entries (maybe none), or why it cannot be read at all (empty, malformed)."""
    if not raw.strip():
        return "empty"
    try:
        # A file-like object: feedparser fetches URLs and opens paths when handed a plain string.
        parsed = feedparser.parse(io.BytesIO(raw), response_headers=headers or {})
        entries = list(parsed.get("entries") or [])
    except Exception as exc:  # noqa: BLE001 - feedparser's parsers raise many types on hostile input
        return f"malformed feed: {type(exc).__name__}: {exc}"
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not entries and parsed.get("bozo"):
        return f"malformed feed: {problem or 'unparseable'}"
    broken = f"malformed feed: {problem}" if isinstance(problem, SAXException) else None
    return ParsedFeed(_text((parsed.get("feed") or {}).get("title")), entries, broken)


def entry_key(entry: Any) -> str | None:
    """What names an entry across polls of a changing feed: its guid/id, else its link."""
    return _text(entry.get("id")) or _text(entry.get("link"))


def entry_document(
    entry: Any, source: str, outlet: str | None, settings: IngestSettings
) -> Document | Reject:
    """One entry as a document; an odd entry is a reject, never an exception that loses the rest of the feed."""
    try:
        return _entry(entry, source, outlet, settings)
    except Exception as exc:  # noqa: BLE001 - one odd entry must not lose the rest of the feed
        return Reject(source, f"unreadable feed entry: {type(exc).__name__}: {exc}")


def feed_documents(
    raw: bytes, source: str, settings: IngestSettings, headers: dict[str, str] | None = None
) -> Iterator[Document | Reject]:
    """One document or reject per entry (``source#N``, N from 1); a feed with no entries is one reject."""
    parsed = parse_feed(raw, headers)
    if isinstance(parsed, str):
        yield Reject(source, parsed, content_hash(raw))
    elif not parsed.entries:
        yield Reject(source, "feed has no entries", content_hash(raw))
    else:
        for number, entry in enumerate(parsed.entries, start=1):
            yield entry_document(entry, f"{source}#{number}", parsed.outlet, settings)


def iter_feed(path: Path, source: str, settings: IngestSettings) -> Iterator[Document | Reject]:
    """Read a feed file (limited to ``max_bytes`` as a whole, since feedparser parses it in memory)."""
    raw = read_limited(path, source, settings)
    if isinstance(raw, Reject):
        yield raw
        return
    yield from feed_documents(raw, source, settings)
