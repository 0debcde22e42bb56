-- Stories (internal/story): articles about one event or development,
-- grouped as they arrive. The clusterer that groups them lives in each
-- writer's memory (internal/sqlstore/stories_state.go says why); what it
-- needs to be rebuilt is here: each article's features, in the order the
-- clusterer took them (seq), which a writer replays to catch up with the
-- others. story_clock hands out seq and, being updated by every writer,
-- makes them place articles one at a time. Story ids are the clusterer's,
-- so a replay gives the same ids. Dates are the articles' publication
-- dates, else when they were stored (RFC 3339 text, as elsewhere).
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  first_article INTEGER NOT NULL, -- the earliest, whose title it takes
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_newest ON stories (last_at DESC, id DESC);
CREATE INDEX stories_oldest ON stories (first_at, id);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories (id);
CREATE INDEX articles_story ON articles (story_id);
CREATE TABLE story_features (
  seq INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
  features BLOB NOT NULL -- story.Features, gob-encoded
);
CREATE TABLE story_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  version TEXT NOT NULL -- the features and configuration the stories were made with
);
INSERT INTO story_clock (id, seq, version) VALUES (1, 0, '');
