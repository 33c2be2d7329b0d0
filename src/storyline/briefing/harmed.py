"""One person told hurt by one outlet and unhurt by another: "the driver was not hurt" / "the driver, who
suffered a broken arm"; "no one was hurt" / "a firefighter was treated for burns". PROTOCOL.md kind ``negation``:
whether it happened. briefing.negation reads "no one was hurt" against a written figure of the harm; this reads
the parsed acts (analysis/events.py: quotations and hedged verbs are left out there) of harm to a person, with or
without a figure.

One person is the same last word, their other words alike or absent on one side ("the 61-year-old driver" /
"the driver"; "the lorry driver" and "the 61-year-old driver" may be two). No conflict when an outlet tells the
person both hurt and unhurt (two people, or two events), when the two acts are dated apart, or when every denial
came ``update_hours`` before the harm (the news moved on, briefing.negation's rule).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from storyline.briefing.locate import Locator, in_quotation, said, still_to_come
from storyline.briefing.negation import moved_on
from storyline.briefing.working_set import Corpus
from storyline.lexicon.plurals import singular
from storyline.lexicon.titles import JOB_NOUNS, PEOPLE_WORDS, PERSON_NOUNS
from storyline.model import Analysis, Conflict, Event
from storyline.settings import BriefSettings

_HARM_VERBS = frozenset(("hurt", "injure", "wound", "harm"))
# What one "suffers" or "escapes" that is a harm to the body ("suffered a broken arm", "escaped injury").
_INJURIES = frozenset(
    ("injury", "injuries", "wound", "wounds", "burn", "burns", "fracture", "fractures", "cut", "cuts", "bruise",
     "bruises", "concussion", "harm")
)  # fmt: skip
_HURT_PARTS = frozenset(("broken", "fractured", "cut", "burned", "burnt", "bruised", "injured", "sprained"))
# A denial of further harm only ("no one else was hurt"): the story's own injured stand beside it.
_ELSE = re.compile(r"\b(?:else|other|more|further)\b", re.IGNORECASE)
# Endings of nouns for a person by what they do or where they are ("driver", "motorist", "pedestrian",
# "occupant"), where WordNet's person table (lexicon.titles) lacks the word.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _a_person(name: str) -> bool:
    """Whether words harmed or spared name a person: a name, or a person's noun ("listed species are not harmed"
    names none)."""
    if name[:1].isupper():
        return True
    head = singular(name.lower().split()[-1])
    return head in PERSON_NOUNS or head in JOB_NOUNS or head in PEOPLE_WORDS or head.endswith(_AGENT_ENDINGS)


class _Told(NamedTuple):
    """One outlet's act of harm to a person, or its denial."""

    outlet: str
    event: Event
    who: tuple[str, ...]  # the person's words, the head last; () for anyone ("no one")
    hurt: bool


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().split())


def _nobody(name: str) -> tuple[str, ...] | None:
    """The person a quantified denial covers: () for "no one" / "nobody", ("worker",) for "no worker"; None when
    the words name someone."""
    w = _words(name)
    if w in (("nobody",), ("no", "one"), ("no-one",), ("none",), ("anyone",), ("anybody",)):
        return ()
    return w[1:] if len(w) > 1 and w[0] == "no" else None


def _reading(e: Event) -> tuple[tuple[str, ...], bool] | None:
    """(the person, hurt?) an event tells, or None when it tells no harm to a person."""
    if e.verb in _HARM_VERBS and e.object:
        covered = _nobody(e.object)
        if covered is not None:
            return (covered, False) if not e.negated else None
        return (_words(e.object), not e.negated) if _a_person(e.object) else None
    if e.verb == "treat" and e.subject is None and e.object and not e.negated and _nobody(e.object) is None:
        if not _a_person(e.object):
            return None
        return _words(e.object), True  # "a firefighter was treated for burns"
    if e.verb in ("suffer", "escape") and e.subject and e.object and not e.negated:
        words = _words(e.object)
        if (words[-1] in _INJURIES or (e.verb == "suffer" and words[0] in _HURT_PARTS)) and _a_person(
            e.subject
        ):
            return _words(e.subject), e.verb == "suffer"
    return None


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two persons' words name one person: one head, and the other words of one side absent or alike."""
    if not a or not b or a[-1] != b[-1]:
        return False
    return not a[:-1] or not b[:-1] or a[:-1] == b[:-1]


