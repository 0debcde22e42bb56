-- Actors: one person, organisation or place across every article
-- (newsgraph.ActorRecord). Corpus linking assigns each entity of each
-- article (article_entities) to one; key identifies an actor across
-- re-linkings, so that its id and users' corrections stay.
CREATE TABLE actors (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  kb_id TEXT NOT NULL DEFAULT '',
  aliases TEXT NOT NULL DEFAULT '', -- one per line, most used first
  folded TEXT NOT NULL DEFAULT '', -- name and aliases lower-cased, one per line, for ?q=
  mentions INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0,
  quotes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_ranked ON actors (mentions DESC, name);
CREATE INDEX actors_type_ranked ON actors (type, mentions DESC, name);

-- Each entity of each article: what corpus linking reads and assigns.
CREATE TABLE article_entities (
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id BIGINT NOT NULL REFERENCES entities (id),
  kb_id TEXT NOT NULL DEFAULT '', -- the knowledge-base actor the analysis linked it to
  mentions INTEGER NOT NULL DEFAULT 0,
  actor_id BIGINT REFERENCES actors (id),
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_actor ON article_entities (actor_id, article_id);
INSERT INTO article_entities (article_id, entity_id, mentions)
  SELECT article_id, entity_id, count(*) FROM mentions GROUP BY article_id, entity_id;
INSERT INTO article_entities (article_id, entity_id)
  SELECT DISTINCT article_id, speaker_entity FROM quotes WHERE speaker_entity IS NOT NULL
  ON CONFLICT DO NOTHING;

-- The actor each key before linking (newsgraph.ActorKey) went to at the
-- last linking; Put links a new article's entities through it.
CREATE TABLE actor_keys (
  key TEXT PRIMARY KEY,
  actor_id BIGINT NOT NULL REFERENCES actors (id)
);

-- Roles read in articles ("Russian Defence Minister"), with their spans.
CREATE TABLE entity_roles (
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id BIGINT NOT NULL REFERENCES entities (id),
  title TEXT NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL
);
CREATE INDEX entity_roles_entity ON entity_roles (entity_id, article_id);

-- Users' corrections, replayed after every linking in id order.
CREATE TABLE actor_corrections (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  actor TEXT NOT NULL,
  other TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  made TEXT NOT NULL
);

ALTER TABLE quotes ADD COLUMN addressee_entity BIGINT REFERENCES entities (id);
ALTER TABLE quotes ADD COLUMN speaker_actor BIGINT REFERENCES actors (id);
ALTER TABLE quotes ADD COLUMN addressee_actor BIGINT REFERENCES actors (id);
CREATE INDEX quotes_actor_recent ON quotes (speaker_actor, dated DESC, article_id DESC, content_start, id);
CREATE INDEX quotes_addressee_recent ON quotes (addressee_actor, dated DESC, article_id DESC, content_start, id);
