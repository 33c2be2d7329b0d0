"""POST /api/ingest: authenticated, size-limited uploads that run ingest + build and return the reports.

Order matters: authentication is checked before a byte of the body is read, and the body is counted while
it streams in, so an oversized or unauthenticated upload costs the server almost nothing.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from storyline.ids import content_hash
from storyline.store import open_store

MAX_FILES = 100
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

UPLOAD_OPENAPI: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                    "required": ["files"],
                }
            }
        },
    },
    "responses": {
        "401": {"description": "Missing bearer token"},
        "403": {"description": "Wrong token, cross-site request, or uploads disabled"},
        "413": {"description": "Upload larger than the server's limit"},
    },
}


def check_auth(request: Request) -> None:
    """Token when one is configured; on a public (non-loopback) bind without a token, uploads are off."""
    cfg = request.app.state.upload
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "cross-site uploads are refused")
    token = cfg["token"]
    if token is None:
        if cfg["public"]:
            raise HTTPException(
                403, "uploads are disabled: this server is public and was started without --token"
            )
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(
            401, "uploads need 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "wrong upload token")


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) as soon as it is known to exceed limit bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "bad Content-Length header")
        if int(declared) > limit:
            raise HTTPException(413, f"upload too large: limit is {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"upload too large: limit is {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def safe_name(name: str | None) -> str:
    """A plain file name (no directories, no leading dots) that keeps the extension the ingester looks at."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).lstrip("._")[:100]
    return base or "upload.txt"


async def run_upload(request: Request) -> dict[str, Any]:
    check_auth(request)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise HTTPException(415, "send the files as multipart/form-data")
    cfg = request.app.state.upload
    body = await read_limited(request, cfg["max_bytes"])

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        form = await Request(request.scope, replay).form(max_files=MAX_FILES, max_fields=MAX_FILES)
    except HTTPException:
        raise
    except Exception as exc:  # malformed multipart is the client's error, never a 500
        raise HTTPException(400, f"could not read the multipart body: {exc}") from exc
    saved: list[Path] = []
    for item in form.getlist("files") or [v for _, v in form.multi_items()]:
        if not isinstance(item, UploadFile):
            continue
        data = await item.read()
        folder = Path(cfg["dir"]) / content_hash(data)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / safe_name(item.filename)
        path.write_bytes(data)
        saved.append(path)
    await form.close()
    if not saved:
        raise HTTPException(400, "no files in the upload (use the multipart field name 'files')")
    state = request.app.state.web
    return await run_in_threadpool(_ingest_and_build, state, saved)


def _ingest_and_build(state: Any, paths: list[Path]) -> dict[str, Any]:
    from storyline.pipeline import build, ingest

    with state.write_lock, open_store(state.db_path) as store:
        ingested = ingest(store, [str(p) for p in paths])
        built = build(store)
    state.bump()
    return {
        "files": [p.name for p in paths],
        "ingest": {
            "added": ingested.added,
            "unchanged": ingested.unchanged,
            "rejected": ingested.rejected,
            "rejects": [{"source": r.source, "reason": r.reason} for r in ingested.rejects],
        },
        "build": asdict(built),
    }
