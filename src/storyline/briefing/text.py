"""Regex fallbacks (sentences, names, dates) and quantity parsing, so a briefing works without the NLP stage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from storyline.analyze.gender import FEMALE, MALE
from storyline.model import Sentence

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "sgt", "rep", "sen", "gov", "no",
    "vs", "etc", "e.g", "i.e", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "ltd", "co", "corp", "capt", "cmdr", "insp", "supt", "rev", "hon",
}  # fmt: skip
_END = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


def split_sentences(article_id: str, body: str) -> list[Sentence]:
    """Paragraph- then punctuation-based split that skips abbreviations and initials (Mr. / J. Smith)."""
    out: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", body):
        text, base, start = para.group(), para.start(), 0
        for m in _END.finditer(text):
            word = re.search(r"([\w.]+)[.!?]*[\"”’')\]]*\s*$", text[start : m.end()])
            token = (word.group(1) if word else "").rstrip(".").lower()
            if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                continue
            _add(out, article_id, body, base + start, base + m.end())
            start = m.end()
        _add(out, article_id, body, base + start, base + len(text))
    return out


def _add(out: list[Sentence], aid: str, body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(aid, start, end, body[start:end]))


# Words that precede a name but are not part of it (titles, roles) or capitalised sentence openers.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "president",
    "prime", "minister", "secretary", "foreign", "home", "chancellor", "general", "mp", "mep", "senator",
    "governor", "mayor", "chief", "inspector", "judge", "justice", "captain", "colonel", "sergeant", "king",
    "queen", "prince", "princess", "pope", "bishop", "rev", "the", "a", "an", "but", "and", "on", "in", "at",
    "of", "for", "with", "by", "from", "as", "after", "before", "during", "when", "while", "if", "it", "he",
    "she", "they", "we", "his", "her", "their", "our", "this", "that", "labour", "conservative", "tory",
    "us", "uk", "state", "deputy", "vice", "spokesman", "spokeswoman", "spokesperson", "councillor",
}  # fmt: skip
_CAP_SEQ = re.compile(r"\b[A-Z][\w'’\-]*[a-z][\w'’\-]*(?:\s+(?:&\s+)?[A-Z][\w'’\-]*[a-z][\w'’\-]*)+")


def find_names(body: str) -> Iterator[tuple[int, int, str]]:
    """Multi-word capitalised runs with leading titles stripped: a crude PERSON/ORG finder for fallback use."""
    for m in _CAP_SEQ.finditer(body):
        tokens = list(re.finditer(r"\S+", m.group()))
        while tokens and tokens[0].group().lower().strip("'’") in TITLES:
            tokens.pop(0)
        if len(tokens) >= 2:
            start, end = m.start() + tokens[0].start(), m.start() + tokens[-1].end()
            text = re.sub(r"['’]s$", "", body[start:end])
            yield start, start + len(text), text


MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_MONTH_RE = "|".join(MONTHS)
_DATE_RE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({_MONTH_RE})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?,?)?\s+((?:19|20)\d\d)\b"
    rf"|\b(?:in|since|until|by|from|of)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def find_dates(body: str) -> Iterator[tuple[int, int, str, str]]:
    """Absolute dates written out ("3 June 2014", "May 2012", "in 2006") as (start, end, text, ISO)."""
    for m in _DATE_RE.finditer(body):
        if m.group(5):
            start = m.start(5)
            yield start, m.end(5), m.group(5), m.group(5)
            continue
        day = m.group(1) or m.group(3)
        iso = f"{m.group(4)}-{MONTHS[m.group(2).lower()]:02d}"
        if day and 1 <= int(day) <= 31:
            iso += f"-{int(day):02d}"
        yield m.start(), m.end(), m.group(), iso


def dates_compatible(a: str, b: str) -> bool:
    """ISO dates at different precision agree when one is a prefix of the other ("2012" vs "2012-05")."""
    return a.startswith(b) or b.startswith(a)


# ---- quantities: "12 killed", "more than five years", "half a decade", "£1.8bn" -------------------------
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "dozens": 24, "half a": 0.5,
}  # fmt: skip
_DURATION_UNITS = {"year": ("years", 1), "decade": ("years", 10), "month": ("months", 1), "week": ("days", 7),
                   "day": ("days", 1), "hour": ("hours", 1), "minute": ("minutes", 1)}  # fmt: skip
_QUALIFIERS = {
    "more than": ">", "over": ">", "upwards of": ">", "at least": ">=", "nearly": "<~", "almost": "<~",
    "less than": "<", "under": "<", "fewer than": "<", "about": "~", "around": "~", "roughly": "~",
    "some": "~", "approximately": "~", "up to": "<=", "at most": "<=",
}  # fmt: skip
_NUM = r"(\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_QUAL = r"(?:(" + "|".join(_QUALIFIERS) + r")\s+)?"
_QTY = re.compile(
    rf"(?<![\w£$€.,]){_QUAL}([£$€])?{_NUM}(bn|m|k|billion|million|thousand)?\b(?:(?:\s+|-)([a-z][a-z\-]+))?",
    re.IGNORECASE,
)
_SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
_SKIP_UNITS = {"of", "and", "or", "to", "the", "in", "on", "at", "for", "a", "per", "percent"} | set(MONTHS)
_NEUTRAL = {"people", "more", "other", "new", "further", "extra", "additional", "british", "uk", "us"}


@dataclass(frozen=True)
class Quantity:
    """A number with its unit and qualifier, as an interval so "more than 5" and "5" can be compared."""

    start: int
    end: int
    text: str
    unit: str
    low: float
    high: float
    low_open: bool
    high_open: bool

    def compatible(self, other: Quantity) -> bool:
        """Two intervals overlap (open ends excluded)."""
        if min(self.low, other.low) > 0 and max(self.low, other.low) / min(self.low, other.low) > 10:
            return True  # an order of magnitude apart: two different quantities, not one misreported
        lo = max(self.low, other.low)
        hi = min(self.high, other.high)
        if lo < hi:
            return True
        if lo > hi:
            return False
        lo_open = (self.low == lo and self.low_open) or (other.low == lo and other.low_open)
        hi_open = (self.high == hi and self.high_open) or (other.high == hi and other.high_open)
        return not (lo_open or hi_open)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Counts, sums of money and durations with their unit word; bare years and dates are left out."""
    out: list[Quantity] = []
    for m in _QTY.finditer(text):
        qual, cur, num, scale, unit = m.group(1), m.group(2), m.group(3), m.group(4), (m.group(5) or "")
        numl, unitl = num.lower(), unit.lower()
        if numl in ("a", "an", "half a") and unitl.rstrip("s") not in _DURATION_UNITS:
            continue
        if numl == "half a" and unitl.startswith("decade"):
            value, unit_key = 5.0, "years"
        else:
            try:
                value = float(numl.replace(",", "")) if numl[0].isdigit() else float(NUMBER_WORDS[numl])
            except (ValueError, KeyError):
                continue
            if re.fullmatch(r"(19|20)\d\d", numl) and not cur:
                continue
            if unitl in _SKIP_UNITS and not cur:
                continue
            stem = unitl.rstrip("s")
            if stem in _DURATION_UNITS:
                unit_key, mult = _DURATION_UNITS[stem]
                value *= mult
            elif cur:
                value *= _SCALE.get((scale or "").lower(), 1)
                unit_key = "money:" + cur
            elif unitl in _NEUTRAL or not unitl:
                unit_key = "count"
            else:
                unit_key = stem
        low, high, lo_open, hi_open = _interval(value, _QUALIFIERS.get((qual or "").lower(), "="))
        end = m.end(5) if m.group(5) else m.end(4) if scale else m.end(3)
        out.append(Quantity(offset + m.start(), offset + end, text[m.start() : end], unit_key, low, high,
                            lo_open, hi_open))  # fmt: skip
    return out


