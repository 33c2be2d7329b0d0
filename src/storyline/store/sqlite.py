"""The default store: one SQLite file in WAL mode, FTS5 over headline and body, transactional batches."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from storyline.errors import NotFoundError, StoreError
from storyline.model import Analysis, Article, Entity, Reject, Story, Storyline
from storyline.store.base import SearchHit, plain_words
from storyline.store.codec import (
    analysis_from_json,
    analysis_to_json,
    article_from_row,
    article_row,
    iso,
    parse_iso,
)
from storyline.store.migrations import SCHEMA_VERSION, migrate


def _now() -> str:
    return datetime.now(UTC).isoformat()


class SQLiteStore:
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

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing: a failure inside rolls everything in the block back."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    # ---- ingest -------------------------------------------------------------------------------------

    def seen_input(self, source: str, raw_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM inputs WHERE source = ? AND raw_hash = ?", (source, raw_hash)
        ).fetchone()
        return row is not None

    def article_exists(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def source_of(self, article_id: str) -> str | None:
        row = self.conn.execute("SELECT source FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["source"] if row else None

    def add_article(self, article: Article) -> None:
        row = article_row(article)
        seq = self.conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        row["seq"] = seq
        columns = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        self.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", row)

    def record_input(self, source: str, raw_hash: str, article_id: str | None) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO inputs (source, raw_hash, article_id, seen_at) VALUES (?, ?, ?, ?)",
            (source, raw_hash, article_id, _now()),
        )

    def add_reject(self, reject: Reject) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO rejects (source, reason, raw_hash, created_at) VALUES (?, ?, ?, ?)",
            (reject.source, reject.reason, reject.raw_hash, _now()),
        )

    def rejects(self) -> list[Reject]:
        rows = self.conn.execute("SELECT source, reason, raw_hash FROM rejects ORDER BY created_at, source")
        return [Reject(r["source"], r["reason"], r["raw_hash"]) for r in rows]

    # ---- articles -----------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return article_from_row(row)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles in arrival order (all, or the given ids)."""
        if ids is None:
            rows = self.conn.execute("SELECT * FROM articles ORDER BY seq").fetchall()
        else:
            wanted = list(dict.fromkeys(ids))
            rows = []
            for chunk in _chunks(wanted, 500):
                marks = ",".join("?" * len(chunk))
                rows += self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk).fetchall()
            rows.sort(key=lambda r: r["seq"])
        return [article_from_row(r) for r in rows]

    def article_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def unbuilt_article_ids(self) -> list[str]:
        rows = self.conn.execute("SELECT id FROM articles WHERE built = 0 ORDER BY seq")
        return [r["id"] for r in rows]

    def placement(self, article_id: str) -> tuple[str | None, str | None]:
        """(duplicate_of, story_id) of one article."""
        row = self.conn.execute(
            "SELECT duplicate_of, story_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return row["duplicate_of"], row["story_id"]

    def placements(self) -> dict[str, tuple[str | None, str | None]]:
        rows = self.conn.execute("SELECT id, duplicate_of, story_id FROM articles")
        return {r["id"]: (r["duplicate_of"], r["story_id"]) for r in rows}

    def place_article(self, article_id: str, duplicate_of: str | None, story_id: str | None) -> None:
        self.conn.execute(
            "UPDATE articles SET duplicate_of = ?, story_id = ?, built = 1 WHERE id = ?",
            (duplicate_of, story_id, article_id),
        )

    def set_duplicate_of(self, article_id: str, duplicate_of: str | None) -> None:
        self.conn.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (duplicate_of, article_id))

    def set_inferred_date(self, article_id: str, published: datetime, evidence: str) -> None:
        """Record an inferred date, never overwriting a date found in the article itself."""
        row = self.conn.execute(
            "SELECT flags FROM articles WHERE id = ? AND (published IS NULL OR published_inferred = 1)",
            (article_id,),
        ).fetchone()
        if row is None:
            return
        flags = json.loads(row["flags"])
        if "date_inferred" not in flags:
            flags.append("date_inferred")
        self.conn.execute(
            "UPDATE articles SET published = ?, published_inferred = 1, published_evidence = ?, flags = ?"
            " WHERE id = ?",
            (iso(published), evidence, json.dumps(flags), article_id),
        )

    # ---- analyses -----------------------------------------------------------------------------------

    def put_analyses(self, analyses: Iterable[Analysis]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO analyses (article_id, data) VALUES (?, ?)",
            ((a.article_id, analysis_to_json(a)) for a in analyses),
        )

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, Analysis]:
        if ids is None:
            rows = self.conn.execute("SELECT data FROM analyses").fetchall()
        else:
            rows = []
            for chunk in _chunks(list(ids), 500):
                marks = ",".join("?" * len(chunk))
                rows += self.conn.execute(
                    f"SELECT data FROM analyses WHERE article_id IN ({marks})", chunk
                ).fetchall()
        result = (analysis_from_json(r["data"]) for r in rows)
        return {a.article_id: a for a in result}

    def unanalyzed_article_ids(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM analyses) ORDER BY seq"
        )
        return [r["id"] for r in rows]

    # ---- stories, storylines, entities --------------------------------------------------------------

    def replace_stories(self, stories: Sequence[Story]) -> None:
        self.conn.execute("DELETE FROM stories")
        self.conn.executemany(
            "INSERT INTO stories (id, title, first_seen, last_seen, storyline_id) VALUES (?, ?, ?, ?, ?)",
            ((s.id, s.title, iso(s.first_seen), iso(s.last_seen), s.storyline_id) for s in stories),
        )

    def replace_storylines(self, storylines: Sequence[Storyline]) -> None:
        self.conn.execute("DELETE FROM storylines")
        self.conn.executemany(
            "INSERT INTO storylines (id, title, story_ids) VALUES (?, ?, ?)",
            ((s.id, s.title, json.dumps(list(s.story_ids))) for s in storylines),
        )

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        self.conn.execute("DELETE FROM entities")
        self.conn.executemany(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)",
            ((e.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False)) for e in entities),
        )

    def entities(self) -> list[Entity]:
        rows = self.conn.execute("SELECT * FROM entities ORDER BY name")
        return [Entity(r["id"], r["name"], r["type"], tuple(json.loads(r["aliases"]))) for r in rows]

    def stories(self) -> list[Story]:
        """All stories, newest first."""
        members: dict[str, list[str]] = {}
        for r in self.conn.execute(
            "SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY seq"
        ):
            members.setdefault(r["story_id"], []).append(r["id"])
        rows = self.conn.execute("SELECT * FROM stories ORDER BY last_seen DESC, id").fetchall()
        return [_story(r, members.get(r["id"], [])) for r in rows]

    def story(self, story_id: str) -> Story:
        row = self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no story with id {story_id}")
        ids = [
            r["id"]
            for r in self.conn.execute("SELECT id FROM articles WHERE story_id = ? ORDER BY seq", (story_id,))
        ]
        return _story(row, ids)

    def storylines(self) -> list[Storyline]:
        rows = self.conn.execute("SELECT * FROM storylines ORDER BY id").fetchall()
        return [Storyline(r["id"], r["title"], tuple(json.loads(r["story_ids"]))) for r in rows]

    def storyline(self, storyline_id: str) -> Storyline:
        row = self.conn.execute("SELECT * FROM storylines WHERE id = ?", (storyline_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no storyline with id {storyline_id}")
        return Storyline(row["id"], row["title"], tuple(json.loads(row["story_ids"])))

    def resolve_id(self, prefix: str) -> tuple[str, str]:
        """Find what a (possibly abbreviated) id names: ("story"|"storyline"|"article", full id)."""
        if not prefix or not all(c.isalnum() or c in "-_" for c in prefix):
            raise NotFoundError(f"not a valid id: {prefix!r}")
        found: list[tuple[str, str]] = []
        for kind, table in (("story", "stories"), ("storyline", "storylines"), ("article", "articles")):
            rows = self.conn.execute(
                f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2", (prefix + "%",)
            ).fetchall()
            found += [(kind, r["id"]) for r in rows]
        exact = [f for f in found if f[1] == prefix]
        if exact:
            return exact[0]
        if not found:
            raise NotFoundError(f"no story, storyline or article with id {prefix}")
        if len(found) > 1:
            raise NotFoundError(f"id prefix {prefix} is ambiguous; give more characters")
        return found[0]

    # ---- online state -------------------------------------------------------------------------------

    def get_state(self, name: str) -> bytes | None:
        row = self.conn.execute("SELECT data FROM state WHERE name = ?", (name,)).fetchone()
        return bytes(row["data"]) if row else None

    def put_state(self, name: str, data: bytes) -> None:
        self.conn.execute("INSERT OR REPLACE INTO state (name, data) VALUES (?, ?)", (name, data))

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
        return [
            SearchHit(
                r["id"],
                r["headline"],
                r["outlet"],
                parse_iso(r["published"]),
                r["story_id"],
                r["snip"],
                rank[r["rid"]],
            )
            for r in rows
        ]


def _fts_query(query: str) -> str:
    return " ".join(f'"{w}"' for w in plain_words(query))


def _story(row: sqlite3.Row, article_ids: list[str]) -> Story:
    return Story(
        id=row["id"],
        title=row["title"],
        article_ids=tuple(article_ids),
        first_seen=parse_iso(row["first_seen"]),
        last_seen=parse_iso(row["last_seen"]),
        storyline_id=row["storyline_id"],
    )


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
