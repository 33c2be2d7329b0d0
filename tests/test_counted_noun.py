"""What a figure with a noun of its own counts (issue 13, extraction): the noun, unless what is said of that noun
names a measure. A toll word elsewhere in the sentence must not pull the figure into a toll's slot. Invented
sentences in several phrasings."""

from __future__ import annotations

import pytest
from briefed import claims_in

from storyline.analyze.claims import find_claims
from storyline.analyze.counted_noun import own_noun
from storyline.analyze.nlp import parse
from storyline.lexicon.measures import TOLLS


def _measures(text: str, figure: str) -> list[str]:
    """The measures of the claims whose span holds ``figure``."""
    return [c.measure for span, c in claims_in(text) if figure in span]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A jury heard that the bomber was serving four life terms.", "four"),
        ("She was given two life sentences and three death threats were read out.", "three"),
        ("Our winger sat out seven matches with a torn hamstring, an injury he hid.", "seven"),
        ("Witnesses saw the driver flee towards a van parked two doors down.", "two"),
        ("A half-litre of cider sat beside the injured rider.", "half"),
        ("Volunteers pitched 12 tents beside the sports hall for evacuees.", "12"),
        ("Families who fled the floods now sleep in nine school halls.", "nine"),
    ],
)
def test_a_toll_word_beside_a_counted_thing_is_not_its_measure(text: str, figure: str):
    found = _measures(text, figure)
    assert found and not TOLLS & set(found)


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Three students were killed in the blast.", "Three", "dead"),
        ("The gunman shot dead five students and a teacher.", "five", "dead"),
        ("Five soldiers are feared dead after the ambush.", "Five", "dead"),
        ("Eleven climbers were reported missing on the ridge.", "Eleven", "missing"),
        ("Two villagers were slightly injured.", "Two", "injured"),
        ("At least 40 demonstrators were detained overnight.", "40", "arrested"),
        ("Twelve passengers were taken to hospital.", "Twelve", "hospitalised"),
        ("Two suspects remain in custody.", "Two", "arrested"),
        ("The storm left six fishermen missing.", "six", "missing"),
        ("Police said 30 injured passengers were treated at the scene.", "30", "injured"),
        ("The 3 shop assistants were burnt to death.", "3", "dead"),
        ("The deaths of four hikers were confirmed on Sunday.", "four", "dead"),
        ("Crews completed the rescue of nine sailors overnight.", "nine", "rescued"),
    ],
)
def test_what_is_said_of_a_counted_noun_names_its_measure(text: str, figure: str, measure: str):
    assert measure in _measures(text, figure)


def test_a_figure_parsed_onto_a_modifier_is_left_to_the_sentence():
    (doc,) = parse(["The 4 shop assistants were badly hurt."])
    assert doc[2].dep_ != "compound" or own_noun(doc[1]) is None
    assert "injured" in _measures(doc.text, "4")


@pytest.mark.parametrize(
    "text",
    ["The magnitude 5.7 tremor struck before dawn.", "A 6.3-magnitude quake was felt on the coast."],
)
def test_a_reading_with_a_fraction_is_no_count_of_its_noun(text: str):
    figure = next(w for w in text.replace("-", " ").split() if "." in w and w[0].isdigit())
    assert _measures(text, figure) == ["magnitude"]


def test_a_verb_whose_form_is_a_measure_s_noun_names_nothing():
    # "building" the verb is no "buildings" count
    assert _measures("A firm that is building 40 new ferries stopped work.", "40") == ["ferry"]


def test_people_in_general_measure_nouns_and_a_list_s_parts_are_left_to_the_sentence():
    (doc,) = parse(["Four people died and 20 homes were destroyed."])
    assert own_noun(doc[0]) is None  # "people": the sentence says what happened to them
    assert own_noun(doc[4]) is None  # "homes": a measure's word of its own
    text = "One Welsh and one Dutch cyclist died in the crash."
    (doc,) = parse([text])
    part = text.index("one Dutch")  # the list's second part: no toll of one of its own
    assert not [c for c in find_claims("a", doc, []) if c.start == part and c.measure == "dead"]
