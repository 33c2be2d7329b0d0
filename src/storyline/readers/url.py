"""A user-given http(s) URL: fetched once (the only network use at run time), then read as html/text/feed."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator

import httpx

from storyline.errors import InputError
from storyline.model import Document, Reject
from storyline.readers.captured import http_date, with_captured
from storyline.readers.decode import declared_charset, too_large_reason
from storyline.readers.feed import feed_documents
from storyline.readers.html import html_document
from storyline.readers.jsonl import jsonl_documents
from storyline.readers.sniff import SNIFF_BYTES, sniff
from storyline.readers.text import text_document
from storyline.readers.warc import warc_documents
from storyline.settings import IngestSettings

USER_AGENT = "storyline/0.1 (news ingest; fetches only URLs its user asked for)"
_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_BY_MIME = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/warc": "warc",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
}
_SNIFFED_MIMES = {"", "application/xml", "text/xml", "application/octet-stream", "application/json"}
_BINARY_MIME_PREFIXES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")


class _Timeout(Exception):
    """Internal signal: the whole fetch took longer than the user's timeout."""


def url_scheme(target: str) -> str | None:
    """The scheme if ``target`` is written as a URL (``scheme://...``), else None."""
    m = _SCHEME_RE.match(target)
    return m.group(1).lower() if m else None


def check_url(target: str) -> None:
    """Raise InputError for URLs we will not fetch (only http and https are supported)."""
    scheme = url_scheme(target)
    if scheme not in ("http", "https"):
        raise InputError(f"unsupported URL scheme {scheme!r} in {target} (use http or https)")


def _kind(mime: str, body: bytes) -> str | None:
    if mime in _BY_MIME:
        return _BY_MIME[mime]
    if mime.startswith(_BINARY_MIME_PREFIXES):
        return None
    if mime in _SNIFFED_MIMES or mime.startswith("text/") or mime.endswith(("+xml", "/xml")):
        return sniff(body[:SNIFF_BYTES])
    return None


def _download(
    client: httpx.Client, url: str, settings: IngestSettings, headers: dict[str, str]
) -> tuple[httpx.Response, bytes] | Reject:
    """GET with a size cap and an overall deadline (httpx's timeout is per read: a slow drip never ends)."""
    deadline = time.monotonic() + settings.fetch_timeout
    with client.stream("GET", url, headers=headers) as resp:
        if resp.status_code >= 400:
            return Reject(url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > settings.max_bytes:
            return Reject(url, too_large_reason(int(length), settings.max_bytes))
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > settings.max_bytes:
                return Reject(url, f"too large (over {settings.max_bytes} bytes limit)")
            if time.monotonic() > deadline:
                raise _Timeout
            chunks.append(chunk)
    return resp, b"".join(chunks)


def download(
    url: str, settings: IngestSettings, headers: dict[str, str] | None = None
) -> tuple[httpx.Response, bytes] | Reject:
    """The response and body of one GET (extra request headers allowed, e.g. conditional ones); network
    failures, timeouts, HTTP errors and oversize bodies each become a reject, never an exception."""
    try:
        with httpx.Client(
            timeout=settings.fetch_timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
        ) as client:
            return _download(client, url, settings, headers or {})
    except (_Timeout, httpx.TimeoutException):
        return Reject(url, f"fetch failed: timed out after {settings.fetch_timeout:g}s")
    except Exception as exc:  # noqa: BLE001 - DNS, TLS, refused connections, bad URLs: all per-target failures
        return Reject(url, f"fetch failed: {type(exc).__name__}: {exc}")


def fetch_url(url: str, settings: IngestSettings) -> Iterator[Document | Reject]:
    """Fetch one URL; network failures, HTTP errors and unusable content each become one reject."""
    got = download(url, settings)
    if isinstance(got, Reject):
        yield got
        return
    resp, body = got
    content_type = resp.headers.get("Content-Type", "")
    mime = content_type.split(";", 1)[0].strip().lower()
    final_url = str(resp.url)
    kind = _kind(mime, body)
    charset = declared_charset(content_type.encode("latin-1", "replace"))
    if kind is None:
        yield Reject(url, f"unsupported content type {mime or 'unknown'}")
    elif kind in ("html", "text"):
        build = html_document if kind == "html" else text_document
        doc = build(body, url, settings, url=final_url, declared=charset)
        yield with_captured(doc, http_date(resp.headers.get("Last-Modified") or resp.headers.get("Date")))
    elif kind == "feed":
        headers = {"content-location": final_url, "content-type": content_type}
        yield from feed_documents(body, url, settings, headers)
    elif kind == "warc":
        yield from warc_documents(io.BytesIO(body), url, settings)
    else:
        yield from jsonl_documents(io.BytesIO(body), url, settings)
