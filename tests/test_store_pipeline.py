"""The whole pipeline on the Postgres store gives what it gives on SQLite (skips without a Postgres server)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pg_server import fresh_database

from storyline.pipeline import build, ingest
from storyline.read_api import export_records
from storyline.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"


def _comparable(store) -> list[dict]:
    """Export records without store-local timestamps."""
    return [{k: v for k, v in r.items() if k not in {"seen_at", "created_at"}} for r in export_records(store)]


def test_postgres_build_equals_sqlite_build_and_reruns_do_nothing(tmp_path):
    url = fresh_database()
    sqlite = open_store(tmp_path / "s.db")
    pg = open_store(url)
    for store in (sqlite, pg):
        first = ingest(store, [str(FIXTURES)])
        assert (first.added, first.rejected) == (5, 1)
        build(store)
    assert _comparable(pg) == _comparable(sqlite)
    assert pg.rejects() == sqlite.rejects()
    assert pg.entities() == sqlite.entities() and pg.analyses() == sqlite.analyses()
    again = ingest(pg, [str(FIXTURES)])
    assert (again.added, again.rejected, again.unchanged) == (0, 0, 6)
    report = build(pg)
    assert (report.analyzed, report.placed) == (0, 0)
    assert _comparable(pg) == _comparable(sqlite)
    pg.close()
    assert _comparable(open_store(url)) == _comparable(sqlite)  # everything was committed


def test_two_postgres_writers_take_turns():
    url = fresh_database()
    one, two = open_store(url), open_store(url)
    order: list[str] = []
    with one.transaction():
        one.put_state("clusterer", b"one")
        waiter = threading.Thread(target=lambda: _write(two, order))
        waiter.start()
        waiter.join(0.3)
        assert waiter.is_alive(), "the second writer did not wait for the first"
        order.append("one commits")
    waiter.join(10)
    assert order == ["one commits", "two wrote"]
    assert one.get_state("clusterer") == b"two"


def test_stores_opened_at_once_on_an_empty_database_all_work():
    url = fresh_database()
    opened, errors = [], []

    def open_one() -> None:
        try:
            opened.append(open_store(url))
        except Exception as exc:  # collected: an exception in a thread would otherwise vanish
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == [] and len(opened) == 4
    assert {s.article_count() for s in opened} == {0}


def test_serve_on_an_unreachable_postgres_is_a_one_line_error(tmp_path):
    import subprocess
    import sys

    pytest.importorskip("psycopg")
    url = f"postgresql://reader:s3cret@/nowhere?host={tmp_path}&port=1"
    result = subprocess.run(
        [sys.executable, "-m", "storyline", "serve", "--db", url], capture_output=True, text=True, timeout=120
    )
    out = result.stdout + result.stderr
    assert result.returncode == 1
    assert "error: cannot open store" in out and "s3cret" not in out and "Traceback" not in out


def _write(store, order: list[str]) -> None:
    with store.transaction():
        store.put_state("clusterer", b"two")
        order.append("two wrote")


@pytest.fixture(autouse=True)
def _needs_psycopg():
    pytest.importorskip("psycopg")
