"""Jobs said of a named person (predicates and definite descriptions) become ROLE mentions of that person, so one
person's roles compare across outlets; on invented text through the real parser."""

from __future__ import annotations

from storyline.analyze import analyze, resolve_entities
from storyline.analyze.descriptions import find_descriptions
from storyline.analyze.nlp import parse
from storyline.analyze.per_article import _mentions
from storyline.briefing import build_corpus
from storyline.briefing.attributes import person_attributes
from storyline.model import Article
from storyline.settings import BriefSettings


def _described(body: str) -> list[tuple[str, str]]:
    (doc,) = parse([body])
    mentions = _mentions("a", body, doc)
    name = {m.start: m.text for m in mentions if m.label == "PERSON"}
    return [(m.text, name[m.refers]) for m in find_descriptions("a", doc, mentions) if m.refers is not None]


def test_a_predicate_job_is_the_subjects():
    assert _described("Dana Whitlow was deputy harbour director of the port in 2001.") == [
        ("deputy harbour director", "Dana Whitlow")
    ]
    assert [t for t, _ in _described("Dana Whitlow served as the associate director at the port.")] == [
        "associate director"
    ]


def test_the_object_of_named_as_holds_the_job():
    assert _described("The Hawks named Daniel Reeve as head coach on Friday.") == [
        ("head coach", "Daniel Reeve")
    ]


def test_a_definite_description_takes_the_earlier_person_with_that_job():
    body = "Coach Ivo Marten praised Tomas Brel. Brel scored twice.\nThe coach said the players were tired."
    assert _described(body) == [("coach", "Ivo Marten")]
    # no one is given the job: "the officer" is nobody named, not the victim named before it
    assert _described("Tomas Brel was shot on Monday. The officer was suspended.") == []


def test_an_abbreviated_title_gives_the_job_a_later_description_names():
    body = (
        "Rep. Nell Orwin (D-Calif.) spoke to Marta Quill on Monday. Ms. Quill agreed. "
        "The California congressman said the vote would pass.\n"
        "Sen. Teo Brask praised Quill. The senator left early."
    )
    assert _described(body) == [("California congressman", "Nell Orwin"), ("senator", "Teo Brask")]


def test_one_persons_roles_from_a_predicate_and_a_title_compare_across_outlets():
    arts = [
        Article(
            "a",
            "a",
            "Dana Whitlow was the assistant harbour director of Port Ellison.",
            outlet="Coast Herald",
        ),
        Article("b", "b", "Harbour director Dana Whitlow resigned on Monday.", outlet="Evening Post"),
    ]
    entities, analyses = resolve_entities(arts, analyze(arts))
    by_id = {a.id: a for a in arts}
    settings = BriefSettings()
    c = build_corpus(arts, by_id, {an.article_id: an for an in analyses}, {}, settings)
    conflicts, _ = person_attributes(c, {an.article_id: an for an in analyses}, [], settings)
    assert [k.kind for k in conflicts] == ["role"]
    assert "assistant harbour director" in conflicts[0].statement.lower()


def test_a_gendered_job_nobody_holds_is_the_person_just_named_if_of_that_gender():
    assert _described("Tara Vell checked into a clinic on Monday. The actress thanked her fans.") == [
        ("actress", "Tara Vell")
    ]
    assert _described("Tom Vell checked into a clinic on Monday. The actress thanked her fans.") == []


def _speaker(body: str) -> str | None:
    arts = [Article("a", "a", body)]
    entities, (an,) = resolve_entities(arts, analyze(arts))
    names = {e.id: e.name for e in entities}
    (q,) = an.quotes
    return names.get(q.speaker_entity or "")


def test_a_description_heading_the_speaker_phrase_is_the_speaker():
    said = '"We will rule on the appeal on Friday morning at the latest,"'
    assert _speaker(f"Judge Ann Bell heard the appeal on Monday.\n{said} the judge said.") == "Ann Bell"
    assert _speaker(f"Judge Ann Bell heard the appeal on Monday.\n{said} a friend of the judge said.") is None


def _gender_conflicts(a: str, b: str) -> list[str]:
    arts = [Article("a", "a", a, outlet="Coast Herald"), Article("b", "b", b, outlet="Evening Post")]
    entities, analyses = resolve_entities(arts, analyze(arts))
    by_id = {x.article_id: x for x in analyses}
    settings = BriefSettings()
    c = build_corpus(arts, {x.id: x for x in arts}, by_id, {}, settings)
    conflicts, _ = person_attributes(c, by_id, [], settings)
    return [k.statement for k in conflicts if k.topic.startswith("gender")]


def test_one_employers_unnamed_spokesman_and_spokeswoman_are_a_gender_conflict():
    said = "said the ferry would sail again on Friday."
    (statement,) = _gender_conflicts(
        f"A spokesman for the harbour board {said}", f"A harbour board spokeswoman {said}"
    )
    assert "spokesman" in statement and "spokeswoman" in statement
    assert not _gender_conflicts(
        f"A spokesman for the harbour board {said}", f"A spokeswoman for the coastguard {said}"
    )
    assert not _gender_conflicts(
        f"A spokesman for the harbour board {said}", f"A harbour board spokesman {said}"
    )


def test_a_superlative_written_with_most_ranks_the_person_no_job():
    """ "the most popular politician in the county" ranks the person among a class, as "the youngest coach" does:
    no title to set against another outlet's "Mayor Dana Whitlow"."""
    assert _described("Dana Whitlow was once the most popular politician in Grenholt.") == []
    assert _described("Dana Whitlow was the least known lawyer in Grenholt.") == []
    assert _described("Dana Whitlow was the popular mayor of Grenholt.") == [
        ("popular mayor", "Dana Whitlow")
    ]
