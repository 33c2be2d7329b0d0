"""Cross-article resolution: mentions to entities (alias merge), roles to people by date, quote speakers
and event arguments to entity names."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime

from storyline.analyze.entities import (
    PersonMerger,
    acronym,
    canonical,
    clean_name,
    entity_id,
    fold,
    full_name,
    org_key,
    other_key,
    person_parts,
)
from storyline.analyze.roles import Holding, TitleEvidence, holdings, resolve_role, role_key, title_evidence
from storyline.isolate import isolated
from storyline.model import ENTITY_TYPES, Analysis, Article, Entity, Mention, Quote
from storyline.settings import AnalyzeSettings

_KINDS = list(dict.fromkeys(ENTITY_TYPES.values()))  # person, org, place, group


@dataclasses.dataclass
class ArticleKeys:
    """One article's named mentions as merge keys, and what the article adds to each key's written forms and
    entity types (an entity's name and type come from these counts over the corpus)."""

    of: dict[tuple[int, int], str] = dataclasses.field(default_factory=dict)  # (start, end) -> merge key
    forms: dict[str, Counter[str]] = dataclasses.field(default_factory=lambda: defaultdict(Counter))
    types: dict[str, Counter[str]] = dataclasses.field(default_factory=lambda: defaultdict(Counter))


def add_names(merger: PersonMerger, an: Analysis) -> None:
    """Merge the article's full person names into the clusters (in arrival order: the first name seen opens a
    cluster, later ones join the earliest that fits)."""
    for m in an.mentions:
        if m.label == "PERSON" and len(person_parts(m.text)) >= 2:
            merger.add_full(m.text, an.article_id)


def article_keys(
    an: Analysis, merger: PersonMerger, expansions: Mapping[str, Collection[str]]
) -> ArticleKeys:
    """Merge keys of one article's names, once every full name of the corpus is in ``merger``: a full name its
    cluster's, a bare one the cluster it names in this article or alone in the corpus (else its own key), any
    other name its folded text or the one expansion of its acronym (see ``other_key``)."""
    out = ArticleKeys()
    for m in an.mentions:
        if m.label == "PERSON":
            parts = person_parts(m.text)
            if len(parts) >= 2:
                name = full_name(parts)
                idx = merger.find(*name) if name is not None else None
                if idx is None:
                    continue
                key, form = merger.key(idx), " ".join(parts)
            elif parts:
                idx = merger.match_single(parts[0], an.article_id)
                key = merger.key(idx) if idx is not None else f"person|{fold(parts[0])}|"
                form = "" if idx is not None else parts[0]  # a bare name that joins a person adds no form
            else:
                continue
            out.of[(m.start, m.end)] = key
            if form:
                out.forms[key][form] += 1
            out.types[key]["person"] += 1
        elif m.label in ENTITY_TYPES:
            key = "other|" + other_key(m.text, expansions)
            out.of[(m.start, m.end)] = key
            out.forms[key][clean_name(m.text)] += 1
            out.types[key][ENTITY_TYPES[m.label]] += 1
    return out


def acronyms(an: Analysis) -> set[tuple[str, str]]:
    """(acronym, key of the name it abbreviates) of the article's non-person names ("European Union" gives
    ("EU", "european union"))."""
    pairs = set()
    for m in an.mentions:
        if m.label in ENTITY_TYPES and m.label != "PERSON" and (acr := acronym(m.text)):
            pairs.add((acr, org_key(m.text)))
    return pairs


def make_entity(key: str, forms: Counter[str], types: Counter[str]) -> Entity:
    """The entity of a merge key from its forms and types over the corpus: the most frequent type (ties in the
    order of ENTITY_TYPES, so the order articles arrive in does not matter) and the most frequent form."""
    kind = max(types.items(), key=lambda kv: (kv[1], -_KINDS.index(kv[0])))[0] if types else "person"
    return Entity(entity_id(key), canonical(forms), kind, tuple(sorted(forms)))


def relabel(an: Analysis) -> Analysis:
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
    merger = PersonMerger(settings.surname_similarity, settings.first_name_similarity)
    expansions: dict[str, set[str]] = defaultdict(set)
    for an in analyses:  # the merger changes in steps: never cut short (isolate.py)
        isolated("entities", an.article_id, lambda an=an: add_names(merger, an), None, limited=False)
        for acr, key in isolated("entities", an.article_id, lambda an=an: acronyms(an), set()):
            expansions[acr].add(key)
    key_of: dict[tuple[str, int, int], str] = {}
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for an in analyses:
        keys = isolated("entities", an.article_id, lambda an=an: article_keys(an, merger, expansions), None)
        if keys is None:
            continue
        key_of.update({(an.article_id, s, e): k for (s, e), k in keys.of.items()})
        for k, c in keys.forms.items():
            forms[k].update(c)
        for k, c in keys.types.items():
            types[k].update(c)
    entities = {k: make_entity(k, forms[k], types[k]) for k in forms if forms[k]}
    return _Names(key_of, {k: e.id for k, e in entities.items()}, list(entities.values()))


def resolve_entities(
    articles: Sequence[Article], analyses: Sequence[Analysis], settings: AnalyzeSettings
) -> tuple[list[Entity], list[Analysis]]:
    """Resolve a whole corpus from scratch (a build resolves through the store's alias index, see aliases.py,
    to the same result)."""
    analyses = [isolated("entities", an.article_id, lambda an=an: relabel(an), an) for an in analyses]
    names = _names(analyses, settings)
    return list(names.entities), _resolve_references(articles, analyses, names, settings)


def _resolve_references(
    articles: Sequence[Article], analyses: Sequence[Analysis], names: _Names, settings: AnalyzeSettings
) -> list[Analysis]:
    """Mentions to their entities, roles to their holders by date, then quote speakers and event arguments."""
    published = {a.id: a.published for a in articles}
    bodies = {a.id: a.body for a in articles}
    name_of = {e.id: e.name for e in names.entities}
    entity_of = {
        an.article_id: {
            (m.start, m.end): names.ids[key]
            for m in an.mentions
            if (key := names.key_of.get((an.article_id, m.start, m.end))) in names.ids
        }
        for an in analyses
    }
    # Roles: appositions ("Foreign Secretary X") give dated holdings; each ROLE mention takes the nearest.
    evidence: list[Holding] = []
    for an in analyses:
        evidence += isolated(
            "entities",
            an.article_id,
            lambda an=an: article_holdings(
                an, bodies.get(an.article_id, ""), published.get(an.article_id), entity_of[an.article_id]
            ),
            [],
        )
    by_title = title_evidence(evidence, settings.role_window_days)
    return [
        resolve_article(
            an, published.get(an.article_id), entity_of[an.article_id], name_of, by_title, settings
        )
        for an in analyses
    ]


def article_holdings(
    an: Analysis, body: str, when: datetime | None, entity_of: Mapping[tuple[int, int], str]
) -> list[Holding]:
    """The article's appositions of a role and a named person ("Foreign Secretary X"), dated by the article."""
    people = {(m.start, m.end): entity_of[m.start, m.end] for m in an.mentions if m.label == "PERSON"
              and (m.start, m.end) in entity_of}  # fmt: skip
    return holdings(an.article_id, body, an.mentions, people, when)


def resolve_article(
    an: Analysis,
    when: datetime | None,
    entity_of: Mapping[tuple[int, int], str],
    name_of: Mapping[str, str],
    evidence: Mapping[str, TitleEvidence],
    settings: AnalyzeSettings,
) -> Analysis:
    """One article resolved: named mentions to ``entity_of`` (span -> entity id), roles to their holders at
    ``when`` from the ``evidence`` (title -> every holding of it in the corpus, in arrival order), then quote
    speakers and event arguments. An article that fails comes back unresolved (logged)."""
    done = isolated(
        "entities",
        an.article_id,
        lambda: _resolve_one(an, when, entity_of, name_of, evidence, settings),
        None,
    )
    return done if done is not None else _unresolved(an)


def _resolve_one(
    an: Analysis,
    when: datetime | None,
    entity_of: Mapping[tuple[int, int], str],
    name_of: Mapping[str, str],
    evidence: Mapping[str, TitleEvidence],
    settings: AnalyzeSettings,
) -> Analysis:
    mentioned = frozenset(entity_of[m.start, m.end] for m in an.mentions if m.label == "PERSON"
                          and (m.start, m.end) in entity_of)  # fmt: skip
    person_at = {m.start: entity_of.get((m.start, m.end)) for m in an.mentions if m.label == "PERSON"}
    mentions = []
    for m in an.mentions:
        eid = None
        if m.refers is not None:  # a job said of a named person ("the congressman"): that person
            eid = person_at.get(m.refers)
        elif m.label == "ROLE":
            key = role_key(m.text)
            if key is not None:
                eid = resolve_role(key, an.article_id, when, evidence, settings, (m.start, m.end), mentioned)
        else:
            eid = entity_of.get((m.start, m.end))
        mentions.append(m if m.entity_id == eid else dataclasses.replace(m, entity_id=eid))
    quotes = tuple(_speaker_entity(q, mentions) for q in an.quotes)
    named = _argument_names(mentions, name_of)
    events = tuple(
        dataclasses.replace(
            e,
            subject=named(e.subject) if e.subject else e.subject,
            object=named(e.object) if e.object else None,
            place=named(e.place) if e.place else None,
        )
        for e in an.events
    )
    return dataclasses.replace(an, mentions=tuple(mentions), quotes=quotes, events=events)


def _argument_names(mentions: Sequence[Mention], name_of: Mapping[str, str]) -> Callable[[str], str]:
    """An event argument's entity name: the name of the entity a mention of that text resolves to. An argument
    that already is one of the article's entity names stays, so resolving a resolved article again (a stored
    one, re-dated or re-keyed) gives the same names: "the Orqui Alliance" -> the org "Orqui Alliance" must not
    become, on the next pass, the person a PERSON mention "Orqui Alliance" resolves to."""
    by_text = {m.text: name_of[m.entity_id] for m in mentions if m.entity_id}
    names = {name_of[m.entity_id] for m in mentions if m.entity_id}
    return lambda arg: arg if arg in names else by_text.get(arg, arg)


def _unresolved(an: Analysis) -> Analysis:
    """An article whose resolution failed: its mentions and quotes point to no entity (none stale either)."""
    return dataclasses.replace(
        an,
        mentions=tuple(dataclasses.replace(m, entity_id=None) for m in an.mentions),
        quotes=tuple(dataclasses.replace(q, speaker_entity=None) for q in an.quotes),
    )


def _speaker_entity(q: Quote, mentions: Sequence[Mention]) -> Quote:
    """A named speaker's entity: the person the phrase is about (see ``_head_people``), else a role, else an
    organisation. Never a possessor or pre-modifier person: "Harlow spokesman Dan Pruitt" is Pruitt,
    "Harlow's spokesman" and "a spokesman for Harlow" no person."""
    if q.speaker_start is None or q.speaker_end is None or q.anonymous:
        return q
    inside = [m for m in mentions if m.entity_id and q.speaker_start <= m.start and m.end <= q.speaker_end
              and (m.refers is None or _heads_phrase(q, m))]  # fmt: skip
    people = _head_people(q.speaker or "", q.speaker_start, [m for m in inside if m.label == "PERSON"])
    others = [m for label in ("ROLE", "ORG", "GPE", "NORP") for m in inside if m.label == label]
    chosen = next(iter(people or others), None)
    return q if chosen is None else dataclasses.replace(q, speaker_entity=chosen.entity_id)


def _heads_phrase(q: Quote, m: Mention) -> bool:
    """A description ("the judge") names the speaker only as the phrase's head: at its end, after no
    post-modified noun ("a neighbour of the singer" is the neighbour)."""
    before = (q.speaker or "")[: m.start - (q.speaker_start or 0)]
    return m.end == q.speaker_end and _POST_MODIFIER.search(before) is None


# A comma, bracket or dash ends the phrase around a head ("the union's lawyer, Ines Talvik"); so does a
# preposition after a common noun ("a spokesman for Mara Lindqvist"; not "Secretary of State Anne Corwin").
_PART_BREAK = re.compile(r"\s*[,;()\u2013\u2014]\s*")
_POST_MODIFIER = re.compile(r"(?<![\w.'’-])[a-z]+(\s+)(?:for|of|to|from|at|with|in|on)\s")
# What may follow the head name: post-nominal letters ("Crispin Blunt MP"), then a full stop or nothing, or a
# post-modifier ("John McCain of Arizona").
_AFTER_HEAD = re.compile(
    r"(?:\s+(?:[A-Z]{2,4}|Jr|Sr)\b\.?)*(?:\s+(?:of|from|and|or|at|in|with)\s.*|[\s.!?\"”]*)", re.DOTALL
)


def _head_people(phrase: str, start: int, people: Sequence[Mention]) -> list[Mention]:
    """PERSON mentions that head a part of the speaker phrase (``phrase`` is body[start:...]), in order: a name
    that ends its part or only a post-modifier follows. A name a noun or "'s" follows is a pre-modifier or the
    possessor of the head ("Clinton spokesman", "Clinton's spokesman"), not the speaker."""
    heads = []
    for lo, hi in _parts(phrase):
        for m in people:
            m_lo, m_hi = m.start - start, m.end - start
            if lo <= m_lo and m_hi <= hi and _AFTER_HEAD.fullmatch(phrase[m_hi:hi]):
                heads.append(m)
    return heads


def _parts(phrase: str) -> list[tuple[int, int]]:
    """Spans of the phrase's parts, each cut before a common noun's prepositional phrase."""
    cuts = [0, *(i for m in _PART_BREAK.finditer(phrase) for i in (m.start(), m.end())), len(phrase)]
    out = []
    for lo, hi in zip(cuts[::2], cuts[1::2], strict=True):
        post = _POST_MODIFIER.search(phrase, lo, hi)
        out.append((lo, post.start(1) if post else hi))
    return out
