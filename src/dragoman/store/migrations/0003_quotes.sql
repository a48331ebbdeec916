-- dragoman store schema, version 3: what people said (direct and indirect quotes).
-- The speaker columns repeat the mention columns: the speaker's text, offsets and
-- resolved actor (all NULL when the text names no speaker).

CREATE TABLE quotes (
    doc_id         TEXT NOT NULL REFERENCES articles(doc_id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    sentence_idx   INTEGER NOT NULL,
    kind           TEXT NOT NULL,          -- direct | indirect
    text           TEXT NOT NULL,
    "start"        INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    cue            TEXT NOT NULL,          -- the speech verb: said, warned, argued ...
    cue_start      INTEGER NOT NULL,
    speaker_text   TEXT,
    speaker_start  INTEGER,
    speaker_end    INTEGER,
    name           TEXT,
    country        TEXT,
    sector         TEXT,
    wikidata       TEXT,
    role_title     TEXT,
    resolved       INTEGER,
    entry_id       TEXT,
    PRIMARY KEY (doc_id, position)
);

CREATE INDEX quotes_country ON quotes (country);
CREATE INDEX quotes_name ON quotes (name);
