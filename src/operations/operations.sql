/* crmdb/src/operations/operations.sql: pg_cron jobs, the health view, service access */

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
    'Grants a role what one service needs: its own schema''s tables (DML) and views (SELECT), reads of bank_sync_service for payment and workflow; never the payment reference registry';
REVOKE ALL ON FUNCTION @extschema@.grant_service_access(regrole, text) FROM PUBLIC;

CREATE FUNCTION @extschema@.revoke_service_access(p_role regrole, p_service text)
RETURNS void
AS 'MODULE_PATHNAME', 'revoke_service_access'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.revoke_service_access(regrole, text) IS
    'Takes back what grant_service_access() granted for one service, keeping reads another service of the role still needs';
REVOKE ALL ON FUNCTION @extschema@.revoke_service_access(regrole, text) FROM PUBLIC;

CREATE FUNCTION @extschema@.default_partition_rows(p_parent regclass,
                                                  p_limit bigint DEFAULT 1000000)
RETURNS bigint
AS 'MODULE_PATHNAME', 'default_partition_rows'
LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION @extschema@.default_partition_rows(regclass, bigint) IS
    'Rows in the DEFAULT partition of a partitioned table, counted up to p_limit; NULL without a DEFAULT partition';
REVOKE ALL ON FUNCTION @extschema@.default_partition_rows(regclass, bigint) FROM PUBLIC;

-- crmdb.health: one place that answers "is the database healthy".  One row
-- per thing checked, status 'ok', 'warning' or 'error'.  It comes last in
-- the script because it reads what every other part defines.
CREATE VIEW @extschema@.health AS
-- The schema check runs once: it reads every payment at bank scale.
WITH drift AS MATERIALIZED (SELECT * FROM @extschema@.verify_schema())
-- Partitioned tables: how far ahead the partitions reach (bounds are UTC
-- wall-clock times, as the rollover computes them).  An error when no
-- partition covers the present, a warning when fewer than premake - 1
-- intervals are left (the nightly run has been failing for a while).
SELECT 'partition'::text AS area,
       pg_catalog.format('%I.%I', n.nspname, c.relname) AS item,
       CASE WHEN h.newest_to IS NULL
              OR h.newest_to OPERATOR(pg_catalog.<=) h.now_utc
            THEN 'error'
            WHEN h.newest_to OPERATOR(pg_catalog.<)
                 (h.now_utc OPERATOR(pg_catalog.+)
                  (pc.partition_interval OPERATOR(pg_catalog.*)
                   GREATEST(pc.premake OPERATOR(pg_catalog.-) 1, 0)))
            THEN 'warning'
            ELSE 'ok'
       END AS status,
       CASE WHEN h.newest_to IS NULL
            THEN 'no dated partition: every row goes to the DEFAULT partition (run crmdb.run_maintenance())'
            WHEN h.newest_to OPERATOR(pg_catalog.<=) h.now_utc
            THEN pg_catalog.format('no partition covers the present: the newest ends %s UTC and new rows go to the DEFAULT partition (run crmdb.run_maintenance())',
                                   pg_catalog.to_char(h.newest_to, 'YYYY-MM-DD HH24:MI'))
            ELSE pg_catalog.format('partitions reach %s UTC, %s days ahead (premake %s x %s)',
                                   pg_catalog.to_char(h.newest_to, 'YYYY-MM-DD HH24:MI'),
                                   pg_catalog.date_part('day', h.newest_to OPERATOR(pg_catalog.-) h.now_utc)::pg_catalog.int4,
                                   pc.premake, pc.partition_interval)
       END AS detail
  FROM @extschema@.partition_config pc
  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) pc.parent_table::pg_catalog.oid
  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
 CROSS JOIN LATERAL
       (SELECT pg_catalog.max(p.range_to::pg_catalog.timestamp) AS newest_to,
               pg_catalog.timezone('UTC', pg_catalog.now()) AS now_utc
          FROM @extschema@.partitions p
         WHERE p.parent_table OPERATOR(pg_catalog.=) pc.parent_table
           AND NOT p.is_default) h
