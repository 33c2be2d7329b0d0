"""Two figures joined by "or" ("three or four robbers") are one count, a range up to the higher (PROTOCOL.md:
"seven or eight" is up to 8), counting the noun the first one modifies; not two counts, the second of which took
the verb as its measure. Invented sentences, several phrasings."""

from __future__ import annotations

import pytest
from briefed import agreed_values, brief_outlets, claims_in


@pytest.mark.parametrize(
    ("text", "span", "measure", "value"),
    [
        ("Three or four gunmen burst into the jeweller's on Friday.", "Three or four", "gunman", "4"),
        ("Witnesses heard five or six shots near the quay.", "five or six", "shots", "6"),
        ("One or two people were hurt when the stand gave way.", "One or two", "injured", "2"),
        ("Police said 20 or 30 protesters had gathered by the gates.", "20 or 30", "protester", "30"),
        ("Three or four hundred marchers crossed the bridge.", "Three or four hundred", "marcher", "400"),
    ],
)
def test_two_figures_joined_by_or_are_one_range(text: str, span: str, measure: str, value: str) -> None:
    counts = [(s, c) for s, c in claims_in(text) if c.kind == "count"]
    assert [(s, c.measure, c.value, c.qualifier) for s, c in counts] == [(span, measure, value, "up to")]


def test_a_bound_before_the_pair_is_kept() -> None:
    ((span, c),) = [
        (s, c) for s, c in claims_in("As many as 9 or 10 barns burned overnight.") if c.kind == "count"
    ]
    assert (span, c.value, c.qualifier) == ("As many as 9 or 10", "10", "up to")


def test_a_lower_second_figure_is_no_range() -> None:
    values = [c.value for _s, c in claims_in("Four or three men ran off, a guard said.") if c.kind == "count"]
    assert values == ["4", "3"]


def test_the_range_agrees_with_its_top_and_does_not_clash_with_its_bottom() -> None:
    bodies = {
        "Ledger": "Three or four masked men robbed the jeweller's on Quay Street on Friday.",
        "Gazette": "Four masked men robbed a jeweller's on Quay Street on Friday, police said.",
    }
    b = brief_outlets(bodies, "robbery")
    assert not b.conflicts
    assert {"Three or four", "Four"} in agreed_values(b, bodies)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        (
            "The gang took some 2 or 3 million dollars from the depot.",
            "2 or 3 million dollars",
            "3000000",
            "USD",
        ),
        (
            "The repairs will cost two or three million pounds.",
            "two or three million pounds",
            "3000000",
            "GBP",
        ),
        ("The gang took $2 or $3 million from the depot.", "$2 or $3 million", "3000000", "USD"),
        ("The gang took $2-3 million from the depot.", "2-3 million", "3000000", "USD"),
        ("Officials said 4 or 5 million euros went missing.", "4 or 5 million euros", "5000000", "EUR"),
    ],
)
def test_a_sum_told_as_a_range_is_one_money_claim_up_to_its_top(
    text: str, span: str, value: str, unit: str
) -> None:
    found = [(s, c) for s, c in claims_in(text) if c.kind in ("money", "count")]
    assert [(c.kind, c.value, c.unit) for _s, c in found] == [("money", value, unit)]
    assert span in found[0][0]
    assert found[0][1].measure not in ("dollar", "pound", "euro")
    assert found[0][1].qualifier in ("up to", "about")


def test_two_outlets_range_and_top_of_a_sum_agree() -> None:
    bodies = {
        "Ledger": "Thieves took some 2 or 3 million dollars from the Harbour Lane depot on Friday.",
        "Gazette": "Thieves took $3 million from the Harbour Lane depot on Friday, police said.",
    }
    b = brief_outlets(bodies, "depot theft")
    assert not [c for c in b.conflicts if any(v.article_id == "Ledger" for v in c.values)]
    assert any("$3 million" in vs and any("dollars" in v for v in vs) for vs in agreed_values(b, bodies))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Two or three thousand people lined the route of the parade.", "Two or three thousand", "3000"),
        ("Two or three hundred marchers reached the square by noon.", "Two or three hundred", "300"),
        ("Stewards put the crowd at two or three thousand.", "two or three thousand", "3000"),
        ("Some two or three thousand fans waited outside the ground.", "two or three thousand", "3000"),
    ],
)
def test_a_count_range_told_in_words_is_a_count_whatever_its_tag(text: str, span: str, value: str) -> None:
    found = [(s, c) for s, c in claims_in(text) if c.kind in ("count", "duration", "date")]
    assert [(c.kind, c.value) for _s, c in found] == [("count", value)]
    assert span in found[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "The rebuilding will take two or three years.",
        "The talks went on for two or three days.",
        "The road was shut two or three weeks ago.",
    ],
)
def test_a_range_of_time_told_in_words_stays_a_length(text: str) -> None:
    assert [c.kind for _s, c in claims_in(text) if c.kind in ("count", "duration", "date")] == ["duration"]
