"""One run of a source tree for the *_same benches: each tree runs in its own process, first on sys.path, and
writes its outputs and CPU seconds, so two trees' outputs can be compared on the same inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def save_run(out: Path, cpu: float, results: Any) -> None:
    """Write one tree's outputs, its CPU seconds and where its storyline was imported from."""
    import storyline

    out.write_text(
        json.dumps({"cpu": cpu, "source": storyline.__file__, "results": results}), encoding="utf-8"
    )


def run_tree(src: Path, args: list[str]) -> None:
    """Run the calling bench script again with ``src`` first on the path (fixed hash seed: set orders repeat)."""
    env = {**os.environ, "PYTHONPATH": str(src.resolve()), "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, sys.argv[0], *args], check=True, env=env)


def load_run(name: str, out: Path) -> dict[str, Any]:
    """Read one tree's run back, saying which storyline it ran."""
    run = json.loads(out.read_text(encoding="utf-8"))
    print(f"{name}: storyline from {run['source']}")
    return run
