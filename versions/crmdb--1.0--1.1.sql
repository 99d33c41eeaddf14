/* crmdb/versions/crmdb--1.0--1.1.sql: update from 1.0 to 1.1 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION crmdb UPDATE TO '1.1'" to load this file. \quit

-- Each section brings one change of 1.1 to a database at 1.0, so that it
-- ends exactly as CREATE EXTENSION crmdb and crmdb.install() at 1.1 leave
-- a new one.  The service schemas are not members of the extension: where
-- crmdb.install() has been run, the sections that change them alter the
-- existing tables (no table is rewritten) and record the new objects in
-- crmdb.expected_schema as install() would have.  Where it has not been
-- run, they change nothing there.

--
-- crmdb.health: the time of a pg_cron run that failed before it started,
-- and how to fix "connection failed"; crmdb.verify_schema() runs once per
-- read, not twice.  Same columns, so the view's privileges and comment
-- stay.
--
CREATE OR REPLACE VIEW @extschema@.health AS
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

--
-- Validation rule agent_login_active (amendment 1: agents.user_id).
-- validation_rules' guard trigger accepts a known rule; the values are
-- those CREATE EXTENSION takes from crmdb.validation_rule_checks().
--
INSERT INTO @extschema@.validation_rules
    (rule_name, table_names, description, severity, enabled)
VALUES ('agent_login_active', '{workflow_service.agents}',
        'An agent''s login (user_id), when set, is active exactly when the agent is: an active agent can log in, an agent who has left cannot',
        'warning', true);

--
-- Amendment 1 of the schema reference: what the upstream workflow service
-- needs.  agents gains user_id (its login: foreign key fk_agents_user_id to
-- auth_service.users, ON DELETE SET NULL; index idx_agents_user_id),
-- created_by and updated_by; customer_agents (every partition, DEFAULT
-- included, through the parent) and customer_cases gain created_by and
-- updated_by.  All nullable without a default: a catalog change, no table
-- is rewritten.  The FOREIGN KEY check reads agents, whose user_id is all
-- NULL.  A column or object a DBA added by hand with the same definition is
-- kept; one with another definition stops the update, changing nothing.
--
DO $amendment1$
DECLARE
    v_col record;
    v_found text;
    v_def text;
BEGIN
    IF pg_catalog.to_regclass('workflow_service.agents') IS NULL THEN
        RETURN;                 -- crmdb.install() has not been run here
    END IF;

    -- Catalog changes only, but they wait for every transaction that uses
    -- these tables, and writers queue behind them: do not wait for ever.
    IF pg_catalog.current_setting('lock_timeout') OPERATOR(pg_catalog.=) '0' THEN
        PERFORM pg_catalog.set_config('lock_timeout', '10s', true);
    END IF;

    FOR v_col IN
        SELECT * FROM (VALUES
            (1, 'agents', 'user_id', 'uuid'),
            (2, 'agents', 'created_by', 'character varying(50)'),
            (3, 'agents', 'updated_by', 'character varying(50)'),
            (4, 'customer_agents', 'created_by', 'character varying(50)'),
            (5, 'customer_agents', 'updated_by', 'character varying(50)'),
            (6, 'customer_cases', 'created_by', 'character varying(50)'),
            (7, 'customer_cases', 'updated_by', 'character varying(50)'))
            AS c (n, table_name, column_name, type_name)
        ORDER BY n
    LOOP
        SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
               OPERATOR(pg_catalog.||)
               CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
          INTO v_found
          FROM pg_catalog.pg_attribute a
         WHERE a.attrelid OPERATOR(pg_catalog.=)
               pg_catalog.format('workflow_service.%I', v_col.table_name)::pg_catalog.regclass
           AND a.attname OPERATOR(pg_catalog.=) v_col.column_name
           AND NOT a.attisdropped;
        IF v_found IS NULL THEN
            EXECUTE pg_catalog.format('ALTER TABLE workflow_service.%I ADD COLUMN %I %s NULL',
                                      v_col.table_name, v_col.column_name, v_col.type_name);
        ELSIF v_found OPERATOR(pg_catalog.<>) v_col.type_name THEN
            RAISE EXCEPTION 'column "%" of table "workflow_service.%" exists already as %',
                            v_col.column_name, v_col.table_name, v_found
                USING ERRCODE = 'duplicate_column',
                      DETAIL = pg_catalog.format('crmdb 1.1 adds it as %s NULL.', v_col.type_name),
                      HINT = 'Change or drop the column, then run ALTER EXTENSION crmdb UPDATE again.';
        END IF;
    END LOOP;

    SELECT pg_catalog.pg_get_constraintdef(co.oid) INTO v_def
      FROM pg_catalog.pg_constraint co
     WHERE co.conrelid OPERATOR(pg_catalog.=) 'workflow_service.agents'::pg_catalog.regclass
       AND co.conname OPERATOR(pg_catalog.=) 'fk_agents_user_id';
    IF v_def IS NULL THEN
        ALTER TABLE workflow_service.agents
            ADD CONSTRAINT fk_agents_user_id FOREIGN KEY (user_id)
            REFERENCES auth_service.users (id) ON DELETE SET NULL;
    ELSIF v_def OPERATOR(pg_catalog.<>) 'FOREIGN KEY (user_id) REFERENCES auth_service.users(id) ON DELETE SET NULL' THEN
        RAISE EXCEPTION 'constraint "fk_agents_user_id" of table "workflow_service.agents" exists already as %', v_def
            USING ERRCODE = 'duplicate_object',
                  HINT = 'Drop the constraint, then run ALTER EXTENSION crmdb UPDATE again.';
    END IF;

    SELECT pg_catalog.pg_get_indexdef(c.oid) INTO v_def
      FROM pg_catalog.pg_class c
     WHERE c.oid OPERATOR(pg_catalog.=) pg_catalog.to_regclass('workflow_service.idx_agents_user_id');
    IF v_def IS NULL THEN
        CREATE INDEX idx_agents_user_id ON workflow_service.agents (user_id);
    ELSIF v_def OPERATOR(pg_catalog.<>) 'CREATE INDEX idx_agents_user_id ON workflow_service.agents USING btree (user_id)' THEN
        RAISE EXCEPTION 'index "workflow_service.idx_agents_user_id" exists already as %', v_def
            USING ERRCODE = 'duplicate_object',
                  HINT = 'Drop the index, then run ALTER EXTENSION crmdb UPDATE again.';
    END IF;

    -- What crmdb.verify_schema() compares with, as install() records it.
    IF EXISTS (SELECT FROM @extschema@.expected_schema) THEN
        DELETE FROM @extschema@.expected_schema e
         USING (VALUES ('column', 'workflow_service.agents.user_id'),
                       ('column', 'workflow_service.agents.created_by'),
                       ('column', 'workflow_service.agents.updated_by'),
                       ('column', 'workflow_service.customer_agents.created_by'),
                       ('column', 'workflow_service.customer_agents.updated_by'),
                       ('column', 'workflow_service.customer_cases.created_by'),
                       ('column', 'workflow_service.customer_cases.updated_by'),
                       ('foreign key', 'workflow_service.agents.fk_agents_user_id'),
                       ('index', 'workflow_service.idx_agents_user_id'))
               AS x (object_type, object_name)
         WHERE e.object_type OPERATOR(pg_catalog.=) x.object_type
           AND e.object_name OPERATOR(pg_catalog.=) x.object_name;
        INSERT INTO @extschema@.expected_schema
            (object_type, object_name, schema_name, table_name, definition, state)
        VALUES
            ('column', 'workflow_service.agents.user_id', 'workflow_service', 'agents', 'uuid', NULL),
            ('column', 'workflow_service.agents.created_by', 'workflow_service', 'agents', 'character varying(50)', NULL),
            ('column', 'workflow_service.agents.updated_by', 'workflow_service', 'agents', 'character varying(50)', NULL),
            ('column', 'workflow_service.customer_agents.created_by', 'workflow_service', 'customer_agents', 'character varying(50)', NULL),
            ('column', 'workflow_service.customer_agents.updated_by', 'workflow_service', 'customer_agents', 'character varying(50)', NULL),
            ('column', 'workflow_service.customer_cases.created_by', 'workflow_service', 'customer_cases', 'character varying(50)', NULL),
            ('column', 'workflow_service.customer_cases.updated_by', 'workflow_service', 'customer_cases', 'character varying(50)', NULL),
            ('foreign key', 'workflow_service.agents.fk_agents_user_id', 'workflow_service', 'agents',
             'FOREIGN KEY (user_id) REFERENCES auth_service.users(id) ON DELETE SET NULL', 'enabled'),
            ('index', 'workflow_service.idx_agents_user_id', 'workflow_service', 'agents',
             'CREATE INDEX idx_agents_user_id ON workflow_service.agents USING btree (user_id)', 'valid');
    END IF;
END
$amendment1$;

-- Issue 12: the payment reference registry belongs to crmdb.
--
-- The triggers write crmdb.payment_references as its owner (the C
-- functions keep their 1.0 names and symbols); UPDATE is caught on the
-- stored row whatever its SET list; TRUNCATE of payments unregisters only
-- the rows it removes; no service role keeps a privilege on the registry.

COMMENT ON FUNCTION @extschema@.payment_reference_sync() IS
    'Row trigger on payment_service.payments: keeps crmdb.payment_references in step, writing it as its owner, so that a reference number is unique across all partitions';
COMMENT ON FUNCTION @extschema@.payment_reference_truncate() IS
    'BEFORE TRUNCATE trigger on payment_service.payments: unregisters the references of the payments truncated';
COMMENT ON FUNCTION @extschema@.grant_service_access(regrole, text) IS
    'Grants a role what one service needs: its own schema''s tables (DML) and views (SELECT), reads of bank_sync_service for payment and workflow; never the payment reference registry';

-- The service schemas exist only where crmdb.install() has run: there, the
-- triggers of payment_service.payments as 1.1's install() creates them,
-- the registry's comment and privileges, and what verify_schema() expects
-- of those triggers.
DO $$
DECLARE
    v_search_path text := pg_catalog.current_setting('search_path');
    v_grantee oid;
BEGIN
    IF pg_catalog.to_regclass('payment_service.payments') IS NULL
       OR pg_catalog.to_regclass('crmdb.payment_references') IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

    -- IF EXISTS: a database whose install() ran 1.1's schema script under
    -- crmdb 1.0 has the new triggers already.
    DROP TRIGGER IF EXISTS trg_payments_reference ON payment_service.payments;
    DROP TRIGGER IF EXISTS trg_payments_reference_update ON payment_service.payments;
    DROP TRIGGER IF EXISTS trg_payments_reference_truncate ON payment_service.payments;

    CREATE TRIGGER trg_payments_reference
        AFTER INSERT OR DELETE
        ON payment_service.payments
        FOR EACH ROW EXECUTE FUNCTION crmdb.payment_reference_sync();
    COMMENT ON TRIGGER trg_payments_reference ON payment_service.payments IS
        'Registers the reference of each new payment in crmdb.payment_references, unregisters that of each deleted one';

    CREATE TRIGGER trg_payments_reference_update
        AFTER UPDATE
        ON payment_service.payments
        FOR EACH ROW
        WHEN (OLD.reference_number IS DISTINCT FROM NEW.reference_number
              OR OLD.id IS DISTINCT FROM NEW.id)
        EXECUTE FUNCTION crmdb.payment_reference_sync();
    COMMENT ON TRIGGER trg_payments_reference_update ON payment_service.payments IS
        'Moves the registration in crmdb.payment_references when an update changes a payment''s reference or id';

    CREATE TRIGGER trg_payments_reference_truncate
        BEFORE TRUNCATE ON payment_service.payments
        FOR EACH STATEMENT EXECUTE FUNCTION crmdb.payment_reference_truncate();
    COMMENT ON TRIGGER trg_payments_reference_truncate ON payment_service.payments IS
        'Unregisters the references of the payments TRUNCATE removes; those of detached or dropped partitions stay registered';

    COMMENT ON TABLE crmdb.payment_references IS
        'Registry of payment_service.payments.reference_number: makes a reference unique across all partitions; written only by the triggers on payments, as its owner';

    -- What crmdb 1.0's grant_service_access() granted on the registry,
    -- and any other grant: only the owner keeps privileges.
    FOR v_grantee IN
        SELECT DISTINCT a.grantee
          FROM pg_catalog.pg_class c
         CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
         WHERE c.oid OPERATOR(pg_catalog.=) 'crmdb.payment_references'::pg_catalog.regclass
           AND a.grantee OPERATOR(pg_catalog.<>) c.relowner
    LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON crmdb.payment_references FROM %s CASCADE',
            CASE WHEN v_grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
                 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(v_grantee)) END);
    END LOOP;
    -- As install() leaves it: the owner's privileges, written out.
    REVOKE ALL ON crmdb.payment_references FROM PUBLIC;

    -- verify_schema(): the triggers as install() records them.
    IF EXISTS (SELECT FROM crmdb.expected_schema) THEN
        DELETE FROM crmdb.expected_schema
         WHERE object_type OPERATOR(pg_catalog.=) 'trigger'
           AND schema_name OPERATOR(pg_catalog.=) 'payment_service'
           AND table_name OPERATOR(pg_catalog.=) 'payments'
           AND object_name OPERATOR(pg_catalog.=) ANY (ARRAY[
               'payment_service.payments.trg_payments_reference',
               'payment_service.payments.trg_payments_reference_update',
               'payment_service.payments.trg_payments_reference_truncate']);
        INSERT INTO crmdb.expected_schema
            (object_type, object_name, schema_name, table_name, definition, state)
        SELECT 'trigger',
               'payment_service.payments.' OPERATOR(pg_catalog.||) tg.tgname,
               'payment_service', 'payments', pg_catalog.pg_get_triggerdef(tg.oid),
               CASE tg.tgenabled WHEN 'D' THEN 'disabled'
                   WHEN 'R' THEN 'enabled for replica only'
                   WHEN 'A' THEN 'enabled always' ELSE 'enabled' END
          FROM pg_catalog.pg_trigger tg
         WHERE tg.tgrelid OPERATOR(pg_catalog.=) 'payment_service.payments'::pg_catalog.regclass
           AND tg.tgname OPERATOR(pg_catalog.=) ANY (ARRAY[
               'trg_payments_reference', 'trg_payments_reference_update',
               'trg_payments_reference_truncate']::pg_catalog.name[]);
    END IF;

    PERFORM pg_catalog.set_config('search_path', v_search_path, true);
END
$$;

--
-- Issue 12, remainder: crmdb.repair_payment_references() registers the
-- payments missing from the registry and returns the conflicts it leaves
-- (doc/payment_references.md).  A new function: nothing to convert.
--
CREATE FUNCTION @extschema@.repair_payment_references()
RETURNS TABLE (reference_number varchar, payment_id uuid,
               registered_payment_id uuid, problem text)
AS 'MODULE_PATHNAME', 'repair_payment_references'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.repair_payment_references() IS
    'Registers in crmdb.payment_references every payment missing from it whose reference no other payment claims; returns one row per payment left out because of a conflict. For the registry''s owner, at READ COMMITTED; locks payments against writes meanwhile';
REVOKE ALL ON FUNCTION @extschema@.repair_payment_references() FROM PUBLIC;

--
-- Issue 13: crmdb on Citus, distributed by cif (doc/citus.md).
--
-- install() takes p_distributed (DEFAULT false: a call without it does
-- what 1.0's did); distribute() turns an installed database into the
-- distributed layout.  The layout's script, crmdb_distribute.sql, is a
-- data file of the extension like the service schemas' scripts.  Nothing
-- changes in the service schemas.

DROP FUNCTION @extschema@.install();
CREATE FUNCTION @extschema@.install(p_distributed boolean DEFAULT false)
RETURNS void
AS 'MODULE_PATHNAME', 'install'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.install(boolean) IS
    'Creates the four service schemas of the CRM (once per database); with p_distributed, distributed by cif on a Citus cluster';
REVOKE ALL ON FUNCTION @extschema@.install(boolean) FROM PUBLIC;

CREATE FUNCTION @extschema@.distribute()
RETURNS void
AS 'MODULE_PATHNAME', 'distribute'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.distribute() IS
    'Turns the service schemas installed on one node, with their rows, into the distributed layout on a Citus coordinator with workers (doc/citus.md)';
REVOKE ALL ON FUNCTION @extschema@.distribute() FROM PUBLIC;

-- The distributed layout keeps payment reference numbers unique across the
-- cluster (a planner hook writes crmdb.payment_references in each payment
-- INSERT); this trigger function, on the shards, refuses a change of a
-- reference.
CREATE FUNCTION @extschema@.payment_reference_frozen()
RETURNS trigger
AS 'MODULE_PATHNAME', 'payment_reference_frozen'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.payment_reference_frozen() IS
    'BEFORE UPDATE row trigger on payment_service.payments in the distributed layout: refuses a change of a payment''s reference number (doc/citus.md)';
REVOKE ALL ON FUNCTION @extschema@.payment_reference_frozen() FROM PUBLIC;

--
-- Incremental refresh of the payment views (issue 11, doc/refresh.md):
-- the log of changed groups crmdb.payment_changes, its trigger function,
-- the new columns of crmdb.view_refresh_state and crmdb.view_status (added
-- at the end, so the view keeps its privileges and dependants), and, where
-- crmdb.install() has run, the capture triggers on payment_service.payments
-- (cloned to its partitions by CREATE TRIGGER) recorded in
-- crmdb.expected_schema.
--
ALTER TABLE @extschema@.view_refresh_state
    DROP CONSTRAINT view_refresh_state_last_action_check;
ALTER TABLE @extschema@.view_refresh_state
    ADD CONSTRAINT view_refresh_state_last_action_check
    CHECK (last_action IN ('refreshed', 'refreshed_concurrently',
                           'skipped_unchanged', 'skipped_locked',
                           'failed', 'refreshed_incremental'));
ALTER TABLE @extschema@.view_refresh_state
    ADD COLUMN last_mode text
        CONSTRAINT view_refresh_state_last_mode_check
        CHECK (last_mode IN ('full', 'incremental')),
    ADD COLUMN last_reason text,
    ADD COLUMN change_snapshot pg_catalog.pg_snapshot,
    ADD COLUMN change_xid pg_catalog.xid8,
    ADD COLUMN delta_snapshot pg_catalog.pg_snapshot;
COMMENT ON COLUMN @extschema@.view_refresh_state.last_mode IS
    'How the last successful refresh ran: full (REFRESH MATERIALIZED VIEW) or incremental';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_reason IS
    'Why the last successful refresh ran, and why it was full when the view can be refreshed incrementally';
COMMENT ON COLUMN @extschema@.view_refresh_state.change_snapshot IS
    'Payment and workflow views: the snapshot the last refresh read with; entries of crmdb.payment_changes (crmdb.workflow_changes) visible in it were applied';
COMMENT ON COLUMN @extschema@.view_refresh_state.change_xid IS
    'Payment and workflow views: the transaction of the last refresh (its own entries are never taken as applied)';
COMMENT ON COLUMN @extschema@.view_refresh_state.delta_snapshot IS
    'Payment and workflow views, after a full refresh: a snapshot taken when it ended; a pending entry visible in it may be in the view already, so payment_method_analysis recomputes its group instead of adding its deltas (NULL after an incremental refresh)';
COMMENT ON COLUMN @extschema@.view_refresh_state.tracked_relations IS
    'Relations and functions whose changes the view sees (sources, their partitions, plain views passed, functions called that are not built in), sorted by OID';

CREATE UNLOGGED TABLE @extschema@.payment_changes (
    xid                 pg_catalog.xid8 NOT NULL,
    logged_at           timestamptz NOT NULL,
    loan_account_number varchar(20),
    cif                 varchar(20),
    payment_method      varchar(20),
    payment_date        timestamp,
    full_reason         text,
    full_for            name,
    delta_count         bigint,
    delta_amount        numeric,
    delta_completed     bigint,
    delta_failed        bigint
);
COMMENT ON TABLE @extschema@.payment_changes IS
    'Changed groups of the payment views not yet applied by every one of them (written by the triggers on payment_service.payments; unlogged)';
COMMENT ON COLUMN @extschema@.payment_changes.xid IS
    'Transaction that made the change';
COMMENT ON COLUMN @extschema@.payment_changes.full_reason IS
    'Set for a change that rows cannot describe (TRUNCATE, ATTACH, DETACH, ...): the next refresh of each payment view is a full one';
COMMENT ON COLUMN @extschema@.payment_changes.full_for IS
    'A marker for one payment view only (its name): a REFRESH of it outside crmdb.refresh_views()';
COMMENT ON COLUMN @extschema@.payment_changes.delta_count IS
    'What the entry''s transaction added to the group''s number of payments (negative: removed); NULL when the capture could not follow it, and for markers';
COMMENT ON COLUMN @extschema@.payment_changes.delta_amount IS
    'What it added to the sum of the group''s amounts';
COMMENT ON COLUMN @extschema@.payment_changes.delta_completed IS
    'What it added to the group''s number of COMPLETED payments';
COMMENT ON COLUMN @extschema@.payment_changes.delta_failed IS
    'What it added to the group''s number of FAILED payments';
REVOKE ALL ON @extschema@.payment_changes FROM PUBLIC;
CREATE INDEX payment_changes_xid_idx ON @extschema@.payment_changes (xid);
COMMENT ON INDEX @extschema@.payment_changes_xid_idx IS
    'A refresh reads only the entries of transactions its last snapshot may not have seen (xid at least that snapshot''s xmin), however large the table grew';

CREATE FUNCTION @extschema@.capture_payment_change()
RETURNS trigger
AS 'MODULE_PATHNAME', 'capture_payment_change'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.capture_payment_change() IS
    'Trigger of payment_service.payments: appends the groups a changed payment touches to crmdb.payment_changes';
REVOKE ALL ON FUNCTION @extschema@.capture_payment_change() FROM PUBLIC;

-- The changes to the sources of the workflow views (agent_performance,
-- customer_collection_status) not yet applied to both of them: appended by
-- the triggers of action_records, agents, customer_cases, customers and
-- loans through crmdb.capture_workflow_change(), and by crmdb's hooks for
-- what rows cannot capture (full_reason).  Unlogged and indexed on xid, as
-- crmdb.payment_changes.
CREATE UNLOGGED TABLE @extschema@.workflow_changes (
    xid                 pg_catalog.xid8 NOT NULL,
    logged_at           timestamptz NOT NULL,
    agent_id            uuid,
    action_date         timestamp,
    cif                 varchar(20),
    full_reason         text,
    full_for            name,
    delta_count         bigint,
    delta_promises      bigint,
    delta_received      bigint
);
COMMENT ON TABLE @extschema@.workflow_changes IS
    'Changed groups of the workflow views not yet applied by both of them (written by the triggers on their sources; unlogged)';
COMMENT ON COLUMN @extschema@.workflow_changes.xid IS
    'Transaction that made the change';
COMMENT ON COLUMN @extschema@.workflow_changes.agent_id IS
    'Agent of a changed action record, or a changed agent (then action_date and cif are NULL)';
COMMENT ON COLUMN @extschema@.workflow_changes.full_reason IS
    'Set for a change that rows cannot describe (TRUNCATE, ATTACH, DETACH, ...): the next refresh of each workflow view is a full one';
COMMENT ON COLUMN @extschema@.workflow_changes.full_for IS
    'A marker for one workflow view only (its name): a REFRESH of it outside crmdb.refresh_views()';
COMMENT ON COLUMN @extschema@.workflow_changes.delta_count IS
    'Action entries: what the row image added to its agent-month group''s actions (1 new, -1 old, 0 an update within the group); NULL for other entries';
COMMENT ON COLUMN @extschema@.workflow_changes.delta_promises IS
    'Action entries: what it added to the group''s PAYMENT_PROMISE actions';
COMMENT ON COLUMN @extschema@.workflow_changes.delta_received IS
    'Action entries: what it added to the group''s PAYMENT_RECEIVED actions';
REVOKE ALL ON @extschema@.workflow_changes FROM PUBLIC;
CREATE INDEX workflow_changes_xid_idx ON @extschema@.workflow_changes (xid);
COMMENT ON INDEX @extschema@.workflow_changes_xid_idx IS
    'A refresh reads only the entries of transactions its last snapshot may not have seen (xid at least that snapshot''s xmin), however large the table grew';

-- Used by crmdb.view_status: the entries of crmdb.payment_changes pending
-- for a payment view, or of crmdb.workflow_changes for a workflow view
-- (NULLs for any other view).  SECURITY DEFINER: a reader of
-- crmdb.view_status sees how many, not which.
CREATE FUNCTION @extschema@.view_pending_changes(
    p_view regclass,
    p_snapshot pg_catalog.pg_snapshot,
    p_xid pg_catalog.xid8,
    OUT pending_changes bigint,
    OUT oldest_pending_change timestamptz)
RETURNS record
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
    WITH v AS (
        SELECT n.nspname, v.relname
          FROM pg_catalog.pg_class v
               JOIN pg_catalog.pg_namespace n
                 ON n.oid OPERATOR(pg_catalog.=) v.relnamespace
         WHERE v.oid OPERATOR(pg_catalog.=) p_view::pg_catalog.oid
           AND ((n.nspname OPERATOR(pg_catalog.=) 'payment_service'
                 AND v.relname OPERATOR(pg_catalog.=) ANY
                     (ARRAY['payment_summary', 'payment_method_analysis']::pg_catalog.name[]))
                OR (n.nspname OPERATOR(pg_catalog.=) 'workflow_service'
                    AND v.relname OPERATOR(pg_catalog.=) ANY
                        (ARRAY['agent_performance', 'customer_collection_status']::pg_catalog.name[]))))
    SELECT pg_catalog.count(*), pg_catalog.min(c.logged_at)
      FROM (SELECT p.xid, p.logged_at FROM @extschema@.payment_changes p
             WHERE EXISTS (SELECT FROM v
                            WHERE v.nspname OPERATOR(pg_catalog.=) 'payment_service'
                              AND (p.full_for IS NULL
                                   OR p.full_for OPERATOR(pg_catalog.=) v.relname))
            UNION ALL
            SELECT w.xid, w.logged_at FROM @extschema@.workflow_changes w
             WHERE EXISTS (SELECT FROM v
                            WHERE v.nspname OPERATOR(pg_catalog.=) 'workflow_service'
                              AND (w.full_for IS NULL
                                   OR w.full_for OPERATOR(pg_catalog.=) v.relname))) c
     WHERE (p_snapshot IS NULL
            OR NOT pg_catalog.pg_visible_in_snapshot(c.xid, p_snapshot)
            OR c.xid OPERATOR(pg_catalog.=) p_xid)
    HAVING EXISTS (SELECT FROM v)
$$;
COMMENT ON FUNCTION @extschema@.view_pending_changes(regclass, pg_catalog.pg_snapshot, pg_catalog.xid8) IS
    'Used by crmdb.view_status: how many changes are pending for a payment or workflow view, and the oldest';

CREATE OR REPLACE VIEW @extschema@.view_status AS
WITH RECURSIVE matviews AS (
    SELECT c.oid AS view_oid,
           n.nspname,
           c.relispopulated,
           s.last_refresh,
           s.last_action,
           s.last_duration_ms,
           s.last_rows,
           s.last_checked,
           s.last_error,
           (s.view_oid IS NOT NULL) AS has_state,
           st.is_stale,
           st.stale_reason,
           st.source_tables,
           st.refresh_mode,
           s.last_mode,
           s.last_reason,
           s.change_snapshot,
           s.change_xid
      FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace n
             ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
           LEFT JOIN @extschema@.view_refresh_state s
             ON s.view_oid OPERATOR(pg_catalog.=) c.oid
           CROSS JOIN LATERAL @extschema@.view_staleness(
               c.oid::pg_catalog.regclass, s.last_refresh, s.tracking_epoch,
               s.tracked_relations, s.tracked_generation) st
     WHERE c.relkind OPERATOR(pg_catalog.=) 'm'
), stale (view_oid, stale_source) AS (
    SELECT m.view_oid, NULL::pg_catalog.oid
      FROM matviews m
     WHERE m.is_stale
    UNION
    SELECT m.view_oid, s.view_oid
      FROM matviews m
           JOIN stale s
             ON s.view_oid::pg_catalog.regclass OPERATOR(pg_catalog.=)
                ANY (m.source_tables)
)
SELECT m.view_oid::pg_catalog.regclass AS view_name,
       m.last_refresh,
       m.last_action,
       m.last_duration_ms,
       m.last_rows AS rows,
       (m.is_stale OR x.stale_source IS NOT NULL) AS is_stale,
       m.source_tables,
       COALESCE(m.stale_reason,
                'materialized view ' OPERATOR(pg_catalog.||)
                x.stale_source::pg_catalog.regclass::pg_catalog.text
                OPERATOR(pg_catalog.||) ' that it reads is stale') AS stale_reason,
       m.refresh_mode,
       m.relispopulated AS is_populated,
       m.last_checked,
       m.last_error,
       pc.pending_changes,
       pc.oldest_pending_change,
       m.last_mode AS last_refresh_mode,
       m.last_reason AS last_refresh_reason
  FROM matviews m
       LEFT JOIN LATERAL @extschema@.view_pending_changes(
           m.view_oid::pg_catalog.regclass, m.change_snapshot,
           m.change_xid) pc ON true
       LEFT JOIN LATERAL (
           SELECT pg_catalog.min(s.stale_source) AS stale_source
             FROM stale s
            WHERE s.view_oid OPERATOR(pg_catalog.=) m.view_oid
              AND s.stale_source IS NOT NULL) x ON true
 WHERE m.nspname OPERATOR(pg_catalog.=) ANY
           (ARRAY['auth_service', 'bank_sync_service', 'payment_service',
                  'workflow_service']::pg_catalog.name[])
    OR m.has_state;
COMMENT ON COLUMN @extschema@.view_status.pending_changes IS
    'Payment and workflow views: entries of the change logs not yet applied by a refresh (for payments one per changed group and statement, for the workflow sources one per changed row, and markers); NULL for other views';
COMMENT ON COLUMN @extschema@.view_status.oldest_pending_change IS
    'Payment and workflow views: when the oldest pending change was written';
COMMENT ON COLUMN @extschema@.view_status.last_refresh_mode IS
    'full or incremental: how the last successful refresh ran';
COMMENT ON COLUMN @extschema@.view_status.last_refresh_reason IS
    'Why the last successful refresh ran and, for a payment view refreshed in full, why not incrementally';

DO $$
DECLARE
    v_search_path text := pg_catalog.current_setting('search_path');
    r record;
BEGIN
    IF pg_catalog.to_regclass('payment_service.payments') IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

    -- Inserted rows are noted by trg_payments_reference (payment_reference.c
    -- hands each new row to the capture); updates and deletes by these two.
    CREATE TRIGGER trg_payments_capture_update
        AFTER UPDATE ON payment_service.payments
        REFERENCING OLD TABLE AS crmdb_old NEW TABLE AS crmdb_new
        FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change();
    COMMENT ON TRIGGER trg_payments_capture_update ON payment_service.payments IS
        'Appends the payment-view groups (old and new) of the payments a statement updates in a column they read to crmdb.payment_changes';

    CREATE TRIGGER trg_payments_capture_delete
        AFTER DELETE ON payment_service.payments
        REFERENCING OLD TABLE AS crmdb_old
        FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change();
    COMMENT ON TRIGGER trg_payments_capture_delete ON payment_service.payments IS
        'Appends the payment-view groups of the payments a statement deletes to crmdb.payment_changes';

    FOR r IN SELECT t.relid
               FROM pg_catalog.pg_partition_tree('payment_service.payments'::pg_catalog.regclass) t
              WHERE t.level OPERATOR(pg_catalog.>) 0
              ORDER BY t.level, t.relid
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER trg_payments_capture_update'
            ' AFTER UPDATE ON %s REFERENCING OLD TABLE AS crmdb_old NEW TABLE AS crmdb_new'
            ' FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change()', r.relid::pg_catalog.regclass);
        EXECUTE pg_catalog.format('CREATE TRIGGER trg_payments_capture_delete'
            ' AFTER DELETE ON %s REFERENCING OLD TABLE AS crmdb_old'
            ' FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change()', r.relid::pg_catalog.regclass);
    END LOOP;

    -- verify_schema(): the triggers as install() records them.
    IF EXISTS (SELECT FROM crmdb.expected_schema) THEN
        INSERT INTO crmdb.expected_schema
            (object_type, object_name, schema_name, table_name, definition, state)
        SELECT 'trigger',
               'payment_service.payments.' OPERATOR(pg_catalog.||) tg.tgname,
               'payment_service', 'payments', pg_catalog.pg_get_triggerdef(tg.oid),
               CASE tg.tgenabled WHEN 'D' THEN 'disabled'
                   WHEN 'R' THEN 'enabled for replica only'
                   WHEN 'A' THEN 'enabled always' ELSE 'enabled' END
          FROM pg_catalog.pg_trigger tg
         WHERE tg.tgrelid OPERATOR(pg_catalog.=) 'payment_service.payments'::pg_catalog.regclass
           AND tg.tgname OPERATOR(pg_catalog.=) ANY (ARRAY[
               'trg_payments_capture_update', 'trg_payments_capture_delete']::pg_catalog.name[]);
    END IF;

    PERFORM pg_catalog.set_config('search_path', v_search_path, true);
END
$$;

--
-- Incremental refresh of the workflow views (issue 11, continued;
-- doc/refresh.md): the trigger function of the log crmdb.workflow_changes
-- (created with crmdb.payment_changes above, as is
-- crmdb.view_pending_changes() counting it for the workflow views), and,
-- where crmdb.install() has run, the capture triggers on action_records
-- (cloned to its partitions by CREATE TRIGGER), agents, customer_cases,
-- customers and loans, recorded in crmdb.expected_schema.
--

CREATE FUNCTION @extschema@.capture_workflow_change()
RETURNS trigger
AS 'MODULE_PATHNAME', 'capture_workflow_change'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.capture_workflow_change() IS
    'Trigger of the sources of the workflow views (argument action, agent or customer): appends what a changed row touches to crmdb.workflow_changes';
REVOKE ALL ON FUNCTION @extschema@.capture_workflow_change() FROM PUBLIC;

COMMENT ON COLUMN @extschema@.view_status.last_refresh_reason IS
    'Why the last successful refresh ran and, for a payment or workflow view refreshed in full, why not incrementally';

DO $$
DECLARE
    v_search_path text := pg_catalog.current_setting('search_path');
BEGIN
    IF pg_catalog.to_regclass('workflow_service.action_records') IS NULL
       OR pg_catalog.to_regclass('bank_sync_service.loans') IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

    CREATE TRIGGER trg_action_records_capture
        AFTER INSERT OR DELETE
        ON workflow_service.action_records
        FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('action');
    COMMENT ON TRIGGER trg_action_records_capture ON workflow_service.action_records IS
        'Appends the workflow-view groups of each new or deleted action record to crmdb.workflow_changes';

    CREATE TRIGGER trg_action_records_capture_update
        AFTER UPDATE
        ON workflow_service.action_records
        FOR EACH ROW
        WHEN (OLD.agent_id IS DISTINCT FROM NEW.agent_id
              OR OLD.cif IS DISTINCT FROM NEW.cif
              OR OLD.action_date IS DISTINCT FROM NEW.action_date
              OR OLD.action_result IS DISTINCT FROM NEW.action_result)
        EXECUTE FUNCTION crmdb.capture_workflow_change('action');
    COMMENT ON TRIGGER trg_action_records_capture_update ON workflow_service.action_records IS
        'Appends the workflow-view groups an update of a column they read touches (old and new) to crmdb.workflow_changes';

    CREATE TRIGGER trg_agents_capture
        AFTER INSERT OR DELETE
        ON workflow_service.agents
        FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('agent');
    COMMENT ON TRIGGER trg_agents_capture ON workflow_service.agents IS
        'Appends the id of each new or deleted agent to crmdb.workflow_changes';

    CREATE TRIGGER trg_agents_capture_update
        AFTER UPDATE
        ON workflow_service.agents
        FOR EACH ROW
        WHEN (OLD.id IS DISTINCT FROM NEW.id
              OR OLD.name IS DISTINCT FROM NEW.name
              OR OLD.team IS DISTINCT FROM NEW.team
              OR OLD.is_active IS DISTINCT FROM NEW.is_active)
        EXECUTE FUNCTION crmdb.capture_workflow_change('agent');
    COMMENT ON TRIGGER trg_agents_capture_update ON workflow_service.agents IS
        'Appends the id of an agent whose name, team or activity changed to crmdb.workflow_changes';

    CREATE TRIGGER trg_customer_cases_capture
        AFTER INSERT OR DELETE
        ON workflow_service.customer_cases
        FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
    COMMENT ON TRIGGER trg_customer_cases_capture ON workflow_service.customer_cases IS
        'Appends the cif of each new or deleted case to crmdb.workflow_changes';

    CREATE TRIGGER trg_customer_cases_capture_update
        AFTER UPDATE
        ON workflow_service.customer_cases
        FOR EACH ROW
        WHEN (OLD.cif IS DISTINCT FROM NEW.cif
              OR OLD.assigned_call_agent_id IS DISTINCT FROM NEW.assigned_call_agent_id
              OR OLD.assigned_field_agent_id IS DISTINCT FROM NEW.assigned_field_agent_id
              OR OLD.customer_status IS DISTINCT FROM NEW.customer_status
              OR OLD.collateral_status IS DISTINCT FROM NEW.collateral_status
              OR OLD.processing_state_status IS DISTINCT FROM NEW.processing_state_status
              OR OLD.lending_violation_status IS DISTINCT FROM NEW.lending_violation_status
              OR OLD.recovery_ability_status IS DISTINCT FROM NEW.recovery_ability_status)
        EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
    COMMENT ON TRIGGER trg_customer_cases_capture_update ON workflow_service.customer_cases IS
        'Appends the cif of a case whose agents or statuses changed (old and new) to crmdb.workflow_changes';

    CREATE TRIGGER trg_customers_capture
        AFTER INSERT OR DELETE
        ON bank_sync_service.customers
        FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
    COMMENT ON TRIGGER trg_customers_capture ON bank_sync_service.customers IS
        'Appends the cif of each new or deleted customer to crmdb.workflow_changes';

    CREATE TRIGGER trg_customers_capture_update
        AFTER UPDATE
        ON bank_sync_service.customers
        FOR EACH ROW
        WHEN (OLD.cif IS DISTINCT FROM NEW.cif
              OR OLD.name IS DISTINCT FROM NEW.name
              OR OLD.company_name IS DISTINCT FROM NEW.company_name
              OR OLD.segment IS DISTINCT FROM NEW.segment)
        EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
    COMMENT ON TRIGGER trg_customers_capture_update ON bank_sync_service.customers IS
        'Appends the cif of a customer whose name or segment changed (old and new) to crmdb.workflow_changes';

    CREATE TRIGGER trg_loans_capture
        AFTER INSERT OR DELETE
        ON bank_sync_service.loans
        FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
    COMMENT ON TRIGGER trg_loans_capture ON bank_sync_service.loans IS
        'Appends the cif of each new or deleted loan to crmdb.workflow_changes';

    CREATE TRIGGER trg_loans_capture_update
        AFTER UPDATE
        ON bank_sync_service.loans
        FOR EACH ROW
        WHEN (OLD.cif IS DISTINCT FROM NEW.cif
              OR OLD.outstanding IS DISTINCT FROM NEW.outstanding
              OR OLD.due_amount IS DISTINCT FROM NEW.due_amount
              OR OLD.dpd IS DISTINCT FROM NEW.dpd)
        EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
    COMMENT ON TRIGGER trg_loans_capture_update ON bank_sync_service.loans IS
        'Appends the cif of a loan whose amounts or days past due changed (old and new) to crmdb.workflow_changes';

    -- verify_schema(): the triggers as install() records them.
    IF EXISTS (SELECT FROM crmdb.expected_schema) THEN
        INSERT INTO crmdb.expected_schema
            (object_type, object_name, schema_name, table_name, definition, state)
        SELECT 'trigger',
               n.nspname OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||)
               c.relname OPERATOR(pg_catalog.||) '.' OPERATOR(pg_catalog.||) tg.tgname,
               n.nspname, c.relname, pg_catalog.pg_get_triggerdef(tg.oid),
               CASE tg.tgenabled WHEN 'D' THEN 'disabled'
                   WHEN 'R' THEN 'enabled for replica only'
                   WHEN 'A' THEN 'enabled always' ELSE 'enabled' END
          FROM pg_catalog.pg_trigger tg
               JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) tg.tgrelid
               JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
         WHERE tg.tgrelid OPERATOR(pg_catalog.=) ANY (ARRAY[
                   'workflow_service.action_records'::pg_catalog.regclass,
                   'workflow_service.agents'::pg_catalog.regclass,
                   'workflow_service.customer_cases'::pg_catalog.regclass,
                   'bank_sync_service.customers'::pg_catalog.regclass,
                   'bank_sync_service.loans'::pg_catalog.regclass])
           AND tg.tgfoid OPERATOR(pg_catalog.=)
               'crmdb.capture_workflow_change()'::pg_catalog.regprocedure;
    END IF;

    PERFORM pg_catalog.set_config('search_path', v_search_path, true);
END
$$;

--
-- Incremental refresh of agent_performance from an index (issue 11,
-- continued; doc/refresh.md): where crmdb.install() has run, the index
-- idx_action_records_agent_id_action_date on action_records (agent, date,
-- including cif and result), from which a changed agent-month group is
-- recomputed by an index-only scan, recorded in crmdb.expected_schema.
--
DO $$
DECLARE
    v_search_path text := pg_catalog.current_setting('search_path');
    v_def text;
BEGIN
    IF pg_catalog.to_regclass('workflow_service.action_records') IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

    SELECT pg_catalog.pg_get_indexdef(c.oid) INTO v_def
      FROM pg_catalog.pg_class c
     WHERE c.oid OPERATOR(pg_catalog.=)
           pg_catalog.to_regclass('workflow_service.idx_action_records_agent_id_action_date');
    IF v_def IS NULL THEN
        CREATE INDEX idx_action_records_agent_id_action_date
            ON workflow_service.action_records (agent_id, action_date) INCLUDE (cif, action_result);
    ELSIF v_def OPERATOR(pg_catalog.<>) 'CREATE INDEX idx_action_records_agent_id_action_date ON ONLY workflow_service.action_records USING btree (agent_id, action_date) INCLUDE (cif, action_result)' THEN
        RAISE EXCEPTION 'index "workflow_service.idx_action_records_agent_id_action_date" exists already as %', v_def
            USING ERRCODE = 'duplicate_object',
                  HINT = 'Drop the index, then run ALTER EXTENSION crmdb UPDATE again.';
    END IF;

    -- verify_schema(): the index as install() records it.
    IF EXISTS (SELECT FROM crmdb.expected_schema) THEN
        DELETE FROM crmdb.expected_schema
         WHERE object_type OPERATOR(pg_catalog.=) 'index'
           AND object_name OPERATOR(pg_catalog.=) 'workflow_service.idx_action_records_agent_id_action_date';
        INSERT INTO crmdb.expected_schema
            (object_type, object_name, schema_name, table_name, definition, state)
        SELECT 'index', 'workflow_service.idx_action_records_agent_id_action_date',
               'workflow_service', 'action_records', pg_catalog.pg_get_indexdef(i.indexrelid),
               CASE WHEN i.indisvalid THEN 'valid' ELSE 'invalid' END
          FROM pg_catalog.pg_index i
         WHERE i.indexrelid OPERATOR(pg_catalog.=)
               'workflow_service.idx_action_records_agent_id_action_date'::pg_catalog.regclass;
    END IF;

    PERFORM pg_catalog.set_config('search_path', v_search_path, true);
END
$$;
