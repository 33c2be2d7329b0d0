"""Whether a date is a report's day rather than an event's: "a statement issued on Tuesday", "the report, released
on Tuesday, found ...". Two outlets' reports of one event come out on different days; the event has one day.

A report noun is read by morphology from the reporting verbs (``lexicon.measures.REPORTING_VERBS``: "state" ->
"statement", "announce" -> "announcement", "confirm" -> "confirmation", "report" -> "report"), not listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analyze.nlp import lemma
from storyline.lexicon.measures import REPORTING_VERBS

if TYPE_CHECKING:  # annotations only: importing this module must not load spaCy
    from spacy.tokens import Token

_NOUN_ENDINGS = ("ment", "ation")  # statement, confirmation
_ARGS = frozenset(("nsubj", "nsubjpass", "dobj"))


def report_noun(word: str, bare: bool = True) -> bool:
    """A noun made of a reporting verb ("statement", "announcement"), or with ``bare`` the verb's own form used as
    a noun ("report", "claim"; as a subject, "the state" is mostly a government, so callers leave it out)."""
    return (bare and word in REPORTING_VERBS) or any(
        word.endswith(e) and word.removesuffix(e) in REPORTING_VERBS for e in _NOUN_ENDINGS
    )


def report_dated(root: Token) -> bool:
    """Whether the verb a date hangs from is a report's: its subject or object is a report noun ("the agency
    released a statement on Tuesday"), or it describes one ("a statement issued on Tuesday", "the report, released
    on Tuesday")."""
    verb = next((t for t in root.ancestors if t.tag_.startswith("VB")), None)
    if verb is None:
        return False
    nouns = [(c, c.dep_ != "nsubj") for c in verb.children if c.dep_ in _ARGS]
    if verb.dep_ in ("acl", "relcl"):
        nouns.append((verb.head, True))
    return any(n.tag_ in ("NN", "NNS") and report_noun(lemma(n), bare) for n, bare in nouns)
