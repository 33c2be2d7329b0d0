"""Quote extraction and speaker attribution on PolNeAR (../shared/eval-data/quotes): P/R/F1, speaker accuracy.

Matching rule from the data's README: a predicted quote matches a gold quoted attribution when they share at
least 30 % of each other's letters and digits (one-to-one, greedy by overlap); the speaker is right when it
shares a word with the gold source (titles dropped; a pronoun source also accepts the nearest earlier named
source). Usage: python eval/quotes.py [dev|test] [--limit N]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from storyline.analyze import analyze
from storyline.model import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval-data" / "quotes"
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "president", "the", "a", "an", "of", "s"}
_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them"}


def _chars(text: str) -> Counter[str]:
    return Counter(c.lower() for c in text if c.isalnum())


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    """Share of each other's letters: the smaller of the two coverage ratios."""
    common = sum((a & b).values())
    return min(common / max(1, sum(a.values())), common / max(1, sum(b.values())))


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _TITLES}


def _gold(doc: dict) -> list[dict]:
    """Quoted attributions with their content text and acceptable speaker words."""
    out = []
    named = [a for a in doc["attributions"] if a["source"] and not (_words(a["source"]["text"]) <= _PRONOUNS)]
    for a in doc["attributions"]:
        if not a["quoted"]:
            continue
        content = " ".join(c["text"] for c in a["content"])
        accept = []
        if a["source"]:
            accept.append(_words(a["source"]["text"]))
            if _words(a["source"]["text"]) <= _PRONOUNS:
                before = [n for n in named if n["source"]["start"] < a["source"]["start"]]
                if before:
                    accept.append(_words(before[-1]["source"]["text"]))
        out.append({"chars": _chars(content), "accept": accept, "has_source": bool(a["source"])})
    return out


def evaluate(split: str, limit: int | None = None) -> dict[str, float]:
    docs = [json.loads(line) for line in (DATA / f"polnear_{split}.jsonl").open(encoding="utf-8")][:limit]
    articles = [Article(id=d["id"], source=d["id"], body=d["text"]) for d in docs]
    t0 = time.perf_counter()
    analyses = analyze(articles)
    seconds = time.perf_counter() - t0
    tp = n_pred = n_gold = speaker_ok = speaker_n = both = 0
    for doc, an in zip(docs, analyses, strict=True):
        gold = _gold(doc)
        n_gold += len(gold)
        n_pred += len(an.quotes)
        pairs = []
        for i, q in enumerate(an.quotes):
            qc = _chars(q.text)
            for j, g in enumerate(gold):
                ov = _overlap(qc, g["chars"])
                if ov >= 0.3:
                    pairs.append((ov, i, j))
        used_p, used_g = set(), set()
        for _, i, j in sorted(pairs, reverse=True):
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            tp += 1
            g = gold[j]
            if not g["has_source"]:
                continue
            speaker_n += 1
            ok = any(_words(an.quotes[i].speaker) & acc for acc in g["accept"])
            speaker_ok += ok
            both += ok
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {
        "articles": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / max(1e-9, p + r),
        "speaker_accuracy": speaker_ok / max(1, speaker_n),
        "both_right": both / max(1, n_gold),
        "articles_per_second": len(docs) / seconds,
    }


def main(argv: list[str]) -> int:
    if not DATA.exists():
        print(f"skip: {DATA} not found")
        return 0
    split = argv[0] if argv and not argv[0].startswith("-") else "dev"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    s = evaluate(split, limit)
    print(
        f"PolNeAR {split}: {s['articles']} articles, gold quoted {s['gold']}, predicted {s['predicted']}\n"
        f"  quote P/R/F1 {s['precision']:.3f}/{s['recall']:.3f}/{s['f1']:.3f}  "
        f"speaker accuracy {s['speaker_accuracy']:.3f}  both right {s['both_right']:.3f}  "
        f"({s['articles_per_second']:.1f} articles/s)\n"
        "  anchor (textacy, test): quote F1 0.638, speaker 0.940, both right 0.600"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
