"""Fuzz every reader and the plain-text path with Hypothesis; print the crashes per target (the target is 0).

    nice -n 10 PYTHONPATH=src .venv/bin/python eval/fuzz.py --cases 10000     # every target; tens of minutes
    PYTHONPATH=src .venv/bin/python eval/fuzz.py --cases 200 --targets url,lines

The readers are called directly, below the per-file safety net of readers/__init__.py, so a bug that net would
turn into an "internal error" reject counts here. A crash is an exception escaping a target, or an article-level
failure that only a catch-all turned into a reject ("extract failed", "internal error"). tests/test_fuzz_targets.py
runs each target on a few examples in CI.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.errors import InputError  # noqa: E402
from storyline.extract import extract_article  # noqa: E402
from storyline.extract.line_roles import label_lines  # noqa: E402
from storyline.model import Document, Reject  # noqa: E402
from storyline.readers import url as url_reader  # noqa: E402
from storyline.readers.feed import feed_documents  # noqa: E402
from storyline.readers.html import html_document  # noqa: E402
from storyline.readers.jsonl import jsonl_documents  # noqa: E402
from storyline.readers.text import text_document  # noqa: E402
from storyline.readers.warc import warc_documents  # noqa: E402
from storyline.settings import IngestSettings  # noqa: E402

SAFETY_NET = ("internal error", "extract failed")
INGEST = IngestSettings(max_bytes=200_000)
SOURCE = "fuzz-input"


class Crash(Exception):
    """A target's outcome that is a bug: an escaped exception or a reject only a catch-all produced."""


# ---- strategies: real-looking structure with hostile pieces ------------------------------------------------------

WORDS = st.sampled_from(
    ["The", "council", "said", "on", "Monday", "ferry", "strike", "Port", "Halvard", "By", "Jane", "Doe", "|", "©",
     "2024", "05/03/2024", "12:30", "GMT", "Share", "Read more", "“", "”", '"', "—", "\t", "é", "ß", "中文", "😀",
     "\u200b", "\ufeff", "\x00", "\r", "Advertisement", "March 5, 2024", "Updated", "Reuters", "(AP)", "—", "...",
     "http://a.example/x", "@user", "#tag", "1,234", "$5m", "5%", "&amp;", "<b>", "</p>"]
)  # fmt: skip
LINE = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=25).map(" ".join)
LINES = st.lists(LINE, max_size=40)
TEXT = st.one_of(LINES.map("\n".join), st.text(max_size=2000))
TAGS = st.sampled_from(
    ["<html>", "</html>", "<head>", "<title>", "</title>", "<body>", "<article>", "</article>", "<p>", "</p>",
     "<h1>", "</h1>", "<div class='byline'>", "</div>", "<script>", "</script>", "<style>", "<!--", "-->",
     "<meta charset='utf-8'>", "<meta charset='x-nonsense'>", "<meta http-equiv='Content-Type' content='text/html; charset=latin-1'>",
     '<meta property="article:published_time" content="2024-13-45T99:00">', '<meta name="author" content="">',
     '<link rel="canonical" href="http://[::1">', "<time datetime='0000-00-00'>", "<![CDATA[", "]]>", "<br>",
     "<table><tr><td>", "<ul><li>", "&#0;", "&#x110000;", "&nbsp;", "<?xml version='1.0'?>", "<!DOCTYPE html>"]
)  # fmt: skip
HTML = st.lists(st.one_of(TAGS, LINE), max_size=60).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252", "utf-8-sig", "surrogatepass"])


@st.composite
def encoded(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """Text encoded the way files arrive: some encoding, sometimes cut mid-character or with stray bytes."""
    value, encoding = draw(text), draw(ENCODINGS)
    data = (
        value.encode("utf-8", "surrogatepass")
        if encoding == "surrogatepass"
        else value.encode(encoding, "replace")
    )
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    if draw(st.integers(0, 4)) == 0:
        data += draw(st.binary(max_size=64))
    return data


JSON_KEYS = st.sampled_from(
    ["text", "html", "title", "headline", "published", "date", "published_at", "source", "outlet", "byline",
     "author", "authors", "url", "captured", "crawled_at", "id", "body"]
)  # fmt: skip
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), TEXT, HTML,
    st.sampled_from(["", " ", "2024-03-05", "1709600000", "1709600000000", "-1e300", "nan"]),
)  # fmt: skip
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(JSON_KEYS, inner, max_size=4),
    max_leaves=12,
)
JSON_OBJECT = st.dictionaries(JSON_KEYS, JSON_VALUES, max_size=6)


