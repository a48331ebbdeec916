-- dragoman store schema, version 4: how each event mention was coded.
-- rules: a trigger of the lexicon on the parse; classifier: the sentence classifier
-- named the event type where no trigger fired (its actors still come from the parse).
ALTER TABLE events ADD COLUMN method TEXT NOT NULL DEFAULT 'rules';
