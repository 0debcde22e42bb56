-- Articles and what newsgraph found in them. Offsets count code points.
CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  site TEXT NOT NULL DEFAULT '',
  published TEXT,
  ingested TEXT NOT NULL,
  text TEXT NOT NULL,
  doc BYTEA NOT NULL, -- gzip-compressed newsgraph.doc/1 JSON
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || text)) STORED
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE entities (
  id BIGSERIAL PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (type, name)
);

CREATE TABLE mentions (
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id BIGINT NOT NULL REFERENCES entities (id),
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE quotes (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_entity BIGINT REFERENCES entities (id),
  source TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL DEFAULT '',
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  published TEXT,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', content)) STORED
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_published ON quotes (published);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);

CREATE TABLE quote_about (
  quote_id BIGINT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  entity_id BIGINT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (quote_id, entity_id)
);
CREATE INDEX quote_about_entity ON quote_about (entity_id);
