-- sitrep PostgreSQL schema, version 1. Events keep their full JSON form in `data` (what the
-- Store interface returns) plus the columns that filters, sorting, the map and merge candidate
-- search need, each indexed. Geometry is PostGIS (SRID 4326) with a GiST index.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm; -- substring search on actor names
CREATE EXTENSION IF NOT EXISTS unaccent;
-- Text folded for search like SQLite's FTS5 unicode61 remove_diacritics: "Bogotá" finds "Bogota".
-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it
-- safe to call from a generated column and an index.
CREATE FUNCTION sitrep_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$;

CREATE TABLE documents (
  seq bigserial UNIQUE,
  id text PRIMARY KEY,
  content_hash text NOT NULL UNIQUE,
  kind text NOT NULL,
  text text NOT NULL,
  html text,
  title text,
  byline text,
  source text,
  publisher text,
  url text,
  published text,
  language text,
  external_id text,
  meta jsonb NOT NULL DEFAULT '{}'::jsonb,
  ingested_at text NOT NULL, -- ISO timestamp, as given
  -- tsvector has a 1 MB cap: index the head of very long documents only.
  search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', sitrep_fold(coalesce(title, '') || ' ' || left(text, 200000)))
  ) STORED
);
CREATE INDEX documents_search ON documents USING gin (search);
CREATE INDEX documents_external ON documents (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE events (
  seq bigserial UNIQUE, -- keyset pagination tie-breaker, stable across updates
  id text PRIMARY KEY,
  event_date date NOT NULL,
  date_last date NOT NULL, -- coalesce(event_date_end, event_date): the window's end
  event_type text NOT NULL,
  sub_event_type text NOT NULL,
  iso3 text NOT NULL,
  country text NOT NULL,
  admin1 text NOT NULL,
  actor1 text NOT NULL,
  actor2 text NOT NULL,
  actor_names text NOT NULL, -- lower-cased names of all actors, one per line: the actor filter
  fatalities integer NOT NULL,
  status text NOT NULL CHECK (status IN ('new', 'confirmed', 'edited', 'rejected', 'merged')),
  geom geometry(Point, 4326),
  search tsvector NOT NULL,
  data jsonb NOT NULL, -- the whole SitrepEvent as the Store returns it
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One index per EventQuery filter / sort; (x, seq) pairs serve keyset pagination.
CREATE INDEX events_date ON events (event_date, seq);
CREATE INDEX events_date_last ON events (date_last);
CREATE INDEX events_fatalities ON events (fatalities, seq);
CREATE INDEX events_iso3 ON events (iso3, event_date);
CREATE INDEX events_country ON events (lower(country), event_date);
CREATE INDEX events_admin1 ON events (lower(admin1), event_date);
CREATE INDEX events_type ON events (event_type, event_date);
CREATE INDEX events_sub_type ON events (sub_event_type, event_date);
CREATE INDEX events_status ON events (status, event_date);
CREATE INDEX events_actor_names ON events USING gin (actor_names gin_trgm_ops);
CREATE INDEX events_geom ON events USING gist (geom);
CREATE INDEX events_search ON events USING gin (search);

-- Link order: an event lists its reports in the order they entered the store (moves keep it).
CREATE SEQUENCE report_links;
CREATE TABLE reports (
  seq bigserial UNIQUE,
  id text PRIMARY KEY,
  document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  event_id text NOT NULL REFERENCES events (id),
  ord integer NOT NULL, -- position within its document
  link bigint NOT NULL DEFAULT nextval('report_links'),
  data jsonb NOT NULL
);
CREATE INDEX reports_document ON reports (document_id);
CREATE INDEX reports_event ON reports (event_id, link);

CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  event_id text NOT NULL,
  action text NOT NULL,
  actor text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  before jsonb,
  after jsonb,
  reason text
);
CREATE INDEX audit_event ON audit (event_id, id);
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only();

-- Merge proposals in the grey zone, for review.
CREATE TABLE merge_proposals (
  id bigserial PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id),
  candidate text NOT NULL REFERENCES events (id),
  score double precision NOT NULL,
  rule text NOT NULL,
  status text NOT NULL DEFAULT 'open',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX merge_proposals_event ON merge_proposals (event_id);
CREATE INDEX merge_proposals_candidate ON merge_proposals (candidate);

-- Feed/page watches (src/feeds) and the item keys already ingested from each.
CREATE TABLE watches (
  id text PRIMARY KEY,
  url text NOT NULL UNIQUE,
  every_seconds integer NOT NULL,
  source text,
  etag text,
  last_modified text,
  last_checked timestamptz,
  last_status text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE watch_items (
  watch_id text NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  item_key text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (watch_id, item_key)
);
