-- Merge candidates are "near in space AND in time". The 2-D events_rtree answers only the first,
-- so a box returned every event ever stored there (all years) and the date test ran per hit.
-- This R*Tree adds the day axis: days since 1970-01-01 for event_date .. date_last (about 20,000,
-- exact in the R*Tree's 32-bit floats); id = events.seq. Kept beside events_rtree by refreshIndexes.
CREATE VIRTUAL TABLE events_rtree_days USING rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);

INSERT INTO events_rtree_days (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)
SELECT seq, longitude, longitude, latitude, latitude, julianday(event_date) - 2440587.5, julianday(date_last) - 2440587.5
FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
