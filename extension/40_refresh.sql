/* crmdb/extension/40_refresh.sql: materialized view refresh */

-- What the last call of crmdb.refresh_views() did with each view, and the
-- change-tracking fingerprint its last refresh saw.  Deliberately NOT
-- registered with pg_extension_config_dump: the fingerprint is only valid
-- in the cluster and server run that recorded it, and pg_restore refreshes
-- every materialized view itself, so a restored "last refresh" would be
-- false.  After a restore the table starts empty and the first call
-- refreshes every view once.  The history stays in crmdb.maintenance_log.
CREATE TABLE @extschema@.view_refresh_state (
    view_oid            oid NOT NULL
                        CONSTRAINT view_refresh_state_pkey PRIMARY KEY,
    last_checked        timestamptz NOT NULL,
    last_action         text NOT NULL
                        CONSTRAINT view_refresh_state_last_action_check
                        CHECK (last_action IN ('refreshed', 'refreshed_concurrently',
                                               'skipped_unchanged', 'skipped_locked',
                                               'failed')),
    last_error          text,
    last_refresh        timestamptz,
    last_duration_ms    double precision,
    last_rows           bigint,
    tracking_epoch      bigint,
    tracked_relations   oid[],
    tracked_generation  bigint,
    CONSTRAINT view_refresh_state_fingerprint_check
        CHECK ((tracking_epoch IS NULL) = (tracked_generation IS NULL)
               AND (tracking_epoch IS NULL) = (tracked_relations IS NULL))
);
COMMENT ON TABLE @extschema@.view_refresh_state IS
    'Per materialized view: the outcome of the last crmdb.refresh_views() call and the change-tracking fingerprint of its last refresh (not dumped: valid only for the server run that wrote it)';
COMMENT ON COLUMN @extschema@.view_refresh_state.view_oid IS
    'OID of the materialized view';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_checked IS
    'When the last call considered the view';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_action IS
    'What the last call did: refreshed, refreshed_concurrently, skipped_unchanged, skipped_locked or failed';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_error IS
    'Error message of the last call, if it failed or found the view locked';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_refresh IS
    'Start of the last successful refresh';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_duration_ms IS
    'Duration of the last successful refresh, lock wait included';
COMMENT ON COLUMN @extschema@.view_refresh_state.last_rows IS
    'Rows in the view after the last successful refresh';
COMMENT ON COLUMN @extschema@.view_refresh_state.tracking_epoch IS
    'Change-tracking epoch of the server run that did the last refresh; NULL when it could not record what it saw';
COMMENT ON COLUMN @extschema@.view_refresh_state.tracked_relations IS
    'Relations whose changes the view sees (sources, their partitions, plain views passed), sorted';
COMMENT ON COLUMN @extschema@.view_refresh_state.tracked_generation IS
    'Sum of the change counters of tracked_relations read before the last refresh took its snapshot';
REVOKE ALL ON @extschema@.view_refresh_state FROM PUBLIC;

CREATE FUNCTION @extschema@.refresh_views(
    p_views regclass[] DEFAULT NULL,
    p_force boolean DEFAULT false)
RETURNS TABLE (view_name regclass, action text, rows bigint,
               duration_ms double precision)
AS 'MODULE_PATHNAME', 'refresh_views'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.refresh_views(regclass[], boolean) IS
    'Refreshes materialized views (NULL: all in the four service schemas) in dependency order, CONCURRENTLY when possible, skipping views whose sources did not change unless p_force';
REVOKE ALL ON FUNCTION @extschema@.refresh_views(regclass[], boolean) FROM PUBLIC;

CREATE PROCEDURE @extschema@.refresh_views_proc(
    p_views regclass[] DEFAULT NULL,
    p_force boolean DEFAULT false)
AS 'MODULE_PATHNAME', 'refresh_views_proc'
LANGUAGE C;
COMMENT ON PROCEDURE @extschema@.refresh_views_proc(regclass[], boolean) IS
    'crmdb.refresh_views() for pg_cron: commits after each view; must be called outside a transaction block';
REVOKE ALL ON PROCEDURE @extschema@.refresh_views_proc(regclass[], boolean) FROM PUBLIC;

CREATE FUNCTION @extschema@.view_staleness(
    p_view regclass,
    p_epoch bigint,
    p_relations oid[],
    p_generation bigint,
    OUT is_stale boolean,
    OUT stale_reason text,
    OUT source_tables regclass[],
    OUT refresh_mode text)
RETURNS record
AS 'MODULE_PATHNAME', 'view_staleness'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.view_staleness(regclass, bigint, oid[], bigint) IS
    'Used by crmdb.view_status: whether the view would be refreshed by the next call and why, given its recorded fingerprint';

CREATE VIEW @extschema@.view_status AS
SELECT c.oid::pg_catalog.regclass AS view_name,
       s.last_refresh,
       s.last_action,
       s.last_duration_ms,
       s.last_rows AS rows,
       st.is_stale,
       st.source_tables,
       st.stale_reason,
       st.refresh_mode,
       c.relispopulated AS is_populated,
       s.last_checked,
       s.last_error
  FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n
         ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
       LEFT JOIN @extschema@.view_refresh_state s
         ON s.view_oid OPERATOR(pg_catalog.=) c.oid
       CROSS JOIN LATERAL @extschema@.view_staleness(
           c.oid::pg_catalog.regclass, s.tracking_epoch,
           s.tracked_relations, s.tracked_generation) st
 WHERE c.relkind OPERATOR(pg_catalog.=) 'm'
   AND (n.nspname OPERATOR(pg_catalog.=) ANY
            (ARRAY['auth_service', 'bank_sync_service', 'payment_service',
                   'workflow_service']::pg_catalog.name[])
        OR s.view_oid IS NOT NULL);
COMMENT ON VIEW @extschema@.view_status IS
    'Every materialized view of the service schemas (and any other that crmdb.refresh_views() handled): last refresh, whether a source changed since (is_stale, stale_reason), what it reads, and how it will be refreshed';
COMMENT ON COLUMN @extschema@.view_status.is_stale IS
    'True when the next crmdb.refresh_views() call would refresh the view';
COMMENT ON COLUMN @extschema@.view_status.source_tables IS
    'Tables, materialized views and foreign tables the view reads, directly or through plain views';
COMMENT ON COLUMN @extschema@.view_status.refresh_mode IS
    'concurrently (populated, with a usable unique index) or plain';
REVOKE ALL ON @extschema@.view_status FROM PUBLIC;
