-- Near-duplicate articles (internal/dedup): each article's MinHash
-- signature, its 64 LSH band keys (so a new article's candidates are
-- found by index, not by reading every signature), and the original an
-- article copies. Keys are the unsigned keys' bits as signed integers.
ALTER TABLE articles ADD COLUMN duplicate_of BIGINT REFERENCES articles (id);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE TABLE article_signatures (
  article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  version TEXT NOT NULL, -- dedup.Version: signatures of another version are not compared
  shingles INTEGER NOT NULL,
  minhash BYTEA NOT NULL -- dedup.Size big-endian uint64s
);
CREATE TABLE article_bands (
  article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  band INTEGER NOT NULL,
  key BIGINT NOT NULL,
  PRIMARY KEY (article_id, band)
);
CREATE INDEX article_bands_key ON article_bands (band, key);
