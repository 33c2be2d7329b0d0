"""Reads never load spaCy: brief, report, web pages and the CLI's read commands over a prebuilt store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from test_web_fixtures import build_store

SRC = Path(__file__).resolve().parents[1] / "src"

READS = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    db, out = sys.argv[1], Path(sys.argv[2])
    import storyline
    from storyline.report import briefing_to_dict, render_html, render_markdown
    from storyline.read_api import briefing_articles

    store = storyline.open_store(db)
    for subject in ("s1ferry", "s2bridge", "l1ports"):
        b = storyline.brief(store, subject)
        arts = briefing_articles(store, b)
        assert b.summary and render_markdown(b, arts) and render_html(b, arts), subject
        json.dumps(briefing_to_dict(b))
    store.close()

    from storyline.report.corpus import write_report
    write_report(storyline.open_store(db), out / "report")

    from fastapi.testclient import TestClient
    from storyline.web import create_app
    import storyline.web.server  # what `storyline serve` runs
    with TestClient(create_app(db)) as client:
        for url in ("/", "/stories/s1ferry", "/storylines/l1ports", "/api/briefings/s2bridge",
                    "/search?q=ferry"):
            assert client.get(url).status_code == 200, url

    from typer.testing import CliRunner
    from storyline.cli import app
    runner = CliRunner()
    for args in (["stories"], ["storylines"], ["show", "s1ferry"], ["brief", "s1ferry", "--format", "json"],
                 ["search", "ferry"], ["export", str(out / "x.jsonl")], ["report", str(out / "r2")]):
        result = runner.invoke(app, [*args, "--db", db])
        assert result.exit_code == 0, (args, result.output)

    loaded = sorted(m for m in sys.modules if m == "spacy" or m.startswith(("spacy.", "thinc")))
    print("LOADED", loaded)
    print("ANALYZE", sorted(m for m in sys.modules if m.startswith("storyline.analyze")))
    """
)


def test_reads_never_import_spacy(tmp_path):
    db = tmp_path / "s.db"
    build_store(db)  # a small store with stored analyses, built in-process without the NLP stack
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", READS, str(db), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "LOADED []" in done.stdout, done.stdout
    # only the pure word lists briefing reads, never the stage modules that parse
    assert "storyline.analyze.per_article" not in done.stdout and "storyline.analyze.nlp" not in done.stdout
