"""A quote credited to speakers of different gender: the conflict's sides are the genders, not the phrases."""

from __future__ import annotations

from storyline.briefing import build_briefing
from storyline.model import Analysis, Article, Entity, Mention, Quote, Sentence, Story

SAID = "The ferry will not sail again until the engine has been inspected by the coastguard"


def _briefing(credits: dict[str, str]):
    arts, analyses = {}, {}
    for k, credit in credits.items():
        body = f'"{SAID}," {credit} said.'
        arts[k] = Article(k, "t", body, outlet=f"Outlet {k.upper()}")
        lo, end = len(SAID) + 4, body.index(" said")
        named = "Tom Arden" in credit
        at = body.find("Tom Arden")
        mentions = (Mention(k, at, at + 9, "Tom Arden", "PERSON", "tom"),) if named else ()
        quote = Quote(k, 0, len(SAID) + 3, body[: len(SAID) + 3], body[lo:end], "tom" if named else None,
                      not named, None, lo, end)  # fmt: skip
        analyses[k] = Analysis(
            k, sentences=(Sentence(k, 0, len(body), body),), mentions=mentions, quotes=(quote,)
        )
    story = Story("s", "ferry", tuple(arts))
    return build_briefing(story, [story], arts, analyses, [Entity("tom", "Tom Arden", "PERSON")], {})


def test_a_spokesman_and_a_named_spokesman_are_one_side_of_a_gender_conflict():
    b = _briefing({"a": "a spokesman", "b": "spokesman Tom Arden", "c": "a spokeswoman"})
    (gender,) = [k for k in b.conflicts if k.topic.startswith("speaker gender")]
    assert len(gender.sides) == 2
    assert sorted(len(s.outlets) for s in gender.sides) == [1, 2]
    assert gender.support == "one"  # two outlets say a man spoke, one a woman


def test_mr_and_spokesman_for_one_person_are_one_side_of_a_gender_conflict():
    arts, analyses = {}, {}
    for k, title in {"a": "Spokesman", "b": "Mr", "c": "Spokeswoman"}.items():
        body = f"{title} Tom Arden said the ferry would sail on Friday."
        arts[k] = Article(k, "t", body, outlet=f"Outlet {k.upper()}")
        at = body.index("Tom Arden")
        mention = Mention(k, at, at + 9, "Tom Arden", "PERSON", "tom")
        analyses[k] = Analysis(k, sentences=(Sentence(k, 0, len(body), body),), mentions=(mention,))
    story = Story("s", "ferry", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [Entity("tom", "Tom Arden", "PERSON")], {})
    (gender,) = [k for k in b.conflicts if k.topic.startswith("gender")]
    assert sorted(len(s.outlets) for s in gender.sides) == [1, 2]
