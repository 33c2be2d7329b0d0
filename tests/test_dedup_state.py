"""The duplicate index kept as store rows, read a batch at a time, groups exactly as one whole in-memory index."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from pg_server import fresh_database
from test_dedup import PARAS

from storyline import dedup_state
from storyline.dedup import DuplicateIndex
from storyline.model import Article
from storyline.store import open_store


def _corpus(seed: int, n: int) -> list[Article]:
    """Reports made of shuffled, trimmed and reworded paragraphs: exact copies, wire copies, rewrites, others."""
    r = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        if out and r.random() < 0.2:
            body = r.choice(out).body  # an exact copy
        else:
            paras = r.sample(PARAS, r.randint(3, len(PARAS)))
            if r.random() < 0.5:
                paras[0] = paras[0].replace("Sunday", r.choice(["Monday", "Friday"]))
            body = "\n\n".join(paras)
        when = (
            None if r.random() < 0.2 else datetime(2024, 3, 1, tzinfo=UTC) + timedelta(hours=r.randint(0, 99))
        )
        out.append(Article(f"a{i:03d}", f"a{i:03d}.txt", body, published=when))
    return out


def _groups(index: DuplicateIndex, ids: list[str]) -> dict[str, list[str]]:
    return {aid: index.group_of(aid) for aid in ids}


@pytest.mark.parametrize(("seed", "backend"), [(0, "postgres"), (0, "sqlite"), (1, "sqlite"), (2, "sqlite")])
def test_stored_rows_read_per_batch_group_as_one_whole_index(tmp_path, seed, backend):
    corpus = _corpus(seed, 40)
    whole = DuplicateIndex()
    for a in corpus:
        whole.add(a.id, a.body, a.published)
    store = open_store(str(tmp_path / "s.db") if backend == "sqlite" else fresh_database())
    got: dict[str, list[str]] = {}
    cuts = sorted(random.Random(seed).sample(range(1, len(corpus)), 4))
    for lo, hi in zip([0, *cuts], [*cuts, len(corpus)], strict=True):
        batch = corpus[lo:hi]
        with store.transaction():
            stored = dedup_state.load(store, whole.settings, batch)
            for a in batch:
                stored.index.add(a.id, a.body, a.published)
            got |= _groups(stored.index, [a.id for a in batch])  # what _mark_duplicates reads
            stored.save()
    assert any(len(g) > 2 for g in got.values())  # the corpus has groups to get wrong
    final = {}
    for a in corpus:  # every group as the store now holds it
        final |= _groups(dedup_state.load(store, whole.settings, [a]).index, [a.id])
    assert final == _groups(whole, [a.id for a in corpus])


def test_a_whole_index_blob_is_converted_to_rows_on_first_load(tmp_path):
    corpus = _corpus(7, 30)
    whole = DuplicateIndex()
    for a in corpus[:20]:
        whole.add(a.id, a.body, a.published)
    store = open_store(tmp_path / "s.db")
    with store.transaction():
        store.put_state("dedup", whole.to_bytes())  # what a version-4 store holds
        stored = dedup_state.load(store, whole.settings, corpus[20:])
        for a in corpus[20:]:
            stored.index.add(a.id, a.body, a.published)
            whole.add(a.id, a.body, a.published)
        stored.save()
    assert store.get_state("dedup") is None
    for a in corpus:
        assert dedup_state.load(store, whole.settings, [a]).index.group_of(a.id) == whole.group_of(a.id)


@pytest.mark.parametrize("seed", [3, 4])
def test_a_build_reading_its_articles_a_few_at_a_time_groups_as_one_whole_index(tmp_path, seed):
    """What a build does: each placement batch's stored candidates are read with it (each body read once)."""
    corpus = _corpus(seed, 40)
    whole = DuplicateIndex()
    for a in corpus:
        whole.add(a.id, a.body, a.published)
    store = open_store(tmp_path / "s.db")
    got: dict[str, list[str]] = {}
    for lo, hi in ((0, 15), (15, 40)):
        with store.transaction():
            stored = dedup_state.load(store, whole.settings)
            for start in range(lo, hi, 4):
                few = corpus[start : min(start + 4, hi)]
                stored.read(few)
                for a in few:
                    stored.index.add(a.id, a.body, a.published)
            got |= _groups(stored.index, [a.id for a in corpus[lo:hi]])
            stored.save()
    assert any(len(g) > 2 for g in got.values())
    last = [a.id for a in corpus[15:]]  # the last build's groups are final; the earlier ones, as stored now
    assert {aid: got[aid] for aid in last} == _groups(whole, last)
    final = {}
    for a in corpus[:15]:
        final |= _groups(dedup_state.load(store, whole.settings, [a]).index, [a.id])
    assert final == _groups(whole, [a.id for a in corpus[:15]])
