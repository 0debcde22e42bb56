-- Articles and what newsgraph found in them. Offsets count code points.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  site TEXT NOT NULL DEFAULT '',
  published TEXT,
  ingested TEXT NOT NULL,
  text TEXT NOT NULL,
  doc BLOB NOT NULL -- gzip-compressed newsgraph.doc/1 JSON
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (type, name)
);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_entity INTEGER REFERENCES entities (id),
  source TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL DEFAULT '',
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  published TEXT
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_published ON quotes (published);

CREATE TABLE quote_about (
  quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  PRIMARY KEY (quote_id, entity_id)
);
CREATE INDEX quote_about_entity ON quote_about (entity_id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5 (content, content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
