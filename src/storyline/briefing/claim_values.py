"""Whether two versions of one claim slot can both hold: the qualifier rules of eval/claims/PROTOCOL.md.

Comparison, after unit normalisation (analysis stores money in units, durations in days): each value allows a
range (an open end is the next float) and two values are compatible when their ranges overlap:
- exact N: [N, N] ("$3.2bn" vs "$3bn" conflict; "five" = "5"; "5-4" = "five votes to four");
- "nearly N" / "almost N": [0.9 N, N] ("almost 50" vs 46 agrees, vs 40 conflicts);
- "at least N": [N, inf); "more than N" / "over N": (N, inf), strict ("more than five years" vs "5 years" is a
  conflict: the seeds' own check, kept over the lead's first inclusive rule);
- "up to N": [0, N]; "less than N" / "under N": [0, N), strict;
- "about N": [N - max(0.1 N, 1), N + max(0.1 N, 1)];
- clock times: exact times must be equal ("3:30" vs "3:33" conflict), "about" allows 15 minutes either way
  (two "about" times at most 15 minutes apart: "around 10" vs "around 10:30" conflict),
  "shortly after" 15 minutes after, "shortly before" 15 minutes before, "by" any time before ("about 2:30" vs
  "shortly after 2": ends may not touch); times in two zones compare in UTC when both zones are named, a named
  zone's time against the same digits stated as local time conflicts (one outlet took one zone for the other),
  "ET" is EST or EDT (either reading agrees), and a time with no zone written is not compared with a named
  zone's;
- dates agree when one is a prefix of the other ("2012" vs "2012-05"); analysis resolves a weekday or a day
  without its year against the article's date, and unresolved weekdays compare with weekdays, unresolved days of
  a month with days of a month ("Sunday" vs "Jan. 4" cannot be compared without a year); a weekday agrees with a
  day that falls on it and conflicts with another's, as two weekdays do; two days a whole number of weeks apart
  are one weekday counted from two articles' dates (no conflict); a year or month ("ousted in 2002", "in
  September 2006") agrees with the dates inside it, and two different ones cannot be compared (two steps of one
  story, charged in 2007 and tried in 2008, or an earlier event's), so they never conflict;
- worded values (a cause or place of death, a weapon, a vehicle's colour) agree when one holds the other's words.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from storyline.analyze import kinds
from storyline.analyze.date_parts import PLANNED
from storyline.lexicon.dates import ZONES, month_name
from storyline.lexicon.measures import (
    ACQUIT,
    CAUSE,
    CHARGE,
    COURT_STEPS,
    DEATH_PLACE,
    DISTANCE,
    SCORE,
    TAKEN_TO,
    VAGUE_CAUSES,
    VEHICLE_COLOUR,
)
from storyline.model import ClaimSlot

NUMERIC = ("count", "money", "percent", "duration", "attribute", "other")  # "other": specifications
INSTRUMENTS = frozenset(kinds.MEASURES.values())  # the weapon or vehicle of an act (analyze.instruments)
# Descriptions in words of one thing, each thing having one (analyze.outcomes, analyze.colours): where a person
# died ("at the scene" / "on the way to hospital"), a vehicle's colour ("silver" / "grey"). Two values agree when
# one holds the other's words ("dark blue" / "blue"), else conflict; outlets telling one alike list no key fact.
WORDED = frozenset((DEATH_PLACE, VEHICLE_COLOUR))


def interval(value: float, qualifier: str | None, floor: float = 1.0) -> tuple[float, float]:
    """The range of values a qualified value allows (PROTOCOL.md's rules; a strict bound is the next float);
    ``floor`` is the least slack of "about" (1 of a count; none for a duration, stored in days, whose written
    unit, a minute or a year, is gone)."""
    if qualifier == "at least":
        return value, math.inf
    if qualifier == "more than":
        return math.nextafter(value, math.inf), math.inf
    if qualifier == "up to":
        return 0.0, value
    if qualifier == "less than":
        return 0.0, math.nextafter(value, -math.inf)
    if qualifier == "nearly":
        return 0.9 * value, value
    if qualifier == "about":
        slack = max(floor, 0.1 * value)
        return value - slack, value + slack
    return value, value


def compatible(a: ClaimSlot, b: ClaimSlot) -> bool | None:
    """Whether two versions of one slot can both hold; None when they cannot be compared (a day name vs a
    resolved date)."""
    if a.measure == CAUSE:
        return _same_cause(a.value, b.value)
    if a.measure == CHARGE:
        return same_offence(a, b)
    if a.measure in INSTRUMENTS:
        return kinds.compatible(a.value, b.value)
    if a.measure == DEATH_PLACE and "scene" in (a.value, b.value):  # "at the scene": wherever it happened
        return not {a.value, b.value} & TAKEN_TO
    if a.measure in WORDED:
        x, y = set(a.value.split()), set(b.value.split())
        return x <= y or y <= x
    if a.kind in NUMERIC and "-" not in a.value + b.value:
        try:
            floor = 0.0 if a.kind == "duration" else 1.0
            x, y = interval(float(a.value), a.qualifier, floor), interval(float(b.value), b.qualifier, floor)
        except ValueError:
            return None
        return max(x[0], y[0]) <= min(x[1], y[1])
    if a.kind == "time" and zone_of(a) != zone_of(b):
        return _across_zones(a, b)
    if a.kind == "time":
        if (
            a.qualifier == b.qualifier == "about"
        ):  # "around 10" vs "around 10:30": 15 minutes in all, not each
            gap = abs(clock_range(a)[0] - clock_range(b)[0]) % _DAY_MINUTES
            return min(gap, _DAY_MINUTES - gap) <= 15
        x, y = clock_range(a), clock_range(b)
        quals = {a.qualifier, b.qualifier}
        touch = "about" in quals and len(quals) == 2 and None not in quals  # "about 2:30" / "shortly after 2"
        # over midnight too: "just before midnight" (00:00 less a little) holds "23:50"
        return any(_overlap(x, (y[0] + d, y[1] + d), touch) for d in (-_DAY_MINUTES, 0, _DAY_MINUTES))
    if a.kind == "date":
        if (a.is_period or b.is_period) and not (a.value.startswith(b.value) or b.value.startswith(a.value)):
            # two years or months: often two steps of one story (charged in 2007, tried in 2008); but two months
            # of one act still to come, or a day and a month, are one plan told two ways ("will close at the end of
            # April" / "in mid-May" / "on March 31")
            return False if a.measure.endswith(PLANNED) and _monthly(a.value) and _monthly(b.value) else None
        if {date_form(a.value), date_form(b.value)} == {"iso", "weekday"}:
            # a day against another's weekday, as two weekdays are (an article without a date of its own leaves
            # its "Tuesday" unresolved): fit 44_ecbplus, held-out 28_ecb
            return weekday_of(a.value) == weekday_of(b.value)
        if {date_form(a.value), date_form(b.value)} == {"iso", "day of month"}:
            return True if _day_of_month_of(a.value) == _day_of_month_of(b.value) else None  # nor which year
        if date_form(a.value) != date_form(b.value):
            return None  # "Sunday" vs "Jan. 4": without the year and weekday, no telling
        if _weeks_apart(a.value, b.value):
            return None  # one weekday resolved from two articles' dates a week apart, no telling which week
        return a.value.startswith(b.value) or b.value.startswith(a.value)
    return a.value == b.value


def one_things(measure: str) -> bool:
    """Whether an ``other`` measure is one thing's (a distance, a cause or place of death, the weapon or vehicle
    used, its colour, an offence, a contest's score line), so two outlets' differing values conflict; else two
    models' specifications."""
    return (
        measure.startswith(DISTANCE) or measure in (CAUSE, CHARGE, SCORE) or measure in INSTRUMENTS | WORDED
    )


def same_offence(a: ClaimSlot, b: ClaimSlot) -> bool | None:
    """Whether two outlets' offences of one defendant (analyze.outcomes, its court step in ``event``) contradict:
    two kinds of one killing at one step ("convicted of murder" / "found guilty of manslaughter", "first degree"
    / "second degree murder"), as two instruments do (analyze.kinds), or a conviction or plea against an
    acquittal of it: False. Else None, never True: a story's charges share one slot, and offences outlets name
    alike agree one by one (briefing.claims ``_shared_values``); calling two leads compatible listed only the
    leads' offence (eval/claims.py fit 21_ecb: an agreement on a second charge lost). Two offences a defendant
    can face together, or a charge and a later verdict, cannot be compared."""
    steps = {a.event, b.event}
    if ACQUIT in steps and len(steps) == 2:
        return False if steps <= {ACQUIT, *COURT_STEPS[1:]} and _one_offence(a.value, b.value) else None
    one = _one_offence(a.value, b.value) if len(steps) == 1 and a.event in COURT_STEPS else None
    return False if one is False else None


def _one_offence(a: str, b: str) -> bool | None:
    """Whether two offences are one told alike or more and less precisely ("murder" / "first degree murder",
    "homicide" / "murder"): True; two kinds of one killing, or two grades of one ("vehicular" / "involuntary
    manslaughter"): False; not both kinds of killing, or one an attempt, the other not: None."""
    x, y = _offence(a), _offence(b)
    if x is None or y is None or ("attempted" in x[0]) != ("attempted" in y[0]):
        return None
    (mods_x, kind_x), (mods_y, kind_y) = x, y
    same = kinds.compatible(kind_x, kind_y)
    if same is not True or kind_x != kind_y:
        return same
    return mods_x <= mods_y or mods_y <= mods_x


def _offence(value: str) -> tuple[frozenset[str], str] | None:
    """An offence's modifiers and its kind of killing (WordNet, analyze.kinds: its last two words, "mass
    murder", else its last), or None when it names no killing."""
    words = value.split()
    lemmas = kinds.table(kinds.OFFENCES)["lemmas"]
    for n in (2, 1):
        kind = lemmas.get(" ".join(words[-n:])) if len(words) >= n else None
        if kind is not None:
            return frozenset(words[:-n]), kind
    return None


def _same_cause(a: str, b: str) -> bool:
    """Two causes of one death both hold when one is vague ("natural causes") or holds the other's words
    ("congestive heart failure" and "heart failure")."""
    x, y = set(a.split()), set(b.split())
    return a in VAGUE_CAUSES or b in VAGUE_CAUSES or x <= y or y <= x


def zone_of(s: ClaimSlot) -> str:
    """A clock time's zone: a named one ("GMT", "EDT") or "local" (stated, or no zone written)."""
    return s.unit or "local"


def _across_zones(a: ClaimSlot, b: ClaimSlot) -> bool | None:
    """Two clock times in different zones: both named, they compare in UTC ("4:19 a.m. EDT" = "08:19 GMT");
    a named zone against a time stated as local ("8:19 a.m. local time") cannot read the same (an outlet took
    one for the other), else there is no telling without the place's offset; a time with no zone written is
    compared with no named one."""
    x, y = _named_zones(a.unit), _named_zones(b.unit)
    if x and y:  # "3:15 p.m. ET" is EST's or EDT's: it agrees when either reading does
        found = {compatible(_in_utc(replace(a, unit=p)), _in_utc(replace(b, unit=q))) for p in x for q in y}
        return True if True in found else False if found == {False} else None
    if "local" in (a.unit, b.unit) and a.value == b.value and a.qualifier is None and b.qualifier is None:
        return False
    return None


# A zone written without its season ("ET", "PT"): standard or daylight time, whichever the date was.
_SEASONLESS = {"et": ("est", "edt"), "ct": ("cst", "cdt"), "mt": ("mst", "mdt"), "pt": ("pst", "pdt")}


def _named_zones(unit: str) -> tuple[str, ...]:
    """The zones a clock time's unit may name (two for "ET"), none for "local" or no zone."""
    low = unit.lower()
    return _SEASONLESS.get(low) or ((low,) if low in ZONES else ())


def _in_utc(s: ClaimSlot) -> ClaimSlot:
    hour, _, minute = s.value.partition(":")
    minutes = round((int(hour) - ZONES[s.unit.lower()]) * 60) + int(minute or 0)
    return replace(s, value=f"{minutes // 60 % 24:02d}:{minutes % 60:02d}", unit="GMT")


_DAY_MINUTES = 24 * 60


def _overlap(x: tuple[int, int], y: tuple[int, int], strict: bool) -> bool:
    """Whether two ranges of minutes share a minute (``strict``: more than their ends)."""
    return max(x[0], y[0]) < min(x[1], y[1]) if strict else max(x[0], y[0]) <= min(x[1], y[1])


def clock_range(s: ClaimSlot) -> tuple[int, int]:
    """Minutes of the day a clock time allows (PROTOCOL.md: "about" within 15 minutes, "shortly after 3:30"
    up to 15 minutes later, "shortly before 7" or "almost 7" up to 15 minutes earlier, "by 7 a.m." any time
    before)."""
    hour, _, minute = s.value.partition(":")
    t = int(hour) * 60 + int(minute or 0)
    if s.qualifier == "about":
        return t - 15, t + 15
    if s.qualifier == "more than":
        return t, t + 15
    if s.qualifier == "nearly":
        return t - 15, t
    if s.qualifier in ("up to", "less than"):
        return 0, t
    return t, t


def weekday_of(value: str) -> str:
    """ "2012-08-07" -> "tuesday"; a weekday as itself; "" for a month or year."""
    if not value[:1].isdigit():
        return value
    try:
        return date.fromisoformat(value).strftime("%A").lower()
    except ValueError:
        return ""


def _day_of_month_of(value: str) -> str:
    """ "2012-08-19" -> "august 19"; an unresolved "august 19" as itself; "" for a month or year."""
    if not value[:1].isdigit():
        return value
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return ""
    return f"{month_name(day.month)} {day.day}"


def days_apart(a: str, b: str) -> int | None:
    """Days between two ISO days, None unless both are one."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) if len(a) == len(b) == 10 else None
    except ValueError:
        return None


def days_outside(a: str, b: str) -> int | None:
    """Days from an ISO day to the nearest day of an ISO month, the two in either order ("2026-03-31" and
    "2026-04": 1); None unless one is a day and the other a month."""
    day, month = sorted((a, b), key=len, reverse=True)
    if len(day) != 10 or len(month) != 7:
        return None
    try:
        d, first = date.fromisoformat(day), date.fromisoformat(month + "-01")
    except ValueError:
        return None
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)  # the next month's first day
    return max((first - d).days, (d - after).days + 1, 0)


def _weeks_apart(a: str, b: str) -> bool:
    """Two different days a whole number of weeks apart ("2011-10-08", "2011-10-15"): analysis resolves "on
    Saturday" against each article's own date, and an article written a week on still says "Saturday"."""
    gap = days_apart(a, b)
    return bool(gap) and gap % 7 == 0


def _monthly(value: str) -> bool:
    """A resolved date that names its month: a day or a month ("2026-03-31", "2026-04"), not a year alone."""
    return date_form(value) == "iso" and len(value) >= 7


def date_form(value: str) -> str:
    """'iso', 'weekday' or 'day of month' (unresolved "august 19")."""
    return "iso" if value[:1].isdigit() else "day of month" if value[-1:].isdigit() else "weekday"
