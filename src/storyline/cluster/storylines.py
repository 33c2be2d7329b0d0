"""Link stories that continue one thread (same actors, places, topic) over months or years into storylines.

Evidence is weighted by rarity across stories: an entity named in many stories (a country, a capital) is never
evidence, and one shared word never links. Two stories link when they share ``min_shared_entities`` specific
actors (or have near-identical topics) and their time-decayed similarity clears the threshold. Candidate pairs come
from an inverted index over specific entities and top terms, never from all pairs.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from operator import itemgetter

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


def _time(story: Story) -> float | None:
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


def _evidence(doc: ClusterDoc) -> tuple[Counter[str], list[str]]:
    """One article's words and entity keys."""
    return Counter(words(doc.title + "\n" + doc.body)), list(entity_keys(doc.entities))


class _Linker:
    def __init__(
        self, stories: Sequence[Story], docs: Mapping[str, ClusterDoc], settings: LinkSettings
    ) -> None:
        self.settings = settings
        self.stories = stories
        # an article whose text or entities cannot be read gives no evidence (logged); its story still links
        evidence = {aid: isolated("link", aid, lambda d=d: _evidence(d), None) for aid, d in docs.items()}
        doc_words = {aid: ev[0] for aid, ev in evidence.items() if ev is not None}
        doc_ents = {aid: ev[1] for aid, ev in evidence.items() if ev is not None}
        df: Counter[str] = Counter()
        for counts in doc_words.values():
            df.update(counts.keys())
        n_docs = len(doc_words)
        self.topics: list[Vec] = []
        self.mentions: list[Counter[str]] = []
        for story in stories:
            topic: Vec = {}
            mentions: Counter[str] = Counter()
            for aid in story.article_ids:
                if aid in doc_words:
                    add_into(topic, weigh(doc_words[aid], df, n_docs, settings.topic_terms))
                    mentions.update(doc_ents[aid])
            self.topics.append(
                _unit(dict(heapq.nlargest(settings.topic_terms, topic.items(), key=itemgetter(1))))
            )
            self.mentions.append(mentions)
        sdf: Counter[str] = Counter()
        for m in self.mentions:
            sdf.update(m.keys())
        n = len(stories)
        ubiquitous = max(settings.ubiquity_min_stories, settings.ubiquity_share * n)
        self.actors: list[set[str]] = []
        self.ent_vecs: list[Vec] = []
        for m in self.mentions:
            actors = {e for e, c in m.items() if c >= settings.min_mentions and sdf[e] <= ubiquitous}
            self.actors.append(actors)
            self.ent_vecs.append(
                _unit({e: math.log1p(m[e]) * math.log(1 + (n + 1) / sdf[e]) for e in actors})
            )

    def candidate_pairs(self) -> set[tuple[int, int]]:
        index: dict[str, list[int]] = {}
        for i, (actors, topic) in enumerate(zip(self.actors, self.topics, strict=True)):
            top = heapq.nlargest(self.settings.index_terms, topic.items(), key=itemgetter(1))
            for key in list(actors) + ["#" + t for t, _ in top]:
                index.setdefault(key, []).append(i)
        pairs: set[tuple[int, int]] = set()
        for members in index.values():
            for a in range(len(members)):
                for b in range(a + 1, len(members)):
                    pairs.add((members[a], members[b]))
        return pairs

    def similarity(self, i: int, j: int) -> float:
        """Time-decayed similarity, or 0 when the evidence rule (shared actors or near-identical topic) fails."""
        s = self.settings
        topic = dot(self.topics[i], self.topics[j])
        shared = _distinct_shared(self.actors[i] & self.actors[j])
        if shared < s.min_shared_entities and topic < s.strong_topic:
            return 0.0
        sim = s.entity_weight * dot(self.ent_vecs[i], self.ent_vecs[j]) + (1 - s.entity_weight) * topic
        ti, tj = _time(self.stories[i]), _time(self.stories[j])
        if ti is not None and tj is not None:
            sim *= math.exp(-abs(ti - tj) / 86400.0 / s.gap_scale_days)
        return sim


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
    far = datetime.max.replace(tzinfo=UTC).timestamp()
    out = []
    for members in groups.values():
        ordered = sorted(members, key=lambda k: (_time(stories[k]) is None, _time(stories[k]) or far, k))
        main = max(ordered, key=lambda k: len(stories[k].article_ids))
        out.append(
            Storyline(
                id=group_id("l", stories[ordered[0]].id),
                title=stories[main].title,
                story_ids=tuple(stories[k].id for k in ordered),
            )
        )
    out.sort(key=lambda line: line.story_ids[0])
    return out
