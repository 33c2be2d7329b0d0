"""The default store: one SQLite file in WAL mode, FTS5 over headline and body, transactional batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.errors import StoreError
from storyline.model import Article
from storyline.store.base import SearchHit, plain_words
from storyline.store.codec import article_row
from storyline.store.migrations import migrate
from storyline.store.sql import Row, SQLStore, search_hit

# the next arrival number (schema.sql indexes seq, so this is a probe, not a scan)
NEXT_SEQ = "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles"


class SQLiteStore(SQLStore):
    """Everything the pipeline produced, keyed by content hash; every write happens inside a transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            schema = resources.files("storyline.store").joinpath("schema.sql").read_text()
            self.conn.executescript(f"BEGIN IMMEDIATE;\n{schema}\nCOMMIT;")
            with self.transaction():
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: a failure inside (or at COMMIT) rolls everything in the block back; a write SQLite
        refuses (disk full, read-only file, locked past the timeout) surfaces as a one-line StoreError."""
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:  # SQLite has already rolled back after some errors (disk full)
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot write to store {self.path} ({exc}); the batch in flight was rolled back"
            ) from exc

    def change_token(self) -> int:
        """SQLite's own counter of commits made through other connections (PRAGMA data_version)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        return self.conn.execute(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(sql, params).fetchall()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, params)

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def add_article(self, article: Article) -> None:
        row = article_row(article)
        seq = self.conn.execute(NEXT_SEQ).fetchone()[0]
        row["seq"] = seq
        columns = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        self.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", row)

    # ---- search -------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search; the query is taken as plain words (FTS5 syntax characters are neutralised).

        Ranks every match with bm25 but builds snippets for the page's rows only: a snippet re-tokenises the
        whole body, so snippeting every match made common words 2-3x slower on the 10k-article bench store.
        """
        match = _fts_query(query)
        if not match or limit <= 0:
            return []
        top = self.conn.execute(
            "SELECT rowid, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH ?"
            " ORDER BY rank, rowid LIMIT ? OFFSET ?",
            (match, limit, max(offset, 0)),
        ).fetchall()
        if not top:
            return []
        rank = {r[0]: r[1] for r in top}
        rows = self.conn.execute(
            "SELECT a.rowid AS rid, a.id, a.headline, a.outlet, a.published, a.story_id,"
            " snippet(articles_fts, 1, '[[', ']]', ' … ', 24) AS snip"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            # one scan of the page's rowid range (a plain IN would re-run the MATCH once per row)
            " WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ?"
            f" AND +articles_fts.rowid IN ({','.join('?' * len(rank))})",
            (match, min(rank), max(rank), *rank),
        ).fetchall()
        order = {rid: i for i, rid in enumerate(rank)}
        rows.sort(key=lambda r: order[r["rid"]])
        return [search_hit(r, rank[r["rid"]]) for r in rows]


def _fts_query(query: str) -> str:
    return " ".join(f'"{w}"' for w in plain_words(query))
