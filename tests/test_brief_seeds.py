"""Acceptance targets on the seed articles (read-only from ../shared/seeds; skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.briefing import build_briefing
from storyline.model import Article, Story

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FILES = sorted(SEEDS.glob("*.txt"))
pytestmark = pytest.mark.skipif(len(FILES) < 4, reason="seed articles not present")


@pytest.fixture(scope="module")
def briefing():
    # Raw text on purpose: extract drops captions, and one seed's only Tillerson mention is a caption.
    arts = {
        f"s{i}": Article(f"s{i}", str(f), f.read_text(), outlet=f"outlet{i}") for i, f in enumerate(FILES[:4])
    }
    story = Story("seeds", "seeds", tuple(arts))
    # what `storyline build` stores: the briefing reads only analysis output
    from storyline.analyze import analyze, resolve_entities

    entities, analyses = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    return build_briefing(story, [story], arts, {a.article_id: a for a in analyses}, entities, {})


def _conflict(b, *terms: str) -> bool:
    return any(
        all(t in (k.topic + " ".join(c.text for c in k.claims)).lower() for t in terms) for k in b.conflicts
    )


def test_seed_conflicts(briefing):
    assert _conflict(briefing, "speaker gender", "spokeswoman", "spokesman", "engage but beware")
    assert _conflict(briefing, "duration", "more than five years", "half a decade")
    assert _conflict(briefing, "sergey lavrov", "sergei lavrov")


def test_seed_unique_facts(briefing):
    for name in ("Rex Tillerson", "Crispin Blunt"):
        assert len({c.outlet for c in briefing.unique if name in c.text}) == 1, name
