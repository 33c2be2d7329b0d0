"""Direct quotes with their speakers: the cue verb next to a quotation (analyze.quotes.cues), its subject and who
that subject is (analyze.quotes.cue_subjects), the quoted words' bounds, and the cue a quotation takes.

Handles "X said:" blocks, continuations across paragraphs, "she added" (previous speaker), anonymous sources
with their affiliation, spokespeople with their organisation, and reports as speakers.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.gender import FEMALE_NOUNS, MALE_NOUNS
from storyline.analyze.nlp import children, lemma, lemmas, sentence_of, tokens
from storyline.analyze.quotes import ranker
from storyline.analyze.quotes.cue_subjects import (
    DOC_NOUNS,
    PEOPLE_PLURALS,
    PRONOUNS,
    SPOKES_NOUNS,
    can_speak,
    cue_subject,
    describe,
    speaker_tokens,
    unbroken,
)
from storyline.analyze.quotes.cues import all_cues, cue_candidates
from storyline.analyze.quotes.pronouns import (
    BODY_NOUNS,
    PERSON_NOUNS,
    Speaker,
    adjacent_phrase,
    resolve_pronoun,
)
from storyline.analyze.quotes.ranker import Candidate, best
from storyline.analyze.quotes.spans import Run, double_runs, said_blocks, single_runs
from storyline.lexicon import titles
from storyline.lexicon.plurals import singular
from storyline.lexicon.sentences import sentence_spans
from storyline.lexicon.speech import SPEECH_VERBS
from storyline.lexicon.titles import COURTESY_TITLES
from storyline.model import Mention, Quote
from storyline.settings import DEFAULTS, AnalyzeSettings

# a noun for a person in apposition with a name (_role_noun)
_ROLE_NOUNS = PERSON_NOUNS | SPOKES_NOUNS | MALE_NOUNS | FEMALE_NOUNS
Chooser = Callable[[Speaker | None, Callable[[], list[Candidate]]], Speaker | None]
_DASH_CREDIT = re.compile(r"[\"”’']?[.,]?\s*[―—–-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}?)\.?\s*$")
# a quoted name of a show, book or slogan ("Morning Joe", "Contract with America"), not words someone said
_TITLE = re.compile(
    r"^(?:The |A )?[A-Z0-9][\w'’-]*(?: (?:of|and|with|the|for|in|on|to|a)?\s?[A-Z0-9][\w'’-]*){0,5}[.!]?$"
)
_ADJUNCT_DEPS = frozenset(("prep", "npadvmod", "appos", "advcl", "acl", "relcl"))
_CONTENT_DEPS = frozenset(("ccomp", "dobj", "xcomp", "oprd", "attr", "dative", "parataxis"))
# A transcript's speaker label opening a quotation run: "SANDERS: ...", "MR. SMITH: ..." ("NAME: words").
_LABEL = re.compile(r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\s+")


def _is_title(token: Token) -> bool:
    """A capitalised courtesy title ("Mr", "Dr.") right before a name."""
    return token.text[:1].isupper() and token.text.rstrip(".").lower() in COURTESY_TITLES


def _tokens_in(doc: Doc, starts: list[int], lo: int, hi: int) -> list[Token]:
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    return tokens(doc)[i:j]


def _purpose_of_thing(t: Token) -> bool:
    """'during a teleconference to announce their merger': an infinitive on a thing that cannot speak names no
    speaker for a quotation outside its clause (the phrase beside it would be the thing): the quotation after it
    goes on with who spoke before. One that holds the quotation ('to call an "extraordinary assembly"') stays."""
    return t.tag_ == "VB" and t.dep_ == "acl" and t.head.tag_.startswith("NN") and not can_speak(t.head)


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (body[start].isspace() or body[start] in "\"“”'‘’"):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in ",;:\"“”'‘’"):
        end -= 1
    return start, end


def speaker_pools(
    body: str, doc: Doc, paras: list[tuple[int, int]], mentions: Sequence[Mention], max_paras: int
) -> tuple[list[Run], list[tuple[int, int]], list[Token], list[Speaker], list[Speaker]]:
    """The quotations (runs and their pieces) and the article's possible speakers: cue verbs outside
    quotations, their named subjects (speech events) and named subjects of any verb (antecedents)."""
    starts = [t.idx for t in tokens(doc)]
    runs = double_runs(body, paras)
    blocks = _blocks(body, paras, [p for r in runs for p in r.pieces], mentions, max_paras)
    runs += [r for r in single_runs(body, paras, runs) if not any(b.start <= r.start < b.end for b in blocks)]
    runs += blocks
    runs.sort(key=lambda r: r.start)
    quoted = [p for r in runs for p in r.pieces]
    cues = all_cues(doc, quoted)
    events = _speech_events(cues, body, quoted, mentions)
    subjects = _named_subjects(doc, starts, body, quoted, mentions)
    return runs, quoted, cues, events, subjects


def find_quotes(
    article_id: str,
    body: str,
    doc: Doc,
    paras: list[tuple[int, int]],
    mentions: Sequence[Mention],
    known: dict[str, str],
    settings: AnalyzeSettings = DEFAULTS.analyze,
    choose: Chooser | None = None,
) -> list[Quote]:
    """Quotes of one article, in text order, each with its speaker (or None), anonymity and affiliation. The
    rules propose a speaker; ``choose(it, candidates)`` decides (default ranker.best).
    ``known``: the article's genders (pronouns.genders), worked out once for quotes and events."""
    choose = choose or functools.partial(best, fill=settings.quote_speaker_fill)
    min_unattributed_words = settings.min_unattributed_quote_words
    max_block_paragraphs = settings.max_said_block_paragraphs
    runs, quoted, cues, events, subjects = speaker_pools(body, doc, paras, mentions, max_block_paragraphs)
    article = functools.cache(  # read only when a quote needs the ranker
        lambda: ranker.Article.of(doc, body, paras, mentions, events, subjects, known, quoted)
    )

    def gather(start: int, end: int, rule, origin, pronoun, previous) -> list[Candidate]:
        return ranker.candidates(
            article(), start, end, rule, origin, pronoun, previous, settings.pronoun_reach
        )

    quotes: list[Quote] = []
    prev_speaker: Speaker | None = None
    prev_last_para = -9
    taken_to = 0
    last_cue: int | None = None
    for run in runs:
        if run.start < taken_to:
            continue  # a quoted fragment inside the previous quote's reported clause
        speaker, cue = _attribute(run, body, cues, paras, quoted, mentions, settings.max_cue_gap)
        said_by = speaker
        origin = "cue" if speaker is not None else None
        if speaker is None and run.kind == "marks":
            speaker = _colon_intro(doc, body, run, paras, quoted, mentions)
            origin = "colon" if speaker is not None else None
        credit = _DASH_CREDIT.match(body, run.end, paras[run.last_para][1]) or _paragraph_credit(
            body, run, paras
        )
        if speaker is None and credit and run.kind == "marks":  # '"Words." ― Jane Doe' (reader-comment lists)
            speaker, origin = Speaker(credit.group(1), credit.start(1), credit.end(1)), "credit"
        label = _LABEL.match(body, run.start)
        if speaker is None and label:  # transcript style: "NAME: words"
            speaker, origin = Speaker(label.group(1), label.start(1), label.end(1)), "credit"
            run.start = label.end()
        if speaker is None and run.kind != "single" and run.first_para == prev_last_para + 1:
            ps = paras[run.first_para][0]
            if body[ps] in "\"“'‘" or run.kind == "block":
                speaker, origin = prev_speaker, "previous"  # continuing the previous speaker's paragraph
        if speaker is None and run.kind != "single" and run.first_para == prev_last_para:
            speaker, origin = prev_speaker, "previous"  # '"A," said X. "B."': B is X's too
        if speaker is None and run.kind == "marks":
            speaker = _sentence_before(doc, body, run, paras, quoted, mentions)
            origin = "sentence_before" if speaker is not None else None
        pronoun = speaker if speaker is not None and speaker.pronoun else None
        if pronoun is not None:
            origin = "pronoun"
            speaker = resolve_pronoun(
                speaker,
                events,
                subjects,
                prev_speaker,
                mentions,
                known,
                settings.quote_speaker_reach,
                settings.pronoun_reach,
                settings.narrated_subject_reach,
            )
        if speaker is not None and speaker.anonymous and speaker.affiliation is None:
            earlier = [
                e for e in events if e.anonymous and e.end <= speaker.start and e.start != speaker.start
            ]
            if prev_speaker is not None and prev_speaker.anonymous and prev_speaker.end <= speaker.start:
                earlier.append(prev_speaker)
            if earlier and speaker.text.lower().startswith("the "):  # "the source": the one named before
                src = max(earlier, key=lambda e: e.start)
                speaker = Speaker(
                    speaker.text, speaker.start, speaker.end, True, src.affiliation, head=speaker.head
                )
        start, end = _strip(body, run.start, run.end)
        if (
            cue is not None
            and run.kind == "marks"
            and (cue.lower_ == "according" or _governs(cue, run.start))
        ):
            clause = _content(cue, body, start, end, paras[run.first_para])
            if said_by is None or not clause[0] <= said_by.start < clause[1]:  # the speaker is not content
                start, end = clause
            taken_to = end
        text = body[start:end]
        if not text or (speaker is None and len(text.split()) < min_unattributed_words) or _TITLE.match(text):
            continue
        speaker = choose(
            speaker,
            functools.partial(gather, start, end, speaker, origin, pronoun, prev_speaker),
        )
        last = quotes[-1] if quotes else None
        if (
            last is not None
            and speaker is not None
            and (cue is None or cue.i == last_cue)
            and (last.speaker_start, last.speaker_end) == (speaker.start, speaker.end)
            and run.first_para == prev_last_para
            and "\n" not in body[last.end : start]
        ):  # '"A," X said. "B."': one statement in pieces, one quote
            if start < last.end:  # this piece's clause already holds the last piece: it replaces it
                if last.text == body[last.start : last.end]:  # one stretch of text: keep it whole
                    start = min(start, last.start)
                    text = body[start:end]
                quotes[-1] = dataclasses.replace(last, start=start, end=end, text=text)
            else:
                quotes[-1] = dataclasses.replace(last, end=end, text=f"{last.text} … {text}")
            # the statement goes on to here: a quote next is still its speaker's
            prev_last_para = run.last_para
            continue
        quotes.append(
            Quote(
                article_id,
                start,
                end,
                text,
                speaker.text if speaker else None,
                anonymous=speaker.anonymous if speaker else False,
                affiliation=speaker.affiliation if speaker else None,
                speaker_start=speaker.start if speaker else None,
                speaker_end=speaker.end if speaker else None,
            )
        )
        last_cue = cue.i if cue is not None else None
        if speaker is not None:
            prev_speaker = speaker
            prev_last_para = run.last_para
        else:
            prev_last_para = -9
    return quotes


