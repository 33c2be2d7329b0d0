"""A name one outlet shows to be a person ("Ms Ode said") is a person in every outlet's article of the story,
where the tagger took it for an organisation or a place. Invented two-outlet stories: the tagger's miss is forced
on one outlet's mentions, then the real resolution and briefing; and the step alone on hand-made mentions for the
names that must stay what they are (a company or a place named after a person, two relatives)."""

from __future__ import annotations

import dataclasses

import pytest

import storyline.briefing
from storyline.analyze import analyze, resolve_entities
from storyline.briefing import build_briefing
from storyline.briefing.people_across import story_people
from storyline.model import Analysis, Article, Briefing, Entity, Mention, Story

_SAID = "said the march would go ahead on Saturday"
_A = "Organisers in Tamsford expect thousands at the weekend.\n{}\nThe route runs past the town hall."
_B = "A protest march is planned for the weekend in Tamsford.\n{}\nShops on the route will close early."


def _mistag(an: Analysis, names: set[str], label: str) -> Analysis:
    """The article's analysis as if the tagger had given ``names`` ``label`` (what a small model does)."""
    return dataclasses.replace(
        an, mentions=tuple(dataclasses.replace(m, label=label) if m.text in names else m for m in an.mentions)
    )


def _brief(a: str, b: str, names: set[str], label: str = "ORG") -> Briefing:
    arts = {
        "a": Article("a", "a", _A.format(a), outlet="Valley News"),
        "b": Article("b", "b", _B.format(b), outlet="Daily Post"),
    }
    found = [_mistag(an, names, label) if an.article_id == "a" else an for an in analyze(list(arts.values()))]
    entities, analyses = resolve_entities(list(arts.values()), found)
    story = Story("s", "s", tuple(arts))
    return build_briefing(story, [story], arts, {an.article_id: an for an in analyses}, entities, {})


def _people(b: Briefing) -> list[str]:
    return [k.kind for k in b.conflicts if k.kind in ("attribute", "role", "spelling")]


def _without_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        storyline.briefing, "story_people", lambda *args, **kwargs: (dict(args[1]), tuple(args[2]))
    )


@pytest.mark.parametrize(
    ("a", "b", "names", "kind"),
    [
        ("Tina Ode told us she expects a large crowd.", f"Mr Ode {_SAID}.", {"Tina Ode"}, "attribute"),
        (
            "Tina Ode, 41, told reporters she expects a large crowd.",
            f"Tina Ode {_SAID}. Mr Ode added that police had agreed the route.",
            {"Tina Ode"},
            "attribute",
        ),
        (
            f"Deputy festival director Tina Ode {_SAID}.",
            f"Festival director Tina Ode {_SAID}.",
            {"Tina Ode"},
            "role",
        ),
        (
            f"Tina Ode, the deputy festival director, {_SAID}.",
            f"Ms Ode, the festival director, {_SAID}.",
            {"Tina Ode"},
            "role",
        ),
        (
            f"Paul Varga {_SAID}. Varga is the deputy mayor.",
            f"Mayor Paul Varga {_SAID}.",
            {"Paul Varga", "Varga"},
            "role",
        ),
    ],
)
@pytest.mark.parametrize("label", ["ORG", "GPE"])
def test_a_person_the_tagger_missed_in_one_outlet_is_compared_with_the_other(
    a, b, names, kind, label, monkeypatch
):
    assert _people(_brief(a, b, names, label)) == [kind]
    _without_step(monkeypatch)
    assert _people(_brief(a, b, names, label)) == []  # the comparison the tagger's miss cost


@pytest.mark.parametrize(
    ("a", "b", "names"),
    [  # a place and a company named after the person, and her brother: no one's gender in two ways
        (
            f"Fort Varga {_SAID}. Varga told reporters she expects a large crowd.",
            f"Mr Varga {_SAID}.",
            {"Fort Varga", "Varga"},
        ),
        (
            f"Ode Holdings {_SAID}. Ode Holdings told reporters she expects a large crowd.",
            f"Mr Ode {_SAID}.",
            {"Ode Holdings"},
        ),
        (
            "Tina Ode told reporters she expects a large crowd. Ode has run the group since 2019.",
            f"Her brother Mark Ode {_SAID}. Mr Ode added that police had agreed the route.",
            {"Tina Ode", "Ode"},
        ),
    ],
)
def test_a_name_that_only_shares_the_surname_is_no_conflict(a, b, names):
    assert _people(_brief(a, b, names)) == []


