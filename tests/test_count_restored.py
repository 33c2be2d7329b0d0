"""A count of what a verb of recovery puts right ("restored power to 20,000 homes", "reconnected 20,000 homes") is a
count of that act, no level of the homes a storm cut off (analyze.claim_measures ``_restored``): a later report's
risen outage and the same report's restored homes are no three rival figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefed import claims_in

from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.model import Article, Story
from storyline.settings import BriefSettings


def _measures(text: str) -> list[tuple[str, str]]:
    return [(span, c.measure) for span, c in claims_in(text) if c.kind == "count"]


def test_a_restored_count_is_the_acts() -> None:
    assert _measures("Engineers restored power to about 8,000 homes during the day.") == [
        ("about 8,000", "restore")
    ]
    assert _measures("The gale cut power to 30,000 homes.") == [("30,000", "buildings")]
    assert _measures("About 30,000 homes were without electricity.") == [("About 30,000", "buildings")]


def test_restored_homes_leave_the_outage_an_update() -> None:
    t = datetime(2026, 1, 18, 8, tzinfo=UTC)
    bodies = {
        "Harbour Daily": (0, "Storm Tilde brought winds of 90mph to Pellow on Saturday, killing a driver. About "
                          "30,000 homes were without electricity overnight, the power company said."),
        "Western Post": (2, "A driver was killed when a tree fell on his car near Pellow on Saturday. Storm Tilde "
                         "cut power to 30,000 homes and stopped 40 trains."),
        "Coast Radio": (10, "Power cuts spread as Tilde moves north\nThe number of homes without power has risen to "
                        "45,000, up from 30,000 in the morning, as Storm Tilde moved north on Sunday. Engineers "
                        "restored power to about 8,000 homes during the day, but new faults were reported."),
    }  # fmt: skip
    arts = {n: Article(n, n, b, outlet=n, published=t + timedelta(hours=h)) for n, (h, b) in bodies.items()}
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "Storm Tilde", tuple(arts))
    b = build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {}, BriefSettings())
    told = [(k.kind, {arts[v.article_id].body[v.start : v.end] for cl in k.claims for v in cl.values})
            for k in b.conflicts]  # fmt: skip
    assert ("update", {"About 30,000", "30,000", "45,000"}) in told
    assert not any("about 8,000" in values for _kind, values in told)
