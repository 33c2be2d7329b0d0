"""What one poll of a watched source found: a feed's new entries (conditional GET) or a folder's changed files.

Reading a source never writes: it returns what is new and the state to store with it, in the transaction that
ingests it (``ingest``), so a watch killed at any point neither loses nor re-reads anything.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import xxhash

from storyline.errors import InputError
from storyline.ids import content_hash
from storyline.model import Document, Reject
from storyline.pipeline import IngestReport, ingest, ingest_documents
from storyline.readers.feed import entry_document, entry_key, parse_feed
from storyline.readers.files import expand
from storyline.readers.url import check_url, download, url_scheme
from storyline.settings import IngestSettings, Settings
from storyline.store import FeedValidators, Store, WatchedFile

_HASH_CHUNK = 1 << 20


@dataclass
class NewEntries:
    """A feed's entries not seen before, already read, and the validators of the response they came in."""

    feed: str
    documents: list[Document | Reject] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    validators: FeedValidators | None = None  # None: the feed answered 304 Not Modified

    def ingest(self, store: Store, settings: Settings) -> IngestReport:
        """Store the entries, the keys that mark them seen and the validators, in one transaction."""
        if self.validators is None:
            return IngestReport()
        with store.transaction():
            report = ingest_documents(store, self.documents, settings)
            store.add_seen_entries(self.feed, self.keys)
            store.put_feed_validators(self.feed, self.validators)
        return report


@dataclass
class ChangedFiles:
    """Files that are new or changed (``paths``) and the stamps of every file whose time or size moved."""

    target: str
    paths: list[str] = field(default_factory=list)
    stamps: dict[str, WatchedFile] = field(default_factory=dict)
    unsettled: int = 0  # files modified too recently to be whole yet: read by a later poll

    def ingest(self, store: Store, settings: Settings) -> IngestReport:
        """Ingest the files a batch per transaction, each batch with its stamps; then the touched-only stamps."""
        report = IngestReport()
        pending = dict(self.stamps)
        size = settings.pipeline.ingest_batch
        for start in range(0, len(self.paths), size):
            chunk = self.paths[start : start + size]
            try:
                with store.transaction():
                    part = ingest(store, chunk, settings)
                    for path in chunk:
                        store.put_watched_file(path, pending.pop(path))
            except InputError as exc:  # a file removed since the scan: this batch waits for the next poll
                raise SourceFailed(str(exc)) from None
            report.added += part.added
            report.unchanged += part.unchanged
            report.rejected += part.rejected
            report.rejects += part.rejects
        if pending:
            with store.transaction():
                for path, stamp in pending.items():
                    store.put_watched_file(path, stamp)
        return report


class SourceFailed(Exception):
    """A source could not be read this time (network, HTTP error, bad XML, vanished folder): a warning."""


def is_feed(target: str) -> bool:
    return url_scheme(target) is not None


def check_source(target: str) -> None:
    """Refuse, up front, a source that can never be watched (a bad URL scheme, a path naming nothing)."""
    if is_feed(target):
        check_url(target)
    else:
        next(iter(expand(target)), None)


def poll_feed(store: Store, url: str, settings: IngestSettings) -> NewEntries:
    """A conditional GET of the feed; its entries not seen before, each read into a document."""
    known = store.feed_validators(url)
    headers = {}
    if known.etag:
        headers["If-None-Match"] = known.etag
    if known.last_modified:
        headers["If-Modified-Since"] = known.last_modified
    got = download(url, settings, headers)
    if isinstance(got, Reject):
        raise SourceFailed(got.reason)
    resp, body = got
    found = NewEntries(url)
    if resp.status_code == 304:
        return found
    if not 200 <= resp.status_code < 300:
        raise SourceFailed(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
    parsed = parse_feed(
        body, {"content-location": str(resp.url), "content-type": resp.headers.get("Content-Type", "")}
    )
    if isinstance(parsed, str):
        raise SourceFailed(parsed)
    if parsed.broken:  # maybe cut off: its entries would be marked seen and the rest never read
        raise SourceFailed(parsed.broken)
    found.validators = FeedValidators(resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
    keyed = [
        (entry_key(entry) or content_hash(json.dumps(entry, sort_keys=True, default=str)), entry)
        for entry in parsed.entries
    ]
    seen = store.seen_entries(url, (key for key, _ in keyed))
    for key, entry in keyed:
        if key in seen:
            continue
        seen.add(key)
        found.keys.append(key)
        found.documents.append(entry_document(entry, f"{url}#{key}", parsed.outlet, settings))
    return found


def _file_hash(path: str) -> str:
    digest = xxhash.xxh3_64()
    with open(path, "rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _changed(
    paths: list[str], known: dict[str, WatchedFile], settled_ns: int
) -> Iterator[tuple[str, WatchedFile | None, bool]]:
    """(path, stamp, content changed) for every file whose time or size moved since it was last read; the stamp
    is None for a file modified after ``settled_ns`` (maybe still being written), left for a later poll."""
    for path in paths:
        try:
            stat = os.stat(path)
            old = known.get(path)
            if old is not None and (old.mtime_ns, old.size) == (stat.st_mtime_ns, stat.st_size):
                continue
            if stat.st_mtime_ns > settled_ns:
                yield path, None, False
                continue
            stamp = WatchedFile(stat.st_mtime_ns, stat.st_size, _file_hash(path))
        except OSError:
            continue  # gone or unreadable between listing and reading: the next poll sees it again
        yield path, stamp, old is None or old.raw_hash != stamp.raw_hash


def poll_folder(store: Store, target: str, settle: float = 0.0) -> ChangedFiles:
    """Files under a folder (or a file, or a glob) that are new or whose content changed since last read, and
    unmodified for ``settle`` seconds."""
    try:
        paths = list(expand(target))
    except InputError as exc:
        raise SourceFailed(str(exc)) from None
    found = ChangedFiles(target)
    settled_ns = time.time_ns() - int(settle * 1e9)
    for path, stamp, content_changed in _changed(paths, store.watched_files(paths), settled_ns):
        if stamp is None:
            found.unsettled += 1
            continue
        found.stamps[path] = stamp
        if content_changed:
            found.paths.append(path)
    return found
