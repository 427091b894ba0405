-- Keep event rows narrow: the full event (data) and its search vector move out of line to
-- TOAST (lz4-compressed), so filters, counts and aggregates that scan many rows read ~200-byte
-- heap tuples instead of kilobytes each; a page of 50 results still fetches its 50 documents.
ALTER TABLE events SET (toast_tuple_target = 256);
ALTER TABLE events ALTER COLUMN data SET COMPRESSION lz4;
ALTER TABLE events ALTER COLUMN search SET COMPRESSION lz4;
ALTER TABLE reports ALTER COLUMN data SET COMPRESSION lz4;