def _paragraph_credit(body: str, run: Run, paras: list[tuple[int, int]]) -> re.Match[str] | None:
    """A paragraph that opens with this quotation and ends '...” ― Name' credits it, even when a quotation
    nested inside split the run ('“... what he calls “hell” than ...” ― Name')."""
    ps, pe = paras[run.last_para]
    if run.first_para != run.last_para or run.start > ps + 1:
        return None
    close = max(body.rfind("”", run.end, pe), body.rfind('"', run.end, pe))
    return _DASH_CREDIT.match(body, close, pe) if close >= 0 else None


def _blocks(
    body: str,
    paras: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
    mentions: Sequence[Mention],
    max_paras: int,
) -> list[Run]:
    """'X said:' blocks; the speaker's surname stops the block (narration has resumed)."""
    out = []
    for run in said_blocks(body, paras, max_paras, []):
        cue_para = paras[run.cue_para]
        names = [m for m in mentions if m.label == "PERSON" and cue_para[0] <= m.start < cue_para[1]]
        stops = [names[-1].text.split()[-1]] if names else []
        if stops:
            (redo,) = [
                r for r in said_blocks(body, paras, max_paras, stops) if r.cue_para == run.cue_para
            ] or [run]
            run = redo
        if not any(s < run.end and run.start < e for s, e in quoted):
            out.append(run)
    return out


