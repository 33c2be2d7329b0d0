"""A named person's gender from the his/her the parse ties to them ("Nora Vance said her office would ...",
"Vance lost her seat"), against another outlet's gendered word for them; a his/her that may be someone else's is
not read. Through the real analysis and briefing, on the invented two-outlet stories of test_brief_people."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people

_MAN = f"Nora Vance, a police spokesman, {_SAID}."


@pytest.mark.parametrize(
    "herald",
    [
        "Nora Vance said her office would check the bridge again.",
        "Nora Vance told reporters her engineers would check the bridge again.",
        "Nora Vance lost her seat on the council in May and called for the bridge to reopen.",
    ],
)
def test_a_his_or_her_tied_to_the_name_is_their_gender(herald):
    (conflict,) = _people(_brief(herald, _MAN))
    assert conflict[0] == "attribute" and "her" in conflict[1] and "spokesman" in conflict[1]


@pytest.mark.parametrize(
    "herald",
    [
        "Nora Vance said her office would check the bridge again.",  # the same gender: no conflict
        "Nora Vance told Tom Hale his lorry had been towed.",  # the other one's
        "Nora Vance told him her lorry had been towed.",
        'Nora Vance said: "The driver left her lorry on the bridge."',  # quoted: the speaker's words
        "Nora Vance said the driver had left her lorry on the bridge.",  # the reported clause's own subject
    ],
)
def test_a_his_or_her_that_may_be_someone_elses_is_no_gender(herald):
    post = f"Nora Vance, a police spokeswoman, {_SAID}." if "office" in herald else _MAN
    assert _people(_brief(herald, post)) == []


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        # a "her" after a man's first name is someone else's
        ("Tom Reyes said her office would check the bridge again.", f"Tom Reyes, a police spokesman, {_SAID}."),
        # one job in two bodies, held by two people, or by one before and another now
        (f"Nora Vance, who chairs the parish council, {_SAID}.", f"Tom Reyes, who chairs the county council, {_SAID}."),
        (f"Nora Vance chaired the council until May and {_SAID}.", f"Council chair Tom Reyes {_SAID}."),
        # a person's age and a bridge's
        ("Nora Vance, 61, said the 54-year-old bridge would reopen on Friday.", f"Nora Vance, 61, {_SAID}."),
    ],
)  # fmt: skip
def test_traps_are_no_conflict(herald, post):
    assert _people(_brief(herald, post)) == []


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (f"The actress Robin Vale {_SAID}.", f"Actor Robin Vale {_SAID}."),
        (f"Robin Vale, an actress, {_SAID}.", f"The actor Robin Vale {_SAID}."),
    ],
)
def test_actress_and_actor_are_one_job_told_in_two_genders(herald, post):
    assert [kind for kind, _topic in _people(_brief(herald, post))] == ["attribute"]
