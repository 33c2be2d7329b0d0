"""Whose an age is: the person's full name, read from the parse ("Kathryn Hale, 20"). Two outlets' ages of one
surname's slot whose owners are two people are two ages, not one told two ways (briefing.owners).
Ages only: owners of other figures (what a count or sum is of) lost true conflicts on unseen stories
(eval/claims/ERRORS.md, session 25)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import sentence_of, tokens, word_ids
from storyline.model import ClaimSlot


def with_owners(claims: Sequence[ClaimSlot], doc: Doc) -> list[ClaimSlot]:
    """The claims, each age with its owner (``ClaimSlot.owner``) when the parse names one."""
    found: list[str | set[str]] = []
    for c in claims:
        span = doc.char_span(c.start, c.end, alignment_mode="expand") if c.measure == "age" else None
        found.append("" if span is None or not len(span) else _person(span.root, c, doc))
    # an article gives one person one age: a lone surname's age is of no full name it gives another age
    aged = {
        (o, c.value) for c, o in zip(claims, found, strict=True) if c.measure == "age" and isinstance(o, str)
    }
    out = []
    for c, o in zip(claims, found, strict=True):
        if isinstance(o, set):
            left = {name for name in o if not any(n == name and v != c.value for n, v in aged)}
            o = left.pop() if len(left) == 1 else ""
        out.append(replace(c, owner=o) if o else c)
    return out


def _person(root: Token, c: ClaimSlot, doc: Doc) -> str | set[str]:
    """The name an age is of: the sentence's name nearest the figure whose last word is the age's subject
    ("Kathryn Hale, 20" -> "Kathryn Hale"); for a lone surname, the article's full names of that surname (the
    person is one of them)."""
    word = (c.subject or "").split()[-1:]
    if not word:
        return ""
    orth = word_ids(doc, word)  # the word's string id: no token's text is decoded to compare
    same = [t for t in tokens(doc) if t.orth in orth and t.tag_ in ("NNP", "NNPS")]
    sent = sentence_of(root)
    near = [t for t in same if sent.start <= t.i < sent.end]
    if not near:
        return ""
    name = _name(min(near, key=lambda t: abs(t.i - root.i)))
    if len(name) >= 2:
        return " ".join(name)
    return {" ".join(n) for t in same if len(n := _name(t)) >= 2}


def _name(t: Token) -> list[str]:
    """A name's words: its compound words before it and itself ("Kathryn Hale")."""
    return [*(c.text for c in t.children if c.dep_ == "compound" and c.i < t.i and c.is_alpha), t.text]
