"""When a container saw a page (WARC-Date, HTTP Last-Modified/Date), kept as the ``captured`` hint: not the
publication date, but the moment the page's "3 hours ago" or "yesterday" counts from."""

from __future__ import annotations

from dataclasses import replace
from email.utils import parsedate_to_datetime
from typing import TypeVar

from storyline.model import Document, Reject

_Item = TypeVar("_Item", Document, Reject)


def http_date(value: str | None) -> str | None:
    """An HTTP date ("Tue, 05 Mar 2024 10:00:00 GMT") as ISO 8601, or None when absent or unreadable."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def with_captured(item: _Item, captured: str | None) -> _Item:
    """The document with its ``captured`` hint set (a reject, or no date, passes through unchanged)."""
    if not isinstance(item, Document) or not captured:
        return item
    return replace(item, hints={**item.hints, "captured": captured})
