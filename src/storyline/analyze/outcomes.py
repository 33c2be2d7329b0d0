"""Outcomes told in words, read off the parse as ``other`` claims (PROTOCOL.md: "the outcome or verdict") whose value
is the phrase in lower-case words: the offence a person is charged with, convicted of or pleads to ("first degree
murder"), and what a person died of ("heart failure").

Offences: outlets that name one charge alike agree on it. A cue word ("charged", "guilty", "counts", "charges")
and the noun its preposition governs, or the noun it is compounded with ("murder charges"), give the offence; its
value keeps the modifiers that make it another offence ("attempted", "first-degree", "vehicular") and drops the
rest.

Each offence keeps the court's step that names it (``ClaimSlot.event``: charged, convicted, pleaded, acquitted):
a defendant often faces several offences ("murder and attempted murder"), so the briefing compares two outlets'
offences only as kinds of one killing at one step (briefing.claim_values.same_offence: "convicted of murder" /
"found guilty of manslaughter" conflict, "charged with murder" / "convicted of manslaughter" do not).

Causes of death: the noun "died of"/"died from" governs. One person dies of one cause, so two outlets' causes of
one death compare (briefing.claims: a cause that holds the other's words, "congestive heart failure" and "heart
failure", or a vague one, "natural causes", is compatible; else a conflict).

Places of death: the noun "died at/in/on" (or "was pronounced dead at") governs, when it is one of the few places
a death is told at (lexicon.measures.DEATH_PLACES: "at the scene", "in hospital", "on the way to hospital", "at
home"). One person dies at one place, so two outlets' places of one named person's death compare.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.analyze import kinds
from storyline.analyze.money import currency
from storyline.analyze.nlp import lemma, token_lemmas, tokens, verb_subject, word_ids
from storyline.lexicon.measures import ACQUIT, CAUSE, CHARGE, DEATH_PLACE, DEATH_PLACES, MEASURES, TALLY_NOUNS
from storyline.model import ClaimSlot

MEASURE = CHARGE
# Words of a court or a prosecutor that announce an offence and the prepositions that govern it: "charged with",
# "guilty of", "pleaded guilty to", "counts of"; "in" on a verb only before a kind of killing ("charged in her
# murder"; "convicted in the death of" names no offence). Not "accused of" or "on suspicion of" (what someone is
# said to have done, often no charge).
_CUES = {
    **dict.fromkeys(("charge", "indict", "convict", "acquit", "guilty", "innocent"), ("with", "of", "to")),
    **dict.fromkeys(("count", "conviction"), ("of",)),
}  # fmt: skip
# "murder charges", "his manslaughter conviction": the offence is the compound before them
_CHARGE_NOUNS = frozenset(("charge", "count", "conviction"))
# Verbs of a court's step that govern an offence only when WordNet files the noun as a kind of killing
# (offences.json), the way outlets outside the court's own words tell a step: "cleared of murder" (acquitted),
# "jailed for manslaughter", "sentenced for the murder of" (convicted), "admitted manslaughter" (pleaded guilty),
# "denies murder" (pleads not guilty: the charge). "cleared of wrongdoing", "jailed for life", "admitted the
# mistake" name no offence. The argument a verb takes the offence from: a preposition, or "dobj" its object.
_KILLING_CUES = {
    "clear": (("of",), ACQUIT), "jail": (("for",), "convict"), "sentence": (("for",), "convict"),
    "imprison": (("for",), "convict"), "admit": (("dobj",), "plead"), "deny": (("dobj",), CHARGE),
}  # fmt: skip
_KEPT = ("amod", "compound", "npadvmod", "nmod")  # what makes it another offence: "attempted", "first-degree"
_NAMES = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"))


def find_offences(article_id: str, doc: Doc) -> list[ClaimSlot]:
    """Every offence a cue word governs in the parsed body, once per span, with the court's step of its cue."""
    heads: dict[int, tuple[Token, str]] = {}
    for t, word in zip(tokens(doc), token_lemmas(doc), strict=True):
        preps = _CUES.get(word)
        if preps is not None:
            governed = _governed(t, preps)
        elif word in _KILLING_CUES and t.tag_.startswith("VB"):
            governed = _killings(t, _KILLING_CUES[word][0])
        else:
            continue
        for head in governed:
            heads.setdefault(head.i, (head, t))
    out = [_claim(article_id, h, cue=cue) for h, cue in heads.values()]
    return [c for c in out if c is not None]


