"""Fit the fixed word document frequencies storyline linking weighs topics with, and print held-out numbers.

Run: PYTHONPATH=src .venv/bin/python eval/train_link_idf.py [--no-write]
Why fixed: a story's topic weighed by the store's own statistics went stale as the store grew, so a build in small
steps linked other stories than one build of everything (tests/test_incremental_build.py); with one reference
table a topic depends on its story's articles only.
Text: the real pages of eval/textpages.py (the extraction set's gold bodies, the metadata set's trafilatura
bodies), split by the same stable hash of the page id, and the ECB+ articles, split by topic parity as
eval/cluster.py splits them. ECB+ is news written around look-alike events (two earthquakes, two shootings): in it
an event's kind ("quake", "magnitude") is common, as in a feed, and only names and details are rare; the pages
alone weighed the kind so high that the demo's two earthquakes linked. The table is fitted on page half 0 and the
even ECB+ topics and written to src/storyline/cluster/link_idf.json.gz (words in at least MIN_DF texts). Printed
on the held-out half (page half 1, odd topics): the share of its text-distinct words the table knows, and the
Spearman correlation of the two halves' IDF over the words both know.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scipy.stats import spearmanr  # noqa: E402

from eval.textpages_data import DATA, load_all, silver_body  # noqa: E402
from storyline.cluster import storylines  # noqa: E402
from storyline.cluster.text import idf, words  # noqa: E402

TABLE = Path(storylines.__file__).with_name("link_idf.json.gz")
VERSION = 1
ECB = DATA / "clustering" / "ecbplus_docs.jsonl.gz"
MIN_DF = 2  # a word in one text is about as rare as an unknown one (log 2 apart in IDF): not worth shipping
MIN_WORDS = 50  # shorter bodies are failed extractions or index pages, not articles


def text_words(title: str | None, body: str) -> set[str]:
    """A text's distinct link words (title and body, as link_evidence reads an article); none when too short."""
    tokens = words((title or "") + "\n" + body)
    return set(tokens) if len(tokens) >= MIN_WORDS else set()


def halves() -> tuple[list[set[str]], list[set[str]]]:
    """Each text's words, in the fitting half (pages of half 0, even ECB+ topics) or the held-out one."""
    out: tuple[list[set[str]], list[set[str]]] = ([], [])
    for pages in load_all().values():
        for page in pages:
            body = page.body if page.body is not None else silver_body(page)
            out[page.half].append(text_words(page.title, body))
    if ECB.exists():
        for line in gzip.open(ECB, "rt"):
            row = json.loads(line)
            out[int(row["topic_id"]) % 2].append(text_words(row["title"], row["text"]))
    return out


def document_frequencies(texts: list[set[str]]) -> tuple[int, Counter[str]]:
    """(texts counted, word -> texts holding it)."""
    df: Counter[str] = Counter()
    for found in texts:
        df.update(found)
    return sum(1 for found in texts if found), df


def main() -> int:
    fitting, held_out = halves()
    if not fitting:
        print("../shared/eval-data not found; nothing to fit")
        return 0
    (n0, df0), (n1, df1) = document_frequencies(fitting), document_frequencies(held_out)
    kept = {w: c for w, c in sorted(df0.items()) if c >= MIN_DF}
    print(f"fitted: {n0} texts, {len(df0)} words, {len(kept)} in >= {MIN_DF} texts (shipped)")
    # document frequency counts a text's distinct words once: coverage counts them the same way
    known = sum(c for w, c in df1.items() if w in kept)
    print(
        f"held out: {n1} texts; {known / sum(df1.values()):.3f} of their text-distinct words are in the table"
    )
    both = sorted(kept.keys() & {w for w, c in df1.items() if c >= MIN_DF})
    rho = spearmanr([idf(kept[w], n0) for w in both], [idf(df1[w], n1) for w in both]).statistic
    print(
        f"IDF Spearman correlation, fitted vs held out, over {len(both)} words in >= {MIN_DF} texts of each: {rho:.3f}"
    )
    if "--no-write" not in sys.argv:
        table = json.dumps({"version": VERSION, "docs": n0, "df": kept}, separators=(",", ":"))
        TABLE.write_bytes(gzip.compress(table.encode(), 9, mtime=0))
        print(f"wrote {TABLE} ({TABLE.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
