-- storyline store schema for Postgres, version 4 (same tables as schema.sql). Migrations: migrations.PG_MIGRATIONS.
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS inputs (
    source     TEXT NOT NULL,
    raw_hash   TEXT NOT NULL,
    article_id TEXT,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (source, raw_hash)
);

CREATE TABLE IF NOT EXISTS articles (
    id                 TEXT PRIMARY KEY,
    seq                BIGINT GENERATED ALWAYS AS IDENTITY, -- arrival order; safe with writers on many machines
    source             TEXT NOT NULL,
    url                TEXT,
    outlet             TEXT,
    headline           TEXT,
    standfirst         TEXT,
    byline             TEXT,
    byline_role        TEXT,
    published          TEXT,                      -- ISO 8601 with offset (as in SQLite: one codec for both)
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_evidence TEXT,
    language           TEXT,
    body               TEXT NOT NULL,
    flags              TEXT NOT NULL DEFAULT '[]',
    removed            TEXT NOT NULL DEFAULT '[]',
    raw_hash           TEXT,
    duplicate_of       TEXT,
    story_id           TEXT,
    built              INTEGER NOT NULL DEFAULT 0,
    -- full-text search: headline weighs more than body, English stemming (like FTS5's porter tokenizer)
    search             TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', COALESCE(headline, '')), 'A') || setweight(to_tsvector('english', body), 'B')
    ) STORED
);
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_built ON articles(built, seq);
-- version 5: every build reads the text-dated articles and ingest counts outlets; neither scans the table
CREATE INDEX IF NOT EXISTS articles_text_dates ON articles((substr(published_evidence, 1, 5)));
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN (search);

CREATE TABLE IF NOT EXISTS rejects (
    source     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    raw_hash   TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (source, reason)
);

CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    data       TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS stories (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    first_seen   TEXT,
    last_seen    TEXT,
    storyline_id TEXT
);

CREATE TABLE IF NOT EXISTS storylines (
    id        TEXT PRIMARY KEY,
    title     TEXT NOT NULL,
    story_ids TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE IF NOT EXISTS state (
    name TEXT PRIMARY KEY,
    data BYTEA NOT NULL
);

-- What `storyline watch` has seen (schema version 2), written in the transaction that ingested it, so a
-- restarted watch neither refetches nor re-reads: per feed its validators, per entry its key, per file its stamp.
CREATE TABLE IF NOT EXISTS watched_feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT
);

CREATE TABLE IF NOT EXISTS watched_entries (
    feed  TEXT NOT NULL,
    entry TEXT NOT NULL,                          -- guid/id, else link, else content hash
    PRIMARY KEY (feed, entry)
);

CREATE TABLE IF NOT EXISTS watched_files (
    path     TEXT PRIMARY KEY,
    mtime_ns BIGINT NOT NULL,
    size     BIGINT NOT NULL,
    raw_hash TEXT NOT NULL
);

-- Incremental build indexes, one namespace ("space") each (see schema.sql).
CREATE TABLE IF NOT EXISTS index_values (
    space TEXT NOT NULL,
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (space, key)
);
CREATE TABLE IF NOT EXISTS index_counts (
    space TEXT NOT NULL,
    key   TEXT NOT NULL,
    n     BIGINT NOT NULL,
    PRIMARY KEY (space, key)
);
CREATE TABLE IF NOT EXISTS index_postings (
    space  TEXT NOT NULL,
    key    TEXT NOT NULL,
    member TEXT NOT NULL,
    PRIMARY KEY (space, key, member)
);
CREATE INDEX IF NOT EXISTS index_postings_member ON index_postings(space, member);

-- The alias index (schema version 4): person clusters in the order they were opened (a full name joins the
-- earliest that fits), so a build merges only its new names; the rest of the index lives in index_* ("alias.*").
CREATE TABLE IF NOT EXISTS alias_people (
    n     BIGINT PRIMARY KEY,
    first TEXT NOT NULL,                          -- folded first name of the cluster's first full name
    last  TEXT NOT NULL                           -- folded surname
);

-- Schema version 6: what a build needs to read only the person clusters its names can join. Every key of every
-- distinct cluster surname (entities.surname_keys: two surnames close enough to merge share one), and the
-- clusters by surname and by first name (a bare name joins a cluster of that exact name).
CREATE TABLE IF NOT EXISTS alias_surnames (
    key  TEXT NOT NULL,
    last TEXT NOT NULL,
    PRIMARY KEY (key, last)
);
CREATE INDEX IF NOT EXISTS alias_people_last ON alias_people(last);
CREATE INDEX IF NOT EXISTS alias_people_first ON alias_people(first);
