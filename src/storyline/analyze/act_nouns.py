"""The verb a noun of an act is made from ("evacuation" -> evacuate, "detention" -> detain, "killing" -> kill), so
a count told with the act's noun ("the evacuation of 3,000 residents") joins the synonym group its verb is listed
in. Suffix rules give candidate verbs; the lemmatizer's own verb list (spaCy's WordNet-derived ``lemma_index``)
says which is a verb, so no list of acts is kept here. A kind of killing WordNet lists (analyze/offences.json:
"murder", "slaughter", "slaying") and the verb it is the noun of ("slay") tell a death, as "kill" does."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from storyline.analyze import kinds
from storyline.analyze.nlp import children, lemma, lemma_words
from storyline.lexicon.measures import (
    CAPTURE_VERBS,
    FATAL_ADVERBS,
    MEASURES,
    VERB_GROUPS,
)
from storyline.lexicon.plurals import singular
from storyline.lexicon.titles import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# A noun suffix and what the verb ends in instead, longest first: "restoration" -> "restore", "detention" ->
# "detain", "explosion" -> "explode", "conviction" -> "convict", "appearance" -> "appear", "removal" -> "remove".
_SUFFIXES = (
    ("ention", ("ain",)),
    ("ation", ("e", "")),
    ("ition", ("ire", "e", "")),
    ("sion", ("de", "d", "t", "")),
    ("ion", ("e", "")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("al", ("e", "")),
    ("ing", ("", "e")),
)
_STEM = 3  # letters a verb keeps at least: "ring" is no "r" + "-ing"


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return lemma_words("verb")


@lru_cache(maxsize=4096)
def act_verb(noun: str) -> str:
    """The verb ``noun`` (a lemma) is made from, or the noun itself when it is a verb too ("arrest", "release")
    or no suffix rule finds one."""
    verbs = _verbs()
    if noun in verbs:
        return noun
    for suffix, endings in _SUFFIXES:
        stem = noun.removesuffix(suffix)
        if stem == noun or len(stem) < _STEM:
            continue
        stems = (
            [stem, stem[:-1]] if len(stem) > _STEM and stem[-1] == stem[-2] else [stem]
        )  # "running" -> "run"
        for s in stems:
            for end in endings:
                if s + end in verbs:
                    return s + end
    return noun


DEAD = MEASURES["kill"]
ARRESTED = MEASURES["arrest"]
# Those a verb acts on: its object, or its subject in the passive ("12 soldiers were seized").
_TAKEN = frozenset(("dobj", "nsubjpass"))
_PEOPLE_ENTITIES = frozenset(("PERSON", "NORP"))


@lru_cache(maxsize=1)
def _killings() -> frozenset[str]:
    """The one-word kinds of killing of offences.json and the verbs they are nouns of ("slaying" -> "slay")."""
    words = [w for w in kinds.table(kinds.OFFENCES)["lemmas"] if w.isalpha()]
    return frozenset(words) | {act_verb(w) for w in words}


def measure_group(word: str) -> str | None:
    """The synonym group of a lemma (lexicon.measures), or the dead toll for a kind of killing ("12 were
    murdered", "slain on Friday", "the massacre of 40"): one death told with another verb than "kill"."""
    return MEASURES.get(word) or (DEAD if word in _killings() else None)


def group_of(t: Token) -> str | None:
    """``measure_group`` of a token's lemma, or, for a verb with its particle, the dead toll when lexicon.measures
    VERB_GROUPS tells its act with "kill" ("gunned down") or a fatal adverb says it killed ("fatally shot"), the
    arrested when it is a verb of capture whose object is people ("seized 12 soldiers", "rounded up 40 men"); a name
    is no act ("the Alamo" is a battle's name, and a brand's). A verb of capture takes things as often as people ("a
    gang nabbed 40 watches" arrests no one; read on the fit half)."""
    if t.tag_ in ("NNP", "NNPS"):
        return MEASURES.get(lemma(t))
    if not t.tag_.startswith("VB"):
        return measure_group(lemma(t))
    if any(c.dep_ == "advmod" and c.lower_ in FATAL_ADVERBS for c in children(t)):
        return DEAD
    found = measure_group(lemma(t))
    if found is None:
        particle = next((c.lower_ for c in children(t) if c.dep_ == "prt"), None)
        phrase = f"{lemma(t)} {particle}" if particle else lemma(t)
        group = MEASURES.get(VERB_GROUPS.get(phrase, ""))
        found = DEAD if group == DEAD else None
        if (group == ARRESTED or phrase in CAPTURE_VERBS) and _takes_people(t):
            found = ARRESTED
    return found


def _takes_people(verb: Token) -> bool:
    """Whether what a verb acts on is people: a noun naming a person ("soldiers", "protesters", "people") or a
    name; its object or passive subject, or, for a participle describing a noun, that noun ("one of 57
    suspected smugglers seized in a raid"). A word that counts anything ("seized three more", "captured two
    others") is no person: the towns or rifles it stands for are as likely."""
    taken = [c for c in children(verb) if c.dep_ in _TAKEN]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        taken.append(verb.head)
    return any(singular(lemma(c)) in PERSON_NOUNS or c.ent_type_ in _PEOPLE_ENTITIES for c in taken)
