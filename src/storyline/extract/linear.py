"""Small logistic scorers the package ships as JSON: weights over standardised features, fitted in eval/.

The file names the features it was fitted on; a file fitted on another list is refused, so the code that computes
the features and the weights cannot drift apart (refit with the eval/ script that wrote it).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class LinearModel:
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    extra: dict[str, Any]  # the file's other fields (version, a calibrated threshold, what it was trained on)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        known = {"coef", "intercept", "mean", "scale"}
        return cls(
            tuple(data["coef"]),
            float(data["intercept"]),
            tuple(data["mean"]),
            tuple(data["scale"]),
            {k: v for k, v in data.items() if k not in known},
        )

    def logit(self, features: Sequence[float]) -> float:
        return self.intercept + sum(
            [w * (x - mu) / s for w, x, mu, s in zip(self.coef, features, self.mean, self.scale, strict=True)]
        )

    def probability(self, features: Sequence[float]) -> float:
        return 1 / (1 + math.exp(-self.logit(features)))


def load_linear(path: Path, features: Sequence[str]) -> LinearModel | None:
    """The model at path, or None when none ships or it was fitted on other features."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel.from_dict(data) if tuple(data["features"]) == tuple(features) else None
