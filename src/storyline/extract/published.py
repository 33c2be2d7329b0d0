"""Publication dates from a dateline, a URL path or HTML markup, always timezone-aware.

A cheap regex handles the usual English datelines; dateparser (slow) only sees short lines that look like dates
but that regex missed, and only when every word of the line is one dateparser knows in some language (it parses
no other line, and rejecting one costs it ~50 ms of trying every locale).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

from storyline.lexicon.dates import MONTH_RE, MONTHS, WEEKDAYS, ZONES, weekday_days
from storyline.lexicon.folding import unaccented
from storyline.settings import DEFAULTS

_MONTH = rf"(?P<month>{MONTH_RE})"
# a weekday in any language ("Tues.", "Mi.,", "Sonntag,"), checked against the date it names (_names_its_day)
_WEEKDAY = r"(?:(?P<weekday>[^\W\d_]{2,})\.?,?\s+)?"
_TIME = (
    r"(?:\s*(?:,|at|-|–|—|\|)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*(?P<zone>[a-z]{1,4}|[+-]\d{2}:?\d{2}))?)?"
)
_PREFIX = r"^(?:(?:published|updated|posted|last (?:updated|modified)|first published|date)(?: on)?\s*:?\s*)?"
_DMY = re.compile(
    _PREFIX + _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME,
    re.I,
)
_MDY = re.compile(
    _PREFIX + _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME, re.I
)
_ISO = re.compile(
    _PREFIX
    + r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?",
    re.I,
)
# Numeric day/month/year: day first unless the first number cannot be a month-day pair that way (UK/EU default).
_NUMERIC = re.compile(
    _PREFIX + _WEEKDAY + r"(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})" + _TIME, re.I
)
_LOOKS_DATED = re.compile(r"\b(19|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_WORDISH = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more: a month or weekday name, maybe
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|$)")


def _zone(text: str | None) -> timezone:
    if not text:
        return UTC
    text = text.lower()
    if text in ZONES:
        return timezone(timedelta(hours=ZONES[text]))
    m = _OFFSET.fullmatch(text)
    if m:
        delta = timedelta(hours=int(m[2]), minutes=int(m[3]))
        return timezone(delta if m[1] == "+" else -delta)
    return UTC


def _build(m: re.Match[str], local_zone: tzinfo | None = None) -> datetime | None:
    g = m.groupdict()
    month = int(g["month"]) if g["month"].isdigit() else MONTHS[g["month"].lower().rstrip(".")]
    day = int(g["day"])
    if g["month"].isdigit() and month > 12 >= day:  # 03/25/2020: month first after all
        month, day = day, month
    hour = int(g["hour"]) if g.get("hour") else 0
    minute = int(g["minute"]) if g.get("minute") else 0
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = g.get("zone")
    if zone and zone.lower() not in ZONES and zone[0] not in "+-":
        zone = None
    try:
        if (
            zone is None and g.get("hour") and local_zone is not None
        ):  # "16/06/2020 — 15:05": outlet's local time
            local = datetime(int(g["year"]), month, day, hour, minute, tzinfo=local_zone)
            return local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
        return datetime(int(g["year"]), month, day, hour, minute, tzinfo=_zone(zone))
    except ValueError:
        return None


def parse_dateline(
    line: str,
    *,
    allow_slow: bool = True,
    local_zone: tzinfo | None = None,
    max_words: int = DEFAULTS.clean.max_dateline_words,
    earliest_year: int = DEFAULTS.clean.earliest_year,
) -> datetime | None:
    """The date a short dateline states ("Friday 03 March 2017 09:15 GMT"), or None for any other line or a
    year before ``earliest_year`` (html2text glues "28.09.19 12:44" into "28.09.1912:44": no 1912 web news).

    A time printed without a zone is read in ``local_zone`` (fixed offset of that day) when given, else UTC.
    """
    found = _dateline(line, allow_slow, local_zone, max_words)
    return None if found is None or found.year < earliest_year else found


def _dateline(line: str, allow_slow: bool, local_zone: tzinfo | None, max_words: int) -> datetime | None:
    text = line.strip().replace("\u00a0", " ")
    if len(text.split()) > max_words or not _LOOKS_DATED.search(text):
        return None
    dated = _unlabelled(text)
    for form in dict.fromkeys((text, dated)):
        for pattern in (_DMY, _MDY, _ISO, _NUMERIC):
            m = pattern.match(form)
            if m and _names_its_day(m, found := _build(m, local_zone)):
                rest = form[m.end() :].strip(" ,.|-–—")
                return found if len(rest.split()) <= 3 else None
    text = dated
    if allow_slow and len(text.split()) <= 8 and _WORDISH.search(text):
        found = _slow_parse(text)
        return found if found is not None and str(found.year) in text else None  # not a relative "3 days ago"
    return None


def _names_its_day(m: re.Match[str], found: datetime | None) -> bool:
    """Whether the word a dateline pattern read as its weekday is one: an English weekday name, or a weekday in
    another dateparser language that names the date's own day ("Mi., 08.07.2020"; not "Berlin 8 July 2020")."""
    word = (m.groupdict().get("weekday") or "").lower()
    if not word or word in WEEKDAYS:
        return True
    return found is not None and found.weekday() in weekday_days().get(word, ())


