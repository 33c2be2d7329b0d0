"""Stable content-hash identifiers: the same text always gets the same id, across runs and machines."""

from __future__ import annotations

import re
import unicodedata

import xxhash

_SPACE = re.compile(r"\s+")


def content_hash(data: bytes | str) -> str:
    """A 16-hex-digit xxh3-64 hash of raw bytes or text."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return xxhash.xxh3_64_hexdigest(data)


def normalize_text(text: str) -> str:
    """Fold Unicode form, case and whitespace so trivially different copies hash alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", text).strip()


def text_id(text: str) -> str:
    """Id of a piece of text after normalisation (article ids are this of the clean body)."""
    return content_hash(normalize_text(text))


def article_id(body: str, outlet: str | None) -> str:
    """Id of an article: its normalised body within its outlet.

    The same article ingested twice (or mirrored by its own outlet) is one row; a verbatim copy carried by
    another outlet is a separate row that dedup groups with the original, so the second outlet is not lost."""
    return text_id(f"{outlet or ''}\n{body}")


def group_id(prefix: str, seed: str) -> str:
    """Id of a group (story, storyline) from its founding member's id, so it survives later additions."""
    return prefix + content_hash(seed)[:12]
