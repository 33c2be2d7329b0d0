"""Scorelines and records several outlets print alike are ``other`` agreements; dates, ages, quoted figures and
one outlet's figure are not."""

from __future__ import annotations

from storyline.briefing import build_briefing
from storyline.model import Analysis, Article, Quote, Sentence, Story

BODIES = {
    "a": "The Rovers (11-4) beat the Town 31-24 on Sunday, their 2008-12-14 game. It was 17-7 at the half.",
    "b": "Rovers won 31 - 24 to move to 11-4. Their 28-year-old keeper saved twice.",
    "c": 'After the 31–24 loss the coach said "it was 17-7 at the half and we let it go."',
}


def _agreed() -> dict[str, set[str]]:
    """Each ``other`` agreement's figure (as the first outlet writes it) -> the outlets giving it."""
    arts, analyses = {}, {}
    for name, body in BODIES.items():
        arts[name] = Article(name, name, body, outlet=name)
        at = body.find('"')
        quotes = (Quote(name, at, len(body), body[at:], "the coach"),) if at >= 0 else ()
        analyses[name] = Analysis(name, sentences=(Sentence(name, 0, len(body), body),), quotes=quotes)
    story = Story("s", "game", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [], {})
    out = {}
    for cl in b.agreements:
        if cl.kind == "other":
            v = cl.values[0]
            out[BODIES[v.article_id][v.start : v.end]] = {x.article_id for x in cl.values}
    return out


def test_shared_scorelines_and_records_agree_and_nothing_else():
    assert _agreed() == {"31-24": {"a", "b", "c"}, "11-4": {"a", "b"}}
