"""Fetching a user-given URL, against a local http.server on 127.0.0.1 (no external network)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.model import Document, Reject
from storyline.readers import count_targets, iter_documents
from storyline.settings import IngestSettings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARTICLE = (
    b"<html><head><title>Causeway reopens</title></head><body><p>The Saltmarsh causeway reopened to lorries "
    b"on Monday, ten weeks after the storms.</p></body></html>"
)
ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE),
    "/latin": (
        200,
        {"Content-Type": "text/html; charset=ISO-8859-1"},
        "<p>Le café de Zürich</p>".encode("latin-1"),
    ),
    "/plain": (200, {"Content-Type": "text/plain"}, b"Ferry crews return on Sunday."),
    "/modified": (
        200,
        {"Content-Type": "text/plain", "Last-Modified": "Tue, 05 Mar 2024 10:00:00 GMT"},
        b"Ferry crews returned 3 hours ago.",
    ),
    "/feed": (200, {"Content-Type": "application/rss+xml"}, (FIXTURES / "halvard_courier.rss").read_bytes()),
    "/sniffed": (200, {}, ARTICLE),
    "/xml-feed": (200, {"Content-Type": "text/xml"}, (FIXTURES / "northgate.atom").read_bytes()),
    "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/missing": (404, {"Content-Type": "text/html"}, b"<p>nothing here</p>"),
    "/empty": (200, {"Content-Type": "text/html"}, b"   "),
    "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 5000 + b"</p>"),
    "/redirect": (302, {"Location": "/article.html"}, b""),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size limit, timeout)

    def _answer(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/big-unannounced":  # no Content-Length: the limit must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 200 + b"</p>")
            return
        status, headers, body = ROUTES.get(self.path, (200, {"Content-Type": "text/plain"}, b"slow answer"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def fetch(url: str, **overrides: float) -> list[Document | Reject]:
    return list(iter_documents(url, IngestSettings(**overrides)))


def test_html_page(server: str) -> None:
    (doc,) = fetch(f"{server}/article.html")
    assert isinstance(doc, Document)
    assert (doc.source, doc.url, doc.content_type, doc.raw) == (
        f"{server}/article.html",
        f"{server}/article.html",
        "html",
        ARTICLE,
    )
    assert count_targets(f"{server}/article.html") == 1


def test_charset_from_http_header(server: str) -> None:
    (doc,) = fetch(f"{server}/latin")
    assert isinstance(doc, Document)
    assert doc.text == "<p>Le café de Zürich</p>"


def test_plain_text_and_sniffed_html(server: str) -> None:
    (plain,) = fetch(f"{server}/plain")
    (sniffed,) = fetch(f"{server}/sniffed")
    assert isinstance(plain, Document) and plain.content_type == "text"
    assert isinstance(sniffed, Document) and sniffed.content_type == "html"


def test_last_modified_is_the_capture_date(server: str) -> None:
    (doc,) = fetch(f"{server}/modified")
    (plain,) = fetch(f"{server}/plain")  # without Last-Modified the server's Date header stands in
    assert isinstance(doc, Document) and doc.hints["captured"] == "2024-03-05T10:00:00+00:00"
    assert isinstance(plain, Document) and plain.hints["captured"].startswith("20")


@pytest.mark.parametrize(("path", "entries"), [("/feed", 3), ("/xml-feed", 1)])
def test_feed_url_yields_entries(server: str, path: str, entries: int) -> None:
    results = fetch(f"{server}{path}")
    assert [r.source for r in results] == [f"{server}{path}#{n}" for n in range(1, entries + 1)]
    assert isinstance(results[0], Document) and results[0].hints.get("outlet")


def test_redirect_keeps_given_source_and_final_url(server: str) -> None:
    (doc,) = fetch(f"{server}/redirect")
    assert isinstance(doc, Document)
    assert doc.source == f"{server}/redirect"
    assert doc.url == f"{server}/article.html"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/logo.png", "unsupported content type image/png"),
        ("/empty", "empty"),
        ("/big", "too large (5007 bytes > limit 1000)"),
        ("/big-unannounced", "too large (over 1000 bytes limit)"),
    ],
)
def test_unusable_responses_are_rejects(server: str, path: str, reason: str) -> None:
    (result,) = fetch(f"{server}{path}", max_bytes=1000)
    assert isinstance(result, Reject)
    assert (result.source, result.reason) == (f"{server}{path}", reason)


def test_timeout_is_a_reject(server: str) -> None:
    started = time.perf_counter()
    (result,) = fetch(f"{server}/slow", fetch_timeout=0.3)
    assert time.perf_counter() - started < 1.4
    assert isinstance(result, Reject)
    assert result.reason == "fetch failed: timed out after 0.3s"


def test_connection_refused_is_a_reject() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (result,) = fetch(f"http://127.0.0.1:{port}/x", fetch_timeout=2)
    assert isinstance(result, Reject)
    assert result.reason.startswith("fetch failed: ConnectError")
