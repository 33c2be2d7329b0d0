"""Cross-article resolution: mentions to entities (alias merge), roles to people by date, quote speakers
and event arguments to entity names."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from storyline.analyze.entities import (
    TYPE_OF,
    PersonMerger,
    canonical,
    clean_name,
    entity_id,
    fold,
    full_name,
    merge_others,
    person_parts,
)
from storyline.analyze.roles import Holding, holdings, resolve_role, role_key
from storyline.model import Analysis, Article, Entity, Mention, Quote
from storyline.settings import AnalyzeSettings


def _person_ids(analyses: Sequence[Analysis], settings: AnalyzeSettings) -> tuple[dict, dict]:
    """(article_id, start, end) -> cluster key for PERSON mentions, and key -> Counter of forms."""
    merger = PersonMerger(settings.surname_similarity, settings.first_name_similarity)
    singles = []
    for an in analyses:
        for m in an.mentions:
            if m.label != "PERSON":
                continue
            parts = person_parts(m.text)
            if len(parts) >= 2:
                merger.add_full(m.text, an.article_id)
            elif parts:
                singles.append((an.article_id, m, parts[0]))
    keys = {}
    forms: dict[str, Counter[str]] = {}
    cluster_key = {}
    for i, c in enumerate(merger.clusters):
        key = f"person|{c.last}|{c.first}"
        cluster_key[i] = key
        forms[key] = Counter(c.forms)
    for an in analyses:
        for m in an.mentions:
            if m.label != "PERSON":
                continue
            name = full_name(person_parts(m.text))
            if name is not None:
                idx = merger.find(*name)
                if idx is not None:
                    keys[(an.article_id, m.start, m.end)] = cluster_key[idx]
    for article_id, m, word in singles:
        idx = merger.match_single(word, article_id)
        if idx is not None:
            key = cluster_key[idx]
        else:
            key = f"person|{fold(word)}|"
            forms.setdefault(key, Counter())[word] += 1
        keys[(article_id, m.start, m.end)] = key
    return keys, forms


def _relabel(an: Analysis) -> Analysis:
    """A one-word ORG/GPE/NORP that is the surname of a person named in the same article is that person
    (NER tags "Bennet will meet..." as an organisation)."""
    surnames = {
        fold(person_parts(m.text)[-1])
        for m in an.mentions
        if m.label == "PERSON" and len(person_parts(m.text)) >= 2
    }
    fixed = tuple(
        dataclasses.replace(m, label="PERSON")
        if m.label in ("ORG", "GPE", "NORP")
        and " " not in m.text.strip()
        and fold(clean_name(m.text)) in surnames
        else m
        for m in an.mentions
    )
    return dataclasses.replace(an, mentions=fixed)


def resolve_entities(
    articles: Sequence[Article], analyses: Sequence[Analysis], settings: AnalyzeSettings
) -> tuple[list[Entity], list[Analysis]]:
    analyses = [_relabel(an) for an in analyses]
    published = {a.id: a.published for a in articles}
    bodies = {a.id: a.body for a in articles}
    person_key, person_forms = _person_ids(analyses, settings)
    others = [
        (m.text, m.label)
        for an in analyses
        for m in an.mentions
        if m.label in TYPE_OF and m.label != "PERSON"
    ]
    other_key = merge_others(others)

    key_of: dict[tuple[str, int, int], str] = dict(person_key)
    forms: dict[str, Counter[str]] = defaultdict(Counter, {k: Counter(v) for k, v in person_forms.items()})
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for k in person_forms:
        types[k]["person"] += 1
    for an in analyses:
        for m in an.mentions:
            if m.label in TYPE_OF and m.label != "PERSON":
                key = "other|" + other_key[m.text]
                key_of[(an.article_id, m.start, m.end)] = key
                forms[key][clean_name(m.text)] += 1
                types[key][TYPE_OF[m.label]] += 1
    ids = {}
    entities = []
    for key, fcount in forms.items():
        if not fcount:
            continue
        kind = types[key].most_common(1)[0][0] if types[key] else "person"
        ids[key] = entity_id(kind, key)
        entities.append(Entity(ids[key], canonical(fcount), kind, tuple(sorted(fcount))))
    name_of = {e.id: e.name for e in entities}

    # Roles: appositions ("Foreign Secretary X") give dated holdings; each ROLE mention takes the nearest.
    evidence: list[Holding] = []
    for an in analyses:
        person_of = {
            (m.start, m.end): ids[key_of[(an.article_id, m.start, m.end)]]
            for m in an.mentions
            if m.label == "PERSON" and (an.article_id, m.start, m.end) in key_of
        }
        evidence += holdings(
            an.article_id, bodies.get(an.article_id, ""), an.mentions, person_of, published.get(an.article_id)
        )

    out = []
    for an in analyses:
        when = published.get(an.article_id)
        mentioned = frozenset(
            ids[key_of[(an.article_id, m.start, m.end)]]
            for m in an.mentions
            if m.label == "PERSON" and (an.article_id, m.start, m.end) in key_of
        )
        mentions = []
        for m in an.mentions:
            eid = None
            if m.label == "ROLE":
                key = role_key(m.text)
                if key is not None:
                    eid = resolve_role(
                        key,
                        an.article_id,
                        when,
                        evidence,
                        settings.role_window_days,
                        (m.start, m.end),
                        mentioned,
                    )
            elif (an.article_id, m.start, m.end) in key_of:
                eid = ids.get(key_of[(an.article_id, m.start, m.end)])
            mentions.append(dataclasses.replace(m, entity_id=eid))
        quotes = tuple(_speaker_entity(q, mentions) for q in an.quotes)
        by_text = {m.text: name_of[m.entity_id] for m in mentions if m.entity_id}
        events = tuple(
            dataclasses.replace(
                e,
                subject=by_text.get(e.subject, e.subject),
                object=by_text.get(e.object, e.object) if e.object else None,
                place=by_text.get(e.place, e.place) if e.place else None,
            )
            for e in an.events
        )
        out.append(dataclasses.replace(an, mentions=tuple(mentions), quotes=quotes, events=events))
    return entities, out


def _speaker_entity(q: Quote, mentions: Sequence[Mention]) -> Quote:
    """A named speaker's entity: a person inside the speaker phrase, else a role, else an organisation."""
    if q.speaker_start is None or q.speaker_end is None or q.anonymous:
        return q
    inside = [m for m in mentions if m.entity_id and q.speaker_start <= m.start and m.end <= q.speaker_end]
    for label in ("PERSON", "ROLE", "ORG", "GPE", "NORP"):
        for m in inside:
            if m.label == label:
                return dataclasses.replace(q, speaker_entity=m.entity_id)
    return q
