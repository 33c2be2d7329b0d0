"""The duplicate index kept in the store as per-article rows, so a build reads only what its articles can match.

A whole-index blob costs every build a read and a rewrite of every stored signature: at 10k articles that was
most of the state load. Instead the store keeps (index_* tables, namespaces "dedup.*"):
- ``dedup.entry``: article -> arrival number, text id, date, link similarity, group key, MinHash signature and
  sentence sketch;
- ``dedup.hash``: text id -> its first copy (an exact copy joins it without an LSH query);
- postings ``dedup.band``: LSH bucket key -> the first copies in it (DuplicateIndex.band_keys);
- postings ``dedup.group``: group key (the id of its earliest arrival) -> its members;
- ``dedup.meta``: the shingling settings and the next arrival number.
A build works out each batch of new articles' text ids and signatures first, reads the stored entries sharing a
text id or a bucket with them and every member of those entries' groups, and runs the in-memory DuplicateIndex
over them: an article can only match a candidate that shares a bucket, and a group's canonical copy is the earliest
of its members, so the result is the one a whole index gives (tests/test_dedup_state.py). Saving writes the
new entries and those whose group changed.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from datetime import datetime

import numpy as np

from storyline.dedup import DuplicateIndex, Entry, check_shingles, shingle_key
from storyline.isolate import isolated
from storyline.model import Article
from storyline.settings import DedupSettings
from storyline.store import Store

ENTRY, HASH, BAND, GROUP, META = "dedup.entry", "dedup.hash", "dedup.band", "dedup.group", "dedup.meta"
_BLOB = "dedup"  # the whole-index state of stores written before the rows


class StoredDuplicates:
    """The part of the stored duplicate index one build can touch, as a DuplicateIndex (``index``)."""

    def __init__(self, store: Store, settings: DedupSettings) -> None:
        self.store = store
        self.index = DuplicateIndex(settings)
        self._groups: dict[str, str] = {}  # article -> group key, as stored
        self._meta = store.index_values(META, ["state"]).get("state")
        if self._meta is not None:
            check_shingles(self._meta["settings"], settings)
            self.index.arrivals = self._meta["next"]

    def read(self, articles: Iterable[Article]) -> None:
        """Work out these new articles' text ids and signatures and put back the stored entries they can match,
        before they are added: a build reads its articles a batch at a time, each body once."""
        prepared = {}
        for a in articles:
            found = isolated("dedup", a.id, lambda a=a: self.index.prepare(a.id, a.body), None)
            if found is not None:
                prepared[a.id] = found
        if self._meta is None:
            return
        firsts = self.store.index_values(HASH, {th for th, _ in prepared.values()})
        keys = {k for _, mh in prepared.values() for k in self.index.band_keys(mh.hashvalues)}
        # only first copies are in buckets, and each is its text's one LSH entry
        candidates = {aid for members in self.store.index_postings(BAND, keys).values() for aid in members}
        candidates |= set(firsts.values())
        ids = (candidates | set(prepared)) - self._groups.keys()
        values = self.store.index_values(ENTRY, ids)
        members = self.store.index_postings(GROUP, {v[4] for v in values.values()})
        more = {a for m in members.values() for a in m} - values.keys() - self._groups.keys()
        values |= self.store.index_values(ENTRY, more)
        for aid, v in sorted(values.items(), key=lambda kv: kv[1][0]):
            entry, hashvalues, sketch = _entry(aid, v)
            self.index.restore(entry, hashvalues, sketch, aid in candidates)
            self._groups[aid] = v[4]
        for group in members.values():
            self.index.join(group)

    def save(self) -> None:
        """Write the entries this build added or regrouped, the new first copies' buckets and the next number."""
        values, hashes = {}, {}
        for entry, hashvalues, sketch, first, group in self.index.entries():
            new = entry.article_id not in self._groups
            if new or self._groups[entry.article_id] != group:
                values[entry.article_id] = _value(entry, hashvalues, sketch, group)
                self.store.set_index_postings(GROUP, entry.article_id, [group])
            if new and first:
                hashes[entry.text_hash] = entry.article_id
                self.store.set_index_postings(BAND, entry.article_id, self.index.band_keys(hashvalues))
        self.store.put_index_values(ENTRY, values)
        self.store.put_index_values(HASH, hashes)
        meta = {"settings": shingle_key(self.index.settings), "next": self.index.arrivals}
        self.store.put_index_values(META, {"state": meta})
        self._groups.update((aid, v[4]) for aid, v in values.items())


def load(store: Store, settings: DedupSettings, articles: Iterable[Article] = ()) -> StoredDuplicates:
    """The index part ``articles`` can touch (more is read with ``read``); a store still holding a whole-index
    blob is converted first."""
    blob = store.get_state(_BLOB)
    if blob:
        whole = StoredDuplicates(store, settings)
        whole.index = DuplicateIndex.from_bytes(blob, settings)
        whole.save()
        store.drop_state(_BLOB)
    stored = StoredDuplicates(store, settings)
    stored.read(articles)
    return stored


def _b64(a: np.ndarray) -> str:
    return base64.b64encode(a.tobytes()).decode()


def _array(text: str, dtype: type) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype=dtype)


def _value(entry: Entry, hashvalues: np.ndarray, sketch: tuple[np.ndarray, np.ndarray], group: str) -> list:
    published = entry.published.isoformat() if entry.published else None
    words, sizes = sketch
    return [entry.seen, entry.text_hash, published, entry.link_sim, group,
            _b64(hashvalues.astype(np.uint32)), _b64(words.astype(np.uint16)), _b64(sizes.astype(np.uint16))]  # fmt: skip


def _entry(aid: str, v: list) -> tuple[Entry, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    seen, th, published, sim, _, sig, words, sizes = v
    entry = Entry(aid, th, datetime.fromisoformat(published) if published else None, seen, sim)
    return (
        entry,
        _array(sig, np.uint32).astype(np.uint64),
        (_array(words, np.uint16), _array(sizes, np.uint16)),
    )
