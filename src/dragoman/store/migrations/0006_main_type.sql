-- dragoman store schema, version 6: the type of the event each article is mainly about
-- (its headline's, else its surest event's; NULL when it reports none).
ALTER TABLE articles ADD COLUMN main_type TEXT;
