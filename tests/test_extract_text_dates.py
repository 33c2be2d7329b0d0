from datetime import UTC, date, datetime

from storyline import extract_article
from storyline.extract import _Cleaned, date_context, extract
from storyline.extract.metadata import Header
from storyline.extract.published import parse_dateline
from storyline.extract.text_date_evidence import numeric_evidence
from storyline.extract.text_date_features import PageContext
from storyline.extract.text_dates import (
    best_candidate,
    candidates,
    date_from_text,
    header_reading,
    published_from_text,
)
from storyline.model import Article, Document

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


def test_candidates_read_a_date_set_apart_by_slashes():
    assert [c.day for c in candidates("29 / Dezember / 2022")] == [date(2022, 12, 29)]


def test_an_ordinal_set_apart_by_its_renderer_is_read():
    # inscriptis renders "21<sup>st</sup>," as "21 st ,"; a spaced suffix is no start of a month word
    assert [c.day for c in candidates("Posted by Lee Dec 21 st , 2018 2:00 pm")] == [date(2018, 12, 21)]
    assert [c.day for c in candidates("21 st December 2018")] == [date(2018, 12, 21)]
    assert [c.day for c in candidates("5 stycznia 2020")] == [date(2020, 1, 5)]


def test_dash_separated_year_first_and_comma_glued_word_dates_are_read():
    for text in (
        "Updated: 07-Feb-2021 09:30 IST",
        "Feb-07-2021",
        "Feb 7,2021",
        "2021. február 7.",
        "2021 m. vasario 7 d.",
    ):
        assert [c.day for c in candidates(text)] == [date(2021, 2, 7)], text
    # a word that is no month is no date, nor is a range with a dash on one side of the month only
    assert candidates("won 10-for-27 from the field in 2021 over 7 games") == []
    assert candidates("on show from October 11 - December 13, with a talk") == []


def test_numeric_order_follows_the_texts_unambiguous_dates():
    # the readings of the ambiguous date, not which of a two-line page's dates the ranker takes, are under test
    def readings(text: str) -> dict[date, float]:
        found = candidates(text)
        return {c.day: c.features["reading_vs_page"] for c in found if c.start == found[0].start}

    assert readings("Posted 05/01/2020\nComment 25/01/2020") == {
        date(2020, 1, 5): 1.0,
        date(2020, 5, 1): -1.0,
    }
    assert readings("Posted 05/01/2020\nComment 01/25/2020") == {
        date(2020, 1, 5): -1.0,
        date(2020, 5, 1): 1.0,
    }


def test_an_ambiguous_numeric_date_is_both_readings_at_one_offset():
    found = candidates("Filed 04/02/2021 by the desk")
    assert {c.day for c in found} == {date(2021, 2, 4), date(2021, 4, 2)}
    assert len({c.start for c in found}) == 1
    assert [c.day for c in candidates("Filed 24/02/2021")] == [date(2021, 2, 24)]  # only one reading possible


def test_a_zone_after_the_time_sets_the_numeric_order():
    body = "The harbour board said the quay would reopen once divers had checked the wall and the cranes."
    uk = f"Quay closed after storm\nPat Lowry\n07/04/2023 09:15 BST\n{body}"
    us = f"Quay closed after storm\nPat Lowry\n07/04/2023 09:15 a.m. ET\n{body}"
    assert published_from_text(uk) == date(2023, 4, 7)
    assert published_from_text(us) == date(2023, 7, 4)


def test_every_common_english_style_is_a_candidate():
    ref = datetime(2025, 12, 3, 12, 0, tzinfo=UTC)
    for text in (
        "Dec. 3, 2025",
        "3 Dec 2025",
        "December 3rd, 2025",
        "03/12/2025",
        "3.12.2025",
        "2025-12-03T10:00",
        "Published: 2025-12-03",
        "Updated 10:04 a.m. ET Dec. 3, 2025",
        "Dec. 3 '25",
        "3 hours ago",
    ):
        assert date(2025, 12, 3) in {c.day for c in candidates(text, ref)}, text
    assert [c.day for c in candidates("Yesterday at 5pm", ref)] == [date(2025, 12, 2)]


