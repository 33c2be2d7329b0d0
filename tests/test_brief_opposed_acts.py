"""One act two outlets' leads tell the other way (briefing.opposed_acts): done / not done, an act / its WordNet
antonym, the winner swapped; an act still to come, one an outlet tells both ways, or one told after the lead is
no version of it."""

from __future__ import annotations

from briefed import brief_outlets

from storyline.lexicon.antonyms import opposed

_BUDGET = "after a row over the town budget"


def _acts(bodies: dict[str, str]) -> list[tuple[str, set[str]]]:
    b = brief_outlets(bodies, "story")
    return [
        (k.kind, {bodies[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values})
        for k in b.conflicts
        if k.topic.startswith(("negation:", "other:"))
    ]


def test_wordnet_names_opposite_acts():
    assert opposed("acquit", "convict") and opposed("convict", "acquit")
    assert opposed("win", "lose")
    assert not opposed("win", "beat") and not opposed("resign", "quit")


def test_an_act_one_outlet_negates_is_a_negation_conflict():
    bodies = {
        "A": f"Mayor quits.\nThe mayor of Pellham, Irma Vost, resigned on Monday {_BUDGET}.",
        "B": f"Mayor stays.\nThe mayor of Pellham, Irma Vost, did not resign on Monday {_BUDGET}, aides said.",
        "C": "Budget row.\nA row over the town budget has split the council in Pellham.",
    }
    ((kind, spans),) = _acts(bodies)
    assert kind == "negation"
    assert any("did not resign" in s for s in spans) and any(s.endswith("resigned") for s in spans)


def test_an_antonym_verb_or_a_swapped_winner_is_an_other_conflict():
    verdict = {
        "A": "Verdict.\nA jury in Pellham convicted Dov Harkin on Friday of killing his neighbour.",
        "B": "Harkin freed.\nA jury in Pellham on Friday acquitted Dov Harkin of killing his neighbour.",
    }
    assert [k for k, _s in _acts(verdict)] == ["other"]
    final = {
        "A": "Result.\nPellham Rovers beat Cadby Town in the cup final on Saturday.",
        "B": "Result.\nCadby Town beat Pellham Rovers in the cup final on Saturday.",
    }
    assert [k for k, _s in _acts(final)] == ["other"]


def test_acts_to_come_told_both_ways_or_after_the_lead_are_no_versions():
    done = f"Mayor quits.\nThe mayor of Pellham, Irma Vost, resigned on Monday {_BUDGET}."
    to_come = f"Mayor to stay.\nThe mayor of Pellham, Irma Vost, said she would not resign {_BUDGET}."
    both = "Mayor quits.\nIrma Vost did not resign last month. On Monday Vost resigned after a budget row."
    late = (
        f"{done} The council met on Tuesday. It chose a new leader. Back in 2019, Vost did not resign after a"
        " similar row."
    )
    for other in (to_come, both, late):
        assert _acts({"A": done, "B": other}) == []
    # two outlets alike: nothing told the other way
    assert _acts({"A": done, "B": done.replace("Mayor quits", "Vost goes")}) == []


def test_the_synset_words_of_an_antonym_name_the_opposite_vote_or_answer():
    vote = {
        "A": "Vote.\nThe Pellham council approved the bypass plan on Tuesday night.",
        "B": "Vote.\nThe Pellham council rejected the bypass plan on Tuesday night.",
    }
    assert [k for k, _s in _acts(vote)] == ["other"]
    assert opposed("accept", "decline") and not opposed("take", "give")


def test_antonyms_with_no_undergoer_are_two_steps_not_two_versions():
    steps = {
        "A": "Festival begins.\nThe Pellham festival opens with a gala at the Lorne Theatre on Friday.",
        "B": "Festival guide.\nThe Pellham festival closes with a concert at Kelby Hall on Sunday.",
    }
    assert _acts(steps) == []


def test_acts_dated_apart_are_two_acts():
    votes = {
        "A": "Vote.\nIrma Vost won the mayoral vote on 5 February 2026 by 900 votes.",
        "B": "Vote.\nIrma Vost, who lost the mayoral vote in 2018, is the new mayor.",
    }
    assert _acts(votes) == []


def test_a_negated_act_told_with_another_verb_of_the_same_group_is_a_negation():
    bodies = {
        "A": f"Mayor quits.\nThe mayor of Pellham, Irma Vost, quit on Monday {_BUDGET}.",
        "B": f"Mayor stays.\nThe mayor of Pellham, Irma Vost, did not resign on Monday {_BUDGET}, aides said.",
    }
    assert [k for k, _s in _acts(bodies)] == ["negation"]


def test_another_named_winner_of_the_same_prize_is_an_other_conflict():
    prize = {
        "A": "Result.\nIrma Vost won the Pellham mayoral election on Thursday.",
        "B": "Result.\nDov Harkin won the Pellham mayoral election on Thursday.",
    }
    assert [k for k, _s in _acts(prize)] == ["other"]
    games = {
        "A": "Series.\nPellham Rovers won the first game on Thursday.",
        "B": "Series.\nCadby Town won the second game on Thursday.",
    }
    assert _acts(games) == []


def test_each_side_of_an_opposed_act_is_a_claim_of_the_conflict_kind():
    bodies = {
        "A": "Verdict.\nA jury in Pellham convicted Dov Harkin on Friday of killing his neighbour.",
        "B": "Harkin freed.\nA jury in Pellham on Friday acquitted Dov Harkin of killing his neighbour.",
    }
    b = brief_outlets(bodies, "story")
    (k,) = [k for k in b.conflicts if k.topic.startswith("other:")]
    assert [cl.kind for cl in k.claims] == ["other", "other"]


def test_a_prize_winning_work_and_its_author_are_one_winner():
    by_author = "Prize.\nVera Lund wins the Marlow Prize for The Glass Harbour, her third novel."
    by_work = "Prize.\nThe Glass Harbour, by the Danish writer Vera Lund, has won this year's Marlow Prize."
    work_first = "Prize.\nThe Glass Harbour has won the Marlow Prize."
    assert _acts({"A": by_author, "B": work_first}) == []
    assert _acts({"A": by_work, "B": "Prize.\nVera Lund has won the Marlow Prize."}) == []


def test_a_rival_named_beside_a_margin_is_still_another_winner():
    bodies = {
        "A": "Result.\nIrma Vost won the Pellham mayoral election by 300 votes over Dov Harkin on Thursday.",
        "B": "Result.\nDov Harkin won the Pellham mayoral election on Thursday.",
    }
    assert [k for k, _s in _acts(bodies)] == ["other"]
