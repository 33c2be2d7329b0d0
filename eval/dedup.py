"""Duplicate detection: pairwise P/R/F1 on generated streams (tune seed / held-out seed) and on the demo labels.

Run: .venv/bin/python eval/dedup.py            # report (tune seed 21 + demo, held-out seed 22, throughput)
     .venv/bin/python eval/dedup.py --grid     # threshold grid on the tuning seed and the demo
Gold: eval/streams.py ``dup_of`` (canonical copy) and examples/demo.labels.json ``duplicate_of``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from eval.pipeline import DEMO, _key  # noqa: E402
from eval.streams import generate  # noqa: E402
from storyline.cluster.metrics import pairwise  # noqa: E402
from storyline.dedup import DuplicateIndex  # noqa: E402
from storyline.settings import DedupSettings  # noqa: E402

TUNE_SEED, TEST_SEED, N = 21, 22, 3000


def stream_scores(arts: list, settings: DedupSettings) -> tuple[float, float, float, float]:
    """(P, R, F1, articles/s) of duplicate pairs on one generated stream, indexed in arrival order."""
    gold = {a.id: a.dup_of or a.id for a in arts}
    index = DuplicateIndex(settings)
    t0 = time.perf_counter()
    for a in arts:
        index.add(a.id, a.body, a.published)
    rate = len(arts) / (time.perf_counter() - t0)
    pred = {a.id: index.canonical(a.id) for a in arts}
    return (*pairwise(gold, pred), rate)


def demo_articles() -> tuple[list[tuple[str, str, object]], set[str], dict[str, str]]:
    """Demo articles in arrival order as (label key, body, printed date), rejected exact copies, gold canonical."""
    from storyline.pipeline import ingest
    from storyline.store import open_store

    labels = json.loads((DEMO.parent / "demo.labels.json").read_text())
    gold = {k: v.get("duplicate_of") or k for k, v in labels.items() if isinstance(v, dict) and "story" in v}
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.db")
        ingest(store, [str(DEMO)])
        rows = [
            (_key(a.source), a.body, None if a.published_inferred else a.published)
            for a in store.articles(store.unbuilt_article_ids())
        ]
        rejected = {_key(r.source) for r in store.rejects()}
    return rows, rejected, gold


def demo_scores(demo: tuple, settings: DedupSettings) -> tuple[float, float, float, float, list[str]]:
    """(duplicate P, duplicate R as eval/pipeline.py counts them, pairwise F1, pairwise P, wrong keys)."""
    rows, rejected, gold = demo
    index = DuplicateIndex(settings)
    for key, body, pub in rows:
        index.add(key, body, pub)
    pred = {key: index.canonical(key) for key, _, _ in rows}
    found = {key: canon != key for key, canon in pred.items()}  # final groups, as the pipeline stores them
    tp = fp = fn = 0
    wrong = []
    for key, canon in gold.items():
        is_dup = canon != key
        got = key in rejected if key not in found else found[key]
        tp += is_dup and got
        fp += got and not is_dup
        fn += is_dup and not got
        if is_dup != got:
            wrong.append(key)
    pp, _, pf = pairwise({k: v for k, v in gold.items() if k in pred}, pred)
    return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, pf, pp, wrong


def _line(name: str, s: tuple) -> str:
    return f"  {name:<34} P {s[0]:.3f} R {s[1]:.3f} F1 {s[2]:.3f}"


def report(settings: DedupSettings) -> None:
    print(f"settings: {settings}")
    demo = demo_articles()
    dp, dr, pf, pp, wrong = demo_scores(demo, settings)
    print(f"  demo duplicates (eval/pipeline.py)   P {dp:.3f} R {dr:.3f}   pairwise P {pp:.3f} F1 {pf:.3f}")
    if wrong:
        print(f"    wrong: {wrong}")
    for seed, tag in ((TUNE_SEED, "tune"), (TEST_SEED, "held-out")):
        s = stream_scores(generate(N, seed), settings)
        print(_line(f"stream n={N} seed={seed} ({tag})", s) + f"   {s[3]:.0f} articles/s")


def grid() -> None:
    """Grid on the tuning seed + demo only (the held-out seed is reported by ``report``)."""
    arts, demo, base = generate(N, TUNE_SEED), demo_articles(), DedupSettings()
    print("MinHash alone (no alignment stage): shingle threshold | stream P  R     F1")
    for k in (3, 4, 5, 7):
        for t in (0.4, 0.5, 0.6, 0.7):
            p, r, f, _ = stream_scores(
                arts, replace(base, shingle_size=k, near_threshold=t, candidate_threshold=t)
            )
            print(f"  {k:<7} {t:<9} | {p:.3f} {r:.3f} {f:.3f}")
    print("candidate align sent  | stream P  R     F1    | demo P  R")
    for cand in (0.2, 0.25):
        for align in (0.75, 0.8, 0.85):
            for sent in (0.5, 0.6):
                st = replace(base, candidate_threshold=cand, align_threshold=align, sentence_match=sent)
                p, r, f, _ = stream_scores(arts, st)
                dp, dr, *_ = demo_scores(demo, st)
                print(f"{cand:<9} {align:<5} {sent:<5} | {p:.3f} {r:.3f} {f:.3f} | {dp:.3f} {dr:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--grid", action="store_true", help="threshold grid on the tuning seed and the demo")
    names = {f.name for f in fields(DedupSettings)}
    ap.add_argument("--set", action="append", default=[], help="override a DedupSettings field: name=value")
    args = ap.parse_args()
    if args.grid:
        grid()
        return
    over = {}
    for item in args.set:
        name, value = item.split("=", 1)
        if name not in names:
            ap.error(f"unknown DedupSettings field {name}")
        over[name] = type(getattr(DedupSettings(), name))(value)
    report(replace(DedupSettings(), **over))


if __name__ == "__main__":
    main()
