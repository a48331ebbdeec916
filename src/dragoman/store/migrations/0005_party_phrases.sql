-- dragoman store schema, version 5: each party's whole noun phrase in the sentence
-- ("another ethnic Chechen"), beside the mention that names it ("Chechen").
ALTER TABLE event_actors ADD COLUMN phrase_start INTEGER;
ALTER TABLE event_actors ADD COLUMN phrase_end INTEGER;
