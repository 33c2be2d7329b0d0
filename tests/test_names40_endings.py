"""A name written with a letter added at a word's end (briefing.name_letters, briefing.spelling): a word of a longer
name ("Marvelle House"), a lone surname with a romanised final "h" ("Katoh"), a resolved person's first name with a
consonant added ("Tomasz"); and the words such a letter derives, which stay apart. Two full names spelt alike
that do one act in outlets that write one of them each are one person's spellings. Invented text only."""

from __future__ import annotations

from dataclasses import replace

from test_brief_spelling import _corpus, _spelling

from storyline.briefing.spelling import name_candidates
from storyline.model import Event


def _conflicts(bodies: dict[str, str], names: dict[str, list[tuple]]) -> list[str]:
    c, analyses, settings = _corpus(bodies, names)
    conflicts, _agreed = name_candidates(c, analyses, settings)
    return _spelt(conflicts)


def _spelt(conflicts: list) -> list[set[str]]:
    """Each spelling conflict's written forms."""
    return [set(k.topic.removeprefix("spelling: ").split(" / ")) for k in conflicts]


def test_a_letter_added_to_a_word_of_a_longer_name_is_a_spelling_conflict():
    bodies = {
        "a": "The singer checked into Marvell House in Oxley on Monday.",
        "b": "The singer checked into Marvelle House in Oxley on Monday.",
    }
    names = {"a": [("Marvell House", "ORG")], "b": [("Marvelle House", "ORG")]}
    assert _conflicts(bodies, names) == [{"Marvell House", "Marvelle House"}]


def test_a_plural_or_demonym_ending_of_a_word_of_a_longer_name_is_no_spelling():
    bodies = {
        "a": "Staff at the Orrin Election Office counted all night.",
        "b": "Staff at the Orrin Elections Office counted all night.",
    }
    names = {"a": [("Orrin Election Office", "ORG")], "b": [("Orrin Elections Office", "ORG")]}
    assert _conflicts(bodies, names) == []
    bodies = {"a": "The Velmora Relief Fund paid out.", "b": "The Velmoran Relief Fund paid out."}
    names = {"a": [("Velmora Relief Fund", "ORG")], "b": [("Velmoran Relief Fund", "ORG")]}
    assert _conflicts(bodies, names) == []


def test_a_lone_surname_with_a_romanised_final_h_is_a_spelling_conflict():
    bodies = {
        "a": "The inquiry is led by chief inspector Miriam Kato, who visited the line.",
        "b": "Investigators led by the chief inspector began work.\nMs Katoh said the report was due in May.",
    }
    names = {"a": [("Miriam Kato", "PERSON")], "b": [("Katoh", "PERSON")]}
    assert _conflicts(bodies, names) == [{"Miriam Kato", "Katoh"}]


def test_a_four_letter_surname_with_another_letter_added_stays_apart():
    bodies = {
        "a": "The inquiry is led by chief inspector Wei Chen, who visited the line.",
        "b": "Investigators led by the chief inspector began work.\nMr Cheng said the report was due in May.",
    }
    names = {"a": [("Wei Chen", "PERSON")], "b": [("Cheng", "PERSON")]}
    assert _conflicts(bodies, names) == []


def test_a_resolved_persons_first_name_with_a_consonant_added_is_a_spelling_conflict():
    bodies = {
        "a": "Tomasz Kowal, 41, was detained at the airport.",
        "b": "Tomas Kowal was held at the airport on Thursday.",
    }
    one = {"a": [("Tomasz Kowal", "PERSON", "e1")], "b": [("Tomas Kowal", "PERSON", "e1")]}
    assert _conflicts(bodies, one) == [{"Tomas Kowal", "Tomasz Kowal"}]
    two = {"a": [("Tomasz Kowal", "PERSON", "e1")], "b": [("Tomas Kowal", "PERSON", "e2")]}
    assert _conflicts(bodies, two) == []  # not resolved as one: the letters alone say nothing


def test_a_vowel_added_to_a_first_name_makes_another_persons_name():
    bodies = {
        "a": "Daniel Kowal, 41, was detained at the airport.",
        "b": "Daniela Kowal was held at the airport on Thursday.",
    }
    names = {"a": [("Daniel Kowal", "PERSON", "e1")], "b": [("Daniela Kowal", "PERSON", "e1")]}
    assert _conflicts(bodies, names) == []


def _acted(bodies: dict[str, str], acts: dict[str, list[tuple[str, str]]]) -> list[str]:
    """Spelling conflicts when each (name, verb) of an article is an event the name does."""
    names = {aid: [(n, "PERSON", f"e-{n}") for n, _v in pairs] for aid, pairs in acts.items()}
    c, analyses, settings = _corpus(bodies, names)
    for aid, pairs in acts.items():
        events = tuple(Event(aid, 0, len(bodies[aid]), n, v) for n, v in pairs)
        analyses[aid] = replace(analyses[aid], events=events)
    conflicts, _agreed = name_candidates(c, analyses, settings)
    return _spelt(conflicts)


def test_names_spelt_alike_that_do_one_act_are_one_persons_spellings():
    bodies = {
        "a": "Elm Vale led through two goals from Danny Rees, who scored twice.",
        "b": "Elm Vale's Danny Reece scored twice in the first half.",
    }
    acts = {"a": [("Danny Rees", "score")], "b": [("Danny Reece", "score")]}
    assert _acted(bodies, acts) == [{"Danny Reece", "Danny Rees"}]
    said = {"a": [("Danny Rees", "say")], "b": [("Danny Reece", "say")]}
    assert _acted(bodies, said) == []  # what each said is no deed that ties them


def test_two_names_one_article_writes_that_do_one_act_stay_two_people():
    bodies = {
        "a": "Danny Rees scored once and Danny Reece scored once.",
        "b": "Danny Reece scored twice in the first half.",
    }
    acts = {"a": [("Danny Rees", "score"), ("Danny Reece", "score")], "b": [("Danny Reece", "score")]}
    assert _acted(bodies, acts) == []


def test_first_names_alike_under_a_post_of_many_holders_are_one_persons_spellings():
    """An article gives "chief executive" to two people (of two companies), so the post names no one person; but
    "Graham Pell" / "Graeme Pell" under it, one surname and first names alike, are one person's name."""
    conflicts, _agreed = _spelling(
        "Morrow, led by chief executive Graham Pell, made the offer.\nChief executive Ann Lowe backed it.",
        "Graeme Pell, the chief executive of Morrow, said he would visit the site.",
        ["Graham Pell", "Ann Lowe"],
        ["Graeme Pell"],
    )
    assert _spelt(conflicts) == [{"Graeme Pell", "Graham Pell"}]
    conflicts, _agreed = _spelling(
        "Morrow, led by chief executive Mark Pell, made the offer.\nChief executive Ann Lowe backed it.",
        "Mike Pell, the chief executive of Morrow, said he would visit the site.",
        ["Mark Pell", "Ann Lowe"],
        ["Mike Pell"],
    )
    assert not conflicts  # unlike first names under a post of many: maybe two people
