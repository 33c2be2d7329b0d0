"""Whole-word search by ``str.find``, as ``re.search(rf"\\b{re.escape(word)}\\b", text)`` finds it: a pattern per
name or word was compiled anew for almost every text (re's cache holds 512 patterns), about 30 us a word."""

from __future__ import annotations

import re
from collections.abc import Iterator


def _is_word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a character that ``\\w`` matches; out of range, no."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def whole_word_hits(word: str, text: str) -> Iterator[int]:
    """Where ``re.finditer(rf"\\b{re.escape(word)}\\b", text)`` matches."""
    if not word:  # only boundaries to match: the pattern itself
        yield from (m.start() for m in re.finditer(r"\b\b", text))
        return
    opens, closes = _is_word_char(word, 0), _is_word_char(word, len(word) - 1)
    pos = text.find(word)
    while pos >= 0:
        end = pos + len(word)
        if _is_word_char(text, pos - 1) != opens and _is_word_char(text, end) != closes:
            yield pos
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def has_whole_word(word: str, text: str) -> bool:
    """Whether ``re.search(rf"\\b{re.escape(word)}\\b", text)`` matches."""
    return next(whole_word_hits(word, text), None) is not None