def _interval(v: float, q: str) -> tuple[float, float, bool, bool]:
    inf = float("inf")
    return {
        ">": (v, inf, True, False),
        ">=": (v, inf, False, False),
        "<": (0.0, v, False, True),
        "<=": (0.0, v, False, False),
        "<~": (v * 0.8, v, False, True),
        "~": (v * 0.9, v * 1.1, False, False),
    }.get(q, (v, v, False, False))


# ---- speakers --------------------------------------------------------------------------------------------
_ROLES = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "source": "source", "sources": "source", "official": "official", "officials": "official",
    "minister": "minister", "secretary": "secretary", "aide": "aide", "adviser": "adviser",
    "advisor": "adviser", "diplomat": "diplomat", "statement": "statement", "chairman": "chair",
    "chairwoman": "chair", "chair": "chair", "witness": "witness", "police": "police", "officer": "officer",
    "mayor": "mayor", "president": "president", "councillor": "councillor", "director": "director",
    "manager": "manager", "judge": "judge", "analyst": "analyst", "mp": "mp",
}  # fmt: skip


def speaker_gender(speaker: str | None) -> str | None:
    """'f' / 'm' from gendered words in the speaker description, None when it says nothing."""
    words = set(re.findall(r"[a-z]+", (speaker or "").lower()))
    f, m = bool(words & FEMALE), bool(words & MALE)
    return "f" if f and not m else "m" if m and not f else None


def speaker_role(speaker: str | None) -> str | None:
    """Gender-neutral role noun of a speaker description ("a spokeswoman" -> spokesperson)."""
    for w in re.findall(r"[a-z]+", (speaker or "").lower()):
        if w in _ROLES:
            return _ROLES[w]
    return None
