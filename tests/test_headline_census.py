"""eval/train_rerank.py's census: a wrong re-ranked pick is told by its role and place, and the gold line by its
first-stage rank and the labeller's tag."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

from train_lines import RankerCV, _RankerPage  # noqa: E402
from train_rerank import Stage, census  # noqa: E402

TITLE = "Harbour ferry returns after winter repairs"
TEXTS = [
    "Home News Sport",
    TITLE,
    "The ferry sailed again on Monday morning with forty passengers aboard and a new crew.",
    "Council approves new parking rules downtown",
]


def _census(scores: list[float], texts: list[str] = TEXTS) -> str:
    """The census of one invented page whose first stage ranks a related title over the title, re-ranked with
    ``scores`` for its top lines (the related title, the title, the menu line)."""
    page = _RankerPage(
        0,
        3,
        [0, 1, 3],
        [TEXTS[0], TEXTS[1], TEXTS[3]],
        TITLE,
        None,
        "example.org",
        "p/inscriptis",
        texts,
        ["chrome", "headline", "body", "chrome"],
        ["chrome", "chrome", "body", "chrome"],
    )
    cv = RankerCV([page], [{}, {}, {}], np.array([0.1, 0.3, 0.6]), np.zeros(1), np.zeros(1, int))
    top = [3, 1, 0]
    y = np.array([0.0, 1.0, 0.0])
    stage = Stage(np.zeros((3, 1)), y, np.zeros(3, int), cv.folds, np.zeros(1), np.ones(1, bool), [top])
    return census(cv, stage, np.array(scores))


def _row(out: str, kind: str) -> list[str]:
    """The inscriptis pages and F1 lost of the census row of ``kind`` (its cells: pages per renderer, then F1)."""
    cells = next(line for line in out.splitlines() if line.strip().startswith(kind)).split()
    return [cells[-6], cells[-1]]


def test_a_related_title_picked_over_the_title_below_it():
    out = _census([0.9, 0.5, 0.1])
    assert _row(out, "chrome below the body's start") == ["1", "1.0000"]
    assert _row(out, "first-stage rank 1, tag chrome, above the body's start") == ["1", "1.0000"]


def test_a_right_pick_is_not_counted():
    out = _census([0.2, 0.8, 0.1])
    assert "chrome below" not in out and "first-stage rank" not in out


def test_a_wrong_pick_that_names_the_site_is_told_apart():
    out = _census([0.9, 0.5, 0.1], [*TEXTS[:3], "Example news"])
    assert _row(out, "chrome: the site's name") == ["1", "1.0000"]


def test_a_wrong_pick_that_is_a_breadcrumb_trail_is_told_apart():
    out = _census([0.9, 0.5, 0.1], [*TEXTS[:3], "Home » Markets » Weather"])
    assert _row(out, "chrome: a breadcrumb trail") == ["1", "1.0000"]