def test_glued_and_non_ascii_digits_are_read():
    glued = "Posted on 14. Oktober 202314. Oktober 2023 Author Desk"  # two dates rendered without a gap
    assert date(2023, 10, 14) in {c.day for c in candidates(glued)}
    assert date(2023, 10, 14) in {c.day for c in candidates("Filed 14 October 202309:30")}
    persian = "\u06f1\u06f4/\u06f1\u06f0/\u06f2\u06f0\u06f2\u06f3"  # 14/10/2023 in Persian digits
    assert [c.day for c in candidates(persian)] == [date(2023, 10, 14)]


def test_an_unsure_best_date_is_left_unknown():
    text = "The exhibition moves to the north wing on 4 March 2019 and to the annex on 9 May 2019."
    assert date_from_text(text, min_p=0.0) is not None
    assert date_from_text(text, min_p=1.0) is None


def test_relative_forms_need_a_reference():
    assert not [c for c in candidates("Posted 3 hours ago") if c.kind == "relative"]
    ref = datetime(2020, 3, 4, 1, 0, tzinfo=UTC)
    assert [c.day for c in candidates("Posted 3 hours ago", ref)] == [date(2020, 3, 3)]
    assert published_from_text("Posted yesterday\nSome text.", ref) == date(2020, 3, 3)


def test_ranker_prefers_published_over_updated_and_related():
    assert published_from_text(PAGE) == date(2020, 1, 5)
    # the dateline states a time
    assert date_from_text(PAGE) == (datetime(2020, 1, 5, 16, 5, tzinfo=UTC), "text")
    assert published_from_text("no dates in here at all") is None


def test_plain_text_path_dates_from_the_whole_text():
    body = " ".join(["The council met and talked about the budget at length."] * 12)
    text = f"Council approves new budget\n\nHome | World\n\nPosted on 5.1.2020 by Jane Doe | 3 comments\n\n{body}\n"
    article = extract_article(text, content_type="text")
    assert article.published is not None and article.published.date() == date(2020, 1, 5)
    assert article.published_evidence == "text-ambiguous-dmy"  # nothing on the page tells 5 Jan from 1 May


def test_evidence_records_a_numeric_dates_reading_and_whether_it_was_a_guess():
    def evidence(text: str) -> str | None:
        found = date_from_text(text, min_p=0.0)
        return None if found is None else found[1]

    assert evidence("Posted 25/03/2024\nThe council met.") == "text-dmy"  # the date proves its order
    assert evidence("Posted 03/25/2024\nThe council met.") == "text-mdy"
    assert evidence("Posted 05/03/2024\nThe council met.") == "text-ambiguous-dmy"
    assert evidence("Posted 05/03/2024\nComment 25/01/2024") == "text-dmy"  # the page's own dates settle it
    assert evidence("Posted March 5, 2024\nThe council met.") == "text"
    assert numeric_evidence("text-ambiguous-mdy") == ("mdy", True)
    assert numeric_evidence("text-dmy") == ("dmy", False)
    assert (
        numeric_evidence("text") is None
        and numeric_evidence("feed") is None
        and numeric_evidence(None) is None
    )


def test_relative_dates_count_from_the_containers_capture_date_only():
    body = " ".join(["The council met and talked about the budget at length."] * 12)
    text = f"Council approves new budget\n\nBy Jane Doe | Updated 5 mins ago\n\n{body}\n"
    captured = {"captured": "2024-03-05T00:02:00+00:00"}
    article = extract(Document("a.txt", text.encode(), text, "text", hints=captured))
    assert isinstance(article, Article) and article.published is not None
    assert article.published.date() == date(2024, 3, 4)  # five minutes before the capture: the day before
    for words, day in (
        ("3 hours ago", date(2024, 3, 4)),
        ("yesterday", date(2024, 3, 4)),
        ("2 days ago", date(2024, 3, 3)),
    ):
        page = text.replace("Updated 5 mins ago", f"Posted {words}")
        found = extract(
            Document("a.txt", page.encode(), page, "text", hints={"captured": "2024-03-05T02:00:00Z"})
        )
        assert isinstance(found, Article) and found.published is not None and found.published.date() == day, (
            words
        )
    unanchored = extract(Document("a.txt", text.encode(), text, "text"))
    assert isinstance(unanchored, Article) and unanchored.published is None  # never against the clock


def test_a_word_that_is_no_month_does_not_swallow_the_date_after_it():
    line = "Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT, 28 September 2020"
    assert [c.day for c in candidates(line)] == [date(2020, 9, 26), date(2020, 9, 28)]


