"""A store that refuses writes: disk full (SQLite's max_page_count on the CLI's connections) or a read-only file
(opened ?mode=ro, since chmod does not stop root). The CLI prints one error line and exits 1; the store keeps what
it had; a disk that fills mid-build loses only the batch in flight and a re-run ends where an uninterrupted build does."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import storyline
from storyline.read_api import export_records
from storyline.settings import DEFAULTS, with_overrides

SRC = Path(__file__).resolve().parents[1] / "src"
# Runs the CLI with every sqlite3 connection limited: "ro" opens it read-only, a number N lets the file grow N pages.
LIMITED_CLI = """
import sqlite3, sys
real, mode = sqlite3.connect, sys.argv.pop(1)
def connect(path, *args, **kwargs):
    if mode == "ro":
        return real(f"file:{path}?mode=ro", *args, uri=True, **kwargs)
    conn = real(path, *args, **kwargs)
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0] + int(mode)}")
    return conn
sqlite3.connect = connect
from storyline.cli import main
main()
"""
SMALL_BATCHES = ["-s", "pipeline.analyze_batch=1", "-s", "pipeline.place_batch=1"]


def council_article(n: int) -> str:
    """A short council article numbered ``n`` (tests/test_postgres_faults.py writes the same corpus)."""
    return (
        f"Council approves plan {n} for Northfold\n\n"
        f"The council in Northfold approved plan number {n} on Monday after a long vote by its members.\n\n"
        f"Officials said the work would cost {n} thousand pounds and start within weeks of the vote.\n"
    )


@pytest.fixture
def ingested(tmp_path: Path) -> Path:
    """A store holding six ingested, unbuilt articles."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(6):
        (corpus / f"a{n}.txt").write_text(council_article(n), encoding="utf-8")
    db = tmp_path / "store.db"
    with storyline.open_store(db) as store:
        assert storyline.ingest(store, [str(corpus)]).added == 6
    return db


def _limited(mode: str, *args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", LIMITED_CLI, mode, *args, "--db", str(db)],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


def _one_line_error(result: subprocess.CompletedProcess, cause: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write to store"), result.stderr
    assert cause in lines[0]


def test_disk_full_at_the_first_write_leaves_the_store_unchanged(ingested: Path) -> None:
    before = _dump(ingested)
    _one_line_error(_limited("0", "build", "-q", db=ingested), "database or disk is full")
    assert _dump(ingested) == before


def test_read_only_store_refuses_ingest_and_build_in_one_line(ingested: Path, tmp_path: Path) -> None:
    before = _dump(ingested)
    more = tmp_path / "more.txt"
    more.write_text(council_article(99), encoding="utf-8")
    _one_line_error(_limited("ro", "ingest", str(more), "-q", db=ingested), "readonly database")
    _one_line_error(_limited("ro", "build", "-q", db=ingested), "readonly database")
    assert _dump(ingested) == before


def test_disk_full_mid_build_then_a_rerun_matches_an_uninterrupted_build(
    ingested: Path, tmp_path: Path
) -> None:
    reference_db = tmp_path / "reference.db"
    shutil.copy(ingested, reference_db)
    with storyline.open_store(reference_db) as store:
        storyline.build(store, with_overrides(DEFAULTS, [a for a in SMALL_BATCHES if a != "-s"]))
        reference = list(export_records(store))
    _one_line_error(_limited("3", "build", "-q", *SMALL_BATCHES, db=ingested), "database or disk is full")
    with sqlite3.connect(ingested) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        built = conn.execute("SELECT COUNT(*) FROM articles WHERE built = 1").fetchone()[0]
        analysed = conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    assert 0 < analysed + built < 12, "the disk must fill part-way through the build"
    rerun = _limited("1000000", "build", "-q", *SMALL_BATCHES, db=ingested)
    assert rerun.returncode == 0, rerun.stderr
    with storyline.open_store(ingested) as store:
        assert list(export_records(store)) == reference
