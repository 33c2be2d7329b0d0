"""Who said a quotation, by the rules: the subject of the cue verb beside it (the cue whose clause holds it
first), the subject of an intro ending in a colon, or the named person or body the sentence before it is about."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.nlp import children, lemmas
from storyline.analyze.quotes.cue_subjects import (
    DOC_NOUNS,
    PRONOUNS,
    can_speak,
    cue_subject,
    describe,
    speaker_tokens,
)
from storyline.analyze.quotes.cues import cue_candidates
from storyline.analyze.quotes.mixed_quotes import governs
from storyline.analyze.quotes.pronouns import Speaker, adjacent_phrase
from storyline.analyze.quotes.spans import Run
from storyline.analyze.quotes.speaker_pools import courtesy_title
from storyline.lexicon.sentences import sentence_spans
from storyline.model import Mention


def attribute(
    run: Run, body: str, all_cues, paras, quoted, mentions, max_gap: int
) -> tuple[Speaker | None, Token | None]:
    """Find the cue verb next to the run (same outside-quote sentence) and describe its subject."""
    if run.kind == "block":
        ps, pe = paras[run.cue_para]
        cands = cue_candidates(all_cues, ps, pe)
        cues = [((0, 0), c) for c in cands[-1:]]
    else:
        fs = paras[run.first_para][0]
        if run.first_para > 0 and body[
            paras[run.first_para - 1][0] : paras[run.first_para - 1][1]
        ].rstrip().endswith(":"):
            fs = paras[run.first_para - 1][0]
        le = paras[run.last_para][1]
        cues = []
        for c in cue_candidates(all_cues, fs, le):
            if c.idx >= run.end:
                gap = body[run.end : c.idx]
            elif c.idx < run.start:
                gap = body[c.idx : run.start]
            else:
                continue
            if _purpose_of_thing(c) and not governs(c, run.start):
                continue
            outside = gap
            for s, e in quoted:
                if s >= run.end and e <= c.idx or s >= c.idx and e <= run.start:
                    outside = outside.replace(body[s:e], "")
            # one sentence from quote to cue; a line break in between is layout, not a sentence end
            if len(outside) > max_gap or len(sentence_spans(" ".join(outside.split()))) > 1:
                continue
            # a cue whose clause holds the quotation first, the outermost of them ('X says she liked what she
            # calls "a fair fight"': X says); else the nearest
            rank = (0, _depth(c)) if governs(c, run.start) else (1, len(outside))
            cues.append((rank, c))
        cues.sort(key=lambda x: x[0])
    governing = [c for rank, c in cues if rank[0] == 0 and governs(c, run.start, content_only=True)]
    # the quote's own clause: the innermost cue, passing over a naming clause inside another cue's ('urged
    # voters to read what he called "the facts"': the words are the urging's)
    content = (
        max([c for c in governing if not _names_what(c)] or governing, key=_depth) if governing else None
    )
    outer = _verb_above(content) if content is not None and _names_what(content) else None
    if outer is not None:  # 'X is seeking to contrast it with what they call "..."': X's clause, X's words
        subj = cue_subject(outer, quoted)
        words = speaker_tokens(subj) if subj is not None else []
        if words:
            return describe(_named_before(outer, words, mentions), body, mentions), outer
    for _, cue in cues:
        if _quoted_subject(cue, quoted):  # '"... the practices" that call for ...': the quotation's own verb
            break
        speaker = cue_speaker(cue, body, quoted, mentions)
        if speaker is not None:
            return speaker, content or cue
    return None, None


def _quoted_subject(cue: Token, quoted: Sequence[tuple[int, int]]) -> bool:
    """The cue verb's subject is words inside a quotation: the verb is the quoted phrase's own, no report of it."""
    subj = cue_subject(cue, quoted)
    return subj is not None and any(s <= subj.idx < e for s, e in quoted)


def cue_speaker(
    cue: Token, body: str, quoted: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> Speaker | None:
    """Who a cue verb's subject is: its parsed subject phrase, else the phrase beside it."""
    subj = cue_subject(cue, quoted) or _inverted_object(cue)
    if subj is None:
        words = adjacent_phrase(cue, quoted)
        return describe(words, body, mentions) if words else None
    words = _before_quotation(_after_quotation(speaker_tokens(subj), quoted))
    return describe(_named_before(cue, words, mentions), body, mentions) if words else None


