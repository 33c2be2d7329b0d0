"""Invisible format characters a copy carries (soft hyphens, zero-width spaces, BOMs) never split a word of the
article, on either path; the joiners a script or an emoji needs stay."""

from __future__ import annotations

from storyline.extract import extract_article
from storyline.extract.invisible import visible_text

_BODY = (
    "Governor Arnold Schwarz\u00adenegger opened the new harbour bridge in Port Walden on Monday morning, "
    "telling a crowd of several hundred residents that the crossing would cut the commute by half.\n\n"
    "The bridge took four years to build and cost the state more than the original es\u00adtimate, "
    "officials said, after delays caused by two winters of flood\u200bing along the river.\n\n"
    "Local traders welcomed the opening, saying the old ferry service had been unreliable for years."
)


def test_invisible_characters_are_dropped_and_needed_joiners_kept() -> None:
    assert (
        visible_text("\ufeffSchwarz\u00adenegger\u2060 a\u200bb gold\u200dfish")
        == "Schwarzenegger ab goldfish"
    )
    assert visible_text("👩\u200d🚒") == "👩\u200d🚒"  # an emoji sequence
    assert visible_text("می\u200cخواهم") == "می\u200cخواهم"  # Persian needs its non-joiner
    assert visible_text("क्\u200dष") == "क्\u200dष"  # Devanagari


def test_text_path_body_and_headline_have_whole_words() -> None:
    article = extract_article("Schwarz\u00adenegger opens harbour bridge\n\n" + _BODY, content_type="text")
    assert "Schwarzenegger" in article.body
    assert "estimate" in article.body and "flooding" in article.body
    assert not {"\u00ad", "\u200b"} & set(article.body)
    assert article.headline == "Schwarzenegger opens harbour bridge"


def test_html_path_entities_are_dropped_from_body_and_title() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY.replace("\u00ad", "&shy;").split("\n\n"))
    html = (
        "<html><head><title>Schwarz&shy;enegger opens harbour bridge</title></head>"
        f"<body><article><h1>Schwarz&shy;enegger opens harbour bridge</h1>{paragraphs}</article></body></html>"
    )
    article = extract_article(html, content_type="text/html")
    assert "Schwarzenegger" in article.body and "estimate" in article.body
    assert article.headline == "Schwarzenegger opens harbour bridge"
