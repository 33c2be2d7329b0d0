"""Dates mentioned in an article ("in May 2012", "last July", "next week", "eight days ago"), resolved to ISO text.

Relative expressions need the article's publication date (its stored one, else the day its text's own dateline
states: ``anchor``); in an article with neither they are skipped.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from text_to_num import text2num

from storyline.analyze.date_parts import resolve_day
from storyline.extract.text_dates import published_from_text
from storyline.lexicon.dates import MONTH_RE_TITLE, MONTHS, RELATIVE_DAYS, weekday_name
from storyline.model import DatedMention

_MONTH = MONTH_RE_TITLE
_WEEKDAY = "|".join(weekday_name(n).title() for n in range(7))  # full names, title case: "on Monday"
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"

# Each pattern opens with a lookahead for the first characters it can match at: the engine skips every other
# position (the same matches, about 3x faster over a body).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"(?=\d)\b(?P<d>{_DAY})\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b")),
    ("mdy", re.compile(rf"(?=[JFMASOND])\b(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b")),
    ("my", re.compile(rf"(?=[JFMASOND])\b(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b")),
    ("m_last_year", re.compile(rf"(?=[jfmasond])\b(?P<m>{_MONTH})\s+(?P<rel>last|next|this)\s+year\b", re.I)),
    # before "last week": "on Tuesday last week" is the more specific
    (
        "weekday",
        re.compile(
            rf"(?=[ol])\b(?:on|(?P<rel>last))\s+(?P<w>{_WEEKDAY})(?:\s+(?:of\s+)?(?P<week>last|next)\s+week)?\b"
        ),
    ),
    (
        "rel_unit",
        re.compile(r"(?=[lnt])\b(?P<rel>last|next|this)\s+(?P<unit>week|month|year|weekend)\b", re.I),
    ),
    (
        "rel_month",
        re.compile(
            rf"(?=[lnt])\b(?P<rel>last|next|this)\s+(?P<m>{_MONTH}|spring|summer|autumn|fall|winter)(?:'s|’s)?\b",
            re.I,
        ),
    ),
    (
        "yesterday",
        re.compile(
            rf"(?=[ytl])\b(?P<w>{'|'.join(RELATIVE_DAYS)}|this (?:morning|afternoon|evening))\b",
            re.I,
        ),
    ),
    # days ago count to a day; "two weeks ago" or "years ago" is a length told loosely, no day
    ("days_ago", re.compile(r"(?=[\da-z])\b(?P<n>\d{1,2}|[a-z]+) days? ago\b", re.I)),
    (
        "in_month",
        # "at the end of April", "in mid-May": the month (its end or middle is no day the text names)
        re.compile(
            rf"(?=[isubdelmISUBDELM])\b(?:(?i:in|since|until|by|during|early|late|end\s+of)\s+|(?i:mid)-)(?P<m>{_MONTH})"
            r"\b(?!\s*\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?=[isbufdaoelmywt–-])(?:\b(?:in|since|by|until|from|during|before|after|of|early|late|mid-?|year|summer|spring|"
            rf"autumn|winter|between|the)\s+|[-–]\s*)(?P<y>{_YEAR})\b(?![\d%s])"
        ),
    ),
]


# A word every match of these patterns holds, in lower case (no letter of it has a case-insensitive twin beyond
# its capital): a body without it is not scanned (most bodies; the two scans cost a fifth of find_dates).
_NEEDS = {"m_last_year": "year", "days_ago": " ago"}


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> str | None:
    """ISO text for one match, or None when it is relative and there is no publication date."""
    g = m.groupdict()
    if kind in ("dmy", "mdy"):
        day = int(re.sub(r"\D", "", g["d"]))
        try:
            return date(int(g["y"]), _month(g["m"]), day).isoformat()
        except ValueError:
            return None
    if kind == "my":
        return _iso(int(g["y"]), _month(g["m"]))
    if kind == "year":
        return _iso(int(g["y"]))
    if pub is None:
        return None
    rel = (g.get("rel") or "").lower()
    shift = {"last": -1, "next": 1, "this": 0}.get(rel, 0)
    if kind == "m_last_year":
        return _iso(pub.year + shift, _month(g["m"]))
    if kind == "rel_unit":
        unit = g["unit"].lower()
        if unit == "year":
            return _iso(pub.year + shift)
        if unit == "month":
            month_index = pub.year * 12 + pub.month - 1 + shift
            return _iso(month_index // 12, month_index % 12 + 1)
        return (pub + timedelta(days=7 * shift)).isoformat()
    if kind == "rel_month":
        word = g["m"].lower().rstrip(".")
        month = _SEASONS.get(word) or _month(word)
        if shift == 0:
            year = pub.year
        elif shift < 0:
            year = pub.year if month < pub.month else pub.year - 1
        else:
            year = pub.year if month > pub.month else pub.year + 1
        return _iso(year) if word in _SEASONS else _iso(year, month)
    if kind == "yesterday":
        word = g["w"].lower()
        # today, tonight, this morning: the publication day itself
        offset = RELATIVE_DAYS.get(word, 0)
        return (pub + timedelta(days=offset)).isoformat()
    if kind == "days_ago":
        word = g["n"].lower()
        try:
            days = int(word) if word.isdigit() else 1 if word in ("a", "one") else text2num(word, "en")
        except ValueError:
            return None  # "few days ago", "several days ago"
        return (pub - timedelta(days=days)).isoformat()
    if kind == "weekday":
        week = {"last": -1, "next": 1}.get(g["week"] or "", 0)  # "on Tuesday last week"
        return resolve_day(g["w"].lower(), pub, ahead=False, strict=bool(rel), week=week)
    if kind == "in_month":
        month = _month(g["m"])
        return _iso(pub.year if month <= pub.month else pub.year - 1, month)
    return None


def anchor(body: str, published: datetime | None) -> date | None:
    """The day relative dates count from: the stored publication date, else the one the text's dateline states
    (extract.text_dates' ranker: pasted or fed text keeps "September 10, 2010" atop its body)."""
    return published.date() if published else published_from_text(body)


def find_dates(article_id: str, body: str, pub: date | None) -> list[DatedMention]:
    """Every date expression in the body, in text order; where two overlap, the one of the earlier (more
    specific) pattern in _PATTERNS ("May 3, 2012" over "May 2012"); ``pub`` anchors relative ones."""
    taken: list[tuple[int, int]] = []
    found: list[DatedMention] = []
    low = body.lower()
    for kind, pattern in _PATTERNS:
        if kind in _NEEDS and _NEEDS[kind] not in low:
            continue
        for m in pattern.finditer(body):
            start, end = (m.start("y") if kind == "year" else m.start()), m.end()
            if any(s < end and start < e for s, e in taken):
                continue
            iso = _resolve(kind, m, pub)
            if iso is None:
                continue
            taken.append((start, end))
            found.append(DatedMention(article_id, start, end, body[start:end], iso))
    return sorted(found, key=lambda d: d.start)
