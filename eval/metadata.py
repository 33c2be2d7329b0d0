"""Publication date, title and author accuracy on real pages (htmldate + trafilatura labels).

Run: .venv/bin/python eval/metadata.py   (reads ../shared/eval-data/metadata; skips when absent)
Pages are split by sorted page id: first half for tuning, second half for the report. Dates score by YYYY-MM-DD;
a correct "no date" counts as right.
"""

from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data" / "metadata"


def _norm(text: str | None) -> str:
    return re.sub(r"\W+", " ", text or "").strip().casefold()


def _day(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]


def _load_pages(wanted: set[str]) -> dict[str, bytes]:
    pages: dict[str, bytes] = {}
    with tarfile.open(DATA / "pages.tar.xz", "r:xz") as tar:
        for member in tar:
            page = Path(member.name).stem
            if member.isfile() and page in wanted:
                handle = tar.extractfile(member)
                if handle is not None:
                    pages[page] = handle.read()
    return pages


_CACHE: dict[tuple[int, str], dict[str, object]] = {}


def _run(raw: bytes, url: str) -> dict[str, object]:
    key = (id(raw), url)
    if key not in _CACHE:
        _CACHE[key] = _run_uncached(raw, url)
    return _CACHE[key]


def _run_uncached(raw: bytes, url: str) -> dict[str, object]:
    from storyline.extract import extract
    from storyline.extract.boilerplate import extract_html
    from storyline.extract.published import parse_iso
    from storyline.model import Document, Reject
    from storyline.readers.decode import decode_bytes
    from storyline.readers.html import html_charset
    from storyline.settings import DEFAULTS

    text = decode_bytes(raw, url, DEFAULTS.ingest, html_charset(raw))
    if isinstance(text, Reject):
        return {"date": None, "title": None, "author": None, "rejected": True}
    result = extract(Document(source=url, raw=raw, text=text, content_type="html", url=url))
    if isinstance(result, Reject):  # too little body: still report what the markup says
        found = extract_html(text, url, DEFAULTS.clean)
        return {
            "date": _day(parse_iso(found.date)),
            "title": found.title,
            "author": found.author,
            "rejected": True,
        }
    return {
        "date": _day(result.published),
        "title": result.headline,
        "author": result.byline,
        "rejected": False,
    }


def _accuracy(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} (n={len(hits)})" if hits else "n/a"


def main() -> int:
    if not (DATA / "gold.json").exists():
        print(f"skipped: {DATA} not found")
        return 0
    gold = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    entries = sorted(gold.values(), key=lambda e: (e["page"], e["url"]))
    pages = _load_pages(
        {e["page"] for e in entries} | {e.get("page_trafilatura") or e["page"] for e in entries}
    )
    half = len(entries) // 2
    for name, members in (("tune (first half)", entries[:half]), ("report (second half)", entries[half:])):
        dates, t_dates, titles, authors, rejected = [], [], [], [], 0
        for entry in members:
            if "htmldate_date" in entry and entry["page"] in pages:
                out = _run(pages[entry["page"]], entry["url"])
                rejected += bool(out["rejected"])
                dates.append(out["date"] == entry["htmldate_date"])
            meta = entry.get("trafilatura_meta")
            page = entry.get("page_trafilatura") or entry["page"]
            if meta and page in pages:
                out = _run(pages[page], entry["url"])
                if meta.get("date"):
                    t_dates.append(out["date"] == meta["date"][:10])
                if meta.get("title"):
                    titles.append(_norm(str(out["title"])) == _norm(meta["title"]))
                if meta.get("author"):
                    authors.append(_norm(str(out["author"])) == _norm(meta["author"]))
        print(f"{name}:")
        print(f"  date vs htmldate labels     {_accuracy(dates)}  (rejected as too short: {rejected})")
        print(f"  date vs trafilatura labels  {_accuracy(t_dates)}")
        print(f"  title exact (normalised)    {_accuracy(titles)}")
        print(f"  author exact (normalised)   {_accuracy(authors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
