"""The stable JSON contract of a briefing (served by `storyline brief ID --format json` and the API)."""

from __future__ import annotations

from typing import Any

from storyline.model import Briefing, BriefingEvent, BriefingNote, Citation, Claim, Entity, Quote


def _cite(c: Citation) -> dict[str, Any]:
    return {"article_id": c.article_id, "start": c.start, "end": c.end}


def _claim(c: Claim) -> dict[str, Any]:
    return {"text": c.text, "citations": [_cite(x) for x in c.citations]}


def _slot_claim(c: Claim) -> dict[str, Any]:
    """A claim about an aligned slot also carries the value phrases compared ("at least 11"), per article."""
    return {**_claim(c), "values": [_cite(x) for x in c.values]}


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "speaker": q.speaker,
        "speaker_entity": q.speaker_entity,
        "anonymous": q.anonymous,
        "article_id": q.article_id,
        "start": q.start,
        "end": q.end,
    }


def _entity(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "aliases": list(e.aliases), "type": e.type}


def _event(e: BriefingEvent) -> dict[str, Any]:
    return {
        "subject": e.subject,
        "verb": e.verb,
        "object": e.object,
        "negated": e.negated,
        "place": e.place,
        "time": e.date,
        "articles": list(dict.fromkeys(c.article_id for c in e.citations)),
        "spans": [_cite(c) for c in e.citations],
        "outlets": list(e.outlets),
    }


def _note(n: BriefingNote) -> dict[str, Any]:
    return {"section": n.section, "text": n.text, "article_ids": list(n.article_ids)}


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """Plain JSON-ready dict; keys are a contract: add fields, never rename or drop them."""
    head: dict[str, Any] = (
        {"story_id": b.subject_id}
        if b.kind == "story"
        else {"storyline_id": b.subject_id, "story_ids": list(b.story_ids)}
    )
    return {
        **head,
        "title": b.title,
        "summary": [_claim(c) for c in b.summary],
        "timeline": [{"date": c.date, "date_inferred": c.date_inferred, **_claim(c)} for c in b.timeline],
        "agreements": [_slot_claim(c) for c in b.agreements],
        "unique": [{"outlet": c.outlet, **_slot_claim(c)} for c in b.unique],
        "conflicts": [
            {
                "topic": k.topic,
                "kind": k.kind,
                "statement": k.statement,
                "claims": [
                    {
                        "text": c.text,
                        "article_id": c.citations[0].article_id if c.citations else None,
                        "outlet": c.outlet,
                        "start": c.citations[0].start if c.citations else None,
                        "end": c.citations[0].end if c.citations else None,
                        "values": [_cite(x) for x in c.values],
                    }
                    for c in k.claims
                ],
                "support": k.support,
                "sides": [
                    {
                        "value": s.value,
                        "outlets": list(s.outlets),
                        "outlet_count": len(s.outlets),
                        "claims": list(s.claims),
                    }
                    for s in k.sides
                ],
            }
            for k in b.conflicts
        ],
        "quotes": [_quote(q) for q in b.quotes],
        "entities": [_entity(e) for e in b.entities],
        "whats_new": [_claim(c) for c in b.whats_new],
        "events": [_event(e) for e in b.events],
        "notes": [_note(n) for n in b.notes],
        "background": [_slot_claim(c) for c in b.background],
    }
