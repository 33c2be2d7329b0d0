"""The JSON API: stable paths over the store (stories, storylines, articles, briefings, search, ingest)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from storyline.store.codec import iso
from storyline.web import reads, schemas
from storyline.web.search import SearchFilters
from storyline.web.state import WebState
from storyline.web.upload import UPLOAD_OPENAPI, run_upload

router = APIRouter(prefix="/api", tags=["api"], responses=schemas.INVALID)

Limit = Annotated[int, Query(ge=1, le=200, description="Most items to return.")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Items to skip (pagination).")]


def _state(request: Request) -> WebState:
    return request.app.state.web


async def _json(state: WebState, key: tuple[Any, ...], make: Callable[[], Any]) -> Response:
    """JSON built and serialised once per store change; served from memory until the next build."""
    body = await state.acached(("json", *key), lambda: json.dumps(make(), ensure_ascii=False).encode())
    return Response(body, media_type="application/json")


@router.get("/health", summary="Liveness and the store's change counter", response_model=schemas.Health)
async def health(request: Request) -> Response:
    """The cheapest answer the app gives (bench/serve.py measures every endpoint against it)."""
    body = b'{"status": "ok", "generation": %d}' % _state(request).generation()
    return Response(body, media_type="application/json")


@router.get(
    "/stories",
    summary="Stories, newest first, with independent sources and outlets",
    response_model=schemas.StoryList,
)
async def list_stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> Response:
    """Independent sources count distinct canonical copies (a syndicated copy is not a second source)."""
    state = _state(request)

    def make() -> dict[str, Any]:
        cat = reads.catalog(state)
        items = cat.stories[offset : offset + limit]
        return {
            "total": len(cat.stories),
            "limit": limit,
            "offset": offset,
            "stories": [s.record() for s in items],
        }

    return await _json(state, ("stories", limit, offset), make)


@router.get(
    "/stories/{story_id}",
    summary="One story with its articles",
    response_model=schemas.StoryDetail,
    responses=schemas.NOT_FOUND,
)
async def get_story(request: Request, story_id: str) -> Response:
    state = _state(request)
    reads.check_id(story_id)

    def make() -> dict[str, Any]:
        summary = reads.story_summary(state, story_id)
        meta = reads.catalog(state).articles
        record = summary.record()
        record["articles"] = [meta[a].record() for a in summary.story.article_ids if a in meta]
        return record

    return await _json(state, ("story", story_id), make)


@router.get(
    "/storylines", summary="Storylines with their stories in time order", response_model=schemas.StorylineList
)
async def list_storylines(request: Request, limit: Limit = 50, offset: Offset = 0) -> Response:
    state = _state(request)

    def make() -> dict[str, Any]:
        from storyline.read_api import storyline_record

        cat = reads.catalog(state)
        items = cat.storylines[offset : offset + limit]
        records = [storyline_record(line) for line in items]
        return {"total": len(cat.storylines), "limit": limit, "offset": offset, "storylines": records}

    return await _json(state, ("storylines", limit, offset), make)


@router.get(
    "/storylines/{storyline_id}",
    summary="One storyline with summaries of its stories",
    response_model=schemas.StorylineDetail,
    responses=schemas.NOT_FOUND,
)
async def get_storyline(request: Request, storyline_id: str) -> Response:
    state = _state(request)
    reads.check_id(storyline_id)

    def make() -> dict[str, Any]:
        from storyline.read_api import storyline_record

        cat = reads.catalog(state)
        line = cat.by_storyline[reads.resolve(state, storyline_id, "storyline")]
        record = storyline_record(line)
        record["stories"] = [s.record() for s in cat.summaries(line.story_ids)]
        return record

    return await _json(state, ("storyline", storyline_id), make)


@router.get(
    "/articles/{article_id}",
    summary="One article: clean text, metadata and what was removed",
    response_model=schemas.ArticleRecord,
    responses=schemas.NOT_FOUND,
)
async def get_article(request: Request, article_id: str) -> Response:
    state = _state(request)
    reads.check_id(article_id)

    def make() -> dict[str, Any]:
        from storyline.read_api import article_record

        view = reads.article_view(state, article_id)
        record = article_record(view.article, view.duplicate_of, view.story_id)
        record["published_evidence"] = view.article.published_evidence
        record["removed"] = [asdict(r) for r in view.article.removed]
        return record

    return await _json(state, ("article", article_id), make)


@router.get(
    "/briefings/{subject_id}",
    summary="The cited briefing of a story or storyline",
    response_model=schemas.BriefingRecord,
    responses=schemas.NOT_FOUND,
)
async def get_briefing(request: Request, subject_id: str) -> Response:
    state = _state(request)
    reads.check_id(subject_id)

    def make() -> dict[str, Any]:
        from storyline.report import briefing_to_dict

        return briefing_to_dict(reads.briefing(state, subject_id))

    return await _json(state, ("briefing", subject_id), make)


@router.get(
    "/search",
    summary="Full-text search with date, outlet and entity filters",
    response_model=schemas.SearchResults,
    responses=schemas.BAD_RANGE,
)
async def search_articles(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find (plain words).")],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    date_from: Annotated[
        date | None, Query(alias="from", description="Earliest publication date (ISO).")
    ] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Latest publication date (ISO).")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet name (exact, any case).")] = None,
    entity: Annotated[str | None, Query(max_length=200, description="Entity id or name.")] = None,
) -> Response:
    """Snippets mark matched words with [[ and ]]; escape the snippet before turning markers into markup."""
    state = _state(request)
    filters = SearchFilters(date_from, date_to, outlet, entity)
    reads.check_range(date_from, date_to)

    async def make() -> bytes:
        page = await reads.search_page(state, q, filters, limit, offset)
        record = {
            "query": q,
            "limit": limit,
            "offset": offset,
            "has_more": page.has_more,
            "next_offset": offset + limit if page.has_more else None,
            "notes": page.notes,
            "results": [
                {
                    "article_id": h.article_id,
                    "headline": h.headline,
                    "outlet": h.outlet,
                    "published": iso(h.published),
                    "story_id": h.story_id,
                    "snippet": h.snippet,
                }
                for h in page.hits
            ],
        }
        return json.dumps(record, ensure_ascii=False).encode()

    body = await state.amemo(("json", "search", q, filters, limit, offset), make)
    return Response(body, media_type="application/json")


@router.post(
    "/ingest",
    summary="Upload article files; runs ingest and build and returns both reports",
    openapi_extra=UPLOAD_OPENAPI,
    response_model=schemas.IngestResult,
)
async def ingest_upload(request: Request) -> JSONResponse:
    """Size-limited (413); needs `Authorization: Bearer <token>` when the server was given a token or is public."""
    return JSONResponse(await run_upload(request))