def test_context_features_read_the_header_and_the_line_roles():
    text = "Mittwoch, 8. Juli 2020\nGrenzen bleiben zu\nVon Anna Muster, 27. April 2020\nDer Text."
    context = PageContext(date(2020, 7, 8), ("dateline", "headline", "byline", "body"), headline=1)
    bar, byline = candidates(text, context=context)
    assert bar.features["today_bar"] == 1.0 and bar.features["header_agrees"] == 1.0
    assert bar.features["role_dateline"] == 1.0 and bar.features["above_headline"] == 1.0
    assert byline.features["role_byline"] == 1.0 and byline.features["near_headline"] == 1.0
    assert byline.features["today_bar"] == 0.0 and byline.features["header_agrees"] == 0.0


def test_a_bar_is_unrepeated_only_when_its_day_stands_nowhere_else_among_other_days():
    roles = ("dateline", "headline", "byline", "body")
    alone = "Donnerstag, 9. Juli 2020\nBrücke gesperrt\nVon Max Beispiel, 3. März 2020\nDer Text."
    bar, byline = candidates(alone, context=PageContext(None, roles, headline=1))
    assert bar.features["bar_unrepeated"] == 1.0 and byline.features["bar_unrepeated"] == 0.0
    repeated = "Donnerstag, 9. Juli 2020\nBrücke gesperrt\nVon Max Beispiel, 9. Juli 2020\nDer Text."
    bar, _ = candidates(repeated, context=PageContext(None, roles, headline=1))
    assert bar.features["today_bar"] == 1.0 and bar.features["bar_unrepeated"] == 0.0
    only = "Donnerstag, 9. Juli 2020\nBrücke gesperrt\nVon Max Beispiel\nDer Text."
    (bar,) = candidates(only, context=PageContext(None, roles, headline=1))
    assert bar.features["today_bar"] == 1.0 and bar.features["bar_unrepeated"] == 0.0


def test_a_date_a_figure_stands_at_is_cued_as_an_event_date():
    text = "2021年7月2日\n架空株式会社は新店舗を開きます。\n店舗数：12店舗（2021年6月1日現在）\n"
    release, as_of = candidates(text)
    assert release.features["cue_event_before"] == 0.0 and as_of.features["cue_event_before"] == 1.0
    text = "July 2, 2021\nThe fund holds 40 sites as of June 1, 2021, the trust said.\n"
    release, as_of = candidates(text)
    assert release.features["cue_event_before"] == 0.0 and as_of.features["cue_event_before"] == 1.0


def test_a_bar_printing_the_clock_and_a_language_switch_is_a_bar_too():
    roles = ("dateline", "headline", "byline", "body")
    text = "Thursday, July 9, 2020 04:15 PM English | Deutsch\nBridge closed\nBy Max Example, March 3, 2020\nText."
    bar, byline = candidates(text, context=PageContext(None, roles, headline=1))
    assert bar.features["today_bar"] == 0.0  # the date alone takes too little of the line
    assert bar.features["bar_unrepeated"] == 1.0 and byline.features["bar_unrepeated"] == 0.0
    prose = "Thursday, July 9, 2020 at 04:15 PM the council met again to vote on the bridge over the river\nBridge closed\n"
    bar, _ = candidates(prose + "By Max Example, March 3, 2020\nText.", context=PageContext(None, roles, 1))
    assert bar.features["bar_unrepeated"] == 0.0


def test_the_ranker_takes_the_articles_dateline_over_a_bar_whose_day_it_prints_nowhere_else():
    text = (
        "Donnerstag, 9. Juli 2020\nNachrichten Sport Kultur\nBrücke über den Fluss bleibt gesperrt\n"
        "Die Stadt prüft die Pfeiler, sagt das Bauamt.\n"
        + "Der Verkehr wird über die Umleitung geführt, und die Busse fahren seltener.\n" * 20
        + "03.03.2020 - 14:20 Uhr 2 Kommentare\nMehr zum Thema\n"
    )  # the bar outscores this late, plain date but for its day printed nowhere else
    roles = ("dateline", "chrome", "headline", "body", *["body"] * 20, "body", "chrome")
    best = best_candidate(text, context=PageContext(None, roles, headline=2))
    assert best is not None and best.day == date(2020, 3, 3)


