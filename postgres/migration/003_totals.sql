-- How many articles and quotes are stored, kept by Put, so that the
-- totals of the unfiltered lists are read, not counted row by row.
CREATE TABLE totals (
  name TEXT PRIMARY KEY,
  n BIGINT NOT NULL
);
INSERT INTO totals (name, n) SELECT 'articles', count(*) FROM articles;
INSERT INTO totals (name, n) SELECT 'quotes', count(*) FROM quotes;
