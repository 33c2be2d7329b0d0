"""A learned second opinion on who said a quote: the rules' speaker competes with the other people and bodies
near the quotation (names in its sentence and the one before, the previous quote's speaker, the paragraph's
first person, a pronoun's other possible antecedents), scored by a small logistic model on features that do not
depend on one outlet's style (syntactic role, distance, entity type, salience, agreement).

Fitted and cross-validated by eval/train_quote_speakers.py. The rules' speaker stands (the model overriding it
lost under cross-validation); the model names a speaker when the rules found none.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from storyline.analyze.nlp import sentences
from storyline.analyze.quotes.pronouns import Speaker, compatible
from storyline.extract.linear import LinearModel, load_linear
from storyline.lexicon.titles import PERSONAL_TITLES
from storyline.model import Mention

_MODEL_PATH = Path(__file__).with_name("speaker_ranker.json")

# how the rules found their speaker (find_quotes' origin names)
ORIGINS = ("cue", "pronoun", "previous", "credit", "sentence_before", "colon")
FEATURES = (
    "rule",
    *(f"rule_{o}" for o in ORIGINS),
    "none_by_rule",
    "previous_speaker",
    "speech_subject",
    "subject",
    "person",
    "org",
    "group",
    "nominal",
    "titled",
    "same_sentence",
    "sentence_before",
    "same_paragraph",
    "after_quote",
    "log_distance",
    "salience",
    "paragraph_first",
    "pronoun_quote",
    "agrees",
    "words",
    "antecedent_rank",
    # pairs a linear model cannot form itself
    "speech_subject_same_sentence",
    "speech_subject_sentence_before",
    "subject_same_sentence",
    "after_quote_same_sentence",
    "pronoun_quote_previous_speaker",
    "pronoun_quote_agrees",
    "pronoun_quote_person",
)


@dataclass(frozen=True)
class Article:
    """What the ranker reads once per article."""

    body: str
    paras: Sequence[tuple[int, int]]
    mentions: Sequence[Mention]
    events: Sequence[Speaker]  # named subjects of speech verbs
    subjects: Sequence[Speaker]  # named subjects of any verb
    known: dict[str, str]  # name -> gender
    quoted: Sequence[tuple[int, int]]
    sent_starts: Sequence[int]
    heads: Counter[str]  # how often each name word is mentioned: salience

    @classmethod
    def of(cls, doc: Doc, body, paras, mentions, events, subjects, known, quoted) -> Article:
        heads = Counter(_head(m.text) for m in mentions if m.label in ("PERSON", "ORG", "NORP"))
        starts = [s.start_char for s in sentences(doc)]
        return cls(body, paras, mentions, events, subjects, known, quoted, starts, heads)


@dataclass(frozen=True)
class Candidate:
    speaker: Speaker
    features: tuple[float, ...]
    quote: tuple[int, int]  # the span of the quote it may have said


def _head(text: str) -> str:
    words = [w for w in re.findall(r"[\w'’-]+", text) if w.lower().rstrip(".") not in PERSONAL_TITLES]
    return re.sub(r"['’]s$", "", words[-1]).lower() if words else ""


def _para(art: Article, pos: int) -> int:
    return max(0, bisect.bisect_right([s for s, _ in art.paras], pos) - 1)


def candidates(
    art: Article,
    start: int,
    end: int,
    rule: Speaker | None,
    origin: str | None,
    pronoun: Speaker | None,
    previous: Speaker | None,
    reach: int,
) -> list[Candidate]:
    """The rules' speaker first (when any), then every other person or body that could have said the quote
    at start..end; ``pronoun`` is the unresolved he/she/they the cue's subject was, if it was one."""
    pool: list[Speaker] = [rule] if rule is not None else []
    quote_sent = bisect.bisect_right(art.sent_starts, start) - 1
    lo = art.sent_starts[max(0, quote_sent - 1)]
    para = _para(art, start)
    ps, pe = art.paras[para]
    in_quote = lambda at: any(s <= at < e for s, e in art.quoted)  # noqa: E731
    for m in art.mentions:
        if m.label in ("PERSON", "ORG", "NORP") and lo <= m.start < max(end, pe) and not in_quote(m.start):
            if m.start < pe or m.start < end + 200:
                pool.append(_named_as(m, art))
    if previous is not None:
        pool.append(previous)
    first = next(
        (m for m in art.mentions if m.label == "PERSON" and ps <= m.start < pe and not in_quote(m.start)),
        None,
    )
    if first is not None:
        pool.append(_named_as(first, art))
    word = pronoun.text.lower() if pronoun is not None else None
    if pronoun is not None:
        earlier = [
            c
            for c in [*art.events, *art.subjects]
            if c.end <= pronoun.start
            and pronoun.start - c.end < reach
            and compatible(word, c, art.mentions, art.known)
        ]
        earlier = sorted(earlier, key=lambda c: -c.end)[:4]
        pool += earlier
    else:
        earlier = []
    out, seen = [], []
    for s in pool:
        if any(s.start < b and a < s.end for a, b in seen):
            continue  # one candidate per stretch of text: the first (the rules' own) phrase wins
        if word is not None and s is not rule and not compatible(word, s, art.mentions, art.known):
            continue  # 'it said' is no person, 'she said' no man
        seen.append((s.start, s.end))
        out.append(
            Candidate(
                s, _features(art, s, start, end, rule, origin, word, previous, first, earlier), (start, end)
            )
        )
    return out


