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

from storyline.analyze.claim_words import DAY_PARTS
from storyline.analyze.nlp import doc_text, lemma
from storyline.lexicon.dates import WEEKDAYS
from storyline.lexicon.measures import DURATION_DAYS, ORDER_SIDES, SCORE
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
_HYPHENS = "-–"
_REACH = 8  # words of an "in" phrase read for a game's stage ("in last Saturday's FA Cup semi-final")
# Tags that end a phrase naming a game (with a verb's): a preposition, conjunction or pronoun starts another.
_PHRASE_END = frozenset(("IN", "TO", "CC", "MD", "PRP", "WDT", "WP", "WRB"))


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
        sides = _sides(result, first[0])
        if sides is None:
            continue  # no side named: nothing tells this game from another the story scores
        end = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
        stage = _stage(result, first[0], end[-1] if end is not None else first[-1])
        out.append(
            ClaimSlot(
                article_id,
                m.start(),
                m.end(),
                "other",
                SCORE,
                f"{high}-{low}",
                subject=sides,
                event=stage,
                earlier=_past(result),
            )
        )
    return out


# Words that set a period before the story's game ("last season", "the previous round", "their earlier meeting");
# not "first" ("in the first round" may be the story's own game).
_BEFORE = frozenset({w for w, side in ORDER_SIDES.items() if side == "before"} - {"first"} | {"last"})
# Periods of a week or less besides the calendar's units: "last night", "last weekend", "on the previous
# evening" may be the story's own game, reported the day after.
_WITHIN_A_WEEK = DAY_PARTS | {"weekend", "moment"}


def _past(result: Token) -> bool:
    """Whether a result is set before the story's game by a time phrase on its verb or noun (``_past_period``:
    "beat them 2-0 last season", "in the previous round", "in last year's meeting"). That game's score is
    background, neither a rival nor an earlier report of this one's (briefing.placed drops ``earlier`` figures)."""
    verb = result if result.tag_.startswith("VB") else result.head
    for c in {*verb.children, *result.children}:
        nouns = [c] if c.dep_ in ("npadvmod", "advmod") else [g for g in c.children if g.dep_ == "pobj"]
        if any(
            _past_period(n) or any(g.dep_ == "poss" and _past_period(g) for g in n.children) for n in nouns
        ):
            return True
    return False


def _past_period(n: Token) -> bool:
    """A period before the story's week: named with a word before it ("last season", "their previous meeting"; not
    "the last round of the cup", the final one), "earlier" on one ("earlier this year", "earlier in the season"),
    or "ago" after one ("a year ago"); not "last night", "last Sunday", "two days ago" (``_recent``)."""
    if n.lower_ in ("ago", "earlier"):
        periods = [g for g in n.children if g.dep_ == "npadvmod"]
        periods += [g for c in n.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(not _recent(g) for g in periods)
    final = any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)  # "the last round": the final one
    return not _recent(n) and any(
        g.dep_ == "amod"
        and g.lower_ in _BEFORE
        and not (final and g.lower_ == "last")
        or g.lower_ == "earlier"
        for g in n.children
    )


def _recent(n: Token) -> bool:
    """A period of a week or less: a unit up to a week, a weekday, a part of a day ("night") or a weekend."""
    word = lemma(n)
    return DURATION_DAYS.get(word, 8.0) <= 7 or word in WEEKDAYS or word in _WITHIN_A_WEEK


def _stage(result: Token, first: Token, last: Token) -> str:
    """The words naming which game of a contest a score is of, as its event: the result verb's object between it
    and the score ("won the cup final 3-0"), its "in" phrase ("beat them 2-1 in the semi-final") or the words
    between the score and a result noun ("a 2-1 semi-final win"). A name, a date, a number or an article is no
    such word; hyphened parts are one word ("semi-final"). "" when none is written: two outlets' stages then
    tell a final from a semi-final (briefing.claim_pairs), and a score with none is any game's."""
    doc, verb = result.doc, result if result.tag_.startswith("VB") else result.head
    phrases = []
    if verb.i < first.i:
        phrases.append(doc[verb.i + 1 : first.i])
    if result.i > last.i:
        phrases.append(doc[last.i + 1 : result.i])
    phrases += [doc[c.i + 1 : c.i + _REACH] for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                and not any(h.lower_ == "of" for g in c.children for h in g.children)]  # fmt: skip
    # not "in front of 20,000 fans": a phrase whose noun takes "of" is a place or a crowd, no game
    words: list[str] = []
    for phrase in phrases:
        prev = None
        for t in phrase:
            if t.tag_ in _PHRASE_END or t.tag_.startswith("VB") or t.is_punct and t.text not in _HYPHENS:
                break
            if (
                t.dep_ in ("det", "poss", "case")
                or t.head.dep_ == "poss"
                or t.is_digit
                or _named(t)
                or _when(t)
            ):
                prev = None
                continue
            glued = prev is not None and prev.i == t.i - 1 and not prev.whitespace_
            words[-1:] = [words[-1] + t.lower_] if glued else [*words[-1:], t.lower_]
            prev = t
    return " ".join(sorted({w.strip(_HYPHENS) for w in words} - {""}))


def _when(t: Token) -> bool:
    """A day's or date's name ("Saturday", "June"): when a game was, not which."""
    return t.ent_type_ in _WHEN and not t.is_lower


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


def _sides(result: Token, figure: Token) -> str | None:
    """The names of the sides of a result: its verb's subject and object and the objects of "to", "by", "over",
    "against", "at" ("lost 3-1 to the Otters"), or a result noun's owner ("the Otters' 3-1 win over the Herons");
    of the words between the score and its result word too ("won the final 3-0 against the Crows": the parse
    hangs "against" off "final")."""
    verb = result if result.tag_.startswith("VB") else result.head
    path = [figure]
    while path[-1].i != result.i and path[-1].head.i != path[-1].i and len(path) <= _HOPS:
        path.append(path[-1].head)
    near = [c for t in {result, verb, *path[1:]} for c in t.children]
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
