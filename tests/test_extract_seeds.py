"""The five real seed articles (read-only, outside the repo): chrome gone, body intact, dates and flags right.

Skips when ../shared/seeds is absent. Facts are checked structurally so no seed text is copied here.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.extract import METADATA_REASONS, extract
from storyline.model import Article, Document

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
CHROME = re.compile(
    r"notifications|cookies|your support|your donation|paywall|commenting forum|thank you for registering|"
    r"refresh the page|^comments$|^advertisement$|\blorem\b|\bvestibulum\b|\bsit amet\b",
    re.I | re.M,
)

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")


def _seed(prefix: str) -> tuple[Article, list[str]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    raw = path.read_bytes()
    article = extract(Document(source=path.name, raw=raw, text=raw.decode("utf-8"), content_type="text"))
    assert isinstance(article, Article), article
    lines = [re.sub(r"\s+", " ", x).strip() for x in raw.decode("utf-8").splitlines() if x.strip()]
    return article, lines


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_body_has_no_chrome_and_keeps_every_sentence_line(prefix: str) -> None:
    article, lines = _seed(prefix)
    assert not CHROME.search(article.body)
    body = article.body.split("\n\n")
    removed = {r.text for r in article.removed}
    # Every line is either in the body or accounted for as a removal; nothing silently vanishes.
    assert set(lines) == set(body) | removed
    # Every removed line that reads like prose belongs to chrome (pitch / prompts / caption / filler), and every
    # paragraph of reported speech stays in the body.
    for line in lines:
        if re.search(r"\b(said|told)\b|^[\"“]", line):
            assert line in body, line
    assert all(r.reason for r in article.removed)


def test_seed_000_dated_with_time_and_zone_and_metadata_read() -> None:
    article, _ = _seed("000")
    assert article.published == datetime(2017, 3, 4, 12, 20, tzinfo=UTC)
    assert article.published_evidence == "text"
    assert article.outlet and article.outlet.endswith("Independent")
    assert article.byline and len(article.byline.split()) == 2
    assert article.standfirst is not None
    reasons = {r.reason for r in article.removed}
    assert {"notification", "donation", "comment_prompt", "caption"} <= reasons
    assert "boilerplate_removed" in article.flags and "truncated" not in article.flags
    assert len(article.body.split("\n\n")) == 8


def test_seed_001_date_only_and_filler_dropped() -> None:
    article, _ = _seed("001")
    assert article.published == datetime(2017, 3, 5, tzinfo=UTC)
    assert "filler_removed" in article.flags and "truncated" not in article.flags
    assert [r.reason for r in article.removed if r.reason not in METADATA_REASONS] == ["filler"]


def test_seed_002_byline_role_and_cookie_outlet() -> None:
    article, _ = _seed("002")
    assert article.byline_role == "Political Correspondent"
    assert article.outlet == "Yahoo"
    assert [r.reason for r in article.removed if r.reason not in METADATA_REASONS] == ["cookie"]


def test_seed_003_markdown_headline_and_truncated() -> None:
    article, _ = _seed("003")
    assert article.headline and not article.headline.startswith(("#", "News story"))
    assert "truncated" in article.flags
    assert article.published is None


def test_seed_004_advert_dropped_and_standfirst_found() -> None:
    article, _ = _seed("004")
    assert [r.reason for r in article.removed] == ["advertisement", "headline", "standfirst"]
    assert article.flags == ("boilerplate_removed",)
