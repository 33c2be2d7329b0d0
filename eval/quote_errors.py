"""Where quote attribution goes wrong on PolNeAR, by class, with examples: what to fix next.

Every gold quoted attribution and every predicted quote falls in one class (issue 13's scorer: 50 % token
overlap, gold head word in the predicted speaker or its entity's names). Tune on dev; test is for the headline in
eval/quotes.py.
Usage: python eval/quote_errors.py [dev|test] [--limit N] [--examples K]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from eval.quotes import (
    _heads,
    _tokens,
    analyse,
    attribution_right,
    entity_words,
    load,
    match,
    source_kinds,
)
from storyline.model import Quote


def _gold_class(a: dict, text: str) -> str:
    """Why a gold quoted attribution may have been missed: what kind of quotation it is."""
    content = a["content"]
    if len(content) > 1 or any("\n" in c["text"] for c in content):
        return "missed: multi-paragraph or split"
    inner = content[0]["text"].strip() if content else ""
    outside = re.sub(r"[\"“”][^\"“”]*[\"“”]", "", inner)
    if len(re.findall(r"\w+", outside)) > 2:
        return "missed: partial (mixed) quote"
    if a["cue"] is None or not re.search(r"[a-z]", a["cue"]["text"]):
        return "missed: no cue"
    return "missed: direct quote"


def _speaker_class(q: Quote, kind: str) -> str:
    """Why a matched quote's speaker is wrong."""
    if q.speaker is None:
        return "speaker missing"
    if kind == "pronoun":
        return "pronoun: wrong antecedent"
    if kind == "nominal":
        return "nominal: not the gold phrase"
    return "named: other person or span"


def _line(doc: dict, a: dict, q: Quote, heads: list[str]) -> str:
    said = doc["text"][q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
    source = a["source"]["text"] if a["source"] else None
    return (
        f"{doc['id']} gold {source!r} heads {heads} | predicted {q.speaker!r} at {said!r} | {q.text[:70]!r}"
    )


def table(split: str, limit: int | None, examples: int) -> None:
    docs = load(split, limit)
    analyses, entities = analyse(docs)
    counts: dict[str, int] = defaultdict(int)
    shown: dict[str, list[str]] = defaultdict(list)

    def note(kind: str, line: str) -> None:
        counts[kind] += 1
        if len(shown[kind]) < examples:
            shown[kind].append(line)

    for doc, an, by_id in zip(docs, analyses, entities, strict=True):
        text = doc["text"]
        quoted = [a for a in doc["attributions"] if a["quoted"]]
        gold = [{"chars": _tokens(" ".join(c["text"] for c in a["content"]))} for a in quoted]
        heads, kinds = _heads(doc), source_kinds(doc)
        pairs = match(an.quotes, gold, 0.5, _tokens)
        matched_gold = {j for _, j in pairs}
        matched_pred = {i for i, _ in pairs}
        for i, j in pairs:
            q, a = an.quotes[i], quoted[j]
            if not heads[j]:
                note("matched, unscored", "")
                continue
            if attribution_right(q, heads[j], text, entity_words(q, by_id)):
                note("right", "")
                continue
            note(_speaker_class(q, kinds[j]), _line(doc, a, q, heads[j]))
        for j, a in enumerate(quoted):
            if j not in matched_gold:
                content = " / ".join(c["text"] for c in a["content"])
                note(_gold_class(a, text), f"{doc['id']} {content[:110]!r}")
        for i, q in enumerate(an.quotes):
            if i not in matched_pred:
                near = any(s["start"] < q.end and q.start < s["end"] for a in quoted for s in a["content"])
                other = any(
                    s["start"] < q.end and q.start < s["end"]
                    for a in doc["attributions"]
                    if not a["quoted"]
                    for s in a["content"]
                )
                kind = (
                    "false: span off a gold quote"
                    if near
                    else "false: an unquoted gold attribution"
                    if other
                    else "false: short (scare quote, title)"
                    if len(q.text.split()) <= 4
                    else "false: other"
                )
                note(kind, f"{doc['id']} {q.text[:110]!r} by {q.speaker!r}")
    for kind in sorted(counts, key=lambda k: -counts[k]):
        print(f"{counts[kind]:5d}  {kind}")
        for line in shown[kind]:
            print(f"         {line}")


def main(argv: list[str]) -> int:
    split = argv[0] if argv and not argv[0].startswith("-") else "dev"
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    examples = int(argv[argv.index("--examples") + 1]) if "--examples" in argv else 6
    table(split, limit, examples)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
