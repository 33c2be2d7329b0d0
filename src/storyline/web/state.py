"""Per-process web state: a small pool of read connections, a change counter, and read caches.

A store connection is used by one request at a time (borrowed from the pool, returned after), never by two
threads at once. The pool is opened up front: opening a store writes its schema version, which would
otherwise look like a data change and flush the caches whenever a new worker thread appeared.
Caches are keyed by a generation number that moves whenever any connection commits to the database
(``Store.change_token()`` on a dedicated watcher connection: SQLite's data_version, a write counter on Postgres),
so pages never show stale data after a build.
The generation is read once per request (``RequestScope``) and reused by every cache lookup in it.

Reads that are usually quick (a search) run on the event loop under a time budget and move to a worker
thread only when they run over it: on 2 cores the thread hop and GIL hand-offs cost more CPU than a typical
0.5 ms search itself (bench/serve.py, fresh queries: p95 145-180 ms through threads, 95-105 ms inline).
"""

from __future__ import annotations

import contextvars
import queue
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from storyline.store import Store, open_store

T = TypeVar("T")
POOL_SIZE = 8  # concurrent readers; more only adds memory (SQLite page caches) on a 2-4 core machine


CACHE_SIZE = 256  # entries per cache namespace (pages of one kind, briefings, searches, ...)
# seconds a quick read may hold the event loop: ~95% of fresh two-word searches on the 10k bench store take less
INLINE_BUDGET = 0.002
_PROGRESS_STEPS = 500  # SQLite VM steps between budget checks (ranking costs ~20 steps per matching row)

# per-request memo of the generation; the dict is shared with worker threads the request starts
_REQUEST: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar(
    "storyline_request", default=None
)


class OverBudget(Exception):
    """An inline read ran past its budget or found no free connection; it belongs in a worker thread."""


class WebState:
    """Everything the routes share: the db path, per-thread stores, the generation and bounded caches."""

    def __init__(self, db_path: str | Path, cache_size: int = CACHE_SIZE, pool_size: int = POOL_SIZE) -> None:
        self.db_path = str(db_path)
        self._opened = [open_store(self.db_path) for _ in range(pool_size)]
        self._pool: queue.SimpleQueue[Store] = queue.SimpleQueue()
        for store in self._opened:
            self._pool.put(store)
        self._watch = open_store(self.db_path)
        self._watch_lock = threading.Lock()
        self._last_token = self._read_token()
        self._generation = 0
        self.write_lock = threading.Lock()  # one ingest at a time
        # one LRU per namespace (the key's first item) so many searches never evict the briefings
        self._caches: dict[Any, OrderedDict[tuple[Any, ...], tuple[int, Any]]] = {}
        self._cache_lock = threading.Lock()
        self._cache_size = cache_size
        self._key_locks: dict[tuple[Any, ...], threading.Lock] = {}

    def _read_token(self) -> int:
        return self._watch.change_token()

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
        """A number that changes whenever the database changed since the last call (any writer, any process).

        Inside a request the first answer is reused, so one request sees one generation throughout.
        """
        memo = _REQUEST.get()
        if memo is not None:
            if "gen" not in memo:
                memo["gen"] = self._check_generation()
            return memo["gen"]
        return self._check_generation()

    def _check_generation(self) -> int:
        with self._watch_lock:
            version = self._read_token()
            if version != self._last_token:
                self._last_token = version
                self._generation += 1
            return self._generation

    def bump(self) -> None:
        """Invalidate caches after a write made through this process."""
        with self._watch_lock:
            self._generation += 1
        memo = _REQUEST.get()
        if memo is not None:
            memo.pop("gen", None)

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
                self._remember(lru, key, gen, value)
        return value

    def _remember(
        self, lru: OrderedDict[tuple[Any, ...], tuple[int, Any]], key: tuple[Any, ...], gen: int, value: Any
    ) -> None:
        """Store value as key's newest entry, evicting the oldest beyond the cache size (hold _cache_lock)."""
        lru[key] = (gen, value)
        lru.move_to_end(key)
        while len(lru) > self._cache_size:
            old, _ = lru.popitem(last=False)
            self._key_locks.pop(old, None)

    def peek(self, key: tuple[Any, ...]) -> Any | None:
        """The cached value for key if it is current, without computing anything (for the event loop)."""
        gen = self.generation()
        with self._cache_lock:
            hit = self._lru(key).get(key)
            return hit[1] if hit is not None and hit[0] == gen else None

    def put(self, key: tuple[Any, ...], value: Any, gen: int) -> None:
        """Remember value for key as of generation gen (read before the value was computed)."""
        with self._cache_lock:
            self._remember(self._lru(key), key, gen, value)

    def read_inline(self, fn: Callable[[Store], T], budget: float | None = None) -> T:
        """fn on a free connection, on this thread, aborted after budget seconds (raises OverBudget).

        Only for SQLite connections; with none free (all busy in worker threads) it refuses at once rather
        than block the event loop.
        """
        try:
            store = self._pool.get_nowait()
        except queue.Empty:
            raise OverBudget("no free connection") from None
        conn = getattr(store, "conn", None)
        if not isinstance(conn, sqlite3.Connection):
            self._pool.put(store)
            raise OverBudget("not a SQLite store")
        deadline = time.perf_counter() + (INLINE_BUDGET if budget is None else budget)
        conn.set_progress_handler(lambda: time.perf_counter() > deadline, _PROGRESS_STEPS)
        try:
            return fn(store)
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise OverBudget("over budget") from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)
            self._pool.put(store)

    async def aread_cached(self, key: tuple[Any, ...], fn: Callable[[Store], T]) -> T:
        """A cached read that is usually quick: tried on the event loop, finished in a thread when it is not."""
        gen = self.generation()
        with self._cache_lock:
            hit = self._lru(key).get(key)
            if hit is not None and hit[0] == gen:
                return hit[1]
            busy = key in self._key_locks and self._key_locks[key].locked()
        if not busy:  # a thread already computing this key: wait for it there, not on the loop
            try:
                value = self.read_inline(fn)
            except OverBudget:
                pass
            else:
                self.put(key, value, gen)
                return value
        return await run_in_threadpool(self.cached, key, lambda: self.read(fn))

    async def amemo(self, key: tuple[Any, ...], make: Callable[[], Awaitable[T]]) -> T:
        """A value built by async code on the event loop (a rendered page, a JSON body), cached per generation:
        the generation is read before building, so a write during the build only makes the entry stale."""
        gen = self.generation()
        value = self.peek(key)
        if value is None:
            value = await make()
            self.put(key, value, gen)
        return value

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


class RequestScope:
    """ASGI middleware giving each HTTP request its own generation memo (one change check per request)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _REQUEST.set({})
        try:
            await self.app(scope, receive, send)
        finally:
            _REQUEST.reset(token)
