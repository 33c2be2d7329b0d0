"""A figure that is the object of an adverbial clause's own verb ("were hurt when a rally that organisers said drew
9,000 people ended in violence") is measured by that verb, not by the main clause's toll: a crowd is no count of the
hurt (analyze.claim_measures ``_own_clause``). The main clause's toll, and a toll told by the clause's own verb
("killing 12 people"), are still read. Invented sentences and two-outlet stories."""

from __future__ import annotations

import pytest
from briefed import brief_outlets, claims_in


def _measures(text: str, figure: str) -> list[str]:
    """The measures of the count claims whose span is ``figure``."""
    return [c.measure for span, c in claims_in(text) if c.kind == "count" and span == figure]


_HURT_AT_RALLY = (
    "Six guards and three marchers were hurt when a rally that organisers said drew 9,000 people ended in violence "
    "in Harbour Square."
)


def test_a_crowd_in_an_adverbial_clause_is_no_toll() -> None:
    assert "injured" not in _measures(_HURT_AT_RALLY, "9,000")


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        (_HURT_AT_RALLY, "Six", "injured"),
        ("The quake struck Varn on Monday, killing 12 people.", "12", "dead"),
    ],
)
def test_tolls_of_the_sentence_are_still_read(text: str, figure: str, measure: str) -> None:
    assert _measures(text, figure) == [measure]


def test_a_crowd_is_no_rival_to_another_outlets_hurt() -> None:
    bodies = {
        "Ledger": _HURT_AT_RALLY,
        "Gazette": "Nine people were hurt when a rally in Harbour Square turned violent on Saturday, police said.",
    }
    assert not [k for k in brief_outlets(bodies, "story").conflicts if "9,000" in str(k)]
