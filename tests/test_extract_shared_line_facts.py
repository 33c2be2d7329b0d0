"""Speed work on the text path's per-line facts: each gives what its readers computed before (hypothesis tests
against the old definitions), on invented lines."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract import boilerplate, cues, line_features, outlet_candidates, quality, text_date_features

# The patterns as they were before their first-character lookaheads: the same matches, found faster.
_BEFORE = (
    (line_features._NUMERIC_DATE, re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")),
    (
        line_features._RELATIVE,
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
    assert line_features._NUMERIC_DATE.search("Filed 03/11/2031 at noon")
    assert not line_features._NUMERIC_DATE.search("Page 3 of 11")
    assert line_features._RELATIVE.search("Updated 4 hours AGO")
    assert line_features._RELATIVE.search("The agora was posted-up")[0] == "posted"  # not "ago" inside a word
    assert cues.FIRST_PERSON_PLURAL.findall("We asked you to write to us, not US") == ["We", "us"]


def _runs_before(lines: list[tuple[int, str]]) -> list[int]:
    """text_date_features._short_runs as it was: every line's run, the whole page read."""
    short = [
        len(line.split()) <= 12 and not text_date_features._SENTENCE_END.search(line) for _, line in lines
    ]
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
    assert text_date_features._short_runs(lines, at) == {i: before[i] for i in at}
    items = [float(text_date_features._is_list_item(t)) for t in texts]
    for i, share in text_date_features._lists_near(lines, at).items():
        window = items[max(0, i - 3) : i + 4]
        assert share == sum(window) / len(window)


def test_each_row_ends_with_its_neighbours_attributes_and_the_page_edges() -> None:
    texts = ["Home", "Brackwater council votes on the harbour plan", "By Ona Pellam", "The vote was close."]
    rows, page = line_features.page_features(texts, (), [(None, 0.0)] * len(texts))  # no cue verdicts
    for i, row in enumerate(rows):
        expected: dict[str, float] = {}
        for off in line_features._NEIGHBOURS:
            j = i + off
            if 0 <= j < len(texts):
                expected.update(line_features._seen_from(line_features._own(texts[j])[2])[off])
            else:
                expected[f"{off}:edge"] = 1.0
        assert list(row.items())[page.widths[i] :] == list(expected.items())


@settings(deadline=None)
@given(st.text(alphabet="AbcIİßẞ ΕΣτ étaſ1_-", max_size=60))
def test_function_word_shares_lower_each_word_as_before(line: str) -> None:
    found = quality._WORD.findall(line)
    words = [w.lower() for w in found]
    before = (
        (
            sum(map(quality.LATIN_WORDS.__contains__, words)) / len(words),
            sum(map(quality.ENGLISH_WORDS.__contains__, words)) / len(words),
            len(words),
        )
        if words
        else (0.0, 0.0, 0)
    )
    assert quality._ratios(found) == before


@settings(deadline=None)
@given(st.text(alphabet="ab. \t\u00a0\u2003\u3000\x0b\x1c\n", max_size=60))
def test_lines_stripped_before_their_spaces_collapse_as_before(text: str) -> None:
    def before(raw: str) -> str:
        fix = boilerplate._NEEDS_SPACE_FIX.search(raw)
        return boilerplate._SPACE.sub(" ", raw).strip() if fix else raw.strip()

    expected = [clean for clean in map(before, text.split("\n")) if clean]
    assert [line.text for line in boilerplate.split_lines(text)] == expected


@settings(deadline=None)
@given(st.text(alphabet="Photo: Ana Reyes/Getty (AP) — via By the ", max_size=80))
def test_credit_lines_without_a_slash_give_the_same_matches(line: str) -> None:
    got = [(m.span(), m.groupdict()) for m in outlet_candidates._credits(line)]
    span = line[: outlet_candidates._CREDIT_SPAN]
    assert got == [(m.span(), m.groupdict()) for m in outlet_candidates._CREDIT.finditer(span)]


def test_credit_lines_read_the_agency_credit_and_the_source() -> None:
    names = [
        m["o"] or m["p"] or m["g"]
        for m in outlet_candidates._credits("Ana Reyes/Getty | Source: Tarn Ledger")
    ]
    assert names == ["Ana Reyes", "Tarn Ledger"]


def test_a_lines_cached_facts_leave_the_garbage_collector_nothing_to_walk() -> None:
    import gc

    line = "By Wren Halloway, Staff Writer | Updated 14 March 2031 09:40"
    own = line_features._own(line)
    gc.collect()
    gc.collect()  # a tuple is untracked once its items are: its inner tuples the first time, itself the next
    assert not gc.is_tracked(own)
    names, length, _, _, _ = own
    assert "len" in names and "month" in names and "fw=by" in names
    (row,) = line_features.features([line])
    own_part = dict(
        list(row.items())[: names.index("len") + 2]
    )  # its attributes up to "len" and the one after
    assert list(own_part) == list(names[: names.index("len") + 2])
    assert row["len"] == length == len(line) / 200.0
    assert all(row[name] == 1.0 for name in names if name != "len")
