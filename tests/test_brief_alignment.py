"""The learned figure alignment (briefing.alignment): the shipped weights fit the features the code computes, and
with ``claim_align_floor`` set the model decides which outlets' figures are one slot, end to end."""

from __future__ import annotations

from dataclasses import replace

from storyline.briefing import alignment, build_briefing, build_corpus
from storyline.briefing import claims as rules
from storyline.model import Analysis, Article, ClaimSlot, Sentence, Story
from storyline.settings import BriefSettings

_BODIES = {
    "Harbour Times": "Nine people drowned when the ferry capsized near the breakwater.",
    "Valley Courier": "Eleven people drowned when the ferry capsized near the breakwater.",
}


def _story(qualifier: str | None = None) -> tuple[dict, dict]:
    arts = {n: Article(n, n, b, outlet=n) for n, b in _BODIES.items()}
    values = {"Harbour Times": "9", "Valley Courier": "11"}
    analyses = {}
    for n, b in _BODIES.items():
        end = b.index(" people")
        slot = ClaimSlot(n, 0, end, "count", "dead", values[n], event="capsize ferry")
        if qualifier and n == "Valley Courier":
            slot = replace(slot, value="9", qualifier=qualifier)
        analyses[n] = Analysis(n, sentences=(Sentence(n, 0, len(b), b),), claims=(slot,))
    return arts, analyses


def test_shipped_weights_fit_the_computed_features():
    model = alignment.model()
    assert model is not None and len(model.coef) == len(alignment.FEATURES)
    arts, analyses = _story()
    settings = BriefSettings()
    c = build_corpus(list(arts.values()), arts, analyses, {}, settings)
    placed = rules.place(c, analyses)
    rule = rules.hand_rules(c, placed, lambda _a: "s", settings)
    features = alignment.Pairing(c, analyses, placed, rule).features(placed[0], placed[1], settings)
    assert len(features) == len(alignment.FEATURES)
    assert model.probability(features) > 0.5  # one toll of one sinking, told alike


def test_the_model_decides_when_its_floor_is_set():
    for floor in (0.0, 0.5):
        settings = BriefSettings(claim_align_floor=floor)
        arts, analyses = _story()
        story = Story("s", "ferry", tuple(arts))
        (k,) = build_briefing(story, [story], arts, analyses, [], {}, settings).conflicts
        assert k.kind == "count"
        arts, analyses = _story("at least")
        b = build_briefing(story, [story], arts, analyses, [], {}, settings)
        assert not b.conflicts and len(b.agreements) == 1
    settings = BriefSettings(claim_align_floor=1.01)  # above any probability: no two figures are one slot
    arts, analyses = _story()
    assert not build_briefing(story, [story], arts, analyses, [], {}, settings).conflicts
