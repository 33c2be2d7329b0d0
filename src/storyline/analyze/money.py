"""Money figures' parts that spaCy's MONEY entity leaves to us: the currency, read from babel's CLDR tables (symbols,
ISO codes, currency names) rather than a hand list ("A$", "NZ$", "HK$", "₹", "CHF 40 million", "30 million yuan"), a
symbol glued to its figure ("NZ$4", one token to spaCy), two sums spaCy joins into one entity, the currency of a
sum's phrase, whether a sum adds to another ("a further $2m") and what it is of ("a $3m fine", "$3m in damages").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from spacy.tokens import Span, Token

from storyline.analyze.nlp import lemma
from storyline.lexicon.dates import MONTHS, WEEKDAYS
from storyline.lexicon.measures import CURRENCIES, LETTER_SIGNS

# Currency names that are also everyday English words: "three marks", "a real 5", "24 carat gold".
_ENGLISH_WORDS = frozenset("mark marks real reals gold sol kip kips dong dram drams tala".split())


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-cased sign symbol or name word -> ISO code; letter symbol or ISO code, as written -> ISO code), of
    currencies in use. A symbol or name shared by two of them ("$", "franc", "peso") is left out unless
    ``CURRENCIES`` settles it ("$" is USD). Letter symbols ("KSh", "Rp") and codes ("CHF") match case and all,
    beside a figure: lower-cased they are words ("rp", "le", "sr")."""
    in_use = frozenset(
        code
        for spans in get_global("territory_currencies").values()
        for code, _start, end, tender in spans
        if end is None and tender
    )
    signs: dict[str, set[str]] = defaultdict(set)
    letters: dict[str, set[str]] = defaultdict(set, {code: {code} for code in in_use})
    for lid in locale_identifiers():
        if lid == "en" or lid.startswith("en_"):
            for code, symbol in Locale.parse(lid).currency_symbols.items():
                if code not in in_use or symbol == code:
                    continue
                if any(not c.isalpha() and c != "." for c in symbol):
                    signs[symbol.lower()].add(code)
                elif len(symbol.rstrip(".")) > 1:
                    letters[symbol].add(code)
    en = Locale("en")
    plurals = en._data["currency_names_plural"]
    for code in in_use:
        for name in (en.currencies.get(code, ""), plurals.get(code, {}).get("other", "")):
            if name and (word := name.split()[-1].lower()) not in _ENGLISH_WORDS:
                signs[word].add(code)
    words = {key: next(iter(found)) for key, found in signs.items() if len(found) == 1}
    return {**words, **CURRENCIES}, {
        key: next(iter(found)) for key, found in letters.items() if len(found) == 1
    }


def currency(t: Token) -> str | None:
    """The ISO code a token names: a symbol ("A$", "€"), a name word ("yuan"), a letter symbol or code written
    as such beside a figure ("KSh", "CHF"; not "ALL" in a headline), or a symbol glued to a figure ("NZ$4")."""
    words, letters = _tables()
    if (code := words.get(t.lower_)) is not None:
        return code
    if (code := letters.get(t.text)) is not None and not t.is_stop and _beside_figure(t):
        return code
    glued = split_glued(t.text)
    return glued[0] if glued else None


def currency_code(ent: Span, tokens: Sequence[Token]) -> str:
    """The currency of a sum: of its first token with one, the word just before the figure included ("$" of
    "$3.2bn", outside spaCy's span); "" when none says it."""
    near = [*ent.doc[max(0, ent.start - 1) : ent.start], *tokens]
    return next((code for t in near if (code := currency(t))), "")


def split_glued(text: str) -> tuple[str, str] | None:
    """(code, figure) of a symbol written onto its figure ("NZ$4" -> ("NZD", "4")), else None."""
    if text.isalpha():
        return None  # a word holds no figure (most tokens, so tested first)
    words, _ = _tables()
    for cut in range(1, min(len(text), 5)):
        if text[cut].isdecimal() and not text[:cut].isalnum() and (code := words.get(text[:cut].lower())):
            return code, text[cut:]
    if text[:1] in LETTER_SIGNS and _WRITTEN_SUM.fullmatch(text[1:]):
        return LETTER_SIGNS[text[:1]], text[1:]  # "N2.4" (billion): the naira's sign as a letter
    return None


# A figure as a sum is written, with a decimal point or thousands commas ("2.4", "450,000"), not a code's digits
_WRITTEN_SUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")


def _beside_figure(t: Token) -> bool:
    """A capital code counts only next to a figure: "CHF 40 million", "40 million CHF", not "ALL" in a headline."""
    doc = t.doc
    return any(0 <= i < len(doc) and doc[i].like_num for i in (t.i - 1, t.i + 1))


# words saying a sum adds to an earlier one: "a further $2m", "an additional £5m", "another $1bn"
_INCREMENT = frozenset(("further", "additional", "extra", "another"))  # not "more": "more than $2m"
# the noun after "in" that names what a sum was paid as: "$3 million in damages", "30m yuan in compensation"
_AS = frozenset(("in", "as"))


def money_of(last: Token) -> str | None:
    """The lemma of the noun a sum is of, from the parse around its last word: the noun it modifies ("a $3m
    fine", "a £5m ransom"; spaCy at times tags "fine" an adjective object) or what it was paid "in" / "as" ("$3m
    in damages"); None when neither is written (the verb then tells, as for any figure)."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and _noun(after) and (after.dep_ != "compound" or after.head.i == after.i + 1):
        head = after if after.dep_ != "compound" else after.head
        return lemma(head)
    for child in last.children:
        if child.dep_ == "prep" and child.lower_ in _AS:
            obj = next((c for c in child.children if c.dep_ == "pobj" and _noun(c)), None)
            if obj is not None:
                return lemma(obj)
    return None


def increment(first: Token) -> bool:
    """Whether a sum adds to another ("a further $2m", "an additional $5m"): no total to compare with one."""
    doc = first.doc
    return any(doc[i].lower_ in _INCREMENT for i in range(max(0, first.i - 2), first.i))


def _noun(t: Token) -> bool:
    """A common noun, or an adjective spaCy made an argument ("a $3m fine" tagged JJ, dobj); no date word."""
    if t.lower_ in MONTHS or t.lower_ in WEEKDAYS or t.like_num:
        return False
    return (
        t.tag_ in ("NN", "NNS") or t.tag_ == "JJ" and t.dep_ in ("dobj", "pobj", "attr", "nsubj", "nsubjpass")
    )


def sums(ent: Span) -> list[Span]:
    """A MONEY entity's sums: spaCy joins two ("between $1,799 and $2,199"), whose digits would multiply into one
    figure; each is cut at an "and"/"or" followed by its own sign or figure (one walk by index)."""
    doc, out, start = ent.doc, [], ent.start
    for i in range(ent.start + 1, ent.end - 1):
        nxt = doc[i + 1]
        if doc[i].lower_ in ("and", "or") and (currency(nxt) or nxt.text[:1].isdecimal()):
            if any(w.text[:1].isdecimal() for w in doc[start:i]):
                out.append(Span(doc, start, i, label="MONEY"))
                start = i + 1
    return [*out, Span(doc, start, ent.end, label="MONEY")] if out else [ent]
