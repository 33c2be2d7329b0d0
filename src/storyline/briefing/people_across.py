"""People across a story's outlets: a name one outlet shows to be a person is a person in every outlet's article.

Analysis is per article, and the tagger may take a person for an organisation or a place in one article ("Tina
Ode, organiser of the march, said" tagged ORG) while another outlet's makes clear she is a person ("Ms Ode said").
The article's own evidence was read during analysis (analyze.per_article._surnames_as_people, so that quotes and
events saw a person); another outlet's can only be read here, as analyses are stored per article by content.
Every people reader of the briefing (gender, role, age, spelling) reads PERSON mentions by entity, so here, once
per story, such a mention becomes PERSON and takes the entity of that person in the story. A name that merely
contains the surname ("Ode Holdings", "Fort Varga") is not the person, and two people of one surname ("Tina Ode",
"Mark Ode") keep a bare "Ode" untouched.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from storyline.analyze.entities import SHORT_NAME_WORDS, fold, full_name, person_parts
from storyline.analyze.gender import first_name_gender
from storyline.lexicon.titles import neutral_job, titled_surnames
from storyline.model import ENTITY_TYPES, Analysis, Article, Entity, Mention

# "Varga, 41, said": an age set in commas right after a name, which only a person is given
_AGE_AFTER = re.compile(r",[ \t]*\d{1,3}[ \t]*,")
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")  # the word right before a name, on its line
_NAMES = frozenset(ENTITY_TYPES) - {"PERSON"}  # labels the tagger gives a person it mistakes


def _shown_people(article: Article, an: Analysis) -> Iterable[tuple[str, ...]]:
    """Folded words of the article's PERSON names that the article shows to be a person: written after a
    courtesy title ("Ms Ode"), given an age ("Ode, 41,"), described by a job ("the organiser, Tina Ode"), given a
    job title before the name ("Assistant coach Colm Ode", "Detective Sergeant Tina Ode" tagged whole), or a full
    name whose first word is a known first name and whose last is not."""
    titled = {fold(s) for s in titled_surnames(article.body)}
    described = {m.refers for m in an.mentions if m.refers is not None}
    for m in an.mentions:
        parts = person_parts(m.text) if m.label == "PERSON" else []
        if not parts or len(parts) > SHORT_NAME_WORDS:
            continue
        words = tuple(fold(p) for p in parts)
        if (
            words[-1] in titled
            or m.start in described
            or _AGE_AFTER.match(article.body, m.end)
            or _job_titled(article.body, m, parts)
            or (len(parts) >= 2 and first_name_gender(parts[0]) and not first_name_gender(parts[-1]))
        ):
            yield words


def _job_titled(body: str, m: Mention, parts: Sequence[str]) -> bool:
    """Whether a full name has a job title right before it ("Head coach Colm Ode") or tagged into it
    ("Detective Sergeant Tina Ode"): only a person holds a job."""
    before = _WORD_BEFORE.search(body, max(0, m.start - 40), m.start)
    titled = len(m.text.split()) > len(parts) or (before is not None and neutral_job(before.group(1).lower()))
    return len(parts) >= 2 and bool(titled)


def _candidate(m: Mention, full: set[tuple[str, ...]], surnames: set[str]) -> tuple[str, ...] | None:
    """The folded words of a non-person mention that names a shown person: the full name itself, or that
    surname alone or after a known first name ("Tina Ode"; not "Fort Varga", not "Ode Holdings")."""
    if m.label not in _NAMES:
        return None
    parts = person_parts(m.text)
    if not parts or len(parts) > SHORT_NAME_WORDS:
        return None
    words = tuple(fold(p) for p in parts)
    if words in full:
        return words
    if words[-1] in surnames and (len(parts) == 1 or first_name_gender(parts[0])):
        return words
    return None


def _holds_surname(m: Mention, surname: str) -> bool:
    """A longer non-person name that has the surname among its words ("Ode Holdings", "Fort Varga")."""
    words = [fold(p) for p in person_parts(m.text)]
    return m.label in _NAMES and len(words) > 1 and surname in words


def _target(
    surname: str, first: str | None, people: Sequence[Mention], own: str | None
) -> tuple[str | None, bool]:
    """The entity a relabelled name of ``surname`` (``first``: its folded first name, None for a bare one) takes,
    and whether it may be relabelled: the person of that full name in the story; else, for a full name, the one
    person only ever named by that surname (with no other full name of it), else its own entity; for a bare
    surname, the one person of that surname. A bare surname of two people stays as it is."""
    fulls: dict[tuple[str, str], Counter[str]] = {}
    bare: Counter[str] = Counter()
    for p in people:
        parts = person_parts(p.text)
        if not parts or fold(parts[-1]) != surname or p.entity_id is None:
            continue
        name = full_name(parts)
        if name is not None:
            fulls.setdefault(name, Counter())[p.entity_id] += 1
        else:
            bare[p.entity_id] += 1
    if first is not None:
        if (first, surname) in fulls:
            return fulls[first, surname].most_common(1)[0][0], True
        return (next(iter(bare)) if not fulls and len(bare) == 1 else own), True
    if len(fulls) == 1:
        return next(iter(fulls.values())).most_common(1)[0][0], True
    return (next(iter(bare)), True) if not fulls and len(bare) == 1 else (None, False)


def story_people(
    articles: Sequence[Article], analyses: Mapping[str, Analysis], entities: Sequence[Entity]
) -> tuple[dict[str, Analysis], tuple[Entity, ...]]:
    """The story's analyses with every non-person mention of a person some article shows (``_shown_people``)
    made PERSON under that person's entity, and the entities with those the change makes people typed person.
    Full names first, so a bare surname then counts the people they turned out to be."""
    own = {a.id: (a, an) for a in articles if (an := analyses.get(a.id)) is not None}
    shown = {w for a, an in own.values() for w in _shown_people(a, an)}
    full = {w for w in shown if len(w) >= 2}
    surnames = {w[-1] for w in shown}
    out = dict(analyses)
    retyped: set[str] = set()
    for bare in (False, True) if surnames else ():
        people = [m for aid in own for m in out[aid].mentions if m.label == "PERSON"]
        for aid in own:
            fixed = _relabel(out[aid], full, surnames, people, bare)
            if fixed is not None:
                was = out[aid].mentions
                retyped |= {
                    m.entity_id for m, o in zip(fixed.mentions, was, strict=True) if m.label != o.label
                }
                out[aid] = fixed
    typed = tuple(
        dataclasses.replace(e, type="person") if e.id in retyped and e.type != "person" else e
        for e in entities
    )
    return out, typed


def _relabel(
    an: Analysis, full: set[tuple[str, ...]], surnames: set[str], people: Sequence[Mention], bare: bool
) -> Analysis | None:
    """The article with its non-person mentions of shown people (bare surnames, or else longer names) made
    PERSON under their person's entity, and the jobs said of them that person's; None when none is."""
    mentions = list(an.mentions)
    named = {i: w for i, m in enumerate(mentions) if (w := _candidate(m, full, surnames)) is not None}
    others = [m for i, m in enumerate(mentions) if i not in named]
    moved: dict[int, str | None] = {}  # start of each mention made PERSON -> its entity
    for i, words in named.items():
        if (len(words) == 1) != bare:
            continue
        if bare and any(_holds_surname(o, words[0]) for o in others):
            continue  # "Varga" in an article about Fort Varga may be the place
        m = mentions[i]
        eid, ok = _target(words[-1], None if bare else words[0], people, m.entity_id)
        if ok:
            mentions[i] = dataclasses.replace(m, label="PERSON", entity_id=eid)
            moved[m.start] = eid
    if not moved:
        return None
    # a job said of the name ("Varga is the deputy mayor") is the person's, as resolution does for PERSON names
    return dataclasses.replace(
        an,
        mentions=tuple(
            dataclasses.replace(m, entity_id=moved[m.refers]) if m.refers in moved else m for m in mentions
        ),
    )
