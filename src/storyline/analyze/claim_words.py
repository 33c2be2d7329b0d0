"""Word tests every claim reader shares: the entity labels a figure comes in, the calendar's words that are
no measure, and whether a token is a month, a date's or a clock's word."""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.ordinals import ORDINAL_DIGITS
from storyline.lexicon.dates import MONTHS, WEEKDAYS
from storyline.lexicon.measures import DURATION_DAYS

# the entity labels a figure of a claim comes in
FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME")
# Parts of a day: with the calendar's units, not what is timed; beside a clock figure, a time of day's cue.
DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night"))
CALENDAR_WORDS = {*DURATION_DAYS, *DAY_PARTS, "time", "mark"}  # not what is timed
# time-zone abbreviations a clock time is written with (fewer than lexicon.dates.ZONES, whose offsets they lack)
ZONE_WORDS = frozenset("gmt utc bst cet est edt cst cdt mst mdt pst pdt et ct mt pt akdt".split())


def is_date_word(t: Token) -> bool:
    """A month, weekday or ordinal day ("February", "Tue", "15th"): part of a date, never what a figure counts. Not
    a verb in lower case: "were wed five weeks ago", "sat for two hours", "march for an hour" tell an act."""
    if t.tag_.startswith("VB") and t.text.islower():
        return False
    word = t.lower_.rstrip(".")
    return word in MONTHS or word in WEEKDAYS or ORDINAL_DIGITS.fullmatch(word) is not None


def is_clock_word(t: Token) -> bool:
    """A word of a date or clock time itself ("Apr", "11th", "GMT", "p.m."): no event a date or time is of."""
    return is_date_word(t) or t.lower_ in ZONE_WORDS or t.lower_.replace(".", "") in ("am", "pm")


def of_month(t: Token) -> bool:
    """A figure right before or after a month name ("March 3", "3 March"): the day of that month."""
    doc = t.doc
    return any(0 <= j < len(doc) and is_month(doc[j]) for j in (t.i - 1, t.i + 1))


def is_month(t: Token) -> bool:
    """A month name or its abbreviation ("Nov."), capitalised: "may" the verb is none."""
    return t.text[:1].isupper() and t.lower_.rstrip(".") in MONTHS
