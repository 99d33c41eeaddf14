--
-- 041_health: crmdb.health on a fresh install, then with a row in a DEFAULT
-- partition, a stale view, failed and skipped maintenance, a failed pg_cron
-- job, validation violations and schema drift.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();
SET DateStyle = 'ISO, YMD';
SET TimeZone = 'UTC';
SET IntervalStyle = 'postgres';

-- Times, the distance to the partition horizon and the user running the
-- test change from run to run.
CREATE FUNCTION public.regress_health(p_area text DEFAULT NULL)
RETURNS TABLE (area text, item text, status text, detail text)
LANGUAGE sql AS $$
    SELECT h.area, h.item, h.status,
           replace(regexp_replace(
               regexp_replace(h.detail, '\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d+)?\+00)?', '<time>', 'g'),
               '\d+ days ahead', '<n> days ahead'), 'role ' || current_user, 'role <user>')
      FROM crmdb.health h
     WHERE p_area IS NULL OR h.area = p_area
     ORDER BY 1, 2
$$;

-- A fresh install: the partitions reach four quarters ahead and DEFAULT is
-- empty, the schemas match; nothing has refreshed, validated or scheduled
-- anything yet (pg_cron is not installed in this database).
SELECT * FROM public.regress_health();

-- The maintenance runs once: views and validation are fine.
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY 1;
SELECT crmdb.run_validation() > 0 AS validated;
SELECT * FROM public.regress_health() WHERE area IN ('refresh', 'validation');

--
-- A row in a DEFAULT partition: a payment of 2019, long before the first
-- partition.  It also makes the payment views stale.
--
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('CIF-H-1', 'INDIVIDUAL', 'Pham Van Hai', 'MASS', 'ACTIVE', 'T24', 'regress', 'regress');
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
VALUES ('LN-H-1', 'CIF-H-1', 'CASH', 12000000, 'VND', '2018-06-01', '2021-06-01',
        10, 36, 'MONTHLY', 0, 0, 0, '2021-06-01', 0,
        'CURRENT', 'OPEN', 'T24', 'regress', 'regress');
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency, payment_date,
     payment_method, status, source_system, created_by, updated_by)
VALUES ('PAY-H-1', 'LN-H-1', 'CIF-H-1', 400000, 'VND', '2019-03-01 10:00',
        'CASH', 'COMPLETED', 'CRM', 'regress', 'regress');
SELECT * FROM public.regress_health('partition') WHERE item LIKE '%default';

--
-- A stale view.  Within crmdb.health_stale_after (default one hour) of its
-- last refresh it is only reported as stale; past it, a warning.
--
SELECT * FROM public.regress_health('refresh');
SET crmdb.health_stale_after = 0;
SELECT * FROM public.regress_health('refresh');
RESET crmdb.health_stale_after;

--
-- Failed and skipped maintenance in crmdb.maintenance_log.
--
INSERT INTO crmdb.maintenance_log
    (started_at, area, object_name, action, success, sqlstate, error_message)
VALUES (now() - interval '2 hours', 'refresh', 'payment_service.payment_summary',
        'failed', false, '55P03', 'canceling statement due to lock timeout'),
       (now() - interval '90 minutes', 'refresh', 'payment_service.payment_summary',
        'failed', false, '55P03', 'canceling statement due to lock timeout'),
       (now() - interval '3 days', 'partition', 'payment_service.payments',
        'failed', false, '42P17', 'an old failure'),
       (now() - interval '1 hour', 'schedule', 'crmdb_refresh_views',
        'skipped', true, NULL, NULL);
SELECT * FROM public.regress_health('log');
-- The same view refreshed since: the failures are now a warning.
INSERT INTO crmdb.maintenance_log (started_at, area, object_name, action, success)
VALUES (now(), 'refresh', 'payment_service.payment_summary', 'refreshed_concurrently', true);
SELECT * FROM public.regress_health('log');

--
-- A failed pg_cron job.  pg_cron can be created in this database (it runs
-- its jobs from cron.database_name, another one); its tables are written
-- by hand here as the scheduler would write them.
--
CREATE EXTENSION pg_cron;
INSERT INTO cron.job (jobid, schedule, command, nodename, nodeport, database, username, jobname)
VALUES (9001, '*/10 * * * *', 'CALL crmdb.run_job(''crmdb_refresh_views'')',
        'localhost', 5432, current_database(), current_user, 'crmdb_refresh_views'),
       (9002, '5 0 * * *', 'CALL crmdb.run_job(''crmdb_partitions'')',
        'localhost', 5432, current_database(), current_user, 'crmdb_partitions'),
       (9003, '0 2 * * *', 'CALL crmdb.run_job(''crmdb_validation'')',
        'localhost', 5432, current_database(), current_user, 'crmdb_validation');
