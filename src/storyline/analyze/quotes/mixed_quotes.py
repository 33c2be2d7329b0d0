"""A mixed quote's bounds: whether a quotation sits inside a cue verb's clause ('X said the deal was "a
disaster"'), and the span of that reported clause, cut where the writer's own words resume."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import children, lemma, lemmas
from storyline.analyze.quotes.cue_subjects import cue_subject, speaker_tokens
from storyline.lexicon.speech import SPEECH_VERBS

_ADJUNCT_DEPS = frozenset(("prep", "npadvmod", "appos", "advcl", "acl", "relcl"))
_CONTENT_DEPS = frozenset(("ccomp", "dobj", "xcomp", "oprd", "attr", "dative", "parataxis"))


def governs(cue: Token, pos: int, content_only: bool = False) -> bool:
    """Whether the quotation starting at pos sits inside the cue verb's clause (a mixed quote's own verb); with
    ``content_only``, inside what the verb reports, not its subject or a modifier ('said the notice "falsely"
    claims ...': the words are said, not claimed)."""
    span = cue.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if not span:  # None, or empty when pos is whitespace
        return False
    node = span[0]
    for _ in range(40):
        if node.head.i == cue.i and node.i != cue.i:
            if _own_statement(node):
                return False
            return not content_only or node.dep_ in _CONTENT_DEPS | {"prep", "dep", "conj", "acl"}
        if node.i == cue.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _own_statement(t: Token) -> bool:
    """A speech verb conjoined to a cue with a subject of its own ('... that critics say X but that officials
    defended as "..."'): a second statement beside the first, not inside what the first reports."""
    return (
        t.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t))
        and not SPEECH_VERBS.isdisjoint(lemmas(t))
    )


def reported_clause(cue: Token, body: str, start: int, end: int, para: tuple[int, int]) -> tuple[int, int]:
    """A mixed quote ('X said the deal was "a disaster"') is the cue's whole reported clause, its quoted words
    kept marked inside: the span of the cue's complements on the quote's side, when they hold the quote."""
    if cue.lower_ == "according":  # "According to X, the deal was 'a disaster'": the rest of the sentence
        source = cue_subject(cue)
        phrase = [cue, *(speaker_tokens(source) if source is not None else list(cue.subtree)[1:])]
        after = start > phrase[-1].idx
        lo = _end(phrase[-1]) if after else cue.sent.start_char
        hi = cue.sent.end_char if after else phrase[0].idx
        return _trim(body, lo, hi, start, end, para)
    side = [c for c in children(cue) if (c.i > cue.i) == (start > cue.idx)]
    parts = [
        c
        for c in side
        if c.dep_ in _CONTENT_DEPS
        or (c.dep_ == "acl" and cue.tag_.startswith("NN"))  # "claim that ...": the clause
        or (c.dep_ == "advcl" and c.left_edge.lower_ == "that")  # 'tweeted that X was ...' parsed as a clause
        or (
            c.dep_ in ("prep", "conj", "dep")  # 'dep': 'said she has one quality: "Steadiness."'
            and c.left_edge.idx <= start < _end(c.right_edge)
            and lemma(c) not in SPEECH_VERBS
        )
    ]
    clauses = [c for c in parts if c.dep_ == "ccomp"]
    if clauses:  # "told reporters he would ...": the clause, not the hearer
        parts = [c for c in parts if c.dep_ == "xcomp" or c.i >= clauses[0].i]
    if not parts:
        return start, end
    lo = min(c.left_edge.idx for c in parts)
    if start > cue.idx:
        lo = max(lo, _end(cue))
    hi = max(_end(c.right_edge) for c in parts)
    if any(c.dep_ == "prep" and c.left_edge.idx <= start < _end(c.right_edge) for c in parts):
        hi = _adjuncts_cut(cue.doc, start, end, hi)  # 'called X "a disgrace" on Wednesday': X "a disgrace"
    hi = _next_clause_cut(parts, end, hi)
    return _trim(body, lo, hi, start, end, para)


def _next_clause_cut(parts: Sequence[Token], end: int, hi: int) -> int:
    """Where the reported clause stops after the quotation: a clause joined after it ('was "firmly against"
    the plan and added ...', 'will be "kind" to her, speaking of ...') is the writer's next point."""
    for part in parts:
        for t in part.subtree:
            left = t.left_edge
            if t.idx < end or left.idx < end or left.i == 0 or not t.tag_.startswith("VB"):
                continue
            before = left.nbor(-1)
            joined = (  # '... "against" the plan and added ...'; not '... and that X', still reported
                t.dep_ == "conj" and t.head.idx < end and not any(c.dep_ == "mark" for c in t.lefts)
            )
            participle = t.dep_ == "advcl" and t.tag_ == "VBG" and before.text == ","  # ', engaging in ...'
            if joined or participle:
                hi = min(hi, max(before.idx if before.dep_ == "cc" else left.idx, end))
    return hi


def _adjuncts_cut(doc: Doc, start: int, end: int, hi: int) -> int:
    """Where a cue's 'X as "Y"' complement stops: modifiers the parser hung on the quoted words after the
    closing mark ('called X a "disgrace" Wednesday on a radio show', 'described X as "a broken scheme" during a
    stop in Ashford') are the writer's setting, not what was said. (A reported clause keeps them: 'said she has
    "new ideas" for the last week'.)"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if not span:
        return hi
    after = [
        c.left_edge.idx
        for t in span
        for c in t.rights
        if c.idx >= end and c.dep_ in _ADJUNCT_DEPS and c.left_edge.idx >= end
    ]
    return min([hi, *after])


def _trim(text: str, lo: int, hi: int, start: int, end: int, para: tuple[int, int]) -> tuple[int, int]:
    """The clause lo..hi without edge punctuation, when it holds the quotation and starts in its paragraph; cut
    at the paragraph's end (the parser's sentence ran on past a paragraph break: '... a “strongman approach.”')."""
    hi = min(hi, para[1])
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:—–"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:—–("):
        hi -= 1
    if not (lo <= start < hi) or lo < para[0]:
        return start, end
    if not any(c.isalnum() for c in text[lo:start] + text[end:hi]):
        return start, end  # a direct quote: the clause is the quotation itself
    return lo, max(hi, end)


def _end(token: Token) -> int:
    """The offset just past a token."""
    return token.idx + len(token.text)
