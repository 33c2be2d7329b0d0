"""Score the whole pipeline on the bundled demo corpus against examples/demo.labels.json.

Prints story and storyline clustering (B-cubed and pairwise), boilerplate line precision/recall, date accuracy,
truncation-flag accuracy, duplicate detection, and the agreement with a from-scratch build of a build in three
rounds (ingest, build), in rounds of 7 files and in steps of 1, 3, 7 and 50 articles (`pipeline.build_batch`), each as
"identical" (titled stories and storylines exactly the from-scratch ones). `--json` prints the scores as one JSON
object (eval/gate.py reads that). Run: .venv/bin/python eval/pipeline.py
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"


def _key(source: str) -> str:
    """The labels' key of a source: repo-relative path plus any ":LINE" / "#ENTRY" suffix."""
    match = re.match(r"^(.*?)((?::\d+)|(?:#\d+))?$", source)
    path, suffix = match.group(1), match.group(2) or ""
    try:
        path = Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        pass
    return path + suffix


def _date_matches(label: str | None, got: datetime | None) -> bool:
    if label is None:
        return got is None
    if got is None:
        return False
    if "T" in label:
        return datetime.fromisoformat(label) == got
    return got.date().isoformat() == label


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def evaluate(db_path: Path) -> dict[str, Any]:
    from storyline.cluster.metrics import bcubed, pairwise
    from storyline.pipeline import build, ingest
    from storyline.store import open_store

    labels = json.loads((DEMO.parent / "demo.labels.json").read_text())
    articles_labels: dict[str, dict] = labels.get("articles", labels)
    store = open_store(db_path)
    ingest(store, [str(DEMO)])
    build(store)
    by_key = {_key(a.source): a for a in store.articles()}
    rejected = {_key(r.source): r.reason for r in store.rejects()}
    placements = store.placements()
    stories = {s.id: s for s in store.stories()}

    gold_story, pred_story, gold_line, pred_line = {}, {}, {}, {}
    date_ok = date_n = trunc_ok = trunc_n = 0
    kept = dropped_keep = removed = missed_remove = 0
    dup_tp = dup_fp = dup_fn = 0
    missing = []
    for key, label in articles_labels.items():
        if not isinstance(label, dict) or "story" not in label:
            continue
        article = by_key.get(key)
        if article is None:
            if label.get("duplicate_of") and key in rejected:
                dup_tp += 1
            else:
                missing.append(key)
            continue
        duplicate_of, story_id = placements[article.id]
        gold_story[key], pred_story[key] = label["story"], story_id
        gold_line[key] = label.get("storyline") or label["story"]
        pred_line[key] = (stories[story_id].storyline_id or story_id) if story_id in stories else story_id
        date_n += 1
        date_ok += _date_matches(
            label.get("published"), None if article.published_inferred else article.published
        )
        trunc_n += 1
        trunc_ok += ("truncated" in article.flags) == bool(label.get("truncated"))
        body_lines = {line.strip() for line in article.body.splitlines() if line.strip()}
        for line in label.get("keep", []):
            kept += line.strip() in body_lines or line.strip() in article.body
            dropped_keep += not (line.strip() in body_lines or line.strip() in article.body)
        for line in label.get("remove", []):
            present = line.strip() in article.body
            removed += not present
            missed_remove += present
        is_dup = bool(label.get("duplicate_of"))
        found_dup = duplicate_of is not None
        dup_tp += is_dup and found_dup
        dup_fp += found_dup and not is_dup
        dup_fn += is_dup and not found_dup

    bp, br = _prf(removed, dropped_keep, missed_remove)
    dp, dr = _prf(dup_tp, dup_fp, dup_fn)
    return {
        "articles_labeled": len(gold_story) + dup_tp + len(missing),
        "articles_missing": missing,
        "story_bcubed": bcubed(gold_story, pred_story),
        "story_pairwise": pairwise(gold_story, pred_story),
        "storyline_bcubed": bcubed(gold_line, pred_line),
        "boilerplate_precision": bp,
        "boilerplate_recall": br,
        "body_lines_kept": kept / (kept + dropped_keep) if kept + dropped_keep else 1.0,
        "date_accuracy": date_ok / date_n if date_n else 0.0,
        "truncation_accuracy": trunc_ok / trunc_n if trunc_n else 0.0,
        "duplicate_precision": dp,
        "duplicate_recall": dr,
    }


def _partitions(store) -> tuple[dict[str, str], dict[str, str]]:
    """(article source -> story id, article source -> storyline id) of a built store."""
    line_of = {s.id: s.storyline_id or s.id for s in store.stories()}
    stories = {_key(a.source): store.placement(a.id)[1] for a in store.articles()}
    return stories, {k: line_of.get(v, v) for k, v in stories.items()}


