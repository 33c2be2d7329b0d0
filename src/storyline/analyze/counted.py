"""What a figure counts when outlets name it with different words: read from the parse (the counted noun, the
verb above it and that verb's object), so "14 people lost their lives" and "killed 14", "fired 30 rounds" and "30
shots", "axed 1,200 posts" and "1,200 jobs" are one measure and can align. Called by analyze.claim_measures."""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.nlp import children, lemma
from storyline.lexicon.measures import MEASURES, QUALIFIERS, REPEATS, TALLY_NOUNS, TOLLS

# Verbs whose subject undergoes what their object names ("lost their lives", "suffered injuries", "needed
# hospital treatment"): the object, not the verb, is what the subject's figure counts. Not "saved two lives".
_UNDERGO = frozenset(("lose", "suffer", "sustain", "need", "require", "receive", "incur"))
# What an undergoing verb's object may name: a toll, or a stay in hospital.
_UNDERGONE = TOLLS | {"hospitalised"}
# Verbs that fire a gun: under them "rounds" and "times" count shots ("fired 30 rounds", "shot 12 times").
_FIRING = frozenset(("fire", "shoot", "discharge", "empty", "spray", "unload"))
# Nouns that count shots whatever the verb ("30 shots were heard", "a dozen bullets"), and those that do only
# under a firing verb ("three rounds of talks", "married three times" count no shots).
_SHOT_NOUNS = frozenset(("shot", "gunshot", "bullet"))
_FIRED_NOUNS = frozenset(("round", "time"))
SHOTS = "shots"
# Nouns a figure of posts cut or created counts ("axed 1,200 posts", "shed 300 positions", "40 roles will go"):
# counted by a figure they are jobs (lexicon.measures ``jobs``); alone ("his role", "posted") they are not.
_POSTS = frozenset(("post", "position", "role"))
# Verbs whose lives are kept, not lost ("saved two lives", "spared"): their figure counts no dead.
_SAVING = frozenset(("save", "spare"))


def undergone(root: Token) -> str | None:
    """The toll a figure's subject undergoes, named by its verb's object or that object's modifier or place:
    "Fourteen people lost their lives" (dead), "three officers suffered injuries" (injured), "six needed
    treatment in hospital". Only a toll: "12 families lost their homes" counts families, not homes."""
    subject = root.head if root.dep_ == "nummod" else root
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or lemma(verb) not in _UNDERGO:
        return None
    for obj in children(verb):
        if obj.dep_ != "dobj":
            continue
        words = [obj, *(c for c in children(obj) if c.dep_ in ("compound", "amod"))]
        words += [g for p in children(obj) if p.dep_ == "prep" for g in children(p) if g.dep_ == "pobj"]
        group = next((g for w in words if (g := MEASURES.get(lemma(w))) in _UNDERGONE), None)
        if group is not None:
            return group
    return None


def counted_group(root: Token) -> str | None:
    """The measure group of the noun a figure counts, where the noun alone does not say it: shots ("30 shots",
    "more than 30 bullets", "fired 30 rounds", "shot him six times", "was shot twice") and posts ("cut 1,200
    positions")."""
    if root.lower_ in REPEATS:
        return SHOTS if root.dep_ == "advmod" and lemma(root.head) in _FIRING else None
    noun = root.head if root.dep_ in ("nummod", "quantmod", "npadvmod") else None
    if noun is None or not noun.tag_.startswith("NN"):
        return None
    word = lemma(noun)
    if word in _SHOT_NOUNS or word in _FIRED_NOUNS and _fired(noun):
        return SHOTS
    if word in _POSTS:
        return MEASURES["job"]
    if word == "life" and noun.dep_ == "dobj" and lemma(noun.head) in _SAVING:
        return MEASURES["rescue"]  # "saved two lives" counts the saved, where "claimed two lives" the dead
    return None


def _fired(noun: Token) -> bool:
    """Whether a counted noun is what a firing verb above it fires or how often ("fired 30 rounds", "was shot
    six times"); not "rounds of talks" (its own "of" phrase says what the rounds are)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children(noun)):
        return False
    outer = _wrapper(noun) or noun  # "fired a total of 14 rounds": the total is what the verb takes
    return outer.dep_ in ("dobj", "npadvmod", "advmod") and lemma(outer.head) in _FIRING


# Verbs that read a figure off an instrument ("the quake measured 5.9", "registered 6.3"): a reading, no count.
_READ_VERBS = frozenset(("measure", "register"))


def reading(root: Token) -> str | None:
    """A scale's reading, a magnitude: a bare decimal a reading verb takes ("the quake measured 5.9", "a tremor
    measuring 5.4"), or a figure put on a scale ("6.3 on the Richter scale"). Not a figure with its own noun or
    unit ("measured 40 centimetres"), nor a bare whole number ("registered 300 voters" has its noun; "measured
    6" could be anything without its scale)."""
    verb = root.head
    if root.dep_ not in ("dobj", "attr", "npadvmod", "oprd") or any(
        c.dep_ != "punct" for c in children(root)
    ):
        return None
    preps = [c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "on"]
    on_scale = any(lemma(g) == "scale" for p in preps for g in children(p) if g.dep_ == "pobj")
    decimal = "." in root.text and root.text.replace(".", "", 1).isdecimal()
    if on_scale or decimal and lemma(verb) in _READ_VERBS:
        return MEASURES["magnitude"]
    return None


# The words of qualifier phrases ("upwards of", "a minimum of"): a noun of them that heads "of N people" (the
# parser's reading) says nothing of what is counted.
_QUALIFIER_WORDS = frozenset(w for q in QUALIFIERS for w in q.split())


def wrapped(root: Token) -> int:
    """The hops a figure's measure lies further up when the parser wraps it in a qualifier's or a tally's noun:
    "upwards of 300 people were evacuated", "a total of 300 people were evacuated" ("people" is the object of
    "of", whose head is the phrase's noun): 2, the "of" and that noun; else 0."""
    return 2 if _wrapper(root.head if root.dep_ == "nummod" else root) is not None else 0


def _wrapper(noun: Token) -> Token | None:
    """The qualifier's or tally's noun whose "of" phrase a counted noun is ("a total of 14 rounds"), if any."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    return of.head if of.head.lower_ in _QUALIFIER_WORDS or lemma(of.head) in TALLY_NOUNS else None
