"""Incremental storyline linking: a build compares only the stories it changed, against candidates from a stored
index, and rewrites only the storylines they belong to.

Kept in the store's index tables (written in the build's placement transaction):
  * ``link.words`` / ``link.ents``  each placed article's word counts and entity keys (bodies are tokenised once);
  * ``link.df`` / ``link.n``        document frequencies of words over placed articles, and the article and story
                                    counts;
  * ``link.story``                  each story's topic vector and entity mention counts, from when it last changed;
  * ``link.sdf``                    in how many stories each entity key is mentioned;
  * ``link.keys``                   postings: entity key or "#" top topic term -> stories filed under it.
Semantics: a changed story's features are recomputed with the statistics current at this build; it is compared
with every ``comparable`` story (two actors or two top topic terms shared: the rule of ``link_stories``, whose
actors are judged by current story frequencies), found by counting its keys' postings, so the stories it reads
are those sharing enough with it, not every story under one frequent term; links, once made, stay (storylines
merge, never split). A from-scratch build, where every story changed, gives exactly ``link_stories``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from scipy.cluster.hierarchy import DisjointSet

from storyline.cluster.stories import ClusterDoc, StoryClusterer
from storyline.cluster.storylines import (
    LinkView,
    candidate_key_cap,
    comparable,
    enough_shared,
    index_terms,
    link_evidence,
    link_similarity,
    make_storyline,
    story_actors,
    story_time,
    story_topic,
)
from storyline.cluster.text import entity_keys
from storyline.isolate import isolated
from storyline.model import Story, Storyline
from storyline.settings import LinkSettings
from storyline.store import Store

WORDS, ENTS, DF, COUNTS = "link.words", "link.ents", "link.df", "link.n"
FEATURES, SDF, KEYS = "link.story", "link.sdf", "link.keys"


def record_articles(store: Store, docs: Mapping[str, ClusterDoc]) -> None:
    """Store newly placed articles' link evidence and count their words (an unreadable article gives none)."""
    words: dict[str, dict[str, int]] = {}
    ents: dict[str, list[str]] = {}
    df: Counter[str] = Counter()
    for aid, doc in docs.items():
        evidence = isolated("link", aid, lambda d=doc: link_evidence(d), None)
        if evidence is not None:
            words[aid], ents[aid] = dict(evidence[0]), evidence[1]
            df.update(evidence[0].keys())
    store.put_index_values(WORDS, words)
    store.put_index_values(ENTS, ents)
    store.add_index_counts(DF, df)
    store.add_index_counts(COUNTS, {"docs": len(words)})


def record_entities(store: Store, entities: Mapping[str, Sequence[str]]) -> set[str]:
    """Store the entity keys of placed articles whose resolution changed (their words are unchanged), from
    their ``entities`` (ClusterDoc.entities); returns those whose stored keys this moved."""
    keys = {aid: entity_keys(ents) for aid, ents in entities.items()}
    stored = store.index_values(ENTS, list(keys))
    moved = {aid: k for aid, k in keys.items() if stored.get(aid) != k}
    store.put_index_values(ENTS, moved)
    return set(moved)


def relink(
    store: Store, changed: list[Story], clusterer: StoryClusterer, settings: LinkSettings
) -> list[Storyline]:
    """Update the features of the ``changed`` stories (from ``clusterer``, which knows every story), link them
    to candidate stories, and write them and the storylines they now belong to (returned). The only writer of
    changed stories: their stored storylines are read first, so a story keeps its links (and every other story
    of its storyline) when it also links elsewhere."""
    if not changed:
        return []
    line_of = store.storyline_ids_of([s.id for s in changed])
    old = store.index_values(FEATURES, [s.id for s in changed])
    counts = store.index_counts(COUNTS, ["docs", "stories"])
    n_docs = counts.get("docs", 0)
    n_stories = counts.get("stories", 0) + sum(1 for s in changed if s.id not in old)
    store.add_index_counts(COUNTS, {"stories": n_stories - counts.get("stories", 0)})

    members = [aid for s in changed for aid in s.article_ids]
    member_words = store.index_values(WORDS, members)
    member_ents = store.index_values(ENTS, members)
    df = store.index_counts(DF, {t for counts in member_words.values() for t in counts})
    features: dict[str, dict] = {}
    sdf_delta: Counter[str] = Counter()
    for s in changed:
        topic = story_topic(
            [member_words[a] for a in s.article_ids if a in member_words], df, n_docs, settings
        )
        mentions: Counter[str] = Counter()
        for aid in s.article_ids:
            mentions.update(member_ents.get(aid, ()))
        before = set(old.get(s.id, {}).get("mentions", {}))
        sdf_delta.update({k: 1 for k in mentions.keys() - before})
        sdf_delta.update({k: -1 for k in before - mentions.keys()})
        features[s.id] = {"topic": topic, "mentions": dict(mentions)}
        keys = [k for k, c in mentions.items() if c >= settings.min_mentions] + index_terms(topic, settings)
        store.set_index_postings(KEYS, s.id, keys)
    store.put_index_values(FEATURES, features)
    store.add_index_counts(SDF, sdf_delta)

    views = _Views(store, features, clusterer, n_stories, settings)
    linked: list[tuple[str, str]] = []
    for s in changed:
        view = views.of([s.id])[s.id]
        candidates = _candidates(store, s.id, view, settings)
        others = views.of(candidates)
        linked += [
            (s.id, j)
            for j in candidates
            if comparable(view, others[j], settings)
            and link_similarity(view, others[j], settings) >= settings.threshold
        ]
    return _write_storylines(store, changed, line_of, linked, clusterer)


