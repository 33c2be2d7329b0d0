"""The settings that bound a misspelt surname's length (briefing.spelling) and the lead a story's setting is read
in (analyze.event_place) take effect: a stricter value drops what the default finds. Invented stories."""

from __future__ import annotations

from dataclasses import replace

from test_brief_spelling import _corpus

from storyline.analyze.event_place import find_event_places
from storyline.analyze.nlp import parse
from storyline.briefing.spelling import name_candidates
from storyline.settings import DEFAULTS


def _spelling_kinds(a: str, b: str, name_a: str, name_b: str, **knobs: int) -> list[str]:
    c, analyses, settings = _corpus({"a": a, "b": b}, {"a": [(name_a, "PERSON")], "b": [(name_b, "PERSON")]})
    conflicts, _agreed = name_candidates(c, analyses, replace(settings, **knobs))
    return [k.kind for k in conflicts]


def test_a_surname_alone_needs_spelling_min_surname_letters():
    pair = ("Mr Okonkwo, the finance minister, resigned.", "Finance Minister Okonkow resigned.", "Mr Okonkwo")
    assert _spelling_kinds(*pair, "Okonkow") == ["spelling"]
    assert _spelling_kinds(*pair, "Okonkow", spelling_min_surname=8) == []  # seven letters: too short now


def test_a_full_names_surname_needs_spelling_min_full_surname_letters():
    pair = ("Coach Mark Hale praised the defence.", "Mark Hales, the coach, praised it.", "Mark Hale")
    assert _spelling_kinds(*pair, "Mark Hales") == ["spelling"]
    assert _spelling_kinds(*pair, "Mark Hales", spelling_min_full_surname=5) == []


def test_the_setting_is_read_in_event_place_lead_sentences():
    text = "Crews were called out on Monday.\nA fire destroyed a barn in Dallton, officials said."
    (doc,) = parse([text])
    assert [c.value for c in find_event_places("a", doc)] == ["dallton"]
    one = replace(DEFAULTS.analyze, event_place_lead_sentences=1)
    assert find_event_places("a", doc, one) == []
