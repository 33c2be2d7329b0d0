"""HTML body extraction quality on the article-extraction-benchmark pages (4-token shingle P/R/F1).

Run: .venv/bin/python eval/extraction.py   (reads ../shared/eval-data/extraction; skips when absent)
Pages are split by sorted id: the first half was used for tuning, the second half is the report.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data" / "extraction"
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles, the benchmark's unit of comparison (words as a reader sees them: no
    invisible characters in gold or output)."""
    from storyline.extract.invisible import visible_text

    tokens = _TOKEN.findall(visible_text(text or ""))
    return Counter(tuple(tokens[i : i + n]) for i in range(max(len(tokens) - n + 1, 0)))


def page_pr(predicted: str, true: str) -> tuple[float, float]:
    """Precision and recall of one page, with TP/FP/FN normalised to sum to one as in the benchmark."""
    p, t = shingles(predicted), shingles(true)
    tp, fp, fn = sum((p & t).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Mean precision, mean recall and their harmonic mean over pages."""
    prs = [page_pr(p, t) for p, t in pairs]
    precision = sum(p for p, _ in prs) / len(prs)
    recall = sum(r for _, r in prs) / len(prs)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _whole_page(html: str) -> str:
    import lxml.html

    tree = lxml.html.fromstring(html.encode("utf-8"))
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return tree.text_content()


def _ours(html: str, url: str | None) -> str:
    from storyline.extract import extract
    from storyline.model import Document, Reject

    result = extract(
        Document(source=url or "page", raw=html.encode(), text=html, content_type="html", url=url)
    )
    return "" if isinstance(result, Reject) else result.body


def _trafilatura_default(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def main() -> int:
    if not (DATA / "ground-truth.json").exists():
        print(f"skipped: {DATA} not found")
        return 0
    truth = json.loads((DATA / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    halves = {"tune (first half)": ids[: len(ids) // 2], "report (second half)": ids[len(ids) // 2 :]}
    pages = {
        i: gzip.decompress((DATA / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace")
        for i in ids
    }
    systems: dict[str, Callable[[str, str | None], str]] = {
        "whole page text (baseline)": lambda html, url: _whole_page(html),
        "trafilatura defaults": _trafilatura_default,
        "storyline extract()": _ours,
    }
    print(f"{len(ids)} pages; shingle P / R / F1")
    for name, system in systems.items():
        outputs = {i: system(pages[i], truth[i].get("url")) for i in ids}
        cells = []
        for half, members in halves.items():
            p, r, f = score([(outputs[i], truth[i]["articleBody"]) for i in members])
            cells.append(f"{half}: {p:.3f} / {r:.3f} / {f:.3f}")
        print(f"{name:28s} " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
