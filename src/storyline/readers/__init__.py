"""Ingest: turn a file, directory, glob or URL into Documents, and every unusable input into a Reject.

Bad data never raises; only a target that names nothing usable raises ``InputError`` (fatal for the CLI).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Document, Reject
from storyline.readers.files import expand, iter_file
from storyline.readers.url import check_url, fetch_url, url_scheme
from storyline.settings import IngestSettings

__all__ = ["InputError", "count_targets", "iter_documents", "iter_files"]


def _guarded(source: str, items: Iterator[Document | Reject]) -> Iterator[Document | Reject]:
    """The per-file safety net: a bug or a library's surprise on one input becomes a reject, not a crash."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - this is the boundary where any failure turns into data
        yield Reject(source, f"internal error: {type(exc).__name__}: {exc}")


def iter_documents(target: str, settings: IngestSettings = IngestSettings()) -> Iterator[Document | Reject]:  # noqa: B008
    """Yield a Document or a Reject for every document found at target; never raises on bad data.

    The target is checked before the first item is produced, so InputError surfaces at call time.
    """
    return chain.from_iterable(iter_files(target, settings))


def iter_files(
    target: str,
    settings: IngestSettings = IngestSettings(),  # noqa: B008
) -> Iterator[Iterator[Document | Reject]]:
    """``iter_documents`` one file (or URL) at a time, the unit ``count_targets`` counts: a progress bar advances
    a file at a time, whatever number of documents a JSONL, feed or WARC file holds. Checks the target up front."""
    if url_scheme(target) is not None:
        check_url(target)
        return iter([_guarded(target, fetch_url(target, settings))])
    return (_guarded(path, iter_file(Path(path), settings, source=path)) for path in expand(target))


def count_targets(target: str) -> int:
    """How many files (or URLs) a target expands to, for a progress bar; raises InputError as above."""
    if url_scheme(target) is not None:
        check_url(target)
        return 1
    return sum(1 for _ in expand(target))
