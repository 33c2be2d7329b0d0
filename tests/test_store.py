"""The SQLite store: transactions, schema versions, search, id resolution."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from storyline.errors import NotFoundError, StoreError
from storyline.ids import text_id
from storyline.model import Analysis, Article, Entity, Mention, Reject, Removal, Story, Storyline
from storyline.store import open_store


def _article(body: str, **kw) -> Article:
    return Article(id=text_id(body), source=kw.pop("source", "a.txt"), body=body, **kw)


def test_article_round_trip(tmp_path):
    store = open_store(tmp_path / "s.db")
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
    assert store.unbuilt_article_ids() == [article.id]


def test_failed_transaction_leaves_store_unchanged(tmp_path):
    store = open_store(tmp_path / "s.db")
    first = _article("First article body about the council budget vote.")
    with store.transaction():
        store.add_article(first)
    with pytest.raises(RuntimeError), store.transaction():
        store.add_article(_article("Second article body about a ferry strike."))
        raise RuntimeError("crash mid-batch")
    assert [a.id for a in store.articles()] == [first.id]
    assert [h.article_id for h in store.search("ferry")] == []


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(path)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        open_store(path)


def test_search_treats_query_as_plain_words(tmp_path):
    store = open_store(tmp_path / "s.db")
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


def test_resolve_id_by_prefix_and_rejects_bad_ids(tmp_path):
    store = open_store(tmp_path / "s.db")
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


def test_inferred_date_never_overwrites_a_found_date(tmp_path):
    store = open_store(tmp_path / "s.db")
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


def test_analyses_entities_state_and_rejects(tmp_path):
    store = open_store(tmp_path / "s.db")
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
