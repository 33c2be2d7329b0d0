"""Build cost on real articles, per stage, against bare spaCy parsing of the same bodies in the same run.

    .venv/bin/python bench/build.py                        # 600 real articles (~3 min): ingest, then build
    .venv/bin/python bench/build.py --articles 0           # all 2,145 (the eval/realdata_build.py inputs)
    .venv/bin/python bench/build.py --store /tmp/s.db      # reuse an ingested store (ingests it when absent)
    .venv/bin/python bench/build.py --store /tmp/s.db --profile /tmp/build.prof   # plus cProfile of the build

Inputs: the first N/2 metadata pages and N/2 ECB+ articles of ../shared/eval-data (the demo corpus when absent).
The ingested store is copied before the build, so every run starts from the same unbuilt store. Times are CPU
seconds (process_time) of this process, so other jobs on a shared machine skew them less than wall time.
Baseline: ``nlp.pipe`` over the same bodies (the floor for analysis); the ratio is build time over that.
Measured on 600 inputs (588 articles after rejects), each run with its own parse baseline, on a busy machine:
before the surname index, once-per-build name merging and in-memory analyses (a024290), build 141.8 s CPU, x1.93
the parse time (resolution, three passes: 58.2 s); after, 75.2 s, x1.24 (resolution 4.2 s; analysis is the rest).
Claims (analyze/claims.py), on 300 inputs (294 articles), one store: analysis 37.6 s before claims (parse 28.0 s,
x1.34); after, 36.5 s (parse 29.2 s, x1.25) and, on a busier machine, 42.5 s (parse 30.5 s, x1.39), of which
claim extraction itself 1.4 s / 1.7 s (about 4 % of analysis, ~6 ms an article).
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import realdata_build  # noqa: E402

import storyline  # noqa: E402
from storyline import pipeline  # noqa: E402

STAGES = ("_analyze_new", "_resolve_entities", "_date_before_clustering", "_place_new", "_finish_stories")
STAGES += ("_date_by_storylines",)


def inputs(work: Path, n: int) -> list[str]:
    """Paths to ingest: n/2 pages and n/2 ECB+ articles (all when n is 0), or the demo corpus."""
    if not (realdata_build.PAGES.exists() and realdata_build.ECB.exists()):
        return [str(ROOT / "examples" / "demo")]
    with tarfile.open(realdata_build.PAGES, "r:xz") as tar:
        tar.extractall(work / "all", filter="data")
    realdata_build.write_ecb(work / "ecb-all.jsonl")
    pages = sorted(p for p in (work / "all").rglob("*") if p.is_file())
    lines = (work / "ecb-all.jsonl").read_text().splitlines()
    if n:
        pages, lines = pages[: n // 2], lines[: n // 2]
    for p in pages:
        dst = work / "pages" / p.relative_to(work / "all")
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(p, dst)
    (work / "ecb.jsonl").write_text("\n".join(lines) + "\n")
    return [str(work / "pages"), str(work / "ecb.jsonl")]


def timed_stages(stages: tuple[str, ...] = STAGES) -> dict[str, float]:
    """Wrap the pipeline's stage functions to add up their CPU seconds (resolution runs up to three times)."""
    spent: dict[str, float] = defaultdict(float)
    for name in stages:
        real = getattr(pipeline, name)

        def wrap(*args, _real=real, _name=name, **kwargs):
            t = time.process_time()
            try:
                return _real(*args, **kwargs)
            finally:
                spent[_name] += time.process_time() - t

        setattr(pipeline, name, wrap)
    return spent


def timed_claims(spent: dict[str, float]) -> None:
    """Add up the CPU seconds of claim extraction inside analysis (analyze/claims.py, on the stored parse)."""
    from storyline.analyze import per_article

    real = per_article.find_claims

    def wrap(*args, **kwargs):
        t = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent["claims"] += time.process_time() - t

    per_article.find_claims = wrap


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=600, help="inputs to ingest (0: all)")
    ap.add_argument("--store", type=Path, help="ingested store to reuse (created when absent)")
    ap.add_argument("--profile", type=Path, help="write a cProfile of the build here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="storyline-bench-build-") as tmp:
        work = Path(tmp)
        source = args.store or work / "ingested.db"
        if not source.exists():
            store = storyline.open_store(source)
            t = time.perf_counter()
            report = storyline.ingest(store, inputs(work, args.articles))
            print(f"ingest: {time.perf_counter() - t:.1f} s wall, {report.added} added -> {source}")
            store.close()
        shutil.copy(source, work / "build.db")
        store = storyline.open_store(work / "build.db")
        from storyline.analyze.nlp import get_nlp, parse

        get_nlp()  # loading the model is not part of either measure
        bodies = [a.body for a in store.articles()]
        t = time.process_time()
        for _ in parse(bodies):
            pass
        baseline = time.process_time() - t
        spent = timed_stages()
        timed_claims(spent)
        profile = cProfile.Profile() if args.profile else None
        t = time.process_time()
        if profile:
            profile.enable()
        built = storyline.build(store)
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        total = time.process_time() - t
        store.close()
    print(f"{len(bodies)} articles: {built.stories} stories, {built.storylines} storylines")
    print(f"baseline  bare spaCy parse of the same bodies: {baseline:7.1f} s CPU")
    for name in STAGES:
        print(f"  {name.strip('_'):24s} {spent[name]:7.1f} s")
        if name == "_analyze_new":
            print(f"    of which claims        {spent['claims']:7.1f} s")
    print(f"build total: {total:7.1f} s CPU  (x{total / baseline:.2f} the parse time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
