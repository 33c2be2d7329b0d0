"""A named person's gender from the his/her the parse ties to them ("Ana Bello said her office would reopen the
road", "Bello lost his seat"): a ROLE description on the pronoun that refers to the name, whose gender the
briefing compares across outlets (briefing.attributes). Other possessives after a name are too often someone
else's ("Bello told the driver his licence was void"), so only these two ties are read.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from storyline.analyze.gender import FEMALE_PRONOUNS, MALE_PRONOUNS, first_name_gender
from storyline.analyze.nlp import children, lemma
from storyline.lexicon.speech import SPEECH_VERBS
from storyline.model import Mention

_POSSESSIVES = frozenset(("his", "her")) & (MALE_PRONOUNS | FEMALE_PRONOUNS)
_OTHERS = frozenset(("dobj", "dative", "iobj", "nsubjpass", "attr"))  # anyone else the verb names


def find_possessive_genders(article_id: str, people: Sequence[tuple[Mention, Span]]) -> list[Mention]:
    """A ROLE mention on each his/her that the parse ties to a named person (each with its tokens) who is the
    subject of its clause: the owner of the verb's object ("Bello lost her seat") or of the subject of the words
    a speaker reports ("Bello said her office would ..."), when the verb names no other person and the pronoun
    is outside quotes."""
    found = []
    for person, name in people:
        if name.root.dep_ != "nsubj" or not name.root.head.tag_.startswith("VB"):
            continue
        verb = name.root.head
        pronoun = _tied(verb)
        if pronoun is not None and not _quoted(pronoun) and _may_be(person.text, pronoun.lower_):
            end = pronoun.idx + len(pronoun)
            found.append(Mention(article_id, pronoun.idx, end, pronoun.text, "ROLE", refers=person.start))
    return found


def _tied(verb: Token) -> Token | None:
    """The his/her owning the verb's object, or a reported clause's subject when the verb is one of speech."""
    if any(c.dep_ in _OTHERS and c.ent_type_ == "PERSON" or c.tag_ == "PRP" for c in children(verb)):
        return None  # "told Tom his", "told him her": the pronoun may be the other one's
    nouns = [c for c in children(verb) if c.dep_ == "dobj"]
    if lemma(verb) in SPEECH_VERBS:
        nouns += [s for c in children(verb) if c.dep_ == "ccomp" for s in children(c) if s.dep_ == "nsubj"]
    for noun in nouns:
        owner = next((c for c in children(noun) if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in _POSSESSIVES:
            return owner
    return None


def _quoted(t: Token) -> bool:
    """Whether a quotation mark opens before ``t`` in its sentence and is not closed: the speaker's own words,
    whose his/her is someone else."""
    marks = [x for x in t.sent if x.i < t.i and x.text in ('"', "“", "”")]
    return len(marks) % 2 == 1


def _may_be(name: str, pronoun: str) -> bool:
    """Whether the pronoun may be the named person's: not a "her" after a first name almost only men bear ("Tom
    Reyes said her office", someone else's office), nor a "his" after a woman's."""
    said = first_name_gender(name.split()[0]) if len(name.split()) > 1 else None
    return said is None or said == ("m" if pronoun in MALE_PRONOUNS else "f")
