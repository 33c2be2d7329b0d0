"""Link stories that continue one thread (same actors, places, topic) over months or years into storylines.

An entity named in many stories (a country, a capital; more than the key cap) is never evidence, one
shared word never links, and words are weighed by fixed document frequencies (``link_idf.json.gz``, fitted on real
news pages by eval/train_link_idf.py), so a story's topic depends on its own articles only and never goes stale
as the store grows: an incremental build compares the topics a build of everything compares. Two stories link
when they share ``min_shared_entities`` specific actors (or have near-identical topics) and their time-decayed
similarity clears the threshold. Candidate pairs come from an inverted index over specific entities and top terms,
never from all pairs.
"""

from __future__ import annotations

import gzip
import heapq
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import NamedTuple

from scipy.cluster.hierarchy import DisjointSet

from storyline.cluster.stories import ClusterDoc
from storyline.cluster.text import Vec, add_into, dot, entity_keys, norm, weigh, words
from storyline.ids import group_id
from storyline.isolate import isolated
from storyline.model import Story, Storyline
from storyline.settings import LinkSettings


def _unit(vec: Vec) -> Vec:
    n = norm(vec)
    return {t: v / n for t, v in vec.items()} if n else {}


def story_time(story: Story) -> float | None:
    dt = story.first_seen or story.last_seen
    if dt is None:
        return None
    return (dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt).timestamp()


def _distinct_shared(shared: set[str]) -> int:
    """Count shared actors once: drop a last-name key ("~lavrov") when its full name is shared too."""
    full = [k for k in shared if not k.startswith("~")]
    return len(full) + sum(
        1 for k in shared if k.startswith("~") and not any(f.endswith(" " + k[1:]) for f in full)
    )


def link_evidence(doc: ClusterDoc) -> tuple[Counter[str], list[str]]:
    """One article's words and entity keys (an incremental build stores them once per article)."""
    return Counter(words(doc.title + "\n" + doc.body)), list(entity_keys(doc.entities))


class WordFrequencies(NamedTuple):
    """Fixed word document frequencies (a word not in ``df`` counts as in no text), the number of texts they were
    counted on, and the table's version (stored topics weighed by another version are stale)."""

    df: Mapping[str, int]
    docs: int
    version: int


@lru_cache(maxsize=1)
def reference_frequencies() -> WordFrequencies:
    """The table topics are weighed by (``link_idf.json.gz``, fitted by eval/train_link_idf.py)."""
    raw = resources.files("storyline.cluster").joinpath("link_idf.json.gz").read_bytes()
    table = json.loads(gzip.decompress(raw))
    return WordFrequencies(table["df"], table["docs"], table["version"])


def story_topic(member_words: Sequence[Mapping[str, int]], settings: LinkSettings) -> Vec:
    """A story's topic: its articles' TF-IDF vectors (fixed IDF) summed, cut to the heaviest ``topic_terms``, unit
    length: a function of the story's articles alone."""
    df, n_docs, _ = reference_frequencies()
    topic: Vec = {}
    for counts in member_words:
        add_into(topic, weigh(counts, df, n_docs, settings.topic_terms))
    return _unit(dict(heapq.nlargest(settings.topic_terms, topic.items(), key=itemgetter(1))))


def index_terms(topic: Vec, settings: LinkSettings) -> list[str]:
    """A story's heaviest topic terms, as candidate-index keys ("#term")."""
    return ["#" + t for t, _ in heapq.nlargest(settings.index_terms, topic.items(), key=itemgetter(1))]


def enough_shared(actors: int, terms: int, settings: LinkSettings) -> bool:
    """The candidate rule on counts of what two stories share: ``min_shared_entities`` actors (the entity path
    of the link rule) or ``index_min_shared_terms`` top topic terms (the near-identical-topic path)."""
    return actors >= settings.min_shared_entities or terms >= settings.index_min_shared_terms


def comparable(a: LinkView, b: LinkView, settings: LinkSettings) -> bool:
    """Whether two stories are compared at all (``enough_shared``)."""
    if enough_shared(len(a.actors & b.actors), 0, settings):
        return True
    shared_terms = set(index_terms(a.topic, settings)) & set(index_terms(b.topic, settings))
    return enough_shared(0, len(shared_terms), settings)


def actor_bar(n_stories: int, settings: LinkSettings) -> float:
    """Story count above which an entity is no actor: ubiquitous (a share of the stories, and more than
    ``ubiquity_min_stories``) or filed under more stories than a candidate key may be (it tells no thread apart).
    The bar stops moving once the share reaches the cap (a store of cap / share stories): from then on whether an
    entity is an actor changes only when its own story count crosses the cap, which an incremental build follows."""
    return min(
        settings.candidate_key_max_stories,
        max(settings.ubiquity_min_stories, settings.ubiquity_share * n_stories),
    )


def story_actors(
    mentions: Mapping[str, int], sdf: Mapping[str, int], n_stories: int, settings: LinkSettings
) -> tuple[set[str], Vec]:
    """A story's specific actors (mentioned enough, under the ``actor_bar``) and their unit vector, weighed by
    mentions and ``rarity``: a weight read from the store's size and exact entity counts drifted with every story
    added, and a link made on yesterday's weights outlived them (an incremental build kept links one build of
    everything does not make)."""
    bar = actor_bar(n_stories, settings)
    actors = {e for e, c in mentions.items() if c >= settings.min_mentions and sdf[e] <= bar}
    return actors, _unit({e: math.log1p(mentions[e]) * rarity(sdf[e], settings) for e in actors})