UNION ALL
-- Rows in the DEFAULT partition of every partitioned table of the four
-- schemas (counted up to a million).
SELECT 'partition',
       pg_catalog.format('%I.%I', n.nspname, d.relname),
       CASE WHEN r.n OPERATOR(pg_catalog.>) 0 THEN 'warning' ELSE 'ok' END,
       CASE WHEN r.n OPERATOR(pg_catalog.=) 0
            THEN 'the DEFAULT partition is empty'
            WHEN r.n OPERATOR(pg_catalog.>=) 1000000
            THEN 'at least 1000000 rows in the DEFAULT partition: run crmdb.run_maintenance() to move them into dated partitions'
            ELSE pg_catalog.format('%s row(s) in the DEFAULT partition: run crmdb.run_maintenance() to move them into dated partitions (rows beyond the premake horizon stay)',
                                   r.n)
       END
  FROM pg_catalog.pg_partitioned_table pt
  JOIN pg_catalog.pg_class d ON d.oid OPERATOR(pg_catalog.=) pt.partdefid
  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) d.relnamespace
 CROSS JOIN LATERAL
       (SELECT @extschema@.default_partition_rows(pt.partrelid::pg_catalog.regclass, 1000000) AS n) r
 WHERE n.nspname OPERATOR(pg_catalog.=) ANY
       (ARRAY['auth_service', 'bank_sync_service', 'payment_service',
              'workflow_service']::pg_catalog.name[])
UNION ALL
-- Materialized views: populated, last refresh, staleness.
SELECT 'refresh',
       pg_catalog.format('%I.%I', n.nspname, c.relname),
       CASE WHEN NOT v.is_populated
              OR v.last_action OPERATOR(pg_catalog.=) 'failed'
            THEN 'error'
            WHEN v.is_stale
             AND (v.last_refresh IS NULL
                  OR v.last_refresh OPERATOR(pg_catalog.<)
                     (pg_catalog.now() OPERATOR(pg_catalog.-)
                      COALESCE(NULLIF(pg_catalog.current_setting('crmdb.health_stale_after', true), ''),
                               '1h')::pg_catalog.interval))
            THEN 'warning'
            ELSE 'ok'
       END,
       CASE WHEN NOT v.is_populated
            THEN 'not populated: reading it fails until it is refreshed (crmdb.refresh_views())'
            WHEN v.last_action OPERATOR(pg_catalog.=) 'failed'
            THEN pg_catalog.format('the last refresh attempt at %s failed: %s',
                                   v.last_checked, v.last_error)
            WHEN v.is_stale AND v.last_refresh IS NULL
            THEN pg_catalog.format('stale: %s', v.stale_reason)
            WHEN v.is_stale
            THEN pg_catalog.format('stale: %s; last refreshed %s (%s)',
                                   v.stale_reason, v.last_refresh, v.last_action)
            ELSE pg_catalog.format('up to date; last refreshed %s', v.last_refresh)
       END
  FROM @extschema@.view_status v
  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) v.view_name::pg_catalog.oid
  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
UNION ALL
-- Validation: the last run of crmdb.run_validation(), then what is new in it.
SELECT 'validation', 'last run', 'warning',
       'crmdb.run_validation() has not run yet (see crmdb.schedule_maintenance())'
 WHERE NOT EXISTS (SELECT FROM @extschema@.validation_runs r
                    WHERE r.finished_at IS NOT NULL)
UNION ALL
SELECT 'validation', 'last run',
       CASE WHEN r.failed_checks OPERATOR(pg_catalog.>) 0
              OR r.error_violations OPERATOR(pg_catalog.>) 0
            THEN 'error'
            WHEN r.warning_violations OPERATOR(pg_catalog.>) 0
              OR r.finished_at OPERATOR(pg_catalog.<)
                 (pg_catalog.now() OPERATOR(pg_catalog.-) '2 days'::pg_catalog.interval)
            THEN 'warning'
            ELSE 'ok'
       END,
       pg_catalog.format('run %s finished %s: %s violation(s) of error rules, %s of warning rules, %s check(s) failed; %s rule(s) with new violations since the previous run',
                         r.run_id, r.finished_at, r.error_violations,
                         r.warning_violations, r.failed_checks,
                         (SELECT pg_catalog.count(*) FROM @extschema@.validation_changes))
  FROM (SELECT * FROM @extschema@.validation_runs r
         WHERE r.finished_at IS NOT NULL
         ORDER BY r.run_id DESC LIMIT 1) r
