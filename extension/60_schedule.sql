/* crmdb/extension/60_schedule.sql: pg_cron jobs, the health view, service access */

-- The three pg_cron jobs (schedule.c).  Nothing here needs elevated rights:
-- the jobs belong to, and run as, the role that schedules them.

CREATE FUNCTION @extschema@.schedule_maintenance(
    p_partitions text DEFAULT '5 0 * * *',
    p_views text DEFAULT '*/10 * * * *',
    p_validation text DEFAULT '30 2 * * *')
RETURNS TABLE (job_name text, jobid bigint, schedule text, command text)
AS 'MODULE_PATHNAME', 'schedule_maintenance'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.schedule_maintenance(text, text, text) IS
    'Registers (or updates) the pg_cron jobs crmdb_partitions, crmdb_refresh_views and crmdb_validation in this database, as the calling role; NULL removes that job';
REVOKE ALL ON FUNCTION @extschema@.schedule_maintenance(text, text, text) FROM PUBLIC;

CREATE FUNCTION @extschema@.unschedule_maintenance()
RETURNS TABLE (job_name text, jobid bigint, schedule text, command text)
AS 'MODULE_PATHNAME', 'unschedule_maintenance'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.unschedule_maintenance() IS
    'Removes the three pg_cron jobs of crmdb from this database';
REVOKE ALL ON FUNCTION @extschema@.unschedule_maintenance() FROM PUBLIC;

CREATE PROCEDURE @extschema@.run_job(p_job_name text)
AS 'MODULE_PATHNAME', 'run_job'
LANGUAGE C;
COMMENT ON PROCEDURE @extschema@.run_job(text) IS
    'What crmdb''s pg_cron jobs call: runs one job''s maintenance, or skips the run (and logs it) while the previous run of that job is still going';
REVOKE ALL ON PROCEDURE @extschema@.run_job(text) FROM PUBLIC;

CREATE FUNCTION @extschema@.maintenance_jobs()
RETURNS TABLE (job_name text, jobid bigint, schedule text, active boolean,
               username text, last_start timestamptz, last_end timestamptz,
               last_status text, last_message text)
AS 'MODULE_PATHNAME', 'maintenance_jobs'
LANGUAGE C STABLE;
COMMENT ON FUNCTION @extschema@.maintenance_jobs() IS
    'The pg_cron registration of each of crmdb''s three jobs in this database and the outcome of its latest run';
REVOKE ALL ON FUNCTION @extschema@.maintenance_jobs() FROM PUBLIC;

-- Service access (access.c): SECURITY INVOKER, the caller must have the
-- privileges of the owner of the service schemas.

CREATE FUNCTION @extschema@.grant_service_access(p_role regrole, p_service text)
RETURNS void
AS 'MODULE_PATHNAME', 'grant_service_access'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.grant_service_access(regrole, text) IS
    'Grants a role what one service needs: its own schema''s tables (DML) and views (SELECT), reads of bank_sync_service for payment and workflow, the payment reference registry for payment';
REVOKE ALL ON FUNCTION @extschema@.grant_service_access(regrole, text) FROM PUBLIC;

CREATE FUNCTION @extschema@.revoke_service_access(p_role regrole, p_service text)
RETURNS void
AS 'MODULE_PATHNAME', 'revoke_service_access'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.revoke_service_access(regrole, text) IS
    'Takes back what grant_service_access() granted for one service, keeping reads another service of the role still needs';
REVOKE ALL ON FUNCTION @extschema@.revoke_service_access(regrole, text) FROM PUBLIC;
