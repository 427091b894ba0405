-- A country filter given as a name ("Yemen") goes through the ISO3 index: country_names lists
-- every (name, ISO3) pair events have held, kept by triggers (a few hundred rows, so its pages
-- stay in cache), and the filter becomes "iso3 IN (codes of that name) AND country = name". The
-- name index it replaces cost every imported row a scattered page (~4 KiB of WAL at 1,000,000
-- events). Pairs are never removed, so hidden events and edited ones are found as before.
CREATE TABLE country_names (
  name TEXT NOT NULL COLLATE NOCASE,
  iso3 TEXT NOT NULL,
  PRIMARY KEY (name, iso3)
) WITHOUT ROWID;
INSERT OR IGNORE INTO country_names (name, iso3) SELECT DISTINCT country, iso3 FROM events;
CREATE TRIGGER events_country_name_insert AFTER INSERT ON events BEGIN
  INSERT OR IGNORE INTO country_names (name, iso3) VALUES (new.country, new.iso3);
END;
CREATE TRIGGER events_country_name_update AFTER UPDATE OF country, iso3 ON events BEGIN
  INSERT OR IGNORE INTO country_names (name, iso3) VALUES (new.country, new.iso3);
END;
DROP INDEX IF EXISTS events_by_country;
