"""`storyline watch`: feeds polled with conditional GET against a local http.server on 127.0.0.1 (no other
network), folders rescanned, state kept across restarts, failing feeds warned about and backed off."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from storyline import extract_article
from storyline.cli import app
from storyline.settings import DEFAULTS, with_overrides
from storyline.store import open_store
from storyline.watch import Watcher
from storyline.watch.sources import poll_feed, poll_folder

# Fictional reports: two about one ferry strike (a story that grows), one about a library, one about a bridge.
ENTRIES = {
    "ferry-1": (
        "Ferry crews strike at Port Alden",
        "Ferry crews at Port Alden walked out on Monday over rotas, leaving hundreds of island commuters "
        "stranded on the quay. The Alden Ferry Company said talks with the crews' union would resume on "
        "Wednesday and that a reduced timetable would run until then.",
    ),
    "library-1": (
        "Kelsby library to close for repairs",
        "Kelsby's central library will close for eight months from April while its leaking roof is replaced, "
        "the borough council said on Tuesday. Mobile library vans will visit six neighbourhoods each week "
        "and the children's reading club moves to the town hall.",
    ),
    "ferry-2": (
        "Port Alden ferry strike talks resume",
        "Talks between the Alden Ferry Company and the union of striking ferry crews resumed on Wednesday at "
        "Port Alden, as island commuters faced a third day of the reduced timetable. The union said rotas "
        "remained the sticking point in the strike.",
    ),
}


def _paragraphs(text: str) -> str:
    """One <p> per sentence: the HTML extractor drops a lone short paragraph as page chrome."""
    return "".join(f"<p>{sentence}.</p>" for sentence in text.rstrip(".").split(". "))


def _feed(keys: list[str]) -> bytes:
    items = "".join(
        f"<item><guid>urn:test:{k}</guid><link>https://gazette.example/{k}</link><title>{escape(ENTRIES[k][0])}</title>"
        f"<pubDate>Mon, 04 Mar 2024 0{i}:00:00 GMT</pubDate>"
        f"<description>{escape(_paragraphs(ENTRIES[k][1]))}</description></item>"
        for i, k in enumerate(keys)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Alden Gazette</title>'
        f"<link>http://127.0.0.1/</link>{items}</channel></rss>"
    ).encode()


def _put(path, text: str, age: float = 10.0) -> None:
    """Write a file that was last modified ``age`` seconds ago: finished, as far as a watch can tell."""
    path.write_text(text)
    stamp = time.time_ns() - int(age * 1e9)
    os.utime(path, ns=(stamp, stamp))


def _text(key: str, extra: str = "") -> str:
    title, body = ENTRIES[key]
    return f"{title}\n\n" + "\n\n".join(f"{s}." for s in (body + extra).rstrip(".").split(". ")) + "\n"


class FeedServer:
    """Serves /feed (changeable, honours If-None-Match and If-Modified-Since), /dated (the same feed with
    Last-Modified only), /broken (500) and /bad (cut-off XML)."""

    def __init__(self) -> None:
        self.body = _feed(["ferry-1", "library-1"])
        self.modified = formatdate(1_709_510_400, usegmt=True)
        self.log: list[tuple[str, int]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                status, headers, body = server.answer(self.path, self.headers)
                server.log.append((self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def answer(self, path: str, request) -> tuple[int, dict[str, str], bytes]:
        if path == "/broken":
            return 500, {}, b"oops"
        if path == "/bad":
            return 200, {"Content-Type": "application/rss+xml"}, b"<rss><channel><item><title>cut off"
        etag = '"' + hashlib.sha1(self.body).hexdigest()[:12] + '"'
        validators = {"ETag": etag, "Last-Modified": self.modified}
        if path == "/dated":  # a server that only sends Last-Modified
            del validators["ETag"]
        if request.get("If-None-Match") == etag or (
            "If-None-Match" not in request and request.get("If-Modified-Since") == self.modified
        ):
            return 304, validators, b""
        return 200, {"Content-Type": "application/rss+xml", **validators}, self.body

    def publish(self, keys: list[str], modified: int) -> None:
        self.body = _feed(keys)
        self.modified = formatdate(modified, usegmt=True)

    def statuses(self, path: str = "/feed") -> list[int]:
        return [status for p, status in self.log if p == path]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    feeds = FeedServer()
    thread = threading.Thread(target=feeds.httpd.serve_forever, daemon=True)
    thread.start()
    yield feeds
    feeds.httpd.shutdown()
    feeds.httpd.server_close()


def test_second_poll_gets_304_and_a_changed_feed_brings_only_its_new_entry(server, tmp_path):
    feed = server.url + "/feed"
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [feed], every=60)
        first = watcher.poll()
        assert first.added == 2 and first.built
        assert {(c.kind, c.status) for c in first.changes} >= {("story", "new"), ("storyline", "new")}
        titles = {c.title for c in first.changes if c.kind == "story"}
        assert any("Ferry" in t for t in titles) and any("library" in t.casefold() for t in titles)

        second = watcher.poll()
        assert server.statuses() == [200, 304]
        assert second.added == 0 and second.not_modified == [feed] and second.changes == []

        server.publish(["ferry-2", "ferry-1", "library-1"], 1_709_596_800)  # newest first, as feeds list
        third = watcher.poll()
        assert server.statuses() == [200, 304, 200]
        assert third.added == 1 and third.rejected == 0  # the two known entries are not read again
        assert store.article_count() == 3 and store.rejects() == []
        ferry = [c for c in third.changes if c.kind == "story"]
        assert ferry and all("ferry" in c.title.casefold() for c in ferry)
        keys = [f"urn:test:{key}" for key in ("ferry-1", "ferry-2", "library-1", "bridge-1")]
        assert len(store.seen_entries(feed, keys)) == 3


def test_a_feed_with_only_last_modified_is_asked_if_modified_since(server, tmp_path):
    feed = server.url + "/dated"
    with open_store(tmp_path / "w.db") as store:
        assert poll_feed(store, feed, DEFAULTS.ingest).ingest(store, DEFAULTS).added == 2
        assert store.feed_validators(feed) == (None, server.modified)
        again = poll_feed(store, feed, DEFAULTS.ingest)
        assert again.validators is None and again.documents == []
        server.publish(["ferry-2", "ferry-1", "library-1"], 1_709_596_800)
        assert [d.source for d in poll_feed(store, feed, DEFAULTS.ingest).documents] == [
            feed + "#urn:test:ferry-2"
        ]
    assert server.statuses("/dated") == [200, 304, 200]


def test_restart_on_the_same_store_fetches_nothing_again(server, tmp_path):
    db = str(tmp_path / "w.db")
    feed = server.url + "/feed"
    runner = CliRunner()
    first = runner.invoke(app, ["watch", feed, "--once", "--db", db])
    assert first.exit_code == 0, first.output
    assert "new story" in first.stdout and "new storyline" in first.stdout
    again = runner.invoke(app, ["watch", feed, "--once", "--db", db])  # a new Store on the same file
    assert again.exit_code == 0, again.output
    assert server.statuses() == [200, 304]
    assert "new story" not in again.stdout and "changed" not in again.stdout
    with open_store(db) as store:
        assert store.article_count() == 2


def test_folder_watch_reads_new_and_changed_files_only(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _put(inbox / "ferry.txt", _text("ferry-1"))
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [str(inbox)], every=60)
        assert watcher.poll().added == 1
        assert watcher.poll().added == 0 and not watcher.poll().built

        library = inbox / "library.txt"
        _put(library, _text("library-1"))
        ferry = inbox / "ferry.txt"
        stamp = ferry.stat().st_mtime_ns
        os.utime(ferry, ns=(stamp + 5_000_000_000, stamp + 5_000_000_000))  # touched, same bytes
        report = watcher.poll()
        assert report.added == 1 and report.rejected == 0
        assert [c.title for c in report.changes if c.kind == "story"] == [ENTRIES["library-1"][0]]
        assert store.watched_files([str(ferry)])[str(ferry)].mtime_ns == stamp + 5_000_000_000

        _put(library, _text("library-1", " The council later named a builder for the roof."))
        assert watcher.poll().added == 1  # changed content: read again


def test_a_file_still_being_written_is_read_once_whole_after_it_settles(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    ferry = inbox / "ferry.txt"
    whole = _text("ferry-1")
    _put(ferry, whole[: len(whole) // 2], age=0.0)  # a copy half done
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher(store, [str(inbox)], every=60)
        report = watcher.poll()
        assert (report.added, report.unsettled, report.built) == (0, 1, False)
        assert store.watched_files([str(ferry)]) == {}

        _put(ferry, whole)  # the copy finished a while ago
        report = watcher.poll()
        assert (report.added, report.unsettled) == (1, 0)
        assert [a.body for a in store.articles()] == [extract_article(whole).body]


def test_a_bounded_run_waits_once_for_a_file_copied_just_before_it(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _put(inbox / "ferry.txt", _text("ferry-1"), age=0.0)
    quick = with_overrides(DEFAULTS, ["watch.settle=0.2"])
    with open_store(tmp_path / "w.db") as store:
        reports = list(Watcher(store, [str(inbox)], every=60, settings=quick).run(threading.Event(), polls=1))
    assert [(r.added, r.unsettled) for r in reports] == [(0, 1), (1, 0)]


def test_articles_left_unbuilt_by_a_stopped_watch_are_built_by_the_next_poll(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ferry.txt").write_text(_text("ferry-1"))
    with open_store(tmp_path / "w.db") as store:
        poll_folder(store, str(inbox)).ingest(store, DEFAULTS)  # and then stopped: no build
        report = Watcher(store, [str(tmp_path / "empty*")], every=60).poll()
    assert report.warnings and report.built  # a glob naming nothing is a warning; the build runs regardless
    assert [(c.kind, c.status, c.title) for c in report.changes][0] == ("story", "new", ENTRIES["ferry-1"][0])


def test_failing_feeds_are_warnings_and_back_off(server, tmp_path):
    now = [1000.0]
    sources = [server.url + "/broken", server.url + "/bad", server.url + "/feed"]
    with open_store(tmp_path / "w.db") as store:
        watcher = Watcher(store, sources, every=60, clock=lambda: now[0])
        first = watcher.poll()
        assert first.added == 2  # the good feed is read all the same
        assert len(first.warnings) == 2
        assert "HTTP 500" in first.warnings[0] and "next try in 60s" in first.warnings[0]
        assert "malformed feed" in first.warnings[1]
        assert store.feed_validators(server.url + "/bad").etag is None  # nothing kept from a bad answer

        now[0] += 30  # still waiting: the failing feeds are not asked
        assert watcher.poll().warnings == [] and server.statuses("/broken") == [500]
        now[0] += 31
        second = watcher.poll()
        assert server.statuses("/broken") == [500, 500]
        assert "failed 2x; next try in 120s" in second.warnings[0]


def test_a_feed_that_cannot_be_reached_is_a_warning_not_the_end(tmp_path):
    with open_store(tmp_path / "w.db") as store:
        report = Watcher(store, ["http://127.0.0.1:9/feed"], every=60).poll()
    assert len(report.warnings) == 1 and "fetch failed" in report.warnings[0]


def test_watch_refuses_a_source_it_can_never_read(tmp_path):
    result = CliRunner().invoke(
        app, ["watch", "ftp://127.0.0.1/feed", "--once", "--db", str(tmp_path / "w.db")]
    )
    assert result.exit_code != 0


def test_sigterm_stops_the_watch_cleanly_between_polls(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watch = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "storyline",
            "watch",
            str(inbox),
            "--every",
            "1",
            "--db",
            str(tmp_path / "w.db"),
        ],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert watch.stderr is not None
        polls = [line for line in (watch.stderr.readline() for _ in range(2)) if line.startswith("added 0")]
        assert len(polls) == 2  # it kept polling
        watch.send_signal(signal.SIGTERM)
        assert watch.wait(timeout=20) == 0
    finally:
        watch.kill()
