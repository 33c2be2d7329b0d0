"""Run the web app under uvicorn, in one process or in several worker processes sharing the port.

One Python process serves on one core at a time (the GIL); on a multi-core machine worker processes let
pages, JSON and searches run in parallel. Each worker keeps its own read pool and caches, and each notices
store changes on its own (Store.change_token), so no coordination is needed between them.

Example: python -m storyline.web.server --db news.db --port 8000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import socket
from pathlib import Path

from fastapi import FastAPI

from storyline.web.app import DEFAULT_MAX_UPLOAD, create_app, is_loopback

CONFIG_ENV = "STORYLINE_WEB_CONFIG"  # how the settings reach worker processes (uvicorn imports the factory)


def app_from_env() -> FastAPI:
    """The uvicorn factory each worker process calls: the app configured by serve() in the parent."""
    cfg = json.loads(os.environ[CONFIG_ENV])
    return create_app(
        cfg["db"], upload_token=cfg["token"], max_upload_bytes=cfg["max_upload_bytes"], public=cfg["public"]
    )


def default_workers() -> int:
    """One worker per core this process may use, at most 4 (each holds its own caches and read pool)."""
    return max(1, min(4, len(os.sched_getaffinity(0))))


def serve(
    db: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    workers: int = 1,
) -> None:
    """Serve until interrupted; uploads need ``token`` when bound to a non-loopback host."""
    import uvicorn

    public = not is_loopback(host)
    options = {"host": host, "port": port, "log_level": "warning", "server_header": False}
    if workers <= 1:
        app = create_app(db, upload_token=token, max_upload_bytes=max_upload_bytes, public=public)
        uvicorn.run(app, **options)
        return
    from uvicorn.supervisors import Multiprocess

    cfg = {"db": str(db), "token": token, "max_upload_bytes": max_upload_bytes, "public": public}
    os.environ[CONFIG_ENV] = json.dumps(cfg)
    config = uvicorn.Config("storyline.web.server:app_from_env", factory=True, workers=workers, **options)
    Multiprocess(config, sockets=[listening_socket(host, port)]).run()


def listening_socket(host: str, port: int) -> socket.socket:
    """The shared socket for worker processes, created with proto=IPPROTO_TCP.

    uvicorn's own (``socket.socket(family)``) has proto 0, and asyncio sets TCP_NODELAY only on sockets whose
    proto is TCP: without it Nagle holds each response body until the client's delayed ACK, so every
    request under --workers took 40+ ms (bench/serve.py showed p50 pinned at 44 ms).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host.strip("[]"), port))
    sock.set_inheritable(True)
    return sock


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--token", default=os.environ.get("STORYLINE_TOKEN"))
    parser.add_argument("--max-upload-mb", type=int, default=DEFAULT_MAX_UPLOAD // (1024 * 1024))
    parser.add_argument("--workers", type=int, default=1, help="0: one per core (at most 4)")
    args = parser.parse_args(argv)
    workers = args.workers or default_workers()
    serve(
        args.db,
        args.host,
        args.port,
        token=args.token,
        max_upload_bytes=args.max_upload_mb << 20,
        workers=workers,
    )


if __name__ == "__main__":
    main()
