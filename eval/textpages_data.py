"""Real pages as copied plain text: loading, rendering (inscriptis, html2text; cached under /tmp), gold labels.

Shared by eval/textpages.py (the report) and eval/train_lines.py (the line labeller's training). Page text never
enters the repository: renders are cached under /tmp/textpages-cache.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import tarfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data"
CACHE = Path("/tmp/textpages-cache")
RENDERERS = ("inscriptis", "html2text")
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    """One real page with its gold labels; ``body`` is None where no gold body exists (metadata set)."""

    set: str
    id: str
    html: str
    url: str | None = None
    body: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD from trafilatura's labels
    htmldate: str | None = None  # YYYY-MM-DD from htmldate's labels ("" = labelled undated)
    htmldate_set: str | None = None
    site_name: str | None = None
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def half(self) -> int:
        """0 or 1 by a stable hash of the page id: fit on one half, report on the other."""
        return int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 2


def _meta(html: str, prop: str) -> str | None:
    # The content value runs to its own closing quote: "Jupiter's Moon" inside double quotes is one value.
    for pattern in (
        rf"<meta[^>]+(?:property|name)=[\"']{prop}[\"'][^>]*content=(?P<q>[\"'])(?P<v>(?:(?!(?P=q)).)+)(?P=q)",
        rf"<meta[^>]+content=(?P<q>[\"'])(?P<v>(?:(?!(?P=q)).)+)(?P=q)[^>]*(?:property|name)=[\"']{prop}[\"']",
    ):
        m = re.search(pattern, html[:200_000], re.I | re.S)
        if m:
            import html as htmllib

            return htmllib.unescape(m.group("v")).strip() or None
    return None


def _h1(html: str) -> str | None:
    m = re.search(r"<h1\b[^>]*>(.*?)</h1>", html, re.I | re.S)
    if not m:
        return None
    import html as htmllib

    text = re.sub(r"\s+", " ", htmllib.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))).strip()
    return text or None


def load_extraction() -> list[Page]:
    """The 181 article-extraction-benchmark pages with gold bodies; gold title = og:title, else h1."""
    root = DATA / "extraction"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        html = gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace")
        title = declared_title(html, truth[pid].get("url"))
        pages.append(
            Page(
                "extraction",
                pid,
                html,
                url=truth[pid].get("url"),
                body=truth[pid]["articleBody"],
                title=title,
                site_name=_meta(html, "og:site_name"),
            )
        )
    return pages


def declared_title(html: str, url: str | None) -> str | None:
    """The title a page declares: og:title, else its h1, without the site's name ("Headline - Sportsnet.ca": the
    gold headline is the story's)."""
    from storyline.extract.metadata import strip_site_name
    from storyline.extract.outlet import outlet_from_url

    title = _meta(html, "og:title") or _h1(html)
    return strip_site_name(title, _meta(html, "og:site_name"), outlet_from_url(url)) if title else None


def decode_page(raw: bytes) -> str:
    """A page's HTML as ingest decodes it (BOM, UTF-8, declared charset, detection); junk decodes leniently."""
    from storyline.model import Reject
    from storyline.readers.decode import decode_bytes
    from storyline.readers.html import html_charset
    from storyline.settings import DEFAULTS

    text = decode_bytes(raw, "<page>", DEFAULTS.ingest, html_charset(raw))
    return raw.decode("utf-8", "replace") if isinstance(text, Reject) else text


def load_metadata() -> list[Page]:
    """The metadata pages (htmldate + trafilatura labels), one Page per URL whose HTML is present."""

    root = DATA / "metadata"
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    raw: dict[str, bytes] = {}
    with tarfile.open(root / "pages.tar.xz", "r:xz") as tar:
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None:
                raw[Path(member.name).stem] = handle.read()
    pages = []
    for url, entry in sorted(gold.items()):
        pid = entry.get("page_trafilatura") or entry["page"]
        if pid not in raw:
            continue
        meta = entry.get("trafilatura_meta") or {}
        html = decode_page(raw[pid])
        pages.append(
            Page(
                "metadata",
                f"{pid}-{hashlib.sha1(url.encode()).hexdigest()[:6]}",
                html,
                url=url,
                title=meta.get("title"),
                author=meta.get("author"),
                date=(meta.get("date") or "")[:10] or None,
                htmldate=(entry.get("htmldate_date") or "") if "htmldate_date" in entry else None,
                htmldate_set=entry.get("htmldate_set"),
                site_name=_meta(html, "og:site_name"),
            )
        )
    return pages


def _render_inscriptis(html: str) -> str:
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    config = ParserConfig(css=CSS_PROFILES["relaxed"], display_links=False, display_images=False)
    return get_text(html, config)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")


