"""Schema versioning: schema.sql creates the latest tables; each migration upgrades an older store in place."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from storyline.errors import StoreError

SCHEMA_VERSION = 1

# version N -> function that upgrades a store at version N-1 to N (run inside the opening transaction).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {}
# the same steps for the Postgres store (schema_pg.sql); every version needs an entry in both.
PG_MIGRATIONS: dict[int, Callable[[Any], None]] = {}


def pending(current: int) -> range:
    """Versions to apply to a store at version ``current``; refuses a store written by a newer storyline."""
    if current > SCHEMA_VERSION:
        raise StoreError(f"store has schema version {current}; this storyline knows up to {SCHEMA_VERSION}")
    return range(current + 1, SCHEMA_VERSION + 1)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the store to SCHEMA_VERSION; refuse a store written by a newer storyline."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    current = int(row[0]) if row else SCHEMA_VERSION
    for version in pending(current):
        MIGRATIONS[version](conn)
    if row is None or current != SCHEMA_VERSION:  # write only on change: readers watch for commits
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
