"""Fit the learned tie (storyline/briefing/claim_tie.json): which pairs of two outlets' differing figures of one slot
that the rule ties leave apart are one fact told two ways, and print what it does on the held-out half.

Run: PYTHONPATH=src .venv/bin/python eval/train_tie.py [--no-write] [--rows FILE]
Candidates are ``Compared.ties`` of storyline.briefing.claims on each read ECB+ claims event (built as eval/claims.py
builds it); a candidate is positive when its two figures match a gold conflict or update slot of its event (as
eval/claims.py matches). The model is fitted on the fit half only; its floor is the least whose out-of-fold
precision there (folds by event) reaches ``TARGET``, else none is shipped (a floor above every probability). The
held-out half is then scored by the shipped model: pairs kept, how many match a gold conflict, and the gold slots
they reach that no briefing conflict reached. ``--rows FILE`` keeps the candidates computed once (analysis is slow).
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
from claims import analyse_event, load_gold, matches, predictions  # noqa: E402
from linear_fit import fit_linear  # noqa: E402

from storyline.briefing import claim_tie  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.settings import BriefSettings  # noqa: E402

MODEL = Path(claim_tie.__file__).with_name("claim_tie.json")
MODEL_VERSION = 1
TARGET = (
    1.0  # out-of-fold precision the floor must reach on the fit half: a false conflict is worse than a miss
)
FLOORS = tuple(round(0.02 * i, 2) for i in range(1, 50))
FOLDS = 5
OPTIONS = {"C": 0.3, "class_weight": "balanced"}
NONE = 1.01  # the floor that keeps no pair

# (event, half, features, matched gold slot indexes, already reached by the rules' conflicts, the pair's spans)
Row = dict


def rows(golds: list, docs: dict) -> list[Row]:
    """Every learned-tie candidate of the events, with its label and the gold slots it matches."""
    from storyline.briefing import build_briefing, build_corpus
    from storyline.briefing.claims import compare_claims
    from storyline.briefing.people_across import story_people
    from storyline.model import Story

    settings = BriefSettings(
        claim_tie_min_probability=NONE
    )  # the rules' briefing: what is reached without ties
    out = []
    for g in golds:
        arts, entities, analyses, canonical = analyse_event(g, docs)
        c = build_corpus(list(arts.values()), arts, analyses, canonical, settings)
        people, _entities = story_people(c.articles, analyses, entities)
        story = Story(g.event, g.event, tuple(arts))
        b = build_briefing(story, [story], arts, analyses, entities, canonical, settings)
        slots = [s for s in g.slots if s.verdict in ("conflict", "update")]
        reached = {i for _v, _l, spans in predictions(b) for i, s in enumerate(slots) if matches(spans, s)}
        for cl, feats in compare_claims(c, people, lambda _aid, e=g.event: e, settings).ties:
            spans = [(v.article_id, v.start, v.end) for v in cl.values]
            hit = [i for i, s in enumerate(slots) if matches(spans, s)]
            out.append({"event": g.event, "half": claims_gold.half(g.event), "x": list(feats), "slots": hit,
                        "new": [i for i in hit if i not in reached], "spans": spans})  # fmt: skip
    return out


def _fit(data: list[Row]) -> dict:
    return fit_linear(
        [r["x"] for r in data], [int(bool(r["slots"])) for r in data], claim_tie.FEATURES, **OPTIONS
    )


def _precision(probs: list[tuple[float, int]], floor: float) -> float:
    kept = [y for p, y in probs if p >= floor]
    return sum(kept) / len(kept) if kept else 0.0


def out_of_fold(data: list[Row]) -> list[tuple[float, int]]:
    """(probability, label) of each row from the model fitted on the other folds of events."""
    events = sorted({r["event"] for r in data}, key=claims_gold._hash)
    probs = []
    for k in range(FOLDS):
        held = set(events[k::FOLDS])
        train = [r for r in data if r["event"] not in held]
        if len({bool(r["slots"]) for r in train}) < 2:
            continue
        model = LinearModel.from_dict(_fit(train))
        probs += [(model.probability(r["x"]), int(bool(r["slots"]))) for r in data if r["event"] in held]
    return probs


def choose_floor(probs: list[tuple[float, int]]) -> float:
    """The least floor whose out-of-fold precision reaches TARGET with a pair kept, else ``NONE``."""
    return next((f for f in FLOORS if _precision(probs, f) >= TARGET), NONE)


def report(name: str, data: list[Row], model: LinearModel, floor: float) -> None:
    kept = [r for r in data if model.probability(r["x"]) >= floor]
    right = [r for r in kept if r["slots"]]
    new = {(r["event"], i) for r in kept for i in r["new"]}
    pos = sum(bool(r["slots"]) for r in data)
    print(f"{name}: {len(data)} candidates, {pos} match a gold conflict/update; kept {len(kept)}, "
          f"right {len(right)}, gold slots newly reached {len(new)}")  # fmt: skip
    for r in kept:
        print(f"  {'+' if r['slots'] else '-'} p={model.probability(r['x']):.2f} {r['event']} {r['spans']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="fit and print, keep the shipped model")
    ap.add_argument("--rows", type=Path, help="read the candidates from this file, or write them there")
    args = ap.parse_args()
    if not claims_gold.ECB.exists():
        print(f"ECB+ data absent ({claims_gold.ECB}); skipped")
        return 0
    if args.rows and args.rows.exists():
        data = json.loads(args.rows.read_text(encoding="utf-8"))
    else:
        docs, golds = load_gold()
        data = rows([g for g in golds if claims_gold.half(g.event) in ("fit", "held-out")], docs)
        if args.rows:
            args.rows.write_text(json.dumps(data), encoding="utf-8")
    fit = [r for r in data if r["half"] == "fit"]
    held = [r for r in data if r["half"] == "held-out"]
    probs = out_of_fold(fit)
    for f in (0.5, 0.7, 0.8, 0.9):
        kept = [y for p, y in probs if p >= f]
        print(f"fit out-of-fold floor {f}: kept {len(kept)}, right {sum(kept)}")
    floor = choose_floor(probs)
    weights = _fit(fit)
    model = LinearModel.from_dict(weights)
    print(f"floor for out-of-fold precision {TARGET} on the fit half: {floor}")
    report("fit (in sample)", fit, model, floor)
    report("held-out", held, model, floor)
    if not args.no_write:
        out = {"version": MODEL_VERSION, "floor": floor, **weights,
               "trained_on": "eval/claims ECB+ annotations, fit half: rule-untied figure pairs vs gold conflicts"}  # fmt: skip
        MODEL.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
