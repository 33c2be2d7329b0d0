"""Both stores (SQLite, and Postgres when a server can start): transactions, schema versions, search, ids."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from pg_server import fresh_database

from storyline.errors import NotFoundError, StoreError
from storyline.ids import text_id
from storyline.model import Analysis, Article, Entity, Mention, Reject, Removal, Story, Storyline
from storyline.store import FeedValidators, WatchedFile, migrations, open_store, postgres
from storyline.store.codec import ARTICLE_COLUMNS, article_row


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path) -> str:
    """Where a fresh store lives: a SQLite file, or a new database on the test Postgres server."""
    return str(tmp_path / "s.db") if request.param == "sqlite" else fresh_database()


def _article(body: str, **kw) -> Article:
    return Article(id=text_id(body), source=kw.pop("source", "a.txt"), body=body, **kw)


def test_article_round_trip(location):
    store = open_store(location)
    when = datetime(2021, 5, 4, 12, 20, tzinfo=UTC)
    article = _article(
        "The harbour authority approved the new pier on Tuesday.",
        headline="Pier approved",
        published=when,
        flags=("truncated",),
        removed=(Removal("Advertisement", "advertisement"),),
    )
    with store.transaction():
        store.add_article(article)
    assert store.article(article.id) == article
    assert store.articles([article.id]) == [article]
    assert tuple(article_row(article)) == ARTICLE_COLUMNS  # reads name the columns a write stores
    assert store.unbuilt_article_ids() == [article.id]


def test_failed_transaction_leaves_store_unchanged(location):
    store = open_store(location)
    first = _article("First article body about the council budget vote.")
    with store.transaction():
        store.add_article(first)
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(_article("Second article body about a ferry strike."))
        raise RuntimeError("crash mid-batch")
    assert [a.id for a in store.articles()] == [first.id]
    assert [h.article_id for h in store.search("ferry")] == []


def _raw(location: str, sql: str) -> None:
    """Run SQL on a store behind its back (what an older or newer storyline would have written)."""
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location, autocommit=True) as conn:
            conn.execute(sql)
    else:
        conn = sqlite3.connect(location)
        conn.execute(sql)
        conn.commit()
        conn.close()


def test_newer_schema_is_refused(location):
    open_store(location).close()
    _raw(location, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(location)


def test_older_store_is_migrated_in_place(location, monkeypatch):
    store = open_store(location)
    with store.transaction():
        store.add_article(_article("The dockworkers' union called off the strike at Port Alden."))
    store.close()
    added = []
    following = migrations.SCHEMA_VERSION + 1
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", following)
    monkeypatch.setattr(postgres, "SCHEMA_VERSION", following)
    monkeypatch.setitem(migrations.MIGRATIONS, following, lambda conn: added.append("sqlite"))
    monkeypatch.setitem(migrations.PG_MIGRATIONS, following, lambda conn: added.append("postgres"))
    reopened = open_store(location)
    assert len(added) == 1 and reopened.article_count() == 1
    reopened.close()
    open_store(location).close()  # already at the new version: no migration runs twice
    assert len(added) == 1


def test_version_1_store_gains_the_watch_tables(location):
    open_store(location).close()
    for table in ("watched_feeds", "watched_entries", "watched_files"):
        _raw(location, f"DROP TABLE {table}")
    _raw(location, "UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    store = open_store(location)
    with store.transaction():
        store.put_feed_validators("http://127.0.0.1/feed", FeedValidators('"v1"', None))
        store.add_seen_entries("http://127.0.0.1/feed", ["a", "b", "a"])
        store.put_watched_file("in/a.txt", WatchedFile(1_700_000_000_123_456_789, 42, "h1"))
        store.put_watched_file("in/a.txt", WatchedFile(1_700_000_000_999_999_999, 43, "h2"))
    store.close()
    store = open_store(location)
    assert store.feed_validators("http://127.0.0.1/feed") == FeedValidators('"v1"', None)
    assert store.feed_validators("http://127.0.0.1/other") == FeedValidators(None, None)
    assert store.seen_entries("http://127.0.0.1/feed", ["b", "c", "a"]) == {"a", "b"}
    assert store.seen_entries("http://127.0.0.1/other", ["a"]) == set()
    assert store.watched_files(["in/b.txt", "in/a.txt"]) == {
        "in/a.txt": WatchedFile(1_700_000_000_999_999_999, 43, "h2")
    }
    store.close()


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        open_store(path)


def test_search_treats_query_as_plain_words(location):
    store = open_store(location)
    with store.transaction():
        store.add_article(
            _article(
                "Divers recovered the bell of the sunken ferry near Kestrel Point.", headline="Bell found"
            )
        )
    hits = store.search('ferry" bell* NEAR(')
    assert len(hits) == 1
    assert [h.article_id for h in store.search("ferry")] == [hits[0].article_id]
    assert "[[ferry]]" in hits[0].snippet
    assert store.search("   ") == []


def test_resolve_id_by_prefix_and_rejects_bad_ids(location):
    store = open_store(location)
    article = _article("A court in Veldane fined the shipping firm for the spill.")
    with store.transaction():
        store.add_article(article)
        store.place_article(article.id, None, "s0001")
        store.replace_stories([Story("s0001", "Spill fine", (article.id,))])
        store.replace_storylines([Storyline("l0001", "Spill", ("s0001",))])
    assert store.resolve_id("s00") == ("story", "s0001")
    assert store.resolve_id(article.id[:8]) == ("article", article.id)
    assert store.story("s0001").article_ids == (article.id,)
    for bad in ["../../etc/passwd", "", "a%", "x'; DROP TABLE articles;--"]:
        with pytest.raises(NotFoundError):
            store.resolve_id(bad)


def test_inferred_date_never_overwrites_a_found_date(location):
    store = open_store(location)
    dated = _article("Dated body text about the dam inspection.", published=datetime(2020, 1, 2, tzinfo=UTC))
    undated = _article("Undated body text about the dam inspection report.")
    with store.transaction():
        store.add_article(dated)
        store.add_article(undated)
        for a in (dated, undated):
            store.set_inferred_date(a.id, datetime(2019, 12, 1, tzinfo=UTC), "evidence")
    assert store.article(dated.id).published == datetime(2020, 1, 2, tzinfo=UTC)
    got = store.article(undated.id)
    assert got.published_inferred and got.published == datetime(2019, 12, 1, tzinfo=UTC)
    assert got.flags.count("date_inferred") == 1


def test_numeric_text_dates_are_listed_and_reread(location):
    store = open_store(location)
    guessed = datetime(2024, 5, 3, 9, 30, tzinfo=UTC)
    rows = [
        _article(
            "Body one about the ferry fares.",
            outlet="Herald",
            published=guessed,
            published_evidence="text-ambiguous-mdy",
        ),
        _article(
            "Body two about the ferry pier.",
            outlet="Herald",
            published=datetime(2024, 3, 25, tzinfo=UTC),
            published_evidence="text-dmy",
        ),
        _article("Body three about the ferry crew.", published=guessed, published_evidence="text"),
        _article("Body four about the ferry dock.", published=guessed, published_evidence="feed"),
    ]
    with store.transaction():
        for a in rows:
            store.add_article(a)
    listed = sorted(store.numeric_text_dates(), key=lambda r: r[3])
    assert listed == [
        (rows[0].id, "Herald", guessed, "text-ambiguous-mdy"),
        (rows[1].id, "Herald", datetime(2024, 3, 25, tzinfo=UTC), "text-dmy"),
    ]
    with store.transaction():
        store.set_text_date(rows[0].id, datetime(2024, 3, 5, 9, 30, tzinfo=UTC), "text-ambiguous-dmy")
    got = store.article(rows[0].id)
    assert (got.published, got.published_evidence, got.published_inferred) == (
        datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
        "text-ambiguous-dmy",
        False,
    )


def test_analyses_entities_state_and_rejects(location):
    store = open_store(location)
    article = _article("Mayor Ilse Varga opened the tram line.")
    analysis = Analysis(article.id, mentions=(Mention(article.id, 6, 16, "Ilse Varga", "PERSON", "e1"),))
    with store.transaction():
        store.add_article(article)
        store.put_analyses([analysis])
        store.replace_entities([Entity("e1", "Ilse Varga", "PERSON", ("Mrs Varga",))])
        store.put_state("clusterer", b"\x00\x01")
        store.add_reject(Reject("bad.bin", "binary", "abc"))
    assert store.analyses([article.id]) == {article.id: analysis}
    assert store.entities()[0].aliases == ("Mrs Varga",)
    assert store.get_state("clusterer") == b"\x00\x01"
    assert store.rejects() == [Reject("bad.bin", "binary", "abc")]
    assert store.unanalyzed_article_ids() == []


def test_unreachable_postgres_is_a_store_error_without_password(tmp_path):
    pytest.importorskip("psycopg")
    url = f"postgresql://reader:s3cret@/nowhere?host={tmp_path}&port=1"
    with pytest.raises(StoreError, match="cannot open store") as info:
        open_store(url)
    assert "s3cret" not in str(info.value)


def test_search_ranks_headline_matches_first_and_pages(location):
    store = open_store(location)
    in_body = _article("The council argued for hours about the lighthouse repair budget at Tarnmouth.")
    in_headline = _article(
        "Repairs start next month, the harbour master said.", headline="Lighthouse repairs"
    )
    with store.transaction():
        store.add_article(in_body)
        store.add_article(in_headline)
    hits = store.search("lighthouse")
    assert [h.article_id for h in hits] == [in_headline.id, in_body.id]
    assert hits[0].rank <= hits[1].rank
    assert "[[lighthouse]]" in hits[1].snippet.lower()
    assert [h.article_id for h in store.search("lighthouse", limit=1, offset=1)] == [in_body.id]
    assert [h.article_id for h in store.search("repairs")] != []  # stemmed: "repair" in the other body too
    assert len(store.search("repairing")) == 2


def test_stories_newest_first_with_members_in_arrival_order(location):
    store = open_store(location)
    a, b, c = (_article(f"Report number {n} on the Ostrava tram fares row.") for n in ("one", "two", "three"))
    with store.transaction():
        for art in (a, b, c):
            store.add_article(art)
        store.place_article(a.id, None, "s2")
        store.place_article(b.id, None, "s1")
        store.place_article(c.id, a.id, "s2")
        store.replace_stories(
            [
                Story(
                    "s1", "Old", (b.id,), datetime(2020, 1, 1, tzinfo=UTC), datetime(2020, 1, 2, tzinfo=UTC)
                ),
                Story(
                    "s2",
                    "New",
                    (a.id, c.id),
                    datetime(2021, 1, 1, tzinfo=UTC),
                    datetime(2021, 3, 1, tzinfo=UTC),
                ),
                Story("s0", "Undated", ()),
            ]
        )
    assert [(s.id, s.article_ids) for s in store.stories()] == [
        ("s2", (a.id, c.id)),
        ("s1", (b.id,)),
        ("s0", ()),
    ]
    assert store.placements()[c.id] == (a.id, "s2")
    assert store.unbuilt_article_ids() == []
    assert [x.id for x in store.articles([c.id, a.id])] == [a.id, c.id]


def test_unbuilt_undated_ids(location):
    store = open_store(location)
    dated = _article("Dated body about the ferry timetable.", published=datetime(2030, 1, 2, tzinfo=UTC))
    undated = _article("Undated body about the ferry timetable.")
    with store.transaction():
        store.add_article(dated)
        store.add_article(undated)
    assert store.unbuilt_article_ids() == [dated.id, undated.id]
    assert store.unbuilt_article_ids(undated=True) == [undated.id]
    with store.transaction():
        store.place_article(undated.id, None, None)
    assert store.unbuilt_article_ids(undated=True) == []


def test_change_token_moves_on_another_connections_write_only(location):
    """The web app's cache key: reads leave it alone, a commit through another connection moves it."""
    watcher, writer = open_store(location), open_store(location)
    before = watcher.change_token()
    writer.articles()
    assert watcher.change_token() == before
    with writer.transaction():
        writer.put_state("clusterer", b"state")
    assert watcher.change_token() != before
    watcher.close()
    writer.close()


