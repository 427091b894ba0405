-- Feed/page watches (src/feeds, owned by the scale area) and the item keys already ingested.
CREATE TABLE watches (
  id            TEXT PRIMARY KEY,
  url           TEXT NOT NULL UNIQUE,
  every_seconds INTEGER NOT NULL,
  source        TEXT,
  etag          TEXT,
  last_modified TEXT,
  last_checked  TEXT,
  last_status   TEXT,
  created_at    TEXT NOT NULL
);
CREATE TABLE watch_items (
  watch_id TEXT NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  seen_at  TEXT NOT NULL,
  PRIMARY KEY (watch_id, item_key)
) WITHOUT ROWID;
