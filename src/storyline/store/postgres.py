"""The shared store for many machines: the SQLite store's interface and semantics on a Postgres server.

Writers are serialised by a transaction-scoped advisory lock (what SQLite's BEGIN IMMEDIATE gives), readers never
wait (MVCC). Full-text search uses a generated tsvector column and ts_headline for [[ ]]-marked snippets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any

from storyline.errors import StoreError
from storyline.model import Article
from storyline.store.base import SearchHit, plain_words
from storyline.store.codec import article_row
from storyline.store.migrations import PG_MIGRATIONS, SCHEMA_VERSION, pending
from storyline.store.sql import Row, SQLStore, search_hit

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


_BUMP_GENERATION = (
    "INSERT INTO meta (key, value) VALUES ('generation', '1')"
    " ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text"
)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", url)


class PostgresStore(SQLStore):
    """Everything the pipeline produced, keyed by content hash, in one Postgres database (or schema)."""

    _COLLATE = ' COLLATE "C"'  # byte order, as SQLite sorts text

    def __init__(self, url: str) -> None:
        if psycopg is None:
            raise StoreError("the Postgres store needs psycopg: pip install 'storyline[scale]'")
        self.url = redact(url)
        self._depth = 0
        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.url}: {exc}".strip()) from exc
        encoding = self.conn.info.parameter_status("server_encoding")
        if encoding != "UTF8":  # psycopg sends text to a SQL_ASCII database as bytea: no id lookup would work
            self.conn.close()
            raise StoreError(
                f"cannot open store {self.url}: the database's encoding is {encoding}, storyline needs UTF8"
                " (CREATE DATABASE name ENCODING 'UTF8' TEMPLATE template0)"
            )
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

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """All-or-nothing: a failure inside rolls everything in the block back; one writer at a time. A write
        Postgres refuses (read-only database, lost connection) surfaces as a one-line StoreError, as on SQLite."""
        if self._depth:
            yield self.conn
            return
        self._depth = 1
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                yield self.conn
                self.conn.execute(_BUMP_GENERATION)  # readers' caches see the commit (change_token)
        except psycopg.Error as exc:
            # psycopg's messages span lines ("server closed the connection unexpectedly\n\tThis probably...")
            cause = " ".join(str(exc).split())
            raise StoreError(
                f"cannot write to store {self.url} ({cause}); the batch in flight was rolled back"
            ) from exc
        finally:
            self._depth = 0

    def change_token(self) -> int:
        """The write generation every committed transaction() bumps (Postgres has no data_version)."""
        row = self._one("SELECT value FROM meta WHERE key = 'generation'")
        return int(row["value"]) if row else 0

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        return self.conn.execute(_pg(sql), params).fetchone()  # type: ignore[arg-type]

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.conn.execute(_pg(sql), params).fetchall()  # type: ignore[arg-type]

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(_pg(sql), params)  # type: ignore[arg-type]

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)  # type: ignore[arg-type]

    def add_article(self, article: Article) -> None:
        row = article_row(article)
        columns = ", ".join(row)
        marks = ", ".join(f"%({c})s" for c in row)
        self.conn.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", row)  # type: ignore[arg-type]

    def set_index_postings(self, space: str, member: str, keys: Iterable[str]) -> None:
        """As on SQLite, in two statements sent in one round trip (a pipeline; the keys as one array): a build
        files each new article under five alias namespaces, and the round trips, not the server's work, cost."""
        with self.conn.pipeline():
            self.conn.execute("DELETE FROM index_postings WHERE space = %s AND member = %s", (space, member))
            self.conn.execute(
                "INSERT INTO index_postings (space, key, member) SELECT %s, k, %s FROM unnest(%s::text[]) AS k",
                (space, member, list(dict.fromkeys(keys))),
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
        return [search_hit(r, float(r["rank"])) for r in rows]


def _pg(sql: str) -> str:
    """The shared SQL's ``?`` placeholders in psycopg's style."""
    return sql.replace("?", "%s")
