"""Follow live sources: poll feeds and folders, ingest what is new, build, and say which stories changed.

Everything a poll learns (feed validators, seen entries, file stamps) is stored in the transaction that ingests
it, so a watch can be killed at any point and restarted without refetching. A source that fails is a warning
and waits longer each time it fails again; the others go on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from storyline.pipeline import build
from storyline.scale import Mapper, serial_map
from storyline.settings import DEFAULTS, Settings
from storyline.store import Store
from storyline.watch.changes import Change, changes, snapshot
from storyline.watch.sources import (
    ChangedFiles,
    NewEntries,
    SourceFailed,
    check_source,
    is_feed,
    poll_feed,
    poll_folder,
)

__all__ = ["Change", "PollReport", "Watcher", "check_source"]


@dataclass
class PollReport:
    """What one poll did: articles added and rejected, sources that failed, stories and storylines changed."""

    added: int = 0
    rejected: int = 0
    not_modified: list[str] = field(default_factory=list)  # feeds that answered 304
    unsettled: int = 0  # files still being written: read by the next poll
    warnings: list[str] = field(default_factory=list)  # one line per failed source
    changes: list[Change] = field(default_factory=list)
    built: bool = False


@dataclass
class _Health:
    failures: int = 0
    due: float = 0.0  # clock time before which the source is skipped


class Watcher:
    """Polls the sources named by the user; ``poll`` once, or ``run`` until stopped."""

    def __init__(
        self,
        store: Store,
        sources: Sequence[str],
        every: float,
        settings: Settings = DEFAULTS,
        clock: Callable[[], float] = time.monotonic,
        mapper: Mapper = serial_map,
    ) -> None:
        self.store = store
        self.sources = list(dict.fromkeys(sources))
        self.every = every
        self.settings = settings
        self.clock = clock
        self.mapper = mapper  # analysis workers kept from poll to poll (see scale.py)
        self.health = {s: _Health() for s in self.sources}

    def poll(self) -> PollReport:
        """Read every due source, ingest what is new, build if anything awaits placing, report the changes."""
        report = PollReport()
        for source in self.sources:
            health = self.health[source]
            if self.clock() < health.due:
                continue
            try:
                found = (
                    poll_feed(self.store, source, self.settings.ingest)
                    if is_feed(source)
                    else poll_folder(self.store, source, self.settings.watch.settle)
                )
                got = found.ingest(self.store, self.settings)
            except SourceFailed as exc:
                report.warnings.append(self._failed(source, str(exc)))
                continue
            health.failures, health.due = 0, 0.0
            if isinstance(found, NewEntries) and found.validators is None:
                report.not_modified.append(source)
            if isinstance(found, ChangedFiles):
                report.unsettled += found.unsettled
            report.added += got.added
            report.rejected += got.rejected
        # also after a watch was stopped between its ingest and its build
        if self.store.unbuilt_article_ids():
            before = snapshot(self.store)  # ingest places nothing: stories only change in the build
            build(self.store, self.settings, mapper=self.mapper)
            report.built = True
            report.changes = changes(before, snapshot(self.store))
        return report

    def _failed(self, source: str, reason: str) -> str:
        """Back off: wait the poll interval, doubled for each failure in a row, up to ``watch.max_backoff``."""
        health = self.health[source]
        health.failures += 1
        wait = min(self.every * 2 ** (health.failures - 1), self.settings.watch.max_backoff)
        health.due = self.clock() + wait
        return f"{source}: {reason} (failed {health.failures}x; next try in {wait:g}s)"

    def run(self, stop: threading.Event, polls: int | None = None) -> Iterator[PollReport]:
        """Poll every ``every`` seconds (counted from each poll's start) until ``stop`` is set or ``polls`` ran.

        If the last of ``polls`` found files still being written, one more poll follows after the settle time, so
        a bounded run reads files copied in just before it started (one still growing then is left, and said)."""
        done = 0
        while not stop.is_set():
            started = self.clock()
            report = self.poll()
            yield report
            done += 1
            if polls is not None and done >= polls:
                if done > polls or not report.unsettled:
                    return
                stop.wait(self.settings.watch.settle)
                continue
            stop.wait(max(0.0, started + self.every - self.clock()))
