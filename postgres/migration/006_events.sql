-- Events (newsgraph.Event: who did what to whom, coded in CAMEO and
-- PLOVER) and time expressions (newsgraph.Timex), written by Put in the
-- article's transaction, as quotes are. Offsets count code points.
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL, -- the event's index in the document's events
  type TEXT NOT NULL, -- PLOVER event type, upper case
  mode TEXT NOT NULL DEFAULT '',
  cameo TEXT NOT NULL DEFAULT '',
  quad_class INTEGER NOT NULL DEFAULT 0,
  goldstein DOUBLE PRECISION NOT NULL DEFAULT 0,
  verb_start INTEGER NOT NULL,
  verb_end INTEGER NOT NULL,
  verb TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  place_start INTEGER, -- null when the sentence names no place
  place_end INTEGER,
  place TEXT,
  place_entity BIGINT REFERENCES entities (id),
  place_folded TEXT NOT NULL DEFAULT '', -- place text and entity name lower-cased, for ?place=
  date TEXT, -- YYYY-MM-DD, or null
  timex INTEGER, -- index into the article's times, or null
  modality TEXT NOT NULL,
  reported_by INTEGER, -- index of the attribution that carries it, or null
  reported_quote BIGINT REFERENCES quotes (id),
  dated TEXT NOT NULL, -- YYYY-MM-DD it is listed and filtered by: date, else the article's
  UNIQUE (article_id, idx)
);
CREATE INDEX events_recent ON events (dated DESC, article_id DESC, idx);
CREATE INDEX events_type_recent ON events (type, dated DESC, article_id DESC, idx);

-- An event's actors and recipients, in their order.
CREATE TABLE event_participants (
  event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL, -- 'actor' or 'recipient'
  idx INTEGER NOT NULL,
  entity_id BIGINT REFERENCES entities (id),
  actor_id BIGINT REFERENCES actors (id), -- kept by Put and Relink, as quotes' speaker_actor
  kb_id TEXT NOT NULL DEFAULT '', -- the participant's knowledge-base actor (newsgraph.Participant.ActorID)
  codes TEXT NOT NULL DEFAULT '', -- dictionary codes, space-separated
  mention_start INTEGER NOT NULL,
  mention_end INTEGER NOT NULL,
  mention TEXT NOT NULL,
  PRIMARY KEY (event_id, role, idx)
);
CREATE INDEX event_participants_actor ON event_participants (actor_id, role, event_id);
CREATE INDEX event_participants_entity ON event_participants (entity_id);

CREATE TABLE times (
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  unresolved BOOLEAN NOT NULL DEFAULT FALSE, -- true when the value keeps unknown parts as X
  PRIMARY KEY (article_id, idx)
);

INSERT INTO totals (name, n) SELECT 'events', count(*) FROM events;
