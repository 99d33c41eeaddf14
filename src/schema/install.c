/*-------------------------------------------------------------------------
 *
 * install.c
 *	  crmdb.install(): create the four service schemas of the CRM.
 *
 * The service schemas are not created by CREATE EXTENSION: tables that
 * belong to an extension are not dumped with their rows unless registered,
 * a partition created later (not a member) attached to a member parent
 * breaks pg_restore --single-transaction, and DROP EXTENSION would drop
 * every table with the customer data.  crmdb.install() creates them as
 * ordinary tables, which depend on crmdb's types and trigger functions, so
 * that DROP EXTENSION crmdb without CASCADE is refused.
 *
 * The SQL of each schema ships as a data file of the extension,
 * $sharedir/extension/crmdb_<schema>.sql, run here in the order of the
 * original design: auth, bank sync, payment, workflow.  Everything runs
 * in the caller's transaction with search_path = pg_catalog, pg_temp: a
 * failure leaves nothing behind.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/schema/install.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <sys/stat.h>

#include "catalog/namespace.h"
#include "commands/dbcommands.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "parser/parser.h"
#include "storage/fd.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "support/support.h"
#include "partition/partition.h"
#include "schema/schema.h"
#include "validation/validation.h"
#include "distributed/distributed.h"

PG_FUNCTION_INFO_V1(install);

/*
 * Read a schema script from the extension's share directory, without its
 * leading guard line ("\echo ... \quit"), which keeps psql from running it.
 */
static char *
read_schema_script(const char *schema)
{
	char		sharepath[MAXPGPATH];
	char		path[MAXPGPATH];
	FILE	   *file;
	struct stat st;
	char	   *buf;
	size_t		len;
	char	   *p;

	get_share_path(my_exec_path, sharepath);
	snprintf(path, sizeof(path), "%s/extension/crmdb_%s.sql", sharepath, schema);

	file = AllocateFile(path, PG_BINARY_R);
	if (file == NULL)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open schema script \"%s\": %m", path),
				 errhint("Reinstall crmdb with \"make install\"; the schema scripts are installed with the extension.")));
	if (fstat(fileno(file), &st) < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not stat schema script \"%s\": %m", path)));

	buf = palloc(st.st_size + 1);
	len = fread(buf, 1, st.st_size, file);
	if (ferror(file))
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read schema script \"%s\": %m", path)));
	FreeFile(file);
	buf[len] = '\0';

	/* Blank out the guard line: a line that starts with a backslash. */
	for (p = buf; *p; p++)
	{
		if ((p == buf || p[-1] == '\n') && *p == '\\')
		{
			while (*p && *p != '\n')
				*p++ = ' ';
			if (*p == '\0')
				break;
		}
	}

	return buf;
}

/* Error context: which schema script was running. */
static void
schema_script_error_callback(void *arg)
{
	errcontext("schema script \"crmdb_%s.sql\" of crmdb.install()",
			   (const char *) arg);
}

/*
 * Run a schema script statement by statement, so that an error names the
 * statement that failed, not the whole script.
 */
void
crmdb_run_schema_script(const char *schema)
{
	char	   *script = read_schema_script(schema);
	ErrorContextCallback errcallback;
	List	   *stmts;
	ListCell   *lc;

	errcallback.callback = schema_script_error_callback;
	errcallback.arg = (void *) schema;
	errcallback.previous = error_context_stack;
	error_context_stack = &errcallback;

	stmts = raw_parser(script, RAW_PARSE_DEFAULT);
	foreach(lc, stmts)
	{
		RawStmt    *raw = lfirst_node(RawStmt, lc);
		char	   *sql;

		if (raw->stmt_len > 0)
			sql = pnstrdup(script + raw->stmt_location, raw->stmt_len);
		else
			sql = pstrdup(script + raw->stmt_location);
		crmdb_spi_exec(sql, 0);
		pfree(sql);
		CHECK_FOR_INTERRUPTS();
	}

	error_context_stack = errcallback.previous;
	pfree(script);
}

/*
 * The schema pg_trgm is installed in; creates the extension in schema
 * crmdb when it is not installed yet.  Returns a palloc'd name.
 */
static char *
trgm_schema(void)
{
	char	   *result = NULL;

	crmdb_spi_exec("SELECT n.nspname FROM pg_catalog.pg_extension e"
				   " JOIN pg_catalog.pg_namespace n"
				   "   ON n.oid OPERATOR(pg_catalog.=) e.extnamespace"
				   " WHERE e.extname OPERATOR(pg_catalog.=) 'pg_trgm'",
				   SPI_OK_SELECT);
	if (SPI_processed == 0)
	{
		crmdb_spi_exec("CREATE EXTENSION pg_trgm SCHEMA crmdb", SPI_OK_UTILITY);
		return pstrdup(CRMDB_SCHEMA);
	}
	result = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	return result;
}

