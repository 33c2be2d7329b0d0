-- storyline store schema, version 4. Migrations in migrations.py upgrade older stores in place.
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per input seen: makes re-ingest idempotent (same source + same bytes = no work).
CREATE TABLE IF NOT EXISTS inputs (
    source     TEXT NOT NULL,
    raw_hash   TEXT NOT NULL,
    article_id TEXT,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (source, raw_hash)
);

CREATE TABLE IF NOT EXISTS articles (
    id                 TEXT PRIMARY KEY,
    seq                INTEGER NOT NULL,          -- arrival order, for stable incremental builds
    source             TEXT NOT NULL,
    url                TEXT,
    outlet             TEXT,
    headline           TEXT,
    standfirst         TEXT,
    byline             TEXT,
    byline_role        TEXT,
    published          TEXT,                      -- ISO 8601 with offset
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_evidence TEXT,
    language           TEXT,
    body               TEXT NOT NULL,
    flags              TEXT NOT NULL DEFAULT '[]', -- JSON list
    removed            TEXT NOT NULL DEFAULT '[]', -- JSON list of {text, reason}
    raw_hash           TEXT,
    duplicate_of       TEXT,
    story_id           TEXT,
    built              INTEGER NOT NULL DEFAULT 0  -- 1 once dedup + clustering placed it
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE INDEX IF NOT EXISTS articles_built ON articles(built, seq);
-- version 5: every build reads the text-dated articles and ingest counts outlets; neither scans the table
CREATE INDEX IF NOT EXISTS articles_text_dates ON articles(substr(published_evidence, 1, 5));
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
-- add_article numbers arrivals with MAX(seq): without this index that read scanned articles_built, O(N) an insert
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);

CREATE TABLE IF NOT EXISTS rejects (
    source     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    raw_hash   TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (source, reason)
);

CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    data       TEXT NOT NULL                       -- JSON of model.Analysis
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
    story_ids TEXT NOT NULL                        -- JSON list in time order
);

CREATE TABLE IF NOT EXISTS entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]'
);

-- Opaque state of online components (duplicate index, clusterer), saved with the batch that changed them.
CREATE TABLE IF NOT EXISTS state (
    name TEXT PRIMARY KEY,
    data BLOB NOT NULL
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

-- Indexes an incremental build keeps in step with the placements (storyline link features, ...), one namespace
-- ("space") each, so a build reads and writes only the rows its new articles touch.
CREATE TABLE IF NOT EXISTS index_values (
    space TEXT NOT NULL,
    key   TEXT NOT NULL,
    value TEXT NOT NULL,                           -- JSON
    PRIMARY KEY (space, key)
);
CREATE TABLE IF NOT EXISTS index_counts (
    space TEXT NOT NULL,
    key   TEXT NOT NULL,
    n     INTEGER NOT NULL,
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
    n     INTEGER PRIMARY KEY,
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

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    headline, body, content='articles', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
END;
CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE OF headline, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
    INSERT INTO articles_fts(rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
END;
