"""The parts of one DATE/TIME entity as spaCy tags it: the calendar words that name a day ("Tuesday, March 3"),
a length ("two weeks") and the word that makes that length an offset from some moment rather than how long
the event lasted ("two weeks early", "three years ago", "five days before the game", "an hour later").

claims.py reads a date from the calendar part when an offset follows it, else a duration from the length; of a
weekday and a day of the month, the day of the month.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storyline.lexicon.dates import MONTH_NAMES, MONTHS, WEEKDAYS, fixed_day, month_name, weekday_name

if TYPE_CHECKING:  # annotations only: importing this module must not load spaCy (reads never do)
    from spacy.tokens import Token

# A length followed by one of these is how far a moment lies from another, not how long the event lasted.
OFFSET_WORDS = frozenset("ago early earlier late later ahead before after prior behind sooner".split())
# The mark analysis adds to a date's measure (its verb) when the day is still to come ("will appear on Aug. 19",
# "appear to come"): a day planned is no rival to the day an act happened.
PLANNED = " to come"
DEADLINE = " by"  # the mark of a day an act is due by ("must close by March 20": "close by")
# Words before a length that make it one anyway ("stayed for 10 minutes after the blast").
_LENGTH_CUES = frozenset(("for", "during", "over"))
# Words joining the two ends of a range of lengths between two figures ("two to three weeks", "2-3 days", "six or
# seven hours", "between two and four months"; "and" only after "between": "2 hours and 30 minutes" is a sum).
_RANGE_JOINS = frozenset(("to", "or", "-", "–"))


@dataclass(frozen=True)
class DateParts:
    """``calendar``: the tokens before the entity's last comma when a length follows it ("Jan. 6" of "Jan. 6,
    five days"), else all of them; ``length``: the tokens after that comma (all when no comma splits them);
    ``offset``: the word that makes the length an offset ("ago", "early", "before"), or None."""

    calendar: tuple[Token, ...]
    length: tuple[Token, ...]
    offset: str | None


def date_parts(tokens: Sequence[Token], is_unit: Callable[[Token], float | None]) -> DateParts:
    """Split an entity's tokens (``is_unit`` tells a unit word of a length, as claims.py reads one). A comma
    splits a date from a length only when no unit comes before it ("12 minutes, 31 seconds" is one length)."""
    comma = max((i for i, t in enumerate(tokens) if t.text == ","), default=-1)
    if any(is_unit(t) for t in tokens[: comma + 1]):
        comma = -1
    calendar, length = tuple(tokens[: comma + 1 - (comma >= 0)]), tuple(tokens[comma + 1 :])
    return DateParts(calendar, length, _offset(length, is_unit))


def _offset(length: Sequence[Token], is_unit: Callable[[Token], float | None]) -> str | None:
    """The offset word inside the length or right after the entity, when the length has a unit and nothing
    before it ("for", "during") makes it a length of its own."""
    if not length or not any(is_unit(t) for t in length):
        return None
    doc, first, last = length[0].doc, length[0].i, length[-1].i
    if first > 0 and doc[first - 1].lower_ in _LENGTH_CUES:
        return None
    inside = next((t.lower_ for t in length if t.lower_ in OFFSET_WORDS), None)
    after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
    return inside or (after if after in OFFSET_WORDS else None)


def range_top(length: Sequence[Token]) -> list[Token] | None:
    """The upper end of a range of lengths ("two to three weeks" -> "three weeks"), which eval/claims/PROTOCOL.md
    reads as "up to" the top ("seven or eight" -> up to 8); None when the length is one figure. Read as one
    figure, the two ends multiply (two to three weeks as six)."""
    for i, t in enumerate(length[1:-1], start=1):
        low, high = length[i - 1], length[i + 1]
        joins = t.lower_ in _RANGE_JOINS or t.lower_ == "and" and _after_between(low)
        mixed = t.text == "-" and "/" in high.text  # "2-1/2 years" is two and a half, no range up to a half
        if joins and not mixed and low.like_num and high.like_num:
            return list(length[i + 1 :])
    return None


def _after_between(first: Token) -> bool:
    """Whether "between" comes right before a range's first figure, inside or outside the entity."""
    return first.i > 0 and first.doc[first.i - 1].lower_ == "between"


