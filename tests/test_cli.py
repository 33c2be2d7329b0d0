"""The command line: every command documented with an example, one-line errors, non-zero exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.main

from storyline.cli import app


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def _commands() -> dict:
    return typer.main.get_command(app).commands


def test_every_command_has_help_ending_with_an_example():
    commands = _commands()
    assert {
        "ingest",
        "build",
        "stories",
        "storylines",
        "show",
        "brief",
        "search",
        "rejects",
        "export",
    } <= set(commands)
    for name, command in commands.items():
        assert command.help, name
        last = command.help.strip().splitlines()[-1]
        assert last.startswith(f"Example: storyline {name}"), name


def test_every_command_is_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for name in _commands():
        assert f"storyline {name}" in readme, name


def test_unknown_id_is_a_one_line_error(tmp_path):
    result = _run("show", "nosuchid", "--db", str(tmp_path / "s.db"))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no story, storyline or article" in result.stderr


def test_missing_input_path_is_fatal(tmp_path):
    result = _run("ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "s.db"))
    assert result.returncode != 0
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_store_is_a_one_line_error(tmp_path):
    db = tmp_path / "junk.db"
    db.write_bytes(b"not a database" * 200)
    result = _run("stories", "--db", str(db))
    assert result.returncode == 1
    assert "cannot open store" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["brief"], ["export", "x.jsonl", "--format", "xml"], ["nosuchcommand"]])
def test_usage_errors_exit_non_zero(tmp_path, args):
    result = _run(*args, "--db", str(tmp_path / "s.db"), cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
