-- Every event insert kept two R*Trees of the same points: events_rtree (lon, lat) for the API's
-- boxes and events_rtree_days (lon, lat, days, migration 003) for merge candidates. At 1,000,000
-- events the 2-D one cost ~0.3 ms of a ~1.2 ms event insert (many events share one town's point,
-- which its splits handle badly), while the 3-D one answers a box without day bounds in well
-- under a millisecond more (measured on the api bench's store). One R*Tree now serves both.
DROP TABLE events_rtree;
