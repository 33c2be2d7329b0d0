"""A thing named once with its class noun before the name ("the ferry Northern Light") and by that noun alone in
another outlet ("a ferry sank"): the name's parsed event holds the class noun (analyze.claim_measures
``_class_nouns``), so the two outlets' days of the sinking are one incident and conflict; two named things of
one class on two days stay apart. Invented stories, the dates told after the leads."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_outlets

from storyline.analyze.claim_measures import event_of
from storyline.analyze.nlp import parse

_MONDAY = datetime(2026, 3, 9, 12, tzinfo=UTC)
_LEAD = "Boats crowd the harbour at Colby. The port has served the coast for a century. "


def _date_conflicts(first: str, second: str) -> list[str]:
    b = brief_outlets({"Colby Post": _LEAD + first, "Coast Wire": _LEAD + second}, "Colby ferry", _MONDAY)
    return [k.statement for k in b.conflicts if k.kind == "date"]


def test_a_names_event_holds_its_class_noun():
    (doc,) = parse(["The ferry Northern Light sank off the coast on Saturday."])
    day = next(e for e in doc.ents if e.label_ == "DATE")
    assert "ferry" in event_of(day.root).split()


def test_a_named_ferry_and_a_ferry_on_two_days_conflict():
    (statement,) = _date_conflicts(
        "A ferry with six crew sank off the coast of Colby late on Saturday, the coastguard said.",
        "Six people were rescued after the ferry Northern Light sank off the coast of Colby early on Sunday.",
    )
    assert "Saturday" in statement and "Sunday" in statement


def test_two_named_boats_on_two_days_stay_apart():
    assert not _date_conflicts(
        "The ferry Northern Light sank off the coast of Colby on Saturday, the coastguard said.",
        "The ferry Sea Lark sank off the coast of Colby on Sunday, the coastguard said.",
    )