def calendar_value(tokens: Sequence[Token]) -> str | None:
    """A month with its day ("Dec. 14", "Tuesday, March 3" -> "march 3", which names the day where the weekday
    names only one of every week; "Christmas Eve" -> "december 24"), else a weekday ("early Tuesday" ->
    "tuesday"), as the analysis could not resolve it to a day; None for a bare month or a year."""
    words = [t.lower_.rstrip(".") for t in tokens]
    if named := fixed_day(" ".join(t.lower_ for t in tokens)):
        return f"{month_name(named[0])} {named[1]}"  # "Christmas Eve" -> "december 24"
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next((n for w in words if (n := _day_of_month(w))), None)
    if month is None or day is None or any(w.isdecimal() and len(w) == 4 for w in words):
        return None if weekday is None else weekday_name(weekday)
    return f"{month_name(month)} {day}"


def _day_of_month(word: str) -> int | None:
    """1..31 of "14", "03" or "29th", else None (ASCII digits only: never int() of a subscript digit)."""
    digits = word[:-2] if word[-2:] in ("st", "nd", "rd", "th") else word
    ok = 0 < len(digits) <= 2 and digits.isdecimal() and digits.isascii() and 1 <= int(digits) <= 31
    return int(digits) if ok else None


def resolve_day(
    value: str, anchor: date, ahead: bool, strict: bool = False, week: int = 0, past: bool = False
) -> str:
    """A weekday or a day of a month as ``calendar_value`` writes it ("tuesday", "march 3") resolved to the ISO
    day it names in an article dated ``anchor``: a weekday the latest on or before that date, or the next on or
    after it for an act still to come (``ahead``: "will vote on Tuesday"); a day of a month in the year that puts
    it nearest the anchor ("Dec. 30" in a January article is last year's). Outlets write the day of one event as
    "on Tuesday", "March 3" or "yesterday": resolved, the three compare. A ``strict`` weekday ("last Thursday",
    "next Thursday") is never the anchor's own: said on a Thursday, it is a week before or after; a ``week`` of -1
    or 1 puts a weekday in the calendar week before or after the anchor's ("Tuesday last week", "on Friday next
    week"). A day of a month said of an act told in the past (``past``: "sank on 4 May") is the latest on or
    before the anchor, however near the next one is. Anything else is returned as it is."""
    if value in WEEKDAYS and week:
        return (anchor + timedelta(days=WEEKDAYS[value] - anchor.weekday() + 7 * week)).isoformat()
    if value in WEEKDAYS:
        if strict:  # counted from the day before (after) the anchor
            anchor += timedelta(days=1 if ahead else -1)
        gap = (
            (WEEKDAYS[value] - anchor.weekday()) % 7 if ahead else -((anchor.weekday() - WEEKDAYS[value]) % 7)
        )
        return (anchor + timedelta(days=gap)).isoformat()
    month, _, day = value.partition(" ")
    if month not in MONTH_NAMES or not day.isdecimal():
        return value
    days = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            days.append(date(year, MONTHS[month], int(day)))
        except ValueError:  # February 29 of a year without one
            continue
    if past:
        days = [d for d in days if d <= anchor]
    return min(days, key=lambda d: abs(d - anchor)).isoformat() if days else value


def bare_day(tokens: Sequence[Token]) -> int | None:
    """The day of a date phrase that names its day of the month only ("the 3rd", "18th"): 1..31 written with its
    ordinal suffix, no month, weekday or other word; else None."""
    words = [t.lower_ for t in tokens if t.lower_ != "the"]
    if len(words) != 1 or words[0][-2:] not in ("st", "nd", "rd", "th"):
        return None
    return _day_of_month(words[0])


def day_in_month(day: int, anchor: date, ahead: bool) -> str | None:
    """A day of the month said without its month ("shot on the 3rd") in an article dated ``anchor``: the latest
    such day on or before the anchor, or for an act still to come (``ahead``: "will open on the 18th") the next
    on or after it; None when no month near the anchor has that day."""
    days = []
    for shift in (-1, 0, 1):
        index = anchor.year * 12 + anchor.month - 1 + shift
        try:
            days.append(date(index // 12, index % 12 + 1, day))
        except ValueError:  # "the 31st" of a 30-day month
            continue
    near = [d for d in days if (d >= anchor if ahead else d <= anchor)]
    return (min(near) if ahead else max(near)).isoformat() if near else None


def next_period(value: str, anchor: date) -> str:
    """A month ("2025-07") resolved from the article's date, moved a year on when it lies before the anchor's own
    month: the month an act still to come happens in ("will open in July" said in March 2026 is July 2026)."""
    if len(value) == 7 and value < f"{anchor:%Y-%m}":
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    return value
