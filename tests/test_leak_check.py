"""eval/leak_check.py on a small invented eval-data folder: copied six-word runs and event names are found with
their line, stock phrasing and names of the news at large are not."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("leak_check", ROOT / "eval" / "leak_check.py")
leak_check = importlib.util.module_from_spec(_spec)
sys.modules["leak_check"] = leak_check  # dataclasses look their module up there
_spec.loader.exec_module(leak_check)

STOCK = "Officials wrote in a notice that the bridge would reopen."
ECB = [
    # one topic's event, with a person and a bakery only it names
    (
        "1_1ecb",
        "1",
        "Baker Orla Fenwick-Stroud closed the Quillby Crumb Works after the flour silo tipped over.",
    ),
    ("1_2ecb", "1", "Orla Fenwick-Stroud said the silo tipped over at dawn, said Fire Chief Ames. " + STOCK),
    # a place every topic names is the news at large, and so is a run of ordinary words
    ("2_1ecb", "2", "Rain fell on Port Velmar. The fire chief left. " + STOCK),
    ("3_1ecb", "3", "Port Velmar held a vote. The fire chief spoke. " + STOCK),
    ("4_1ecb", "4", "Port Velmar lost power. The fire chief spoke again."),
]


def _data(root: Path) -> Path:
    (root / "clustering").mkdir(parents=True)
    (root / "quotes").mkdir()
    (root / "extraction").mkdir()
    (root / "metadata").mkdir()
    with gzip.open(root / "clustering" / "ecbplus_docs.jsonl.gz", "wt", encoding="utf-8") as f:
        for doc_id, topic, text in ECB:
            f.write(json.dumps({"id": doc_id, "topic_id": topic, "title": "", "text": text}) + "\n")
    (root / "quotes" / "polnear_dev.jsonl").write_text(
        json.dumps(
            {
                "id": "p1",
                "text": "The committee voted to rename the harbour lighthouse after its keeper, Tavi Brennock.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    (root / "quotes" / "polnear_test.jsonl").write_text("", encoding="utf-8")
    (root / "extraction" / "ground-truth.json").write_text(
        json.dumps(
            {"abc": {"articleBody": "Nine tram cars were painted lilac for the spring parade downtown."}}
        ),
        encoding="utf-8",
    )
    (root / "metadata" / "gold.json").write_text(
        json.dumps(
            {"u": {"page": "x1", "trafilatura_meta": {"title": "Seven owls nest in the old clock tower"}}}
        ),
        encoding="utf-8",
    )
    return root


FILES = {
    "tests/test_a.py": (
        "def test_silo():  # don't, won't, can't: apostrophes dropped from words keep the line numbers right\n"
        "    text = (\n"
        '"closed the quillby crumb works after the flour silo\n'
        '    tipped over last week."\n'
        '    note = "Officials wrote in a notice that the road would reopen."\n'
    ),
    "src/b.py": '"""Seven owls nest in the old clock tower, says a comment; the keeper is Orla Fenwick-Stroud."""\n',
    "src/c.py": "# Port Velmar and the Fire Chief are everywhere; Mira Dunholt is invented.\n",
    "eval/d.md": "The committee voted to rename the harbour lighthouse after its keeper.\nTavi Brennock's plan.\n",
}


def test_copied_runs_span_lines_and_skip_stock_phrasing(tmp_path):
    hits = leak_check.copied_runs(FILES, _data(tmp_path / "data"))
    found = {(h.path, h.line, h.source) for h in hits}
    assert ("tests/test_a.py", 3, "ecb+ 1_1ecb") in found  # the run goes on across the line break
    assert ("src/b.py", 1, "metadata x1") in found
    assert ("eval/d.md", 1, "polnear p1") in found
    run = next(h for h in hits if h.path == "tests/test_a.py")
    assert run.text == "closed the quillby crumb works after the flour silo tipped over"
    # 'wrote in a notice that the' is in three eval documents: stock phrasing, not a copy
    assert not any("notice" in h.text for h in hits)


def test_event_names_found_but_not_news_at_large_or_invented_ones(tmp_path):
    data = _data(tmp_path / "data")
    hits = leak_check.eval_names_used(FILES, data)
    # a PolNeAR article's name counts too, its possessive dropped
    assert {(h.path, h.text) for h in hits} == {
        ("src/b.py", "Orla Fenwick-Stroud"),
        ("eval/d.md", "Tavi Brennock"),
    }
    # the demo corpus may use a name ECB+ also has: it is invented there
    with_demo = {**FILES, "examples/demo/x.txt": "Orla Fenwick-Stroud opened a shop.\n"}
    assert [h.text for h in leak_check.eval_names_used(with_demo, data)] == ["Tavi Brennock"]


def test_judged_hits_compare_by_words(tmp_path):
    path = tmp_path / "judged.txt"
    path.write_text("# comment\nWho asked NOT to be named  # stock\n\nLe Monde\n", encoding="utf-8")
    assert leak_check.judged(path) == {"who asked not to be named", "le monde"}


def test_skips_cleanly_without_eval_data(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(leak_check, "DATA", tmp_path / "absent")
    assert leak_check.main() == 0
    assert capsys.readouterr().out.count("\n") == 1
