"""A vehicle's colour told in words (PROTOCOL.md kind ``other``): "hit by a silver sedan", "a grey 2013 Corolla",
"a dark blue van". A colour word written in lower case (not "the White House") before a noun phrase whose head
is a vehicle (WordNet's, ``kinds.json``) or a product or maker's name ("Corolla", "Honda"), the year and maker
between them skipped. One vehicle has one colour, so two outlets' colours of it compare (briefing.claims).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze import kinds
from storyline.analyze.claim_setting import sentence_setting
from storyline.analyze.nlp import lemma, same_sentence, sentence_of, tokens
from storyline.lexicon.measures import COLOURS, SHADES, VEHICLE_COLOUR
from storyline.model import ClaimSlot, DatedMention

_PHRASE = frozenset(("CD", "NNP", "NNPS", "NN", "HYPH", "JJ"))  # what stands between a colour and its noun
_REACH = 4  # words after the colour its noun may be ("a silver 2013 Toyota Corolla")


def find_colours(article_id: str, doc: Doc, dates: Sequence[DatedMention] = ()) -> list[ClaimSlot]:
    """Every colour the body gives a vehicle, with the vehicle as subject: its name ("Corolla") or its noun's
    lemma ("truck"), so that two kinds of vehicle ("a car", "a truck") are kept apart; and its sentence's date,
    so that a vehicle of another day's crash ("On June 3 a black car overturned at the bend") is another
    vehicle (briefing.claim_pairs)."""
    out = []
    words = {doc.vocab.strings.add(w) for w in COLOURS}  # a look-up of an int per token, no string made
    for t in tokens(doc):
        if t.lower not in words or not t.text.islower():
            continue
        colour = COLOURS[t.lower_]
        head = _vehicle(t)
        if head is None:
            continue
        shade = doc[t.i - 1] if t.i > 0 and doc[t.i - 1].lower_ in SHADES else None
        value = f"{shade.lower_} {colour}" if shade is not None else colour
        start = (shade or t).idx
        subject = head.text if head.tag_ in ("NNP", "NNPS") else lemma(head)
        when, _ = sentence_setting(sentence_of(head), dates)
        out.append(ClaimSlot(article_id, start, head.idx + len(head), "other", VEHICLE_COLOUR, value,
                             subject=subject, time=when))  # fmt: skip
    return out


def _vehicle(colour: Token) -> Token | None:
    """The head of the noun phrase after a colour word when it names a vehicle: the last noun of the run of
    numbers, names and nouns that follows it."""
    doc = colour.doc
    run = []
    for t in doc[colour.i + 1 : colour.i + 1 + _REACH]:
        if t.tag_ not in _PHRASE or not same_sentence(t, colour):
            break
        run.append(t)
    nouns = [t for t in run if t.tag_.startswith("NN")]
    if not nouns:
        return None
    head = nouns[-1]
    vehicle = kinds.table()["lemmas"].get(lemma(head))
    if vehicle is not None and kinds.root(vehicle) == "vehicle":
        return head
    return head if head.ent_type_ in ("PRODUCT", "ORG") and head.tag_ in ("NNP", "NNPS") else None
