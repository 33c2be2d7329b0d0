"""Counts that are one part of a breakdown: the counted noun coordinated with other nouns counted for the same
measure ("40 homes, 12 office buildings and 3 warehouses" damaged, "three children and two teachers" killed,
"seven life terms and four terms without parole"). Each figure counts one listed part, not the whole another
outlet may state as one figure. Not a list of different things ("9 rifles, 20 magazines and 600 rounds": each
its own measure), nor figures coordinated on one noun ("magnitudes of 7.6 and 6.1": two things of one kind)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.lexicon.measures import TOLLS
from storyline.model import ClaimSlot

_LIST = ("conj", "appos")  # how the parse joins listed nouns


def _list_top(noun: Token) -> Token:
    """The first noun of the coordination a noun is listed in (itself when it is in none)."""
    while noun.dep_ in _LIST and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _counted_noun(doc: Doc, c: ClaimSlot) -> Token | None:
    """The noun a written count's figure counts ("hotels" of "14 hotels"), None for a figure of no noun."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    figure = span[-1] if span is not None else None
    return figure.head if figure is not None and figure.dep_ == "nummod" else None


def mark_listed(doc: Doc, claims: list[ClaimSlot]) -> list[ClaimSlot]:
    """The claims with ``listed`` set on each written count whose counted noun is coordinated with another noun
    counted for the same measure."""
    nouns = {i: _counted_noun(doc, c) for i, c in enumerate(claims) if c.kind == "count" and not c.implied}
    where = {i: (_list_top(n).i, claims[i].measure, n.i) for i, n in nouns.items() if n is not None}
    out = list(claims)
    for i, (top, measure, noun) in where.items():
        if any(t == top and m == measure and n != noun for j, (t, m, n) in where.items() if j != i):
            out[i] = replace(claims[i], listed=True)
        elif measure in TOLLS and _listed_first(nouns[i]):
            out[i] = replace(claims[i], listed=True)
    return out


def _listed_first(noun: Token | None) -> bool:
    """Whether a toll's counted noun heads a list of nouns ("six soldiers and four civilians were killed", "two
    guards and a driver were hurt"): the toll befell every listed noun, so its figure counts the first part only
    (the parse reads the later parts' figures as counts of their own nouns, or gives them none)."""
    return noun is not None and any(n.tag_.startswith("NN") for n in noun.conjuncts if n.i > noun.i)
