"""A name written with a letter added at a word's end (briefing.name_letters, briefing.spelling): a word of a longer
name ("Halverne House"), a lone surname with a romanised final "h" ("Satoh"), a resolved person's first name with a
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
    return [k.topic for k in conflicts]


def test_a_letter_added_to_a_word_of_a_longer_name_is_a_spelling_conflict():
    bodies = {
        "a": "The singer checked into Halvern House in Fenmoor on Monday.",
        "b": "The singer checked into Halverne House in Fenmoor on Monday.",
    }
    names = {"a": [("Halvern House", "ORG")], "b": [("Halverne House", "ORG")]}
    assert _conflicts(bodies, names) == ["spelling: Halvern House / Halverne House"]


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
        "a": "The inquiry is led by chief inspector Miriam Sato, who visited the line.",
        "b": "Investigators led by the chief inspector began work.\nMs Satoh said the report was due in May.",
    }
    names = {"a": [("Miriam Sato", "PERSON")], "b": [("Satoh", "PERSON")]}
    assert _conflicts(bodies, names) == ["spelling: Miriam Sato / Satoh"]


def test_a_four_letter_surname_with_another_letter_added_stays_apart():
    bodies = {
        "a": "The inquiry is led by chief inspector Wei Chen, who visited the line.",
        "b": "Investigators led by the chief inspector began work.\nMr Cheng said the report was due in May.",
    }
    names = {"a": [("Wei Chen", "PERSON")], "b": [("Cheng", "PERSON")]}
    assert _conflicts(bodies, names) == []


def test_a_resolved_persons_first_name_with_a_consonant_added_is_a_spelling_conflict():
    bodies = {
        "a": "Tomasz Wrobel, 41, was detained at the airport.",
        "b": "Tomas Wrobel was held at the airport on Thursday.",
    }
    one = {"a": [("Tomasz Wrobel", "PERSON", "e1")], "b": [("Tomas Wrobel", "PERSON", "e1")]}
    assert _conflicts(bodies, one) == ["spelling: Tomas Wrobel / Tomasz Wrobel"]
    two = {"a": [("Tomasz Wrobel", "PERSON", "e1")], "b": [("Tomas Wrobel", "PERSON", "e2")]}
    assert _conflicts(bodies, two) == []  # not resolved as one: the letters alone say nothing


def test_a_vowel_added_to_a_first_name_makes_another_persons_name():
    bodies = {
        "a": "Daniel Wrobel, 41, was detained at the airport.",
        "b": "Daniela Wrobel was held at the airport on Thursday.",
    }
    names = {"a": [("Daniel Wrobel", "PERSON", "e1")], "b": [("Daniela Wrobel", "PERSON", "e1")]}
    assert _conflicts(bodies, names) == []


def _acted(bodies: dict[str, str], acts: dict[str, list[tuple[str, str]]]) -> list[str]:
    """Spelling conflicts when each (name, verb) of an article is an event the name does."""
    names = {aid: [(n, "PERSON", f"e-{n}") for n, _v in pairs] for aid, pairs in acts.items()}
    c, analyses, settings = _corpus(bodies, names)
    for aid, pairs in acts.items():
        events = tuple(Event(aid, 0, len(bodies[aid]), n, v) for n, v in pairs)
        analyses[aid] = replace(analyses[aid], events=events)
    conflicts, _agreed = name_candidates(c, analyses, settings)
    return [k.topic for k in conflicts]


def test_names_spelt_alike_that_do_one_act_are_one_persons_spellings():
    bodies = {
        "a": "Port Alder led through two goals from Jonny Rees, who scored twice.",
        "b": "Port Alder's Jonny Reece scored twice in the first half.",
    }
    acts = {"a": [("Jonny Rees", "score")], "b": [("Jonny Reece", "score")]}
    assert _acted(bodies, acts) == ["spelling: Jonny Reece / Jonny Rees"]
    said = {"a": [("Jonny Rees", "say")], "b": [("Jonny Reece", "say")]}
    assert _acted(bodies, said) == []  # what each said is no deed that ties them


def test_two_names_one_article_writes_that_do_one_act_stay_two_people():
    bodies = {
        "a": "Jonny Rees scored once and Jonny Reece scored once.",
        "b": "Jonny Reece scored twice in the first half.",
    }
    acts = {"a": [("Jonny Rees", "score"), ("Jonny Reece", "score")], "b": [("Jonny Reece", "score")]}
    assert _acted(bodies, acts) == []


def test_first_names_alike_under_a_post_of_many_holders_are_one_persons_spellings():
    """An article gives "chief executive" to two people (of two companies), so the post names no one person; but
    "Graham Tull" / "Graeme Tull" under it, one surname and first names alike, are one person's name."""
    conflicts, _agreed = _spelling(
        "Carden, led by chief executive Graham Tull, made the offer.\nChief executive Ruth Menzies backed it.",
        "Graeme Tull, the chief executive of Carden, said he would visit the site.",
        ["Graham Tull", "Ruth Menzies"],
        ["Graeme Tull"],
    )
    assert [k.topic for k in conflicts] == ["spelling: Graeme Tull / Graham Tull"]
    conflicts, _agreed = _spelling(
        "Carden, led by chief executive Mark Tull, made the offer.\nChief executive Ruth Menzies backed it.",
        "Mike Tull, the chief executive of Carden, said he would visit the site.",
        ["Mark Tull", "Ruth Menzies"],
        ["Mike Tull"],
    )
    assert not conflicts  # unlike first names under a post of many: maybe two people
