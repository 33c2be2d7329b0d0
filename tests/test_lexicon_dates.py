import re

from storyline.lexicon.dates import MONTH_RE, MONTH_RE_TITLE, month_number, weekday_days, weekday_number


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
    assert not re.match(MONTH_RE + r"$", "Marchers", re.I)
    assert not re.search(MONTH_RE_TITLE, "it may rain")


def test_weekday_words_of_other_languages_name_their_days():
    assert weekday_days()["mittwoch"] == {2}
    assert 6 in weekday_days()["min"]  # Indonesian Sunday: a reader checks the date's own day
