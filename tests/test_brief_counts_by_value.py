"""One count told with two nouns or a noun and a verb ("37 voting centres" / "37 booths", "rescued 46
fishermen" / "46 men working on its deck") agrees by value alone (briefing.value_agreements), though the two
figures' measures put them in two slots; a small count, a size glued to its noun ("a 28-yard run") and a bound
("more than") do not. Invented stories, several phrasings."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from briefed import agreed_values, brief_outlets

from storyline.briefing.value_agreements import _large_count
from storyline.model import ClaimSlot


def _agreed(bodies: dict[str, str]) -> list[set[str]]:
    """The value phrases of each agreement, listed or background, lower-cased."""
    return [{v.lower() for v in values} for values in agreed_values(brief_outlets(bodies, "story"), bodies)]


@pytest.mark.parametrize(
    ("bodies", "value"),
    [
        (
            {
                "Ledger": "Voting opened on Sunday in Norland. The country has 37 voting centres at its "
                "embassies.",
                "Gazette": "Norland voted on Sunday for a new assembly. Citizens overseas can vote at 37 booths in "
                "its missions.",
            },
            "37",
        ),
        (
            {
                "Ledger": "The assembly has 140 seats, and 410 candidates are running.",
                "Gazette": "Voters in Norland choose members for 140 constituencies on Sunday.",
            },
            "140",
        ),
        (
            {
                "Ledger": "The navy frigate rescued 46 fishermen from the sinking trawler off Kell Point on Tuesday.",
                "Gazette": "A trawler sank off Kell Point on Tuesday with 46 men working on its deck; a frigate "
                "picked them all up.",
            },
            "46",
        ),
    ],
)
def test_one_count_told_with_two_measures_agrees(bodies: dict[str, str], value: str) -> None:
    assert {value} in _agreed(bodies)


def test_an_about_count_agrees_with_another_about_count_but_not_with_a_bound() -> None:
    fled = "About 2,400 people fled their homes in the Dorr valley after the dam cracked on Friday."
    assert {"about 2,400", "some 2,400"} in _agreed(
        {
            "Ledger": fled,
            "Gazette": "Some 2,400 evacuees spent Friday night in school halls after the Dorr dam cracked.",
        }
    )
    bound = "More than 2,400 refugees are sheltering in tents across the Dorr valley, officials said."
    assert not any("more than 2,400" in a for a in _agreed({"Ledger": fled, "Gazette": bound}))


@pytest.mark.parametrize(
    "bodies",
    [
        {  # a small count recurs for other things
            "Ledger": "Coach Ames has 12 players fit for Saturday. The club won the cup in May.",
            "Gazette": "A jury of 12 heard the case against the club's former chairman on Monday.",
        },
        {  # a size glued to its noun measures a thing, it counts nothing
            "Ledger": "Dunn broke free for a 28-yard run in the third quarter as the Owls won 21-7.",
            "Gazette": "Dunn finished with 28 carries for 140 yards as the Owls won 21-7.",
        },
    ],
)
def test_small_or_glued_counts_do_not_agree_by_value(bodies: dict[str, str]) -> None:
    assert not any(a <= {"12", "28"} for a in _agreed(bodies))


@pytest.mark.xfail(strict=True, reason="two kinds of thing with one count: nothing tells workers from robots")
def test_two_things_counted_alike_do_not_agree() -> None:
    bodies = {
        "Ledger": "The firm said it would hire 350 workers at the new plant in Ostby.",
        "Gazette": "The new plant in Ostby will have 350 robots on its assembly line, the firm said.",
    }
    assert {"350"} not in _agreed(bodies)


def test_large_count_reads_the_figure_as_written() -> None:
    body = "They saw 30 boats and a 30-foot wave, about 30 gulls, over 30 seals."

    corpus = SimpleNamespace(by_id={"a": SimpleNamespace(body=body)})  # only the article's body is read

    def slot(at: int, length: int, qualifier: str | None = None) -> ClaimSlot:
        return ClaimSlot("a", at, at + length, "count", "x", "30", qualifier=qualifier)

    counts = [slot(body.index("30 boats"), 2), slot(body.index("30-foot"), 2)]
    counts += [slot(body.index("about 30"), 8, "about"), slot(body.index("over 30"), 7, "more than")]
    assert [_large_count(corpus, s, 20) for s in counts] == [True, False, True, False]
    assert not _large_count(corpus, counts[0], 40)
