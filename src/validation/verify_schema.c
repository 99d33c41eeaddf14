/*-------------------------------------------------------------------------
 *
 * verify_schema.c
 *	  crmdb.verify_schema(): compare the catalog of the four service
 *	  schemas with what crmdb.install() created.
 *
 * At its very end crmdb.install() calls crmdb_verify_schema_install(),
 * which records the catalog it has just created in crmdb.expected_schema:
 * one row per schema, table, materialized view, column (type, NOT NULL,
 * default), constraint (primary and unique keys, foreign keys, checks),
 * index (including the unique indexes of the views), trigger, and DEFAULT
 * partition, each with its definition as PostgreSQL prints it
 * (pg_get_constraintdef, pg_get_indexdef, pg_get_triggerdef, format_type)
 * and its state (a trigger or foreign key enabled or disabled, an index
 * valid or invalid).  verify_schema() reads the live catalog the same way
 * and reports each recorded object that is missing, whose definition
 * changed, or whose state changed.
 *
 * Besides the catalog, verify_schema() counts the payments whose reference
 * the registry crmdb.payment_references does not hold for them: rows that
 * came in where the registry's triggers do not fire (ATTACH PARTITION of
 * a filled table, session_replication_role = replica, triggers disabled).
 * The registry itself is exact on every other path (payment_reference.c).
 * In the distributed layout on Citus the registry holds reference numbers
 * (reference_registry.c, doc/citus.md): verify_schema() counts the
 * payments whose reference it does not hold, and the reference numbers
 * held by more than one payment.
 *
 * What is not a problem: objects users add (tables, columns, indexes,
 * triggers beside crmdb's) are not in the record and are not looked at;
 * partitions are left out of both sides, so the ones the partition
 * rollover creates, detaches or drops never show; only each partitioned
 * table's DEFAULT partition is recorded.  When a table or schema is
 * missing, only the table or schema is reported, not each of its columns
 * and indexes.
 *
 * crmdb.expected_schema is filled by install(), not by CREATE EXTENSION,
 * so it is an ordinary configuration table for pg_dump: its rows are
 * dumped (pg_extension_config_dump) and restored into the table that
 * CREATE EXTENSION creates empty.  Both sides are read with
 * search_path = pg_catalog, pg_temp, so the printed definitions qualify
 * names the same way before and after a restore, whatever the session's
 * search_path.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/validation/verify_schema.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/lsyscache.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/tuplestore.h"

#include "crmdb.h"
#include "distributed/distributed.h"
#include "support/support.h"
#include "validation/validation.h"

PG_FUNCTION_INFO_V1(verify_schema);

/*
 * The live catalog of the four service schemas, one row per object:
 * (object_type, object_name, schema_name, table_name, definition, state).
 * Partitions are left out; a partitioned table's DEFAULT partition is one
 * row of its own.
 */
