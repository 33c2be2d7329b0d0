"""The README's Python block runs as written, twice over, and the public names stay functions."""

from __future__ import annotations

import os
import pkgutil
import re
import shutil
from pathlib import Path

import storyline

ROOT = Path(__file__).resolve().parents[1]


def _python_block() -> str:
    text = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks, "the README has no Python block"
    return blocks[0]


def test_readme_python_block_runs_as_written(tmp_path, capsys):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(_python_block(), "README.md", "exec"), {"__name__": "readme"})
    finally:
        os.chdir(cwd)
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) > 2  # the article line, then one line per story
    assert (tmp_path / "news.db").exists()


def test_public_names_are_not_subpackage_names():
    # a lazily exported function named like a subpackage is rebound to the module by the first import of it
    submodules = {m.name for m in pkgutil.iter_modules(storyline.__path__)}
    assert not submodules & set(storyline.__all__)


def test_public_functions_stay_callable_after_every_stage_ran(tmp_path):
    store = storyline.open_store(tmp_path / "s.db")
    storyline.ingest(store, [str(ROOT / "examples" / "demo")])
    storyline.build(store)
    story = store.stories()[0]
    for name in ("ingest", "build", "brief", "extract_article", "open_store"):
        assert callable(getattr(storyline, name)), name
    assert storyline.brief(store, story.id).subject_id == story.id