_INVERTED = {"say", "add", "write"}  # report verbs found after their subject: '..., said X', '..., wrote X'


def _inverted_object(cue: Token) -> Token | None:
    """'..., said another witness in the inquiry, former aide Jo Ames': the parse can read the subject after an
    inverted cue as its object; a person or body there (or a phrase a name stands beside) speaks. Only verbs that
    take no hearer as object invert so ('..., told Radio Vale': the hearer)."""
    if cue.i == 0 or cue.doc[cue.i - 1].text != "," or _INVERTED.isdisjoint(lemmas(cue)):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 1), None)
    if obj is None:
        return None
    named = any(c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.tag_ == "NNP") for c in obj.children)
    return obj if can_speak(obj) or named else None


def _after_quotation(words: list[Token], quoted: Sequence[tuple[int, int]]) -> list[Token]:
    """A speaker phrase starts after the quotation its first words lie in: the parse can hang the quotation's
    last words on the subject ('"... a thin film of ice on the rock," chief geologist Jo Ames said':
    chief geologist Jo Ames), and those are the quote's words, not the speaker's."""
    if not words:
        return words
    end = next((e for s, e in quoted if s <= words[0].idx < e), None)
    if end is None:
        return words
    rest = [t for t in words if t.idx >= end]
    while rest and (rest[0].is_punct or rest[0].tag_ in ("``", "''")):
        rest.pop(0)
    return rest


def _before_quotation(words: list[Token]) -> list[Token]:
    """A speaker phrase ends where a quotation it never closes opens ('hailed by commuters as "the best ...':
    commuters), without the preposition left dangling; a closed one stays ('Marcia "Cia" Price')."""
    marks = [i for i, t in enumerate(words) if t.text in ('"', "“", "”")]
    if len(marks) % 2 == 0 or marks[-1] == 0:
        return words
    mark = words[marks[-1]]
    if not (
        mark.text == "“" or (mark.text == '"' and not mark.whitespace_ and words[marks[-1] - 1].whitespace_)
    ):
        return words
    words = words[: marks[-1]]
    while words and (words[-1].is_punct or words[-1].tag_ in ("IN", "CC")):
        words.pop()
    return words


