"""Articles related to a given one by the named entities they share, found before any clustering.

Date inference needs an undated article's relatives *before* it is clustered: without a date the clusterer cannot
tell an announcement from the visit it announced, so the evidence has to be found by entities alone.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from operator import itemgetter

from storyline.model import Analysis
from storyline.settings import DEFAULTS

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "ROLE"})


def entities_of(an: Analysis) -> set[str]:
    """The named entities an article is related by (people, organisations, places, groups, roles)."""
    return {m.entity_id for m in an.mentions if m.entity_id and m.label in _LABELS}


def related_by_entities(
    targets: Iterable[str],
    analyses: Mapping[str, Analysis],
    *,
    limit: int,
    min_shared: int,
    max_df_share: float,
    min_posting: int = DEFAULTS.analyze.dating_min_posting,
) -> dict[str, list[str]]:
    """``related_in_postings`` over the entity postings of ``analyses`` (the whole corpus)."""
    postings: dict[str, list[str]] = {}
    for aid, an in analyses.items():
        for ent in entities_of(an):
            postings.setdefault(ent, []).append(aid)
    wanted = {t: entities_of(analyses[t]) for t in targets if t in analyses}
    return related_in_postings(
        wanted, postings, len(analyses), limit=limit, min_shared=min_shared, max_df_share=max_df_share,
        min_posting=min_posting,
    )  # fmt: skip


def posting_cap(n: int, max_df_share: float, min_posting: int) -> int:
    """The most articles an entity may be in, in a corpus of ``n``, and still relate them (``related_in_postings``):
    a store reads at most one more member of each entity's posting."""
    return max(min_posting, int(max_df_share * n))


def related_in_postings(
    targets: Mapping[str, Collection[str]],
    postings: Mapping[str, Sequence[str]],
    n: int,
    *,
    limit: int,
    min_shared: int,
    max_df_share: float,
    min_posting: int = DEFAULTS.analyze.dating_min_posting,
) -> dict[str, list[str]]:
    """For each target (id -> its entities), up to ``limit`` other articles sharing at least ``min_shared``
    entities, ranked by the IDF weight of what they share, given each entity's articles (``postings``) in a
    corpus of ``n``. Entities in more than ``max_df_share`` of a large corpus are skipped: they relate
    everything to everything and would make the search quadratic."""
    cap = posting_cap(n, max_df_share, min_posting)
    out: dict[str, list[str]] = {}
    for target, entities in targets.items():
        score: dict[str, float] = {}
        shared: dict[str, int] = {}
        for ent in sorted(entities):
            post = postings.get(ent, ())
            if len(post) > cap:
                continue
            idf = math.log(1 + n / len(post))
            for other in post:
                if other != target:
                    score[other] = score.get(other, 0.0) + idf
                    shared[other] = shared.get(other, 0) + 1
        ranked = heapq.nlargest(limit, score.items(), key=itemgetter(1))
        out[target] = [aid for aid, _ in ranked if shared[aid] >= min_shared]
    return out
