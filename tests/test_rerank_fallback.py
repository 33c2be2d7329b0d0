"""eval/train_rerank.py's lead fallback: the lead sentence stands in where the re-ranker's best predicted F1 is
below a cut-off chosen on the other site folds, and the oracle takes the better answer on every page."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from train_rerank import Stage, lead_fallback  # noqa: E402


def _stage(folds: list[int], y: list[list[float]]) -> Stage:
    """Pages of two top lines each (row F1s ``y``), one page per entry of ``folds``."""
    n = len(folds)
    return Stage(
        x=np.zeros((2 * n, 1)),
        y=np.array([f for page in y for f in page]),
        page=np.repeat(np.arange(n), 2),
        fold=np.array(folds),
        base=np.zeros(n),
        scored=np.ones(n, bool),
        lines=[[0, 1]] * n,
    )


def test_a_weak_pick_yields_to_the_lead_when_the_other_folds_say_so():
    # Every fold holds a page the re-ranker is unsure of (best predicted F1 0.1) whose pick is wrong and whose
    # lead retells the title, and a page it is sure of (0.9) whose pick is right.
    stage = _stage([0, 0, 1, 1, 2, 2], [[0.0, 0.0], [1.0, 0.0]] * 3)
    scores = np.array([0.1, 0.05, 0.9, 0.2] * 3)
    lead = np.array([0.6, 0.3] * 3)
    nested, oracle = lead_fallback(stage, scores, lead)
    assert nested.tolist() == [0.6, 1.0] * 3
    assert oracle.tolist() == [0.6, 1.0] * 3


def test_no_fallback_where_the_other_folds_lose_by_it():
    # The unsure pages' picks are right and their leads are not: no cut-off below 0.1 is worth taking.
    stage = _stage([0, 0, 1, 1, 2, 2], [[0.9, 0.0], [1.0, 0.0]] * 3)
    scores = np.array([0.1, 0.05, 0.9, 0.2] * 3)
    lead = np.array([0.2, 0.3] * 3)
    nested, oracle = lead_fallback(stage, scores, lead)
    assert nested.tolist() == [0.9, 1.0] * 3
    assert oracle.tolist() == [0.9, 1.0] * 3
