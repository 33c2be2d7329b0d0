"""A count told with the noun of an act ("the detention of 40 protesters", "the evacuation of 3,000", "40
detentions") measures what the act's verb measures ("40 protesters were detained"), so two outlets telling one
toll, one with the noun and one with the verb, meet in one slot (analyze.act_nouns, analyze.claim_measures).
Invented stories, several phrasings."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets, claims_in

from storyline.analyze.act_nouns import act_verb


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("detention", "detain"),
        ("evacuation", "evacuate"),
        ("killing", "kill"),
        ("hospitalisation", "hospitalise"),
        ("explosion", "explode"),
        ("appearance", "appear"),
        ("imprisonment", "imprison"),
        ("removal", "remove"),
        ("arrest", "arrest"),  # a verb too: itself
        ("crowd", "crowd"),
        ("tsunami", "tsunami"),  # no suffix rule finds a verb: itself
    ],
)
def test_the_verb_a_noun_of_an_act_is_made_from(noun: str, verb: str) -> None:
    assert act_verb(noun) == verb


def _count(text: str, value: str) -> str:
    """The measure of the count written ``value`` in ``text``."""
    (measure,) = [c.measure for said, c in claims_in(text) if c.kind == "count" and value in said]
    return measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The detention of 40 protesters in Kell drew sharp criticism.", "40", "arrested"),
        ("Rights groups condemned the detention of 40 on Monday.", "40", "arrested"),
        ("Police reported 40 detentions in Kell on Monday.", "40", "arrested"),
        ("Officials ordered the evacuation of 3,000 from the Dorr valley.", "3,000", "evacuated"),
        ("The killing of 12 miners in the Brask pit shocked the region.", "12", "dead"),
        ("There were 12 killings in the port city in March.", "12", "dead"),
        # residents say who is counted (lexicon.measures WHO_GROUPS): the act's toll, as with the verb ("3,000
        # residents were evacuated")
        ("Officials ordered the evacuation of 3,000 residents from the Dorr valley.", "3,000", "evacuated"),
        # not an act: the owner or the counted noun is the measure, as before
        ("A mother of 12 children was among the dead.", "12", "children"),
        ("The demolition of 300 homes began on Monday.", "300", "buildings"),
        # a noun the suffix rules take for a verb's noun, of no act: no group from that verb ("finals" -> "fine")
        ("The Otters have lost 3 finals since the club was founded.", "3", "final"),
    ],
)
def test_a_count_of_an_acts_noun_takes_its_verbs_group(text: str, value: str, measure: str) -> None:
    assert _count(text, value) == measure


@pytest.mark.parametrize(
    ("bodies", "statement"),
    [
        (
            {
                "Ledger": "The detention of 40 protesters in Kell on Monday drew sharp criticism from rights groups.",
                "Gazette": "Police in Kell detained 55 protesters on Monday, drawing sharp criticism from rights "
                "groups.",
            },
            "Gazette says 55 arrested; Ledger says 40 arrested",
        ),
        (
            {
                "Ledger": "The killing of 12 miners in the Brask pit on Tuesday shocked the region.",
                "Gazette": "Nine miners were killed in the Brask pit on Tuesday, shocking the region.",
            },
            "Gazette says Nine dead; Ledger says 12 dead",
        ),
    ],
)
def test_a_toll_told_with_the_acts_noun_and_its_verb_conflicts(
    bodies: dict[str, str], statement: str
) -> None:
    assert [c.statement for c in brief_outlets(bodies, "story").conflicts] == [statement]


def test_a_toll_told_with_the_acts_noun_and_its_verb_agrees() -> None:
    bodies = {
        "Ledger": "Rights groups condemned the detention of 14 in Kell on Monday after the march.",
        "Gazette": "Police detained 14 marchers in Kell on Monday, rights groups said.",
    }
    assert {"14"} in agreed_values(brief_outlets(bodies, "story"), bodies)
