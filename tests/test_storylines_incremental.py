"""Incremental storyline linking (relink.py): all stories at once gives link_stories' storylines; the same stories
arriving over several builds link the same way, and a build writes only the storylines its stories are in."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from test_storylines import DOCS, STORIES
from test_storylines import story as make_story

from storyline import relink
from storyline.cluster import link_stories
from storyline.cluster.stories import ClusterDoc
from storyline.cluster.storylines import LinkView, _Linker
from storyline.model import Story
from storyline.settings import LinkSettings
from storyline.store import open_store


class _Stories:
    """What relink asks of the clusterer: any story by id, and its place in creation order."""

    def __init__(self, stories: list[Story]) -> None:
        self.by_id = {s.id: s for s in stories}
        self.order = [s.id for s in stories]

    def story(self, story_id: str) -> Story:
        return self.by_id[story_id]

    def position(self, story_id: str) -> int:
        return self.order.index(story_id)

    def stories(self) -> list[Story]:
        return [self.by_id[sid] for sid in self.order]


def _add(store, stories: list[Story], known: _Stories, settings: LinkSettings = LinkSettings()) -> list:  # noqa: B008
    with store.transaction():
        relink.record_articles(store, {aid: DOCS[aid] for s in stories for aid in s.article_ids})
        return relink.relink(store, stories, known, settings)  # type: ignore[arg-type]


def _lines(store) -> dict[str, tuple[str, ...]]:
    return {line.id: line.story_ids for line in store.storylines()}


def test_all_stories_at_once_equal_link_stories(tmp_path) -> None:
    store = open_store(tmp_path / "s.db")
    _add(store, STORIES, _Stories(STORIES))
    assert _lines(store) == {line.id: line.story_ids for line in link_stories(STORIES, DOCS)}
    by_story = {s.id: s.storyline_id for s in store.stories()}
    assert all(by_story[sid] == lid for lid, ids in _lines(store).items() for sid in ids)


def test_stories_over_several_builds_link_the_same(tmp_path) -> None:
    store = open_store(tmp_path / "s.db")
    known = _Stories(STORIES)
    for i in range(len(STORIES)):  # one story per build: the follow-up finds the story it continues
        written = _add(store, [STORIES[i]], known)
        assert [STORIES[i].id] == [sid for line in written for sid in line.story_ids if sid == STORIES[i].id]
        assert len(written) == 1  # only the new story's storyline is rewritten
    assert _lines(store) == {line.id: line.story_ids for line in link_stories(STORIES, DOCS)}


def test_a_stored_topic_is_the_one_a_build_of_everything_computes(tmp_path) -> None:
    """Words are weighed by fixed frequencies, so the topic stored when the first story arrived alone is the one
    linking every story at once gives it (weighed by the store's statistics, it was not)."""
    store = open_store(tmp_path / "s.db")
    known = _Stories(STORIES)
    for story in STORIES:
        _add(store, [story], known)
    stored = store.index_values(relink.FEATURES, [s.id for s in STORIES])
    at_once = _Linker(STORIES, DOCS, LinkSettings()).views
    assert [stored[s.id]["topic"] for s in STORIES] == [view.topic for view in at_once]


def test_topics_weighed_by_another_word_table_are_relinked_whole_once(tmp_path) -> None:
    """A store whose topics were weighed by another word table (or that kept no links) has every story's topic
    and links recomputed by its next build, which then equals linking everything at once."""
    store = open_store(tmp_path / "s.db")
    _add(store, STORIES[:3], _Stories(STORIES[:3]))
    with store.transaction():  # as if the stored topics were weighed by the next version of the table
        store.add_index_counts(relink.COUNTS, {"weights": 1})
        store.put_index_values(relink.FEATURES, {STORIES[0].id: {"topic": {"stale": 1.0}, "mentions": {}}})
    written = _add(store, STORIES[3:4], _Stories(STORIES[:4]))
    expected = {line.id: line.story_ids for line in link_stories(STORIES[:4], DOCS)}
    assert _lines(store) == expected
    assert {line.id for line in written} == set(expected)  # every storyline was rewritten, this once
    stored = store.index_values(relink.FEATURES, [STORIES[0].id])[STORIES[0].id]
    assert stored["topic"] == _Linker(STORIES[:4], DOCS, LinkSettings()).views[0].topic
    assert len(_add(store, STORIES[4:5], _Stories(STORIES[:5]))) == 1  # then builds are incremental again


def test_a_changed_story_linking_elsewhere_leaves_its_old_storyline(tmp_path) -> None:
    """s-rail, alone in its storyline, gains a report on the Port Elvan crane and links to s-collapse: its
    storyline is merged into s-collapse's, not left behind holding it too; changed back, it leaves again."""
    store = open_store(tmp_path / "s.db")
    collapse, rail = (next(s for s in STORIES if s.id == sid) for sid in ("s-collapse", "s-rail"))
    known = _Stories([collapse, rail])
    _add(store, [collapse, rail], known)
    assert sorted(_lines(store).values()) == [("s-collapse",), ("s-rail",)]
    crane = replace(DOCS["s-inquiry-a"], article_id="s-rail-b")
    grown = replace(rail, article_ids=(*rail.article_ids, crane.article_id))
    known.by_id[rail.id] = grown
    with store.transaction():
        relink.record_articles(store, {crane.article_id: crane})
        written = relink.relink(store, [grown], known, LinkSettings())  # type: ignore[arg-type]
    assert [line.story_ids for line in written] == [("s-collapse", "s-rail")]
    assert list(_lines(store).values()) == [("s-collapse", "s-rail")]
    assert {s.id: s.storyline_id for s in store.stories()} == dict.fromkeys(
        ("s-collapse", "s-rail"), written[0].id
    )
    # its links are those of its articles now: without the crane report it leaves, and the storyline splits
    known.by_id[rail.id] = rail
    with store.transaction():
        written = relink.relink(store, [rail], known, LinkSettings())  # type: ignore[arg-type]
    assert sorted(line.story_ids for line in written) == [("s-collapse",), ("s-rail",)]
    assert sorted(_lines(store).values()) == [("s-collapse",), ("s-rail",)]
    assert {s.id: s.storyline_id for s in store.stories()} == {line.story_ids[0]: line.id for line in written}


def test_a_key_in_too_many_stories_finds_none_in_both_linkers(tmp_path) -> None:
    """With the key cap at one story, a key shared by two finds no candidates: the crane's inquiry no longer
    links to its collapse, in link_stories and in a build at a time alike."""
    capped = LinkSettings(candidate_key_max_stories=1)
    assert link_stories(STORIES, DOCS, capped) != link_stories(STORIES, DOCS)
    store = open_store(tmp_path / "s.db")
    known = _Stories(STORIES)
    for story in STORIES:
        _add(store, [story], known, capped)
    assert _lines(store) == {line.id: line.story_ids for line in link_stories(STORIES, DOCS, capped)}


def test_candidates_read_at_most_cap_plus_one_stories_a_key(tmp_path) -> None:
    """A story's actor filed under 300 stories (cap 100) is read 101 stories deep and finds none;
    the two rare actors it shares with one story find that story."""
    store = open_store(tmp_path / "s.db")
    with store.transaction():
        for i in range(300):
            store.set_index_postings(relink.KEYS, f"s{i:03d}", ["e:big"] + ["e:a", "e:b"] * (i == 7))
    rows = []
    read = store._all
    store._all = lambda sql, params=(): rows.append(len(out := read(sql, params))) or out
    view = LinkView({}, {"e:big", "e:a", "e:b"}, {}, None)
    assert relink._candidates(store, "new", view, LinkSettings()) == ["s007"]
    assert sum(rows) == 101 + 2


def test_re_resolved_articles_whose_entity_ids_stay_move_no_story(tmp_path) -> None:
    """An entity renamed keeps its id: its articles are rewritten by resolution, but their link keys stay, so
    record_entities reports only the article whose entities really changed (only its story is relinked)."""
    store = open_store(tmp_path / "s.db")
    kept, moved = (next(iter(DOCS.values())), list(DOCS.values())[1])
    with store.transaction():
        relink.record_articles(store, {kept.article_id: kept, moved.article_id: moved})
        changed = relink.record_entities(
            store, {kept.article_id: kept.entities, moved.article_id: (*moved.entities, "ent-new-one")}
        )
    assert changed == {moved.article_id}
    assert "ent-new-one" in store.index_values(relink.ENTS, [moved.article_id])[moved.article_id]


def test_an_actor_passing_the_cap_unlinks_the_stories_it_linked(tmp_path) -> None:
    """Two stories linked by two shared people; a third names one of them, which the cap of two stories now
    counts as no actor: the stored link goes, as linking all three at once never makes it."""
    when = datetime(2024, 5, 1, tzinfo=UTC)
    items = [
        make_story(sid, when, title, body, ents)
        for sid, title, body, ents in (
            ("s-a", "Port pact signed", "Mara Quill and Tobin Vale signed a harbour pact: " + _A, _PAIR),
            ("s-b", "Grain tariffs row", "Tobin Vale and Mara Quill argued over grain tariffs: " + _B, _PAIR),
            ("s-c", "Village school opens", "Mara Quill opened a school: " + _C, _PAIR[:1]),
        )
    ]
    stories, docs = [s for s, _ in items], {d.article_id: d for _, d in items}
    capped = LinkSettings(candidate_key_max_stories=2)
    store, known = open_store(tmp_path / "s.db"), _Stories(stories)
    for s, d in items:
        with store.transaction():
            relink.record_articles(store, {d.article_id: d})
            relink.relink(store, [s], known, capped)  # type: ignore[arg-type]
        if s.id == "s-b":
            assert sorted(_lines(store).values()) == [("s-a", "s-b")]
    assert sorted(_lines(store).values()) == [("s-a",), ("s-b",), ("s-c",)]
    assert sorted(line.story_ids for line in link_stories(stories, docs, capped)) == [
        ("s-a",),
        ("s-b",),
        ("s-c",),
    ]


_PAIR = ["Mara Quill", "Tobin Vale"]
_A = "dredging of the estuary channel begins in spring and ferry berths will be widened for container ships."
_B = (
    "millers warned that bakeries would raise bread prices while farmers welcomed cheaper fertiliser imports."
)
_C = "pupils from three hamlets will share classrooms, a library and a playground beside the orchards."


def test_a_stream_linked_in_steps_equals_one_link_of_everything(tmp_path) -> None:
    """A generated stream linked ten articles a build, where mention weights read from the store's entity
    frequencies left links one build of everything does not make, and keys pass a cap of 20 stories: the stored
    storylines are exactly link_stories' over all stories."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from eval.link_steps import stepped
    from eval.streams import generate

    docs = [ClusterDoc(a.id, a.title, a.body, a.entities, a.published) for a in generate(600, 5)]
    settings = LinkSettings(candidate_key_max_stories=20)
    lines, clusterer = stepped(docs, 10, tmp_path / "s.db", settings)
    at_once = link_stories(clusterer.stories(), {d.article_id: d for d in docs}, settings)
    assert {line.story_ids for line in lines} == {line.story_ids for line in at_once}
