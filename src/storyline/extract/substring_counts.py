"""How often each of many strings occurs in one text, as ``str.count`` counts, in one pass (an Aho–Corasick
automaton): the outlet reader counts every candidate name on the page, ~75 a page, and one ``str.count`` each
scanned the page ~75 times."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

import ahocorasick


def count_each(text: str, patterns: Iterable[str]) -> dict[str, int]:
    """``{pattern: text.count(pattern)}``: occurrences that do not overlap, taken from the left. The automaton
    finds every occurrence, so a pattern whose occurrences can overlap ("aa" in "aaa") keeps ``str.count``."""
    counts = dict.fromkeys(patterns, 0)
    automaton = ahocorasick.Automaton()
    for pattern in counts:
        if not pattern or _overlaps(pattern):
            counts[pattern] = text.count(pattern)
        else:
            automaton.add_word(pattern, pattern)
    if len(automaton):
        automaton.make_automaton()
        counts.update(Counter(map(itemgetter(1), automaton.iter(text))))
    return counts


@lru_cache(maxsize=1 << 16)  # a page's candidate names recur on an outlet's other pages
def _overlaps(pattern: str) -> bool:
    """Whether two occurrences of ``pattern`` can overlap: a proper suffix of it is also its prefix."""
    at = pattern.find(pattern[0], 1)
    while at > 0:
        if pattern.startswith(pattern[at:]):
            return True
        at = pattern.find(pattern[0], at + 1)
    return False
