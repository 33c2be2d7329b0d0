"""Streaming cost: does a batch of new articles cost the same whatever the store already holds?

    nice .venv/bin/python bench/stream.py --sizes 200,800 --batch 100 --batches 2 --fill full   # ~1,000 parsed
    nice .venv/bin/python bench/stream.py --sizes 2000 --batch 1000 --batches 1 --fill full     # the clone check:
    nice .venv/bin/python bench/stream.py --sizes 2000 --batch 1000 --batches 1 --fill clone    #   compare both
    nice .venv/bin/python bench/stream.py --sizes 10000,100000 --batch 1000 --batches 3         # the issue's target
    nice .venv/bin/python bench/stream.py --sizes 10000 --db postgresql://user@/db?host=/tmp    # on Postgres

Fills a store up to each size in turn, then ingests and builds ``--batches`` batches of ``--batch`` new generated
articles (eval/streams.py: 500-800-word pages in site chrome, with wire copies, rewrites, undated and look-alike
reports) and times each build stage (CPU seconds of this process: other jobs on a shared machine skew it less
than wall time). Every measured batch runs the whole real pipeline: extraction, spaCy analysis, resolution,
dating, dedup, clustering, linking.

How the store is filled (``--fill``):
- ``full``: every fill article is ingested and built like a measured one (spaCy included): honest, but about
  16 articles a second serial, so hours for 100k.
- ``clone`` (default): ``--pool`` articles are ingested and built for real, then the rest are clones of them
  under fresh generated names, with shifted dates (bench/fill.py says how), written through the store's interface
  and built by ``pipeline.build``: all store-level state (entities and aliases, dedup and cluster state, link
  indexes, stories, storylines) is made by the real code; only the per-article parse is skipped. Measured
  articles are dated after the last clone round, so they arrive at the archive's end as new articles would.
  Check it against ``full`` at a size both can reach (the commands above). Measured at 600 stored, batches of
  100 (docs/scale.md): store-wide build work 3.9 s full vs 3.6 s cloned, each timed stage within 0.1 s.

Each fill chunk of ``--chunk`` clones prints its build's CPU seconds per stage: the store-level work of a batch
(everything but the per-article parse) at every size on the way. Prints seconds per batch at each size, the ratio of batch cost at the largest size to the smallest (target:
<= 1.2 at 100k vs 10k), peak RSS, store bytes per article, the articles a day one serial process sustains at the
largest size, and bare spaCy's parse rate on the same bodies as the floor. ``--db`` keeps the filled store
(a SQLite path or a postgresql:// URL) for another run: sizes already reached are not refilled (measure a kept
store with another ``--seed``: the same seed's batches are in it already, and ingest skips what it has seen).
``--batches 0`` only fills (and prints each size's wall time and store bytes per article).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.build import timed_stages  # noqa: E402
from bench.fill import Filler  # noqa: E402
from eval.streams import generate, page  # noqa: E402
from storyline import pipeline  # noqa: E402
from storyline.scale import process_mapper, serial_map  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.store.base import is_postgres_url  # noqa: E402

STAGES = (
    "_settle_date_orders",
    "_analyze_new",
    "_resolve_entities",
    "_date_before_clustering",
    "_load_state",
    "_place_new",
    "_mark_duplicates",
    "_finish_stories",
    "_save_state",
    "_date_by_storylines",
)


def spread_undated(stream: list) -> list:
    """The generator sorts undated articles last; spread them evenly through the stream as they arrive in life."""
    dated = [a for a in stream if a.published]
    undated = [a for a in stream if not a.published]
    every = max(len(stream) // max(len(undated), 1), 1)
    out = []
    for a in dated:
        if undated and len(out) % every == every - 1:
            out.append(undated.pop())
        out.append(a)
    return out + undated


def write_pages(path: Path, articles: list, seed: int, days: int = 0) -> None:
    titles = [a.title for a in articles[:50]]
    with path.open("w") as f:
        for a in articles:
            if a.published and days:
                a = dataclasses.replace(a, published=a.published + timedelta(days=days))
            f.write(json.dumps(page(a, seed, titles)) + "\n")


def cpu_clock() -> tuple[float, float, float]:
    """CPU seconds so far of this process and its live children (the pool's workers), of the whole machine busy
    and idle (Linux /proc/stat; zeros elsewhere). Over a batch, the difference says how many cores the run got and
    how many other jobs took: with --workers, the wall time depends on that, not only on the code."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    ours = sum(os.times()[:2])
    for child in multiprocessing.active_children():
        try:  # utime and stime, fields 14 and 15, after the command name in parentheses
            fields = Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ours += (int(fields[11]) + int(fields[12])) / tick
    try:
        cpu = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    except OSError:
        return ours, 0.0, 0.0
    # user nice system idle iowait irq softirq steal
    return ours, (sum(cpu[:3]) + sum(cpu[5:8])) / tick, (cpu[3] + cpu[4]) / tick


def _warm(_: list) -> list[int]:
    """In a worker: import extraction and analyse one short article (the spaCy model and whatever analysis loads
    on first use), then hold the worker a moment so that the pool's other workers take the other warm-up tasks;
    returns the worker's pid."""
    import storyline.extract  # noqa: F401
    from storyline.analyze import analyze
    from storyline.model import Article

    body = 'Mara Lind, the mayor of Ostholm, said on Monday: "The bridge opens in May." Officials agreed.'
    analyze([Article(id="warm", source="", body=body)])
    time.sleep(1.0)
    return [os.getpid()]


def warm_workers(mapper, workers: int) -> int:
    """Start the pool's workers and load what they need before any measured batch, as ``storyline watch``'s
    workers are between polls (they start once); returns how many distinct workers were warmed."""
    return len({pid for pids in mapper(_warm, [[] for _ in range(workers)]) for pid in pids})


def add(store, articles: list, work: Path, seed: int, mapper=serial_map, days: int = 0):
    """Ingest and build ``articles``; returns (ingest, build) CPU seconds, ingest+build wall seconds, the new ids,
    and the cores the batch got: (this process and its workers, the machine's other processes, idle)."""
    path = work / "batch.jsonl"
    write_pages(path, articles, seed, days)
    t, wall, clock = time.process_time(), time.perf_counter(), cpu_clock()
    pipeline.ingest(store, [str(path)], mapper=mapper)
    ingested = time.process_time()
    new = store.unbuilt_article_ids()
    pipeline.build(store, mapper=mapper)
    wall = time.perf_counter() - wall
    ours, busy, idle = (b - a for a, b in zip(clock, cpu_clock(), strict=True))
    cores = (ours / wall, max(busy - ours, 0.0) / wall, idle / wall)
    return ingested - t, time.process_time() - ingested, wall, new, cores


def store_bytes(db: str) -> int:
    if is_postgres_url(db):
        import psycopg

        with psycopg.connect(db) as conn:
            return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    path = Path(db)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def make_pool(store, stream: list, size: int, step: int, work: Path, seed: int) -> int:
    """Ingest and build the first ``size`` stream articles for real (in steps); returns how many were used."""
    used = 0
    while store.article_count() < size and used < len(stream):
        n = min(step, size - store.article_count())
        t = time.perf_counter()
        add(store, stream[used : used + n], work, seed)
        used += n
        print(f"  analysed for real: {store.article_count()} articles ({time.perf_counter() - t:.0f} s wall)")
    return used


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,4000", help="store sizes to measure at, ascending")
    ap.add_argument("--batch", type=int, default=1000, help="new articles per measured batch")
    ap.add_argument("--batches", type=int, default=2, help="measured batches at each size")
    ap.add_argument("--fill", choices=("clone", "full"), default="clone", help="how to reach each size")
    ap.add_argument(
        "--pool", type=int, default=500, help="--fill clone: articles analysed for real and cloned"
    )
    ap.add_argument(
        "--chunk", type=int, default=1000, help="--fill clone: clones per build (each prints its stage CPU)"
    )
    ap.add_argument("--step", type=int, default=1000, help="articles per ingest+build while analysing fill")
    ap.add_argument("--workers", type=int, default=1, help="worker processes for measured batches' analysis")
    ap.add_argument(
        "--db", help="store to fill and keep: SQLite path or postgresql:// URL (default: temporary)"
    )
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    fill_real = sizes[-1] if args.fill == "full" else args.pool
    total = fill_real + len(sizes) * args.batches * args.batch
    print(
        f"generating {total} articles; fill: {args.fill}" + (f" (pool {args.pool})" * (args.fill == "clone"))
    )
    stream = spread_undated(generate(total, args.seed))
    with tempfile.TemporaryDirectory(prefix="storyline-bench-stream-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        db = args.db or str(work / "stream.db")
        store = open_store(db)
        mapper = stack.enter_context(process_mapper(args.workers)) if args.workers > 1 else serial_map
        from storyline.analyze.nlp import get_nlp, parse

        get_nlp()  # loading the model is part of no measure
        if args.workers > 1:  # nor is starting the workers: a feed's workers start once (storyline watch)
            print(f"  workers started and warmed: {warm_workers(mapper, args.workers)} of {args.workers}")
        spent = timed_stages(STAGES)
        filler = None
        used = make_pool(store, stream, fill_real if args.fill == "clone" else 0, args.step, work, args.seed)
        if store.has_unbuilt():  # a kept store whose fill was killed mid-build: finish it, untimed
            pipeline.build(store)
        if args.fill == "clone":
            order = store.arrival_order(store.article_outlets())
            real = store.articles(sorted(order, key=order.__getitem__)[: args.pool])  # the pool came first
            analyses = store.analyses([a.id for a in real])
            filler = Filler(store, [(a, analyses[a.id]) for a in real], args.seed)
            filler.i = max(store.article_count() - args.pool, 0)  # a kept store: go on after its clones
            used = args.pool  # measured articles follow the pool's share of the stream (another --seed)
        per_size: dict[
            int, list[tuple[float, float, float, dict[str, float], int, tuple[float, float, float]]]
        ] = {}
        new: list[str] = []
        for size in sizes:
            t = time.perf_counter()
            if filler is not None:
                while store.article_count() < size:
                    spent.clear()
                    before, cpu = store.article_count(), time.process_time()
                    filler.add(min(size - before, args.chunk))
                    print(
                        f"  fill chunk at {before}: {store.article_count() - before} clones made, written and"
                        f" built in {time.process_time() - cpu:.1f} s CPU; "
                        + ", ".join(f"{n.strip('_')} {spent.get(n, 0.0):.2f}" for n in STAGES),
                        flush=True,
                    )
            else:
                used += make_pool(store, stream[used:], size, args.step, work, args.seed)
            at = store.article_count()
            print(
                f"  filled to {at} articles ({time.perf_counter() - t:.0f} s wall,"
                f" {store_bytes(db) / max(at, 1) / 1024:.1f} KiB per article)",
                flush=True,
            )
            runs = []
            for _ in range(args.batches):
                batch = stream[used : used + args.batch]
                used += len(batch)
                spent.clear()
                days = filler.days_ahead if filler else 0
                ingest_s, build_s, wall, new, cores = add(store, batch, work, args.seed, mapper, days)
                runs.append((ingest_s, build_s, wall, dict(spent), len(new), cores))
                print(  # pages a kept store has seen (same --seed) are skipped at ingest: count the new ones
                    f"  at {at}: batch of {len(batch)} ({len(new)} new): ingest {ingest_s:.1f} s, build {build_s:.1f} s CPU"
                    f" (ingest+build {wall:.1f} s wall; cores: this run and its workers {cores[0]:.2f},"
                    f" other processes {cores[1]:.2f}, idle {cores[2]:.2f}); "
                    + ", ".join(f"{n.strip('_')} {spent.get(n, 0.0):.2f}" for n in STAGES),  # a cut-short run
                    flush=True,
                )
                at = store.article_count()
            per_size[size] = runs
        if not args.batches:
            store.close()
            return 0
        bodies = [a.body for a in store.articles(new)]  # the last batch's
        t = time.process_time()
        for _ in parse(bodies):
            pass
        parse_rate = len(bodies) / max(time.process_time() - t, 1e-9)
        size_bytes = store_bytes(db)
        articles = store.article_count()
        store.close()
    print(f"\nfill: {args.fill}" + (f", pool of {args.pool} cloned (bench/fill.py)" if filler else ""))
    print(
        f"batch = {args.batch} articles sent, workers = {args.workers}; seconds per batch (mean of {args.batches}):"
    )
    names = [n.strip("_") for n in STAGES]
    print(
        f"{'stored':>8} {'new':>6} {'ingest':>8} {'build':>8} {'wall':>7} "
        + " ".join(f"{n[:14]:>14}" for n in names)
    )
    cost, wall_cost, fresh = {}, {}, {}
    for size, runs in per_size.items():
        mean = {n: sum(r[3].get(n, 0.0) for r in runs) / len(runs) for n in STAGES}
        ingest_s = sum(r[0] for r in runs) / len(runs)
        build_s = sum(r[1] for r in runs) / len(runs)
        wall_cost[size] = sum(r[2] for r in runs) / len(runs)
        cost[size] = ingest_s + build_s
        fresh[size] = sum(r[4] for r in runs) / len(runs)
        print(
            f"{size:>8} {fresh[size]:6.0f} {ingest_s:8.1f} {build_s:8.1f} {wall_cost[size]:7.1f} "
            + " ".join(f"{mean[n]:14.2f}" for n in STAGES)
        )
    small, large = sizes[0], sizes[-1]
    print(
        f"\nbatch cost at {large} / at {small}: x{cost[large] / cost[small]:.2f} (target <= 1.2 at 100k vs 10k)"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (this process)")
    print(f"store: {size_bytes / max(articles, 1) / 1024:.1f} KiB per article ({articles} articles)")
    if args.workers == 1:
        print(
            f"sustainable, one serial process at {large}: {86400 * fresh[large] / cost[large]:,.0f} articles/day"
        )
    else:  # workers extract and analyse: their CPU is not this process's, so count wall time
        got = [sum(r[5][i] for r in per_size[large]) / len(per_size[large]) for i in range(3)]
        print(
            f"sustainable with {args.workers} workers at {large}: {86400 * fresh[large] / wall_cost[large]:,.0f}"
            f" articles/day (ingest+build wall time, with {got[0]:.2f} cores: other processes took {got[1]:.2f},"
            f" {got[2]:.2f} idle)"
        )
    print(f"bare spaCy parse of the same bodies: {parse_rate:.1f} articles/s ({86400 * parse_rate:,.0f}/day)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
