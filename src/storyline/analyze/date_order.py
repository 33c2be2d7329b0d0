"""Day/month order of ambiguous numeric text dates, settled by the same outlet's other articles.

A page whose only date is 05/03/2024 cannot tell 5 March from 3 May; its outlet's other pages can: their
25/03/2024 proves the outlet writes the day first. The text date reader records each numeric date's reading in
its evidence ("text-dmy" proven, "text-ambiguous-mdy" guessed: see ``storyline.extract.text_dates``); this step
counts the proven readings per outlet and swaps day and month of the guessed ones the outlet contradicts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from storyline.extract.text_date_evidence import AMBIGUOUS_EVIDENCE, numeric_evidence


def outlet_orders(dated: Iterable[tuple[str | None, str]], min_share: float) -> dict[str, str]:
    """Outlet -> "dmy" or "mdy" where at least ``min_share`` of its proven numeric text dates write it so, from
    (outlet, evidence) pairs."""
    votes: dict[str, Counter[str]] = {}
    for outlet, evidence in dated:
        found = numeric_evidence(evidence)
        if outlet and found is not None and not found[1]:
            votes.setdefault(outlet, Counter())[found[0]] += 1
    orders = {}
    for outlet, count in votes.items():
        order, n = count.most_common(1)[0]
        if n / count.total() >= min_share:
            orders[outlet] = order
    return orders


def settle_orders(
    dated: Iterable[tuple[str, str | None, datetime, str]], min_share: float
) -> dict[str, tuple[datetime, str]]:
    """New (date, evidence) of each guessed numeric text date its outlet reads the other way, from (id, outlet,
    published, evidence) rows; a settled one already agrees, so running this again changes nothing."""
    rows = list(dated)
    orders = outlet_orders(((outlet, evidence) for _, outlet, _, evidence in rows), min_share)
    latest = datetime.now(UTC) + timedelta(days=1)  # as the reader: a reading in the future is no reading
    out: dict[str, tuple[datetime, str]] = {}
    for article_id, outlet, published, evidence in rows:
        found = numeric_evidence(evidence)
        order = orders.get(outlet or "")
        if found is None or not found[1] or order is None or order == found[0]:
            continue
        try:
            swapped = published.replace(month=published.day, day=published.month)
        except ValueError:  # not an ambiguous reading after all (a day past 12)
            continue
        if swapped <= latest:
            out[article_id] = (swapped, f"{AMBIGUOUS_EVIDENCE}-{order}")
    return out