def test_only_the_first_date_under_the_headline_is_marked_as_the_articles_dateline():
    text = "Mittwoch, 8. Juli 2020\nGrenzen bleiben zu\n27.04.2020 - 18:50\nDer Text.\nMehr: 1. Mai 2020\n2. Mai 2020"
    context = PageContext(None, ("dateline", "headline", "dateline", "body", "chrome", "chrome"), headline=1)
    found = candidates(text, context=context)
    assert [c.day for c in found if c.features["first_below_headline"]] == [date(2020, 4, 27)]
    assert len(found) == 4
    assert [c.features["first_below_headline"] for c in candidates(text)] == [0.0] * 4  # no headline read


def test_a_header_date_the_ranker_cannot_weigh_leaves_the_choice_to_the_header():
    text = "Council approves new budget\nPublished: Jan. 5, 2020\nThe council met."
    assert best_candidate(text, min_p=0.0) is not None
    assert best_candidate(text, min_p=0.0, context=PageContext(date(2020, 1, 9))) is None
    assert best_candidate(text, min_p=0.0, context=PageContext(date(2020, 1, 5))) is not None


def test_the_headers_reading_of_its_own_numeric_dateline_stands_unless_the_page_proves_the_other():
    found = candidates("Filed 04/02/2021 by the desk")
    month_first = next(c for c in found if c.order == "mdy")
    assert header_reading(found, month_first, date(2021, 2, 4)).order == "dmy"
    assert header_reading(found, month_first, None) is month_first
    proven = candidates("Filed 04/02/2021 by the desk\nComment 02/25/2021")
    month_first = next(c for c in proven if c.order == "mdy" and c.start == proven[0].start)
    assert header_reading(proven, month_first, date(2021, 2, 4)) is month_first


def test_solar_hijri_dates_are_read_as_gregorian_days():
    text = "خبرگزاری\nدوشنبه ۱۵ اردیبهشت ۱۳۹۹ - ۱۰:۳۰\nکد خبر ۱۳۹۹/۱۲/۲۹\n۳۱ مهر ۱۳۹۹"
    days = [c.day for c in candidates(text)]
    # 31 Mehr is no day (the second half-year has 30-day months)
    assert days == [date(2020, 5, 4), date(2021, 3, 19)]


def test_a_dpa_story_id_states_its_day():
    (found,) = candidates("Berlin (dpa) - Text.\ndpa-infocom, dpa:200416-99-704254/3")
    assert (found.day, found.kind) == (date(2020, 4, 16), "dpa")


def test_dates_in_a_list_are_counted_as_near_and_of_one_shape():
    body = "Body text of the story.\n" * 8
    text = f"Headline\nMay 3, 2020\n{body}Related\nJune 4, 2020\nJune 5, 2020\nJune 8, 2020"
    found = candidates(text)
    assert [c.features["log_same_shape"] for c in found] == [found[0].features["log_same_shape"]] * 4
    assert found[0].features["log_dates_near"] < found[-1].features["log_dates_near"]


def test_a_text_date_the_url_repeats_wins():
    text = "Council approves budget\nPublished: March 5, 2020\nThe vote on March 3, 2020 was close."
    assert date_from_text(text)[0].date() == date(2020, 3, 5)
    found = date_from_text(text, url="https://example.com/news/2020/03/03/council-budget")
    assert found[0].date() == date(2020, 3, 3)
    # a URL day the text does not state leaves the ranker's choice
    found = date_from_text(text, url="https://example.com/news/2020/03/04/council-budget")
    assert found[0].date() == date(2020, 3, 5)


def test_no_date_is_later_than_the_containers_date_and_the_clock_does_not_bound_it():
    text = "Published 3 March 2031\nEvent on 9 March 2031\n1399/12/29"
    captured = datetime(2031, 3, 5, tzinfo=UTC)
    # the container's date, not today, bounds the page's dates: 9 March is after it, 3 March is not
    assert [c.day for c in candidates(text, captured)] == [date(2031, 3, 3), date(2021, 3, 19)]
    assert [c.day for c in candidates(text, datetime(2021, 3, 17, tzinfo=UTC))] == []


def test_a_cue_glued_to_its_date_still_counts():
    (found,) = candidates("* Updated21:22, 6 OCT 2020")
    assert found.features["cue_updated"] == 1.0
    (found,) = candidates("Veröffentlicht:25.10.2020")
    assert found.features["cue_published"] == 1.0


