-- Map markers in toll order with every column a marker shows and every rollup dimension (status,
-- place, type, date window): the dashboard's 5,000-10,000 points of a country, a type or a date
-- window are read from this index alone (src/store/sqlite/query.ts mapPoints) instead of from
-- 5,000-60,000 wide event rows (250-900 ms at 1,000,000 events under load).
CREATE INDEX events_map_points ON events (fatalities, seq, status, iso3, country, admin1, event_type, sub_event_type,
  date_last, event_date, latitude, longitude, id, location);
