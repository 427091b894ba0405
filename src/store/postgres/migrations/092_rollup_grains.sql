-- Coarser rollup grains. The day grain (090) keys each row by both dates, place and type down
-- to admin1 and sub-type, so on data spread over years and places almost every event has a row
-- of its own (200,000 synthetic events: 190,835 day rows) and a count or a month aggregate
-- read as many rows as the events themselves. A grain drops what a query does not ask for: its
-- dates truncated to a week or month or dropped ('all'), admin1 and sub-type kept or blanked.
-- Its rows live in rollups under kind || name ('day/all/country'); the day grain is name ''.
-- The fold sums each delta into every grain of its kind, so writers are unchanged; readers
-- take the smallest grain that answers a query exactly (src/store/postgres/rollups.ts), and
-- add its unfolded deltas coarsened the same way (rollup_pending).

CREATE TABLE rollup_grains (
  name text PRIMARY KEY,
  unit text NOT NULL CHECK (unit IN ('day', 'week', 'month', 'all')),
  admin1 boolean NOT NULL,
  sub boolean NOT NULL,
  kinds text[] NOT NULL,
  -- Readers try grains in this order: smallest first. Each grain of a kind adds to every fold of
  -- its deltas (a fold of 50,000 deltas upserted 138,000 rows with all six), so the actors and
  -- pairs, read only grouped by actor, keep no week or full-month grain.
  ord integer NOT NULL UNIQUE
);
INSERT INTO rollup_grains VALUES
  ('/all/country', 'all', false, false, '{day,actor,pair}', 1),
  ('/all', 'all', true, true, '{day,actor,pair}', 2),
  ('/month/country', 'month', false, false, '{day,actor,pair}', 3),
  ('/week/country', 'week', false, false, '{day}', 4),
  ('/month', 'month', true, true, '{day}', 5),
  ('', 'day', true, true, '{day,actor,pair}', 6);

-- A date at a grain: the first day of its week (Monday) or month; 'all' keeps no date.
CREATE FUNCTION sitrep_grain_date(unit text, d date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE unit WHEN 'day' THEN d WHEN 'all' THEN '-infinity'::date ELSE date_trunc(unit, d::timestamp)::date END
$$;

-- The rollup key of one day-grain row (a delta or a folded row) at grain g: one definition for
-- the fold, the backfill below and the readers' pending deltas.
-- Arguments after g: kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type
-- (unnamed: the result columns take those names).
CREATE FUNCTION sitrep_grain_key(g rollup_grains, text, text, date, date, text, text, text, text, text)
RETURNS TABLE (kind text, key text, event_date date, date_last date, iso3 text, country text,
  admin1 text, event_type text, sub_event_type text) LANGUAGE sql IMMUTABLE AS $$
  SELECT $2 || g.name, $3, sitrep_grain_date(g.unit, $4), sitrep_grain_date(g.unit, $5), $6, $7,
    CASE WHEN g.admin1 THEN $8 ELSE '' END, $9, CASE WHEN g.sub THEN $10 ELSE '' END
$$;

-- Unfolded deltas at every grain of their kind: readers take one (base, grain).
CREATE VIEW rollup_pending AS
SELECT d.kind AS base, g.name AS grain, k.key, k.event_date, k.date_last, k.iso3, k.country, k.admin1,
  k.event_type, k.sub_event_type, d.events, d.fatalities
FROM rollup_deltas d JOIN rollup_grains g ON d.kind = ANY (g.kinds)
CROSS JOIN LATERAL sitrep_grain_key(g, d.kind, d.key, d.event_date, d.date_last, d.iso3, d.country,
  d.admin1, d.event_type, d.sub_event_type) k;

-- As 090's fold, each moved delta summed into every grain of its kind.
CREATE OR REPLACE FUNCTION sitrep_fold_rollups() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE emptied rollups[];
BEGIN
  IF NOT pg_try_advisory_xact_lock(7346290) THEN RETURN false; END IF;
  WITH moved AS (DELETE FROM rollup_deltas RETURNING *),
  summed AS (
    SELECT k.kind, k.key, k.event_date, k.date_last, k.iso3, k.country, k.admin1, k.event_type, k.sub_event_type,
      sum(d.events) AS events, sum(d.fatalities) AS fatalities
    FROM moved d JOIN rollup_grains g ON d.kind = ANY (g.kinds)
    CROSS JOIN LATERAL sitrep_grain_key(g, d.kind, d.key, d.event_date, d.date_last, d.iso3, d.country,
      d.admin1, d.event_type, d.sub_event_type) k
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ),
  up AS (INSERT INTO rollups AS r SELECT * FROM summed WHERE events <> 0 OR fatalities <> 0
  ON CONFLICT (kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type)
  DO UPDATE SET events = r.events + excluded.events, fatalities = r.fatalities + excluded.fatalities
  RETURNING r AS got)
  SELECT coalesce(array_agg(up.got), '{}') INTO emptied FROM up WHERE (up.got).events = 0;
  DELETE FROM rollups r USING unnest(emptied) z
  WHERE (r.kind, r.key, r.event_date, r.date_last, r.iso3, r.country, r.admin1, r.event_type, r.sub_event_type)
    = (z.kind, z.key, z.event_date, z.date_last, z.iso3, z.country, z.admin1, z.event_type, z.sub_event_type)
    AND r.events = 0;
  RETURN true;
END $$;

-- The coarser grains of what is folded so far (pending deltas reach them at their fold). The
-- fold's lock keeps a fold in another process from running in between.
SELECT pg_advisory_xact_lock(7346290);
INSERT INTO rollups
SELECT k.kind, k.key, k.event_date, k.date_last, k.iso3, k.country, k.admin1, k.event_type, k.sub_event_type,
  sum(r.events), sum(r.fatalities)
FROM rollups r JOIN rollup_grains g ON r.kind = ANY (g.kinds) AND g.name <> ''
CROSS JOIN LATERAL sitrep_grain_key(g, r.kind, r.key, r.event_date, r.date_last, r.iso3, r.country,
  r.admin1, r.event_type, r.sub_event_type) k
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
