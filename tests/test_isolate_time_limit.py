"""One article whose piece of a stage never ends costs that article that piece (logged with its id, the stage and
the limit), never the build: a loop that runs on past the limit is injected for one article, and the build must
finish with the other articles as they were. Limits and loops are CPU seconds; the loops end by themselves after
LOOP seconds, so without a limit these tests fail instead of hanging."""

from __future__ import annotations

import logging
import math
import re
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import storyline.extract
from storyline import isolate
from storyline.analyze import per_article
from storyline.isolate import isolated, piece_time_limit
from storyline.pipeline import build, ingest
from storyline.scale import dask_mapper, process_mapper
from storyline.settings import DEFAULTS, Settings
from storyline.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
VICTIM = "windfarm_ridge_gazette.txt"
LOOP = 20.0  # seconds an injected "hang" runs: far past every limit below
LIMIT = 5.0  # the build tests' limit: no honest piece of the six small fixtures comes near it


def _spin(seconds: float = LOOP, value=None):
    """A pure-Python loop standing for a parse walk that never ends (one that ends, so a test cannot hang)."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return value


def _limited(seconds: float) -> Settings:
    return replace(DEFAULTS, pipeline=replace(DEFAULTS.pipeline, piece_time_limit=seconds))


def _built(path: Path, settings: Settings = DEFAULTS):
    store = open_store(path)
    ingest(store, [str(FIXTURES)], settings)
    build(store, settings)
    return store


def _warnings(caplog) -> list[tuple[str, str, float | None]]:
    return [
        (r.stage, r.article_id, getattr(r, "limit", None))
        for r in caplog.records
        if hasattr(r, "stage") and r.levelno >= logging.WARNING
    ]


def _analyses_by_source(store) -> dict:
    analyses = store.analyses()
    return {Path(a.source).name: analyses[a.id] for a in store.articles()}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("base") / "s.db")


def test_a_claims_walk_that_never_ends_costs_that_article_its_claims(tmp_path, monkeypatch, caplog, baseline):
    victim = next(a for a in baseline.articles() if Path(a.source).name == VICTIM)
    real = per_article.find_claims

    def hangs(article_id, *args, **kwargs):
        return _spin() if article_id == victim.id else real(article_id, *args, **kwargs)

    monkeypatch.setattr(per_article, "find_claims", hangs)
    started = time.process_time()
    with caplog.at_level(logging.WARNING):
        store = _built(tmp_path / "s.db", _limited(LIMIT))
    assert time.process_time() - started < LOOP  # the loop was cut short, not waited out
    assert _warnings(caplog) == [("analyze.claims", victim.id, LIMIT)]
    got, want = _analyses_by_source(store), _analyses_by_source(baseline)
    assert got[VICTIM].claims == () and want[VICTIM].claims
    assert replace(got[VICTIM], claims=()) == replace(
        want[VICTIM], claims=()
    )  # the rest of its analysis kept
    assert {k: v for k, v in got.items() if k != VICTIM} == {k: v for k, v in want.items() if k != VICTIM}
    assert all(store.placement(a.id)[1] for a in store.articles())  # every article placed in a story


def test_an_extraction_that_never_ends_rejects_that_document(tmp_path, monkeypatch, caplog, baseline):
    real = storyline.extract._from_text

    def hangs(doc, settings):
        return _spin() if Path(doc.source).name == VICTIM else real(doc, settings)

    monkeypatch.setattr(storyline.extract, "_from_text", hangs)
    store = open_store(tmp_path / "s.db")
    with caplog.at_level(logging.WARNING):
        report = ingest(store, [str(FIXTURES)], _limited(LIMIT))
    victim = str(FIXTURES / VICTIM)
    assert _warnings(caplog) == [("extract", victim, LIMIT)]
    assert {r.source: r.reason for r in report.rejects}[victim].startswith("extraction stopped")
    assert {a.id for a in store.articles()} == {a.id for a in baseline.articles()} - {
        a.id for a in baseline.articles() if Path(a.source).name == VICTIM
    }


def _in_thread(fn: Callable[[], Any]) -> Any:
    """``fn()`` on a new thread, as a Dask task or a web upload runs: its result, or its exception raised here."""
    out: dict[str, Any] = {}

    def target() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            out["error"] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if "error" in out:
        raise out["error"]
    return out["value"]


@pytest.fixture(params=["main thread", "other thread"])
def on(request) -> Callable[[Callable[[], Any]], Any]:
    """Run a test's pieces on the main thread (the SIGPROF timer) or on another (the watchdog)."""
    return (lambda fn: fn()) if request.param == "main thread" else _in_thread