def _step(cue: Token) -> str:
    """The court's step a cue names: "charged", "indicted" (charge), "convicted", "found guilty" (convict),
    "pleaded guilty" (plead), "acquitted", "found not guilty" (acquit), "pleaded not guilty" (charge); counts
    take their verb's ("convicted on two counts of", "faces three counts of": a charge)."""
    word = lemma(cue)
    if word in _KILLING_CUES:
        return _KILLING_CUES[word][1]
    if word == "count":
        verb = cue.head.head if cue.head.dep_ == "prep" else cue.head
        return _step(verb) if verb is not cue and lemma(verb) in _CUES else CHARGE
    negated = any(c.dep_ == "neg" for t in (cue, cue.head) for c in t.children)
    if word == "guilty" and lemma(cue.head) == "plead":  # "pleaded not guilty to": the charge it denies
        return CHARGE if negated else "plead"
    if word in ("acquit", "innocent") or word == "guilty" and negated:
        return ACQUIT
    if word == "guilty":
        return "convict"
    return "convict" if word in ("convict", "conviction") else CHARGE


def _governed(cue: Token, preps: tuple[str, ...]) -> list[Token]:
    """The offence nouns a cue governs, with the nouns coordinated with them ("murder and attempted murder");
    through a second cue ("charged with three counts of arson") to its offence."""
    found: list[Token] = []
    if _not_legal(cue):
        return found
    if lemma(cue) in _CHARGE_NOUNS:  # "first-degree murder charges": the compound nearest the cue
        found += [c for c in cue.children if c.dep_ == "compound" and c.i < cue.i][-1:]
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in preps):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found.append(obj)
    if cue.tag_.startswith("VB"):  # "in" before a kind of killing: "charged in her murder"
        found += _killings(cue, ("in",))
    # "count" is also a tally: what the claims count ("the casualty count", "a count of the votes") is no offence
    tallied = MEASURES if lemma(cue) in TALLY_NOUNS else {}
    out = []
    for noun in found:
        for n in (noun, *(c for c in noun.children if c.dep_ == "conj")):
            if lemma(n) in _CUES:
                out += _governed(n, _CUES[lemma(n)])
            elif n.tag_ in ("NN", "NNS") and lemma(n) not in tallied:
                out.append(n)
    return out


def _killings(verb: Token, args: tuple[str, ...]) -> list[Token]:
    """The nouns a verb governs through ``args`` (prepositions, or "dobj" for its object) that WordNet files as a
    kind of killing, with those coordinated with them ("jailed for murder and manslaughter")."""
    killings = kinds.table(kinds.OFFENCES)["lemmas"]
    heads = [c for c in verb.children if c.dep_ == "dobj" and "dobj" in args]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in args
              for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return [n for h in heads for n in (h, *h.conjuncts) if n.tag_ in ("NN", "NNS") and lemma(n) in killings]


def _not_legal(cue: Token) -> bool:
    """A charge or count in its other sense: a price ("a delivery charge of five dollars", "customers pay a $5
    charge", "a fee charge") or a tally of one thing ("the head count", "a body count of 40"; a court's counts of
    one offence are "counts" or "one count of murder", with no noun before them)."""
    if not cue.tag_.startswith("NN"):
        return False
    before = [c for c in cue.children if c.dep_ == "compound" and c.i < cue.i]
    if lemma(cue) == "count":
        return cue.tag_ == "NN" and bool(before)
    priced = any(t.ent_type_ == "MONEY" or currency(t) for t in cue.subtree)
    return priced or any(lemma(c) in _FEES for c in before) or lemma(cue.head) in _PAYING


_FEES = frozenset(("fee", "surcharge", "service", "delivery", "shipping", "booking", "admission", "entry"))
_PAYING = frozenset(("pay", "waive", "refund", "levy"))


def find_causes(article_id: str, doc: Doc) -> list[ClaimSlot]:
    """What each "died of"/"died from" names, with the nouns coordinated with it, and the names of whom it is said
    of (``_dead``: the briefing keeps two named people's causes apart, as their places of death)."""
    out = []
    for t, word in zip(tokens(doc), token_lemmas(doc), strict=True):
        if word != "die" or not t.tag_.startswith("VB"):
            continue
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ in ("NN", "NNS")):
                out += [
                    (_claim(article_id, n, CAUSE), t)
                    for n in (obj, *(c for c in obj.children if c.dep_ == "conj"))
                ]
    return [replace(c, subject=_named(_dead(verb))) for c, verb in out if c is not None]


def _named(who: str | None) -> str | None:
    """A dead person's names, or None for a word ("he", "victim"): only two names tell two deaths apart."""
    return who if who and who[:1].isupper() else None


_DYING = frozenset(("die", "pronounce"))  # "died", "was pronounced dead"
_DYING_FORMS = ("die", "dies", "died", "dying", "pronounce", "pronounced")
_AT = frozenset(("at", "in", "on", "en"))  # "at the scene", "in hospital", "on the way to", "en route to"