def _attribute(
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
            if _purpose_of_thing(c) and not _governs(c, run.start):
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
            rank = (0, _depth(c)) if _governs(c, run.start) else (1, len(outside))
            cues.append((rank, c))
        cues.sort(key=lambda x: x[0])
    governing = [c for rank, c in cues if rank[0] == 0 and _governs(c, run.start, content_only=True)]
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
        speaker = cue_speaker(cue, body, quoted, mentions)
        if speaker is not None:
            return speaker, content or cue
    return None, None


def cue_speaker(
    cue: Token, body: str, quoted: Sequence[tuple[int, int]], mentions: Sequence[Mention]
) -> Speaker | None:
    """Who a cue verb's subject is: its parsed subject phrase, else the phrase beside it."""
    subj = cue_subject(cue, quoted)
    if subj is None:
        words = adjacent_phrase(cue, quoted)
        return describe(words, body, mentions) if words else None
    words = _before_quotation(speaker_tokens(subj))
    return describe(_named_before(cue, words, mentions), body, mentions) if words else None


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


def _sentence_before(doc: Doc, body: str, run: Run, paras, quoted, mentions) -> Speaker | None:
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


def _colon_intro(doc: Doc, body: str, run: Run, paras, quoted, mentions) -> Speaker | None:
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


def _content(cue: Token, body: str, start: int, end: int, para: tuple[int, int]) -> tuple[int, int]:
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
    return token.idx + len(token.text)


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
                if left > 0 and _is_title(cue.doc[left - 1]):
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


def _governs(cue: Token, pos: int, content_only: bool = False) -> bool:
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


def _who_does(t: Token) -> bool:
    """'an interview with Smith, who praised the choice': the person a 'who' clause makes its subject."""
    return any(
        c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ == "WP" for g in children(c))
        for c in children(t)
    )


