"""SIGKILL mid-ingest and mid-build, and a `watch --once` mid-ingest and mid-build (5 trials of bench/kill.py's
idea, at deterministic points): resuming gives the export an uninterrupted run gives. One document, analysis and placement per transaction, so each kill lands
between commits that a resume must neither repeat nor lose."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

import storyline
from storyline.read_api import export_records
from storyline.settings import DEFAULTS, with_overrides

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.kill import run, run_killed  # noqa: E402

# build_batch=2: the killed build is one of several steps, each its own transaction
ONE_PER_COMMIT = [
    "pipeline.ingest_batch=1",
    "pipeline.analyze_batch=1",
    "pipeline.place_batch=1",
    "pipeline.build_batch=2",
]
SETTINGS = with_overrides(DEFAULTS, ONE_PER_COMMIT)
FLAGS = [arg for a in ONE_PER_COMMIT for arg in ("-s", a)]
# (command killed, count that triggers the kill): a kill after the second commit of each kind of batch
TRIALS = {
    "ingest": ("SELECT COUNT(*) FROM articles", 2),
    "analyze": ("SELECT COUNT(*) FROM analyses", 2),
    "cluster": ("SELECT COUNT(*) FROM articles WHERE built = 1", 2),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five demo files: plain text and HTML."""
    into = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "examples" / "demo").glob("a*_0*"))[:5]:
        shutil.copy(path, into / path.name)
    return into


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    with storyline.open_store(tmp_path_factory.mktemp("ref") / "ref.db") as store:
        storyline.ingest(store, [str(corpus)], SETTINGS)
        storyline.build(store, SETTINGS)
        return list(export_records(store))


def _count_reaches(db: Path, sql: str, target: int):
    def reached(_: float) -> bool:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                return conn.execute(sql).fetchone()[0] >= target
        except sqlite3.OperationalError:  # no store or no table yet
            return False

    return reached


@pytest.mark.parametrize("phase", list(TRIALS))
def test_killed_run_resumes_to_the_uninterrupted_export(
    phase: str, corpus: Path, reference: list[dict], tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    with storyline.open_store(db) as store:
        if phase != "ingest":
            storyline.ingest(store, [str(corpus)], SETTINGS)
    argv = ["ingest", str(corpus), "-q", *FLAGS] if phase == "ingest" else ["build", "-q", *FLAGS]
    sql, target = TRIALS[phase]
    assert run_killed(argv, db, _count_reaches(db, sql, target)), "the command ended before the kill"
    with storyline.open_store(db) as store:
        storyline.ingest(store, [str(corpus)], SETTINGS)
        storyline.build(store, SETTINGS)
        assert list(export_records(store)) == reference


@pytest.mark.parametrize("phase", ["ingest", "cluster"])
def test_killed_watch_resumes_to_the_uninterrupted_export(
    phase: str, corpus: Path, reference: list[dict], tmp_path: Path
) -> None:
    """`watch` ingests and builds in one process, its seen files recorded in the store: killed mid-ingest or
    mid-placement, the next `watch --once` reads only what was not stored and ends where ingest + build end."""
    db = tmp_path / "store.db"
    argv = ["watch", str(corpus), "--once", "-q", *FLAGS]
    sql, target = TRIALS[phase]
    assert run_killed(argv, db, _count_reaches(db, sql, target)), "the watch ended before the kill"
    run(argv, db)
    with storyline.open_store(db) as store:
        assert list(export_records(store)) == reference
