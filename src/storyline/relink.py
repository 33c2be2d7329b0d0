"""Incremental storyline linking: a build compares only the stories it changed, against candidates from a stored
index, and rewrites only the storylines they belong to (and belonged to).

Kept in the store's index tables (written in the build's placement transaction):
  * ``link.words`` / ``link.ents``  each placed article's word counts and entity keys (bodies are tokenised once);
  * ``link.n``                      the story count, and the versions of the link rule and of the word table topics
                                    are weighed by (a store linked or weighed otherwise, or that kept no links, is
                                    relinked whole by its next build, once);
  * ``link.story``                  each story's topic vector (a function of its articles: words are weighed by fixed
                                    document frequencies) and entity mention counts, from when it last changed;
  * ``link.sdf``                    in how many stories each entity key is mentioned (and, in ``link.sdf.by_count``,
                                    the entities by that count up to the key cap);
  * ``link.keys``                   postings: entity key or "#" top topic term -> stories filed under it;
  * ``link.edges``                  each story's links: the stories it was last found similar enough to.
Semantics: a changed story's features are recomputed; it is compared with every ``comparable`` story (two actors or
two top topic terms shared: the rule of ``link_stories``), found by counting its keys' postings, so the stories it
reads are those sharing enough with it, not every story under one frequent term. Its links are replaced by those
found now, and a storyline is a connected group of links: a story that grew apart from its storyline leaves it (the
storyline splits) as one build of everything would never have joined them. A link depends on its two stories and,
beyond them, only on whether each shared entity is an actor (its story count under ``actor_bar``), on its
``rarity`` (that count in powers of two) and on whether each shared top term is under the key cap; when a build
moves one of those, the unchanged stories filed under it are relinked too (at most the cap's stories a key). So a
build in any steps ends where one build of everything (``link_stories``) ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from scipy.cluster.hierarchy import DisjointSet

from storyline.cluster.stories import ClusterDoc, StoryClusterer
from storyline.cluster.storylines import (
    LinkView,
    actor_bar,
    comparable,
    enough_shared,
    index_terms,
    link_evidence,
    link_similarity,
    make_storyline,
    rarity,
    reference_frequencies,
    story_actors,
    story_time,
    story_topic,
)
from storyline.cluster.text import entity_keys
from storyline.isolate import isolated
from storyline.model import Story, Storyline
from storyline.settings import LinkSettings
from storyline.store import Store

WORDS, ENTS, COUNTS = "link.words", "link.ents", "link.n"
FEATURES, SDF, KEYS, EDGES = "link.story", "link.sdf", "link.keys", "link.edges"
# story count (up to the key cap) -> the entities mentioned in that many stories
BY_COUNT = "link.sdf.by_count"
# link rule version: a store linked by another is relinked whole once (1: rarity in powers of two, capped actors)
RULE = 1
# stories whose articles' words are read at once (all of them when a store is relinked whole)
READ_CHUNK = 2000


def record_articles(store: Store, docs: Mapping[str, ClusterDoc]) -> None:
    """Store newly placed articles' link evidence (an unreadable article gives none)."""
    words: dict[str, dict[str, int]] = {}
    ents: dict[str, list[str]] = {}
    for aid, doc in docs.items():
        evidence = isolated("link", aid, lambda d=doc: link_evidence(d), None)
        if evidence is not None:
            words[aid], ents[aid] = dict(evidence[0]), evidence[1]
    store.put_index_values(WORDS, words)
    store.put_index_values(ENTS, ents)


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
    to candidate stories in place of their old links, and write them and the storylines they and their old and
    new link ends now make (returned). The only writer of changed stories: their stored storylines are read before
    anything is written, so a story that also links elsewhere brings its whole storyline along."""
    if not changed:
        return []
    counts = store.index_counts(COUNTS, ["stories", "weights", "rule"])
    version = reference_frequencies().version
    stored_before = counts.get("stories", 0)
    whole = bool(stored_before) and (counts.get("weights") != version or counts.get("rule") != RULE)
    if whole:
        # stored under another word table or link rule (or before links were stored): every story is relinked
        # and every entity recounted, once
        changed = clusterer.stories()
        store.clear_index(SDF)
        old: dict[str, dict] = {}
        n_stories = len(changed)
    else:
        old = store.index_values(FEATURES, [s.id for s in changed])
        n_stories = stored_before + sum(1 for s in changed if s.id not in old)
    store.add_index_counts(
        COUNTS,
        {
            "stories": n_stories - stored_before,
            "weights": version - counts.get("weights", 0),
            "rule": RULE - counts.get("rule", 0),
        },
    )

    features: dict[str, dict] = {}
    sdf_delta: Counter[str] = Counter()
    filed_delta: Counter[str] = Counter()
    for start in range(0, len(changed), READ_CHUNK):
        part = changed[start : start + READ_CHUNK]
        _story_features(store, part, old, settings, features, sdf_delta, filed_delta)
    store.put_index_values(FEATURES, features)
    ids = [s.id for s in changed]
    bars = (actor_bar(stored_before, settings), actor_bar(n_stories, settings))
    counted = _count_entities(store, sdf_delta, settings.candidate_key_max_stories)
    again = [] if whole else _crossed_a_bar(store, set(ids), counted, filed_delta, bars, settings)

    views = _Views(store, features, clusterer, n_stories, settings)
    links: dict[str, set[str]] = {}
    for sid in ids + again:
        view = views.of([sid])[sid]
        candidates = _candidates(store, sid, view, settings)
        others = views.of(candidates)
        links[sid] = {
            j
            for j in candidates
            if comparable(view, others[j], settings)
            and link_similarity(view, others[j], settings) >= settings.threshold
        }
    kept = store.index_values(EDGES, again)
    for sid in again:  # found again as they were: their storylines are not rewritten
        if links[sid] == set(kept.get(sid, ())):
            del links[sid]
    return _write_storylines(store, changed, _replace_links(store, links), clusterer)


def _count_entities(store: Store, sdf_delta: Mapping[str, int], cap: int) -> dict[str, tuple[int, int]]:
    """Add the entities the changed stories gained or lost (``sdf_delta``) to their story counts, and file each
    under its count up to ``cap`` (the counts a moving ``actor_bar`` can pass over); returns entity -> (count
    before, count after) for those that moved."""
    delta = {k: d for k, d in sdf_delta.items() if d}
    before = store.index_counts(SDF, list(delta))
    store.add_index_counts(SDF, delta)
    counted = {k: (before.get(k, 0), before.get(k, 0) + d) for k, d in delta.items()}
    for k, (_, n) in counted.items():
        store.set_index_postings(BY_COUNT, k, [str(n)] if 0 < n <= cap else [])
    return counted


def _crossed_a_bar(
    store: Store,
    changed: set[str],
    counted: Mapping[str, tuple[int, int]],
    filed_delta: Mapping[str, int],
    bars: tuple[float, float],
    settings: LinkSettings,
) -> list[str]:
    """The unchanged stories whose links may have moved though their features did not: those filed under an
    entity that became or stopped being an actor (its story count, ``counted``, crossed the ``actor_bar``, or the
    bar, from ``bars[0]`` to ``bars[1]`` as stories were added, passed its count), an actor whose ``rarity`` weight
    moved (its count passed a power of two: amortised, two stories relinked a filing), or a top term whose story
    count crossed ``candidate_key_max_stories``. Their links are found again, as a build of everything finds them;
    bounded: no actor is in more stories than the cap, and a term is read only as deep as a crossing can be."""
    cap, (bar0, bar1) = settings.candidate_key_max_stories, bars
    crossed = {
        k
        for k, (n0, n1) in counted.items()
        if (n0 <= bar0) != (n1 <= bar1)
        or (n0 and (n0 <= bar0 or n1 <= bar1) and rarity(n0, settings) != rarity(n1, settings))
    }
    if int(bar0) != int(bar1):
        passed = [str(n) for n in range(int(min(bar0, bar1)) + 1, int(max(bar0, bar1)) + 1)]
        crossed |= {k for ks in store.index_postings(BY_COUNT, passed).values() for k in ks} - counted.keys()
    crossed |= _terms_past_cap(store, filed_delta, cap)
    return sorted({j for members in store.index_postings(KEYS, crossed).values() for j in members} - changed)


def _terms_past_cap(store: Store, filed_delta: Mapping[str, int], cap: int) -> set[str]:
    """The top-term keys this build moved across ``cap`` stories (either way), from the stories filed under them
    now and the change (``filed_delta``); read only as deep as a crossing can be."""
    moved = {k: d for k, d in filed_delta.items() if d and k.startswith("#")}
    depth = cap + 1 + max(map(abs, moved.values()), default=0)  # past it, the key was and is over the cap
    filed = {k: len(members) for k, members in store.index_postings_upto(KEYS, moved, depth).items()}
    return {k for k, d in moved.items() if (filed.get(k, 0) <= cap) != (filed.get(k, 0) - d <= cap)}


def _story_features(
    store: Store,
    stories: list[Story],
    old: Mapping[str, dict],
    settings: LinkSettings,
    features: dict[str, dict],
    sdf_delta: Counter[str],
    filed_delta: Counter[str],
) -> None:
    """Compute ``stories``' topics and entity mentions into ``features``, file them under their keys, and count
    the entity keys they gained or lost (against ``old``) into ``sdf_delta`` and the keys they were filed under or
    taken from into ``filed_delta``."""
    members = [aid for s in stories for aid in s.article_ids]
    member_words = store.index_values(WORDS, members)
    member_ents = store.index_values(ENTS, members)
    for s in stories:
        topic = story_topic([member_words[a] for a in s.article_ids if a in member_words], settings)
        mentions: Counter[str] = Counter()
        for aid in s.article_ids:
            mentions.update(member_ents.get(aid, ()))
        before = set(old.get(s.id, {}).get("mentions", {}))
        sdf_delta.update({k: 1 for k in mentions.keys() - before})
        sdf_delta.update({k: -1 for k in before - mentions.keys()})
        features[s.id] = {"topic": topic, "mentions": dict(mentions)}
        keys = _keys(mentions, topic, settings)
        if s.id in old:
            before_keys = _keys(old[s.id]["mentions"], old[s.id]["topic"], settings)
            filed_delta.update({k: -1 for k in set(before_keys) - set(keys)})
            filed_delta.update({k: 1 for k in set(keys) - set(before_keys)})
        else:
            filed_delta.update({k: 1 for k in set(keys)})
        store.set_index_postings(KEYS, s.id, keys)


def _keys(mentions: Mapping[str, int], topic: Mapping[str, float], settings: LinkSettings) -> list[str]:
    """The keys a story is filed under: its well-mentioned entities and its top topic terms."""
    return [k for k, c in mentions.items() if c >= settings.min_mentions] + index_terms(topic, settings)


def _replace_links(store: Store, links: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """Store the changed stories' ``links`` in place of their old ones, on both ends; returns the links of every
    story whose links were read or written."""
    changed = set(links)
    old = {sid: set(found) for sid, found in store.index_values(EDGES, changed).items()}
    ends = set().union(*links.values(), *old.values()) - changed
    edges = {sid: set(found) - changed for sid, found in store.index_values(EDGES, ends).items()}
    for sid, found in links.items():
        edges[sid] = set(found)
        for j in found - changed:
            edges.setdefault(j, set()).add(sid)
    store.put_index_values(EDGES, {sid: sorted(found) for sid, found in edges.items()})
    return edges


def _candidates(store: Store, story_id: str, view: LinkView, settings: LinkSettings) -> list[str]:
    """The stories filed under enough of the story's actors or top terms to be ``comparable`` (counted on the
    postings, which hold every well-mentioned entity: a superset, checked on the views after); a key filed under
    more than ``candidate_key_max_stories`` stories counts for none, as in ``link_stories``, and is read only that far."""
    actors, terms = sorted(view.actors), index_terms(view.topic, settings)
    cap = settings.candidate_key_max_stories
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
    store: Store, stories: list[Story], edges: dict[str, set[str]], clusterer: StoryClusterer
) -> list[Storyline]:
    """Regroup every story of the storylines the changed ``stories`` and their links' ends are (or were) in by
    their links (``edges``: those known, the rest read here); write the changed stories and the storylines they now
    make, and delete those left empty."""
    changed = [s.id for s in stories]
    old_lines = store.storylines_by_id(
        {lid for lid in store.storyline_ids_of(edges.keys() | set(changed)).values() if lid}
    )
    members = set(edges) | set(changed) | {sid for line in old_lines.values() for sid in line.story_ids}
    edges.update(
        (sid, set(found)) for sid, found in store.index_values(EDGES, members - edges.keys()).items()
    )
    groups = DisjointSet(sorted(members))
    for sid in sorted(members):
        for j in sorted(edges.get(sid, ())):
            if j in members:
                groups.merge(sid, j)
    new_lines = []
    for group in groups.subsets():
        # in creation order, as link_stories has them: make_storyline breaks time ties by position
        ordered = sorted(group, key=clusterer.position)
        new_lines.append(make_storyline([clusterer.story(sid) for sid in ordered]))
    removed = set(old_lines) - {line.id for line in new_lines}
    new_line_of = {sid: line.id for line in new_lines for sid in line.story_ids}
    store.put_stories([replace(s, storyline_id=new_line_of[s.id]) for s in stories])
    store.put_storylines(new_lines, removed)
    return new_lines
