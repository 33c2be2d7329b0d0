"""The real-page quote check set (eval/quotes_pages/): its annotations point at real text, so a slip in an offset
or a change in the shared bodies shows here before it skews a score."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.quotes import PAGES, PAGES_GOLD, load_pages, page_half  # noqa: E402

pytestmark = pytest.mark.skipif(not PAGES.exists(), reason="shared eval data not present")


def _annotations() -> list[dict]:
    return [json.loads(line) for line in PAGES_GOLD.open(encoding="utf-8")]


def _spans(quote: dict) -> list[list[int]]:
    extra = [quote[k] for k in ("source", "antecedent", "alias") if quote.get(k) is not None]
    return quote["content"] + extra


def test_every_span_is_inside_its_body_and_holds_text():
    bodies = json.loads(PAGES.read_text(encoding="utf-8"))
    for ann in _annotations():
        body = bodies[ann["id"]]["articleBody"]
        for quote in ann["quotes"]:
            for start, end in _spans(quote):
                assert 0 <= start < end <= len(body), (ann["id"], start, end)
                piece = body[start:end]
                assert piece.strip() == piece, (ann["id"], piece)


def test_sources_lie_outside_their_quotes_and_antecedents_come_before():
    for ann in _annotations():
        for quote in ann["quotes"]:
            start, end = quote["source"]
            assert all(end <= a or b <= start for a, b in quote["content"]), ann["id"]
            if quote.get("antecedent"):
                assert quote["antecedent"][1] <= quote["content"][0][0], ann["id"]


def test_the_halves_split_the_set_and_the_loader_keeps_them_apart():
    ids = {ann["id"] for ann in _annotations()}
    read, blind = {d["id"] for d in load_pages("pages")}, {d["id"] for d in load_pages("pages-blind")}
    assert read | blind == ids and not read & blind
    assert all(page_half(i) == "pages" for i in read)


def test_a_pronoun_source_carries_its_antecedent_key():
    docs = load_pages("pages")
    pronouns = [
        a for d in docs for a in d["attributions"] if a["source"]["text"].lower() in {"he", "she", "it", "i"}
    ]
    assert pronouns and all("antecedent" in a for a in pronouns)
