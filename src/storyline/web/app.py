"""The web app: JSON API + server-rendered pages over one store, with strict security headers everywhere."""

from __future__ import annotations

import html
import ipaddress
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.errors import InputError, NotFoundError, StoreError, StorylineError
from storyline.store.base import is_postgres_url
from storyline.web import api, docs, pages
from storyline.web.state import RequestScope, WebState

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
DEFAULT_MAX_UPLOAD = 20 * 1024 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware) that stamps the headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    h for h in SECURITY_HEADERS if h[0] not in names
                ]
            await send(message)

        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await stamped(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception:  # last resort: a clear 500 with the same headers, never a traceback
            log.exception("unhandled error on %s", scope.get("path"))
            if started:
                raise
            body = b'{"error": "internal error"}'
            await stamped(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _default_upload_dir(db_path: str) -> Path:
    """Uploads are kept beside a SQLite store; for a Postgres store, under the working directory."""
    return (Path.cwd() if is_postgres_url(db_path) else Path(db_path).resolve().parent) / "uploads"


def create_app(
    db_path: str | Path,
    *,
    upload_token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    public: bool = False,
    upload_dir: str | Path | None = None,
) -> FastAPI:
    """The app over the store at db_path. ``public``: bound to a non-loopback host (uploads then need a token)."""
    state = WebState(db_path)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()

    app = FastAPI(
        title="storyline",
        summary="Cited stories, storylines and briefings from many outlets' news articles.",
        version="1",
        docs_url=None,  # FastAPI's docs load JS from a CDN; /docs is a local, script-free page instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = state
    app.state.upload = {
        "token": upload_token or None,
        "public": public,
        "max_bytes": max_upload_bytes,
        "dir": str(upload_dir or _default_upload_dir(state.db_path)),
    }
    app.include_router(api.router)
    app.include_router(docs.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(RequestScope)
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path == "/openapi.json"


def _error(
    request: Request, status: int, message: str, detail: Any = None, headers: dict | None = None
) -> Response:
    if _wants_json(request):
        body: dict[str, Any] = {"error": message}
        if detail is not None:
            body["detail"] = detail
        return JSONResponse(body, status_code=status, headers=headers)
    return HTMLResponse(pages.error_page(status, message), status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(StorylineError)
    async def storyline_error(request: Request, exc: StorylineError) -> Response:
        status = 400 if isinstance(exc, InputError) else 503 if isinstance(exc, StoreError) else 400
        return _error(request, status, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return _error(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = [_problem(e) for e in exc.errors()]
        status = 422 if _wants_json(request) else 400
        return _error(request, status, "invalid request: " + "; ".join(problems), detail=problems)


def _problem(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
    return html.unescape(f"{where or 'request'}: {error.get('msg', 'invalid value')}")
