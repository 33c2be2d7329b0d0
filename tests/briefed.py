"""The claims of an invented sentence and the briefing of a story of invented articles, analysed as a build does:
the helpers the claim tests share."""

from __future__ import annotations

from datetime import datetime, timedelta

from storyline.analyze import analyze, resolve_entities
from storyline.analyze.claims import find_claims
from storyline.analyze.nlp import parse
from storyline.briefing import build_briefing
from storyline.model import Article, Briefing, ClaimSlot, Story
from storyline.settings import BriefSettings


def brief_outlets(
    bodies: dict[str, str],
    headline: str,
    published: datetime | None = None,
    settings: BriefSettings = BriefSettings(),  # noqa: B008 - frozen dataclass, safe as a default
) -> Briefing:
    """One story of ``bodies`` (outlet name -> text), each article its own outlet, all published at ``published``
    (undated when None)."""
    arts = {n: Article(n, n, b, outlet=n, published=published) for n, b in bodies.items()}
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", headline, tuple(arts))
    return build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {}, settings)


def brief_reports(reports: list[tuple[str, str, str, float]], headline: str, start: datetime) -> Briefing:
    """One story of ``reports`` (article id, outlet, body, hours after ``start``): reports told hours apart, as the
    update tests need them."""
    arts = {i: Article(i, i, b, outlet=o, published=start + timedelta(hours=h)) for i, o, b, h in reports}
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", headline, tuple(arts))
    return build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {})


def agreed_values(b: Briefing, bodies: dict[str, str]) -> list[set[str]]:
    """The value phrases of each agreement of ``b``, listed or rated background, as ``bodies`` write them."""
    return [
        {bodies[v.article_id][v.start : v.end] for v in cl.values} for cl in (*b.agreements, *b.background)
    ]


def conflict_values(b: Briefing, bodies: dict[str, str], kind: str) -> list[set[str]]:
    """The value phrases of each conflict of ``kind`` in ``b``, as ``bodies`` write them."""
    return [
        {bodies[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values}
        for k in b.conflicts
        if k.kind == kind
    ]


def claims_in(text: str) -> list[tuple[str, ClaimSlot]]:
    """Each claim of one undated sentence or body, with the text of its span."""
    (doc,) = parse([text])
    return [(text[c.start : c.end], c) for c in find_claims("a", doc, [])]
