--
-- crmdb.run_maintenance(): premake from the clock, names for every
-- interval, bounds independent of the session's TimeZone and DateStyle,
-- idempotence, the crmdb.partitions view and the log.
--
CREATE EXTENSION crmdb;

CREATE SCHEMA pm;
CREATE TABLE pm.quarterly (id int, d timestamp NOT NULL, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
CREATE TABLE pm.quarterly_default PARTITION OF pm.quarterly DEFAULT;
CREATE TABLE pm.monthly (id int, d timestamptz NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE pm.yearly (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE pm.weekly (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE pm.daily (id int, d timestamp NOT NULL) PARTITION BY RANGE (d);
INSERT INTO crmdb.partition_config (parent_table) VALUES ('pm.quarterly');
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake)
VALUES ('pm.monthly', '1 month', 2),
       ('pm.yearly', '1 year', 1),
       ('pm.weekly', '1 week', 3),
       ('pm.daily', '1 day', 2);

-- Premake from p_now: the current interval and the next premake ones.
-- 2026-02-10 is a Tuesday: its week starts on Monday 2026-02-09.
SELECT * FROM crmdb.run_maintenance('pm.quarterly', '2026-02-10 15:00:00+00');
SELECT * FROM crmdb.run_maintenance('pm.monthly', '2026-02-10 15:00:00+00');
SELECT * FROM crmdb.run_maintenance('pm.yearly', '2026-02-10 15:00:00+00');
SELECT * FROM crmdb.run_maintenance('pm.weekly', '2026-02-10 15:00:00+00');
SELECT * FROM crmdb.run_maintenance('pm.daily', '2026-02-10 15:00:00+00');

-- Idempotent: the same p_now again does nothing and returns no rows.
SELECT * FROM crmdb.run_maintenance(NULL, '2026-02-10 15:00:00+00')
WHERE parent_table::text LIKE 'pm.%';

-- Time moves on: only the new intervals are created.
SELECT * FROM crmdb.run_maintenance('pm.quarterly', '2026-04-01 00:00:00+00');
SELECT * FROM crmdb.run_maintenance('pm.daily', '2026-02-12 00:00:00+00');

-- The bounds in the catalog, read in UTC.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO';
SELECT c.relname AS partition, pg_get_expr(c.relpartbound, c.oid) AS bound
FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid
WHERE i.inhparent IN ('pm.quarterly'::regclass, 'pm.monthly'::regclass, 'pm.yearly'::regclass)
ORDER BY c.relname;
RESET TimeZone;
RESET DateStyle;

-- The view: bounds in ISO 8601 in every session.
SELECT parent_table, partition, range_from, range_to, is_default, estimated_rows,
       size_bytes IS NOT NULL AS has_size
FROM crmdb.partitions WHERE parent_table::text LIKE 'pm.%'
ORDER BY parent_table::text, partition::text;
SET DateStyle = 'SQL, DMY';
SET TimeZone = 'America/Los_Angeles';
SELECT partition, range_from, range_to
FROM crmdb.partitions WHERE parent_table = 'pm.monthly'::regclass
ORDER BY partition::text;
RESET DateStyle;
RESET TimeZone;

--
-- Boundaries do not depend on the session's TimeZone.  At 23:30 UTC on
-- 2026-03-31 it is already April 1 in Kiritimati (UTC+14) and still
-- March 31 in Honolulu (UTC-10): the current quarter and day are those of
-- the UTC date, whatever the session says.
--
CREATE TABLE pm.edge_kiritimati (id int, d timestamp NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE pm.edge_honolulu (id int, d timestamp NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE pm.edge_day_kiritimati (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE pm.edge_tstz_kiritimati (id int, d timestamptz NOT NULL) PARTITION BY RANGE (d);
INSERT INTO crmdb.partition_config (parent_table, premake)
VALUES ('pm.edge_kiritimati', 0), ('pm.edge_honolulu', 0);
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake)
VALUES ('pm.edge_day_kiritimati', '1 day', 0), ('pm.edge_tstz_kiritimati', '1 month', 0);
SET TimeZone = 'Pacific/Kiritimati';
SET DateStyle = 'German';
SELECT * FROM crmdb.run_maintenance('pm.edge_kiritimati', '2026-03-31 23:30:00+00');
SELECT * FROM crmdb.run_maintenance('pm.edge_day_kiritimati', '2026-03-31 23:30:00+00');
SELECT * FROM crmdb.run_maintenance('pm.edge_tstz_kiritimati', '2026-03-31 23:30:00+00');
SET TimeZone = 'Pacific/Honolulu';
SET DateStyle = 'Postgres, DMY';
SELECT * FROM crmdb.run_maintenance('pm.edge_honolulu', '2026-03-31 23:30:00+00');
RESET TimeZone;
RESET DateStyle;
-- A timestamptz partition starts at midnight UTC, written with its offset.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO';
SELECT pg_get_expr(c.relpartbound, c.oid) AS bound
FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid
WHERE i.inhparent = 'pm.edge_tstz_kiritimati'::regclass;
RESET TimeZone;
RESET DateStyle;

-- No more partitions in one call than crmdb.partition_max_create; the
-- next call goes on.
CREATE TABLE pm.capped (id int, d date NOT NULL) PARTITION BY RANGE (d);
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake)
VALUES ('pm.capped', '1 day', 5);
SET crmdb.partition_max_create = 4;
SELECT action, partition_name FROM crmdb.run_maintenance('pm.capped', '2026-02-10 00:00:00+00');
SELECT action, partition_name FROM crmdb.run_maintenance('pm.capped', '2026-02-10 00:00:00+00');
RESET crmdb.partition_max_create;

-- Every action is in the log, with its range and how long it took.
SELECT object_name, action, detail, rows_affected, success, sqlstate,
       duration_ms >= 0 AS timed
FROM crmdb.maintenance_log
WHERE area = 'partition' AND object_name IN ('pm.quarterly', 'pm.capped')
ORDER BY log_id;

-- The log is capped by crmdb.log_max_rows at each call.
SELECT count(*) > 3 AS many_entries FROM crmdb.maintenance_log;
SET crmdb.log_max_rows = 3;
SELECT count(*) FROM crmdb.run_maintenance('pm.quarterly', '2026-04-01 00:00:00+00');
SELECT count(*) AS entries_left FROM crmdb.maintenance_log;
RESET crmdb.log_max_rows;

DELETE FROM crmdb.partition_config WHERE parent_table::text LIKE 'pm.%';
SET client_min_messages = warning;
DROP SCHEMA pm CASCADE;
RESET client_min_messages;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
