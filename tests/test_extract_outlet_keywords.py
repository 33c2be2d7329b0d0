"""The outlet cues' keyword pre-filter (the speed path): a cue's pattern runs only on the lines one scan finds a
keyword on, so a line it matches must hold one; and ``_lines_holding`` finds the lines a per-line test does,
a newline-led keyword only at a line's start."""

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.outlet_candidates import _CUES, _lines_holding, _starts

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


def _reference(keyword: str, lowered: list[str]) -> set[int]:
    if keyword.startswith("\n"):
        return {i for i, line in enumerate(lowered) if line.startswith(keyword[1:])}
    return {i for i, line in enumerate(lowered) if keyword in line}


@settings(max_examples=400)
@given(_TEXTS, st.sampled_from(["\nüber", "über", "ne marke", "from", "\nx"]))
def test_lines_holding_is_the_per_line_test(text: str, keyword: str):
    lowered = [line.lower() for line in _lines(text)]
    assert _lines_holding((keyword,), "\n".join(lowered), _starts(lowered)) == _reference(keyword, lowered)


@settings(max_examples=400)
@given(_TEXTS)
def test_a_line_a_cue_matches_holds_one_of_its_keywords(text: str):
    lines = _lines(text)
    lowered = [line.lower() for line in lines]
    joined, starts = "\n".join(lowered), _starts(lowered)
    for kind, keywords, pattern in _CUES:
        if kind not in ("chrome", "trademark"):
            continue  # the narrowed cues: "^über" and the German trademark notice
        holding = _lines_holding(keywords, joined, starts)
        assert all(i in holding for i, line in enumerate(lines) if pattern.search(line))


def test_line_start_and_german_trademark_keywords():
    lines = [
        "Wexmoor Post",
        "über Wexmoor Post",
        "Texte über Politik",
        "Wexmoor ist eine Marke",
        "the market",
    ]
    lowered = [line.lower() for line in lines]
    joined, starts = "\n".join(lowered), _starts(lowered)
    assert _lines_holding(("\nüber",), joined, starts) == {1}
    assert _lines_holding(("\nwexmoor",), joined, starts) == {0, 3}
    assert _lines_holding(("ne marke",), joined, starts) == {3}
