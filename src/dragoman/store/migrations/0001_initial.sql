-- dragoman store schema, version 1.
-- Kept to SQL that SQLite and PostgreSQL both accept (the PostgreSQL backend will
-- reuse these table and column names). "start", "end" and "trigger" are quoted
-- because PostgreSQL reserves END. Dates are ISO-8601 text (YYYY-MM-DD), so they
-- sort correctly and read well in Datasette / sqlite-utils.

CREATE TABLE articles (
    doc_id      TEXT PRIMARY KEY,
    title       TEXT,
    date        TEXT,              -- publication date, YYYY-MM-DD
    date_origin TEXT NOT NULL,     -- metadata | text | option | unknown
    source      TEXT,
    url         TEXT,
    origin      TEXT,              -- file or file:line it was read from
    language    TEXT NOT NULL,
    text        TEXT NOT NULL,     -- cleaned text; all offsets refer to it
    meta        TEXT NOT NULL,     -- JSON object
    coded_at    TEXT NOT NULL      -- UTC timestamp of the last save
);

CREATE TABLE sentences (
    doc_id  TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- Every actor mention found in an article, whether or not it took part in an event.
CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    name       TEXT,
    country    TEXT,
    sector     TEXT,
    wikidata   TEXT,
    role_title TEXT,
    resolved   INTEGER NOT NULL,   -- 0/1
    entry_id   TEXT,
    PRIMARY KEY (doc_id, position)
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,          -- Event.id (stable across runs)
    doc_id         TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    sentence_idx   INTEGER NOT NULL,
    event_type     TEXT NOT NULL,             -- PLOVER 2.0 type
    mode           TEXT NOT NULL,             -- '' asserted, negated, planned, ...
    context        TEXT NOT NULL,             -- JSON list of strings
    cameo          TEXT,
    goldstein      REAL,
    quad_class     INTEGER,
    confidence     REAL NOT NULL,
    date           TEXT,                      -- event date, YYYY-MM-DD
    date_precision TEXT,                      -- day | month | year
    date_text      TEXT,
    date_basis     TEXT,                      -- text | publication
    "trigger"      TEXT NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence       TEXT NOT NULL              -- the sentence text (evidence)
);

CREATE TABLE event_actors (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    name       TEXT,
    country    TEXT,
    sector     TEXT,
    wikidata   TEXT,
    role_title TEXT,
    resolved   INTEGER NOT NULL,
    entry_id   TEXT,
    PRIMARY KEY (event_id, role, position)
);

CREATE INDEX events_doc_idx ON events (doc_id, sentence_idx);
CREATE INDEX events_type_idx ON events (event_type);
CREATE INDEX events_date_idx ON events (date);
CREATE INDEX event_actors_country_idx ON event_actors (country);
CREATE INDEX mentions_country_idx ON mentions (country);
