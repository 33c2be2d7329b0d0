"""The story's day as each outlet leads with it, compared across verbs: one day told two ways agrees, a day
misdated by one conflicts."""

from __future__ import annotations

from collections.abc import Callable

from storyline.analyze.date_parts import DEADLINE, PLANNED
from storyline.briefing.claim_values import clock_range, date_form, days_apart, weekday_of
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
    firsts: dict[tuple[str, str], Placed],
    settings: BriefSettings,
) -> tuple[list[Conflict], list[Agreed]]:
    """The story's day as each outlet leads with it: its first day gone (a resolved day, no deadline, planned day
    or revision's day: --updates u08) in its first ``LEAD_SENTENCES``, whatever verb it dates ("passed late on
    Wednesday" / "approved on Thursday", "a wedding dinner last Friday" / "the meal on Saturday"). Two outlets'
    lead days of different verbs agree when equal and conflict when ``claim_lead_days`` apart, unless either outlet
    also gives the other's day (a reaction "on Friday" to Thursday's attack, held-out 41_ecbplus) or the later day's
    sentence sets it in the small hours of the other's night (``_night_before``); one verb's are
    its slot's, compared there. eval/claims.py --kinds2 date conflicts 0/5 -> 2/5; ECB+ conflicts unchanged.
    An undated article's lead weekday ("ran aground on Thursday" / "lifted off on Thursday") agrees with another
    outlet's lead day of that weekday, never conflicts (its week is unknown): eval/claims.py agreements held-out
    219/236 -> 227/244 (date gold slots hit 45 -> 49), fit 231/252 -> 233/255 (the one unmatched is the fight's
    own Saturday, annotated at another mention); conflicts, --kinds/--kinds2/--updates unchanged. ``firsts``: each
    outlet's lead day (``first_days``), which agreements_by_value reads too."""
    days: dict[tuple[str, str], set[str]] = {}  # every day an outlet gives the story
    for p in placed:
        if p.slot.kind == "date":
            days.setdefault((story_of(p.slot.article_id), p.outlet_key), set()).add(p.slot.value)
    timed = {p.sentence for p in placed if p.slot.kind == "time"}
    small_hours = {p.sentence for p in placed if p.slot.kind == "time" and clock_range(p.slot)[0] < _DAWN}
    pairs, equal = [], []
    leads = list(firsts.items())
    for i, ((story, k), a) in enumerate(leads):
        for (other, m), b in leads[i + 1 :]:
            if other != story or a.slot.measure == b.slot.measure:
                continue
            gap = days_apart(a.slot.value, b.slot.value)
            weekday = weekday_of(a.slot.value)  # "" only for a malformed day
            if gap == 0 or gap is None and weekday and weekday == weekday_of(b.slot.value):
                equal.append((a, b))
            # an outlet that gives the other's day too leads with another moment (a reaction's)
            elif (
                gap is not None
                and gap <= settings.claim_lead_days
                and not (a.slot.value in days[other, m] or b.slot.value in days[story, k])
                and not (gap == 1 and _night_before(a, b, timed, small_hours))
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


# Minutes of the day before which a moment belongs to the night before: "the count finished shortly after 3am on
# Friday" tells the end of Thursday's vote, not another day than "Thursday's by-election" (two verbs of one night).
_DAWN = 6 * 60


def _night_before(a: Placed, b: Placed, timed: set[int], small_hours: set[int]) -> bool:
    """Whether of two lead days one apart the later is told in the small hours and the earlier with no moment:
    the end of the earlier day's night ("Thursday's by-election" / "the count finished after 3am on Friday"). Two
    moments of the night are compared as such ("late on March 3, at 11.40pm" / "shortly after 1am on March 4")."""
    earlier, later = sorted((a, b), key=lambda p: p.slot.value)
    return later.sentence in small_hours and earlier.sentence not in timed


def first_days(
    c: Corpus, placed: list[Placed], story_of: Callable[[str], str], disputed: set[tuple[str, ...]]
) -> dict[tuple[str, str], Placed]:
    """(story, outlet) -> the first day gone the outlet leads the story with (``lead_days``)."""
    firsts: dict[tuple[str, str], Placed] = {}
    for p in sorted(placed, key=lambda p: (c.position[p.sentence], p.sentence, p.slot.start)):
        s = p.slot
        if s.kind != "date" or not _a_day(s.value) or c.position[p.sentence] >= LEAD_SENTENCES:
            continue
        if s.update or s.measure.endswith((PLANNED, DEADLINE)) or slot_key(s, story_of) in disputed:
            continue  # a revision's day ("revised the toll to 28 on Friday") is the news's, not the event's
        firsts.setdefault((story_of(s.article_id), p.outlet_key), p)
    return firsts


def _a_day(value: str) -> bool:
    """A day an outlet can lead with: an ISO day, or a weekday an article without a date of its own left
    unresolved ("ran aground on Thursday"), which agrees with another outlet's lead day of that weekday."""
    return len(value) == 10 and value[:1].isdigit() or date_form(value) == "weekday"
