"""An incremental build costs in proportion to what is new: with nothing new it reads and writes nothing; a new
article rewrites only its own story and storyline; batches end where one build of everything ends."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from storyline.analyze import resolve_entities
from storyline.pipeline import build, ingest
from storyline.settings import DEFAULTS, with_overrides
from storyline.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
LATE = (
    "Harbour pilots in Port Alden voted to accept the new rota on Friday.\n\n"
    "The vote ends a month of talks between the pilots and the port authority over night shifts."
)


def _shape(store) -> tuple[set, set, dict]:
    """(stories, storylines) as sets of source-name sets, and each source's duplicate-of source."""
    name = {a.id: Path(a.source).name for a in store.articles()}
    stories = {s.id: frozenset(name[a] for a in s.article_ids) for s in store.stories()}
    lines = {frozenset(n for sid in line.story_ids for n in stories[sid]) for line in store.storylines()}
    dups = {name[aid]: name.get(dup) for aid, (dup, _) in store.placements().items()}
    return set(stories.values()), lines, dups


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("inc") / "s.db"
    store = open_store(path)
    ingest(store, [str(FIXTURES)])
    build(store)
    return store


def test_nothing_new_reads_and_writes_nothing(built, monkeypatch) -> None:
    watcher = open_store(built.path)
    token = watcher.change_token()
    for method in ("articles", "analyses", "placements", "stories", "storylines", "get_state"):
        monkeypatch.setattr(built, method, lambda *a, _m=method, **k: pytest.fail(f"read {_m}"))
    report = build(built)
    assert report.placed == 0 and report.stories == len(watcher.stories())
    assert watcher.change_token() == token  # no commit: readers see no change


def test_a_new_article_rewrites_only_its_story_and_storyline(built, tmp_path, monkeypatch) -> None:
    before = {s.id: s for s in built.stories()}
    lines_before = {line.id: line for line in built.storylines()}
    written: dict[str, list] = {"stories": [], "storylines": [], "analyses": []}
    put_stories, put_storylines, put_analyses = built.put_stories, built.put_storylines, built.put_analyses

    def record_analyses(analyses):
        analyses = list(analyses)
        written["analyses"] += [an.article_id for an in analyses]
        put_analyses(analyses)

    monkeypatch.setattr(built, "put_analyses", record_analyses)
    monkeypatch.setattr(built, "put_stories", lambda s: (written["stories"].extend(s), put_stories(s))[1])
    monkeypatch.setattr(
        built, "put_storylines", lambda s, r=(): (written["storylines"].extend(s), put_storylines(s, r))[1]
    )
    (tmp_path / "late.txt").write_text(LATE)
    ingest(built, [str(tmp_path / "late.txt")])
    report = build(built)
    late = next(a.id for a in built.articles() if a.source.endswith("late.txt"))
    story = built.placement(late)[1]
    assert report.placed == 1 and [s.id for s in written["stories"]] == [story] and story not in before
    assert [line.story_ids for line in written["storylines"]] == [(story,)]
    assert set(written["analyses"]) == {late}  # its names re-key no stored article: none is rewritten
    assert {s.id: s for s in built.stories() if s.id != story} == before  # the others untouched
    assert {line.id: line for line in built.storylines() if story not in line.story_ids} == lines_before


def test_batches_end_where_one_build_ends(tmp_path) -> None:
    files = sorted(str(p) for p in FIXTURES.iterdir())
    scratch = open_store(tmp_path / "scratch.db")
    ingest(scratch, files)
    build(scratch)
    step = open_store(tmp_path / "step.db")
    for part in (files[::2], files[1::2]):
        ingest(step, part)
        build(step)
    assert _shape(step) == _shape(scratch)
    # the entities batch by batch are those of resolving every article at once, in the order they arrived
    articles, stored = step.articles(), step.analyses()
    entities, resolved = resolve_entities(articles, [stored[a.id] for a in articles])
    assert set(step.entities()) == set(entities)
    assert {an.article_id: an.mentions for an in resolved} == {aid: an.mentions for aid, an in stored.items()}


DEMO = Path(__file__).parents[1] / "examples" / "demo"


@pytest.fixture(scope="module")
def demo_builds(tmp_path_factory) -> tuple:
    """The demo corpus (in eval/pipeline.py's shuffled order) built from scratch and in steps of 3 articles."""
    files = sorted(str(p) for p in DEMO.rglob("*") if p.is_file())
    random.Random(0).shuffle(files)
    tmp = tmp_path_factory.mktemp("demo")
    scratch, stepped = open_store(tmp / "scratch.db"), open_store(tmp / "steps.db")
    for store in (scratch, stepped):
        ingest(store, files)
    build(scratch)
    build(stepped, with_overrides(DEFAULTS, ["pipeline.build_batch=3"]))
    return scratch, stepped


def test_in_small_steps_every_story_is_in_one_storyline(demo_builds) -> None:
    """A story that changes and links to another storyline moves into it whole: none is left in two."""
    for store in demo_builds:
        lines = store.storylines()
        holding = Counter(sid for line in lines for sid in line.story_ids)
        assert set(holding.values()) == {1} and holding.keys() == {s.id for s in store.stories()}
        line_of = {sid: line.id for line in lines for sid in line.story_ids}
        assert {s.id: s.storyline_id for s in store.stories()} == line_of


@pytest.mark.xfail(
    strict=True,
    reason="an unchanged story's stored topic keeps the word statistics of the build it last changed in: in steps "
    "of 3 the Marovia earthquake story, changing late, meets the Sardova one's older topic (similarity 0.261, "
    "0.208 from scratch; the threshold lies between) and links. (In file order, undated a2_01 is dated from the "
    "few articles stored at its step and joins another story.)",
)
def test_in_small_steps_storylines_equal_one_build(demo_builds) -> None:
    scratch, stepped = demo_builds
    assert _shape(stepped) == _shape(scratch)
