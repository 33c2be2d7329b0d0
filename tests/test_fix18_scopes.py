"""Figures of two scopes that read as one slot are no contradiction: a whole a share is told of ("seven of the
train's nine carriages") against another outlet's smaller plain figure (figure_scope.whole_and_share), a sum told per
period ("£3 million a week") against one of another period or of none (analyze.claim_dates.told_per; the same sum
told plainly still agrees, placed.aligned_unit), a sum opened by "an
extra" (an increment, analyze.money.increment) against a plain one, and a length already passed ("had not been
allowed in for two days") against one still to come ("will stay shut for ten days", figure_scope.stretch).
Invented text."""

from __future__ import annotations

from briefed import agreed_values, brief_outlets, claims_in


def _conflicts(bodies: dict[str, str], kind: str) -> list[set[str]]:
    b = brief_outlets(bodies, "Storm hits Orrin Bay")
    return [
        {bodies[v.article_id][v.start : v.end] for cl in k.claims for v in cl.values}
        for k in b.conflicts
        if k.kind == kind
    ]


def test_a_sum_told_per_period_carries_its_period() -> None:
    (said, claim), *_ = claims_in("The closure costs the town about £3 million a week in lost trade.")
    assert (said, claim.unit) == ("about £3 million", "GBP per week")
    ((_said, plain),) = claims_in("The repairs cost the town £3 million in all.")
    assert plain.unit == "GBP"
    ((_said, each),) = claims_in("Traders say every week of the closure costs the town $3 million.")
    assert each.unit == "USD per week"


def test_an_extra_sum_is_no_rival_to_a_plain_one() -> None:
    bodies = {
        "Bay Courier": (
            "Dock workers at Orrin Bay walked out on Monday. The union said its claim would add 12 million "
            "dollars a year to the port's costs."
        ),
        "Orrin Post": (
            "Dock workers at Orrin Bay walked out on Monday. The port's chief executive said the new offer would "
            "cost the company an extra 7 million dollars a year."
        ),
    }
    assert _conflicts(bodies, "money") == []


WHOLE = (
    "A freight train came off the rails near Orrin Bay early on Monday, police said.\n"
    "Seven of the train's nine carriages left the line at 5:10 a.m., and one of them caught fire."
)
ALSO_WHOLE = (
    "A freight train derailed near Orrin Bay on Monday.\nSeven of its nine carriages came off the line, the "
    "operator said."
)


def _plain(carriages: str) -> str:
    return (
        "A freight train derailed near Orrin Bay on Monday morning.\nThe train left the rails just after 5 a.m., "
        f"with {carriages} carriages coming off the line."
    )


def test_a_smaller_figure_may_be_the_share_of_a_whole() -> None:
    bodies = {"Bay Courier": WHOLE, "Orrin Post": _plain("seven"), "Coast FM": ALSO_WHOLE}
    assert _conflicts(bodies, "count") == []


def test_two_outlets_share_against_whole_is_no_clash() -> None:
    # two outlets: the pair is weighed where clashing pairs are (claims._of_one_thing), not as a lone dissent
    lead = "A freight train came off the rails near Orrin Bay early on Monday, police said.\n"
    bodies = {
        "Bay Courier": lead
        + "Seven of the train's nine carriages left the line near the bridge at 5:10 a.m.",
        "Orrin Post": lead + "Seven carriages left the line near the bridge at 5:10 a.m.",
    }
    assert _conflicts(bodies, "count") == []


def test_a_larger_figure_still_contradicts_the_whole() -> None:
    bodies = {"Bay Courier": WHOLE, "Orrin Post": _plain("11"), "Coast FM": ALSO_WHOLE}
    assert _conflicts(bodies, "count") == [{"nine", "11"}]


def test_a_length_passed_is_no_rival_to_one_to_come() -> None:
    bodies = {
        "Bay Courier": (
            "The Orrin Bay library was flooded on Monday. A reader said she had not been allowed in for two "
            "days and missed her classes."
        ),
        "Orrin Post": (
            "The Orrin Bay library was flooded on Monday. The library will stay shut for ten days while the "
            "floors dry, the council said."
        ),
    }
    assert _conflicts(bodies, "duration") == []


def test_up_to_after_a_verb_of_change_is_no_bound() -> None:
    # "revised up to": the level the change reached; "fined up to": a bound (PROTOCOL.md: up to)
    (raised, former) = claims_in(
        "The number of parcels lost in the fire has been revised up to 8,200 from 6,100, the firm said."
    )
    assert (raised[1].value, raised[1].qualifier, former[1].value) == ("8200", None, "6100")
    ((_said, bound),) = claims_in("The firm could be fined up to $5 million.")
    assert bound.qualifier == "up to"


def test_a_sum_per_period_still_agrees_with_the_same_sum_told_plainly() -> None:
    bodies = {
        "Bay Courier": (
            "Orrin Bay councillors voted on Tuesday to close two swimming pools, saving £3.4 million a year, "
            "the council said."
        ),
        "Orrin Post": (
            "Orrin Bay council will close two swimming pools to save £3.4m, councillors decided on Tuesday."
        ),
    }
    b = brief_outlets(bodies, "Orrin Bay to close two pools")
    assert {"£3.4 million", "£3.4m"} in agreed_values(b, bodies)
    assert _conflicts(bodies, "money") == []
