-- Counts and aggregates (per day/week/month, type, country) answered from indexes alone
-- (index-only scans once autovacuum has set the visibility map): each carries the columns
-- that the date window, the hidden-status filter and the sums read.
DROP INDEX events_date;
DROP INDEX events_iso3;
DROP INDEX events_type;
CREATE INDEX events_date ON events (event_date, seq) INCLUDE (date_last, status, fatalities, event_type, iso3);
CREATE INDEX events_iso3 ON events (iso3, event_date) INCLUDE (date_last, status, fatalities, event_type);
CREATE INDEX events_type ON events (event_type, event_date) INCLUDE (date_last, status, fatalities, iso3);
