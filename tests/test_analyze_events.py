"""Who did what, per article, on a hand-written report: active voice, pronouns, negation, place and date."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.analyze import analyze, resolve_entities
from storyline.model import Article, Event

BODY = (
    "Police arrested Dana Whitlow in Port Ellison on Monday after the ferry strike.\n"
    "Mrs Whitlow was charged with obstruction by county prosecutors on Tuesday. "
    "She refused to comply and did not resist.\n"
    "The ferry was stopped at the pier. It may sail again soon. You can read more online.\n"
    "Officials believe the union planned the walkout. The Bluewake operator hired Imre Sato.\n"
    "No one was hurt. A man suspected of arson was held. Mayor Ines Corra is expected to resign."
)


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    a = Article("x1", "src", BODY, outlet="Harbour Gazette", published=datetime(2024, 3, 6, tzinfo=UTC))
    _, (an,) = resolve_entities([a], analyze([a]))
    return {e.verb: e for e in an.events}


def test_subject_verb_object_with_the_clause_place_and_date(events):
    e = events["arrest"]
    assert (e.subject, e.object, e.place, e.date) == ("police", "Dana Whitlow", "Port Ellison", "2024-03-04")
    assert BODY[e.start : e.end] == "Police arrested Dana Whitlow in Port Ellison"


def test_passive_is_told_in_active_terms(events):
    charged = events["charge"]
    assert (charged.subject, charged.object, charged.date) == (
        "county prosecutor",
        "Dana Whitlow",
        "2024-03-05",
    )
    stopped = events["stop"]  # no agent named: nobody is made up
    assert (stopped.subject, stopped.object) == (None, "ferry")


def test_pronoun_subject_resolves_and_negation_is_kept(events):
    assert events["resist"].subject == "Dana Whitlow" and events["resist"].negated
    assert events["comply"].negated and not events["refuse"].negated


def test_hedged_reader_addressed_and_attributing_verbs_are_not_events(events):
    assert not {"sail", "read", "believe"} & set(events)
    assert (events["plan"].subject, events["plan"].object) == ("union", "walkout")
    assert events["hire"].object == "Imre Sato"


def test_denials_participles_and_raised_subjects(events):
    assert (events["hurt"].subject, events["hurt"].object) == (None, "no one")  # not "someone hurt one"
    assert "suspect" not in events and events["hold"].object == "man"
    assert "expect" not in events and events["resign"].subject == "Ines Corra"
