"""What one new article costs a build of a large built store: CPU seconds of ``build()`` in-process, by stage.

    PYTHONPATH=src nice .venv/bin/python bench/one_more.py /tmp/e14.db     # a store ingested and built before

The store is copied first (the copy is built, the original kept), the spaCy model is loaded before timing (part
of no build), then one fictional article is ingested and built. Measured on the 929-article ECB+ store
(``storyline ingest .../clustering/ecbplus_docs.jsonl.gz`` then ``build``), busy machine: before the alias index
(aliases.py) 3.25 s, of which entity resolution 1.26 s, loading the dedup and clusterer state 0.80 s, and decoding
every stored analysis for the later stages most of the rest; after, 1.06 s: resolution 0.02 s, state 0.56 s.
The first build after upgrading a store to schema 4 indexes every stored analysis once (4.9 s CPU there).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from bench.build import timed_stages  # noqa: E402
from storyline import pipeline  # noqa: E402
from storyline.store import open_store  # noqa: E402

STAGES = ("_analyze_new", "_resolve_entities", "_date_before_clustering", "_load_state", "_place_new")
STAGES += ("_finish_stories", "_save_state", "_date_by_storylines")
ARTICLE = """Harbour authority names new chief after storm damage

Port Elwen, March 3, 2025 - The Elwen Harbour Authority named Marta Kovalenko as its new chief executive on
Monday, two weeks after a storm tore through the northern quay and sank three fishing boats.

Kovalenko, who ran the ferry terminal at Drummond Bay for six years, said repairs to the quay would start within
a month. "We will have the northern berths open before the summer season," Kovalenko said.

The Elwen Harbour Authority (EHA) estimated the storm damage at 4.2 million euros. Fishermen's union leader Tomas
Brandt said the authority had ignored warnings about the sea wall for years.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store", type=Path, help="a built SQLite store (copied, not changed)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="storyline-bench-one-") as tmp:
        work = Path(tmp)
        for src in args.store.parent.glob(args.store.name + "*"):  # the WAL and shared-memory files too
            shutil.copy(src, work / src.name.replace(args.store.name, "s.db"))
        store = open_store(work / "s.db")
        (work / "new.txt").write_text(ARTICLE)
        pipeline.ingest(store, [str(work / "new.txt")])
        from storyline.analyze.nlp import get_nlp

        get_nlp()
        spent = timed_stages(STAGES)
        t = time.process_time()
        report = pipeline.build(store)
        total = time.process_time() - t
        store.close()
    print(f"one-article build: {total:.2f} s CPU (placed {report.placed})")
    for name in STAGES:
        print(f"  {name.strip('_'):24s} {spent.get(name, 0.0):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
