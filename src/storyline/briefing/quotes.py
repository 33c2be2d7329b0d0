"""Quotes of the subject's articles: exactly the quotes analysis stored, nothing found here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.model import Analysis, Article, Quote


def gather_quotes(
    articles: Sequence[Article], analyses: Mapping[str, Analysis], canonical: Mapping[str, str]
) -> list[Quote]:
    """All stored quotes, syndicated copies skipped when their canonical article is in the set."""
    ids = {a.id for a in articles}
    out: list[Quote] = []
    for a in articles:
        canon = canonical.get(a.id, a.id)
        if canon != a.id and canon in ids:
            continue
        an = analyses.get(a.id)
        out.extend(q for q in (an.quotes if an else ()) if 0 <= q.start < q.end <= len(a.body))
    return out
