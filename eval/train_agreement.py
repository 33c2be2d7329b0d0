"""Fit the key-fact model (storyline/briefing/key_facts.json): which figure and role agreements are key facts, and print
held-out precision both ways.

Run: PYTHONPATH=src .venv/bin/python eval/train_agreement.py [--no-write]
Candidates are the figure agreements of storyline.briefing.claims (``Compared.rated``) and the role agreements
of storyline.briefing.attributes (rated by ``key_facts.RoleView``) that the briefing lists (not beside a conflict) on each ECB+ claims event, built as eval/claims.py builds it; a candidate is positive
when it matches a gold agreement slot of its event. Per direction (fit -> held-out, held-out -> fit) the model is
fitted on one read half, its probability floor chosen there by cross-validation by event (the least floor whose
out-of-fold precision reaches ``TARGET``), and the other half scored once with that floor: the candidates kept,
and the briefing's agreements over all (names, ... included). The shipped model is fitted on the fit half
with its floor; the simpler rule "at least k independent outlets" prints beside it.
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
from claims import analyse_event, brief_event, load_gold, matches  # noqa: E402
from linear_fit import fit_linear  # noqa: E402

from storyline.briefing import key_facts  # noqa: E402
from storyline.extract.linear import LinearModel  # noqa: E402
from storyline.model import Claim  # noqa: E402
from storyline.settings import BriefSettings  # noqa: E402

MODEL = Path(key_facts.__file__).with_name("key_facts.json")
MODEL_VERSION = 2
ROLE = key_facts.FEATURES.index("role")  # the row is a role agreement
TARGET = 0.88  # out-of-fold precision the floor is chosen for (the target on unseen events is 0.85)
FLOORS = tuple(round(0.02 * i, 2) for i in range(1, 50))
FOLDS = 5
OPTIONS = {"C": 0.3, "class_weight": "balanced"}

Row = tuple[str, list[float], int]  # (event, features, matches a gold agreement)


def rows(gold: claims_gold.Gold, analysed: tuple) -> tuple[list[Row], tuple[int, int]]:
    """The event's listed figure and role agreements as rows, and (matched, count) of its other agreements
    (names, negations, ...), which the model does not rate."""
    from storyline.briefing import _outside, build_corpus
    from storyline.briefing.attributes import person_attributes
    from storyline.briefing.claims import compare_claims
    from storyline.briefing.spelling import spellings

    settings = BriefSettings()
    arts, _entities, analyses = analysed
    c = build_corpus(list(arts.values()), arts, analyses, {}, settings)
    rated = list(compare_claims(c, analyses, lambda _aid: gold.event, settings).rated)
    spelt, names = spellings(c, analyses, settings)
    _differ, people = person_attributes(
        c, analyses, [*names, *(cl for k in spelt for cl in k.claims)], settings
    )
    view = key_facts.RoleView(c, analyses)
    rated += [(cl, view.features(cl)) for cl in people if cl.kind == "role"]
    b = brief_event(gold, analysed, settings)
    slots = [s for s in gold.slots if s.verdict == "agreement"]

    def ok(claim: Claim) -> int:
        return int(any(matches([(v.article_id, v.start, v.end) for v in claim.values], s) for s in slots))

    listed = {id(cl) for cl in _outside(b.conflicts, [cl for cl, _f in rated])}
    mine = [(gold.event, list(f), ok(cl)) for cl, f in rated if id(cl) in listed]
    seen = {(cl.kind, cl.values) for cl, _f in rated}
    others = [ok(cl) for cl in b.agreements if (cl.kind, cl.values) not in seen]
    return mine, (sum(others), len(others))


def _weights(data: list[Row]) -> dict:
    """The fitted model as key_facts.json stores it (without version and floor)."""
    return fit_linear([x for _e, x, _y in data], [y for *_r, y in data], key_facts.FEATURES, **OPTIONS)


def fit(data: list[Row]) -> LinearModel:
    return LinearModel.from_dict(_weights(data))


def choose_floor(data: list[Row]) -> float:
    """The least floor whose out-of-fold precision (folds by event) reaches TARGET, else the most precise."""
    events = sorted({e for e, _x, _y in data}, key=claims_gold._hash)
    probs: list[tuple[float, int]] = []
    for k in range(FOLDS):
        held = set(events[k::FOLDS])
        model = fit([r for r in data if r[0] not in held])
        probs += [(model.probability(x), y) for e, x, y in data if e in held]
    best = max(FLOORS, key=lambda f: _precision(probs, f))
    return next((f for f in FLOORS if _precision(probs, f) >= TARGET), best)


def _precision(probs: list[tuple[float, int]], floor: float) -> float:
    kept = [y for p, y in probs if p >= floor]
    return sum(kept) / len(kept) if kept else 0.0


def line(name: str, kept: list[int], pos: int, others: tuple[int, int]) -> str:
    tp, n = sum(kept), len(kept)
    return (f"  {name:28s} rated P {tp / max(1, n):.2f} ({tp}/{n}), kept {tp}/{pos} true;"
            f" all agreements P {(tp + others[0]) / max(1, n + others[1]):.2f}"
            f" ({tp + others[0]}/{n + others[1]})")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="print only; leave key_facts.json as it is")
    args = ap.parse_args()
    if not claims_gold.ECB.exists():
        print(f"ECB+ data absent ({claims_gold.ECB}); skipped")
        return 0
    docs, golds = load_gold()
    data: dict[str, list[Row]] = {"fit": [], "held-out": []}
    others = {half: [0, 0] for half in data}
    for g in golds:
        half = claims_gold.half(g.event)
        if half in data:
            mine, (tp, n) = rows(g, analyse_event(g, docs))
            data[half] += mine
            others[half][0] += tp
            others[half][1] += n
    return report(data, {h: (tp, n) for h, (tp, n) in others.items()}, write=not args.no_write)


def report(data: dict[str, list[Row]], others: dict[str, tuple[int, int]], write: bool) -> int:
    for train, test in (("fit", "held-out"), ("held-out", "fit")):
        model, floor = fit(data[train]), choose_floor(data[train])
        scored = [(model.probability(x), y) for _e, x, y in data[test]]
        pos = sum(y for *_r, y in data[test])
        roles = [y for _e, x, y in data[test] if x[ROLE]]
        print(f"{train} -> {test}: {len(scored)} rated agreements ({len(roles)} roles), {pos} true"
              f" ({sum(roles)} roles); floor {floor} (CV on {train})")  # fmt: skip
        print(line("all (no model)", [y for _p, y in scored], pos, others[test]))
        print(line(f"model @ {floor}", [y for p, y in scored if p >= floor], pos, others[test]))
        kept = [y for (p, y), (_e, x, _y) in zip(scored, data[test], strict=True) if p >= floor and x[ROLE]]
        print(f"    roles kept {sum(kept)}/{len(kept)} of {len(roles)}")
        for f in (0.5, 0.6, 0.7, 0.8):
            print(line(f"model @ {f}", [y for p, y in scored if p >= f], pos, others[test]))
        for k in (2, 3, 4):
            kept = [y for _e, x, y in data[test] if x[0] >= k]
            print(line(f">= {k} outlets", kept, pos, others[test]))
    if write:
        floor = choose_floor(data["fit"])
        out = {"version": MODEL_VERSION, "trained_on": "ECB+ claims annotations, fit half", "floor": floor,
               **_weights(data["fit"])}  # fmt: skip
        MODEL.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)} (floor {floor})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
