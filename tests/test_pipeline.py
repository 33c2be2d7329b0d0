"""The pipeline end to end on a small hand-written corpus: idempotent ingest, duplicates, stories, crash safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import nullcontext
from pathlib import Path

import pytest

from storyline.model import Article, Storyline
from storyline.pipeline import _date_by_storylines, build, ingest
from storyline.read_api import export_records
from storyline.settings import DEFAULTS, with_overrides
from storyline.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"


def _partition(store) -> set[frozenset[str]]:
    sources = {a.id: Path(a.source).name for a in store.articles()}
    return {frozenset(sources[a] for a in s.article_ids) for s in store.stories()}


@pytest.fixture(scope="module")
def built_store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("p") / "s.db")
    ingest(store, [str(FIXTURES)])
    build(store)
    return store


def test_exact_copy_is_rejected_and_reingest_changes_nothing(tmp_path):
    store = open_store(tmp_path / "s.db")
    first = ingest(store, [str(FIXTURES)])
    assert first.added == 5
    assert [r.reason.split(" (")[0].startswith("exact duplicate of") for r in first.rejects] == [True]
    again = ingest(store, [str(FIXTURES)])
    assert (again.added, again.rejected) == (0, 0)
    assert again.unchanged == 6
    assert store.article_count() == 5


def test_stories_and_duplicates(built_store):
    assert _partition(built_store) == {
        frozenset({"ferry_coastline_herald.txt", "ferry_lakeside_post.txt", "ferry_valley_times.txt"}),
        frozenset({"windfarm_valley_times.txt", "windfarm_ridge_gazette.txt"}),
    }
    by_name = {Path(a.source).name: a for a in built_store.articles()}
    placements = built_store.placements()
    herald, post = by_name["ferry_coastline_herald.txt"], by_name["ferry_lakeside_post.txt"]
    assert {placements[herald.id][0], placements[post.id][0]} == {None, herald.id}


def test_export_contract(built_store):
    records = list(export_records(built_store))
    kinds = [r["type"] for r in records]
    assert kinds.count("article") == 5 and kinds.count("story") == 2
    article = next(r for r in records if r["type"] == "article" and r["source"].endswith("ridge_gazette.txt"))
    assert set(article) >= {
        "id",
        "source",
        "url",
        "outlet",
        "headline",
        "byline",
        "published",
        "published_inferred",
        "language",
        "body",
        "flags",
        "duplicate_of",
        "story_id",
    }
    assert article["published"].startswith("2022-02-02")
    assert "filler_removed" in article["flags"]
    assert "Lorem ipsum" not in article["body"]
    json.dumps(records)


def test_incremental_build_matches_from_scratch(tmp_path):
    scratch = open_store(tmp_path / "scratch.db")
    ingest(scratch, [str(FIXTURES)])
    build(scratch)
    step = open_store(tmp_path / "step.db")
    ingest(step, [str(FIXTURES / "ferry_coastline_herald.txt"), str(FIXTURES / "windfarm_valley_times.txt")])
    build(step)
    ingest(step, [str(FIXTURES)])
    build(step)
    assert _partition(step) == _partition(scratch)


def test_killed_build_leaves_a_consistent_store_and_a_rerun_finishes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        for f in FIXTURES.glob("*.txt"):
            text = f.read_text().replace("Brennick", f"Brennick{i}").replace("Hollin", f"Hollin{i}")
            (corpus / f"{i}_{f.name}").write_text(text)
    db = tmp_path / "s.db"
    store = open_store(db)
    ingest(store, [str(corpus)])
    store.close()
    code = (
        "import dataclasses, sys; from storyline.settings import DEFAULTS, PipelineSettings;"
        "from storyline.store import open_store; from storyline.pipeline import build;"
        "s = dataclasses.replace(DEFAULTS, pipeline=PipelineSettings(analyze_batch=4, place_batch=4));"
        f"build(open_store({str(db)!r}), s)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        with sqlite3.connect(db) as conn:
            if conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0] >= 8:
                break
        time.sleep(0.05)
    assert proc.poll() is None, "build finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        analysed = conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
        assert analysed % 4 == 0 and 0 < analysed < 60
    store = open_store(db)
    assert store.article_count() == 60
    build(store)
    assert store.unbuilt_article_ids() == [] and store.unanalyzed_article_ids() == []
    reference = open_store(tmp_path / "reference.db")
    ingest(reference, [str(corpus)])
    build(reference)
    assert _partition(store) == _partition(reference)


def test_state_from_an_older_version_needs_rebuild_and_rebuild_restores_it(tmp_path):
    from storyline.errors import StorylineError

    store = open_store(tmp_path / "s.db")
    ingest(store, [str(FIXTURES)])
    build(store)
    before = _partition(store)
    with store.transaction():  # a clusterer written by an older storyline
        store.put_state("clusterer", b"x\x9c\xab\xae\x05\x00\x01u\x00\xf9")  # zlib of "{}": no format
    assert build(store).placed == 0  # nothing new: the build stops before reading any state
    late = tmp_path / "late.txt"
    late.write_text(
        "Harbour pilots in Port Alden voted to accept the new rota on Friday.\n\n"
        "The vote ends a month of talks between the pilots and the port authority over night shifts."
    )
    ingest(store, [str(late)])
    with pytest.raises(StorylineError, match="build --rebuild"):
        build(store)
    report = build(store, rebuild=True)
    assert (report.placed, report.duplicates, report.stories) == (6, 1, 3)
    assert _partition(store) == before | {frozenset({"late.txt"})}


def test_a_rebuild_keeps_a_bounded_number_of_analyses_decoded(tmp_path, monkeypatch):
    """A rebuild reads every stored analysis in one step: the step keeps the last ``ANALYSES_KEPT`` read (a
    copy of a 10k store peaked at 1.15 GB keeping all), and re-reads an evicted one to the same result."""
    from storyline import pipeline

    store = open_store(tmp_path / "s.db")
    ingest(store, [str(FIXTURES)])
    first = build(store)
    before = _partition(store)
    kept = []
    put = pipeline.StoredAnalyses.put

    def counted(self, analyses):
        put(self, analyses)
        kept.append(len(self._kept))

    monkeypatch.setattr(pipeline, "ANALYSES_KEPT", 2)
    monkeypatch.setattr(pipeline.StoredAnalyses, "put", counted)
    report = build(store, rebuild=True)
    assert (report.placed, report.duplicates, report.stories) == (
        first.placed,
        first.duplicates,
        first.stories,
    )
    assert _partition(store) == before
    assert len(kept) >= 5 and max(kept) == 2, kept


def test_failed_rebuild_keeps_the_stories_it_had(tmp_path, monkeypatch):
    from storyline import cluster_state

    store = open_store(tmp_path / "s.db")
    ingest(store, [str(FIXTURES)])
    build(store)
    records = list(export_records(store))

    # the build's own failure, not one article's (those are isolated: see test_isolation.py)
    def failing_save(*_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(cluster_state, "save", failing_save)
    with pytest.raises(RuntimeError):
        build(store, rebuild=True)
    assert list(export_records(store)) == records


def test_one_outlet_shows_one_name_across_ingests(tmp_path):
    body = (
        "The harbour ferry will run an extra evening service from June, the operator said on Monday.\n\n"
        "Commuters had asked for a later boat since the winter timetable cut the last crossing to six o'clock."
    )

    def feed(name: str, records: list[tuple[str, str]]) -> str:
        path = tmp_path / name
        rows = [{"text": f"{text}\n\n{body}", "source": outlet} for outlet, text in records]
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        return str(path)

    store = open_store(tmp_path / "s.db")
    ingest(
        store,
        [feed("a.jsonl", [("The Brindle Post", "Ferry times change."), ("BRINDLE POST", "Later ferry.")])],
    )
    ingest(store, [feed("b.jsonl", [("brindlepost.co.uk", "New ferry."), ("Harrow Times", "Extra boat.")])])
    assert sorted(a.outlet for a in store.articles()) == ["Harrow Times"] + ["The Brindle Post"] * 3
    store.close()


class _StorylineStore:
    """Just what dating by storylines reads: storylines of one story each, ``undated`` articles without a date;
    records the ids whose arrival order it is asked for."""

    def __init__(self, groups: dict[str, list[str]], undated: set[str]) -> None:
        self.groups, self.undated, self.asked_arrival = groups, undated, []

    def storyline_ids_of(self, ids):
        return {}

    def storylines_by_id(self, ids):
        return {}

    def story_members(self, sids):
        return {sid: self.groups[sid] for sid in sids}

    def undated_among(self, ids):
        return [aid for aid in ids if aid in self.undated]

    def arrival_order(self, ids):
        ids = list(ids)
        self.asked_arrival += ids
        return {aid: int(aid.split("-")[1]) for aid in ids}

    def articles(self, ids):
        return [Article(id=aid, source=aid, body="No date here.") for aid in ids]

    def transaction(self):
        return nullcontext()


def test_dating_by_storylines_reads_arrival_only_where_a_long_storyline_holds_an_undated_article():
    """Arrival picks the ``dating_siblings`` nearest members, which only a storyline over that many + 1 with an
    undated member needs: a short one, or a long one all dated, is not asked for."""
    groups = {
        "short": [f"s-{n}" for n in range(4)],  # holds an undated article, within the limit
        "dated": [f"d-{n}" for n in range(10)],  # over the limit, every member dated
        "long": [f"l-{n}" for n in range(10)],  # over the limit, holds an undated article
    }
    store = _StorylineStore(groups, {"s-1", "l-7"})
    settings = with_overrides(DEFAULTS, ["analyze.dating_siblings=3"])
    lines = [Storyline(id=f"line-{sid}", title=sid, story_ids=(sid,)) for sid in groups]
    assert _date_by_storylines(store, settings, {}, lines, ()) == set()  # no evidence to date by
    assert sorted(store.asked_arrival) == sorted(groups["long"])


class _Counting:
    """A Progress that records each phase's total and how far it advanced."""

    def __init__(self) -> None:
        self.total: dict[str, int | None] = {}
        self.done: dict[str, int] = {}
        self.task = ""

    def start(self, task: str, total: int | None = None) -> None:
        self.task, self.total[task], self.done[task] = task, total, 0

    def advance(self, n: int = 1) -> None:
        self.done[self.task] += n


def test_ingest_progress_counts_files_not_the_documents_a_file_holds(tmp_path):
    """A JSONL or feed file holds several documents: the bar's count ends at its total, never past it ("11/10")."""
    progress = _Counting()
    corpus = Path(__file__).parent / "fixtures" / "ingest"
    report = ingest(open_store(tmp_path / "s.db"), [str(corpus), str(FIXTURES)], progress=progress)
    files = sum(1 for p in [*corpus.rglob("*"), *FIXTURES.rglob("*")] if p.is_file())
    assert report.added + len(report.rejects) + report.unchanged > files  # some files held several documents
    assert progress.total["ingest"] == progress.done["ingest"] == files
