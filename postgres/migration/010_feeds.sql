-- Feeds that `newsgraph watch` follows (internal/feeds), with what the
-- next poll needs to be polite (the validators of the last response, when
-- it is due, how many polls failed in a row), and every item key seen in
-- each feed, so that an item is enqueued once however often it is read
-- and however often the watcher restarts. Times are RFC 3339 text, as
-- elsewhere; '' where it never happened.
CREATE TABLE feeds (
  id BIGSERIAL PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  last_polled TEXT NOT NULL DEFAULT '',
  next_poll TEXT NOT NULL DEFAULT '',
  errors INTEGER NOT NULL DEFAULT 0,
  last_error TEXT NOT NULL DEFAULT '',
  polls INTEGER NOT NULL DEFAULT 0,
  not_modified INTEGER NOT NULL DEFAULT 0,
  items_seen INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE feed_items (
  feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL, -- internal/feeds.ItemKey: GUID, else link, else a hash
  first_seen TEXT NOT NULL,
  PRIMARY KEY (feed_id, item_key)
);