def test_a_date_in_a_run_of_related_links_is_marked_as_one():
    body = "The council met on Tuesday and talked about the budget at length.\n" * 6
    links = "".join(f"* Story number {i} June {i}, 2020\n" for i in range(3, 8))
    found = candidates(f"Headline\nMay 3, 2020. The council met.\n{body}Related\n{links}")
    dateline, related = found[0], found[-1]
    assert dateline.features["log_short_run"] == 0.0 and dateline.features["list_near"] == 0.0
    assert related.features["log_short_run"] > 1.0 and related.features["list_near"] > 0.5


def test_relative_forms_in_other_languages_count_back_from_the_container_date():
    captured = datetime(2020, 10, 26, 0, 30, tzinfo=UTC)
    for line, day in (
        ("Piše: P. Mucović prije 26 minuta", date(2020, 10, 26)),
        ("Aktualisiert vor 3 Stunden", date(2020, 10, 25)),
        ("il y a 2 jours", date(2020, 10, 24)),
        ("Publicado hace 1 semana", date(2020, 10, 19)),
    ):
        assert [(c.day, c.kind) for c in candidates(line, captured)] == [(day, "relative")], line
    assert candidates("vor 3 Stunden") == []  # never against the clock


def test_yesterday_and_today_in_other_languages_before_a_time_count_from_the_container_date():
    captured = datetime(2021, 5, 12, 7, 45, tzinfo=UTC)
    for line, day in (
        ("Ieri alle 18:05 | Redazione", date(2021, 5, 11)),
        ("Gestern, 21:40 Uhr", date(2021, 5, 11)),
        ("jučer u 23:15", date(2021, 5, 11)),
        ("Hoy a las 06:30", date(2021, 5, 12)),
    ):
        assert [(c.day, c.kind) for c in candidates(line, captured)] == [(day, "relative")], line
    assert candidates("Hier geht es ab 10:30 zur Anmeldung", captured) == []  # German "hier" is "here"
    assert candidates("Heute 10:00-18:00 geöffnet", captured) == []  # opening hours, no dateline
    assert candidates("Gestern, 21:40 Uhr") == []  # never against the clock


def test_a_dateline_far_above_the_headline_is_no_header_date_for_the_ranker():
    def context(dateline: int) -> PageContext:
        header = Header(
            published=datetime(2020, 7, 8, tzinfo=UTC), consumed={dateline: "dateline", 4: "headline"}
        )
        return date_context(_Cleaned("Der Text.", [], header, None))

    assert context(0).header_day is None  # a today's-date bar over the site's menus: the ranker decides
    assert context(3).header_day == date(2020, 7, 8)  # the dateline printed right above its headline
    assert context(5).header_day == date(2020, 7, 8)  # or below it


def test_a_weekday_before_a_date_must_be_written_as_one():
    lines = [
        "Mittwoch, 8. Juli 2020",
        "Sa. 13.11.2021",
        "Mon 20 Jan 2020",
        "le mercredi 15 mai 2019",
        "Julia on 11/08/2020",
        "Edição 1167, de 21 de Agosto de 2020",
        "Edição 1170, do dia 09 de Outubro de 2020",
    ]
    marked = {c.line: c.features["weekday_before"] for c in candidates("\n".join(lines))}
    assert [marked[i] for i in range(len(lines))] == [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0]


def test_a_weekday_before_a_date_counts_only_as_that_dates_own_weekday():
    # 8 July 2020 was a Wednesday; "Min." is Indonesian for Sunday, 1 November 2023 a Wednesday
    lines = ["Mittwoch, 8. Juli 2020", "Dienstag, 8. Juli 2020", "5 Min. 1. November 2023"]
    marked = [c.features["weekday_before"] for c in candidates("\n".join(lines))]
    assert marked == [1.0, 0.0, 0.0]


def test_a_date_glued_to_a_time_a_year_or_its_own_year_is_read():
    text = (
        "Isabell Angele2022-12-07T10:10:52+01:0025\\. Dezember 2022|\n"
        "28\\. Juni 201914\\. Januar 2020 | Klaus\n"
        "Apr 042013\n"
        "2018-06-22 10:20:0022.07.2018 10:20\n"
    )
    days = {c.day for c in candidates(text)}
    assert {date(2022, 12, 25), date(2020, 1, 14), date(2013, 4, 4), date(2018, 7, 22)} <= days
    assert date(2014, 6, 20) not in {c.day for c in candidates("Juni 202014. Januar 2020")}