@st.composite
def jsonl_file(draw: st.DrawFn) -> bytes:
    lines = draw(
        st.lists(
            st.one_of(
                JSON_OBJECT.map(lambda o: json.dumps(o, allow_nan=True)),
                JSON_VALUES.map(lambda o: json.dumps(o, allow_nan=True)),
                st.text(max_size=40),
            ),
            max_size=6,
        )
    )
    shape = draw(st.sampled_from(["lines", "array", "object"]))
    if shape == "array":
        body = "[" + ",".join(lines) + "]"
    elif shape == "object" and lines:
        body = lines[0]
    else:
        body = draw(st.sampled_from(["\n", "\r\n"])).join(lines)
    return draw(encoded(st.just(body)))


FEED_DATES = st.one_of(
    st.sampled_from(
        ["Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00Z", "0000-00-00", "Mon, 99 Foo 9999"]
    ),
    st.text(max_size=20),
)


@st.composite
def feed_file(draw: st.DrawFn) -> bytes:
    esc = st.one_of(TEXT, HTML).map(lambda s: s.replace("]]>", ""))
    atom = draw(st.booleans())
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        title, body, date = draw(esc), draw(esc), draw(FEED_DATES)
        link = draw(st.one_of(st.just("https://a.example/1"), st.text(max_size=20)))
        if atom:
            entries.append(
                f"<entry><title>{title}</title><link href='{link}'/><updated>{date}</updated>"
                f"<content type='{draw(st.sampled_from(['html', 'text', 'xhtml', 'x']))}'><![CDATA[{body}]]></content></entry>"
            )
        else:
            entries.append(
                f"<item><title><![CDATA[{title}]]></title><link>{link}</link><pubDate>{date}</pubDate>"
                f"<description><![CDATA[{body}]]></description><author>{draw(LINE)}</author></item>"
            )
    if atom:
        doc = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>{draw(LINE)}</title>"
        doc += "".join(entries) + "</feed>"
    else:
        doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>{draw(LINE)}</title>"
        doc += "".join(entries) + "</channel></rss>"
    if draw(st.booleans()):
        doc = doc[: draw(st.integers(0, len(doc)))]
    return draw(encoded(st.just(doc)))


HEADER_VALUES = st.one_of(
    st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=bogus", "text/plain",
                     "application/xhtml+xml", "image/png", "", "text/html;;;", "TEXT/HTML; CHARSET=LATIN1"]),
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
)  # fmt: skip


@st.composite
def warc_file(draw: st.DrawFn) -> bytes:
    buf = io.BytesIO()
    gzip = draw(st.booleans())
    writer = WARCWriter(buf, gzip=gzip)
    for n in range(draw(st.integers(0, 3))):
        kind = draw(
            st.sampled_from(["response", "resource", "metadata"])
        )  # warcio parses the others' payloads
        payload = draw(st.one_of(encoded(HTML), encoded(TEXT)))
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved", "200", "999 X"]))
        headers = [("Content-Type", draw(HEADER_VALUES))]
        if draw(st.booleans()):
            # warcio writes headers as ASCII and raises on anything else: a header line on disk is printable ASCII
            date = "".join(ch if " " <= ch <= "~" else " " for ch in draw(FEED_DATES))
            headers.append(("Date", date))
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1") if kind == "response" else None
        uri = draw(st.sampled_from([f"https://a.example/{n}", "", "not-a-uri", "https://a.example/ü"]))
        fixed = {  # warcio would stamp a random id and the clock: the same draws must give the same bytes
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>",
            "WARC-Date": "2024-03-05T10:00:00Z",
        }
        record = writer.create_warc_record(
            uri, kind, payload=io.BytesIO(payload), http_headers=http, warc_headers_dict=fixed
        )
        writer.write_record(record)
    data = bytearray(buf.getvalue())
    for where, value in draw(st.lists(st.tuples(st.floats(0, 0.999), st.integers(0, 255)), max_size=3)):
        if data:
            data[int(where * len(data))] = value
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@dataclass(frozen=True)
class Response:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


@st.composite
def http_response(draw: st.DrawFn) -> Response:
    status = draw(st.sampled_from([200, 200, 200, 204, 301, 302, 404, 500, 418]))
    headers: list[tuple[str, str]] = []
    if draw(st.integers(0, 5)):
        headers.append(("Content-Type", draw(HEADER_VALUES | st.sampled_from(
            ["application/rss+xml", "application/atom+xml", "application/warc", "application/x-ndjson",
             "application/json", "application/octet-stream", "text/xml"]))))  # fmt: skip
    body = draw(
        st.one_of(
            encoded(HTML), encoded(TEXT), feed_file(), jsonl_file(), warc_file(), st.binary(max_size=500)
        )
    )
    if draw(st.booleans()):
        header_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30)
        name = draw(
            st.sampled_from(["Last-Modified", "Date", "Content-Length", "Location", "Content-Encoding"])
        )
        headers.append((name, draw(st.one_of(FEED_DATES, header_text, st.integers(-5, 10**6).map(str)))))
    return Response(status, tuple(headers), body)