def test_a_nested_piece_has_its_own_limit_and_stops_the_outer_clock(caplog, on):
    def outer():
        # two nested pieces of 0.3 s each: more than the outer's 0.5 s, but not its own time
        done = [isolated("inner", "a", lambda: _spin(0.3, "ran"), "cut") for _ in range(2)]
        return done + [isolated("inner", "a", _spin, "cut")]

    def pieces():
        with piece_time_limit(0.5):
            assert isolated("outer", "a", outer, "outer cut") == ["ran", "ran", "cut"]
            assert isolated(
                "outer", "b", lambda: [isolated("inner", "b", lambda: 1, 0), _spin()], "outer cut"
            ) == (
                "outer cut"  # the outer clock runs again once the nested piece is done
            )

    with caplog.at_level(logging.WARNING):
        on(pieces)
    assert _warnings(caplog) == [("inner", "a", 0.5), ("outer", "b", 0.5)]


def test_a_regex_that_backtracks_without_end_is_cut(caplog):
    """re checks for signals while it backtracks: this match takes ~35 CPU seconds uncut. On the main thread
    only: another thread's watchdog raises at the next bytecode, after the match returns."""
    with caplog.at_level(logging.WARNING), piece_time_limit(0.3):
        assert isolated("stage", "a", lambda: re.match(r"(a+)+$", "a" * 30 + "b"), "cut") == "cut"
    assert _warnings(caplog) == [("stage", "a", 0.3)]


def test_an_unlimited_piece_is_never_cut_even_inside_a_limited_one(caplog, on):
    def pieces():
        with piece_time_limit(0.2):
            inner = lambda: isolated("inner", "a", lambda: _spin(0.5, 1), 0, limited=False)  # noqa: E731
            return isolated("outer", "a", inner, 0)

    with caplog.at_level(logging.WARNING):
        assert on(pieces) == 1
    assert _warnings(caplog) == []


def test_an_unlimited_piece_stays_unlimited_after_a_limited_piece_inside_it_ends(caplog, on):
    """limited > unlimited > limited: when the innermost piece ends, the unlimited one has no clock to restart."""

    def unlimited():
        isolated("innermost", "a", lambda: 1, 0)
        return _spin(0.5, "ran")

    def pieces():
        with piece_time_limit(2.0):
            return isolated("outer", "a", lambda: isolated("middle", "a", unlimited, "cut", limited=False), 0)

    with caplog.at_level(logging.WARNING):
        assert on(pieces) == "ran"
    assert _warnings(caplog) == []


def test_the_limit_switched_off(caplog, on):
    def piece():
        with piece_time_limit(0):
            return isolated("stage", "a", lambda: _spin(0.5, "done"), "cut")

    with caplog.at_level(logging.WARNING):
        assert on(piece) == "done"
    assert _warnings(caplog) == []


def _hang_each(batch: list[str]) -> list[str]:
    """A batch function whose every piece hangs (module level: a spawned worker imports it)."""
    with piece_time_limit(0.3):
        return [isolated("stage", article_id, _spin, "cut") for article_id in batch]


