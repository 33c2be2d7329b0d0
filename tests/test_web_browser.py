"""Real-browser checks (Playwright driving Debian's chromium): citations open the cited span, search
highlights, the removed-text toggle works by keyboard, and article text can never run as script."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import feedparser
import pytest
from test_web_fixtures import BRIDGE, FERRY_B, build_store

from storyline.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium not installed at /usr/bin/chromium")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def server(tmp_path_factory, request):
    """The app over the fixture store, on SQLite and on a throwaway Postgres (shared deployments serve it too)."""
    import uvicorn
    from pg_server import fresh_database

    if request.param == "sqlite":
        path = str(tmp_path_factory.mktemp("browser") / "s.db")
    else:
        path = fresh_database()
    ids = build_store(path)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    base, _ = server
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on(
        "request",
        lambda r: problems.append("outside request " + r.url) if not r.url.startswith(base) else None,
    )
    pg.problems = problems
    yield pg
    context.close()


def test_list_story_citation_opens_highlighted_span(page, server):
    base, ids = server
    page.goto(base + "/")
    page.get_by_role("link", name="Ferry crews strike at Port Ellison").click()
    page.wait_for_url(f"**/stories/{ids['ferry']}")
    cite = page.locator(f'.summary a.cite[href^="/articles/{ids["b"]}#c"]').first
    href = cite.get_attribute("href")
    start, end = (int(x) for x in href.split("#c")[1].split("-"))
    cite.click()
    page.wait_for_url(f"**/articles/{ids['b']}#c{start}-{end}")
    mark = page.locator("#article-body mark.cited")
    mark.first.wait_for()
    page.wait_for_function("document.activeElement.classList.contains('cited')", timeout=3000)
    assert "".join(mark.all_text_contents()) == FERRY_B[start:end]
    assert page.evaluate("document.activeElement.classList.contains('cited')"), page.evaluate(
        "document.activeElement.outerHTML"
    )
    assert page.problems == []


def test_who_did_what_cites_open_the_span_and_script_stays_text(page, server):
    base, ids = server
    page.goto(f"{base}/stories/{ids['ferry']}")
    item = page.locator(".events li").first
    assert "Ferry crew walk out" in item.inner_text() and "2 outlets" in item.inner_text()
    conflict = page.locator(".conflicts > li").first.inner_text()  # a syndicated copy's figure counts once
    assert "(neither side corroborated)" in conflict and "Coastline Post says About 120" in conflict
    assert "Valley Wire says" not in conflict
    cite = item.locator(f'a.cite[href^="/articles/{ids["b"]}#c"]')
    start, end = (int(x) for x in cite.get_attribute("href").split("#c")[1].split("-"))
    cite.click()
    page.wait_for_url(f"**/articles/{ids['b']}#c{start}-{end}")
    mark = page.locator("#article-body mark.cited")
    mark.first.wait_for()
    assert "".join(mark.all_text_contents()) == FERRY_B[start:end] == "About 120 ferry workers stopped work"
    page.goto(f"{base}/stories/{ids['bridge']}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None and page.title() != "pwned"
    assert "<script>window.__pwned = 1</script>" in page.locator(".events").inner_text()
    assert page.locator(".events script").count() == 0
    assert page.problems == []


def test_search_highlights_matches(page, server):
    base, _ = server
    page.goto(base + "/")
    page.get_by_role("searchbox", name="Search articles").fill("piers")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=piers")
    assert page.locator(".snippet mark").first.inner_text().lower() == "piers"
    assert page.problems == []


def test_storyline_page_links_its_atom_feed(page, server):
    base, ids = server
    page.goto(f"{base}/storylines/{ids['line']}")
    feed_link = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    assert feed_link.count() == 1
    href = feed_link.get_attribute("href")
    visible = page.get_by_role("link", name="Follow as a feed (Atom)")
    assert visible.get_attribute("href") == href
    resp = page.request.get(base + href)  # what a feed reader finding the link would fetch
    assert resp.ok and resp.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(resp.body())
    assert not feed.bozo and feed.feed.title == page.locator("h1").inner_text()
    assert [e.title for e in feed.entries] == ["Carrow Bridge closed", "Ferry crews strike at Port Ellison"]
    assert page.problems == []


def test_removed_text_toggle_works_from_the_keyboard(page, server):
    base, ids = server
    page.goto(f"{base}/articles/{ids['a']}")
    removed = page.get_by_text("Sign up for our morning newsletter")
    assert not removed.is_visible()
    page.locator("details.removed summary").focus()
    page.keyboard.press("Enter")
    assert removed.is_visible()
    page.keyboard.press("Enter")
    assert not removed.is_visible()


def test_script_in_article_text_is_shown_not_run(page, server):
    base, ids = server
    page.goto(f"{base}/articles/{ids['d']}")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None
    assert page.title() != "pwned"
    assert "<script>window.__pwned = 1;" in page.locator("#article-body").inner_text()
    assert page.locator("#article-body script").count() == 0
    assert BRIDGE.split("\n\n")[0] in page.locator("#article-body").inner_text()
    assert page.problems == []


def _pages(ids: dict[str, str]) -> list[str]:
    return [
        "/",
        "/storylines",
        f"/stories/{ids['ferry']}",
        f"/stories/{ids['bridge']}",
        f"/storylines/{ids['line']}",
        f"/articles/{ids['a']}",
        f"/articles/{ids['d']}",
        "/search?q=ferry",
        "/search",
        "/docs",
        "/stories/nothing0here",
    ]


@pytest.mark.parametrize("width", [375, 1280])
def test_every_page_fits_the_viewport_width(browser, server, width):
    base, ids = server
    context = browser.new_context(viewport={"width": width, "height": 800})
    pg = context.new_page()
    try:
        for path in _pages(ids):
            pg.goto(base + path)
            pg.wait_for_load_state("load")
            scroll = pg.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width, f"{path} is {scroll}px wide at a {width}px viewport"
            # the widest element, if anything sticks out, names the culprit in the failure
            wide = pg.evaluate(
                "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                f"{width} + 1 && !e.closest('.chart, .table-wrap')).map(e => e.tagName + '.' + e.className)"
            )
            assert wide == [], f"{path}: {wide}"
    finally:
        context.close()


FOCUS_STYLE = """() => {
  const e = document.activeElement, s = getComputedStyle(e);
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  const r = e.getBoundingClientRect();
  return {tag: e.tagName, id: e.id, text: (e.innerText || e.value || '').trim().slice(0, 40),
          href: e.getAttribute('href'), outline, shadow: s.boxShadow !== 'none',
          visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight + scrollY + 1}
}"""


def _tab_through(pg, stop, limit: int = 40) -> list[dict]:
    """Press Tab until stop(focused) is true; every focused element must show a focus ring and be on screen."""
    seen = []
    for _ in range(limit):
        pg.keyboard.press("Tab")
        f = pg.evaluate(FOCUS_STYLE)
        seen.append(f)
        assert f["outline"] or f["shadow"], f"no visible focus style on {f}"
        assert f["visible"], f"focused element is off screen: {f}"
        if stop(f):
            return seen
    pytest.fail(f"Tab never reached the target; went through {[s['text'] or s['id'] for s in seen]}")


def test_keyboard_reaches_links_and_search_at_phone_width(browser, server):
    base, ids = server
    context = browser.new_context(viewport={"width": 375, "height": 740})
    pg = context.new_page()
    try:
        pg.goto(base + "/")
        seen = _tab_through(pg, lambda f: f["href"] == f"/stories/{ids['ferry']}")
        assert seen[0]["text"] == "Skip to content"
        names = [s["text"] for s in seen]
        for wanted in ("Stories", "Storylines", "API"):
            assert wanted in names
        assert any(s["id"] == "site-q" for s in seen)
        pg.keyboard.press("Enter")  # the focused story link opens the story
        pg.wait_for_url(f"**/stories/{ids['ferry']}")
        _tab_through(pg, lambda f: f["href"] is not None and "/articles/" in f["href"])

        pg.goto(base + "/")
        pg.keyboard.press("Tab")
        pg.keyboard.press("Enter")  # the skip link moves focus to the main content
        assert pg.evaluate("document.activeElement.id") == "main"
        pg.goto(base + "/")
        _tab_through(pg, lambda f: f["id"] == "site-q")
        pg.keyboard.type("piers")
        pg.keyboard.press("Enter")
        pg.wait_for_url("**/search?q=piers")
        _tab_through(pg, lambda f: f["href"] == f"/articles/{ids['d']}")
    finally:
        context.close()
