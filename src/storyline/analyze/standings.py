"""Where a named competitor finished, read off the parse: "Smith finished third", "Jones came second behind the
champion", "Lee took second place", "she ended up sixth overall". Stored as an ``attribute`` claim of the
competitor (measure ``PLACE``), so two outlets' places of one person or team align by whose they are, as ages do,
and two places of two competitors never meet.

The sign is an ordinal that completes a verb with no noun of its own (an ordinal before a noun is a rank in a
series, analyze.claims ``_rank``: "the third round"), or that modifies a place noun the verb takes ("took second
place", "finished in fourth place"). A bare "first" is left out: as an adverb it is mostly "at first" ("he first
said"), so only "first place" counts one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.analyze.ordinals import ordinal_value
from storyline.model import ClaimSlot

PLACE = "place"
# Nouns that name a place in a finishing order ("took second place", "in third position", "the fourth spot").
_PLACE_NOUNS = frozenset(("place", "position", "spot"))
# Heads walked up from the ordinal to its verb: "came second behind the champion" (preposition), "ended up sixth
# overall" (adverb): none is a noun, which would make the ordinal that noun's.
_HOPS = 2
# Whose a place is: a name, or a pronoun the briefing gives the story's one named competitor (as an age's).
_COMPETITORS = frozenset(("PERSON", "ORG", "NORP", "GPE"))
_PRONOUNS = frozenset(("he", "she", "they"))


def place_claim(article_id: str, ent: Span) -> ClaimSlot | None:
    """The finishing place an ORDINAL entity states of a named competitor (or "he"/"she"/"they"), if it is one."""
    if (value := ordinal_value(ent.text)) is None:
        return None
    verb, noun = _finish(ent)
    if verb is None or (value < 2 and noun is None):
        return None
    whose = _competitor(verb)
    if whose is None:
        return None
    end = noun.idx + len(noun) if noun is not None else ent.end_char
    return ClaimSlot(article_id, ent.start_char, end, "attribute", PLACE, str(value), subject=whose)


def _finish(ent: Span) -> tuple[Token | None, Token | None]:
    """(the verb the ordinal completes, the place noun between them if any); (None, None) when the ordinal is
    some other noun's ("the second round") or a place noun's with a determiner ("in the first place")."""
    t = ent.root
    if t.head.lower_ in _PLACE_NOUNS and t.dep_ == "amod":
        noun = t.head
        if any(c.dep_ in ("det", "poss") for c in noun.children):
            return None, None
        head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
        return (
            (head, noun)
            if noun.dep_ in ("dobj", "pobj", "attr") and head.tag_.startswith("VB")
            else (None, None)
        )
    if t.dep_ not in ("advmod", "npadvmod", "acomp", "oprd", "attr"):
        return None, None
    for _ in range(_HOPS):
        head = t.head
        if head.tag_.startswith("VB"):
            return head, None
        if head.tag_.startswith("NN") or head.i == t.i:
            return None, None
        t = head
    return None, None


def _competitor(verb: Token) -> str | None:
    """The verb's subject as whose the place is: a name with its compound words ("Ali Khan"), or a pronoun."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ in _PRONOUNS:
        return subj.lower_
    if subj.ent_type_ in _COMPETITORS or subj.tag_ in ("NNP", "NNPS"):
        parts = [c for c in subj.children if c.dep_ == "compound"]
        return " ".join(w.text for w in sorted([*parts, subj], key=lambda w: w.i))
    return None
