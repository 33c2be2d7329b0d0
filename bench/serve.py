"""Load-test the web app: a 10k-article synthetic store, 50 concurrent clients, latency percentiles.

Builds (or reuses from --cache) a store filled directly with synthetic articles, stories and storylines (no
NLP stages), starts `storyline serve` on 127.0.0.1 in a subprocess (or the web server module with
--workers N), warms the caches, then drives each endpoint with --clients concurrent keep-alive clients for
--seconds and prints requests/s, p50/p95/p99, server CPU per request, and p95 as a ratio of the baseline
measured first in the same run: /api/health, the cheapest request through the whole stack. "fresh q"
searches never repeat a query, so every one misses every cache. Last, the store's search query is timed
against the query it replaced (a snippet for every match), interleaved on the same queries.

Usage: python bench/serve.py [--articles 10000] [--clients 50] [--seconds 30] [--workers 1]
                             [--cache out/bench/serve-10k.db]"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from storyline.ids import text_id
from storyline.model import Analysis, Article, Entity, Sentence, Story, Storyline
from storyline.store import open_store

ROOT = Path(__file__).resolve().parent.parent
OUTLETS = [
    f"{a} {b}"
    for a in ("Northern", "Coastal", "Valley", "City", "Harbour", "Evening")
    for b in ("Post", "Echo", "Wire")
]
TOPICS = "bridge ferry council strike flood harbour school budget rail court election hospital festival airport".split()
PLACES = "Ardley Brenmoor Caskel Dunhaven Elmsworth Farrowby Glenmere Holt Inverlay Jessop Kilbride Larkstone".split()
_SYLLABLES = "ka lo mi ren tor vas el dun bri sho pa ne gra vel ost tam".split()
# 4096 made-up words drawn with Zipf weights, so word frequencies look like news text (few common, many rare)
WORDS = [a + b + c for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES][:4096]
_WEIGHTS = [1.0 / (rank + 1) for rank in range(len(WORDS))]


def sentence(rng: random.Random, topic: str, place: str) -> str:
    words = rng.choices(WORDS, weights=_WEIGHTS, k=12)
    return f"The {topic} in {place} {' '.join(words)}."


def synthetic(n: int, seed: int = 7) -> tuple[list[Article], list[Story], list[Storyline]]:
    """n articles in stories of 1-6 articles (about one in ten a syndicated copy), stories in storylines of 5."""
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    articles: list[Article] = []
    stories: list[Story] = []
    copies: dict[str, str] = {}
    while len(articles) < n:
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        when = start + timedelta(hours=len(stories) * 7)
        members = []
        for _ in range(min(rng.randint(1, 6), n - len(articles))):
            if members and rng.random() < 0.1:
                body = articles[-1].body + f"\n\nDistributed by {rng.choice(OUTLETS)}."
                original = articles[-1].id
            else:
                paras = [
                    "\n".join(sentence(rng, topic, place) for _ in range(3)) for _ in range(rng.randint(3, 7))
                ]
                body, original = "\n\n".join(paras), None
            art = Article(
                id=text_id(body + str(len(articles))),
                source=f"bench/{len(articles)}.txt",
                body=body,
                outlet=rng.choice(OUTLETS),
                headline=f"{place} {topic}: {' '.join(rng.choices(WORDS, weights=_WEIGHTS, k=5))}",
                published=when + timedelta(minutes=rng.randint(0, 600)),
            )
            if original:
                copies[art.id] = original
            articles.append(art)
            members.append(art)
        sid = "s" + text_id(members[0].id)[:12]
        stories.append(
            Story(
                sid,
                members[0].headline or sid,
                tuple(a.id for a in members),
                min(a.published for a in members),
                max(a.published for a in members),
            )
        )
    lines = []
    for i in range(0, len(stories), 5):
        group = stories[i : i + 5]
        lid = "l" + text_id(group[0].id)[:12]
        lines.append(Storyline(lid, group[0].title, tuple(s.id for s in group)))
        stories[i : i + 5] = [
            Story(s.id, s.title, s.article_ids, s.first_seen, s.last_seen, lid) for s in group
        ]
    articles = [a for a in articles]
    synthetic.copies = copies  # type: ignore[attr-defined]
    return articles, stories, lines


def build(path: Path, n: int) -> None:
    articles, stories, lines = synthetic(n)
    copies = synthetic.copies  # type: ignore[attr-defined]
    story_of = {aid: s.id for s in stories for aid in s.article_ids}
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path)
    for i in range(0, len(articles), 1000):
        with store.transaction():
            for a in articles[i : i + 1000]:
                store.add_article(a)
                store.place_article(a.id, copies.get(a.id), story_of[a.id])
            store.put_analyses(
                Analysis(
                    a.id,
                    tuple(
                        Sentence(a.id, m.start(), m.end(), m.group())
                        for m in re.finditer(r"[^\n.]+\.", a.body)
                    ),
                )
                for a in articles[i : i + 1000]
            )
    with store.transaction():
        store.replace_stories(stories)
        store.replace_storylines(lines)
        store.replace_entities([Entity("e" + text_id(p)[:12], p, "GPE") for p in PLACES])
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))] * 1000 if values else float("nan")


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One keep-alive GET with a minimal HTTP/1.1 client (httpx costs more CPU than the server under test)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
    await reader.readexactly(length)
    return status


async def drive(port: int, urls: list[str], clients: int, seconds: float) -> tuple[int, list[float], int]:
    """clients concurrent keep-alive connections looping over urls for seconds: (requests, latencies, errors)."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker(k: int) -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        i = k
        try:
            while time.perf_counter() < deadline:
                t = time.perf_counter()
                status = await _get(reader, writer, urls[i % len(urls)])
                latencies.append(time.perf_counter() - t)
                errors += status != 200
                i += clients
        finally:
            writer.close()

    await asyncio.gather(*(worker(k) for k in range(clients)))
    return len(latencies), latencies, errors


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by a process and its direct children (uvicorn workers), from /proc."""
    total = 0
    for p in _family(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _family(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [pid] + ([int(c) for c in children.read_text().split()] if children.exists() else [])


def resident_mb(pid: int) -> int:
    """Resident memory of a process and its direct children (uvicorn workers), from /proc."""
    kb = 0
    for p in _family(pid):
        try:
            lines = Path(f"/proc/{p}/status").read_text().splitlines()
        except OSError:
            continue
        kb += next((int(line.split()[1]) for line in lines if line.startswith("VmRSS")), 0)
    return kb // 1024


# The search query before issue 6's tuning: bm25 and a snippet for every match, then LIMIT (the baseline
# the store-level comparison below measures SQLiteStore.search against, on the same queries, in this run).
SNIPPET_EVERY_MATCH = (
    "SELECT a.id, bm25(articles_fts) AS rank, snippet(articles_fts, 1, '[[', ']]', ' … ', 24) AS snip"
    " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
    " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
)


def compare_store_search(path: Path, queries: dict[str, list[str]]) -> None:
    """Per query set: the store's search against the snippet-every-match baseline, same connection, same run."""
    from storyline.store.sqlite import _fts_query

    print("\nstore search, one connection, no HTTP (ms per query; ratio = baseline / store.search)")
    print(f"{'queries':<26}{'baseline p50':>13}{'p95':>8}{'store p50':>11}{'p95':>8}{'mean ratio':>12}")
    with open_store(path) as store:
        for name, qs in queries.items():
            old: list[float] = []
            new: list[float] = []
            for q in qs:  # interleaved, so both see the same machine load
                t = time.perf_counter()
                store.conn.execute(SNIPPET_EVERY_MATCH, (_fts_query(q), 21, 0)).fetchall()
                old.append(time.perf_counter() - t)
                t = time.perf_counter()
                store.search(q, limit=21)
                new.append(time.perf_counter() - t)
            ratio = sum(old) / sum(new)
            print(
                f"{name:<26}{pct(old, 50):>13.2f}{pct(old, 95):>8.2f}{pct(new, 50):>11.2f}{pct(new, 95):>8.2f}"
                f"{ratio:>11.2f}x"
            )


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    """`storyline serve` (one process) or the web server module with worker processes."""
    exe = ROOT / ".venv/bin/storyline"
    if workers == 1:
        cmd = [str(exe) if exe.exists() else "storyline", "serve", "--db", str(db), "--port", str(port)]
    else:
        cmd = [sys.executable, "-m", "storyline.web.server", "--db", str(db), "--port", str(port)]
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=1, help="server worker processes (1: storyline serve)")
    parser.add_argument("--cache", type=Path, default=ROOT / "out/bench/serve-10k.db")
    args = parser.parse_args()
    if not 1 <= args.clients <= 200 or not 0 < args.seconds <= 600 or not 1 <= args.workers <= 8:
        sys.exit("--clients must be 1-200, --seconds 0-600 and --workers 1-8")

    if args.cache.exists() and open_store(args.cache).article_count() == args.articles:
        print(f"reusing {args.cache}")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.cache) + suffix).unlink(missing_ok=True)
        t = time.perf_counter()
        build(args.cache, args.articles)
        print(f"built {args.cache} ({args.articles} articles) in {time.perf_counter() - t:.1f}s")
    with open_store(args.cache) as store:
        stories = store.stories()
    rng = random.Random(1)
    story_urls = [f"/stories/{s.id}" for s in rng.sample(stories, 20)]
    repeated = [f"{t} {p}" for t in TOPICS for p in PLACES[:3]]
    # two-word queries over mid-frequency words, never repeated: every request misses every cache
    fresh = [f"{rng.choice(WORDS[20:2000])} {rng.choice(WORDS[20:2000])}" for _ in range(60_000)]
    endpoints = [
        ("health (baseline)", ["/api/health"]),
        ("story list /", ["/"]),
        ("story page (warm)", story_urls),
        ("search, 39 repeated q", [f"/search?q={q.replace(' ', '+')}" for q in repeated]),
        ("search, fresh q", [f"/search?q={q.replace(' ', '+')}" for q in fresh[:30_000]]),
        ("api search, 13 repeated", [f"/api/search?q={t}&limit=20" for t in TOPICS]),
        ("api search, fresh q", [f"/api/search?q={q.replace(' ', '+')}&limit=20" for q in fresh[30_000:]]),
    ]

    port = free_port()
    server = start_server(args.cache, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    results: dict[str, tuple[float, float]] = {}
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/health", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    sys.exit("server did not start")
                time.sleep(0.2)
        t = time.perf_counter()
        httpx.get(base + "/", timeout=60)
        print(
            f"cold story list (catalog of {len(stories)} stories): {(time.perf_counter() - t) * 1000:.0f} ms"
        )
        cold = []
        for url in story_urls:
            t = time.perf_counter()
            httpx.get(base + url, timeout=60)
            cold.append(time.perf_counter() - t)
        print(f"cold story page (briefing built): p50 {pct(cold, 50):.0f} ms, max {max(cold) * 1000:.0f} ms")
        for _ in range(args.workers * 3):  # every worker process warms its own caches
            for url in ["/", *story_urls]:
                httpx.get(base + url, timeout=60)
        print(
            f"\n{args.clients} clients, {args.seconds:.0f}s each, 127.0.0.1, {args.workers} server process(es)"
        )
        print(
            f"{'endpoint':<25}{'req/s':>7}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'err':>5}"
            f"{'cpu ms/req':>11}{'p95 ÷ health':>14}"
        )
        for name, urls in endpoints:
            c0 = cpu_seconds(server.pid)
            n, lat, errors = asyncio.run(drive(port, urls, args.clients, args.seconds))
            cpu = (cpu_seconds(server.pid) - c0) / max(n, 1) * 1000
            results[name] = (pct(lat, 95), n / args.seconds)
            ratio = pct(lat, 95) / results["health (baseline)"][0]
            print(
                f"{name:<25}{n / args.seconds:>7.0f}{pct(lat, 50):>8.1f}{pct(lat, 95):>8.1f}{pct(lat, 99):>8.1f}"
                f"{errors:>5}{cpu:>11.2f}{ratio:>13.1f}x"
            )
        print(f"server resident memory after the run (all processes): {resident_mb(server.pid)} MB")
    finally:
        server.terminate()
        server.wait(timeout=10)
    worst = max(results["story page (warm)"][0], results["search, fresh q"][0])
    print(
        f"target p95 < 100 ms for story page and search: worst {worst:.0f} ms, {'met' if worst < 100 else 'MISSED'}"
    )
    load = os.getloadavg()[0]
    print(
        f"load average at the end: {load:.1f} on {os.cpu_count()} cores (other work on the machine skews latency)"
    )
    compare_store_search(
        args.cache,
        {
            "fresh two-word (300)": fresh[:300],
            "topic + place (39)": repeated,
            "one topic word (13)": TOPICS,
            "very common word (10)": WORDS[:10],
        },
    )


if __name__ == "__main__":
    main()
