"""Publication date of a plain-text page: every date the text states, ranked by a small learned model.

Candidates come from the whole text (month names in any dateparser language, ISO and European/US numeric
forms, an ambiguous 05/03/2024 read both ways, relative "3 hours ago" against a container date); a logistic model
over generic features (position, "Published"/"Updated" cues, line shape, agreement with the page's other dates
and date order) and the text path's own reading of the page (``PageContext``: the header dateline's day, the line
labeller's role of the date's line, where the headline stands) picks one, so the header's date and the text's
are ranked together. A best pick less sure than ``text_date_min_p`` leaves the date to the header, else unknown.
Weights (fitted pairwise: the gold date against each other date of its page) and their calibration ship in
``text_dates.json``; ``eval/train_dates.py`` refits them and prints held-out accuracy.
The dates are read by ``text_date_scan``, their features by ``text_date_features``, and the evidence a picked
date records by ``text_date_evidence``.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache
from pathlib import Path

from storyline.extract.linear import LinearModel, load_linear
from storyline.extract.text_date_evidence import reading_evidence
from storyline.extract.text_date_features import FEATURES, PageContext, featurize, featurize_context, vector
from storyline.extract.text_date_scan import Candidate, scan_page
from storyline.settings import DEFAULTS

_MODEL_PATH = Path(__file__).with_name("text_dates.json")


def candidates(
    text: str,
    reference: datetime | None = None,
    earliest_year: int = DEFAULTS.clean.earliest_year,
    context: PageContext | None = None,
) -> list[Candidate]:
    """Every date the text states, in text order; relative forms only when a reference date (the container's) is
    given, and no date later than it (else later than today); years before ``earliest_year`` are history the
    article mentions, not when it was published. ``context`` (the header's date, the labeller's roles) feeds the
    features that weigh a date against the page's header."""
    found, lines = scan_page(text, reference, earliest_year)
    featurize(found, lines)
    featurize_context(found, context or PageContext())
    return found


@lru_cache(maxsize=1)
def _model() -> LinearModel | None:
    return load_linear(_MODEL_PATH, FEATURES)  # None without weights for these features: eval/train_dates.py


def score(c: Candidate, model: LinearModel) -> float:
    return model.logit(vector(c))


def confidence(logit: float, model: LinearModel) -> float:
    """How often the ranker's best candidate at this score is the publication date, by the Platt calibration
    eval/train_dates.py stores with the weights (1.0 for a model without one)."""
    if "calibration" not in model.extra:
        return 1.0
    a, b = model.extra["calibration"]
    return 1 / (1 + math.exp(-(a * logit + b)))


def pickable(found: list[Candidate]) -> list[Candidate]:
    """The candidates the publication date may be: not a reader comment's date (its features still count it
    among the page's dates, as when the weights were fitted)."""
    return [c for c in found if not c.comment]


def url_pick(found: list[Candidate], url_day: date | None, model: LinearModel) -> Candidate | None:
    """The best-scored candidate stating the day the page's URL states (/2020/03/23/), else None: a date both
    the text and the address give is the publication date (half 0 of eval-data/metadata, inscriptis: right on
    67 of the 68 pages whose URL day is a candidate, the ranker alone on 65)."""
    same = [c for c in pickable(found) if url_day is not None and c.day == url_day]
    return max(same, key=lambda c: score(c, model)) if same else None


def best_candidate(
    text: str,
    reference: datetime | None = None,
    earliest_year: int = DEFAULTS.clean.earliest_year,
    min_p: float = DEFAULTS.clean.text_date_min_p,
    context: PageContext | None = None,
    url: str | None = None,
) -> Candidate | None:
    """The date the ranker takes for the publication date; None when the text states no date, the best one is
    right less often than ``min_p`` (the date is then unknown rather than likely wrong), or the header's date
    (``context``) is none of the candidates, so the ranker cannot weigh it against them. A candidate stating
    the day of the page's ``url`` wins outright (``url_pick``)."""
    from storyline.extract.published import date_from_url

    found = candidates(text, reference, earliest_year, context)
    model = _model()
    if not found or model is None:
        return None
    url_day = date_from_url(url)
    if (picked := url_pick(found, url_day.date() if url_day else None, model)) is not None:
        return picked
    header_day = context.header_day if context is not None else None
    if header_day is not None and not any(c.day == header_day for c in found):
        return None
    if not (choices := pickable(found)):
        return None
    best = max(choices, key=lambda c: score(c, model))
    if confidence(score(best, model), model) < min_p:
        return None
    return header_reading(found, best, header_day)


def header_reading(found: list[Candidate], best: Candidate, header_day: date | None) -> Candidate:
    """``best``, unless it is the other reading of the header's own numeric dateline and the page's unambiguous
    dates do not prove its order: the header's reading (and its printed time) then stands."""
    if header_day is None or best.day == header_day or best.features.get("reading_vs_page", 0.0) == 1.0:
        return best
    return next((c for c in found if c.start == best.start and c.day == header_day), best)


def published_from_text(text: str, reference: datetime | None = None) -> date | None:
    """The publication day a plain-text page states, or None when it states none the ranker is sure of."""
    best = best_candidate(text, reference)
    return None if best is None else best.day


def date_from_text(
    text: str,
    reference: datetime | None = None,
    local_zone: tzinfo | None = None,
    earliest_year: int = DEFAULTS.clean.earliest_year,
    min_p: float = DEFAULTS.clean.text_date_min_p,
    context: PageContext | None = None,
    url: str | None = None,
) -> tuple[datetime, str] | None:
    """The publication date a plain-text page states and its evidence (see ``TEXT_EVIDENCE``): with its time
    when the dateline prints one, else midnight UTC of that day; None when the text states no date the ranker is
    sure of. Relative forms ("3 hours ago") count only against ``reference``, the container's date; a date the
    page's ``url`` repeats wins."""
    from storyline.extract.published import parse_dateline

    best = best_candidate(text, reference, earliest_year, min_p, context, url)
    if best is None:
        return None
    evidence = reading_evidence(best.order, best.features)
    if best.has_time:
        stated = parse_dateline(best.line_text.strip(" \t*+#>|"), allow_slow=False, local_zone=local_zone)
        if stated is not None and stated.date() == best.day:
            return stated, evidence
    return datetime(best.day.year, best.day.month, best.day.day, tzinfo=UTC), evidence
