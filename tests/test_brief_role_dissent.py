"""A person's title as outlets write it: a title set before the name with a comma ("the firm's chief executive,
Dana Hale, said") is read as the person's job; two outlets' one job and a third's lone other job, a role conflict
by the slot's worst pair (PROTOCOL.md), is a gap kept as a strict xfail. Traps: an outlet giving the person two jobs, and a name
that opens the next clause after a title ("told the mayor, Dana Hale said"). Invented text only, through the real
analysis and briefing (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

_DISSENTS = [
    (
        "Site manager Colm Rudd said the crane had been checked on Monday.",
        "Colm Rudd, the site manager, said the crane had been checked on Monday.",
        "Colm Rudd, a safety inspector, said the crane had been checked on Monday.",
    ),
    (
        "Head coach Pavel Dorn said the squad would train elsewhere.",
        "The club's head coach, Pavel Dorn, said the squad would train elsewhere.",
        "Pavel Dorn, the club's captain, said the squad would train elsewhere.",
    ),
]


# Every outlet giving one job, not all the same, read as a conflict made five false role conflicts on the ECB+ read
# halves for one gold conflict found: one job in two words (a synonym, a short form, a broader or a narrower title,
# as "a lawyer" / "counsel", "a boss" / "a chief executive"). Two heads of a body (a chief executive and a
# chairwoman) are told apart now (tests/test_brief_rival_heads.py); a post against a job of another kind is not.
@pytest.mark.xfail(
    strict=True, reason="a lone other job is mostly another word for the same job on real news"
)
@pytest.mark.parametrize("sentences", _DISSENTS)
def test_a_third_outlets_lone_other_job_conflicts_with_two_that_agree(sentences):
    assert "role" in families(brief(*sentences))


_APPOSED_BEFORE = [
    (
        "The club's chief executive, Dana Hale, said the stadium would be finished next year.",
        "Club chairwoman Dana Hale said the stadium would be finished next year.",
    ),
    (
        "Its deputy director, Lor Benn, said the work would resume in June.",
        "Director Lor Benn said the work would resume in June.",
    ),
    (
        "The council's planning officer, Ada Kerr, said the permit had lapsed.",
        "Ada Kerr, a councillor, said the permit had lapsed.",
    ),
]


@pytest.mark.parametrize("sentences", _APPOSED_BEFORE)
def test_a_title_set_before_the_name_with_a_comma_is_the_persons_job(sentences):
    assert "role" in families(brief(*sentences))


_TRAPS = [
    (
        "Chief executive Dana Hale said the stadium would be finished next year.",
        "Dana Hale, the club's chief executive, said the stadium would be finished next year.",
        "Dana Hale, the club's chief executive and a former player, said the stadium would be finished.",
    ),
    (
        "Councillor Dana Hale said the stadium would be finished next year.",
        "Asked about the mayor, Dana Hale said the stadium would be finished next year.",
        "Dana Hale, a councillor, said the stadium would be finished next year.",
    ),
]


@pytest.mark.parametrize("sentences", _TRAPS)
def test_no_role_conflict_from_a_second_job_or_a_title_of_someone_else(sentences):
    assert "role" not in families(brief(*sentences))


def test_both_titles_joined_before_the_name_are_read_after_their_owner():
    """ "The firm's founder and chairman, X," gives X the chairman's post (the founder is no post): set against
    another outlet's chief executive, the two posts disagree."""
    b = brief(
        "Chief executive Oren Talby said the Velmar probe would fly again in spring.",
        "The firm's founder and chairman, Oren Talby, said the Velmar probe would fly again in spring.",
    )
    assert [k.statement for k in b.conflicts if k.kind == "role"] == [
        "Valley Courier says Chief executive; Northgate Times says chairman"
    ]


_FOUNDERS = [
    (
        "Chief executive Oren Talby said the Velmar probe would fly again in spring.",
        "Founder Oren Talby said the Velmar probe would fly again in spring.",
    ),
    (
        "Oren Talby, the firm's chairman, said the Velmar probe would fly again in spring.",
        "Oren Talby, the firm's founder, said the Velmar probe would fly again in spring.",
    ),
]


@pytest.mark.parametrize("sentences", _FOUNDERS)
def test_a_founder_is_no_rival_to_a_post(sentences):
    """Who founded a firm often runs it too ("founder and chief executive"): no role conflict."""
    assert "role" not in families(brief(*sentences))


def test_a_joined_title_after_a_part_naming_no_job_is_read():
    """ "Its co-founder and chief technology officer, X," is the technology chief, no chief executive."""
    assert "role" in families(
        brief(
            "Its co-founder and chief technology officer, Dana Hale, said the stadium would be finished next year.",
            "The club's chief executive, Dana Hale, said the stadium would be finished next year.",
        )
    )


def test_a_noun_after_of_is_no_title_of_the_name_after_it():
    """ "The skipper of the trawler, X," makes X the skipper, not a trawler (a fisherman in WordNet)."""
    assert "role" not in families(
        brief(
            "The skipper of the trawler, Anton Velesk, was questioned after the boarding on Monday.",
            "Captain Anton Velesk was questioned after the boarding on Monday.",
        )
    )
