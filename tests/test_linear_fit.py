"""eval/linear_fit: the sign-bounded fit keeps each weight on its side and matches the unbounded fit when free."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.linear_fit import fit_linear  # noqa: E402


def _data() -> tuple[list[list[float]], list[int]]:
    """Invented rows: the label follows a + c; b is a near copy of a, and c is noise-free but weak."""
    rng = random.Random(3)
    x, y = [], []
    for _ in range(400):
        a, c = rng.gauss(0, 1), rng.gauss(0, 1)
        x.append([a, a + rng.gauss(0, 0.1), c])
        y.append(int(a - 0.5 * c + rng.gauss(0, 1) > 0))
    return x, y


def test_free_signs_fit_as_scikit_learn_does():
    x, y = _data()
    free, plain = fit_linear(x, y, "abc", signs=(0, 0, 0)), fit_linear(x, y, "abc")
    assert free["coef"][2] == pytest.approx(plain["coef"][2], abs=0.01)
    assert free["coef"][0] + free["coef"][1] == pytest.approx(plain["coef"][0] + plain["coef"][1], abs=0.01)
    assert free["intercept"] == pytest.approx(plain["intercept"], abs=0.01)


def test_bounded_weights_stay_on_their_side():
    x, y = _data()
    assert fit_linear(x, y, "abc")["coef"][2] < 0  # c lowers the odds
    bounded = fit_linear(x, y, "abc", signs=(1, 1, 1))
    assert bounded["coef"][2] == 0.0 and bounded["coef"][0] + bounded["coef"][1] > 0
