"""Who did what on ECB+: each topic cluster built as one story; how many briefing events several outlets report.

    PYTHONPATH=src .venv/bin/python eval/events.py            # counts (a few minutes: every article is parsed)
    PYTHONPATH=src .venv/bin/python eval/events.py --show 20  # and 20 merged events with their cited spans

Reads ../shared/eval-data/clustering/ecbplus_docs.jsonl.gz (skipped with a message when absent). Each article
counts as its own outlet unless the data names one (ECB+ 'source' host); syndicated copies found by dedup
count once. --show prints sampled multi-outlet events with the text each article is cited for, so precision can
be judged by reading (nothing is written to disk).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.analyze import analyze, resolve_entities  # noqa: E402
from storyline.briefing import build_briefing  # noqa: E402
from storyline.dedup import DuplicateIndex  # noqa: E402
from storyline.ids import text_id  # noqa: E402
from storyline.model import Article, Story  # noqa: E402

ECB = ROOT.parent / "shared" / "eval-data" / "clustering" / "ecbplus_docs.jsonl.gz"


def load() -> tuple[list[Article], dict[str, str]]:
    """Articles (outlet = the source host when ECB+ gives one) and each article's cluster id."""
    arts, cluster = [], {}
    for line in gzip.open(ECB, "rt"):
        r = json.loads(line)
        when = datetime.fromisoformat(r["date"]).replace(tzinfo=UTC) if r["date"] else None
        a = Article(
            text_id(r["text"]), r["id"], r["text"], outlet=r["source"], headline=r["title"], published=when
        )
        if a.id not in cluster:
            arts.append(a)
            cluster[a.id] = r["cluster_id"]
    return arts, cluster


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many sampled multi-outlet events")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not ECB.exists():
        print(f"eval data absent ({ECB}): skipped")
        return 0
    arts, cluster = load()
    entities, resolved = resolve_entities(arts, analyze(arts))
    analyses = {an.article_id: an for an in resolved}
    by_id = {a.id: a for a in arts}
    dedup = DuplicateIndex()
    for a in sorted(arts, key=lambda a: (a.published is None, a.published or 0)):
        dedup.add(a.id, a.body, a.published)
    canonical = {a.id: dedup.canonical(a.id) for a in arts}
    members: dict[str, list[str]] = defaultdict(list)
    for a in arts:
        members[cluster[a.id]].append(a.id)
    stories = [Story(cid, cid, tuple(ids)) for cid, ids in sorted(members.items())]
    shown, total, covered = [], 0, 0
    for st in stories:
        b = build_briefing(st, stories, by_id, analyses, entities, canonical)
        total += len(b.events)
        several = [e for e in b.events if len(e.outlets) >= 2]
        covered += bool(several)
        shown += several
    per_article = sum(len(an.events) for an in analyses.values())
    copies = sum(1 for a in arts if canonical[a.id] != a.id)
    print(f"articles {len(arts)} (syndicated copies {copies}), clusters {len(stories)}")
    print(f"per-article events {per_article} ({per_article / len(arts):.1f} per article)")
    print(f"briefing events {total}; cited by >= 2 outlets {len(shown)} ({len(shown) / max(total, 1):.1%})")
    print(f"clusters with an event cited by >= 2 outlets: {covered} of {len(stories)}")
    for e in random.Random(args.seed).sample(shown, min(args.show, len(shown))):
        print(f"\n{e.subject or 'Someone'} | {e.action} | {e.where_when} | {len(e.outlets)} outlets")
        for c in e.citations:
            print(f"   {c.article_id[:8]}: {by_id[c.article_id].body[c.start : c.end][:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
