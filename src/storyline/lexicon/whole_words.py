"""Whole-word search by ``str.find``: where ``re.finditer(rf"\\b{re.escape(word)}\\b", text)`` matches, without a
pattern compiled per word (re's cache holds 512 patterns, and names overflow it: about 30 us a compile)."""

from __future__ import annotations

from collections.abc import Iterator


def _is_word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a character that ``\\w`` matches; out of range, no."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def whole_word_hits(word: str, text: str) -> Iterator[int]:
    """The start of each whole-word occurrence of a non-empty ``word`` in ``text``, left to right, none
    overlapping."""
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
    """Whether a non-empty ``word`` stands in ``text`` as a whole word (``re.search`` with ``\\b`` each side)."""
    return next(whole_word_hits(word, text), None) is not None
