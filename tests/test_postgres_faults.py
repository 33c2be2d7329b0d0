"""A Postgres store that refuses writes (a read-only database, a connection lost mid-batch) fails as the SQLite store
does (tests/test_store_faults.py): one error line, exit 1 from the CLI, the store unchanged. Skips without Postgres."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from pg_server import fresh_database, server
from test_store_faults import council_article

import storyline
from storyline.errors import StoreError
from storyline.read_api import export_records

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def ingested(tmp_path: Path) -> str:
    """URL of a Postgres store holding three ingested, unbuilt articles."""
    url = fresh_database()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"a{n}.txt").write_text(council_article(n), encoding="utf-8")
    with storyline.open_store(url) as store:
        assert storyline.ingest(store, [str(corpus)]).added == 3
    return url


def _snapshot(url: str) -> tuple[list[dict], list, int]:
    with storyline.open_store(url) as store:
        return list(export_records(store)), store.rejects(), store.change_token()


def _admin(sql: str) -> None:
    import psycopg

    admin, _ = server()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]


def _cli(*args: str, url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args, "--db", url],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _one_line_error(result: subprocess.CompletedProcess, cause: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = (result.stderr + result.stdout).strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write to store"), result.stderr
    assert cause in lines[0]


def test_read_only_database_refuses_ingest_and_build_in_one_line(ingested: str, tmp_path: Path) -> None:
    before = _snapshot(ingested)
    name = urlsplit(ingested).path.lstrip("/")
    _admin(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    more = tmp_path / "more.txt"
    more.write_text(council_article(99), encoding="utf-8")
    _one_line_error(_cli("ingest", str(more), "-q", url=ingested), "read-only transaction")
    _one_line_error(_cli("build", "-q", url=ingested), "read-only transaction")
    _admin(f"ALTER DATABASE {name} SET default_transaction_read_only = off")
    assert _snapshot(ingested) == before


def test_connection_lost_mid_batch_is_one_line_and_rolls_back(ingested: str) -> None:
    before = _snapshot(ingested)
    store = storyline.open_store(ingested)
    pid = store.conn.info.backend_pid
    with pytest.raises(StoreError) as failure:
        with store.transaction():
            store.put_state("clusterer", b"half-written batch")
            _admin(f"SELECT pg_terminate_backend({pid})")
            store.put_state("clusterer", b"the rest")
    message = str(failure.value)
    assert "\n" not in message and message.startswith("cannot write to store"), message
    assert urlsplit(ingested).path in message  # which store
    store.close()
    assert _snapshot(ingested) == before


def test_a_database_not_in_utf8_is_refused_at_open_in_one_line() -> None:
    """A cluster made by `initdb --locale=C` creates SQL_ASCII databases, where psycopg sends text as bytea and
    every id lookup failed deep in a build ("operator does not exist: text = bytea"): the store refuses it at
    open, saying what to create, and writes nothing."""
    url = urlsplit(fresh_database())
    name = f"{url.path.lstrip('/')}_ascii"
    _admin(f"CREATE DATABASE {name} ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    ascii_url = urlunsplit(url._replace(path=f"/{name}"))
    result = _cli("stories", url=ascii_url)
    assert result.returncode == 1
    (line,) = (result.stderr + result.stdout).strip().splitlines()
    assert "encoding is SQL_ASCII, storyline needs UTF8" in line and "ENCODING 'UTF8'" in line
    with pytest.raises(StoreError, match="SQL_ASCII"):
        storyline.open_store(ascii_url)
    import psycopg

    with psycopg.connect(ascii_url) as conn:  # nothing was created
        assert conn.execute("SELECT to_regclass('meta')").fetchone() == (None,)
