"""Agreements by value alone, across slots: values too specific to coincide ("EUR 2000000", "2008-12-14", an age, a
count of ``claim_count_by_value_min`` or more) agree when enough outlets state them, whatever each outlet names the
figure's measure with."""

from __future__ import annotations

from collections.abc import Callable

from storyline.analyze.date_parts import DEADLINE
from storyline.briefing.claim_pairs import other_people
from storyline.briefing.claim_values import compatible, date_form, weekday_of
from storyline.briefing.claim_verdicts import Agreed, agreement_of, new_level
from storyline.briefing.placed import Placed, slot_key, what_said
from storyline.briefing.working_set import Corpus
from storyline.lexicon.dates import WEEKDAYS, is_period
from storyline.model import ClaimSlot
from storyline.settings import BriefSettings

# Kinds whose equal exact values agree whatever their measure or subject; an age's subject is a name in one outlet
# and a role in another ("Ortega", "the sheriff's 41-year-old deputy"): eval/claims.py fit half, ages by value:
# attribute agreements R 0.60 -> 0.73, P 0.91 -> 0.93.
_BY_VALUE = ("money", "date", "attribute")


def agreements_by_value(
    c: Corpus,
    placed: list[Placed],
    story_of: Callable[[str], str],
    agreed: set[tuple[str, ...]],
    disputed: set[tuple[str, ...]],
    firsts: dict[tuple[str, str], Placed],
    settings: BriefSettings,
) -> list[Agreed]:
    """Agreements by value alone, for values too specific to coincide ("EUR 2000000", "2008-12-14"): outlets
    name what a sum pays for with different words ("stole", "worth", "haul"), and one count with different
    nouns or verbs ("140 seats" / "140 constituencies", "rescued 46 fishermen" / "46 men on deck"), so its slot's
    measure splits them; the same sum in the same currency is the same fact. A value of a slot in conflict is
    left out: the slot's verdict is its worst pair's (PROTOCOL.md)."""
    groups: dict[tuple[str, ...], dict[str, Placed]] = {}
    gainsaid = _gainsaid(c, placed, story_of) | _old_levels(placed, story_of)
    for p in placed:
        s = p.slot
        if (
            (
                s.kind in _BY_VALUE
                and s.qualifier is None
                or _large_count(c, s, settings.claim_count_by_value_min)
            )
            and what_said(s) not in agreed
            and slot_key(s, story_of) not in disputed
            and not (s.kind == "date" and s.measure.endswith(DEADLINE))
            and id(p) not in gainsaid
        ):
            # a deadline ("reconnected by Monday", "clear by dawn on Monday") agrees only in its slot, with the
            # same act's: the days several acts are due by coincide (a day to come still joins the day it
            # happened: a game previewed and reported)
            by_outlet = groups.setdefault((story_of(s.article_id), s.kind, s.unit, _value_said(c, s)), {})
            if p.outlet_key not in by_outlet or p.sentence < by_outlet[p.outlet_key].sentence:
                by_outlet[p.outlet_key] = p
    leads: dict[str, list[str]] = {}
    for (story, _k), p in firsts.items():
        if _iso_day(p.slot.value):
            leads.setdefault(story, []).append(p.slot.value)
    return [agreement_of(c, list(g.values())) for (story, *_k, value), g in groups.items()
            if len(g) >= _by_value_outlets(value) and not _of_two_named(list(g.values()), settings.name_similarity)
            and not _one_measure(list(g.values())) and not _days_after(value, list(g.values()), leads.get(story))]  # fmt: skip


def _iso_day(value: str) -> bool:
    """A resolved day ("2026-03-06"), which orders against the lead day; a month or a bare weekday does not."""
    return len(value) == 10 and value[:4].isdigit()


