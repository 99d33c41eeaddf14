--
-- 042_schedule: what crmdb.schedule_maintenance() refuses before pg_cron
-- sees anything, the error without pg_cron, and crmdb.run_job()'s input.
-- (The jobs themselves, under a real pg_cron, are tested by t/010_cron.pl;
-- skipping a run while the previous one holds the lock by the isolation
-- spec job_skip.)
--
CREATE EXTENSION crmdb;

-- Without pg_cron in this database: a clear error (SQLSTATE 55000) whose
-- hint says how to install and preload it.
SELECT * FROM crmdb.schedule_maintenance();
SELECT * FROM crmdb.unschedule_maintenance();
DO $$
BEGIN
    PERFORM crmdb.schedule_maintenance();
EXCEPTION WHEN object_not_in_prerequisite_state THEN
    RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END
$$;

-- Schedules are checked first: 'valid' below means the schedule passed and
-- the call then stopped at the missing pg_cron.
CREATE FUNCTION public.regress_schedule(p_schedule text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_detail text;
BEGIN
    PERFORM crmdb.schedule_maintenance(p_schedule, NULL, NULL);
    RETURN 'scheduled';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL;
    IF SQLSTATE = '55000' AND SQLERRM LIKE 'pg_cron is not installed%' THEN
        RETURN 'valid';
    END IF;
    RETURN SQLSTATE || ': ' || v_detail;
END
$$;

SELECT s AS schedule, public.regress_schedule(s) AS result
  FROM unnest(ARRAY[
    '5 0 * * *', '*/10 * * * *', '30 2 * * *', '  0   3 *  *   sun ',
    '0 1 * jan-mar/2 mon-fri', '0,15,30,45 8-18 * * 1-5', '0 0 1 * *',
    '0 0 29 2 *', '0 0 31 2 *', '0 0 30 2,4 *', '0 0 31 2 mon',
    '@daily', '@HOURLY', '@midnight', '@weekly', '@monthly', '@yearly', '@annually',
    '@reboot', '@every', '30 seconds', '0 seconds', '60 seconds',
    '* * * * * *', '* * * *', '', '   ', 'five past midnight',
    '60 * * * *', '0 24 * * *', '0 0 0 * *', '0 0 32 * *', '0 0 * 13 *', '0 0 * * 8',
    '7-3 * * * *', '*/0 * * * *', '*/60 * * * *', '5/15 * * * *', '*/5/2 * * * *',
    '1,,2 * * * *', '1, 2 * * * *', '-5 * * * *', '5- * * * *',
    '0 0 * * monday', '0 0 * foo *', '0 0 L * *', '0 0 ? * *', '0 0 * * 1#2', '0 0 $ * *'
  ]) WITH ORDINALITY AS t(s, n)
 ORDER BY n;

-- A NULL schedule removes a job: valid too.
SELECT public.regress_schedule(NULL) AS null_schedule;

-- With pg_cron installed here but running its jobs from another database
-- (cron.database_name), jobs registered here would never run: refused.
CREATE EXTENSION pg_cron;
SELECT current_setting('cron.database_name') <> current_database() AS cron_runs_elsewhere;
SELECT * FROM crmdb.schedule_maintenance();
-- pg_cron 1.4 is installed: interval schedules are refused, with the reason.
SELECT crmdb.schedule_maintenance('30 seconds', NULL, NULL);
-- maintenance_jobs() shows the three jobs, none scheduled.
SELECT job_name, jobid, schedule, last_status FROM crmdb.maintenance_jobs() ORDER BY 1;
SELECT count(*) AS cron_jobs FROM cron.job;
DROP EXTENSION pg_cron;
SELECT job_name, jobid FROM crmdb.maintenance_jobs() ORDER BY 1;

-- crmdb.run_job(): only crmdb's three jobs.
CALL crmdb.run_job('crmdb_nightly');
CALL crmdb.run_job(NULL);

-- Nothing of the above was scheduled or logged.
SELECT count(*) AS logged FROM crmdb.maintenance_log WHERE area = 'schedule';

-- Leave the database as we found it, for the next test.
DROP FUNCTION public.regress_schedule(text);
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
