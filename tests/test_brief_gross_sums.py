"""A sum told with the charges on top of it ("with fees", "including the buyer's premium") is a gross sum: no
rival to other outlets' bare price (briefing.figure_scope ``scope``), while a bare other price still disputes it.
Invented stories."""

from __future__ import annotations

import pytest
from briefed import brief_outlets

_SALE = {
    "Ledger": "A seascape by the painter Tomas Ferrand sold for £3.6 million at Garrow's in Dunmere on Tuesday. "
    "The canvas had been estimated at £1 million.",
    "Gazette": "Tomas Ferrand's seascape sold for £3.6 million at a Dunmere auction on Tuesday, Garrow's said. "
    "Six bidders took part.",
}


def _conflicts(bodies: dict[str, str]) -> list[set[str]]:
    """The value phrases of each conflict, lower-cased."""
    b = brief_outlets(bodies, "story")
    return [
        {bodies[v.article_id][v.start : v.end].lower() for cl in k.claims for v in cl.values}
        for k in b.conflicts
    ]


@pytest.mark.parametrize(
    "third",
    [
        "The Ferrand seascape fetched £4.4 million including the buyer's premium at Garrow's in Dunmere on Tuesday.",
        "The Ferrand seascape sold for £4.4 million with fees at Garrow's in Dunmere on Tuesday.",
        "The Ferrand seascape sold for £4.4 million, including all fees, at Garrow's in Dunmere on Tuesday.",
        "With fees the price of the Ferrand seascape came to £4.4 million at Garrow's in Dunmere on Tuesday.",
    ],
)
def test_a_sum_with_its_charges_is_no_rival_to_a_bare_price(third):
    conflicts = _conflicts({**_SALE, "Wire": third})
    assert not any("£4.4 million" in values for values in conflicts)


def test_a_bare_other_price_still_disputes_it():
    third = "The Ferrand seascape fetched £4.4 million at Garrow's in Dunmere on Tuesday."
    conflicts = _conflicts({**_SALE, "Wire": third})
    assert any("£4.4 million" in values for values in conflicts)
