"""Publication dates: explicit markup datetimes keep time and offset, container hints beat htmldate guesses,
press-release datelines and zone abbreviations in plain text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from storyline.extract import extract
from storyline.extract.published import date_from_tags, parse_dateline
from storyline.model import Article, Document


def _tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


def _article(text: str, kind: str, hints: dict[str, str] | None = None, url: str | None = None) -> Article:
    doc = Document("t", text.encode(), text, kind, url=url, hints=hints or {})
    article = extract(doc)
    assert isinstance(article, Article), article
    return article


_BODY = (
    "<p>Night crews on the Pellow viaduct finished lifting the last steel span shortly before dawn, the county"
    " engineer said, after a week of delays caused by gusts along the estuary.</p>"
    "<p>The viaduct, first opened in 1998, has been shut to lorries since the spring while its bearings were"
    " replaced, and traders in Orlick Market say the detour has cost them custom for months.</p>"
    "<p>Councillor Ada Fennimore said the road would reopen to all traffic on Monday morning.</p>"
)


def _page(head: str, article_extra: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Viaduct span lifted | Estuary Echo</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Viaduct span lifted</h1>{article_extra}{_BODY}</article>"
        "<footer><p>Copyright Estuary Echo</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="article:published_time" content="2021-07-03T06:45:00+01:00">',
            datetime(2021, 7, 3, 6, 45, tzinfo=_tz(1)),
        ),
        (
            '<meta itemprop="datePublished" content="2021-07-03T22:10:00-04:00">',
            datetime(2021, 7, 3, 22, 10, tzinfo=_tz(-4)),
        ),
        ('<meta name="publish-date" content="2021-07-03T08:00:00Z">', datetime(2021, 7, 3, 8, 0, tzinfo=UTC)),
        ('<meta name="DC.date" content="2021-07-03">', datetime(2021, 7, 3, tzinfo=UTC)),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle",'
            ' "datePublished": "2021-07-03T18:30:00+03:00"}]}</script>',
            datetime(2021, 7, 3, 18, 30, tzinfo=_tz(3)),
        ),
    ],
)
def test_explicit_markup_datetime_keeps_time_and_offset(head: str, expected: datetime) -> None:
    article = _article(_page(head), "html")
    assert article.published == expected and article.published.utcoffset() == expected.utcoffset()
    assert article.published_evidence == "markup"


def test_time_element_in_article_is_read_with_its_offset() -> None:
    article = _article(
        _page("", '<div class="meta"><time datetime="2020-11-30T21:05:00+03:00">30 Nov</time></div>'), "html"
    )
    assert article.published == datetime(2020, 11, 30, 21, 5, tzinfo=_tz(3))
    assert article.published.utcoffset() == timedelta(hours=3)


def test_meta_beats_time_element_and_implausible_values_are_skipped() -> None:
    head = '<meta property="article:published_time" content="0001-01-01T00:00:00Z"><meta name="pubdate" content="2019-05-06T10:00:00+02:00">'
    found, page_level = date_from_tags(_page(head, '<time datetime="2019-05-07T09:00:00Z">x</time>'))
    assert found == datetime(2019, 5, 6, 10, 0, tzinfo=_tz(2)) and page_level
    assert date_from_tags("<p>no dates here</p>") == (None, False)
    assert date_from_tags("") == (None, False)


def test_one_parsed_tree_serves_tags_metadata_and_body() -> None:
    from lxml import etree

    from storyline.extract.boilerplate import extract_html, parse_html
    from storyline.settings import DEFAULTS

    head = '<meta property="article:published_time" content="2019-05-06T10:00:00+02:00">'
    page = _page(head, '<time datetime="2019-05-07T09:00:00Z">x</time>')
    tree = parse_html(page)
    before = etree.tostring(tree)
    assert date_from_tags(tree) == date_from_tags(page) == (datetime(2019, 5, 6, 10, 0, tzinfo=_tz(2)), True)
    assert etree.tostring(tree) == before  # the tags only read it
    found = extract_html(tree, None, DEFAULTS.clean)  # markup metadata reads it, then trafilatura prunes it
    assert found == extract_html(page, None, DEFAULTS.clean) and found.date == "2019-05-06"


def test_feed_hint_beats_stray_years_in_a_fragment() -> None:
    fragment = (
        "<p>Listen to this story on Kestrel FM Live</p>"
        "<p>The Orlick ferry, which has sailed since 2009, will stop running at the end of the month, the operator"
        " confirmed on Tuesday, blaming falling passenger numbers and the cost of a new hull survey.</p>"
        "<p>Regulars, some of whom have used it since 2012, said they would petition the county council.</p>"
    )
    hints = {"published": "2023-02-09T13:15:00+00:00", "title": "Orlick ferry to stop running"}
    article = _article(fragment, "html", hints)
    assert article.published == datetime(2023, 2, 9, 13, 15, tzinfo=UTC)
    assert article.published_evidence == "feed"
    # A <time> inside the fragment does not beat the container's date either.
    article = _article('<p><time datetime="2023-02-01T08:00:00Z">1 Feb</time></p>' + fragment, "html", hints)
    assert article.published == datetime(2023, 2, 9, 13, 15, tzinfo=UTC)


def test_page_level_markup_beats_the_hint_on_a_full_page() -> None:
    head = '<meta property="article:published_time" content="2021-07-03T06:45:00+01:00">'
    article = _article(_page(head), "html", {"published": "2021-07-04T00:00:00Z"})
    assert article.published == datetime(2021, 7, 3, 6, 45, tzinfo=_tz(1))


_RELEASE = """# Press release: Orlick bridge tolls scrapped

Ministry confirms tolls on the Orlick estuary crossing will end in the new year

