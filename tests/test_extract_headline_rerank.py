"""The headline re-ranker: its tree scorer, its relational features, and how it re-orders the ranker's top lines."""

from __future__ import annotations

import json

import pytest

from storyline.extract import headline_rerank
from storyline.extract.headline_rerank import (
    FEATURES,
    RERANK_VERSION,
    Reranker,
    Trees,
    load_reranker,
    rerank,
    rerank_features,
    reranker_from_dict,
    top_lines,
)

# An invented page: a kicker, the title, a standfirst, the title again with the site's name, a share row.
PAGE = [
    "Lantern Gazette",
    "Coastal towns",
    "Harbour board approves night ferry trial",
    "The trial runs for six weeks from March, the board said on Tuesday after a long dispute.",
    "Harbour board approves night ferry trial | Lantern Gazette",
    "Share: Harbour board approves night ferry trial",
    "Lantern Gazette newsletter",
]
ROWS = {i: {"hm_h": 0.1} for i in (1, 2, 4)}


def _one_split(feature: str, threshold: float, low: float, high: float) -> Trees:
    """One stump on ``feature``: ``low`` at or below ``threshold``, else ``high``."""
    return Trees(
        ((FEATURES.index(feature), -2, -2),),
        ((threshold, -2.0, -2.0),),
        ((1, -1, -1),),
        ((2, -1, -1),),
        ((0.0, low, high),),
        0.5,
        1.0,
    )


def test_trees_walk_left_at_or_below_the_threshold() -> None:
    trees = _one_split("words", 3.0, -1.0, 2.0)
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("words")] = 3.0
    assert trees.predict(x) == pytest.approx(-0.5)
    x[FEATURES.index("words")] = 4.0
    assert trees.predict(x) == pytest.approx(2.5)


def test_features_see_copies_of_a_line_and_its_site_tail() -> None:
    proba = {4: 0.6, 2: 0.3, 1: 0.1}
    top = top_lines(proba, 3)
    assert top == [4, 2, 1]
    x = {
        i: dict(zip(FEATURES, row, strict=True))
        for i, row in zip(top, rerank_features(PAGE, ROWS, proba, top), strict=True)
    }
    title, tailed, kicker = x[2], x[4], x[1]
    assert len(x[2]) == len(FEATURES)
    assert title["in_other"] == 1.0 and title["prefix_of_other"] == 1.0  # "Title | Site" holds the title
    assert tailed["has_other"] == 1.0 and tailed["other_prefix"] == 1.0
    assert title["echo_after"] == 2.0 and title["echo_before"] == 0.0  # the tailed copy and the share row
    assert tailed["site_words"] > 0.0 and title["site_words"] == 0.0  # the site's name stands on three lines
    assert kicker["in_other"] == 0.0 and kicker["echo_after"] == 0.0
    assert title["rank"] == 1.0 and title["gap_top"] > 0.0 and tailed["gap_top"] == 0.0


def test_a_line_over_a_byline_or_date_line_is_marked_whatever_its_tags() -> None:
    page = [
        "Lantern Gazette",
        "Coastal towns",
        "Harbour board approves night ferry trial",
        "By Mara Quill",
        "Posted 14 March 2024, 09:15",
        "The trial runs for six weeks from March, the board said on Tuesday after a long dispute.",
        "More from Coastal towns",
        "Bypass plans go back to the council",
    ]
    rows = {i: {"hm_h": 0.1} for i in (1, 2, 7)}
    proba = {1: 0.5, 2: 0.3, 7: 0.2}
    top = top_lines(proba, 3)
    x = {
        i: dict(zip(FEATURES, row, strict=True))
        for i, row in zip(top, rerank_features(page, rows, proba, top), strict=True)
    }
    assert x[2]["meta_below"] == 1.0  # the byline directly below
    assert x[1]["meta_below"] == 1.0  # the byline two lines below the section label: within reach
    assert x[7]["meta_below"] == 0.0  # a related title at the page's end
    far = ["Harbour board approves night ferry trial", "A", "B", "C", "By Mara Quill"]
    row = rerank_features(far, {0: {}}, {0: 1.0}, [0])[0]
    assert row[FEATURES.index("meta_below")] == 0.0  # the byline four lines below: out of reach


def test_rerank_hands_the_same_probabilities_out_in_its_own_order() -> None:
    prefer_short = Reranker(3, _one_split("words", 6.0, 1.0, 0.0))  # lines of six words or fewer first
    proba = {4: 0.6, 2: 0.3, 1: 0.1, 5: 0.05}
    out = rerank(PAGE, {**ROWS, 5: {}}, proba, prefer_short)
    assert sorted(out.values()) == sorted(proba.values())
    assert out[2] == 0.6 and out[1] == 0.3 and out[4] == 0.1  # ties keep the ranker's order
    assert out[5] == 0.05  # below the top three: untouched


def test_a_model_fitted_on_other_features_is_refused() -> None:
    data = {
        "version": RERANK_VERSION,
        "features": list(FEATURES),
        "top": 3,
        "init": 0.0,
        "rate": 0.1,
        "trees": [],
    }
    assert reranker_from_dict(data) is not None
    assert reranker_from_dict({**data, "features": list(FEATURES[:-1])}) is None
    assert reranker_from_dict({**data, "version": RERANK_VERSION + 1}) is None


@pytest.mark.skipif(not headline_rerank.RERANK_PATH.exists(), reason="no re-ranker shipped")
def test_the_shipped_model_matches_the_code_and_is_small() -> None:
    text = headline_rerank.RERANK_PATH.read_text(encoding="utf-8")
    assert len(text) < 400_000
    assert json.loads(text)["features"] == list(FEATURES)
    assert load_reranker() is not None
