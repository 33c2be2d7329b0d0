"""Clustering throughput and memory at several stream sizes, against an all-pairs scikit-learn baseline.

    .venv/bin/python bench/cluster.py                  # 10k, 30k, 100k generated articles (a few minutes)
    .venv/bin/python bench/cluster.py --sizes 2000,6000  # quick mode

Each size runs in a fresh subprocess (peak RSS is per process); single core; times are CPU seconds (process_time), so other jobs on the machine do not skew them. Baseline: TfidfVectorizer + cosine
all pairs + threshold connected components, on the smallest size only (it is quadratic).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from eval.streams import generate  # noqa: E402
from storyline.cluster.metrics import bcubed, pairwise  # noqa: E402
from storyline.cluster.stories import ClusterDoc, StoryClusterer  # noqa: E402


def measure(n: int) -> dict[str, float]:
    arts = generate(n, seed=5)
    docs = [ClusterDoc(a.id, a.title, a.body, a.entities, a.published) for a in arts]
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    c = StoryClusterer()
    t0 = time.process_time()  # CPU seconds: robust to other jobs sharing the machine
    pred = {d.article_id: c.add(d) for d in docs}
    dt = time.process_time() - t0
    gold = {a.id: a.story for a in arts}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "n": n,
        "seconds": dt,
        "rate": n / dt,
        "b3_f1": bcubed(gold, pred)[2],
        "pw_f1": pairwise(gold, pred)[2],
        "peak_rss_mb": rss / 1024,
        "growth_mb": (rss - rss0) / 1024,
        "state_mb": len(c.to_bytes()) / 1e6,
    }


def baseline(n: int, threshold: float) -> dict[str, float]:
    import numpy as np
    from scipy.sparse.csgraph import connected_components
    from sklearn.feature_extraction.text import TfidfVectorizer

    arts = generate(n, seed=5)
    t0 = time.process_time()
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [a.title + "\n" + a.body for a in arts]
    )
    sim = (x @ x.T).tocsr()
    sim.data[sim.data < threshold] = 0
    sim.eliminate_zeros()
    _, labels = connected_components(sim, directed=False)
    dt = time.process_time() - t0
    gold = {a.id: a.story for a in arts}
    pred = {a.id: int(k) for a, k in zip(arts, np.asarray(labels), strict=True)}
    return {
        "n": n,
        "seconds": dt,
        "rate": n / dt,
        "b3_f1": bcubed(gold, pred)[2],
        "pw_f1": pairwise(gold, pred)[2],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,30000,100000", help="comma-separated stream sizes")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child mode: measure one size, print JSON
    ap.add_argument("--baseline-threshold", type=float, default=0.5, help="cosine threshold of the baseline")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        rows.append(json.loads(out.stdout))
        r = rows[-1]
        print(
            f"online  n={n:<7} {r['rate']:8.0f} articles/s  {r['seconds']:7.1f}s  B3 F1 {r['b3_f1']:.3f}  "
            f"pairwise F1 {r['pw_f1']:.3f}  peak RSS {r['peak_rss_mb']:.0f} MB (+{r['growth_mb']:.0f})  "
            f"state {r['state_mb']:.1f} MB"
        )
    if len(rows) > 1:
        small, big = rows[0], rows[-1]
        ratio = (big["seconds"] / big["n"]) / (small["seconds"] / small["n"])
        print(f"time per article at n={big['n']} vs n={small['n']}: x{ratio:.2f} (must stay < 1.5)")
    b = baseline(sizes[0], args.baseline_threshold)
    r = rows[0]
    print(
        f"baseline n={b['n']:<7} {b['rate']:8.0f} articles/s  {b['seconds']:7.1f}s  B3 F1 {b['b3_f1']:.3f}  "
        f"pairwise F1 {b['pw_f1']:.3f}  (sklearn TF-IDF, all-pairs cosine >= {args.baseline_threshold}, components)"
    )
    print(
        f"online vs baseline at n={b['n']}: speed x{r['rate'] / b['rate']:.2f}, B3 F1 {r['b3_f1']:.3f} vs {b['b3_f1']:.3f}"
    )


if __name__ == "__main__":
    main()
