"""Reads that must not grow with the store: a build skips a key filed under too many members, so it reads at most
one more member than the bar of each key, never the key's whole posting list."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from pg_server import fresh_database

from storyline import aliases, pipeline
from storyline.analyze.roles import Holding, RoleKey, resolve_role, title_evidence
from storyline.ids import text_id
from storyline.model import Analysis, Article, Mention
from storyline.settings import DEFAULTS
from storyline.store import open_store


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path) -> str:
    return str(tmp_path / "s.db") if request.param == "sqlite" else fresh_database()


def test_postings_upto_reads_at_most_the_limit_a_key(location):
    store = open_store(location)
    with store.transaction():
        for i in range(30):
            store.set_index_postings("t.keys", f"m{i:02d}", ["big"] + (["small"] if i % 10 == 0 else []))
    got = store.index_postings_upto("t.keys", ["big", "small", "none"], 4)
    assert got == {"big": ["m00", "m01", "m02", "m03"], "small": ["m00", "m10", "m20"]}
    assert (
        store.index_postings_upto("t.keys", ["big"], 100)["big"]
        == store.index_postings("t.keys", ["big"])["big"]
    )


class _Counting:
    """Counts the posting rows of one index space a store hands back."""

    def __init__(self, store, space: str) -> None:
        self.rows, self._all, self.space = 0, store._all, space
        store._all = self

    def __call__(self, sql, params=()):
        rows = self._all(sql, params)
        if f"'{self.space}'" in sql and "index_postings" in sql:
            self.rows += len(rows)
        return rows


def _article(body: str, published: datetime | None) -> Article:
    return Article(id=text_id(body), source=f"{text_id(body)}.txt", body=body, published=published)


def _analysis(aid: str, *entities: str) -> Analysis:
    return Analysis(aid, mentions=tuple(Mention(aid, 0, 1, e, "GPE", f"e:{e}") for e in entities))


def test_dating_reads_only_cap_plus_one_members_of_a_ubiquitous_entity(tmp_path):
    """An undated article's relatives are found in the entity postings; one entity in 300 articles is over the
    dating bar (50 articles in a store this small) and is skipped after reading 51 of its members."""
    store = open_store(str(tmp_path / "s.db"))
    undated = _article("The undated report from Arden and Bree.", None)
    near = _article("Arden and Bree signed the accord.", datetime(2024, 3, 1, tzinfo=UTC))
    analyses = {undated.id: _analysis(undated.id, "Arden", "Bree", "Everland")}
    analyses[near.id] = _analysis(near.id, "Arden", "Bree", "Everland")
    with store.transaction():
        for art in (undated, near):
            store.add_article(art)
            store.set_index_postings(
                aliases.RELATED, art.id, [f"e:{e}" for e in ("Arden", "Bree", "Everland")]
            )
        store.put_analyses(analyses.values())
        for i in range(300):  # articles elsewhere in the store naming the ubiquitous place
            store.set_index_postings(aliases.RELATED, f"other{i:03d}", ["e:Everland"])
    counting = _Counting(store, aliases.RELATED)
    pipeline._date_before_clustering(store, DEFAULTS, analyses, [undated.id])
    cap = DEFAULTS.analyze.dating_min_posting
    assert counting.rows <= (cap + 1) + 2 * 2  # Everland's first cap + 1, Arden's and Bree's two each


def test_a_role_mention_reads_only_the_holdings_near_its_date():
    """3,000 appositions of one title over 30 years: a dated mention weighs only those within the role window
    (and its own article's), an undated one those of the people it names; the holder found is the one a scan of
    every holding finds (the same evidence indexed with a window wider than the corpus)."""
    rng = random.Random(7)
    start = datetime(2000, 1, 1, tzinfo=UTC)
    people = [f"p{i}" for i in range(40)]
    held = [
        Holding(
            RoleKey("foreign minister", rng.choice(["", "", "france"])),
            rng.choice(people),
            f"a{i}",
            None if i % 50 == 0 else start + timedelta(days=rng.uniform(0, 30 * 365)),
            (0, 16),
            i % 17 == 0,
        )
        for i in range(3000)
    ]
    window = DEFAULTS.analyze.role_window_days
    indexed = title_evidence(held, window)
    scanned = title_evidence(held, 100 * 365)
    holders = []
    for q in range(200):
        aid = f"a{rng.randrange(3000)}" if q % 2 else "new"
        when = None if q % 10 == 0 else start + timedelta(days=rng.uniform(0, 30 * 365))
        key, span = RoleKey("foreign minister", "france" if q % 3 == 0 else ""), (100, 116)
        mentioned = frozenset(rng.sample(people, 2))
        got = resolve_role(key, aid, when, indexed, DEFAULTS.analyze, span, mentioned)
        assert got == resolve_role(key, aid, when, scanned, DEFAULTS.analyze, span, mentioned)
        holders.append(got)
        if when is not None:  # ~2 * 400 days of 30 years, and the article's own
            assert len(indexed["foreign minister"].near(aid, when, mentioned)) < 3000 * 0.1
    assert len(set(holders) - {None}) > 10  # many holders found, not a run of Nones
