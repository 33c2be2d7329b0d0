"""The key-fact model: figure agreements the story leads with stay agreements, a background figure two outlets
give deep in their articles is listed apart as background (never dropped)."""

from __future__ import annotations

from storyline.briefing import build_briefing
from storyline.briefing.key_facts import FEATURES, key_model
from storyline.model import Analysis, Article, ClaimSlot, Sentence, Story
from storyline.report.contract import briefing_to_dict

LEAD = "Nine people were killed when the ferry sank off the coast of Mora on Tuesday."
FILLER = (
    "Rescue boats searched the water through the night.",
    "The coast guard said the weather had been calm.",
    "Officials promised an inquiry into the ship's safety record.",
    "Relatives gathered at the harbour waiting for news.",
)
TOWN = "The shipyard that built the vessel employs 5200 workers."


def _article(name: str, town: bool) -> tuple[Article, Analysis]:
    texts = [LEAD, *FILLER, *([TOWN] if town else [])]
    body = " ".join(texts)
    sentences, claims, at = [], [], 0
    for t in texts:
        sentences.append(Sentence(name, at, at + len(t), t))
        at += len(t) + 1
    claims.append(ClaimSlot(name, 0, 4, "count", "dead", "9", subject="people"))
    if town:
        start = body.index("5200")
        claims.append(ClaimSlot(name, start, start + 4, "count", "workers", "5200", subject="shipyard"))
    return Article(name, name, body, outlet=name), Analysis(
        name, sentences=tuple(sentences), claims=tuple(claims)
    )


def test_background_figure_is_listed_apart_from_the_key_fact():
    assert key_model() is not None and len(key_model().coef) == len(FEATURES)
    built = {n: _article(n, town=n in ("Herald", "Post")) for n in ("Herald", "Post", "Courier", "Times")}
    arts = {n: a for n, (a, _an) in built.items()}
    analyses = {n: an for n, (_a, an) in built.items()}
    story = Story("s", "ferry", tuple(arts))
    b = build_briefing(story, [story], arts, analyses, [], {})
    assert [cl.text for cl in b.agreements if cl.kind == "count"] == [LEAD]
    (bg,) = b.background
    assert bg.text == TOWN and {v.article_id for v in bg.values} == {"Herald", "Post"}
    assert briefing_to_dict(b)["background"][0]["text"] == TOWN