def rarity(stories: int, settings: LinkSettings) -> float:
    """An actor's weight by how many stories name it, counted in powers of two: it moves only when the count
    passes one (an incremental build then relinks the entity's stories, at most the cap's), never with the store's
    size, so a link does not outlive the weights it was made on."""
    return math.log(1 + (settings.candidate_key_max_stories + 1) / 2 ** int(math.log2(max(stories, 1))))


@dataclass(frozen=True)
class LinkView:
    """What the link rule compares of one story."""

    topic: Vec
    actors: set[str]
    ent_vec: Vec
    time: float | None


def link_similarity(a: LinkView, b: LinkView, settings: LinkSettings) -> float:
    """Time-decayed similarity, or 0 when the evidence rule (shared actors or near-identical topic) fails."""
    s = settings
    topic = dot(a.topic, b.topic)
    shared = _distinct_shared(a.actors & b.actors)
    if shared < s.min_shared_entities and topic < s.strong_topic:
        return 0.0
    sim = s.entity_weight * dot(a.ent_vec, b.ent_vec) + (1 - s.entity_weight) * topic
    if a.time is not None and b.time is not None:
        sim *= math.exp(-abs(a.time - b.time) / 86400.0 / s.gap_scale_days)
    return sim


class _Linker:
    def __init__(
        self, stories: Sequence[Story], docs: Mapping[str, ClusterDoc], settings: LinkSettings
    ) -> None:
        self.settings = settings
        self.stories = stories
        # an article whose text or entities cannot be read gives no evidence (logged); its story still links
        evidence = {aid: isolated("link", aid, lambda d=d: link_evidence(d), None) for aid, d in docs.items()}
        doc_words = {aid: ev[0] for aid, ev in evidence.items() if ev is not None}
        doc_ents = {aid: ev[1] for aid, ev in evidence.items() if ev is not None}
        topics: list[Vec] = []
        self.mentions: list[Counter[str]] = []
        for story in stories:
            mentions: Counter[str] = Counter()
            for aid in story.article_ids:
                if aid in doc_ents:
                    mentions.update(doc_ents[aid])
            topics.append(story_topic([doc_words[a] for a in story.article_ids if a in doc_words], settings))
            self.mentions.append(mentions)
        sdf: Counter[str] = Counter()
        for m in self.mentions:
            sdf.update(m.keys())
        self.views = [
            LinkView(topic, *story_actors(m, sdf, len(stories), settings), story_time(story))
            for topic, m, story in zip(topics, self.mentions, stories, strict=True)
        ]

    def candidate_pairs(self) -> set[tuple[int, int]]:
        """The ``comparable`` pairs, counted on an index of actors and of top topic terms."""
        index: dict[tuple[bool, str], list[int]] = {}  # (is a term, key) -> stories
        for i, view in enumerate(self.views):
            for key in view.actors:
                index.setdefault((False, key), []).append(i)
            for key in index_terms(view.topic, self.settings):
                index.setdefault((True, key), []).append(i)
        shared: dict[bool, Counter[tuple[int, int]]] = {False: Counter(), True: Counter()}
        cap = self.settings.candidate_key_max_stories  # a frequent key tells no thread apart
        for (is_term, _), members in index.items():
            if len(members) > cap:
                continue
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    shared[is_term][members[a], members[b]] += 1
        pairs = shared[False].keys() | shared[True].keys()
        return {p for p in pairs if enough_shared(shared[False][p], shared[True][p], self.settings)}

    def similarity(self, i: int, j: int) -> float:
        return link_similarity(self.views[i], self.views[j], self.settings)


def link_stories(
    stories: Sequence[Story],
    docs: Mapping[str, ClusterDoc],
    settings: LinkSettings = LinkSettings(),  # noqa: B008 - frozen
) -> list[Storyline]:
    """Link stories of one thread over months/years; every story ends up in exactly one storyline (singletons
    allowed); storyline id stable (group_id("l", earliest story id)), readable title, story_ids in time order."""
    linker = _Linker(stories, docs, settings)
    linked = DisjointSet(range(len(stories)))
    for i, j in sorted(linker.candidate_pairs()):
        if not linked.connected(i, j) and linker.similarity(i, j) >= settings.threshold:
            linked.merge(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(stories)):
        groups.setdefault(linked[i], []).append(i)
    out = [make_storyline([stories[k] for k in members]) for members in groups.values()]
    out.sort(key=lambda line: line.story_ids[0])
    return out


def make_storyline(stories: Sequence[Story]) -> Storyline:
    """The storyline of linked stories: id from its earliest story, title of its largest, stories in time order
    (ties: the given order)."""
    far = datetime.max.replace(tzinfo=UTC).timestamp()
    order = sorted(
        range(len(stories)), key=lambda k: (story_time(stories[k]) is None, story_time(stories[k]) or far, k)
    )
    main = max(order, key=lambda k: len(stories[k].article_ids))
    return Storyline(
        id=group_id("l", stories[order[0]].id),
        title=stories[main].title,
        story_ids=tuple(stories[k].id for k in order),
    )
