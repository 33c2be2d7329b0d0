"""What a build costs per step size: the same generated articles ingested and built every k articles.

    PYTHONPATH=src nice .venv/bin/python bench/steps.py --articles 120 --steps 10,30,60,120

For each step size k, a fresh store takes the same ``--articles`` generated pages (eval/streams.py, 500-800 words
in site chrome) k at a time, each k followed by a build. Prints, per step size: the builds, the mean CPU seconds
of one build, the share of it outside analysis (the store-level work a build repeats however few articles it
brings: state, resolution, dedup, clustering, linking), and the total CPU seconds. CPU of this process, so other
jobs on a shared machine skew it less than wall time. One run, `--articles 60 --steps 10,30,60` (load ~9 on 2
cores): s/build 1.12 / 3.49 / 6.31, outside analysis 0.10 / 0.18 / 0.43, total 6.7 / 7.0 / 6.3 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.build import timed_stages  # noqa: E402
from bench.stream import spread_undated, write_pages  # noqa: E402
from eval.streams import generate  # noqa: E402
from storyline import pipeline  # noqa: E402
from storyline.store import open_store  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--steps", default="10,30,60,120", help="comma-separated step sizes (articles per build)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    stream = spread_undated(generate(args.articles, seed=args.seed))[: args.articles]
    from storyline.analyze.nlp import get_nlp

    get_nlp()  # loaded before timing: part of no build
    spent = timed_stages(("_analyze_new",))
    print(f"{len(stream)} generated articles, built every k articles (CPU seconds)")
    print(f"{'k':>6} {'builds':>7} {'s/build':>9} {'outside analysis':>17} {'total':>8}")
    for k in (int(s) for s in args.steps.split(",")):
        with tempfile.TemporaryDirectory(prefix="storyline-bench-steps-") as tmp:
            store = open_store(Path(tmp) / "s.db")
            spent.clear()
            builds, total = 0, 0.0
            for start in range(0, len(stream), k):
                write_pages(Path(tmp) / "batch.jsonl", stream[start : start + k], args.seed)
                pipeline.ingest(store, [str(Path(tmp) / "batch.jsonl")])
                t = time.process_time()
                pipeline.build(store)
                total += time.process_time() - t
                builds += 1
            store.close()
        outside = (total - spent.get("_analyze_new", 0.0)) / builds
        print(f"{k:>6} {builds:>7} {total / builds:>9.2f} {outside:>17.2f} {total:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
