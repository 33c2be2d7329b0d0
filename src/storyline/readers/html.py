"""HTML files and fetched pages: one document each, content type "html", URL hint from the page's markup."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.model import Document, Reject
from storyline.readers.decode import declared_charset, decode_bytes, read_limited
from storyline.settings import IngestSettings

_HEAD_BYTES = 64 * 1024  # canonical links and meta tags live in <head>; don't scan megabytes for them
_TAG_RE = re.compile(r"<(link|meta)\b([^>]*)>", re.I)
_ATTR_RE = re.compile(r"""([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_META_CHARSET_RE = re.compile(rb"<meta\b[^>]*charset[^>]*>", re.I)


def _attrs(blob: str) -> dict[str, str]:
    return {
        m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "").strip()
        for m in _ATTR_RE.finditer(blob)
    }


def page_url(text: str) -> str | None:
    """The page's own idea of its URL: ``<link rel=canonical>``, else ``og:url``; absolute http(s) only."""
    canonical = og = None
    for m in _TAG_RE.finditer(text[:_HEAD_BYTES]):
        attrs = _attrs(m.group(2))
        if m.group(1).lower() == "link" and "canonical" in attrs.get("rel", "").lower().split():
            canonical = canonical or attrs.get("href")
        elif attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            og = og or attrs.get("content")
    for candidate in (canonical, og):
        if candidate and candidate.lower().startswith(("http://", "https://")):
            return candidate
    return None


def html_charset(raw: bytes) -> str | None:
    """Charset from ``<meta charset>`` / ``<meta http-equiv=Content-Type>`` near the top of the page."""
    m = _META_CHARSET_RE.search(raw[:_HEAD_BYTES])
    return declared_charset(m.group(0)) if m else None


def html_document(
    raw: bytes, source: str, settings: IngestSettings, url: str | None = None, declared: str | None = None
) -> Document | Reject:
    """Wrap already-read HTML bytes; ``declared`` (an HTTP charset) outranks the page's meta tag."""
    text = decode_bytes(raw, source, settings, declared or html_charset(raw))
    if isinstance(text, Reject):
        return text
    return Document(source=source, raw=raw, text=text, content_type="html", url=url or page_url(text))


def read_html_file(path: Path, source: str, settings: IngestSettings) -> Document | Reject:
    """Read a .html/.htm file into one HTML document."""
    raw = read_limited(path, source, settings)
    if isinstance(raw, Reject):
        return raw
    return html_document(raw, source, settings)