#define LIVE_CATALOG_SQL \
"WITH rel AS (" \
"  SELECT c.oid, n.nspname::text AS nspname, c.relname::text AS relname," \
"         c.relkind, c.relpersistence" \
"  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace" \
"  WHERE n.nspname IN ('auth_service', 'bank_sync_service'," \
"                      'payment_service', 'workflow_service')" \
"    AND c.relkind IN ('r', 'p', 'v', 'm', 'f')" \
"    AND NOT c.relispartition" \
") " \
"SELECT 'schema'::text AS object_type, n.nspname::text AS object_name," \
"       n.nspname::text AS schema_name, NULL::text AS table_name," \
"       'schema'::text AS definition, NULL::text AS state" \
"  FROM pg_namespace n" \
"  WHERE n.nspname IN ('auth_service', 'bank_sync_service'," \
"                      'payment_service', 'workflow_service') " \
"UNION ALL " \
"SELECT CASE r.relkind WHEN 'm' THEN 'materialized view' WHEN 'v' THEN 'view'" \
"         WHEN 'f' THEN 'foreign table' ELSE 'table' END," \
"       r.nspname || '.' || r.relname, r.nspname, r.relname," \
"       CASE r.relkind WHEN 'p' THEN 'partitioned table, ' || pg_get_partkeydef(r.oid)" \
"         WHEN 'm' THEN 'materialized view' WHEN 'v' THEN 'view'" \
"         WHEN 'f' THEN 'foreign table' ELSE 'table' END" \
"       || CASE r.relpersistence WHEN 'u' THEN ', unlogged' ELSE '' END," \
"       NULL" \
"  FROM rel r " \
"UNION ALL " \
"SELECT 'column', r.nspname || '.' || r.relname || '.' || a.attname," \
"       r.nspname, r.relname," \
"       format_type(a.atttypid, a.atttypmod)" \
"       || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END" \
"       || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')," \
"       NULL" \
"  FROM rel r" \
"  JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0" \
"   AND NOT a.attisdropped" \
"  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum " \
"UNION ALL " \
"SELECT CASE co.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique constraint'" \
"         WHEN 'f' THEN 'foreign key' WHEN 'c' THEN 'check constraint'" \
"         WHEN 'x' THEN 'exclusion constraint' ELSE 'constraint' END," \
"       r.nspname || '.' || r.relname || '.' || co.conname," \
"       r.nspname, r.relname, pg_get_constraintdef(co.oid)," \
"       CASE WHEN co.contype = 'f' THEN" \
"         CASE WHEN EXISTS (SELECT FROM pg_trigger tg" \
"                JOIN pg_constraint cc ON cc.oid = tg.tgconstraint" \
"                WHERE (cc.oid = co.oid OR cc.conparentid = co.oid)" \
"                  AND tg.tgenabled = 'D')" \
"           THEN 'disabled' ELSE 'enabled' END END" \
"  FROM rel r JOIN pg_constraint co ON co.conrelid = r.oid " \
"UNION ALL " \
"SELECT 'index', r.nspname || '.' || ic.relname, r.nspname, r.relname," \
"       pg_get_indexdef(i.indexrelid)," \
"       CASE WHEN i.indisvalid THEN 'valid' ELSE 'invalid' END" \
"  FROM rel r JOIN pg_index i ON i.indrelid = r.oid" \
"  JOIN pg_class ic ON ic.oid = i.indexrelid " \
"UNION ALL " \
"SELECT 'trigger', r.nspname || '.' || r.relname || '.' || tg.tgname," \
"       r.nspname, r.relname, pg_get_triggerdef(tg.oid)," \
"       CASE tg.tgenabled WHEN 'D' THEN 'disabled'" \
"         WHEN 'R' THEN 'enabled for replica only'" \
"         WHEN 'A' THEN 'enabled always' ELSE 'enabled' END" \
"  FROM rel r JOIN pg_trigger tg ON tg.tgrelid = r.oid AND NOT tg.tgisinternal " \
"UNION ALL " \
"SELECT 'default partition', r.nspname || '.' || r.relname, r.nspname, r.relname," \
"       dn.nspname || '.' || dc.relname, NULL" \
"  FROM rel r JOIN pg_partitioned_table pt ON pt.partrelid = r.oid" \
"  JOIN pg_class dc ON dc.oid = pt.partdefid" \
"  JOIN pg_namespace dn ON dn.oid = dc.relnamespace"

/*
 * The differences between crmdb.expected_schema and the live catalog.
 * Objects of a missing table or schema are not reported one by one.
 */
