"""Scale-out for the per-document stages (extract, analyze): map a batch function over worker processes.

A mapper takes a picklable batch function and an iterable of batches and yields each batch's result in input
order, so the pipeline still writes one transaction per batch and a crash loses at most the batches in flight.
``--workers N``: a local process pool (no extra dependency). ``--dask ADDRESS|local``: a Dask ``distributed``
client (extra ``scale``); workers must run the same storyline version. Clustering stays serial and online.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from itertools import chain
from typing import Any, Protocol

from storyline.errors import InputError
from storyline.ids import content_hash
from storyline.isolate import isolated, piece_time_limit
from storyline.model import Article, Document, Reject
from storyline.settings import DEFAULTS, Settings

BatchFn = Callable[[list[Any]], list[Any]]
IN_FLIGHT_PER_WORKER = DEFAULTS.pipeline.in_flight_per_worker


class Mapper(Protocol):
    def __call__(self, fn: BatchFn, batches: Iterable[list[Any]]) -> Iterator[list[Any]]: ...


def serial_map(fn: BatchFn, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
    """The default mapper: run each batch here, one after another."""
    for batch in batches:
        yield fn(batch)


def _windowed(
    submit: Callable[[BatchFn, list[Any]], Any], fn: BatchFn, batches: Iterable[list[Any]], window: int
) -> Iterator[list[Any]]:
    """Keep up to ``window`` batches running; yield results in input order (batches are read lazily)."""
    in_flight: deque[Any] = deque()
    for batch in batches:
        in_flight.append(submit(fn, batch))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


class PoolMapper:
    """Batches run in a local pool of worker processes (each loads spaCy once)."""

    def __init__(
        self, pool: ProcessPoolExecutor, workers: int, in_flight: int = IN_FLIGHT_PER_WORKER
    ) -> None:
        self.pool = pool
        self.window = max(1, workers) * max(1, in_flight)

    def __call__(self, fn: BatchFn, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        submit: Callable[[BatchFn, list[Any]], Future[list[Any]]] = self.pool.submit
        return _windowed(submit, fn, batches, self.window)


class DaskMapper:
    """Batches run as tasks on a Dask ``distributed`` cluster (local or remote)."""

    def __init__(self, client: Any, in_flight: int = IN_FLIGHT_PER_WORKER) -> None:
        self.client = client
        threads = sum(client.nthreads().values()) or 1
        self.window = threads * max(1, in_flight)

    def __call__(self, fn: BatchFn, batches: Iterable[list[Any]]) -> Iterator[list[Any]]:
        def submit(f: BatchFn, batch: list[Any]) -> Any:
            return self.client.submit(f, batch, pure=False)

        return _windowed(submit, fn, batches, self.window)


@contextmanager
def process_mapper(workers: int, in_flight: int = IN_FLIGHT_PER_WORKER) -> Iterator[PoolMapper]:
    """A pool of ``workers`` processes for the duration of the block (spawned: safe with progress threads)."""
    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield PoolMapper(pool, workers, in_flight)


@contextmanager
def dask_mapper(
    address: str = "local",
    workers: int | None = None,
    timeout: str = "20s",
    in_flight: int = IN_FLIGHT_PER_WORKER,
) -> Iterator[DaskMapper]:
    """Connect to the Dask scheduler at ``address``, or start a LocalCluster of ``workers`` processes ("local")."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError("--dask needs dask and distributed: pip install 'storyline[scale]'") from exc
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,  # spaCy pipelines are not shared across threads
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise InputError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        yield DaskMapper(client, in_flight)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def open_mapper(
    dask: str | None = None, workers: int | None = None, in_flight: int = IN_FLIGHT_PER_WORKER
) -> Iterator[Mapper]:
    """The mapper the CLI options ask for: Dask when ``dask`` is set, a process pool for ``workers`` > 1,
    else serial."""
    if dask:
        with dask_mapper(dask, workers, in_flight=in_flight) as mapper:
            yield mapper
    elif workers and workers > 1:
        with process_mapper(workers, in_flight) as mapper:
            yield mapper
    else:
        yield serial_map


def extract_batch(docs: list[Document], settings: Settings) -> list[Article | Reject]:
    """Extract a batch of documents (runs on a worker); a document whose extraction runs past the piece time
    limit is rejected (logged with its source as the article id)."""
    from storyline.extract import extract

    with piece_time_limit(settings.pipeline.piece_time_limit):
        done = [isolated("extract", doc.source, partial(extract, doc, settings), None) for doc in docs]
    return [
        article
        or Reject(
            doc.source, "extraction stopped: over the time limit or failed (logged)", content_hash(doc.raw)
        )
        for doc, article in zip(docs, done, strict=True)
    ]


def extract_all(
    batch: Sequence[Document | Reject], settings: Settings, mapper: Mapper
) -> list[Article | Reject]:
    """Replace each Document in an ingest batch by its extracted Article or Reject, in order, using the
    mapper's workers (chunks of ``pipeline.extract_chunk`` documents)."""
    docs = [item for item in batch if isinstance(item, Document)]
    size = settings.pipeline.extract_chunk
    chunks = [docs[i : i + size] for i in range(0, len(docs), size)]
    extracted = chain.from_iterable(mapper(partial(extract_batch, settings=settings), chunks))
    return [next(extracted) if isinstance(item, Document) else item for item in batch]
