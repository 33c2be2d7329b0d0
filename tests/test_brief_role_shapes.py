"""Issue 13's roles and durations in sentence shapes unlike the fixed-against sets: a user reads two outlets'
briefing and expects one conflict of the right kind where they tell a person's post or a length two ways, and
none where the two outlets tell of two people, two posts held one after the other or two lengths of two things.
Invented text only, through the real analysis and briefing (tests/roles_stories.py)."""

from __future__ import annotations

import pytest
from roles_stories import brief, families

from storyline.briefing.role_conflicts import _force_rank

CONFLICTS = [
    # a post said with a verb against a title
    (
        "role",
        (
            "Ada Wren, who chairs the school's governors, said the roof would be fixed.",
            "Ada Wren, the governors' treasurer, said the roof would be fixed.",
        ),
    ),
    # who heads a body against a post below its head
    (
        "role",
        (
            "Sarah Tull, who heads the county fire service, praised the crews.",
            "Sarah Tull, deputy chief of the county fire service, praised the crews.",
        ),
    ),
    # a stand-in's title against another post
    (
        "role",
        (
            "Interim manager Joss Bardell picked an unchanged side on Saturday.",
            "Joss Bardell, the club's director of football, picked an unchanged side on Saturday.",
        ),
    ),
    # "deputy head" is a post
    (
        "role",
        (
            "Acting head teacher Mina Sorr said classes would resume on Monday.",
            "Mina Sorr, the school's deputy head, said classes would resume on Monday.",
        ),
    ),
    # the title set before the name with an owner
    (
        "role",
        (
            "The firm's chief executive, Lena Moss, said jobs were safe.",
            "The firm's finance director, Lena Moss, said jobs were safe.",
        ),
    ),
    # a fronted "As <job>,"
    (
        "role",
        (
            "As chief executive, Laura Penn apologised to the family.",
            "Laura Penn, the hospital's medical director, apologised to the family.",
        ),
    ),
    # an apposition in brackets
    (
        "role",
        (
            "Laura Penn (the hospital's finance director) apologised to the family.",
            "Laura Penn, the hospital's chief executive, apologised to the family.",
        ),
    ),
    # a capitalised job the tagger takes into the name
    ("role", ("Goalkeeper Sam Ruddy saved two penalties.", "Defender Sam Ruddy saved two penalties.")),
    # two ranks of a force, whatever plainer word the outlets share
    (
        "role",
        (
            "The injured officer, Sergeant Tom Reid, was shot in the arm.",
            "The injured officer, Constable Tom Reid, was shot in the arm.",
        ),
    ),
    # jobs the hand list adds to WordNet's
    ("role", ("Tom Reid, the crew's skipper, was rescued.", "Tom Reid, the ship's engineer, was rescued.")),
    (
        "role",
        ("Tom Reid, the newspaper's editor, resigned.", "Tom Reid, the newspaper's publisher, resigned."),
    ),
    # a sentence as a noun's length against a verb's
    (
        "duration",
        (
            "Dario Fenn was handed a 10-year sentence for the robbery on Friday.",
            "Dario Fenn was jailed for eight years for the robbery on Friday.",
        ),
    ),
    (
        "duration",
        (
            "Dario Fenn was sentenced to ten years in prison for the robbery.",
            "Dario Fenn received a seven-year prison term for the robbery.",
        ),
    ),
    # the story's record, told by each outlet once in unlike sentences
    (
        "duration",
        (
            "The Brenmoor bakery chain posted lower sales on Tuesday, its first fall in seven years.",
            "Turnover dropped for the first time in eight years, the owner told staff.",
        ),
    ),
    # a length in words against one in figures
    (
        "duration",
        (
            "The ferry was stuck on the sandbank for half a day before the tide turned.",
            "The ferry was stuck on the sandbank for three hours before the tide turned.",
        ),
    ),
    (
        "duration",
        (
            "The road will be shut for a fortnight while the bridge is repaired.",
            "The road will be shut for three weeks while the bridge is repaired.",
        ),
    ),
    # a press officer against another job than a spokesperson's
    (
        "role",
        (
            "Ferry spokesman Dara Quill said the crossings would resume on Friday.",
            "Westline's finance officer, Dara Quill, said crossings would resume on Friday.",
        ),
    ),
    # a post's rank told as held before against another rank of it
    (
        "role",
        (
            "Mara Lund, a former associate director of the agency, died on Sunday.",
            "Mara Lund was the agency's deputy associate director when the scandal broke.",
        ),
    ),
    # a he/she after another person of the other gender is named: the named person's
    (
        "gender",
        (
            "Robin Kale, the mayor, met the driver's husband. She said the town would help.",
            "Mayor Robin Kale said he would help the family.",
        ),
    ),
]

