"""bench/stream.py's CPU clock: a live worker's CPU counts as this run's, so --workers wall times can be read
against the cores the run really got on a shared machine."""

from __future__ import annotations

import multiprocessing
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.stream import cpu_clock  # noqa: E402


def _spin(stop) -> None:
    while not stop.is_set():
        pass


@pytest.mark.skipif(not Path("/proc/stat").exists(), reason="reads /proc")
def test_cpu_clock_counts_a_live_worker_and_the_machine():
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    worker = context.Process(target=_spin, args=(stop,))
    before = cpu_clock()
    worker.start()
    try:
        time.sleep(1.5)  # the worker spins; this process sleeps
        after = cpu_clock()
    finally:
        stop.set()
        worker.join()
    ours, busy, idle = (b - a for a, b in zip(before, after, strict=True))
    assert ours > 0.2  # the worker's CPU, not this sleeping process's
    assert busy >= ours - 0.05  # the machine was busy at least with the worker
    assert idle >= 0


def test_warm_workers_starts_every_worker_of_the_pool():
    from bench.stream import warm_workers
    from storyline.scale import process_mapper

    with process_mapper(2) as mapper:
        assert warm_workers(mapper, 2) == 2
        assert len(multiprocessing.active_children()) == 2
