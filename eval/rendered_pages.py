"""The real pages of shared/eval-data/metadata rendered to plain text, as a user's HTML-to-text tool would.

Renderings are cached under /tmp (never in the repo): ``inscriptis`` (relaxed CSS, no links/images) and
``html2text`` (body_width=0, links and images ignored). Pages split into two halves by a stable hash of the page id.
"""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data" / "metadata"
CACHE = Path("/tmp/storyline-rendered")
RENDERERS = ("inscriptis", "html2text")


@dataclass(frozen=True)
class Page:
    page: str
    url: str
    mediacloud: bool
    date: str | None  # the label this page is scored against (htmldate for MediaCloud, else trafilatura)
    site_name: str | None  # og:site_name (or application-name) from the page's own markup

    @property
    def half(self) -> int:
        """0 or 1, stable across runs and machines."""
        return hashlib.sha1(self.page.encode()).digest()[0] & 1


def _render(html: str, renderer: str) -> str:
    if renderer == "inscriptis":
        from inscriptis import get_text
        from inscriptis.css_profiles import CSS_PROFILES
        from inscriptis.model.config import ParserConfig

        config = ParserConfig(css=CSS_PROFILES["relaxed"], display_links=False, display_images=False)
        return get_text(html, config)
    from html2text import HTML2Text

    h = HTML2Text()
    h.body_width = 0
    h.ignore_links = True
    h.ignore_images = True
    return h.handle(html)


_SITE_META = re.compile(
    r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"'](?:og:site_name|application-name)[\"'][^>]*>", re.I | re.S
)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I | re.S)


def site_name(html: str) -> str | None:
    """The og:site_name (else application-name) the page states about itself."""
    import html as html_lib

    for m in _SITE_META.finditer(html):
        c = _CONTENT.search(m.group(0))
        if c:
            value = html_lib.unescape(c.group(1) or c.group(2) or "").strip()
            if value:
                return value
    return None


def _ensure_cache() -> None:
    marker = CACHE / "done.json"
    if marker.exists():
        return
    from eval.textpages_data import decode_page

    CACHE.mkdir(parents=True, exist_ok=True)
    for r in RENDERERS:
        (CACHE / r).mkdir(exist_ok=True)
    sites: dict[str, str | None] = {}
    with tarfile.open(DATA / "pages.tar.xz", "r:xz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            page = Path(member.name).stem
            html = decode_page(handle.read())
            sites[page] = site_name(html)
            for r in RENDERERS:
                try:
                    text = _render(html, r)
                except Exception:  # a renderer crash is an empty rendering, as a user would see
                    text = ""
                (CACHE / r / f"{page}.txt").write_text(text, encoding="utf-8")
    marker.write_text(json.dumps(sites), encoding="utf-8")


def pages() -> list[Page]:
    """Every labelled page: the 200 MediaCloud pages (htmldate labels) and the trafilatura-dated ones."""
    _ensure_cache()
    sites = json.loads((CACHE / "done.json").read_text(encoding="utf-8"))
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    out: dict[tuple[str, bool], Page] = {}
    for entry in sorted(gold.values(), key=lambda e: e["url"]):
        if entry.get("htmldate_set") == "mediacloud2020":
            p = entry["page"]
            out[(p, True)] = Page(p, entry["url"], True, entry.get("htmldate_date"), sites.get(p))
        meta = entry.get("trafilatura_meta") or {}
        if meta.get("date"):
            p = entry.get("page_trafilatura") or entry["page"]
            out[(p, False)] = Page(p, entry["url"], False, meta["date"][:10], sites.get(p))
    return list(out.values())


def text(page: Page, renderer: str) -> str:
    return (CACHE / renderer / f"{page.page}.txt").read_text(encoding="utf-8")


def iter_texts(renderer: str, half: int | None = None) -> Iterator[tuple[Page, str]]:
    for p in pages():
        if half is None or p.half == half:
            yield p, text(p, renderer)


if __name__ == "__main__":
    ps = pages()
    print(
        len(ps),
        "pages;",
        sum(p.mediacloud for p in ps),
        "MediaCloud;",
        sum(bool(p.site_name) for p in ps),
        "named",
    )
