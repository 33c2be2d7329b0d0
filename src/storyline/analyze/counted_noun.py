"""What a figure counts when it has a noun of its own that names no measure ("four life terms", "two doors
down", "seven matches", "12 tents"): that noun, unless a word said of it names a measure ("three students were
killed", "five injured villagers", "ten soldiers feared dead"). A toll word elsewhere in the sentence ("sat out
seven matches, an injury", "fled to a van two doors down") belongs to another phrase. Called by
analyze.claim_measures."""

from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.analyze.act_nouns import group_of
from storyline.analyze.claim_words import is_date_word
from storyline.analyze.nlp import children, lemma
from storyline.lexicon.measures import ENDED_BY, GENERIC_NOUNS, MEASURES, TOLLS, WHO_GROUPS

_FRACTION = re.compile(r"\d\.\d")  # "6.1": a reading, no count
# How a noun's own predicate reaches it: the verb (or adjective) it is the subject or object of.
_ARGUMENT = frozenset(("nsubj", "nsubjpass", "dobj"))
# Words that describe the noun itself: "five injured villagers", "ten villagers missing", "students who died".
_DESCRIBING = frozenset(("amod", "acl", "relcl", "appos"))
# What a predicate says of its argument: "were found dead", "are feared missing", "were reported killed".
_COMPLEMENTS = frozenset(("acomp", "attr", "oprd", "xcomp"))
# Prepositions that place a subject ("two remain in hospital", "were taken to hospital", "among the dead"); not a
# purpose's or a cause's ("tents pitched for evacuees" hold none of their own).
_PLACING = frozenset(("in", "into", "to", "at", "among", "under"))


def own_noun(root: Token) -> Token | None:
    """The common noun a figure counts when that noun names no measure group and is no person-in-general word
    ("people", "others") nor a date's word: the noun whose own predicate says what its figure measures."""
    if _FRACTION.search(root.text):
        return None  # "a 6.1 earthquake" measures the quake; things are counted in whole numbers
    noun = root.head if root.dep_ in ("nummod", "quantmod", "compound") else None
    if (
        noun is None
        or noun.tag_ not in ("NN", "NNS")
        or noun.dep_ == "compound"
        and not _hyphened(root, noun)
    ):
        # a name ("three Americans"), no noun, or a modifier ("3 shop workers" read onto "shop", "an 8-megapixel
        # camera" a unit): the sentence around says what is counted
        return None
    word = lemma(noun)
    if noun.dep_ == "conj":  # a list's later part ("one Welsh and one Dutch cyclist"): the whole is the count
        return None
    if word in MEASURES or word in GENERIC_NOUNS or is_date_word(noun):
        return None
    return noun


def _hyphened(root: Token, noun: Token) -> bool:
    """A figure hyphened to the noun it counts, which describes another noun ("a three-car crash", "a 12-vehicle
    pileup", "a two-alarm fire"): the figure sizes the thing the compound describes, so a toll word around ("injured
    four people") is another phrase's."""
    return noun.i == root.i + 2 and root.nbor(1).text == "-"


def said_of(noun: Token) -> str | None:
    """The measure group named by what is said of a counted noun: its describing words, the noun whose "of" it
    follows, its compound's when not a toll ("life terms", "death threats" are kinds of terms and threats), and
    the predicate it is an argument of with that predicate's complements and, for its subject, places ("were
    taken to hospital"; an object's are the act's: "sat out seven matches with an injury"); a group that says
    what happened before one that says who (as ``claim_measures`` orders them). None when none names a group."""
    if (act := _act_on_described(noun)) is not None:
        return act  # "four missing miners found alive": the act that ended the state, before the words
    words = [c for c in children(noun) if c.dep_ in _DESCRIBING]
    words += [c for c in children(noun) if c.dep_ == "compound" and group_of(c) not in TOLLS]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_.startswith("NN"):
        words.append(head.head)  # "the deaths of three miners", "the rescue of four sailors"
    if noun.dep_ in _ARGUMENT and head.i != noun.i:
        words.append(head)
        for c in children(head):
            toll_adverb = c.dep_ == "advmod" and MEASURES.get(lemma(c)) in TOLLS  # "shot dead"
            if c.dep_ in _COMPLEMENTS or _bare_state(c) or toll_adverb:
                words.append(c)
            elif c.dep_ == "prep" and c.lower_ in _PLACING and noun.dep_ != "dobj":
                words += [g for g in children(c) if g.dep_ == "pobj"]  # "two remain in hospital"
    # a state as written: "reported missing" (no form of "miss"), and the predicate itself when "be" states it of
    # its subject ("four crew were missing"; not "the team is missing two players")
    state = noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("aux", "auxpass") and lemma(c) == "be" for c in children(head)
    )
    groups = [g for t in words if (g := group_of(t) or (t is not head or state) and MEASURES.get(t.lower_))]
    return next((g for g in groups if g not in WHO_GROUPS), groups[0] if groups else None)


def _act_on_described(noun: Token) -> str | None:
    """The act a counted noun undergoes when a toll reaches it only as its attributive modifier and that act ends
    the toll's state ("four missing climbers found alive", "two detained reporters were released"): they are no
    longer in it, so the figure counts those the act befell, not the toll other outlets count. None for any other
    verb ("30 injured passengers were treated at the scene" count the injured) or a toll beside the act ("were
    found dead")."""
    described = [
        g
        for c in children(noun)
        if c.dep_ == "amod" and (g := group_of(c) or MEASURES.get(c.lower_)) in TOLLS
    ]
    acts = [c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i and noun.head.tag_.startswith("VB"):
        acts.append(noun.head)
    if not described or not acts or lemma(acts[0]) not in ENDED_BY.get(described[0], ()):
        return None
    beside = (group_of(t) or MEASURES.get(t.lower_) for t in children(acts[0]))
    return None if any(g in TOLLS for g in beside) else lemma(acts[0])


def _bare_state(word: Token) -> bool:
    """A lone participle the parser hangs off the verb as a clause of its own, where it is the state the verb
    leaves its object in ("left six fishermen missing"); a clause with words of its own ("seized 40 rifles,
    killing two") is another act."""
    return word.dep_ == "advcl" and not any(c.dep_ != "punct" for c in children(word))
