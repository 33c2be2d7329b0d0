"""The words a rendered line is compared by, shared by the headline ranker (line_roles) and its re-ranker
(headline_rerank): both read a page's lines as these words, and each line once (lines repeat within and across
pages, so the readers are cached)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(
    maxsize=1 << 16
)  # every line is read by line_features._own, long_words and line_key: one scan for all
def words_of(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


@lru_cache(maxsize=1 << 16)  # lines are compared with their page's lead and prose run; pages repeat lines
def long_words(text: str) -> frozenset[str]:
    """A line's lower-cased words of four letters or more: the words lines are compared by."""
    # line_key's one lower() call (no word holds a space, none lowers into one); a word's length as written
    return frozenset(compress(line_key(text).split(" "), map((3).__lt__, map(len, words_of(text)))))


@lru_cache(maxsize=1 << 16)  # every line of the page is keyed for each page's echoes; pages repeat lines
def line_key(text: str) -> str:
    """A line's words, lower-cased and joined by single spaces: equal for copies of one line."""
    return " ".join(words_of(text)).lower()  # as each word lower-cased: no word holds a space
