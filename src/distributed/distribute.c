/*-------------------------------------------------------------------------
 *
 * distribute.c
 *	  crmdb.distribute() and crmdb.install(p_distributed => true): the
 *	  service schemas on a Citus cluster, distributed by cif.
 *
 * The layout itself is the SQL script crmdb_distribute.sql, installed
 * beside the service schemas' scripts and run statement by statement in
 * the caller's transaction: a failure leaves nothing behind.  Before it
 * runs, this file checks what the script needs: Citus in the database,
 * this node its coordinator, at least one active worker, the service
 * schemas installed and not distributed yet.  citus.enable_unsafe_triggers
 * is set for the transaction only, because the service tables carry
 * crmdb's set_updated_at() trigger, which only touches the row it fires
 * for and so is safe on a shard (doc/citus.md).
 *
 * Afterwards the record that verify_schema() compares with
 * (crmdb.expected_schema) is taken again, of the distributed layout.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/distributed/distribute.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace_d.h"
#include "catalog/pg_type_d.h"
#include "commands/dbcommands.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "support/support.h"
#include "schema/schema.h"
#include "validation/validation.h"
#include "distributed/distributed.h"

PG_FUNCTION_INFO_V1(distribute);

/* A single boolean from a query run through SPI. */
static bool
spi_bool(const char *sql)
{
	bool		isnull;
	Datum		d;

	crmdb_spi_exec(sql, SPI_OK_SELECT);
	if (SPI_processed != 1)
		return false;
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	return !isnull && DatumGetBool(d);
}

static bool
citus_installed(void)
{
	return spi_bool("SELECT EXISTS (SELECT FROM pg_catalog.pg_extension"
					" WHERE extname OPERATOR(pg_catalog.=) 'citus')");
}

bool
crmdb_is_distributed(void)
{
	if (!citus_installed())
		return false;
	return spi_bool("SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition"
					" WHERE logicalrelid OPERATOR(pg_catalog.=)"
					"  pg_catalog.to_regclass('bank_sync_service.customers'))");
}

/*
 * Whether relid is a table Citus manages (distributed, reference or local
 * in its metadata): a look at pg_dist_partition, without SPI; false where
 * Citus is not installed.
 */
bool
crmdb_is_citus_table(Oid relid)
{
	Oid			distrel = get_relname_relid("pg_dist_partition",
											PG_CATALOG_NAMESPACE);
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	bool		found;

	if (!OidIsValid(distrel))
		return false;
	rel = table_open(distrel, AccessShareLock);
	/* its first column is logicalrelid */
	ScanKeyInit(&key, 1, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(relid));
	scan = systable_beginscan(rel, InvalidOid, false, NULL, 1, &key);
	found = HeapTupleIsValid(systable_getnext(scan));
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return found;
}

/*
 * The distribution column of relid when it is a hash-distributed Citus
 * table (palloc'd), else NULL.  The caller is connected to SPI.
 */
char *
crmdb_distribution_column(Oid relid)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		values[1];

	if (!citus_installed())
		return NULL;
	values[0] = ObjectIdGetDatum(relid);
	crmdb_spi_exec_args("SELECT pg_catalog.column_to_column_name(logicalrelid, partkey)"
						"  FROM pg_catalog.pg_dist_partition"
						" WHERE logicalrelid OPERATOR(pg_catalog.=) $1"
						"   AND partmethod OPERATOR(pg_catalog.=) 'h'",
						1, argtypes, values, NULL, true, SPI_OK_SELECT);
	if (SPI_processed != 1)
		return NULL;
	return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
}

/*
 * Error out unless this is a Citus coordinator with active workers.
 * crmdb.install(p_distributed => true) checks it before creating anything.
 */
void
crmdb_distribute_check(void)
{
	if (!citus_installed())
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("Citus is not installed in database \"%s\"",
						get_database_name(MyDatabaseId)),
				 errdetail("The distributed layout of crmdb needs a Citus coordinator with active workers."),
				 errhint("Load citus first in shared_preload_libraries, run CREATE EXTENSION citus on the coordinator and the workers, add the workers with citus_add_node(), then try again; or call crmdb.install() without p_distributed.")));

	if (!spi_bool("SELECT pg_catalog.citus_is_coordinator()"))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("this node is not the Citus coordinator"),
				 errhint("Run it on the coordinator; citus_set_coordinator_host() registers a coordinator.")));

	if (!spi_bool("SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_node"
				  " WHERE isactive AND noderole OPERATOR(pg_catalog.=) 'primary'"
				  "   AND groupid OPERATOR(pg_catalog.<>) 0)"))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the Citus cluster has no active worker"),
				 errhint("Add the workers with citus_add_node() first.")));
}

/* Error out unless the script can run here (nothing changed yet). */
static void
check_cluster(void)
{
	int			i;

	crmdb_distribute_check();

	for (i = 0; i < CRMDB_NUM_SERVICE_SCHEMAS; i++)
	{
		if (!OidIsValid(get_namespace_oid(crmdb_service_schemas[i], true)))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("crmdb is not installed in database \"%s\"",
							get_database_name(MyDatabaseId)),
					 errdetail("Schema \"%s\" does not exist.", crmdb_service_schemas[i]),
					 errhint("Use crmdb.install(p_distributed => true) for a new database.")));
	}

	if (crmdb_is_distributed())
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("crmdb's service tables are distributed already")));
}

void
crmdb_distribute_layout(void)
{
	int			save_nestlevel;

	check_cluster();

	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("citus.enable_unsafe_triggers", "on",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	/*
	 * The reference tables and the distributed tables that refer to them
	 * are created and filled in one transaction: Citus then needs one
	 * connection per node throughout.
	 */
	(void) set_config_option("citus.multi_shard_modify_mode", "sequential",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	/* The notices of every table distributed tell nothing to the caller. */
	(void) set_config_option("client_min_messages", "warning",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	crmdb_run_schema_script("distribute");

	AtEOXact_GUC(true, save_nestlevel);

	crmdb_verify_schema_install();
}

/*
 * distribute() RETURNS void
 *
 * Converts a database where crmdb.install() created the service schemas
 * (single node, with its rows) into the distributed layout.
 */
Datum
distribute(PG_FUNCTION_ARGS)
{
	TimestampTz started = GetCurrentTimestamp();
	CrmdbLogEntry entry;

	if (!crmdb_catalog_is_current())
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("crmdb %s is installed in database \"%s\", but the library is crmdb %s",
						crmdb_catalog_version(), get_database_name(MyDatabaseId),
						CRMDB_VERSION),
				 errhint("Run ALTER EXTENSION crmdb UPDATE first.")));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	crmdb_distribute_layout();

	memset(&entry, 0, sizeof(entry));
	entry.area = "install";
	entry.action = "distributed";
	entry.detail = "service tables distributed by cif on Citus";
	entry.rows_affected = -1;
	entry.started_at = started;
	entry.duration_ms = crmdb_elapsed_ms(started);
	entry.success = true;
	crmdb_log_write(&entry);

	SPI_finish();

	PG_RETURN_VOID();
}