def _speech_events(cues, body, quoted, mentions) -> list[Speaker]:
    """Every named (non-pronoun) subject of a speech verb outside quotes, in text order."""
    out, at = [], {c.i for c in cues}
    for cue in cues:
        subj = cue_subject(cue, quoted)
        if subj is None or subj.lower_ in PRONOUNS or any(s <= subj.idx < e for s, e in quoted):
            continue
        words = speaker_tokens(subj)
        if words:
            found = describe(words, body, mentions)
            out.append(dataclasses.replace(found, reported=_reported(cue, at), role=_role_noun(subj)))
    return out


def _role_noun(name: Token) -> str:
    """'Jo Ames, spokesman for the army, said', 'A professor of law, Jo Ames, said': the noun for a person in
    apposition with a proper name ('' when none), which makes the name a person whatever NER took it for."""
    if name.tag_ not in ("NNP", "NNPS"):
        return ""
    nouns = [c for c in children(name) if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    return next((n.lower_ for n in nouns if n.lower_ in _ROLE_NOUNS), "")


def _reported(cue: Token, cues: set[int]) -> bool:
    """'X said Monday that Y has long called for ...': a cue inside another cue's reported clause."""
    node = cue
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.i in cues:
            return True
        node = node.head
    return False


def _main_subject(t: Token) -> bool:
    """The subject of its sentence's main verb."""
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"


def _a_person(t: Token) -> bool:
    """A noun for a person ('friend', 'lawyers'): "Jo Ames's friend took the stand" is about the friend."""
    return singular(t.lower_) in titles.PERSON_NOUNS


def _named_subjects(doc: Doc, starts: list[int], body: str, quoted, mentions) -> list[Speaker]:
    """Named people and organisations that are the subject of some verb outside quotes: antecedents for
    he/she (people) and it/they (organisations); narrated when the verb is its sentence's main verb and the
    sentence holds no quotation (the narration introducing someone, not a topic inside what was said)."""
    out = []
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "NORP") or any(s <= m.start < e for s, e in quoted):
            continue
        toks = _tokens_in(doc, starts, m.start, m.end)
        subj = [t for t in toks if t.dep_ in ("nsubj", "nsubjpass") or _who_does(t)]
        if not subj and m.label == "PERSON":  # "Jo Ames's record has been mixed.": Ames is what it is about
            subj = [
                t.head for t in toks if t.dep_ == "poss" and _main_subject(t.head) and not _a_person(t.head)
            ]
        if not subj and m.label == "PERSON":  # "One of the critics is Jo Ames.": named by a copula
            subj = [t for t in toks if t.dep_ == "attr" and lemma(t.head) == "be"]
        # 'A professor of law, Jo Ames, did not ...': the name in apposition with a subject that names a person
        role = [t for t in toks if t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")]
        if not subj and role and _role_noun(role[0]):
            subj = [role[0].head]
        if subj:
            first = toks[0].i if toks else 0
            doc_tokens = tokens(doc)
            while first > 0 and (
                _is_title(doc_tokens[first - 1])
                or (doc_tokens[first - 1].dep_ == "compound" and doc_tokens[first - 1].head in toks)
            ):  # "Mr.", "Mayor", "port director": the title is part of who they are
                first -= 1
            start = min(m.start, doc_tokens[first].idx)
            if "\n" in body[start : m.end]:
                start = body.rindex("\n", start, m.end) + 1
            sent = sentence_of(subj[0])
            narrated = (
                subj[0].dep_ in ("nsubj", "nsubjpass", "attr")  # not the 'who' clause's person
                and subj[0].head.dep_ == "ROOT"
            ) and not any(sent.start_char < e and s < sent.end_char for s, e in quoted)
            noun = next(filter(None, map(_role_noun, toks)), "")
            head = m.text.split()[-1].lower()
            out.append(Speaker(body[start : m.end], start, m.end, head=head, narrated=narrated, role=noun))
    # "Critics of the plan wrote ...", "My mother has ...": people the parse names by a noun
    for t in tokens(doc):
        if t.dep_ == "nsubj" and not t.ent_type_ and not any(s <= t.idx < e for s, e in quoted):
            plural = t.tag_ == "NNS" and t.lower_ in PEOPLE_PLURALS
            body_noun = t.tag_ == "NN" and t.lower_ in BODY_NOUNS  # "Jo Ames's campaign is ...": an 'it'
            if plural or body_noun or (t.tag_ == "NN" and t.lower_ in MALE_NOUNS | FEMALE_NOUNS):
                words = speaker_tokens(t)
                if words and unbroken(words[0], words[-1]):
                    found = describe(words, body, mentions)
                    out.append(dataclasses.replace(found, plural=plural))
    return sorted(out, key=lambda c: c.start)
