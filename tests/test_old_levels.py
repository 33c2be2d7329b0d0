"""analyze.old_levels: the earlier figure a later report gives in a "from" phrase beside its new figure ("rose to
19, up from 14 earlier in the day") is the new figure's measure, phrased as an update, not a time or a length of
its own; a briefing then calls the rise an update. Invented text through the real parse and briefing."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import brief_reports, claims_in

from storyline.model import Briefing


def _at(text: str, figure: str):
    at = text.index(figure)
    return [c for _s, c in claims_in(text) if c.start <= at < c.end]


def test_the_old_level_of_a_rise_takes_the_new_figures_measure():
    text = "The number of deaths linked to the storm rose to 19 on Tuesday, up from 14 earlier in the day."
    (new,) = _at(text, "19")
    (old,) = _at(text, "14")
    assert (old.kind, old.measure, old.value, old.update) == ("count", new.measure, "14", True)


def test_the_old_level_keeps_the_new_figures_unit():
    text = "The blaze has grown to 8,200 acres, up from 5,000 in the morning, after the wind changed."
    (new,) = _at(text, "8,200")
    (old,) = _at(text, "5,000")
    assert (old.measure, old.unit, old.value) == (new.measure, new.unit, "5000")


def test_a_from_with_no_level_reached_is_no_old_level():
    text = "Twelve families moved from 40 homes on the quay to a school on the hill."
    assert all(c.update is False for _s, c in claims_in(text))


_T = datetime(2026, 5, 4, 8, tzinfo=UTC)


def _brief(bodies: list[tuple[str, str, float]]) -> Briefing:
    """(outlet, body, hours after the first report) of each article, one story."""
    return brief_reports([(o, o, b, h) for o, b, h in bodies], "Orla heat", _T)


def test_an_early_bound_and_a_later_rise_from_it_are_an_update():
    b = _brief(
        [
            (
                "Orla Wire",
                "Health officials in Orla said at least 9 deaths had been linked to the heat, now in its sixth "
                "day. Hospitals opened extra wards.",
                0,
            ),
            (
                "Coast Radio",
                "The number of deaths linked to the heat in Orla rose to 13 on Monday, up from 9 earlier in the "
                "day, the health ministry said. Schools closed early.",
                5,
            ),
        ]
    )
    assert [k.kind for k in b.conflicts if "13" in (k.statement or "")] == ["update"]
