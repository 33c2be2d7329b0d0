"""Persistence: one interface; SQLite by default."""

from __future__ import annotations

from pathlib import Path

from storyline.store.sqlite import SearchHit, SQLiteStore

Store = SQLiteStore


def open_store(path: str | Path = "storyline.db") -> Store:
    """Open (creating if needed) the store at path."""
    return SQLiteStore(path)


__all__ = ["SearchHit", "Store", "open_store"]
