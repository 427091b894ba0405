-- sitrep schema v1: documents -> reports (claims) -> events (reconciled), evidence, audit.

CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY,          -- rowid of documents_fts
  id           TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  title        TEXT,
  byline       TEXT,
  source       TEXT,
  publisher    TEXT,
  url          TEXT,
  published    TEXT,
  language     TEXT,
  external_id  TEXT,
  text         TEXT NOT NULL,
  html         TEXT,
  meta         TEXT NOT NULL DEFAULT '{}',
  ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_by_external ON documents (external_id) WHERE external_id IS NOT NULL;
-- Contentless full-text indexes: the text already lives in its table, the index keeps only terms.
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');

-- A report is one document's claim about one event. Immutable once stored.
CREATE TABLE reports (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  ord         INTEGER NOT NULL,            -- position within its document
  fields      TEXT NOT NULL,               -- EventFields as JSON
  confidence  TEXT NOT NULL DEFAULT '{}',  -- per-field confidence JSON
  rules       TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX reports_by_document ON reports (document_id, ord);

CREATE TABLE evidence (
  id          INTEGER PRIMARY KEY,
  report_id   TEXT NOT NULL REFERENCES reports (id),
  field       TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX evidence_by_report ON evidence (report_id);

-- Reconciled incidents. seq is the stable integer key used by the FTS and R*Tree indexes.
CREATE TABLE events (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  event_date        TEXT NOT NULL,
  event_date_end    TEXT,
  date_last         TEXT NOT NULL,         -- coalesce(event_date_end, event_date): window end
  time_precision    INTEGER NOT NULL,
  event_type        TEXT NOT NULL,
  sub_event_type    TEXT NOT NULL,
  actor1            TEXT NOT NULL DEFAULT '',
  assoc_actor_1     TEXT NOT NULL DEFAULT '',
  inter1            INTEGER NOT NULL DEFAULT 0,
  actor2            TEXT NOT NULL DEFAULT '',
  assoc_actor_2     TEXT NOT NULL DEFAULT '',
  inter2            INTEGER NOT NULL DEFAULT 0,
  interaction       INTEGER NOT NULL DEFAULT 0,
  civilian_targeting TEXT NOT NULL DEFAULT '',
  iso3              TEXT NOT NULL DEFAULT '',
  country           TEXT NOT NULL DEFAULT '',
  admin1            TEXT NOT NULL DEFAULT '',
  admin2            TEXT NOT NULL DEFAULT '',
  admin3            TEXT,
  location          TEXT NOT NULL DEFAULT '',
  latitude          REAL,
  longitude         REAL,
  geo_precision     INTEGER,
  fatalities        INTEGER NOT NULL DEFAULT 0,
  fatalities_min    INTEGER NOT NULL DEFAULT 0,
  fatalities_max    INTEGER NOT NULL DEFAULT 0,
  injuries          INTEGER,
  displaced         INTEGER,
  notes             TEXT NOT NULL DEFAULT '',
  source            TEXT NOT NULL DEFAULT '',
  region            TEXT,
  source_scale      TEXT,
  tags              TEXT,
  confidence        TEXT NOT NULL DEFAULT '{}',
  disagreements     TEXT NOT NULL DEFAULT '{}',
  overrides         TEXT NOT NULL DEFAULT '{}',
  status            TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'confirmed', 'edited', 'rejected', 'merged')),
  grade             TEXT NOT NULL DEFAULT 'weak'
                    CHECK (grade IN ('confirmed', 'fair', 'weak', 'contested', 'discounted')),
  merged_into       TEXT REFERENCES events (id),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
-- One index per EventQuery filter / sort; (x, seq) pairs serve keyset pagination.
CREATE INDEX events_by_date ON events (event_date, seq);
CREATE INDEX events_by_date_last ON events (date_last);
CREATE INDEX events_by_fatalities ON events (fatalities, seq);
CREATE INDEX events_by_iso3 ON events (iso3, event_date);
CREATE INDEX events_by_country ON events (country COLLATE NOCASE, event_date);
CREATE INDEX events_by_admin1 ON events (admin1 COLLATE NOCASE, event_date);
CREATE INDEX events_by_type ON events (event_type, event_date);
CREATE INDEX events_by_sub_type ON events (sub_event_type, event_date);
CREATE INDEX events_by_status ON events (status, event_date);

-- Which event each report currently belongs to (changes on merge/split; reports never do).
CREATE TABLE event_reports (
  report_id   TEXT PRIMARY KEY REFERENCES reports (id),
  event_seq   INTEGER NOT NULL REFERENCES events (seq),
  document_id TEXT NOT NULL REFERENCES documents (id)
);
CREATE INDEX event_reports_by_event ON event_reports (event_seq);
CREATE INDEX event_reports_by_document ON event_reports (document_id);

-- Actor names (deduplicated) and who appears in which event, for the actor filter and aggregates.
CREATE TABLE actors (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE event_actors (
  event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
  actor_id  INTEGER NOT NULL REFERENCES actors (id),
  role      TEXT NOT NULL,                 -- actor1 | actor2 | assoc_actor_1 | assoc_actor_2
  PRIMARY KEY (event_seq, actor_id, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors (actor_id, event_seq);

-- Full text over notes, actors, place and evidence; rowid = events.seq.
CREATE VIRTUAL TABLE events_fts USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
-- Spatial index for bbox filters and merge candidates; id = events.seq.
CREATE VIRTUAL TABLE events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);

-- Merge proposals in the grey zone, for review.
CREATE TABLE merge_proposals (
  id         INTEGER PRIMARY KEY,
  event_id   TEXT NOT NULL REFERENCES events (id),
  candidate  TEXT NOT NULL REFERENCES events (id),
  score      REAL NOT NULL,
  rule       TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL
);
CREATE INDEX merge_proposals_by_event ON merge_proposals (event_id);
CREATE INDEX merge_proposals_by_candidate ON merge_proposals (candidate);

-- Append-only audit log: who did what to which event, with before/after.
CREATE TABLE audit (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL,
  action   TEXT NOT NULL,
  actor    TEXT NOT NULL,
  at       TEXT NOT NULL,
  before   TEXT,
  after    TEXT,
  reason   TEXT
);
CREATE INDEX audit_by_event ON audit (event_id, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE (ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE (ABORT, 'audit log is append-only'); END;
