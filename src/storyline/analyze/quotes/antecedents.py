"""Who 'he said', 'she added', 'they wrote' is: a learned antecedent ranker over the people and bodies named
before the pronoun (its paragraph and the few before), the previous quote's speaker and the rules' own pick
(pronouns.resolve_pronoun), scored by a small logistic model on agreement (gender from analyze/gender.py via the
article's evidence, number), grammatical role, distance, recency among agreeing candidates, salience so far,
the previous speaker and titles. No coreference model ships on PyPI with weights; this one is fitted and
cross-validated on PolNeAR dev by eval/train_quote_speakers.py, which writes antecedent_ranker.json only when
it beats the rules on the same dev folds. It has not (5-fold CV pronoun speakers: rules 0.899, learned 0.848,
learned with the rules' pick as a feature 0.870), so none ships and the rules' antecedent stands.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from storyline.analyze.quotes.pronouns import Speaker, _definite_role, _gender, compatible
from storyline.analyze.quotes.ranker import Article, Candidate, _head, _named_as, _para

__all__ = ["FEATURES", "PRONOUNS", "Candidate", "best", "candidates"]
from storyline.extract.linear import LinearModel, load_linear
from storyline.lexicon.titles import PERSONAL_TITLES

_MODEL_PATH = Path(__file__).with_name("antecedent_ranker.json")
PRONOUNS = frozenset({"he", "she", "they"})
PARAGRAPHS_BACK = 3  # the pronoun's paragraph and the three before it

FEATURES = (
    "rule",
    "previous_speaker",
    "speech_subject",
    "subject",
    "person",
    "org",
    "group",
    "nominal",
    "titled",
    "full_name",
    "gender_known_agrees",
    "gender_unknown",
    "disagrees",
    "same_sentence",
    "log_sentences_back",
    "paragraphs_back",
    "log_distance",
    "recency_agreeing",
    "recency",
    "salience_so_far",
    "they",
    "they_org",
    "they_group",
    "they_person",
    "speech_subject_agrees",
    "previous_speaker_agrees",
    "definite_role",
    "speaker_rank",
    "subject_rank",
    "nearest_speaker",
    "nearest_subject",
)


def candidates(
    art: Article, pron: Speaker, rule: Speaker | None, previous: Speaker | None, reach: int, near: int
) -> list[Candidate]:
    """The rules' pick first (when any), then the previous quote's speaker, then every named person or body and
    every verb subject before the pronoun within ``reach`` characters and PARAGRAPHS_BACK paragraphs. Each is
    ranked by recency among the agreeing ones, among the agreeing speakers within ``near`` characters (speech
    subjects, the previous speaker) and among the agreeing verb subjects."""
    para = _para(art, pron.start)
    lo = max(pron.start - reach, art.paras[max(0, para - PARAGRAPHS_BACK)][0])
    inside = lambda a: any(s <= a < e for s, e in art.quoted)  # noqa: E731
    pool: list[Speaker] = [rule] if rule is not None else []
    if previous is not None and previous.end <= pron.start:
        pool.append(previous)
    pool += [c for c in [*art.events, *art.subjects] if lo <= c.start and c.end <= pron.start]
    pool += [
        _named_as(m, art)
        for m in art.mentions
        if m.label in ("PERSON", "ORG", "NORP")
        and lo <= m.start
        and m.end <= pron.start
        and not inside(m.start)
    ]
    out: list[Speaker] = []
    for s in pool:
        if not any(s.start < o.end and o.start < s.end for o in out):
            out.append(s)  # one candidate per stretch of text: the first (the rules' own) phrase wins
    word = pron.text.lower()
    out = [s for s in out if s is rule or compatible(word, s, art.mentions, art.known)]  # agreement is a rule
    agreeing = sorted((s for s in out if compatible(word, s, art.mentions, art.known)), key=lambda s: -s.end)
    by_end = sorted(out, key=lambda s: -s.end)
    spoke = [*art.events, *([previous] if previous is not None else [])]
    speakers = [_rank_key(c) for c in agreeing if pron.start - c.end < near and _in(c, spoke)]
    subjects = [_rank_key(c) for c in agreeing if _in(c, art.subjects)]
    return [
        Candidate(
            s,
            _features(art, s, pron, word, rule, previous, agreeing, by_end) + _ranks(s, speakers, subjects),
            (pron.start, pron.end),
        )
        for s in out
    ]


def _rank_key(s: Speaker) -> str:
    return _head(s.text)


def _in(s: Speaker, pool: Sequence[Speaker]) -> bool:
    return any((c.start, c.end) == (s.start, s.end) for c in pool)


def _ranks(s: Speaker, speakers: list[str], subjects: list[str]) -> tuple[float, ...]:
    """Recency rank of the candidate's name among agreeing speakers and agreeing subjects (6: not among them)."""
    key = _rank_key(s)
    sp = speakers.index(key) if key in speakers else 6
    su = subjects.index(key) if key in subjects else 6
    return (float(min(sp, 6)), float(min(su, 6)), float(sp == 0), float(su == 0))


