"""The old level a later report gives beside its new figure: "rose to 19, up from 14 earlier in the day", "has
grown to 18,500 acres, up from 12,000 in the morning", "rose to 34 on Tuesday from 27 a day earlier". Reporters
write the earlier figure of the same measure in a "from" phrase on the verb of change (or its "up"/"down"), so it
takes the new figure's measure, unit and subject, phrased as an update; the tagger often reads it with the time
phrase after it as a time or a length ("14 earlier in the day", "23 this morning"), which it replaces."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.claim_numbers import fmt_value, read_number
from storyline.analyze.money import currency
from storyline.analyze.nlp import children, sentence_of
from storyline.lexicon.measures import SCALES
from storyline.model import ClaimSlot

# kinds whose old level is the new figure's measure told in the same words ("up from 12,000"); not a percentage:
# "64%, up from 58% at the last election" is another election's share, a level of another thing
_KINDS = frozenset(("count", "other"))


def old_levels(doc: Doc, claims: list[ClaimSlot]) -> list[ClaimSlot]:
    """The claims with each old level of a new figure read as that figure's measure (update), replacing any
    claim the tagger made of its words."""
    found = []
    for t in doc:
        verb = _changed_verb(t)
        if verb is None:
            continue
        new = _new_level(doc, verb, claims)
        words = _number_words(t)
        value = read_number(words)
        if new is None or not value:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        found.append(replace(new, start=start, end=end, value=fmt_value(value), qualifier=None, update=True))
    if not found:
        return claims
    kept = [c for c in claims if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted([*kept, *found], key=lambda c: c.start)


def _changed_verb(t: Token) -> Token | None:
    """The verb of change a number is the "from" level of: "up from 14" on the verb ("rose to 19, up from 14"),
    or "from 27" on a verb that also has a "to" level ("rose to 34 from 27"); None otherwise. The parser may hang
    the number on the time after it ("from 14 earlier": "earlier" the object, the number its modifier)."""
    if not t.like_num:
        return None
    prep = (
        t.head
        if t.dep_ == "pobj"
        else t.head.head
        if t.dep_ == "npadvmod" and t.head.dep_ == "pcomp"
        else None
    )
    if prep is None or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.lower_ in ("up", "down") and head.dep_ == "advmod":
        return head.head if head.head.tag_.startswith("VB") else None
    if head.tag_.startswith("VB") and any(c.dep_ == "prep" and c.lower_ == "to" for c in children(head)):
        return head
    return None


def _new_level(doc: Doc, verb: Token, claims: list[ClaimSlot]) -> ClaimSlot | None:
    """The claim of the figure the verb of change reaches: its "to" level ("rose to 19", "grown to 18,500 acres")
    or its object ("saved 203"), of a kind whose old level is told alike; None when no claim reads it."""
    levels = [
        n
        for c in children(verb)
        if c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "dobj"
        for p in ([c] if c.dep_ == "dobj" else [g for g in children(c) if g.dep_ == "pobj"])
        for n in (p, *(g for g in children(p) if g.dep_ == "nummod"))
        if n.like_num
    ]
    sent = sentence_of(verb)
    for n in levels:
        for c in claims:
            if c.start <= n.idx < c.end and sent.start_char <= c.start < sent.end_char and c.kind in _KINDS:
                return c
    return None


def _number_words(t: Token) -> list[Token]:
    """The words of the old level's figure: the number and the scale words after it ("1.2 million"); none for a
    sum (its currency is a money claim's)."""
    words = [t]
    for w in t.doc[t.i + 1 : t.i + 3]:
        if w.lower_ not in SCALES:
            break
        words.append(w)
    before = t.doc[t.i - 1] if t.i else None
    return [] if before is not None and currency(before) else words
