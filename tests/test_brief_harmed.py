"""One person told hurt by one outlet and unhurt by another is a ``negation`` conflict (briefing.harmed); two
people, two events, a denial of further harm and an outlet telling both stay quiet. Invented stories."""

from __future__ import annotations

from briefed import brief_outlets


def _disputes(bodies: dict[str, str]) -> list[str]:
    b = brief_outlets(bodies, "Tram leaves the rails in Osterby")
    return [k.topic for k in b.conflicts if k.topic.startswith("negation: whether")]


_UNHURT = "A tram left the rails in Osterby on Monday. The 47-year-old driver was not hurt, police said."


def test_the_driver_unhurt_against_a_broken_leg():
    third = "A tram came off the tracks in Osterby on Monday. Its driver, 47, suffered a broken leg."
    assert _disputes({"Osterby Post": _UNHURT, "Rail Wire": third}) == ["negation: whether driver was hurt"]


def test_no_one_hurt_against_a_person_treated():
    bodies = {
        "Osterby Post": "A tram left the rails in Osterby on Monday. No one was hurt.",
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. A conductor was treated for shock.",
    }
    assert _disputes(bodies)


def test_two_people_stay_quiet():
    """The tram's driver unhurt, a van's driver injured: two drivers."""
    third = "A tram hit a van in Osterby on Monday. The van driver was injured."
    assert not _disputes({"Osterby Post": _UNHURT, "Rail Wire": third})


def test_an_outlet_telling_both_stays_quiet():
    """The denier itself tells someone hurt: its "no one" is another act's, no dispute of the other outlet."""
    bodies = {
        "Osterby Post": "A tram left the rails in Osterby on Monday. A passenger was injured. Nobody on the platform was hurt.",
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. A passenger was injured.",
    }
    assert not _disputes(bodies)


def test_no_one_else_stays_quiet():
    bodies = {
        "Osterby Post": "A tram left the rails in Osterby on Monday, injuring its driver. No one else was hurt.",
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. The driver was injured.",
    }
    assert not _disputes(bodies)


def test_the_same_person_told_alike_stays_quiet():
    third = "A tram came off the tracks in Osterby on Monday. The driver escaped injury."
    assert not _disputes({"Osterby Post": _UNHURT, "Rail Wire": third})


def test_harm_told_hours_after_the_denial_stays_quiet():
    """The news moved on: the driver's injury reported update_hours after "not hurt" is an update."""
    from datetime import UTC, datetime

    from storyline.analyze import analyze, resolve_entities
    from storyline.briefing import build_briefing
    from storyline.model import Article, Story
    from storyline.settings import BriefSettings

    times = {
        "Osterby Post": datetime(2026, 3, 2, 7, tzinfo=UTC),
        "Rail Wire": datetime(2026, 3, 2, 15, tzinfo=UTC),
    }
    bodies = {
        "Osterby Post": _UNHURT,
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. Its driver, 47, suffered a broken leg.",
    }
    arts = {n: Article(n, n, b, outlet=n, published=times[n]) for n, b in bodies.items()}
    entities, found = resolve_entities(list(arts.values()), analyze(list(arts.values())))
    story = Story("s", "Tram leaves the rails", tuple(arts))
    b = build_briefing(story, [story], arts, {a.article_id: a for a in found}, entities, {}, BriefSettings())
    assert not [k for k in b.conflicts if k.topic.startswith("negation: whether")]


def test_an_earlier_years_injury_stays_quiet():
    """A driver injured in an earlier year's crash is another act than Monday's."""
    bodies = {
        "Osterby Post": "A tram left the rails in Osterby on Monday. No one was hurt.",
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. In 2019 a driver was injured at the spot.",
    }
    assert not _disputes(bodies)


def test_no_one_against_a_figure_is_left_to_the_count():
    """ "No one was hurt" against "12 people were injured" is briefing.negation's figure rule, not this one."""
    bodies = {
        "Osterby Post": "A tram left the rails in Osterby on Monday. No one was hurt.",
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. Twelve people were injured.",
    }
    assert not _disputes(bodies)


_NO_STAFF = "A man with a bat raided a bakery in Osterby on Monday. No staff were hurt, the owner said."


def test_no_staff_hurt_against_a_hurt_assistant():
    third = "A shop assistant suffered a cut hand when a man with a bat raided a bakery in Osterby on Monday."
    assert _disputes({"Osterby Post": _NO_STAFF, "Rail Wire": third}) == ["negation: whether staff was hurt"]


def test_no_staff_hurt_against_a_hurt_customer_stays_quiet():
    """A customer is no member of the staff."""
    third = "A customer suffered a cut hand when a man with a bat raided a bakery in Osterby on Monday."
    assert not _disputes({"Osterby Post": _NO_STAFF, "Rail Wire": third})


def test_harm_to_what_is_no_person_stays_quiet():
    """Harm spared or done to animals, not people: no dispute of whether a person was hurt."""
    bodies = {
        "Osterby Post": "A tram left the rails in Osterby on Monday. Officials said nesting birds were not harmed.",
        "Rail Wire": "A tram came off the tracks in Osterby on Monday. Diesel from the crash harmed nesting birds.",
    }
    assert not _disputes(bodies)
    people = {k: v.replace("nesting birds", "two cyclists") for k, v in bodies.items()}
    assert _disputes(people)  # the same words about people are a dispute
