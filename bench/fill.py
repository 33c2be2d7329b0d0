"""Fill a store to N articles without parsing each one: clone a pool of analysed articles under new names.

Parsing is the one per-article cost that does not depend on the store's size, and it is what makes a 100k fill
take hours; every later stage (entity resolution, dating, dedup, clustering, storyline linking) reads the
store. So a fill article is a copy of an article the real pipeline ingested and analysed (the pool), with:

- every generated name word renamed (eval/streams.py builds names from syllables; a word made only of them
  is a name, or one of an event's private words) to a fresh word of the same length, one mapping per round of
  the pool, so a round repeats the pool's story structure (wire copies, rewrites, look-alikes, follow-ups) with
  new people, places, organisations and topic words: the entity, alias, dedup and term indexes grow as they
  would with new events, and equal lengths keep every analysed span's offsets valid;
- every other lower-case word of five or more letters (bar titles and job nouns, which roles are read from)
  swapped for another word of the pool's of the same length, one shuffle per round: renaming names alone left
  a clone a near-duplicate of its original (same sentences around new names), so 90% of a 10k clone fill
  was one duplicate group per pool article, growing with every round, and its stories held ~40 articles;
- its dates shifted by the round times the pool's time span, so rounds follow one another in time;
- its analysis copied with the same renaming and shift and without resolved entity ids.

Clones are written through the store's public interface in one transaction per chunk, then ``pipeline.build``
does the real bookkeeping for them (resolution, dating, dedup, clustering, linking) exactly as for parsed
articles: only spaCy and the per-article extractors are skipped.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta

from eval.streams import _SYL
from storyline import pipeline
from storyline.ids import article_id
from storyline.lexicon.titles import JOB_NOUNS, PERSONAL_TITLES, ROLE_PREFIXES
from storyline.model import Analysis, Article
from storyline.store import Store

_NAME_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
_ONLY_SYLLABLES = re.compile("(?:" + "|".join(sorted(_SYL, key=len, reverse=True)) + ")+")
_BY_LENGTH = {n: [s for s in _SYL if len(s) == n] for n in (2, 3)}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_KEEP = PERSONAL_TITLES | ROLE_PREFIXES | JOB_NOUNS  # what roles and titles are read from: never swapped


def vocabulary(bodies: Iterable[str]) -> dict[int, list[str]]:
    """Length -> the pool's swappable words (lower case, five letters or more, not a name, title or job)."""
    words = {w for body in bodies for w in _NAME_WORD.findall(body) if w.islower() and len(w) >= 5}
    by_length: dict[int, list[str]] = {}
    for w in sorted(words - _KEEP):
        if not _ONLY_SYLLABLES.fullmatch(w):
            by_length.setdefault(len(w), []).append(w)
    return by_length


class Renamer:
    """One round's renaming: each generated word gets a fresh word of the same length and case pattern, and
    each word of ``words`` (length -> words) another of the same length (one shuffle per round)."""

    def __init__(self, rng: random.Random, words: Mapping[int, list[str]] | None = None) -> None:
        self.rng = rng
        self.fresh: dict[str, str] = {}
        self.swap: dict[str, str] = {}
        for same in (words or {}).values():
            self.swap.update(zip(same, rng.sample(same, len(same)), strict=True))

    def _word(self, n: int) -> str:
        parts, left = [], n
        while left:
            k = 2 if left in (2, 4) else 3 if left == 3 else self.rng.choice((2, 3))
            parts.append(self.rng.choice(_BY_LENGTH[k]))
            left -= k
        return "".join(parts)

    def _swap(self, match: re.Match) -> str:
        word = match.group()
        if word in self.swap:
            return self.swap[word]
        if not _ONLY_SYLLABLES.fullmatch(word.lower()):
            return word
        new = self.fresh.setdefault(word.lower(), self._word(len(word)))
        return new.upper() if word.isupper() else new.title() if word[0].isupper() else new

    def __call__(self, text: str | None) -> str | None:
        return None if text is None else _NAME_WORD.sub(self._swap, text)


def _shift_iso(value: str, days: int) -> str:
    if not _ISO_DAY.match(value):
        return value  # a month or a year: near enough for the indexes
    return (datetime.fromisoformat(value) + timedelta(days=days)).date().isoformat()


def clone(
    article: Article, analysis: Analysis, rename: Renamer, days: int, tag: str
) -> tuple[Article, Analysis]:
    """The pool article as another event's report: renamed, shifted ``days``, unresolved."""
    body = rename(article.body) or ""
    new_id = article_id(body, article.outlet)
    shifted = article.published + timedelta(days=days) if article.published else None
    art = dataclasses.replace(
        article,
        id=new_id,
        source=f"fill:{tag}",
        body=body,
        headline=rename(article.headline),
        standfirst=rename(article.standfirst),
        published=shifted,
        raw_hash=None,
    )

    def spans(items: tuple, **fields: Callable) -> tuple:
        return tuple(
            dataclasses.replace(x, article_id=new_id, **{k: f(getattr(x, k)) for k, f in fields.items()})
            for x in items
        )

    def iso(v: str | None) -> str | None:
        return None if v is None else _shift_iso(v, days)

    none = lambda _: None  # noqa: E731
    an = Analysis(
        article_id=new_id,
        sentences=spans(analysis.sentences, text=rename),
        mentions=spans(analysis.mentions, text=rename, entity_id=none),
        quotes=spans(analysis.quotes, text=rename, speaker=rename, speaker_entity=none, affiliation=rename),
        events=spans(analysis.events, subject=rename, object=rename, place=rename, date=iso),
        dates=spans(analysis.dates, date=iso),
        claims=spans(analysis.claims, subject=rename, time=iso),
    )
    return art, an


def pool_span_days(pool: list[Article]) -> int:
    dates = [a.published for a in pool if a.published]
    return (max(dates) - min(dates)).days + 1 if dates else 30


class Filler:
    """Adds clones of ``pool`` (rounds 1, 2, ...: round 0 is the pool itself) across calls, in chunks, each
    chunk written in one transaction and then built."""

    def __init__(
        self, store: Store, pool: list[tuple[Article, Analysis]], seed: int, chunk: int = 5000
    ) -> None:
        self.store, self.pool, self.chunk = store, pool, chunk
        self.span = pool_span_days([a for a, _ in pool])
        self.rng = random.Random(seed)
        self.i = 0
        self.words = vocabulary(a.body for a, _ in pool)
        self.rename = Renamer(self.rng, self.words)

    @property
    def days_ahead(self) -> int:
        """How far past the pool the clones reach: new articles dated this much later arrive after them."""
        return (self.i // len(self.pool) + 1) * self.span

    def add(self, n: int) -> int:
        """Add and build ``n`` clones (a clone identical to a stored article is skipped); returns how many."""
        added = 0
        while added < n:
            articles, analyses, ids = [], [], set()
            while len(articles) < min(self.chunk, n - added):
                rnd, k = divmod(self.i, len(self.pool))
                if k == 0:
                    self.rename = Renamer(random.Random(self.rng.random()), self.words)
                art, an = clone(*self.pool[k], self.rename, (rnd + 1) * self.span, f"{rnd + 1}/{k}")
                self.i += 1
                if art.id not in ids and not self.store.article_exists(art.id):
                    ids.add(art.id)
                    articles.append(art)
                    analyses.append(an)
            with self.store.transaction():
                for art in articles:
                    self.store.add_article(art)
                self.store.put_analyses(analyses)
            pipeline.build(self.store)
            added += len(articles)
        return added
