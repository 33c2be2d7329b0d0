"""The story clusterer's state kept as store rows, read as needed: the same stories as the whole-state blob."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

import pytest
from pg_server import fresh_database
from test_cluster_stories import CORPUS

from storyline import cluster_state
from storyline.cluster import ClusterDoc, StoryClusterer
from storyline.settings import DEFAULTS
from storyline.store import open_store

SETTINGS = DEFAULTS.cluster


def _corpus(seed: int, n: int) -> list[ClusterDoc]:
    """Retellings of the hand-written reports: their sentences shuffled and trimmed, some dates moved."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        d = r.choice(CORPUS)
        sentences = d.body.split(". ")
        body = ". ".join(r.sample(sentences, r.randint(max(1, len(sentences) - 2), len(sentences))))
        when = None if r.random() < 0.1 else d.published + timedelta(hours=r.uniform(-12, 12))
        out.append(replace(d, article_id=f"a{i:03d}", body=body, published=when))
    return out


def _blob_run(docs: list[ClusterDoc], cuts: list[int]) -> tuple[dict[str, str], list]:
    """The clusterer as builds kept it before the rows: the whole state saved and read back between steps."""
    c, placed = StoryClusterer(SETTINGS), {}
    for lo, hi in zip([0, *cuts], [*cuts, len(docs)], strict=True):
        c = StoryClusterer.from_bytes(c.to_bytes(), SETTINGS)
        placed |= {d.article_id: c.add(d) for d in docs[lo:hi]}
    return placed, c.stories()


def _cuts(seed: int, n: int) -> list[int]:
    return sorted(random.Random(seed).sample(range(1, n), 4))


@pytest.mark.parametrize(("seed", "backend"), [(0, "postgres"), (0, "sqlite"), (1, "sqlite")])
def test_stored_rows_read_as_needed_place_as_the_whole_state(tmp_path, seed, backend):
    docs, cuts = _corpus(seed, 60), _cuts(seed, 60)
    store = open_store(str(tmp_path / "s.db") if backend == "sqlite" else fresh_database())
    placed = {}
    for lo, hi in zip([0, *cuts], [*cuts, len(docs)], strict=True):
        with store.transaction():
            c = cluster_state.load(store, SETTINGS)
            placed |= {d.article_id: c.add(d) for d in docs[lo:hi]}
            cluster_state.save(store, c)
    want_placed, want_stories = _blob_run(docs, cuts)
    assert len(set(want_placed.values())) > 3 and len(want_stories) < len(docs) / 2  # stories to get wrong
    assert placed == want_placed
    assert cluster_state.load(store, SETTINGS).stories() == want_stories
    store.close()


def test_a_step_reads_and_writes_only_what_its_articles_touch(tmp_path):
    docs = _corpus(2, 60)
    store = open_store(tmp_path / "s.db")
    with store.transaction():
        c = cluster_state.load(store, SETTINGS)
        for d in docs:
            c.add(d)
        cluster_state.save(store, c)
    c = cluster_state.load(store, SETTINGS)
    again = replace(docs[0], article_id="late")
    story = c.add(again)
    assert story == c.story_of(docs[0].article_id)
    assert 0 < len(c._stories) < c._count  # the other stories were never read
    changes = c.changes()
    assert changes.stories == {c.position(story)} and changes.articles == {"late"}
    assert c.changes().stories == set()  # each change is reported once


def test_a_whole_state_blob_is_converted_to_rows_on_first_load(tmp_path):
    docs, cuts = _corpus(3, 40), [25]
    whole = StoryClusterer(SETTINGS)
    for d in docs[:25]:
        whole.add(d)
    store = open_store(tmp_path / "s.db")
    with store.transaction():
        store.put_state("clusterer", whole.to_bytes())  # what a version-6 store holds
        c = cluster_state.load(store, SETTINGS)
        placed = {d.article_id: c.add(d) for d in docs[25:]}
        cluster_state.save(store, c)
    assert store.get_state("clusterer") is None
    want_placed, want_stories = _blob_run(docs, cuts)
    assert placed == {aid: want_placed[aid] for aid in placed}
    assert cluster_state.load(store, SETTINGS).stories() == want_stories
