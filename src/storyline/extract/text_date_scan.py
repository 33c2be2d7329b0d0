"""Every date a plain-text page states, read line by line: month names in any dateparser language, ISO and
European/US numeric forms (an ambiguous 05/03/2024 read both ways, with what the page says of its order), Solar
Hijri and dpa story-id dates, and relative forms ("3 hours ago", "vor 3 Stunden") against a container date.
``storyline.extract.text_dates`` ranks what this finds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, lru_cache
from itertools import islice
from typing import Any

from storyline.extract.english_variety import british_spelled
from storyline.lexicon.dates import DAY_FIRST_ZONES, MONTH_FIRST_ZONES, month_words, persian_month

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
NUMERIC = re.compile(
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
DIGITS = re.compile(r"\d+")
LETTERS = re.compile(r"[^\W\d_]+")
# the other languages' relative forms are looked for (the pattern is slow) only among a page's first lines, on
# lines this short (a dateline) that hold a count ("vor 3 Stunden": a number of one to three digits, no part of a
# date, time or figure)
_RELATIVE_TOP_LINES = 150
_RELATIVE_MAX_WORDS = 16
_COUNT = re.compile(r"(?<![\d.,:/-])\d{1,3}(?![\d.,:/-])")
_OTHER_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]")
_ZONE = re.compile(r"\b(?:[A-Z]{2,4})\b")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h.][0-5]\d(?!\d)(?:\s*[ap]\.?\s?m\.?)?", re.I)
# the lookahead (the words' first letters) skips other positions: same matches, 1.6x faster
_ENGLISH = re.compile(r"\b(?=[taoiwf])(?:the|and|of|to|is|was|for|with|that)\b", re.I)


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
    span: int = 0  # characters the date takes on its line
    comment: bool = (
        False  # it signs a reader's comment (text_date_features marks it): never the publication date
    )


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The words dateparser skips in a date in any language ("on", "de", "et", "sa"): some are also a
    language's weekday abbreviation, so one of them stands for a weekday only when it is written as one."""
    from dateparser.languages.loader import default_loader

    return frozenset(
        word.lower() for locale in default_loader.get_locales() for word in locale.info.get("skip", [])
    )


def month_number(word: str) -> int | None:
    """The month a word names in any language the month table knows (Turkish dotless i read as i)."""
    return month_words().get(word.lower().replace("ı", "i"))


def latest_day(reference: datetime | None) -> date:
    """The last day a page's date can fall on: the day after its container's date (``reference``; a zone ahead of
    UTC) when there is one, else the day after today."""
    return (reference or datetime.now(UTC)).date() + timedelta(days=1)


def _make(y: int, m: int, d: int, latest: date) -> date | None:
    """The day of year, month and day (a two-digit year in 1970-2069), None if it is none or after ``latest``."""
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
    for m in NUMERIC.finditer(text):
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


@dataclass(frozen=True)
class PageOrder:
    """How this page writes numeric dates: the order per separator where its unambiguous dates show one, and
    (``default``) the order without such evidence."""

    seen: dict[str, str]
    text: str  # the page: whether it is English is read only when a date needs the default order

    @cached_property
    def english(self) -> bool:
        """Twenty English function words in the page's first 20,000 characters (the scan stops at the 20th)."""
        return next(islice(_ENGLISH.finditer(self.text[:20000]), 19, None), None) is not None

    @cached_property
    def british(self) -> bool:
        """British spellings ("organisers", "colour") outnumber American ones in the page's first 20,000
        characters."""
        return british_spelled(self.text[:20000])

    def default(self, sep: str) -> str:
        """Without evidence: month first only for slashes in English text spelled the American way (US style),
        else day first."""
        return "mdy" if sep == "/" and self.english and not self.british else "dmy"


def page_order(text: str) -> PageOrder:
    return PageOrder(_numeric_order(text), text)


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Arabic-Indic, Persian, Devanagari, Bengali and full-width digits -> ASCII digits."""
    return {base + i: str(i) for base in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10) for i in range(10)}


def _scan(
    line: str, page: PageOrder, reference: datetime | None, latest: date, top: bool
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
    for m in NUMERIC.finditer(line):
        yield from numeric_readings(m, line, page, latest)
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
                if (count := DIGITS.search(m[0])) is not None:
                    back = timedelta(**{f"{m.lastgroup}s": int(count[0])})
                    yield m, (reference.replace(tzinfo=None) - back).date(), "relative", {}
        if top and len(line.split()) <= _RELATIVE_MAX_WORDS and TIME.search(line):
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
        month = month_number(m["m"]) or (month_number(alt) if alt else None)
        if month is None:
            pos = m.end("m")
            continue
        yield m, month
        pos = m.end()


def numeric_readings(
    m: re.Match[str], line: str, page: PageOrder, latest: date
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
    words = {w.lower() for found in forms.values() for p in found for w in LETTERS.findall(p) if len(w) > 1}
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
    skip = function_words() | {"today", "yesterday"}
    for table in _other_languages("relative-type"):
        for days, key in ((1, "1 day ago"), (0, "0 day ago")):
            for word in table.get(key, []):
                plain = word.replace("'", "").replace("’", "")
                if LETTERS.fullmatch(plain) and len(plain) >= 3 and word.lower() not in skip:
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


def scan_page(
    text: str, reference: datetime | None, earliest_year: int
) -> tuple[list[Candidate], list[tuple[int, str]]]:
    """Every date the text states, in text order, and the page's non-empty lines (offset, text) they index;
    relative forms only when a reference date (the container's) is given, and no date later than it (else later
    than today); years before ``earliest_year`` are history the article mentions, not when it was published."""
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
    page = page_order(text)
    latest = latest_day(reference)
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
            has_time = bool(TIME.match(tail.lstrip(" ,|-–—@at").lstrip())) or bool(TIME.search(head))
            order = extra.pop("_order", None)
            cand = Candidate(
                day,
                start + m.start(),
                index,
                kind,
                has_time,
                line,
                order=order,
                column=m.start(),
                span=m.end() - m.start(),
            )
            zone = float(_zone_order(tail) is not None)
            cand.features = dict(extra, cue_zone=zone)
            found.append(cand)
    found.sort(key=lambda c: c.start)  # stable: the readings of one date stay in order
    return found, lines
