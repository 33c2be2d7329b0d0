"""The line readers shared by the headline ranker and its re-ranker: one lower() call a line must give the words
each lower-cased on its own (Greek final sigma, dotted capital I, ligatures), and the echo search that only
tries a line's prefixes and suffixes at its candidates' word counts must find what trying every count finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.headline_features import _echoes
from storyline.extract.line_text import line_key, long_words, words_of
from storyline.extract.title_lines import SITE_TAIL_WORDS

# letters whose lower case depends on their place in a word or changes the length, apostrophes, digits, spaces
_TRICKY = st.text(alphabet="aAbΣσςΟΔİıßẞǅﬁ’'é1 -", max_size=30)


@given(_TRICKY)
@settings(max_examples=400)
def test_line_key_and_long_words_lower_each_word(text: str) -> None:
    words = words_of(text)
    assert line_key(text) == " ".join(w.lower() for w in words)
    assert long_words(text) == frozenset(w.lower() for w in words if len(w) >= 4)


def test_final_sigma_stays_final_in_every_word() -> None:
    assert line_key("ΟΔΟΣ ΣΑΣ") == "οδος σας"
    assert long_words("ΟΔΟΣ ΣΑΣ ΜΑΣ") == frozenset({"οδος"})


def _echoes_by_every_count(texts: list[str], candidates: dict[int, float]) -> dict[int, set[str]]:
    """The echo kinds as found by trying every candidate word count on every line (the definition)."""
    keys = {i: line_key(texts[i]) for i in candidates}
    wanted = {k for k in keys.values() if k}
    found: dict[str, dict[str, set[int]]] = {"end": {}, "start": {}, "site": {}}
    for j, text in enumerate(texts):
        words = line_key(text).split()
        for size in range(1, len(words)):
            suffix, prefix = " ".join(words[-size:]), " ".join(words[:size])
            if suffix in wanted:
                found["end"].setdefault(suffix, set()).add(j)
            if prefix in wanted:
                kind = "site" if len(words) - size <= SITE_TAIL_WORDS else "start"
                found[kind].setdefault(prefix, set()).add(j)
    return {
        i: kinds
        for i, key in keys.items()
        if (kinds := {kind for kind, lines in found.items() if lines.get(key, set()) - {i}})
    }


_LINE = st.lists(st.sampled_from(["ferry", "night", "trial", "board", "harbour", "news"]), max_size=9).map(
    " ".join
)


@given(st.lists(_LINE, min_size=1, max_size=12), st.data())
@settings(max_examples=300)
def test_echoes_find_every_prefix_and_suffix_copy(texts: list[str], data: st.DataObject) -> None:
    picked = data.draw(st.sets(st.integers(0, len(texts) - 1)))
    echoes, _ = _echoes(texts, dict.fromkeys(picked, 0.0))
    expected = _echoes_by_every_count(texts, dict.fromkeys(picked, 0.0))
    assert {i: kinds - {"same"} for i, kinds in echoes.items() if kinds - {"same"}} == expected
