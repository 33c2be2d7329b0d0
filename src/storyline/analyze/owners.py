"""Whose a figure is: the person an age is of, or the thing a count, sum, length or specification is of, read
from the parse ("Kathryn Hale, 20", "the 6.4-magnitude quake", "an aftershock of magnitude 5.1", "the 13-inch
model starts at $1,199", "struck 40 km west of the town"). Two outlets' figures of one slot whose owners cannot
be one entity are two things counted, not one figure told two ways (briefing.owners)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import lemma, sentence_of, tokens
from storyline.lexicon.measures import MEASURES
from storyline.model import ClaimSlot

# Kinds a figure of which is said of one thing: a date or clock time is the event's, no thing's.
_KINDS = frozenset(("attribute", "count", "money", "percent", "duration", "other"))
# Steps up the parse from a figure to its owner: "40 km west of the town" is figure, unit, adverb, verb.
_HOPS = 6
# Entity types of a figure's own words: "km", "$", "hours" are the figure's, no owner.
_FIGURE_TYPES = frozenset(("QUANTITY", "MONEY", "PERCENT", "CARDINAL", "DATE", "TIME", "ORDINAL"))
_SUBJECTS = ("nsubj", "nsubjpass")
# Modifiers that tell one thing of a kind from another: "the smaller model", "the largest quake" (and
# "13-inch", "the second quake": ``_telling``).
_TELLING_TAGS = frozenset(("JJR", "JJS"))
_MODIFIERS = frozenset(("amod", "compound", "nummod", "nmod"))


def with_owners(claims: Sequence[ClaimSlot], doc: Doc) -> list[ClaimSlot]:
    """The claims, each with its owner (``ClaimSlot.owner``) when the parse names one."""
    toks = tokens(doc)
    starts = [t.idx for t in toks]
    found: list[str | set[str]] = []
    for c in claims:
        root = _root(toks, starts, c) if c.kind in _KINDS else None
        found.append("" if root is None else _person(root, c, doc) if c.measure == "age" else _thing(root, c))
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


def _root(toks: list[Token], starts: list[int], c: ClaimSlot) -> Token | None:
    """The figure's head token: the first of its span whose head lies outside the span."""
    lo, hi = bisect_left(starts, c.start), bisect_left(starts, c.end)
    span = toks[lo:hi]
    return next((t for t in span if not c.start <= t.head.idx < c.end), span[-1] if span else None)


def _person(root: Token, c: ClaimSlot, doc: Doc) -> str | set[str]:
    """The name an age is of: the sentence's name nearest the figure whose last word is the age's subject
    ("Kathryn Hale, 20" -> "Kathryn Hale"); for a lone surname, the article's full names of that surname (the
    person is one of them)."""
    word = (c.subject or "").split()[-1:]
    if not word:
        return ""
    same = [t for t in tokens(doc) if t.text == word[0] and t.tag_ in ("NNP", "NNPS")]
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


def _thing(root: Token, c: ClaimSlot) -> str:
    """The noun a figure is of: the noun it modifies ("the 6.4-magnitude quake", "a 5.1 aftershock"), past a
    measure's noun ("an aftershock of magnitude 5.1", "a depth of 10 km"), else the subject of the verb it
    hangs from ("the 13-inch model starts at $1,199", "the quake struck 40 km west of ..."); a conjunct's
    head is a sibling figure, no owner ("a 1.7GHz chip and 5 hours of battery life")."""
    tok, of_measure = root, False
    for _ in range(_HOPS):
        head = tok.head
        if head.i == tok.i:
            return ""
        if tok.dep_ == "conj":
            tok = head
            continue
        if head.tag_.startswith(("VB", "MD")):
            subjects = (t for t in head.children if t.dep_ in _SUBJECTS and not _figure_word(t, c))
            subj = _priced(head, tok) or next(subjects, None)
            if subj is not None and subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
                subj = head.head
            # not a measure's word: "a magnitude 6.4 quake struck" is parsed with "magnitude" as subject
            named = subj is not None and subj.tag_.startswith("NN") and not _figure_word(subj, c)
            return _named(subj, c) if named else ""
        if head.tag_.startswith("NN") and not _figure_word(head, c):
            if tok.dep_ == "prep" and tok.lower_ == "of" and not of_measure:
                of_measure = True  # "a depth of 10 km": the measure's noun; its owner is further up
            else:
                return _named(head, c)
        elif lemma(head) in MEASURES:
            of_measure = True  # "an aftershock of magnitude 5.1": past the measure, the next noun owns it
        tok = head
    return ""


