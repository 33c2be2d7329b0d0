"""Vote tallies read as one value ("5-4", "five votes to four", "a vote of 312 to 118", "312 voted for and 118
against", "six backed it and three opposed it"), and the figures that are a tally's second half, no count."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from storyline.analyze.claim_numbers import fmt_value, read_number
from storyline.analyze.claim_setting import sentence_lemmas
from storyline.analyze.nlp import lemma, sentence_of, tokens

_VOTING = frozenset(
    "vote ballot voter jury juror justice judge court ruling senate house council councillor councilor board "
    "committee panel commission assembly parliament legislature lawmaker split".split()
)
# "six members backed it and three opposed it": one tally, the backers' figure first
_BACKING = frozenset(("back", "support", "endorse", "favour", "favor"))
_OPPOSING = frozenset(("oppose", "reject"))


def of_vote(span: Span) -> bool:
    """Whether a figure's sentence tells of a vote (a ballot, a jury, a council): a pair of figures in it is a
    tally, elsewhere mostly a score line."""
    return not _VOTING.isdisjoint(sentence_lemmas(sentence_of(span)))


def read_tally(ent: Span, tokens: Sequence[Token]) -> tuple[str, int] | None:
    """A tally read from the figure's first token, inside spaCy's span or across it ("5-4", "8-1", "five votes to
    four", "seven to two", "a vote of 312 to 118", "312 voted for and 118 against"): its value ("5-4") and the end
    of its phrase."""
    if not tokens or not tokens[0].like_num:
        return None
    read = tally_from(ent.doc, tokens[0].i) or _for_against(tokens[0])
    return (read[0], ent.doc[read[1]].idx + len(ent.doc[read[1]])) if read else None


def _for_against(first: Token) -> tuple[str, int] | None:
    """ "312 members voted for the bill and 118 against", "312 votes in favour and 118 against": the figures for
    and against one motion, one tally; the phrase is the first figure (the sentence between is no value)."""
    after = tokens(first.doc)[first.i + 1 : sentence_of(first).end]
    against = next((t for t in after if t.lower_ == "against"), None)
    if against is None or not {"for", "favour", "favor"} & {t.lower_ for t in after[:6]}:
        return backed_opposed(first)
    second = first.doc[against.i - 1]
    a, b = read_number([first]), read_number([second]) if second.like_num and second.i > first.i else None
    return (f"{fmt_value(a)}-{fmt_value(b)}", first.i) if a is not None and b is not None else None


def backed_opposed(first: Token) -> tuple[str, int] | None:
    """ "Six members backed the plan and two opposed it": the subjects' figures of a backing verb and of an
    opposing verb joined to it, one tally (the phrase is the first figure)."""
    subject = first.head if first.dep_ == "nummod" else first
    verb = subject.head
    if subject.dep_ != "nsubj" or lemma(verb) not in _BACKING:
        return None
    for other in verb.children:
        if other.dep_ == "conj" and lemma(other) in _OPPOSING:
            second = next((c for c in other.children if c.dep_ == "nsubj"), None)
            figure = second if second is not None and second.like_num else None
            if figure is None and second is not None:
                figure = next((c for c in second.children if c.dep_ == "nummod" and c.like_num), None)
            a, b = read_number([first]), read_number([figure]) if figure is not None else None
            if a is not None and b is not None:
                return f"{fmt_value(a)}-{fmt_value(b)}", first.i
    return None


def tally_from(doc: Doc, i: int) -> tuple[str, int] | None:
    """(value, index of the last figure) of a tally whose first figure is token ``i``. Figures joined by "to"
    make a tally only falling ("seven to two"): a rising pair is a range ("140 to 160"), and "from 9 to 7" is a
    change."""
    toks = tokens(doc)  # the doc's own tokens: no span or token is built for each figure's words
    words = [t.lower_ for t in toks[i + 1 : i + 4]]
    if words[:1] in (["-"], ["–"], ["to"]):
        last = i + 2
    elif words[:2] in (["votes", "to"], ["vote", "to"]):
        last = i + 3
    else:
        return None
    if last >= len(toks) or not toks[last].like_num or i and toks[i - 1].lower_ == "from":
        return None
    if words[0] in ("-", "–") and not (toks[i].text.isdecimal() and toks[last].text.isdecimal()):
        return None  # "forty-two" is one number; a tally in words is written with "to"
    a, b = read_number([toks[i]]), read_number([toks[last]])
    if a is None or b is None or words[0] == "to" and a <= b:
        return None
    return f"{fmt_value(a)}-{fmt_value(b)}", last


def in_tally(ent: Span) -> bool:
    """The second figure of a vote tally ("four" of "five votes to four", "128" of "312-128"), read with the
    first, or of a score line ("1" of "won 3-1", "a 2-1 win"): the line's first figure is dropped as no vote, and
    its second alone is no count of what the verb names (it read "1 win", and its claim hid the line from
    briefing.scorelines)."""
    voted = of_vote(ent)
    for i in range(max(0, ent.start - 3), ent.start):
        read = tally_from(ent.doc, i)
        if read and read[1] == ent.start and (voted or ent.doc[i + 1].text in ("-", "–")):
            return True
    return _opposed_figure(ent[0])


def _opposed_figure(t: Token) -> bool:
    """The second figure of "six backed it and three opposed it", read with the first."""
    verb = (t.head if t.dep_ == "nummod" else t).head
    if verb.dep_ != "conj" or lemma(verb) not in _OPPOSING:
        return False
    backers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    figures = [
        f for b in backers for f in ([b] if b.like_num else [c for c in b.children if c.dep_ == "nummod"])
    ]
    return any(f.like_num and backed_opposed(f) is not None for f in figures)
