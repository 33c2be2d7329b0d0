"""The briefing of a story of invented articles, analysed as a build does: one helper for the claim tests."""

from __future__ import annotations

from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.model import Article, Briefing, Story


def brief_outlets(bodies: dict[str, str], headline: str) -> Briefing:
    """One story of ``bodies`` (outlet name -> text), each article its own outlet, undated."""
    arts = {n: Article(n, n, b, outlet=n) for n, b in bodies.items()}
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", headline, tuple(arts))
    return build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {})
