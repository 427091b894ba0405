-- Four event indexes no query reads any more, each kept up to date by every insert and update.
-- The rollups (070-072) answer the aggregates events_facts, events_by_actor1 and events_by_actor2
-- were built for, and date windows are walked on events_by_date with the date_last test applied
-- to the rows walked. Checked with EXPLAIN QUERY PLAN over every query shape of the API bench.
-- At 1,000,000 events each cost ~3 KiB of WAL per imported row (the four together, about a sixth
-- of a save's WAL).
DROP INDEX IF EXISTS events_by_date_last;
DROP INDEX IF EXISTS events_facts;
DROP INDEX IF EXISTS events_by_actor1;
DROP INDEX IF EXISTS events_by_actor2;
