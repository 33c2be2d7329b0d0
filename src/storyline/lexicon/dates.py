"""English month and weekday names and the time-zone abbreviations news prints, the one table every date reader uses
(no heavy imports; other languages' month and weekday names come from dateparser's data on first use)."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

_MONTH_NAMES = "january february march april may june july august september october november december".split()
_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()

# Full names, three-letter abbreviations and "sept"/"tues"-style longer ones, lower case -> 1..12.
MONTHS: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH_NAMES: frozenset[str] = frozenset(_MONTH_NAMES)

# Full names and abbreviations, lower case -> 0 (Monday) .. 6 (Sunday), as datetime.weekday().
WEEKDAYS: dict[str, int] = {name: i for i, name in enumerate(_WEEKDAY_NAMES)}
WEEKDAYS.update({name[:3]: i for name, i in list(WEEKDAYS.items())})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})


@lru_cache(maxsize=1)
def weekday_days() -> dict[str, frozenset[int]]:
    """Weekday names and abbreviations in every dateparser language, lower case -> the weekdays (0 Monday .. 6)
    they name in some language ("mittwoch" -> {2}). One word can name different days ("mar" is Tuesday in
    Spanish, "min" Sunday in Indonesian), so a reader checks a date against them rather than the word alone."""
    from dateparser.languages.loader import default_loader

    days: dict[str, set[int]] = {}
    for locale in default_loader.get_locales():
        for number, key in enumerate(_WEEKDAY_NAMES):
            for word in locale.info.get(key, []):
                if len(word := word.lower().rstrip(".")) >= 2:
                    days.setdefault(word, set()).add(number)
    return {word: frozenset(numbers) for word, numbers in days.items()}


@lru_cache(maxsize=1)
def month_words() -> dict[str, int]:
    """Month names and abbreviations in every dateparser language, lower case -> 1..12 (English wins: a word
    naming different months in two languages takes the month most languages give it, an English one its own)."""
    from dateparser.languages.loader import default_loader

    votes: dict[str, Counter[int]] = {}
    for locale in default_loader.get_locales():
        for number, key in enumerate(_MONTH_NAMES, start=1):
            for word in locale.info.get(key, []):
                word = word.lower().rstrip(".")
                if len(word) >= 3 and word.isalpha():
                    votes.setdefault(word, Counter())[number] += 1
    table = {word: count.most_common(1)[0][0] for word, count in votes.items()}
    table.update(MONTHS)
    return table


def _alternation(names: dict[str, int]) -> str:
    return "|".join(sorted(names, key=len, reverse=True))


# Regex fragment (no groups, case as written: compile with re.I): a month name, with an optional abbreviation dot
# ("Jan.", "Sept.").
MONTH_RE = rf"(?:{_alternation(MONTHS)})\b\.?"
# Title case only, for patterns without re.I where "may" or "march" in lower case is a verb.
MONTH_RE_TITLE = rf"(?:{'|'.join(sorted((m.title() for m in MONTHS), key=len, reverse=True))})\b\.?"
# A full weekday name in title case ("Tuesday").
WEEKDAY_RE_TITLE = rf"(?:{'|'.join(w.title() for w in _WEEKDAY_NAMES)})\b"


def month_number(text: str) -> int | None:
    """1..12 for a month name or abbreviation ("Sept.", "jan", "March"), else None."""
    return MONTHS.get(text.strip().lower().rstrip("."))


def weekday_number(text: str) -> int | None:
    """0 (Monday) .. 6 for a weekday name or abbreviation ("Tues.", "friday"), else None."""
    return WEEKDAYS.get(text.strip().lower().rstrip("."))


def month_name(number: int) -> str:
    """The full lower-case name of month 1..12: one spelling for "Sept.", "sep" and "September"."""
    return _MONTH_NAMES[number - 1]


def weekday_name(number: int) -> str:
    """The full lower-case name of weekday 0 (Monday) .. 6: one spelling for "Tues." and "Tuesday"."""
    return _WEEKDAY_NAMES[number]


# Offsets in hours of the zone abbreviations newsrooms print after a time.
ZONES = {
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 1,
    "cet": 1,
    "cest": 2,
    "eet": 2,
    "eest": 3,
    "msk": 3,
    "est": -5,
    "edt": -4,
    "cst": -6,
    "cdt": -5,
    "mst": -7,
    "mdt": -6,
    "pst": -8,
    "pdt": -7,
    "ist": 5.5,
    "jst": 9,
    "aest": 10,
    "aedt": 11,
}


# Words naming a day counted from the article's own, by how many days from it: the one table behind reading them
# as dates (analyze.date_mentions), after a clock time (analyze.clock_times) and as the reporting day
# (analyze.claim_dates). "this" before a part of the day ("this morning") is the article's day too.
RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}


# Named days on one date every year, as news names an event's day ("robbed on Christmas Eve"): (month, day).
FIXED_DAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
    "new year's day": (1, 1), "valentine's day": (2, 14), "st patrick's day": (3, 17), "anzac day": (4, 25),
    "canada day": (7, 1), "independence day": (7, 4), "bastille day": (7, 14), "halloween": (10, 31),
    "bonfire night": (11, 5), "armistice day": (11, 11), "veterans day": (11, 11),
}  # fmt: skip


def fixed_day(words: str) -> tuple[int, int] | None:
    """(month, day) of a named day in lower-case words ("on christmas eve", "new year’s day"), else None."""
    text = words.replace("’", "'").replace("saint ", "st ").replace("st. ", "st ")
    return next((md for name, md in FIXED_DAYS.items() if name in text), None)


def is_period(value: str) -> bool:
    """A stored date value naming a year or a month, no day ("2002", "2006-09")."""
    return len(value) in (4, 7) and value[:4].isdecimal()


# Month words of the line labeller's training pages (English, German, French), as one of its line features: the
# shipped CRF was fitted with exactly this pattern, so it changes only with a refit (eval/train_lines.py).
TRAINING_MONTH_RE = (
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|"
    r"dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)[a-z]*\.?\b"
)

# Zone abbreviations printed after a dateline's time, by the numeric date order of the places that print them:
# British/European/Indian/Australian outlets write day first, US outlets month first. Case as printed
# (upper case only: "ET" is also French for "and").
DAY_FIRST_ZONES: frozenset[str] = frozenset(
    "GMT BST UTC WET WEST CET CEST EET EEST MSK IST SAST AEST AEDT ACST AWST NZST NZDT".split()
)
MONTH_FIRST_ZONES: frozenset[str] = frozenset(
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST".split()
)

# Solar Hijri (Persian calendar) month names as Iranian outlets print them, -> 1..12; Arabic yeh/kaf are folded
# to the Persian ones before lookup (persian_month). Dates in it are converted with convertdate.
PERSIAN_MONTHS: dict[str, int] = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "امرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}


def persian_month(text: str) -> int | None:
    """1..12 for a Solar Hijri month name in Persian script ("اردیبهشت", also with Arabic yeh/kaf), else None."""
    return PERSIAN_MONTHS.get(text.strip().replace("ي", "ی").replace("ك", "ک"))
