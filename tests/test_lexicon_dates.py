import re

from storyline.lexicon.dates import MONTH_RE, MONTH_RE_TITLE, WEEKDAY_RE, month_number, weekday_number


def test_month_forms():
    assert month_number("Sept.") == 9
    assert month_number("jan") == 1
    assert month_number("December") == 12
    assert month_number("Marchers") is None


def test_weekday_forms():
    assert weekday_number("Tues.") == 1
    assert weekday_number("sunday") == 6


def test_fragments_take_the_whole_word():
    assert re.fullmatch(MONTH_RE, "Sept.", re.I)
    assert re.fullmatch(WEEKDAY_RE, "Thurs", re.I)
    assert not re.match(MONTH_RE + r"$", "Marchers", re.I)
    assert not re.search(MONTH_RE_TITLE, "it may rain")