def _candidates(store: Store, story_id: str, view: LinkView, settings: LinkSettings) -> list[str]:
    """The stories filed under enough of the story's actors or top terms to be ``comparable`` (counted on the
    postings, which hold every well-mentioned entity: a superset, checked on the views after); a key filed under
    more than ``candidate_key_cap`` stories counts for none, as in ``link_stories``, and is read only that far."""
    actors, terms = sorted(view.actors), index_terms(view.topic, settings)
    cap = candidate_key_cap(settings)
    found = {
        k: members
        for k, members in store.index_postings_upto(KEYS, actors + terms, cap + 1).items()
        if len(members) <= cap
    }
    by_actor = Counter(j for k in actors for j in found.get(k, ()))
    by_term = Counter(j for k in terms for j in found.get(k, ()))
    return sorted(
        j
        for j in by_actor.keys() | by_term.keys()
        if j != story_id and enough_shared(by_actor[j], by_term[j], settings)
    )


class _Views:
    """Link views of stories (their actors judged by current story frequencies), read from the store once each."""

    def __init__(
        self,
        store: Store,
        features: dict[str, dict],
        clusterer: StoryClusterer,
        n_stories: int,
        settings: LinkSettings,
    ) -> None:
        self.store, self.features, self.clusterer = store, features, clusterer
        self.n, self.settings = n_stories, settings
        self.sdf: dict[str, int] = {}
        self.views: dict[str, LinkView] = {}

    def of(self, ids: Iterable[str]) -> dict[str, LinkView]:
        missing = [i for i in ids if i not in self.views]
        self.features.update(
            self.store.index_values(FEATURES, [i for i in missing if i not in self.features])
        )
        keys = {k for i in missing for k in self.features.get(i, {}).get("mentions", {})}
        self.sdf.update(self.store.index_counts(SDF, keys - self.sdf.keys()))
        for i in missing:
            f = self.features.get(i, {"topic": {}, "mentions": {}})
            actors, ent_vec = story_actors(f["mentions"], self.sdf, self.n, self.settings)
            self.views[i] = LinkView(f["topic"], actors, ent_vec, story_time(self.clusterer.story(i)))
        return {i: self.views[i] for i in ids}


def _write_storylines(
    store: Store,
    stories: list[Story],
    stored_lines: Mapping[str, str | None],
    linked: list[tuple[str, str]],
    clusterer: StoryClusterer,
) -> list[Storyline]:
    """Merge the storylines of linked stories; write the changed ``stories`` (``stored_lines``: the storylines
    they were in) and rewrite every storyline holding one."""
    changed = [s.id for s in stories]
    line_of = {**store.storyline_ids_of({j for _, j in linked} - set(changed)), **stored_lines}
    involved = set(changed) | {j for _, j in linked}
    old_lines = store.storylines_by_id({lid for lid in line_of.values() if lid})
    groups = DisjointSet(sorted(involved | {sid for line in old_lines.values() for sid in line.story_ids}))
    for line in old_lines.values():
        for sid in line.story_ids[1:]:
            groups.merge(line.story_ids[0], sid)
    for a, b in linked:
        groups.merge(a, b)
    new_lines = []
    for members in {frozenset(groups.subset(sid)) for sid in changed}:
        # in creation order, as link_stories has them: make_storyline breaks time ties by position
        ordered = sorted(members, key=clusterer.position)
        new_lines.append(make_storyline([clusterer.story(sid) for sid in ordered]))
    removed = set(old_lines) - {line.id for line in new_lines}
    new_line_of = {sid: line.id for line in new_lines for sid in line.story_ids}
    store.put_stories([replace(s, storyline_id=new_line_of[s.id]) for s in stories])
    store.put_storylines(new_lines, removed)
    return new_lines
