"""Persistence: one interface (base.Store); SQLite by default, Postgres for a postgresql:// URL."""

from __future__ import annotations

from pathlib import Path

from storyline.store.base import FeedValidators, SearchHit, Store, WatchedFile, canonical_map, is_postgres_url


def open_store(path: str | Path = "storyline.db") -> Store:
    """Open (creating if needed) the store at path: a SQLite file, or a postgresql:// URL (needs psycopg)."""
    if is_postgres_url(path):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(str(path))
    from storyline.store.sqlite import SQLiteStore

    return SQLiteStore(path)


__all__ = ["FeedValidators", "SearchHit", "Store", "WatchedFile", "canonical_map", "open_store"]
