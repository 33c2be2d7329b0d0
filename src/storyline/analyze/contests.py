"""The score line of one contest's result, read off the parse as an ``other`` claim (PROTOCOL.md: "the outcome,
the score line"): "the Otters beat the Herons 3-1", "lost 31-24 to", "a 2-0 win over", "were beaten 3-1 by",
"drew 2-2". Only a score the parse ties to a result word (a verb or noun of winning, losing or drawing) is read:
a story prints many score lines (a half-time score, a season record, an earlier meeting), and only the result's
is one fact outlets can contradict. Its value is the line with the larger figure first, so the winner's and the
loser's telling compare ("won 3-1" / "lost 1-3"); its subject is the names on both sides, so two outlets that tell
one game from either side meet, and two games with no side in common never do (briefing.claim_pairs
``same_thing``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import doc_text, lemma
from storyline.lexicon.measures import SCORE
from storyline.model import ClaimSlot

# Two numbers of up to three digits joined by a hyphen or dash (briefing.scorelines' shape, without the third
# figure of a record): not a date, an age ("28-year-old") or a part of a longer code.
_LINE = re.compile(r"(?<![\w.,/-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w/-]|[.,]\d|\s?[-–]\s?\d)")
# Words of a contest's result: the verbs and nouns a score line of a win, a loss or a draw hangs from.
_RESULTS = frozenset(
    "beat defeat win lose edge draw tie rout thrash trounce overcome outscore down top victory loss triumph".split()
)
# Steps from the score's first figure up to its result word: "beat the Herons 3-1" (1), "a 2-0 win" (1), "beaten
# by Klitschko 3-1" (3: the figure hangs from the name, the name from "by").
_HOPS = 3
# Parts of a contest whose score is no result: "won the first set 6-4", "lost the third quarter 21-7".
_PARTS = frozenset("round quarter half period inning set frame leg game".split())
_SIDES = frozenset(("PERSON", "ORG", "NORP", "GPE"))


def find_scores(article_id: str, doc: Doc) -> list[ClaimSlot]:
    """Every score line the parse ties to a contest's result word and a named side, with the names on both
    sides."""
    text = doc_text(doc)
    out = []
    for m in _LINE.finditer(text):
        first = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if first is None:
            continue
        result = _result(first[0])
        if result is None:
            continue
        high, low = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
        sides = _sides(result)
        if sides is None:
            continue  # no side named: nothing tells this game from another the story scores
        out.append(ClaimSlot(article_id, m.start(), m.end(), "other", SCORE, f"{high}-{low}", subject=sides))
    return out


def _result(t: Token) -> Token | None:
    """The result word a score's first figure hangs from, within ``_HOPS`` steps, unless it scores a part."""
    for _ in range(_HOPS):
        if t.head is t:
            return None
        t = t.head
        if lemma(t) in _RESULTS and (t.tag_.startswith("VB") or t.tag_.startswith("NN")):
            parts = [c for c in t.children if c.dep_ in ("dobj", "npadvmod") and lemma(c) in _PARTS]
            return None if parts else t
    return None


def _sides(result: Token) -> str | None:
    """The names of the sides of a result: its verb's subject and object and the objects of "to", "by", "over",
    "against", "at" ("lost 3-1 to the Otters"), or a result noun's owner ("the Otters' 3-1 win over the Herons")."""
    verb = result if result.tag_.startswith("VB") else result.head
    near = [c for t in {result, verb} for c in t.children]
    sides = [c for c in near if c.dep_ in _SIDE_DEPS]
    sides += [g for c in near if c.lower_ in _SIDE_PREPS for g in c.children if g.dep_ == "pobj"]
    sides += [g for c in sides for g in c.conjuncts]  # "the Otters and the Herons drew"
    names = {w.text for n in sides for w in n.subtree if _named(w)}
    return " ".join(sorted(names)) or None


def _named(w: Token) -> bool:
    """A word of a side's name: a name's tag or entity, or a capitalised noun inside the sentence (the tagger
    takes a club's nickname, "the Otters", for a plural noun)."""
    capitalised = w.tag_ in ("NN", "NNS") and w.is_title and not w.is_sent_start
    named = w.ent_type_ in _SIDES or w.tag_ in ("NNP", "NNPS") and w.ent_type_ not in _WHEN or capitalised
    return named and w.is_alpha


_WHEN = frozenset(("DATE", "TIME"))  # "last Sunday's 20-17 loss": a day, no side


_SIDE_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "poss"))
_SIDE_PREPS = frozenset(("to", "by", "over", "against", "at"))  # "a loss at Rockport": the home side