def find_death_places(article_id: str, doc: Doc) -> list[ClaimSlot]:
    """Where each "died"/"was pronounced dead" says someone died, with whom it is said of (the person's name where
    the subject is one, else its word: the briefing keeps two people's deaths apart by it); "taken to Mercy
    Hospital, where she died" places the death at the noun "where" stands for."""
    out = []
    forms = word_ids(doc, _DYING_FORMS)
    for t in tokens(doc):
        if t.lower not in forms:
            continue
        word = lemma(t)
        if word not in _DYING or not t.tag_.startswith("VB") or any(c.dep_ == "neg" for c in t.children):
            continue
        if word == "pronounce" and not any(c.lower_ == "dead" for c in t.children):
            continue
        places = [
            (prep, obj)
            for prep in t.children
            if prep.dep_ == "prep" and prep.lower_ in _AT
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.tag_.startswith("NN")
        ]
        if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children):
            places.append((None, t.head))
        for prep, obj in places:
            value = DEATH_PLACES.get(lemma(obj).lower())
            if value is None or (value == "en route") != (prep is not None and prep.lower_ in ("on", "en")):
                continue  # "in a way", "on the scene": no place told
            start = prep.idx if prep is not None else obj.left_edge.idx
            end = obj.right_edge.idx + len(obj.right_edge) if prep is not None else obj.idx + len(obj)
            out.append(ClaimSlot(article_id, start, end, "other", DEATH_PLACE, value, subject=_dead(t)))
    return out


def _dead(verb: Token) -> str | None:
    """Who died: the names in the subject's phrase (its own PERSON words and those of the words naming it:
    "Jon Ames", "the judge, Jon Ames"), else the subject's word in lower case ("he", "victim"); a relative
    pronoun's noun ("a man who died"). The briefing tells two people's deaths apart by the names."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None:
        return None
    naming = [subj, *(c for c in subj.children if c.dep_ in _NAMING)]
    naming += [g for c in naming[1:] for g in c.children if g.dep_ in _NAMING]
    names = [t.text for t in sorted(naming, key=lambda t: t.i) if t.ent_type_ == "PERSON" or t.tag_ == "NNP"]
    return " ".join(names) if names else subj.lower_


_NAMING = frozenset(("compound", "appos", "nmod", "flat"))


def _claim(
    article_id: str, head: Token, measure: str = MEASURE, cue: Token | None = None
) -> ClaimSlot | None:
    """The phrase of its head noun: the modifiers before it and the noun, punctuation dropped."""
    owner = head.head if head.dep_ == "compound" else head  # "first-degree murder charges": the charges' too
    kept = (*_KEPT, "poss") if measure == CAUSE else _KEPT  # "Alzheimer's disease", not "her injuries"
    mods = [
        m for t in {owner, head} for m in t.children
        if m.dep_ in kept and m.i < head.i and m is not head and m.tag_ != "PRP$"
    ]  # fmt: skip
    words = sorted(
        {w for m in mods for w in m.subtree if not w.is_punct and w.tag_ != "POS"} | {head}, key=lambda w: w.i
    )
    if any(w.tag_ == "CD" or w.ent_type_ in _NAMES and w.dep_ != "poss" for w in words):
        return None  # a name or a figure is no offence or cause ("the Smith charges", "two charges")
    value = " ".join([*(w.lower_ for w in words[:-1]), lemma(head)])
    start, end = words[0].idx, head.idx + len(head)
    step = _step(cue) if cue is not None else ""
    if step == ACQUIT:  # the span tells the verdict: "acquitted of murder", "not guilty of murder"
        start = min(
            start, *(t.idx for t in (cue, *cue.children, *cue.head.children) if t.dep_ == "neg" or t is cue)
        )
    # a death's cause takes whom it is said of from its verb (``_dead``, find_causes), not from an offence's
    defendant = _defendant(head) if measure != CAUSE else None
    subject = defendant.text if defendant is not None else None
    return ClaimSlot(article_id, start, end, "other", measure, value, subject=subject, event=step)


def _defendant(head: Token) -> Token | None:
    """Whom an offence is said of: the verb's subject, or its object when that names a person ("a jury convicted
    Ames of murder", "police charged him with arson"), not a charge ("faces murder charges")."""
    verb = next((t for t in head.ancestors if t.tag_.startswith("VB")), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    person = next((c for c in objects if c.tag_ in ("NNP", "PRP") or c.ent_type_ == "PERSON"), None)
    return person if person is not None else verb_subject(head)
