"""A named person's gender from the his/her the parse ties to them ("Ana Bello said her office would ...",
"Bello lost her seat"), against another outlet's gendered word for them; a his/her that may be someone else's is
not read. Through the real analysis and briefing, on the invented two-outlet stories of test_brief_people."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people

_MAN = f"Ana Bello, a police spokesman, {_SAID}."


@pytest.mark.parametrize(
    "herald",
    [
        "Ana Bello said her office would check the bridge again.",
        "Ana Bello told reporters her engineers would check the bridge again.",
        "Ana Bello lost her seat on the council in May and called for the bridge to reopen.",
    ],
)
def test_a_his_or_her_tied_to_the_name_is_their_gender(herald):
    (conflict,) = _people(_brief(herald, _MAN))
    assert conflict[0] == "attribute" and "her" in conflict[1] and "spokesman" in conflict[1]


@pytest.mark.parametrize(
    "herald",
    [
        "Ana Bello said her office would check the bridge again.",  # the same gender: no conflict
        "Ana Bello told Tom Hale his lorry had been towed.",  # the other one's
        "Ana Bello told him her lorry had been towed.",
        'Ana Bello said: "The driver left her lorry on the bridge."',  # quoted: the speaker's words
        "Ana Bello said the driver had left her lorry on the bridge.",  # the reported clause's own subject
    ],
)
def test_a_his_or_her_that_may_be_someone_elses_is_no_gender(herald):
    post = f"Ana Bello, a police spokeswoman, {_SAID}." if "office" in herald else _MAN
    assert _people(_brief(herald, post)) == []
