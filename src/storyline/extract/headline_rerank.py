"""A second look at the headline ranker's few likeliest lines: how they relate to each other and to the page.

The linear ranker (line_roles) scores each candidate line on its own. The lines it confuses are often related: the
title and its "Title | Site" copy, a kicker above the title, a standfirst retelling it, the title printed again in
a share row or a breadcrumb. This re-ranker reads the ranker's top ``k`` lines together (which one holds another's
words, repeats further down the page, stands directly above another, carries the page's recurring site words, how
far its score trails the top) and re-orders them with small gradient-boosted regression trees that predict each
line's headline token F1 (a pairwise model, which of two lines is the better headline, did worse on half-0
cross-validation: eval/train_rerank.py). The trees ship as JSON (eval/train_rerank.py writes them); scoring is pure Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.extract.line_features import reads_as_meta
from storyline.extract.line_text import line_key, long_words

RERANK_PATH = Path(__file__).with_name("headline_rerank.json")
RERANK_VERSION = 2  # 2: meta_below
LONG_LINE = 600  # lines longer than this are prose, never a copy of a title: not searched for echoes

FEATURES = (
    "rank",
    "logit",
    "gap_top",
    "gap_prev",
    "gap_next",
    "share",
    "hm_h",
    "hm_s",
    "tag_headline",
    "tag_standfirst",
    "tag_body",
    "tag_chrome",
    "crf_best",
    "words",
    "chars",
    "words_vs_top",
    "length_rank",
    "offset_top",
    "below_share",
    "next_is_cand",
    "prev_is_cand",
    "in_other",
    "has_other",
    "prefix_of_other",
    "suffix_of_other",
    "other_prefix",
    "other_suffix",
    "share_in_other",
    "share_of_other",
    "echo_before",
    "echo_after",
    "same_after",
    "same_before",
    "site_words",
    "end_stop",
    "end_ask",
    "end_colon",
    "separator",
    "digits",
    "caps",
    "upper",
    "lead_overlap",
    "next_body_share",
    "cut_differs",
    "candidates",
    "meta_below",
)
# Lines below a top line searched for one shaped like a byline or a date line (meta_below): a headline stands over
# its byline and dateline, often tagged chrome by the labeller. Half-0 CV by site (top 3, depth 3, 100 trees),
# fold splits '' / s2 / s3: 0.7714 / 0.7773 / 0.7692 -> 0.7657 / 0.7843 / 0.7773 (mean 0.7726 -> 0.7758); reaches
# of 2 / 4 / 5 lines gave means 0.7738 / 0.7760 / 0.7745 (the shape test of that run, eval/textpages_ERRORS.md).
META_REACH = 3


@dataclass(frozen=True)
class Trees:
    """Regression trees in flat arrays (sklearn's layout: a leaf's ``left`` is -1), summed and scaled."""

    feature: tuple[tuple[int, ...], ...]
    threshold: tuple[tuple[float, ...], ...]
    left: tuple[tuple[int, ...], ...]
    right: tuple[tuple[int, ...], ...]
    value: tuple[tuple[float, ...], ...]
    init: float
    rate: float

    def predict(self, x: list[float]) -> float:
        total = 0.0
        for feature, threshold, left, right, value in zip(
            self.feature, self.threshold, self.left, self.right, self.value, strict=True
        ):
            node = 0
            while left[node] >= 0:
                node = left[node] if x[feature[node]] <= threshold[node] else right[node]
            total += value[node]
        return self.init + self.rate * total


@dataclass(frozen=True)
class Reranker:
    top: int  # how many of the linear ranker's best lines are re-ordered
    trees: Trees


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def top_lines(proba: Mapping[int, float], k: int) -> list[int]:
    """The ``k`` likeliest candidate lines, best first (ties by line order, as the ranker's argmax breaks them)."""
    return sorted(proba, key=lambda i: (-proba[i], i))[:k]


def rerank_features(
    texts: list[str], rows: Mapping[int, Mapping[str, float]], proba: Mapping[int, float], top: list[int]
) -> list[list[float]]:
    """The feature vector (FEATURES order) of each line in ``top``: the ranker's view of it (score, gaps, the
    labeller's probabilities and tag), and how it relates to the other top lines and to the rest of the page."""
    logits = [_logit(proba[i]) for i in top]
    keys = [line_key(texts[i]) for i in top]
    words = [long_words(texts[i]) for i in top]
    sizes = [k.count(" ") + 1 if k else 0 for k in keys]
    by_length = sorted(range(len(top)), key=lambda r: (sizes[r], r))
    crf_best = max(range(len(top)), key=lambda r: rows[top[r]].get("hm_h", 0.0))
    mass = sum(proba[i] for i in top) or 1.0
    site = _site_words(texts, frozenset().union(*words))
    page_keys = [(j, f" {k} ") for j, t in enumerate(texts) if len(t) <= LONG_LINE and (k := line_key(t))]
    out = []
    for r, i in enumerate(top):
        row, text, key, own = rows[i], texts[i], keys[r], words[r]
        others = [s for s in range(len(top)) if s != r]
        padded = f" {key} "
        in_other = [s for s in others if key and len(keys[s]) > len(key) and padded in f" {keys[s]} "]
        has_other = [s for s in others if keys[s] and len(key) > len(keys[s]) and f" {keys[s]} " in padded]
        before = after = same_before = same_after = 0
        copies = {i}  # lines holding this one, or held in it: its copies, not its site's chrome
        if key:
            for j, other in page_keys:
                if j == i:
                    continue
                if other in padded:
                    copies.add(j)
                if padded not in other:
                    continue
                copies.add(j)
                if other == padded:
                    same_before += j < i
                    same_after += j > i
                else:
                    before += j < i
                    after += j > i
        stripped = text.rstrip("\"'”’)]* ")
        letters = [w for w in text.split() if w[:1].isalpha()]
        out.append(
            [
                float(r),
                logits[r],
                logits[0] - logits[r],
                logits[r - 1] - logits[r] if r else 0.0,
                logits[r] - logits[r + 1] if r + 1 < len(top) else 10.0,
                proba[i] / mass,
                row.get("hm_h", 0.0),
                row.get("hm_s", 0.0),
                row.get("htag=headline", 0.0),
                row.get("htag=standfirst", 0.0),
                row.get("htag=body", 0.0),
                row.get("htag=chrome", 0.0),
                float(r == crf_best),
                float(sizes[r]),
                float(len(text)),
                sizes[r] / max(sizes[0], 1),
                float(by_length.index(r)),
                float(max(min(i - top[0], 50), -50)),
                sum(top[s] > i for s in others) / max(len(others), 1),
                float(i + 1 in top),
                float(i - 1 in top),
                float(bool(in_other)),
                float(bool(has_other)),
                float(any(f" {keys[s]} ".startswith(padded) for s in in_other)),
                float(any(f" {keys[s]} ".endswith(padded) for s in in_other)),
                float(any(padded.startswith(f" {keys[s]} ") for s in has_other)),
                float(any(padded.endswith(f" {keys[s]} ") for s in has_other)),
                max((len(own & words[s]) / len(own) for s in others if own), default=0.0),
                max((len(own & words[s]) / len(words[s]) for s in others if words[s]), default=0.0),
                float(min(before, 5)),
                float(min(after, 5)),
                float(min(same_after, 5)),
                float(min(same_before, 5)),
                sum(len(site.get(w, copies) - copies) >= SITE_LINES for w in own) / len(own) if own else 0.0,
                float(stripped.endswith(".")),
                float(stripped.endswith(("?", "!"))),
                float(stripped.endswith(":")),
                float(any(sep in text for sep in (" | ", " - ", " – ", " — ", ": "))),
                float(any(c.isdigit() for c in text)),
                sum(w[0].isupper() for w in letters) / len(letters) if letters else 0.0,
                float(text.isupper()),
                row.get("hov", 0.0),
                row.get("hbody_next", 0.0),
                float(any(name.startswith("hcut=") for name in row)),
                float(min(len(proba), 50)),
                float(any(map(reads_as_meta, texts[i + 1 : i + 1 + META_REACH]))),
            ]
        )
    return out


# A word of a candidate in this many distinct lines of the page that are not copies of the candidate is the page's
# recurring chrome: the site's name, its sections.
SITE_LINES = 2


def _site_words(texts: list[str], wanted: frozenset[str]) -> dict[str, set[int]]:
    """Each ``wanted`` word of the page's short lines, with the lines it stands in (a line repeated counts once)."""
    first: dict[str, int] = {}
    for j, text in enumerate(texts):
        if len(text) <= LONG_LINE:
            first.setdefault(text, j)
    lines: dict[str, set[int]] = {}
    for text, j in first.items():
        for word in long_words(text) & wanted:
            lines.setdefault(word, set()).add(j)
    return lines


def rerank(
    texts: list[str], rows: Mapping[int, Mapping[str, float]], proba: dict[int, float], model: Reranker
) -> dict[int, float]:
    """``proba`` with the top lines' probabilities handed out again in the re-ranker's order: the values stay the
    ranker's (so its calibrated no-headline cut-off still holds), only which line holds which changes."""
    top = top_lines(proba, model.top)
    if len(top) < 2:
        return proba
    scores = [model.trees.predict(x) for x in rerank_features(texts, rows, proba, top)]
    order = sorted(range(len(top)), key=lambda r: (-scores[r], r))
    out = dict(proba)
    for rank, r in enumerate(order):
        out[top[r]] = proba[top[rank]]
    return out


def reranker_from_dict(data: dict[str, Any]) -> Reranker | None:
    """The model in a file's JSON, or None when it was fitted on another feature list or version."""
    if data.get("version") != RERANK_VERSION or tuple(data.get("features", ())) != FEATURES:
        return None
    trees = data["trees"]
    return Reranker(
        int(data["top"]),
        Trees(
            tuple(tuple(t["feature"]) for t in trees),
            tuple(tuple(t["threshold"]) for t in trees),
            tuple(tuple(t["left"]) for t in trees),
            tuple(tuple(t["right"]) for t in trees),
            tuple(tuple(t["value"]) for t in trees),
            float(data["init"]),
            float(data["rate"]),
        ),
    )


@lru_cache(maxsize=1)
def load_reranker() -> Reranker | None:
    """The shipped re-ranker (None when none ships or it does not match this code's features)."""
    if not RERANK_PATH.exists():
        return None
    return reranker_from_dict(json.loads(RERANK_PATH.read_text(encoding="utf-8")))
