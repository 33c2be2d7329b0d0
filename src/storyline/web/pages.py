"""Server-rendered pages (jinja2, autoescaped). Rendered HTML is cached per page until the store changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from storyline.web import reads
from storyline.web import template_helpers as views
from storyline.web.atom import MEDIA_TYPE as ATOM_MEDIA_TYPE
from storyline.web.atom import storyline_feed
from storyline.web.search import SearchFilters, snippet_html
from storyline.web.state import WebState

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
SEARCH_PAGE = 20

env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
env.globals.update(anchor=views.anchor, snippet_html=lambda s: Markup(snippet_html(s)))
env.filters["outlet_name"] = views.outlet_name
env.filters["day"] = lambda d: d.date().isoformat() if d else "undated"


def render(name: str, **context: object) -> str:
    return env.get_template(name).render(**context)


def error_page(status: int, message: str) -> str:
    titles = {400: "Bad request", 401: "Not allowed", 403: "Not allowed", 404: "Not found", 413: "Too large"}
    return render("error.html", status=status, title=titles.get(status, "Error"), message=message)


def _state(request: Request) -> WebState:
    return request.app.state.web


def _html(text: str) -> HTMLResponse:
    return HTMLResponse(text)


@router.get("/favicon.ico")
def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, page: Annotated[int, Query(ge=1, le=100_000)] = 1) -> HTMLResponse:
    state = _state(request)

    def make() -> str:
        cat = reads.catalog(state)
        start = (page - 1) * PAGE_SIZE
        items = cat.stories[start : start + PAGE_SIZE]
        pages = max(1, -(-len(cat.stories) // PAGE_SIZE))
        return render(
            "index.html",
            stories=items,
            page=page,
            pages=pages,
            total=len(cat.stories),
            articles=len(cat.articles),
            lines=len(cat.storylines),
        )

    return _html(await state.acached(("page-index", page), make))


@router.get("/storylines", response_class=HTMLResponse)
async def storylines(request: Request) -> HTMLResponse:
    state = _state(request)

    def make() -> str:
        cat = reads.catalog(state)
        lines = [(line, cat.summaries(line.story_ids)) for line in cat.storylines]
        return render("storylines.html", lines=lines)

    return _html(await state.acached(("page-storylines",), make))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(request: Request, story_id: str) -> HTMLResponse:
    state = _state(request)
    reads.check_id(story_id)

    def make() -> str:
        full_id = reads.resolve(state, story_id, "story")
        cat = reads.catalog(state)
        summary = cat.by_story[full_id]
        brief = reads.briefing(state, full_id)
        line = cat.by_storyline.get(summary.story.storyline_id or "")
        return render(
            "story.html",
            s=summary,
            b=brief,
            line=line,
            meta=cat.articles,
            articles=[cat.articles[a] for a in summary.story.article_ids if a in cat.articles],
            quote_groups=views.quote_groups(brief.quotes),
            label=lambda c: views.cite_label(c, cat.articles),
        )

    return _html(await state.acached(("page-story", story_id), make))


@router.get("/storylines/{storyline_id}.atom")
async def storyline_atom(request: Request, storyline_id: str) -> Response:
    """The storyline as an Atom feed: one entry per story, newest first (a feed reader follows it)."""
    state = _state(request)
    reads.check_id(storyline_id)
    base = str(request.base_url).rstrip("/")

    def make() -> bytes:
        full_id = reads.resolve(state, storyline_id, "storyline")
        cat = reads.catalog(state)
        line = cat.by_storyline[full_id]
        return storyline_feed(line, cat.summaries(line.story_ids), cat.articles, base)

    body = await state.acached(("atom-storyline", storyline_id, base), make)
    return Response(body, media_type=ATOM_MEDIA_TYPE)


@router.get("/storylines/{storyline_id}", response_class=HTMLResponse)
async def storyline(request: Request, storyline_id: str) -> HTMLResponse:
    state = _state(request)
    reads.check_id(storyline_id)

    def make() -> str:
        full_id = reads.resolve(state, storyline_id, "storyline")
        cat = reads.catalog(state)
        line = cat.by_storyline[full_id]
        stories = cat.summaries(line.story_ids)
        brief = reads.briefing(state, full_id)
        return render(
            "storyline.html",
            line=line,
            stories=stories,
            b=brief,
            meta=cat.articles,
            chart=views.timeline_chart(stories),
            label=lambda c: views.cite_label(c, cat.articles),
        )

    return _html(await state.acached(("page-storyline", storyline_id), make))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article(request: Request, article_id: str) -> HTMLResponse:
    state = _state(request)
    reads.check_id(article_id)

    def make() -> str:
        view = reads.article_view(state, article_id)
        cat = reads.catalog(state)
        sentences = view.analysis.sentences if view.analysis else ()
        story = cat.by_story.get(view.story_id or "")
        return render(
            "article.html",
            a=view.article,
            v=view,
            story=story,
            original=cat.articles.get(view.duplicate_of or ""),
            paragraphs=views.body_paragraphs(view.article, sentences),
        )

    return _html(await state.acached(("page-article", article_id), make))


@router.get("/search", response_class=HTMLResponse)
async def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    page: Annotated[int, Query(ge=1, le=500)] = 1,
    date_from: Annotated[date | None, Query(alias="from")] = None,
    date_to: Annotated[date | None, Query(alias="to")] = None,
    outlet: Annotated[str | None, Query(max_length=200)] = None,
    entity: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    state = _state(request)
    reads.check_range(date_from, date_to)
    filters = SearchFilters(date_from, date_to, outlet or None, entity or None)
    params = {"q": q, "from": date_from, "to": date_to, "outlet": outlet, "entity": entity}
    base = {k: v for k, v in params.items() if v}

    def link(p: int) -> str:
        return "/search?" + urlencode({**base, "page": p})

    async def make() -> str:
        result = None
        if q.strip():
            result = await reads.search_page(state, q, filters, SEARCH_PAGE, (page - 1) * SEARCH_PAGE)
        return render(
            "search.html",
            q=q,
            f=filters,
            result=result,
            page=page,
            prev_link=link(page - 1) if page > 1 else None,
            next_link=link(page + 1) if result and result.has_more else None,
            outlets=(await reads.acatalog(state)).outlets,
        )

    # the exact query text is the key: the form echoes it
    return _html(await state.amemo(("page-search", q, filters, page), make))
