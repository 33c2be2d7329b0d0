"""Where each missed gold slot of a half was lost, per kind: the table that says which stage to work on.

Usage: PYTHONPATH=src .venv/bin/python eval/claims_stages.py [--half fit|held-out] [--kinds count,place,...] [--list]
Stages, for a gold conflict/update or agreement slot no prediction of its verdict class matches (eval/claims.py):
  a-nothing     no stored mention, claim or event overlaps its mentions in 2+ docs (nothing extracted);
  b-event-only  only an event's clause overlaps them (analysis/events.py holds it, no slot compares it);
  b-unaligned   a stored mention or claim overlaps them in 2+ docs, but no prediction links those docs;
  c-verdict     a prediction of the other verdict class matches it (aligned, wrong verdict);
  d-scorer      a prediction of its kind cites its sentences in 2+ docs, but the prediction's value spans miss
                the gold mentions (matching);
  e-background  an agreement the key-fact model (briefing.key_facts) listed as background matches it.
The fit half by default, or the held-out half (read since session 15, eval/claims/ERRORS.md); never the unread
"fresh" events (claims_gold.FRESH), the test set. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

import claims_gold  # noqa: E402
from claims import _kinded, load_gold, matches, predictions  # noqa: E402

from storyline.settings import BriefSettings  # noqa: E402

STAGES = ("hit", "a-nothing", "b-event-only", "b-unaligned", "c-verdict", "d-scorer", "e-background")
_NAMES = ("place", "other")  # kinds whose values are names: a spelling agreement on the name is one of them


def stage(slot: claims_gold.Slot, briefing, analyses: dict) -> str:
    conflict = slot.verdict in ("conflict", "update")

    def same(verdict: str) -> bool:
        return (verdict in ("conflict", "update")) == conflict

    strict, loose = predictions(briefing), predictions(briefing, loose=True)
    kinds = [k for _v, k, _l, _s in _kinded(briefing)]
    if any(same(v) and matches(spans, slot) for v, _l, spans in strict):
        return "hit"
    background = [[(x.article_id, x.start, x.end) for x in c.values] for c in briefing.background]
    if not conflict and any(matches(spans, slot) for spans in background):
        return "e-background"
    own = [k == slot.kind or (k == "spelling" and slot.kind in _NAMES) for k in kinds]
    if any(same(v) and ok and matches(spans, slot) for (v, _l, spans), ok in zip(loose, own, strict=True)):
        return "d-scorer"
    if any(not same(v) and matches(spans, slot) for v, _l, spans in strict):
        return "c-verdict"
    stored = [(d, x.start, x.end) for d in slot.docs if d in analyses
              for x in (*analyses[d].mentions, *analyses[d].claims)]  # fmt: skip
    if matches(stored, slot):
        return "b-unaligned"
    events = [(d, e.start, e.end) for d in slot.docs if d in analyses for e in analyses[d].events]
    return "b-event-only" if matches(events, slot) else "a-nothing"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kinds", default=",".join(sorted(claims_gold.KINDS)), help="comma-separated")
    ap.add_argument("--half", choices=("fit", "held-out"), default="fit", help="which read half")
    ap.add_argument("--list", action="store_true", help="list each missed slot with its stage")
    args = ap.parse_args()
    if not claims_gold.ECB.exists():
        print(f"ECB+ data absent ({claims_gold.ECB}); skipped")
        return 0
    from storyline.analyze import analyze, resolve_entities
    from storyline.briefing import build_briefing
    from storyline.model import Article, Story

    kinds = set(args.kinds.split(","))
    docs, golds = load_gold()
    table: Counter = Counter()
    for g in golds:
        if claims_gold.half(g.event) != args.half:
            continue
        arts = {d: Article(d, f"ecbplus:{d}", docs[d]["text"], outlet=d) for d in g.docs}
        entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
        analyses = {a.article_id: a for a in found}
        story = Story(g.event, g.event, tuple(arts))
        b = build_briefing(story, [story], arts, analyses, entities, {}, BriefSettings())
        for s in g.slots:
            if s.kind in kinds:
                cls = "conflicts+updates" if s.verdict in ("conflict", "update") else "agreements"
                st = stage(s, b, analyses)
                table[(cls, s.kind, st)] += 1
                if args.list and st != "hit":
                    print(f"  {st:12s} {g.event} {cls} {s.kind} {s.slot!r}")
    for cls in ("conflicts+updates", "agreements"):
        print(f"{cls} ({args.half} half, gold slots by stage)")
        print("  " + f"{'kind':10s}" + "".join(f"{x:>13s}" for x in STAGES))
        for k in sorted(kinds):
            print("  " + f"{k:10s}" + "".join(f"{table[(cls, k, x)]:13d}" for x in STAGES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
