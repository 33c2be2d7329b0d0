"""The possible speakers of an article's quotes: the quotations themselves (double-marked runs, single-marked
ones, "X said:" blocks), the named subjects of speech verbs outside them (speech events), and the named subjects
of any verb (antecedents for "he", "she", "it", "they")."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from storyline.analyze.gender import FEMALE_NOUNS, MALE_NOUNS
from storyline.analyze.nlp import children, lemma, sentence_of, tokens
from storyline.analyze.quotes.cue_subjects import (
    PEOPLE_PLURALS,
    PRONOUNS,
    SPOKES_NOUNS,
    cue_subject,
    describe,
    speaker_tokens,
    unbroken,
)
from storyline.analyze.quotes.cues import all_cues
from storyline.analyze.quotes.pronouns import BODY_NOUNS, PERSON_NOUNS, Speaker
from storyline.analyze.quotes.spans import Run, double_runs, said_blocks, single_runs
from storyline.lexicon import titles
from storyline.lexicon.plurals import singular
from storyline.lexicon.titles import COURTESY_TITLES
from storyline.model import Mention

# a noun for a person in apposition with a name (_role_noun)
_ROLE_NOUNS = PERSON_NOUNS | SPOKES_NOUNS | MALE_NOUNS | FEMALE_NOUNS


def with_untagged_names(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions plus each untagged proper noun that is a one-word name NER tagged a person elsewhere in
    the article: the small model may tag 'Vane' PERSON once and leave its next sixteen occurrences untagged, so a
    he/she after a sentence opening with the bare 'Vane' found no person there. Full names' surnames are already mentions
    (analyze.per_article); a one-word name counts only when NER never gave it another label in the article."""
    other = {m.text for m in mentions if m.label != "PERSON"}
    names = {
        m.text
        for m in mentions
        if m.label == "PERSON" and " " not in m.text and m.text[:1].isupper() and not m.text.isupper()
    } - other
    if not names:
        return list(mentions)
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    extra = []
    for t in tokens(doc):
        if t.text in names and t.tag_ == "NNP" and not t.ent_type_:
            i = bisect.bisect_right(starts, t.idx)
            if i == 0 or spans[i - 1][1] <= t.idx:  # no mention holds it
                extra.append(Mention(mentions[0].article_id, t.idx, t.idx + len(t.text), t.text, "PERSON"))
    return sorted([*mentions, *extra], key=lambda m: (m.start, m.end))


def courtesy_title(token: Token) -> bool:
    """A capitalised courtesy title ("Mr", "Dr.") right before a name."""
    return token.text[:1].isupper() and token.text.rstrip(".").lower() in COURTESY_TITLES


def _tokens_in(doc: Doc, starts: list[int], lo: int, hi: int) -> list[Token]:
    """The tokens starting in lo..hi, found by bisecting ``starts`` (every token's offset)."""
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    return tokens(doc)[i:j]


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
                courtesy_title(doc_tokens[first - 1])
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
