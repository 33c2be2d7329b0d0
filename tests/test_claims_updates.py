"""Reports changed over time: the invented stories of eval/claims/updates/ run through analysis and briefing, each
gold slot getting its verdict (update, conflict, agreement) from the stored claims and the publication times."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from storyline.settings import BriefSettings

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str):
    """An eval/ script as a module (eval/claims.py puts eval/ on the path for the modules it imports)."""
    spec = importlib.util.spec_from_file_location(f"eval_{name}", ROOT / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def briefed():
    claims = _module("claims")
    kinds = _module("claims_kinds")
    docs, golds, _issue = kinds.load("updates")
    pairs = [(g, claims.brief_event(g, claims.analyse_event(g, docs), BriefSettings())) for g in golds]
    return claims, pairs


def test_the_updates_set_is_what_its_stories_build_to():
    _module("claims")
    kinds = _module("claims_kinds")
    here = kinds.ROOT / "updates"
    docs, files = kinds.parse((here / "stories.txt").read_text(encoding="utf-8"))
    assert docs == [
        json.loads(line) for line in (here / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for f in files:
        assert f == json.loads((here / "annotations" / f"{f['event']}.json").read_text(encoding="utf-8"))
    verdicts = [s["verdict"] for f in files for s in f["slots"]]
    assert 6 <= len(files) <= 10 and {"update", "conflict", "agreement"} <= set(verdicts)


def test_each_slot_gets_its_verdict(briefed):
    """A revised figure ("rose to", "up from", "now stands at", "revised ... down", "had earlier said", an
    outlet's own later article) or a name an outlet respells later is an update; outlets minutes apart, or a
    later lower toll with no sign of revision, stay conflicts; "at least 9" and a later "11" stay an agreement."""
    claims, pairs = briefed
    got, want = {}, {}
    for gold, b in pairs:
        preds = [(v, spans) for v, _label, spans in claims.predictions(b) if v in ("conflict", "update")]
        for slot in gold.slots:
            hits = {v for v, spans in preds if claims.matches(spans, slot)}
            got[(gold.event, slot.slot)] = hits
            want[(gold.event, slot.slot)] = {slot.verdict} & {"conflict", "update"}
    assert got == want


def test_the_statement_says_the_time_gap(briefed):
    _claims, pairs = briefed
    statements = {g.event: [k.statement for k in b.conflicts] for g, b in pairs}
    assert statements["u01-ferry"] == [
        "Coast Herald says Nine dead; Evening Post says 11 dead (3 hours later)"
    ]
    assert [s.endswith("(12 minutes later)") for s in statements["u05-market-fire"]] == [True]
    assert [s.endswith("(2 days later)") for s in statements["u09-pool-cost"]] == [True]
