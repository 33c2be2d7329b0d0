"""Dated mentions: absolute, month-year and relative expressions resolved against the publication date."""

from __future__ import annotations

from datetime import UTC, date, datetime

from storyline.analyze.date_mentions import anchor, find_dates

PUB = date(2019, 6, 8)  # a Saturday


def dates(text: str, published: date | None = PUB) -> dict[str, str]:
    return {d.text: d.date for d in find_dates("a", text, published)}


def test_absolute_dates() -> None:
    found = dates(
        "The ship was seized in 2011. He went in April 2013 and on 9 June 2019, then March 3, 2020."
    )
    assert found == {
        "2011": "2011",
        "April 2013": "2013-04",
        "9 June 2019": "2019-06-09",
        "March 3, 2020": "2020-03-03",
    }


def test_relative_dates_need_publication_date() -> None:
    text = "She became minister last September and will go next week. It rained last year and last month."
    found = dates(text)
    assert found["last September"] == "2018-09"
    assert found["next week"] == "2019-06-15"
    assert found["last year"] == "2018" and found["last month"] == "2019-05"
    assert dates(text, None) == {}


def test_weekday_and_month_last_year() -> None:
    found = dates("On Friday she said it had been agreed in October last year.")
    assert found == {"October last year": "2018-10"}
    assert dates("They met on Friday.")["on Friday"] == "2019-06-07"


def test_numbers_that_are_not_years() -> None:
    assert dates("It cost £1.8bn over 450 years, 2000 people and 1999 tonnes.") == {}


def test_spans_point_into_text() -> None:
    text = "Relations soured in 2011 and again last July."
    for d in find_dates("a", text, PUB):
        assert text[d.start : d.end] == d.text


def test_days_ago_and_last_night() -> None:
    found = dates("The boy was shot eight days ago, a week after a fire last night and a raid 3 days ago.")
    assert found == {"eight days ago": "2019-05-31", "last night": "2019-06-07", "3 days ago": "2019-06-05"}
    assert "few days ago" not in dates("It began a few days ago.")


def test_anchor_is_the_stored_date_else_the_texts_dateline() -> None:
    body = "Plant gunman kills two\nSeptember 10, 2010\nA worker opened fire yesterday evening, police said."
    assert anchor(body, datetime(2019, 6, 8, 9, 0, tzinfo=UTC)) == PUB
    day = anchor(body, None)
    assert day == date(2010, 9, 10)
    assert dates(body, day)["yesterday"] == "2010-09-09"


def test_a_pattern_skipped_without_its_word_still_reads_it_in_capitals() -> None:
    """A body is scanned for "N days ago" and "<month> last year" only if it holds "ago" and "year"; the check
    is on the lower-cased body, so capitals still count."""
    found = dates("THREE DAYS AGO the pier closed. It reopened in MARCH LAST YEAR.")
    assert found == {"THREE DAYS AGO": "2019-06-05", "MARCH LAST YEAR": "2018-03"}
    assert dates("Three days before, the pier closed.") == {}


def test_a_month_its_day_and_year_without_a_comma_are_one_date() -> None:
    assert dates("Floods hit the valley on Friday November 14 2008 after days of rain.", None) == {
        "November 14 2008": "2008-11-14"
    }


def test_the_reporting_day_and_its_parts_count_from_the_publication_date() -> None:
    found = dates("The ferry sank this morning; the pier reopened this afternoon and shuts this evening.")
    assert found == {
        "this morning": "2019-06-08",
        "this afternoon": "2019-06-08",
        "this evening": "2019-06-08",
    }


def test_a_month_opening_a_sentence_is_read_like_one_inside_it() -> None:
    """ "In March, ..." at a sentence start is the month "in March" is mid-sentence; a month with its day is none."""
    found = dates("In March, the pier closed. Since April it has stayed shut. In May 3 we left.")
    assert found["In March"] == "2019-03" and found["Since April"] == "2019-04"
    assert "In May" not in found