def test_the_limit_holds_in_worker_processes():
    """``--workers``: each spawned worker runs its batches on its main thread, where the alarm works."""
    with process_mapper(2) as mapper:
        assert list(mapper(_hang_each, [["a"], ["b", "c"]])) == [["cut"], ["cut", "cut"]]


def test_a_timer_someone_else_set_is_left_alone(caplog):
    fired = []
    before = signal.signal(signal.SIGPROF, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_PROF, 0.8)  # a profiler's, say
        with caplog.at_level(logging.WARNING), piece_time_limit(0.1):
            assert isolated("stage", "a", lambda: _spin(0.3, 1), 0) == 1  # no limit: the timer is theirs
        _spin(0.8)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, before)
    assert fired == [1] and _warnings(caplog) == []


def test_pieces_put_back_the_alarm_as_they_found_it():
    before = signal.getsignal(signal.SIGPROF)
    with piece_time_limit(0.1):
        isolated("stage", "a", _spin, None)
        isolated("stage", "a", lambda: isolated("inner", "a", _spin, None), None)
        isolated("stage", "a", lambda: 1 / 0, None)
    assert signal.getsignal(signal.SIGPROF) == before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_a_piece_that_never_ends_on_another_thread_is_abandoned(caplog):
    """A Dask task's or a web upload's thread gets no signal: the watchdog reads its CPU clock and cuts it."""

    def piece():
        with piece_time_limit(0.2):
            return isolated("stage", "a", _spin, "cut")

    started = time.process_time()
    with caplog.at_level(logging.WARNING):
        assert _in_thread(piece) == "cut"
    assert time.process_time() - started < LOOP  # cut short, not waited out
    assert _warnings(caplog) == [("stage", "a", 0.2)]
    assert isolate._WATCHDOG.watched == {}  # nothing left to watch


def test_pieces_that_end_in_time_on_another_thread_leave_nothing_behind(caplog):
    def pieces():
        with piece_time_limit(0.5):
            done = [isolated("stage", str(n), lambda n=n: _spin(0.01, n), "cut") for n in range(20)]
        return done, _spin(0.6, "no exception after the pieces")  # past every limit above

    with caplog.at_level(logging.WARNING):
        assert _in_thread(pieces) == (list(range(20)), "no exception after the pieces")
    assert _warnings(caplog) == []


def _leaks_after(limit: float, work: Callable[[], Any], runs: int) -> list[Any]:
    """Run ``runs`` pieces on this thread, each followed by a loop that catches a PieceTimeout arriving late."""
    got = []
    with piece_time_limit(limit):
        for n in range(runs):
            got.append(isolated("stage", str(n), work, "cut"))
            try:
                _spin(0.01)
            except isolate.PieceTimeout:
                got.append("leaked")
    return got


def test_no_interruption_arrives_after_a_piece_that_ends_at_its_deadline(caplog):
    """Pieces that end about when their time is up: each is kept or cut, and nothing surfaces after it."""
    with caplog.at_level(logging.WARNING):
        got = _in_thread(lambda: _leaks_after(0.004, lambda: _spin(0.004, "kept"), 100))
    assert "leaked" not in got and set(got) <= {"kept", "cut"}
    assert len(_warnings(caplog)) == got.count("cut")


def test_an_interruption_sent_as_the_piece_ends_is_taken_back(caplog):
    """The watchdog interrupts the piece just after its work returned, while the thread waits to end it: the
    piece is kept or cut, and the exception never reaches the code that runs after it."""
    started, go = threading.Event(), threading.Event()

    def work():
        started.set()
        go.wait()
        return "kept"

    def ending_in_end(ident: int) -> bool:
        frame = sys._current_frames().get(ident)
        while frame is not None and frame.f_code is not isolate._Stack.end.__code__:
            frame = frame.f_back
        return frame is not None

    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.extend(_leaks_after(60, work, 1)))
    with caplog.at_level(logging.WARNING):
        thread.start()
        started.wait()
        with isolate._WATCHDOG.lock:  # the thread's end waits for it
            go.set()
            for _ in range(10_000):
                if ending_in_end(thread.ident):
                    break
                time.sleep(0.001)
            stack = isolate._WATCHDOG.watched[thread.ident]
            stack.pieces[-1].deadline = 0.0  # its time is up
            assert isolate._WATCHDOG._interrupt() == math.inf and stack.pieces[-1].fired
        thread.join()
    assert result in (["kept"], ["cut"])
    assert _warnings(caplog) == ([("stage", "0", 60)] if result == ["cut"] else [])


