"""Quantity parsing for figure conflicts ("12 killed", "more than five years", "half a decade", "£1.8bn").

Runs over the sentences analysis stored; it finds no sentences, names or dates of its own. Kept here until
analysis stores claims with measures (another issue replaces it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.lexicon.dates import MONTHS  # the analysis' month names: "on 4 March" is no count

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
