"""Quantity intervals the figure conflicts compare, and what a stored speaker description says."""

from storyline.briefing.quantities import find_quantities
from storyline.briefing.speakers import speaker_gender, speaker_role


def _one(text):
    (q,) = find_quantities(text)
    return q


def test_duration_intervals():
    more = _one("the first visit in more than five years")
    assert not more.compatible(_one("the first visit in half a decade"))
    assert not more.compatible(_one("the first visit in 5 years"))
    assert more.compatible(_one("the first visit in six years"))
    assert _one("in more than three decades").low == 30


def test_counts_and_money():
    assert _one("at least 12 people died").compatible(_one("14 people died"))
    assert not _one("12 people died").compatible(_one("Fourteen people died"))
    assert _one("a £1.8bn loan").low == 1.8e9
    assert find_quantities("in 2012 and on 4 March") == []


def test_speaker_gender_and_role():
    assert speaker_gender("A Foreign Office spokeswoman") == "f"
    assert speaker_gender("a spokesman for the department") == "m"
    assert speaker_gender("officials") is None
    assert speaker_role("A Foreign Office spokeswoman") == speaker_role("a spokesman") == "spokesperson"
