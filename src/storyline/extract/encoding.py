"""Decode raw bytes of unknown encoding into text (UTF-8 first, then charset detection)."""

from __future__ import annotations

import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def decode_bytes(data: bytes) -> str:
    """The text of ``data``: UTF-8 when valid, else a declared HTML charset, else charset-normalizer's guess."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else data.decode("utf-8", "replace")
