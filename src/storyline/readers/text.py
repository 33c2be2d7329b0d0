"""Plain-text and Markdown files: one file, one document, content type "text"."""

from __future__ import annotations

from pathlib import Path

from storyline.model import Document, Reject
from storyline.readers.decode import decode_bytes, read_limited
from storyline.settings import IngestSettings


def text_document(
    raw: bytes, source: str, settings: IngestSettings, url: str | None = None, declared: str | None = None
) -> Document | Reject:
    """Wrap already-read bytes as a text document (also used for fetched ``text/plain``)."""
    text = decode_bytes(raw, source, settings, declared)
    if isinstance(text, Reject):
        return text
    return Document(source=source, raw=raw, text=text, content_type="text", url=url)


def read_text_file(path: Path, source: str, settings: IngestSettings) -> Document | Reject:
    """Read a .txt/.md file into one text document."""
    raw = read_limited(path, source, settings)
    if isinstance(raw, Reject):
        return raw
    return text_document(raw, source, settings)