UNION ALL
SELECT 'validation',
       pg_catalog.format('%s on %s', ch.rule_name, ch.table_name),
       CASE WHEN ch.error_message IS NOT NULL
              OR ch.severity OPERATOR(pg_catalog.=) 'error'
            THEN 'error' ELSE 'warning' END,
       CASE WHEN ch.error_message IS NOT NULL
            THEN pg_catalog.format('the check failed: %s', ch.error_message)
            ELSE pg_catalog.format('%s violation(s), %s before; new: %s',
                                   ch.violations,
                                   COALESCE(ch.previous_violations::pg_catalog.text, 'none'),
                                   pg_catalog.array_to_string(ch.new_row_keys[1:10], ', '))
       END
  FROM @extschema@.validation_changes ch
UNION ALL
-- Schema drift: what differs from what crmdb.install() created.
SELECT 'schema',
       pg_catalog.format('%s %s', d.object_type, d.object_name),
       'error',
       d.problem
  FROM drift d
UNION ALL
SELECT 'schema', 'verify_schema', 'ok',
       'the service schemas match what crmdb.install() created'
 WHERE NOT EXISTS (SELECT FROM drift)
UNION ALL
-- Scheduling: pg_cron, its scheduler, and each of crmdb's jobs.
SELECT 'schedule',
       'pg_cron',
       'warning',
       'pg_cron is not installed in this database: nothing runs the maintenance by itself (see crmdb.schedule_maintenance())'
 WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_extension
                    WHERE extname OPERATOR(pg_catalog.=) 'pg_cron')
UNION ALL
SELECT 'schedule', 'pg_cron scheduler',
       CASE WHEN s.running THEN 'ok' ELSE 'error' END,
       CASE WHEN s.running
            THEN 'the pg_cron scheduler is running in this database'
            ELSE 'the pg_cron scheduler is not running in this database: no job runs (check shared_preload_libraries and cron.database_name, and restart the server if the scheduler exited)'
       END
  FROM (SELECT EXISTS (SELECT FROM pg_catalog.pg_stat_activity
                        WHERE backend_type OPERATOR(pg_catalog.=) 'pg_cron launcher'
                          AND datname OPERATOR(pg_catalog.=) pg_catalog.current_database())
               AS running) s
 WHERE EXISTS (SELECT FROM pg_catalog.pg_extension
                WHERE extname OPERATOR(pg_catalog.=) 'pg_cron')
UNION ALL
SELECT 'schedule', j.job_name,
       CASE WHEN j.jobid IS NULL OR NOT j.active THEN 'warning'
            WHEN j.last_status OPERATOR(pg_catalog.=) 'failed' THEN 'error'
            ELSE 'ok'
       END,
       CASE WHEN j.jobid IS NULL
            THEN 'not scheduled (see crmdb.schedule_maintenance())'
            WHEN NOT j.active
            THEN pg_catalog.format('pg_cron job %s is inactive', j.jobid)
            WHEN j.last_status IS NULL
            THEN pg_catalog.format('scheduled ''%s'' as role %s, has not run yet',
                                   j.schedule, j.username)
            WHEN j.last_status OPERATOR(pg_catalog.=) 'succeeded'
            THEN pg_catalog.format('last run started %s and succeeded (schedule ''%s'', role %s)',
                                   j.last_start, j.schedule, j.username)
            WHEN j.last_status OPERATOR(pg_catalog.=) 'failed'
            THEN CASE WHEN j.last_start IS NULL
                      THEN pg_catalog.format('last run failed before it started (at %s): %s',
                                             COALESCE(j.last_end::pg_catalog.text, 'a time pg_cron did not record'),
                                             pg_catalog.split_part(j.last_message, E'\n', 1))
                      ELSE pg_catalog.format('last run started %s and failed: %s',
                                             j.last_start,
                                             pg_catalog.split_part(j.last_message, E'\n', 1))
                 END
                 || CASE WHEN j.last_message OPERATOR(pg_catalog.~~) 'connection failed%'
                         THEN '; pg_cron connects to this server over TCP to cron.host (localhost by default): set cron.use_background_workers = on, or give the server a listening address (listen_addresses), then restart the server'
                         ELSE '' END
            ELSE pg_catalog.format('running since %s (%s)', j.last_start, j.last_status)
       END
  FROM @extschema@.maintenance_jobs() j
 WHERE EXISTS (SELECT FROM pg_catalog.pg_extension
                WHERE extname OPERATOR(pg_catalog.=) 'pg_cron')