def _named_as(m: Mention, art: Article) -> Speaker:
    """A mention as a speaker; the subject phrase holding it when there is one (it keeps the title)."""
    for s in [*art.events, *art.subjects]:
        if s.start <= m.start < s.end:
            return s
    return Speaker(m.text, m.start, m.end, head=_head(m.text))


def _features(
    art: Article,
    s: Speaker,
    start: int,
    end: int,
    rule: Speaker | None,
    origin: str | None,
    word: str | None,
    previous: Speaker | None,
    first: Mention | None,
    antecedents: Sequence[Speaker],
) -> tuple[float, ...]:
    is_rule = rule is not None and (s.start, s.end) == (rule.start, rule.end)
    kinds = {m.label for m in art.mentions if s.start <= m.start < s.end}
    words = re.findall(r"[\w'’-]+", s.text)
    quote_sent = bisect.bisect_right(art.sent_starts, start) - 1
    its_sent = bisect.bisect_right(art.sent_starts, s.start) - 1
    distance = s.start - end if s.start >= end else start - s.end
    spans = lambda pool: any((c.start, c.end) == (s.start, s.end) for c in pool)  # noqa: E731
    rank = next((i for i, c in enumerate(antecedents) if (c.start, c.end) == (s.start, s.end)), 4)
    same, before = float(its_sent == quote_sent), float(its_sent == quote_sent - 1)
    speech, subject, after = float(spans(art.events)), float(spans(art.subjects)), float(s.start >= end)
    prev, pron = (
        float(previous is not None and _head(previous.text) == _head(s.text)),
        float(word is not None),
    )
    agrees = float(word is None or compatible(word, s, art.mentions, art.known))
    return (
        float(is_rule),
        *(float(is_rule and origin == o) for o in ORIGINS),
        float(rule is None),
        prev,
        speech,
        subject,
        float("PERSON" in kinds),
        float("ORG" in kinds),
        float("NORP" in kinds or s.plural),
        float(not kinds),
        float(any(w.lower().rstrip(".") in PERSONAL_TITLES for w in words)),
        same,
        before,
        float(_para(art, s.start) == _para(art, start)),
        after,
        math.log1p(max(0, distance)),
        math.log1p(art.heads[_head(s.text)]),
        float(first is not None and s.start <= first.start < s.end),
        pron,
        agrees,
        float(min(len(words), 8)),
        float(rank),
        speech * same,
        speech * before,
        subject * same,
        after * same,
        pron * prev,
        pron * agrees,
        pron * float("PERSON" in kinds),
    )


@cache
def _model() -> LinearModel | None:
    return load_linear(
        _MODEL_PATH, FEATURES
    )  # None without weights for these features: eval/train_quote_speakers.py


def best(
    rule: Speaker | None,
    cands: Callable[[], Sequence[Candidate]],
    fill: float,
    model: LinearModel | None = None,
) -> Speaker | None:
    """The rules' speaker when they found one: under cross-validation on PolNeAR dev the model overriding them
    lost (eval/train_quote_speakers.py). When they found nobody, the candidate the model rates highest, if its
    probability of being right reaches ``fill``. Candidates are only gathered then (they cost CPU)."""
    if rule is not None:
        return rule
    model = model or _model()
    found = cands() if model is not None else ()
    if not found:
        return None
    top = max(found, key=lambda c: model.logit(c.features))
    return top.speaker if model.probability(top.features) >= fill else None
