"""Model objects to and from the plain values stored in rows (JSON text, ISO dates)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from storyline.model import (
    Analysis,
    Article,
    ClaimSlot,
    DatedMention,
    Event,
    Mention,
    Quote,
    Removal,
    Sentence,
)


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# The columns an Article is read from (article_row's keys): reads name them, not ``*``, because Postgres's
# stored tsvector ``search`` is the largest part of a row to send and halves the server time of a read.
ARTICLE_COLUMNS = (
    "id",
    "source",
    "url",
    "outlet",
    "headline",
    "standfirst",
    "byline",
    "byline_role",
    "published",
    "published_inferred",
    "published_evidence",
    "language",
    "body",
    "flags",
    "removed",
    "raw_hash",
)


def article_row(article: Article) -> dict[str, Any]:
    """Column values of an article row (without the store-owned columns)."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "byline": article.byline,
        "byline_role": article.byline_role,
        "published": iso(article.published),
        "published_inferred": int(article.published_inferred),
        "published_evidence": article.published_evidence,
        "language": article.language,
        "body": article.body,
        "flags": json.dumps(list(article.flags)),
        "removed": json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
        "raw_hash": article.raw_hash,
    }


def article_from_row(row: Any) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        body=row["body"],
        url=row["url"],
        outlet=row["outlet"],
        headline=row["headline"],
        standfirst=row["standfirst"],
        byline=row["byline"],
        byline_role=row["byline_role"],
        published=parse_iso(row["published"]),
        published_inferred=bool(row["published_inferred"]),
        published_evidence=row["published_evidence"],
        language=row["language"],
        flags=tuple(json.loads(row["flags"])),
        removed=tuple(Removal(**r) for r in json.loads(row["removed"])),
        raw_hash=row["raw_hash"],
    )


_PARTS = ("sentences", "mentions", "quotes", "events", "dates", "claims")
_FIELDS = {
    cls: tuple(f.name for f in fields(cls))
    for cls in (Sentence, Mention, Quote, Event, DatedMention, ClaimSlot)
}


def _row(item: Any) -> dict[str, Any]:
    names = _FIELDS.get(type(item))
    return asdict(item) if names is None else {n: getattr(item, n) for n in names}


def analysis_to_json(analysis: Analysis) -> str:
    """The same text as ``json.dumps(asdict(analysis))``: the parts hold flat records of plain values, so they
    are read field by field (``asdict`` deep-copies every value: most of the cost of writing an analysis)."""
    data: dict[str, Any] = {"article_id": analysis.article_id}
    for part in _PARTS:
        data[part] = [_row(item) for item in getattr(analysis, part)]
    return json.dumps(data, ensure_ascii=False)


def analysis_from_json(text: str) -> Analysis:
    data = json.loads(text)
    return Analysis(
        article_id=data["article_id"],
        sentences=tuple(Sentence(**s) for s in data.get("sentences", ())),
        mentions=tuple(Mention(**m) for m in data.get("mentions", ())),
        quotes=tuple(Quote(**q) for q in data.get("quotes", ())),
        events=tuple(Event(**e) for e in data.get("events", ())),
        dates=tuple(DatedMention(**d) for d in data.get("dates", ())),
        claims=tuple(ClaimSlot(**c) for c in data.get("claims", ())),
    )
