-- dragoman store schema, version 2: deduplication (see dragoman/dedupe.py).
--
-- Two levels, like GDELT's events and mentions tables:
--   events          one row per coded sentence-level mention (unchanged ids: Event.id);
--   event_clusters  one row per real-world event, merging its mentions;
--   event_mentions  mention -> event link.
-- Near-duplicate articles: articles.duplicate_of names the group's original; MinHash
-- signatures and their LSH band keys are kept so later batches find copies of stored
-- articles.

ALTER TABLE articles ADD COLUMN duplicate_of TEXT;        -- doc_id of the original, NULL if none
ALTER TABLE articles ADD COLUMN duplicate_similarity REAL; -- estimated Jaccard with the original

-- Where the event happened (dragoman.records.Place), when known.
ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN place_kind TEXT;
ALTER TABLE events ADD COLUMN place_lat REAL;
ALTER TABLE events ADD COLUMN place_lon REAL;
ALTER TABLE events ADD COLUMN place_geonames_id INTEGER;
ALTER TABLE events ADD COLUMN place_text TEXT;
ALTER TABLE events ADD COLUMN place_start INTEGER;
ALTER TABLE events ADD COLUMN place_end INTEGER;
-- Dedupe keys: the mention's block (type | factuality | actor keys), the texts of its
-- unresolved actors (JSON list), and for a mention of a duplicate article the
-- original's mention it copies (it then joins that mention's event).
ALTER TABLE events ADD COLUMN block_key TEXT;
ALTER TABLE events ADD COLUMN match_texts TEXT;
ALTER TABLE events ADD COLUMN counterpart_id TEXT;

CREATE TABLE event_clusters (
    id              TEXT PRIMARY KEY,          -- stable: a hash of block and date anchor
    block_key       TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    mode            TEXT NOT NULL,             -- '' asserted (or historical), negated, planned, hypothetical
    date            TEXT,                      -- most precise compatible date, YYYY-MM-DD
    date_precision  TEXT,
    place_name      TEXT,
    place_country   TEXT,
    place_kind      TEXT,
    place_lat       REAL,
    place_lon       REAL,
    place_geonames_id INTEGER,
    cameo           TEXT,
    goldstein       REAL,
    quad_class      INTEGER,
    confidence      REAL NOT NULL,             -- the highest of its mentions
    context         TEXT NOT NULL,             -- JSON list, union of its mentions'
    actor_countries TEXT,                      -- ';'-joined, for filters and quick reading
    actor_names     TEXT,
    recipient_countries TEXT,
    recipient_names TEXT,
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    first_seen      TEXT,                      -- earliest publication date of its articles
    last_seen       TEXT,
    root_mention_id TEXT NOT NULL,             -- first reported mention (events.id)
    block_texts     TEXT NOT NULL,             -- JSON list: unresolved actors' texts
    rules           TEXT NOT NULL              -- merging rules version (dragoman.dedupe.RULES_VERSION)
);

CREATE TABLE event_mentions (
    mention_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL REFERENCES event_clusters(id) ON DELETE CASCADE
);

CREATE TABLE article_signatures (
    doc_id    TEXT PRIMARY KEY REFERENCES articles(doc_id) ON DELETE CASCADE,
    signature BLOB NOT NULL                    -- MinHash values, little-endian uint32
);

CREATE TABLE article_bands (
    band   INTEGER NOT NULL,
    "key"  BLOB NOT NULL,
    doc_id TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    PRIMARY KEY (band, "key", doc_id)
);

CREATE INDEX events_block_idx ON events (block_key);
CREATE INDEX events_counterpart_idx ON events (counterpart_id);
CREATE INDEX articles_duplicate_idx ON articles (duplicate_of);
CREATE INDEX article_bands_doc_idx ON article_bands (doc_id);
CREATE INDEX event_clusters_block_idx ON event_clusters (block_key);
CREATE INDEX event_clusters_date_idx ON event_clusters (date);
CREATE INDEX event_clusters_type_idx ON event_clusters (event_type);
CREATE INDEX event_mentions_event_idx ON event_mentions (event_id);
