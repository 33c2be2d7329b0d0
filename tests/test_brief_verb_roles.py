"""Jobs said with a verb ("Ana Bello, who chairs the parish council", "Bello has coached the town team since
2019") compared with the job nouns another outlet writes for the same person: through the real analysis and
briefing, on the invented two-outlet stories of test_brief_people."""

from __future__ import annotations

import pytest
from test_brief_people import _SAID, _brief, _people

from storyline.lexicon.titles import agent_job


@pytest.mark.parametrize(
    ("verb", "job"),
    [("chairs", "chair"), ("coached", "coach"), ("directs", "director"), ("manage", "manager"),
     ("edits", "editor"), ("heads", "head"), ("runs", "head"), ("leads", "head"), ("said", ""), ("is", "")],
)  # fmt: skip
def test_a_verb_names_the_job_of_who_does_it(verb, job):
    assert agent_job(verb) == job


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        (f"Ana Bello, who chairs the parish council, {_SAID}.", f"Council director Ana Bello {_SAID}."),
        (f"Ana Bello has coached the town team since 2019 and {_SAID}.", f"Ana Bello, the team's captain, {_SAID}."),
        (f"Ana Bello, who manages the Harlow depot, {_SAID}.", f"Ana Bello, an engineer at the depot, {_SAID}."),
        (f"Ana Bello, who directs the county's highways office, {_SAID}.", f"Highways editor Ana Bello {_SAID}."),
    ],
)  # fmt: skip
def test_a_job_said_with_a_verb_conflicts_with_another_job(herald, post):
    assert [k for k, _ in _people(_brief(herald, post))] == ["role"]


@pytest.mark.parametrize(
    ("herald", "post"),
    [
        # one job in a verb and a noun
        (f"Ana Bello, who chairs the parish council, {_SAID}.", f"Ana Bello, the council's chairwoman, {_SAID}."),
        (f"Ana Bello has coached the town team since 2019 and {_SAID}.", f"Town coach Ana Bello {_SAID}."),
        # heading a body is whatever its post is called
        (f"Ana Bello, who heads the county's roads department, {_SAID}.", f"Roads director Ana Bello {_SAID}."),
        (f"Ana Bello leads the inquiry into the crash and {_SAID}.", f"Inspector Ana Bello {_SAID}."),
        (f"Ana Bello, who runs the town's shelter, {_SAID}.", f"Ana Bello, a spokeswoman for the shelter, {_SAID}."),
        # a job held before, or no body: no job said now
        (f"Ana Bello coached the town team until 2019 and {_SAID}.", f"Ana Bello, the team's captain, {_SAID}."),
        (f"Ana Bello plays football on Sundays and {_SAID}.", f"Ana Bello, the team's captain, {_SAID}."),
    ],
)  # fmt: skip
def test_a_job_said_with_a_verb_does_not_conflict_with_the_same_job_or_a_headship(herald, post):
    assert [k for k, _ in _people(_brief(herald, post))] == []
