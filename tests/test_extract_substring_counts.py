"""count_each counts every pattern as str.count does: occurrences that do not overlap, taken from the left, of
patterns that overlap themselves ("aa" in "aaaa") and each other ("post" in "wexmoorpost")."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.substring_counts import _overlaps, count_each

_ALPHABET = st.sampled_from(["a", "b", "ab", "ä", "ß", "İ", "\U0001f600", "\n", " "])
_STRINGS = st.lists(_ALPHABET, max_size=12).map("".join)


@settings(max_examples=500)
@given(_STRINGS, st.lists(_STRINGS, max_size=6))
def test_count_each_is_str_count(text: str, patterns: list[str]):
    assert count_each(text, patterns) == {p: text.count(p) for p in patterns}


def test_count_each_examples():
    text = "Wexmoor Post | wexmoorpost.com | aaaa"
    assert count_each(text, ["aa", "Post", "post", "wexmoorpost", "Zorblax"]) == {
        "aa": 2,
        "Post": 1,
        "post": 1,
        "wexmoorpost": 1,
        "Zorblax": 0,
    }
    assert count_each("", ["a"]) == {"a": 0}
    assert count_each("abc", []) == {}


def test_overlapping_patterns_are_told_apart():
    assert [_overlaps(p) for p in ("aa", "abab", "abcab", "abc", "a", "abca")] == [
        True,
        True,
        True,
        False,
        False,
        True,
    ]
