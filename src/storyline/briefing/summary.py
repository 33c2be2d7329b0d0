"""Extractive, cited summary: centroid + MMR (default) or TextRank, chosen by measurement in eval/understand.py."""

from __future__ import annotations

import re

import numpy as np

from storyline.briefing.working_set import Corpus, Unit, word_count
from storyline.model import Claim
from storyline.settings import BriefSettings

_QUOTE_OPENERS = "\"“‘'"
_ANAPHORA = re.compile(r"(He|She|They|It|This|That|These|Those|His|Her|Their)\b")


def candidates(c: Corpus, settings: BriefSettings) -> list[Unit]:
    """Units worth summarising: full sentences, not quote fragments or datelines."""
    out = []
    for u in c.units:
        t = u.text.strip()
        if c.prose[u.members[0]] and word_count(t) <= settings.max_summary_words and not t.endswith(":"):
            out.append(u)
    return out


def _prior(c: Corpus, u: Unit) -> float:
    """Lead sentences, sentences several outlets carry, and reported (not quoted) text score higher."""
    first = c.sentences[u.members[0]]
    position = sum(1 for s in c.sentences if s.article_id == first.article_id and s.start < first.start)
    lead = 1.0 / (1.0 + 0.15 * position)
    quoted = 0.7 if u.text.lstrip()[:1] in _QUOTE_OPENERS else 1.0
    anaphora = 0.6 if _ANAPHORA.match(u.text.lstrip("\"“‘' ")) else 1.0  # "She added" reads badly alone
    return (0.5 + 0.5 * lead) * quoted * anaphora * (1.0 + 0.25 * (len(u.keys) - 1))


def _matrix(c: Corpus, units: list[Unit]) -> np.ndarray:
    return np.array([c.words[u.members[0]] for u in units]) if units else np.zeros((0, 1))


def select_mmr(c: Corpus, units: list[Unit], k: int, lam: float) -> list[Unit]:
    """Greedy MMR around the centroid of all sentences: relevant, then least like what is already chosen."""
    if not units:
        return []
    x = _matrix(c, units)
    centroid = c.words.mean(axis=0)
    norm = np.linalg.norm(centroid) or 1.0
    rel = (x @ centroid) / norm * np.array([_prior(c, u) for u in units])
    return _greedy(x, rel, k, lambda r, red: lam * r - (1 - lam) * red, units)


def select_textrank(c: Corpus, units: list[Unit], k: int, max_sim: float = 0.5) -> list[Unit]:
    """PageRank over the cosine graph (LexRank-style); skip picks too similar to one already chosen."""
    if not units:
        return []
    x = _matrix(c, units)
    sims = x @ x.T
    np.fill_diagonal(sims, 0.0)
    rows = sims.sum(axis=1, keepdims=True)
    trans = np.divide(sims, rows, out=np.full_like(sims, 1.0 / len(units)), where=rows > 0)
    prior = np.array([_prior(c, u) for u in units])
    prior = prior / prior.sum()
    score = np.full(len(units), 1.0 / len(units))
    for _ in range(50):
        score = 0.15 * prior + 0.85 * trans.T @ score
    return _greedy(x, score, k, lambda r, red: r if red < max_sim else -np.inf, units)


def _greedy(x: np.ndarray, rel: np.ndarray, k: int, gain, units: list[Unit]) -> list[Unit]:
    chosen: list[int] = []
    while len(chosen) < min(k, len(units)):
        best, best_gain = -1, -np.inf
        for i in range(len(units)):
            if i in chosen:
                continue
            red = max((float(x[i] @ x[j]) for j in chosen), default=0.0)
            g = gain(float(rel[i]), red)
            if g > best_gain:
                best, best_gain = i, g
        if best < 0 or best_gain == -np.inf:
            break
        chosen.append(best)
    return [units[i] for i in chosen]


def summarize(c: Corpus, settings: BriefSettings, method: str | None = None) -> tuple[Claim, ...]:
    """Pick sentences, then list them in reading order (earliest article first, then position)."""
    units = candidates(c, settings)
    method = method or settings.summary_method
    if method == "textrank":
        picked = select_textrank(c, units, settings.summary_sentences)
    else:
        picked = select_mmr(c, units, settings.summary_sentences, settings.mmr_lambda)
    picked.sort(key=lambda u: u.members[0])
    return tuple(Claim(u.text, u.citations) for u in picked)


def redundancy(c: Corpus, claims: tuple[Claim, ...]) -> float:
    """Max pairwise cosine among chosen sentences (lower is less redundant)."""
    rows = [c.words[_index(c, cl)] for cl in claims]
    best = 0.0
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            best = max(best, float(rows[i] @ rows[j]))
    return best


def coverage(c: Corpus, claims: tuple[Claim, ...]) -> float:
    """Mean over all sentences of their best cosine to a summary sentence: how much of the story it touches."""
    if not claims or not c.sentences:
        return 0.0
    rows = np.array([c.words[_index(c, cl)] for cl in claims])
    return float((c.words @ rows.T).max(axis=1).mean())


def _index(c: Corpus, claim: Claim) -> int:
    first = claim.citations[0]
    for i, s in enumerate(c.sentences):
        if s.article_id == first.article_id and s.start == first.start:
            return i
    raise ValueError("claim not in corpus")