#define VERIFY_SQL \
"WITH live AS (" LIVE_CATALOG_SQL "), " \
"diff AS (" \
"  SELECT e.object_type, e.object_name, e.schema_name, e.table_name," \
"         e.definition, e.state, l.object_name IS NULL AS missing," \
"         l.definition AS live_definition, l.state AS live_state" \
"  FROM crmdb.expected_schema e" \
"  LEFT JOIN live l ON l.object_type = e.object_type" \
"   AND l.object_name = e.object_name" \
") " \
"SELECT d.object_type, d.object_name," \
"       CASE WHEN d.missing THEN 'missing'" \
"         WHEN d.live_definition IS DISTINCT FROM d.definition" \
"           THEN format('changed: expected %s, found %s', d.definition, d.live_definition)" \
"         WHEN d.live_state IN ('disabled', 'invalid') THEN d.live_state" \
"         ELSE format('changed: expected %s, found %s', d.state, d.live_state) END" \
"  FROM diff d" \
"  WHERE (d.missing OR d.live_definition IS DISTINCT FROM d.definition" \
"         OR d.live_state IS DISTINCT FROM d.state)" \
"    AND NOT EXISTS (SELECT FROM diff p WHERE p.missing" \
"         AND p.schema_name = d.schema_name AND p.object_name <> d.object_name" \
"         AND (p.object_type = 'schema'" \
"              OR (p.object_type IN ('table', 'materialized view', 'view', 'foreign table')" \
"                  AND p.table_name = d.table_name)))" \
"  ORDER BY d.schema_name COLLATE \"C\", d.table_name COLLATE \"C\" NULLS FIRST," \
"    array_position(ARRAY['schema', 'table', 'materialized view', 'view'," \
"      'foreign table', 'default partition', 'column', 'primary key'," \
"      'unique constraint', 'foreign key', 'check constraint'," \
"      'exclusion constraint', 'constraint', 'index', 'trigger'], d.object_type)," \
"    d.object_name COLLATE \"C\""

/* Payments whose reference is not registered to them. */
#define UNREGISTERED_SQL \
"SELECT pg_catalog.count(*) FROM payment_service.payments p" \
" WHERE NOT EXISTS (SELECT FROM crmdb.payment_references r" \
"   WHERE r.reference_number OPERATOR(pg_catalog.=) p.reference_number" \
"     AND r.payment_id OPERATOR(pg_catalog.=) p.id)"

/*
 * The distributed layout (doc/citus.md): the registry holds references,
 * not payments.  The reference numbers held by more than one payment,
 * across the cluster, and the payments whose reference is not registered
 * (Citus runs the registry's side as a subplan: the two tables are not
 * co-located).
 */
#define DUPLICATES_SQL \
"SELECT pg_catalog.count(*) FROM (SELECT p.reference_number" \
"   FROM payment_service.payments p GROUP BY p.reference_number" \
"  HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 1) d"

#define UNREGISTERED_DISTRIBUTED_SQL \
"SELECT pg_catalog.count(*) FROM payment_service.payments p" \
" WHERE p.reference_number OPERATOR(pg_catalog.<>) ALL" \
"   (SELECT r.reference_number FROM crmdb.payment_references r)"

static int
pin_search_path(void)
{
	int			nestlevel = NewGUCNestLevel();

	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	return nestlevel;
}

/*
 * crmdb_verify_schema_install
 *		Record the catalog of the four service schemas as crmdb.install()
 *		has just created it.  Called at the very end of install().
 */
void
crmdb_verify_schema_install(void)
{
	int			nestlevel = pin_search_path();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	crmdb_spi_exec("DELETE FROM crmdb.expected_schema", SPI_OK_DELETE);
	crmdb_spi_exec("INSERT INTO crmdb.expected_schema"
				   " (object_type, object_name, schema_name, table_name,"
				   "  definition, state) " LIVE_CATALOG_SQL,
				   SPI_OK_INSERT);

	SPI_finish();
	AtEOXact_GUC(true, nestlevel);
}

/*
 * Report the payments missing from the registry, when both tables exist
 * (a missing one is reported as such above) and the caller may read them.
 */
