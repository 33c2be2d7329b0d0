"""Acceptance run on real data: ingest the 1,288 metadata pages plus the 982 ECB+ articles, then build.

    PYTHONPATH=src .venv/bin/python eval/realdata_build.py     # serial; several minutes on a busy machine

Reads ../shared/eval-data (skipped with a message when absent), works in a temp dir (nothing lands in the repo),
and prints ingest and build time, articles, rejects by reason, stories, storylines and warnings per stage: every
stage isolates a failing article (storyline/isolate.py), so a warning here is an article that lost a piece.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import storyline  # noqa: E402

DATA = ROOT.parent / "shared" / "eval-data"
PAGES = DATA / "metadata" / "pages.tar.xz"
ECB = DATA / "clustering" / "ecbplus_docs.jsonl.gz"


class StageCounter(logging.Handler):
    """Counts warnings (and worse) by the stage that logged them (the logger's name when no stage is given)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[getattr(record, "stage", record.name)] += 1


def reason_group(reason: str) -> str:
    """A reject reason without its particulars: text before any parenthesis, article ids folded."""
    return re.sub(r"\b[0-9a-f]{10,}\b", "<id>", reason.split("(")[0]).strip()


def write_ecb(path: Path) -> int:
    rows = [json.loads(line) for line in gzip.open(ECB, "rt")]
    with path.open("w") as fh:
        for r in rows:
            record = {"title": r["title"] or "", "text": r["text"], "published": r["date"], "url": r["url"]}
            fh.write(json.dumps(record) + "\n")
    return len(rows)


def main() -> int:
    missing = [p for p in (PAGES, ECB) if not p.exists()]
    if missing:
        print(f"eval data absent ({', '.join(str(p) for p in missing)}): real-data build skipped")
        return 0
    counter = StageCounter()
    logger = logging.getLogger("storyline")
    logger.addHandler(counter)
    log_file = Path(tempfile.gettempdir()) / "storyline-realdata-build.log"
    detail = logging.FileHandler(log_file, mode="w")
    detail.setLevel(logging.WARNING)
    logger.addHandler(detail)
    with tempfile.TemporaryDirectory(prefix="storyline-realdata-") as tmp:
        work = Path(tmp)
        with tarfile.open(PAGES, "r:xz") as tar:
            tar.extractall(work / "pages", filter="data")
        n_pages = sum(1 for p in (work / "pages").rglob("*") if p.is_file())
        n_ecb = write_ecb(work / "ecbplus.jsonl")
        print(f"inputs: {n_pages} metadata pages, {n_ecb} ECB+ articles")
        store = storyline.open_store(work / "build.db")
        t0 = time.perf_counter()
        ingested = storyline.ingest(store, [str(work / "pages"), str(work / "ecbplus.jsonl")])
        t1 = time.perf_counter()
        print(f"ingest: {t1 - t0:.1f} s, {ingested.added} added, {ingested.rejected} rejected", flush=True)
        built = storyline.build(store)
        t2 = time.perf_counter()
        print(f"build: {t2 - t1:.1f} s")
        print(f"articles: {store.article_count()}")
        print(f"stories: {built.stories}  storylines: {built.storylines}")
        print(f"duplicates: {built.duplicates}  dates inferred: {built.dates_inferred}")
        print("rejects by reason:")
        for reason, n in Counter(reason_group(r.reason) for r in ingested.rejects).most_common():
            print(f"  {n:5d}  {reason}")
        print(f"warnings per stage (details in {log_file}):")
        for stage, n in sorted(counter.counts.items()) or [("none", 0)]:
            print(f"  {n:5d}  {stage}")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
