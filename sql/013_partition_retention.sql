--
-- Retention: partitions wholly older than p_now - retention are detached,
-- dropped or archived, judged by their real bounds in the catalog, after
-- the premake.
--
CREATE EXTENSION crmdb;
SET DateStyle = 'ISO';

CREATE SCHEMA ret;
CREATE SCHEMA ret_archive;

-- Three tables with the same history: monthly partitions of 2025, made by
-- create_partitions(), a row in each.
CREATE TABLE ret.detached (id int, at timestamp NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ret.dropped (id int, at timestamp NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ret.archived (id int, at timestamp NOT NULL) PARTITION BY RANGE (at);
INSERT INTO crmdb.partition_config
    (parent_table, partition_interval, premake, retention, retention_action, archive_schema)
VALUES ('ret.detached', '1 month', 1, '6 months', 'detach', NULL),
       ('ret.dropped', '1 month', 1, '6 months', 'drop', NULL),
       ('ret.archived', '1 month', 1, '6 months', 'archive', 'ret_archive');
SELECT count(*) FROM crmdb.create_partitions('ret.detached', '2025-01-01 00:00:00+00', '2026-01-01 00:00:00+00');
SELECT count(*) FROM crmdb.create_partitions('ret.dropped', '2025-01-01 00:00:00+00', '2026-01-01 00:00:00+00');
SELECT count(*) FROM crmdb.create_partitions('ret.archived', '2025-01-01 00:00:00+00', '2026-01-01 00:00:00+00');
INSERT INTO ret.detached SELECT m, make_timestamp(2025, m, 15, 12, 0, 0) FROM generate_series(1, 12) m;
INSERT INTO ret.dropped SELECT * FROM ret.detached;
INSERT INTO ret.archived SELECT * FROM ret.detached;

-- p_now = 2026-01-20 12:00 UTC, retention 6 months: the cutoff is
-- 2025-07-20 12:00.  Partitions ending on or before it go: January to
-- June.  July (ending 2025-08-01) still holds rows inside the window.
-- The premake (January to February 2026) comes first.
SELECT * FROM crmdb.run_maintenance('ret.detached', '2026-01-20 12:00:00+00');
SELECT * FROM crmdb.run_maintenance('ret.dropped', '2026-01-20 12:00:00+00');
SELECT * FROM crmdb.run_maintenance('ret.archived', '2026-01-20 12:00:00+00');

-- What is left attached, and the rows it holds.
SELECT parent_table, min(range_from), max(range_to), count(*) AS partitions
FROM crmdb.partitions WHERE parent_table::text LIKE 'ret.%'
GROUP BY 1 ORDER BY parent_table::text;
SELECT 'detached' AS t, min(at), count(*) FROM ret.detached
UNION ALL SELECT 'dropped', min(at), count(*) FROM ret.dropped
UNION ALL SELECT 'archived', min(at), count(*) FROM ret.archived
ORDER BY 1;

-- detach: standalone tables with their rows, next to the parent.
SELECT c.relname, c.relispartition, n.nspname,
       (SELECT count(*) FROM pg_inherits WHERE inhrelid = c.oid) AS parents
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname LIKE 'detached_2025%' AND c.relkind = 'r'
ORDER BY c.relname;
SELECT count(*) AS rows_kept FROM ret.detached_2025_01;
-- drop: gone.
SELECT count(*) AS dropped_left FROM pg_class WHERE relname LIKE 'dropped_2025_0%' AND relname <= 'dropped_2025_06';
-- archive: detached and moved to the archive schema.
SELECT c.relname, n.nspname, c.relispartition
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname LIKE 'archived_2025%' AND c.relkind = 'r'
ORDER BY c.relname;
SELECT count(*) AS rows_archived FROM ret_archive.archived_2025_03;

-- Idempotent.
SELECT * FROM crmdb.run_maintenance(NULL, '2026-01-20 12:00:00+00')
WHERE parent_table::text LIKE 'ret.%';

-- A day later the cutoff passes July's end?  No: 2025-07-21 12:00 is
-- before 2025-08-01.  A month later it is (2025-08-20 12:00).
SELECT action, partition_name FROM crmdb.run_maintenance('ret.detached', '2026-01-21 12:00:00+00');
SELECT action, partition_name FROM crmdb.run_maintenance('ret.detached', '2026-02-20 12:00:00+00');

-- Retention reads the real bounds, not the names: a partition made by
-- hand that reaches into the window stays, an old one goes whatever its
-- name says, and so does one that starts at MINVALUE.
CREATE TABLE ret.detached_2025_08_by_hand PARTITION OF ret.detached
    FOR VALUES FROM ('2024-12-01') TO ('2025-01-01');
CREATE TABLE ret.straddling (id int, at timestamp NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE ret.straddling_old PARTITION OF ret.straddling FOR VALUES FROM ('2020-01-01') TO ('2025-09-01');
CREATE TABLE ret.straddling_oldest PARTITION OF ret.straddling FOR VALUES FROM (MINVALUE) TO ('2020-01-01');
CREATE TABLE ret.straddling_default PARTITION OF ret.straddling DEFAULT;
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake, retention, retention_action)
VALUES ('ret.straddling', '1 year', 0, '6 months', 'drop');
SELECT action, partition_name, range_from, range_to
FROM crmdb.run_maintenance('ret.straddling', '2026-02-20 12:00:00+00');
SELECT action, partition_name, range_from, range_to
FROM crmdb.run_maintenance('ret.detached', '2026-02-20 12:00:00+00');

-- A partition that cannot be archived (a table of that name is already in
-- the archive schema) is reported; the others are archived all the same.
CREATE TABLE ret_archive.archived_2025_07 (x int);
SELECT action, partition_name FROM crmdb.run_maintenance('ret.archived', '2026-03-20 12:00:00+00');
SELECT c.relname, n.nspname, c.relispartition
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relname IN ('archived_2025_07', 'archived_2025_08') AND c.relkind = 'r'
ORDER BY 1, 2;
-- A partition that something depends on is not dropped (no CASCADE).
CREATE VIEW ret.keep_july AS SELECT * FROM ret.dropped_2025_07;
SELECT action, partition_name FROM crmdb.run_maintenance('ret.dropped', '2026-03-20 12:00:00+00');
SELECT action, detail, success, sqlstate FROM crmdb.maintenance_log
WHERE object_name IN ('ret.archived', 'ret.dropped') AND NOT success ORDER BY log_id;
-- Once the obstacles are gone, the next run catches up.
DROP VIEW ret.keep_july;
DROP TABLE ret_archive.archived_2025_07;
SELECT action, partition_name FROM crmdb.run_maintenance(NULL, '2026-03-20 12:00:00+00')
WHERE parent_table::text LIKE 'ret.%';

-- The archive schema disappeared since the configuration was written.
SET client_min_messages = warning;
DROP SCHEMA ret_archive CASCADE;
RESET client_min_messages;
SELECT action, partition_name FROM crmdb.run_maintenance('ret.archived', '2026-05-20 12:00:00+00');

DELETE FROM crmdb.partition_config WHERE parent_table::text LIKE 'ret.%';
SET client_min_messages = warning;
DROP SCHEMA ret CASCADE;
RESET client_min_messages;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
