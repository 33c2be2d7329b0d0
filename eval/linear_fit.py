"""Fit the logistic scorers storyline ships as JSON (storyline.extract.linear), shared by the eval/train_* scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def fit_linear(
    x: Sequence[Sequence[float]],
    y: Sequence[int],
    features: Sequence[str],
    sample_weight: Sequence[float] | None = None,
    **options: Any,
) -> dict:
    """Logistic regression over standardised features, as the dict storyline.extract.linear loads; ``options``
    go to scikit-learn's LogisticRegression (e.g. class_weight), ``sample_weight`` to its fit (e.g. equal weight
    per page when pages give many rows each)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    xa = np.array(x)
    mean, scale = xa.mean(axis=0), xa.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(**{"C": 1.0, "max_iter": 2000, **options})
    clf.fit((xa - mean) / scale, np.array(y), sample_weight=sample_weight)
    return {
        "features": list(features),
        "coef": [round(float(w), 5) for w in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 5),
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
    }
