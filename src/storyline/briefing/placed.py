"""The claims a briefing compares: each stored claim placed in the working set's sentence that holds it (the
outlet's own figures of this story only), and the slot it aligns in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from storyline.analyze.date_parts import DEADLINE, PLANNED
from storyline.briefing.locate import Locator
from storyline.briefing.working_set import Corpus
from storyline.lexicon.dates import MONTHS, WEEKDAYS
from storyline.lexicon.measures import SCORE, VERB_GROUPS
from storyline.model import Analysis, ClaimSlot

_EVENT_KINDS = ("time", "money")
# Kinds whose measure is the verb of the sentence ("felt for 15 seconds", "shook for a minute"), no noun head:
# all their figures share one slot, and only a figure's best-matching one of another outlet is compared with it.
VERB_KINDS = ("duration",)
# A page's time stamp line: "Posted: ...", "Published 14 Mar 2021 09:05", "March 3rd, 2019, 6:10 pm".
_STAMP = re.compile(r"\b(?:posted|published|updated|created|modified)\b|\d{4}\W+\d{1,2}:\d{2}", re.I)
# A quoted stretch; four words or more make it a direct quotation (quotes around a name or label are no quote).
QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


@dataclass(frozen=True)
class Placed:
    """A stored claim with where it sits in the briefing's working set."""

    slot: ClaimSlot
    sentence: int  # index into Corpus.sentences
    outlet_key: str


def what_said(s: ClaimSlot) -> tuple[str, ...]:
    """What one article says, whichever sentence says it: an agreement on it is not listed twice."""
    return s.article_id, s.kind, s.unit, s.value


def place(c: Corpus, analyses: Mapping[str, Analysis]) -> list[Placed]:
    """The stored claims of the working set's articles, each in the analysis sentence that holds it; not a
    figure set in an earlier time (``_earlier``: "Two summers ago a 7.9-magnitude tremor"), which
    is another event's, so it neither contradicts nor agrees with this one's (eval/claims.py fit half:
    conflicts+updates 42/49 -> 43/51 correct, agreements P 0.83 -> 0.84)."""
    locate = Locator(c)
    key_of = c.outlet_keys()
    out = []
    for a in c.articles:
        an = analyses.get(a.id)
        quoted = [m.span() for m in QUOTED.finditer(a.body) if len(m.group().split()) >= 4]
        for slot in an.claims if an else ():
            if slot.kind == "place":
                continue  # a lead's setting is no figure: briefing.places compares it
            if any(lo < slot.start and slot.end < hi for lo, hi in quoted):
                continue  # a speaker's words are a quote, not the outlet's claim (PROTOCOL.md)
            i = locate.sentence(a.id, slot.start)
            if i is None or slot.end > c.sentences[i].end or _earlier(slot, c.sentences[i].text):
                continue  # a figure set in an earlier time is another event's: background, no claim of this one
            if (
                _stated(c, i, a.body, slot)
                and not _span_of_record(a.body, slot)
                and not _named(c, i, a.body, slot)
            ):
                out.append(Placed(slot, i, key_of[a.id]))
    return _written_beside(out)


def _written_beside(placed: list[Placed]) -> list[Placed]:
    """The placed claims without the implied counts of a slot no other outlet writes a figure of: "a girl was
    killed" or "no one was hurt" is compared with a written figure, never agrees with another outlet's "a man"
    (and "no one was hurt" twice is briefing.negation's agreement). An outlet's own written figure of the slot
    is its claim, not its "a girl"; its "no one was hurt" still denies other outlets' figures. A none the outlet
    recalls as an earlier report beside its own written figure ("two men have now been arrested ... Earlier police
    had said no arrests had been made") is its old level: kept, so the slot is an update (briefing.claims
    ``_revised``)."""
    written = {(p.slot.kind, p.slot.measure, p.slot.unit, p.outlet_key) for p in placed if not p.slot.implied}

    def kept(p: Placed) -> bool:
        slot = (p.slot.kind, p.slot.measure, p.slot.unit)
        own = (*slot, p.outlet_key) in written
        if p.slot.update and p.slot.value == "0" and own:
            return True
        beside = any(w[:3] == slot and w[3] != p.outlet_key for w in written)
        return beside and (p.slot.value == "0" or not own)

    return [p for p in placed if not p.slot.implied or kept(p)]


