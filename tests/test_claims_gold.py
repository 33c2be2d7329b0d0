"""The ECB+ claims annotations (eval/claims/annotations) are valid against the data: offsets inside the doc, docs
in the event, kinds/verdicts/qualifiers known. Skipped when the annotations or ../shared/eval-data are absent."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("claims_gold", ROOT / "eval" / "claims_gold.py")
claims_gold = importlib.util.module_from_spec(_spec)
sys.modules["claims_gold"] = claims_gold  # dataclasses look their module up there
_spec.loader.exec_module(claims_gold)


def test_every_annotation_file_is_valid():
    files = claims_gold.annotation_files([claims_gold.ANNOTATIONS])
    if not files or not claims_gold.ECB.exists():
        pytest.skip("claims annotations or ECB+ data not present")
    golds = claims_gold.load([claims_gold.ANNOTATIONS], claims_gold.load_docs())
    assert len(golds) == len(files)
    assert {claims_gold.half(g.event) for g in golds} <= {"fit", "held-out", "fresh"}


def test_validator_reports_every_problem(tmp_path):
    docs = {
        "1_1ecb": {"text": "x" * 50, "cluster_id": "1_ecb"},
        "2_1ecb": {"text": "y", "cluster_id": "2_ecb"},
    }
    slot = {"slot": "people killed", "kind": "count", "verdict": "conflict"}
    good = {"event": "1_ecb", "annotator": "a", "docs": ["1_1ecb"], "slots": []}
    bad = {
        **good,
        "docs": ["1_1ecb", "2_1ecb"],
        "slots": [
            {**slot, "mentions": [{"doc": "1_1ecb", "start": 40, "end": 60, "value": "9", "qualifier": None}]},
            {**slot, "kind": "size", "verdict": "maybe", "mentions": [
                {"doc": "1_1ecb", "start": 0, "end": 2, "value": "9", "qualifier": "roughly"},
                {"doc": "3_1ecb", "start": 0, "end": 2, "value": "9", "qualifier": None}]},
        ],
    }  # fmt: skip
    (tmp_path / "1_ecb.json").write_text(json.dumps(good))
    assert [g.event for g in claims_gold.load([tmp_path], docs)] == ["1_ecb"]
    errors = claims_gold.validate(bad, tmp_path / "1_ecb.json", docs)
    for expected in ("belongs to 2_ecb", "offsets 40-60 outside", "2 or more docs", "unknown kind", "unknown verdict",
                     "unknown qualifier", "not in the event's docs"):  # fmt: skip
        assert any(expected in e for e in errors), expected
    assert claims_gold.half("1_ecb") == claims_gold.half("1_ecb")
    assert claims_gold.half("30_ecb") == "fresh"
    assert not claims_gold.in_part("30_ecb", "fit") and not claims_gold.in_part("30_ecb", "held-out")


def _kinds_module():
    spec = importlib.util.spec_from_file_location("claims_kinds", ROOT / "eval" / "claims_kinds.py")
    kinds = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(kinds)
    return kinds


def _marked(kinds, source: str) -> Counter:
    """(story, slot, surface) of every mark written in a set's stories.txt."""
    marks: Counter = Counter()
    story = None
    for line in source.splitlines():
        if line.startswith("== "):
            story = line[3:].strip()
        elif story and not line.startswith(("@ ", "-- ")):
            marks.update((story, m.group(2), m.group(1)) for m in kinds._MARK.finditer(line))
    return marks


def test_the_kinds_set_is_built_from_its_marked_up_stories():
    """eval/claims/kinds*: each set's docs.jsonl and annotations/ are what its stories.txt builds to (edited
    together), every gold mention's span holds the surface its mark wrote and neither starts nor ends on
    whitespace, and the files pass the ECB+ set's validation."""
    kinds = _kinds_module()
    for name in kinds.SETS:
        here = kinds.ROOT / name
        source = (here / "stories.txt").read_text(encoding="utf-8")
        docs, files = kinds.parse(source)
        lines = (here / "docs.jsonl").read_text(encoding="utf-8").splitlines()
        assert docs == [json.loads(line) for line in lines]
        for f in files:
            assert f == json.loads((here / "annotations" / f"{f['event']}.json").read_text(encoding="utf-8"))
        loaded, golds, issue = kinds.load(name)
        assert len(golds) == len(files) >= 12 and set(issue.values()) <= {
            *kinds.ISSUE_KINDS,
            *claims_gold.KINDS,
        }
        spans = Counter(
            (g.event, s.slot, loaded[m.doc]["text"][m.start : m.end])
            for g in golds
            for s in g.slots
            for m in s.mentions
        )
        assert spans == _marked(kinds, source), name
        assert all(x and x == x.strip() for _event, _slot, x in spans), name
    loaded, golds, issue = kinds.load()
    text = loaded["k03b"]["text"]
    (tally,) = [s for g in golds for s in g.slots if g.event.startswith("k03") and s.slot == "vote tally"]
    assert [text[m.start : m.end] for m in tally.mentions if m.doc == "k03b"] == ["five votes to four"]