# a label of one or two words before the date's first digit: "Veröffentlicht am", "Publié le", "Publicado el:" (not
# "Posted by Zorblax": a byline)
_LABEL = re.compile(r"([^\W\d_]+)(?:\s*:?\s+[^\W\d_]+)?\s*:?\s*(?=\d)")


def _unlabelled(text: str) -> str:
    """``text`` without a leading label in any language ("Veröffentlicht am 3. März 2020" -> "3. März 2020"), so
    the date patterns or dateparser's strict parse read the date: a label starts with a word no dateparser locale
    knows (a weekday or a month is known, so "Dienstag, 3. März 2020" stays whole)."""
    m = _LABEL.match(text)
    return text[m.end() :] if m and _fold(m[1]) not in _dateparser_words() else text


_LETTERS = re.compile(r"[^\W\d_]+")
# Scripts written without spaces between words: a run of their letters may be several known words.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def _fold(text: str) -> str:
    """Lower case without accents, as dateparser normalises before it looks words up."""
    return unaccented(text).casefold()


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _strings(value)


@lru_cache(maxsize=1)
def _dateparser_words() -> frozenset[str]:
    """Every letter run in any dateparser locale's data (month, weekday, relative and filler words, the regexes
    of its simplifications), its fixed tokens and zone names, folded: a superset of the words it can parse."""
    from dateparser.conf import settings
    from dateparser.languages.dictionary import ALWAYS_KEEP_TOKENS, KNOWN_WORD_TOKENS
    from dateparser.languages.loader import default_loader
    from dateparser.timezones import timezone_info_list

    texts: list[str] = [*ALWAYS_KEEP_TOKENS, *KNOWN_WORD_TOKENS, *settings.SKIP_TOKENS, "st nd rd th"]
    for locale in default_loader.get_locales():
        texts.extend(_strings(locale.info))
    for info in timezone_info_list:
        texts.extend(name for name, _ in info["timezones"])
    return frozenset(_words(texts))


def _words(texts: Iterable[str]) -> Iterator[str]:
    for text in texts:
        yield from _LETTERS.findall(_fold(text))


def _dateparser_may_parse(text: str) -> bool:
    """False when a word of ``text`` is in no dateparser locale: dateparser (strict) then finds no date in it."""
    known = _dateparser_words()
    return all(word in known or _UNSPACED.search(word) for word in _words([text]))