static void
check_registry(ReturnSetInfo *rsinfo)
{
	Oid			payments = get_relname_relid("payments",
											 get_namespace_oid("payment_service", true));
	Oid			registry = get_relname_relid("payment_references",
											 crmdb_schema_oid());
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	bool		isnull;
	int64		missing;

	if (!OidIsValid(payments) || !OidIsValid(registry))
		return;

	values[0] = CStringGetTextDatum("registry");
	values[1] = CStringGetTextDatum("crmdb.payment_references");
	if (pg_class_aclcheck(payments, GetUserId(), ACL_SELECT) != ACLCHECK_OK ||
		pg_class_aclcheck(registry, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
	{
		values[2] = CStringGetTextDatum("not checked: reading payment_service.payments and crmdb.payment_references needs SELECT on both");
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		return;
	}

	if (crmdb_is_distributed())
	{
		if (!crmdb_reference_registry_first())
		{
			values[2] = CStringGetTextDatum("not enforced: crmdb must come after citus in shared_preload_libraries, so that its planner hook registers each payment's reference before Citus plans the insert");
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}

		crmdb_spi_exec_args(UNREGISTERED_DISTRIBUTED_SQL, 0, NULL, NULL, NULL,
							true, SPI_OK_SELECT);
		missing = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
											  SPI_tuptable->tupdesc, 1, &isnull));
		if (missing > 0)
		{
			values[2] = CStringGetTextDatum(psprintf(INT64_FORMAT " payment(s) not registered: their reference numbers are not protected against reuse; INSERT INTO crmdb.payment_references (reference_number, cif) registers them",
													 missing));
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}

		crmdb_spi_exec_args(DUPLICATES_SQL, 0, NULL, NULL, NULL, true,
							SPI_OK_SELECT);
		missing = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
											  SPI_tuptable->tupdesc, 1, &isnull));
		if (missing == 0)
			return;
		values[1] = CStringGetTextDatum("payment_service.payments.reference_number");
		values[2] = CStringGetTextDatum(psprintf(INT64_FORMAT " reference number(s) held by more than one payment",
												 missing));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		return;
	}
	crmdb_spi_exec_args(UNREGISTERED_SQL, 0, NULL, NULL, NULL, true,
						SPI_OK_SELECT);
	missing = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
										  SPI_tuptable->tupdesc, 1, &isnull));
	if (missing == 0)
		return;

	values[2] = CStringGetTextDatum(psprintf(INT64_FORMAT " payment(s) not registered: their reference numbers are not protected against reuse; crmdb.repair_payment_references() registers them",
											 missing));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * verify_schema() RETURNS TABLE (object_type text, object_name text,
 *								  problem text)
 *
 * What differs between the four service schemas and what crmdb.install()
 * created: problem is "missing", "disabled" (a trigger, or the
 * enforcement triggers of a foreign key), "invalid" (an index), or
 * "changed: expected ..., found ...".  No rows: nothing differs.
 */
Datum
verify_schema(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			nestlevel;
	uint64		i;

	InitMaterializedSRF(fcinfo, 0);

	nestlevel = pin_search_path();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	crmdb_spi_exec_args("SELECT FROM crmdb.expected_schema LIMIT 1",
						0, NULL, NULL, NULL, true, SPI_OK_SELECT);
	if (SPI_processed == 0)
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = CStringGetTextDatum("extension");
		values[1] = CStringGetTextDatum("crmdb");
		values[2] = CStringGetTextDatum("no expected catalog: crmdb.install() has not been run in this database, or crmdb.expected_schema was emptied");
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	else
	{
		crmdb_spi_exec_args(VERIFY_SQL, 0, NULL, NULL, NULL, true,
							SPI_OK_SELECT);
		for (i = 0; i < SPI_processed; i++)
		{
			Datum		values[3];
			bool		nulls[3];
			int			j;

			for (j = 0; j < 3; j++)
				values[j] = SPI_getbinval(SPI_tuptable->vals[i],
										  SPI_tuptable->tupdesc, j + 1,
										  &nulls[j]);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc,
								 values, nulls);
		}
	}

	check_registry(rsinfo);

	SPI_finish();
	AtEOXact_GUC(true, nestlevel);

	return (Datum) 0;
}
