"""Online story clustering in the style of Miranda et al. 2018 (EMNLP, "Multilingual Clustering of Streaming News").

Each story keeps sparse TF-IDF centroids (body, title, entities, printed figures) and a time span. A new article
is compared only with candidate stories retrieved through an inverted index over top terms and entities, scored
by a learned logistic regression over similarity features, and joins the best candidate above the tuned threshold
or opens a new story.
Document frequencies are updated online.
"""

from __future__ import annotations

import heapq
import json
import math
import zlib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from pathlib import Path

from storyline.cluster.text import Stems, Vec, entity_keys, figures, prune, weigh
from storyline.errors import SettingsError, StorylineError
from storyline.ids import group_id
from storyline.model import Story
from storyline.settings import DEFAULTS, ClusterSettings

FEATURES = ("body", "title", "entities", "title_body", "time", "time_missing", "figures")
# ClusterSettings fields that shape the feature values: the weights only mean something under the values they
# were fitted with, so model.json records them and loading checks them. Retrieval fields (query_terms,
# max_candidates, posting_cap, story_window_days, window_pool) only choose which stories get scored.
FITTED_PARAMS = ("max_gap_days", "lead_chars", "idf_min_docs", "body_terms", "centroid_terms")
_FORMAT = 3


@dataclass(frozen=True)
class ClusterDoc:
    article_id: str
    title: str
    body: str
    entities: tuple[str, ...]
    published: datetime | None


@dataclass(frozen=True)
class ClusterModel:
    """Learned weights (one per feature in ``FEATURES``), bias and join threshold, as stored in model.json, with
    the ``FITTED_PARAMS`` settings the features were computed with."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    params: Mapping[str, float] = field(default_factory=dict)

    def check(self, settings: ClusterSettings, name: str = "model") -> None:
        """Raise SettingsError when a setting in force differs from the value the model was fitted with."""
        for param in FITTED_PARAMS:
            fitted, current = self.params.get(param), getattr(settings, param)
            if fitted is None or float(fitted) != float(current):
                raise SettingsError(
                    f"cluster.{param} is {current} but the cluster model {name} was fitted with {fitted}; "
                    f"use {fitted} or refit the model (eval/cluster.py --tune)"
                )

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@lru_cache(maxsize=8)
def load_model(name: str) -> ClusterModel:
    """Read a model file; a bare file name resolves inside the storyline.cluster package."""
    path = Path(name)
    text = (
        resources.files("storyline.cluster").joinpath(name).read_text()
        if not path.is_absolute() and len(path.parts) == 1
        else path.read_text()
    )
    data = json.loads(text)
    if tuple(data["features"]) != FEATURES:
        raise StorylineError(f"cluster model {name} has features {data['features']}, expected {FEATURES}")
    return ClusterModel(
        tuple(float(w) for w in data["weights"]),
        float(data["bias"]),
        float(data["threshold"]),
        {k: float(v) for k, v in data.get("params", {}).items()},
    )


@dataclass
class Changes:
    """The parts of a clusterer's state changed since it was loaded: stories by position, the articles placed,
    terms whose document frequency moved and query terms whose postings moved."""

    stories: set[int] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    ents: set[str] = field(default_factory=set)
    figures: set[str] = field(default_factory=set)
    post_words: set[str] = field(default_factory=set)
    post_ents: set[str] = field(default_factory=set)


@dataclass
class Prepared:
    """One article's vectors, computed once with the IDF statistics current at its arrival."""

    article_id: str
    title: str
    body: Vec
    title_vec: Vec
    ents: Vec
    figures: Vec
    ts: float | None
    query_words: list[tuple[str, float]]
    query_ents: list[tuple[str, float]]


@dataclass
class _Centroid:
    """A story's summed article vectors with their squared norm, pruned to the heaviest terms when it grows."""

    vec: Vec = field(default_factory=dict)
    sq: float = 0.0

    def add(self, vec: Vec, keep: int = 0) -> None:
        acc, sq = self.vec, self.sq
        for t, v in vec.items():
            old = acc.get(t, 0.0)
            new = old + v
            acc[t] = new
            sq += new * new - old * old
        self.sq = sq
        if keep and len(acc) > 2 * keep:
            self.vec = prune(acc, keep)
            self.sq = sum(v * v for v in self.vec.values())

    def cos(self, vec: Vec) -> float:
        """Cosine of a unit-length article vector with this centroid."""
        if not vec or self.sq <= 0.0:
            return 0.0
        get = self.vec.get
        return sum(v * get(t, 0.0) for t, v in vec.items()) / math.sqrt(self.sq)

    @classmethod
    def of(cls, vec: Vec) -> _Centroid:
        return cls(vec, sum(v * v for v in vec.values()))


