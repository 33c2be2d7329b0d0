"""Two `ingest` processes and a `serve` on one fresh SQLite store at once: every document lands, nobody sees
"database is locked", and the server answers throughout (WAL, a busy timeout, BEGIN IMMEDIATE writes)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from storyline.store import open_store

SRC = Path(__file__).resolve().parents[1] / "src"
PLACES = ["Port Halvard", "Northfold", "Saltmarsh", "Kettering Vale", "Aldwick", "Brennan Cross"]


def _article(n: int) -> str:
    place = PLACES[n % len(PLACES)]
    return (
        f"Council approves plan number {n} for {place}\n\n"
        f"The council in {place} approved plan number {n} on Monday after a vote of {n + 5} to {n % 4}.\n\n"
        f"Officials said the work would cost {1000 + 37 * n} pounds and start within {n % 9 + 2} weeks.\n"
    )


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "storyline", *args]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_ingests_and_a_server_share_one_store(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = []
    for n in range(24):
        path = corpus / f"a{n:02d}.txt"
        path.write_text(_article(n), encoding="utf-8")
        files.append(str(path))
    db = str(tmp_path / "shared.db")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    port = _free_port()
    small = ["-s", "pipeline.ingest_batch=2"]  # many short write transactions that contend for the lock
    server = subprocess.Popen(
        _cli("serve", "--db", db, "--port", str(port)),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    ingests = [  # overlapping halves: 8 files are ingested by both at once
        subprocess.Popen(
            _cli("ingest", *part, "--db", db, *small), env=env, stderr=subprocess.PIPE, text=True
        )
        for part in (files[:16], files[8:])
    ]
    answers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while any(p.poll() is None for p in ingests) and time.monotonic() < deadline:
            for path in ("/api/health", "/api/stories", "/search?q=council"):
                try:
                    answers.append(httpx.get(f"http://127.0.0.1:{port}{path}", timeout=10).status_code)
                except httpx.TransportError:
                    assert server.poll() is None, server.stderr.read().decode()  # not up yet, not dead
            time.sleep(0.05)
        errors = [p.communicate(timeout=60)[1] for p in ingests]
    finally:
        server.terminate()
        _, server_err = server.communicate(timeout=30)
    assert [p.returncode for p in ingests] == [0, 0], errors
    for text in [*errors, server_err.decode()]:
        assert "locked" not in text.lower() and "Traceback" not in text, text
    assert answers and set(answers) == {200}, answers
    with open_store(db) as store:
        assert store.article_count() == len(files)
        assert store.rejects() == []