def _covers(denied: tuple[str, ...], hurt: tuple[str, ...]) -> bool:
    """Whether a denial covers a hurt person: the same person, staff any person named by a job
    (lexicon.titles), or anyone ("no one") against one described person; a figure of people ("12 people were injured") against "no one" is briefing.negation's (two denying
    outlets needed there: a zero beside a toll is often another act's)."""
    if denied == ():
        return not (hurt[-1].isdigit() or hurt[-1] in PEOPLE_WORDS)
    if denied[-1] == "staff":  # the collective of those at work there: any job ("a shop assistant")
        return hurt[-1] in JOB_NOUNS or hurt[-1] == "staff"
    return _same(denied, hurt)


def _told(c: Corpus, analyses: Mapping[str, Analysis]) -> list[_Told]:
    """Every outlet's acts of harm to a person and denials of it, in its sentences, outside quotations, not still
    to come, a denial of further harm ("no one else") left out."""
    key_of = c.outlet_keys()
    loc = Locator(c)
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        if an is None or a.id not in key_of:
            continue
        for e in an.events:
            reading = _reading(e)
            if reading is None or loc.sentence(a.id, e.start) is None or in_quotation(an, e.start):
                continue
            if any(s.earlier and s.start < e.end and e.start < s.end for s in an.claims):
                continue  # a figure on it is another time's ("in 2019 a driver was injured")
            text = a.body[e.start : e.end]
            if still_to_come(a.body, e.start, e.end) or (not reading[1] and _ELSE.search(text)):
                continue
            out.append(_Told(key_of[a.id], e, *reading))
    return out


def _apart(a: Event, b: Event) -> bool:
    """Whether two acts are dated apart, or the hurt one ``b`` only to a year or month: a past act ("in 2019 a
    driver was injured"), not the story's day."""
    if b.date and len(b.date) < len("2026-01-01"):
        return True
    return bool(a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)))


def harm_disputes(c: Corpus, analyses: Mapping[str, Analysis], settings: BriefSettings) -> list[Conflict]:
    """One ``negation`` conflict per person an outlet tells hurt and another outlet tells unhurt, when neither
    outlet tells that person both ways."""
    told = _told(c, analyses)
    loc = Locator(c)
    out = []
    for d in (t for t in told if not t.hurt):
        hurt = [t for t in told if t.hurt and t.outlet != d.outlet and _covers(d.who, t.who)]
        hurt = [t for t in hurt if not _apart(d.event, t.event)]
        if not hurt or any(t.outlet == d.outlet and t.hurt and _covers(d.who, t.who) for t in told):
            continue  # the denier tells someone it covers hurt: two people or two events
        hurt = [
            t
            for t in hurt
            if not any(u.outlet == t.outlet and not u.hurt and _covers(u.who, t.who) for u in told)
        ]
        if not hurt:
            continue
        denied = [(d.event.article_id, d.event.start, d.event.end)]
        harmed = [(t.event.article_id, t.event.start, t.event.end) for t in hurt]
        if moved_on(c, denied, harmed, settings.update_hours) or any(_same_slot(o, d, hurt) for o in out):
            continue
        claims = (loc.claim(denied, "negation"), loc.claim(harmed, "negation"))
        who = d.who[-1] if d.who else "anyone"
        out.append(
            Conflict(f"negation: whether {who} was hurt", claims, kind="negation", statement=said(claims))
        )
    return out


def _same_slot(found: Conflict, d: _Told, hurt: list[_Told]) -> bool:
    """Whether an earlier conflict already sets these hurt acts against a denial: one conflict per person."""
    cited = {(v.article_id, v.start) for v in found.claims[1].values}
    return all((t.event.article_id, t.event.start) in cited for t in hurt)
