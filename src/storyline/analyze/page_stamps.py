"""A page's own dates in its parsed body: timestamp lines ("Updated Tuesday, March 14, 2017 6:42 PM") and a wire
story's dateline ("RIVERTON, June 3 (Wire) -"). They say when the page was written, no claim of when the event
happened, so the claim reader skips the dates in them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from storyline.analyze.claim_words import ZONE_WORDS
from storyline.analyze.nlp import doc_ents, tokens

# the words that open a page's own timestamp line, and the ones that link its date and clock
_STAMP_CUES = frozenset("posted updated published modified".split())
_STAMP_LINKS = frozenset("at on am pm a.m. p.m. -".split())


def stamp_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the page's own timestamp lines ("Updated Tuesday, March 14, 2017 6:42 PM", "Posted:
    3/4/2012 10:15 am by Ann Lee", a line of nothing but a date): when the page was written, no claim of when
    the event happened. A line is a stamp if it opens with a publishing cue and has no other verb, or holds
    only date and clock words."""
    if not any(e.label_ in ("DATE", "TIME") for e in doc_ents(doc)):
        return []
    out, start, toks = [], 0, tokens(doc)
    for i in range(len(toks) + 1):
        if i < len(toks) and not (toks[i].is_space and "\n" in toks[i].text):
            continue
        words = [t for t in toks[start:i] if not (t.is_punct or t.is_space)]
        if words and (_cued_stamp(words) or all(_stamp_word(t) for t in words)):
            out.append((start, i))
        start = i + 1
    return out


_DATELINE_ENDS = frozenset("( - – —".split())


def is_dateline(ent: Span) -> bool:
    """A wire story's dateline opening its line: a place in capitals, a comma, the date, then the agency's
    bracket or a dash ("RIVERTON, June 3 (Wire) - ..."): the day the report was filed, no claim of when the event
    happened."""
    doc = ent.doc
    # the tagger's date can run into the agency's bracket ("Nov 3 (TMW"): the date ends where the bracket opens
    end = next((t.i for t in ent[1:] if t.text == "("), ent.end)
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[end : end + 1].text not in _DATELINE_ENDS:
        return False
    i = ent.start - 2
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        i -= 1
    return _dateline_place(list(doc[i + 1 : ent.start - 1]))


_REGION_WORDS = 3  # words of a region after the place ("Calif.", "New South Wales")


def _dateline_place(place: Sequence[Token]) -> bool:
    """The words before a dateline's date: a place in capitals ("RIVERTON"), which may be followed by its region
    or country in title case after a comma, as agencies write a place abroad ("SAN JOSE, Calif.", "TARVIK,
    Velmora")."""
    comma = next((k for k, t in enumerate(place) if t.text == ","), len(place))
    head, region = place[:comma], [t for t in place[comma + 1 :] if not t.is_punct]
    if not head or not all(t.text.isupper() or t.is_punct for t in head):
        return False
    return len(region) <= _REGION_WORDS and all(t.text.isupper() or t.text.istitle() for t in region)


def _cued_stamp(words: Sequence[Token]) -> bool:
    """A line opening with "Posted", "Updated", "Published" or "Last modified" and no other verb after it."""
    cue = 1 if words[0].lower_ == "last" and len(words) > 1 else 0
    if words[cue].lower_ not in _STAMP_CUES:
        return False
    return not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words[cue + 1 :])


def _stamp_word(t: Token) -> bool:
    """A word a bare date or clock line is made of: a date or time entity's word, a figure, a zone or a link."""
    return t.ent_type_ in ("DATE", "TIME") or t.like_num or t.lower_ in ZONE_WORDS or t.lower_ in _STAMP_LINKS
