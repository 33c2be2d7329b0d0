"""Bytes to text: size-limited reads, charset detection and binary/empty rejection shared by every source."""

from __future__ import annotations

import codecs
import gzip
import os
import re
import zlib
from pathlib import Path
from typing import IO

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
# Unicode category Cc minus tab, newlines, vertical tab and form feed; plus U+FFFD from a failed decode.
_JUNK_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def too_large_reason(size: int, limit: int) -> str:
    return f"too large ({size} bytes > limit {limit})"


def is_gzipped(path: Path) -> bool:
    """Whether a file starts with the gzip magic number (names lie; ``.html.gz`` dumps are common)."""
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def open_input(path: Path) -> IO[bytes]:
    """Open a file for reading, transparently decompressing gzip; ``max_bytes`` then applies decompressed."""
    return gzip.open(path, "rb") if is_gzipped(path) else open(path, "rb")


def read_limited(path: Path, source: str, settings: IngestSettings) -> bytes | Reject:
    """Read a whole file unless it is over the limit; a plain file's size is checked by stat before reading."""
    limit = settings.max_bytes
    try:
        packed = is_gzipped(path)
        if not packed and (size := os.stat(path).st_size) > limit:
            return Reject(source, too_large_reason(size, limit))
        with open_input(path) as fh:
            data = fh.read(limit + 1)  # +1: a plain file may have grown since stat
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        return Reject(source, f"corrupt gzip: {exc or type(exc).__name__}")
    except OSError as exc:
        return Reject(source, f"unreadable: {exc.strerror or exc}")
    if len(data) > limit:
        reason = f"too large (over {limit} bytes limit once decompressed)" if packed else None
        return Reject(source, reason or too_large_reason(len(data), limit))
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
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    # +10 letters of prior: a two-letter "Ça" must not look like a foreign script
    return non_ascii / (len(letters) + 10) <= settings.western_max_non_ascii


def _mostly_utf8(raw: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut or spliced scrape) stays UTF-8 rather than becoming mojibake."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 127) - bad
    # one spliced byte can break up to 3 characters; cp1252 text read as UTF-8 has good == 0
    return text if good >= 2 * bad and bad <= 3 + len(text) // 200 else None


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
    return len(_JUNK_RE.findall(text)) / len(text)


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