@pytest.mark.parametrize("name", ["kinds4", "kinds5", "kinds6", "kinds7"])
def test_the_unread_kinds_sets_hold_every_issue_kind(name):
    """eval/claims/kinds4 to kinds7 (sets nobody fixing code reads): 12-14 stories of 3-5 outlets, at
    least five gold conflicts of each issue kind, revised counts as updates, and compatible values as agreements
    (the must-not-conflict traps)."""
    kinds = _kinds_module()
    docs, golds, issue = kinds.load(name)
    assert 12 <= len(golds) <= 14
    assert all(3 <= len({docs[d]["outlet"] for d in g.docs}) == len(g.docs) <= 5 for g in golds)
    conflicts = Counter(issue[(g.event, s.slot)] for g in golds for s in g.slots if s.verdict == "conflict")
    assert {k: conflicts[k] >= 5 for k in kinds.ISSUE_KINDS} == dict.fromkeys(kinds.ISSUE_KINDS, True)
    verdicts = Counter(s.verdict for g in golds for s in g.slots)
    assert verdicts["update"] >= 4 and verdicts["agreement"] > verdicts["conflict"]


def test_the_fifteenth_kinds_set_is_a_blind_gate_of_four_outlet_stories():
    """eval/claims/kinds15 (blind: only the lead scores it): 12-14 stories each told by 4 different outlets,
    3 or more conflicts or updates a story, a conflict of every issue kind, 4 or more updates, and more than twice
    as many agreements as conflicts (the key facts and the traps that must stay agreements)."""
    kinds = _kinds_module()
    docs, golds, issue = kinds.load("kinds15")
    assert 12 <= len(golds) <= 14
    assert all(len({docs[d]["outlet"] for d in g.docs}) == len(g.docs) == 4 for g in golds)
    assert all(sum(s.verdict != "agreement" for s in g.slots) >= 3 for g in golds)
    conflicts = Counter(issue[(g.event, s.slot)] for g in golds for s in g.slots if s.verdict == "conflict")
    assert set(kinds.ISSUE_KINDS) <= set(conflicts)
    verdicts = Counter(s.verdict for g in golds for s in g.slots)
    assert verdicts["update"] >= 4 and verdicts["agreement"] > 2 * verdicts["conflict"]


def test_the_sixteenth_kinds_set_is_four_outlet_news_stories_with_traps():
    """eval/claims/kinds16 (readable after the lead's one blind reading): 12-14 stories each told by 4 different
    outlets in 280-500 word articles, 3 or more conflicts or updates a story, a conflict of every issue kind, 4 or more
    updates, and more agreements than conflicts and updates (the key facts and the traps that must stay agreements)."""
    kinds = _kinds_module()
    docs, golds, issue = kinds.load("kinds16")
    assert 12 <= len(golds) <= 14
    assert all(len({docs[d]["outlet"] for d in g.docs}) == len(g.docs) == 4 for g in golds)
    assert all(280 <= len(docs[d]["text"].split()) <= 500 for g in golds for d in g.docs)
    assert all(sum(s.verdict != "agreement" for s in g.slots) >= 3 for g in golds)
    conflicts = Counter(issue[(g.event, s.slot)] for g in golds for s in g.slots if s.verdict == "conflict")
    assert set(kinds.ISSUE_KINDS) <= set(conflicts)
    verdicts = Counter(s.verdict for g in golds for s in g.slots)
    assert verdicts["update"] >= 4 and verdicts["agreement"] > verdicts["conflict"] + verdicts["update"]


