"""Plain-text cleaning on hand-written seed-style fixtures: every body line kept, every chrome line dropped."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storyline.extract import extract
from storyline.model import Article, Document, Reject

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def _lines(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip()]


def _extract(name: str, **hints: str) -> tuple[Article, list[str]]:
    raw = (FIXTURES / name).read_bytes()
    result = extract(
        Document(source=name, raw=raw, text=raw.decode("utf-8"), content_type="text", hints=hints)
    )
    assert isinstance(result, Article), result
    return result, _lines(raw.decode("utf-8"))


def _check_partition(article: Article, lines: list[str], dropped: dict[str, str]) -> None:
    """Body is exactly the non-dropped lines, in order; removals are exactly the dropped lines with reasons."""
    expected_body = [line for line in lines if line not in dropped]
    assert article.body.split("\n\n") == expected_body
    assert [(r.text, r.reason) for r in article.removed] == [
        (line, dropped[line]) for line in lines if line in dropped
    ]


def test_notification_donation_comment_chrome_is_dropped_and_quotes_kept() -> None:
    article, lines = _extract("notify_donation_comments.txt")
    caption = "Commuters queue for the ferry at Eastgate pier on Monday morning"
    dropped = {
        lines[0]: "notification",
        "Notifications can be managed in browser preferences.": "notification",
        "Harbour tunnel plan shelved after cost review": "headline",
        lines[3]: "standfirst",
        "Marta Kowalczyk": "byline",
        "Tuesday 14 November 2023 08:45 GMT": "dateline",
        "Comments": "comment_prompt",
        caption + " (Lantern Images)": "caption",
        "Your support helps us to tell the story": "donation",
        lines[10]: "donation",
        lines[11]: "donation",
        lines[12]: "donation",
        "Your support makes all the difference.": "donation",
        "Join our commenting forum": "comment_prompt",
        lines[-4]: "comment_prompt",
        "Thank you for registering": "comment_prompt",
        lines[-1]: "comment_prompt",
    }
    _check_partition(article, lines, dropped)
    body = article.body.split("\n\n")
    assert body[0] == caption  # the caption is kept once; only its credited repeat is chrome
    assert body[1].startswith("Transport Minister Elena Ruiz")
    assert any(
        p.startswith('"We told the minister plainly') for p in body
    )  # multi-paragraph quote kept whole
    assert "She said:" in body  # short body line kept
    assert article.outlet == "The Daily Lantern"
    assert article.headline == "Harbour tunnel plan shelved after cost review"
    assert article.standfirst and article.standfirst.startswith("The Transport Minister will delay")
    assert article.byline == "Marta Kowalczyk" and article.byline_role is None
    assert article.published == datetime(2023, 11, 14, 8, 45, tzinfo=UTC)
    assert article.published_evidence == "text"
    assert article.flags == ("boilerplate_removed",)
    assert article.language == "en"


def test_dateline_headline_tag_and_lorem_tail() -> None:
    article, lines = _extract("dateline_lorem.txt")
    dropped = {
        "Thursday, 9 February 2023": "dateline",
        "City Council Votes To Close Three Libraries Despite Protests": "headline",
        "City Council": "tag",
        lines[-2]: "filler",
        lines[-1]: "filler",
    }
    _check_partition(article, lines, dropped)
    assert "OK." in article.body.split("\n\n")
    assert article.published == datetime(2023, 2, 9, tzinfo=UTC)
    assert article.flags == ("filler_removed",)
    assert "truncated" not in article.flags


def test_headline_byline_role_and_cookie_line() -> None:
    article, lines = _extract("headline_byline_cookie.txt")
    dropped = {
        lines[0]: "headline",
        "Priya Lindqvist, Political Correspondent": "byline",
        lines[-1]: "cookie",
    }
    _check_partition(article, lines, dropped)
    assert article.byline == "Priya Lindqvist"
    assert article.byline_role == "Political Correspondent"
    assert article.outlet == "Brightwire"
    assert article.published is None and article.published_evidence is None
    assert article.flags == ("boilerplate_removed",)


def test_markdown_heading_and_truncation() -> None:
    article, lines = _extract("markdown_truncated.txt")
    _check_partition(article, lines, {"# News story: Trade envoy arrives in Valdoria": "headline"})
    assert article.headline == "Trade envoy arrives in Valdoria"
    assert "The envoy said:" in article.body.split("\n\n")
    assert article.flags == ("truncated",)


def test_advertisement_headline_standfirst() -> None:
    article, lines = _extract("advert_standfirst.txt")
    dropped = {
        "Advertisement": "advertisement",
        "Ferry strike to go ahead next week, union says": "headline",
        lines[2]: "standfirst",
    }
    _check_partition(article, lines, dropped)
    assert article.standfirst == lines[2]
    assert article.flags == ("boilerplate_removed",)


def test_hints_supply_outlet_and_feed_date_when_text_has_none() -> None:
    article, _ = _extract(
        "headline_byline_cookie.txt", outlet="Brightwire News", published="2023-05-02T09:30:00Z"
    )
    assert article.outlet == "Brightwire News"
    assert article.published == datetime(2023, 5, 2, 9, 30, tzinfo=UTC)
    assert article.published_evidence == "feed"


def test_url_date_is_used_last() -> None:
    raw = (FIXTURES / "advert_standfirst.txt").read_bytes()
    doc = Document(
        "x", raw, raw.decode(), "text", url="https://www.northshore-post.example/news/2022/07/19/ferry"
    )
    article = extract(doc)
    assert isinstance(article, Article)
    assert article.published == datetime(2022, 7, 19, tzinfo=UTC)
    assert article.published_evidence == "url"
    assert article.outlet == "northshore-post.example"


@pytest.mark.parametrize("text", ["", "Advertisement\n\nComments\n\nShare", "Short note."])
def test_empty_or_chrome_only_documents_are_rejected(text: str) -> None:
    result = extract(Document("empty", text.encode(), text, "text"))
    assert isinstance(result, Reject)
    assert "too short" in result.reason


def test_article_id_is_hash_of_body() -> None:
    from storyline.ids import article_id

    article, _ = _extract("advert_standfirst.txt")
    assert article.id == article_id(article.body, article.outlet)


SELF_NAMED = """Quillmark Weekly
News | Sport | Opinion

