"""briefing.written_roles: a title set before the name with the body it serves after "of" ("The chairman of
Brightwater Energy, Kit Amsel,") is the person's title, with its gender; a kin word there ("The son of ...") is no
title. Invented text through the real analysis and briefing (tests/roles_stories.py)."""

from __future__ import annotations

from roles_stories import conflict_topics


def test_a_title_before_of_and_its_body_gives_the_persons_gender():
    assert conflict_topics(
        "attribute",
        "The chairman of Brightwater Energy, Kit Amsel, resigned last night after a row over debts.",
        "Brightwater chairwoman Kit Amsel stepped down on Wednesday, the company said.",
    )


def test_a_kin_word_before_of_is_no_title():
    assert not conflict_topics(
        "attribute",
        "The son of Mayor Dana Hale, Kit Amsel, resigned last night after a row over debts.",
        "Brightwater chairwoman Kit Amsel stepped down on Wednesday, the company said.",
    )
