--
-- The catalog that crmdb.install() creates, compared with the reference in
-- test/schema/*.tsv (see its README): every table and comment, column, key,
-- foreign key, unique constraint, index and view column.  Each comparison
-- lists what the reference has and the catalog lacks ("missing") and the
-- reverse ("unexpected"): zero rows where the two agree.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();

-- The reference, read from the tsv files.
CREATE TEMP TABLE spec_tables (
    schema_name text, table_name text, partition_by text, comment text);
CREATE TEMP TABLE spec_columns (
    schema_name text, table_name text, column_name text, type text,
    nullable text, default_value text, key text);
CREATE TEMP TABLE spec_foreign_keys (
    schema_name text, table_name text, constraint_name text,
    column_name text, ref_table text, ref_column text, on_delete text);
CREATE TEMP TABLE spec_unique (
    schema_name text, table_name text, columns text);
CREATE TEMP TABLE spec_indexes (
    schema_name text, table_name text, index_name text, columns text);
CREATE TEMP TABLE spec_views (
    schema_name text, view_name text, columns text, unique_key text);
\copy spec_tables FROM 'test/schema/tables.tsv' WITH (FORMAT text, HEADER true)
\copy spec_columns FROM 'test/schema/columns.tsv' WITH (FORMAT text, HEADER true)
\copy spec_foreign_keys FROM 'test/schema/foreign_keys.tsv' WITH (FORMAT text, HEADER true)
\copy spec_unique FROM 'test/schema/unique.tsv' WITH (FORMAT text, HEADER true)
\copy spec_indexes FROM 'test/schema/indexes.tsv' WITH (FORMAT text, HEADER true)
\copy spec_views FROM 'test/schema/views.tsv' WITH (FORMAT text, HEADER true)

-- The catalog, in the same shape.  Partitions are left out: they inherit
-- their parent's columns, keys and indexes.
CREATE TEMP VIEW cat_tables AS
SELECT n.nspname::text AS schema_name, c.relname::text AS table_name,
       COALESCE((SELECT a.attname::text
                 FROM pg_partitioned_table pt
                 JOIN pg_attribute a ON a.attrelid = pt.partrelid
                                    AND a.attnum = pt.partattrs[0]
                 WHERE pt.partrelid = c.oid), '') AS partition_by,
       COALESCE(obj_description(c.oid, 'pg_class'), '') AS comment,
       c.oid AS relid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service',
                    'workflow_service')
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition;

CREATE TEMP VIEW cat_columns AS
SELECT t.schema_name, t.table_name, a.attname::text AS column_name,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attnotnull THEN 'not null' ELSE 'null' END AS nullable,
       COALESCE(pg_get_expr(d.adbin, d.adrelid), '') AS default_value
FROM cat_tables t
JOIN pg_attribute a ON a.attrelid = t.relid AND a.attnum > 0
                   AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum;

-- Column list of a constraint or an index, in key order.
CREATE FUNCTION pg_temp.column_list(p_relid oid, p_attnums int2[])
RETURNS text LANGUAGE sql STABLE AS $$
    SELECT string_agg(a.attname, ',' ORDER BY k.ord)
    FROM unnest(p_attnums) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = p_relid AND a.attnum = k.attnum
$$;

CREATE TEMP VIEW cat_constraints AS
SELECT t.schema_name, t.table_name, con.conname::text AS constraint_name,
       con.contype,
       pg_temp.column_list(con.conrelid, con.conkey) AS columns,
       con.confrelid::regclass::text AS ref_table,
       pg_temp.column_list(con.confrelid, con.confkey) AS ref_columns,
       CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
            WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN ''
            ELSE con.confdeltype::text END AS on_delete,
       con.conindid
FROM cat_tables t
JOIN pg_constraint con ON con.conrelid = t.relid;

CREATE TEMP VIEW cat_indexes AS
SELECT t.schema_name, t.table_name, ic.relname::text AS index_name,
       pg_temp.column_list(i.indrelid,
                           (i.indkey::int2[])[0:i.indnkeyatts - 1]) AS columns,
       i.indisunique, am.amname::text AS access_method,
       ic.oid AS indexrelid
FROM cat_tables t
JOIN pg_index i ON i.indrelid = t.relid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam;

-- The counts the reference gives: 19 tables, 264 columns, 24 foreign keys,
-- 68 named indexes, 4 materialized views.
SELECT (SELECT count(*) FROM cat_tables) AS tables,
       (SELECT count(*) FROM cat_columns) AS columns,
       (SELECT count(*) FROM cat_constraints WHERE contype = 'f') AS foreign_keys,
       (SELECT count(*) FROM cat_indexes i
        WHERE (i.schema_name, i.index_name) IN
              (SELECT schema_name, index_name FROM spec_indexes)) AS named_indexes,
       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'm' AND n.nspname LIKE '%\_service') AS views;
SELECT (SELECT count(*) FROM spec_tables) AS tables,
       (SELECT count(*) FROM spec_columns) AS columns,
       (SELECT count(*) FROM spec_foreign_keys) AS foreign_keys,
       (SELECT count(*) FROM spec_indexes) AS named_indexes,
       (SELECT count(*) FROM spec_views) AS views;

-- Schemas and their comments.
SELECT n.nspname, obj_description(n.oid, 'pg_namespace') IS NOT NULL AS has_comment
FROM pg_namespace n
WHERE n.nspname LIKE '%\_service'
ORDER BY 1;

-- Tables: partition column and comment.
(SELECT 'missing' AS problem, schema_name, table_name, partition_by, comment
 FROM spec_tables
 EXCEPT
 SELECT 'missing', schema_name, table_name, partition_by, comment
 FROM cat_tables)
UNION ALL
(SELECT 'unexpected', schema_name, table_name, partition_by, comment
 FROM cat_tables
 EXCEPT
 SELECT 'unexpected', schema_name, table_name, partition_by, comment
 FROM spec_tables)
ORDER BY 1, 2, 3;

-- Partitioned tables: range partitioning, and the DEFAULT partition
-- <table>_default.
SELECT t.schema_name, t.table_name, pt.partstrat,
       (SELECT p.oid::regclass
        FROM pg_inherits inh
        JOIN pg_class p ON p.oid = inh.inhrelid
        WHERE inh.inhparent = t.relid
          AND pg_get_expr(p.relpartbound, p.oid) = 'DEFAULT') AS default_partition
FROM cat_tables t
JOIN pg_partitioned_table pt ON pt.partrelid = t.relid
ORDER BY 1, 2;

-- Columns: type, nullability and default.  The reference writes types and
-- defaults the way the original design does; in the catalog's words:
-- varchar(n) is character varying(n), decimal(p,s) numeric(p,s), timestamp
-- timestamp without time zone, NOW() now(), TRUE true.
CREATE TEMP VIEW spec_columns_normalized AS
SELECT schema_name, table_name, column_name,
       regexp_replace(regexp_replace(regexp_replace(type,
           '^varchar', 'character varying'),
           '^decimal', 'numeric'),
           '^timestamp$', 'timestamp without time zone') AS type,
       nullable, lower(default_value) AS default_value
FROM spec_columns;
(SELECT 'missing' AS problem, *
 FROM spec_columns_normalized
 EXCEPT
 SELECT 'missing', * FROM cat_columns)
UNION ALL
(SELECT 'unexpected', * FROM cat_columns
 EXCEPT
 SELECT 'unexpected', * FROM spec_columns_normalized)
ORDER BY 1, 2, 3, 4;

-- Primary keys: the PK column of the reference, followed by the partition
-- column on a partitioned table (PostgreSQL requires it in the key).
(SELECT 'missing' AS problem, c.schema_name, c.table_name,
        c.column_name || COALESCE(NULLIF(',' || t.partition_by, ','), '') AS columns
 FROM spec_columns c
 JOIN spec_tables t USING (schema_name, table_name)
 WHERE c.key = 'PK'
 EXCEPT
 SELECT 'missing', schema_name, table_name, columns
 FROM cat_constraints WHERE contype = 'p')
UNION ALL
(SELECT 'unexpected', schema_name, table_name, columns
 FROM cat_constraints WHERE contype = 'p'
 EXCEPT
 SELECT 'unexpected', c.schema_name, c.table_name,
        c.column_name || COALESCE(NULLIF(',' || t.partition_by, ','), '')
 FROM spec_columns c
 JOIN spec_tables t USING (schema_name, table_name)
 WHERE c.key = 'PK')
ORDER BY 1, 2, 3;
SELECT schema_name, table_name, constraint_name, columns
FROM cat_constraints
WHERE contype = 'p' AND table_name IN ('payments', 'action_records', 'customer_agents')
ORDER BY 1, 2;

-- Unique constraints: the UNIQUE columns of columns.tsv and the column
-- lists of unique.tsv.  payments.reference_number is the one exception: a
-- partitioned table cannot have it, the registry crmdb.payment_references
-- enforces it instead (checked below).
CREATE TEMP VIEW spec_unique_all AS
SELECT schema_name, table_name, column_name AS columns
FROM spec_columns WHERE key = 'UNIQUE'
  AND (schema_name, table_name, column_name)
      <> ('payment_service', 'payments', 'reference_number')
UNION ALL
SELECT schema_name, table_name, columns FROM spec_unique;
(SELECT 'missing' AS problem, * FROM spec_unique_all
 EXCEPT
 SELECT 'missing', schema_name, table_name, columns
 FROM cat_constraints WHERE contype = 'u')
UNION ALL
(SELECT 'unexpected', schema_name, table_name, columns
 FROM cat_constraints WHERE contype = 'u'
 EXCEPT
 SELECT 'unexpected', * FROM spec_unique_all)
ORDER BY 1, 2, 3, 4;

-- The registry that makes payments.reference_number unique, and the
-- triggers that keep it in step.
SELECT con.conname, pg_get_constraintdef(con.oid)
FROM pg_constraint con
WHERE con.conrelid = 'crmdb.payment_references'::regclass
ORDER BY 1;
SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
FROM pg_attribute a
WHERE a.attrelid = 'crmdb.payment_references'::regclass AND a.attnum > 0
ORDER BY a.attnum;
SELECT obj_description('crmdb.payment_references'::regclass, 'pg_class') IS NOT NULL
    AS has_comment;
SELECT tgname, pg_get_triggerdef(oid)
FROM pg_trigger
WHERE tgrelid = 'payment_service.payments'::regclass
  AND tgname LIKE 'trg_payments_reference%'
ORDER BY 1;

-- Foreign keys: columns, referenced table and column, ON DELETE ...
(SELECT 'missing' AS problem, schema_name, table_name, column_name,
        ref_table, ref_column, on_delete
 FROM spec_foreign_keys
 EXCEPT
 SELECT 'missing', schema_name, table_name, columns, ref_table, ref_columns,
        on_delete
 FROM cat_constraints WHERE contype = 'f')
UNION ALL
(SELECT 'unexpected', schema_name, table_name, columns, ref_table, ref_columns,
        on_delete
 FROM cat_constraints WHERE contype = 'f'
 EXCEPT
 SELECT 'unexpected', schema_name, table_name, column_name, ref_table,
        ref_column, on_delete
 FROM spec_foreign_keys)
ORDER BY 1, 2, 3, 4;
-- ... and their names, where the reference gives one.
SELECT 'missing' AS problem, schema_name, table_name, constraint_name, column_name
FROM spec_foreign_keys
WHERE constraint_name <> ''
EXCEPT
SELECT 'missing', schema_name, table_name, constraint_name, columns
FROM cat_constraints WHERE contype = 'f'
ORDER BY 1, 2, 3, 4;
-- The two the reference leaves unnamed:
SELECT c.schema_name, c.table_name, c.constraint_name, c.columns
FROM cat_constraints c
JOIN spec_foreign_keys s
  ON s.schema_name = c.schema_name AND s.table_name = c.table_name
 AND s.column_name = c.columns AND s.constraint_name = ''
WHERE c.contype = 'f'
ORDER BY 1, 2;

-- Indexes: every named index with its columns.  The catalog also has the
-- indexes of the primary keys and unique constraints, which are not
-- compared here (see above); what else it has is listed as "unexpected".
(SELECT 'missing' AS problem, * FROM spec_indexes
 EXCEPT
 SELECT 'missing', schema_name, table_name, index_name, columns
 FROM cat_indexes)
UNION ALL
(SELECT 'unexpected', i.schema_name, i.table_name, i.index_name, i.columns
 FROM cat_indexes i
 WHERE NOT EXISTS (SELECT 1 FROM cat_constraints c
                   WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))
 EXCEPT
 SELECT 'unexpected', * FROM spec_indexes)
ORDER BY 1, 2, 3, 4;
-- The named indexes are plain btree indexes.
SELECT schema_name, table_name, index_name, access_method, indisunique
FROM cat_indexes
WHERE (schema_name, index_name) IN (SELECT schema_name, index_name FROM spec_indexes)
  AND (access_method <> 'btree' OR indisunique)
ORDER BY 1, 2, 3;
-- The trigram indexes for customer search.
SELECT index_name, pg_get_indexdef(indexrelid)
FROM cat_indexes
WHERE access_method = 'gin'
ORDER BY 1;

-- Every table with updated_at has the BEFORE UPDATE trigger
-- trg_<table>_updated_at calling crmdb.set_updated_at(), and no other
-- table has it.
(SELECT 'missing' AS problem, schema_name, table_name,
        'trg_' || table_name || '_updated_at' AS trigger_name
 FROM spec_columns WHERE column_name = 'updated_at'
 EXCEPT
 SELECT 'missing', t.schema_name, t.table_name, tg.tgname::text
 FROM cat_tables t
 JOIN pg_trigger tg ON tg.tgrelid = t.relid
 WHERE tg.tgfoid = 'crmdb.set_updated_at()'::regprocedure
   AND pg_get_triggerdef(tg.oid) LIKE '% BEFORE UPDATE ON % FOR EACH ROW %')
UNION ALL
(SELECT 'unexpected', t.schema_name, t.table_name, tg.tgname::text
 FROM cat_tables t
 JOIN pg_trigger tg ON tg.tgrelid = t.relid
 WHERE tg.tgfoid = 'crmdb.set_updated_at()'::regprocedure
 EXCEPT
 SELECT 'unexpected', schema_name, table_name,
        'trg_' || table_name || '_updated_at'
 FROM spec_columns WHERE column_name = 'updated_at')
ORDER BY 1, 2, 3;
SELECT count(*) AS updated_at_triggers
FROM cat_tables t
JOIN pg_trigger tg ON tg.tgrelid = t.relid
WHERE tg.tgfoid = 'crmdb.set_updated_at()'::regprocedure;

-- Materialized views: columns in order, populated, with a comment.
CREATE TEMP VIEW cat_views AS
SELECT n.nspname::text AS schema_name, c.relname::text AS view_name,
       (SELECT string_agg(a.attname, ',' ORDER BY a.attnum)
        FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
       c.relispopulated, obj_description(c.oid, 'pg_class') IS NOT NULL AS has_comment,
       c.oid AS relid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'm' AND n.nspname LIKE '%\_service';
(SELECT 'missing' AS problem, schema_name, view_name, columns
 FROM spec_views
 EXCEPT
 SELECT 'missing', schema_name, view_name, columns FROM cat_views)
UNION ALL
(SELECT 'unexpected', schema_name, view_name, columns FROM cat_views
 EXCEPT
 SELECT 'unexpected', schema_name, view_name, columns FROM spec_views)
ORDER BY 1, 2, 3;
SELECT schema_name, view_name, relispopulated, has_comment
FROM cat_views ORDER BY 1, 2;
-- month and year are integers.
SELECT v.view_name, a.attname, format_type(a.atttypid, a.atttypmod)
FROM cat_views v
JOIN pg_attribute a ON a.attrelid = v.relid
WHERE a.attname IN ('month', 'year')
ORDER BY 1, 2;
-- Each view has a unique index on exactly its unique_key, usable by
-- REFRESH ... CONCURRENTLY (no predicate, no expression);
-- agent_performance's treats NULLs as equal.
(SELECT 'missing' AS problem, schema_name, view_name, unique_key
 FROM spec_views
 EXCEPT
 SELECT 'missing', v.schema_name, v.view_name,
        pg_temp.column_list(i.indrelid, i.indkey::int2[])
 FROM cat_views v
 JOIN pg_index i ON i.indrelid = v.relid
 WHERE i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL)
UNION ALL
(SELECT 'unexpected', v.schema_name, v.view_name,
        pg_temp.column_list(i.indrelid, i.indkey::int2[])
 FROM cat_views v
 JOIN pg_index i ON i.indrelid = v.relid
 EXCEPT
 SELECT 'unexpected', schema_name, view_name, unique_key FROM spec_views)
ORDER BY 1, 2, 3;
SELECT v.view_name, ic.relname AS index_name, i.indnullsnotdistinct
FROM cat_views v
JOIN pg_index i ON i.indrelid = v.relid
JOIN pg_class ic ON ic.oid = i.indexrelid
ORDER BY 1, 2;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
