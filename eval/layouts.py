"""Issue 12 acceptance scores: pages copied from real sites as text, read back as `storyline stories` shows them.

Run: PYTHONPATH=src .venv/bin/python eval/layouts.py [--set layouts2|layouts]   (default layouts2)

Builds a fresh store from tests/fixtures/<set> with the public API (as tests/test_layouts_acceptance.py does) and
prints, per article and in total: headline exact match (case and punctuation folded) and token F1; outlet right /
wrong / none (a label's ``outlet_also`` names count as right, and a leading 'The' is ignored); date right / wrong /
unknown (unknown is acceptable when the page prints no date, and a date inferred from relatives counts as unknown);
truncation right / false alarm / missed; and grouping over article pairs, in stories and in storylines (the stories
of one event over days, as the linker joins them): same-event pairs placed together, and different-event pairs
wrongly placed together. Skips with a message when the set is missing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def norm(text: str | None) -> str:
    """Case- and punctuation-folded text, the comparison the acceptance tests use."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", (text or "").casefold())).strip()


def token_f1(got: str | None, want: str) -> float:
    """Token-bag F1 between two folded strings, so a near-miss headline scores above a wrong line."""
    got_tokens, want_tokens = Counter(norm(got).split()), Counter(norm(want).split())
    common = sum((got_tokens & want_tokens).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got_tokens.values()), common / sum(want_tokens.values())
    return 2 * precision * recall / (precision + recall)


def outlet_key(text: str | None) -> str:
    """Folded outlet name without a leading 'the': readers say 'Coastal Dispatch' and 'The Coastal Dispatch' alike."""
    return re.sub(r"^the ", "", norm(text))


def outlet_verdict(got: str | None, label: dict) -> str:
    """right / wrong / none: a reader's name for the outlet, or one of the label's accepted variants."""
    if not got:
        return "none"
    names = {outlet_key(label["outlet"]), *(outlet_key(name) for name in label.get("outlet_also", ()))}
    return "right" if outlet_key(got) in names else "wrong"


def date_verdict(article, expected: str | None) -> str:
    """right / wrong / unknown; an inferred date is shown as unknown, which is right only when the page has none."""
    stated = article.published if article.published is not None and not article.published_inferred else None
    if stated is None:
        return "unknown"
    return "right" if stated.date().isoformat() == expected else "wrong"


def truncation_verdict(flags: tuple[str, ...], expected: bool) -> str:
    """right / false alarm / missed for the truncated flag."""
    flagged = "truncated" in flags
    if flagged == expected:
        return "right"
    return "false alarm" if flagged else "missed"


def build(files: list[Path], db: Path | None = None):
    """Ingest the pages into a fresh store (at ``db``, else a temporary one) and build it; returns the ingest
    report, articles by file name, stories as (title, file names) and storylines the same way (stories of one
    event told over days, which the linker joins)."""
    with tempfile.TemporaryDirectory() as tmp:
        return _build(files, db or Path(tmp) / "layouts.db")


def _build(files: list[Path], db: Path):
    import storyline

    store = storyline.open_store(db)
    try:
        report = storyline.ingest(store, [str(path) for path in files])
        storyline.build(store)
        articles = {Path(a.source).name: a for a in store.articles()}
        names = {a.id: name for name, a in articles.items()}
        by_story = {
            s.id: (s.title, {names[aid] for aid in s.article_ids if aid in names}) for s in store.stories()
        }
        stories = list(by_story.values())
        storylines = [
            (line.title, set().union(*(by_story[sid][1] for sid in line.story_ids if sid in by_story)))
            for line in store.storylines()
        ]
    finally:
        store.close()
    return report, articles, stories, storylines


def grouping(labels: dict[str, dict], stories: list[tuple[str, set[str]]]) -> tuple[int, int, int]:
    """(same-event pairs together, same-event pairs, different-event pairs together)."""
    story_of = {name: index for index, (_, files) in enumerate(stories) for name in files}
    together = same = mixed = 0
    for a, b in itertools.combinations(sorted(labels), 2):
        joined = a in story_of and story_of.get(a) == story_of.get(b)
        if labels[a]["event"] == labels[b]["event"]:
            same += 1
            together += joined
        else:
            mixed += joined
    return together, same, mixed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", default="layouts2", choices=["layouts", "layouts2"], help="fixture directory"
    )
    args = parser.parse_args(argv)
    directory = FIXTURES / args.set
    if not (directory / "labels.json").is_file():
        print(f"skip: {directory} has no labels.json")
        return 0
    labels: dict[str, dict] = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    report, articles, stories, storylines = build(sorted(directory.glob("*.txt")))
    wall = time.perf_counter() - started

    totals: dict[str, Counter] = {key: Counter() for key in ("headline", "outlet", "date", "truncation")}
    f1_sum = 0.0
    print(
        f"{'file':42} {'head':5} {'f1':>4}  {'outlet':6} {'date':7} {'trunc':11} got headline | outlet | date"
    )
    for name in sorted(labels):
        label, article = labels[name], articles.get(name)
        if article is None:
            print(f"{name:42} not ingested")
            totals["headline"]["missing"] += 1
            continue
        exact = norm(article.headline) == norm(label["headline"])
        f1 = token_f1(article.headline, label["headline"])
        verdicts = {
            "headline": "exact" if exact else "miss",
            "outlet": outlet_verdict(article.outlet, label),
            "date": date_verdict(article, label["published"]),
            "truncation": truncation_verdict(article.flags, bool(label.get("truncated", False))),
        }
        if verdicts["date"] == "unknown" and label["published"] is None:
            verdicts["date"] = "right"
        for key, verdict in verdicts.items():
            totals[key][verdict] += 1
        f1_sum += f1
        shown = article.published.date().isoformat() if article.published else None
        shown = f"{shown} (inferred)" if shown and article.published_inferred else shown
        print(
            f"{name:42} {verdicts['headline']:5} {f1:4.2f}  {verdicts['outlet']:6} {verdicts['date']:7} "
            f"{verdicts['truncation']:11} {article.headline!r} | {article.outlet!r} | {shown}"
        )
    count = len(labels)
    together, same, mixed = grouping(labels, stories)
    print()
    print(
        f"set {args.set}: {count} articles, {report.rejected} rejected, {len(stories)} stories, wall {wall:.1f}s"
    )
    print(f"headline exact {totals['headline']['exact']}/{count}, mean token F1 {f1_sum / count:.2f}")
    print("outlet " + ", ".join(f"{k} {totals['outlet'][k]}" for k in ("right", "wrong", "none")))
    print("date " + ", ".join(f"{k} {totals['date'][k]}" for k in ("right", "wrong", "unknown")))
    print(
        "truncation "
        + ", ".join(f"{k} {totals['truncation'][k]}" for k in ("right", "false alarm", "missed"))
    )
    print(f"grouping: same-event pairs together {together}/{same}, different-event pairs together {mixed}")
    together, same, mixed = grouping(labels, storylines)
    print(f"storylines: same-event pairs together {together}/{same}, different-event pairs together {mixed}")
    for title, files in stories:
        print(f"  story {title!r}: {', '.join(sorted(files))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
