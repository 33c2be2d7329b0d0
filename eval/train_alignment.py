"""Fit the figure-alignment model (storyline.briefing.alignment): whether two outlets' figures are one slot.

Run: PYTHONPATH=src .venv/bin/python eval/train_alignment.py [--no-write] [--cache FILE]
Candidates are the pairs of figures briefing.claims places (``place``) in two articles of one ECB+ claims event,
of one value type (the pairs the comparison can see), built as eval/claims.py builds the event; a pair is
positive when both value spans overlap mentions of one gold slot, whatever its verdict. Prints the recall
ceiling (gold slot mention pairs of two docs that some candidate covers), then pair precision/recall per
probability floor and eval/claims.py's conflicts and agreements: fitted on the fit half, scored on the held-out
half, and the reverse; cross-validated by event over both read halves. Writes the model fitted on the fit half.
The unread events (claims_gold.FRESH) are never loaded.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import claims_gold  # noqa: E402
from claims import analyse_event, brief_event, detokenised, line, score  # noqa: E402
from linear_fit import fit_linear  # noqa: E402

from storyline.briefing import alignment, build_corpus  # noqa: E402
from storyline.briefing import claims as rules  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.settings import BriefSettings  # noqa: E402

MODEL_VERSION = 1
FLOORS = (0.3, 0.4, 0.5, 0.6, 0.7)
FOLDS = 4
_FIGURE_KINDS = ("count", "money", "percent", "date", "time", "duration", "attribute", "other")


@dataclass(frozen=True)
class Row:
    event: str
    x: list[float]
    y: int
    compatible: bool | None  # the two values' comparison: a conflict can only come of an incompatible pair


def _on(p: rules.Placed, mentions: list) -> bool:
    return any(m.doc == p.slot.article_id and p.slot.start < m.end and m.start < p.slot.end for m in mentions)


def rows(gold: claims_gold.Gold, analysed: tuple, ceiling: list[int]) -> list[Row]:
    """The event's candidate pairs; ``ceiling`` gains (gold figure mention pairs, covered by a candidate)."""
    settings = BriefSettings()
    arts, _entities, analyses = analysed
    c = build_corpus(list(arts.values()), arts, analyses, {}, settings)
    placed = rules.place(c, analyses)
    pairing = alignment.Pairing(
        c, analyses, placed, rules.hand_rules(c, placed, lambda _a: gold.event, settings)
    )
    out, covered = [], set()
    for i, p in enumerate(placed):
        for q in placed[i + 1 :]:
            if p.outlet_key == q.outlet_key or p.slot.kind != q.slot.kind:
                continue
            hit = [s for s in gold.slots if _on(p, s.mentions) and _on(q, s.mentions)]
            for s in hit:
                covered |= {
                    (id(s), m, n) for m in s.mentions if _on(p, [m]) for n in s.mentions if _on(q, [n])
                }
            feats = pairing.features(p, q, settings)
            out.append(Row(gold.event, feats, int(bool(hit)), rules.compatible(p.slot, q.slot)))
    for s in gold.slots:
        if s.kind in _FIGURE_KINDS:
            pairs = [(m, n) for i, m in enumerate(s.mentions) for n in s.mentions[i + 1 :] if m.doc != n.doc]
            ceiling[0] += len(pairs)
            ceiling[1] += sum((id(s), m, n) in covered or (id(s), n, m) in covered for m, n in pairs)
    return out


def fit(data: list[Row]) -> dict:
    return {
        "version": MODEL_VERSION,
        **fit_linear([r.x for r in data], [r.y for r in data], alignment.FEATURES, class_weight="balanced"),
        "trained_on": "eval/claims ECB+ annotations, fit half: figure pairs of two articles vs gold slots",
    }


def pair_report(name: str, data: list[Row], model: LinearModel) -> None:
    for label, part in (
        ("all pairs", data),
        ("incompatible pairs", [r for r in data if r.compatible is False]),
    ):
        pos = sum(r.y for r in part)
        print(f"  {name}, {label}: {len(part)} candidates, {pos} in one gold slot")
        for floor in FLOORS:
            kept = [r.y for r in part if model.probability(r.x) >= floor]
            p = sum(kept) / len(kept) if kept else float("nan")
            print(f"    floor {floor:.1f}: kept {len(kept)}, P {p:.2f}, R {sum(kept) / max(1, pos):.2f}")


def claims_report(name: str, events: list[tuple], weights: dict, floor: float) -> None:
    """eval/claims.py's conflicts+updates and agreements: the hand rules, then the model at ``floor``."""
    alignment._MODEL = LinearModel.from_dict(weights)
    for label, at in (("rules", 0.0), (f"model @{floor}", floor)):
        pairs = [(g, brief_event(g, a, BriefSettings(claim_align_floor=at))) for g, a in events]
        for cat, nums in score(pairs, show=False).items():
            if cat != "conflicts":
                print(line(f"{name} {label} {cat}", *nums))
    alignment._MODEL = False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="fit and print, keep the shipped weights")
    ap.add_argument("--cache", type=Path, help="pickle of the analysed read events, made on first use")
    args = ap.parse_args()
    if not claims_gold.ECB.exists():
        print(f"ECB+ data absent ({claims_gold.ECB}); skipped")
        return 0
    if args.cache and args.cache.exists():
        events = pickle.loads(args.cache.read_bytes())
    else:
        docs = claims_gold.load_docs()
        docs, golds = detokenised(docs, claims_gold.load([claims_gold.ANNOTATIONS], docs))
        events = [
            (g, analyse_event(g, docs)) for g in golds if claims_gold.half(g.event) in ("fit", "held-out")
        ]
        if args.cache:
            args.cache.write_bytes(pickle.dumps(events))
    ceiling = [0, 0]
    data = {g.event: rows(g, a, ceiling) for g, a in events}
    print(f"recall ceiling: {ceiling[1]}/{ceiling[0]} gold figure mention pairs of two docs are candidates")
    halves = {h: [(g, a) for g, a in events if claims_gold.half(g.event) == h] for h in ("fit", "held-out")}
    shipped = None
    for train, test in (("fit", "held-out"), ("held-out", "fit")):
        weights = fit([r for g, _a in halves[train] for r in data[g.event]])
        shipped = shipped or weights
        print(f"fitted on {train}, scored on {test}:")
        pair_report(
            test, [r for g, _a in halves[test] for r in data[g.event]], LinearModel.from_dict(weights)
        )
        for floor in (0.5, 0.8):
            claims_report(test, halves[test], weights, floor)
    order = sorted(data)
    for k in range(FOLDS):
        test = set(order[k::FOLDS])
        weights = fit([r for e in order if e not in test for r in data[e]])
        print(f"cross-validation by event, fold {k + 1}/{FOLDS} ({len(test)} events held out):")
        pair_report("fold", [r for e in sorted(test) for r in data[e]], LinearModel.from_dict(weights))
        claims_report("fold", [(g, a) for g, a in events if g.event in test], weights, 0.5)
    if not args.no_write and shipped:
        alignment.MODEL_PATH.write_text(json.dumps(shipped, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {alignment.MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
