"""briefing.role_conflicts `_rival_heads`: two or more outlets giving a person one head post of a body and the rest
another ("chief executive" twice / "chairwoman"; two against two) is a role conflict, where the second job is a
rival post, not a second facet of the person: a job of another kind (an owner), one post told at two levels
("executive" / "president"), heads of two named bodies and an outlet telling both posts stay quiet.
lexicon.titles.rival_heads reads WordNet's head and presiding-officer trees (lexicon/jobs.json). Invented text
through the real analysis and briefing (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief

from storyline.lexicon.titles import rival_heads


def _roles(*sentences: str) -> list[str]:
    return [k.statement for k in brief(*sentences).conflicts if k.kind == "role"]


@pytest.mark.parametrize(
    ("a", "b", "rival"),
    [
        ("ceo", "chairperson", True),
        ("secretary", "president", True),
        ("director", "ceo", True),
        ("executive", "president", False),  # a president of a firm is one of its executives
        ("chief", "director", False),  # any head
        ("chairman", "chairwoman", False),
        ("ceo", "owner", False),  # an owner is no head post
        ("director", "curator", False),
    ],
)
def test_two_heads_of_a_body_neither_a_kind_of_the_other_are_rivals(a, b, rival):
    assert rival_heads(a, b) is rival


def test_a_third_outlets_other_head_of_the_body_conflicts():
    assert _roles(
        "Chief executive Dana Hale said the Brenmoor stadium would be finished next year.",
        "Dana Hale, the club's chief executive, said the stadium would be finished next year.",
        "Club chairwoman Dana Hale said the stadium would be finished next year.",
    ) == ["Valley Courier and 1 other outlet say Chief executive; Brenmoor Echo says Club chairwoman"]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Union general secretary Tomas Brill said the members would vote again.",
            "The union's general secretary, Tomas Brill, said members would vote again.",
            "Tomas Brill, president of the drivers' union, called the offer an insult.",
        ),
        (  # two outlets against two
            "Chief executive Dana Hale said the Brenmoor stadium would be finished next year.",
            "Managing director Dana Hale said the stadium would be finished next year.",
            "Dana Hale, the club's chief executive, said the stadium would be finished next year.",
            "The club's managing director, Dana Hale, said the stadium would be finished next year.",
        ),
    ],
)
def test_other_pairs_of_rival_heads_conflict(sentences):
    assert len(_roles(*sentences)) == 1


@pytest.mark.parametrize(
    "sentences",
    [
        (  # a job of another kind: an owner
            "Chief executive Dana Hale said the Brenmoor stadium would be finished next year.",
            "Dana Hale, the club's chief executive, said the stadium would be finished next year.",
            "Dana Hale, the club's owner, said the stadium would be finished next year.",
        ),
        (  # one post told at two levels
            "Dana Hale, an executive at the club, said the stadium would be finished next year.",
            "Dana Hale, a club executive, said the stadium would be finished next year.",
            "Club president Dana Hale said the stadium would be finished next year.",
        ),
        (  # a chief executive written "CEO" against a president: one post at two levels, as written out
            "Club CEO Dana Hale said the Brenmoor stadium would be finished next year.",
            "Dana Hale, the club's CEO, said the stadium would be finished next year.",
            "Club president Dana Hale said the stadium would be finished next year.",
        ),
        (  # heads of two bodies, each named
            "Brenmoor Rovers chairwoman Dana Hale said the stadium would be finished next year.",
            "Brenmoor Rovers chairwoman Dana Hale said the new stadium would be finished next year.",
            "Quarrytown Bank chief executive Dana Hale said the stadium would be finished next year.",
        ),
        (  # an outlet telling both posts in one sentence, the reader taking only the second
            "Chief executive Dana Hale said the Brenmoor stadium would be finished next year.",
            "Club chief executive Dana Hale said the stadium would be finished next year.",
            '"We will finish it," said Rovers CEO and new Quarrytown Bank general manager Dana Hale.',
        ),
    ],
)
def test_a_second_facet_of_one_person_is_no_rival_post(sentences):
    assert _roles(*sentences) == []


_SECRETARY = (
    "Union general secretary Tomas Brill said the members would vote again.",
    "The union's general secretary, Tomas Brill, said members would vote again.",
)


def test_a_head_post_and_a_general_word_for_it_are_one_side_against_another_head():
    """ "Union president" and "union leader" are one job (person_role.job_of): the president's head word is the
    side's, set against two outlets' general secretary."""
    assert len(_roles(
        *_SECRETARY,
        "Union president Tomas Brill told a rally that members would vote again.",
        "Union leader Tomas Brill said members would vote again on Friday.",
    )) == 1  # fmt: skip


@pytest.mark.parametrize(
    "others",
    [
        ("Union leader Tomas Brill told a rally that members would vote again.",),
        (
            "Union leader Tomas Brill told a rally that members would vote again.",
            "Tomas Brill, the union's leader, said members would vote again on Friday.",
        ),
    ],
)
def test_a_general_word_alone_is_no_rival_head(others):
    assert _roles(*_SECRETARY, *others) == []


def test_a_bare_post_in_a_sentence_naming_another_persons_post_still_conflicts():
    """The guard against an outlet telling both posts in one sentence reads only sentences naming the person:
    "who is not related to the medical director" in the chief executive's sentence is no second post of hers."""
    assert _roles(
        "Medical director Nora Pell said the wards would reopen next week.",
        "The clinic's medical director, Nora Pell, said the wards would reopen. The clinic's chief executive, Owen"
        " Pell, who is not related to the medical director, said beds had been moved.",
        "The clinic's chief executive, Nora Pell, said the wards would reopen next week.",
    ) == ["Valley Courier and 1 other outlet say Medical director; Brenmoor Echo says chief executive"]
