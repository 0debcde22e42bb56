-- Every list the API serves is read in its order from an index, so a page
-- costs the same at a million articles as at a thousand.

-- Articles, newest first.
CREATE INDEX articles_recent ON articles (coalesce(published, ingested) DESC, id DESC);

-- Quotes carry the date they are listed by (the article's publication
-- date, or its ingestion time when it has none), so the list needs no join
-- to sort.
ALTER TABLE quotes ADD COLUMN dated TEXT;
UPDATE quotes SET dated = coalesce(published, (SELECT a.ingested FROM articles a WHERE a.id = quotes.article_id));
CREATE INDEX quotes_recent ON quotes (dated DESC, article_id DESC, content_start, id);
DROP INDEX quotes_speaker_entity;
CREATE INDEX quotes_entity_recent ON quotes (speaker_entity, dated DESC, article_id DESC, content_start, id);

-- Speakers by name. speaker_keys holds every suffix of every word of the
-- lower-cased name (at most 16 characters of each), so "any part of the
-- name" is a range scan over keys; sqlstore fills both tables, because
-- splitting and lower-casing words the same way in both databases is
-- easier in Go than in SQL.
CREATE TABLE speakers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  folded TEXT NOT NULL -- name lower-cased
);
CREATE TABLE speaker_keys (
  key TEXT NOT NULL,
  speaker_id INTEGER NOT NULL REFERENCES speakers (id),
  PRIMARY KEY (key, speaker_id)
) WITHOUT ROWID;
ALTER TABLE quotes ADD COLUMN speaker_id INTEGER REFERENCES speakers (id);
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker_recent ON quotes (speaker_id, dated DESC, article_id DESC, content_start, id);

-- Entities keep their counts, so the list sorts on an index instead of
-- counting every mention of every entity.
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
  mentions = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id),
  articles = (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = entities.id),
  quotes = (SELECT count(*) FROM quotes q WHERE q.speaker_entity = entities.id);
CREATE INDEX entities_ranked ON entities (mentions DESC, name);
CREATE INDEX entities_type_ranked ON entities (type, mentions DESC, name);
