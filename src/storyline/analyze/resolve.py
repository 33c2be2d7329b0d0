"""Cross-article resolution: mentions to entities (alias merge), roles to people by date, quote speakers
and event arguments to entity names."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence

from storyline.analyze.entities import (
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
from storyline.isolate import isolated
from storyline.model import ENTITY_TYPES, Analysis, Article, Entity, Mention, Quote
from storyline.settings import AnalyzeSettings


def _person_ids(analyses: Sequence[Analysis], settings: AnalyzeSettings) -> tuple[dict, dict]:
    """(article_id, start, end) -> cluster key for PERSON mentions, and key -> Counter of forms. An article whose
    names break a step loses its person keys from that step (logged); the other articles keep theirs."""
    merger = PersonMerger(settings.surname_similarity, settings.first_name_similarity)
    singles: list[tuple[str, Mention, str]] = []

    def collect(an: Analysis) -> None:
        for m in an.mentions:
            if m.label != "PERSON":
                continue
            parts = person_parts(m.text)
            if len(parts) >= 2:
                merger.add_full(m.text, an.article_id)
            elif parts:
                singles.append((an.article_id, m, parts[0]))

    for an in analyses:
        isolated("entities", an.article_id, lambda an=an: collect(an), None)
    keys = {}
    forms: dict[str, Counter[str]] = {}
    cluster_key = {}
    for i, c in enumerate(merger.clusters):
        key = f"person|{c.last}|{c.first}"
        cluster_key[i] = key
        forms[key] = Counter(c.forms)

    def full_keys(an: Analysis) -> dict[tuple[str, int, int], str]:
        out = {}
        for m in an.mentions:
            if m.label != "PERSON":
                continue
            name = full_name(person_parts(m.text))
            if name is not None:
                idx = merger.find(*name)
                if idx is not None:
                    out[(an.article_id, m.start, m.end)] = cluster_key[idx]
        return out

    for an in analyses:
        keys.update(isolated("entities", an.article_id, lambda an=an: full_keys(an), {}))

    def single_key(article_id: str, word: str) -> str:
        idx = merger.match_single(word, article_id)
        if idx is not None:
            return cluster_key[idx]
        key = f"person|{fold(word)}|"
        forms.setdefault(key, Counter())[word] += 1
        return key

    for article_id, m, word in singles:
        key = isolated("entities", article_id, lambda a=article_id, w=word: single_key(a, w), None)
        if key is not None:
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


@dataclasses.dataclass(frozen=True)
class _Names:
    """The half of resolution that dates cannot change: the entity of each named mention, and the entities."""

    key_of: dict[tuple[str, int, int], str]  # (article_id, start, end) -> merge key
    ids: dict[str, str]  # merge key -> entity id
    entities: list[Entity]


def _names(analyses: Sequence[Analysis], settings: AnalyzeSettings) -> _Names:
    person_key, person_forms = _person_ids(analyses, settings)
    others = [
        (m.text, m.label)
        for an in analyses
        for m in an.mentions
        if m.label in ENTITY_TYPES and m.label != "PERSON"
    ]
    other_key = merge_others(others)  # plain string work on every name at once; nothing article-specific

    key_of: dict[tuple[str, int, int], str] = dict(person_key)
    forms: dict[str, Counter[str]] = defaultdict(Counter, {k: Counter(v) for k, v in person_forms.items()})
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for k in person_forms:
        types[k]["person"] += 1

    def other_keys(an: Analysis) -> None:
        for m in an.mentions:
            if m.label in ENTITY_TYPES and m.label != "PERSON":
                key = "other|" + other_key[m.text]
                key_of[(an.article_id, m.start, m.end)] = key
                forms[key][clean_name(m.text)] += 1
                types[key][ENTITY_TYPES[m.label]] += 1

    for an in analyses:
        isolated("entities", an.article_id, lambda an=an: other_keys(an), None)
    ids = {}
    entities = []
    for key, fcount in forms.items():
        if not fcount:
            continue
        kind = types[key].most_common(1)[0][0] if types[key] else "person"
        ids[key] = entity_id(kind, key)
        entities.append(Entity(ids[key], canonical(fcount), kind, tuple(sorted(fcount))))
    return _Names(key_of, ids, entities)


def _name_inputs(analyses: Sequence[Analysis]) -> tuple:
    """Everything name merging reads: each article's mentions (span, text, label), in order."""
    return tuple(
        (an.article_id, tuple((m.start, m.end, m.text, m.label) for m in an.mentions)) for an in analyses
    )