# ---- checks: what each target must never do -----------------------------------------------------------------------


def _check_items(items: Iterable[Document | Reject]) -> list[Document | Reject]:
    results = list(items)
    for item in results:
        if isinstance(item, Reject):
            if not item.reason or item.reason.startswith(SAFETY_NET):
                raise Crash(f"reject reason {item.reason!r}")
        elif not item.text.strip() or item.content_type not in ("text", "html"):
            raise Crash(f"empty or untyped document {item.content_type!r}")
    return results


def _extract(text: str, content_type: str) -> None:
    try:
        article = extract_article(text, content_type=content_type)
    except InputError as exc:
        if any(net in str(exc) for net in SAFETY_NET):
            raise Crash(str(exc)) from None
        return
    if not article.body.strip():
        raise Crash("article with an empty body")


def _lines(lines: list[str]) -> None:
    labels = label_lines(lines)
    if len(labels.roles) != len(lines) or len(labels.headline_p) != len(lines):
        raise Crash("a role or headline probability missing for some line")


@contextmanager
def _served(response: Response):
    """httpx.Client in storyline.readers.url answers every request from ``response`` (no network)."""

    def handler(request: httpx.Request) -> httpx.Response:
        headers = list(response.headers)
        if response.status in (301, 302) and request.url.path != "/moved":
            headers.append(("Location", "/moved"))
        return httpx.Response(response.status, headers=headers, content=response.body)

    real = httpx.Client
    with mock.patch.object(
        url_reader.httpx, "Client", lambda **kw: real(transport=httpx.MockTransport(handler), **kw)
    ):
        yield


def _url(response: Response) -> None:
    with _served(response):
        _check_items(url_reader.fetch_url("http://fuzz.example/page", INGEST))


TARGETS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], object]]] = {
    "text": (encoded(TEXT), lambda raw: _check_items([text_document(raw, SOURCE, INGEST)])),
    "html": (encoded(HTML), lambda raw: _check_items([html_document(raw, SOURCE, INGEST)])),
    "jsonl": (jsonl_file(), lambda raw: _check_items(jsonl_documents(io.BytesIO(raw), SOURCE, INGEST))),
    "feed": (feed_file(), lambda raw: _check_items(feed_documents(raw, SOURCE, INGEST))),
    "warc": (warc_file(), lambda raw: _check_items(warc_documents(io.BytesIO(raw), SOURCE, INGEST))),
    "url": (http_response(), _url),
    "lines": (LINES, _lines),
    "extract_text": (TEXT, lambda text: _extract(text, "text")),
    "extract_html": (HTML, lambda text: _extract(text, "html")),
}


def crash_of(check: Callable[[Any], object], value: Any) -> str | None:
    """None when ``check`` handled ``value`` cleanly, else a one-line description of the crash."""
    try:
        check(value)
    except Crash as exc:
        return str(exc)[:160]
    except Exception as exc:  # noqa: BLE001 - anything escaping is what we count
        return f"{type(exc).__name__}: {str(exc)[:140]}"
    return None


def run_target(name: str, cases: int, seed: int) -> tuple[int, Counter[str], float]:
    """Run ``cases`` generated examples of one target without stopping at the first crash."""
    strategy, check = TARGETS[name]
    crashes: Counter[str] = Counter()
    count = 0

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(value=strategy)
    def one(value: Any) -> None:
        nonlocal count
        count += 1
        problem = crash_of(check, value)
        if problem:
            crashes[problem] += 1

    start = time.perf_counter()
    one._hypothesis_internal_use_seed = seed  # type: ignore[attr-defined]
    one()
    return count, crashes, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=10_000, help="examples per target")
    parser.add_argument(
        "--targets", default=",".join(TARGETS), help="comma-separated subset of " + ", ".join(TARGETS)
    )
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    total = 0
    for name in args.targets.split(","):
        count, crashes, seconds = run_target(name, args.cases, args.seed)
        total += sum(crashes.values())
        print(
            f"{name:13s} cases {count:6d}  crashes {sum(crashes.values()):5d}  ({seconds:.0f} s)", flush=True
        )
        for problem, n in crashes.most_common(10):
            print(f"    {n:5d}  {problem}", flush=True)
    print(f"total crashes: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
