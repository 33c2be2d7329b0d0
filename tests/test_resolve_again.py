"""Resolution is a function of the article and the index: resolving an already resolved article again against
the same index changes nothing (a re-dated or re-keyed stored article is resolved from its stored analysis)."""

from __future__ import annotations

from storyline.analyze.resolve import resolve_article
from storyline.model import Analysis, Event, Mention
from storyline.settings import DEFAULTS

ORG, PERSON = "ent-org", "ent-person"
NAMES = {ORG: "Orqui Alliance", PERSON: "Quiorqui Alliance"}


def _analysis() -> Analysis:
    """The same text as an ORG and as a PERSON mention (NER's mistake); an event names the org as "the Orqui
    Alliance"; the PERSON mention's entity is a person named otherwise (a fuzzy first-name merge)."""
    aid = "a1"
    mentions = (
        Mention(aid, 0, 18, "the Orqui Alliance", "ORG"),
        Mention(aid, 40, 54, "Orqui Alliance", "ORG"),
        Mention(aid, 80, 94, "Orqui Alliance", "PERSON"),
    )
    events = (
        Event(aid, 0, 30, "the Orqui Alliance", "act"),
        Event(aid, 40, 70, "staffing question", "weigh", object="the Orqui Alliance", place="Orqui Alliance"),
    )
    return Analysis(aid, mentions=mentions, events=events)


def test_resolving_a_resolved_article_again_changes_nothing() -> None:
    entity_of = {(0, 18): ORG, (40, 54): ORG, (80, 94): PERSON}
    once = resolve_article(_analysis(), None, entity_of, NAMES, {}, DEFAULTS.analyze)
    assert [e.subject for e in once.events] == ["Orqui Alliance", "staffing question"]
    assert once.events[1].object == "Orqui Alliance"
    twice = resolve_article(once, None, entity_of, NAMES, {}, DEFAULTS.analyze)
    assert twice == once
