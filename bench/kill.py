"""Crash safety: SIGKILL `storyline ingest` / `build` at random points, re-run to completion, compare the export.

    nice -n 10 PYTHONPATH=src .venv/bin/python bench/kill.py --trials 20 --files 12   # 12 demo files; ~30 min busy

Each trial starts from an empty store, runs the commands before the chosen one to completion, starts the chosen one
as a subprocess and kills it with SIGKILL after a random delay (uniform over that command's uninterrupted run time,
measured first), then runs every command again to completion and compares `storyline export` (JSON Lines) with an
uninterrupted run's. Small batches (-s pipeline.*_batch) put many commits inside each run, so kills land between and
inside transactions. Prints identical/N (target N/N). tests/test_kill_resume.py runs 5 trials in CI (3 of
ingest + build, 2 of watch).
`--via watch` runs the same corpus through one `storyline watch FOLDER --once` instead (ingest and build in one
process, its seen-file state in the store), killed and resumed the same way.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "demo"
# many small transactions and build steps, so a kill lands between commits as well as inside one, and inside a
# build of several steps
SMALL_BATCHES = (
    "-s",
    "pipeline.ingest_batch=3",
    "-s",
    "pipeline.analyze_batch=4",
    "-s",
    "pipeline.place_batch=4",
    "-s",
    "pipeline.build_batch=5",
)


def commands(corpus: Path, via: str = "ingest") -> dict[str, list[str]]:
    """The pipeline commands in run order, each as its argv after `storyline` (without --db)."""
    if via == "watch":
        return {"watch": ["watch", str(corpus), "--once", "-q", *SMALL_BATCHES]}
    return {"ingest": ["ingest", str(corpus), "-q", *SMALL_BATCHES], "build": ["build", "-q", *SMALL_BATCHES]}


def subset(corpus: Path, files: int, into: Path) -> Path:
    """The first ``files`` files of ``corpus`` (by name) copied into ``into``; the corpus itself when 0."""
    if not files:
        return corpus
    into.mkdir()
    for path in sorted(p for p in corpus.iterdir() if p.is_file())[:files]:
        shutil.copy(path, into / path.name)
    return into


def _cli(args: Sequence[str], db: Path) -> list[str]:
    return [sys.executable, "-m", "storyline", *args, "--db", str(db)]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(args: Sequence[str], db: Path) -> float:
    """Run one CLI command to completion (raising on a non-zero exit); returns its wall time."""
    start = time.perf_counter()
    subprocess.run(_cli(args, db), env=_env(), check=True, capture_output=True)
    return time.perf_counter() - start


def export(db: Path) -> str:
    return subprocess.run(
        _cli(["export", "-"], db), env=_env(), check=True, capture_output=True, text=True
    ).stdout


def run_killed(
    args: Sequence[str], db: Path, kill_when: Callable[[float], bool], limit: float = 600.0
) -> bool:
    """Start a command and SIGKILL it once ``kill_when(seconds since start)`` holds; True when it was still running."""
    proc = subprocess.Popen(_cli(args, db), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = time.perf_counter()
    while proc.poll() is None and time.perf_counter() - start < limit:
        if kill_when(time.perf_counter() - start):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.02)
    proc.wait()
    return False


def trial(
    work: Path, steps: dict[str, list[str]], victim: str, kill_when: Callable[[float], bool]
) -> tuple[str, bool]:
    """One kill-and-resume run in ``work``: the export after resuming, and whether the kill hit a running process."""
    db = work / "store.db"
    for name, args in steps.items():
        if name == victim:
            break
        run(args, db)
    hit = run_killed(steps[victim], db, kill_when)
    for args in steps.values():
        run(args, db)
    return export(db), hit


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--corpus", type=Path, default=DEMO)
    parser.add_argument("--files", type=int, default=0, help="only the first N files of the corpus (0: all)")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument(
        "--via", choices=("ingest", "watch"), default="ingest", help="ingest + build, or watch --once"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="storyline-kill-") as tmp:
        steps = commands(subset(args.corpus, args.files, Path(tmp) / "corpus"), args.via)
        ref_db = Path(tmp) / "reference.db"
        took = {name: run(argv, ref_db) for name, argv in steps.items()}
        reference = export(ref_db)
        print("uninterrupted: " + ", ".join(f"{n} {s:.1f} s" for n, s in took.items()), flush=True)
        print(f"export: {len(reference.splitlines())} records", flush=True)
        identical = 0
        for n in range(args.trials):
            victim = rng.choice(list(steps))
            delay = rng.uniform(0, took[victim])
            work = Path(tmp) / f"trial{n}"
            work.mkdir()
            got, hit = trial(work, steps, victim, lambda elapsed, d=delay: elapsed >= d)
            same = got == reference
            identical += same
            status = "identical" if same else "DIFFERS"
            print(
                f"trial {n + 1:2d}: kill {victim} at {delay:5.1f} s ({'hit' if hit else 'had finished'}): {status}",
                flush=True,
            )
            if not same:
                diff = difflib.unified_diff(reference.splitlines(), got.splitlines(), lineterm="", n=0)
                for line in list(diff)[2:8]:
                    print(f"    {line[:200]}")
    print(f"identical: {identical}/{args.trials}")
    return 0 if identical == args.trials else 1


if __name__ == "__main__":
    raise SystemExit(main())
