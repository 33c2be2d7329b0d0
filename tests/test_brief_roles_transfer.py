"""Issue 13's person and duration kinds on invented three-outlet stories (tests/roles_stories.py): every story's
conflict of its family is reported, and no trap (two people's roles, two contracts' lengths, two bodies'
spokespeople, a length told as an aside) gives one. Through the real analysis and briefing. The phrasings the code
does not read yet are strict xfails, so a fix that reads them must say so here."""

from __future__ import annotations

import pytest
from roles_stories import CONFLICTS, TRAPS, brief, families

# Known misses: a third outlet's lone other job ("foreman" beside two outlets' "manager": taken back), a rank no
# outlet's other title names ("junior"), a former job whose body follows it ("a former president of the club" /
# "club president"), and a spokesperson's gender told only by a "through a spokeswoman" or by
# an unnamed spokesperson's "adding that she". Read in session 25 and taken out, since each added a false conflict
# on the unread ECB+ events: "a spokesman said" / "a spokeswoman said" with no employer written (22, 23), and a
# length whose thing is the subject ("the meeting went on for four hours") against "a seven-hour meeting" (33).
_MISSES = {8, 10, 13, 20, 21, 22, 23, 33}


def _known(cases: list, known: set[int], reason: str) -> list:
    """The cases, those whose index is in ``known`` as strict xfails."""
    return [
        pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason)) if i in known else case
        for i, case in enumerate(cases)
    ]


@pytest.mark.parametrize(("family", "sentences"), _known(CONFLICTS, _MISSES, "not read yet"))
def test_each_outlet_pair_telling_one_fact_two_ways_conflicts(family, sentences):
    assert family in families(brief(*sentences))


# Known false conflict: a length in a relative clause of a quantifier ("protesters, some of whom had camped nearby
# for two weeks") set against the act's own length by alike sentences (briefing.claims._aligned; skipping such
# asides there lost a true held-out conflict); two named people's lead lengths of one act ("Coach X signed a
# three-year contract" / "Striker Y signed a two-year contract"), read in session 25 with the length above and
# taken out with it (refusing unlike named subjects' lead lengths, session 27, lost a --kinds conflict: a lead
# length's subject is either side of the deal).
_FALSE = {14, 16}


@pytest.mark.parametrize(("family", "sentences"), _known(TRAPS, _FALSE, "a known false conflict"))
def test_two_things_told_by_two_outlets_never_conflict(family, sentences):
    assert family not in families(brief(*sentences))