def test_many_threads_at_once(caplog):
    """Each thread's own CPU clock: a hang on one thread costs that thread's piece only."""
    results: dict[int, Any] = {}

    def pieces(n: int) -> None:
        with piece_time_limit(0.3):
            results[n] = [
                isolated("stage", f"{n}-hangs", _spin, "cut"),
                isolated("stage", f"{n}-ends", lambda: _spin(0.02, "kept"), "cut"),
            ]

    threads = [threading.Thread(target=pieces, args=(n,)) for n in range(6)]
    with caplog.at_level(logging.WARNING):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == {n: ["cut", "kept"] for n in range(6)}
    assert sorted(_warnings(caplog)) == sorted(("stage", f"{n}-hangs", 0.3) for n in range(6))


def test_the_watchdog_sleeps_through_pieces_that_end_in_time(monkeypatch):
    """It is woken for the first piece and then only once the time left can be up: not once per piece."""
    looks = []
    real = isolate._Watchdog._interrupt

    def counted(self):
        looks.append(1)
        return real(self)

    monkeypatch.setattr(isolate._Watchdog, "_interrupt", counted)

    def pieces():
        with piece_time_limit(60):
            return sum(isolated("stage", "a", lambda: _spin(0.002, 1), 0) for _ in range(200))

    assert _in_thread(pieces) == 200
    assert len(looks) <= 2


def test_without_thread_clocks_other_threads_run_unlimited(caplog, monkeypatch):
    """A platform without pthread_getcpuclockid keeps pieces off the main thread unlimited."""
    monkeypatch.setattr(isolate, "_THREAD_CLOCKS", False)

    def piece():
        with piece_time_limit(0.1):
            return isolated("stage", "a", lambda: _spin(0.3, "ran"), "cut")

    with caplog.at_level(logging.WARNING):
        assert _in_thread(piece) == "ran"
    assert _warnings(caplog) == []


def test_a_dask_build_with_a_claims_walk_that_never_ends(tmp_path, monkeypatch, caplog, baseline):
    """Dask runs tasks on worker threads (here in this process, so the hang is injected and its warning seen):
    the victim loses its claims, every article is stored and placed as in the serial build."""
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    victim = next(a for a in baseline.articles() if Path(a.source).name == VICTIM)
    real = per_article.find_claims

    def hangs(article_id, *args, **kwargs):
        return _spin() if article_id == victim.id else real(article_id, *args, **kwargs)

    monkeypatch.setattr(per_article, "find_claims", hangs)
    store = open_store(tmp_path / "s.db")
    with (
        LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster,
        dask_mapper(cluster.scheduler_address) as mapper,
        caplog.at_level(logging.WARNING),
    ):
        ingest(store, [str(FIXTURES)], _limited(LIMIT), mapper=mapper)
        build(store, _limited(LIMIT), mapper=mapper)
    assert [w for w in _warnings(caplog) if w[0].startswith("analyze")] == [
        ("analyze.claims", victim.id, LIMIT)
    ]
    got, want = _analyses_by_source(store), _analyses_by_source(baseline)
    assert got[VICTIM].claims == () and want[VICTIM].claims
    assert {k: v for k, v in got.items() if k != VICTIM} == {k: v for k, v in want.items() if k != VICTIM}
    assert all(store.placement(a.id)[1] for a in store.articles())
