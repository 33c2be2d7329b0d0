"""lexicon.whole_words: the str.find walk finds what the word-bounded pattern it replaced finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from storyline.lexicon.whole_words import has_whole_word, whole_word_hits

_TEXT_CHARS = st.sampled_from(list("Ann Anna_n'-.é1 \n"))


@given(
    word=st.sampled_from(["Ann", "Anna", "O'Ann", "Ann.", "An_n", "n.n"]),
    text=st.text(_TEXT_CHARS, max_size=40),
)
@example(word="n.n", text="n.n.n")  # hits that would overlap: the regex takes the first only
@settings(max_examples=400, derandomize=True, deadline=None)
def test_whole_word_hits_are_the_regex_ones(word, text):
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    assert list(whole_word_hits(word, text)) == [m.start() for m in pattern.finditer(text)]
    assert has_whole_word(word, text) == (pattern.search(text) is not None)
