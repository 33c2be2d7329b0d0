"""A name one outlet shows to be a person ("Ms Ode said") is a person in every outlet's article of the story,
where the tagger took it for an organisation or a place: invented two-outlet stories, the tagger's miss forced
on one outlet's mentions, then the real resolution and briefing."""

from __future__ import annotations

import dataclasses

import pytest

import storyline.briefing
from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.briefing.story_people import story_people
from storyline.model import Analysis, Article, Briefing, Mention, Story

_SAID = "said the march would go ahead on Saturday"
_A = "Organisers in Tamsford expect thousands at the weekend.\n{}\nThe route runs past the town hall."
_B = "A protest march is planned for the weekend in Tamsford.\n{}\nShops on the route will close early."


def _mistag(an: Analysis, names: set[str], label: str) -> Analysis:
    """The article's analysis as if the tagger had given ``names`` ``label`` (what a small model does)."""
    return dataclasses.replace(
        an, mentions=tuple(dataclasses.replace(m, label=label) if m.text in names else m for m in an.mentions)
    )


def _brief(a: str, b: str, names: set[str], label: str = "ORG") -> Briefing:
    arts = {
        "a": Article("a", "a", _A.format(a), outlet="Valley News"),
        "b": Article("b", "b", _B.format(b), outlet="Daily Post"),
    }
    found = [_mistag(an, names, label) if an.article_id == "a" else an for an in analyze(list(arts.values()))]
    entities, analyses = resolve_entities(list(arts.values()), found)
    story = Story("s", "s", tuple(arts))
    return build_briefing(story, [story], arts, {an.article_id: an for an in analyses}, entities, {})


def _people(b: Briefing) -> list[str]:
    return [k.kind for k in b.conflicts if k.kind in ("attribute", "role", "spelling")]


def _without_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        storyline.briefing, "story_people", lambda *args, **kwargs: (dict(args[1]), tuple(args[2]))
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"Tina Ode, who organised the march, told us she expects a large crowd.", f"Mr Ode {_SAID}."),
        (
            f"Tina Ode, 41, told reporters she expects a large crowd.",
            f"Tina Ode {_SAID}. Mr Ode added that police had agreed the route.",
        ),
    ],
)
def test_a_gender_missed_under_an_organisation_tag_is_compared_across_outlets(a, b, monkeypatch):
    assert _people(_brief(a, b, {"Tina Ode"})) == ["attribute"]
    _without_step(monkeypatch)
    assert _people(_brief(a, b, {"Tina Ode"})) == []
