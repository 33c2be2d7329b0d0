"""Schema versioning: schema.sql creates the latest tables; each migration upgrades an older store in place."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from importlib import resources
from typing import Any

from storyline.errors import StoreError

SCHEMA_VERSION = 8

# version 2: what `storyline watch` has seen (the same tables as at the end of schema.sql and schema_pg.sql)
WATCH_TABLES = (
    "CREATE TABLE IF NOT EXISTS watched_feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT)",
    "CREATE TABLE IF NOT EXISTS watched_entries (feed TEXT NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (feed, entry))",
    "CREATE TABLE IF NOT EXISTS watched_files"
    " (path TEXT PRIMARY KEY, mtime_ns BIGINT NOT NULL, size BIGINT NOT NULL, raw_hash TEXT NOT NULL)",
)


def _add_watch_tables(conn: Any) -> None:
    for statement in WATCH_TABLES:
        conn.execute(statement)


# Version 3 adds the incremental build indexes (index_* tables). Stories built before have none, so their
# placements are undone: the next build places every stored article again (analyses are kept).
_UNPLACE = (
    "DELETE FROM state",
    "DELETE FROM stories",
    "DELETE FROM storylines",
    "UPDATE articles SET duplicate_of = NULL, story_id = NULL, built = 0",
)


def _v3(conn: sqlite3.Connection) -> None:
    for statement in _UNPLACE:  # schema.sql (run at every open) has created the new tables
        conn.execute(statement)


def _v3_pg(conn: Any) -> None:
    conn.execute(resources.files("storyline.store").joinpath("schema_pg.sql").read_text())
    for statement in _UNPLACE:
        conn.execute(statement)


# Version 4 adds the alias index (alias_people, the "alias." index spaces, postings "related.entity"; see
# aliases.py). It starts empty: the next build indexes every stored analysis once, in arrival order, and from
# then on merges only new names.
_NO_ALIASES = (
    "DELETE FROM alias_people",
    "DELETE FROM alias_surnames",
    "DELETE FROM index_values WHERE space LIKE 'alias.%'",
    "DELETE FROM index_postings WHERE space LIKE 'alias.%' OR space = 'related.entity'",
)


def _v4(conn: sqlite3.Connection) -> None:
    for statement in _NO_ALIASES:  # schema.sql has created alias_people
        conn.execute(statement)


def _v4_pg(conn: Any) -> None:
    conn.execute(resources.files("storyline.store").joinpath("schema_pg.sql").read_text())
    for statement in _NO_ALIASES:
        conn.execute(statement)


# Version 5 indexes what every build or ingest read by scanning the articles table (text-dated articles, outlet
# counts), and keeps the duplicate index as rows (dedup_state.py converts a stored blob at the next build).
_V5_INDEXES = (
    "CREATE INDEX IF NOT EXISTS articles_text_dates ON articles(substr(published_evidence, 1, 5))",
    "CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet)",
)


def _v5(conn: Any) -> None:
    for statement in _V5_INDEXES:  # as in schema.sql and schema_pg.sql (the expression is the same in both)
        conn.execute(statement)


# Version 6 keys the person clusters by surname (alias_surnames: blocking keys of the fuzzy surname match) and
# indexes them by name, so a build loads only the clusters its names can join. The keys start empty: the next
# build writes them for every stored cluster (aliases.py), as it does when the surname bar changes.
V6_TABLES = (
    "CREATE TABLE IF NOT EXISTS alias_surnames (key TEXT NOT NULL, last TEXT NOT NULL, PRIMARY KEY (key, last))",
    "CREATE INDEX IF NOT EXISTS alias_people_last ON alias_people(last)",
    "CREATE INDEX IF NOT EXISTS alias_people_first ON alias_people(first)",
)


def _v6(conn: Any) -> None:
    for statement in V6_TABLES:  # as in schema.sql and schema_pg.sql
        conn.execute(statement)


# Version 7 keeps the story clusterer's state as rows (index_values "cluster.*"; cluster_state.py converts a stored
# blob at the next build). No table changes: the number is what stops an older storyline, which would find no blob
# and cluster every later article afresh, from building this store.
def _v7(conn: Any) -> None:
    del conn  # nothing to change in place


# Version 8 ids an entity by its merge key alone (analyze/entities.py entity_id; before, its type too, so a type
# vote flipping rewrote every article naming it). Every id the store holds changes: the alias and build indexes and
# the placements are dropped, so the next build resolves every stored analysis once, in arrival order, and places
# every article again (as a rebuild does; analyses are kept).
_V8_RESET = (
    *_NO_ALIASES,
    *_UNPLACE,
    "DELETE FROM index_values",
    "DELETE FROM index_counts",
    "DELETE FROM index_postings",
)


def _v8(conn: Any) -> None:
    for statement in _V8_RESET:
        conn.execute(statement)


# version N -> function that upgrades a store at version N-1 to N (run inside the opening transaction).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _add_watch_tables,
    3: _v3,
    4: _v4,
    5: _v5,
    6: _v6,
    7: _v7,
    8: _v8,
}
# the same steps for the Postgres store (schema_pg.sql); every version needs an entry in both.
PG_MIGRATIONS: dict[int, Callable[[Any], None]] = {
    2: _add_watch_tables,
    3: _v3_pg,
    4: _v4_pg,
    5: _v5,
    6: _v6,
    7: _v7,
    8: _v8,
}


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
