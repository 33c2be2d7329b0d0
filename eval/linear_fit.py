"""Fit the logistic scorers storyline ships as JSON (storyline.extract.linear), shared by the eval/train_* scripts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def fit_linear(
    x: Sequence[Sequence[float]],
    y: Sequence[int],
    features: Sequence[str],
    sample_weight: Sequence[float] | None = None,
    signs: Sequence[int] | None = None,
    **options: Any,
) -> dict:
    """Logistic regression over standardised features, as the dict storyline.extract.linear loads; ``options``
    go to scikit-learn's LogisticRegression (e.g. class_weight), ``sample_weight`` to its fit (e.g. equal weight
    per page when pages give many rows each). ``signs`` (+1, -1 or 0 a feature) bound each weight to be at least
    or at most zero, or leave it free: a model whose output must rise with some inputs stays monotone in them even
    where features overlap (fitted by ``_fit_signed``, the same loss and L2 as the unbounded fit)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    xa = np.array(x)
    mean, scale = xa.mean(axis=0), xa.std(axis=0)
    scale[scale == 0] = 1.0
    z, ya = (xa - mean) / scale, np.array(y)
    if signs is None:
        clf = LogisticRegression(**{"C": 1.0, "max_iter": 2000, **options})
        clf.fit(z, ya, sample_weight=sample_weight)
        coef, intercept = clf.coef_[0], float(clf.intercept_[0])
    else:
        weights = np.ones(len(ya)) if sample_weight is None else np.array(sample_weight, dtype=float)
        coef, intercept = _fit_signed(z, ya, weights, signs, float(options.get("C", 1.0)))
    return {
        "features": list(features),
        "coef": [round(float(w), 5) for w in coef],
        "intercept": round(intercept, 5),
        "mean": [round(float(v), 5) for v in mean],
        "scale": [round(float(v), 5) for v in scale],
    }


def _fit_signed(z: Any, y: Any, weights: Any, signs: Sequence[int], c: float) -> tuple[Any, float]:
    """Weights and intercept minimising scikit-learn's L2 logistic objective (C times the weighted log loss plus
    half the squared weights, the intercept unpenalised) with each weight's sign bounded by ``signs``
    (scipy's L-BFGS-B)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.special import expit

    target = 2 * y - 1

    def objective(params: Any) -> tuple[float, Any]:
        w, b = params[:-1], params[-1]
        margin = target * (z @ w + b)
        loss = c * (weights * np.logaddexp(0.0, -margin)).sum()
        slope = -c * weights * target * expit(-margin)
        return loss + 0.5 * w @ w, np.append(z.T @ slope + w, slope.sum())

    bounds = [(0.0, None) if s > 0 else (None, 0.0) if s < 0 else (None, None) for s in signs] + [
        (None, None)
    ]
    found = minimize(objective, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return found.x[:-1], float(found.x[-1])