class EntityResolver:
    """``resolve_entities`` that keeps its name merging while the mentions stay the same: a build resolves again
    after dates are inferred, which moves only role references (each resolved by its article's date)."""

    def __init__(self, settings: AnalyzeSettings) -> None:
        self.settings = settings
        self._inputs: tuple | None = None
        self._names: _Names | None = None

    def __call__(
        self, articles: Sequence[Article], analyses: Sequence[Analysis]
    ) -> tuple[list[Entity], list[Analysis]]:
        analyses = [isolated("entities", an.article_id, lambda an=an: _relabel(an), an) for an in analyses]
        inputs = _name_inputs(analyses)
        if self._names is None or inputs != self._inputs:
            self._names, self._inputs = _names(analyses, self.settings), inputs
        return list(self._names.entities), _resolve_references(articles, analyses, self._names, self.settings)


def resolve_entities(
    articles: Sequence[Article], analyses: Sequence[Analysis], settings: AnalyzeSettings
) -> tuple[list[Entity], list[Analysis]]:
    return EntityResolver(settings)(articles, analyses)


def _resolve_references(
    articles: Sequence[Article], analyses: Sequence[Analysis], names: _Names, settings: AnalyzeSettings
) -> list[Analysis]:
    """Mentions to their entities, roles to their holders by date, then quote speakers and event arguments."""
    published = {a.id: a.published for a in articles}
    bodies = {a.id: a.body for a in articles}
    key_of, ids = names.key_of, names.ids
    name_of = {e.id: e.name for e in names.entities}

    def people_in(an: Analysis) -> dict[tuple[int, int], str]:
        return {
            (m.start, m.end): ids[key_of[(an.article_id, m.start, m.end)]]
            for m in an.mentions
            if m.label == "PERSON" and (an.article_id, m.start, m.end) in key_of
        }

    # Roles: appositions ("Foreign Secretary X") give dated holdings; each ROLE mention takes the nearest.
    evidence: list[Holding] = []
    for an in analyses:
        evidence += isolated(
            "entities",
            an.article_id,
            lambda an=an: holdings(
                an.article_id,
                bodies.get(an.article_id, ""),
                an.mentions,
                people_in(an),
                published.get(an.article_id),
            ),
            [],
        )

    def resolve_one(an: Analysis) -> Analysis:
        when = published.get(an.article_id)
        mentioned = frozenset(people_in(an).values())
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
                        settings,
                        (m.start, m.end),
                        mentioned,
                    )
            elif (an.article_id, m.start, m.end) in key_of:
                eid = ids.get(key_of[(an.article_id, m.start, m.end)])
            mentions.append(m if m.entity_id == eid else dataclasses.replace(m, entity_id=eid))
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
        return dataclasses.replace(an, mentions=tuple(mentions), quotes=quotes, events=events)

    out = []
    for an in analyses:
        done = isolated("entities", an.article_id, lambda an=an: resolve_one(an), None)
        out.append(done if done is not None else _unresolved(an))
    return out


def _unresolved(an: Analysis) -> Analysis:
    """An article whose resolution failed: its mentions and quotes point to no entity (none stale either)."""
    return dataclasses.replace(
        an,
        mentions=tuple(dataclasses.replace(m, entity_id=None) for m in an.mentions),
        quotes=tuple(dataclasses.replace(q, speaker_entity=None) for q in an.quotes),
    )


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
