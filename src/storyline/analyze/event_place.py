"""Where an article's lead sets the story's event: "a quake centred near Tarmel struck", "Gunman kills two in
Dallton", "a fire was reported in Marlow County". A news lead names the event's setting as a place governed by
"in" or "near" on a verb of the lead's main clauses that tells an act, on a participle of a noun ("a quake
located near Tarmel shook ...") or on a noun the act takes ("killed two people in Dallton"); a place elsewhere in
the story (where a suspect lived, where a victim was taken) is no setting. Two outlets' settings are compared by
briefing.places.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.analyze.nlp import doc_ents, lemma, sentence_of
from storyline.lexicon.folding import spell_key
from storyline.lexicon.measures import EVENT_PLACE
from storyline.model import ClaimSlot
from storyline.settings import DEFAULTS, AnalyzeSettings

_PREPS = frozenset(("in", "near"))  # "at" takes venues and times, "on" streets and days
_SCENES = frozenset(("in", "near", "at"))  # an act's own scene: a town or a venue
_LABELS = frozenset(("GPE", "LOC"))  # a venue (FAC) lies in a town without the story saying so
# Tenses that tell the act itself: "struck", "was centred", "kills" (a headline's present); not "looming",
# "will play"
_TOLD = frozenset(("VBD", "VBN", "VBZ"))
# Verbs of a state, not an act: where someone lives or was born, where a company is based, is no setting
_STATES = frozenset(("live", "bear", "base", "headquarter", "reside", "grow"))
# The verbs of a lead that tell its act: the main verb, one joined to it or reported ("police said a man was
# shot in ..."), a participle of a noun ("a quake located near ...", a headline's "Quake recorded in ..."); not
# a relative clause ("the hospital where he was taken") or an adverbial one ("after moving to ...")
_CLAUSES = frozenset(("ROOT", "conj", "ccomp", "acl"))


def find_event_places(
    article_id: str, doc: Doc, settings: AnalyzeSettings = DEFAULTS.analyze
) -> list[ClaimSlot]:
    """The first place the lead sets its main act in, as a ``place`` claim (value: its words' spelling keys),
    its span taking in a place it is said to lie in ("near Tarmel in Marlow County"); none when the lead names
    none."""
    if not len(doc):
        return []
    end = 0
    for _ in range(settings.event_place_lead_sentences):
        if end < len(doc):
            end = sentence_of(doc[end]).end
    ents = doc_ents(doc)
    for i, e in enumerate(ents):
        if e.start >= end:
            break
        if e.label_ in _LABELS and (verb := _setting_verb(e)) is not None:
            name = _name(e)
            last = e if "\n" in e.text else _lies_in(e, ents[i + 1] if i + 1 < len(ents) else None)
            stop = doc.text.find("\n", e.start_char, last.end_char)
            return [
                ClaimSlot(
                    article_id,
                    e.root.head.idx,
                    stop if stop >= 0 else last.end_char,
                    "place",
                    EVENT_PLACE,
                    " ".join(map(spell_key, name.split())),
                    event=lemma(verb),
                )
            ]
    return []


def _lies_in(e: Span, after: Span | None) -> Span:
    """The place a setting is said to lie in, written right after it ("Tarmel, Marlow County", "Tarmel in
    Marlow County"), else the setting itself."""
    if after is None or after.label_ not in _LABELS or after.start != e.end + 1:
        return e
    return after if e.doc[e.end].lower_ in (",", "in") else e


def _name(e: Span) -> str:
    """The place's name without a leading article ("the Calder Bay"), to its line's end (a headline's place the
    tagger ran into the dateline below it)."""
    return (e[1:].text if e[0].lower_ == "the" and len(e) > 1 else e.text).split("\n")[0]


def _setting_verb(e: Span) -> Token | None:
    """The verb a place is the setting of: "in"/"near" on a verb telling an act in one of the lead's main
    clauses, or on a noun that verb takes ("killed two people in X", "a blast in X killed", "opened fire at a
    school in X"); None for any other place."""
    root = e.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _PREPS or prep.dep_ != "prep":
        return None
    verb = _act_above(prep.head)
    if not _tells_act(verb) or lemma(verb) in _STATES or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb if verb.dep_ in _CLAUSES and not _aside(verb) else None


def _aside(verb: Token) -> bool:
    """A participle set off by a comma on a noun in a sentence whose other verb sets an act at a scene of its own
    ("the landscape, found in an attic in Norfolk, fetched £4.2m at Castellan's"): an aside on the thing's past,
    another act's place; "a quake, centred near Tarmel, shook the region" names no other scene, so its place is the
    act's."""
    first = verb.left_edge.i
    if verb.dep_ != "acl" or first == 0 or verb.doc[first - 1].text != ",":
        return False
    aside = {t.i for t in verb.subtree}
    return any(
        t.tag_.startswith("VB")
        and t.i not in aside
        and any(c.dep_ == "prep" and c.lower_ in _SCENES for c in t.children)
        for t in sentence_of(verb)
    )


# Prepositions whose object lies where the act happens ("opened fire at a school in X", "tore through a warehouse
# in X"); not where a flight goes or a victim was taken ("to a hospital in X"), where someone comes from, nor a
# circumstance ("with the final looming in X")
_AT_THE_ACT = frozenset(
    ("at", "in", "near", "during", "after", "through", "on", "across", "inside", "outside", "off")
)


def _act_above(word: Token) -> Token:
    """The verb a noun holding a place hangs on, through the nouns and prepositions of the act's scene between:
    "killed two people in X", "a blast in X killed", "opened fire at a school in X", "tore through a warehouse in
    X", "a blaze at a shop on a street in X"; the word itself when it is no such noun."""
    for _ in range(4):  # a lead's noun chain is short; a deeper one is a clause's aside
        if word.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return word.head
        if word.dep_ != "pobj" or word.head.dep_ != "prep" or word.head.lower_ not in _AT_THE_ACT:
            return word
        word = word.head.head
    return word


def _tells_act(verb: Token) -> bool:
    """A verb in a tense of the act itself, or a main word with a subject the tagger took for a noun ("a ferry
    sank near ...": "sank" an NN)."""
    if verb.tag_ in _TOLD:
        return True
    return (
        verb.dep_ == "ROOT" and verb.tag_.startswith("NN") and any(c.dep_ == "nsubj" for c in verb.children)
    )
