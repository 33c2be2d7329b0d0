"""Per-process web state: a small pool of read connections, a change counter, and read caches.

A store connection is used by one request at a time (borrowed from the pool, returned after), never by two
threads at once. The pool is opened up front: opening a store writes its schema version, which would
otherwise look like a data change and flush the caches whenever a new worker thread appeared.
Caches are keyed by a generation number that moves whenever any connection commits to the database
(``PRAGMA data_version`` on a dedicated watcher connection), so pages never show stale data after a build.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

from storyline.store import Store, open_store

T = TypeVar("T")
POOL_SIZE = 8  # concurrent readers; more only adds memory (SQLite page caches) on a 2-4 core machine


CACHE_SIZE = 256  # entries per cache namespace (pages of one kind, briefings, searches, ...)


class WebState:
    """Everything the routes share: the db path, per-thread stores, the generation and bounded caches."""

    def __init__(self, db_path: str | Path, cache_size: int = CACHE_SIZE, pool_size: int = POOL_SIZE) -> None:
        self.db_path = str(db_path)
        self._opened = [open_store(self.db_path) for _ in range(pool_size)]
        self._pool: queue.SimpleQueue[Store] = queue.SimpleQueue()
        for store in self._opened:
            self._pool.put(store)
        self._watch = sqlite3.connect(self.db_path, check_same_thread=False)
        self._watch_lock = threading.Lock()
        self._data_version = self._read_version()
        self._generation = 0
        self.write_lock = threading.Lock()  # one ingest at a time
        # one LRU per namespace (the key's first item) so many searches never evict the briefings
        self._caches: dict[Any, OrderedDict[tuple[Any, ...], tuple[int, Any]]] = {}
        self._cache_lock = threading.Lock()
        self._cache_size = cache_size
        self._key_locks: dict[tuple[Any, ...], threading.Lock] = {}

    def _read_version(self) -> int:
        return int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """Borrow a read connection for the duration of the block (waits when all are busy)."""
        store = self._pool.get()
        try:
            yield store
        finally:
            self._pool.put(store)

    def read(self, fn: Callable[[Store], T]) -> T:
        with self.reader() as store:
            return fn(store)

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

    def _lru(self, key: tuple[Any, ...]) -> OrderedDict[tuple[Any, ...], tuple[int, Any]]:
        return self._caches.setdefault(key[0], OrderedDict())

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The value for key at the current generation, computing it at most once per generation."""
        gen = self.generation()
        with self._cache_lock:
            lru = self._lru(key)
            hit = lru.get(key)
            if hit is not None and hit[0] == gen:
                lru.move_to_end(key)
                return hit[1]
            lock = self._key_locks.setdefault(key, threading.Lock())
        with lock:  # concurrent requests for the same cold key wait for one computation
            with self._cache_lock:
                hit = lru.get(key)
                if hit is not None and hit[0] == gen:
                    return hit[1]
            try:
                value = compute()
            except BaseException:
                with self._cache_lock:
                    self._key_locks.pop(key, None)
                raise
            with self._cache_lock:
                lru[key] = (gen, value)
                lru.move_to_end(key)
                while len(lru) > self._cache_size:
                    old, _ = lru.popitem(last=False)
                    self._key_locks.pop(old, None)
        return value

    def peek(self, key: tuple[Any, ...]) -> Any | None:
        """The cached value for key if it is current, without computing anything (for the event loop)."""
        gen = self.generation()
        with self._cache_lock:
            hit = self._lru(key).get(key)
            return hit[1] if hit is not None and hit[0] == gen else None

    async def acached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """cached() for async routes: a hit is served on the event loop, a miss is computed in a worker thread."""
        hit = self.peek(key)
        if hit is not None:
            return hit
        return await run_in_threadpool(self.cached, key, compute)

    def close(self) -> None:
        for store in self._opened:
            store.close()
        self._opened.clear()
        with self._watch_lock:
            self._watch.close()
