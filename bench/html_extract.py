"""HTML extraction cost: storyline's extract (what extract_article runs) against bare trafilatura, same pages, same run.

    nice .venv/bin/python bench/html_extract.py                  # extraction/ (181) and metadata/ (1,288) pages
    nice .venv/bin/python bench/html_extract.py --set extraction --pages 60
    nice .venv/bin/python bench/html_extract.py --profile /tmp/html.prof   # plus cProfile of storyline's pass

Pages: ../shared/eval-data/extraction/html and metadata/pages.tar.xz (decoded as ingest decodes them); a set
that is absent is skipped. Times are CPU seconds (process_time) summed per system, the systems run one after
another on each page, so load from other jobs on a shared machine falls on all of them alike.
References, both with the options storyline passes (favor_precision=settings.clean.html_favor_precision,
include_comments=settings.clean.html_include_comments):
  bare      trafilatura.extract(html, url=url, ...)                          body only
  bare+meta the same with with_metadata=True and htmldate's extensive search (what storyline reads from markup)
The ratio is reference time over storyline time (pages/s relative to the reference; 1.0 = as fast).
An instrumented pass first splits storyline's time into stages (exclusive time; the timers cost a little); it
also pays storyline's one-off lazy loads (dateparser locales, the py3langid model), so the timed comparison after
it is the steady state of a long ingest.
Measured (extraction set, 181 pages, busy shared machine, one run each): before parsing once (f3b763b) storyline
14.22 s vs bare 8.87 s / bare+meta 12.51 s = 0.62x / 0.88x; after, 11.37 s vs 9.00 s / 12.14 s = 0.79x / 1.07x.
Stages after: trafilatura body 7.47 s, markup metadata 1.56 s (trafilatura's author search over a pruned copy
of the page is most of it), parse 0.98 s, cleaning 0.78 s steady (5.69 s with the one-off loads), dates 0.50 s.
Session 14, same machine, same day, under heavy load (two runs each): before (122e130) storyline 10.98 s vs bare
8.91 s = 0.81x; after parsing with lxml's C-level element lookup and the markup author search without a page
copy (extract/html_author.py), 10.34 s vs 9.47 s = 0.92x and 10.11 s vs 9.03 s = 0.89x (bare+meta 1.23x both);
the same Article on all 1,469 pages of both sets.
Session htmlspeed8 (two runs each, before 5f28521 and after in parallel on the loaded machine): the author
search's candidate XPath (25 contains() per element) replaced by one attribute XPath + Python regexes; markup
metadata stage 0.69 -> 0.31 s; storyline vs bare before 0.86x / 0.85x (plus 0.87x earlier), after 0.89x / 0.89x;
the same Article on all 1,469 pages. Still under 0.9x: what storyline adds is now spread thin (cue scoring of
lines ~0.18 s, htmldate ~0.16 s, JSON-LD ~0.16 s, date tags ~0.13 s, meta tags ~0.11 s, article id ~0.07 s).
Session htmlspeed9 (extraction set, before 52d1cb2 and after run back to back, twice, load ~15): the body
extraction runs on the parsed tree itself (bare_extraction deep-copied a tree it was given: ~0.12 s on the
181 pages), the repair deletes INVALID_XML_CHARS only when a byte scan finds one (the regex: ~0.15 s, the scan
~0.06 s), the JSON-LD minify regex unrolled (~0.03 s less); storyline vs bare before 0.92x / 0.90x, after
0.95x / 0.96x; the same Article on all 1,469 pages.
Session htmlspeed13 (base 6f82a9b then new, back to back, load ~11): under storyline's default options
(favor_precision, no comments) readability reads the raw tree itself instead of a deep copy
(boilerplate._precise_sequence), and date_from_tags' in-article XPath reaches itemprop attributes and <time>
elements instead of testing every element. Extraction set, storyline vs bare, base -> new: 0.97x -> 1.01x,
0.98x -> 1.01x, 0.98x -> 1.01x; metadata set (first 400 pages): 0.90x -> 0.92x, 0.91x -> 0.92x. The same
Article on all 1,469 pages. What is left is trafilatura's own work: OVERALL_DISCARD_XPATH (EXSLT regex tests
calling back into Python on every element, run on the cleaned and on the raw tree) is ~0.85 s of the ~2.4 s
body extraction on the 181 pages.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import sys
import tarfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "eval-data"

import trafilatura  # noqa: E402

import storyline.extract as extract_module  # noqa: E402
from storyline.extract import boilerplate, extract  # noqa: E402
from storyline.model import Document, Reject  # noqa: E402
from storyline.readers.decode import decode_bytes  # noqa: E402
from storyline.readers.html import html_charset  # noqa: E402
from storyline.settings import DEFAULTS  # noqa: E402

Page = tuple[str, str | None]  # (decoded html, url)


def extraction_pages() -> list[Page]:
    truth_file = DATA / "extraction" / "ground-truth.json"
    if not truth_file.exists():
        return []
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    html = DATA / "extraction" / "html"
    return [
        (
            gzip.decompress((html / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace"),
            truth[i].get("url"),
        )
        for i in sorted(truth)
    ]


def metadata_pages() -> list[Page]:
    tar_file, gold_file = DATA / "metadata" / "pages.tar.xz", DATA / "metadata" / "gold.json"
    if not (tar_file.exists() and gold_file.exists()):
        return []
    urls = {e["page"]: e["url"] for e in json.loads(gold_file.read_text(encoding="utf-8")).values()}
    urls.update(
        {
            e["page_trafilatura"]: e["url"]
            for e in json.loads(gold_file.read_text(encoding="utf-8")).values()
            if e.get("page_trafilatura")
        }
    )
    pages: list[Page] = []
    with tarfile.open(tar_file, "r:xz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            page = Path(member.name).stem
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is None:
                continue
            raw, url = handle.read(), urls.get(page)
            text = decode_bytes(raw, url or page, DEFAULTS.ingest, html_charset(raw))
            if not isinstance(text, Reject):
                pages.append((text, url))
    return pages


def _bare(page: Page, **options: Any) -> None:
    """trafilatura with the options storyline passes (plus ``options``)."""
    trafilatura.extract(
        page[0],
        url=page[1],
        favor_precision=DEFAULTS.clean.html_favor_precision,
        include_comments=DEFAULTS.clean.html_include_comments,
        **options,
    )


def _bare_meta(page: Page) -> None:
    """The same, also reading the metadata storyline reads from markup (htmldate's extensive search)."""
    _bare(page, with_metadata=True, date_extraction_params={"extensive_search": True, "original_date": True})


def _storyline(page: Page) -> None:
    html, url = page
    extract(Document(source=url or "page", raw=b"", text=html, content_type="html", url=url))


SYSTEMS: dict[str, Callable[[Page], None]] = {"bare": _bare, "bare+meta": _bare_meta, "storyline": _storyline}


def compare(pages: list[Page]) -> dict[str, float]:
    """CPU seconds per system over the pages, the systems taking turns on each page."""
    spent = dict.fromkeys(SYSTEMS, 0.0)
    for page in pages:
        for name, system in SYSTEMS.items():
            start = time.process_time()
            system(page)
            spent[name] += time.process_time() - start
    return spent


class Stages:
    """Exclusive CPU time per stage: a stage entered inside another is taken out of the outer one."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._stack: list[list[Any]] = []  # [stage, start, child time]

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self._stack.append([name, time.process_time(), 0.0])
        try:
            yield
        finally:
            _, start, children = self._stack.pop()
            total = time.process_time() - start
            self.spent[name] += total - children
            if self._stack:
                self._stack[-1][2] += total

    def wrap(self, owner: Any, attr: str, name: str) -> Callable[[], None]:
        """Time ``owner.attr`` as stage ``name``; returns the undo."""
        original = getattr(owner, attr)

        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return original(*args, **kwargs)

        setattr(owner, attr, timed)
        return lambda: setattr(owner, attr, original)


def breakdown(pages: list[Page]) -> dict[str, float]:
    """storyline's CPU time per stage (exclusive); "other" is what no stage covers (ids, flags, language, glue)."""
    import htmldate

    stages = Stages()
    hooks = [
        (extract_module, "parse_html", "parse"),
        (boilerplate, "_body", "trafilatura body"),
        (boilerplate, "_markup_metadata", "metadata (markup)"),
        (htmldate, "find_date", "dates (htmldate)"),
        (extract_module, "date_from_tags", "dates (tags)"),
        (extract_module, "outlet_from_url", "outlet"),
        (extract_module, "outlet_from_chrome", "outlet"),
        (extract_module, "_clean_lines", "cleaning"),
    ]
    undo = [stages.wrap(owner, attr, name) for owner, attr, name in hooks if hasattr(owner, attr)]
    try:
        for page in pages:
            with stages.stage("other"):
                _storyline(page)
    finally:
        for restore in undo:
            restore()
    return dict(stages.spent)


def report(name: str, pages: list[Page], profile: str | None) -> None:
    for page in pages[:3]:  # warm imports before any timed pass
        for system in SYSTEMS.values():
            system(page)
    stages = breakdown(pages)  # first: it also pays the one-off lazy loads (dateparser locales, py3langid)
    spent = compare(pages)
    ours = spent["storyline"]
    print(f"{name}: {len(pages)} pages, CPU seconds (pages/s)")
    for system, seconds in spent.items():
        print(f"  {system:10s} {seconds:7.2f} s  ({len(pages) / seconds:6.1f} pages/s)")
    print(f"  ratio storyline vs bare      {spent['bare'] / ours:.2f}x")
    print(f"  ratio storyline vs bare+meta {spent['bare+meta'] / ours:.2f}x")
    total = sum(stages.values())
    print(f"  storyline stages (instrumented first pass, one-off loads included, {total:.2f} s):")
    for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"    {stage:20s} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    if profile:
        cProfile.runctx("[_storyline(p) for p in pages]", globals(), {"pages": pages}, f"{profile}.{name}")
        print(f"  profile: {profile}.{name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("extraction", "metadata", "both"), default="both")
    parser.add_argument("--pages", type=int, default=0, help="first N pages of each set (0: all)")
    parser.add_argument("--profile", help="write cProfile stats of storyline's pass to PATH.<set>")
    args = parser.parse_args()
    sets = {"extraction": extraction_pages, "metadata": metadata_pages}
    ran = False
    for name, load in sets.items():
        if args.set not in (name, "both"):
            continue
        pages = load()
        if not pages:
            print(f"{name}: skipped ({DATA / name} not found)")
            continue
        report(name, pages[: args.pages] if args.pages else pages, args.profile)
        ran = True
    if not ran:
        print("no pages: nothing measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
