"""eval/claims_stages.py --why: the cause it gives for a gold conflict whose figures were never compared, on invented
figures placed by hand (no parse): which part of two outlets' slot keys differs, or what holds one slot apart."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from storyline.briefing.placed import Placed
from storyline.model import ClaimSlot

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))
_spec = importlib.util.spec_from_file_location("claims_stages", ROOT / "eval" / "claims_stages.py")
claims_stages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(claims_stages)
claims_gold = sys.modules["claims_gold"]


def _slot() -> claims_gold.Slot:
    """A gold conflict over the figure at 10-12 of doc "wire" and of doc "radio"."""
    mentions = tuple(claims_gold.Mention(d, 10, 12, None, None) for d in ("wire", "radio"))
    return claims_gold.Slot("people killed", "count", "conflict", mentions)


def _figure(
    doc: str, value: str, measure: str = "dead", unit: str = "", kind: str = "count", **kw
) -> ClaimSlot:
    return ClaimSlot(doc, 10, 12, kind, measure, value, unit, **kw)


def _why(wire: ClaimSlot | None, radio: ClaimSlot | None, placed: tuple[str, ...] = ("wire", "radio")) -> str:
    figures = {"wire": wire, "radio": radio}
    analyses = {d: SimpleNamespace(claims=[f] if f else []) for d, f in figures.items()}
    kept = [Placed(f, i, d) for i, (d, f) in enumerate(figures.items()) if f and d in placed]
    cause, pair = claims_stages.why(_slot(), analyses, kept, lambda _a: "story")
    assert bool(pair) == (len(kept) == 2 and cause != "values alike")  # the pair judged, when there is one
    return cause


@pytest.mark.parametrize(
    "wire, radio, placed, cause",
    [
        (None, None, ("wire", "radio"), "no claim"),  # a name or place only
        (_figure("wire", "9"), None, ("wire", "radio"), "claim in one doc"),
        (_figure("wire", "9"), _figure("radio", "11"), ("wire",), "not placed"),  # e.g. inside a quotation
        (_figure("wire", "9"), _figure("radio", "9"), ("wire", "radio"), "values alike"),
        (
            _figure("wire", "9"),
            _figure("radio", "11", measure="injured"),
            ("wire", "radio"),
            "measure differs",
        ),
        (
            _figure("wire", "3000000", kind="money", unit="USD"),
            _figure("radio", "3200000", kind="money"),
            ("wire", "radio"),
            "unit differs",
        ),
    ],
)
def test_a_pair_never_in_one_slot_says_why(wire, radio, placed, cause):
    assert _why(wire, radio, placed) == cause


@pytest.mark.parametrize(
    "wire, radio, cause",
    [
        # "at least 9" and "at least 11" can both hold: no conflict to find
        (
            _figure("wire", "9", qualifier="at least"),
            _figure("radio", "11", qualifier="at least"),
            "same slot: compatible",
        ),
        (_figure("wire", "9"), _figure("radio", "900"), "same slot: not the same thing"),  # 100 times apart
        (_figure("wire", "9"), _figure("radio", "11"), "same slot: no tie"),  # nothing ties the two sentences
    ],
)
def test_a_pair_in_one_slot_says_what_holds_it_apart(wire, radio, cause):
    assert _why(wire, radio) == cause