# A zone the line prints stays the date's own ("Senin, 4 Mei 2020 04:25 WIB" is 4 May, not 3 May in UTC); a line
# without one comes back naive ("local" only keeps dateparser from converting) and is read as UTC.
_DATEPARSER_SETTINGS = {"TIMEZONE": "local", "STRICT_PARSING": True}


def _slow_parse(text: str) -> datetime | None:
    """dateparser for other languages/orders; only reached for short, date-looking lines of date words."""
    if not _dateparser_may_parse(text):
        return None
    import dateparser

    try:
        found = dateparser.parse(text, settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if found is None:
        return None
    return found.replace(tzinfo=timezone(found.utcoffset() or timedelta(0)) if found.tzinfo else UTC)


def load_dateparser() -> None:
    """Build dateparser's tables now: its word list and every locale's word-splitting regex, which it otherwise
    compiles one locale at a time on the first datelines it tries (~1-4 s in all, once a process). A long run
    pays the same either way; a timing (bench/textpath.py) calls this first so that the one-off stays apart."""
    import dateparser

    _dateparser_words()
    dateparser.parse("zzzq 2020", settings=_DATEPARSER_SETTINGS)  # a word of no locale: every locale is tried


def date_from_url(url: str | None) -> datetime | None:
    """A /2017/03/05/-style date in the URL path (midnight UTC), or None."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=UTC)
    except ValueError:
        return None


def parse_iso(value: str | None) -> datetime | None:
    """An ISO-ish date/datetime string (feeds, hints, markup) as an aware datetime, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = parse_dateline(value)
        if found is None:
            return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


# Markup that states the publication datetime outright, most explicit first (meta name/property/itemprop, lower case).
_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
)


def _plausible(value: str | None, earliest_year: int) -> datetime | None:
    """A markup date string as an aware datetime, dropping impossible ones (pre-web, or in the future)."""
    found = parse_iso(value)
    if found is None or found.year < earliest_year or found > datetime.now(UTC) + timedelta(days=1):
        return None
    return found


def _json_ld_dates(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("datePublished"), str):
            yield node["datePublished"]
        for value in node.values():
            yield from _json_ld_dates(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_ld_dates(value)


@lru_cache(maxsize=1)
def _in_article_dates() -> Any:
    """In-article date markup, in document order: itemprop="datePublished" (not a <meta>), <time pubdate>, a
    <time datetime> inside an <article>. Reached through the itemprop attributes and the <time> elements rather
    than by testing every element: half the cost on the bench pages, the same nodes."""
    from lxml import etree

    return etree.XPath(
        '//@itemprop[. = "datePublished"]/parent::*[not(self::meta)]'
        " | //time[@pubdate or (@datetime and ancestor::article)]"
    )


def date_from_tags(
    page: str | Any, earliest_year: int = DEFAULTS.clean.earliest_year
) -> tuple[datetime | None, bool]:
    """The publication datetime the markup states explicitly, offset kept as given, and whether it came from
    page-level markup (<meta>/JSON-LD, which a feed fragment cannot carry) rather than an in-article <time>.

    ``page`` is the markup or its already parsed lxml tree (read, never changed)."""
    import lxml.html

    if isinstance(page, str):
        try:
            root = lxml.html.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", page))
        except Exception:  # empty or hopeless markup: no explicit date
            return None, False
    else:
        root = page
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in _META_KEYS and meta.get("content"):
            metas.setdefault(key, meta.get("content", ""))
    for key in _META_KEYS:
        if (found := _plausible(metas.get(key), earliest_year)) is not None:
            return found, True
    for script in root.iter("script"):  # lxml's C-level tag walk: cheaper than an attribute XPath
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        for value in _json_ld_dates(data):
            if (found := _plausible(value, earliest_year)) is not None:
                return found, True
    for node in _in_article_dates()(root):
        value = node.get("datetime") or node.get("content") or node.text_content()
        if (found := _plausible(value, earliest_year)) is not None:
            return found, False
    return None, False
