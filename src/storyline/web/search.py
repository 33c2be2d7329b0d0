"""Search with filters on top of the store's FTS5 search: date range, outlet and entity.

The store ranks; filters are applied to ranked hits in batches, scanning a bounded number of hits so a
rare filter can never make one request unbounded.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from storyline.model import Entity
from storyline.store import SearchHit, Store

BATCH = 200
SCAN_CAP = 2000  # most ranked hits examined per request when filters are on (each batch builds snippets)
_MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


@dataclass(frozen=True)
class SearchFilters:
    start: date | None = None
    end: date | None = None
    outlet: str | None = None
    entity: str | None = None  # entity id or name

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.start, self.end, self.outlet, self.entity))


@dataclass
class SearchPage:
    query: str
    hits: list[SearchHit]
    limit: int
    offset: int
    has_more: bool
    scanned_all: bool = True  # False when the scan cap stopped a filtered search early
    entity: Entity | None = None
    notes: list[str] = field(default_factory=list)


def find_entity(entities: list[Entity], wanted: str) -> Entity | None:
    """An entity by id, or by name or alias (case-insensitive)."""
    folded = wanted.casefold().strip()
    for e in entities:
        if e.id == wanted:
            return e
    for e in entities:
        if e.name.casefold() == folded or any(a.casefold() == folded for a in e.aliases):
            return e
    return None


def search(
    store: Store, entities: list[Entity], query: str, filters: SearchFilters, limit: int, offset: int
) -> SearchPage:
    """One page of ranked hits that pass the filters."""
    page = SearchPage(query=query, hits=[], limit=limit, offset=offset, has_more=False)
    entity = None
    if filters.entity is not None:
        entity = find_entity(entities, filters.entity)
        page.entity = entity
        if entity is None:
            page.notes.append(f"no entity called {filters.entity!r}")
            return page
    if not filters.active:
        hits = store.search(query, limit=limit + 1, offset=offset)
        page.hits, page.has_more = hits[:limit], len(hits) > limit
        return page
    wanted = offset + limit + 1
    kept: list[SearchHit] = []
    scanned = 0
    while len(kept) < wanted and scanned < SCAN_CAP:
        batch = store.search(query, limit=BATCH, offset=scanned)
        scanned += len(batch)
        kept += _keep(store, batch, filters, entity)
        if len(batch) < BATCH:
            break
    else:
        page.scanned_all = len(kept) >= wanted
    page.hits, page.has_more = kept[offset : offset + limit], len(kept) > offset + limit
    if not page.scanned_all:
        page.notes.append(f"only the best {SCAN_CAP} matches were filtered; narrow the query for more")
    return page


def _keep(store: Store, hits: list[SearchHit], f: SearchFilters, entity: Entity | None) -> list[SearchHit]:
    out = []
    for h in hits:
        day = h.published.date() if h.published else None
        if (f.start or f.end) and day is None:
            continue
        if f.start and day < f.start or f.end and day > f.end:
            continue
        if f.outlet and (h.outlet or "").casefold() != f.outlet.casefold():
            continue
        out.append(h)
    if entity is None or not out:
        return out
    names = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
    analyses = store.analyses([h.article_id for h in out])
    return [
        h
        for h in out
        if h.article_id in analyses
        and any(
            m.entity_id == entity.id or m.text.casefold() in names for m in analyses[h.article_id].mentions
        )
    ]


def snippet_html(snippet: str) -> str:
    """Escape the snippet first, then turn the store's [[ ]] match markers into <mark> elements."""
    return _MARK.sub(r"<mark>\1</mark>", html.escape(snippet, quote=True))
