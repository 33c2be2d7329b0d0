"""Quality gate: fail when a demo-corpus score falls below its floor in eval/baseline.json.

Floors only go up as quality improves; lowering one is a deliberate, reviewed change. Run in CI through
tests/test_eval_gate.py, or by hand: .venv/bin/python eval/gate.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pipeline import evaluate  # noqa: E402


def score_value(scores: dict, name: str) -> float:
    """A named score; (P, R, F1) triples are read as their F1."""
    value = scores[name]
    return value[2] if isinstance(value, list | tuple) else value


def check(scores: dict, floors: dict[str, float]) -> list[str]:
    """The failures: one line per score below its floor."""
    return [
        f"{name} = {score_value(scores, name):.3f} < floor {floor:.3f}"
        for name, floor in floors.items()
        if score_value(scores, name) < floor
    ]


def main() -> int:
    floors = json.loads((HERE / "baseline.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        scores = evaluate(Path(tmp) / "gate.db")
    failures = check(scores, floors)
    for name in floors:
        print(f"{name:22s} {score_value(scores, name):.3f} (floor {floors[name]:.3f})")
    for line in failures:
        print("FAIL", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