def _titled(store) -> tuple[set, set]:
    """(stories, storylines) as (title, member sources) sets: ids aside, what a reader of the store sees."""
    source = {a.id: _key(a.source) for a in store.articles()}
    members = {s.id: frozenset(source[a] for a in s.article_ids) for s in store.stories()}
    stories = {(s.title, members[s.id]) for s in store.stories()}
    lines = {(line.title, frozenset(members[sid] for sid in line.story_ids)) for line in store.storylines()}
    return stories, lines


def _consistent(store) -> bool:
    """Every story in exactly one storyline, and its ``storyline_id`` naming that one."""
    line_of: dict[str, list[str]] = {}
    for line in store.storylines():
        for sid in line.story_ids:
            line_of.setdefault(sid, []).append(line.id)
    return all(line_of.get(s.id) == [s.storyline_id] for s in store.stories())


def _compare(name: str, scratch, other) -> dict[str, Any]:
    """B-cubed agreement of ``other``'s stories and storylines with the from-scratch build's (taken as gold), and
    1.0/0.0: its titled stories and storylines are exactly the from-scratch ones."""
    from storyline.cluster.metrics import bcubed

    (s_story, s_line), (o_story, o_line) = _partitions(scratch), _partitions(other)
    return {
        f"{name}_story_agreement": bcubed(s_story, o_story),
        f"{name}_storyline_agreement": bcubed(s_line, o_line),
        f"{name}_identical": float(_titled(scratch) == _titled(other)),
        f"{name}_consistent": float(_consistent(other)),
    }


def incremental_agreement(
    tmp: Path,
    batches: int = 3,
    seed: int = 0,
    rounds_of: int = 7,
    steps: tuple[int, ...] = (1, 3, 7, 50),
) -> dict[str, Any]:
    """Build the demo (files shuffled) from scratch, then again by parts: in ``batches`` interleaved rounds
    (ingest, build), in rounds of ``rounds_of`` files, and in one build of ``steps`` articles a step
    (``pipeline.build_batch``) per step size; compare each with a from-scratch build of the same articles in the same
    arrival order (a story's title depends on it). 1.0 means building by parts gives exactly the same stories and
    storylines. (In file order, not this one, an undated article arriving before its relatives is dated from what
    was stored at its step: tests/test_incremental_build.py.)"""
    import random

    from storyline.pipeline import build, ingest
    from storyline.settings import DEFAULTS, with_overrides
    from storyline.store import open_store

    files = sorted(str(p) for p in DEMO.rglob("*") if p.is_file())
    random.Random(seed).shuffle(files)
    scratch: dict[tuple[str, ...], Any] = {}  # arrival order -> the from-scratch build of it

    def from_scratch(order: list[str]):
        if tuple(order) not in scratch:
            store = scratch[tuple(order)] = open_store(tmp / f"scratch{len(scratch)}.db")
            ingest(store, order)
            build(store)
        return scratch[tuple(order)]

    parts = {
        "incremental": [files[i::batches] for i in range(batches)],
        f"rounds_of_{rounds_of}": [files[i : i + rounds_of] for i in range(0, len(files), rounds_of)],
    }
    scores: dict[str, Any] = {}
    for name, rounds in parts.items():
        store = open_store(tmp / f"{name}.db")
        for part in rounds:
            ingest(store, part)
            build(store)
        scores |= _compare(name, from_scratch([f for part in rounds for f in part]), store)
    for size in steps:
        store = open_store(tmp / f"steps{size}.db")
        ingest(store, files)
        build(store, with_overrides(DEFAULTS, [f"pipeline.build_batch={size}"]))
        scores |= _compare(f"steps_of_{size}", from_scratch(files), store)
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    args = parser.parse_args()
    if not (DEMO.parent / "demo.labels.json").exists():
        print("examples/demo.labels.json not found; nothing to evaluate")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        scores = evaluate(Path(tmp) / "eval.db")
        scores |= incremental_agreement(Path(tmp))
    if args.json:
        print(json.dumps(scores))
        return 0
    print(f"demo corpus: {scores['articles_labeled']} labeled articles")
    if scores["articles_missing"]:
        print(f"  not stored (unexpected rejects): {scores['articles_missing']}")
    agreements = [k for k in scores if k.endswith("_agreement")]
    for name in ("story_bcubed", "story_pairwise", "storyline_bcubed", *agreements):
        p, r, f = scores[name]
        print(f"{name:36s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    for name in [k for k in scores if k.endswith(("_identical", "_consistent"))]:
        print(f"{name:36s} {scores[name]:.3f}")
    for name in (
        "boilerplate_precision",
        "boilerplate_recall",
        "body_lines_kept",
        "date_accuracy",
        "truncation_accuracy",
        "duplicate_precision",
        "duplicate_recall",
    ):
        print(f"{name:32s} {scores[name]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
