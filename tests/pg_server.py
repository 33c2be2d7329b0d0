"""A throwaway Postgres server for the tests that run against both stores (skips cleanly when none can start).

Uses $STORYLINE_TEST_PG (a postgresql:// URL of a role allowed to CREATE DATABASE) when set; otherwise starts a
private cluster with the machine's initdb/pg_ctl (Debian's postgresql package, see scripts/ensure-postgres.sh) in a
temp dir, reachable only through a unix socket there, as the `postgres` user when running as root. One server per
test session (about 2 s), one fresh database per test (CREATE DATABASE, a few ms).
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ENV_URL = "STORYLINE_TEST_PG"
_counter = itertools.count()


def _bin_dir() -> Path | None:
    """The directory holding initdb and pg_ctl: $STORYLINE_PG_BIN, PATH, or the newest Debian install."""
    candidates = [os.environ.get("STORYLINE_PG_BIN", "")]
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    debian = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(debian, key=lambda p: int("".join(filter(str.isdigit, p)) or 0), reverse=True)
    for c in candidates:
        if c and all(os.access(Path(c) / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(c)
    return None


def _start() -> tuple[str | None, str]:
    """(admin URL, "") when a server is up, else (None, why not)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg not installed (pip install -e '.[scale]')"
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL], ""
    bin_dir = _bin_dir()
    if bin_dir is None:
        return None, "no Postgres server binaries (run scripts/ensure-postgres.sh)"
    prefix: list[str] = []
    root = tempfile.mkdtemp(prefix="slpg-")  # short path: a unix socket path must stay under 107 bytes
    if os.geteuid() == 0:  # initdb refuses root: run the server as the postgres user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            return None, "running as root and no 'postgres' user to run the server as"
        os.chown(root, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data, log = f"{root}/data", f"{root}/log"
    settings = f"-k {root} -c listen_addresses='' -p 5432 -c fsync=off -c synchronous_commit=off"
    settings += " -c full_page_writes=off -c max_connections=40"
    steps = [
        [str(bin_dir / "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"],
        [str(bin_dir / "pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "-o", settings, "start"],
    ]
    for step in steps:
        done = subprocess.run(
            prefix + step + (["--no-sync"] if "initdb" in step[0] else []), capture_output=True
        )
        if done.returncode != 0:
            shutil.rmtree(root, ignore_errors=True)
            return None, f"could not start Postgres: {done.stderr.decode(errors='replace')[-300:]}"

    def stop() -> None:
        subprocess.run(
            prefix + [str(bin_dir / "pg_ctl"), "-D", data, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)

    atexit.register(stop)
    return f"postgresql://postgres@/postgres?host={root}&port=5432", ""


@lru_cache(maxsize=1)
def server() -> tuple[str | None, str]:
    return _start()


def fresh_database() -> str:
    """URL of a new empty database on the test server; skips the calling test when there is no server."""
    admin, why = server()
    if admin is None:
        pytest.skip(f"Postgres store tests skipped: {why}")
    import psycopg

    name = f"storyline_t{os.getpid()}_{next(_counter)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    if os.environ.get(ENV_URL):  # someone else's server: leave it as we found it
        atexit.register(_drop, admin, name)
    return urlunsplit(urlsplit(admin)._replace(path=f"/{name}"))


def _drop(admin: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
