"""Ambiguous numeric text dates (05/03/2024) take the day/month order of their outlet's other articles at build."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from storyline.analyze.date_order import settle_orders
from storyline.pipeline import build, ingest
from storyline.store import open_store

_BODY = " ".join(["The harbour board met again and argued about the ferry timetable for the summer."] * 6)


def _record(outlet: str, title: str, dated: str, line: str = "By Desk Staff | Posted {}") -> dict[str, str]:
    return {"outlet": outlet, "title": title, "text": f"{title}\n\n{line.format(dated)}\n\n{title}. {_BODY}"}


def _published(tmp_path: Path, records: list[dict[str, str]]) -> tuple[dict[str, tuple[date, str]], int]:
    """Each article's (day, evidence) by headline after a build, and how many dates the build reordered."""
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    store = open_store(tmp_path / "s.db")
    ingest(store, [str(path)])
    first = build(store)
    again = build(store)  # a re-run settles nothing more and changes nothing
    assert again.dates_reordered == 0
    out = {}
    for a in store.articles():
        assert a.published is not None and a.published_evidence is not None
        out[a.headline or ""] = (a.published.date(), a.published_evidence)
    return out, first.dates_reordered


def test_an_outlets_unambiguous_dates_settle_its_ambiguous_ones(tmp_path: Path) -> None:
    found, reordered = _published(
        tmp_path,
        [
            _record("Harbour Herald", "Ferry timetable agreed", "25/03/2024"),
            _record("Harbour Herald", "Ferry fares frozen", "05/03/2024"),
            _record("Lakeside Ledger", "Ferry dock reopens", "03/25/2024"),
            _record("Lakeside Ledger", "Ferry crew hired", "05/03/2024"),
            _record("Lakeside Ledger", "Ferry pier painted", "06/04/2024 10:15", "By Desk Staff\n\n{}"),
        ],
    )
    assert found["Ferry timetable agreed"] == (date(2024, 3, 25), "text-dmy")
    assert found["Ferry fares frozen"] == (date(2024, 3, 5), "text-ambiguous-dmy")  # day first, like 25/03
    assert found["Ferry dock reopens"] == (date(2024, 3, 25), "text-mdy")
    assert found["Ferry crew hired"] == (date(2024, 5, 3), "text-ambiguous-mdy")  # month first, like 03/25
    # the header reads a dateline day first, the ranker English text's slashes month first: two were swapped
    assert found["Ferry pier painted"] == (date(2024, 6, 4), "text-ambiguous-mdy")
    assert reordered == 2


def test_a_mixed_or_unknown_outlet_leaves_the_guess() -> None:
    guess = datetime(2024, 3, 5, tzinfo=UTC)
    rows = [
        ("a", "Mixed", datetime(2024, 3, 25, tzinfo=UTC), "text-dmy"),
        ("b", "Mixed", datetime(2024, 3, 25, tzinfo=UTC), "text-mdy"),
        ("c", "Mixed", guess, "text-ambiguous-dmy"),
        ("d", None, guess, "text-ambiguous-dmy"),
        ("e", "Lone", guess, "text-ambiguous-dmy"),
        ("f", "Lone", guess, "text-ambiguous-mdy"),  # guesses are no evidence
    ]
    assert settle_orders(rows, min_share=0.8) == {}
    rows.append(("g", "Lone", datetime(2024, 1, 30, tzinfo=UTC), "text-mdy"))
    assert settle_orders(rows, min_share=0.8) == {
        "e": (datetime(2024, 5, 3, tzinfo=UTC), "text-ambiguous-mdy")
    }