def _days_after(value: str, versions: list[Placed], leads: list[str] | None) -> bool:
    """A weekday by value that every version resolves to a day after the story's lead day (the lower median of
    the days its outlets lead with: one outlet's misread lead day moves no median), each version of another act:
    acts of the days after the event (a minister flew, shares were suspended, miners were found, all "Tuesday",
    the blast on Monday night), which each outlet picks for itself, so one weekday ties no one fact. eval/claims.py
    --kinds16 agreements 67/99 -> 67/96, --kinds17 70/92 -> 70/90, --kinds19 67/86 -> 67/85, no right one lost; the ECB+ fit half's
    five right weekday groups are on or before the lead day or unresolved; one act told twice ("signed on
    Tuesday" twice, the visit's second day) still agrees."""
    if date_form(value) != "weekday" or not leads:
        return False
    lead = sorted(leads)[(len(leads) - 1) // 2]
    acts = {p.slot.measure for p in versions}
    return len(acts) == len(versions) and all(
        _iso_day(p.slot.value) and p.slot.value > lead for p in versions
    )


def _gainsaid(c: Corpus, placed: list[Placed], story_of: Callable[[str], str]) -> set[int]:
    """The days told as a weekday alone that another outlet states otherwise in their own slot ("pronounced dead
    on Saturday" / "killed a man on Sunday"), though the slot's comparison found no conflict: a weekday in doubt
    there does not join other acts' alike by value alone (three acts told on one "Sunday"). Weekdays only: on
    every kind the fit half lost 5 true agreements, the held-out half 2."""
    slots: dict[tuple[str, ...], list[Placed]] = {}
    for p in placed:
        if p.slot.kind == "date":
            slots.setdefault(slot_key(p.slot, story_of), []).append(p)
    return {id(p) for ps in slots.values() for p in ps if date_form(_value_said(c, p.slot)) == "weekday"
            and any(q.outlet_key != p.outlet_key and compatible(p.slot, q.slot) is False for q in ps)}  # fmt: skip


def _old_levels(placed: list[Placed], story_of: Callable[[str], str]) -> set[int]:
    """The figures their own outlet tells as the old level beside a new one ("has risen to 27, up from 23 this
    morning": claim_verdicts ``new_level``): the earlier report's figure, which agrees with no current one by
    value alone (kinds18 s08: an early outlet's "23 have been infected" joined it under another noun)."""
    slots: dict[tuple[str, ...], dict[str, list[Placed]]] = {}
    for p in placed:
        slots.setdefault(slot_key(p.slot, story_of), {}).setdefault(p.outlet_key, []).append(p)
    return {id(p) for p in placed if new_level(p, slots[slot_key(p.slot, story_of)]) is not None}


# Characters that glue a figure to its noun as a size ("a 14-storey tower", "300/200 pixels")
_GLUE = ("-", "/")


def _large_count(c: Corpus, s: ClaimSlot, least: float) -> bool:
    """A count written as a figure of ``least`` or more, exact or "about", that counts things: not one the words
    imply, nor a size glued to its noun ("a 14-storey tower", "a 40-tonne truck", "300-by-200 pixels"), which
    measures a thing rather than counts things."""
    if s.kind != "count" or s.implied or s.qualifier not in (None, "about") or not s.value.isdecimal():
        return False
    body = c.by_id[s.article_id].body
    glued = body[s.end : s.end + 1] in _GLUE or body[s.start - 1 : s.start] in _GLUE
    return int(s.value) >= least and not glued


def _one_measure(versions: list[Placed]) -> bool:
    """Counts that all name one measure: their slot's comparison already judged them (two outlets' "10 actors" in
    unlike sentences can be two lists), so a value alone does not join them again."""
    return versions[0].slot.kind == "count" and len({p.slot.measure for p in versions}) == 1


def _of_two_named(versions: list[Placed], similarity: float) -> bool:
    """Equal ages of two differently named people ("Mara Quill, 34" / "Tobin Hale, 34"): two people's ages, no
    fact stated twice; an unnamed subject ("the 34-year-old firefighter") still joins a name. eval/claims.py:
    held-out 208/224 and fit-b 84/97 unchanged, fit-a 135/143 -> 134/142 (the agreement gone was a team's
    record "(5-10)" read as an age of 5 beside two names of one team, overlapping a gold seed slot)."""
    return versions[0].slot.kind == "attribute" and any(
        other_people(a.slot, b.slot, similarity) for i, a in enumerate(versions) for b in versions[i + 1 :]
    )


def _by_value_outlets(value: str) -> int:
    """Outlets that must state a value for it to agree by value alone: a bare weekday recurs in a story for
    other things (a practice "Wednesday", aftershocks "on Monday"), so it needs three (eval/claims.py fit:
    agreements P 0.78 -> 0.80, 195 -> 193 slots), and so does a year or month (a career's years); a day of a
    month or a sum is specific enough at two."""
    return 3 if date_form(value) == "weekday" or is_period(value) else 2


def _value_said(c: Corpus, s: ClaimSlot) -> str:
    """The value a figure agrees by value alone with: a date written as a weekday alone ("late Tuesday") is that
    weekday, though analysis resolved it to a day (from the article's date; fit: three false agreements of two
    outlets by resolved weekdays, and one lost of three outlets' "Tuesday" resolved in two and left in one)."""
    text = c.by_id[s.article_id].body[s.start : s.end]
    weekday = s.kind == "date" and not any(ch.isdigit() for ch in text)
    if weekday and any(w.strip(".,").lower() in WEEKDAYS for w in text.split()):
        return weekday_of(s.value)
    return s.value
