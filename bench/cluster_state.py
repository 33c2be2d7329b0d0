"""What the clusterer state costs one build step as the store grows: the whole-state blob against per-story rows.

    PYTHONPATH=src nice .venv/bin/python bench/cluster_state.py --sizes 2000,8000,16000 --batch 500

Fills two SQLite stores with the clusterer state of the same generated stream (eval/streams.py), in steps of
``--step`` articles: one keeps it as the zlib JSON blob builds wrote before schema 7, the other as the rows of
cluster_state.py. At each size it places the next ``--batch`` articles into both as a build step does (load the
state, add the articles, save, commit) and prints the CPU seconds of each part (process_time: other jobs on a
shared machine skew it less than wall time) and the rows read. No spaCy: the entity names come with the stream.
Both stores must place the batch the same way (checked): the rows hold what the blob holds.
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

from eval.streams import generate  # noqa: E402
from storyline import cluster_state  # noqa: E402
from storyline.cluster.stories import ClusterDoc, StoryClusterer  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402
from storyline.store import open_store  # noqa: E402

SETTINGS = DEFAULTS.cluster


def blob_step(store, docs: list[ClusterDoc]) -> tuple[dict[str, str], list[float]]:
    """One step over the blob: (placements, [load, place, save+commit] CPU seconds)."""
    t0 = time.process_time()
    with store.transaction():
        data = store.get_state("clusterer")
        c = StoryClusterer.from_bytes(data, SETTINGS) if data else StoryClusterer(SETTINGS)
        t1 = time.process_time()
        placed = {d.article_id: c.add(d) for d in docs}
        t2 = time.process_time()
        store.put_state("clusterer", c.to_bytes())
    return placed, [t1 - t0, t2 - t1, time.process_time() - t2]


def rows_step(store, docs: list[ClusterDoc]) -> tuple[dict[str, str], list[float], int]:
    """One step over the rows: (placements, [load, place, save+commit] CPU seconds, stories read)."""
    t0 = time.process_time()
    with store.transaction():
        c = cluster_state.load(store, SETTINGS)
        t1 = time.process_time()
        placed = {d.article_id: c.add(d) for d in docs}
        t2 = time.process_time()
        cluster_state.save(store, c)
    return placed, [t1 - t0, t2 - t1, time.process_time() - t2], len(c._stories)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="2000,8000", help="stored articles to measure at, ascending")
    ap.add_argument("--batch", type=int, default=500, help="articles in each measured step")
    ap.add_argument("--step", type=int, default=2000, help="articles per fill step")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    arts = generate(sizes[-1] + len(sizes) * args.batch, args.seed)
    docs = [ClusterDoc(a.id, a.title, a.body, a.entities, a.published) for a in arts]
    print(f"{len(docs)} generated articles; a step of {args.batch} at each size; CPU seconds")
    print(f"{'stored':>7} {'stories':>7} | {'blob load':>9} {'place':>6} {'save':>6} {'total':>6} | "
          f"{'rows load':>9} {'place':>6} {'save':>6} {'total':>6} {'read':>6} | {'blob MB':>7}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="storyline-bench-state-") as tmp:
        blob, rows = open_store(Path(tmp) / "blob.db"), open_store(Path(tmp) / "rows.db")
        done = 0
        for size in sizes:
            while done < size:  # fill both the same way, so the measured steps start from the same state
                chunk = docs[done : min(done + args.step, size)]
                assert blob_step(blob, chunk)[0] == rows_step(rows, chunk)[0], "blob and rows placed apart"
                done += len(chunk)
            batch = docs[done : done + args.batch]
            by_blob, b = blob_step(blob, batch)
            by_rows, r, read = rows_step(rows, batch)
            assert by_blob == by_rows, "blob and rows placed the batch apart"
            done += len(batch)
            stories = cluster_state.load(rows, SETTINGS)._count
            mb = len(blob.get_state("clusterer") or b"") / 1e6
            print(
                f"{size:>7} {stories:>7} | {b[0]:9.2f} {b[1]:6.2f} {b[2]:6.2f} {sum(b):6.2f} | "
                f"{r[0]:9.2f} {r[1]:6.2f} {r[2]:6.2f} {sum(r):6.2f} {read:>6} | {mb:7.1f}",
                flush=True,
            )
        blob.close()
        rows.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
