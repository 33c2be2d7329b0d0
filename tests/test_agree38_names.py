"""A common word tagged a name opening a sentence in each outlet and written capitalised nowhere else ("Attendance
was 64%") is no name outlets agree on (briefing.spelling ``_common_opener``); a one-word name that opens sentences
but is written mid-sentence somewhere in the story stays one. Invented text only."""

from __future__ import annotations

from test_brief_spelling import _corpus

from storyline.briefing.spelling import name_candidates


def _agreed(bodies: dict[str, str], names: list[str]) -> list[set[str]]:
    c, analyses, settings = _corpus(bodies, {k: [(n, "PERSON") for n in names] for k in bodies})
    _conflicts, agreed = name_candidates(c, analyses, settings)
    return [{c.by_id[v.article_id].body[v.start : v.end] for v in cl.values} for cl, _f in agreed]


def test_a_common_word_only_ever_opening_sentences_is_no_name():
    bodies = {
        "a": "The Orrin fair closed on Sunday.\nAttendance was 64%, Tobin Marsh said.",
        "b": "The Orrin fair ended on Sunday.\nAttendance was nearly two-thirds, said Tobin Marsh.",
    }
    assert _agreed(bodies, ["Attendance", "Tobin Marsh"]) == [{"Tobin Marsh"}]


def test_a_name_written_mid_sentence_somewhere_stays_a_name():
    bodies = {
        "a": "The Orrin fair closed on Sunday.\nBrannock was full, the organisers said.",
        "b": "The Orrin fair ended on Sunday.\nVisitors filled Brannock all weekend.",
    }
    assert {"Brannock"} in _agreed(bodies, ["Brannock"])
