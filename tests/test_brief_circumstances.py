"""How it happened in words outlets share (a cause of death, a wound, a condition) is an ``other`` agreement;
a weapon, a quoted phrase and one outlet's phrase are not."""

from __future__ import annotations

from storyline.briefing import build_briefing
from storyline.model import Analysis, Article, Quote, Sentence, Story

BODIES = {
    "a": "The deputy was shot in the head with a shotgun and died of a heart attack in hospital.",
    "b": 'He was hit through his head by a shotgun blast. A doctor said "it was a heart attack, in the end."',
    "c": "A second officer is in critical condition after the shooting.",
}


def test_shared_circumstances_agree_and_nothing_else():
    arts, analyses = {}, {}
    for name, body in BODIES.items():
        arts[name] = Article(name, name, body, outlet=name)
        at = body.find('"')
        quotes = (Quote(name, at, len(body), body[at:], "A doctor"),) if at >= 0 else ()
        analyses[name] = Analysis(name, sentences=(Sentence(name, 0, len(body), body),), quotes=quotes)
    story = Story("s", "shooting", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [], {})
    agreed = [
        sorted((v.article_id, BODIES[v.article_id][v.start : v.end]) for v in cl.values)
        for cl in b.agreements
        if cl.kind == "other"
    ]
    assert agreed == [[("a", "in the head"), ("b", "through his head")]]