Harbour ferry to run later on weekday evenings

The harbour ferry will run an extra evening service from June, the operator said on Monday.

Commuters had asked for a later boat since the winter timetable cut the last crossing to six o'clock.

Sign up to the Quillmark Weekly newsletter
© 2024 Quillmark Weekly. All rights reserved.
"""


def test_outlet_read_from_the_text_is_shown_but_does_not_make_the_id() -> None:
    from storyline.ids import article_id

    article = extract(Document("q.txt", SELF_NAMED.encode(), SELF_NAMED, "text"))
    assert isinstance(article, Article)
    assert article.outlet == "Quillmark Weekly"  # masthead + newsletter + copyright, read by the outlet model
    assert article.id == article_id(article.body, None)  # a refitted model never changes an article's id
    hinted = extract(Document("q.txt", SELF_NAMED.encode(), SELF_NAMED, "text", hints={"outlet": "QW"}))
    assert isinstance(hinted, Article) and hinted.outlet == "QW"  # the container's name comes first


def test_masthead_menu_pitch_variants_and_link_lists_are_dropped() -> None:
    article, lines = _extract("masthead_variants.txt")
    body_start = lines.index(
        "The Gull Point lighthouse, which has guided boats into Eastgate since 1884, is to be put up for sale."
    )
    body_end = lines.index(
        "That was the answer from the harbour master when asked if ships still rely on the light."
    )
    caption = "Keepers' cottages at Gull Point seen from the harbour wall"
    expected_body = [caption, *lines[body_start : body_end + 1]]
    assert article.body.split("\n\n") == expected_body  # includes the one-word body line "No."
    removed = {r.text: r.reason for r in article.removed}
    assert set(removed) == set(lines) - set(expected_body)
    assert removed["THE EASTGATE HERALD"] == "masthead"
    assert removed["Harbour dredging to begin next spring"] == "navigation"
    assert removed["(Reporting by Owen Pellow; editing by Sal Mercer)"] == "credit"
    assert removed["Yes"] == removed["No"] == "feedback"
    assert article.outlet == "The Eastgate Herald"
    assert (article.byline, article.byline_role) == ("Owen Pellow", "Harbour Reporter")
    # No zone printed: read as the outlet's local time (settings.clean.local_timezone), BST in October.
    assert article.published == datetime(2024, 10, 3, 9, 40, tzinfo=timezone(timedelta(hours=1)))
    assert article.headline == "Lighthouse to be sold after 140 years as council seeks buyer"
    assert article.flags == ("boilerplate_removed",)


def test_audio_and_app_prompts_are_dropped() -> None:
    from storyline.extract import extract_article

    body = [
        "The Orvel ferry service will resume on Monday after a six-week safety review, the operator said.",
        "Inspectors found no fault with the hull but asked for new life rafts on both vessels.",
    ]
    text = "\n\n".join(
        [
            "Listen to this story on Lakes Radio Live",
            *body,
            "Get the Lakes Radio app for breaking news alerts.",
        ]
    )
    article = extract_article(text)
    assert article.body.split("\n\n") == body
    assert {r.reason for r in article.removed} >= {"app_prompt"}
