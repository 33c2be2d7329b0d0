"""A figure's value read from its tokens and written back as a claim's value.

Number words go through ``text2num`` (maintained, strict: it rejects "1.5 million" rather than misreading it,
unlike word2number; number-parser was 4,000x slower); digits, scale words ("bn") and factors ("half a") are
multiplied here."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence

from spacy.tokens import Token
from text_to_num import text2num

from storyline.analyze.money import currency, split_glued
from storyline.lexicon.measures import FACTORS, SCALES

_FRACTION = re.compile(r"(\d)/(\d{1,2})")  # "1/2" of "2 1/2 years", not a date's "3/4/2011"


def and_a_fraction(words: Sequence[str]) -> float | None:
    """The fraction an "and a half" / "and a quarter" adds, if the words are one."""
    if len(words) == 3 and words[0] == "and" and words[1] in ("a", "an") and words[2] in ("half", "quarter"):
        return FACTORS[words[2]]
    return None


def vulgar_fraction(word: str) -> float | None:
    """ "4½" -> 4.5, "½" -> 0.5: ASCII digits, or none, ending in one vulgar fraction sign (its Unicode value);
    None for any other word (a superscript "²" is no fraction)."""
    whole, sign = word[:-1], word[-1:]
    if (
        not sign
        or unicodedata.category(sign) != "No"
        or whole
        and not (whole.isdecimal() and whole.isascii())
    ):
        return None
    part = unicodedata.numeric(sign, 1.0)
    return int(whole or 0) + part if 0 < part < 1 else None


def read_number(tokens: Sequence[Token]) -> float | None:
    """Product of the digits, scale words, factors and number-word runs ("1.5 million", "half a dozen")."""
    value, seen, words = 1.0, False, []

    def flush() -> bool:
        nonlocal value, seen
        if words:
            try:
                value *= text2num(" ".join(words), "en")
            except ValueError:
                return False
            seen = True
            words.clear()
        return True

    skip = 0
    for i, t in enumerate(tokens):
        glued = split_glued(t.text)  # "NZ$4": the figure after its symbol
        low = (glued[1] if glued else t.lower_).replace(",", "")
        if skip:
            skip -= 1
            continue
        plus = and_a_fraction([w.lower_ for w in tokens[i : i + 3]])
        if plus and (words or seen):
            if not flush():
                return None
            value, skip = value + plus, 2  # "four and a half": added, not multiplied as in "half a dozen"
            continue
        if low == "/":
            return None  # "41 / 2 months": a fraction split apart (4½), no product of its figures
        if not glued and currency(t) or t.is_punct or low == "and" and words:
            continue
        if fraction := _FRACTION.fullmatch(low):
            part = int(fraction[1]) / int(fraction[2])
            value = value + part if seen else value * part  # "2 1/2", "2-1/2" add; "1/2" alone is a half
            seen = True
        elif (mixed := vulgar_fraction(low)) is not None:
            value = value + mixed if seen and mixed < 1 else value * mixed  # "4 ½" adds, "4½" is one figure
            seen = True
        elif low and low[0].isdigit():
            num = low.rstrip("bnmk")
            scale = SCALES.get(low[len(num) :], 1.0)
            try:
                value *= float(num) * scale
            except ValueError:
                return None
            seen = True
        elif low in SCALES and seen and not words:
            value *= SCALES[low]
        elif low in FACTORS:
            if not flush():
                return None
            value *= FACTORS[low]
            seen = seen or low not in ("a", "an")
        elif t.like_num or low in SCALES:
            words.append(low)
        else:
            if not flush():
                return None
    if not flush():
        return None
    return value if seen and math.isfinite(value) else None  # "1e999" is no figure


def fmt_value(value: float, cents: bool = False) -> str:
    """A value as written in claims: four significant digits, or a sum to the cent ("$119.99" is no $120)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".") if cents else f"{value:.4g}"


def is_year(tokens: Sequence[Token]) -> bool:
    """A lone four-digit figure ("2011"): a year, no count."""
    return len(tokens) == 1 and tokens[0].text.isdecimal() and len(tokens[0].text) == 4


def small_number(word: str) -> int | None:
    """ "six", "6", "twenty" as a number, else None."""
    if word.isdecimal() and word.isascii():
        return int(word)
    try:
        return text2num(word, "en")
    except ValueError:
        return None
