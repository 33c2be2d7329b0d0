"""Bytes to text: size-limited reads, charset detection and binary/empty rejection shared by every source."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from storyline.ids import content_hash
from storyline.model import Reject
from storyline.settings import IngestSettings

# Magic numbers of formats people drop into a corpus folder by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "pdf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ", "xz"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "ms-office"),
    (b"SQLite format 3", "sqlite"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers read these labels as windows-1252 (WHATWG encoding spec); so do we.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "cp819"}
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class TooLarge(Exception):
    """Internal signal: a stream grew past the size limit while being read."""


def too_large_reason(size: int, limit: int) -> str:
    return f"too large ({size} bytes > limit {limit})"


def read_limited(path: Path, source: str, settings: IngestSettings) -> bytes | Reject:
    """Read a whole file unless it is over the limit; the size is checked by stat, before reading a byte."""
    try:
        size = os.stat(path).st_size
        if size > settings.max_bytes:
            return Reject(source, too_large_reason(size, settings.max_bytes))
        with open(path, "rb") as fh:
            data = fh.read(settings.max_bytes + 1)  # +1: the file may have grown since stat
    except OSError as exc:
        return Reject(source, f"unreadable: {exc.strerror or exc}")
    if len(data) > settings.max_bytes:
        return Reject(source, too_large_reason(len(data), settings.max_bytes))
    return data


def binary_magic(head: bytes) -> str | None:
    """Name of a known binary format the bytes start with, if any."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def declared_charset(head: bytes) -> str | None:
    """Charset declared in a ``Content-Type`` value or an HTML ``<meta>`` (first match in ``head``)."""
    m = _CHARSET_RE.search(head)
    return m.group(1).decode("ascii", "replace").lower() if m else None


def _strict(raw: bytes, encoding: str) -> str | None:
    encoding = "cp1252" if encoding.lower() in _AS_CP1252 else encoding
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_western(text: str, settings: IngestSettings) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    return non_ascii / len(letters) <= settings.western_max_non_ascii


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut or spliced scrape) stays UTF-8 rather than becoming mojibake."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    return text if good >= 2 * bad and bad <= len(text) // 200 else None


def _detect(raw: bytes, settings: IngestSettings) -> str | None:
    """Decode bytes that are not UTF-8 and carry no BOM or usable declaration."""
    has_nul = b"\x00" in raw
    if not has_nul:
        cp = _strict(raw, "cp1252")
        if cp is not None and _looks_western(cp, settings):
            return cp
    for match in from_bytes(raw):
        wide = match.encoding.startswith(("utf_16", "utf_32"))
        if wide != has_nul:  # NUL bytes mean UTF-16/32 or binary; no NULs rules UTF-16/32 out
            continue
        return str(match)
    return None


def control_ratio(text: str) -> float:
    """Share of characters that never occur in real text (C0/C1 controls, replacement characters)."""
    if not text:
        return 0.0
    bad = sum(
        1 for c in text if c == "\ufffd" or (c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc")
    )
    return bad / len(text)


def decode_bytes(
    raw: bytes, source: str, settings: IngestSettings, declared: str | None = None
) -> str | Reject:
    """Decode one document: BOM, UTF-8, declared charset, then detection; reject junk and blanks."""
    raw_hash = content_hash(raw)
    if not raw.strip():
        return Reject(source, "empty", raw_hash)
    text: str | None = None
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw, encoding)
            break
    else:
        magic = binary_magic(raw[:16])
        if magic:
            return Reject(source, f"binary ({magic})", raw_hash)
        text = _strict(raw, "utf-8")
        if text is None:
            text = _mostly_utf8(raw)
        if text is None and declared:
            text = _strict(raw, declared)
        if text is None:
            text = _detect(raw, settings)
    if text is None:
        return Reject(source, "binary (no text encoding fits)", raw_hash)
    text = text.lstrip("\ufeff")
    if control_ratio(text) > settings.max_control_ratio:
        return Reject(source, "binary (control characters)", raw_hash)
    if not text.strip():
        return Reject(source, "empty", raw_hash)
    return text
