"""One article whose piece of a stage never ends costs that article that piece (logged with its id, the stage and
the limit), never the build: a loop that runs on past the limit is injected for one article, and the build must
finish with the other articles as they were. Limits and loops are CPU seconds; the loops end by themselves after
LOOP seconds, so without a limit these tests fail instead of hanging."""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

import storyline.extract
from storyline.analyze import per_article
from storyline.isolate import isolated, piece_time_limit
from storyline.pipeline import build, ingest
from storyline.scale import process_mapper
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

    def hangs(article_id, doc, dates):
        return _spin() if article_id == victim.id else real(article_id, doc, dates)

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


def test_a_nested_piece_has_its_own_limit_and_stops_the_outer_clock(caplog):
    def outer():
        # two nested pieces of 0.3 s each: more than the outer's 0.5 s, but not its own time
        done = [isolated("inner", "a", lambda: _spin(0.3, "ran"), "cut") for _ in range(2)]
        return done + [isolated("inner", "a", _spin, "cut")]

    with caplog.at_level(logging.WARNING), piece_time_limit(0.5):
        assert isolated("outer", "a", outer, "outer cut") == ["ran", "ran", "cut"]
        assert isolated(
            "outer", "b", lambda: [isolated("inner", "b", lambda: 1, 0), _spin()], "outer cut"
        ) == (
            "outer cut"  # the outer clock runs again once the nested piece is done
        )
    assert _warnings(caplog) == [("inner", "a", 0.5), ("outer", "b", 0.5)]


def test_a_regex_that_backtracks_without_end_is_cut(caplog):
    """re checks for signals while it backtracks: this match takes ~35 CPU seconds uncut."""
    with caplog.at_level(logging.WARNING), piece_time_limit(0.3):
        assert isolated("stage", "a", lambda: re.match(r"(a+)+$", "a" * 30 + "b"), "cut") == "cut"
    assert _warnings(caplog) == [("stage", "a", 0.3)]


def test_an_unlimited_piece_is_never_cut_even_inside_a_limited_one(caplog):
    with caplog.at_level(logging.WARNING), piece_time_limit(0.2):
        assert (
            isolated("outer", "a", lambda: isolated("inner", "a", lambda: _spin(0.5, 1), 0, limited=False), 0)
            == 1
        )
    assert _warnings(caplog) == []


def test_an_unlimited_piece_stays_unlimited_after_a_limited_piece_inside_it_ends(caplog):
    """limited > unlimited > limited: when the innermost piece ends, the unlimited one has no clock to restart."""

    def unlimited():
        isolated("innermost", "a", lambda: 1, 0)
        return _spin(0.5, "ran")

    with caplog.at_level(logging.WARNING), piece_time_limit(2.0):
        assert (
            isolated("outer", "a", lambda: isolated("middle", "a", unlimited, "cut", limited=False), 0)
            == "ran"
        )
    assert _warnings(caplog) == []


def test_the_limit_switched_off(caplog):
    with caplog.at_level(logging.WARNING), piece_time_limit(0):
        assert isolated("stage", "a", lambda: _spin(0.5, "done"), "cut") == "done"
    assert _warnings(caplog) == []


def _hang_each(batch: list[str]) -> list[str]:
    """A batch function whose every piece hangs (module level: a spawned worker imports it)."""
    with piece_time_limit(0.3):
        return [isolated("stage", article_id, _spin, "cut") for article_id in batch]


def test_the_limit_holds_in_worker_processes():
    """``--workers``: each spawned worker runs its batches on its main thread, where the alarm works."""
    with process_mapper(2) as mapper:
        assert list(mapper(_hang_each, [["a"], ["b", "c"]])) == [["cut"], ["cut", "cut"]]


def test_no_limit_off_the_main_thread(caplog):
    """Signals reach only the main thread: a web-server or Dask thread runs its pieces without a limit."""
    got = []
    with caplog.at_level(logging.WARNING), piece_time_limit(0.1):
        thread = threading.Thread(target=lambda: got.append(isolated("stage", "a", lambda: _spin(0.5, 1), 0)))
        thread.start()
        thread.join()
    assert got == [1] and _warnings(caplog) == []


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
