"""Session 40's kinds20 misses, in invented text: one fact told in different sentence shapes by outlets of different
house styles. An outlet's own recalled "no arrests" beside its later figure (briefing.placed ``_written_beside``),
an age set off after a surname the tagger reads as no name (analyze.ages ``_named_elsewhere``), ages whose owner
outlets spell two ways (briefing.age_owners ``_one_spelling``), and a count an outlet gives twice for two
things, told apart by what happened to those counted (briefing.claim_pairs ``_values_for``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import brief_outlets, brief_reports, claims_in, conflict_values

START = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
ROBBERY = (
    "a",
    "Valley Radio",
    "Two masked men robbed the Elmstead credit union on Friday morning. A teller said the men carried handguns. "
    "They took cash from two tills. The robbers drove off in a grey van heading north. No arrests have been made.",
    0,
)
ARRESTS = "Police say two men have now been arrested in connection with Friday's armed robbery at the Elmstead branch."


def test_an_outlet_recalling_no_arrests_beside_its_later_figure_makes_an_update() -> None:
    b = brief_reports(
        [
            ROBBERY,
            ("b", "Elmstead Courier", ARRESTS + " Earlier in the day police had said no arrests had been made.", 10),
        ],
        "Elmstead credit union robbed",
        START,
    )  # fmt: skip
    assert [k.kind for k in b.conflicts if "arrest" in k.topic or "arrest" in k.statement] == ["update"]


def test_no_recalled_none_means_no_update() -> None:
    b = brief_reports(
        [
            ROBBERY,
            ("b", "Elmstead Courier", ARRESTS, 10),
        ],
        "Elmstead credit union robbed",
        START,
    )  # fmt: skip
    assert [k.kind for k in b.conflicts if "arrest" in k.topic or "arrest" in k.statement] == []


BATTER = "New Zealand batter Rangi Tahere struck a 28-ball century on Saturday, the fastest in the league.\n"


def test_a_figure_set_off_after_a_surname_the_article_writes_as_a_name_is_an_age() -> None:
    found = claims_in(BATTER + "Tahere, 25, finished unbeaten on 131 from 52 balls.")
    assert [(text, c.subject) for text, c in found if c.measure == "age"] == [("25", "Tahere")]


def test_a_figure_set_off_after_a_capitalised_word_written_nowhere_else_is_no_age() -> None:
    found = claims_in("Tahere, 25, finished unbeaten on 131 from 52 balls.")
    assert [text for text, c in found if c.measure == "age"] == []


@pytest.mark.xfail(
    strict=True,
    reason="taken out in session 40: ages under one surname spelt two ways (age_owners) cost a blind set a right "
    "agreement (eval/claims/ERRORS.md, Session 40, lead)",
)
def test_ages_of_one_surname_spelt_two_ways_conflict() -> None:
    bodies = {
        "Harbour Radio": "Harbour Kings batter Rangi Tahere hit the fastest century in league history on "
        "Saturday. The 24-year-old made 131 not out.",
        "Bombay Sport": "Rangi Tahare, aged 24, hit the fastest hundred in the league on Saturday for the "
        "Harbour Kings. Tahere made 131 not out.",
        "Sports Wire": BATTER + "Tahere, 25, finished unbeaten on 131 from 52 balls.",
    }
    b = brief_outlets(bodies, "Tahere hits record century")
    assert {"25"} in [v - {"24-year-old", "24"} for v in conflict_values(b, bodies, "attribute")]


CREW = {
    "Island Ledger": "Three crew are missing after a tanker and a container ship collided in the Vessey "
    "Strait on Thursday, the port authority said. The tanker, which had 25 crew on board, was hit on its side.",
    "Marine Wire": "Four crew of an oil tanker were missing after it collided with a container ship in the Vessey "
    "Strait on Thursday, the port authority said.",
}


def test_a_count_of_those_on_board_beside_the_missing_leaves_the_missing_in_conflict() -> None:
    b = brief_outlets(CREW, "Tanker and container ship collide")
    assert {"Three", "Four"} in conflict_values(b, CREW, "count")


@pytest.mark.xfail(
    strict=True,
    reason="the guard of a rule taken out in session 40 (claim_pairs: a larger whole-group figure no longer "
    "blocking a count pair); on main the three figures still meet as one count conflict",
)
def test_two_figures_with_the_event_of_the_other_outlets_keep_the_counts_apart() -> None:
    bodies = {
        **CREW,
        "Island Ledger": "Three crew are missing after a tanker and a container ship collided in the Vessey Strait "
        "on Thursday, the port authority said. Two crew of the container ship were also missing.",
    }
    b = brief_outlets(bodies, "Tanker and container ship collide")
    assert conflict_values(b, bodies, "count") == []


def test_ages_of_two_people_of_near_surnames_and_other_first_names_stay_apart() -> None:
    bodies = {
        "Korel Radio": "Ann Hale, 40, was hurt in a fire at a bakery in Korel on Monday.",
        "Korel Times": "Tom Hall, 35, a neighbour, was also hurt in the fire at the bakery in Korel on Monday.",
        "Valley Wire": "Ann Hale, 40, and a neighbour were hurt in a fire at a Korel bakery on Monday.",
    }
    b = brief_outlets(bodies, "Fire at Korel bakery")
    assert conflict_values(b, bodies, "attribute") == []
