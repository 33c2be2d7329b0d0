"""Streaming cost: does a batch of new articles cost the same whatever the store already holds?

    nice .venv/bin/python bench/stream.py --sizes 200,800 --batch 100 --batches 2        # quick: ~1,000 articles analysed
    nice .venv/bin/python bench/stream.py --sizes 10000,100000 --batch 1000 --batches 3  # the issue's target

Fills a store with generated articles (eval/streams.py: 500-800-word pages in site chrome, with wire copies,
rewrites, undated and look-alike reports) up to each size in turn, then ingests and builds ``--batches``
batches of ``--batch`` new articles and times each build stage (CPU seconds of this process: other jobs on a
shared machine skew it less than wall time). Prints seconds per batch at each size, the ratio of batch cost at
the largest size to the smallest (target: <= 1.2 at 100k vs 10k), peak RSS, store bytes per article, the
articles a day one serial process sustains at the largest size, and bare spaCy's parse rate on the same bodies
as the floor. ``--store`` keeps the filled store for another run (sizes already reached are not refilled).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.build import timed_stages  # noqa: E402
from eval.streams import generate, page  # noqa: E402
from storyline import pipeline  # noqa: E402
from storyline.store import open_store  # noqa: E402

STAGES = (
    "_settle_date_orders",
    "_analyze_new",
    "_resolve_entities",
    "_date_before_clustering",
    "_load",
    "_place_new",
    "_mark_duplicates",
    "_finish_stories",
    "_date_by_storylines",
)


def write_pages(path: Path, articles: list, seed: int) -> None:
    titles = [a.title for a in articles[:50]]
    with path.open("w") as f:
        for a in articles:
            f.write(json.dumps(page(a, seed, titles)) + "\n")


def add(store, articles: list, work: Path, seed: int) -> tuple[float, float, list[str]]:
    """Ingest and build ``articles``; returns (ingest, build) CPU seconds and the new article ids."""
    path = work / "batch.jsonl"
    write_pages(path, articles, seed)
    t = time.process_time()
    pipeline.ingest(store, [str(path)])
    ingested = time.process_time()
    new = store.unbuilt_article_ids()
    pipeline.build(store)
    return ingested - t, time.process_time() - ingested, new


def store_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,4000", help="store sizes to measure at, ascending")
    ap.add_argument("--batch", type=int, default=1000, help="new articles per measured batch")
    ap.add_argument("--batches", type=int, default=2, help="measured batches at each size")
    ap.add_argument("--fill", type=int, default=1000, help="articles per ingest+build while filling")
    ap.add_argument("--store", type=Path, help="SQLite store to fill and keep (default: a temporary one)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    total = sizes[-1] + len(sizes) * args.batches * args.batch
    print(f"generating {total} articles ...", flush=True)
    stream = generate(total, args.seed)
    with tempfile.TemporaryDirectory(prefix="storyline-bench-stream-") as tmp:
        work = Path(tmp)
        db = args.store or work / "stream.db"
        store = open_store(db)
        from storyline.analyze.nlp import get_nlp, parse

        get_nlp()  # loading the model is part of no measure
        spent = timed_stages(STAGES)
        at = store.article_count()  # articles of the stream already in a kept store (rejects aside: close)
        used = store.article_count()
        per_size: dict[int, list[tuple[float, float, dict[str, float]]]] = {}
        new: list[str] = []
        for size in sizes:
            while at < size:
                step = min(args.fill, size - at)
                t = time.perf_counter()
                add(store, stream[used : used + step], work, args.seed)
                used += step
                at = store.article_count()
                print(f"  filled to {at} articles ({time.perf_counter() - t:.0f} s wall)", flush=True)
            runs = []
            for _ in range(args.batches):
                batch = stream[used : used + args.batch]
                used += len(batch)
                spent.clear()
                ingest_s, build_s, new = add(store, batch, work, args.seed)
                runs.append((ingest_s, build_s, dict(spent)))
                print(f"  at {at}: batch of {len(batch)}: ingest {ingest_s:.1f} s, build {build_s:.1f} s CPU")
                at = store.article_count()
            per_size[size] = runs
        bodies = [a.body for a in store.articles(new)]  # the last batch's
        t = time.process_time()
        for _ in parse(bodies):
            pass
        parse_rate = len(bodies) / max(time.process_time() - t, 1e-9)
        size_bytes = store_bytes(Path(db))
        articles = store.article_count()
        store.close()
    print(f"\nbatch = {args.batch} new articles; CPU seconds per batch (mean of {args.batches}) by stage:")
    names = [n.strip("_") for n in STAGES]
    print(f"{'stored':>8} {'ingest':>8} {'build':>8} " + " ".join(f"{n[:14]:>14}" for n in names))
    cost = {}
    for size, runs in per_size.items():
        mean = {n: sum(r[2].get(n, 0.0) for r in runs) / len(runs) for n in STAGES}
        ingest_s = sum(r[0] for r in runs) / len(runs)
        build_s = sum(r[1] for r in runs) / len(runs)
        cost[size] = ingest_s + build_s
        print(f"{size:>8} {ingest_s:8.1f} {build_s:8.1f} " + " ".join(f"{mean[n]:14.2f}" for n in STAGES))
    small, large = sizes[0], sizes[-1]
    print(
        f"\nbatch cost at {large} / at {small}: x{cost[large] / cost[small]:.2f} (target <= 1.2 at 100k vs 10k)"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"store: {size_bytes / max(articles, 1) / 1024:.1f} KiB per article ({articles} articles)")
    print(f"sustainable, one serial process at {large}: {86400 * args.batch / cost[large]:,.0f} articles/day")
    print(f"bare spaCy parse of the same bodies: {parse_rate:.1f} articles/s ({86400 * parse_rate:,.0f}/day)")
    print(
        f"\nat the issue's scale: nice {sys.executable} bench/stream.py --sizes 10000,100000 --batch 1000"
        f" --batches 3 --store /tmp/stream100k.db"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
