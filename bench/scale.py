"""Analyze throughput: serial vs a 2-process pool (--workers 2) vs a 2-worker Dask LocalCluster (--dask local).

    .venv/bin/python bench/scale.py               # the demo corpus repeated 6 times (~200 articles, ~1 min)
    .venv/bin/python bench/scale.py --repeat 2    # quick mode

Wall-clock seconds (parallelism is the point), after each side has loaded spaCy once per process (start-up is
printed apart). The machine's other jobs skew wall time: run it twice and compare ratios, not absolute times.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.analyze import analyze  # noqa: E402
from storyline.pipeline import ingest  # noqa: E402
from storyline.scale import dask_mapper, process_mapper, serial_map  # noqa: E402
from storyline.store import open_store  # noqa: E402


def corpus(repeat: int) -> list:
    """The demo articles, each repeated with a marker line so every copy is a distinct article."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "b.db")
        ingest(store, [str(ROOT / "examples" / "demo")])
        base = store.articles()
    return [
        dataclasses.replace(a, id=f"{a.id}-{i}", body=f"{a.body}\n\nCopy {i}.")
        for i in range(repeat)
        for a in base
    ]


def _load(_: object = None) -> bool:
    from storyline.analyze.nlp import get_nlp

    get_nlp()
    time.sleep(0.5)  # hold this worker so the next warm-up task goes to another one
    return True


def warm(mapper) -> None:
    """Make every worker load spaCy before timing."""
    if hasattr(mapper, "client"):
        mapper.client.run(_load)
    else:
        list(mapper.pool.map(_load, range(mapper.window)))


def run(mapper, articles: list, batch: int) -> float:
    batches = [articles[i : i + batch] for i in range(0, len(articles), batch)]
    t0 = time.perf_counter()
    done = sum(len(r) for r in mapper(analyze, batches))
    assert done == len(articles)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=6)
    parser.add_argument("--batch", type=int, default=16, help="articles per task")
    args = parser.parse_args()
    articles = corpus(args.repeat)
    print(f"{len(articles)} articles, {args.batch} per task, {os.cpu_count()} cores")
    analyze(articles[:2])  # load spaCy here
    serial = run(serial_map, articles, args.batch)
    print(f"serial          {serial:6.1f} s  {len(articles) / serial:6.1f} art/s  1.00x")
    sides = [("pool 2 procs", lambda: process_mapper(2)), ("dask local 2", lambda: dask_mapper("local", 2))]
    for name, make in sides:
        t0 = time.perf_counter()
        with make() as mapper:
            warm(mapper)
            start = time.perf_counter() - t0
            wall = run(mapper, articles, args.batch)
        print(
            f"{name:15s} {wall:6.1f} s  {len(articles) / wall:6.1f} art/s  {serial / wall:.2f}x  (start-up {start:.1f} s)"
        )


if __name__ == "__main__":
    main()
