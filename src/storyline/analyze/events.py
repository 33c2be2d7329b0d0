"""Who did what to whom, where and when, from the dependency parse; normalised (lemmas, mention names)
so that two outlets' reports of one event produce the same (subject, verb, object, place) tuple.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import lemma
from storyline.model import DatedMention, Event, Mention

_SKIP_LEMMAS = frozenset({"be", "have", "do", "say", "tell", "add", "seem", "appear", "become", "get"})
_PLACE_PREPS = frozenset({"to", "in", "at", "from", "into", "for", "on"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _mention_at(mentions: Sequence[Mention], token: Token) -> Mention | None:
    for m in mentions:
        if m.start <= token.idx < m.end:
            return m
    return None


def _name(token: Token, mentions: Sequence[Mention]) -> str:
    """The mention covering the head (a role, a name), else a named apposition, else modifiers + head lemma."""
    m = _mention_at(mentions, token)
    if m is not None:
        return m.text
    for child in token.children:
        if child.dep_ == "appos":
            m = _mention_at(mentions, child)
            if m is not None and m.label == "PERSON":
                return m.text
    if token.tag_ in ("NNP", "NNPS"):
        return token.text
    mods = [
        c.text.lower()
        for c in token.lefts
        if c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "JJ", "NN")
    ]
    head = lemma(token) if token.tag_.startswith("NN") else token.lower_
    return " ".join([*mods[-2:], head])


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head is not node:
            node = node.head
        else:
            return None
    return None


def find_events(
    article_id: str,
    doc: Doc,
    mentions: Sequence[Mention],
    dates: Sequence[DatedMention],
    quoted: Sequence[tuple[int, int]],
) -> list[Event]:
    """SVO events outside quotations, with the sentence's dated mention and a place from a prepositional phrase."""
    events = []
    for sent in doc.sents:
        s_start, s_end = sent.start_char, sent.end_char
        sent_dates = [d for d in dates if s_start <= d.start < s_end]
        for verb in sent:
            if not verb.tag_.startswith("VB") or verb.dep_ in ("aux", "auxpass", "amod"):
                continue
            if any(a <= verb.idx < b for a, b in quoted):
                continue
            verb_lemma = lemma(verb)
            if verb_lemma in _SKIP_LEMMAS:
                continue
            subj = _subject(verb)
            if subj is None or subj.lower_ in ("it", "there", "that", "which", "who", "this"):
                continue
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "dative")), None)
            place = None
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                    for pobj in prep.children:
                        m = _mention_at(mentions, pobj)
                        if m is not None and m.label in _PLACE_LABELS:
                            place = m.text
                            break
                        if obj is None and pobj.dep_ == "pobj" and m is not None:
                            obj = pobj
                if place:
                    break
            start = min(subj.left_edge.idx, verb.idx)
            end_tok = max((t for t in (verb, obj) if t is not None), key=lambda t: t.i)
            end = end_tok.right_edge.idx + len(end_tok.right_edge.text)
            events.append(
                Event(
                    article_id,
                    start,
                    max(end, verb.idx + len(verb.text)),
                    _name(subj, mentions),
                    verb_lemma,
                    _name(obj, mentions) if obj is not None else None,
                    sent_dates[0].date if sent_dates else None,
                    place,
                )
            )
    return events
