from datetime import UTC, date, datetime

from storyline import extract_article
from storyline.extract.text_dates import candidates, date_from_text, published_from_text

PAGE = """The Example Times
Home  World  Business
Council approves new budget
By Jane Doe
Published: Jan. 5, 2020 4:05 p.m.
Updated: Jan. 6, 2020
The council voted on Tuesday to approve the budget for 2020, after a debate that began on 12/03/2019.
Related: Older story, March 3rd, 2018
"""


def test_candidates_read_the_missed_styles():
    text = "Jan. 5, 2020\n05/01/2020\n5.1.2020\nthe 2nd of March 2020\nPublished: 2020-03-04\nMarch 3, 2020 4:05 p.m."
    days = [c.day for c in candidates(text)]
    assert date(2020, 1, 5) in days
    assert date(2020, 3, 2) in days
    assert date(2020, 3, 4) in days
    assert date(2020, 3, 3) in days
    assert next(c for c in candidates(text) if c.day == date(2020, 3, 3)).has_time


def test_numeric_order_follows_the_texts_unambiguous_dates():
    dmy = [c.day for c in candidates("Posted 05/01/2020\nComment 25/01/2020")]
    mdy = [c.day for c in candidates("Posted 05/01/2020\nComment 01/25/2020")]
    assert dmy[0] == date(2020, 1, 5)
    assert mdy[0] == date(2020, 5, 1)


def test_relative_forms_need_a_reference():
    assert not [c for c in candidates("Posted 3 hours ago") if c.kind == "relative"]
    ref = datetime(2020, 3, 4, 1, 0, tzinfo=UTC)
    assert [c.day for c in candidates("Posted 3 hours ago", ref)] == [date(2020, 3, 3)]
    assert published_from_text("Posted yesterday\nSome text.", ref) == date(2020, 3, 3)


def test_ranker_prefers_published_over_updated_and_related():
    assert published_from_text(PAGE) == date(2020, 1, 5)
    assert date_from_text(PAGE) == datetime(2020, 1, 5, 16, 5, tzinfo=UTC)  # the dateline states a time
    assert published_from_text("no dates in here at all") is None


def test_plain_text_path_dates_from_the_whole_text():
    body = " ".join(["The council met and talked about the budget at length."] * 12)
    text = f"Council approves new budget\n\nHome | World\n\nPosted on 5.1.2020 by Jane Doe | 3 comments\n\n{body}\n"
    article = extract_article(text, content_type="text")
    assert article.published is not None and article.published.date() == date(2020, 1, 5)
    assert article.published_evidence == "text"
