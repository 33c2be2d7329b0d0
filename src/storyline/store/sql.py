"""The store methods both backends share: portable SQL written once, with ``?`` placeholders.

A backend supplies the connection, transactions, schema set-up, ``add_article`` (how arrival order is numbered)
and ``search`` (FTS5 or tsvector), plus four helpers that run SQL (``_one``, ``_all``, ``_run``, ``_many``;
Postgres rewrites ``?`` to ``%s``). ``_COLLATE`` makes text ordering byte order on both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from storyline.errors import NotFoundError
from storyline.model import Analysis, Article, Entity, Reject, Story, Storyline
from storyline.store.base import FeedValidators, SearchHit, WatchedFile
from storyline.store.codec import (
    ARTICLE_COLUMNS,
    analysis_from_json,
    analysis_to_json,
    article_from_row,
    iso,
    parse_iso,
)
from storyline.store.migrations import SCHEMA_VERSION

Row = Mapping[str, Any]
_ID_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit
_READ_ARTICLES = f"SELECT seq, {', '.join(ARTICLE_COLUMNS)} FROM articles"


def now() -> str:
    return datetime.now(UTC).isoformat()


def _entity_row(e: Entity) -> tuple[str, str, str, str]:
    return (e.id, e.name, e.type, json.dumps(list(e.aliases), ensure_ascii=False))


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _story(row: Row, article_ids: list[str]) -> Story:
    return Story(
        id=row["id"],
        title=row["title"],
        article_ids=tuple(article_ids),
        first_seen=parse_iso(row["first_seen"]),
        last_seen=parse_iso(row["last_seen"]),
        storyline_id=row["storyline_id"],
    )


def _space(name: str) -> str:
    """An index namespace name, checked: it is written into statements (the IN helper takes only ids)."""
    if not name.replace(".", "").replace("_", "").isalnum():
        raise ValueError(f"bad index namespace {name!r}")
    return name


def search_hit(row: Row, rank: float) -> SearchHit:
    """A search result row (id, headline, outlet, published, story_id, snip) as a SearchHit."""
    return SearchHit(
        row["id"],
        row["headline"],
        row["outlet"],
        parse_iso(row["published"]),
        row["story_id"],
        row["snip"],
        rank,
    )


class SQLStore:
    """Everything the pipeline produced, keyed by content hash; the backend-independent half of a store."""

    _COLLATE = ""

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        raise NotImplementedError

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.conn.close()  # type: ignore[attr-defined]

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION

    def _in(self, sql: str, ids: Iterable[str], head: tuple[Any, ...] = ()) -> list[Row]:
        """Rows of ``sql`` (which ends in ``IN``) for the given ids, in chunks; ``head`` binds any ``?`` before."""
        rows: list[Row] = []
        for chunk in _chunks(list(dict.fromkeys(ids)), _ID_CHUNK):
            rows += self._all(f"{sql} ({','.join('?' * len(chunk))})", (*head, *chunk))
        return rows

    def _run_in(self, sql: str, ids: Iterable[str]) -> None:
        """Run ``sql`` (which ends in ``IN``) for the given ids, in chunks: the write twin of ``_in``."""
        for chunk in _chunks(list(dict.fromkeys(ids)), _ID_CHUNK):
            self._run(f"{sql} ({','.join('?' * len(chunk))})", chunk)

    # ---- ingest -------------------------------------------------------------------------------------

    def seen_input(self, source: str, raw_hash: str) -> bool:
        return (
            self._one("SELECT 1 FROM inputs WHERE source = ? AND raw_hash = ?", (source, raw_hash))
            is not None
        )

    def article_exists(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    def source_of(self, article_id: str) -> str | None:
        row = self._one("SELECT source FROM articles WHERE id = ?", (article_id,))
        return row["source"] if row else None

    def record_input(self, source: str, raw_hash: str, article_id: str | None) -> None:
        self._run(
            "INSERT INTO inputs (source, raw_hash, article_id, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (source, raw_hash, article_id, now()),
        )

    def add_reject(self, reject: Reject) -> None:
        self._run(
            "INSERT INTO rejects (source, reason, raw_hash, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (source, reason) DO UPDATE SET raw_hash = excluded.raw_hash,"
            " created_at = excluded.created_at",
            (reject.source, reject.reason, reject.raw_hash, now()),
        )

    def rejects(self) -> list[Reject]:
        rows = self._all(
            f"SELECT source, reason, raw_hash FROM rejects ORDER BY created_at, source{self._COLLATE}"
        )
        return [Reject(r["source"], r["reason"], r["raw_hash"]) for r in rows]

    # ---- articles -----------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        row = self._one(f"{_READ_ARTICLES} WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return article_from_row(row)

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """Articles in arrival order (all, or the given ids)."""
        if ids is None:
            rows = self._all(f"{_READ_ARTICLES} ORDER BY seq")
        else:
            rows = sorted(self._in(f"{_READ_ARTICLES} WHERE id IN", ids), key=lambda r: r["seq"])
        return [article_from_row(r) for r in rows]

    def outlet_counts(self) -> dict[str, int]:
        """How many articles each outlet name is shown on (one grouped query, for canonical names at ingest)."""
        rows = self._all(
            "SELECT outlet, COUNT(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
        )
        return {r["outlet"]: r["n"] for r in rows}

    def article_outlets(self) -> dict[str, str | None]:
        """Each article's shown outlet, without loading bodies (story listings name their outlets)."""
        return {r["id"]: r["outlet"] for r in self._all("SELECT id, outlet FROM articles")}

    def article_count(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM articles")
        return row["n"] if row else 0

    def unbuilt_article_ids(self, *, undated: bool = False) -> list[str]:
        """Articles not yet placed in a story, in arrival order (only those with no date, if ``undated``)."""
        where = "built = 0 AND published IS NULL" if undated else "built = 0"
        return [r["id"] for r in self._all(f"SELECT id FROM articles WHERE {where} ORDER BY seq")]

    def placement(self, article_id: str) -> tuple[str | None, str | None]:
        """(duplicate_of, story_id) of one article."""
        row = self._one("SELECT duplicate_of, story_id FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return row["duplicate_of"], row["story_id"]

    def has_unbuilt(self) -> bool:
        """Whether any article awaits analysis or placement (one indexed probe: a build with nothing new stops)."""
        return self._one("SELECT 1 FROM articles WHERE built = 0 LIMIT 1") is not None

    def undated_among(self, ids: Iterable[str]) -> list[str]:
        """Those of the given articles with no date, printed or inferred."""
        return [r["id"] for r in self._in("SELECT id FROM articles WHERE published IS NULL AND id IN", ids)]

    def story_members(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        """Story id -> its article ids in arrival order (copies included), for the given stories only."""
        members: dict[str, list[str]] = {}
        rows = self._in("SELECT id, story_id, seq FROM articles WHERE story_id IN", story_ids)
        for r in sorted(rows, key=lambda r: r["seq"]):
            members.setdefault(r["story_id"], []).append(r["id"])
        return members

    def placements(self) -> dict[str, tuple[str | None, str | None]]:
        rows = self._all("SELECT id, duplicate_of, story_id FROM articles")
        return {r["id"]: (r["duplicate_of"], r["story_id"]) for r in rows}

    def reset_placements(self) -> None:
        """Mark every article unplaced, for a rebuild (stories and duplicate groups are then redone)."""
        self._run("UPDATE articles SET duplicate_of = NULL, story_id = NULL, built = 0")

    def place_article(self, article_id: str, duplicate_of: str | None, story_id: str | None) -> None:
        self._run(
            "UPDATE articles SET duplicate_of = ?, story_id = ?, built = 1 WHERE id = ?",
            (duplicate_of, story_id, article_id),
        )

    def set_duplicate_of(self, article_id: str, duplicate_of: str | None) -> None:
        self._run("UPDATE articles SET duplicate_of = ? WHERE id = ?", (duplicate_of, article_id))

    def set_inferred_date(self, article_id: str, published: datetime, evidence: str) -> None:
        """Record an inferred date, never overwriting a date found in the article itself."""
        row = self._one(
            "SELECT flags FROM articles WHERE id = ? AND (published IS NULL OR published_inferred = 1)",
            (article_id,),
        )
        if row is None:
            return
        flags = json.loads(row["flags"])
        if "date_inferred" not in flags:
            flags.append("date_inferred")
        self._run(
            "UPDATE articles SET published = ?, published_inferred = 1, published_evidence = ?, flags = ?"
            " WHERE id = ?",
            (iso(published), evidence, json.dumps(flags), article_id),
        )

    def numeric_text_dates(self) -> list[tuple[str, str | None, datetime, str]]:
        """(id, outlet, published, evidence) of every article dated by a numeric date in its own text, whose
        evidence records the day/month reading (see ``storyline.extract.text_dates``)."""
        rows = self._all(
            "SELECT id, outlet, published, published_evidence FROM articles"
            # the expression of index articles_text_dates (a LIKE prefix uses no index under Postgres collations)
            " WHERE substr(published_evidence, 1, 5) = 'text-' AND published_inferred = 0"
        )
        return [
            (r["id"], r["outlet"], when, r["published_evidence"])
            for r in rows
            if (when := parse_iso(r["published"])) is not None
        ]

    def set_text_date(self, article_id: str, published: datetime, evidence: str) -> None:
        """Re-read an article's own text date (the other day/month reading): not an inferred date."""
        self._run(
            "UPDATE articles SET published = ?, published_evidence = ? WHERE id = ? AND published_inferred = 0",
            (iso(published), evidence, article_id),
        )

    # ---- analyses -----------------------------------------------------------------------------------

    def put_analyses(self, analyses: Iterable[Analysis]) -> None:
        self._many(
            "INSERT INTO analyses (article_id, data) VALUES (?, ?)"
            " ON CONFLICT (article_id) DO UPDATE SET data = excluded.data",
            ((a.article_id, analysis_to_json(a)) for a in analyses),
        )

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, Analysis]:
        if ids is None:
            rows = self._all("SELECT data FROM analyses")
        else:
            rows = self._in("SELECT data FROM analyses WHERE article_id IN", ids)
        result = (analysis_from_json(r["data"]) for r in rows)
        return {a.article_id: a for a in result}

    def analysis_count(self) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM analyses")
        return row["n"] if row else 0

    def analyzed_article_ids(self) -> list[str]:
        """Articles with a stored analysis, in arrival order (ids only: an index rebuild reads them in batches)."""
        rows = self._all("SELECT a.id FROM articles a JOIN analyses n ON n.article_id = a.id ORDER BY a.seq")
        return [r["id"] for r in rows]

    def unanalyzed_article_ids(self) -> list[str]:
        rows = self._all(
            # an article is analysed before it is placed (built), so only unbuilt ones need the probe
            "SELECT id FROM articles a WHERE built = 0"
            " AND NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id) ORDER BY seq"
        )
        return [r["id"] for r in rows]

    # ---- stories, storylines, entities --------------------------------------------------------------

    def replace_stories(self, stories: Sequence[Story]) -> None:
        self._run("DELETE FROM stories")
        self._many(
            "INSERT INTO stories (id, title, first_seen, last_seen, storyline_id) VALUES (?, ?, ?, ?, ?)",
            ((s.id, s.title, iso(s.first_seen), iso(s.last_seen), s.storyline_id) for s in stories),
        )

    def replace_storylines(self, storylines: Sequence[Storyline]) -> None:
        self._run("DELETE FROM storylines")
        self._many(
            "INSERT INTO storylines (id, title, story_ids) VALUES (?, ?, ?)",
            ((s.id, s.title, json.dumps(list(s.story_ids))) for s in storylines),
        )

    def replace_entities(self, entities: Sequence[Entity]) -> None:
        self._run("DELETE FROM entities")
        self._many(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)",
            map(_entity_row, entities),
        )

    def put_entities(self, entities: Sequence[Entity], removed: Iterable[str] = ()) -> None:
        """Insert or rewrite these entity rows and delete the ``removed`` ids (an incremental build's delta)."""
        self._run_in("DELETE FROM entities WHERE id IN", removed)
        self._many(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
            " SET name = excluded.name, type = excluded.type, aliases = excluded.aliases",
            map(_entity_row, entities),
        )

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Entity id -> name, for the given ids only."""
        return {r["id"]: r["name"] for r in self._in("SELECT id, name FROM entities WHERE id IN", ids)}

    def put_stories(self, stories: Sequence[Story]) -> None:
        """Insert or rewrite these story rows only (an incremental build's delta)."""
        self._many(
            "INSERT INTO stories (id, title, first_seen, last_seen, storyline_id) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_seen = excluded.first_seen,"
            " last_seen = excluded.last_seen, storyline_id = excluded.storyline_id",
            ((s.id, s.title, iso(s.first_seen), iso(s.last_seen), s.storyline_id) for s in stories),
        )

    def put_storylines(self, storylines: Sequence[Storyline], removed: Iterable[str] = ()) -> None:
        """Insert or rewrite these storylines, delete the ``removed`` ids, and point each member story at its
        storyline (an incremental build's delta)."""
        self._run_in("DELETE FROM storylines WHERE id IN", removed)
        self._many(
            "INSERT INTO storylines (id, title, story_ids) VALUES (?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET title = excluded.title, story_ids = excluded.story_ids",
            ((s.id, s.title, json.dumps(list(s.story_ids))) for s in storylines),
        )
        self._many(
            "UPDATE stories SET storyline_id = ? WHERE id = ?",
            ((line.id, sid) for line in storylines for sid in line.story_ids),
        )

    def storylines_by_id(self, ids: Iterable[str]) -> dict[str, Storyline]:
        rows = self._in("SELECT * FROM storylines WHERE id IN", ids)
        return {r["id"]: Storyline(r["id"], r["title"], tuple(json.loads(r["story_ids"]))) for r in rows}

    def storyline_ids_of(self, story_ids: Iterable[str]) -> dict[str, str | None]:
        """Story id -> the storyline it belongs to (stories already stored only)."""
        return {
            r["id"]: r["storyline_id"]
            for r in self._in("SELECT id, storyline_id FROM stories WHERE id IN", story_ids)
        }

    def story_counts(self) -> tuple[int, int]:
        """(stories, storylines) stored."""
        stories = self._one("SELECT COUNT(*) AS n FROM stories")
        lines = self._one("SELECT COUNT(*) AS n FROM storylines")
        return (stories["n"] if stories else 0), (lines["n"] if lines else 0)

    def entities(self) -> list[Entity]:
        rows = self._all(f"SELECT * FROM entities ORDER BY name{self._COLLATE}, id{self._COLLATE}")
        return [Entity(r["id"], r["name"], r["type"], tuple(json.loads(r["aliases"]))) for r in rows]

    def stories(self) -> list[Story]:
        """All stories, newest first (undated last)."""
        members: dict[str, list[str]] = {}
        for r in self._all("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL ORDER BY seq"):
            members.setdefault(r["story_id"], []).append(r["id"])
        rows = self._all(f"SELECT * FROM stories ORDER BY last_seen DESC NULLS LAST, id{self._COLLATE}")
        return [_story(r, members.get(r["id"], [])) for r in rows]

    def story(self, story_id: str) -> Story:
        row = self._one("SELECT * FROM stories WHERE id = ?", (story_id,))
        if row is None:
            raise NotFoundError(f"no story with id {story_id}")
        ids = [
            r["id"] for r in self._all("SELECT id FROM articles WHERE story_id = ? ORDER BY seq", (story_id,))
        ]
        return _story(row, ids)

    def storylines(self) -> list[Storyline]:
        rows = self._all(f"SELECT * FROM storylines ORDER BY id{self._COLLATE}")
        return [Storyline(r["id"], r["title"], tuple(json.loads(r["story_ids"]))) for r in rows]

    def storyline(self, storyline_id: str) -> Storyline:
        row = self._one("SELECT * FROM storylines WHERE id = ?", (storyline_id,))
        if row is None:
            raise NotFoundError(f"no storyline with id {storyline_id}")
        return Storyline(row["id"], row["title"], tuple(json.loads(row["story_ids"])))

    def resolve_id(self, prefix: str) -> tuple[str, str]:
        """Find what a (possibly abbreviated) id names: ("story"|"storyline"|"article", full id)."""
        if not prefix or not all(c.isalnum() or c in "-_" for c in prefix):
            raise NotFoundError(f"not a valid id: {prefix!r}")
        found: list[tuple[str, str]] = []
        for kind, table in (("story", "stories"), ("storyline", "storylines"), ("article", "articles")):
            rows = self._all(f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2", (prefix + "%",))
            found += [(kind, r["id"]) for r in rows]
        exact = [f for f in found if f[1] == prefix]
        if exact:
            return exact[0]
        if not found:
            raise NotFoundError(f"no story, storyline or article with id {prefix}")
        if len(found) > 1:
            raise NotFoundError(f"id prefix {prefix} is ambiguous; give more characters")
        return found[0]

    # ---- incremental indexes (index_values / index_counts / index_postings, one namespace each) -------

    def index_values(self, space: str, keys: Iterable[str]) -> dict[str, Any]:
        rows = self._in(
            f"SELECT key, value FROM index_values WHERE space = '{_space(space)}' AND key IN", keys
        )
        return {r["key"]: json.loads(r["value"]) for r in rows}

    def put_index_values(self, space: str, items: Mapping[str, Any]) -> None:
        self._many(
            "INSERT INTO index_values (space, key, value) VALUES (?, ?, ?)"
            " ON CONFLICT (space, key) DO UPDATE SET value = excluded.value",
            ((space, k, json.dumps(v, separators=(",", ":"), ensure_ascii=False)) for k, v in items.items()),
        )

    def index_counts(self, space: str, keys: Iterable[str]) -> dict[str, int]:
        rows = self._in(f"SELECT key, n FROM index_counts WHERE space = '{_space(space)}' AND key IN", keys)
        return {r["key"]: r["n"] for r in rows}

    def add_index_counts(self, space: str, deltas: Mapping[str, int]) -> None:
        self._many(
            "INSERT INTO index_counts (space, key, n) VALUES (?, ?, ?)"
            " ON CONFLICT (space, key) DO UPDATE SET n = index_counts.n + excluded.n",
            ((space, k, d) for k, d in deltas.items() if d),
        )

    def index_postings(self, space: str, keys: Iterable[str]) -> dict[str, list[str]]:
        """Key -> the members filed under it, in member order."""
        out: dict[str, list[str]] = {}
        sql = f"SELECT key, member FROM index_postings WHERE space = '{_space(space)}' AND key IN"
        for r in sorted(self._in(sql, keys), key=lambda r: r["member"]):
            out.setdefault(r["key"], []).append(r["member"])
        return out

    def index_postings_upto(self, space: str, keys: Iterable[str], limit: int) -> dict[str, list[str]]:
        """Key -> at most ``limit`` of its members (the first in the index's order), in member order: a caller
        that skips keys filed under more than ``limit - 1`` members reads that many rows a key, not its whole list."""
        out: dict[str, list[str]] = {}
        one = f"SELECT * FROM (SELECT key, member FROM index_postings WHERE space = '{_space(space)}' AND key = ?"
        for chunk in _chunks(list(dict.fromkeys(keys)), _ID_CHUNK // 2):
            sql = " UNION ALL ".join(f"{one} ORDER BY member LIMIT ?) AS k{i}" for i in range(len(chunk)))
            rows = self._all(sql, [p for key in chunk for p in (key, limit)])
            for r in sorted(rows, key=lambda r: r["member"]):
                out.setdefault(r["key"], []).append(r["member"])
        return out

    def postings_dated_within(
        self, space: str, key: str, days: Sequence[tuple[str, str]]
    ) -> dict[str, datetime | None]:
        """Members filed under ``key`` that are undated or whose day, as written, is within one of the inclusive
        ``days`` ranges (ISO dates), with their dates: filtered in the store, so a caller wanting a key's members
        near some dates does not read the whole posting (an ``alias.role`` title's: thousands)."""
        near = "".join(" OR substr(a.published, 1, 10) BETWEEN ? AND ?" for _ in days)
        rows = self._all(
            "SELECT p.member, a.published FROM index_postings p JOIN articles a ON a.id = p.member"
            f" WHERE p.space = ? AND p.key = ? AND (a.published IS NULL{near})",
            (_space(space), key, *(day for span in days for day in span)),
        )
        return {r["member"]: parse_iso(r["published"]) for r in rows}

    def set_index_postings(self, space: str, member: str, keys: Iterable[str]) -> None:
        """File ``member`` under exactly ``keys`` (its earlier keys are dropped)."""
        self._run("DELETE FROM index_postings WHERE space = ? AND member = ?", (space, member))
        self._many(
            "INSERT INTO index_postings (space, key, member) VALUES (?, ?, ?)",
            ((space, k, member) for k in dict.fromkeys(keys)),
        )

    def clear_index(self, prefix: str) -> None:
        """Drop every namespace starting with ``prefix`` (a rebuild starts its indexes from nothing)."""
        for table in ("index_values", "index_counts", "index_postings"):
            self._run(f"DELETE FROM {table} WHERE space LIKE ?", (_space(prefix) + "%",))

    def has_index(self, space: str) -> bool:
        """Whether the namespace holds any value (one indexed probe)."""
        return self._one("SELECT 1 FROM index_values WHERE space = ? LIMIT 1", (space,)) is not None

    # ---- alias index: person clusters in the order they were opened ----------------------------------

    def alias_people(self) -> list[tuple[str, str]]:
        """(folded first name, folded surname) of every person cluster, in the order they were opened."""
        return [(r["first"], r["last"]) for r in self._all("SELECT first, last FROM alias_people ORDER BY n")]

    def alias_people_count(self) -> int:
        row = self._one("SELECT COALESCE(MAX(n) + 1, 0) AS n FROM alias_people")
        return int(row["n"]) if row else 0

    def alias_people_by_keys(self, keys: Iterable[str]) -> list[tuple[int, str, str]]:
        """(number, first name, surname) of the clusters whose surname has one of these ``alias_surnames`` keys."""
        sql = "SELECT n, first, last FROM alias_people WHERE last IN (SELECT last FROM alias_surnames WHERE key IN"
        rows: list[Any] = []
        for chunk in _chunks(list(dict.fromkeys(keys)), _ID_CHUNK):
            rows += self._all(f"{sql} ({','.join('?' * len(chunk))}))", chunk)
        return sorted({r["n"]: (r["n"], r["first"], r["last"]) for r in rows}.values())  # once each

    def alias_people_named(self, words: Iterable[str]) -> list[tuple[int, str, str]]:
        """(number, first name, surname) of the clusters whose surname or first name is one of ``words``."""
        words = list(words)
        rows = self._in("SELECT n, first, last FROM alias_people WHERE last IN", words)
        rows += self._in("SELECT n, first, last FROM alias_people WHERE first IN", words)
        return [(r["n"], r["first"], r["last"]) for r in rows]

    def add_alias_people(self, start: int, people: Sequence[tuple[str, str]]) -> None:
        """Append clusters opened by a build, numbered from ``start`` (how many the store held)."""
        self._many(
            "INSERT INTO alias_people (n, first, last) VALUES (?, ?, ?)",
            ((start + i, first, last) for i, (first, last) in enumerate(people)),
        )

    def add_alias_surnames(self, keys: Iterable[tuple[str, str]]) -> None:
        """File surnames under their keys, (key, surname) pairs (pairs already filed are kept)."""
        self._many("INSERT INTO alias_surnames (key, last) VALUES (?, ?) ON CONFLICT DO NOTHING", keys)

    def clear_alias_surnames(self) -> None:
        self._run("DELETE FROM alias_surnames")

    def published_of(self, ids: Iterable[str]) -> dict[str, datetime | None]:
        """Article id -> its date (printed or inferred, None when undated), for the given ids: no bodies read."""
        return {
            r["id"]: parse_iso(r["published"])
            for r in self._in("SELECT id, published FROM articles WHERE id IN", ids)
        }

    def arrival_order(self, ids: Iterable[str]) -> dict[str, int]:
        """Article id -> its arrival number (``seq``), for the given ids."""
        return {r["id"]: r["seq"] for r in self._in("SELECT id, seq FROM articles WHERE id IN", ids)}

    # ---- online state -------------------------------------------------------------------------------

    def get_state(self, name: str) -> bytes | None:
        row = self._one("SELECT data FROM state WHERE name = ?", (name,))
        return bytes(row["data"]) if row else None

    def drop_state(self, name: str) -> None:
        self._run("DELETE FROM state WHERE name = ?", (name,))

    def put_state(self, name: str, data: bytes) -> None:
        self._run(
            "INSERT INTO state (name, data) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET data = excluded.data",
            (name, data),
        )

    # ---- watch: what a running `storyline watch` has already seen ------------------------------------

    def feed_validators(self, url: str) -> FeedValidators:
        row = self._one("SELECT etag, last_modified FROM watched_feeds WHERE url = ?", (url,))
        return FeedValidators(row["etag"], row["last_modified"]) if row else FeedValidators(None, None)

    def put_feed_validators(self, url: str, validators: FeedValidators) -> None:
        self._run(
            "INSERT INTO watched_feeds (url, etag, last_modified) VALUES (?, ?, ?) ON CONFLICT (url)"
            " DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified",
            (url, validators.etag, validators.last_modified),
        )

    def seen_entries(self, feed: str, entries: Iterable[str]) -> set[str]:
        rows = self._in("SELECT entry FROM watched_entries WHERE feed = ? AND entry IN", entries, (feed,))
        return {r["entry"] for r in rows}

    def add_seen_entries(self, feed: str, entries: Iterable[str]) -> None:
        self._many(
            "INSERT INTO watched_entries (feed, entry) VALUES (?, ?) ON CONFLICT DO NOTHING",
            ((feed, e) for e in entries),
        )

    def watched_files(self, paths: Iterable[str]) -> dict[str, WatchedFile]:
        rows = self._in("SELECT path, mtime_ns, size, raw_hash FROM watched_files WHERE path IN", paths)
        return {r["path"]: WatchedFile(int(r["mtime_ns"]), int(r["size"]), r["raw_hash"]) for r in rows}

    def put_watched_file(self, path: str, stamp: WatchedFile) -> None:
        self._run(
            "INSERT INTO watched_files (path, mtime_ns, size, raw_hash) VALUES (?, ?, ?, ?) ON CONFLICT (path)"
            " DO UPDATE SET mtime_ns = excluded.mtime_ns, size = excluded.size, raw_hash = excluded.raw_hash",
            (path, stamp.mtime_ns, stamp.size, stamp.raw_hash),
        )
