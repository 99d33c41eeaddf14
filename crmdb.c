/*-------------------------------------------------------------------------
 *
 * crmdb.c
 *	  Module set-up of the crmdb extension: the magic block, the GUCs and
 *	  the start-up of the change tracking that crmdb.refresh_views() uses.
 *
 * Everything crmdb does lives in a file of its own, named for the
 * concern: install.c creates the four service schemas, partition.c rolls
 * partitions over, refresh.c refreshes materialized views,
 * change_tracking.c records which tables committed changes, validate.c
 * runs the validation rules, verify_schema.c compares the catalog with
 * what install() created.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/crmdb.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <limits.h>

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"

#include "crmdb.h"

PG_MODULE_MAGIC;

const char *const crmdb_service_schemas[CRMDB_NUM_SERVICE_SCHEMAS] = {
	"auth_service",
	"bank_sync_service",
	"payment_service",
	"workflow_service"
};

/* GUC variables */
int			crmdb_lock_timeout_ms = 1000;
int			crmdb_log_max_age_min = 90 * 24 * 60;
int			crmdb_log_max_rows = 100000;
int			crmdb_change_tracking_slots = 65536;

void		_PG_init(void);

/*
 * Module load callback
 */
void
_PG_init(void)
{
	DefineCustomIntVariable("crmdb.lock_timeout",
							"Sets the lock timeout of each DDL lock that crmdb maintenance takes.",
							"A lock that is not granted within this time is given up and "
							"retried later, so that maintenance never queues behind a long "
							"reader while blocking everyone behind itself.",
							&crmdb_lock_timeout_ms,
							1000,
							1,
							INT_MAX / 1000,
							PGC_USERSET,
							GUC_UNIT_MS,
							NULL, NULL, NULL);

	DefineCustomIntVariable("crmdb.log_max_age",
							"Sets how long entries of crmdb.maintenance_log are kept.",
							"Older entries are deleted whenever maintenance writes the log. "
							"Zero keeps entries regardless of age.",
							&crmdb_log_max_age_min,
							90 * 24 * 60,
							0,
							INT_MAX,
							PGC_SUSET,
							GUC_UNIT_MIN,
							NULL, NULL, NULL);

	DefineCustomIntVariable("crmdb.log_max_rows",
							"Sets the largest number of entries kept in crmdb.maintenance_log.",
							"The oldest entries beyond this number are deleted whenever "
							"maintenance writes the log. Zero removes the limit.",
							&crmdb_log_max_rows,
							100000,
							0,
							INT_MAX,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);

	/* --- area GUCs: each area adds its own below its marker --- */
	/* partition rollover GUCs */
	/* view refresh GUCs */

	/*
	 * A PGC_POSTMASTER variable can only be created while the server starts;
	 * loaded later, crmdb has no change tracking anyway.
	 */
	if (process_shared_preload_libraries_in_progress)
		DefineCustomIntVariable("crmdb.change_tracking_slots",
								"Sets the number of change counters that crmdb.refresh_views() uses to skip unchanged views.",
								"Each relation maps to one counter; relations that share a counter "
								"can cause a refresh that was not needed, never a missed one. "
								"Each counter takes 16 bytes of shared memory. Only effective "
								"when crmdb is in shared_preload_libraries.",
								&crmdb_change_tracking_slots,
								65536,
								1024,
								16 * 1024 * 1024,
								PGC_POSTMASTER,
								0,
								NULL, NULL, NULL);
	/* validation GUCs */

	MarkGUCPrefixReserved("crmdb");

	crmdb_change_tracking_init();
}
