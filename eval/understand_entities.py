"""Entity-merge precision/recall over labeled alias pairs (tests/fixtures/analyze/entity_pairs.json).

A must-merge pair counts as found when both surface forms map to the same entity; a must-not-merge pair
counts as a false merge when they do. Usage: python eval/understand_entities.py
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from pathlib import Path

from storyline.analyze import analyze, resolve_entities
from storyline.lexicon.titles import COURTESY_TITLES
from storyline.model import Article

_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")  # "Mr " right before a mention
FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "analyze"


def load_corpus() -> list[Article]:
    data = json.loads((FIXTURES / "corpus.json").read_text(encoding="utf-8"))
    return [
        Article(
            id=a["id"],
            source=a["id"],
            body=a["body"],
            outlet=a["outlet"],
            published=datetime.fromisoformat(a["published"]) if a["published"] else None,
        )
        for a in data["articles"]
    ]


def surface_entities(articles: list[Article]) -> dict[str, set[str]]:
    """Every mention text (and its form without an honorific) -> the entity ids it received."""
    entities, analyses = resolve_entities(articles, analyze(articles))
    out: dict[str, set[str]] = {}
    for an in analyses:
        for m in an.mentions:
            if m.entity_id and m.label != "ROLE":
                out.setdefault(m.text, set()).add(m.entity_id)
        body = next(a.body for a in articles if a.id == an.article_id)
        for m in an.mentions:
            title = _TITLE_BEFORE.search(body, max(0, m.start - 12), m.start)
            if title and title.group(1).lower() in COURTESY_TITLES and m.entity_id:
                out.setdefault(title.group() + m.text, set()).add(m.entity_id)
    return out


def evaluate() -> dict[str, float]:
    pairs = json.loads((FIXTURES / "entity_pairs.json").read_text(encoding="utf-8"))
    ids = surface_entities(load_corpus())
    found = sum(bool(ids.get(a, set()) & ids.get(b, set())) for a, b in pairs["must_merge"])
    false = sum(bool(ids.get(a, set()) & ids.get(b, set())) for a, b in pairs["must_not_merge"])
    recall = found / len(pairs["must_merge"])
    precision = found / max(1, found + false)
    missing = [(a, b) for a, b in pairs["must_merge"] if not ids.get(a, set()) & ids.get(b, set())]
    wrong = [(a, b) for a, b in pairs["must_not_merge"] if ids.get(a, set()) & ids.get(b, set())]
    return {"precision": precision, "recall": recall, "missing": missing, "wrong": wrong}


def main() -> int:
    r = evaluate()
    print(f"entity merge: precision {r['precision']:.3f} recall {r['recall']:.3f}")
    for a, b in r["missing"]:
        print(f"  not merged: {a!r} / {b!r}")
    for a, b in r["wrong"]:
        print(f"  wrongly merged: {a!r} / {b!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
