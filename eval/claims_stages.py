"""Where each missed gold slot of a half was lost, per kind: the table that says which stage to work on.

Usage: PYTHONPATH=src .venv/bin/python eval/claims_stages.py [--half fit|held-out] [--kinds count,place,...] [--list]
       [--why]
Stages, for a gold conflict/update or agreement slot no prediction of its verdict class matches (eval/claims.py):
  a-nothing     no stored mention, claim or event overlaps its mentions in 2+ docs (nothing extracted);
  b-event-only  only an event's clause overlaps them (analysis/events.py holds it, no slot compares it);
  b-unaligned   a stored mention or claim overlaps them in 2+ docs, but no prediction links those docs;
  c-verdict     a prediction of the other verdict class matches it (aligned, wrong verdict);
  d-scorer      a prediction of its kind cites its sentences in 2+ docs, but the prediction's value spans miss
                the gold mentions (matching);
  e-background  an agreement the key-fact model (briefing.key_facts) listed as background matches it.
``--why`` says, for each b-unaligned conflict or update, why no comparison linked its docs (``why``), and counts
the causes. The fit half by default, or the held-out half (read since session 15, eval/claims/ERRORS.md); never
the unread "fresh" events (claims_gold.FRESH), the test set. Exits 0 with a message when the data is absent.
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


# Parts of a slot key (briefing.placed.slot_key) after the story: what differs between two outlets' figures.
_KEY_PARTS = ("kind", "measure", "unit", "whose")


def why(slot: claims_gold.Slot, analyses: dict, placed: list, story_of) -> tuple[str, str]:
    """Why a b-unaligned slot's figures were never compared: "no claim" or "claim in one doc" (the other docs
    hold only names or places: briefing.spelling's and briefing.places'), "not placed" (claims, but
    briefing.placed keeps them in under 2 docs: a quote, an earlier time, a page stamp), "values alike" (the
    placed figures of 2+ outlets are read the same: the difference is in words analysis does not read), "<part>
    differs" (no two outlets' differing figures share a slot key: the first part that differs in the pair most
    alike), else "same slot: " and what holds the pair apart in briefing.claims (values "compatible" or "not
    comparable", "not the same thing": too far apart or two named subjects, else "no tie": sentences unlike and
    the parse ties nothing); and the pair it judged ("doc kind/measure value unit | ..."), "" when none."""
    from storyline.briefing.claim_pairs import same_thing
    from storyline.briefing.claim_values import compatible
    from storyline.briefing.placed import slot_key

    def on(x) -> bool:
        return any(m.doc == x.article_id and x.start < m.end and m.start < x.end for m in slot.mentions)

    claimed = {d for d in slot.docs if d in analyses for x in analyses[d].claims if on(x)}
    if len(claimed) < 2:
        return ("claim in one doc" if claimed else "no claim"), ""
    mine = [p for p in placed if on(p.slot)]
    if len({p.outlet_key for p in mine}) < 2:
        return "not placed", ""
    pairs = [(a, b) for i, a in enumerate(mine) for b in mine[i + 1 :]
             if a.outlet_key != b.outlet_key and (a.slot.value, a.slot.qualifier) != (b.slot.value, b.slot.qualifier)]  # fmt: skip
    if not pairs:
        return "values alike", ""
    keys = [(slot_key(a.slot, story_of)[1:], slot_key(b.slot, story_of)[1:]) for a, b in pairs]
    same = [(a, b) for (a, b), (x, y) in zip(pairs, keys, strict=True) if x == y]
    if not same:
        i = max(range(len(keys)), key=lambda i: sum(u == v for u, v in zip(*keys[i], strict=False)))
        x, y = keys[i]
        part = next(n for n, u, v in zip(_KEY_PARTS, x, (*y, ""), strict=False) if u != v)
        return f"{part} differs", _pair(*pairs[i])
    verdicts = [compatible(a.slot, b.slot) for a, b in same]
    if False not in verdicts:
        return ("same slot: compatible" if True in verdicts else "same slot: not comparable"), _pair(*same[0])
    clashing = [(a, b) for (a, b), v in zip(same, verdicts, strict=True) if v is False]
    one = [(a, b) for a, b in clashing if same_thing(a.slot, b.slot, BriefSettings())]
    if not one:
        return "same slot: not the same thing", _pair(*clashing[0])
    return "same slot: no tie", _pair(*one[0])


def _pair(a, b) -> str:
    """Two placed figures as the analysis read them: doc, kind/measure, qualifier, value, unit, subject."""
    return " | ".join(
        f"{s.article_id} {s.kind}/{s.measure} {s.qualifier or ''} {s.value} {s.unit} ({s.subject or ''})"
        for s in (a.slot, b.slot)
    )


def _placed(arts: dict, analyses: dict, entities: list, event: str) -> list:
    """The figures the briefing compares for one event, placed as briefing.claims.compare_claims places them."""
    from storyline.briefing import build_corpus
    from storyline.briefing.age_owners import named_ages
    from storyline.briefing.people_across import story_people
    from storyline.briefing.placed import place

    c = build_corpus(list(arts.values()), arts, analyses, {}, BriefSettings())
    people, _entities = story_people(c.articles, analyses, entities)
    return named_ages(c, place(c, people), lambda _a: event)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kinds", default=",".join(sorted(claims_gold.KINDS)), help="comma-separated")
    ap.add_argument("--half", choices=("fit", "held-out"), default="fit", help="which read half")
    ap.add_argument("--list", action="store_true", help="list each missed slot with its stage")
    ap.add_argument("--why", action="store_true", help="why each b-unaligned conflict was not compared")
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
    causes: Counter = Counter()
    for g in golds:
        if claims_gold.half(g.event) != args.half:
            continue
        arts = {d: Article(d, f"ecbplus:{d}", docs[d]["text"], outlet=d) for d in g.docs}
        entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
        analyses = {a.article_id: a for a in found}
        story = Story(g.event, g.event, tuple(arts))
        b = build_briefing(story, [story], arts, analyses, entities, {}, BriefSettings())
        placed = _placed(arts, analyses, entities, g.event) if args.why else []
        for s in g.slots:
            if s.kind in kinds:
                cls = "conflicts+updates" if s.verdict in ("conflict", "update") else "agreements"
                st = stage(s, b, analyses)
                table[(cls, s.kind, st)] += 1
                if args.why and st == "b-unaligned" and cls == "conflicts+updates":
                    cause, pair = why(s, analyses, placed, lambda _a, e=g.event: e)
                    causes[cause] += 1
                    print(
                        f"  {cause:28s} {g.event} {s.kind} {s.slot!r}" + (f"\n      {pair}" if pair else "")
                    )
                elif args.list and st != "hit":
                    print(f"  {st:12s} {g.event} {cls} {s.kind} {s.slot!r}")
    if args.why:
        print(f"b-unaligned conflicts+updates by cause ({args.half} half)")
        for cause, n in causes.most_common():
            print(f"  {cause:28s} {n:3d}")
    for cls in ("conflicts+updates", "agreements"):
        print(f"{cls} ({args.half} half, gold slots by stage)")
        print("  " + f"{'kind':10s}" + "".join(f"{x:>13s}" for x in STAGES))
        for k in sorted(kinds):
            print("  " + f"{k:10s}" + "".join(f"{table[(cls, k, x)]:13d}" for x in STAGES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
