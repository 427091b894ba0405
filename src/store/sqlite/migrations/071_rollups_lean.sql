-- The rollups' secondary (iso3, event_date) indexes cost as much per inserted event as the rollup
-- rows themselves (triggers 47 -> 25 us per insert without them); country filters scan the
-- rollup instead (20-40 ms at 1,000,000 events). See src/store/sqlite/rollups.ts.
DROP INDEX IF EXISTS rollup_days_by_iso3;
DROP INDEX IF EXISTS rollup_actors_by_iso3;
DROP INDEX IF EXISTS rollup_pairs_by_iso3;
