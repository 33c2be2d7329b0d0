"""Fit the key-name model: which names that outlets write alike are key facts (spelling agreements in a
briefing) rather than background, and print out-of-event precision/recall per probability floor, places apart.

Run: PYTHONPATH=src .venv/bin/python eval/train_key_names.py [--no-write]
Candidates are storyline.briefing.spelling.name_candidates on each read ECB+ claims event (both halves, never the
unread ones), built as eval/claims.py builds it (the event's listed docs, one outlet each); a candidate is positive
when it matches a gold agreement slot of its event (any kind: a town's name agreeing is the place agreeing). Each
candidate is rated by a model fitted without its fold of events (5 folds by event), so the printed floors are
what unseen events get; the shipped model (key_names.json) is fitted on all read events. Its two floors (names,
places) are chosen as the key-fact floor is (eval/train_agreement.py): the least whose out-of-fold precision
reaches ``TARGET``, places at least the names' floor; they ship in key_names.json and eval/train_agreement.py
prints what they do to all agreements, each event's floors chosen without it.
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
MODEL_VERSION = 4
FLOORS = (0.5, 0.6, 0.7, 0.8, 0.9)
CHOICES = tuple(round(0.02 * i, 2) for i in range(1, 50))  # the floors a target is met with, as for key facts
TARGET = 0.9  # out-of-fold precision the floors are chosen for: eval/train_agreement.py's for key facts
FOLDS = 5
PLACE = spelling.KEY_FEATURES.index("place")

Row = tuple[str, list[float], int]  # (event, features, matches a gold agreement)


def rows(golds: list, docs: dict) -> list[Row]:
    """(event, features, matches a gold agreement) of every candidate name agreement of the events."""
    from storyline.analyze import analyze, resolve_entities
    from storyline.briefing import build_corpus
    from storyline.briefing.people_across import story_people
    from storyline.dedup import canonical_copies
    from storyline.model import Article

    settings = BriefSettings()
    out = []
    for g in golds:
        arts = {d: Article(d, f"ecbplus:{d}", docs[d]["text"], outlet=d) for d in g.docs}
        _entities, analyses = resolve_entities(list(arts.values()), analyze(list(arts.values())))
        by_id = {a.article_id: a for a in analyses}
        # near copies count once, as in a build (eval/claims.py does the same)
        c = build_corpus(list(arts.values()), arts, by_id, canonical_copies(list(arts.values())), settings)
        by_id, _entities = story_people(c.articles, by_id, _entities)  # the people the briefing reads
        slots = [s for s in g.slots if s.verdict == "agreement"]
        for claim, feats in spelling.name_candidates(c, by_id, settings)[1]:
            spans = [(v.article_id, v.start, v.end) for v in claim.values]
            out.append((g.event, feats, int(any(matches(spans, s) for s in slots))))
    return out


def _weights(data: list[Row]) -> dict:
    return fit_linear([x for _e, x, _y in data], [y for *_r, y in data], spelling.KEY_FEATURES)


def out_of_fold(data: list[Row]) -> list[float]:
    """Each candidate's probability from the model fitted on the other folds of events."""
    events = sorted({e for e, _x, _y in data}, key=claims_gold._hash)
    probs: dict[int, float] = {}
    for k in range(FOLDS):
        held = set(events[k::FOLDS])
        model = LinearModel.from_dict(_weights([r for r in data if r[0] not in held]))
        probs.update((i, model.probability(x)) for i, (e, x, _y) in enumerate(data) if e in held)
    return [probs[i] for i in range(len(data))]


def _precision(probs: list[tuple[float, int]], floor: float) -> float:
    kept = [y for p, y in probs if p >= floor]
    return sum(kept) / len(kept) if kept else 0.0


def choose_floors(data: list[Row], probs: list[float]) -> dict[str, float]:
    """The least floor whose out-of-fold precision reaches TARGET (else the most precise), for names and, at
    least as high, for places: a hand-set floor read off the same table is chosen in-sample."""
    out = {}
    for name, places in (("floor", False), ("place_floor", True)):
        some = [(p, y) for p, (_e, x, y) in zip(probs, data, strict=True) if (x[PLACE] > 0.5) == places]
        best = max(CHOICES, key=lambda f: _precision(some, f))
        out[name] = next((f for f in CHOICES if _precision(some, f) >= TARGET), best)
    out["place_floor"] = max(out["place_floor"], out["floor"])
    return out


def report(data: list[Row], probs: list[float]) -> None:
    for name, places in (("names", False), ("places", True)):
        some = [(p, y) for p, (_e, x, y) in zip(probs, data, strict=True) if (x[PLACE] > 0.5) == places]
        pos = sum(y for _p, y in some)
        print(f"{name}: {len(some)} candidates, {pos} match a gold agreement")
        for floor in FLOORS:
            kept = [y for p, y in some if p >= floor]
            precision = sum(kept) / len(kept) if kept else float("nan")
            print(
                f"  floor {floor:.1f}: kept {len(kept)}, P {precision:.2f}, R {sum(kept) / max(1, pos):.2f}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-write", action="store_true", help="fit and print, keep the shipped weights")
    args = ap.parse_args()
    if not claims_gold.ECB.exists():
        print(f"ECB+ data absent ({claims_gold.ECB}); skipped")
        return 0
    docs, golds = load_gold()
    data = rows([g for g in golds if claims_gold.half(g.event) in ("fit", "held-out")], docs)
    probs = out_of_fold(data)
    report(data, probs)
    floors = choose_floors(data, probs)
    print(f"floors for out-of-fold precision {TARGET}: {floors}")
    if not args.no_write:
        weights = {
            "version": MODEL_VERSION,
            **floors,
            **_weights(data),
            "trained_on": "eval/claims ECB+ annotations, both read halves: name candidates vs gold agreement slots",
        }
        MODEL.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