def _features(
    art: Article,
    s: Speaker,
    pron: Speaker,
    word: str,
    rule: Speaker | None,
    previous: Speaker | None,
    agreeing: Sequence[Speaker],
    by_end: Sequence[Speaker],
) -> tuple[float, ...]:
    spans = lambda pool: any((c.start, c.end) == (s.start, s.end) for c in pool)  # noqa: E731
    inner = [m for m in art.mentions if s.start <= m.start < s.end]
    kinds = {m.label for m in inner}
    last = inner[-1].label if inner and s.end - inner[-1].end <= 2 else ""  # the phrase's head is a name
    words = re.findall(r"[\w'’-]+", s.text)
    names = [m for m in inner if m.label == "PERSON" and len(m.text.split()) >= 2]
    head = _head(s.text)
    agrees = compatible(word, s, art.mentions, art.known)
    gender = _gender(s, art.mentions, art.known) if word != "they" else None
    sent_p = bisect.bisect_right(art.sent_starts, pron.start) - 1
    sent_s = bisect.bisect_right(art.sent_starts, s.start) - 1
    rank = next((i for i, c in enumerate(agreeing) if c is s), 6)
    person, org = float("PERSON" in kinds), float("ORG" in kinds)
    group = float(last == "NORP" or s.plural)
    speech = float(spans(art.events))
    prev = float(previous is not None and _head(previous.text) == head)
    they = float(word == "they")
    return (
        float(rule is not None and (s.start, s.end) == (rule.start, rule.end)),
        prev,
        speech,
        float(spans(art.subjects)),
        person,
        org,
        group,
        float(not kinds),
        float(any(w.lower().rstrip(".") in PERSONAL_TITLES for w in words)),
        float(bool(names)),
        float(agrees and gender is not None),
        float(agrees and gender is None and word != "they"),
        float(not agrees),
        float(sent_s == sent_p),
        math.log1p(max(0, sent_p - sent_s)),
        float(min(3, _para(art, pron.start) - _para(art, s.start))),
        math.log1p(max(0, pron.start - s.end)),
        float(min(rank, 6)),
        float(min(next(i for i, c in enumerate(by_end) if c is s), 10)),
        math.log1p(sum(1 for m in art.mentions if m.end <= pron.start and _head(m.text) == head)),
        they,
        they * org,
        they * group,
        they * person,
        speech * float(agrees),
        prev * float(agrees),
        float(_definite_role(s, art.mentions)),
    )


@cache
def _model() -> LinearModel | None:
    return load_linear(_MODEL_PATH, FEATURES)  # None without weights for these features: refit in eval/


def best(
    rule: Speaker | None, cands: Callable[[], Sequence[Candidate]], model: LinearModel | None = None
) -> Speaker | None:
    """The candidate the model rates highest; the rules' pick when no model ships or nobody is a candidate."""
    model = model or _model()
    if model is None:
        return rule
    found = cands()
    return max(found, key=lambda c: model.logit(c.features)).speaker if found else rule
