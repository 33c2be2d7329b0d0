"""Session 37's false conflicts of real-style copy, each quiet case beside the right conflict of its kind it must
keep. Invented text only, through the real analysis and briefing (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

from storyline.briefing.opposed_acts import _other_way
from storyline.model import Event

_APART_LENGTHS = [
    # a window after an irregular superlative ("the worst ... in 40 years") is no length of anything
    (
        "The Tarrow party's leader, Ilsa Drent, resigned in March after the party's worst election result in 40 years.",
        "The Tarrow party's outgoing leader, Ilsa Drent, 63, led the party for nine years.",
    ),
    # a length still to come ("expect to save ... within three years") and one gone by ("after five years")
    (
        "The Tarrow and Brisk mills said they expect to save $20m a year within three years.",
        "The Tarrow and Brisk mills agreed to merge on Monday after five years of talks.",
    ),
]


@pytest.mark.parametrize("sentences", _APART_LENGTHS)
def test_a_window_or_a_length_to_come_is_no_rival_length(sentences):
    assert "duration" not in families(brief(*sentences))


_ONE_LENGTH = [
    (
        "The Tarrow party's outgoing leader, Ilsa Drent, 63, led the party for twelve years.",
        "The Tarrow party's outgoing leader, Ilsa Drent, 63, led the party for nine years.",
    ),
    (
        "Dario Fenn, who stole from the Tarrow pension fund, expects to serve three years at Hollin jail.",
        "Dario Fenn, who stole from the Tarrow pension fund, expects to serve five years at Hollin jail.",
    ),
]


@pytest.mark.parametrize("sentences", _ONE_LENGTH)
def test_two_lengths_of_one_thing_still_conflict(sentences):
    assert "duration" in families(brief(*sentences))


def _counts(b) -> list[str]:
    return [k.topic for k in b.conflicts if k.kind == "count"]


def test_a_share_of_the_injured_is_no_rival_count_of_injured():
    b = brief(
        "Nine people were killed and 23 injured on Sunday when a Tarrow coach left the road, police said.",
        "Nine people were killed when a Tarrow coach left the road. Six of the injured were still in intensive "
        "care, police said.",
        "Nine people were killed and 23 injured on Sunday when a Tarrow coach left the road.",
    )
    assert not _counts(b)


def test_two_counts_of_injured_beside_a_share_still_conflict():
    b = brief(
        "Nine people were killed and 23 injured on Sunday when a Tarrow coach left the road, police said.",
        "Nine people were killed and 25 injured when a Tarrow coach left the road. Six of the injured were "
        "still in intensive care, police said.",
        "Nine people were killed and 23 injured on Sunday when a Tarrow coach left the road.",
    )
    assert _counts(b)


_BACKGROUND = [
    # last summer's heatwave, with its own length and toll
    (
        "The Tarrow heatwave, which has now lasted nine days, has been linked to 12 deaths.",
        "Last summer's heatwave, which lasted 12 days in August, was linked to 31 deaths in the Tarrow valley.",
    ),
    # a similar dispute elsewhere, with its own rise
    (
        "The Tarrow drivers' union wants a nine percent rise.",
        "A similar dispute in the nearby town of Brisk ended last month with a 6% rise spread over two years.",
    ),
]


@pytest.mark.parametrize("sentences", _BACKGROUND)
def test_a_background_event_figure_is_no_rival(sentences):
    assert not brief(*sentences).conflicts


_BACKGROUND_BESIDE = [
    (
        "The Tarrow heatwave, which has now lasted nine days, has been linked to 12 deaths.",
        "The Tarrow heatwave, which has now lasted 11 days, has been linked to 12 deaths. Last summer's heatwave "
        "lasted 20 days.",
    ),
    (
        "The Tarrow drivers' union wants a nine percent rise.",
        "The Tarrow drivers' union wants a 7% rise. A similar dispute in the nearby town of Brisk ended last "
        "month with a 6% rise.",
    ),
]


@pytest.mark.parametrize("sentences", _BACKGROUND_BESIDE)
def test_the_story_figures_beside_a_background_event_still_conflict(sentences):
    assert brief(*sentences).conflicts


def _win(article: str, winner: str, prize: str) -> Event:
    return Event(article, 0, 10, winner, "win", prize)


def test_two_winners_sharing_a_name_word_are_one_side():
    # "Tarrow Rovers won the Cup" / "Winners Tarrow ... win the cup": one club told two ways
    assert not _other_way(_win("a", "Tarrow Rovers", "Cup"), _win("b", "Winners Tarrow", "cup"))


def test_two_winners_with_no_shared_word_still_conflict():
    assert _other_way(_win("a", "Tarrow Rovers", "Cup"), _win("b", "Fenn United", "cup"))


def _spellings(b) -> list[str]:
    return [k.topic for k in b.conflicts if k.kind == "spelling"]


def test_a_name_and_its_people_word_one_article_writes_are_two_words():
    b = brief(
        "Ostravia and Keldar swapped 40 prisoners on Tuesday. Ostravia freed 20 Keldari soldiers and Keldar "
        "freed 20 Ostravians.",
        "Keldar freed 20 Ostravians on Tuesday in return for 20 Keldari soldiers.",
        "Ostravia and Keldar swapped 40 prisoners at the border on Tuesday.",
    )
    assert not _spellings(b)


def test_a_place_spelt_two_ways_by_two_outlets_still_conflicts():
    b = brief(
        "Floods hit the village of Marabad on Tuesday, police said.",
        "Floods hit the village of Merabad on Tuesday, police said.",
        "Floods hit the village of Marabad on Tuesday.",
    )
    assert _spellings(b)


def test_injured_who_died_are_counted_dead_not_injured():
    b = brief(
        "At least 20 people were injured in the blast at the Tarrow depot on Monday, police said.",
        "Two injured workers died in hospital after the blast at the Tarrow depot on Monday, police said.",
        "At least 20 people were injured in the blast at the Tarrow depot on Monday.",
    )
    assert not _counts(b)


def test_two_counts_of_injured_who_died_still_conflict():
    b = brief(
        "Three injured workers died in hospital after the blast at the Tarrow depot on Monday, police said.",
        "Two injured workers died in hospital after the blast at the Tarrow depot on Monday, police said.",
        "At least 20 people were injured in the blast at the Tarrow depot on Monday.",
    )
    assert any("dead" in t for t in _counts(b))
