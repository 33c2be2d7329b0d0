"""Patterns led by a lookahead of their alternatives' first characters (the speed path) find what the bare
alternation finds: the same spans on any text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.byline_rank import _DATE_PART_STARTS, _DATE_PARTS, _DATE_PARTS_RE
from storyline.lexicon.dates import TRAINING_MONTH_RE, WEEKDAYS

# Dates, times, marks and words in both cases, with the letters that match others when case is ignored (a long
# s, a dotted and a dotless i, a Kelvin sign).
_PIECES = st.sampled_from(
    [
        "12. März 2020",
        "SEPT 3",
        "ſept 3",
        "Mai 2021",
        "août",
        "Décembre 5",
        "Thurs",
        "WEDS",
        " am ",
        " Uhr",
        "Posted",
        "updated",
        "11.12.2019",
        "22:41",
        " - ",
        " | ",
        "·",
        "—",
        "İ",
        "ı",
        "\u212a",
        "Amelie Hartung",
        " ",
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=3), max_size=10).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500)
@given(_TEXTS)
def test_date_parts_lookahead_finds_the_same_spans(text: str):
    assert _spans(_DATE_PARTS, text) == _spans(re.compile(_DATE_PARTS_RE, re.I), text)


def test_date_parts_starts_hold_every_alternatives_first_letter():
    months = re.search(r"\((.*?)\)", TRAINING_MONTH_RE)[1].split("|")
    words = [*months, *WEEKDAYS, "am", "um", "uhr", "at", "on", "posted", "updated"]
    starts = re.compile(_DATE_PART_STARTS, re.I)
    assert all(starts.match(word) for word in words)
    assert all(starts.match(c) for c in "7|/·•–—-")