def _article(aid: str, body: str, *names: tuple[str, str, str | None]) -> tuple[Article, Analysis]:
    """An article and its analysis with the mentions (text, label, entity) at each text's first place."""
    mentions = []
    for text, label, eid in names:
        start = body.index(text, mentions[-1].end if mentions and text in body[mentions[-1].end :] else 0)
        mentions.append(Mention(aid, start, start + len(text), text, label, eid))
    return Article(aid, aid, body), Analysis(aid, mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def _step(*pairs: tuple[Article, Analysis]) -> dict[str, list[tuple[str, str, str | None]]]:
    entities = [Entity(e, e, "org") for _, an in pairs for m in an.mentions if (e := m.entity_id)]
    out, _ = story_people([a for a, _ in pairs], {an.article_id: an for _, an in pairs}, entities)
    return {aid: [(m.text, m.label, m.entity_id) for m in an.mentions] for aid, an in out.items()}


def test_the_surname_alone_or_after_a_first_name_becomes_the_person_shown_in_another_article():
    got = _step(
        _article(
            "a",
            "Tina Ode opened the hall. Ode thanked the staff.",
            ("Tina Ode", "ORG", "o1"),
            ("Ode", "GPE", "o2"),
        ),
        _article("b", "Ms Ode said the hall was ready.", ("Ode", "PERSON", "p")),
    )
    assert got["a"] == [("Tina Ode", "PERSON", "p"), ("Ode", "PERSON", "p")]


def test_without_evidence_in_any_article_nothing_changes():
    got = _step(
        _article("a", "Tina Ode opened the hall.", ("Tina Ode", "ORG", "o1")),
        _article("b", "Ode said the hall was ready.", ("Ode", "PERSON", "p")),
    )
    assert got["a"] == [("Tina Ode", "ORG", "o1")]


def test_a_company_or_a_place_named_after_the_person_stays_what_it_is():
    got = _step(
        _article(
            "a",
            "Ode Holdings bought Fort Varga, and Varga will be renamed.",
            ("Ode Holdings", "ORG", "c"),
            ("Fort Varga", "GPE", "f"),
            ("Varga", "GPE", "f"),
        ),
        _article(
            "b",
            "Ms Ode and Mr Varga said the sale was agreed.",
            ("Ode", "PERSON", "p"),
            ("Varga", "PERSON", "v"),
        ),
    )
    assert [label for _, label, _ in got["a"]] == ["ORG", "GPE", "GPE"]


def test_two_relatives_of_one_surname_keep_their_own_people_and_a_bare_surname_stays():
    got = _step(
        _article("a", "Tina Ode and Ode spoke.", ("Tina Ode", "ORG", "o1"), ("Ode", "ORG", "o2")),
        _article(
            "b",
            "Tina Ode, 41, and her brother Mark Ode, 44, said they were ready.",
            ("Tina Ode", "PERSON", "t"),
            ("Mark Ode", "PERSON", "m"),
        ),
    )
    assert got["a"] == [("Tina Ode", "PERSON", "t"), ("Ode", "ORG", "o2")]


def test_the_job_said_of_a_relabelled_name_goes_to_the_person():
    body = "Ode opened the hall. Ode is the festival director."
    art, an = _article("a", body, ("Ode", "ORG", "o1"))
    role = Mention(
        "a", body.index("festival"), body.index("festival") + 17, "festival director", "ROLE", None, 0
    )
    an = dataclasses.replace(an, mentions=(*an.mentions, role))
    got = _step((art, an), _article("b", "Mr Ode said the hall was ready.", ("Ode", "PERSON", "p")))
    assert got["a"] == [("Ode", "PERSON", "p"), ("festival director", "ROLE", "p")]


@pytest.mark.parametrize(
    ("shown", "name"),
    [
        ("Assistant coach Colm Ode praised the fans.", "Colm Ode"),  # a job title before the name
        ("Detective Sergeant Colm Ode praised the fans.", "Detective Sergeant Colm Ode"),  # tagged into it
    ],
)
def test_a_full_name_given_a_job_title_is_shown_to_be_a_person(shown, name):
    got = _step(
        _article("a", "Head coach Colm Ode thanked the staff.", ("Colm Ode", "ORG", "o1")),
        _article("b", shown, (name, "PERSON", "p")),
    )
    assert got["a"] == [("Colm Ode", "PERSON", "p")]


def test_a_full_name_with_no_title_or_other_sign_is_not_shown():
    got = _step(
        _article("a", "Head coach Colm Ode thanked the staff.", ("Colm Ode", "ORG", "o1")),
        _article("b", "The fans cheered Colm Ode.", ("Colm Ode", "PERSON", "p")),
    )
    assert got["a"] == [("Colm Ode", "ORG", "o1")]
