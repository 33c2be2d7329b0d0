"""The slowest article per stage: how long one article's piece of each stage takes on real data, to set
``pipeline.piece_time_limit`` far above it.

    nice -n 10 PYTHONPATH=src .venv/bin/python bench/piece_times.py                # all eval/realdata_build.py inputs

Session 20, all 2,270 inputs (2,145 articles), at load 8-13: slowest pieces in CPU s (wall s): a 64-article parse
with spaCy's loading 6.12 (80.8), one article's analysis 0.80 (2.96), entities 0.72 (2.75), extraction 0.66
(14.82), quotes 0.40, claims 0.38, cluster 0.45, every other stage under 0.1. 27 min wall in all.
    nice -n 10 PYTHONPATH=src .venv/bin/python bench/piece_times.py --articles 600 # a sample (N/2 pages, N/2 ECB+)

Every ``isolated`` piece and every document's extraction is timed (wall and CPU seconds, the limit
switched off so nothing is cut); it prints, per stage, how many pieces ran and the slowest one's id, wall and CPU
time. A piece's time includes the pieces nested in it ("analyze" holds "analyze.claims"), an upper bound on the
time the limit counts (its own, nested pieces excluded). CPU time is what the limit measures; wall time shows
what a busy machine makes of it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "eval"))

from build import inputs  # noqa: E402

import storyline  # noqa: E402
import storyline.extract  # noqa: E402
from storyline import isolate  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402

# stage -> (wall, cpu, id) of its slowest piece, and how many pieces ran
SLOWEST: dict[str, tuple[float, float, str]] = {}
COUNT: defaultdict[str, int] = defaultdict(int)


def _timed(stage: str, article_id: str, run):
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        return run()
    finally:
        took = (time.perf_counter() - wall, time.process_time() - cpu, article_id)
        COUNT[stage] += 1
        if took > SLOWEST.get(stage, (0.0, 0.0, "")):
            SLOWEST[stage] = took


def _patch() -> None:
    """Time every ``isolated`` call (each module imported it by name) and every document's extraction."""
    real_isolated, real_extract = isolate.isolated, storyline.extract.extract

    def isolated(stage, article_id, work, fallback, **kw):
        key = (
            f"{stage} (batch)" if article_id.startswith("batch") else stage
        )  # a batch parse is many articles
        return _timed(key, article_id, lambda: real_isolated(stage, article_id, work, fallback, **kw))

    def extract(doc, settings=DEFAULTS):
        return _timed("extract", doc.source, lambda: real_extract(doc, settings))

    for module in list(sys.modules.values()):
        if getattr(module, "isolated", None) is real_isolated and module is not isolate:
            module.isolated = isolated
    storyline.extract.extract = extract


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="inputs (N/2 pages, N/2 ECB+); 0: all")
    args = parser.parse_args()
    import storyline.analyze.infer_published  # noqa: F401 - the stages' modules, imported before patching
    import storyline.analyze.per_article  # noqa: F401
    import storyline.analyze.resolve  # noqa: F401
    import storyline.pipeline  # noqa: F401

    _patch()
    settings = DEFAULTS
    if hasattr(settings.pipeline, "piece_time_limit"):
        settings = replace(settings, pipeline=replace(settings.pipeline, piece_time_limit=0.0))
    with tempfile.TemporaryDirectory(prefix="storyline-piece-times-") as tmp:
        store = storyline.open_store(Path(tmp) / "s.db")
        t0 = time.perf_counter()
        storyline.ingest(store, inputs(Path(tmp), args.articles), settings)
        storyline.build(store, settings)
        print(f"{store.article_count()} articles, ingest + build {time.perf_counter() - t0:.0f} s wall")
        store.close()
    print(f"{'stage':24s} {'pieces':>7s} {'wall s':>8s} {'cpu s':>8s}  slowest article")
    for stage, (wall, cpu, aid) in sorted(SLOWEST.items(), key=lambda kv: -kv[1][0]):
        print(f"{stage:24s} {COUNT[stage]:7d} {wall:8.2f} {cpu:8.2f}  {aid[:60]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
