"""The score line of one contest's result is an ``other`` claim (analyze.contests), and two outlets giving two
score lines of one result conflict (PROTOCOL.md kind ``other``: the score line); a half-time score, a set, a
season record, a vote, or the result of another game is no such claim or no conflict."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.analyze.contests import find_scores
from storyline.analyze.nlp import parse


def _scores(text: str) -> list[tuple[str, str, str | None]]:
    (doc,) = parse([text])
    return [(text[c.start : c.end], c.value, c.subject) for c in find_scores("a", doc)]


def _score_conflicts(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "cup")
    return [k.statement for k in b.conflicts if "score" in k.topic]


def test_a_result_score_is_read_with_both_sides_whichever_side_tells_it():
    assert _scores("The Otters beat the Herons 3-1 on Saturday.") == [("3-1", "3-1", "Herons Otters")]
    assert _scores("The Herons lost 1-3 to the Otters on Saturday.") == [("1-3", "3-1", "Herons Otters")]
    assert _scores("The Otters secured a 2-0 win over the Herons.") == [("2-0", "2-0", "Herons Otters")]
    assert _scores("Yesterday the Otters edged the Herons 2-1.") == [("2-1", "2-1", "Herons Otters")]
    assert _scores("The Otters and the Herons drew 2-2 in the rain.") == [("2-2", "2-2", "Herons Otters")]


def test_scores_that_are_no_result_are_not_read():
    assert _scores("The Otters led 1-0 at half-time and improved to 11-4 on the season.") == []
    assert _scores("Nadal won the first set 6-4.") == []
    assert _scores("The council voted 5-4 to approve the plan.") == []
    assert _scores("The 28-year-old striker was born on 12-10-1990.") == []


def test_two_score_lines_of_one_result_conflict():
    (statement,) = _score_conflicts(
        {
            "Coast Herald": "The Otters beat the Herons 3-1 on Saturday to reach the cup final at Dell Park.",
            "Evening Post": "The Otters beat the Herons 2-1 on Saturday to reach the cup final at Dell Park.",
        }
    )
    assert "Coast Herald" in statement and "Evening Post" in statement
    # the loser's telling against the winner's
    assert _score_conflicts(
        {
            "Coast Herald": "The Otters beat the Herons 3-1 on Saturday to reach the cup final at Dell Park.",
            "Evening Post": "The Herons lost 2-1 to the Otters on Saturday and miss the cup final at Dell Park.",
        }
    )


def test_one_score_told_alike_or_two_games_results_are_no_conflict():
    assert not _score_conflicts(
        {
            "Coast Herald": "The Otters beat the Herons 3-1 on Saturday to reach the cup final at Dell Park.",
            "Evening Post": "The Herons lost 1-3 to the Otters on Saturday and miss the cup final at Dell Park.",
        }
    )
    assert not _score_conflicts(
        {
            "Coast Herald": "The Otters beat the Herons 3-1 on Saturday to reach the cup final at Dell Park.",
            "Evening Post": "The Crows beat the Larks 2-1 on Saturday to reach the cup final at Dell Park.",
        }
    )
    # a day is no side: two losses of one team at two grounds are two games
    assert not _score_conflicts(
        {
            "Coast Herald": "The winger hurt his ankle in last Sunday's 20-17 cup loss at Rockport and will miss a month.",
            "Evening Post": "The winger first hurt his ankle in the Otters' 31-10 cup loss at Dunmore and will miss a month.",
        }
    )
    assert _scores("The Otters won 31-24 at home.") == [("31-24", "31-24", "Otters")]
    assert _scores("They won 31-24 at home.") == []  # no side named: no telling the game from another


def test_a_shared_score_line_is_still_one_agreement():
    bodies = {
        "Coast Herald": "The Otters beat the Herons 3-1 on Saturday to reach the cup final at Dell Park.",
        "Evening Post": "The Otters won 3-1 against the Herons on Saturday, a result that sends them to the final.",
    }
    b = brief_outlets(bodies, "cup")
    shared = [
        cl for cl in b.agreements if any(bodies[v.article_id][v.start : v.end] == "3-1" for v in cl.values)
    ]
    assert len(shared) == 1
    assert not b.conflicts


def test_a_game_is_named_by_its_stage_wherever_the_sentence_puts_it():
    def stage(text: str) -> str:
        (doc,) = parse([text])
        (claim,) = find_scores("a", doc)
        return claim.event

    assert stage("The Larks beat the Crows 2-1 in the semi-final on Tuesday.") == "semi-final"
    assert stage("The Larks beat the Crows 2-1 in last week's quarter-final at Dell Park.") == "quarter-final"
    assert stage("The Larks won the cup final 4-2.") == "cup final"
    assert stage("Their 2-1 semi-final win over the Crows was tense.") == "semi-final"
    assert stage("The Larks won 3-0 in front of 9,000 fans.") == ""  # a crowd, no game
    assert stage("The Larks beat the Crows 3-0 at Dell Park.") == ""


def test_an_earlier_round_or_another_opponent_is_another_game():
    final = "The Larks won the cup final 3-0 against the Crows at Dell Park on Saturday."
    for earlier in (
        "The Larks lifted the cup on Saturday. The Larks had beaten the Wrens 2-1 in the semi-final.",
        "The Larks lifted the cup on Saturday. Earlier the Larks beat the Wrens 2-1 in the semi-final.",
        "The Larks lifted the cup on Saturday after a 2-1 semi-final win over the Wrens.",
        "The Larks lifted the cup on Saturday. The Larks had beaten the Wrens 2-1 at Dell Park.",
    ):
        assert not _score_conflicts({"Coast Herald": final, "Evening Post": earlier}), earlier


def test_one_final_told_with_two_scores_still_conflicts():
    assert _score_conflicts(
        {
            "Coast Herald": "The Larks won the cup final 3-0 against the Crows at Dell Park on Saturday.",
            "Evening Post": "The Larks beat the Crows 3-1 in the final at Dell Park on Saturday.",
        }
    )