TRAPS = [
    # one stand-in post in three words
    (
        "role",
        (
            "Interim manager Joss Bardell picked an unchanged side on Saturday.",
            "Caretaker manager Joss Bardell picked an unchanged side on Saturday.",
        ),
    ),
    (
        "role",
        (
            "Acting chief constable Dev Rana said the force was stretched.",
            "Dev Rana, the interim chief constable, said the force was stretched.",
        ),
    ),
    # the acting holder and the permanent one are two people
    (
        "role",
        (
            "Acting head teacher Mina Sorr said classes would resume on Monday.",
            "Head teacher Cal Dunne, on sick leave since May, said classes would resume on Monday.",
        ),
    ),
    # the former holder and the present one
    (
        "role",
        (
            "Former chief executive Lena Moss said jobs were safe.",
            "Chief executive Pia Grant said jobs were safe.",
        ),
    ),
    # who heads a body holds its top post, whatever it is called
    (
        "role",
        (
            "Sarah Tull, who heads the county fire service, praised the crews.",
            "Fire chief Sarah Tull praised the crews.",
        ),
    ),
    # a deputy may lead an inquiry
    (
        "role",
        (
            "Sarah Tull, who leads the inquiry, praised the crews.",
            "Sarah Tull, the deputy chief constable, praised the crews.",
        ),
    ),
    (
        "role",
        (
            "Mina Sorr, the school's deputy head, said classes would resume on Monday.",
            "Deputy head Mina Sorr said classes would resume on Monday.",
        ),
    ),
    (
        "role",
        (
            "As chief executive, Laura Penn apologised to the family.",
            "Laura Penn (the hospital's chief executive) apologised to the family.",
        ),
    ),
    # one rank written two ways, and an officer of that rank
    (
        "role",
        (
            "The injured officer, Sgt. Tom Reid, was shot in the arm.",
            "The injured officer, Sergeant Tom Reid, was shot in the arm.",
        ),
    ),
    ("role", ("Tom Reid, a police officer, was shot in the arm.", "Sergeant Tom Reid was shot in the arm.")),
    # one job in two words
    (
        "role",
        (
            "Skipper Tom Reid was rescued by the lifeboat.",
            "Tom Reid, the boat's captain, was rescued by the lifeboat.",
        ),
    ),
    (
        "role",
        ("CFO Tom Reid said profits fell.", "Tom Reid, the chief financial officer, said profits fell."),
    ),
    # the sentence and the time served
    (
        "duration",
        (
            "Dario Fenn was handed a 10-year sentence for the robbery and will serve at least six years.",
            "Dario Fenn was jailed for ten years for the robbery.",
        ),
    ),
    (
        "duration",
        (
            "Dario Fenn was sentenced to ten years in prison for the robbery.",
            "Dario Fenn, who had served five years for burglary, was jailed for ten years for the robbery.",
        ),
    ),
    # a tally's window is no length of the event
    (
        "duration",
        (
            "Police say 40 cars have been stolen in the town over the past decade.",
            "Police say 40 cars have been stolen in the town over the past six years.",
        ),
    ),
    # two records: windows of two series
    (
        "duration",
        (
            "It was the first visit by a minister to the site in six years.",
            "It was the largest investment in the town in 30 years.",
        ),
    ),
    (
        "duration",
        (
            "The bakery chain posted lower sales on Tuesday, its first fall in seven years.",
            "The owner opened the largest shop in the chain in 30 years.",
        ),
    ),
    # a post held until a time, told by another outlet as former
    (
        "role",
        (
            "Ida Krell, who was club president for six years until May, called for an inquiry.",
            "Former club president Ida Krell called for an inquiry.",
        ),
    ),
    # two standoffs
    (
        "duration",
        (
            "The three-hour standoff at the farm ended when the gunman gave himself up.",
            "It was the second standoff in the valley this year; the first, in May, lasted five hours.",
        ),
    ),
    # another post held before against the post held now
    (
        "role",
        (
            "Gov. Ray Alden signed the bill on Tuesday.",
            "Ray Alden, a former senator, signed the bill on Tuesday.",
        ),
    ),
    (
        "role",
        (
            "Dana Kerr, a former teacher, now runs the shelter.",
            "Dana Kerr, the shelter's director, said it was full.",
        ),
    ),
    # a kind of post said alone against one post of that kind
    (
        "role",
        (
            "Joe Brill, a city official, said the road would reopen.",
            "City spokesman Joe Brill said the road would reopen.",
        ),
    ),
    # a he/she after another person of that gender is named: theirs, maybe
    (
        "gender",
        (
            "Robin Kale, the mayor, met the driver's widow. She said the town would help.",
            "Mayor Robin Kale said he would help the family.",
        ),
    ),
    (
        "gender",
        (
            "Robin Kale visited the injured man in hospital, and he said the crew had been brave.",
            "Robin Kale, the fire service's spokeswoman, said the crew had been brave.",
        ),
    ),
    # a press, media or public information officer is the body's spokesperson
    (
        "role",
        (
            "Ferry spokesman Dara Quill said the crossings would resume on Friday.",
            "Westline's press officer, Dara Quill, said crossings would resume on Friday.",
        ),
    ),
    (
        "role",
        (
            "Dara Quill, a spokeswoman for the county police, said the road would reopen.",
            "Dara Quill, the county police's public information officer, said the road would reopen.",
        ),
    ),
]


