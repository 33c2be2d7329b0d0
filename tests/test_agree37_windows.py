"""Two things read as one value: a window between two clock times ("between noon and 6 p.m.") is no moment of an
act (analyze.claim_dates ``_clock_window``), so two windows touching at one end do not agree as one time.
Invented text only."""

from __future__ import annotations

from datetime import UTC, datetime

from briefed import agreed_values, brief_outlets, claims_in
from test_brief_spelling import _corpus

from storyline.briefing.spelling import name_candidates

_SAT = datetime(2026, 4, 11, 18, tzinfo=UTC)  # a Saturday


def _times(text: str) -> list[str]:
    return [c.value for _t, c in claims_in(text) if c.kind == "time"]


def test_a_window_between_two_clock_times_is_no_time():
    assert _times("Parks will shut their gates between noon and 6 p.m. each day.") == []
    assert _times("Residents should not run dishwashers from 5 p.m. to 8 p.m. this week.") == []


def test_a_moment_is_still_a_time():
    assert _times("The dam gave way at 6 p.m. on Friday, officials said.") == ["18:00"]
    assert _times("Crews worked from 6 p.m. on Friday, officials said.") == ["18:00"]


def test_two_windows_touching_at_one_end_do_not_agree():
    bodies = {
        "Hill Gazette": "A heat alert covers the Orrin valley. Parks will shut their gates between noon and "
        "6 p.m. each day, the council said.",
        "Valley Wire": "A heat alert covers the Orrin valley. The grid asked homes not to run dishwashers "
        "between 6 p.m. and 9 p.m., the council said.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Heat alert in valley", _SAT), bodies)
    assert not any("6 p.m." in " ".join(v) for v in agreed)


def test_an_illness_no_one_died_or_suffered_of_is_no_shared_circumstance():
    bodies = {
        "Hill Gazette": "An outbreak of Pontiac fever hit Orrin. The fever is a mild form of pneumonia spread by "
        "mist from cooling towers.",
        "Valley Wire": "An outbreak of Pontiac fever hit Orrin. Doctors were told to test patients with "
        "pneumonia for the fever.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Fever outbreak in Orrin", _SAT), bodies)
    assert {"pneumonia"} not in agreed


def test_an_illness_someone_died_of_is_a_shared_circumstance():
    bodies = {
        "Hill Gazette": "A retired ferryman, 81, died of pneumonia in Orrin on Friday, his family said.",
        "Valley Wire": "Orrin ferryman Abel Tarn, 81, has died of pneumonia, his family said.",
    }
    agreed = agreed_values(brief_outlets(bodies, "Ferryman dies", _SAT), bodies)
    assert {"pneumonia"} in agreed


def test_a_common_word_tagged_a_name_at_sentence_starts_is_no_name_candidate():
    """The tagger's person "Granaries" opening a sentence in two outlets, while one writes "granaries" in lower
    case: a common word capitalised by its place, no name outlets agree on; a name opening a sentence stays."""
    c, analyses, settings = _corpus(
        {
            "a": "Drought grips the Orrin valley.\nGranaries were half empty, Tobin Marsh said.",
            "b": "The Orrin valley is in drought.\nGranaries are low and the granaries of the hills are "
            "empty, Tobin Marsh said.",
        },
        {k: [("Granaries", "PERSON"), ("Tobin Marsh", "PERSON")] for k in "ab"},
    )
    _conflicts, agreed = name_candidates(c, analyses, settings)
    named = [{c.by_id[v.article_id].body[v.start : v.end] for v in cl.values} for cl, _f in agreed]
    assert named == [{"Tobin Marsh"}]
