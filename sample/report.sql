/*
 * crmdb/sample/report.sql: what a crmdb database holds
 *
 *   psql -f sample/report.sql DBNAME
 *
 * Every table of the four service schemas with its exact row count, the
 * partitions of the partitioned tables, and the materialized views with
 * their row counts after a refresh (crmdb.refresh_views() when it exists,
 * REFRESH MATERIALIZED VIEW otherwise).  Used by scripts/demo.
 */

\set ON_ERROR_STOP on
\set QUIET on
SET search_path = pg_catalog, pg_temp;

\echo
\echo '== Tables (exact row counts; a partitioned table counts all its partitions)'
SELECT n.nspname AS schema, c.relname AS "table",
	   CASE c.relkind WHEN 'p' THEN 'partitioned' ELSE '' END AS kind,
	   (pg_catalog.xpath('/row/n/text()',
			pg_catalog.query_to_xml(pg_catalog.format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname),
									false, true, '')))[1]::text::bigint AS "rows",
	   pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size(c.oid)
		   + coalesce((SELECT pg_catalog.sum(pg_catalog.pg_total_relation_size(t.relid))
						 FROM pg_catalog.pg_partition_tree(c.oid) t WHERE t.relid <> c.oid), 0)) AS size
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'p')
   AND NOT c.relispartition
 ORDER BY pg_catalog.array_position(ARRAY['auth_service', 'bank_sync_service', 'payment_service', 'workflow_service']::name[],
									n.nspname), c.oid;

\echo '== Partitions'
SELECT pg_catalog.to_regclass('crmdb.partitions') IS NOT NULL AS has_partitions_view \gset
\if :has_partitions_view
SELECT * FROM crmdb.partitions ORDER BY parent_table::text, is_default DESC, range_from;
\else
SELECT i.inhparent::regclass AS parent, c.relname AS "partition",
	   pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bounds,
	   (pg_catalog.xpath('/row/n/text()',
			pg_catalog.query_to_xml(pg_catalog.format('SELECT count(*) AS n FROM %s', c.oid::regclass),
									false, true, '')))[1]::text::bigint AS "rows",
	   pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size(c.oid)) AS size
  FROM pg_catalog.pg_inherits i
  JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'p')
 ORDER BY 1, pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT', c.relname;
\endif

\echo '== Materialized views (refreshed now)'
SELECT pg_catalog.to_regprocedure('crmdb.refresh_views(regclass[],boolean)') IS NOT NULL AS has_refresh_views \gset
\if :has_refresh_views
SELECT view_name, action, rows, pg_catalog.round(duration_ms::numeric, 1) AS duration_ms
  FROM crmdb.refresh_views(NULL, true);
\else
SELECT pg_catalog.format('REFRESH MATERIALIZED VIEW %I.%I', schemaname, matviewname)
  FROM pg_catalog.pg_matviews
 WHERE schemaname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
 ORDER BY schemaname, matviewname \gexec
\endif
SELECT m.schemaname AS schema, m.matviewname AS view,
	   (pg_catalog.xpath('/row/n/text()',
			pg_catalog.query_to_xml(pg_catalog.format('SELECT count(*) AS n FROM %I.%I', m.schemaname, m.matviewname),
									false, true, '')))[1]::text::bigint AS "rows",
	   pg_catalog.pg_size_pretty(pg_catalog.pg_total_relation_size(pg_catalog.format('%I.%I', m.schemaname, m.matviewname)::regclass)) AS size
  FROM pg_catalog.pg_matviews m
 WHERE m.schemaname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
 ORDER BY 1, 2;

\echo '== Database'
SELECT pg_catalog.current_database() AS database,
	   pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(pg_catalog.current_database())) AS size,
	   (SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'crmdb') AS crmdb_version;
