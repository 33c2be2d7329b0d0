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
STEPS = (1, 2, 3, 5)


def _demo_files(shuffle: bool) -> list[str]:
    """The demo corpus in file order, or in eval/pipeline.py's shuffled order."""
    files = sorted(str(p) for p in DEMO.rglob("*") if p.is_file())
    if shuffle:
        random.Random(0).shuffle(files)
    return files


def _demo_build(path: Path, files: list[str], step: int = 0):
    store = open_store(path)
    ingest(store, files)
    build(store, with_overrides(DEFAULTS, [f"pipeline.build_batch={step}"]) if step else DEFAULTS)
    return store


@pytest.fixture(scope="module")
def demo_scratch(tmp_path_factory):
    """The demo corpus (shuffled) built in one step."""
    return _demo_build(tmp_path_factory.mktemp("demo") / "scratch.db", _demo_files(shuffle=True))


@pytest.fixture(scope="module", params=STEPS, ids=[f"steps_of_{n}" for n in STEPS])
def demo_stepped(request, tmp_path_factory):
    """The same articles in the same order, built ``request.param`` articles a step."""
    path = tmp_path_factory.mktemp("demo") / f"steps{request.param}.db"
    return _demo_build(path, _demo_files(shuffle=True), request.param)


def test_in_small_steps_every_story_is_in_one_storyline(demo_scratch, demo_stepped) -> None:
    """A story that changes and links to another storyline moves into it whole: none is left in two."""
    for store in (demo_scratch, demo_stepped):
        lines = store.storylines()
        holding = Counter(sid for line in lines for sid in line.story_ids)
        assert set(holding.values()) == {1} and holding.keys() == {s.id for s in store.stories()}
        line_of = {sid: line.id for line in lines for sid in line.story_ids}
        assert {s.id: s.storyline_id for s in store.stories()} == line_of


def test_in_small_steps_storylines_equal_one_build(demo_scratch, demo_stepped) -> None:
    """A story's topic is weighed by fixed word statistics, so an unchanged story's stored topic is the one a build
    of everything computes (with the store's own, it went stale), and a changed story's links are replaced, so a
    link made while a story was smaller and closer to another goes when it grows apart (the two earthquakes)."""
    assert _shape(demo_stepped) == _shape(demo_scratch)


def test_an_undated_article_is_dated_from_what_arrived_before_it(tmp_path) -> None:
    """In file order the undated a2_01 (the visit's government story) arrives before the reports of the visit. One
    build dates it from them, arrived later in the same step, and it joins their story; in steps of 3 it is dated
    from the announcements stored before it and joins theirs, and no later build moves it (placement is online; an
    inferred date is never re-read). Everything else is equal, and the two stories share one storyline either way."""
    files = _demo_files(shuffle=False)
    scratch = _demo_build(tmp_path / "scratch.db", files)
    stepped = _demo_build(tmp_path / "steps.db", files, 3)
    undated = "a2_01_gov_news_story_korvograd.txt"

    def story_of(store, prefix: str) -> str:
        return next(
            store.placement(a.id)[1] for a in store.articles() if Path(a.source).name.startswith(prefix)
        )

    def date_of(store):
        return next(a for a in store.articles() if Path(a.source).name == undated)

    assert story_of(scratch, "a2_01") == story_of(scratch, "a2_02") != story_of(scratch, "a1_01")
    assert story_of(stepped, "a2_01") == story_of(stepped, "a1_01") != story_of(stepped, "a2_02")
    first, later = date_of(stepped), date_of(scratch)
    assert first.published_inferred and later.published_inferred and first.published < later.published
    (stories, lines, dups), (stepped_stories, stepped_lines, stepped_dups) = _shape(scratch), _shape(stepped)
    assert lines == stepped_lines and dups == stepped_dups
    assert {s - {undated} for s in stories} == {s - {undated} for s in stepped_stories}
