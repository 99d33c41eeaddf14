/* crmdb/src/refresh/refresh.sql: materialized view refresh */

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
                                               'failed', 'refreshed_incremental')),
    last_error          text,
    last_refresh        timestamptz,
    last_duration_ms    double precision,
    last_rows           bigint,
    tracking_epoch      bigint,
    tracked_relations   oid[],
    tracked_generation  bigint,
    CONSTRAINT view_refresh_state_fingerprint_check
        CHECK ((tracking_epoch IS NULL) = (tracked_generation IS NULL)
               AND (tracking_epoch IS NULL) = (tracked_relations IS NULL)),
    last_mode           text
                        CONSTRAINT view_refresh_state_last_mode_check
                        CHECK (last_mode IN ('full', 'incremental')),
    last_reason         text,
    change_snapshot     pg_catalog.pg_snapshot,
    change_xid          pg_catalog.xid8,
    delta_snapshot      pg_catalog.pg_snapshot
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
    'Relations and functions whose changes the view sees (sources, their partitions, plain views passed, functions called that are not built in), sorted by OID';
COMMENT ON COLUMN @extschema@.view_refresh_state.tracked_generation IS
    'Sum of the change counters of tracked_relations read before the last refresh took its snapshot';
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
REVOKE ALL ON @extschema@.view_refresh_state FROM PUBLIC;

-- The changes to payment_service.payments not yet applied to every
-- payment view (see doc/refresh.md, "Incremental refresh").  Appended by
-- the triggers of payments through crmdb.capture_payment_change(), and by
-- crmdb's hooks for what rows cannot capture (full_reason); read and
-- emptied by crmdb.refresh_views().  Unlogged: a crash empties it, and
-- changes the change-tracking epoch, after which every view is refreshed
-- in full.  One index, on xid, for the reads of the refresh.
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

CREATE FUNCTION @extschema@.capture_workflow_change()
RETURNS trigger
AS 'MODULE_PATHNAME', 'capture_workflow_change'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.capture_workflow_change() IS
    'Trigger of the sources of the workflow views (argument action, agent or customer): appends what a changed row touches to crmdb.workflow_changes';
REVOKE ALL ON FUNCTION @extschema@.capture_workflow_change() FROM PUBLIC;

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
    p_last_refresh timestamptz,
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
COMMENT ON FUNCTION @extschema@.view_staleness(regclass, timestamptz, bigint, oid[], bigint) IS
    'Used by crmdb.view_status: whether the view would be refreshed by the next call and why, given its crmdb.view_refresh_state row';

-- A view is stale when a relation it reads changed since its last refresh
-- (crmdb.view_staleness) or when a materialized view it reads is stale:
-- the recursive part carries staleness down the dependency chains.
CREATE VIEW @extschema@.view_status AS
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
COMMENT ON VIEW @extschema@.view_status IS
    'Every materialized view of the service schemas (and any other that crmdb.refresh_views() handled): last refresh, whether a source changed since (is_stale, stale_reason), what it reads, and how it will be refreshed';
COMMENT ON COLUMN @extschema@.view_status.is_stale IS
    'True when the next crmdb.refresh_views() call would refresh the view';
COMMENT ON COLUMN @extschema@.view_status.source_tables IS
    'Tables, materialized views and foreign tables the view reads, directly or through plain views';
COMMENT ON COLUMN @extschema@.view_status.pending_changes IS
    'Payment and workflow views: entries of the change logs not yet applied by a refresh (for payments one per changed group and statement, for the workflow sources one per changed row, and markers); NULL for other views';
COMMENT ON COLUMN @extschema@.view_status.oldest_pending_change IS
    'Payment and workflow views: when the oldest pending change was written';
COMMENT ON COLUMN @extschema@.view_status.last_refresh_mode IS
    'full or incremental: how the last successful refresh ran';
COMMENT ON COLUMN @extschema@.view_status.last_refresh_reason IS
    'Why the last successful refresh ran and, for a payment or workflow view refreshed in full, why not incrementally';
COMMENT ON COLUMN @extschema@.view_status.refresh_mode IS
    'concurrently (populated, with a usable unique index) or plain';
REVOKE ALL ON @extschema@.view_status FROM PUBLIC;
