-- Two more indexes every imported row paid for and no query needs:
-- - events_by_fatalities (fatalities, seq): events_map_points (073) begins with the same two
--   columns, so every toll-ordered read (a list sorted by toll, the map's threshold) walks that
--   one in the same order. Checked with EXPLAIN QUERY PLAN at 1,000,000 events: the same plans,
--   on the wider index.
-- - documents_by_external: no query looks documents up by external id (a re-import is found by
--   its content hash, which includes the external id).
DROP INDEX IF EXISTS events_by_fatalities;
DROP INDEX IF EXISTS documents_by_external;
