"""Articles related to a given one by the named entities they share, found before any clustering.

Date inference needs an undated article's relatives *before* it is clustered: without a date the clusterer cannot
tell an announcement from the visit it announced, so the evidence has to be found by entities alone.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping
from operator import itemgetter

from storyline.model import Analysis
from storyline.settings import DEFAULTS

_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "ROLE"})


def _entities(an: Analysis) -> set[str]:
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
    """For each target, up to ``limit`` other articles sharing at least ``min_shared`` entities, ranked by the
    IDF weight of what they share. Entities in more than ``max_df_share`` of a large corpus are skipped: they
    relate everything to everything and would make the search quadratic."""
    postings: dict[str, list[str]] = {}
    for aid, an in analyses.items():
        for ent in _entities(an):
            postings.setdefault(ent, []).append(aid)
    n = len(analyses)
    cap = max(min_posting, int(max_df_share * n))
    out: dict[str, list[str]] = {}
    for target in targets:
        an = analyses.get(target)
        if an is None:
            continue
        score: dict[str, float] = {}
        shared: dict[str, int] = {}
        for ent in _entities(an):
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
