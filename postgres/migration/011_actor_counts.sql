-- Counts kept at write time, so that an actor's page does not count what
-- its busiest actors have by the thousand.
--
-- The network's edges (internal/sqlstore/network_edges.go): how often one
-- actor addressed, mentioned or acted on another, per kind, event type ('' for quotes) and day (YYYY-MM-DD of the quote's or
-- event's listing date). An ego network reads a few hundred of these rows
-- instead of joining every quote about the actor to its articles'
-- entities (497 ms at p95 for the busiest actors of 10,000 real articles).
-- Put adds each article's edges; Relink and corrections recount them all.
CREATE TABLE actor_edges (
  kind TEXT NOT NULL,
  from_actor BIGINT NOT NULL,
  to_actor BIGINT NOT NULL,
  type TEXT NOT NULL,
  day TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (kind, from_actor, to_actor, type, day)
);
CREATE INDEX actor_edges_to ON actor_edges (kind, to_actor, from_actor);

-- The quotes an actor said in near-duplicate copies (articles.duplicate_of),
-- which its quote count leaves out (quotes are counted once): Put adds a
-- copy's, Relink recounts. Counting them on each read was a sixth of the
-- busiest actors' page time.
ALTER TABLE actors ADD COLUMN copy_quotes INTEGER NOT NULL DEFAULT 0;
