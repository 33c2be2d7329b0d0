"""The outlet cues' keyword pre-filter (the speed path): a cue's pattern runs only on the lines one scan finds a
keyword on, so a line it matches must hold one; and ``_lines_holding`` finds the lines a per-line test does,
a newline-led keyword only at a line's start."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.outlet_candidates import _CUES, _KEYWORD_SETS, _lines_holding, _starts

# Pieces of lines: the cues' phrases and their look-alikes (prose "über" and "market", a long s, a dotted I,
# a Kelvin sign), names and separators.
_PIECES = st.sampled_from(
    [
        "Über ",
        "über ",
        "ÜBER ",
        "über",
        "About ",
        "Wexmoor Post",
        " ist eine Marke",
        " ist eine eingetragene Marke",
        " IST EINE MAR\u212aE",
        " is a trademark",
        "the market ",
        "one market",
        "Marke",
        " Notifications from ",
        "notificationſ from ",
        "İst eine Marke",
        "\n",
        " ",
        "x",
    ]
)
_TEXTS = st.lists(_PIECES | st.text(max_size=3), max_size=12).map("".join)


def _lines(text: str) -> list[str]:
    return [line for line in (ln.strip(" \t*+#>") for ln in text.splitlines()) if line]


def _reference(keywords: tuple[str, ...], lowered: list[str]) -> set[int]:
    return {
        i
        for i, line in enumerate(lowered)
        for keyword in keywords
        if (line.startswith(keyword[1:]) if keyword.startswith("\n") else keyword in line)
    }


@settings(max_examples=400)
@given(_TEXTS)
def test_lines_holding_is_the_per_line_test(text: str):
    lowered = [line.lower() for line in _lines(text)]
    found = _lines_holding("\n".join(lowered), _starts(lowered))
    assert found == [_reference(keywords, lowered) for keywords in _KEYWORD_SETS]


@settings(max_examples=400)
@given(_TEXTS)
def test_a_line_a_cue_matches_holds_one_of_its_keywords(text: str):
    lines = _lines(text)
    lowered = [line.lower() for line in lines]
    found = _lines_holding("\n".join(lowered), _starts(lowered))
    for (kind, _, pattern), holding in zip(_CUES, found, strict=False):
        if kind not in ("chrome", "trademark"):
            continue  # the narrowed cues: "^über" and the German trademark notice
        assert all(i in holding for i, line in enumerate(lines) if pattern.search(line))


def test_line_start_and_german_trademark_keywords():
    lines = ["über Wexmoor Post", "Texte über Politik", "Wexmoor ist eine Marke", "the market", "Über uns"]
    lowered = [line.lower() for line in lines]
    found = _lines_holding("\n".join(lowered), _starts(lowered))
    kinds = [kind for kind, _, _ in _CUES]
    assert found[kinds.index("chrome")] == {0, 4}
    assert found[kinds.index("trademark")] == {2}
