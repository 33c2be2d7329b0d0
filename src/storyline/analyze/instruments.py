"""The instrument of an act told in words (PROTOCOL.md kind ``other``: "the instrument or weapon", "a vehicle"):
"walked in with a shotgun", "carried a rifle", "a shotgun slaying", "drove a van through the shop window", "a man
with a knife raided the shop" (a weapon only: "a family with a car" owns it).

A description is a common noun (its compound first: "cargo ship") that WordNet 3.0 files under a weapon (a gun, a
bomb, a knife) or a vehicle (``kinds.json``, built by eval/wordnet_kinds.py from the noun's most frequent sense), in
the role of an instrument: the object of "with" on a verb, of a verb of using ("use", "bring", "fire", "drive",
"ram"), the doer of a verb of striking ("a truck hit", "struck by a car"), or the modifier of an act noun
("attack", "slaying", "crash"), a noun a clause of using takes ("the handgun he fired", "a shotgun-wielding man"),
or what "the weapon" is said to be ("the weapon, a shotgun,", "the weapon used was a rifle"). Its value is the
WordNet synset, so "handgun" and "pistol" are one value; two values compare by their hypernyms
(analyze.kinds.compatible).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze import kinds
from storyline.analyze.nlp import children, lemma, tokens
from storyline.model import ClaimSlot

_USE = frozenset(
    "use carry bring wield brandish point fire throw hurl drive ram crash hold pull aim toss plant detonate".split()
)
# Verbs whose doer is the instrument when it is a thing: "a truck struck the cyclist", "hit by a car"; what they
# hit is no instrument ("the car hit a truck": the truck)
_STRIKE = frozenset(("hit", "strike"))
_ACTS = frozenset(
    "attack slaying shooting killing assault stabbing bombing murder raid robbery heist crash".split()
)


def find_instruments(article_id: str, doc: Doc) -> list[ClaimSlot]:
    """Every weapon or vehicle the body names as an act's instrument, the article's most precise word for each
    ("a gun" dropped where the same article says "a rifle")."""
    found: dict[int, tuple[str, int, int]] = {}  # token -> (value, start, end)
    for t in tokens(doc):
        if t.tag_ not in ("NN", "NNS") or t.i in found:
            continue
        kind = _kind(t)
        if kind is None or not (
            _instrument(t) or _armed_doer(t) and kinds.MEASURES[kinds.root(kind[0])] == kinds.WEAPON
        ):
            continue
        found[t.i] = kind
        for c in t.conjuncts:  # "a shotgun or a rifle": both, either may be right
            other = _kind(c) if c.tag_ in ("NN", "NNS") else None
            if other is not None:
                found.setdefault(c.i, other)
    values = {v for v, *_ in found.values()}
    vague = {v for v in values for w in values if v != w and v in kinds.above(w)}
    return [
        ClaimSlot(article_id, start, end, "other", kinds.MEASURES[kinds.root(value)], value)
        for value, start, end in sorted(found.values(), key=lambda x: x[1])
        if value not in vague
    ]


def _kind(t: Token) -> tuple[str, int, int] | None:
    """The synset a noun (with the compound before it: "patrol boat") names, and its span, when filed under a root."""
    lemmas, word = kinds.table()["lemmas"], lemma(t)
    comp = tokens(t.doc)[t.i - 1] if t.i > 0 else None
    if comp is not None and comp.dep_ == "compound" and comp.head.i == t.i:  # the label first: no head built
        value = lemmas.get(f"{comp.lower_} {word}")
        if value is not None:
            return value, comp.idx, t.idx + len(t)
    value = lemmas.get(word)
    return (value, t.idx, t.idx + len(t)) if value is not None else None


def _instrument(t: Token) -> bool:
    """Whether a noun plays an act's instrument: "with a X" on a verb, the object or subject of a verb of using,
    the modifier of an act noun ("a shotgun slaying")."""
    h = t.head
    if t.dep_ == "pobj" and h.lower_ == "with":
        return h.head.tag_.startswith("VB") or h.head.lower_ == "armed"
    if t.dep_ == "pobj" and h.dep_ == "agent":  # "struck by a car"
        return lemma(h.head) in _STRIKE
    if t.dep_ == "nsubj" and h.tag_.startswith("VB") and lemma(h) in _STRIKE:
        return True
    if t.dep_ in ("dobj", "nsubj", "nsubjpass") and h.tag_.startswith("VB") and lemma(h) in _USE:
        return True
    if t.dep_ in ("npadvmod", "compound") and h.tag_ in ("VBG", "VBN") and lemma(h) in _USE:
        return True  # "a shotgun-wielding man"
    if any(c.dep_ == "relcl" and lemma(c) in _USE and not _has_object(c) for c in children(t)):
        return True  # "the handgun he fired": the noun is the clause's object
    if _names_the_weapon(t):
        return True
    return t.dep_ in ("compound", "nmod", "amod") and h.tag_ in ("NN", "NNS") and lemma(h) in _ACTS


def _armed_doer(t: Token) -> bool:
    """A weapon "with" a person who acts or is acted on: "a man with a knife raided the shop", "threatened staff
    with a gun" (the parse hangs "with" on the noun before it). Weapons only: "a family with a car" owns one."""
    h = t.head
    held_by = h.head if t.dep_ == "pobj" and h.lower_ == "with" else None
    return (
        held_by is not None
        and held_by.tag_ in ("NN", "NNS", "NNP")
        and held_by.dep_ in ("nsubj", "nsubjpass", "dobj")
        and held_by.head.tag_.startswith("VB")
    )


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _names_the_weapon(t: Token) -> bool:
    """A noun that says what the act's weapon was: in apposition to "the weapon" ("the weapon, a shotgun, was
    found") or its copula's complement ("the weapon used was a shotgun"): the word a more general kind of it."""
    h = t.head
    if t.dep_ == "appos":
        general = h
    elif t.dep_ == "attr" and lemma(h) == "be":
        general = next((c for c in h.children if c.dep_ == "nsubj"), None)
    else:
        return False
    return general is not None and lemma(general) == _WEAPON


_WEAPON = "weapon"  # the root noun of weapon kinds: what it names is the act's weapon