From: Department for Roads and Pia Lindqvist MP
Published 2 December 2021

The Roads Minister, Pia Lindqvist, has today confirmed that tolls on the Orlick estuary crossing will be
scrapped from 1 January, ending a charge that has applied since the bridge opened in 1987.

Roads Minister Pia Lindqvist said:

Drivers in the north have paid for this bridge many times over. From January they will not pay again.
"""


def test_press_release_dateline_below_from_line() -> None:
    article = _article(_RELEASE, "text")
    assert article.published == datetime(2021, 12, 2, tzinfo=UTC)
    assert article.published_evidence == "text"
    assert "From: Department for Roads and Pia Lindqvist MP" in article.body
    assert "Published 2 December 2021" not in article.body


@pytest.mark.parametrize(
    ("zone", "hours"),
    [("BST", 1), ("GMT", 0), ("UTC", 0), ("CET", 1), ("CEST", 2), ("EET", 2), ("EEST", 3), ("MSK", 3)],
)
def test_zone_abbreviations(zone: str, hours: int) -> None:
    found = parse_dateline(f"Published Thu 8 Jul 2021 09.40 {zone}")
    assert found == datetime(2021, 7, 8, 9, 40, tzinfo=_tz(hours))
    assert found is not None and found.utcoffset() == timedelta(hours=hours)


def test_zoneless_time_uses_the_local_zone_of_that_day() -> None:
    london = ZoneInfo("Europe/London")
    summer = parse_dateline("16/07/2021 — 15:05", local_zone=london)
    winter = parse_dateline("16/01/2021 — 15:05", local_zone=london)
    assert summer is not None and summer.utcoffset() == timedelta(hours=1) and summer.hour == 15
    assert winter is not None and winter.utcoffset() == timedelta(0)
    # An explicit zone wins over the local one; a date alone stays midnight UTC; no local zone means UTC.
    assert parse_dateline("16 July 2021 15:05 CEST", local_zone=london) == datetime(
        2021, 7, 16, 15, 5, tzinfo=_tz(2)
    )
    assert parse_dateline("16/07/2021", local_zone=london) == datetime(2021, 7, 16, tzinfo=UTC)
    assert parse_dateline("16/07/2021 — 15:05") == datetime(2021, 7, 16, 15, 5, tzinfo=UTC)


def test_gazette_style_dateline_in_a_text_article_gets_summer_offset() -> None:
    text = (
        "Ferry crews vote to strike over rota changes\n\n"
        "By Tam Okafor, Transport Reporter\n21/08/2022 — 19:45\n\n"
        "Crews on the Orlick ferry have voted to strike for 48 hours next week, their union said, after talks"
        " with the operator over new shift rotas broke down on Friday.\n\n"
        "The operator said it was disappointed and urged the union to return to talks.\n"
    )
    article = _article(text, "text")
    assert article.published == datetime(2022, 8, 21, 19, 45, tzinfo=_tz(1))
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=1)


def test_slow_parse_only_for_lines_of_date_words(monkeypatch):
    """dateparser still reads a dateline of date words in another language; a line with a word no locale knows
    never reaches it (it would try every locale, ~50 ms, to find nothing)."""
    import dateparser

    assert parse_dateline("Mittwoch, 8. Juli 2020") == datetime(2020, 7, 8, tzinfo=UTC)
    assert parse_dateline("/ jueves 2 de abril de 2020") == datetime(2020, 4, 2, tzinfo=UTC)

    calls: list[str] = []
    monkeypatch.setattr(dateparser, "parse", lambda text, **kwargs: calls.append(text))
    assert parse_dateline("Posted by Zorblax 21.10.2019") is None
    assert parse_dateline("Quarterly gadget roundup of 2019") is None
    assert calls == []
    parse_dateline("Donnerstag, 17. Januar 2019 um")
    assert calls  # a line of date words still goes to dateparser


def test_dateline_after_a_label_in_another_language():
    """A dateline's label in any language ("Veröffentlicht am", "Publicado el") is dropped before the date is read,
    by the date patterns or dateparser; a byline before a date is no label."""
    assert parse_dateline("Veröffentlicht am 3. März 2020 10:00") == datetime(2020, 3, 3, 10, 0, tzinfo=UTC)
    assert parse_dateline("Publié le 3 mars 2020") == datetime(2020, 3, 3, tzinfo=UTC)
    assert parse_dateline("Publicado el 03/05/2022 a las 22h03") == datetime(2022, 5, 3, tzinfo=UTC)
    assert parse_dateline("Posted by Zorblax 21.10.2019") is None


def test_dateline_in_a_printed_zone_keeps_its_day():
    """dateparser's reading keeps the zone the line prints: 04:25 WIB on 4 May is 4 May (UTC+7), not 3 May."""
    found = parse_dateline("Senin, 4 Mei 2020 04:25 WIB")
    assert found is not None and found.date() == date(2020, 5, 4) and found.utcoffset() == timedelta(hours=7)
    assert found == datetime(2020, 5, 3, 21, 25, tzinfo=UTC)


def test_a_dateline_may_open_with_a_weekday_in_any_language_if_it_names_the_dates_day():
    assert parse_dateline("Mi., 08.07.2020 14:30", allow_slow=False) == datetime(
        2020, 7, 8, 14, 30, tzinfo=UTC
    )
    assert parse_dateline("Sonntag, 02.11.2014", allow_slow=False) == datetime(2014, 11, 2, tzinfo=UTC)
    assert parse_dateline("Di., 08.07.2020", allow_slow=False) is None  # 8 July 2020 was a Wednesday
    assert parse_dateline("Berlin 8 July 2020", allow_slow=False) == datetime(2020, 7, 8, tzinfo=UTC)
