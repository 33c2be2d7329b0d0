"""Score the whole pipeline on the bundled demo corpus against examples/demo.labels.json.

Prints story and storyline clustering (B-cubed and pairwise), boilerplate line precision/recall, date accuracy,
truncation-flag accuracy, duplicate detection, and the agreement of a build in three batches with a from-scratch
build. `--json` prints the scores as one JSON object (eval/gate.py
reads that). Run: .venv/bin/python eval/pipeline.py
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


def incremental_agreement(tmp: Path, batches: int = 3, seed: int = 0) -> dict[str, Any]:
    """Build the demo in ``batches`` shuffled batches of files and compare with a from-scratch build (B-cubed,
    the from-scratch partition taken as gold): 1.0 means adding batches gives exactly the same stories."""
    import random

    from storyline.cluster.metrics import bcubed
    from storyline.pipeline import build, ingest
    from storyline.store import open_store

    files = sorted(str(p) for p in DEMO.rglob("*") if p.is_file())
    random.Random(seed).shuffle(files)
    scratch = open_store(tmp / "scratch.db")
    ingest(scratch, files)
    build(scratch)
    step = open_store(tmp / "step.db")
    for i in range(batches):
        ingest(step, files[i::batches])
        build(step)
    (s_story, s_line), (i_story, i_line) = _partitions(scratch), _partitions(step)
    return {
        "incremental_story_agreement": bcubed(s_story, i_story),
        "incremental_storyline_agreement": bcubed(s_line, i_line),
    }


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
    for name in (
        "story_bcubed",
        "story_pairwise",
        "storyline_bcubed",
        "incremental_story_agreement",
        "incremental_storyline_agreement",
    ):
        p, r, f = scores[name]
        print(f"{name:32s} P={p:.3f} R={r:.3f} F1={f:.3f}")
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
