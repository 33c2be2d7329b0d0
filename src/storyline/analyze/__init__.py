"""The analyze stage: sentences, mentions, quotes, events and dates per article; entities across articles.

The stage's modules load lazily (PEP 562), so importing a small pure piece such as ``storyline.analyze.gender``
from a read path never executes the spaCy imports of ``per_article``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import import_module
from typing import TYPE_CHECKING, Any

from storyline.settings import DEFAULTS, Settings

if TYPE_CHECKING:
    from storyline.model import Analysis, Article, Entity

__all__ = [
    "analyze",
    "resolve_entities",
    "infer_dates",
    "related_by_entities",
    "settle_orders",
    "siblings_in_groups",
]

_LAZY = {
    "related_by_entities": "storyline.analyze.related",
    "siblings_in_groups": "storyline.analyze.infer_published",
    "settle_orders": "storyline.analyze.date_order",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'storyline.analyze' has no attribute {name!r}")


def analyze(articles: Sequence[Article], settings: Settings = DEFAULTS) -> list[Analysis]:
    """Sentences, entity mentions, quotes with speakers, events and dated mentions for each article
    (one spaCy pipeline loaded once, batched with nlp.pipe)."""
    from storyline.analyze.per_article import analyze_docs
    from storyline.isolate import piece_time_limit

    with piece_time_limit(settings.pipeline.piece_time_limit):  # set here too: this runs on workers
        return analyze_docs(articles, settings.analyze)


def resolve_entities(
    articles: Sequence[Article], analyses: Sequence[Analysis], settings: Settings = DEFAULTS
) -> tuple[list[Entity], list[Analysis]]:
    """Merge aliases across articles and resolve role references by date; returns entities and analyses with
    Mention.entity_id / Quote.speaker_entity filled."""
    from storyline.analyze.resolve import resolve_entities as _resolve_entities

    return _resolve_entities(articles, analyses, settings.analyze)


def infer_dates(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    related: Mapping[str, Sequence[str]],
    settings: Settings = DEFAULTS,
) -> dict[str, tuple[datetime, str]]:
    """For each undated article in ``related``, infer a publication date from evidence in the articles it maps
    to (its storyline, or its relatives by entities); returns {article_id: (date, evidence text)}."""
    from storyline.analyze.infer_published import infer_dates as _infer_dates

    return _infer_dates(articles, analyses, related, settings.analyze)
