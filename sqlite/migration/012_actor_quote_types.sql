-- Each actor's quotes by type, near-duplicate copies' quotes left out as
-- lists leave them out (internal/sqlstore/quote_counts.go): what an actor's
-- page counts first, its tabs by type and the total of the list it shows.
-- Counting them from the quotes scanned thousands of index entries for the
-- busiest actors, twice a page, each with a look-up of the quote's
-- article. Put adds an original article's quotes; Relink recounts.
CREATE TABLE actor_quote_types (
  actor_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  PRIMARY KEY (actor_id, type)
);