@pytest.mark.parametrize(
    ("name", "words"),
    [("kinds17", (300, 500)), ("kinds18", (300, 500)), ("kinds19", (150, 350)), ("kinds20", (150, 400))],
)
def test_the_newest_kinds_sets_are_four_outlet_news_stories_of_new_kinds(
    name: str, words: tuple[int, int]
) -> None:
    """eval/claims/kinds17, kinds18, kinds19 and kinds20 (each readable after the lead's one blind reading): 12-14 stories
    each told by 4 different outlets in 300-500 word articles (kinds19: short wire-style copy of 150-350 words; kinds20:
    150-400 words in the house styles of outlets of several countries), 3 or more
    conflicts or updates a story, a conflict of every issue kind, 4 or more updates, and more than twice as many
    agreements as conflicts and updates (key facts and traps that stay agreements)."""
    kinds = _kinds_module()
    docs, golds, issue = kinds.load(name)
    assert 12 <= len(golds) <= 14
    assert all(len({docs[d]["outlet"] for d in g.docs}) == len(g.docs) == 4 for g in golds)
    assert all(words[0] <= len(docs[d]["text"].split()) <= words[1] for g in golds for d in g.docs)
    assert all(sum(s.verdict != "agreement" for s in g.slots) >= 3 for g in golds)
    conflicts = Counter(issue[(g.event, s.slot)] for g in golds for s in g.slots if s.verdict == "conflict")
    assert set(kinds.ISSUE_KINDS) <= set(conflicts)
    verdicts = Counter(s.verdict for g in golds for s in g.slots)
    assert verdicts["update"] >= 4 and verdicts["agreement"] > 2 * (verdicts["conflict"] + verdicts["update"])


def _surfaces(docs: dict, golds: list, story: str, slot: str) -> dict[str, str]:
    """Each doc's marked surface in one gold slot of a kinds set's story."""
    (gold,) = [s for g in golds for s in g.slots if g.event.startswith(story) and s.slot == slot]
    return {m.doc: docs[m.doc]["text"][m.start : m.end] for m in gold.mentions}


def test_the_fifth_kinds_set_keeps_each_outlets_wording():
    """eval/claims/kinds5 loads through the scorer's loader, and a vote written two ways in one story keeps each
    outlet's own wording."""
    kinds = _kinds_module()
    docs, golds, _issue = kinds.load("kinds5")
    assert len(golds) == 13 and sum(len(s.mentions) for g in golds for s in g.slots) > 300
    assert _surfaces(docs, golds, "p03", "workers' vote on the deal") == {
        "p03a": "318 votes to 147",
        "p03c": "318-174",
    }


def test_the_sixth_kinds_set_counts_a_syndicated_copy_once():
    """eval/claims/kinds6 loads through the scorer's loader; its syndicated copy of an agency story (q05b) adds a
    mention only to slots an independent outlet also states, so a fact only the agency and its copy print (the
    warehouse's floor area) is in no gold slot."""
    kinds = _kinds_module()
    docs, golds, _issue = kinds.load("kinds6")
    assert len(golds) == 13 and sum(len(s.mentions) for g in golds for s in g.slots) > 400
    (fire,) = [g for g in golds if g.event.startswith("q05")]
    copied = [s for s in fire.slots if any(m.doc == "q05b" for m in s.mentions)]
    assert copied and all({m.doc for m in s.mentions} - {"q05a", "q05b"} for s in copied)
    for doc in ("q05a", "q05b"):
        area = docs[doc]["text"].index("12,000 square metres")
        assert not any(m.doc == doc and m.start <= area < m.end for s in fire.slots for m in s.mentions)
    assert _surfaces(docs, golds, "q08", "result of the count") == {
        "q08a": "4,812 votes to 4,109",
        "q08b": "4,812 votes to 4,190",
        "q08c": "4,812-4,109",
    }


def test_the_seventh_kinds_set_keeps_two_counted_things_apart():
    """eval/claims/kinds7 loads through the scorer's loader, every gold mention's span holds the surface its mark
    wrote, and where one story counts or dates two things (a quake and its aftershock) each thing's figures sit in
    its own slot, so a conflict drawn between them lands on agreement slots only."""
    kinds = _kinds_module()
    docs, golds, _issue = kinds.load("kinds7")
    source = (kinds.ROOT / "kinds7" / "stories.txt").read_text(encoding="utf-8")
    spans = Counter(
        (g.event, s.slot, docs[m.doc]["text"][m.start : m.end])
        for g in golds
        for s in g.slots
        for m in s.mentions
    )
    assert len(golds) == 13 and sum(spans.values()) > 300
    assert spans == _marked(kinds, source)
    assert _surfaces(docs, golds, "s01", "magnitude of the aftershock") == {"s01a": "5.4", "s01c": "5.4"}
    (quakes,) = [g for g in golds if g.event.startswith("s01")]
    main = {
        docs[m.doc]["text"][m.start : m.end]
        for s in quakes.slots
        if "main quake" in s.slot
        for m in s.mentions
    }
    assert "5.4" not in main and "04:10" not in main and "6.1" in main
    assert _surfaces(docs, golds, "s11", "board vote on the offer") == {
        "s11a": "nine votes to two",
        "s11b": "9-3",
        "s11c": "9-2",
    }
