--
-- Bad input, hostile names, failures that must not stop the other
-- tables, the procedure form, and a cancelled run.
--
CREATE EXTENSION crmdb;
SET DateStyle = 'ISO';

CREATE SCHEMA err;
CREATE TABLE err.plain (id int, d date);
CREATE TABLE err.unconfigured (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE err.t (id int, d date NOT NULL) PARTITION BY RANGE (d);
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('err.t', 1);

-- Bad arguments: clear errors with a proper SQLSTATE.
\set VERBOSITY default
\set SHOW_CONTEXT never
SELECT * FROM crmdb.run_maintenance('err.t', NULL);
SELECT * FROM crmdb.run_maintenance('err.t', 'infinity');
SELECT * FROM crmdb.run_maintenance('err.no_such_table');
SELECT * FROM crmdb.run_maintenance(0);
SELECT * FROM crmdb.run_maintenance(0, '2026-02-10');
SELECT * FROM crmdb.run_maintenance('err.plain', '2026-02-10');
SELECT * FROM crmdb.run_maintenance('err.unconfigured', '2026-02-10');
SELECT * FROM crmdb.run_maintenance('crmdb.maintenance_log', '2026-02-10');
-- The maintenance needs READ COMMITTED: each statement must see the rows
-- committed before it.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT * FROM crmdb.run_maintenance('err.t', '2026-02-10');
ROLLBACK;
-- Only the owner (or a superuser) runs the maintenance of a table.
CREATE ROLE regress_crmdb_err_user;
GRANT USAGE ON SCHEMA crmdb, err TO regress_crmdb_err_user;
GRANT EXECUTE ON FUNCTION crmdb.run_maintenance(regclass, timestamptz) TO regress_crmdb_err_user;
SET ROLE regress_crmdb_err_user;
SELECT * FROM crmdb.run_maintenance('err.t', '2026-02-10');
-- ... and the functions that change data are not for PUBLIC.
SELECT * FROM crmdb.create_partitions('err.t', '2026-01-01', '2026-02-01');
RESET ROLE;
\set VERBOSITY terse
-- SQLSTATEs, for the record
DO $$
DECLARE
    v_state text;
BEGIN
    FOR v_state IN
        SELECT unnest(ARRAY[
            $q$SELECT * FROM crmdb.run_maintenance('err.t', NULL)$q$,
            $q$SELECT * FROM crmdb.run_maintenance(0)$q$,
            $q$SELECT * FROM crmdb.run_maintenance('err.plain')$q$,
            $q$SELECT * FROM crmdb.run_maintenance('err.unconfigured')$q$])
    LOOP
        BEGIN
            EXECUTE v_state;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: %', SQLSTATE, SQLERRM;
        END;
    END LOOP;
END
$$;
\set VERBOSITY default

--
-- Names that look like SQL are names: a schema, a table and a column with
-- quotes, semicolons and comment marks.
--
CREATE SCHEMA "err; DROP SCHEMA err CASCADE; --";
CREATE TABLE err.victim (x int);
CREATE TABLE "err; DROP SCHEMA err CASCADE; --"."pay""ments'); DROP TABLE err.victim; --" (
    id int,
    "d"" ); DROP TABLE err.victim; --" timestamp NOT NULL
) PARTITION BY RANGE ("d"" ); DROP TABLE err.victim; --");
CREATE TABLE "err; DROP SCHEMA err CASCADE; --"."pay""ments'); DROP TABLE err.victim; --_default"
    PARTITION OF "err; DROP SCHEMA err CASCADE; --"."pay""ments'); DROP TABLE err.victim; --" DEFAULT;
INSERT INTO "err; DROP SCHEMA err CASCADE; --"."pay""ments'); DROP TABLE err.victim; --"
VALUES (1, '2026-01-15'), (2, '2025-11-30');
INSERT INTO crmdb.partition_config (parent_table, premake, retention, retention_action)
VALUES ('"err; DROP SCHEMA err CASCADE; --"."pay""ments''); DROP TABLE err.victim; --"', 1, '1 month', 'drop');
SELECT control_column FROM crmdb.partition_config WHERE parent_table::text LIKE '%victim%';
SELECT parent_table, action, partition_name, range_from, range_to, rows_affected
FROM crmdb.run_maintenance('"err; DROP SCHEMA err CASCADE; --"."pay""ments''); DROP TABLE err.victim; --"',
                           '2026-02-10 00:00:00+00');
SELECT tableoid::regclass, id FROM "err; DROP SCHEMA err CASCADE; --"."pay""ments'); DROP TABLE err.victim; --" ORDER BY id;
SELECT to_regclass('err.victim') IS NOT NULL AS victim_alive;
-- A name as long as a name can be is shortened to make room for the suffix.
CREATE TABLE err.tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (d date NOT NULL) PARTITION BY RANGE (d);
INSERT INTO crmdb.partition_config (parent_table, premake)
VALUES ('err.tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt', 0);
SELECT partition_name FROM crmdb.run_maintenance('err.tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt',
                                                 '2026-02-10 00:00:00+00');
-- A name that is already taken (here by a table that is not a partition)
-- is reported, not replaced.
CREATE TABLE err.t_2026_q3 (id int, d date NOT NULL);
SELECT * FROM crmdb.run_maintenance('err.t', '2026-05-10 00:00:00+00');

--
-- NULL = every configured table, each on its own: one table's failure is
-- a WARNING and a log entry, the others are maintained.  (The other
-- configured tables of this database are left out for the test.)
--
BEGIN;
DELETE FROM crmdb.partition_config WHERE parent_table::text NOT LIKE 'err.%';
CREATE TABLE err.fine (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE err.gone (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE err.broken (id int, d date NOT NULL) PARTITION BY RANGE (id);
INSERT INTO crmdb.partition_config (parent_table, premake)
VALUES ('err.fine', 0), ('err.gone', 0);
DROP TABLE err.gone;
-- a row written past the trigger (say, by a restore with triggers off)
ALTER TABLE crmdb.partition_config DISABLE TRIGGER partition_config_check;
INSERT INTO crmdb.partition_config (parent_table, control_column) VALUES ('err.broken', 'id');
ALTER TABLE crmdb.partition_config ENABLE TRIGGER partition_config_check;
-- (the warnings name the dropped table by its OID: see the log instead)
SET client_min_messages = error;
SELECT parent_table, action, partition_name FROM crmdb.run_maintenance(NULL, '2026-08-10 00:00:00+00');
RESET client_min_messages;
SELECT CASE WHEN object_name LIKE 'OID %' THEN 'dropped table' ELSE object_name END AS object,
       action, success, sqlstate,
       regexp_replace(error_message, 'OID [0-9]+', 'OID n') AS error_message
FROM crmdb.maintenance_log
WHERE NOT success AND (object_name LIKE 'OID %' OR object_name LIKE 'err.%')
  AND started_at >= now()
ORDER BY log_id;
ROLLBACK;

--
-- The procedure form commits after each unit of work.
--
CREATE TABLE err.proc (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE err.proc_default PARTITION OF err.proc DEFAULT;
INSERT INTO err.proc SELECT g, date '2025-01-01' + g FROM generate_series(0, 400, 10) g;
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake, retention, retention_action)
VALUES ('err.proc', '1 month', 1, '3 months', 'drop');
-- a partition the retention cannot drop: the premake and the drain stay
CREATE TABLE err.proc_old PARTITION OF err.proc FOR VALUES FROM ('2024-12-01') TO ('2025-01-01');
CREATE VIEW err.keep AS SELECT * FROM err.proc_old;
BEGIN;
CALL crmdb.run_maintenance_proc('err.proc', '2026-02-10 00:00:00+00');
ROLLBACK;
CALL crmdb.run_maintenance_proc('err.proc', NULL);
CALL crmdb.run_maintenance_proc('err.proc', '2026-02-10 00:00:00+00');
SELECT action, count(*), sum(rows_affected), bool_and(success) AS success,
       count(DISTINCT xmin::text) AS transactions
FROM crmdb.maintenance_log WHERE object_name = 'err.proc' GROUP BY action ORDER BY action;
SELECT count(*) AS total_rows, count(DISTINCT id) AS distinct_ids,
       count(*) FILTER (WHERE tableoid = 'err.proc_default'::regclass) AS in_default
FROM err.proc;
CALL crmdb.run_maintenance_proc('err.proc', '2026-02-10 00:00:00+00');
DROP VIEW err.keep;

--
-- A cancelled run leaves every row exactly once; the next run finishes.
--
CREATE TABLE err.cancel (id int, d date NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE err.cancel_default PARTITION OF err.cancel DEFAULT;
INSERT INTO err.cancel SELECT g, date '2020-01-01' + g FROM generate_series(0, 2000) g;
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake)
VALUES ('err.cancel', '1 month', 1);
SET statement_timeout = '30ms';
SELECT count(*) FROM crmdb.run_maintenance('err.cancel', '2026-02-10 00:00:00+00');
CALL crmdb.run_maintenance_proc('err.cancel', '2026-02-10 00:00:00+00');
RESET statement_timeout;
SELECT count(*) AS total_rows, count(DISTINCT id) AS distinct_ids FROM err.cancel;
SELECT count(*) > 0 AS finished FROM crmdb.run_maintenance('err.cancel', '2026-02-10 00:00:00+00');
SELECT count(*) AS total_rows, count(DISTINCT id) AS distinct_ids,
       count(*) FILTER (WHERE tableoid = 'err.cancel_default'::regclass) AS in_default
FROM err.cancel;
SELECT count(*) FROM crmdb.run_maintenance('err.cancel', '2026-02-10 00:00:00+00');

DELETE FROM crmdb.partition_config
WHERE parent_table::text LIKE 'err%' OR parent_table::text LIKE '"err;%';
SET client_min_messages = warning;
DROP SCHEMA err, "err; DROP SCHEMA err CASCADE; --" CASCADE;
DROP OWNED BY regress_crmdb_err_user;
DROP ROLE regress_crmdb_err_user;
RESET client_min_messages;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
