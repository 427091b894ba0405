-- The fold leaves the writers' transactions: a writer whose deltas cross a multiple of 10,000
-- now only notifies 'sitrep_rollups' (delivered at its commit), and every process with the
-- store open listens and folds in its own transaction (src/store/postgres/rollups.ts
-- RollupFolder; the try-lock lets one of them do it). Should nobody listen (a writer from psql,
-- or a pooler without LISTEN), the writer still folds once more than 50,000 deltas are pending,
-- which bounds what readers add up as before.
CREATE OR REPLACE FUNCTION sitrep_rollup_delta() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF added > 0 THEN
    n := currval('rollup_deltas_id_seq');
    IF n / 10000 > (n - added) / 10000 THEN
      PERFORM pg_notify('sitrep_rollups', '');
      IF (SELECT count(*) FROM rollup_deltas) > 50000 THEN PERFORM sitrep_fold_rollups(); END IF;
    END IF;
  END IF;
  RETURN NULL;
END $$;
