"""Person-cluster lookups at archive size: what resolution reads and compares for one batch's full names, with
every stored cluster restored (before schema v6) and with only those its surname keys find (aliases.py).

    nice .venv/bin/python bench/alias_people.py --clusters 10000,100000 --names 3000

Fills a temporary SQLite store with ``--clusters`` person clusters of generated names (eval/streams.py's
syllables, as the stream bench's people), then finds ``--names`` new full names (half of them one-letter
misspellings of stored people) both ways; prints CPU seconds and checks both ways find the same clusters.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from eval.streams import _SYL  # noqa: E402
from storyline.analyze.entities import PersonMerger, surname_keys  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402
from storyline.store import open_store  # noqa: E402


def word(r: random.Random, most: int) -> str:
    return "".join(r.choice(_SYL) for _ in range(r.randint(2, most)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clusters", default="10000,100000", help="stored clusters, ascending")
    ap.add_argument("--names", type=int, default=3000, help="full names of one batch")
    args = ap.parse_args()
    bar, first_bar = DEFAULTS.analyze.surname_similarity, DEFAULTS.analyze.first_name_similarity
    r = random.Random(0)
    for size in (int(s) for s in args.clusters.split(",")):
        people = [(word(r, 3), word(r, 4)) for _ in range(size)]
        queries = []
        for _ in range(args.names):
            first, last = r.choice(people) if r.random() < 0.5 else (word(r, 3), word(r, 4))
            i = r.randrange(1, len(last))
            queries.append(
                (first, last[:i] + r.choice("aeiou") + last[i + 1 :] if r.random() < 0.5 else last)
            )
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "s.db")
            with store.transaction():
                store.add_alias_people(0, people)
                store.add_alias_surnames(
                    (k, last) for last in {p[1] for p in people} for k in surname_keys(last, bar)
                )
            t = time.process_time()
            every = PersonMerger(bar, first_bar)
            for first, last in store.alias_people():
                every.restore(first, last)
            want = [every.find(first, last) for first, last in queries]
            before = time.process_time() - t
            t = time.process_time()
            keyed = PersonMerger(bar, first_bar, store.alias_people_count())
            keys = set().union(*(surname_keys(last, bar) for _, last in queries))
            rows = store.alias_people_by_keys(keys)
            for n, first, last in rows:
                keyed.restore(first, last, n)
            got = [keyed.find(first, last) for first, last in queries]
            after = time.process_time() - t
            store.close()
        assert got == want, "the keyed lookup found other clusters"
        print(
            f"{size:>8} clusters, {args.names} names: every cluster {before:.2f} s CPU, by key {after:.2f} s"
            f" ({len(rows)} clusters read, {sum(x is not None for x in got)} names joined one)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
