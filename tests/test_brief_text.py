"""Regex fallbacks and quantity intervals the brief stage relies on."""

from storyline.briefing.text import find_dates, find_names, find_quantities, speaker_gender, split_sentences


def test_split_sentences_keeps_abbreviations_and_offsets():
    body = 'Mr. Hale met J. Ortiz in St. Alvin.\nThen he left. "We are done," he said. 3 more came.'
    sents = split_sentences("a", body)
    assert [s.text for s in sents] == [
        "Mr. Hale met J. Ortiz in St. Alvin.",
        "Then he left.",
        '"We are done," he said.',
        "3 more came.",
    ]
    assert all(body[s.start : s.end] == s.text for s in sents)


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


def test_dates_and_names_and_gender():
    assert [d[3] for d in find_dates("in May 2012, on 3 June 2031 and in 2006")] == [
        "2012-05",
        "2031-06-03",
        "2006",
    ]
    assert [n[2] for n in find_names("Foreign Minister Sergey Lavrov met Mr Tom Vale.")] == [
        "Sergey Lavrov",
        "Tom Vale",
    ]
    assert speaker_gender("A Foreign Office spokeswoman") == "f"
    assert speaker_gender("a spokesman for the department") == "m"
    assert speaker_gender("officials") is None
