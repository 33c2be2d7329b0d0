"""Scale-out: extract and analyze on worker processes (a pool, a Dask LocalCluster) give the serial result."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.pipeline import build, ingest
from storyline.read_api import export_records
from storyline.scale import dask_mapper, open_mapper, process_mapper, serial_map
from storyline.settings import DEFAULTS, PipelineSettings
from storyline.store import open_store

DEMO = Path(__file__).parents[1] / "examples" / "demo"
# small batches so the 2 workers get several tasks each and results come back out of order, and builds of
# several steps, so the workers analyse a step while the previous one is placed
SMALL = dataclasses.replace(
    DEFAULTS, pipeline=PipelineSettings(ingest_batch=7, analyze_batch=3, extract_chunk=2, build_batch=5)
)


def _corpus() -> list[str]:
    return sorted(str(p) for p in DEMO.iterdir() if p.name.startswith(("a1_", "a2_", "a3_")))


def _records(store) -> list[dict]:
    return list(export_records(store))


@pytest.fixture(scope="module")
def serial_records(tmp_path_factory) -> list[dict]:
    store = open_store(tmp_path_factory.mktemp("serial") / "s.db")
    ingest(store, _corpus(), SMALL)
    build(store, SMALL)
    return _records(store)


def _dask_available() -> None:
    pytest.importorskip("distributed")


def test_dask_build_equals_serial_build(tmp_path, serial_records):
    _dask_available()
    from distributed import LocalCluster

    store = open_store(tmp_path / "d.db")
    # a scheduler reached by address, as on a real cluster (the CLI test covers --dask local)
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        dask_mapper(cluster.scheduler_address) as mapper,
    ):
        assert sum(mapper.client.nthreads().values()) == 2
        ingest(store, _corpus(), SMALL, mapper=mapper)
        report = build(store, SMALL, mapper=mapper)
    assert report.analyzed == len(_corpus()) - sum(r["type"] == "reject" for r in serial_records)
    assert _records(store) == serial_records
    assert store.article_count() > 5 and len(store.stories()) > 1


def test_process_pool_build_equals_serial_build(tmp_path, serial_records):
    store = open_store(tmp_path / "p.db")
    with process_mapper(2) as mapper:
        ingest(store, _corpus(), SMALL, mapper=mapper)
        build(store, SMALL, mapper=mapper)
    assert _records(store) == serial_records


def test_workers_kept_across_builds_give_the_serial_builds(tmp_path):
    """A watch keeps its pool from poll to poll: each build's steps overlap on the same workers."""
    files = _corpus()
    halves = [files[::2], files[1::2]]
    serial, pooled = open_store(tmp_path / "s.db"), open_store(tmp_path / "p.db")
    for half in halves:
        ingest(serial, half, SMALL)
        build(serial, SMALL)
    with process_mapper(2) as mapper:
        for half in halves:
            ingest(pooled, half, SMALL, mapper=mapper)
            build(pooled, SMALL, mapper=mapper)
    assert _records(pooled) == _records(serial)
    assert len(serial.stories()) > 1


def test_results_come_back_in_input_order_and_errors_surface():
    with process_mapper(2) as mapper:
        assert list(mapper(sorted, [[3, 1], [9, 2, 5], [], [4]])) == [[1, 3], [2, 5, 9], [], [4]]
        with pytest.raises(TypeError):
            list(mapper(sorted, [[1, "a"]]))


def test_open_mapper_choices_and_bad_scheduler():
    with open_mapper(None, None) as mapper:
        assert mapper is serial_map
    with open_mapper(None, 1) as mapper:
        assert mapper is serial_map
    _dask_available()
    with (
        pytest.raises(InputError, match="cannot reach the Dask scheduler"),
        dask_mapper("tcp://127.0.0.1:9", timeout="1s"),
    ):
        pass


def test_cli_ingests_through_dask_into_postgres_and_searches_it():
    _dask_available()
    from pg_server import fresh_database

    url = fresh_database()
    files = [str(DEMO / "b2_02_gazette_quay_collapse.txt"), str(DEMO / "c_02_meridian_cup_final.txt")]
    run = [sys.executable, "-m", "storyline"]
    done = subprocess.run(
        [*run, "ingest", *files, "--db", url, "--dask", "local", "--workers", "1", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == 2
    found = subprocess.run([*run, "search", "quay", "--db", url, "--json"], capture_output=True, text=True)
    hits = json.loads(found.stdout)
    assert len(hits) == 1 and "[[quay]]" in hits[0]["snippet"].lower()
