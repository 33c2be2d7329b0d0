"""Fit the key-name model: which names that outlets write alike are key facts (spelling agreements in a
briefing) rather than background, and print precision/recall per probability floor on both halves.

Run: PYTHONPATH=src .venv/bin/python eval/train_key_names.py [--no-write] [--fit-only]
Candidates are storyline.briefing.spelling.name_candidates on each ECB+ claims event, built as eval/claims.py
builds it (the event's listed docs, one outlet each); a candidate is positive when it matches a gold agreement
slot of its event (any kind: a town's name agreeing is the place agreeing). Fitted on the fit half only; the
held-out half is scored once with the written weights (--fit-only skips it while developing).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import claims_gold  # noqa: E402
from claims import load_gold, matches  # noqa: E402
from linear_fit import fit_linear  # noqa: E402

from storyline.briefing import spelling  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.settings import BriefSettings  # noqa: E402

MODEL = Path(spelling.__file__).with_name("key_names.json")
MODEL_VERSION = 2
FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)


def rows(golds: list, docs: dict) -> list[tuple[list[float], int]]:
    """(features, matches a gold agreement) of every candidate name agreement of the events."""
    from storyline.analyze import analyze, resolve_entities
    from storyline.briefing import build_corpus
    from storyline.model import Article

    settings = BriefSettings()
    out = []
    for g in golds:
        arts = {d: Article(d, f"ecbplus:{d}", docs[d]["text"], outlet=d) for d in g.docs}
        _entities, analyses = resolve_entities(list(arts.values()), analyze(list(arts.values())))
        by_id = {a.article_id: a for a in analyses}
        c = build_corpus(list(arts.values()), arts, by_id, {}, settings)
        slots = [s for s in g.slots if s.verdict == "agreement"]
        for claim, feats in spelling.name_candidates(c, by_id, settings)[1]:
            spans = [(v.article_id, v.start, v.end) for v in claim.values]
            out.append((feats, int(any(matches(spans, s) for s in slots))))
    return out


def report(name: str, data: list[tuple[list[float], int]], model: LinearModel) -> None:
    pos = sum(y for _x, y in data)
    print(
        f"{name}: {len(data)} candidates, {pos} match a gold agreement (P {pos / max(1, len(data)):.2f} unfiltered)"
    )
    for floor in FLOORS:
        kept = [y for x, y in data if model.probability(x) >= floor]
        p = sum(kept) / len(kept) if kept else float("nan")
        print(f"  floor {floor:.1f}: kept {len(kept)}, P {p:.2f}, R {sum(kept) / max(1, pos):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="fit and print, keep the shipped weights")
    ap.add_argument("--fit-only", action="store_true", help="score the fit half only (while developing)")
    args = ap.parse_args()
    if not claims_gold.ECB.exists():
        print(f"ECB+ data absent ({claims_gold.ECB}); skipped")
        return 0
    docs, golds = load_gold()
    fit = rows([g for g in golds if claims_gold.half(g.event) == "fit"], docs)
    weights = {
        "version": MODEL_VERSION,
        **fit_linear([x for x, _y in fit], [y for _x, y in fit], spelling.KEY_FEATURES),
        "trained_on": "eval/claims ECB+ annotations, fit half: name candidates vs gold agreement slots",
    }
    model = LinearModel.from_dict(weights)
    report("fit half", fit, model)
    if not args.fit_only:
        report(
            "held-out half", rows([g for g in golds if claims_gold.half(g.event) == "held-out"], docs), model
        )
    if not args.no_write:
        MODEL.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
