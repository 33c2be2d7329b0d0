"""Draw the `pages` quote check set (eval/quotes_pages/PROTOCOL.md): extraction gold bodies holding 4 or more
quotation marks and at most 8,000 characters, in English (the analysis reads English only: a tenth or more of
its words are 'the', 'and', 'of', 'to', 'a' or 'in'), 40 of them in `random.Random(36)` order over the sorted ids. Prints
the drawn ids with their half (sha1 of the id: even first byte `pages`, odd `pages-blind`). No text is stored.
Usage: PYTHONPATH=src python eval/quotes_pages_draw.py"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.quotes import PAGES, page_half  # noqa: E402

MARKS = ('"', "\u201c", "\u201d")
FUNCTION_WORDS = {"the", "and", "of", "to", "a", "in"}
SIZE, MAX_CHARS, MIN_MARKS, SEED = 40, 8000, 4, 36


def english(body: str) -> bool:
    """Mostly English words: the share of the commonest English function words among its words."""
    words = re.findall(r"[a-z]+", body.lower())
    return bool(words) and sum(w in FUNCTION_WORDS for w in words) / len(words) >= 0.1


def qualifies(body: str) -> bool:
    """Short enough to annotate whole, in English, with enough quotation marks to hold a quote."""
    return len(body) <= MAX_CHARS and sum(body.count(m) for m in MARKS) >= MIN_MARKS and english(body)


def draw() -> list[str]:
    """The drawn page ids, in draw order."""
    pages = json.loads(PAGES.read_text(encoding="utf-8"))
    ids = sorted(i for i, p in pages.items() if qualifies(p["articleBody"]))
    random.Random(SEED).shuffle(ids)
    return ids[:SIZE]


if __name__ == "__main__":
    for page_id in draw():
        print(page_id, page_half(page_id))
