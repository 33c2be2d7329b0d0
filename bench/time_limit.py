"""What the per-article time limit costs: the demo corpus built with ``pipeline.piece_time_limit`` on and off, in
the same run, CPU seconds of the build (process_time), the two orders alternating.

    PYTHONPATH=src .venv/bin/python bench/time_limit.py              # 9 pairs of builds (~2 min on a busy machine)
    PYTHONPATH=src .venv/bin/python bench/time_limit.py --pairs 5
    PYTHONPATH=src .venv/bin/python bench/time_limit.py --thread     # builds on another thread: the watchdog

Whole builds differ by a percent or two from run to run on a shared machine, more than the limit costs, so the
cost is also worked out from its parts: the limited pieces one build starts (counted) times what starting and
ending a piece's timer costs (timed on an empty piece, on against off). Exits 1 when either share is 1 % or more.
Session 20 (load ~10): 9 pairs, ratios 0.934-1.041, median x0.979; from parts 872 timed pieces x 5.4 us = 0.005 s
of a 2.69 s CPU build, 0.18 %.
Session 22 (load ~8, 5 pairs each), the watchdog added: main thread, before 7.2 us a piece (0.23 %, median x1.024),
after 7.8 us (0.23 %, x1.051); another thread (limited only since then) 2.3 us a piece (0.07 %, x1.027). The
whole-build medians are noise: single pairs ranged x0.92-x1.15 before the change as after.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import storyline  # noqa: E402
from storyline import isolate  # noqa: E402
from storyline.settings import DEFAULTS, Settings  # noqa: E402

DEMO = ROOT / "examples" / "demo"
EMPTY_PIECES = 200_000
T = TypeVar("T")


def _settings(limit: float) -> Settings:
    return replace(DEFAULTS, pipeline=replace(DEFAULTS.pipeline, piece_time_limit=limit))


def _run(fn: Callable[[], T], on_thread: bool) -> T:
    """``fn()`` here, or on a new thread as a Dask task or a web upload runs (the watchdog's clock)."""
    if not on_thread:
        return fn()
    out: list[T] = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    thread.join()
    return out[0]


def _build_cpu(ingested: Path, work: Path, limit: float, on_thread: bool = False) -> float:
    """CPU seconds of one build of a copy of the ingested store (the whole process's: the watchdog's too)."""
    path = work / f"build-{limit:g}.db"
    shutil.copy(ingested, path)

    def build() -> None:
        store = storyline.open_store(path)  # on the thread that uses it (SQLite)
        storyline.build(store, _settings(limit))
        store.close()

    start = time.process_time()
    _run(build, on_thread)
    took = time.process_time() - start
    path.unlink()
    return took


def _piece_cost(on_thread: bool = False) -> float:
    """CPU seconds an empty piece costs more with the limit on than off."""

    def pieces() -> dict[float, float]:
        cpu = {}
        for limit in (0.0, DEFAULTS.pipeline.piece_time_limit or 60.0):
            with isolate.piece_time_limit(limit):
                start = time.process_time()
                for _ in range(EMPTY_PIECES):
                    isolate.isolated("bench", "x", int, 0)
                cpu[limit] = time.process_time() - start
        return cpu

    cpu = _run(pieces, on_thread)
    return (max(cpu.values()) - cpu[0.0]) / EMPTY_PIECES


def _count_pieces(ingested: Path, work: Path, on_thread: bool) -> int:
    """Timers one build starts (limited pieces, and unlimited ones nested in them)."""
    started = [0]
    real = isolate._Stack.begin

    def counted(stack, piece):
        started[0] += 1
        return real(stack, piece)

    isolate._Stack.begin = counted
    try:
        _build_cpu(ingested, work, DEFAULTS.pipeline.piece_time_limit or 60.0, on_thread)
    finally:
        isolate._Stack.begin = real
    return started[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=9, help="pairs of builds (limit on, limit off)")
    parser.add_argument(
        "--thread",
        action="store_true",
        help="build on a thread other than the main one (the watchdog's clock)",
    )
    args = parser.parse_args()
    limit = DEFAULTS.pipeline.piece_time_limit or 60.0
    with tempfile.TemporaryDirectory(prefix="storyline-time-limit-") as tmp:
        work = Path(tmp)
        store = storyline.open_store(work / "ingested.db")
        storyline.ingest(store, [str(DEMO)])
        store.close()
        _build_cpu(
            work / "ingested.db", work, 0.0, args.thread
        )  # warm: models loaded, caches filled, before any timing
        ratios = []
        for n in range(args.pairs):
            order = (limit, 0.0) if n % 2 == 0 else (0.0, limit)
            cpu = {lim: _build_cpu(work / "ingested.db", work, lim, args.thread) for lim in order}
            ratios.append(cpu[limit] / cpu[0.0])
            print(
                f"pair {n + 1}: limit {limit:g} s {cpu[limit]:.2f} s CPU, off {cpu[0.0]:.2f} s, x{ratios[-1]:.4f}"
            )
        pieces = _count_pieces(work / "ingested.db", work, args.thread)
        build_cpu = _build_cpu(work / "ingested.db", work, 0.0, args.thread)
    per_piece = _piece_cost(args.thread)
    share = pieces * per_piece / build_cpu
    measured = statistics.median(ratios)
    print(f"measured: median build ratio on/off x{measured:.4f} over {args.pairs} pairs")
    print(
        f"from parts: {pieces} timed pieces a build x {per_piece * 1e6:.1f} us each = {pieces * per_piece:.3f} s "
        f"of a {build_cpu:.2f} s CPU build: {share:.3%}"
    )
    return 0 if measured < 1.01 and share < 0.01 else 1


if __name__ == "__main__":
    raise SystemExit(main())