@dataclass
class _Story:
    founder: str
    body: _Centroid = field(default_factory=_Centroid)
    title: _Centroid = field(default_factory=_Centroid)
    ents: _Centroid = field(default_factory=_Centroid)
    figures: _Centroid = field(default_factory=_Centroid)
    first: float | None = None
    last: float | None = None
    members: list[str] = field(default_factory=list)


def _gap_days(ts: float | None, story: _Story) -> float | None:
    """Days between a timestamp and a story's dated span (0 inside it); None when either side has no date."""
    if ts is None or story.first is None or story.last is None:
        return None
    return max(0.0, story.first - ts, ts - story.last) / 86400.0


def _best(items: Collection[tuple[int, float]], n: int) -> Collection[tuple[int, float]]:
    """The n highest-scoring (story, score) pairs; all of them, in their order, when there are no more."""
    return items if len(items) <= n else heapq.nlargest(n, items, key=itemgetter(1))


def _timestamp(dt: datetime | None) -> float | None:
    if dt is None:
        return None
    return (dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt).timestamp()


class StoryClusterer:
    """Online clustering in the style of Miranda et al. 2018 (EMNLP, 'Multilingual Clustering of Streaming News')."""

    def __init__(
        self, settings: ClusterSettings = DEFAULTS.cluster, model: ClusterModel | None = None
    ) -> None:
        """``model``: weights to use instead of the file ``settings.model`` (eval/cluster.py while fitting); the
        file's fitted parameters must match ``settings`` (SettingsError otherwise)."""
        self.settings = settings
        if model is None:
            model = load_model(settings.model)
            model.check(settings, settings.model)
        self.model = model
        self.threshold = settings.threshold if settings.threshold is not None else self.model.threshold
        self._stems = Stems()
        self._n = 0
        self._df_words: dict[str, int] = {}
        self._df_ents: dict[str, int] = {}
        self._df_figures: dict[str, int] = {}
        self._stories: dict[int, _Story] = {}  # position in creation order -> story (those in memory)
        self._count = 0  # stories opened so far
        self._index: dict[str, int] = {}  # story id -> position
        self._where: dict[str, int] = {}
        self._titles: dict[str, str] = {}
        self._times: dict[str, float] = {}
        self._post_words: dict[str, dict[int, None]] = {}
        self._post_ents: dict[str, dict[int, None]] = {}
        self._changed = Changes()

    # -- the three steps of placing an article (public so eval/cluster.py --tune can replay gold assignments) --

    def prepare(self, doc: ClusterDoc) -> Prepared:
        """Update document frequencies with ``doc`` and build its vectors and retrieval query."""
        s = self.settings
        body_counts = Counter(self._stems(doc.body))
        body_counts.update(self._stems(doc.body[: s.lead_chars]))  # the lead says who did what, where: twice
        title_counts = Counter(self._stems(doc.title))
        ent_counts = Counter(entity_keys(doc.entities))
        figure_counts = Counter(figures(doc.title + "\n" + doc.body))
        words = body_counts.keys() | title_counts.keys()
        self._need_frequencies(words, ent_counts.keys(), figure_counts.keys())
        changed = self._changed
        changed.words.update(words)
        changed.ents.update(ent_counts)
        changed.figures.update(figure_counts)
        self._n += 1
        df_w, df_e, df_f = self._df_words, self._df_ents, self._df_figures
        for t in words:
            df_w[t] = df_w.get(t, 0) + 1
        for t in ent_counts:
            df_e[t] = df_e.get(t, 0) + 1
        for t in figure_counts:
            df_f[t] = df_f.get(t, 0) + 1
        n = max(self._n, s.idf_min_docs)  # a few dozen documents give IDF that is mostly noise
        body = weigh(body_counts, df_w, n, s.body_terms)
        ents = weigh(ent_counts, df_e, n, s.body_terms)
        q = s.query_terms
        return Prepared(
            article_id=doc.article_id,
            title=doc.title.strip() or " ".join(doc.body.split()[:14]),
            body=body,
            title_vec=weigh(title_counts, df_w, n),
            ents=ents,
            figures=weigh(figure_counts, df_f, n, s.body_terms),
            ts=_timestamp(doc.published),
            query_words=heapq.nlargest(q, body.items(), key=itemgetter(1)),
            query_ents=heapq.nlargest(q, ents.items(), key=itemgetter(1)),
        )

    def features(self, prep: Prepared, story: int) -> list[float]:
        """Similarity features (in ``FEATURES`` order) between an article and one story."""
        st = self._stories[story]
        gap = _gap_days(prep.ts, st)
        time, missing = (0.0, 1.0) if gap is None else (math.exp(-gap / self.settings.max_gap_days), 0.0)
        return [
            st.body.cos(prep.body),
            st.title.cos(prep.title_vec),
            st.ents.cos(prep.ents),
            st.body.cos(prep.title_vec),
            time,
            missing,
            st.figures.cos(prep.figures),
        ]

    def candidates(self, prep: Prepared) -> list[int]:
        """Stories sharing the article's heaviest terms or entities, best overlap first (never all stories)."""
        self._need_postings([t for t, _ in prep.query_words], [t for t, _ in prep.query_ents])
        scores: dict[int, float] = {}
        get = scores.get
        for post, query in ((self._post_words, prep.query_words), (self._post_ents, prep.query_ents)):
            for t, w in query:
                for sid in post.get(t, ()):
                    scores[sid] = get(sid, 0.0) + w
        k = self.settings.max_candidates
        ranked: Collection[tuple[int, float]] = scores.items()
        if prep.ts is not None:
            # one event: a dated story far from the article's date is another one. The window is checked on the
            # best window_pool * k by overlap only (checking every retrieved story costs more than retrieval)
            window = self.settings.story_window_days * 86400.0
            lo, hi = prep.ts - window, prep.ts + window
            pool = _best(ranked, self.settings.window_pool * k)
            spans = self._spans([sid for sid, _ in pool])
            ranked = [
                (sid, sc)
                for sid, sc in pool
                if (span := spans[sid])[0] is None or (span[0] <= hi and span[1] >= lo)  # type: ignore[operator]
            ]
        best = [sid for sid, _ in _best(ranked, k)]
        self._need_stories(best)
        return best

    def commit(self, prep: Prepared, story: int | None) -> int:
        """Put the article into ``story`` (or a new one), update its centroids and the index; return the story."""
        if story is None:
            story = self._count
            self._count += 1
            self._stories[story] = _Story(founder=prep.article_id)
            self._index[group_id("s", prep.article_id)] = story
        st = self._stories[story]
        keep = self.settings.centroid_terms
        st.body.add(prep.body, keep)
        st.title.add(prep.title_vec)
        st.ents.add(prep.ents, keep)
        st.figures.add(prep.figures, keep)
        self._place(prep.article_id, prep.title, prep.ts, story)
        cap = self.settings.posting_cap
        for post, query in ((self._post_words, prep.query_words), (self._post_ents, prep.query_ents)):
            for t, _ in query:
                p = post.get(t)
                if p is None:
                    post[t] = p = {}
                p.pop(story, None)
                p[story] = None
                if len(p) > cap:
                    del p[next(iter(p))]
        self._changed.post_words.update(t for t, _ in prep.query_words)
        self._changed.post_ents.update(t for t, _ in prep.query_ents)
        return story

    def _place(self, article_id: str, title: str, ts: float | None, story: int) -> None:
        st = self._stories[story]
        st.members.append(article_id)
        self._changed.stories.add(story)
        self._changed.articles.add(article_id)
        self._where[article_id] = story
        self._titles[article_id] = title
        if ts is not None:
            self._times[article_id] = ts
            st.first = ts if st.first is None else min(st.first, ts)
            st.last = ts if st.last is None else max(st.last, ts)

    # -- public interface --

    def add(self, doc: ClusterDoc, duplicate_of: str | None = None) -> str:
        """Place one article; returns the story id it joined or opened. A known ``duplicate_of`` (from dedup)
        joins its canonical copy's story without touching centroids, so a duplicate group counts once."""
        self._need_articles([doc.article_id] + ([duplicate_of] if duplicate_of else []))
        if doc.article_id in self._where:
            return self._story_id(self._where[doc.article_id])
        if duplicate_of is not None and duplicate_of in self._where:
            story = self._where[duplicate_of]
            self._place(
                doc.article_id,
                doc.title.strip() or self._titles[duplicate_of],
                _timestamp(doc.published),
                story,
            )
            return self._story_id(story)
        prep = self.prepare(doc)
        best, best_p = None, self.threshold
        for sid in self.candidates(prep):
            p = self.model.probability(self.features(prep, sid))
            if p >= best_p:
                best, best_p = sid, p
        return self._story_id(self.commit(prep, best))

    def story_of(self, article_id: str) -> str | None:
        """The story id an article was placed in, if any."""
        self._need_articles([article_id])
        idx = self._where.get(article_id)
        return None if idx is None else self._story_id(idx)

    def _story_id(self, idx: int) -> str:
        return group_id("s", self._stories[idx].founder)

    def _title(self, st: _Story) -> str:
        """The most central headline: the member title closest to the story's title centroid."""
        best, best_score = self._titles[st.members[0]], -1.0
        for aid in st.members:
            title = self._titles[aid]
            toks = sorted(
                set(self._stems(title))
            )  # a fixed summing order: equal titles tie the same way every run
            score = sum(st.title.vec.get(t, 0.0) for t in toks) / math.sqrt(len(toks) + 1)
            if score > best_score:
                best, best_score = title, score
        return best

    def stories(self) -> list[Story]:
        """All stories in order of creation."""
        self._need_stories(range(self._count))
        return [self._story(idx) for idx in range(self._count)]

    def story(self, story_id: str) -> Story:
        """One story by id (KeyError when unknown): an incremental build reads only the stories it touches."""
        return self._story(self.position(story_id))

    def position(self, story_id: str) -> int:
        """A story's place in creation order."""
        if story_id not in self._index:
            self._need_story_ids([story_id])
        return self._index[story_id]

    def _spans(self, positions: Iterable[int]) -> dict[int, tuple[float | None, float | None]]:
        """The dated spans (first, last) of these stories: all the story window needs of them."""
        stories = self._stories
        return {p: (stories[p].first, stories[p].last) for p in positions}

    def changes(self) -> Changes:
        """What changed since the last call (or since loading): the part of the state a save must write."""
        changed, self._changed = self._changed, Changes()
        return changed

    # -- loading on demand: a clusterer holding the whole state has nothing to load (cluster_state.py reads
    # the stored state a step touches through these) --

    def _need_frequencies(self, words: Collection[str], ents: Collection[str], figs: Collection[str]) -> None:
        """Make the document frequencies of these terms present before an article updates them."""

    def _need_postings(self, words: Collection[str], ents: Collection[str]) -> None:
        """Make the candidate postings of these query terms present."""

    def _need_stories(self, positions: Iterable[int]) -> None:
        """Make these stories (by position) present."""

    def _need_story_ids(self, story_ids: Collection[str]) -> None:
        """Make these stories (by id) present."""

    def _need_articles(self, article_ids: Collection[str]) -> None:
        """Make the stories these articles were placed in present."""

    def _story(self, idx: int) -> Story:
        st = self._stories[idx]
        return Story(
            id=self._story_id(idx),
            title=self._title(st),
            article_ids=tuple(st.members),
            first_seen=datetime.fromtimestamp(st.first, UTC) if st.first is not None else None,
            last_seen=datetime.fromtimestamp(st.last, UTC) if st.last is not None else None,
        )

    # -- persistence (JSON, zlib-compressed; no pickle) --

    def to_bytes(self) -> bytes:
        state = {
            "format": _FORMAT,
            "n": self._n,
            "df_words": self._df_words,
            "df_ents": self._df_ents,
            "df_figures": self._df_figures,
            "stories": [
                [s.founder, s.body.vec, s.title.vec, s.ents.vec, s.figures.vec, s.first, s.last, s.members]
                for s in (self._stories[idx] for idx in range(self._count))
            ],
            "titles": self._titles,
            "times": self._times,
            "post_words": {t: list(p) for t, p in self._post_words.items()},
            "post_ents": {t: list(p) for t, p in self._post_ents.items()},
        }
        return zlib.compress(json.dumps(state, separators=(",", ":")).encode(), 6)

    @classmethod
    def from_bytes(cls, data: bytes, settings: ClusterSettings = ClusterSettings()) -> StoryClusterer:  # noqa: B008 - frozen
        state = json.loads(zlib.decompress(data))
        if state.get("format") != _FORMAT:
            raise StorylineError(
                "story clusterer state was written by another storyline version; run `storyline build --rebuild`"
            )
        c = cls(settings)
        c._n = state["n"]
        c._df_words, c._df_ents = state["df_words"], state["df_ents"]
        c._df_figures = state["df_figures"]
        for idx, (founder, body, title, ents, figs, first, last, members) in enumerate(state["stories"]):
            st = _Story(
                founder, _Centroid.of(body), _Centroid.of(title), _Centroid.of(ents), _Centroid.of(figs)
            )
            st.first, st.last, st.members = first, last, members
            c._stories[idx] = st
            c._count += 1
            c._index[group_id("s", founder)] = idx
            for aid in members:
                c._where[aid] = idx
        c._titles, c._times = state["titles"], state["times"]
        c._post_words = {t: dict.fromkeys(p) for t, p in state["post_words"].items()}
        c._post_ents = {t: dict.fromkeys(p) for t, p in state["post_ents"].items()}
        return c