def _priced(verb: Token, below: Token) -> Token | None:
    """What a sum is paid for when the verb says it beside the sum ("Lumo asks $1,099 for the 13-inch model",
    "charged $5 for each ticket"): that noun, not the seller who is the verb's subject."""
    return next(
        (g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and p is not below
         for g in p.children if g.dep_ == "pobj" and g.tag_.startswith("NN")),
        None,
    )  # fmt: skip


def _figure_word(t: Token, c: ClaimSlot) -> bool:
    """A word of the figure itself or of its measure: "km", "$", "magnitude", a date's word."""
    return c.start <= t.idx < c.end or t.ent_type_ in _FIGURE_TYPES or lemma(t) in MEASURES


def _named(noun: Token, c: ClaimSlot) -> str:
    """A noun as an owner: a name with its compound words ("Lumo Pad Mini"), else the modifiers that tell one
    thing of its kind from another ("smaller", "13-inch", "second") before its lemma."""
    if noun.tag_ in ("PRP", "WP", "DT") or not noun.is_alpha:
        return ""
    if (whose := _its(noun)) is not None:
        return _named(whose, c)  # "the smaller model costs $329, and its battery lasts 10 hours": the model's
    name = noun.tag_ in ("NNP", "NNPS")
    telling = [
        noun.doc[m.left_edge.i : m.right_edge.i + 1].text
        for m in noun.children
        if m.dep_ in _MODIFIERS and m.i < noun.i and _telling(m, name) and not _overlaps(m, c)
    ]
    return " ".join([*telling, noun.text if name else lemma(noun)])


def _its(noun: Token) -> Token | None:
    """The thing an "its"/"their" before a noun stands for: the last subject noun before it in its sentence."""
    if not any(t.dep_ == "poss" and t.lower_ in ("its", "their") for t in noun.children):
        return None
    sent = sentence_of(noun)
    before = [t for t in sent if t.i < noun.i and t.dep_ in _SUBJECTS and t.tag_.startswith("NN")]
    return before[-1] if before else None


def _overlaps(m: Token, c: ClaimSlot) -> bool:
    """Whether a modifier holds the figure itself ("the 6.4-magnitude quake": its own figure tells nothing)."""
    words = m.doc[m.left_edge.i : m.right_edge.i + 1]
    return words.start_char < c.end and c.start < words.end_char


def _telling(m: Token, name: bool) -> bool:
    """A modifier that tells one thing from another of its kind: a name's words ("Lumo Pad" of "Lumo Pad Mini"),
    a figure glued to a unit ("13-inch", "64GB"; a bare figure counts the things: "two tablets"), a comparative or
    an ordinal. Not a figure of the story's measures ("the 6.4-magnitude quake": disputed, no model's) nor an age
    or a home town of a common noun ("the 61-year-old man", "a Vancouver man": one man described two ways)."""
    words = m.doc[m.left_edge.i : m.right_edge.i + 1]
    if name:
        return m.dep_ == "compound" and m.tag_ in ("NNP", "NNPS")
    if any(lemma(t) in MEASURES or t.lower_ == "old" for t in words):
        return False
    glued = any(ch.isdecimal() for ch in words.text) and any(ch.isalpha() for ch in words.text)
    return m.tag_ in _TELLING_TAGS or m.ent_type_ == "ORDINAL" or glued
