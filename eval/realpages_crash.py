"""Crash census on every real page in ../shared/eval-data: ingest and build them all, count what broke.

    nice -n 10 PYTHONPATH=src .venv/bin/python eval/realpages_crash.py     # ~10 minutes serial on a busy machine

Inputs: the 181 extraction-benchmark pages (.html.gz as they are), the 1,288 metadata pages, the ECB+ articles and the
168 PolNeAR articles (JSONL written in a temp dir). A crash is an exception escaping ingest or build, a reject that only
the safety nets produced ("internal error", "extract failed") or a stage warning (an article that lost a piece,
storyline/isolate.py); the target is 0. Every reject reason is counted. Reuses eval/realdata_build.py's helpers.
"""

from __future__ import annotations

import json
import logging
import sys
import tarfile
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

import storyline  # noqa: E402
from eval.realdata_build import DATA, ECB, PAGES, StageCounter, reason_group, write_ecb  # noqa: E402

EXTRACTION = DATA / "extraction" / "html"
QUOTES = [DATA / "quotes" / "polnear_dev.jsonl", DATA / "quotes" / "polnear_test.jsonl"]
SAFETY_NET_REASONS = ("internal error", "extract failed")


def _write_polnear(path: Path) -> int:
    rows = [json.loads(line) for f in QUOTES for line in f.open(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"title": r["title"], "text": r["text"], "published": r["date"]}) + "\n")
    return len(rows)


def main() -> int:
    missing = [p for p in (EXTRACTION, PAGES, ECB, *QUOTES) if not p.exists()]
    if missing:
        print(f"eval data absent ({', '.join(str(p) for p in missing)}): real-page crash census skipped")
        return 0
    counter = StageCounter()
    logging.getLogger("storyline").addHandler(counter)
    crashes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="storyline-realpages-") as tmp:
        work = Path(tmp)
        with tarfile.open(PAGES, "r:xz") as tar:
            tar.extractall(work / "metadata", filter="data")
        targets = {
            "extraction pages": (str(EXTRACTION), sum(1 for _ in EXTRACTION.iterdir())),
            "metadata pages": (
                str(work / "metadata"),
                sum(1 for p in (work / "metadata").rglob("*") if p.is_file()),
            ),
            "ECB+ articles": (str(work / "ecbplus.jsonl"), write_ecb(work / "ecbplus.jsonl")),
            "PolNeAR articles": (str(work / "polnear.jsonl"), _write_polnear(work / "polnear.jsonl")),
        }
        print("pages: " + ", ".join(f"{n} {name}" for name, (_, n) in targets.items()))
        print(f"pages total: {sum(n for _, n in targets.values())}", flush=True)
        store = storyline.open_store(work / "census.db")
        rejects = []
        t0 = time.perf_counter()
        for name, (target, _) in targets.items():
            try:
                rejects += storyline.ingest(store, [target]).rejects
            except Exception:  # noqa: BLE001 - the census counts what escapes
                crashes.append(f"ingest of {name}: {traceback.format_exc(limit=3)}")
        t1 = time.perf_counter()
        try:
            storyline.build(store)
        except Exception:  # noqa: BLE001
            crashes.append(f"build: {traceback.format_exc(limit=3)}")
        t2 = time.perf_counter()
        print(f"ingest {t1 - t0:.0f} s, build {t2 - t1:.0f} s; articles {store.article_count()}")
        store.close()
    crashes += [f"{r.source}: {r.reason}" for r in rejects if r.reason.startswith(SAFETY_NET_REASONS)]
    warnings = sum(counter.counts.values())
    print(
        f"crashes: {len(crashes) + warnings} ({len(crashes)} escaped or caught by a safety net, {warnings} stage warnings)"
    )
    for line in crashes:
        print(f"  {line}")
    for stage, n in sorted(counter.counts.items()):
        print(f"  {n:5d}  warnings from {stage}")
    print(f"rejects: {len(rejects)}")
    for reason, n in Counter(reason_group(r.reason) for r in rejects).most_common():
        print(f"  {n:5d}  {reason}")
    return 1 if crashes or warnings else 0


if __name__ == "__main__":
    raise SystemExit(main())
