"""briefing.role_conflicts `_facets`: two outlets each giving a person one job are no role conflict when the jobs
are two facets of one person, not rival posts: a relation to someone ("her business partner") beside any job, or a
calling written bare ("the novelist") beside a head of a body ("panel chairwoman"). Two posts of a body, two
callings and a calling written as a post of a body still conflict. lexicon.titles PROFESSIONS / RELATIONS come from
WordNet (lexicon/jobs.json v4, eval/wordnet_jobs.py). Invented text through the real analysis and briefing
(tests/roles_stories.py); each quiet case conflicts without `_facets`."""

from __future__ import annotations

import pytest
from roles_stories import brief

from storyline.lexicon.titles import PROFESSIONS, RELATIONS


def _roles(*sentences: str) -> list[str]:
    return [k.statement for k in brief(*sentences).conflicts if k.kind == "role"]


@pytest.mark.parametrize("word", ["broadcaster", "architect", "novelist", "lawyer", "developer", "engineer"])
def test_callings_are_professions(word):
    assert word in PROFESSIONS


@pytest.mark.parametrize("word", ["chairman", "director", "secretary", "mayor", "officer", "minister"])
def test_posts_are_no_professions(word):
    assert word not in PROFESSIONS


def test_a_partner_is_a_relation_and_a_chairman_is_not():
    assert "partner" in RELATIONS and "chairman" not in RELATIONS


_CHAIR = "Panel chairwoman Dana Hale said the Brenmoor stadium design was sound."


@pytest.mark.parametrize(
    "sentences",
    [
        ("Dana Hale, a novelist, said the Brenmoor stadium design was sound.", _CHAIR),
        (
            "The broadcaster Dana Hale, who chaired the panel, said the Brenmoor stadium design was sound.",
            _CHAIR,
        ),
        (  # a relation to another person beside a job
            "Tom Reyes's business partner, Dana Hale, said the stadium would go ahead.",
            "Quarry Road developer Dana Hale said the stadium would go ahead.",
        ),
        (
            "Tom Reyes was in business with his partner Dana Hale, who said the stadium would go ahead.",
            "Quarry Road developer Dana Hale said the stadium would go ahead.",
        ),
    ],
)
def test_two_facets_of_one_person_are_quiet(sentences):
    assert _roles(*sentences) == []


@pytest.mark.parametrize(
    "sentences",
    [
        (  # two head posts of one body
            "Chief executive Dana Hale said the Brenmoor stadium would be finished next year.",
            "Club chairwoman Dana Hale said the Brenmoor stadium would be finished next year.",
        ),
        (  # two callings
            "Senior nurse Dana Hale said the Brenmoor stadium clinic would be finished next year.",
            "Public health doctor Dana Hale said the Brenmoor stadium clinic would be finished next year.",
        ),
        (  # a calling written as a post
            "Stadium architect Dana Hale said the Brenmoor stadium would open next year.",
            "Project director Dana Hale said the Brenmoor stadium would open next year.",
        ),
        # a calling of a named body
        ("BBC broadcaster Dana Hale said the Brenmoor stadium design was sound.", _CHAIR),
        ("Dana Hale, a broadcaster at Vale Radio, said the Brenmoor stadium design was sound.", _CHAIR),
    ],
)
def test_rival_jobs_still_conflict(sentences):
    assert len(_roles(*sentences)) == 1
