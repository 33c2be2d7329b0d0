"""Throughput, every stage included: articles/day serial and with 2 workers, beside bare spaCy in the same run.

    nice .venv/bin/python bench/throughput.py                    # 300 generated articles (~5 min)
    nice .venv/bin/python bench/throughput.py --articles 600 --workers 0   # serial only

Generates ``--articles`` stream articles (eval/streams.py: 500-800-word pages in site chrome, as bench/stream.py
measures), then into a fresh store each time: ingests them (extraction, metadata) and builds (analysis, entity
resolution, dating, dedup, clustering, linking) in steps of ``--build-batch`` articles, once serially and once
with ``--workers`` processes that live through both commands and analyse step k+1 while this process places
step k (pipeline.build). The two stores must export the same records (printed).
Serial: CPU seconds of this process per stage, analysis split into the spaCy parse and each extractor
(mentions, dates, quotes, events, claims, sentences), and the bare ``nlp.pipe`` parse of the same bodies, in one
process and split over ``--workers`` processes.
Workers: wall seconds (a loaded machine inflates them: the load average is printed), CPU seconds of this process
(the serial stages, writes, and sending and receiving) and of the workers (start-up measured apart), the bytes a
worker gets and returns per article, and the rate the CPU gives on 2 cores when split evenly: this process's
share must stay under half for the split to be possible, which the overlap makes it.
The target (issue 14): >= 1,000,000 articles/day on 2 cores, about 11.6 articles/s.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.build import timed_stages  # noqa: E402
from bench.stream import STAGES, spread_undated, write_pages  # noqa: E402
from eval.streams import generate  # noqa: E402
from storyline import pipeline  # noqa: E402
from storyline.analyze import per_article  # noqa: E402
from storyline.read_api import export_records  # noqa: E402
from storyline.scale import process_mapper, serial_map  # noqa: E402
from storyline.settings import DEFAULTS, Settings, with_overrides  # noqa: E402
from storyline.store import open_store  # noqa: E402

PARTS = ("parse", "_mentions", "find_dates", "find_quotes", "find_events", "find_claims", "_sentences")
DAY = 86400


def timed_parts(spent: dict[str, float]) -> None:
    """Add up the CPU seconds of the parse and of each extractor inside analysis (per_article's names)."""
    for name in PARTS:
        real = getattr(per_article, name)

        def wrap(*args, _real=real, _name=name, **kwargs):
            t = time.process_time()
            try:
                out = _real(*args, **kwargs)
                return list(out) if _name == "parse" else out  # parse is lazy: time the work itself
            finally:
                spent[_name] += time.process_time() - t

        setattr(per_article, name, wrap)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(db: Path, pages: Path, settings: Settings, mapper=serial_map) -> tuple[float, float, float, int]:
    """Ingest and build into a fresh store: (ingest CPU, build CPU, ingest+build wall) of this process, articles."""
    store = open_store(db)
    wall, t = time.perf_counter(), time.process_time()
    pipeline.ingest(store, [str(pages)], settings, mapper=mapper)
    ingested = time.process_time()
    pipeline.build(store, settings, mapper=mapper)
    out = (ingested - t, time.process_time() - ingested, time.perf_counter() - wall, store.article_count())
    store.close()
    return out


def exported(db: Path) -> list[dict]:
    store = open_store(db)
    records = list(export_records(store))
    store.close()
    return records


def parse_count(bodies: list[str]) -> list[int]:
    """A batch function for the pool (picklable): the bare parse of some bodies."""
    from storyline.analyze.nlp import parse

    return [sum(1 for _ in parse(bodies))]


def bare_parse_split(bodies: list[str], workers: int) -> tuple[float, float]:
    """(wall, CPU of the workers) of the bare parse split over ``workers`` started processes."""
    with process_mapper(workers) as mapper:
        list(mapper(warm_worker, [[None]] * workers))
        before = children_cpu()
        wall = time.perf_counter()
        list(mapper(parse_count, [bodies[i::workers] for i in range(workers)]))
        wall = time.perf_counter() - wall
    # the pool's start-up is in the children's CPU too: measured by the caller's start-up run
    return wall, children_cpu() - before


def transfer_bytes(db: Path) -> tuple[float, float]:
    """Pickled bytes per article a worker gets (the article as analysis reads it) and returns (its analysis)."""
    store = open_store(db)
    articles = store.articles()
    sent = [pipeline._for_analysis(a) for a in articles]
    got = list(store.analyses([a.id for a in articles]).values())
    store.close()
    n = max(len(articles), 1)
    return len(pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL)) / n, len(
        pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL)
    ) / n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300, help="generated articles to ingest and build")
    ap.add_argument("--workers", type=int, default=2, help="worker processes for the parallel run (0: skip)")
    ap.add_argument(
        "--build-batch", type=int, default=100, help="articles per build step (pipeline.build_batch)"
    )
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    settings = with_overrides(DEFAULTS, [f"pipeline.build_batch={args.build_batch}"])
    with tempfile.TemporaryDirectory(prefix="storyline-bench-throughput-") as tmp:
        work = Path(tmp)
        pages = work / "pages.jsonl"
        write_pages(pages, spread_undated(generate(args.articles, args.seed)), args.seed)
        from storyline.analyze.nlp import get_nlp, parse

        t = time.process_time()
        get_nlp()  # loading the model is part of no serial measure
        load = time.process_time() - t
        spent = timed_stages(STAGES)
        parts: dict[str, float] = defaultdict(float)
        timed_parts(parts)
        ingest_s, build_s, _, n = run(work / "serial.db", pages, settings)
        store = open_store(work / "serial.db")
        bodies = [a.body for a in store.articles()]
        store.close()
        t = time.process_time()
        for _ in parse(bodies):
            pass
        bare = time.process_time() - t
        words = sum(len(b.split()) for b in bodies) / max(len(bodies), 1)
        print(f"{args.articles} generated pages -> {n} articles, {words:.0f} words a body on average")
        print(
            f"serial, CPU seconds of this process (model load {load:.1f} s not counted;"
            f" build steps of {args.build_batch}; load average {os.getloadavg()[0]:.1f}):"
        )
        print(f"  ingest (extraction, metadata) {ingest_s:7.1f} s")
        print(f"  build                         {build_s:7.1f} s")
        for name in STAGES:
            print(f"    {name.strip('_'):27s} {spent[name]:7.1f} s")
            if name == "_analyze_new":
                for part in PARTS:
                    print(f"      {part.strip('_'):25s} {parts[part]:7.1f} s")
        total = ingest_s + build_s
        print(
            f"  every stage: {n / total:5.2f} articles/s = {DAY * n / total:>11,.0f} articles/day (one core)"
        )
        print(
            f"  bare spaCy parse of the same bodies, one process: {bare:.1f} s = {n / bare:5.2f} articles/s"
            f" = {DAY * n / bare:,.0f}/day; the build's parse {parts['parse']:.1f} s"
        )
        if args.workers:
            sent, got = transfer_bytes(work / "serial.db")
            before_children = children_cpu()
            with process_mapper(args.workers) as mapper:  # a pool that only starts: its CPU is start-up
                list(mapper(warm_worker, [[None]] * args.workers))
            startup = children_cpu() - before_children
            split_wall, split_cpu = bare_parse_split(bodies, args.workers)
            split_cpu -= startup
            print(
                f"  bare spaCy split over {args.workers} started processes: CPU {split_cpu:.1f} s ="
                f" {DAY * n * args.workers / split_cpu:,.0f}/day on {args.workers} cores if split evenly"
                f" (wall {split_wall:.1f} s = {DAY * n / split_wall:,.0f}/day at this load)"
            )
            before_children, before_self = children_cpu(), time.process_time()
            with process_mapper(args.workers) as mapper:
                list(mapper(warm_worker, [[None]] * args.workers))  # load spaCy in each worker first
                ingest_w, build_w, wall, n_w = run(work / "workers.db", pages, settings, mapper)
            own = time.process_time() - before_self
            cpu = own + children_cpu() - before_children
            same = exported(work / "workers.db") == exported(work / "serial.db")
            print(
                f"--workers {args.workers}, workers kept through ingest and build, step k+1 analysed while step k"
                f" is placed (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):"
            )
            print(f"  export identical to the serial build: {same}")
            print(
                f"  ingest + build wall {wall:.1f} s = {n_w / wall:5.2f} articles/s = {DAY * n_w / wall:,.0f}/day"
            )
            print(
                f"  sent to a worker {sent:,.0f} B/article (id, body, date), returned {got:,.0f} B/article"
                " (pickled analysis)"
            )
            print(
                f"  CPU: this process {own:.1f} s (ingest {ingest_w:.1f}, build {build_w:.1f}: writes, serial"
                f" stages, pickling), workers {cpu - own - startup:.1f} s + start-up (spawn, imports, model"
                f" load) ~{startup:.1f} s"
            )
            print(
                f"  over {args.workers} cores if split evenly: {DAY * n_w * args.workers / cpu:,.0f}/day"
                f" ({DAY * n_w * args.workers / max(cpu - startup, 1e-9):,.0f}/day once started);"
                f" this process's share {own / cpu:.0%}"
            )
    return 0


def warm_worker(batch: list) -> list:
    """A batch function for the pool (picklable): load the spaCy pipeline in the worker."""
    from storyline.analyze.nlp import get_nlp

    get_nlp()
    return batch


if __name__ == "__main__":
    sys.exit(main())
