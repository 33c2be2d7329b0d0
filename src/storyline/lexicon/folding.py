"""Text with its accents taken off, the one way stages fold letters before comparing words ("Núñez" as "Nunez"),
and a word's spelling key (its letters alone), on which outlets' spellings of a name are compared."""

from __future__ import annotations

import re
import unicodedata


def unaccented(text: str) -> str:
    """The text decomposed (NFKD) without its combining marks: "é" as "e", "ñ" as "n"; case is kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def spell_key(word: str) -> str:
    """A word's letters without case, accents, hyphens or dots: what a spelling difference is measured on."""
    return re.sub(r"[^a-z0-9]", "", unaccented(word.lower()))
