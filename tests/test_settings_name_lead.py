"""Thresholds moved into the settings take effect: a misspelt surname's length (briefing.spelling), the lead a
story's setting is read in (analyze.event_place), the days and minutes two planned days or clock times may be
apart (briefing.claim_pairs), two outlets' lead days (briefing.lead_days). A stricter value drops what the
default finds. Invented stories."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from briefed import brief_outlets
from test_brief_spelling import _corpus

from storyline.analyze.date_parts import PLANNED
from storyline.analyze.event_place import find_event_places
from storyline.analyze.nlp import parse
from storyline.briefing.claim_pairs import near_figures
from storyline.briefing.spelling import name_candidates
from storyline.model import ClaimSlot
from storyline.settings import DEFAULTS, BriefSettings


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


def test_planned_days_and_clock_moments_follow_their_settings():
    settings = BriefSettings()
    day, later = (
        ClaimSlot(f"d{i}", 0, 1, "date", "close" + PLANNED, v)
        for i, v in enumerate(("2026-06-01", "2026-06-05"))
    )
    assert near_figures(day, later, settings.claim_max_ratio, settings)  # four days: one day misdated
    assert not near_figures(day, later, settings.claim_max_ratio, replace(settings, claim_planned_days=3))
    nine, ten = (ClaimSlot(f"t{i}", 0, 1, "time", "struck", v) for i, v in enumerate(("09:00", "09:50")))
    assert near_figures(nine, ten, settings.claim_max_ratio, settings)
    assert not near_figures(nine, ten, settings.claim_max_ratio, replace(settings, claim_moment_minutes=30))


def test_lead_days_one_apart_conflict_only_within_claim_lead_days():
    bodies = {
        "Coast Herald": "The assembly passed the pension reform late on Wednesday after a long debate.",
        "Evening Post": "Lawmakers approved the pension overhaul on Thursday.",
    }
    t0 = datetime(2026, 3, 5, 9, tzinfo=UTC)

    def date_conflicts(settings: BriefSettings) -> int:
        return sum(k.kind == "date" for k in brief_outlets(bodies, "story", t0, settings).conflicts)

    assert date_conflicts(BriefSettings()) == 1
    assert date_conflicts(BriefSettings(claim_lead_days=0)) == 0
