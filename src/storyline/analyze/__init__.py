"""The analyze stage: sentences, mentions, quotes, events and dates per article; entities across articles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from storyline.analyze.infer_published import infer_dates as _infer_dates
from storyline.analyze.infer_published import siblings_in_groups
from storyline.analyze.per_article import analyze_docs
from storyline.analyze.related import related_by_entities
from storyline.analyze.resolve import resolve_entities as _resolve_entities
from storyline.model import Analysis, Article, Entity
from storyline.settings import DEFAULTS, Settings

__all__ = ["analyze", "resolve_entities", "infer_dates", "related_by_entities", "siblings_in_groups"]


def analyze(articles: Sequence[Article], settings: Settings = DEFAULTS) -> list[Analysis]:
    """Sentences, entity mentions, quotes with speakers, events and dated mentions for each article
    (one spaCy pipeline loaded once, batched with nlp.pipe)."""
    return analyze_docs(articles, settings.analyze)


def resolve_entities(
    articles: Sequence[Article], analyses: Sequence[Analysis], settings: Settings = DEFAULTS
) -> tuple[list[Entity], list[Analysis]]:
    """Merge aliases across articles and resolve role references by date; returns entities and analyses with
    Mention.entity_id / Quote.speaker_entity filled."""
    return _resolve_entities(articles, analyses, settings.analyze)


def infer_dates(
    articles: Sequence[Article],
    analyses: Mapping[str, Analysis],
    related: Mapping[str, Sequence[str]],
    settings: Settings = DEFAULTS,
) -> dict[str, tuple[datetime, str]]:
    """For each undated article in ``related``, infer a publication date from evidence in the articles it maps
    to (its storyline, or its relatives by entities); returns {article_id: (date, evidence text)}."""
    return _infer_dates(articles, analyses, related, settings.analyze)
