"""Per-line facts read once and shared (speed work): each equals what its readers computed before, on invented
lines."""

from __future__ import annotations

import re
from itertools import chain

from hypothesis import given
from hypothesis import strategies as st

from storyline.extract import cues, line_roles
from storyline.extract.byline_rank import _squashed
from storyline.extract.outlet_candidates import _RUN, _grams, _line_grams, _recurring_runs
from storyline.extract.outlet_features import _CONTEXT_SPAN, _CONTEXT_WORD, _tokens, line_words

_LINE = st.text(alphabet="AbcXyz 19&'.-|©@é\t", max_size=90)


def test_line_grams_are_each_run_gram_once_in_first_order() -> None:
    line = "Wexmoor Evening Post | Wexmoor Evening Post Sport"
    grams = _line_grams(line)
    assert grams[:3] == ("Wexmoor", "Evening", "Post")
    assert len(grams) == len(set(grams))
    assert "Wexmoor Evening Post Sport" in grams  # four words: the longest gram read


@given(_LINE)
def test_line_grams_match_the_runs_grams(line: str) -> None:
    assert _line_grams(line) == tuple(dict.fromkeys(chain.from_iterable(map(_grams, _RUN.findall(line)))))


def test_recurring_runs_give_each_gram_its_first_line() -> None:
    lines = ["Home", "Follow Brackwater Herald online", "A story", "Brackwater Herald homepage"]
    runs = dict(_recurring_runs(lines))
    assert runs["Brackwater Herald"] == 1
    assert "Home" not in runs  # on one line only


@given(_LINE)
def test_context_tokens_are_the_lowered_words_of_the_line_start(line: str) -> None:
    assert _tokens(line) == tuple(_CONTEXT_WORD.findall(line[:_CONTEXT_SPAN].lower()))


# The patterns as they were before their first-character lookaheads: the same matches, found faster.
_BEFORE = (
    (line_roles._NUMERIC_DATE, re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")),
    (
        line_roles._RELATIVE,
        re.compile(r"\b(ago|yesterday|today|updated|published|posted|veröffentlicht|aktualisiert)\b", re.I),
    ),
    (cues.FIRST_PERSON_PLURAL, re.compile(r"\b([Ww]e|[Oo]urs?|us|[Yy]ours?)\b")),
)
_DATED = st.text(alphabet="0123456789./- agoAGOtodayUpdatedVeröffentlichtweusOursYour", max_size=60)


@given(_DATED)
def test_lookahead_patterns_find_what_they_found_before(line: str) -> None:
    for now, before in _BEFORE:
        assert [m.span() for m in now.finditer(line)] == [m.span() for m in before.finditer(line)]


def test_lookahead_patterns_on_invented_lines() -> None:
    assert line_roles._NUMERIC_DATE.search("Filed 03/11/2031 at noon")
    assert not line_roles._NUMERIC_DATE.search("Page 3 of 11")
    assert line_roles._RELATIVE.search("Updated 4 hours AGO")
    assert line_roles._RELATIVE.search("The agora was posted-up")[0] == "posted"  # not "ago" inside a word
    assert cues.FIRST_PERSON_PLURAL.findall("We asked you to write to us, not US") == ["We", "us"]


def test_line_words_marks_the_line_start_words_and_keeps_the_vocabulary() -> None:
    line = "Subscribe to the Brackwater Herald | Follow us"
    assert line_words(line, "s:", None)[:3] == ("s:subscribe", "s:to", "s:the")
    assert line_words(line, "n:", frozenset({"n:follow", "n:herald", "s:us"})) == ("n:herald", "n:follow")


@given(_LINE)
def test_byline_squashed_lines_as_before(line: str) -> None:
    assert _squashed(line) == re.sub(r"\W+", " ", line).casefold()
