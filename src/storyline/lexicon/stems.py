"""Whether two words share a stem, by their letters alone (no stemmer to load): a noun and the verb it is made
of tell one act ("suspend" / "suspension")."""

from __future__ import annotations

import os


def one_stem(noun: str, word: str) -> bool:
    """A noun and a word of one stem: the same, or a verb and the noun made of it ("suspend" / "suspension",
    "close" / "closure", "extend" / "extension"): all but the last two letters of the shorter, and four or more,
    are shared."""
    if noun == word:
        return True
    shared = len(os.path.commonprefix((noun, word)))
    return shared >= max(4, min(len(noun), len(word)) - 2)
