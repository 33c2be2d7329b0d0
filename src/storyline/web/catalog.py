"""A light, cached view of the whole store for list pages: story summaries and article metadata (no bodies)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storyline.model import Story, Storyline
from storyline.store import Store
from storyline.store.codec import iso

_CHUNK = 500  # articles loaded at a time while building the catalog (bounds peak memory)


@dataclass(frozen=True)
class ArticleMeta:
    id: str
    source: str
    outlet: str | None
    headline: str | None
    published: datetime | None
    published_inferred: bool
    duplicate_of: str | None
    story_id: str | None

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "headline": self.headline,
            "published": iso(self.published),
            "published_inferred": self.published_inferred,
            "duplicate_of": self.duplicate_of,
        }


@dataclass(frozen=True)
class StorySummary:
    story: Story
    sources: int  # independent sources: distinct canonical copies
    outlets: tuple[str, ...]
    unnamed: int = 0  # articles whose outlet is unknown

    def record(self) -> dict[str, Any]:
        s = self.story
        return {
            "type": "story",
            "id": s.id,
            "title": s.title,
            "article_ids": list(s.article_ids),
            "first_seen": iso(s.first_seen),
            "last_seen": iso(s.last_seen),
            "storyline_id": s.storyline_id,
            "articles": len(s.article_ids),
            "sources": self.sources,
            "outlets": list(self.outlets),
            "articles_without_outlet": self.unnamed,
        }


@dataclass(frozen=True)
class Catalog:
    stories: list[StorySummary]  # newest first
    by_story: dict[str, StorySummary]
    storylines: list[Storyline]
    by_storyline: dict[str, Storyline]
    articles: dict[str, ArticleMeta]
    outlets: tuple[str, ...]  # every outlet name, sorted

    def summaries(self, story_ids: Iterable[str]) -> list[StorySummary]:
        return [self.by_story[sid] for sid in story_ids if sid in self.by_story]


def build_catalog(store: Store) -> Catalog:
    """Read stories, storylines and article metadata once; callers cache it per store generation."""
    placements = store.placements()
    ids = list(placements)
    meta: dict[str, ArticleMeta] = {}
    for start in range(0, len(ids), _CHUNK):
        for a in store.articles(ids[start : start + _CHUNK]):
            dup, story_id = placements.get(a.id, (None, None))
            meta[a.id] = ArticleMeta(
                a.id, a.source, a.outlet, a.headline, a.published, a.published_inferred, dup, story_id
            )
    summaries = [summarize(s, meta) for s in store.stories()]
    lines = store.storylines()
    outlets = tuple(sorted({m.outlet for m in meta.values() if m.outlet}, key=str.casefold))
    return Catalog(
        stories=summaries,
        by_story={s.story.id: s for s in summaries},
        storylines=lines,
        by_storyline={line.id: line for line in lines},
        articles=meta,
        outlets=outlets,
    )


def summarize(story: Story, meta: dict[str, ArticleMeta]) -> StorySummary:
    """Independent sources count each text once (a syndicated copy is not a second source)."""
    canon = set()
    outlets: dict[str, None] = {}
    unnamed = 0
    for aid in story.article_ids:
        m = meta.get(aid)
        canon.add((m.duplicate_of or aid) if m else aid)
        if m and m.outlet:
            outlets.setdefault(m.outlet, None)
        else:
            unnamed += 1
    return StorySummary(story, len(canon), tuple(sorted(outlets, key=str.casefold)), unnamed)
