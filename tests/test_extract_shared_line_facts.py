"""Per-line facts read once and shared (speed work): each equals what its readers computed before, on invented
lines."""

from __future__ import annotations

import re
from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract import cues, line_roles, text_dates
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


@settings(deadline=None)  # the first example loads the lexicons
@given(_LINE)
def test_line_grams_match_the_runs_grams(line: str) -> None:
    assert _line_grams(line) == tuple(dict.fromkeys(chain.from_iterable(map(_grams, _RUN.findall(line)))))


def test_recurring_runs_give_each_gram_its_first_line() -> None:
    lines = ["Home", "Follow Brackwater Herald online", "A story", "Brackwater Herald homepage"]
    runs = dict(_recurring_runs(lines))
    assert runs["Brackwater Herald"] == 1
    assert "Home" not in runs  # on one line only


@settings(deadline=None)  # the first example loads the lexicons
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


@settings(deadline=None)  # the first example loads the lexicons
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


@settings(deadline=None)  # the first example loads the lexicons
@given(_LINE)
def test_byline_squashed_lines_as_before(line: str) -> None:
    assert _squashed(line) == re.sub(r"\W+", " ", line).casefold()


def _runs_before(lines: list[tuple[int, str]]) -> list[int]:
    """text_dates._short_runs as it was: every line's run, the whole page read."""
    short = [len(line.split()) <= 12 and not text_dates._SENTENCE_END.search(line) for _, line in lines]
    runs = [0] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short[j]:
            j += 1
        for k in range(i, j):
            runs[k] = j - i
        i = max(j, i + 1)
    return runs


_PAGE_LINE = st.sampled_from(
    [
        "Home",
        "* Sport",
        "3. Weather",
        "The council met on 4 May 2031 to vote.",
        "Updated: 12.05.2031",
        "A long line of prose that runs on for well over a dozen words before it stops here",
        "- Related: a short link",
    ]
)


@settings(deadline=None)  # the first example loads the lexicons
@given(st.lists(_PAGE_LINE, min_size=1, max_size=30), st.data())
def test_date_line_runs_and_lists_read_only_where_dates_stand(texts: list[str], data: st.DataObject) -> None:
    lines = [(0, t) for t in texts]
    at = set(data.draw(st.lists(st.integers(0, len(lines) - 1), max_size=6)))
    before = _runs_before(lines)
    assert text_dates._short_runs(lines, at) == {i: before[i] for i in at}
    items = [float(text_dates._is_list_item(t)) for t in texts]
    for i, share in text_dates._lists_near(lines, at).items():
        window = items[max(0, i - 3) : i + 4]
        assert share == sum(window) / len(window)


def test_each_row_ends_with_its_neighbours_attributes_and_the_page_edges() -> None:
    texts = ["Home", "Brackwater council votes on the harbour plan", "By Ona Pellam", "The vote was close."]
    rows, page = line_roles._features(texts, (), [(None, 0.0)] * len(texts))  # no cue verdicts
    for i, row in enumerate(rows):
        expected: dict[str, float] = {}
        for off in line_roles._NEIGHBOURS:
            j = i + off
            if 0 <= j < len(texts):
                expected.update(line_roles._seen_from(line_roles._own(texts[j]).neighbour)[off])
            else:
                expected[f"{off}:edge"] = 1.0
        assert list(row.items())[page.widths[i] :] == list(expected.items())