def test_both_schemas_define_the_same_tables_and_columns(tmp_path):
    """schema.sql and schema_pg.sql are kept by hand in two dialects: they must not drift apart."""
    lite = open_store(tmp_path / "s.db")
    pg = open_store(fresh_database())
    tables = [r[0] for r in lite.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    ours = {t: {r[1] for r in lite.conn.execute(f"PRAGMA table_info({t})")} for t in tables if "fts" not in t}
    rows = pg.conn.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"
    ).fetchall()
    theirs: dict[str, set[str]] = {}
    for r in rows:
        theirs.setdefault(r["table_name"], set()).add(r["column_name"])
    theirs["articles"].discard("search")  # Postgres keeps its full-text vector in the table, SQLite in FTS5
    assert ours == theirs
    lite.close()
    pg.close()


def test_version_1_store_is_unplaced_by_the_upgrade(location):
    """Stories built before the incremental build indexes existed have none: the upgrade unplaces every article
    (analyses stay), so the next build places them again and fills the indexes."""
    store = open_store(location)
    article = _article("The ferry operator added a night crossing to Carrow from May.")
    with store.transaction():
        store.add_article(article)
        store.place_article(article.id, None, "s1")
        store.replace_stories([Story("s1", "Night ferry", (article.id,))])
        store.put_state("clusterer", b"old")
    store.close()
    for table in ("index_values", "index_counts", "index_postings"):
        _raw(location, f"DROP TABLE {table}")
    _raw(location, "UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    upgraded = open_store(location)
    assert upgraded.unbuilt_article_ids() == [article.id] and upgraded.placement(article.id) == (None, None)
    assert upgraded.stories() == [] and upgraded.get_state("clusterer") is None
    with upgraded.transaction():
        upgraded.add_index_counts("link.n", {"docs": 2})
        upgraded.add_index_counts("link.n", {"docs": 1})
    assert upgraded.index_counts("link.n", ["docs", "stories"]) == {"docs": 3}


def test_version_4_store_gains_the_version_5_indexes(location):
    store = open_store(location)
    with store.transaction():
        store.add_article(_article("The dockworkers' union called off the strike at Port Alden."))
    store.close()
    for index in ("articles_text_dates", "articles_outlet"):
        _raw(location, f"DROP INDEX {index}")
    _raw(location, "UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    store = open_store(location)
    assert store.schema_version == migrations.SCHEMA_VERSION and store.article_count() == 1
    assert store.numeric_text_dates() == []
    store.close()
    if location.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(location) as conn:
            names = {
                r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'articles'")
            }
    else:
        with sqlite3.connect(location) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"articles_text_dates", "articles_outlet"} <= names


def test_arrival_number_is_an_index_probe_also_in_an_older_store(tmp_path):
    """add_article reads MAX(seq) for every article: a scan of the articles made ingest O(N) an article."""
    from storyline.store.sqlite import NEXT_SEQ

    path = str(tmp_path / "s.db")
    store = open_store(path)
    with store.transaction():
        store.add_article(_article("The dockworkers' union called off the strike at Port Alden."))
    store.close()
    _raw(path, "DROP INDEX articles_seq")  # a store made before the index
    with sqlite3.connect(path) as conn:
        assert "articles_seq" not in str(conn.execute(f"EXPLAIN QUERY PLAN {NEXT_SEQ}").fetchall())
    store = open_store(path)
    with store.transaction():
        store.add_article(_article("The harbour reopened on Monday after the strike at Port Alden ended."))
    plan = str([tuple(r) for r in store.conn.execute(f"EXPLAIN QUERY PLAN {NEXT_SEQ}")])
    assert "COVERING INDEX articles_seq" in plan
    assert sorted(store.arrival_order(store.article_outlets()).values()) == [1, 2]
    store.close()


def test_index_postings_file_a_member_under_exactly_its_keys(location):
    """Refiling drops the member's earlier keys, repeated keys are filed once, no keys unfiles it, and a failed
    transaction leaves the postings as they were (Postgres sends the delete and the inserts as one pipeline)."""
    store = open_store(location)
    with store.transaction():
        store.set_index_postings("alias.word", "a1", ["harbour", "pier", "harbour"])
        store.set_index_postings("alias.word", "a2", ["pier"])
        store.set_index_postings("alias.word", "a1", ["pier", "ferry"])
    assert store.index_postings("alias.word", ["harbour", "pier", "ferry"]) == {
        "pier": ["a1", "a2"],
        "ferry": ["a1"],
    }
    with pytest.raises(RuntimeError), store.transaction():
        store.set_index_postings("alias.word", "a2", [])
        raise RuntimeError("batch failed")
    assert store.index_postings("alias.word", ["pier"]) == {"pier": ["a1", "a2"]}
    with store.transaction():
        store.set_index_postings("alias.word", "a2", [])
    assert store.index_postings("alias.word", ["pier"]) == {"pier": ["a1"]}
