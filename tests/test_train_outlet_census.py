"""eval/train_outlet._winner_kind: the error table's classes of what beat the site's own name; the floor rule and
--floor-check's mark."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.train_outlet import FLOORS, HELD_WRONG_MAX, _floor, _over_bound, _winner_kind  # noqa: E402
from storyline.extract.outlet import outlet_candidates  # noqa: E402

_BODY = "\n".join(
    f"Paragraph {i} of the story about the quarry, told in news of the week." for i in range(12)
)
_PAGE = (
    "Brindle Valley Times\nNews\nBrindle\nBy Margaret Olsen\n"
    + _BODY
    + "\nVisit brindleherald.com\nOsterley Digital Ltd\n© 2024 Harrowgate Holdings\n"
)
_GOLD = "brindlevalleytimes"


def _kind(name: str) -> str:
    key, _, features, _ = next(c for c in outlet_candidates(_PAGE) if c[1] == name)
    return _winner_kind(name, key, _GOLD, features)


def test_forms_of_the_gold_name_and_domains() -> None:
    assert _kind("Brindle") == "a word of the gold name"
    assert _kind("brindleherald.com") == "domain"
    assert _winner_kind("Brindle Valley Times Online", "brindlevalleytimesonline", _GOLD, _features()) == (
        "holds the gold name"
    )


def test_copyright_owners_companies_people_and_menu_words() -> None:
    assert _kind("Harrowgate Holdings") == "copyright line's name"
    assert _kind("Osterley") == "company/publisher"  # "Osterley Digital Ltd", corporate word dropped
    assert _kind("By Margaret Olsen") == "person"
    assert _kind("News") == "generic word"


def _features() -> list[float]:
    return next(c[2] for c in outlet_candidates(_PAGE) if c[1] == "News")


def test_floor_check_marks_a_target_whose_worst_side_passes_the_held_bound() -> None:
    assert _over_bound([0.061, 0.078]) == ""
    assert _over_bound([0.075, HELD_WRONG_MAX + 0.014]) == f"  (over {HELD_WRONG_MAX})"
    one = {f: (0.3, 0.08 if f < 0.55 else 0.06) for f in FLOORS}
    other = {f: (0.3, 0.075 if f < 0.6 else 0.05) for f in FLOORS}
    curves = {"inscriptis": [one], "html2text": [other]}
    assert _floor(curves, 0.08) == FLOORS[0]
    assert _floor(curves, 0.07) == 0.6  # the worst curve decides
