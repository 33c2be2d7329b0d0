"""The quality gate: demo-corpus scores must stay at or above the floors in eval/baseline.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval"
sys.path.insert(0, str(EVAL))

from gate import check  # noqa: E402
from pipeline import evaluate  # noqa: E402


def test_demo_scores_meet_the_baseline_floors(tmp_path):
    floors = json.loads((EVAL / "baseline.json").read_text())
    scores = evaluate(tmp_path / "gate.db")
    assert scores["articles_missing"] == []
    assert check(scores, floors) == []


def test_gate_reports_a_score_below_its_floor():
    assert check(
        {"date_accuracy": 0.5, "story_bcubed": [1.0, 1.0, 1.0]}, {"date_accuracy": 0.9, "story_bcubed": 0.9}
    ) == ["date_accuracy = 0.500 < floor 0.900"]
