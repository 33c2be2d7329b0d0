"""Storylines linked a step at a time (relink.py, as `storyline build` does) against all stories linked at once
(`link_stories`), on a generated stream (eval/streams.py; no spaCy, so thousands of articles run in seconds).

Run: PYTHONPATH=src .venv/bin/python eval/link_steps.py [--articles 3000] [--seed 32] [--steps 1,10,100]
Prints, per step size: B-cubed agreement of the stepped storylines with the at-once ones (taken as gold), whether
they are identical, each against the stream's gold storylines, and the CPU seconds of the stepped run. What can
still differ: an unchanged story's actors keep the story frequencies of the step it last changed in.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.streams import generate  # noqa: E402
from storyline import relink  # noqa: E402
from storyline.cluster.metrics import bcubed  # noqa: E402
from storyline.cluster.stories import ClusterDoc, StoryClusterer  # noqa: E402
from storyline.cluster.storylines import link_stories  # noqa: E402
from storyline.model import Storyline  # noqa: E402
from storyline.settings import ClusterSettings, LinkSettings  # noqa: E402
from storyline.store import open_store  # noqa: E402


def line_of_article(lines: list[Storyline], clusterer: StoryClusterer) -> dict[str, str]:
    return {
        aid: line.id for line in lines for sid in line.story_ids for aid in clusterer.story(sid).article_ids
    }


def stepped(docs: list[ClusterDoc], step: int, db: Path) -> tuple[list[Storyline], StoryClusterer]:
    """Cluster ``docs`` in arrival order and relink the stories each ``step`` articles changed, as a build does."""
    store, clusterer = open_store(db), StoryClusterer(ClusterSettings())
    for start in range(0, len(docs), step):
        chunk = docs[start : start + step]
        changed = sorted({clusterer.add(d) for d in chunk}, key=clusterer.position)
        with store.transaction():
            relink.record_articles(store, {d.article_id: d for d in chunk})
            relink.relink(store, [clusterer.story(sid) for sid in changed], clusterer, LinkSettings())
    return store.storylines(), clusterer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=32)
    parser.add_argument("--steps", default="1,10,100")
    args = parser.parse_args()
    arts = generate(args.articles, args.seed)
    docs = [ClusterDoc(a.id, a.title, a.body, a.entities, a.published) for a in arts]
    gold = {a.id: a.storyline for a in arts}
    clusterer = StoryClusterer(ClusterSettings())
    for d in docs:
        clusterer.add(d)
    at_once = link_stories(clusterer.stories(), {d.article_id: d for d in docs}, LinkSettings())
    reference = line_of_article(at_once, clusterer)
    print(
        f"{args.articles} articles, seed {args.seed}: at once vs gold B3 F1 {bcubed(gold, reference)[2]:.3f}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for step in (int(s) for s in args.steps.split(",")):
            start = time.process_time()
            lines, stepped_clusterer = stepped(docs, step, Path(tmp) / f"steps{step}.db")
            cpu = time.process_time() - start
            pred = line_of_article(lines, stepped_clusterer)
            p, r, f = bcubed(reference, pred)
            same = {frozenset(x.story_ids) for x in lines} == {frozenset(x.story_ids) for x in at_once}
            print(
                f"  steps of {step}: agreement with at once B3 P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}, identical {same};"
                f" vs gold F1 {bcubed(gold, pred)[2]:.3f}; {cpu:.1f} s CPU"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
