-- Merge candidates are events near a report in space AND in time. The GiST index on geom alone
-- returned every year's events in the box and the dates were tested row by row (SQLite has the
-- (lon, lat, day) R*Tree for this, migration 003). One GiST index over both bounds both at once;
-- btree_gist (a contrib module shipped with PostgreSQL) lets a date column join it.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX events_geom_date ON events USING gist (geom, event_date);
