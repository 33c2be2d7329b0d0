"""Reads shared by the JSON API and the pages: id checks, cached catalog, cached briefings, one article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from starlette.concurrency import run_in_threadpool

from storyline.errors import InputError, NotFoundError
from storyline.model import Analysis, Article, Briefing, Entity
from storyline.store import Store
from storyline.web.catalog import Catalog, StorySummary, build_catalog
from storyline.web.search import SearchFilters, SearchPage, search
from storyline.web.state import WebState

_ID = re.compile(r"[A-Za-z0-9]{1,64}")


def check_id(raw: str) -> str:
    """Ids are short alphanumeric hashes; anything else (dots, slashes, quotes) is refused before any lookup."""
    if not _ID.fullmatch(raw):
        raise NotFoundError(f"not a valid id: ids are 1-64 letters or digits (got {raw[:80]!r})")
    return raw


def catalog(state: WebState) -> Catalog:
    return state.cached(("catalog",), lambda: state.read(build_catalog))


async def acatalog(state: WebState) -> Catalog:
    """catalog() for async routes: from memory when current, else built in a worker thread."""
    return state.peek(("catalog",)) or await run_in_threadpool(catalog, state)


def entities(state: WebState) -> list[Entity]:
    return state.cached(("entities",), lambda: state.read(lambda store: store.entities()))


def resolve(state: WebState, raw: str, kind: str) -> str:
    """The full id of a story/storyline/article given its id or a unique prefix; 404 for another kind."""
    wanted = check_id(raw)
    cat = catalog(state)
    known = {"story": cat.by_story, "storyline": cat.by_storyline, "article": cat.articles}[kind]
    if wanted in known:
        return wanted
    found_kind, full = state.read(lambda store: store.resolve_id(wanted))
    if found_kind != kind:
        raise NotFoundError(f"{wanted} is a {found_kind} id, not a {kind} id")
    return full


def story_summary(state: WebState, raw: str) -> StorySummary:
    story_id = resolve(state, raw, "story")
    summary = catalog(state).by_story.get(story_id)
    if summary is None:
        raise NotFoundError(f"no story with id {story_id}")
    return summary


def briefing(state: WebState, subject_id: str) -> Briefing:
    """The briefing of a story or storyline, built once per store change (briefings are the slow read)."""
    from storyline.read_api import brief  # the brief stage loads lazily: list pages never need it

    return state.cached(("brief", subject_id), lambda: state.read(lambda store: brief(store, subject_id)))


@dataclass(frozen=True)
class ArticleView:
    article: Article
    duplicate_of: str | None
    story_id: str | None
    analysis: Analysis | None


def article_view(state: WebState, raw: str) -> ArticleView:
    article_id = resolve(state, raw, "article")

    def load() -> ArticleView:
        with state.reader() as store:
            return _load_article(store, article_id)

    return state.cached(("article", article_id), load)


def _load_article(store: Store, article_id: str) -> ArticleView:
    dup, story_id = store.placement(article_id)
    return ArticleView(store.article(article_id), dup, story_id, store.analyses([article_id]).get(article_id))


async def search_page(state: WebState, q: str, filters: SearchFilters, limit: int, offset: int) -> SearchPage:
    """Search results, cached per normalised query until the store changes (popular queries repeat); an
    unfiltered search is tried on the event loop first (most take <1 ms)."""
    key = ("search", " ".join(q.casefold().split()), filters, limit, offset)
    if filters.active:  # filtered scans snippet hundreds of hits (and may need the entity list): a thread

        def make() -> SearchPage:
            known = entities(state) if filters.entity is not None else []
            return state.read(lambda store: search(store, known, q, filters, limit, offset))

        return await state.acached(key, make)
    return await state.aread_cached(key, lambda store: search(store, [], q, filters, limit, offset))


def check_range(start: date | None, end: date | None) -> None:
    if start and end and start > end:
        raise InputError(f"'from' ({start}) is after 'to' ({end})")
