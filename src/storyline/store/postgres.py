"""The shared store for many machines: the SQLite store's interface and semantics on a Postgres server.

Writers are serialised by a transaction-scoped advisory lock (what SQLite's BEGIN IMMEDIATE gives), readers never
wait (MVCC). Full-text search uses a generated tsvector column and ts_headline for [[ ]]-marked snippets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from typing import Any

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
from storyline.store.migrations import PG_MIGRATIONS, SCHEMA_VERSION, pending

try:
    import psycopg
    from psycopg.rows import dict_row
except ImportError:  # pragma: no cover - exercised only without the extra installed
    psycopg = None  # type: ignore[assignment]

# pg_advisory_xact_lock keys (arbitrary constants, "stor" + 1/2): one writer at a time; schema set-up once.
WRITE_LOCK = 0x73746F7201
SCHEMA_LOCK = 0x73746F7202
# ts_headline options matching the SQLite snippet (about 24 words, [[ ]] around matches, " … " between parts)
HEADLINE = 'StartSel="[[", StopSel="]]", MaxWords=24, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
TEXT_SEARCH_CONFIG = "english"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", url)


class PostgresStore:
    """Everything the pipeline produced, keyed by content hash, in one Postgres database (or schema)."""

    def __init__(self, url: str) -> None:
        if psycopg is None:
            raise StoreError("the Postgres store needs psycopg: pip install 'storyline[scale]'")
        self.url = redact(url)
        self._depth = 0
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.url}: {exc}".strip()) from exc
        try:
            self._set_up()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot open store {self.url}: {exc}") from exc
        except StoreError:
            self.conn.close()
            raise

    def _set_up(self) -> None:
        """Create the tables on first use and migrate an older schema; cheap (one query) when up to date."""
        if self._version() == SCHEMA_VERSION:
            return
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            current = self._version()  # another process may have set up the store while we waited
            if current is None:
                schema = resources.files("storyline.store").joinpath("schema_pg.sql").read_text()
                self.conn.execute(schema)  # type: ignore[arg-type]  # trusted file, many statements
                current = SCHEMA_VERSION
            for version in pending(current):
                PG_MIGRATIONS[version](self.conn)
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (str(SCHEMA_VERSION),),
            )

    def _version(self) -> int | None:
        if self._one("SELECT to_regclass('meta') IS NOT NULL AS ok")["ok"] is False:
            return None
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row["value"]) if row else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """All-or-nothing: a failure inside rolls everything in the block back; one writer at a time."""
        if self._depth:
            yield self.conn
            return
        self._depth = 1
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                yield self.conn
        except psycopg.Error as exc:
            raise StoreError(f"store write failed and was rolled back: {exc}") from exc
        finally:
            self._depth = 0

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        return self.conn.execute(sql, params).fetchone()  # type: ignore[arg-type]

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self.conn.execute(sql, params).fetchall()  # type: ignore[arg-type]

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(sql, rows)  # type: ignore[arg-type]

    # ---- ingest -------------------------------------------------------------------------------------

    def seen_input(self, source: str, raw_hash: str) -> bool:
        return (
            self._one("SELECT 1 FROM inputs WHERE source = %s AND raw_hash = %s", (source, raw_hash))
            is not None
        )

    def article_exists(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = %s", (article_id,)) is not None

    def source_of(self, article_id: str) -> str | None:
        row = self._one("SELECT source FROM articles WHERE id = %s", (article_id,))
        return row["source"] if row else None

    def add_article(self, article: Article) -> None:
        row = article_row(article)
        columns = ", ".join(row)
        marks = ", ".join(f"%({c})s" for c in row)
        self.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", row)  # type: ignore[arg-type]

    def record_input(self, source: str, raw_hash: str, article_id: str | None) -> None:
        self.conn.execute(
            "INSERT INTO inputs (source, raw_hash, article_id, seen_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING",
            (source, raw_hash, article_id, _now()),
        )

    def add_reject(self, reject: Reject) -> None:
        self.conn.execute(
            "INSERT INTO rejects (source, reason, raw_hash, created_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (source, reason) DO UPDATE SET raw_hash = EXCLUDED.raw_hash,"
            " created_at = EXCLUDED.created_at",
            (reject.source, reject.reason, reject.raw_hash, _now()),
        )

    def rejects(self) -> list[Reject]:
        rows = self._all(
            'SELECT source, reason, raw_hash FROM rejects ORDER BY created_at, source COLLATE "C"'
        )
        return [Reject(r["source"], r["reason"], r["raw_hash"]) for r in rows]

    # ---- articles -----------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        row = self._one("SELECT * FROM articles WHERE id = %s", (article_id,))
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return article_from_row(row)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles in arrival order (all, or the given ids)."""
        if ids is None:
            rows = self._all("SELECT * FROM articles ORDER BY seq")
        else:
            rows = self._all("SELECT * FROM articles WHERE id = ANY(%s) ORDER BY seq", (list(ids),))
        return [article_from_row(r) for r in rows]

    def article_count(self) -> int:
        return self._one("SELECT COUNT(*) AS n FROM articles")["n"]  # type: ignore[index]

    def unbuilt_article_ids(self) -> list[str]:
        return [r["id"] for r in self._all("SELECT id FROM articles WHERE built = 0 ORDER BY seq")]

    def placement(self, article_id: str) -> tuple[str | None, str | None]:
        """(duplicate_of, story_id) of one article."""
        row = self._one("SELECT duplicate_of, story_id FROM articles WHERE id = %s", (article_id,))
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return row["duplicate_of"], row["story_id"]

    def placements(self) -> dict[str, tuple[str | None, str | None]]:
        rows = self._all("SELECT id, duplicate_of, story_id FROM articles")
        return {r["id"]: (r["duplicate_of"], r["story_id"]) for r in rows}

    def place_article(self, article_id: str, duplicate_of: str | None, story_id: str | None) -> None:
        self.conn.execute(
            "UPDATE articles SET duplicate_of = %s, story_id = %s, built = 1 WHERE id = %s",
            (duplicate_of, story_id, article_id),
        )

    def set_duplicate_of(self, article_id: str, duplicate_of: str | None) -> None:
        self.conn.execute("UPDATE articles SET duplicate_of = %s WHERE id = %s", (duplicate_of, article_id))

    def set_inferred_date(self, article_id: str, published: datetime, evidence: str) -> None:
        """Record an inferred date, never overwriting a date found in the article itself."""
        row = self._one(
            "SELECT flags FROM articles WHERE id = %s AND (published IS NULL OR published_inferred = 1)",
            (article_id,),
        )
        if row is None:
            return
        flags = json.loads(row["flags"])
        if "date_inferred" not in flags:
            flags.append("date_inferred")
        self.conn.execute(
            "UPDATE articles SET published = %s, published_inferred = 1, published_evidence = %s, flags = %s"
            " WHERE id = %s",
            (iso(published), evidence, json.dumps(flags), article_id),
        )

    # ---- analyses -----------------------------------------------------------------------------------

    def put_analyses(self, analyses: Iterable[Analysis]) -> None:
        self._many(
            "INSERT INTO analyses (article_id, data) VALUES (%s, %s)"
            " ON CONFLICT (article_id) DO UPDATE SET data = EXCLUDED.data",
            ((a.article_id, analysis_to_json(a)) for a in analyses),
        )

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, Analysis]:
        if ids is None:
            rows = self._all("SELECT data FROM analyses")
        else:
            rows = self._all("SELECT data FROM analyses WHERE article_id = ANY(%s)", (list(ids),))
        result = (analysis_from_json(r["data"]) for r in rows)
        return {a.article_id: a for a in result}

    def unanalyzed_article_ids(self) -> list[str]:
        rows = self._all(
            "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id)"
            " ORDER BY seq"
        )
        return [r["id"] for r in rows]

    # ---- stories, storylines, entities --------------------------------------------------------------

    def replace_stories(self, stories: Sequence[Story]) -> None:
        self.conn.execute("DELETE FROM stories")
        self._many(
            "INSERT INTO stories (id, title, first_seen, last_seen, storyline_id) VALUES (%s, %s, %s, %s, %s)",
            ((s.id, s.title, iso(s.first_seen), iso(s.last_seen), s.storyline_id) for s in stories),
        )

    def replace_storylines(self, storylines: Sequence[Storyline]) -> None:
        self.conn.execute("DELETE FROM storylines")
        self._many(
            "INSERT INTO storylines (id, title, story_ids) VALUES (%s, %s, %s)",
            ((s.id, s.title, json.dumps(list(s.story_ids))) for s in storylines),
        )

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        self.conn.execute("DELETE FROM entities")
        self._many(
            "INSERT INTO entities (id, name, type, aliases) VALUES (%s, %s, %s, %s)",
            ((e.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False)) for e in entities),
        )

    def entities(self) -> list[Entity]:
        rows = self._all('SELECT * FROM entities ORDER BY name COLLATE "C"')  # byte order, as in SQLite
        return [Entity(r["id"], r["name"], r["type"], tuple(json.loads(r["aliases"]))) for r in rows]

    def stories(self) -> list[Story]:
        """All stories, newest first."""
        members: dict[str, list[str]] = {}
        for r in self._all("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY seq"):
            members.setdefault(r["story_id"], []).append(r["id"])
        # NULLS LAST: SQLite sorts NULL lowest, so DESC puts undated stories last there too
        rows = self._all('SELECT * FROM stories ORDER BY last_seen DESC NULLS LAST, id COLLATE "C"')
        return [_story(r, members.get(r["id"], [])) for r in rows]

    def story(self, story_id: str) -> Story:
        row = self._one("SELECT * FROM stories WHERE id = %s", (story_id,))
        if row is None:
            raise NotFoundError(f"no story with id {story_id}")
        ids = [
            r["id"]
            for r in self._all("SELECT id FROM articles WHERE story_id = %s ORDER BY seq", (story_id,))
        ]
        return _story(row, ids)

    def storylines(self) -> list[Storyline]:
        rows = self._all('SELECT * FROM storylines ORDER BY id COLLATE "C"')
        return [Storyline(r["id"], r["title"], tuple(json.loads(r["story_ids"]))) for r in rows]

    def storyline(self, storyline_id: str) -> Storyline:
        row = self._one("SELECT * FROM storylines WHERE id = %s", (storyline_id,))
        if row is None:
            raise NotFoundError(f"no storyline with id {storyline_id}")
        return Storyline(row["id"], row["title"], tuple(json.loads(row["story_ids"])))

    def resolve_id(self, prefix: str) -> tuple[str, str]:
        """Find what a (possibly abbreviated) id names: ("story"|"storyline"|"article", full id)."""
        if not prefix or not all(c.isalnum() or c in "-_" for c in prefix):
            raise NotFoundError(f"not a valid id: {prefix!r}")
        found: list[tuple[str, str]] = []
        for kind, table in (("story", "stories"), ("storyline", "storylines"), ("article", "articles")):
            rows = self._all(f"SELECT id FROM {table} WHERE id LIKE %s LIMIT 2", (prefix + "%",))
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
        row = self._one("SELECT data FROM state WHERE name = %s", (name,))
        return bytes(row["data"]) if row else None

    def put_state(self, name: str, data: bytes) -> None:
        self.conn.execute(
            "INSERT INTO state (name, data) VALUES (%s, %s) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data",
            (name, data),
        )

    # ---- search -------------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search; the query is taken as plain words that must all occur (stemmed, like FTS5)."""
        words = " ".join(plain_words(query))
        if not words:
            return []
        # rank and page first, then build snippets for the page only (ts_headline re-parses the body)
        rows = self._all(
            "SELECT a.id, a.headline, a.outlet, a.published, a.story_id, hit.rank,"
            " ts_headline(%(cfg)s::regconfig, a.body, hit.q, %(opts)s) AS snip"
            " FROM (SELECT id, seq, q, -ts_rank_cd(search, q) AS rank"
            "       FROM articles, plainto_tsquery(%(cfg)s::regconfig, %(words)s) AS q"
            "       WHERE search @@ q ORDER BY rank, seq LIMIT %(limit)s OFFSET %(offset)s) AS hit"
            " JOIN articles a ON a.id = hit.id ORDER BY hit.rank, hit.seq",
            {  # type: ignore[arg-type]
                "cfg": TEXT_SEARCH_CONFIG,
                "opts": HEADLINE,
                "words": words,
                "limit": limit,
                "offset": offset,
            },
        )
        return [
            SearchHit(
                r["id"],
                r["headline"],
                r["outlet"],
                parse_iso(r["published"]),
                r["story_id"],
                r["snip"],
                float(r["rank"]),
            )
            for r in rows
        ]


def _story(row: dict[str, Any], article_ids: list[str]) -> Story:
    return Story(
        id=row["id"],
        title=row["title"],
        article_ids=tuple(article_ids),
        first_seen=parse_iso(row["first_seen"]),
        last_seen=parse_iso(row["last_seen"]),
        storyline_id=row["storyline_id"],
    )
