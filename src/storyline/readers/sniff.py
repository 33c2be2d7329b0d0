"""Which reader a file needs: by its name's extension, else by its first bytes."""

from __future__ import annotations

import zlib

SNIFF_BYTES = 2048  # enough for a doctype, an XML prolog and the root element
# Longest suffixes first so ".warc.gz" wins over ".gz".
_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "jsonl"),  # a whole-file object or array is detected by the reader
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
    if lower.endswith(".gz"):  # readers decompress; the inner name says what is inside
        return kind_by_name(name[:-3])
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
