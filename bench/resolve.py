"""Entity resolution cost as the corpus grows: CPU time per article at n and 4n articles (linear growth: ~1x).

    .venv/bin/python bench/resolve.py                 # 2,000 and 8,000 synthetic articles (~1 min)
    .venv/bin/python bench/resolve.py --sizes 500,2000
    .venv/bin/python bench/resolve.py --sizes 500,2000 --batch 200   # a new batch into a store of n (aliases.py)

Each article names two of a pool of people that grows with the corpus (one new person per 3 articles), in full
and by surname, with transliteration variants, so the number of person clusters grows like a real archive's.
Baseline: the same resolution at the smallest size, in the same run; the printed ratio is time per article at
each size over that. Measured: before the per-initial index and the cached, length-bounded surname comparison,
every name was compared with every cluster: 2.05 s / 30.3 s CPU at 2,000 / 8,000 articles (x3.70); after,
0.40 s / 3.12 s (x1.93). With each surname compared once per distinct surname of its initial, behind
exact letter-count bounds, in one run on a busy machine: 0.75 s / 6.24 s (x2.08) before, 0.58 s / 2.20 s
(x0.95) after: linear.
``--batch B``: CPU of resolving B new articles into a SQLite store already holding n resolved ones, through its
alias index (``aliases.resolve``, what a build does), against resolving all n + B from scratch (what a build did
before the index); the ratio of the batch's cost at the largest n to the smallest should stay near 1.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline import aliases  # noqa: E402
from storyline.analyze import resolve_entities  # noqa: E402
from storyline.model import Analysis, Article, Mention  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402
from storyline.store import open_store  # noqa: E402

_SYL = "ka ro ven dal mir tos bel an or is ul gre fen lo vi tar sem nok pra dru el hal qui zo mer bar".split()


def corpus(n: int, seed: int = 3) -> tuple[list[Article], list[Analysis]]:
    r = random.Random(seed)
    word = lambda k: "".join(r.choice(_SYL) for _ in range(r.randint(2, k))).title()  # noqa: E731
    people = [(word(3), word(4)) for _ in range(max(10, n // 3))]
    articles, analyses = [], []
    for i in range(n):
        aid = f"a{i}"
        mentions = []
        for first, last in r.sample(people, 2):
            variant = first.replace("i", "y", 1) if r.random() < 0.2 else first  # Sergei / Sergey
            full = f"{variant} {last}"
            mentions.append(Mention(aid, 0, len(full), full, "PERSON"))
            mentions.append(Mention(aid, 100, 100 + len(last), last, "PERSON"))
        body = " ".join(m.text for m in mentions)
        articles.append(Article(aid, f"{aid}.txt", body, published=datetime(2024, 1, 1, tzinfo=UTC)))
        analyses.append(Analysis(aid, mentions=tuple(mentions)))
    return articles, analyses


def seconds(n: int) -> float:
    articles, analyses = corpus(n)
    t0 = time.process_time()
    resolve_entities(articles, analyses)
    return time.process_time() - t0


def _store(path: Path, articles: list[Article], analyses: list[Analysis]):
    store = open_store(path)
    with store.transaction():
        for article in articles:
            store.add_article(article)
        store.put_analyses(analyses)
    return store


def batch_seconds(n: int, batch: int) -> tuple[float, float]:
    """(CPU of a batch resolved into a store of n through the alias index, CPU of all n + batch from scratch)."""
    articles, analyses = corpus(n + batch)
    with tempfile.TemporaryDirectory() as tmp:
        store = _store(Path(tmp) / "r.db", articles[:n], analyses[:n])
        aliases.resolve(store, DEFAULTS.analyze, [a.id for a in articles[:n]])
        with store.transaction():
            for article in articles[n:]:
                store.add_article(article)
            store.put_analyses(analyses[n:])
        t0 = time.process_time()
        aliases.resolve(store, DEFAULTS.analyze, [a.id for a in articles[n:]])
        incremental = time.process_time() - t0
        store.close()
    t0 = time.process_time()
    resolve_entities(articles, analyses)
    return incremental, time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="2000,8000")
    ap.add_argument("--batch", type=int, default=0, help="time a batch of this many new articles (see above)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.batch:
        costs = {}
        for n in sizes:
            costs[n], scratch = batch_seconds(n, args.batch)
            print(
                f"batch of {args.batch} into n={n:<7} alias index {costs[n]:6.2f} s CPU; from scratch {scratch:6.2f} s"
            )
        print(f"batch cost at n={sizes[-1]} / n={sizes[0]}: x{costs[sizes[-1]] / costs[sizes[0]]:.2f}")
        return
    base = None
    for n in sizes:
        dt = seconds(n)
        per = dt / n
        base = base or per
        print(
            f"resolve n={n:<7} {dt:6.2f} s CPU  {n / dt:8.0f} articles/s  time per article vs n={sizes[0]}: x{per / base:.2f}"
        )


if __name__ == "__main__":
    main()