def _render_html2text(html: str) -> str:
    from html2text import HTML2Text

    converter = HTML2Text()
    converter.body_width = 0
    converter.ignore_links = True
    converter.ignore_images = True
    text = converter.handle(html)
    # A copy from a browser carries no markdown marks: strip heading hashes and emphasis stars.
    return _MD_EMPHASIS.sub("", _MD_HEADING.sub("", text))


_RENDER = {"inscriptis": _render_inscriptis, "html2text": _render_html2text}


def render(page: Page, renderer: str) -> str:
    """The page as plain text through one renderer, cached on disk (renders are slow; the pages never change)."""
    if renderer in page.texts:
        return page.texts[renderer]
    key = hashlib.sha1(page.html.encode("utf-8", "replace")).hexdigest()[:20]
    path = CACHE / renderer / f"{key}.txt.gz"
    if path.exists():
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        try:
            text = _RENDER[renderer](page.html)
        except Exception:  # a renderer that chokes on a page gives an empty copy, scored as such
            text = ""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    page.texts[renderer] = text
    return text


def load_all(quick: bool = False) -> dict[str, list[Page]]:
    """Both real sets (absent sets are empty); ``quick`` keeps every fourth page for fast iteration."""
    sets: dict[str, list[Page]] = {"extraction": [], "metadata": []}
    if (DATA / "extraction" / "ground-truth.json").exists():
        sets["extraction"] = load_extraction()
    if (DATA / "metadata" / "gold.json").exists():
        sets["metadata"] = load_metadata()
    if quick:
        sets = {k: [p for i, p in enumerate(v) if i % 4 == 0] for k, v in sets.items()}
    return sets


# --- scoring ------------------------------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    """Words as a reader sees them: gold and output alike without invisible characters (a gold og:title's soft
    hyphens split "Deutsch\u00adland" into two tokens)."""
    from storyline.extract.invisible import visible_text

    return [t.casefold() for t in _TOKEN.findall(visible_text(text or ""))]


def norm(text: str | None) -> str:
    return " ".join(tokens(text))


def site_key(site_name: str | None) -> str:
    """The gold outlet key of a page: its og:site_name up to a " | " or " - " tail, normalised as storyline
    compares outlets ("The Example Times | Breaking news" -> "exampletimes")."""
    from storyline.extract.outlet import norm

    return norm(re.split(r"\s+[|–—-]\s+|\s*\|\s*|:\s", site_name or "")[0])


def host_key(url: str | None) -> str:
    """The page's web address as an outlet key ("https://www.bbc.co.uk/news/x" -> "bbc"): a second form of the
    name the page declares for itself, beside og:site_name ("BBC News"). A text reader's "BBC" names the same
    outlet; outlet_named counts it apart from the strict og:site_name match."""
    from storyline.extract.outlet import norm as outlet_norm
    from storyline.extract.outlet import outlet_from_url

    return outlet_norm(outlet_from_url(url))


def outlet_named(name: str | None, page: Page) -> tuple[bool, bool]:
    """Whether an outlet name is the page's og:site_name (the strict measure) and whether it is that or the name
    of the page's web address (``host_key``); both False for no name."""
    from storyline.extract.outlet import norm as outlet_norm

    key = outlet_norm(name)
    strict = bool(key) and key == site_key(page.site_name)
    return strict, strict or (bool(key) and key == host_key(page.url))


def in_text(key: str, text: str) -> bool:
    """Whether a normalised name occurs anywhere in a text (compared as storyline.extract.outlet.squash)."""
    from storyline.extract.outlet import squash

    return bool(key) and key in squash(text)


def token_f1(predicted: str | None, gold: str | None) -> float:
    """Token-multiset F1 of two short strings (headline, byline)."""
    p, g = Counter(tokens(predicted)), Counter(tokens(gold))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


if __name__ == "__main__":  # warm the render cache: python eval/textpages_data.py
    import sys
    import time

    start = time.time()
    loaded = load_all(quick="--quick" in sys.argv)
    for name in RENDERERS:
        for pages in loaded.values():
            for page in pages:
                render(page, name)
        print(name, f"{time.time() - start:.0f}s", flush=True)


def silver_body(page: Page) -> str:
    """trafilatura's body of the HTML, cached: silver body labels for pages without a gold body (training only)."""
    key = hashlib.sha1(page.html.encode("utf-8", "replace")).hexdigest()[:20]
    path = CACHE / "trafilatura" / f"{key}.txt.gz"
    if path.exists():
        return gzip.decompress(path.read_bytes()).decode("utf-8")
    import trafilatura

    try:
        text = trafilatura.extract(page.html, url=page.url) or ""
    except Exception:
        text = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(text.encode("utf-8")))
    return text


def description(page: Page) -> str | None:
    """The page's own summary (og:description, else meta description): gold for standfirst lines."""
    return _meta(page.html, "og:description") or _meta(page.html, "description")