INSERT INTO cron.job_run_details
    (jobid, runid, job_pid, database, username, command, status, return_message,
     start_time, end_time)
VALUES (9001, 1, 4242, current_database(), current_user,
        'CALL crmdb.run_job(''crmdb_refresh_views'')', 'succeeded', 'CALL',
        now() - interval '20 minutes', now() - interval '19 minutes'),
       (9001, 2, 4243, current_database(), current_user,
        'CALL crmdb.run_job(''crmdb_refresh_views'')', 'failed',
        E'ERROR:  could not obtain lock on materialized view "payment_summary"\nCONTEXT:  SQL statement "CALL crmdb.refresh_views_proc()"',
        now() - interval '10 minutes', now() - interval '9 minutes'),
       (9002, 3, 4244, current_database(), current_user,
        'CALL crmdb.run_job(''crmdb_partitions'')', 'succeeded', 'CALL',
        now() - interval '5 hours', now() - interval '5 hours'),
       -- pg_cron could not connect (listen_addresses = ''): it records no
       -- start time, only the end; the detail says how to fix it
       (9003, 4, NULL, current_database(), current_user,
        'CALL crmdb.run_job(''crmdb_validation'')', 'failed', 'connection failed',
        NULL, now() - interval '3 hours');
SELECT job_name, jobid, schedule, active, last_status FROM crmdb.maintenance_jobs() ORDER BY 1;
-- The scheduler runs in the database named by cron.database_name, not here.
SELECT * FROM public.regress_health('schedule');
-- A job that is not registered.
DELETE FROM cron.job_run_details WHERE jobid = 9003;
DELETE FROM cron.job WHERE jobid = 9003;
SELECT item, status, detail FROM public.regress_health('schedule') WHERE item = 'crmdb_validation';
DROP EXTENSION pg_cron;

--
-- Validation violations: a negative DPD (an error rule) and the 2019
-- payment in DEFAULT (a warning rule), both new since the last run.
--
UPDATE bank_sync_service.loans SET dpd = -3 WHERE account_number = 'LN-H-1';
SELECT crmdb.run_validation() > 0 AS validated;
SELECT area, item, status,
       regexp_replace(detail, 'new: .*', 'new: <keys>') AS detail
  FROM public.regress_health('validation');

--
-- Schema drift: a disabled trigger and a dropped index.
--
ALTER TABLE bank_sync_service.customers DISABLE TRIGGER trg_customers_updated_at;
DROP INDEX bank_sync_service.idx_loans_dpd;
SELECT * FROM public.regress_health('schema');
ALTER TABLE bank_sync_service.customers ENABLE TRIGGER trg_customers_updated_at;
CREATE INDEX idx_loans_dpd ON bank_sync_service.loans (dpd);
SELECT * FROM public.regress_health('schema');

-- Only for the roles it is granted to.  A monitoring role (pg_monitor)
-- with the grants of the documentation sees every check, and no data.
CREATE ROLE regress_crmdb_monitor;
SET ROLE regress_crmdb_monitor;
SELECT count(*) FROM crmdb.health;
RESET ROLE;
GRANT pg_monitor TO regress_crmdb_monitor;
GRANT SELECT ON crmdb.health, crmdb.expected_schema TO regress_crmdb_monitor;
GRANT EXECUTE ON FUNCTION crmdb.default_partition_rows(regclass, bigint),
                          crmdb.maintenance_jobs(), crmdb.verify_schema()
    TO regress_crmdb_monitor;
SET ROLE regress_crmdb_monitor;
SELECT area, item, status FROM crmdb.health WHERE area = 'partition' AND item LIKE '%default' ORDER BY 1, 2;
SELECT count(*) FROM crmdb.health;
SELECT count(*) FROM payment_service.payments_default;
RESET ROLE;
REVOKE SELECT ON crmdb.health, crmdb.expected_schema FROM regress_crmdb_monitor;
REVOKE EXECUTE ON FUNCTION crmdb.default_partition_rows(regclass, bigint),
                           crmdb.maintenance_jobs(), crmdb.verify_schema()
    FROM regress_crmdb_monitor;
DROP ROLE regress_crmdb_monitor;

-- Leave the database as we found it, for the next test.
DROP FUNCTION public.regress_health(text);
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
