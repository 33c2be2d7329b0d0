"""The incident a date dates, read from the parse rather than from the word the parser hung it on.

A bare date phrase ("last month", "Tuesday") is often attached by the parser to the nearest noun, though it dates
the clause's verb: in "was found guilty by the jury last month" the month is the finding's, not the jury's; in
"arrested the suspect Tuesday" the day is the arrest's. A date owned by its noun keeps it: "Monday's quake",
"the attack on Tuesday", "the Tuesday meeting" (a possessive, a preposition's object or a modifier). A verb of
occurrence dates its subject: in "the raid took place on May 2" the day is the raid's, not any taking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.lexicon.measures import VERB_GROUPS

if TYPE_CHECKING:  # annotations only: importing this module must not load spaCy
    from spacy.tokens import Token

# Dependencies of a noun that is some verb's argument, directly or through a preposition ("by the jury").
_ARGUMENTS = frozenset(("pobj", "dobj", "agent", "attr", "oprd"))


def clause_verb(root: Token) -> Token | None:
    """The verb a bare date (``npadvmod``) hung on an argument noun dates: up from the noun through prepositions
    to the first verb, or None when the date is its noun's own or no verb is above it."""
    noun = root.head
    if (
        root.dep_ != "npadvmod"
        or noun.i == root.i
        or not noun.tag_.startswith("NN")
        or noun.dep_ not in _ARGUMENTS
    ):
        return None
    for tok in noun.ancestors:
        if tok.tag_.startswith("VB"):
            return tok
        if tok.dep_ not in ("prep", "agent", *_ARGUMENTS):
            return None
    return None


def dating_verb(root: Token) -> Token | None:
    """The verb a date hangs from: its first verb ancestor on its own line. A headline without a full stop is
    parsed into the lead sentence below it ("Velmont turns to Ferrick" / "Turnout in the vote on Sunday was ..."),
    and the headline's present tense is no tense of the lead's date."""
    verb = next((t for t in root.ancestors if t.tag_.startswith("VB")), None)
    if verb is None:
        return None
    low, high = sorted((verb.i, root.i))
    return None if any("\n" in t.text for t in root.doc[low:high]) else verb


def told_past(root: Token) -> bool:
    """Whether the verb a date hangs from tells a past act: a simple past ("sank on 4 May") or a perfect or
    passive past ("had closed", "was arrested"), not one still to come ("will sail", "plans to sail")."""
    verb = dating_verb(root)
    if verb is None or verb.dep_ == "xcomp":
        return False
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and bool(aux) and all(c.tag_ == "VBD" for c in aux)


# Verbs that say only that their subject happened: its date is the subject's ("the blast occurred on Monday").
_OCCUR = frozenset(("happen", "occur"))


def occurring(root: Token) -> Token | None:
    """The noun a date's verb of occurrence says happened: the subject of "happen", "occur" or "take place" ("the
    raid took place on May 2", "the robbery that happened Friday"), through a raising verb ("is thought to have
    occurred"); None for any other verb ("the pair have been held since Monday" is a detention, no event held)
    or a subject that is no noun ("it happened")."""
    from storyline.analyze.nlp import lemma  # here: importing this module must not load spaCy

    verb = next((t for t in root.ancestors if t.tag_.startswith("VB")), None)
    if verb is None:
        return None
    kind = lemma(verb)
    children = list(verb.children)
    # "took place", not "took her place": the bare noun only
    place = kind == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" and not any(c.children) for c in children
    )
    if kind not in _OCCUR and not place:
        return None
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
            return verb.head if verb.head.tag_.startswith("NN") else None  # "the shooting that took place"
        if subject is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            break
        verb = verb.head  # "is thought to have occurred": the subject of "thought"
    return subject if subject is not None and subject.tag_.startswith("NN") else None


# Verbs that set a day for their passive subject ("the hearing is scheduled for May 2", "the vote is set for
# Tuesday", "a ruling is expected on Friday"): word forms, as the lemmatizer reads "slated" as "slat".
_SCHEDULED = frozenset(("scheduled", "set", "slated", "expected", "planned"))


def scheduled(root: Token) -> Token | None:
    """The act a date's verb of scheduling sets the day of: its passive subject, a common noun that names no
    person ("the hearing is scheduled for May 2": the hearing's day, no scheduling's), a day planned whatever the
    verb's tense ("a hearing was scheduled for Wednesday" is no hearing held); None for any other verb, a person
    ("the men are scheduled for sentencing"), a name, or a date inside the subject."""
    from storyline.analyze.nlp import lemma  # here: importing this module must not load spaCy
    from storyline.lexicon.plurals import singular
    from storyline.lexicon.titles import PERSON_NOUNS

    verb = dating_verb(root)
    if verb is None or verb.lower_ not in _SCHEDULED:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ not in ("NN", "NNS") or subject.ent_type_ or root in subject.subtree:
        return None  # "the Tuesday attack was planned for weeks": the date is the attack's own
    return None if singular(lemma(subject)) in PERSON_NOUNS else subject


# Prepositions a light verb takes its act's bare noun after: "go on trial", "went into labour", "came under fire".
_LIGHT_PREPS = frozenset(("on", "into", "under", "to"))


def light_act(root: Token) -> str | None:
    """The act a light verb (lexicon.measures GENERIC_VERBS: "go", "take", "make") tells with its particle or a bare
    noun, for the date ``root`` hangs from it: "the bomb went off on Tuesday" (a going off: its lexicon.measures
    VERB_GROUPS verb when it has one), "will go on trial on May 2", "is to take office on 3 June" (the trial, the
    office). A bare noun only for an act still to come: a past one ("went on trial on Tuesday") is a later stage
    of the story that the lead's day (briefing.lead_days) would set against another outlet's arrest day, while a
    planned one is kept out of that comparison. A noun with a determiner or a modifier is a thing, no act ("took
    the car on Monday"); None when the verb has neither."""
    from storyline.analyze.nlp import lemma  # here: importing this module must not load spaCy

    verb = next((t for t in root.ancestors if t.tag_.startswith("VB")), None)
    if verb is None:
        return None
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    if particle is not None:
        phrase = f"{lemma(verb)} {particle.lower_}"
        return VERB_GROUPS.get(phrase, phrase)
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _LIGHT_PREPS for g in c.children
              if g.dep_ == "pobj"]  # fmt: skip
    bare = (
        []
        if told_past(root)
        else [n for n in nouns if n.tag_ == "NN" and not n.ent_type_ and not any(n.children)]
    )
    return lemma(bare[0]) if bare else None
