"""Agreements that are one side of a dispute found in a sibling slot.

A count's slot is its measure, read off its own noun or verb (analyze.claim_measures); a measure outside
lexicon.measures is a reading of the sentence's own words, so one group can sit in two slots: "three
escapees" in a headline and "the three prisoners who escaped" in the lead, "brought four to the surface" and
"four rescued". When an outlet states the same count in both slots and the other slot is disputed (its "three
prisoners" against another outlet's "four"), that outlet's agreement in the first slot is one side of the dispute,
no agreement (PROTOCOL.md: a slot takes its worst pair's verdict); so is a count too large to coincide
(``claim_count_by_value_min``, the premise of briefing.value_agreements) equal to a disputed side whoever states
it ("27 fell ill" beside an update of "27 cases" to 34). eval/claims.py: --kinds18 agreements 68/81 -> 68/79 (s13's
escaped inmates, s01's rescued miners), --kinds16 67/100 -> 67/99 (s02's cases); ECB+ read halves and every
other readable set unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.briefing.claim_values import compatible
from storyline.briefing.placed import Placed
from storyline.lexicon.measures import MEASURES
from storyline.model import Conflict


def disputes_of(conflicts: Sequence[Conflict], placed: Sequence[Placed]) -> list[list[Placed]]:
    """Each conflict's (or update's) versions as placed claims (by their value spans)."""
    at = {(p.slot.article_id, p.slot.start, p.slot.end): p for p in placed}
    out = []
    for k in conflicts:
        ps = [at[key] for cl in k.claims for v in cl.values if (key := (v.article_id, v.start, v.end)) in at]
        if len(ps) >= 2:
            out.append(ps)
    return out


def one_side(reps: Sequence[Placed], disputes: Sequence[Sequence[Placed]], least: float) -> bool:
    """Whether an agreement's count is, in one of its outlets, also that outlet's figure in a disputed count of
    another measure, one of the two measures unlisted (a noun or verb the lexicon does not know), and the
    dispute holds a figure that denies it."""
    for r in reps:
        if r.slot.kind != "count":
            continue
        for ps in disputes:
            if any(
                (x.outlet_key == r.outlet_key or _large(r, least))
                and x.slot.kind == "count"
                and x.slot.value == r.slot.value
                and x.slot.measure != r.slot.measure
                and not {x.slot.measure, r.slot.measure} <= _LISTED
                and compatible(x.slot, r.slot)
                for x in ps
            ) and any(y.slot.kind == "count" and compatible(y.slot, r.slot) is False for y in ps):
                return True
    return False


_LISTED = frozenset(MEASURES.values())


def _large(p: Placed, least: float) -> bool:
    """A count too large to coincide (``claim_count_by_value_min``, as briefing.value_agreements reads it)."""
    return p.slot.qualifier in (None, "about") and p.slot.value.isdecimal() and int(p.slot.value) >= least
