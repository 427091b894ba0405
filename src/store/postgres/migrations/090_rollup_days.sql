-- Day rollup: events and fatalities of the visible events (not rejected, not merged) per
-- (event_date, date_last, iso3, country, admin1, event_type, sub_event_type), as the SQLite
-- store's rollup_days. Writers never update a shared row: a trigger on events appends +1/-1
-- rows to rollup_day_deltas, readers sum rollup_days + the unfolded deltas, and a fold
-- (sitrep_fold_rollup_days) moves the deltas into rollup_days now and then, under an advisory
-- lock taken with try (a busy fold is skipped, never waited for). See src/store/postgres/rollups.ts.

CREATE TABLE rollup_days (
  event_date date NOT NULL, date_last date NOT NULL, iso3 text NOT NULL, country text NOT NULL,
  admin1 text NOT NULL, event_type text NOT NULL, sub_event_type text NOT NULL,
  events bigint NOT NULL, fatalities bigint NOT NULL,
  PRIMARY KEY (event_date, date_last, iso3, country, admin1, event_type, sub_event_type)
);

-- Append-only from the write path; only the fold deletes from it. No index: it stays small.
CREATE TABLE rollup_day_deltas (
  id bigserial,
  event_date date NOT NULL, date_last date NOT NULL, iso3 text NOT NULL, country text NOT NULL,
  admin1 text NOT NULL, event_type text NOT NULL, sub_event_type text NOT NULL,
  events integer NOT NULL, fatalities integer NOT NULL
);

INSERT INTO rollup_days
SELECT event_date, date_last, iso3, country, admin1, event_type, sub_event_type, count(*), sum(fatalities)
FROM events WHERE status NOT IN ('rejected', 'merged')
GROUP BY event_date, date_last, iso3, country, admin1, event_type, sub_event_type;

-- Moves every delta this statement sees into rollup_days (one statement: the deleted deltas and
-- the rollup change commit together) and drops emptied rows. Returns false when another fold
-- holds the lock. Runs in the caller's transaction.
CREATE FUNCTION sitrep_fold_rollup_days() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(7346290) THEN RETURN false; END IF;
  WITH moved AS (DELETE FROM rollup_day_deltas RETURNING *),
  summed AS (
    SELECT event_date, date_last, iso3, country, admin1, event_type, sub_event_type,
      sum(events) AS events, sum(fatalities) AS fatalities
    FROM moved GROUP BY event_date, date_last, iso3, country, admin1, event_type, sub_event_type
  )
  INSERT INTO rollup_days AS r SELECT * FROM summed WHERE events <> 0 OR fatalities <> 0
  ON CONFLICT (event_date, date_last, iso3, country, admin1, event_type, sub_event_type)
  DO UPDATE SET events = r.events + excluded.events, fatalities = r.fatalities + excluded.fatalities;
  DELETE FROM rollup_days WHERE events = 0;
  RETURN true;
END $$;

CREATE FUNCTION sitrep_rollup_days_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status NOT IN ('rejected', 'merged') THEN
    INSERT INTO rollup_day_deltas (event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities)
    VALUES (OLD.event_date, OLD.date_last, OLD.iso3, OLD.country, OLD.admin1, OLD.event_type, OLD.sub_event_type, -1, -OLD.fatalities)
    RETURNING id INTO n;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status NOT IN ('rejected', 'merged') THEN
    INSERT INTO rollup_day_deltas (event_date, date_last, iso3, country, admin1, event_type, sub_event_type, events, fatalities)
    VALUES (NEW.event_date, NEW.date_last, NEW.iso3, NEW.country, NEW.admin1, NEW.event_type, NEW.sub_event_type, 1, NEW.fatalities)
    RETURNING id INTO n;
  END IF;
  -- About every 10,000 deltas one writer folds (skipped if a fold is running elsewhere), which
  -- bounds what readers have to add up.
  IF n % 10000 = 0 THEN PERFORM sitrep_fold_rollup_days(); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER events_rollup_days_insert_delete AFTER INSERT OR DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION sitrep_rollup_days_delta();
CREATE TRIGGER events_rollup_days_update AFTER UPDATE ON events FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.fatalities IS DISTINCT FROM NEW.fatalities
    OR OLD.event_date IS DISTINCT FROM NEW.event_date OR OLD.date_last IS DISTINCT FROM NEW.date_last
    OR OLD.iso3 IS DISTINCT FROM NEW.iso3 OR OLD.country IS DISTINCT FROM NEW.country
    OR OLD.admin1 IS DISTINCT FROM NEW.admin1 OR OLD.event_type IS DISTINCT FROM NEW.event_type
    OR OLD.sub_event_type IS DISTINCT FROM NEW.sub_event_type)
  EXECUTE FUNCTION sitrep_rollup_days_delta();