# A capitalised word right before a figure, not a sentence's first: "USB 3.0", "BlackBerry 10", "Route 94".
_NAME_BEFORE = re.compile(r"(?<=[\w,;:] )[A-Z][\w-]* $")
# A word of four letters or more: one that names something ("crash", "rains"), not "the" or "was".
LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def _named(c: Corpus, i: int, body: str, slot: ClaimSlot) -> bool:
    """A figure that is part of a name ("USB 3.0 ports", "the BlackBerry 10 platform"): a version or model
    number, no quantity of this story; not in a title-cased headline ("Quake Kills 10"), where every word is
    capitalised."""
    if slot.kind not in ("count", "other", "percent") or not body[slot.start : slot.start + 1].isdigit():
        return False
    if slot.measure == SCORE:  # a result's score line after its side's name: "beat the Herons 3-1"
        return False
    words = LONG_WORD.findall(c.sentences[i].text)
    if sum(w[0].isupper() for w in words) * 2 > len(words):
        return False
    name = _NAME_BEFORE.search(body, max(c.sentences[i].start, slot.start - 30), slot.start)
    word = name.group().strip().lower() if name else ""
    return bool(word) and word not in MONTHS and word not in WEEKDAYS


# A duration written as the stretch a tally is counted over ("a 40-12 record over the last three seasons",
# "over the past decade"), no length of the event. Not "in N years": "the first visit in more than six years" is
# the gap the story is about (examples/demo.labels.json).
_RECORD_SPAN = re.compile(r"\b(?:the|over|during) (?:last|past)\s+$", re.I)
_RECORD_PHRASE = re.compile(r"(?:the|over the) (?:last|past)\b", re.I)  # the same words inside the phrase


def _span_of_record(body: str, slot: ClaimSlot) -> bool:
    """A duration whose phrase is "the last/past N ...": the time frame of a tally (eval/claims.py fit half:
    one false duration conflict, 29_ecb, was such)."""
    if slot.kind != "duration":
        return False
    return bool(_RECORD_SPAN.search(body, max(0, slot.start - 16), slot.start)) or bool(
        _RECORD_PHRASE.match(body, slot.start, slot.end)
    )


def _stated(c: Corpus, i: int, body: str, slot: ClaimSlot) -> bool:
    """A sentence whose figure is the outlet's claim: prose, or a headline or name-heavy sentence with words
    beside the value ("1 dead, 2 hurt in office shooting"); not a dateline ("Tuesday, August 7, 2012") or a
    "Posted:" line, whose dates and times are the page's."""
    if c.prose[i]:
        return True
    s = c.sentences[i]
    rest = body[s.start : slot.start] + " " + body[slot.end : s.end]
    words = [w for w in re.findall(r"[^\W\d_]{2,}", rest.lower()) if w not in MONTHS and w not in WEEKDAYS]
    return len(words) >= 3 and not _STAMP.search(s.text)


def slot_key(s: ClaimSlot, story_of: Callable[[str], str]) -> tuple[str, ...]:
    """The slot a claim aligns in: story, kind, measure (none for clock times and sums), unit, and for an age
    whose it is."""
    whose = (s.subject or "").split()[-1:] if s.kind == "attribute" else []  # an age is one person's
    measure = "" if s.kind in _EVENT_KINDS + VERB_KINDS else s.measure
    if s.kind == "date":
        measure = one_act(measure)
    unit = "" if s.kind == "time" else s.unit  # zones are compared, not kept apart (compatible)
    return (story_of(s.article_id), s.kind, measure, unit, *whose)


def one_act(measure: str) -> str:
    """A date's verb as lexicon.measures VERB_GROUPS folds it, its mark (analyze.date_parts: a day to come, a
    deadline) kept: "unveil" is "announce", "quit to come" is "resign to come". Outlets date one act told with two
    verbs ("resigned on Monday" / "quit on Tuesday"), which then share a slot."""
    mark = next((m for m in (PLANNED, DEADLINE) if measure.endswith(m)), "")
    verb = measure[: len(measure) - len(mark)]
    return VERB_GROUPS.get(verb, verb) + mark


# "last year" (or last summer, last winter) sets an earlier event in its time, but is the period a sum is counted
# over ("$19.4 billion in revenue last year"): the latest annual figure, this story's background fact as any
# outlet states it.
_LAST_YEAR = re.compile(r"\b(?:last|previous) (?:year|summer|winter|spring|autumn)\b", re.I)


def _earlier(slot: ClaimSlot, sentence: str) -> bool:
    """Whether a figure is set in an earlier time than the story's: by a phrase that governs it (analysis'
    ``earlier``: "in 1978" on its clause, not on another phrase of the sentence), or by "last year" in its
    sentence; a year or month that is itself the date claimed ("was ousted in 2002") is that earlier step's
    date, compared as such."""
    if slot.is_period:
        return False
    return slot.earlier or slot.kind != "money" and bool(_LAST_YEAR.search(sentence))
