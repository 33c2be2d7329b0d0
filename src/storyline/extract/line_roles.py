"""A learned role for every line of a copied article: headline, standfirst, byline, dateline, body, caption,
chrome or filler.

A linear-chain CRF (python-crfsuite) over the generic line features of extract/line_features.py tags every line;
a logistic ranker over the candidate features of extract/headline_features.py (and the re-ranker of
extract/headline_rerank.py) gives each line its headline probability. Trained by eval/train_lines.py on real pages
rendered to text (fitting half only) plus the project's own labelled corpus; the model files hold feature weights
only, never page text.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import Any

from storyline.extract.headline_features import headline_candidates
from storyline.extract.headline_rerank import load_reranker, rerank
from storyline.extract.line_features import page_features

ROLES = ("headline", "standfirst", "byline", "dateline", "body", "caption", "chrome", "filler")
MODEL_PATH = Path(__file__).with_name("line_model.crfsuite")
RANKER_PATH = Path(__file__).with_name("headline_model.json")
# Default probability of the best headline candidate below which a copy is taken to have no headline line (the
# lead sentence stands in); the shipped ranker carries its own, calibrated on the fitting half by eval/train_lines.py.
HEADLINE_MIN_P = 0.3


@dataclass(frozen=True)
class LineRoles:
    """The role of every line, each line's headline probability, and the lines the model would drop from the
    page's main run of prose although they read as prose (index -> probability of the dropped role)."""

    roles: list[str]
    headline_p: list[float]
    prose_drops: dict[int, float] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    return tagger


def model_available() -> bool:
    """Whether the CRF model ships (a checkout without it labels every line body)."""
    return MODEL_PATH.exists()


def label_lines(
    texts: list[str], outlets: tuple[str, ...] = (), verdicts: list[tuple[str | None, float]] | None = None
) -> LineRoles:
    """The role of every line (all "body" when no model ships), and each line's headline probability."""
    if not texts or not model_available():
        return LineRoles(["body"] * len(texts), [0.0] * len(texts))
    rows, page = page_features(texts, outlets, verdicts)
    tagger = _tagger()
    roles = list(tagger.tag(rows))
    headline_p = [0.0] * len(texts)
    ranker = _ranker()
    candidates = headline_candidates(texts, rows, page, roles, tagger.marginal)
    if ranker is None:  # no ranker shipped: the CRF's own headline marginals
        for i, row in candidates.items():
            headline_p[i] = row["hm_h"]
    else:
        weights, bias = ranker["weights"], ranker["bias"]
        for i, row in candidates.items():
            # an unweighted feature adds 0.0: the same sum in the same order, without a bytecode loop
            score = bias + sum(map(mul, map(weights.get, row, repeat(0.0)), row.values()))
            headline_p[i] = 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))
        reranker = load_reranker()
        if reranker is not None:
            proba = {i: headline_p[i] for i in candidates}
            for i, p in rerank(texts, candidates, proba, reranker).items():
                headline_p[i] = p
    drops = {}
    for i in range(max(page.start, 0), page.end + 1):
        if roles[i] in ("chrome", "caption", "filler") and _sentence_like(rows[i]):
            drops[i] = tagger.marginal(roles[i], i)
    return LineRoles(roles, headline_p, drops)


def _sentence_like(row: dict[str, float]) -> bool:
    """Nine or more words ending in terminal punctuation with some function words: reads as a sentence."""
    words = any(row.get(f"nw={b}") for b in range(5, 10))
    return (
        words and any(row.get(f"end={e}") for e in ".!?") and not row.get("stop=0") and not row.get("stop=1")
    )


@lru_cache(maxsize=1)
def _ranker() -> dict[str, Any] | None:
    """The headline ranker: logistic weights over the candidate features (eval/train_lines.py)."""
    if not RANKER_PATH.exists():
        return None
    return json.loads(RANKER_PATH.read_text(encoding="utf-8"))


def headline_min_p() -> float:
    """Probability of the best candidate below which a copy has no headline line (calibrated with the ranker)."""
    ranker = _ranker()
    return float(ranker.get("min_p", HEADLINE_MIN_P)) if ranker else HEADLINE_MIN_P
