"""The unit a figure is written with and the words of it spaCy leaves outside the figure: a distance's (and what it
is a distance of: a depth, from a place, of a movement), a specification's glued to its digits ("16GB"), a
percentage's word, a scale or currency word after the figure ("£1.7m", "two million euros")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from storyline.analyze.money import currency, split_glued
from storyline.analyze.nlp import lemma, tokens
from storyline.lexicon.measures import DISTANCE, DISTANCE_UNITS, SCALES, SPEC_UNITS

# In a measured quantity "m" and "mm" are metres and millimetres ("a 3.5mm jack"), not millions as in a sum.
LENGTH_UNITS = frozenset(("m", "mm"))
_PERCENT = frozenset(("%", "percent", "pct"))
_GLUED = re.compile(r"(\d+(?:\.\d+)?)([^\W\d_]+|″)")
_GLUED_ALIASES = {"mp": "megapixel"}  # "8MP"; never a unit alone, where "MPs" are members of parliament


def glued_spec(tokens: Sequence[Token]) -> tuple[float, tuple[str, float]] | None:
    """A figure that opens with its specification unit as one token ("1.7GHz", "512MHz", "8MP", "0.71″ thick"),
    which the tokeniser leaves whole: its number and the unit's (slot unit, factor)."""
    m = _GLUED.fullmatch(tokens[0].text)
    spec = SPEC_UNITS.get(_GLUED_ALIASES.get(m[2].lower(), m[2].lower())) if m else None
    return (float(m[1]), spec) if spec else None


def distance_unit(ent: Span, tokens: Sequence[Token]) -> Token | None:
    """The unit word of a distance right after its number, in the figure or just after it ("120 metres",
    "200ft", "a 40m drop"); a glued "m" before a plural noun is millions ("60m viewers")."""
    doc = ent.doc
    for t in [*tokens, *doc[ent.end : ent.end + 1]]:
        if t.lower_ in DISTANCE_UNITS and t.i and doc[t.i - 1].like_num and doc[t.i - 1] in tokens:
            if t.lower_ == "m" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "NNS":
                return None
            return t
    return None


def _bracket_before(ent: Span) -> Token | None:
    """The word before the bracket a figure opens ("metres" of "80 metres (260 feet)"; the sign of "($158
    billion)" may stand outside spaCy's span), or None when the figure opens none."""
    doc = ent.doc
    k = ent.start - 1
    if k >= 0 and doc[k].text != "(" and currency(doc[k]):
        k -= 1
    return doc[k - 1] if k >= 1 and doc[k].text == "(" else None


def is_conversion(ent: Span) -> bool:
    """Whether a figure opens a bracket right after a distance's unit ("80 metres (260 feet)")."""
    before = _bracket_before(ent)
    return before is not None and before.lower_ in DISTANCE_UNITS


def converted_sum(ent: Span) -> Token | None:
    """The last word of the sum or figure a bracketed sum converts ("euro" of "a 110 billion euro ($158 billion)
    bailout"), or None: the conversion is a sum of what the sum before it is of, where read alone its measure is
    only the generic "money"."""
    before = _bracket_before(ent)
    if before is None or not (before.ent_type_ == "MONEY" or currency(before) or before.like_num):
        return None
    return before  # a bare figure too: "110 billion ($158 billion)" where the sign before it is lost


_DEPTH = frozenset(("deep", "below", "beneath", "underground", "depth"))
# Adjectives right after a length that name the dimension it measures ("600 metres wide", "a wall 40 feet high").
_DIMENSIONS = frozenset(("wide", "long", "high", "tall", "thick", "across"))
_PLACING_VERBS = frozenset(("be", "locate", "lie", "sit", "situate", "center", "centre", "base"))
_BEARINGS = frozenset(
    ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "-")
)


def distance_of(unit: Token) -> str:
    """What a distance measures, as ``DISTANCE`` and a word: a depth ("at a depth of 8 km", "a mile below
    ground": "below"), the distance from a place or thing ("45 km south of Dunmore", "30 miles from the coast":
    its noun), a dimension an adjective right after it names ("600 metres wide": "wide", whatever the sentence's
    verb), else the verb it hangs from ("fell 200 metres": "fall"). Two outlets' distances of one story align
    only so: a quake's depth is no distance from a town."""
    doc = unit.doc
    if any(t.lower_ in _DEPTH for t in (*doc[unit.i + 1 : unit.i + 2], *list(unit.ancestors)[:3])):
        return f"{DISTANCE} below"
    if unit.i + 1 < len(doc) and doc[unit.i + 1].lower_ in _DIMENSIONS:
        return f"{DISTANCE} {doc[unit.i + 1].lower_}"  # the dimension, whatever verb the sentence has
    verb = next((t for t in unit.ancestors if t.tag_.startswith("VB")), None)
    i = unit.i + 1
    if i < len(doc) and doc[i].text == "(":  # past a conversion: "50 km (31 miles) from the coast"
        i = next((t.i + 1 for t in doc[i : i + 6] if t.text == ")"), i)
    while i < len(doc) and doc[i].lower_ in _BEARINGS:
        i += 1
    # "dropped 40 metres from a roof": where a movement started, not what the distance is measured from
    placed = (
        any(t.lower_ in _BEARINGS for t in doc[unit.i + 1 : i])
        or verb is None
        or lemma(verb) in _PLACING_VERBS
    )
    if placed and i < len(doc) and doc[i].lower_ in ("of", "from"):
        place = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        if place is not None:
            return f"{DISTANCE} from {place.lower_}"
    return (
        f"{DISTANCE} {lemma(verb)}" if verb is not None and verb.is_alpha else DISTANCE
    )  # not "'s" of "it's"


def figure_tail(ent: Span) -> list[Token]:
    """Words spaCy leaves outside a figure that belong to it: a scale glued on ("£1.7m" is "£" "1.7" "m") and
    a currency word after it ("two million euros")."""
    doc, out = ent.doc, []
    i = ent.end
    word_scale = i < len(doc) and doc[i].lower_ in SCALES and (len(doc[i]) > 2 or not doc[i - 1].whitespace_)
    if word_scale and (
        doc[i - 1].like_num or split_glued(doc[i - 1].text)
    ):  # glued ("1.7m") or a scale word ("120 crore"), never "3 m"
        out.append(doc[i])
        i += 1
    if i < len(doc) and currency(doc[i]) and doc[i].is_alpha and ent.label_ in ("CARDINAL", "MONEY"):
        out.append(doc[i])
    return out


def percent_unit(ent: Span) -> list[Token]:
    """The unit word of a percentage ending a figure or right after it ("90 percent", "90%", "90 per cent").
    spaCy labels "90 per cent" MONEY (a cent is money) and leaves "per cent" out of "about 90"."""
    toks = tokens(ent.doc)  # the doc's own tokens: no span built for each slice
    for words in (
        toks[max(ent.start, ent.end - 2) : ent.end],
        toks[ent.end - 1 : ent.end],
        toks[ent.end : ent.end + 2],
        toks[ent.end : ent.end + 1],
    ):
        if [t.lower_ for t in words] == ["per", "cent"] or len(words) == 1 and words[0].lower_ in _PERCENT:
            return list(words)
    return []
