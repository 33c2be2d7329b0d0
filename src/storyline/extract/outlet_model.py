"""The fitted outlet models (weights in ``outlet.json``, by ``eval/train_outlet.py``): the candidate scorer and
the page-confidence model that decides whether the page's best name is sure enough to show."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

from storyline.extract.linear import LinearModel, load_linear
from storyline.extract.outlet_features import FEATURES, name_grams, outlet_candidates

_MODEL_PATH = Path(__file__).with_name("outlet.json")
# The scorer's columns: FEATURES and the name's learned likeness to an outlet's (from its name_grams).
SCORER_FEATURES = (*FEATURES, "name_likeness")


# How sure the page's best name is, from the candidate scores of the whole page: the best logit and its margin
# over the runner-up, both weighed at least zero (eval/train_outlet.py PAGE_SIGNS), so a higher-scoring or
# farther-ahead best name is never less sure. v14's page model also weighed the spread and count of the others'
# odds and four of the best's features; beside the overlapping spread it weighed the best logit negatively (a
# right "X News" at +8 over "X" at +6 got 0.4), and on half-0 cross-validation by site the two signals alone
# name more at the same wrong share.
PAGE_FEATURES = ("best_logit", "margin")


def page_features(logits: list[float]) -> list[float]:
    """The values of PAGE_FEATURES for a page's candidate logits (at least one; a lone candidate stands 10
    ahead)."""
    ordered = sorted(logits, reverse=True)
    return [ordered[0], ordered[0] - (ordered[1] if len(ordered) > 1 else ordered[0] - 10.0)]


@dataclass(frozen=True)
class CandidateScorer:
    """The candidate model: a logistic over FEATURES with its standardisation folded in (one multiply-add a
    feature, the same logit), plus the learned weight of each context word beside the candidate ("s:copyright",
    "n:subscribe", "w:news": outlet_features._context), words of sites it did not see carrying over to new ones,
    and of each of the name's grams (its likeness to an outlet's name, a linear model of name_grams fitted on
    other sites' names, folded in with its weight)."""

    weights: tuple[float, ...]
    intercept: float
    context: dict[str, float]
    vocabulary: frozenset[str]  # the context words weighed: outlet_candidates need find no others
    grams: dict[str, float]

    @classmethod
    def from_linear(cls, model: LinearModel) -> CandidateScorer:
        weights = tuple(c / s for c, s in zip(model.coef, model.scale, strict=True))
        intercept = model.intercept - sum(w * m for w, m in zip(weights, model.mean, strict=True))
        context = model.extra.get("context", {})
        likeness = model.extra["likeness"]
        weight = weights[-1]
        grams = {g: weight * v for g, v in likeness["grams"].items()}
        return cls(
            weights[:-1], intercept + weight * likeness["intercept"], context, frozenset(context), grams
        )

    def logit(self, features: list[float], context: frozenset[str], name: str) -> float:
        return (
            self.intercept
            + sum(map(mul, self.weights, features))
            + sum(map(self.context.get, context, repeat(0.0)))
            + sum(map(self.grams.get, name_grams(name), repeat(0.0)))
        )


@lru_cache(maxsize=1)
def _models() -> tuple[CandidateScorer, LinearModel] | None:
    """The candidate scorer and the page-confidence model; None without weights for these features
    (eval/train_outlet.py)."""
    model = load_linear(_MODEL_PATH, SCORER_FEATURES)
    page = model and model.extra.get("page")
    if model is None or not page or tuple(page["features"]) != PAGE_FEATURES:
        return None
    return CandidateScorer.from_linear(model), LinearModel.from_dict(page)


def outlet_from_text(text: str, min_p: float) -> str | None:
    """The outlet a plain-text page names itself by (masthead, copyright, domains), or None when the page model's
    confidence in the best candidate is below ``min_p`` (an unknown outlet beats a wrong one)."""
    models = _models()
    if models is None:
        return None
    scorer, page = models
    scored = [
        (scorer.logit(f, context, name), name)
        for _, name, f, context in outlet_candidates(text, scorer.vocabulary)
    ]
    if not scored:
        return None
    _, name = max(scored)
    return name if page.probability(page_features([logit for logit, _ in scored])) >= min_p else None
