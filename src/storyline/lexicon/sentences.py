"""One fast sentence splitter for text without a spaCy parse (dedup sketches, quote-to-cue gaps).

Where analysis has parsed an article, its stored sentences are the ones to use; this rule-based split is for
places that must stay light. A line is a paragraph; inside it a sentence ends at . ! or ? (closing quotes and
brackets included) before a capital, a digit or an opening quote, but not after an abbreviation ("Mr.",
"U.S.") or an initial ("J. Smith").
"""

from __future__ import annotations

import re

from storyline.lexicon.titles import ABBREVIATIONS

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")


def _abbreviation_before(line: str, start: int, end: int) -> bool:
    """Whether the word ending at ``end`` (letters, digits and dots) is an abbreviation or an initial."""
    k = end
    while k > start and (line[k - 1].isalnum() or line[k - 1] == "."):
        k -= 1
    word = line[k:end].rstrip(".").lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, surrounding white space left out, in order."""
    out: list[tuple[int, int]] = []
    for para in _LINE.finditer(text):
        line, base, start = para.group(), para.start(), 0
        for m in _END.finditer(line):
            if not _abbreviation_before(line, start, m.start()):
                _add(out, text, base + start, base + m.end())
                start = m.end()
        _add(out, text, base + start, base + len(line))
    return out


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see ``sentence_spans``)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def _add(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
