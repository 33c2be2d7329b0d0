"""Unit behaviour of the extract helpers: datelines, bylines, filler, truncation, HTML and sniffing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.extract import extract, extract_article
from storyline.extract.boilerplate import Line, score_line, split_lines
from storyline.extract.metadata import (
    byline_in_line,
    clean_headline,
    parse_byline,
    read_header,
    strip_site_name,
)
from storyline.extract.published import date_from_url, parse_dateline, parse_iso
from storyline.extract.quality import detect_language, is_filler, is_truncated
from storyline.model import Article, Document

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday 07 March 2017 09:40 GMT", datetime(2017, 3, 7, 9, 40, tzinfo=UTC)),
        ("Sunday, 5 March 2017", datetime(2017, 3, 5, tzinfo=UTC)),
        (
            "Updated 5 March 2017 at 14:05 BST",
            datetime(2017, 3, 5, 14, 5, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("March 5, 2017 3:45 pm EST", datetime(2017, 3, 5, 15, 45, tzinfo=timezone(timedelta(hours=-5)))),
        ("Sun 5 Mar 2017 07.00 GMT", datetime(2017, 3, 5, 7, 0, tzinfo=UTC)),
        ("Published: 2017-03-05T10:00:00Z", datetime(2017, 3, 5, 10, 0, tzinfo=UTC)),
    ],
)
def test_datelines_parse_with_zone(line: str, expected: datetime) -> None:
    found = parse_dateline(line)
    assert found == expected and found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "line",
    [
        "Not since a minister visited in May 2012 has anyone gone to the country for official talks.",
        "Harbour tunnel plan shelved after cost review",
        "31 February 2017",
    ],
)
def test_non_datelines_give_none(line: str) -> None:
    assert parse_dateline(line, allow_slow=False) is None


def test_url_and_iso_dates() -> None:
    assert date_from_url("https://example.org/world/2019/11/03/story-slug") == datetime(
        2019, 11, 3, tzinfo=UTC
    )
    assert date_from_url("https://example.org/world/story-2019") is None
    assert parse_iso("2020-01-02") == datetime(2020, 1, 2, tzinfo=UTC)
    assert parse_iso("garbage") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Roe", ("Jane Roe", None)),
        ("By Jane Roe", ("Jane Roe", None)),
        ("Jane Roe, Political Correspondent", ("Jane Roe", "Political Correspondent")),
        ("By Jan van der Berg and Ana Silva", ("Jan van der Berg and Ana Silva", None)),
        # the join words of a list of authors are the same after a marker as in a "Name, names" line
        ("By Lea Muster, Tom Vell e Ana Roe", ("Lea Muster, Tom Vell, Ana Roe", None)),
        ("Foreign Office", None),
        ("The talks will resume on Monday.", None),
        ("Jane Roe, who chairs the committee, welcomed the visit", None),
        ("Jane Roe Senior Reporter", ("Jane Roe", "Senior Reporter")),
        ("Von Lea Muster, Redaktion", ("Lea Muster", "Redaktion")),
        ("Otto von Weiden", ("Otto von Weiden", None)),
        ("Blog Beitrag von Lea Muster", ("Lea Muster", None)),  # "von" before a whole name is the marker
        ("Lea Muster Autorin", ("Lea Muster", "Autorin")),
        ("Das Hafen-Phantom", None),  # a title opening with an article names no one
        ("Im Windschatten", None),
    ],
)
def test_bylines(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Von Lea Muster und Tom Beispiel", "Lea Muster und Tom Beispiel"),
        ("By Ana Silva, Jan Roe and Li Wei | 12/10/2020", "Ana Silva, Jan Roe and Li Wei"),
        ("Von Lea Muster Kategorien: Mode 6. November 2023", "Lea Muster"),
        ("von Lea Muster Foto: Agentur", "Lea Muster"),
        ("Ana Silva, Jan Roe", "Ana Silva, Jan Roe"),
        ("Facebook Twitter Linkedin EMail", None),
        ("Artikel von: Von Lea Muster, dpa", "Lea Muster"),
        ("By Ana Silva2020-02-20 13:52:51 UTC", "Ana Silva"),
        ("By Jan Roe Senior Reporter", "Jan Roe"),
        ("Text: Lea Muster", "Lea Muster"),
        ("* Post author By Lea Muster", "Lea Muster"),  # the marker after a label is not part of the name
        ("Jan RoeFollow", "Jan Roe"),  # a button the renderer glued on
        ("Text von Lea Muster Illustration von Jan Roe", "Lea Muster"),
        ("Weitere Artikel von Lea Muster Alle Autoren", "Lea Muster"),
    ],
)
def test_byline_names(line: str, expected: str | None) -> None:
    """Every author after a marker, cut before the labels and dates that follow the names."""
    found = byline_in_line(line)
    assert (found[0] if found else None) == expected


def test_marked_byline_is_no_standfirst() -> None:
    """A "By X | date" line under the headline is the byline, not a standfirst; the marker is not in the name."""
    lines = [
        Line(0, "Green deal falls short"),
        Line(1, "By Ana Silva | 12/10/2020"),
        Line(2, "Von Lea Muster"),
    ]
    header = read_header(lines, 6, "Green deal falls short")
    assert (header.byline, header.standfirst, header.consumed.get(1)) == ("Ana Silva", None, "byline")
    assert read_header(lines[2:], 6, "\x00").byline == "Lea Muster"


def test_a_list_of_authors_above_the_headline_is_a_byline() -> None:
    """One bare name before the headline may be a short headline; a list of authors ("X, Y & Z") is a byline."""
    lines = [Line(0, "Lea Muster, Tom Vell & Ana Roe"), Line(1, "Green deal falls short")]
    header = read_header(lines, 6)
    assert (header.byline, header.headline) == ("Lea Muster, Tom Vell, Ana Roe", "Green deal falls short")
    assert read_header([Line(0, "Lea Muster"), lines[1]], 6).headline == "Lea Muster"


def test_headline_cleaning() -> None:
    assert clean_headline("# News story: Envoy arrives") == "Envoy arrives"
    assert clean_headline("## Press release: Ferry deal") == "Ferry deal"
    assert (
        strip_site_name("Ferry deal agreed | The Daily Lantern", "The Daily Lantern") == "Ferry deal agreed"
    )
    assert (
        strip_site_name("Ferry deal agreed - what it means", "The Daily Lantern")
        == "Ferry deal agreed - what it means"
    )


def test_filler_detection() -> None:
    assert is_filler("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")
    assert is_filler(
        "Praesent quis turpis vel nunc congue feugiat. Morbi ut lectus eget risus porta blandit."
    )
    assert not is_filler("The minister said the visit was et cetera, a formality, and nothing more.")
    assert not is_filler("Ad hoc talks began in Valdoria on Monday with both sides present.")


@pytest.mark.parametrize(
    ("body", "truncated"),
    [
        ("First paragraph.\n\nIt ends properly.", False),
        ('First.\n\n"It ends inside a quote."', False),
        ("First.\n\nHe said:", False),
        ("First.\n\nThe UK is working to ensure the safety of British", True),
        ("First.\n\nThe talks covered trade, shipping and", True),
    ],
)
def test_truncation(body: str, truncated: bool) -> None:
    assert is_truncated(body) is truncated


def test_language() -> None:
    english = "The minister said that the talks would resume on Monday and that both sides were hopeful. " * 3
    assert detect_language(english) == "en"
    german = "Der Minister sagte, dass die Gespräche am Montag fortgesetzt werden und beide Seiten hoffnungsvoll sind."
    assert detect_language(german) == "de"


def test_body_quote_line_scores_below_threshold_despite_first_person() -> None:
    line = '"We will defend our position and we will say so to their faces," the source said.'
    assert score_line(line, 0.5, ("The Daily Lantern",)).score < 1.0


def test_split_lines_collapses_no_break_spaces() -> None:
    assert [x.text for x in split_lines("a\u00a0 b\n\n\n c ")] == ["a b", "c"]


def test_split_lines_reads_markdown_tables_as_copied_cells() -> None:
    text = "Standings\nPos | Driver | Points\n---|---|---\n1 | Ann Lee | 5040\n| 2 | Bo Cruz | 5035 |\n\nHome | News | Sport"
    assert [x.text for x in split_lines(text)] == [
        "Standings",
        "Pos Driver Points",
        "1 Ann Lee 5040",
        "2 Bo Cruz 5035",
        "Home | News | Sport",  # no rule under it: a navigation bar, left as it is
    ]


def test_split_lines_drops_markdown_underscores_and_escapes() -> None:
    text = "Photo: _Reuters_ and __Bo Cruz__\n2019 \\- 11:28\n1\\. First\nsnake_case_name stays, so does a _ b _ c"
    assert [x.text for x in split_lines(text)] == [
        "Photo: Reuters and Bo Cruz",
        "2019 - 11:28",
        "1. First",
        "snake_case_name stays, so does a _ b _ c",
    ]
    assert split_lines('the book "_Out There _" and _JAMA Psychiatry _argued')[0].text == (
        'the book "Out There " and JAMA Psychiatry argued'
    )


def test_split_lines_drops_blockquote_marks() -> None:
    text = "He said:\n>\n> We won.\n> > — Ann Lee (@annlee) May 1, 2019\nThe end."
    assert [x.text for x in split_lines(text)] == [
        "He said:",
        "We won.",
        "— Ann Lee (@annlee) May 1, 2019",
        "The end.",
    ]


def test_table_rows_are_not_navigation_chrome() -> None:
    text = "\n".join(
        ["Pos | Driver | Points | Wins | Poles", "---|---|---|---|---"]
        + [f"{i} | Driver {i} | {900 - i} | 1 | 0" for i in range(1, 6)]
    )
    assert all(score_line(x.text, 0.5, ()).reason != "navigation" for x in split_lines(text))


def test_html_page_body_and_markup_metadata() -> None:
    html = (FIXTURES / "lantern_page.html").read_text(encoding="utf-8")
    doc = Document("page", html.encode(), html, "html", url="https://lantern.example/news/ferry-strike")
    article = extract(doc)
    assert isinstance(article, Article)
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("A 48-hour strike on the Northshore ferry routes")
    assert paragraphs[-1].startswith("About 3,000 passengers")
    assert not any(w in article.body for w in ("Most read", "Copyright", "cookies", "Lighthouse keeper"))
    assert article.headline == "Ferry strike called off after late-night talks"
    assert article.byline == "Marta Kowalczyk"
    assert article.outlet == "The Daily Lantern"
    assert article.published is not None and article.published.date().isoformat() == "2023-11-21"
    assert article.published_evidence == "markup"
    assert "boilerplate_removed" in article.flags


def test_extract_article_sniffs_content_type() -> None:
    html = (FIXTURES / "lantern_page.html").read_bytes()
    assert extract_article(html).headline == "Ferry strike called off after late-night talks"
    text = (FIXTURES / "advert_standfirst.txt").read_text(encoding="utf-8")
    article = extract_article(text, url="https://northshore.example/2022/07/19/ferry")
    assert article.headline == "Ferry strike to go ahead next week, union says"
    assert article.published == datetime(2022, 7, 19, tzinfo=UTC)


def test_extract_article_raises_input_error_on_empty() -> None:
    with pytest.raises(InputError):
        extract_article(b"Advertisement\n\nShare")


def test_extract_never_raises_on_binary_garbage() -> None:
    raw = bytes(range(256)) * 4
    result = extract(Document("bin", raw, raw.decode("latin-1"), "html"))
    assert not isinstance(result, Article) or result.body


def test_a_body_longer_than_any_article_is_a_recorded_reject() -> None:
    text = "Harbour Gazette\n\n" + "The council met again and voted on the ferry budget. " * 12000
    doc = Document(source="dump.txt", raw=text.encode(), text=text, content_type="text")
    result = extract(doc)
    assert not isinstance(result, Article)
    assert result.reason.startswith("body too long for an article (") and "> 500,000 chars" in result.reason
