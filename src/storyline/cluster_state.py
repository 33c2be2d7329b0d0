"""The story clusterer's state kept in the store as rows, so a build reads and writes only what its articles touch.

A whole-state blob costs every build a read and a rewrite of every story's centroids, every document frequency and
every posting: at 16k articles that grew to seconds per step. Instead the store keeps (index_values, "cluster.*"):
- ``cluster.story``: story position -> founder, centroids (body, title, entities, figures), dated span, members
  with their titles and times;
- ``cluster.span``: story position -> its dated span (first, last), all the story window reads of the many
  stories an article retrieves before the few it scores;
- ``cluster.id``: story id -> position, and ``cluster.where``: article -> position of its story;
- ``cluster.df_words`` / ``cluster.df_ents`` / ``cluster.df_figures``: term -> document frequency;
- ``cluster.post_words`` / ``cluster.post_ents``: query term -> candidate story positions, oldest first;
- ``cluster.meta``: the format, the number of documents seen and of stories opened.
``StoredClusterer`` reads a row the first time the clustering of a new article (or a later stage asking for a
story) needs it, exactly the values a whole-state load would hold, so placements are the same
(tests/test_cluster_state.py); saving writes the rows ``StoryClusterer.changes`` names.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from storyline.cluster.stories import _FORMAT, Changes, StoryClusterer, _Centroid, _Story
from storyline.errors import StorylineError
from storyline.ids import group_id
from storyline.settings import ClusterSettings
from storyline.store import Store

STORY, SPAN, ID, WHERE, META = "cluster.story", "cluster.span", "cluster.id", "cluster.where", "cluster.meta"
DF_WORDS, DF_ENTS, DF_FIGURES = "cluster.df_words", "cluster.df_ents", "cluster.df_figures"
POST_WORDS, POST_ENTS = "cluster.post_words", "cluster.post_ents"
_BLOB = "clusterer"  # the whole state of stores written before the rows


class StoredClusterer(StoryClusterer):
    """A StoryClusterer over the stored state, reading the rows its work needs when it first needs them."""

    def __init__(self, store: Store, settings: ClusterSettings) -> None:
        super().__init__(settings)
        self.store = store
        meta = store.index_values(META, ["state"]).get("state")
        self._stored = meta is not None  # an empty store has nothing to read (a rebuild's one step)
        self._span_rows: dict[
            int, list
        ] = {}  # spans read of stories not in memory (read whole before any change)
        if meta is not None:
            if meta["format"] != _FORMAT:
                raise StorylineError(
                    "story clusterer state was written by another storyline version; run `storyline build --rebuild`"
                )
            self._n, self._count = meta["n"], meta["stories"]

    def _need_frequencies(self, words: Collection[str], ents: Collection[str], figs: Collection[str]) -> None:
        if not self._stored:
            return
        for space, df, terms in (
            (DF_WORDS, self._df_words, words),
            (DF_ENTS, self._df_ents, ents),
            (DF_FIGURES, self._df_figures, figs),
        ):
            missing = [t for t in terms if t not in df]
            if missing:
                found = self.store.index_values(space, missing)
                df.update(
                    (t, found.get(t, 0)) for t in missing
                )  # every one is counted next, so 0 is not kept

    def _need_postings(self, words: Collection[str], ents: Collection[str]) -> None:
        if not self._stored:
            return
        for space, post, terms in ((POST_WORDS, self._post_words, words), (POST_ENTS, self._post_ents, ents)):
            missing = [t for t in terms if t not in post]
            if missing:
                found = self.store.index_values(space, missing)
                post.update((t, dict.fromkeys(found.get(t, ()))) for t in missing)

    def _need_stories(self, positions: Iterable[int]) -> None:
        missing = [p for p in positions if p not in self._stories]
        if not missing or not self._stored:
            return
        for key, row in self.store.index_values(STORY, [str(p) for p in missing]).items():
            self._restore(int(key), row)

    def _spans(self, positions: Iterable[int]) -> dict[int, tuple[float | None, float | None]]:
        positions = list(positions)
        missing = [p for p in positions if p not in self._stories and p not in self._span_rows]
        if missing and self._stored:
            self._span_rows.update(
                (int(k), v) for k, v in self.store.index_values(SPAN, map(str, missing)).items()
            )
        out = {}
        for p in positions:
            st = self._stories.get(p)
            out[p] = (st.first, st.last) if st is not None else tuple(self._span_rows[p])
        return out

    def _need_story_ids(self, story_ids: Collection[str]) -> None:
        if not self._stored:
            return
        found = self.store.index_values(ID, [s for s in story_ids if s not in self._index])
        self._need_stories(found.values())

    def _need_articles(self, article_ids: Collection[str]) -> None:
        if not self._stored:
            return
        found = self.store.index_values(WHERE, [a for a in article_ids if a not in self._where])
        self._need_stories(found.values())

    def _restore(self, idx: int, row: list) -> None:
        founder, body, title, ents, figs, first, last, members, titles, times = row
        st = _Story(founder, _Centroid.of(body), _Centroid.of(title), _Centroid.of(ents), _Centroid.of(figs))
        st.first, st.last, st.members = first, last, members
        self._stories[idx] = st
        self._index[group_id("s", founder)] = idx
        for aid, t in zip(members, titles, strict=True):
            self._where[aid] = idx
            self._titles[aid] = t
        self._times.update(times)


def load(store: Store, settings: ClusterSettings) -> StoredClusterer:
    """The stored clusterer (rows read as needed); a store still holding a whole-state blob is converted first."""
    blob = store.get_state(_BLOB)
    if blob:
        whole = StoryClusterer.from_bytes(blob, settings)
        save(store, whole, _everything(whole))
        store.drop_state(_BLOB)
    return StoredClusterer(store, settings)


def save(store: Store, c: StoryClusterer, changes: Changes | None = None) -> None:
    """Write the rows changed since loading (``c.changes()``, or ``changes``) and the counts."""
    ch = c.changes() if changes is None else changes
    rows, spans, ids = {}, {}, {}
    for idx in ch.stories:
        st = c._stories[idx]
        times = {aid: c._times[aid] for aid in st.members if aid in c._times}
        rows[str(idx)] = [st.founder, st.body.vec, st.title.vec, st.ents.vec, st.figures.vec, st.first, st.last,
                          st.members, [c._titles[aid] for aid in st.members], times]  # fmt: skip
        spans[str(idx)] = [st.first, st.last]
        ids[group_id("s", st.founder)] = idx
    put = store.put_index_values
    put(STORY, rows)
    put(SPAN, spans)
    put(ID, ids)
    put(WHERE, {aid: c._where[aid] for aid in ch.articles})
    put(DF_WORDS, {t: c._df_words[t] for t in ch.words})
    put(DF_ENTS, {t: c._df_ents[t] for t in ch.ents})
    put(DF_FIGURES, {t: c._df_figures[t] for t in ch.figures})
    put(POST_WORDS, {t: list(c._post_words[t]) for t in ch.post_words})
    put(POST_ENTS, {t: list(c._post_ents[t]) for t in ch.post_ents})
    put(META, {"state": {"format": _FORMAT, "n": c._n, "stories": c._count}})


def _everything(c: StoryClusterer) -> Changes:
    """Every row of a whole clusterer, as changes to write."""
    return Changes(
        stories=set(range(c._count)),
        articles=set(c._where),
        words=set(c._df_words),
        ents=set(c._df_ents),
        figures=set(c._df_figures),
        post_words=set(c._post_words),
        post_ents=set(c._post_ents),
    )
