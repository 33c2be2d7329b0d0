"""Finishing places of named competitors: read in several phrasings, aligned by whose they are, never a rank in a
series or an adverb "first"."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse
from storyline.analyze.ordinals import ordinal_value
from storyline.analyze.standings import PLACE


def _places(text: str) -> list[tuple[str, str]]:
    (doc,) = parse([text])
    return [(c.subject or "", c.value) for c in find_claims("a", doc, []) if c.measure == PLACE]


def test_a_place_is_read_in_the_ways_outlets_write_it():
    for text, whose, value in (
        ("Anna Berg finished third in the marathon.", "Anna Berg", "3"),
        ("Berg came second behind the champion.", "Berg", "2"),
        ("Berg took second place in the final.", "Berg", "2"),
        ("She finished in fourth place.", "she", "4"),
    ):
        assert _places(text) == [(whose, value)], text


def test_no_place_without_a_competitor_or_with_a_noun_of_its_own():
    """A rank in a series ("the third round"), the adverb "first", "in the first place", a place of no one."""
    for text in ("The third round was stopped early.", "He first said he would stay.",
                 "In the first place, he never agreed.", "The race finished third in the ratings."):  # fmt: skip
        assert not _places(text), text


def test_ordinal_value():
    assert [ordinal_value(w) for w in ("third", "21st", "second", "twenty-first", "soon")] == [
        3,
        21,
        2,
        21,
        None,
    ]


def test_two_places_of_one_competitor_conflict_and_two_competitors_never_meet():
    two = brief_outlets(
        {
            "Coast Herald": "Anna Berg finished third in the city marathon on Sunday, behind two Kenyan runners.",
            "Evening Post": "Berg came second in Sunday's city marathon, the best result of her career.",
        },
        "Marathon",
    )
    assert [k.kind for k in two.conflicts] == ["attribute"]
    others = brief_outlets(
        {
            "Coast Herald": "Anna Berg finished third in the city marathon on Sunday.",
            "Evening Post": "Lena Holt came second in Sunday's city marathon.",
        },
        "Marathon",
    )
    assert not others.conflicts
    same = brief_outlets(
        {
            "Coast Herald": "Anna Berg finished third in the city marathon on Sunday.",
            "Evening Post": "Berg took third place in Sunday's city marathon.",
        },
        "Marathon",
    )
    assert not same.conflicts


def test_a_place_in_a_broadcasters_and_a_local_papers_words():
    for text, whose, value in (
        ("Berg was placed fourth overall.", "Berg", "4"),
        ("Berg ended up sixth in the final standings.", "Berg", "6"),
        ("Berg crossed the line in second place.", "Berg", "2"),
    ):
        assert _places(text) == [(whose, value)], text
    for text in ("It was the second time Berg had won.", "Berg won the race for the third time."):
        assert not _places(text), text  # a count of wins, no place
