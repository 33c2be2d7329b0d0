"""Plain-text path speed on real pages copied as text, against jusText on the same pages in the same run.

    .venv/bin/python bench/textpath.py            # every rendered page, both renderers (a few minutes)
    .venv/bin/python bench/textpath.py --quick    # every fourth page

Pages come from ../shared/eval-data (skips when absent), rendered to text by inscriptis and html2text
(eval/textpages_data.py, cached in /tmp/textpages-cache); each copy goes through
``extract_article(text, content_type="text")``. Baseline: jusText (eval/textpages.py's "jusText lines": body only,
no metadata) on the same lines. Times are CPU seconds (process_time) after one warm-up pass over the first pages
and after dateparser's one-off table build (printed apart), so other jobs on the machine skew them little. The
floor (issue 12) is 30 pages/s per core on both renderers.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from textpages import run_justext, run_storyline  # noqa: E402
from textpages_data import RENDERERS, load_all, render  # noqa: E402

FLOOR = 30.0  # pages/s per core (CPU), issue 12


def pages_per_second(run: Callable[[str], object], texts: list[str]) -> float:
    for text in texts[:10]:  # warm-up: models and lexicons load once
        run(text)
    start = time.process_time()
    for text in texts:
        run(text)
    return len(texts) / (time.process_time() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every fourth page only")
    args = parser.parse_args()
    pages = [p for members in load_all(quick=args.quick).values() for p in members]
    if not pages:
        print("skipped: ../shared/eval-data not found")
        return 0
    print(f"{len(pages)} pages")
    from storyline.extract.published import load_dateparser

    start = time.process_time()
    load_dateparser()  # a one-off of the process, not a cost per page: timed apart
    print(f"  dateparser's tables, once a process: {time.process_time() - start:.1f} s (CPU)")
    for renderer in RENDERERS:
        texts = [render(p, renderer) for p in pages]
        ours = pages_per_second(run_storyline, texts)
        base = pages_per_second(run_justext, texts)
        verdict = "meets" if ours >= FLOOR else "BELOW"
        print(
            f"  {renderer:11s} storyline {ours:5.1f} pages/s (CPU), jusText {base:5.1f} pages/s: "
            f"{ours / base:.2f}x jusText's speed; {verdict} the {FLOOR:.0f} pages/s floor"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