UNION ALL
-- The maintenance log: failures of the last 24 hours, one row per area and
-- object, an error until the same area and object succeeded again.
SELECT 'log',
       pg_catalog.format('%s: %s', f.area, COALESCE(f.object_name, '-')),
       CASE WHEN f.recovered THEN 'warning' ELSE 'error' END,
       pg_catalog.format('%s failure(s) in the last 24 hours, the latest at %s (%s): %s%s',
                         f.failures, l.started_at, l.action,
                         pg_catalog.concat_ws(' ', l.sqlstate, l.error_message),
                         CASE WHEN f.recovered THEN '; it succeeded since' ELSE '' END)
  FROM (SELECT g.area, g.object_name, pg_catalog.count(*) AS failures,
               pg_catalog.max(g.log_id) AS last_id,
               EXISTS (SELECT FROM @extschema@.maintenance_log s
                        WHERE s.area OPERATOR(pg_catalog.=) g.area
                          AND s.object_name IS NOT DISTINCT FROM g.object_name
                          AND s.success
                          AND s.action OPERATOR(pg_catalog.<>) 'skipped'
                          AND s.log_id OPERATOR(pg_catalog.>) pg_catalog.max(g.log_id))
               AS recovered
          FROM @extschema@.maintenance_log g
         WHERE NOT g.success
           AND g.started_at OPERATOR(pg_catalog.>)
               (pg_catalog.now() OPERATOR(pg_catalog.-) '1 day'::interval)
         GROUP BY g.area, g.object_name) f
  JOIN @extschema@.maintenance_log l ON l.log_id OPERATOR(pg_catalog.=) f.last_id
UNION ALL
SELECT 'log', 'failures', 'ok', 'no maintenance failure in the last 24 hours'
 WHERE NOT EXISTS (SELECT FROM @extschema@.maintenance_log g
                    WHERE NOT g.success
                      AND g.started_at OPERATOR(pg_catalog.>)
                          (pg_catalog.now() OPERATOR(pg_catalog.-) '1 day'::interval))
UNION ALL
-- Runs of a job skipped because its previous run was still going.
SELECT 'log',
       pg_catalog.format('skipped: %s', k.object_name),
       'warning',
       pg_catalog.format('%s run(s) skipped in the last 24 hours because the previous run was still going, the latest at %s',
                         pg_catalog.count(*), pg_catalog.max(k.started_at))
  FROM @extschema@.maintenance_log k
 WHERE k.area OPERATOR(pg_catalog.=) 'schedule'
   AND k.action OPERATOR(pg_catalog.=) 'skipped'
   AND k.started_at OPERATOR(pg_catalog.>)
       (pg_catalog.now() OPERATOR(pg_catalog.-) '1 day'::interval)
 GROUP BY k.object_name;

COMMENT ON VIEW @extschema@.health IS
    'Is the database healthy: one row per check (partitions, views, validation, schema drift, pg_cron jobs, maintenance failures) with status ok, warning or error';
COMMENT ON COLUMN @extschema@.health.area IS
    'partition, refresh, validation, schema, schedule or log';
COMMENT ON COLUMN @extschema@.health.item IS
    'The table, view, job or check concerned';
COMMENT ON COLUMN @extschema@.health.status IS
    'ok, warning or error';
COMMENT ON COLUMN @extschema@.health.detail IS
    'What was found, in a sentence';
REVOKE ALL ON @extschema@.health FROM PUBLIC;

-- No relation of crmdb is open to PUBLIC (the test 040_access checks every
-- one): crmdb.partitions shows crmdb.partition_config through its owner's
-- rights, so it is for the roles it is granted to, like the table.
REVOKE ALL ON @extschema@.partitions FROM PUBLIC;