/*
 * install(p_distributed boolean DEFAULT false) RETURNS void
 *
 * Creates the schemas auth_service, bank_sync_service, payment_service and
 * workflow_service with their tables, indexes, constraints, triggers and
 * materialized views, then the first partitions.  Fails, changing
 * nothing, when any of the schemas exists already.  With p_distributed,
 * then turns them into the distributed layout on Citus (distribute.c),
 * failing, changing nothing, when this is not a Citus coordinator with
 * active workers.
 */
Datum
install(PG_FUNCTION_ARGS)
{
	bool		distributed = !PG_ARGISNULL(0) && PG_GETARG_BOOL(0);
	TimestampTz started = GetCurrentTimestamp();
	int			save_nestlevel;
	int			i;
	char	   *trgm;
	char	   *sql;
	CrmdbLogEntry entry;

	/*
	 * The schema scripts and this code are the library's version; the
	 * functions and tables of schema crmdb they rely on are the catalog's.
	 */
	if (!crmdb_catalog_is_current())
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("crmdb %s is installed in database \"%s\", but the library is crmdb %s",
						crmdb_catalog_version(), get_database_name(MyDatabaseId),
						CRMDB_VERSION),
				 errhint("Run ALTER EXTENSION crmdb UPDATE first.")));

	for (i = 0; i < CRMDB_NUM_SERVICE_SCHEMAS; i++)
	{
		if (OidIsValid(get_namespace_oid(crmdb_service_schemas[i], true)))
			ereport(ERROR,
					(errcode(ERRCODE_DUPLICATE_SCHEMA),
					 errmsg("crmdb is already installed in database \"%s\"",
							get_database_name(MyDatabaseId)),
					 errdetail("Schema \"%s\" already exists.",
							   crmdb_service_schemas[i]),
					 errhint("crmdb.install() creates the service schemas once per database. "
							 "To start over, drop the schemas auth_service, bank_sync_service, "
							 "payment_service and workflow_service first.")));
	}

	/* Run the scripts with a search_path nobody can plant objects in. */
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("check_function_bodies", "on",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* Before anything is created: is this a Citus coordinator? */
	if (distributed)
		crmdb_distribute_check();

	trgm = trgm_schema();

	for (i = 0; i < CRMDB_NUM_SERVICE_SCHEMAS; i++)
		crmdb_run_schema_script(crmdb_service_schemas[i]);

	/* Trigram indexes for agents' customer search by name. */
	sql = psprintf("CREATE INDEX idx_customers_name_trgm"
				   " ON bank_sync_service.customers USING gin (name %s.gin_trgm_ops)",
				   quote_identifier(trgm));
	crmdb_spi_exec(sql, SPI_OK_UTILITY);
	sql = psprintf("CREATE INDEX idx_customers_company_name_trgm"
				   " ON bank_sync_service.customers USING gin (company_name %s.gin_trgm_ops)",
				   quote_identifier(trgm));
	crmdb_spi_exec(sql, SPI_OK_UTILITY);
	crmdb_spi_exec("COMMENT ON INDEX bank_sync_service.idx_customers_name_trgm IS"
				   " 'Trigram index for customer search by name (ILIKE ''%...%'')'",
				   SPI_OK_UTILITY);
	crmdb_spi_exec("COMMENT ON INDEX bank_sync_service.idx_customers_company_name_trgm IS"
				   " 'Trigram index for customer search by company name (ILIKE ''%...%'')'",
				   SPI_OK_UTILITY);

	/* Partition configuration and the first partitions (partition.c). */
	crmdb_partition_install();

	/* What verify_schema() compares the catalog with (verify_schema.c). */
	crmdb_verify_schema_install();

	/* The distributed layout; records verify_schema()'s catalog again. */
	if (distributed)
		crmdb_distribute_layout();

	memset(&entry, 0, sizeof(entry));
	entry.area = "install";
	entry.action = "installed";
	entry.detail = distributed
		? "auth_service, bank_sync_service, payment_service, workflow_service (distributed on Citus)"
		: "auth_service, bank_sync_service, payment_service, workflow_service";
	entry.rows_affected = -1;
	entry.started_at = started;
	entry.duration_ms = crmdb_elapsed_ms(started);
	entry.success = true;
	crmdb_log_write(&entry);

	SPI_finish();
	AtEOXact_GUC(true, save_nestlevel);

	PG_RETURN_VOID();
}
