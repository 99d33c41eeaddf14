/* crmdb/src/partition/partition.sql: partition rollover */

--
-- Which tables crmdb keeps partitioned, and how.  crmdb.install() adds the
-- three partitioned tables of the CRM; a DBA may add others.  Rows are
-- checked when written by the trigger below (messages that say what to
-- write instead); the CHECK constraints repeat the simple rules for rows
-- that reach the table without the trigger (a restore with triggers
-- disabled).  The maintenance checks every row again when it reads it.
--
CREATE TABLE @extschema@.partition_config (
    parent_table        regclass NOT NULL
                        CONSTRAINT partition_config_pkey PRIMARY KEY,
    control_column      name NOT NULL,
    partition_interval  interval NOT NULL DEFAULT '3 months',
    premake             integer NOT NULL DEFAULT 4
                        CONSTRAINT partition_config_premake_check
                        CHECK (premake OPERATOR(pg_catalog.>=) 0),
    retention           interval
                        CONSTRAINT partition_config_retention_check
                        CHECK (retention OPERATOR(pg_catalog.>) '0'::pg_catalog.interval),
    retention_action    text NOT NULL DEFAULT 'detach'
                        CONSTRAINT partition_config_retention_action_check
                        CHECK (retention_action OPERATOR(pg_catalog.=)
                               ANY ('{detach,drop,archive}'::pg_catalog.text[])),
    archive_schema      name,
    CONSTRAINT partition_config_archive_schema_check
        CHECK ((retention_action OPERATOR(pg_catalog.=) 'archive')
               OPERATOR(pg_catalog.=) (archive_schema IS NOT NULL))
);

COMMENT ON TABLE @extschema@.partition_config IS
    'Range-partitioned tables whose partitions crmdb creates, fills from DEFAULT and retires; one row per table';
COMMENT ON COLUMN @extschema@.partition_config.parent_table IS
    'The partitioned table; the caller must own it';
COMMENT ON COLUMN @extschema@.partition_config.control_column IS
    'Its range partition key column (date, timestamp or timestamptz); filled in when left out';
COMMENT ON COLUMN @extschema@.partition_config.partition_interval IS
    'One of 1 day, 1 week, 1 month, 3 months, 1 year, aligned to calendar boundaries (weeks start on Monday)';
COMMENT ON COLUMN @extschema@.partition_config.premake IS
    'How many intervals after the current one get partitions ahead of time';
COMMENT ON COLUMN @extschema@.partition_config.retention IS
    'Partitions wholly older than now minus this are retired; NULL keeps them forever';
COMMENT ON COLUMN @extschema@.partition_config.retention_action IS
    'detach (keep as a standalone table), drop, or archive (detach and move to archive_schema)';
COMMENT ON COLUMN @extschema@.partition_config.archive_schema IS
    'Schema that archived partitions are moved to; only with retention_action archive';

CREATE FUNCTION @extschema@.partition_config_check()
RETURNS trigger
AS 'MODULE_PATHNAME', 'partition_config_check'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partition_config_check() IS
    'BEFORE INSERT OR UPDATE trigger of crmdb.partition_config: rejects rows the maintenance could not carry out';
REVOKE ALL ON FUNCTION @extschema@.partition_config_check() FROM PUBLIC;

CREATE TRIGGER partition_config_check
    BEFORE INSERT OR UPDATE ON @extschema@.partition_config
    FOR EACH ROW EXECUTE FUNCTION @extschema@.partition_config_check();

-- Rows are added by crmdb.install() and by DBAs, never by CREATE EXTENSION:
-- dumping them all cannot duplicate a row on restore.
SELECT pg_catalog.pg_extension_config_dump('@extschema@.partition_config', '');

REVOKE ALL ON @extschema@.partition_config FROM PUBLIC;

CREATE FUNCTION @extschema@.run_maintenance(
    p_parent regclass DEFAULT NULL,
    p_now timestamptz DEFAULT pg_catalog.now())
RETURNS TABLE (parent_table regclass, action text, partition_name text,
               range_from text, range_to text, rows_affected bigint)
AS 'MODULE_PATHNAME', 'run_maintenance'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.run_maintenance(regclass, timestamptz) IS
    'Creates partitions up to premake intervals after p_now, fills gaps, moves rows out of DEFAULT, applies retention; one row per action';
REVOKE ALL ON FUNCTION @extschema@.run_maintenance(regclass, timestamptz) FROM PUBLIC;

CREATE PROCEDURE @extschema@.run_maintenance_proc(
    p_parent regclass DEFAULT NULL,
    p_now timestamptz DEFAULT pg_catalog.now())
AS 'MODULE_PATHNAME', 'run_maintenance_proc'
LANGUAGE C;
COMMENT ON PROCEDURE @extschema@.run_maintenance_proc(regclass, timestamptz) IS
    'run_maintenance() for pg_cron: commits after each partition created, filled or retired';
REVOKE ALL ON PROCEDURE @extschema@.run_maintenance_proc(regclass, timestamptz) FROM PUBLIC;

CREATE FUNCTION @extschema@.create_partitions(
    p_parent regclass,
    p_from timestamptz,
    p_to timestamptz)
RETURNS SETOF text
AS 'MODULE_PATHNAME', 'create_partitions'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.create_partitions(regclass, timestamptz, timestamptz) IS
    'Creates the partitions covering [p_from, p_to), past or future, moving their rows out of DEFAULT; returns the names created';
REVOKE ALL ON FUNCTION @extschema@.create_partitions(regclass, timestamptz, timestamptz) FROM PUBLIC;

CREATE FUNCTION @extschema@.partition_range(
    p_partition regclass,
    OUT range_from text,
    OUT range_to text,
    OUT is_default boolean)
AS 'MODULE_PATHNAME', 'partition_range'
LANGUAGE C STABLE STRICT;
COMMENT ON FUNCTION @extschema@.partition_range(regclass) IS
    'Bounds of a partition of a table range-partitioned by a date or timestamp column, in ISO 8601 whatever the session settings';

CREATE VIEW @extschema@.partitions AS
SELECT c.parent_table,
       i.inhrelid::pg_catalog.regclass AS partition,
       r.range_from,
       r.range_to,
       r.is_default,
       CASE WHEN p.reltuples OPERATOR(pg_catalog.<) 0 THEN NULL
            ELSE p.reltuples::pg_catalog.int8 END AS estimated_rows,
       pg_catalog.pg_total_relation_size(i.inhrelid) AS size_bytes
  FROM @extschema@.partition_config c
  JOIN pg_catalog.pg_inherits i
    ON i.inhparent OPERATOR(pg_catalog.=) c.parent_table::pg_catalog.oid
  JOIN pg_catalog.pg_class p
    ON p.oid OPERATOR(pg_catalog.=) i.inhrelid
 CROSS JOIN LATERAL @extschema@.partition_range(i.inhrelid::pg_catalog.regclass) r;
COMMENT ON VIEW @extschema@.partitions IS
    'Partitions of the configured tables: bounds (ISO 8601), DEFAULT or not, estimated rows (NULL until analyzed), total size in bytes';
COMMENT ON COLUMN @extschema@.partitions.estimated_rows IS
    'pg_class.reltuples: NULL until the partition is vacuumed or analyzed';
COMMENT ON COLUMN @extschema@.partitions.size_bytes IS
    'pg_total_relation_size(): table, indexes and TOAST';
-- Catalog information anyone may read in pg_class anyway.
GRANT SELECT ON @extschema@.partitions TO PUBLIC;
