"""A named speaker's gender from the he/she of their own reported words told in shapes news copy uses beside the
plain "X said she": a second report coordinated to the speaker's verb ("... and that he hoped", "but said she
was"), and a relative clause on the name (", who said he would"). Through the real analysis and briefing, on the invented two-outlet
stories of test_brief_people (briefing.person_gender)."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people

_WOMAN = f"Nora Vance, a police spokeswoman, {_SAID}."


@pytest.mark.parametrize(
    "herald",
    [
        'Police spokesperson Nora Vance said the repair was "long overdue" and that he hoped it would last.',
        "Nora Vance said the bridge could not open yet, but said he was confident of Friday.",
        "Police spokesperson Nora Vance announced the closure on Monday and said he would report on Friday.",
        "The repair was ordered by Nora Vance, who said he would not comment further.",
    ],
)
def test_a_speakers_own_he_or_she_in_a_second_report_is_their_gender(herald):
    (conflict,) = _people(_brief(herald, _WOMAN))
    assert conflict[0] == "attribute"


@pytest.mark.parametrize(
    "herald",
    [
        # the same gender: no conflict
        'Police spokesperson Nora Vance said the repair was "long overdue" and that she hoped it would last.',
        # the pronoun of a clause coordinated to a verb that is no report: someone else may be meant
        "Nora Vance inspected the bridge and the driver said he would wait.",
        # inside the quotation: the speaker's words about someone else
        'Nora Vance said: "The engineer was late, and said he would come back."',
    ],
)
def test_a_he_or_she_that_may_be_someone_elses_is_no_gender(herald):
    assert _people(_brief(herald, _WOMAN)) == []
