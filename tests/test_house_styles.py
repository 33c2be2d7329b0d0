"""Figures and titles told the ways outlets of several countries write them (session 40, eval/claims kinds20):
a couple as two dead, a whole "including" its part, a share of the injured who died, a businesswoman's post, a
successor named to a post, the naira written "N", a number word used as a noun, a count of another named thing in a
relative clause, a time just before midnight, and crew a "be" says are missing. Invented sentences, through the real
analysis and briefing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from briefed import agreed_values, brief_outlets, brief_reports, claims_in, conflict_values

from storyline.briefing.claim_values import compatible
from storyline.model import ClaimSlot

_START = datetime(2026, 5, 27, 9, tzinfo=UTC)


def test_an_elderly_couple_who_died_are_two_dead_not_one() -> None:
    bodies = {
        "Ledger": "An elderly couple died when a storm tore through Mossbank on Tuesday, county officials said.",
        "Gazette": "Two people were killed when a storm ripped through Mossbank on Tuesday, the sheriff said.",
    }
    b = brief_outlets(bodies, "storm")
    assert not conflict_values(b, bodies, "count")
    assert {"Two", "An elderly couple died"} in agreed_values(b, bodies)


def test_a_couple_of_people_is_a_vague_few_and_no_count() -> None:
    assert not [c for _s, c in claims_in("A couple of men were hurt when the roof fell in.") if c.implied]


def test_a_whole_including_a_part_is_not_measured_by_the_part() -> None:
    text = (
        "Bridge collapse: death toll rises to seven\nThe death toll from Sunday's collapse of the old bridge has "
        "risen to seven, including two children, after divers recovered two more bodies."
    )
    seven = [c.measure for s, c in claims_in(text) if s == "seven" and c.start > 50]
    assert seven and "children" not in seven


def test_a_share_of_the_injured_who_died_is_no_rival_to_a_share_in_another_condition() -> None:
    reports = [
        ("a", "Daily Post", "Six fans were killed and 39 injured when a stand collapsed at Dunmore Park on "
         "Saturday. Twelve of the injured are in a serious condition in hospital.", 0.0),
        ("b", "Rift Star", "The toll from Saturday's stand collapse at Dunmore Park has risen to eight after two "
         "of the injured died in hospital overnight, officials said.", 10.0),
    ]  # fmt: skip
    b = brief_reports(reports, "stand collapse", _START)
    bodies = {i: body for i, _o, body, _h in reports}
    assert not [v for v in conflict_values(b, bodies, "update") + conflict_values(b, bodies, "count")
                if "Twelve" in v]  # fmt: skip


def test_a_businesswoman_is_no_rival_to_the_chief_executive_post() -> None:
    bodies = {
        "City Wire": "Ardley Mills chief executive Joan Mbeki will step down in June after eight years, the "
        "company said on Tuesday.",
        "Lagos Times": "Ghanaian-born businesswoman Joan Mbeki is to leave Ardley Mills in June, the firm "
        "announced on Tuesday.",
    }
    b = brief_outlets(bodies, "exit", published=_START)
    assert not [k for k in b.conflicts if k.kind == "role"]


def test_a_post_one_outlet_says_was_just_given_is_no_rival_to_the_post_held_until_the_handover() -> None:
    named = "Ardley Mills has named Tom Reeve as chief executive, replacing Joan Mbeki, who leaves in June."
    held = "Ardley Mills said that finance director Tom Reeve would take over at the end of June."
    b = brief_reports([("a", "FoodBiz", named, 0.0), ("b", "Ledger", held, 5.0)], "exit", _START)
    assert not [k for k in b.conflicts if k.kind == "role" or "role" in k.topic]
    plain = "Ardley Mills said that finance director Tom Reeve spoke to staff at the end of June."
    b = brief_reports([("a", "FoodBiz", named, 0.0), ("b", "Ledger", plain, 5.0)], "exit", _START)
    assert [k for k in b.conflicts if k.kind == "role"]  # no handover told: two posts


def test_the_naira_written_as_a_capital_n_is_a_sum() -> None:
    ((_s, c),) = claims_in("The commissioner said a new bridge would cost N2.4 billion to build.")
    assert (c.kind, c.value, c.unit) == ("money", "2400000000", "NGN")
    assert not [c for _s, c in claims_in("Nurses wore N95 masks on the ward.") if c.kind == "money"]


def test_a_number_word_used_as_a_noun_counts_nothing() -> None:
    found = claims_in("A crowd of 18,000 rose as Tahere brought up the hundred with a six over long-on.")
    assert [c.value for _s, c in found] == ["18000"]
    assert [c.value for _s, c in claims_in("A hundred people were evacuated from the valley.")] == ["100"]


@pytest.mark.xfail(
    strict=True,
    reason="taken out in session 40: a count of a named subject the other article never names kept a right "
    "count conflict quiet on a blind set (eval/claims/ERRORS.md, Session 40, lead)",
)
def test_a_count_of_another_named_thing_in_a_relative_clause_is_no_rival() -> None:
    bodies = {
        "Observer": "Ayesha Qureshi won best actress at the Golden Reels on Sunday for Dust on the Indus. The "
        "film had five nominations and won two awards, including best screenplay.",
        "Trade": "Ayesha Qureshi took best actress at the Golden Reels in Port Aubrey on Sunday. Best film "
        "went to the war drama Harbour Lights, which won four awards from nine nominations.",
    }
    b = brief_outlets(bodies, "awards", published=_START)
    assert not [v for v in conflict_values(b, bodies, "count") if "four" in v]
    named = dict(bodies, Trade=bodies["Trade"].replace("Harbour Lights", "Dust on the Indus"))
    b = brief_outlets(named, "awards", published=_START)
    assert [v for v in conflict_values(b, named, "count") if "four" in v]  # the film the other names: a rival


def test_a_time_just_before_midnight_holds_a_few_minutes_before_it() -> None:
    def at(value: str, qualifier: str | None = None) -> ClaimSlot:
        return ClaimSlot("a", 0, 1, "time", "end", value, qualifier=qualifier)

    assert compatible(at("00:00", "nearly"), at("23:50"))
    assert compatible(at("23:55", "about"), at("00:05", "about"))
    assert not compatible(at("00:00", "more than"), at("23:50"))


def test_people_a_be_verb_says_are_missing_count_the_missing() -> None:
    measures = [
        c.measure for _s, c in claims_in("Four crew of an oil tanker were missing after the collision.")
    ]
    assert measures == ["missing"]
    assert [c.measure for _s, c in claims_in("The team is missing two players through injury.")] != [
        "missing"
    ]
    bodies = {
        "Straits Times": "Three crew members are missing after a tanker and a container ship collided on Thursday.",
        "Gulf Wire": "Four crew of an oil tanker were missing after it collided with a container ship on Thursday.",
    }
    b = brief_outlets(bodies, "collision", published=_START)
    assert {"Three", "Four"} in conflict_values(b, bodies, "count")
