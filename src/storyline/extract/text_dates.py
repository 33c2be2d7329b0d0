"""Publication date of a plain-text page: every date the text states, ranked by a small learned model.

Candidates come from the whole text (month names in any dateparser language, ISO and European/US numeric
forms, an ambiguous 05/03/2024 read both ways, relative "3 hours ago" against a container date); a logistic model
over generic features (position, "Published"/"Updated" cues, line shape, agreement with the page's other dates
and date order) and the text path's own reading of the page (``PageContext``: the header dateline's day, the line
labeller's role of the date's line, where the headline stands) picks one, so the header's date and the text's
are ranked together. A best pick less sure than ``text_date_min_p`` leaves the date to the header, else unknown.
Weights (fitted pairwise: the gold date against each other date of its page) and their calibration ship in
``text_dates.json``; ``eval/train_dates.py`` refits them and prints held-out accuracy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import cached_property, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from storyline.extract.cues import COPYRIGHT_MARK
from storyline.extract.linear import LinearModel, load_linear
from storyline.lexicon.dates import (
    DAY_FIRST_ZONES,
    MONTH_FIRST_ZONES,
    month_words,
    persian_month,
    weekday_days,
)
from storyline.settings import DEFAULTS

_MODEL_PATH = Path(__file__).with_name("text_dates.json")
# published_evidence of a date read from the text: "text", or for a numeric date "text-" plus its reading when the
# date proves it (25/03/2024) or the page's own unambiguous dates settle it ("text-dmy"), else "text-ambiguous-"
# plus the reading guessed (05/03/2024 with nothing on the page to tell). analyze/date_order.py settles the
# guessed ones from the outlet's proven ones.
TEXT_EVIDENCE = "text"
AMBIGUOUS_EVIDENCE = "text-ambiguous"
# dates within this many lines of each other are "near" (log_dates_near; 6 beat 1, 3, 10 on half 0)
_NEAR_LINES = 6
_MAX_LINES = 3000  # a page longer than this is scanned only up to here (dates sit near the top)

_WORD = r"[^\W\d_]{3,}"
# where a date may start: after no digit, or glued to a time's minutes or a year, as renderers join adjacent
# inline elements ("16:0125. Oktober 2023", "28. Juni 201914. Januar 2020", "10:20:0022.06.2018"). The leading
# lookahead (a date starts with a digit) skips other positions before the lookbehinds run: same matches, 4x faster.
_START = r"(?=\d)(?:(?<!\d)|(?<=\d:[0-5]\d)|(?<=(?:19|20)\d\d))"
_DAY = r"(?P<d>[0-3]?\d)"
_GLUED_TIME = r"(?:[01]\d|2[0-3]):[0-5]\d(?!\d)"  # "12:44" right after a date's digits
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# an English ordinal suffix, glued or set apart as inscriptis renders a <sup> ("21 st , 2018"); a spaced one is a
# word of its own, so the "st" of Polish "5 stycznia" stays part of the month
_ORDINAL = r"(?:st|nd|rd|th|\s(?:st|nd|rd|th)(?![^\W\d_]))"
# "5 January 2020", "5. Januar 2020", "22 de diciembre de 2020", "5th of Jan. 2020", "29 / Dezember / 2022",
# "05-Jan-2020" (a dash on both sides: "11 - December 13" is a range); a month in two names ("24 نيسان / أبريل
# 2020", "21. juni/lipanj, 2020.") is read by the first one the month table knows
_WORD_DMY = re.compile(
    rf"{_START}(?<!\d\.){_DAY}(?:{_ORDINAL}|er|º|\.)?(?:(?P<dash>-)|\s*(?:/\s*)?)(?:de\s+|of\s+)?(?P<m>{_WORD})\.?"
    rf"(?:\s*/\s*(?P<alt>{_WORD}))?(?(dash)-|,?\s*(?:/\s*)?)"
    r"(?:de\s+|del\s+)?"
    rf"(?:{_YEAR}|['’‘]?(?P<yy>\d\d)(?![\d:]))",
    re.I,
)
# "Jan. 5, 2020", "March 3rd 2020", "September 5th, 2020", "Jan-05-2020", "Jan 5,2020", "Apr 042013" (a
# two-digit day glued to its year)
_WORD_MDY = re.compile(
    rf"(?<![^\W\d_])(?P<m>{_WORD})(?:\.?\s+|(?P<dash>-)){_DAY}"
    rf"(?(dash)-|(?:(?:{_ORDINAL})?\s?,?\s+|(?:,|(?<=\d\d))(?=(?:19|20)\d\d(?![\d.]))))"
    rf"(?:{_YEAR}|['’‘](?P<yy>\d\d)(?!\d))",
    re.I,
)
# the year first, then the month's name: Hungarian "2020. augusztus 18.", Lithuanian "2020 m. rugpjūčio 18 d."
_WORD_YMD = re.compile(rf"(?<![\d.]){_YEAR}(?:\.|\s+m\.)\s*(?P<m>{_WORD})\.?\s+{_DAY}(?!\d)", re.I)
# 2020-01-05, 2020/01/05, 2020.01.05, 2020. 1. 5. (html2text's "2020\. 1. 5." unescapes to two spaces); 2020年1月5日
_YMD = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?:(?P<sep>[-/.])\s{0,2}(?P<m>[01]?\d)(?P=sep)\s?(?P<d>[0-3]?\d)"
    r"|年(?P<m2>[01]?\d)月(?P<d2>[0-3]?\d)日)(?![\d])"
)
# 05/01/2020, 5.1.2020, 05-01-2020, 05.01.20, "26 | 01 | 2022": an ambiguous one is read both ways and the
# ranker picks. A two-digit year glued to its time is that year: html2text writes "Maria 28.09.19 12:44" as
# "Maria28.09.1912:44" (2019-09-28, not 1912)
_NUMERIC = re.compile(
    rf"{_START}(?<![./-])(?P<a>[0-3]?\d)\s?(?P<sep>[-/.|])\s?(?P<b>[0-3]?\d)\s?(?P=sep)\s?"
    rf"(?P<y>\d\d(?={_GLUED_TIME})|(?:19|20)\d\d(?![/-]|\.\d)|\d\d(?![\d/-]|\.\d))"
)
# Solar Hijri dates of Iranian outlets, digits already ASCII: "15 اردیبهشت 1399", "1399/02/15"
_PERSIAN_WORD = re.compile(
    r"(?=\d)(?<!\d)(?P<d>[0-3]?\d)\s*(?P<m>[\u0600-\u06ff]{2,})\s*(?P<y>1[34]\d\d)(?!\d)"
)
_PERSIAN_YMD = re.compile(
    r"(?=1)(?<![\d.])(?P<y>1[34]\d\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"
)
# dpa's story id, printed under its wire copy: "dpa-infocom, dpa:200416-99-704254/3" is from 2020-04-16
_DPA = re.compile(r"(?=[12])(?<![\d-])(?P<y>[12]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)-99-\d{3,6}(?!\d)")
_RELATIVE = re.compile(
    r"\b(?:(?P<n>\d{1,2}|an?|one)\s+(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?)\s+ago|"
    r"(?P<word>yesterday|today))\b",
    re.I,
)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
# the other languages' relative forms are looked for (the pattern is slow) only among a page's first lines, on
# lines this short (a dateline) that hold a count ("vor 3 Stunden": a number of one to three digits, no part of a
# date, time or figure)
_RELATIVE_TOP_LINES = 150
_RELATIVE_MAX_WORDS = 16
_COUNT = re.compile(r"(?<![\d.,:/-])\d{1,3}(?![\d.,:/-])")
_OTHER_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]")
_ZONE = re.compile(r"\b(?:[A-Z]{2,4})\b")
_LIST_ITEM = re.compile(r"^\s*(?:[*+•·o-]\s|\d{1,2}\.\s+(?P<next>[^\W\d_]*))")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h.][0-5]\d(?!\d)(?:\s*[ap]\.?\s?m\.?)?", re.I)
# cue words start and end at a letter boundary, not \b: renderers glue a cue to its date ("Updated21:22")
_PUBLISHED = re.compile(
    r"(?<![^\W\d_])(?:published|posted|publi(?:é|shed|cado|cada|cato|ée?)|ver(?:ö|oe)ffentlich(?:t|ung)|gepubliceerd|"
    r"opublikowano|released|issued|erschienen|pubblicato)(?![^\W\d_])|\b(?:date|datum|fecha|data)\s*:",
    re.I,
)
_UPDATED = re.compile(
    r"(?<![^\W\d_])(?:updated?|modified|last (?:modified|updated)|actualiza(?:do|da|ción)|aktualisiert|mis à jour|"
    r"aggiornato|bijgewerkt|atualizado|stand|edited|revised|ge(?:ä|ae)ndert|aktualisierung|editiert|"
    r"päivitetty)(?![^\W\d_])",
    re.I,
)
_BY = re.compile(r"^\W*(?:by|von|par|por|door|di|av|af)\s+\S|\b(?:by|von|par|por)\s+[A-Z]", re.I)
# A date the page announces rather than was published on: an event, a deadline, an edition, a source's date
_EVENT = re.compile(
    r"\b(?:termin|veranstaltung|findet|tickets?|workshop|webinar|seminar|deadline|event|events|concert|"
    r"kickoff|edition|édition|ausgabe|vom|seit|since|until|bis|from|ab dem|am|on|le|el|il|vol\.|doi|"
    r"retrieved|accessed|abgerufen)\b",
    re.I,
)
# An embedded post's signature: "— Name (@handle) May 3, 2020"
_EMBED = re.compile(r"\(@\w+\)|^\W*(?:—|--)\s")
_SOCIAL = re.compile(r"\b(?:comments?|reply|replies|says|said|wrote|likes?|views?)\b", re.I)
# the lookahead (the words' first letters) skips other positions: same matches, 1.6x faster
_ENGLISH = re.compile(r"\b(?=[taoiwf])(?:the|and|of|to|is|was|for|with|that)\b", re.I)

FEATURES = (
    "bias_word",
    "bias_ymd",
    "bias_numeric",
    "bias_relative",
    "bias_dpa",
    "log_line_index",
    "is_first",
    "log_rank",
    "log_same_count",
    "is_latest",
    "is_earliest",
    "log_days_before_latest",
    "cue_published",
    "cue_published_prev",
    "cue_updated",
    "cue_updated_prev",
    "cue_by",
    "cue_by_near",
    "cue_copyright",
    "cue_social",
    "cue_list_item",
    "cue_event_before",
    "cue_embed",
    "cue_zone",
    "log_line_words",
    "date_share",
    "has_time",
    "year_before_latest",
    "two_digit_year",
    "numeric_ambiguous",
    "reading_vs_page",
    "reading_vs_expected",
    "first_published_cue",
    "first_updated_cue",
    "in_top_decile",
    "header_agrees",
    "role_dateline",
    "role_byline",
    "role_body",
    "above_headline",
    "near_headline",
    "weekday_before",
    "today_bar",
    "first_below_headline",
    "published_just_before",
    "updated_just_before",
    "year_is_mode",
    "log_dates_near",
    "log_same_shape",
    "log_short_run",
    "list_near",
)


@dataclass(frozen=True)
class PageContext:
    """What the rest of the text path read from the page, as evidence for its dates: the day of the header's
    dateline (published.parse_dateline on the labeller's dateline line), the labeller's role of every non-empty
    line and its headline line (indices as storyline.extract.boilerplate.split_lines counts lines)."""

    header_day: date | None = None
    roles: tuple[str, ...] = ()
    headline: int | None = None


@dataclass
class Candidate:
    """One date the text states, where, and the features the ranker sees. An ambiguous numeric date (05/03/2024)
    is two candidates at the same offset, one per reading."""

    day: date
    start: int  # character offset in the text
    line: int  # index among non-empty lines
    kind: str  # word | ymd | numeric | relative | dpa
    has_time: bool = False
    line_text: str = ""
    features: dict[str, float] = field(default_factory=dict)
    order: str | None = None  # a numeric date's reading: "dmy" or "mdy"
    column: int = 0  # character offset in its line


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The words dateparser skips in a date in any language ("on", "de", "et", "sa"): some are also a
    language's weekday abbreviation, so one of them stands for a weekday only when it is written as one."""
    from dateparser.languages.loader import default_loader

    return frozenset(
        word.lower() for locale in default_loader.get_locales() for word in locale.info.get("skip", [])
    )


def _is_weekday(word: str, mark: str, day: date) -> bool:
    """Whether ``word`` printed before the date ``day`` is its weekday. Only the day's own weekday counts, so the
    "Min." of "5 Min. 1. November 2023" (Indonesian for Sunday; that day is a Wednesday) is none. A full name
    ("Mittwoch", "jeudi") always is; a form of two or three letters only in a weekday's own form: followed by a
    dot or comma ("Sa.", "Thu,"), or capitalised and no function word ("Mon 20 Jan"), so the "on" of "Julia on
    11/08/2020", the "de" of "de 21 de Agosto" and the "dia" of "do dia 09 de Outubro" are none."""
    lower = word.lower()
    if day.weekday() not in weekday_days().get(lower, ()):
        return False
    return bool(mark) or len(lower) > 3 or (word[0].isupper() and lower not in _function_words())


def _month(word: str) -> int | None:
    return month_words().get(word.lower().replace("ı", "i"))


def _latest(reference: datetime | None) -> date:
    """The last day a page's date can fall on: the day after its container's date (``reference``; a zone ahead of
    UTC) when there is one, else the day after today."""
    return (reference or datetime.now(UTC)).date() + timedelta(days=1)


def _make(y: int, m: int, d: int, latest: date) -> date | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return None if found > latest else found


def _from_persian(y: int, m: int, d: int, latest: date) -> date | None:
    """The Gregorian day of a Solar Hijri date (1399-02-15 -> 2020-05-04), None if it is no date."""
    if not (1 <= m <= 12 and 1 <= d <= (31 if m <= 6 else 30)):
        return None
    found = _persian_new_year(y) + timedelta(
        days=(m - 1) * 31 + d - 1 if m <= 7 else 186 + (m - 7) * 30 + d - 1
    )
    return None if found > latest else found


@lru_cache(maxsize=64)
def _persian_new_year(y: int) -> date:
    """Nowruz of Solar Hijri year ``y`` in the Gregorian calendar (convertdate's astronomical reckoning, ~20 ms:
    once per year)."""
    from convertdate import persian

    return date(*persian.to_gregorian(y, 1, 1))


def _numeric_order(text: str) -> dict[str, str]:
    """Per separator, "dmy" or "mdy" as the text's unambiguous numeric dates show (day > 12), else nothing."""
    votes: dict[str, Counter[str]] = {}
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            votes.setdefault(m["sep"], Counter())["dmy"] += 1
        elif b > 12 >= a:
            votes.setdefault(m["sep"], Counter())["mdy"] += 1
    return {sep: count.most_common(1)[0][0] for sep, count in votes.items()}


def _zone_order(tail: str) -> str | None:
    """ "dmy" or "mdy" as the zone abbreviation printed after a date says (GMT -> day first, ET -> month first)."""
    for token in _ZONE.findall(tail):
        if token in DAY_FIRST_ZONES:
            return "dmy"
        if token in MONTH_FIRST_ZONES:
            return "mdy"
    return None


def candidates(
    text: str,
    reference: datetime | None = None,
    earliest_year: int = DEFAULTS.clean.earliest_year,
    context: PageContext | None = None,
) -> list[Candidate]:
    """Every date the text states, in text order; relative forms only when a reference date (the container's) is
    given, and no date later than it (else later than today); years before ``earliest_year`` are history the
    article mentions, not when it was published. ``context`` (the
    header's date, the labeller's roles) feeds the features that weigh a date against the page's header."""
    text = _MARKDOWN_ESCAPE.sub(r"\1 ", text)  # html2text escapes "5\\. April"; same length, offsets hold
    if _OTHER_DIGIT.search(text):  # "۲۱" -> "21", one character for one: offsets hold (translate is slow)
        text = text.translate(_digit_table())
    lines: list[tuple[int, str]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            lines.append((offset, raw.rstrip("\r\n")))
        offset += len(raw)
        if len(lines) >= _MAX_LINES:
            break
    page = _page_order(text)
    latest = _latest(reference)
    found: list[Candidate] = []
    for index, (start, line) in enumerate(lines):
        if not _DIGIT.search(line) and not (reference and _RELATIVE.search(line)):
            continue
        spans: list[tuple[int, int]] = []
        for m, day, kind, extra in _scan(line, page, reference, latest, index < _RELATIVE_TOP_LINES):
            span = (m.start(), m.end())
            if (
                day is None
                or day.year < earliest_year
                or any(s < span[1] and span[0] < e and (s, e) != span for s, e in spans)
            ):
                continue  # a later pattern re-reading part of an earlier date
            spans.append(span)
            tail = line[m.end() : m.end() + 40]
            head = line[max(0, m.start() - 20) : m.start()]
            has_time = bool(_TIME.match(tail.lstrip(" ,|-–—@at").lstrip())) or bool(_TIME.search(head))
            order = extra.pop("_order", None)
            cand = Candidate(
                day, start + m.start(), index, kind, has_time, line, order=order, column=m.start()
            )
            zone = float(_zone_order(tail) is not None)
            cand.features = dict(extra, _span=m.end() - m.start(), cue_zone=zone)
            found.append(cand)
    found.sort(key=lambda c: c.start)  # stable: the readings of one date stay in order
    _featurize(found, lines)
    _featurize_context(found, context or PageContext())
    return found


@dataclass(frozen=True)
class _PageOrder:
    """How this page writes numeric dates: the order per separator where its unambiguous dates show one, and
    (``default``) the order without such evidence."""

    seen: dict[str, str]
    text: str  # the page: whether it is English is read only when a date needs the default order

    @cached_property
    def english(self) -> bool:
        """Twenty English function words in the page's first 20,000 characters (the scan stops at the 20th)."""
        return next(islice(_ENGLISH.finditer(self.text[:20000]), 19, None), None) is not None

    def default(self, sep: str) -> str:
        """Without evidence: month first only for slashes in English text (US style), else day first."""
        return "mdy" if sep == "/" and self.english else "dmy"


def _page_order(text: str) -> _PageOrder:
    return _PageOrder(_numeric_order(text), text)


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Arabic-Indic, Persian, Devanagari, Bengali and full-width digits -> ASCII digits."""
    return {base + i: str(i) for base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10) for i in range(10)}


def _scan(
    line: str, page: _PageOrder, reference: datetime | None, latest: date, top: bool
) -> Iterator[tuple[re.Match[str], date | None, str, dict[str, Any]]]:
    """Dates on one line, most explicit pattern first: (match, day, kind, extra features); relative forms in
    other languages than English only on a ``top`` line (in a page's header)."""
    for m in _YMD.finditer(line):
        mm, dd = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
        yield m, _make(int(m["y"]), int(mm), int(dd), latest), "ymd", {}
    for pattern in _word_patterns(line):
        for m, month in _month_matches(pattern, line):
            yy = m.groupdict().get("yy")
            extra = {"two_digit_year": float(yy is not None)}
            yield m, _make(int(m["y"] or yy), month, int(m["d"]), latest), "word", extra
    for m in _NUMERIC.finditer(line):
        yield from _numeric_readings(m, line, page, latest)
    for m in _DPA.finditer(line):
        yield m, _make(int(m["y"]), int(m["m"]), int(m["d"]), latest), "dpa", {}
    for m in _PERSIAN_WORD.finditer(line):
        if (month := persian_month(m["m"])) is not None:
            yield m, _from_persian(int(m["y"]), month, int(m["d"]), latest), "word", {}
    for m in _PERSIAN_YMD.finditer(line):
        yield m, _from_persian(int(m["y"]), int(m["m"]), int(m["d"]), latest), "ymd", {}
    if reference is not None:
        for m in _RELATIVE.finditer(line):
            yield m, _relative(m, reference), "relative", {}
        if top and _COUNT.search(line) and len(words := line.lower().split()) <= _RELATIVE_MAX_WORDS:
            pattern, vocabulary = _relative_pattern()
            for m in pattern.finditer(line) if vocabulary.intersection(words) else ():
                if (count := _DIGITS.search(m[0])) is not None:
                    back = timedelta(**{f"{m.lastgroup}s": int(count[0])})
                    yield m, (reference.replace(tzinfo=None) - back).date(), "relative", {}
        if top and len(line.split()) <= _RELATIVE_MAX_WORDS and _TIME.search(line):
            pattern, back = _day_word_pattern()
            for m in pattern.finditer(line):
                yield m, reference.date() - timedelta(days=back[m["word"].lower()]), "relative", {}


# Every word date holds two digits in a row (its year, or a two-digit one), a month-first or year-first one a year
# ("2020", "'20"): a line without them skips those patterns' scans (the same matches, the word dates of a page in
# 40 % of the time).
_TWO_DIGITS = re.compile(r"\d\d")
_YEAR_HINT = re.compile(r"(?:19|20)\d\d|['’‘]\d\d")


def _word_patterns(line: str) -> tuple[re.Pattern[str], ...]:
    """The word-date patterns that can match on ``line``, in the order _scan reads them."""
    if not _TWO_DIGITS.search(line):
        return ()
    return (_WORD_MDY, _WORD_DMY, _WORD_YMD) if _YEAR_HINT.search(line) else (_WORD_DMY,)


def _month_matches(pattern: re.Pattern[str], line: str) -> Iterator[tuple[re.Match[str], int]]:
    """Matches of a word-date pattern whose word is a month. The search resumes right after a word that is not
    one, so "22:00 GMT, 26 September 2020" still yields the date that "00 GMT, 26" would otherwise swallow."""
    pos = 0
    while (m := pattern.search(line, pos)) is not None:
        alt = m.groupdict().get("alt")
        month = _month(m["m"]) or (_month(alt) if alt else None)
        if month is None:
            pos = m.end("m")
            continue
        yield m, month
        pos = m.end()


def _numeric_readings(
    m: re.Match[str], line: str, page: _PageOrder, latest: date
) -> Iterator[tuple[re.Match[str], date | None, str, dict[str, Any]]]:
    """05/03/2024 as both 5 March and 3 May, each with what speaks for its order: whether the page's unambiguous
    dates (25/03/2024) agree, and whether the expected order agrees: a zone printed after it ("GMT" day first,
    "ET" month first), else the page's unambiguous dates, else its language's default. The zone has no weight of
    its own: no eval page prints one after an ambiguous date. 25/03/2024 is read only the possible way."""
    a, b, sep, y = int(m["a"]), int(m["b"]), m["sep"], m["y"]
    if len(y) == 2 and sep in "-|":
        return  # 05-01-20 is as often a code as a date, "3 | 1 | 20" a table row
    ambiguous = a <= 12 and b <= 12 and a != b
    expected = _zone_order(line[m.end() : m.end() + 40]) or page.seen.get(sep) or page.default(sep)
    readings = ("dmy", "mdy") if ambiguous else ("mdy",) if b > 12 else ("dmy",)
    for reading in readings:
        d, mo = (a, b) if reading == "dmy" else (b, a)
        extra: dict[str, Any] = {
            "two_digit_year": float(len(y) == 2),
            "numeric_ambiguous": float(ambiguous),
            "_order": reading,
        }
        if ambiguous:
            seen = page.seen.get(sep)
            extra["reading_vs_page"] = 0.0 if seen is None else 1.0 if seen == reading else -1.0
            extra["reading_vs_expected"] = 1.0 if expected == reading else -1.0
        yield m, _make(int(y), mo, d, latest), "numeric", extra


def _other_languages(key: str) -> Iterator[dict]:
    """dateparser's ``key`` table of every language but English, whose relative forms are ``_RELATIVE``'s."""
    from dateparser.languages.loader import default_loader

    for locale in default_loader.get_locales():
        if locale.shortname.split("-")[0] != "en":
            yield locale.info.get(key, {})


@lru_cache(maxsize=1)
def _relative_pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    """ "vor 3 Stunden", "prije 26 minuta", "hace 5 días": "N minutes/hours/days/weeks ago" in every other
    dateparser language (its own table; English is ``_RELATIVE``), one named group per unit; and the words of
    those forms, which a line must hold for the pattern to be tried (it is slow)."""
    forms: dict[str, set[str]] = {unit: set() for unit in ("minute", "hour", "day", "week")}
    for table in _other_languages("relative-type-regex"):
        for unit, found in forms.items():
            found.update(p.replace(r"(\d++[.,]?\d*+)", r"\d{1,3}") for p in table.get(f"\\1 {unit} ago", []))
    groups = "|".join(
        f"(?P<{unit}>{'|'.join(sorted(found, key=len, reverse=True))})" for unit, found in forms.items()
    )
    words = {w.lower() for found in forms.values() for p in found for w in _LETTERS.findall(p) if len(w) > 1}
    return re.compile(rf"(?<![^\W\d_])(?:{groups})(?![^\W\d_])", re.I), frozenset(words)


@lru_cache(maxsize=1)
def _day_word_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """ "Hier à 19:20", "Gestern, 14:30", "jučer u 10:52": another language's "yesterday" or "today" (dateparser's
    table; English is ``_RELATIVE``; words of three letters or more that are no language's function word) right
    before a time, at most two short words between (a dateline, not prose: German "hier" is also "here"); and the
    days each word counts back. On half 0 of eval-data/metadata (1214 renders, any capture date) it reads 4 lines
    of 3 pages: "Hier à 19:20" (both renderings), "сегодня в 05:46" and "сегодня в 17:04" (one); opening hours
    ("اليوم 18:00-00:00") no longer."""
    back: dict[str, int] = {}
    # "ma" and "bi" are also "but" and "by"; English "today" and "yesterday" are _RELATIVE's
    skip = _function_words() | {"today", "yesterday"}
    for table in _other_languages("relative-type"):
        for days, key in ((1, "1 day ago"), (0, "0 day ago")):
            for word in table.get(key, []):
                plain = word.replace("'", "").replace("’", "")
                if _LETTERS.fullmatch(plain) and len(plain) >= 3 and word.lower() not in skip:
                    back.setdefault(word.lower(), days)
    words = "|".join(re.escape(w) for w in sorted(back, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![^\W\d_])(?P<word>{words})(?![^\W\d_])[\s,.:|-]*(?:[^\W\d_]{{1,4}}\.?\s+){{0,2}}"
        r"(?=(?:[01]?\d|2[0-3])[:h.][0-5]\d(?!\d)(?!\s?[-–]\s?\d))",  # no opening hours ("18:00-00:00")
        re.I,
    )
    return pattern, back


def _relative(m: re.Match[str], reference: datetime) -> date | None:
    """ "3 hours ago", "yesterday" as the day they name counted back from ``reference`` (dateparser's table)."""
    import dateparser

    base = reference.replace(tzinfo=None)  # the reference's own wall time: its day is the page's day
    found = dateparser.parse(m.group(0), languages=["en"], settings={"RELATIVE_BASE": base})
    return None if found is None else found.date()


def _featurize(found: list[Candidate], lines: list[tuple[int, str]]) -> None:
    if not found:
        return
    counts = Counter(c.day for c in found)
    latest, earliest = max(counts), min(counts)
    n_lines = max(len(lines), 1)
    first_pub = next((c.start for c in found if _cue(lines, c.line, _PUBLISHED)), None)
    first_upd = next((c.start for c in found if _cue(lines, c.line, _UPDATED)), None)
    starts = dict.fromkeys(c.start for c in found)  # the two readings of one numeric date share a rank
    ranks = {start: rank for rank, start in enumerate(starts)}
    # a date among many (a list of related articles, an archive) and a date shape repeated line after line
    lines_of = [c.line for c in {c.start: c for c in found}.values()]
    shapes = {c.start: _shape(c) for c in found}
    shape_lines = Counter(shape for shape, _ in {(shapes[c.start], c.line) for c in found})
    at = {c.line for c in found}  # the lines' run and list facts are read only where a date stands
    runs = _short_runs(lines, at)
    lists = _lists_near(lines, at)
    for c in found:
        rank = ranks[c.start]
        line = lines[c.line][1]
        prev = lines[c.line - 1][1] if c.line > 0 else ""
        nxt = lines[c.line + 1][1] if c.line + 1 < len(lines) else ""
        words = len(line.split())
        f = c.features
        span = f.pop("_span")  # shapes (_shape reads it) are taken above
        f.update(
            {
                f"bias_{c.kind}": 1.0,
                # where a date stands counts from the top (lines), not as a share of the page: how long the chrome
                # below the story runs differs by site template and renderer (rel_pos and line_frac dropped,
                # session 20: --half0 MediaCloud CV +1/+1, trafilatura-labelled reverse +2/+1, CV +5/0, none lower)
                "log_line_index": math.log1p(c.line),
                "is_first": float(rank == 0),
                "log_rank": math.log1p(rank),
                "log_same_count": math.log1p(counts[c.day] - 1),
                "is_latest": float(c.day == latest),
                "is_earliest": float(c.day == earliest and latest != earliest),
                "log_days_before_latest": math.log1p((latest - c.day).days),
                "cue_published": float(bool(_PUBLISHED.search(line))),
                "cue_published_prev": float(bool(_PUBLISHED.search(prev)) and len(prev.split()) <= 4),
                "cue_updated": float(bool(_UPDATED.search(line))),
                "cue_updated_prev": float(bool(_UPDATED.search(prev)) and len(prev.split()) <= 4),
                "cue_by": float(bool(_BY.search(line))),
                "cue_by_near": float(bool(_BY.search(prev)) or bool(_BY.search(nxt))),
                "cue_copyright": float(bool(COPYRIGHT_MARK.search(line))),
                "cue_social": float(bool(_SOCIAL.search(line))),
                "cue_list_item": float(_is_list_item(line)),
                "cue_event_before": float(bool(_EVENT.search(line[: c.column]))),
                "cue_embed": float(bool(_EMBED.search(line))),
                "log_line_words": math.log1p(words),
                "date_share": span / max(len(line.strip()), 1),
                "has_time": float(c.has_time),
                "year_before_latest": float(c.day.year < latest.year),
                "first_published_cue": float(c.start == first_pub),
                "first_updated_cue": float(c.start == first_upd),
                "in_top_decile": float(c.line / n_lines < 0.1),
                "log_dates_near": math.log1p(sum(abs(n - c.line) <= _NEAR_LINES for n in lines_of) - 1),
                "log_same_shape": math.log1p(shape_lines[shapes[c.start]] - 1),
                "log_short_run": math.log1p(runs[c.line]),
                "list_near": lists[c.line],
            }
        )


_SENTENCE_END = re.compile(r"[.!?…:]['\"”’)]?\s*$")


def _short_runs(lines: list[tuple[int, str]], at: Iterable[int]) -> dict[int, int]:
    """Per line of ``at``, how many lines its run of short, unpunctuated lines (a menu, a list of related links)
    holds; 0 for a line of prose. The lines are read only as far as those runs reach."""
    runs = {}
    for i in at:
        start, end = i, i
        while end < len(lines) and _is_short(lines[end][1]):
            end += 1
        while end > i and start > 0 and _is_short(lines[start - 1][1]):
            start -= 1
        runs[i] = end - start
    return runs


@lru_cache(maxsize=1 << 16)  # menus and link lists recur across an outlet's pages
def _is_short(line: str) -> bool:
    """Twelve words or fewer without a sentence's end: a line of a menu or a list of links."""
    return len(line.split()) <= 12 and not _SENTENCE_END.search(line)


@lru_cache(maxsize=1 << 16)  # list marks recur on the lines of related-link lists
def _is_list_item(line: str) -> bool:
    """Whether a line starts with a list marker ("* ", "- ", "3. "); the day of a date leading its line ("22. Januar
    2020", html2text's "22\\. Januar") is no number of a list."""
    m = _LIST_ITEM.match(line)
    return m is not None and not (m["next"] and _month(m["next"]))


def _lists_near(lines: list[tuple[int, str]], at: Iterable[int]) -> dict[int, float]:
    """Per line of ``at``, the share of the seven lines around it that are list items (a list of related links)."""
    out = {}
    for i in at:
        window = [float(_is_list_item(line)) for _, line in lines[max(0, i - 3) : i + 4]]
        out[i] = sum(window) / len(window)
    return out


_WEEKDAY_HEAD = re.compile(r"([^\W\d_]{2,})(\.?,?)\s*$")


def _featurize_context(found: list[Candidate], context: PageContext) -> None:
    """Features that weigh a date against the rest of the page: the header's date, the labeller's role of its
    line, where it stands from the headline, a weekday printed right before it, its year against the page's."""
    if not found:
        return
    years = Counter(c.day.year for c in found)
    top_year = years.most_common(1)[0][0]
    roles, headline = context.roles, context.headline
    first_below = next((c.start for c in found if headline is not None and c.line >= headline), None)
    for c in found:
        role = roles[c.line] if c.line < len(roles) else ""
        head = c.line_text[: c.column]
        weekday = _WEEKDAY_HEAD.search(head)
        weekday_before = weekday is not None and _is_weekday(weekday[1], weekday[2], c.day)
        above = headline is not None and c.line < headline
        c.features.update(
            {
                "header_agrees": float(c.day == context.header_day),
                "role_dateline": float(role == "dateline"),
                "role_byline": float(role == "byline"),
                "role_body": float(role == "body"),
                "above_headline": float(above),
                "near_headline": float(headline is not None and 0 < c.line - headline <= 8),
                "weekday_before": float(weekday_before),
                # a page's today's-date bar: a weekday and a date alone on a line above the headline. Its weight
                # stays near 0: on half 0 (inscriptis) 13 of the 18 such dates on MediaCloud pages are the gold day
                # (pages crawled the day they were published), 5 of 15 on trafilatura-labelled pages
                "today_bar": float(weekday_before and above and c.features["date_share"] > 0.4),
                # the article's dateline is the first date under its headline; related links, comments and footers
                # come later. MediaCloud pages right, reverse fit (half 0): 79 -> 81 / 79 -> 80 of 92 (inscriptis /
                # html2text); shipped fit (half 1): 84 -> 84 / 86 -> 85 of 108; trafilatura-labelled +0/+2, +0/+1
                "first_below_headline": float(c.start == first_below),
                "published_just_before": float(bool(_PUBLISHED.search(head[-30:]))),
                "updated_just_before": float(bool(_UPDATED.search(head[-30:]))),
                "year_is_mode": float(c.day.year == top_year),
            }
        )


_LETTERS = re.compile(r"[^\W\d_]+")


def _shape(c: Candidate) -> str:
    """How a date is written, its words and digits masked: "May 3, 2020" and "June 12, 2021" share "a 9, 9"."""
    text = c.line_text[c.column : c.column + int(c.features["_span"])]
    return _DIGITS.sub("9", _LETTERS.sub("a", " ".join(text.split())))


def _cue(lines: list[tuple[int, str]], index: int, pattern: re.Pattern[str]) -> bool:
    prev = lines[index - 1][1] if index > 0 else ""
    return bool(pattern.search(lines[index][1])) or (bool(pattern.search(prev)) and len(prev.split()) <= 4)


def vector(c: Candidate) -> list[float]:
    return [c.features.get(name, 0.0) for name in FEATURES]


@lru_cache(maxsize=1)
def _model() -> LinearModel | None:
    return load_linear(_MODEL_PATH, FEATURES)  # None without weights for these features: eval/train_dates.py


def score(c: Candidate, model: LinearModel) -> float:
    return model.logit(vector(c))


def confidence(logit: float, model: LinearModel) -> float:
    """How often the ranker's best candidate at this score is the publication date, by the Platt calibration
    eval/train_dates.py stores with the weights (1.0 for a model without one)."""
    if "calibration" not in model.extra:
        return 1.0
    a, b = model.extra["calibration"]
    return 1 / (1 + math.exp(-(a * logit + b)))


def url_pick(found: list[Candidate], url_day: date | None, model: LinearModel) -> Candidate | None:
    """The best-scored candidate stating the day the page's URL states (/2020/03/23/), else None: a date both
    the text and the address give is the publication date (half 0 of eval-data/metadata, inscriptis: right on
    67 of the 68 pages whose URL day is a candidate, the ranker alone on 65)."""
    same = [c for c in found if url_day is not None and c.day == url_day]
    return max(same, key=lambda c: score(c, model)) if same else None


def best_candidate(
    text: str,
    reference: datetime | None = None,
    earliest_year: int = DEFAULTS.clean.earliest_year,
    min_p: float = DEFAULTS.clean.text_date_min_p,
    context: PageContext | None = None,
    url: str | None = None,
) -> Candidate | None:
    """The date the ranker takes for the publication date; None when the text states no date, the best one is
    right less often than ``min_p`` (the date is then unknown rather than likely wrong), or the header's date
    (``context``) is none of the candidates, so the ranker cannot weigh it against them. A candidate stating
    the day of the page's ``url`` wins outright (``url_pick``)."""
    from storyline.extract.published import date_from_url

    found = candidates(text, reference, earliest_year, context)
    model = _model()
    if not found or model is None:
        return None
    url_day = date_from_url(url)
    if (picked := url_pick(found, url_day.date() if url_day else None, model)) is not None:
        return picked
    header_day = context.header_day if context is not None else None
    if header_day is not None and not any(c.day == header_day for c in found):
        return None
    best = max(found, key=lambda c: score(c, model))
    if confidence(score(best, model), model) < min_p:
        return None
    return header_reading(found, best, header_day)


def header_reading(found: list[Candidate], best: Candidate, header_day: date | None) -> Candidate:
    """``best``, unless it is the other reading of the header's own numeric dateline and the page's unambiguous
    dates do not prove its order: the header's reading (and its printed time) then stands."""
    if header_day is None or best.day == header_day or best.features.get("reading_vs_page", 0.0) == 1.0:
        return best
    return next((c for c in found if c.start == best.start and c.day == header_day), best)


def published_from_text(text: str, reference: datetime | None = None) -> date | None:
    """The publication day a plain-text page states, or None when it states none the ranker is sure of."""
    best = best_candidate(text, reference)
    return None if best is None else best.day


def _evidence(order: str | None, features: dict[str, Any]) -> str:
    """A numeric reading is a guess when both readings are dates and the page's own unambiguous dates don't back
    this one: the outlet's other articles may then settle it (analyze/date_order.py)."""
    if order is None:
        return TEXT_EVIDENCE
    guessed = bool(features.get("numeric_ambiguous")) and features.get("reading_vs_page", 0.0) != 1.0
    return f"{AMBIGUOUS_EVIDENCE if guessed else TEXT_EVIDENCE}-{order}"


def numeric_evidence(evidence: str | None) -> tuple[str, bool] | None:
    """(order, guessed) a numeric text date's evidence records ("text-ambiguous-dmy" -> ("dmy", True)), None for
    any other evidence."""
    for prefix, guessed in ((f"{AMBIGUOUS_EVIDENCE}-", True), (f"{TEXT_EVIDENCE}-", False)):
        if evidence and evidence.startswith(prefix) and evidence[len(prefix) :] in ("dmy", "mdy"):
            return evidence[len(prefix) :], guessed
    return None


def dateline_evidence(line: str, day: date, text: str) -> str:
    """The evidence of the date a header dateline states (``day``), read as ``date_from_text`` reads its dates:
    a numeric dateline records its reading, and whether ``text`` (the whole page) settles it."""
    page = _page_order(text)
    for m in _NUMERIC.finditer(line):
        for _, found, _, extra in _numeric_readings(m, line, page, _latest(None)):
            if found == day:
                return _evidence(extra["_order"], extra)
    return TEXT_EVIDENCE


def date_from_text(
    text: str,
    reference: datetime | None = None,
    local_zone: tzinfo | None = None,
    earliest_year: int = DEFAULTS.clean.earliest_year,
    min_p: float = DEFAULTS.clean.text_date_min_p,
    context: PageContext | None = None,
    url: str | None = None,
) -> tuple[datetime, str] | None:
    """The publication date a plain-text page states and its evidence (see ``TEXT_EVIDENCE``): with its time
    when the dateline prints one, else midnight UTC of that day; None when the text states no date the ranker is
    sure of. Relative forms ("3 hours ago") count only against ``reference``, the container's date; a date the
    page's ``url`` repeats wins."""
    from storyline.extract.published import parse_dateline

    best = best_candidate(text, reference, earliest_year, min_p, context, url)
    if best is None:
        return None
    evidence = _evidence(best.order, best.features)
    if best.has_time:
        stated = parse_dateline(best.line_text.strip(" \t*+#>|"), allow_slow=False, local_zone=local_zone)
        if stated is not None and stated.date() == best.day:
            return stated, evidence
    return datetime(best.day.year, best.day.month, best.day.day, tzinfo=UTC), evidence