@pytest.mark.parametrize(("family", "sentences"), CONFLICTS)
def test_two_outlets_telling_a_post_or_length_two_ways_conflict(family, sentences):
    assert family in families(brief(*sentences))


@pytest.mark.parametrize(("family", "sentences"), TRAPS)
def test_two_people_posts_or_things_are_no_conflict(family, sentences):
    assert family not in families(brief(*sentences))


# Known miss: a length whose thing is the verb's subject ("the standoff, which lasted five hours") against the
# thing's own length ("the three-hour standoff"): read in session 25 and taken out (a false conflict on the unread
# ECB+ events), so not read again here.
@pytest.mark.xfail(
    strict=True, reason="a thing's own length against a verb of lasting: taken out in session 25"
)
def test_a_standoff_told_as_lasting_and_as_its_own_length_conflicts():
    b = brief(
        "The three-hour standoff at the farm ended when the gunman gave himself up.",
        "The standoff at the farm, which lasted five hours, ended when the gunman gave himself up.",
    )
    assert "duration" in families(b)


# Known miss: "for the past decade" (a unit with no figure) is no length, and "for the past six years" is read as a
# tally's window. Read as the verb's length in session 30 and taken out: one more false duration conflict on the
# ECB+ held-out half, none found.
@pytest.mark.xfail(strict=True, reason="'for the past N' read as a length: a held-out false conflict")
def test_how_long_a_state_has_lasted_up_to_now_conflicts():
    b = brief(
        "The bridge has been closed for the past decade, residents said.",
        "The bridge has been closed for the past six years, residents said.",
    )
    assert "duration" in families(b)


def test_general_after_another_jobs_word_is_an_office_not_a_forces_rank() -> None:
    assert not _force_rank("attorney general") and not _force_rank("surgeon general")
    assert (
        _force_rank("major general")
        and _force_rank("brigadier general")
        and _force_rank("chief superintendent")
    )


def test_a_job_in_a_whose_clause_is_the_relatives():
    """ "X, whose father was a governor," gives the father's job, not X's: no rival to another outlet's "Senator
    X"; "X, a governor," still gives X's."""
    said = "said the stadium money would be found."
    assert "role" not in families(
        brief(f"Senator Perry Lomax {said}", f"Perry Lomax, whose father was a governor, {said}")
    )
    assert "role" in families(brief(f"Senator Perry Lomax {said}", f"Perry Lomax, a governor, {said}"))


def test_a_job_a_relative_clause_takes_as_object_is_another_persons():
    """ "X, who replaced the governor," names the governor as the one X replaced: no rival to another outlet's
    "Senator X"; "who is a governor" and "who joined as governor" still give X's job."""
    said = "said the stadium money would be found."
    assert "role" not in families(
        brief(f"Senator Perry Lomax {said}", f"Perry Lomax, who replaced the governor, {said}")
    )
    for said_of in ("who is a governor", "who joined as governor"):
        assert "role" in families(brief(f"Senator Perry Lomax {said}", f"Perry Lomax, {said_of}, {said}"))
