-- Rollups: events and fatalities of the visible events (not rejected, not merged) per
-- (event_date, date_last, iso3, country, admin1, event_type, sub_event_type), as the SQLite
-- store's rollup tables, in one table told apart by kind: 'day' (key ''), 'actor' (each main
-- actor, ";"-lists split, once per event) and 'pair' (unordered actor1/actor2 pair "A | B").
-- Writers never update a shared row: a trigger on events appends +1/-1 rows to rollup_deltas,
-- readers sum rollups + the unfolded deltas, and a fold (sitrep_fold_rollups) moves the deltas
-- into rollups now and then under an advisory lock taken with try (a busy fold is skipped,
-- never waited for). See src/store/postgres/rollups.ts.

CREATE TABLE rollups (
  kind text NOT NULL, key text NOT NULL,
  event_date date NOT NULL, date_last date NOT NULL, iso3 text NOT NULL, country text NOT NULL,
  admin1 text NOT NULL, event_type text NOT NULL, sub_event_type text NOT NULL,
  events bigint NOT NULL, fatalities bigint NOT NULL,
  PRIMARY KEY (kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type)
) WITH (fillfactor = 70); -- room on each page: a fold's updates stay HOT (no new index entries, no bloat)

-- Append-only from the write path; only the fold deletes from it. No index: it stays small.
CREATE TABLE rollup_deltas (
  id bigserial,
  kind text NOT NULL, key text NOT NULL,
  event_date date NOT NULL, date_last date NOT NULL, iso3 text NOT NULL, country text NOT NULL,
  admin1 text NOT NULL, event_type text NOT NULL, sub_event_type text NOT NULL,
  events integer NOT NULL, fatalities integer NOT NULL
);
-- Readers take one kind; the heap keeps the space of folded deltas until vacuumed.
CREATE INDEX rollup_deltas_kind ON rollup_deltas (kind);

-- The rollup keys one event counts under (the same splitting and pair order as the aggregate
-- queries over events in src/store/postgres/list.ts).
CREATE FUNCTION sitrep_rollup_keys(text, text) RETURNS TABLE (kind text, key text) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'day', ''
  UNION ALL
  SELECT 'actor', a.name FROM (
    SELECT DISTINCT trim(n) AS name FROM unnest(string_to_array($1 || ';' || $2, ';')) AS n WHERE trim(n) <> '') a
  UNION ALL
  SELECT 'pair', CASE WHEN $1 COLLATE "C" <= $2 COLLATE "C" THEN $1 || ' | ' || $2 ELSE $2 || ' | ' || $1 END
  WHERE $1 <> '' AND $2 <> ''
$$;

INSERT INTO rollups
SELECT k.kind, k.key, e.event_date, e.date_last, e.iso3, e.country, e.admin1, e.event_type, e.sub_event_type, count(*), sum(e.fatalities)
FROM events e CROSS JOIN LATERAL sitrep_rollup_keys(e.actor1, e.actor2) k
WHERE e.status NOT IN ('rejected', 'merged')
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Moves every delta this statement sees into rollups (one statement: the deleted deltas and the
-- rollup change commit together) and drops emptied rows. Returns false when another fold holds
-- the lock. Runs in the caller's transaction.
CREATE FUNCTION sitrep_fold_rollups() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE emptied rollups[];
BEGIN
  IF NOT pg_try_advisory_xact_lock(7346290) THEN RETURN false; END IF;
  WITH moved AS (DELETE FROM rollup_deltas RETURNING *),
  summed AS (
    SELECT kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type,
      sum(events) AS events, sum(fatalities) AS fatalities
    FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  ),
  up AS (INSERT INTO rollups AS r SELECT * FROM summed WHERE events <> 0 OR fatalities <> 0
  ON CONFLICT (kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type)
  DO UPDATE SET events = r.events + excluded.events, fatalities = r.fatalities + excluded.fatalities
  RETURNING r AS got)
  -- The rows this fold emptied, dropped by key (no index on events: that would stop HOT updates).
  SELECT coalesce(array_agg(up.got), '{}') INTO emptied FROM up WHERE (up.got).events = 0;
  DELETE FROM rollups r USING unnest(emptied) z
  WHERE (r.kind, r.key, r.event_date, r.date_last, r.iso3, r.country, r.admin1, r.event_type, r.sub_event_type)
    = (z.kind, z.key, z.event_date, z.date_last, z.iso3, z.country, z.admin1, z.event_type, z.sub_event_type)
    AND r.events = 0;
  RETURN true;
END $$;

CREATE FUNCTION sitrep_rollup_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE added bigint := 0; n bigint;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status NOT IN ('rejected', 'merged') THEN
    INSERT INTO rollup_deltas (kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities)
    SELECT k.kind, k.key, OLD.event_date, OLD.date_last, OLD.iso3, OLD.country, OLD.admin1, OLD.event_type, OLD.sub_event_type, -1, -OLD.fatalities
    FROM sitrep_rollup_keys(OLD.actor1, OLD.actor2) k;
    GET DIAGNOSTICS n = ROW_COUNT;
    added := added + n;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status NOT IN ('rejected', 'merged') THEN
    INSERT INTO rollup_deltas (kind, key, event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities)
    SELECT k.kind, k.key, NEW.event_date, NEW.date_last, NEW.iso3, NEW.country, NEW.admin1, NEW.event_type, NEW.sub_event_type, 1, NEW.fatalities
    FROM sitrep_rollup_keys(NEW.actor1, NEW.actor2) k;
    GET DIAGNOSTICS n = ROW_COUNT;
    added := added + n;
  END IF;
  -- The writer whose deltas cross a multiple of 10,000 folds (skipped if a fold is running
  -- elsewhere): that bounds what readers have to add up.
  IF added > 0 THEN
    n := currval('rollup_deltas_id_seq');
    IF n / 10000 > (n - added) / 10000 THEN PERFORM sitrep_fold_rollups(); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER events_rollup_insert_delete AFTER INSERT OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION sitrep_rollup_delta();
CREATE TRIGGER events_rollup_update AFTER UPDATE ON events FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.fatalities IS DISTINCT FROM NEW.fatalities
    OR OLD.event_date IS DISTINCT FROM NEW.event_date OR OLD.date_last IS DISTINCT FROM NEW.date_last
    OR OLD.iso3 IS DISTINCT FROM NEW.iso3 OR OLD.country IS DISTINCT FROM NEW.country
    OR OLD.admin1 IS DISTINCT FROM NEW.admin1 OR OLD.event_type IS DISTINCT FROM NEW.event_type
    OR OLD.sub_event_type IS DISTINCT FROM NEW.sub_event_type
    OR OLD.actor1 IS DISTINCT FROM NEW.actor1 OR OLD.actor2 IS DISTINCT FROM NEW.actor2)
  EXECUTE FUNCTION sitrep_rollup_delta();
