"""Local targets: expand a file, directory or glob into files, then hand each to the reader for its kind."""

from __future__ import annotations

import glob
import os
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from storyline.errors import InputError
from storyline.ingest.feed import iter_feed
from storyline.ingest.html import read_html_file
from storyline.ingest.jsonl import iter_jsonl
from storyline.ingest.text import read_text_file
from storyline.ingest.warc import iter_warc
from storyline.model import Document, Reject
from storyline.settings import IngestSettings

Reader = Callable[[Path, str, IngestSettings], Iterator[Document | Reject]]

_SNIFF_BYTES = 2048
_GLOB_CHARS = frozenset("*?[")
# Longest suffixes first so ".warc.gz" wins over ".gz".
_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".shtml", "html"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),  # feedparser decides; a sitemap becomes one clear reject
    (".txt", "text"),
    (".text", "text"),
    (".md", "text"),
    (".markdown", "text"),
)
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
_HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<div",
    b"<p>",
    b"<article",
)


def kind_by_name(name: str) -> str | None:
    """Source kind from the file name's extension, or None when the extension says nothing."""
    lower = name.lower()
    for suffix, kind in _BY_SUFFIX:
        if lower.endswith(suffix):
            return kind
    return None


def sniff(head: bytes) -> str:
    """Source kind from the first bytes: warc, feed, html, jsonl, else text (decode rejects junk)."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return "text"
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"{", b"[")):
        return "jsonl"
    if start.startswith(b"<"):
        if any(m in start for m in _FEED_MARKERS) and not start.startswith((b"<!doctype html", b"<html")):
            return "feed"
        if start.startswith(b"<?xml") and not any(m in start for m in _HTML_MARKERS):
            return "feed"
        return "html"
    return "text"


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
            with open(path, "rb") as fh:
                kind = sniff(fh.read(_SNIFF_BYTES))
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
