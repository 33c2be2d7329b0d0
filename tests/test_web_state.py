"""The web layer's read machinery: inline reads under a time budget, per-request generations, the search
query that snippets only the page, and the worker-server socket."""

from __future__ import annotations

import asyncio
import socket

import pytest
from test_web_fixtures import build_store

from storyline.model import Story
from storyline.store import open_store
from storyline.web.server import listening_socket
from storyline.web.state import _REQUEST, OverBudget, RequestScope, WebState

SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*) FROM c"


@pytest.fixture
def state(tmp_path):
    path = tmp_path / "s.db"
    ids = build_store(path)
    st = WebState(path, pool_size=2)
    st.ids = ids
    yield st
    st.close()


def _count(n: int):
    return lambda store: store.conn.execute(SLOW, (n,)).fetchone()[0]


def test_inline_read_runs_quick_work_and_aborts_slow_work(state):
    assert state.read_inline(_count(100)) == 100
    with pytest.raises(OverBudget):
        state.read_inline(_count(50_000_000), budget=0.005)
    # the aborted connection went back to the pool, without its progress handler
    assert state.read_inline(_count(200_000), budget=5.0) == 200_000
    assert [state.read(_count(10)) for _ in range(3)] == [10, 10, 10]


def test_inline_read_never_waits_for_a_connection(state):
    with state.reader(), state.reader():  # the whole pool is busy
        with pytest.raises(OverBudget):
            state.read_inline(_count(1))


def test_over_budget_reads_finish_in_a_thread_and_are_cached(state, monkeypatch):
    monkeypatch.setattr("storyline.web.state.INLINE_BUDGET", 0.001)
    calls = []

    def slow(store):
        calls.append(1)
        return store.conn.execute(SLOW, (3_000_000,)).fetchone()[0]

    async def go():
        first = await state.aread_cached(("t", "slow"), slow)
        second = await state.aread_cached(("t", "slow"), slow)
        return first, second

    assert asyncio.run(go()) == (3_000_000, 3_000_000)
    assert len(calls) == 2  # one aborted inline try, one full run in a worker thread; then the cache


def test_one_generation_per_request(state):
    outside = state.generation()
    token = _REQUEST.set({})
    try:
        inside = state.generation()
        with open_store(state.db_path) as writer, writer.transaction():
            writer.replace_stories([Story(state.ids["bridge"], "Renamed", (state.ids["d"],))])
        assert state.generation() == inside  # the request keeps the snapshot it started with
        state.bump()  # ... unless it wrote through this process itself
        assert state.generation() != inside
    finally:
        _REQUEST.reset(token)
    assert state.generation() > outside


def test_request_scope_gives_each_request_a_fresh_memo():
    seen = []

    async def app(scope, receive, send):
        memo = _REQUEST.get()
        seen.append(memo)
        memo["gen"] = len(seen)

    async def go():
        wrapped = RequestScope(app)
        for _ in range(2):
            await wrapped({"type": "http"}, None, None)

    asyncio.run(go())
    assert seen == [{"gen": 1}, {"gen": 2}] and seen[0] is not seen[1]
    assert _REQUEST.get() is None


def test_search_snippets_only_the_page_but_ranks_everything(tmp_path):
    path = tmp_path / "s.db"
    build_store(path)
    with open_store(path) as store:
        everything = store.search("ferry", limit=50)
        assert len(everything) == 3 and all("[[" in h.snippet for h in everything)
        assert [h.rank for h in everything] == sorted(h.rank for h in everything)
        pages = [store.search("ferry", limit=1, offset=i) for i in range(4)]
        assert [p[0].article_id for p in pages[:3]] == [h.article_id for h in everything]
        assert pages[3] == []
        assert [h.snippet for p in pages[:3] for h in p] == [h.snippet for h in everything]
        assert store.search("ferry", limit=0) == [] and store.search('"" * ()', limit=5) == []


def test_worker_socket_is_tcp_so_asyncio_disables_nagle():
    sock = listening_socket("127.0.0.1", 0)
    try:
        # asyncio sets TCP_NODELAY only on sockets whose proto is TCP; uvicorn's own has proto 0
        assert sock.proto == socket.IPPROTO_TCP and sock.type == socket.SOCK_STREAM
        assert sock.get_inheritable()
    finally:
        sock.close()
