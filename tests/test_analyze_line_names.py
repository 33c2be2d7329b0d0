"""A name never runs across a line break: the tagger may join a headline's last name to the next line's first
("... for Okafor" / "Ms Okafor said"), which loses the title (and so the gender) of the second. Each line's part is
a mention of its own. Invented text only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.model import Article, Story


def _people(body: str) -> list[str]:
    (an,) = analyze([Article("a", "a", body)])
    return [m.text for m in an.mentions if m.label == "PERSON"]


@pytest.mark.parametrize(
    "body",
    [
        "Second term for Okafor\nMs Okafor won the vote by 900 votes on Thursday.",
        "Harbour board picks Lindqvist\nMrs Lindqvist will take up the post in May, the board said.",
        "Big win for Dana Pike\nMs Pike said she would cut parking fees.",
    ],
)
def test_no_person_mention_runs_across_a_line_break(body):
    people = _people(body)
    assert people and all("\n" not in p for p in people)


def _brief(*bodies: str):
    t = datetime(2026, 2, 6, 9, tzinfo=UTC)
    arts = {
        f"o{i}": Article(f"o{i}", f"o{i}", body, outlet=f"Outlet {i}", published=t + timedelta(hours=i))
        for i, body in enumerate(bodies)
    }
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "s", tuple(arts))
    return build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {})


def test_a_title_after_a_headline_name_gives_the_gender_that_conflicts_with_another_outlets():
    b = _brief(
        "Okafor elected Harwick mayor\nHarwick's new mayor, Mr Okafor, won the vote by 900 votes after a long count.",
        "Second term for Okafor\nMs Okafor was elected mayor of Harwick, beating the sitting mayor by 900 votes.",
    )
    assert [k.kind for k in b.conflicts if k.kind == "attribute"] == ["attribute"]
    same = _brief(
        "Okafor elected Harwick mayor\nHarwick's new mayor, Ms Okafor, won the vote by 900 votes after a long count.",
        "Second term for Okafor\nMs Okafor was elected mayor of Harwick, beating the sitting mayor by 900 votes.",
    )
    assert not [k for k in same.conflicts if k.kind == "attribute"]
