"""Ordinals and order words read from their text alone, with no parse: the number an ordinal names and where an
ordinal or contrast word puts a thing in its story. Read by analysis and by the briefing (which never loads spaCy)."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import alpha2digit

from storyline.lexicon.measures import ORDER_SIDES

ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")

Order = tuple[str, int | None]


@lru_cache(maxsize=4096)
def ordinal_value(text: str) -> int | None:
    """The number an ordinal names ("third", "21st", "twenty-first"), by text2num's ``alpha2digit``."""
    low = text.lower().replace("-", " ")
    digits = ORDINAL_DIGITS.fullmatch(low) or ORDINAL_DIGITS.fullmatch(alpha2digit(low, "en"))
    return int(digits[1]) if digits else 2 if low == "second" else None


@lru_cache(maxsize=4096)
def order_of(word: str) -> Order | None:
    """Where an ordinal or contrast word (lexicon.measures ``ORDER_SIDES``) puts a thing in its story: the side of
    the story's turn ("before" or "after") and the rank an ordinal names ("second" -> ("after", 2)); None for
    any other word. Two things are two when their sides or their ranks differ (briefing.claim_pairs)."""
    side = ORDER_SIDES.get(word)
    if side is not None:
        return side, None
    rank = ordinal_value(word) if word.isalnum() else None
    return ("after", rank) if rank is not None and rank >= 2 else None
