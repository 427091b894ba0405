-- The status index holds the reviewed events only. A status filter for 'new' (nearly every event
-- until analysts get to it) walks events_by_date like the default view, meeting a match at almost
-- every row; the rarer statuses (confirmed, edited, rejected, merged) keep an index, which the
-- query names by adding the literal term "status <> 'new'" (query.ts), as SQLite uses a partial
-- index only when the query's own terms imply its WHERE. Every import writes 'new' events, and
-- each of them paid a scattered page of the full index (~4 KiB of WAL at 1,000,000 events).
DROP INDEX IF EXISTS events_by_status;
CREATE INDEX events_by_status ON events (status, event_date) WHERE status <> 'new';
