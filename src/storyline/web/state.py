"""Per-process web state: one store connection per worker thread, a change counter, and read caches.

SQLite connections are not shared between threads; each worker thread opens its own store once and keeps it.
Caches are keyed by a generation number that moves whenever any connection commits to the database
(``PRAGMA data_version`` on a dedicated watcher connection), so pages never show stale data after a build.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storyline.store import Store, open_store


class WebState:
    """Everything the routes share: the db path, per-thread stores, the generation and bounded caches."""

    def __init__(self, db_path: str | Path, cache_size: int = 512) -> None:
        self.db_path = str(db_path)
        open_store(self.db_path).close()  # create the file and schema once, before any reader
        self._local = threading.local()
        self._opened: list[Store] = []
        self._open_lock = threading.Lock()
        self._watch = sqlite3.connect(self.db_path, check_same_thread=False)
        self._watch_lock = threading.Lock()
        self._data_version = self._read_version()
        self._generation = 0
        self.write_lock = threading.Lock()  # one ingest at a time
        self._cache: OrderedDict[tuple[Any, ...], tuple[int, Any]] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._cache_size = cache_size
        self._key_locks: dict[tuple[Any, ...], threading.Lock] = {}

    def _read_version(self) -> int:
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    def store(self) -> Store:
        """This thread's store (opened on first use)."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db_path)
            self._local.store = store
            with self._open_lock:
                self._opened.append(store)
        return store

    def generation(self) -> int:
        """A number that changes whenever the database changed since the last call (any writer, any process)."""
        with self._watch_lock:
            version = self._read_version()
            if version != self._data_version:
                self._data_version = version
                self._generation += 1
            return self._generation

    def bump(self) -> None:
        """Invalidate caches after a write made through this process."""
        with self._watch_lock:
            self._generation += 1

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The value for key at the current generation, computing it at most once per generation."""
        gen = self.generation()
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] == gen:
                self._cache.move_to_end(key)
                return hit[1]
            lock = self._key_locks.setdefault(key, threading.Lock())
        with lock:  # concurrent requests for the same cold key wait for one computation
            with self._cache_lock:
                hit = self._cache.get(key)
                if hit is not None and hit[0] == gen:
                    return hit[1]
            value = compute()
            with self._cache_lock:
                self._cache[key] = (gen, value)
                self._cache.move_to_end(key)
                while len(self._cache) > self._cache_size:
                    old, _ = self._cache.popitem(last=False)
                    self._key_locks.pop(old, None)
        return value

    def close(self) -> None:
        with self._open_lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
        with self._watch_lock:
            self._watch.close()