def test_a_two_digit_year_glued_to_its_time_is_that_year_not_a_century_earlier():
    # html2text glues "Maria 28.09.19 12:44" into one run; the header once read it as 1912
    (found,) = candidates("Maria28.09.1912:44\nThe thread goes on.")
    assert (found.day, found.has_time) == (date(2019, 9, 28), True)
    assert parse_dateline("Maria28.09.1912:44") is None


def test_the_day_leading_its_line_is_no_list_number_and_a_renderers_escape_keeps_the_shape():
    (dateline,) = candidates("22. Januar 2020 @ 18:13 // Autor: Anna")
    assert dateline.features["cue_list_item"] == 0.0
    (item,) = candidates("3. Der Rat tagte am 22. Januar 2020")
    assert item.features["cue_list_item"] == 1.0
    # html2text escapes "16\\. Mai": read as "16.  Mai", it is the same shape as "26. Februar"
    found = candidates("16\\. Mai 2019 Anna\nText.\n26. Februar 2020 Berta")
    assert found[0].features["log_same_shape"] == found[1].features["log_same_shape"] > 0.0


def test_chrome_below_the_story_leaves_its_datelines_features_unchanged():
    body = "\n".join(["The council met and talked about the budget at length."] * 12)
    page = (
        f"Council approves new budget\nMay 3, 2020\n{body}\n"  # line 1 of 14: in the top tenth however long
    )
    footer = "\n".join(f"Related link number {i}" for i in range(60))  # a long footer: no date, no prose
    alone, with_footer = candidates(page)[0], candidates(f"{page}{footer}\n")[0]
    assert alone.day == with_footer.day == date(2020, 5, 3)
    assert alone.features == with_footer.features  # where it stands counts from the top, not as a page share


def test_an_ambiguous_slash_date_reads_month_first_from_twenty_english_function_words_on():
    def evidence(words: int) -> str | None:
        prose = " ".join(["the"] * words)
        found = date_from_text(f"Posted 05/03/2024\n{prose}\n", min_p=0.0)
        return None if found is None else found[1]

    assert evidence(19) == "text-ambiguous-dmy"
    assert evidence(20) == "text-ambiguous-mdy"
    assert evidence(200) == "text-ambiguous-mdy"


def test_an_ambiguous_slash_date_on_a_page_spelled_the_british_way_reads_day_first():
    def order(words: str) -> str | None:
        prose = " ".join(["the"] * 20)  # English by its function words: a slash date reads month first
        found = date_from_text(f"Posted 11/02/2025\n{prose} {words}\n", min_p=0.0)
        return None if found is None else found[1]

    assert order("staff met at the port") == "text-ambiguous-mdy"
    assert order("organisers met at the harbour") == "text-ambiguous-dmy"  # two British spellings
    assert order("organisers met at the Harbour") == "text-ambiguous-mdy"  # a capitalised word may be a name
    assert order("organisers met at the harbour; organizers chose the color") == "text-ambiguous-mdy"


COMMENTED = """Harbour ferry timetable changes for the winter
The ferry to the outer islands will sail twice a day from April, the operator said.
Olek Brandt says:
14 March 2021 at 09:12
Will the late boat still run on Fridays?
Reply
16 March 2021 at 18:40
Die Fähre fährt auch sonntags, danke!
Antworten
"""


def test_a_reader_comments_date_is_marked_as_one():
    marked = {c.day: c.comment for c in candidates("12 March 2021 | by Tamsin Reed\n" + COMMENTED)}
    assert marked == {date(2021, 3, 12): False, date(2021, 3, 14): True, date(2021, 3, 16): True}


def test_a_reply_word_in_prose_under_a_date_is_no_comment_mark():
    text = "12 March 2021\nThe council will reply to the petition within a month, its clerk wrote."
    assert [c.comment for c in candidates(text)] == [False]


def test_a_reader_comments_date_is_never_the_publication_date():
    assert published_from_text(COMMENTED) is None
    assert best_candidate(COMMENTED, url="https://example.org/2021/03/14/ferry") is None
