"""Screenshot every page of the web app over a built store, at desktop and phone widths.

Usage: python scripts/screenshots.py [--db out/demo.db] [--out out/screenshots]
Needs chromium at /usr/bin/chromium (scripts/ensure-chromium.sh installs it) and the dev extra (playwright).
"""

from __future__ import annotations

import argparse
import re
import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn

from storyline.store import open_store
from storyline.web import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
WIDTHS = {"desktop": (1280, 900), "phone": (375, 812)}


def pick_pages(db: Path) -> dict[str, str]:
    """One of each page kind, choosing the richest examples (most sources, removed text, a cited span)."""
    with open_store(db) as store:
        stories = store.stories()
        if not stories:
            sys.exit(f"{db} has no stories: run `make demo` first")
        placements = store.placements()
        story = max(stories, key=lambda s: len({placements[a][0] or a for a in s.article_ids}))
        lines = sorted(store.storylines(), key=lambda line: -len(line.story_ids))
        articles = store.articles(story.article_ids)
        with_removed = max(store.articles(), key=lambda a: len(a.removed))
        word = next((w for a in articles for w in re.findall(r"[A-Z][a-z]{5,}", a.body)), "harbour")
    pages = {
        "index": "/",
        "story": f"/stories/{story.id}",
        "article": f"/articles/{articles[0].id}",
        "article-removed": f"/articles/{with_removed.id}",
        "search": f"/search?q={word}",
        "storylines": "/storylines",
        "docs": "/docs",
        "error": "/stories/no-such-story",
    }
    if lines:
        pages["storyline"] = f"/storylines/{lines[0].id}"
    return pages


def serve(db: Path) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("out/demo.db"))
    parser.add_argument("--out", type=Path, default=Path("out/screenshots"))
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: run scripts/ensure-chromium.sh")
    from playwright.sync_api import sync_playwright

    pages = pick_pages(args.db)
    server, base = serve(args.db)
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for size, (width, height) in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for name, path in pages.items():
                    if name == "article":  # open it the way a citation does, at a cited span
                        story_page = page.goto(base + pages["story"]) and page.locator("a.cite").first
                        path = story_page.get_attribute("href") if story_page.count() else path
                    page.goto(base + path)
                    page.wait_for_load_state("load")
                    if name == "article-removed":
                        page.locator("details.removed summary").click()
                    target = args.out / f"{name}-{size}.png"
                    page.screenshot(path=str(target), full_page=name not in ("article",))
                    print(target)
                context.close()
            browser.close()
    finally:
        server.should_exit = True


if __name__ == "__main__":
    main()
