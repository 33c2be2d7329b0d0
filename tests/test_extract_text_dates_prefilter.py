"""The text-date scan skips a word-date pattern on a line that cannot hold its match: a skipped pattern must find
nothing there, so the skip never changes the dates read."""

from hypothesis import given
from hypothesis import strategies as st

from storyline.extract.text_date_scan import _WORD_DMY, _WORD_MDY, _WORD_YMD, _word_patterns

# digits, separators, quotes and month words (several languages) in any order: the shapes word dates take
_PIECES = st.sampled_from(
    [
        "1",
        "5",
        "05",
        "12",
        "20",
        "19",
        "2020",
        "1999",
        "'",
        "’",
        ".",
        ",",
        "-",
        "/",
        " ",
        " of ",
        " de ",
        "March",
        "Jan",
        "Dezember",
        "st",
        "th",
        "m.",
        "augusztus",
        "Mai",
        "GMT",
        ":",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_a_skipped_word_date_pattern_finds_nothing(line: str):
    for pattern in {_WORD_MDY, _WORD_DMY, _WORD_YMD} - set(_word_patterns(line)):
        assert pattern.search(line) is None


def test_word_patterns_keep_the_scan_order():
    assert _word_patterns("Posted March 5, 2020") == (_WORD_MDY, _WORD_DMY, _WORD_YMD)
    assert _word_patterns("5 Jan 20") == (_WORD_DMY,)  # a two-digit year only day-first reads
    assert _word_patterns("Page 1 of 3 in March") == ()
