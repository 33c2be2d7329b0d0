"""Local targets: expand a file, directory or glob into files, then hand each to the reader for its kind."""

from __future__ import annotations

import glob
import gzip
import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from storyline.errors import InputError
from storyline.model import Document, Reject
from storyline.readers.decode import open_input
from storyline.readers.feed import iter_feed
from storyline.readers.html import read_html_file
from storyline.readers.jsonl import iter_jsonl
from storyline.readers.sniff import SNIFF_BYTES, kind_by_name, sniff
from storyline.readers.text import read_text_file
from storyline.readers.warc import iter_warc
from storyline.settings import IngestSettings

Reader = Callable[[Path, str, IngestSettings], Iterator[Document | Reject]]

_GLOB_CHARS = frozenset("*?[")


def _as_iter(read: Callable[[Path, str, IngestSettings], Document | Reject]) -> Reader:
    def reader(path: Path, source: str, settings: IngestSettings) -> Iterator[Document | Reject]:
        yield read(path, source, settings)

    return reader


READERS: dict[str, Reader] = {
    "text": _as_iter(read_text_file),
    "html": _as_iter(read_html_file),
    "jsonl": iter_jsonl,
    "feed": iter_feed,
    "warc": iter_warc,
}


def iter_file(path: Path, settings: IngestSettings, source: str | None = None) -> Iterator[Document | Reject]:
    """Documents of one file, dispatched by extension, else by sniffing its first bytes."""
    source = source or str(path)
    kind = kind_by_name(path.name)
    if kind is None:
        try:
            with open_input(path) as fh:
                kind = sniff(fh.read(SNIFF_BYTES))
        except (gzip.BadGzipFile, EOFError, zlib.error):
            kind = "text"  # a broken gzip stream: the reader rejects it with the reason
        except OSError as exc:
            yield Reject(source, f"unreadable: {exc.strerror or exc}")
            return
    yield from READERS[kind](path, source, settings)


def _walk(root: str) -> Iterator[str]:
    """Files under a directory in a stable order, skipping hidden files and folders (.git, .DS_Store)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


def _glob(pattern: str) -> Iterator[str]:
    seen: set[str] = set()
    for match in sorted(glob.glob(pattern, recursive=True)):
        for path in _walk(match) if os.path.isdir(match) else [match]:
            if path not in seen and os.path.isfile(path):
                seen.add(path)
                yield path


def expand(target: str) -> Iterator[str]:
    """Paths a local target stands for; raises InputError up front when it names nothing usable."""
    if os.path.isfile(target):
        return iter([target])
    if os.path.isdir(target):
        return _walk(target)
    if os.path.exists(target):
        raise InputError(f"not a regular file or directory: {target}")
    if _GLOB_CHARS & set(target):
        first = next(_glob(target), None)
        if first is None:
            raise InputError(f"no files match {target!r}")
        return _glob(target)
    raise InputError(f"no such file or directory: {target}")
