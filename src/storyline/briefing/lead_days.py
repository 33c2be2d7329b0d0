"""The story's day as each outlet leads with it, compared across verbs: one day told two ways agrees, a day
misdated by one conflicts."""

from __future__ import annotations

from collections.abc import Callable

from storyline.analyze.date_parts import DEADLINE, PLANNED
from storyline.briefing.claim_values import days_apart
from storyline.briefing.claim_verdicts import Agreed, agreement_of, components, conflict_of
from storyline.briefing.placed import Placed, slot_key, what_said
from storyline.briefing.working_set import LEAD_SENTENCES, Corpus
from storyline.model import Conflict
from storyline.settings import BriefSettings


def lead_days(
    c: Corpus,
    placed: list[Placed],
    story_of: Callable[[str], str],
    agreed: set[tuple[str, ...]],
    disputed: set[tuple[str, ...]],
    settings: BriefSettings,
) -> tuple[list[Conflict], list[Agreed]]:
    """The story's day as each outlet leads with it: its first day gone (a resolved day, no deadline, planned day
    or revision's day: --updates u08) in its first ``LEAD_SENTENCES``, whatever verb it dates ("passed late on
    Wednesday" / "approved on Thursday", "a wedding dinner last Friday" / "the meal on Saturday"). Two outlets'
    lead days of different verbs agree when equal and conflict when ``claim_lead_days`` apart, unless either outlet
    also gives the other's day (a reaction "on Friday" to Thursday's attack, held-out 41_ecbplus); one verb's are
    its slot's, compared there. eval/claims.py --kinds2 date conflicts 0/5 -> 2/5; ECB+ conflicts unchanged."""
    firsts: dict[tuple[str, str], Placed] = {}
    days: dict[tuple[str, str], set[str]] = {}  # every day an outlet gives the story
    for p in sorted(placed, key=lambda p: (c.position[p.sentence], p.sentence, p.slot.start)):
        s = p.slot
        if s.kind == "date":
            days.setdefault((story_of(s.article_id), p.outlet_key), set()).add(s.value)
        if (
            s.kind != "date"
            or len(s.value) != 10
            or not s.value[:1].isdigit()
            or c.position[p.sentence] >= LEAD_SENTENCES
        ):
            continue
        if s.update or s.measure.endswith((PLANNED, DEADLINE)) or slot_key(s, story_of) in disputed:
            continue  # a revision's day ("revised the toll to 28 on Friday") is the news's, not the event's
        firsts.setdefault((story_of(s.article_id), p.outlet_key), p)
    pairs, equal = [], []
    leads = list(firsts.items())
    for i, ((story, k), a) in enumerate(leads):
        for (other, m), b in leads[i + 1 :]:
            if other != story or a.slot.measure == b.slot.measure:
                continue
            gap = days_apart(a.slot.value, b.slot.value)
            if gap == 0:
                equal.append((a, b))
            # an outlet that gives the other's day too leads with another moment (a reaction's)
            elif (
                gap is not None
                and gap <= settings.claim_lead_days
                and not (a.slot.value in days[other, m] or b.slot.value in days[story, k])
            ):
                pairs.append((a, b))
    groups = components(pairs)
    conflicts = [
        conflict_of(c, group, [(a, b) for a, b in pairs if a in group], "date", "day", settings)
        for group in groups
    ]
    disputing = set().union(*groups)
    agreements = [
        agreement_of(c, sorted(group, key=lambda p: p.sentence))
        for group in components(equal)
        if not group & disputing and not all(what_said(p.slot) in agreed for p in group)
    ]
    return conflicts, agreements