def sentence_before(doc: Doc, body: str, run: Run, paras, quoted, mentions) -> Speaker | None:
    """'Jo Ames singled out young voters. "They are tired of it."': a quotation standing as its own sentence
    with no cue of its own is the words of the named person or body the sentence before it is about; a
    quotation opening its paragraph, of the one the last sentence of the paragraph before is about. A sentence
    that issues a document ('... afterwards her office released a statement.') gives the issuer instead."""
    ps, _ = paras[run.first_para]
    before = body[ps : run.start].rstrip(" \"“'‘")
    if not before and run.first_para > 0:  # the quotation opens its paragraph: the last one's last sentence
        ps, pe = paras[run.first_para - 1]
        before = body[ps:pe].rstrip()
    if not before or before[-1] not in ".!?":
        return None
    span = doc.char_span(len(before) + ps - 1, len(before) + ps, alignment_mode="expand")
    if not span or any(s <= span[0].idx < e for s, e in quoted):
        return None  # the sentence before is itself a quotation
    sent = span[0].sent
    root = sent.root
    if root.idx < ps:  # the parse ran the sentence on over the paragraph break: this paragraph's own verb
        verbs = [
            t for t in doc[max(sent.start, span[0].i - 200) : span[0].i] if t.idx >= ps and t.head.idx < ps
        ]
        root = verbs[0] if verbs else root
    # '... afterwards her office released a statement.' then the statement: its issuer speaks
    issued = [
        t
        for t in sent
        if t.idx >= ps
        and t.tag_.startswith("VB")
        and any(c.dep_ == "dobj" and c.lower_ in DOC_NOUNS for c in children(t))
    ]
    issuer = cue_subject(issued[-1], quoted) if issued else None
    if issuer is not None and issuer.lower_ not in PRONOUNS and issuer.tag_.startswith("NN"):
        subj = issuer
    else:
        subj = next((c for c in children(root) if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in PRONOUNS or subj.ent_type_ not in ("PERSON", "ORG"):
            return None
    words = speaker_tokens(subj)
    return describe(words, body, mentions) if words and words[0].idx >= ps else None


def colon_intro(doc: Doc, body: str, run: Run, paras, quoted, mentions) -> Speaker | None:
    """'Sanders made the following comment:' and then the quotation, in the next paragraph or right after the
    colon ('Jo Ames is rolling out a new message: "It's about me."'): the intro's subject speaks."""
    ps, _ = paras[run.first_para]
    before = body[ps : run.start].rstrip(" \"“'‘")
    if before.endswith(":"):
        at = ps + len(before) - 1
    elif run.first_para == 0 or run.start > ps + 1:
        return None
    else:
        at = paras[run.first_para - 1][1] - 1
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if not colon or colon[0].text != ":":
        return None
    root = colon[0].sent.root
    if root.i > colon[0].i:  # the parse ran the intro on into the quotation: the intro's own top verb
        verbs = [
            t for t in colon[0].sent if t.i < colon[0].i and t.tag_.startswith("VB") and t.head.i > colon[0].i
        ]
        root = verbs[0] if verbs else root
    subj = cue_subject(root, quoted)
    words = speaker_tokens(subj) if subj is not None and subj.lower_ not in PRONOUNS else []
    return describe(words, body, mentions) if words else None


def _purpose_of_thing(t: Token) -> bool:
    """'during a teleconference to announce their merger': an infinitive on a thing that cannot speak names no
    speaker for a quotation outside its clause (the phrase beside it would be the thing): the quotation after it
    goes on with who spoke before. One that holds the quotation ('to call an "extraordinary assembly"') stays."""
    return t.tag_ == "VB" and t.dep_ == "acl" and t.head.tag_.startswith("NN") and not can_speak(t.head)


def _named_before(cue: Token, words: list[Token], mentions: Sequence[Mention]) -> list[Token]:
    """Repair a misparsed subject: a name ending right before the cue verb wins over a nameless subject."""
    lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
    if any(lo <= m.start < hi and m.label in ("PERSON", "ORG", "ROLE") for m in mentions):
        return words
    k = cue.i - 1
    while k >= 0 and cue.doc[k].dep_ in ("aux", "advmod", "neg", "auxpass"):
        k -= 1
    if k < 0:
        return words
    end = cue.doc[k].idx + len(cue.doc[k].text)
    for m in mentions:
        if m.end == end and m.label in ("PERSON", "ORG"):
            span = cue.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span:  # None, or empty when the offsets cover only whitespace
                left = span[0].i
                if left > 0 and courtesy_title(cue.doc[left - 1]):
                    left -= 1
                return list(cue.doc[left : span[-1].i + 1])
    return words


def _names_what(cue: Token) -> bool:
    """A free relative 'what X called Y' / 'what she calls "..."': it names a thing inside a clause, it does
    not report one."""
    return any(c.lower_ == "what" and c.dep_ in ("dobj", "oprd") for c in children(cue)) and any(
        c.dep_ == "nsubj" for c in children(cue)
    )


def _verb_above(t: Token) -> Token | None:
    """The nearest verb that holds a token's clause, in its sentence."""
    node = t
    while node.head.i != node.i:
        node = node.head
        if node.tag_.startswith("VB"):
            return node
    return None


def _depth(t: Token) -> int:
    """Steps from a token up to its sentence's root."""
    n = 0
    while t.head.i != t.i and n < 40:
        t, n = t.head, n + 1
    return n
