"""Inter-annotator agreement (eval/claims/agreement.py): slots match on verdict class and span overlap in 2+ docs,
one to one, and every unmatched or differently judged slot is listed by offsets."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "claims"))

from agreement import compare, f1, load, main  # noqa: E402


def _slot(name, verdict, spans, kind="count"):
    return {"slot": name, "kind": kind, "verdict": verdict,
            "mentions": [{"doc": d, "start": s, "end": e, "value": "1", "qualifier": None} for d, s, e in spans]}  # fmt: skip


def _write(directory: Path, annotator: str, slots: list[dict]) -> Path:
    directory.mkdir()
    data = {"event": "1_ecb", "annotator": annotator, "docs": ["d1", "d2", "d3"], "slots": slots}
    (directory / "1_ecb.json").write_text(json.dumps(data))
    return directory


def test_matching_needs_two_overlapping_docs_and_the_same_class(tmp_path, capsys):
    ref = _write(tmp_path / "a", "a", [
        _slot("killed", "conflict", [("d1", 0, 5), ("d2", 10, 15)]),
        _slot("injured", "agreement", [("d1", 20, 25), ("d2", 30, 35)]),
        _slot("day", "agreement", [("d1", 40, 45), ("d3", 50, 55)], kind="date"),
    ])  # fmt: skip
    other = _write(tmp_path / "c", "c", [
        _slot("dead", "update", [("d1", 3, 8), ("d2", 12, 13)]),  # conflict and update are one class
        _slot("hurt", "conflict", [("d1", 20, 25), ("d2", 30, 35)]),  # same spans, other class
        _slot("day", "agreement", [("d1", 40, 45), ("d2", 50, 55)], kind="date"),  # overlaps in one doc only
    ])  # fmt: skip
    counts, lines = compare(load(ref), load(other))
    assert counts == {"conflict+update": [1, 2, 1], "agreement": [2, 1, 0]}
    assert any("verdict conflict" in line and "vs update" in line for line in lines)
    assert any("class agreement (ref 'injured'" in line and "vs conflict" in line for line in lines)
    assert any("only ref  agreement 'day'" in line and "d3:50-55" in line for line in lines)
    assert any("only other agreement 'day'" in line for line in lines)
    assert main([str(ref), str(other)]) == 0
    assert "F1 0.67" in capsys.readouterr().out


def test_f1_of_empty_sides_is_zero():
    assert f1(0, 0, 0) == (0.0, 0.0, 0.0)
    assert f1(2, 4, 2) == (1.0, 0.5, 2 / 3)
