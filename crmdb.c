/*-------------------------------------------------------------------------
 *
 * crmdb.c
 *	  Module set-up of the crmdb extension: the magic block, the GUCs, the
 *	  start-up of the change tracking that crmdb.refresh_views() uses and
 *	  the hooks that keep payment reference numbers unique on Citus.
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
#include "distributed/distributed.h"
#include "partition/partition.h"
#include "support/support.h"
#include "refresh/refresh.h"

PG_MODULE_MAGIC;

const char *const crmdb_service_schemas[CRMDB_NUM_SERVICE_SCHEMAS] = {
	"auth_service",
	"bank_sync_service",
	"payment_service",
	"workflow_service"
};

/* GUC variables */
int			crmdb_lock_timeout_ms = 1000;
double		crmdb_incremental_max_fraction = 0.1;
bool		crmdb_capture_payment_changes = true;
int			crmdb_log_max_age_min = 90 * 24 * 60;
int			crmdb_log_max_rows = 100000;
int			crmdb_health_stale_after_min = 60;
int			crmdb_partition_lock_retries = 3;
int			crmdb_partition_retry_delay_ms = 200;
int			crmdb_partition_max_create = 1000;
bool		crmdb_partition_drain_published = false;
bool		crmdb_partition_drain_copy = true;
bool		crmdb_partition_drain_swap = true;
int			crmdb_change_tracking_slots = 65536;
int			crmdb_validation_runs_kept = 30;
int			crmdb_validation_keys_per_rule = 100;
int			crmdb_validation_work_mem = 128 * 1024;

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
	DefineCustomIntVariable("crmdb.partition_lock_retries",
							"Sets how many times partition maintenance retries a lock that timed out.",
							"Each DDL lock is first asked for with crmdb.lock_timeout, then "
							"retried this many times before the partition is reported as failed.",
							&crmdb_partition_lock_retries,
							3,
							0,
							100,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);

	DefineCustomIntVariable("crmdb.partition_retry_delay",
							"Sets the pause between two attempts to take a lock in partition maintenance.",
							"The pause lets the sessions that were waiting behind the maintenance go on.",
							&crmdb_partition_retry_delay_ms,
							200,
							0,
							60 * 1000,
							PGC_SUSET,
							GUC_UNIT_MS,
							NULL, NULL, NULL);

	DefineCustomIntVariable("crmdb.partition_max_create",
							"Sets the largest number of partitions one maintenance call creates.",
							"A table that needs more (a daily table whose DEFAULT holds very old "
							"rows, say) gets the partitions nearest to the current one first and "
							"the rest in later runs; crmdb.create_partitions() refuses a range "
							"that needs more.",
							&crmdb_partition_max_create,
							1000,
							1,
							100000,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);

	DefineCustomBoolVariable("crmdb.partition_drain_published",
							 "Allows partition maintenance to move rows out of the DEFAULT partition of a published table.",
							 "Logical replication carries such a move as deletes from DEFAULT and "
							 "inserts into a table that is not yet a partition: subscribers lose "
							 "the rows moved. Off refuses to move them.",
							 &crmdb_partition_drain_published,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);

	DefineCustomBoolVariable("crmdb.partition_drain_copy",
							 "Drains a DEFAULT partition that holds only the range being drained by copying its rows and emptying it with TRUNCATE.",
							 "The application's writers then never wait for the drain. As after TRUNCATE, "
							 "a transaction whose snapshot predates the drain and which reads the table "
							 "only after it sees the drained range empty. Off moves rows one by one.",
							 &crmdb_partition_drain_copy,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

	DefineCustomBoolVariable("crmdb.partition_drain_swap",
							 "Drains a DEFAULT partition that holds only the range being drained by making it that range's partition.",
							 "A new, empty table becomes DEFAULT; no row is read, copied or written. "
							 "Used only when nothing but the parent refers to DEFAULT. Off copies or moves the rows.",
							 &crmdb_partition_drain_swap,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

	/* view refresh GUCs */
	DefineCustomRealVariable("crmdb.incremental_max_fraction",
							 "Sets the share of a payment view's rows past which crmdb.refresh_views() refreshes it in full rather than incrementally.",
							 "When more groups of the view changed than this fraction of its rows, "
							 "recomputing them one by one costs more than recomputing the view. "
							 "0 turns incremental refresh off.",
							 &crmdb_incremental_max_fraction,
							 0.1,
							 0.0,
							 1.0,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

	DefineCustomBoolVariable("crmdb.capture_payment_changes",
							 "Captures which groups of the payment views each change to payments touches.",
							 "Off, the session's changes to payments leave one marker per transaction "
							 "instead, and the next refresh of the payment views is a full one.",
							 &crmdb_capture_payment_changes,
							 true,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

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
	/* schedule and health GUCs */
	DefineCustomIntVariable("crmdb.health_stale_after",
							"Sets how long a materialized view may lag behind its sources before crmdb.health warns.",
							"A view whose sources changed since its last refresh is reported as a "
							"warning once that refresh is older than this. Zero warns at once.",
							&crmdb_health_stale_after_min,
							60,
							0,
							INT_MAX,
							PGC_USERSET,
							GUC_UNIT_MIN,
							NULL, NULL, NULL);
	DefineCustomIntVariable("crmdb.validation_runs_kept",
							"Sets how many runs of crmdb.run_validation() are kept.",
							"Older runs and their results are deleted at the end of "
							"each run.",
							&crmdb_validation_runs_kept,
							30,
							1,
							INT_MAX,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);

	DefineCustomIntVariable("crmdb.validation_keys_per_rule",
							"Sets how many row keys crmdb.run_validation() stores per rule and table.",
							"Every violation is counted; only the keys and details of the "
							"first ones are stored in crmdb.validation_results.",
							&crmdb_validation_keys_per_rule,
							100,
							0,
							1000000,
							PGC_SUSET,
							0,
							NULL, NULL, NULL);

	DefineCustomIntVariable("crmdb.validation_work_mem",
							"Sets the work_mem of the queries that check the validation rules.",
							"The checks sort customer assignments and, with hash_mem_multiplier, "
							"bound the lookup of the loans that payments and actions are compared "
							"with (beyond it they hash the loans in a join, which should fit in "
							"memory so that no payment is spilled to disk).  Zero uses the "
							"session's work_mem.",
							&crmdb_validation_work_mem,
							128 * 1024,
							0,
							MAX_KILOBYTES,
							PGC_USERSET,
							GUC_UNIT_KB,
							NULL, NULL, NULL);


	MarkGUCPrefixReserved("crmdb");

	crmdb_change_tracking_init();
	crmdb_capture_init();
	crmdb_reference_registry_init();
}
