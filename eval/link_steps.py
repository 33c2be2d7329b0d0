"""Storylines linked a step at a time (relink.py, as `storyline build` does) against all stories linked at once
(`link_stories`), on a generated stream (eval/streams.py; no spaCy, so thousands of articles run in seconds).

Run: PYTHONPATH=src .venv/bin/python eval/link_steps.py [--articles 3000] [--seed 32] [--steps 1,10,100]
Prints, per step size: B-cubed agreement of the stepped storylines with the at-once ones (taken as gold), whether
they are identical, each against the stream's gold storylines, and the CPU seconds of the stepped run.

``--pipeline``: the same stream through the whole build (entity resolution, dating of undated articles, dedup,
clustering, linking; analyses are made from the stream's entities, so no spaCy), one build of everything against
builds of each ``--steps`` articles as they arrive; prints story and storyline B-cubed agreement, whether titled
stories and storylines are identical and every story is in one storyline (eval/pipeline.py's comparison).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.pipeline import _compare  # noqa: E402
from eval.streams import COUNTRIES, ORG_SUFFIX, StreamArticle, generate  # noqa: E402
from storyline import pipeline, relink  # noqa: E402
from storyline.cluster.metrics import bcubed  # noqa: E402
from storyline.cluster.stories import ClusterDoc, StoryClusterer  # noqa: E402
from storyline.cluster.storylines import link_stories  # noqa: E402
from storyline.ids import article_id  # noqa: E402
from storyline.model import Analysis, Article, Mention, Sentence, Storyline  # noqa: E402
from storyline.settings import ClusterSettings, LinkSettings  # noqa: E402
from storyline.store import Store, open_store  # noqa: E402

_OUTLETS = [f"Outlet {k}" for k in range(12)]


def _label(name: str) -> str:
    """The stream's entities as a tagger would label them: two words a person or an organisation, one a place."""
    if " " not in name:
        return "GPE"
    return "ORG" if name.rsplit(" ", 1)[1] in ORG_SUFFIX else "PERSON"


def as_stored(a: StreamArticle, n: int) -> tuple[Article, Analysis]:
    """A stream article as ingest and analysis would store it: an outlet of its own, paragraphs as sentences, each
    occurrence of its entities a mention (and the ubiquitous country)."""
    outlet = _OUTLETS[n % len(_OUTLETS)]
    aid = article_id(a.body, outlet)
    art = Article(aid, f"stream/{a.id}", a.body, outlet=outlet, headline=a.title, published=a.published)
    sentences, mentions, start = [], [], 0
    for para in a.body.split("\n\n"):
        sentences.append(Sentence(aid, start, start + len(para), para))
        start += len(para) + 2
    for name in sorted(set(a.entities) | {c for c in COUNTRIES if c in a.body}):
        at = a.body.find(name)
        while at >= 0:
            mentions.append(Mention(aid, at, at + len(name), name, _label(name)))
            at = a.body.find(name, at + len(name))
    return art, Analysis(aid, tuple(sentences), tuple(sorted(mentions, key=lambda m: m.start)))


def built_in_steps(arts: list[StreamArticle], step: int, db: Path) -> Store:
    """Each ``step`` articles (all at once for 0) stored as they arrive, then built."""
    store, seen = open_store(db), set()
    stored = [as_stored(a, n) for n, a in enumerate(arts)]
    for start in range(0, len(stored), step or len(stored)):
        with store.transaction():
            for art, an in stored[start : start + (step or len(stored))]:
                if art.id not in seen:  # a wire copy carried twice by one outlet is one article
                    seen.add(art.id)
                    store.add_article(art)
                    store.put_analyses([an])
        pipeline.build(store)
    return store


def pipeline_agreement(arts: list[StreamArticle], steps: list[int], tmp: Path) -> None:
    """Print the agreement of builds in ``steps`` with one build of everything."""
    start = time.process_time()
    once = built_in_steps(arts, 0, tmp / "once.db")
    print(f"{len(arts)} articles through the build: one build {time.process_time() - start:.1f} s CPU")
    for step in steps:
        start = time.process_time()
        stepped_store = built_in_steps(arts, step, tmp / f"steps{step}.db")
        cpu = time.process_time() - start
        scores = _compare("x", once, stepped_store)
        story, line = scores["x_story_agreement"], scores["x_storyline_agreement"]
        print(
            f"  steps of {step}: story B3 F1 {story[2]:.4f} (P {story[0]:.4f} R {story[1]:.4f}), storyline B3 F1"
            f" {line[2]:.4f} (P {line[0]:.4f} R {line[1]:.4f}); identical {scores['x_identical'] == 1.0},"
            f" every story in one storyline {scores['x_consistent'] == 1.0}; {cpu:.1f} s CPU"
        )


def line_of_article(lines: list[Storyline], clusterer: StoryClusterer) -> dict[str, str]:
    return {
        aid: line.id for line in lines for sid in line.story_ids for aid in clusterer.story(sid).article_ids
    }


def stepped(
    docs: list[ClusterDoc],
    step: int,
    db: Path,
    settings: LinkSettings = LinkSettings(),  # noqa: B008 - frozen
) -> tuple[list[Storyline], StoryClusterer]:
    """Cluster ``docs`` in arrival order and relink the stories each ``step`` articles changed, as a build does."""
    store, clusterer = open_store(db), StoryClusterer(ClusterSettings())
    for start in range(0, len(docs), step):
        chunk = docs[start : start + step]
        changed = sorted({clusterer.add(d) for d in chunk}, key=clusterer.position)
        with store.transaction():
            relink.record_articles(store, {d.article_id: d for d in chunk})
            relink.relink(store, [clusterer.story(sid) for sid in changed], clusterer, settings)
    return store.storylines(), clusterer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=32)
    parser.add_argument("--steps", default="1,10,100")
    parser.add_argument("--pipeline", action="store_true", help="through the whole build (steps of 100-500)")
    args = parser.parse_args()
    arts = generate(args.articles, args.seed)
    if args.pipeline:
        with tempfile.TemporaryDirectory() as tmp:
            pipeline_agreement(arts, [int(s) for s in args.steps.split(",")], Path(tmp))
        return 0
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
