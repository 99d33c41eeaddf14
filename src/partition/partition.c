/*-------------------------------------------------------------------------
 *
 * partition.c
 *	  Partition rollover: the SQL entry points and the order of the work.
 *
 *	  crmdb.run_maintenance(p_parent, p_now)		one transaction
 *	  CALL crmdb.run_maintenance_proc(p_parent, p_now)	commits per unit
 *	  crmdb.create_partitions(p_parent, p_from, p_to)	backfill a range
 *	  crmdb.partition_range(p_partition)			for crmdb.partitions
 *	  crmdb_partition_install()						called by install()
 *
 * For each configured table the maintenance does, in this order:
 *
 *	1. premake: partitions from the one containing p_now (its UTC date)
 *	   through premake intervals ahead, the "horizon" being the end of the
 *	   last one;
 *	2. history: every interval between the oldest partition (or the
 *	   oldest row in DEFAULT) and the current one that no partition covers,
 *	   so that there is no gap; rows of DEFAULT in these ranges move to
 *	   their new partitions (partition_ops.c says how);
 *	3. future gaps: intervals between the horizon and partitions made by
 *	   hand further ahead;
 *	4. retention: partitions whose upper bound is at or before
 *	   p_now - retention are detached, dropped or archived;
 *	5. a WARNING naming the rows left in DEFAULT beyond the horizon.
 *
 * Each step is made of units (one partition created, one retired), each
 * in its own subtransaction: a failing unit is reported (WARNING and a
 * row of crmdb.maintenance_log with its SQLSTATE) and the others go on.
 * The procedure form commits after every unit, so that a long drain
 * neither holds one huge transaction nor loses the premake when retention
 * fails.  A query cancel stops the whole run: the unit under way is
 * rolled back, so every row is in DEFAULT or in its partition exactly
 * once, and the next run carries on.
 *
 * Units run as the owner of the table, with SECURITY_RESTRICTED_OPERATION
 * and their own GUC nest level, like REFRESH MATERIALIZED VIEW: index
 * expressions, defaults and the like cannot act with the caller's
 * privileges.  The caller must own the table (or be a superuser).  crmdb's
 * own tables (the configuration, the log) are read and written as the
 * extension's owner, so that a table owner who may run the maintenance
 * needs no privileges on them.
 *
 * A table is maintained by one session at a time: each run takes an
 * advisory lock on the table (the (int4, int4) advisory lock
 * CRMDB_PARTITION_LOCK_KEY, table OID), without waiting; a run that finds
 * it taken skips the table and says so.  The function form holds it until
 * the end of the transaction, the procedure until the end of the call.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "crmdb.h"
#include "partition/partition.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(run_maintenance);
PG_FUNCTION_INFO_V1(run_maintenance_proc);
PG_FUNCTION_INFO_V1(create_partitions);
PG_FUNCTION_INFO_V1(partition_range);

/* First key of the advisory lock a run holds on a table ("crmp"). */
#define CRMDB_PARTITION_LOCK_KEY 0x63726D70

/* Partition bounds crmdb creates stay within these years. */
#define CRMDB_MIN_YEAR 1
#define CRMDB_MAX_YEAR 9998

/* What one call does, across all its tables. */
typedef struct MaintRun
{
	MemoryContext cxt;			/* lives as long as the call */
	bool		nonatomic;		/* procedure: commit after each unit */
	bool		fail_hard;		/* rethrow the first failure */
	bool		session_lock;	/* advisory lock for the call, not the xact */
	TimestampTz now;
	Tuplestorestate *tupstore;	/* run_maintenance's result, or NULL */
	TupleDesc	tupdesc;
	List	   *created;		/* names of the partitions created */
	int			ncreated;
	bool		cap_warned;
	Oid			caller;
	int			caller_sec;
	Oid			extowner;
} MaintRun;

typedef enum UnitKind
{
	UNIT_CREATE,
	UNIT_RETIRE
} UnitKind;

typedef struct Unit
{
	UnitKind	kind;
	int64		lo;
	int64		hi;
	bool		aligned;		/* UNIT_CREATE: a whole interval */
	Oid			partition;		/* UNIT_RETIRE */
} Unit;

/* One table under maintenance. */
typedef struct ParentRun
{
	Oid			parent;
	char	   *name;			/* qualified, quoted */
	Oid			owner;
	CrmdbPartConfig config;
	int64		horizon;
	int64		cutoff;			/* retention: retire partitions ending here */
	bool		has_cutoff;
	bool		create_only;	/* create_partitions(): no retention, no
								 * horizon check */
	int64		from;			/* create_partitions() range */
	int64		to;
	List	   *units;
} ParentRun;

typedef void (*GuardedFn) (MaintRun *run, ParentRun *pr, void *arg);

/*
 * The OID of the owner of the crmdb extension, as whom crmdb's own tables
 * are read and written.
 */
static Oid
extension_owner(void)
{
	Oid			extoid = get_extension_oid("crmdb", false);
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	Oid			owner;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber,
				F_OIDEQ, ObjectIdGetDatum(extoid));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "could not find extension crmdb");
	owner = ((Form_pg_extension) GETSTRUCT(tuple))->extowner;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return owner;
}

static void
run_init(MaintRun *run, TimestampTz now)
{
	/*
	 * Moving rows out of DEFAULT relies on each statement seeing the rows
	 * committed before it started (see partition_ops.c).
	 */
	if (IsolationUsesXactSnapshot())
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TRANSACTION_STATE),
				 errmsg("partition maintenance must run at isolation level READ COMMITTED"),
				 errhint("Run it in a transaction of its own, or SET TRANSACTION ISOLATION LEVEL READ COMMITTED.")));

	memset(run, 0, sizeof(*run));
	run->cxt = CurrentMemoryContext;
	run->now = now;
	GetUserIdAndSecContext(&run->caller, &run->caller_sec);
	run->extowner = extension_owner();
}

/* The user and security context to go back to. */
typedef struct SavedUser
{
	Oid			userid;
	int			sec_context;
} SavedUser;

/* Become the extension's owner, for crmdb's own tables. */
static void
as_extension_owner(MaintRun *run, SavedUser *saved)
{
	GetUserIdAndSecContext(&saved->userid, &saved->sec_context);
	SetUserIdAndSecContext(run->extowner,
						   saved->sec_context | SECURITY_LOCAL_USERID_CHANGE);
}

static void
restore_user(SavedUser *saved)
{
	SetUserIdAndSecContext(saved->userid, saved->sec_context);
}

/* Append an entry to crmdb.maintenance_log, as the extension's owner. */
static void
log_action(MaintRun *run, ParentRun *pr, const char *action,
		   const char *detail, int64 rows, TimestampTz started,
		   ErrorData *edata)
{
	CrmdbLogEntry entry;
	SavedUser	saved;

	memset(&entry, 0, sizeof(entry));
	entry.area = "partition";
	entry.object_name = pr ? pr->name : NULL;
	entry.action = action;
	entry.detail = detail;
	entry.rows_affected = rows;
	entry.started_at = started;
	entry.duration_ms = crmdb_elapsed_ms(started);
	entry.success = (edata == NULL);
	if (edata)
	{
		entry.sqlstate = pstrdup(unpack_sql_state(edata->sqlerrcode));
		entry.error_message = edata->message;
	}
	as_extension_owner(run, &saved);
	crmdb_log_write(&entry);
	restore_user(&saved);
}

/* One row of run_maintenance()'s result. */
static void
emit(MaintRun *run, ParentRun *pr, const char *action, const char *partition,
	 int64 lo, int64 hi, int64 rows)
{
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};

	if (run->tupstore == NULL)
		return;
	values[0] = ObjectIdGetDatum(pr->parent);
	values[1] = CStringGetTextDatum(action);
	values[2] = CStringGetTextDatum(partition);
	values[3] = CStringGetTextDatum(crmdb_bound_text(lo, pr->config.keytype));
	values[4] = CStringGetTextDatum(crmdb_bound_text(hi, pr->config.keytype));
	values[5] = Int64GetDatum(rows);
	nulls[5] = (rows < 0);
	tuplestore_putvalues(run->tupstore, run->tupdesc, values, nulls);
}

static char *
range_detail(ParentRun *pr, const char *partition, int64 lo, int64 hi)
{
	return psprintf("%s [%s, %s)", partition,
					crmdb_bound_text(lo, pr->config.keytype),
					crmdb_bound_text(hi, pr->config.keytype));
}

/*
 * Run fn in a subtransaction, as the table's owner in a security-
 * restricted operation with lock_timeout = crmdb.lock_timeout and a safe
 * search_path.  Returns NULL on success, or the error (already rolled
 * back).  Query cancels and, with run->fail_hard, every error are
 * rethrown.
 */
static ErrorData *
run_guarded(MaintRun *run, ParentRun *pr, GuardedFn fn, void *arg)
{
	MemoryContext oldcontext = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	ErrorData  *volatile edata = NULL;
	volatile bool pushed_snapshot = false;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcontext);

	PG_TRY();
	{
		int			save_nestlevel;
		char		timeout[32];
		SavedUser	saved;

		if (!ActiveSnapshotSet())
		{
			PushActiveSnapshot(GetTransactionSnapshot());
			pushed_snapshot = true;
		}

		GetUserIdAndSecContext(&saved.userid, &saved.sec_context);
		/*
		 * SECURITY_NOFORCE_RLS: the owner reads its tables whole, as core's
		 * foreign key checks do, even where row-level security is forced on
		 * it (a move that skipped rows would leave them behind); row_security
		 * off makes any query that policies would still affect fail instead
		 * (see crmdb_check_default_readable()).
		 */
		SetUserIdAndSecContext(pr ? pr->owner : run->caller,
							   saved.sec_context | SECURITY_LOCAL_USERID_CHANGE |
							   SECURITY_RESTRICTED_OPERATION |
							   SECURITY_NOFORCE_RLS);
		save_nestlevel = NewGUCNestLevel();
		snprintf(timeout, sizeof(timeout), "%d", crmdb_lock_timeout_ms);
		(void) set_config_option("lock_timeout", timeout,
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
		(void) set_config_option("search_path", "pg_catalog, pg_temp",
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
		(void) set_config_option("row_security", "off",
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
		/*
		 * Where Citus is loaded: one connection per node for the whole run.
		 * The distributed service tables have foreign keys to reference
		 * tables, and Citus refuses a change of such a table after a
		 * parallel read or write in the same transaction (doc/citus.md).
		 */
		if (GetConfigOption("citus.multi_shard_modify_mode", true, false) != NULL)
			(void) set_config_option("citus.multi_shard_modify_mode", "sequential",
									 PGC_USERSET, PGC_S_SESSION,
									 GUC_ACTION_SAVE, true, 0, false);

		fn(run, pr, arg);

		AtEOXact_GUC(true, save_nestlevel);
		restore_user(&saved);
		if (pushed_snapshot)
			PopActiveSnapshot();

		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(oldcontext);
		edata = CopyErrorData();
		FlushErrorState();
		/* restores the user, the GUCs and the snapshot stack */
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;

		if (run->fail_hard ||
			edata->sqlerrcode == ERRCODE_QUERY_CANCELED ||
			edata->sqlerrcode == ERRCODE_ADMIN_SHUTDOWN)
			ReThrowError(edata);
	}
	PG_END_TRY();

	return edata;
}

/* Report a failed step: WARNING and a log entry. */
static void
report_failure(MaintRun *run, ParentRun *pr, const char *action,
			   const char *what, TimestampTz started, ErrorData *edata)
{
	ereport(WARNING,
			(errcode(edata->sqlerrcode),
			 errmsg("partition maintenance of table \"%s\" failed to %s: %s",
					pr->name, what, edata->message),
			 edata->detail ? errdetail_internal("%s", edata->detail) : 0,
			 edata->hint ? errhint("%s", edata->hint) : 0));
	log_action(run, pr, action, what, -1, started, edata);
}

/* Commit in the procedure form, and start the next transaction. */
static void
maybe_commit(MaintRun *run)
{
	TimestampTz started;

	if (!run->nonatomic)
		return;
	started = GetCurrentTimestamp();
	SPI_commit();
	SPI_start_transaction();
	elog(DEBUG1, "partition maintenance: commit took %.1f ms",
		 crmdb_elapsed_ms(started));
}

/* ----------------------------------------------------------------------
 * Planning
 * ----------------------------------------------------------------------
 */

static int64
date_bound_checked(ParentRun *pr, int32 date)
{
	int			year,
				month,
				day;

	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	if (year < CRMDB_MIN_YEAR || year > CRMDB_MAX_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("partition range of table \"%s\" would reach year %d",
						pr->name, year),
				 errdetail("crmdb creates partitions for the years %d to %d.",
						   CRMDB_MIN_YEAR, CRMDB_MAX_YEAR)));
	return crmdb_date_to_bound(date);
}

/* Add create units for the uncovered pieces of the interval at date. */
static void
plan_interval(MaintRun *run, ParentRun *pr, List *parts, int32 date)
{
	CrmdbInterval iv = pr->config.interval;
	int64		lo = date_bound_checked(pr, date);
	int64		hi = date_bound_checked(pr, crmdb_advance(date, iv, 1));
	List	   *pieces = crmdb_uncovered_pieces(parts, lo, hi);
	ListCell   *lc;

	foreach(lc, pieces)
	{
		CrmdbPartition *piece = lfirst(lc);
		Unit	   *unit;
		MemoryContext oldcontext;

		if (run->ncreated + list_length(pr->units) >= crmdb_partition_max_create)
		{
			if (pr->create_only)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("the range needs more partitions of table \"%s\" than crmdb.partition_max_create (%d) allows",
								pr->name, crmdb_partition_max_create),
						 errhint("Create the partitions in several calls over shorter ranges, or raise crmdb.partition_max_create.")));
			if (!run->cap_warned)
				ereport(WARNING,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("table \"%s\" needs more partitions than crmdb.partition_max_create (%d) allows in one run",
								pr->name, crmdb_partition_max_create),
						 errdetail("The partitions nearest to the current one are created first; the rest follow in later runs."),
						 errhint("Run the maintenance again, or raise crmdb.partition_max_create.")));
			run->cap_warned = true;
			return;
		}

		oldcontext = MemoryContextSwitchTo(run->cxt);
		unit = palloc0(sizeof(Unit));
		unit->kind = UNIT_CREATE;
		unit->lo = piece->lo;
		unit->hi = piece->hi;
		unit->aligned = (piece->lo == lo && piece->hi == hi);
		pr->units = lappend(pr->units, unit);
		MemoryContextSwitchTo(oldcontext);
	}
}

static Oid
default_partition(List *parts)
{
	ListCell   *lc;

	foreach(lc, parts)
	{
		CrmdbPartition *p = lfirst(lc);

		if (p->is_default)
			return p->relid;
	}
	return InvalidOid;
}

/*
 * Plan the partitions to create: premake, then history, then future gaps
 * (see the file header).  For create_partitions(), only [from, to).
 */
static void
plan_create(MaintRun *run, ParentRun *pr, void *arg)
{
	CrmdbPartConfig *config = &pr->config;
	CrmdbInterval iv = config->interval;
	List	   *parts = crmdb_list_partitions(pr->parent, config->keytype);
	Oid			defpart = default_partition(parts);
	int32		cur;
	int32		start;
	int32		date;
	int64		oldest = CRMDB_BOUND_MAX;
	int64		newest = CRMDB_BOUND_MIN;
	int64		min_bound = crmdb_date_to_bound(date2j(CRMDB_MIN_YEAR, 1, 1) -
												POSTGRES_EPOCH_JDATE);
	ListCell   *lc;

	if (pr->create_only)
	{
		for (date = crmdb_align(crmdb_bound_to_date(pr->from), iv);
			 crmdb_date_to_bound(date) < pr->to;
			 date = crmdb_advance(date, iv, 1))
			plan_interval(run, pr, parts, date);
		return;
	}

	cur = crmdb_align(crmdb_timestamptz_date(run->now), iv);
	pr->horizon = date_bound_checked(pr, crmdb_advance(cur, iv, config->premake + 1));

	/* 1. premake */
	for (date = cur; crmdb_date_to_bound(date) < pr->horizon;
		 date = crmdb_advance(date, iv, 1))
		plan_interval(run, pr, parts, date);

	/* 2. history, from the oldest partition or DEFAULT row */
	foreach(lc, parts)
	{
		CrmdbPartition *p = lfirst(lc);

		if (p->is_default)
			continue;
		if (p->lo != CRMDB_BOUND_MIN && p->lo < oldest)
			oldest = p->lo;
		if (p->hi != CRMDB_BOUND_MAX && p->hi > newest)
			newest = p->hi;
	}
	start = cur;
	if (oldest < crmdb_date_to_bound(start))
		start = crmdb_align(crmdb_bound_to_date(Max(oldest, min_bound)), iv);
	if (OidIsValid(defpart))
	{
		bool		found;
		int64		dmin;

		dmin = crmdb_default_min_key(config, defpart, min_bound,
									 crmdb_date_to_bound(start), &found);
		if (found)
			start = crmdb_align(crmdb_bound_to_date(dmin), iv);
	}

	date = start;
	while (date < cur)
	{
		int64		hi = crmdb_date_to_bound(crmdb_advance(date, iv, 1));

		/*
		 * Below the retention cutoff only intervals holding rows of DEFAULT
		 * are worth creating: the others would be retired at once.  Jump to
		 * the next such row.
		 */
		if (pr->has_cutoff && hi <= pr->cutoff)
		{
			bool		found = false;
			int64		next = 0;

			if (OidIsValid(defpart))
				next = crmdb_default_min_key(config, defpart,
											 crmdb_date_to_bound(date),
											 Min(pr->cutoff,
												 crmdb_date_to_bound(cur)),
											 &found);
			if (!found)
			{
				/* nothing more below the cutoff: go on from the interval
				 * that contains it */
				date = crmdb_align(crmdb_bound_to_date(pr->cutoff), iv);
				continue;
			}
			date = crmdb_align(crmdb_bound_to_date(next), iv);
		}
		if (date >= cur)
			break;
		plan_interval(run, pr, parts, date);
		date = crmdb_advance(date, iv, 1);
	}

	/* 3. gaps up to partitions made by hand beyond the horizon */
	for (date = crmdb_bound_to_date(pr->horizon);
		 crmdb_date_to_bound(date) < newest;
		 date = crmdb_advance(date, iv, 1))
		plan_interval(run, pr, parts, date);
}

/* Plan retention: partitions wholly before the cutoff, oldest first. */
static void
plan_retire(MaintRun *run, ParentRun *pr, void *arg)
{
	List	   *parts = crmdb_list_partitions(pr->parent, pr->config.keytype);
	ListCell   *lc;

	foreach(lc, parts)
	{
		CrmdbPartition *p = lfirst(lc);
		MemoryContext oldcontext;
		Unit	   *unit;

		if (p->is_default || p->hi == CRMDB_BOUND_MAX || p->hi > pr->cutoff)
			continue;
		oldcontext = MemoryContextSwitchTo(run->cxt);
		unit = palloc0(sizeof(Unit));
		unit->kind = UNIT_RETIRE;
		unit->lo = p->lo;
		unit->hi = p->hi;
		unit->partition = p->relid;
		pr->units = lappend(pr->units, unit);
		MemoryContextSwitchTo(oldcontext);
	}
}

/* ----------------------------------------------------------------------
 * Execution
 * ----------------------------------------------------------------------
 */

typedef struct UnitArgs
{
	Unit	   *unit;
	CrmdbUnitResult result;
} UnitArgs;

static void
exec_unit(MaintRun *run, ParentRun *pr, void *arg)
{
	UnitArgs   *ua = (UnitArgs *) arg;
	Unit	   *unit = ua->unit;

	if (unit->kind == UNIT_CREATE)
		crmdb_create_partition(&pr->config, unit->lo, unit->hi,
							   unit->aligned, &ua->result);
	else
		crmdb_retire_partition(&pr->config, unit->partition, pr->cutoff,
							   &ua->result);

	/* copy what the caller reports into the call's memory */
	if (ua->result.partition_name)
		ua->result.partition_name =
			MemoryContextStrdup(run->cxt, ua->result.partition_name);
}

static const char *
retire_action(ParentRun *pr)
{
	switch (pr->config.retention_action)
	{
		case 'D':
			return "dropped";
		case 'a':
			return "archived";
		default:
			return "detached";
	}
}

/* Carry out the planned units of a table, one subtransaction each. */
static void
run_units(MaintRun *run, ParentRun *pr)
{
	ListCell   *lc;

	foreach(lc, pr->units)
	{
		Unit	   *unit = lfirst(lc);
		UnitArgs	ua;
		TimestampTz started = GetCurrentTimestamp();
		ErrorData  *edata;
		char	   *name;

		CHECK_FOR_INTERRUPTS();
		memset(&ua, 0, sizeof(ua));
		ua.unit = unit;
		edata = run_guarded(run, pr, exec_unit, &ua);

		if (edata)
		{
			char	   *relname;

			if (unit->kind == UNIT_CREATE)
			{
				relname = crmdb_partition_relname(get_rel_name(pr->parent),
												  unit->lo, unit->hi,
												  pr->config.interval,
												  unit->aligned);
				report_failure(run, pr, "create",
							   psprintf("create partition %s",
										range_detail(pr, quote_identifier(relname),
													 unit->lo, unit->hi)),
							   started, edata);
			}
			else
			{
				relname = get_rel_name(unit->partition);
				report_failure(run, pr,
							   pr->config.retention_action == 'D' ? "drop" :
							   pr->config.retention_action == 'a' ? "archive" : "detach",
							   psprintf("retire partition %s",
										range_detail(pr, relname ? quote_identifier(relname) : "?",
													 unit->lo, unit->hi)),
							   started, edata);
			}
			maybe_commit(run);
			continue;
		}
		if (!ua.result.done)
			continue;

		name = ua.result.partition_name;
		if (unit->kind == UNIT_CREATE)
		{
			MemoryContext oldcontext;

			run->ncreated++;
			emit(run, pr, "created", name, unit->lo, unit->hi, -1);
			log_action(run, pr, "created", range_detail(pr, name, unit->lo, unit->hi),
					   -1, started, NULL);
			if (ua.result.rows_moved > 0)
			{
				emit(run, pr, "moved", name, unit->lo, unit->hi,
					 ua.result.rows_moved);
				log_action(run, pr, "moved",
						   psprintf("DEFAULT -> %s",
									range_detail(pr, name, unit->lo, unit->hi)),
						   ua.result.rows_moved, started, NULL);
				if (pr->create_only)
					ereport(NOTICE,
							(errmsg_plural("moved " INT64_FORMAT " row from the DEFAULT partition of \"%s\" into \"%s\"",
										   "moved " INT64_FORMAT " rows from the DEFAULT partition of \"%s\" into \"%s\"",
										   ua.result.rows_moved,
										   ua.result.rows_moved, pr->name, name)));
			}
			oldcontext = MemoryContextSwitchTo(run->cxt);
			run->created = lappend(run->created, pstrdup(name));
			MemoryContextSwitchTo(oldcontext);
		}
		else
		{
			const char *action = retire_action(pr);

			emit(run, pr, action, name, unit->lo, unit->hi, -1);
			log_action(run, pr, action, range_detail(pr, name, unit->lo, unit->hi),
					   -1, started, NULL);
		}
		maybe_commit(run);
	}
	pr->units = NIL;
}

/* Step 5: say how many rows stay in DEFAULT. */
static void
check_default(MaintRun *run, ParentRun *pr, void *arg)
{
	List	   *parts = crmdb_list_partitions(pr->parent, pr->config.keytype);
	Oid			defpart = default_partition(parts);
	int64		beyond;
	int64		stuck;

	if (!OidIsValid(defpart))
		return;

	/*
	 * Only the ranges no partition covers can have rows in DEFAULT: count
	 * those, so as not to read the rows the drain has just moved out.
	 */
	beyond = crmdb_default_count(&pr->config, defpart,
								 crmdb_uncovered_pieces(parts, pr->horizon,
														CRMDB_BOUND_MAX),
								 false);
	stuck = crmdb_default_count(&pr->config, defpart,
								crmdb_uncovered_pieces(parts, CRMDB_BOUND_MIN,
													   pr->horizon),
								true);

	/* WARNINGs and log entries as the caller, after this subtransaction */
	((int64 *) arg)[0] = beyond;
	((int64 *) arg)[1] = stuck;
}

/*
 * Resolve a table: it exists and the caller owns it.  Takes no lock on it.
 */
static void
identify_parent(MaintRun *run, ParentRun *pr)
{
	HeapTuple	tuple;
	char	   *name;

	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(pr->parent));
	if (!HeapTupleIsValid(tuple))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", pr->parent),
				 errhint("Delete the configuration of tables that were dropped from crmdb.partition_config.")));
	pr->owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);

	name = crmdb_qualified_relname(pr->parent);
	pr->name = MemoryContextStrdup(run->cxt, name);

	if (!pg_class_ownercheck(pr->parent, run->caller))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be owner of table %s", name),
				 errdetail("Partition maintenance runs as the owner of the table.")));
}

/*
 * Read and check the table's configuration: it is range-partitioned as
 * configured, and the configuration is valid.
 */
static void
configure_parent(MaintRun *run, ParentRun *pr)
{
	SavedUser	saved;

	as_extension_owner(run, &saved);
	PG_TRY();
	{
		CrmdbPartConfig config;
		MemoryContext oldcontext;

		crmdb_load_partition_config(pr->parent, &config);
		oldcontext = MemoryContextSwitchTo(run->cxt);
		pr->config = config;
		pr->config.control_column = pstrdup(config.control_column);
		if (config.archive_schema)
			pr->config.archive_schema = pstrdup(config.archive_schema);
		MemoryContextSwitchTo(oldcontext);
	}
	PG_FINALLY();
	{
		restore_user(&saved);
	}
	PG_END_TRY();

	if (pr->config.has_retention)
	{
		Datum		cutoff;

		cutoff = DirectFunctionCall2(timestamp_mi_interval,
									 TimestampGetDatum((Timestamp) run->now),
									 IntervalPGetDatum(&pr->config.retention));
		pr->cutoff = DatumGetTimestamp(cutoff);
		pr->has_cutoff = !TIMESTAMP_NOT_FINITE(pr->cutoff);
	}
}

static void
identify_guarded(MaintRun *run, ParentRun *pr, void *arg)
{
	identify_parent(run, (ParentRun *) arg);
}

static void
configure_guarded(MaintRun *run, ParentRun *pr, void *arg)
{
	configure_parent(run, (ParentRun *) arg);
}

/* Take the table's advisory lock without waiting. */
static bool
lock_parent(MaintRun *run, Oid parent)
{
	LOCKTAG		tag;

	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, CRMDB_PARTITION_LOCK_KEY,
						 (uint32) parent, 2);
	return LockAcquire(&tag, ExclusiveLock, run->session_lock, true)
		!= LOCKACQUIRE_NOT_AVAIL;
}

static void
unlock_parent(MaintRun *run, Oid parent)
{
	LOCKTAG		tag;

	if (!run->session_lock)
		return;
	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, CRMDB_PARTITION_LOCK_KEY,
						 (uint32) parent, 2);
	LockRelease(&tag, ExclusiveLock, true);
}

/*
 * The steps for one table, holding its advisory lock.  Each step that
 * fails is reported and the next one is tried.
 */
static void
maintain_locked(MaintRun *run, ParentRun *pr)
{
	TimestampTz started;
	ErrorData  *edata;
	int64		counts[2] = {0, 0};
	bool		planned;

	/* 1-3: create */
	started = GetCurrentTimestamp();
	edata = run_guarded(run, pr, plan_create, NULL);
	planned = (edata == NULL);
	if (edata)
	{
		report_failure(run, pr, "plan", "plan the partitions to create",
					   started, edata);
		maybe_commit(run);
	}
	else
		run_units(run, pr);

	if (pr->create_only)
		return;

	/* 4: retention, after the premake */
	if (pr->has_cutoff)
	{
		started = GetCurrentTimestamp();
		edata = run_guarded(run, pr, plan_retire, NULL);
		if (edata)
		{
			report_failure(run, pr, "plan", "plan the partitions to retire",
						   started, edata);
			maybe_commit(run);
		}
		else
			run_units(run, pr);
	}

	/* 5: what stays in DEFAULT (the horizon is known once planned) */
	if (!planned)
		return;
	started = GetCurrentTimestamp();
	edata = run_guarded(run, pr, check_default, counts);
	if (edata)
	{
		report_failure(run, pr, "check", "count the rows in the DEFAULT partition",
					   started, edata);
		maybe_commit(run);
		return;
	}
	if (counts[0] > 0)
	{
		char	   *horizon = crmdb_bound_text(pr->horizon, pr->config.keytype);

		ereport(WARNING,
				(errmsg_plural(INT64_FORMAT " row of table \"%s\" stays in its DEFAULT partition beyond the premake horizon %s",
							   INT64_FORMAT " rows of table \"%s\" stay in its DEFAULT partition beyond the premake horizon %s",
							   counts[0], counts[0], pr->name, horizon),
				 errdetail("Rows are moved into partitions only up to premake (%d) intervals after the current one.",
						   pr->config.premake),
				 errhint("Check their \"%s\", or create their partitions with crmdb.create_partitions().",
						 pr->config.control_column)));
		log_action(run, pr, "beyond_horizon",
				   psprintf("rows in DEFAULT at or after %s", horizon),
				   counts[0], started, NULL);
	}
	if (counts[1] > 0)
	{
		ereport(WARNING,
				(errmsg_plural(INT64_FORMAT " row of table \"%s\" before the premake horizon is still in its DEFAULT partition",
							   INT64_FORMAT " rows of table \"%s\" before the premake horizon are still in its DEFAULT partition",
							   counts[1], counts[1], pr->name),
				 errdetail("They belong to partitions that could not be created in this run, or their \"%s\" is NULL or outside the years %d to %d.",
						   pr->config.control_column,
						   CRMDB_MIN_YEAR, CRMDB_MAX_YEAR),
				 errhint("See the warnings above and crmdb.maintenance_log; the next run tries again.")));
		log_action(run, pr, "left_in_default",
				   "rows in DEFAULT before the horizon", counts[1], started,
				   NULL);
	}
	maybe_commit(run);
}

/*
 * Maintain one table.  If explicit, the table was named by the caller:
 * a table that does not exist, is not owned by the caller or is not
 * validly configured is an error.  Otherwise it is a WARNING and the
 * caller goes on with the next table.
 */
static void
maintain_parent(MaintRun *run, Oid parent, bool explicit, ParentRun *proto)
{
	ParentRun  *pr;
	MemoryContext oldcontext;
	TimestampTz started = GetCurrentTimestamp();

	oldcontext = MemoryContextSwitchTo(run->cxt);
	pr = palloc0(sizeof(ParentRun));
	if (proto)
		*pr = *proto;
	pr->parent = parent;
	pr->name = psprintf("OID %u", parent);
	MemoryContextSwitchTo(oldcontext);

	if (explicit)
		identify_parent(run, pr);
	else
	{
		ErrorData  *edata = run_guarded(run, NULL, identify_guarded, pr);

		if (edata)
		{
			report_failure(run, pr, "check", "check the table",
						   started, edata);
			maybe_commit(run);
			return;
		}
	}

	/* before any lock on the table: a second run must not queue */
	if (!lock_parent(run, parent))
	{
		ereport(WARNING,
				(errcode(ERRCODE_LOCK_NOT_AVAILABLE),
				 errmsg("partition maintenance of table \"%s\" is already running in another session",
						pr->name),
				 errdetail("This run skipped the table; the other run maintains it.")));
		log_action(run, pr, "skipped",
				   "another session holds the table's maintenance lock", -1,
				   started, NULL);
		maybe_commit(run);
		return;
	}

	PG_TRY();
	{
		ErrorData  *edata = NULL;

		if (explicit)
			configure_parent(run, pr);
		else
			edata = run_guarded(run, NULL, configure_guarded, pr);

		if (edata)
		{
			report_failure(run, pr, "check", "check the table's configuration",
						   started, edata);
			maybe_commit(run);
		}
		else
			maintain_locked(run, pr);
	}
	PG_FINALLY();
	{
		unlock_parent(run, parent);
	}
	PG_END_TRY();
}

/*
 * The configured tables, read as the extension's owner, copied into the
 * run's memory context.
 */
static List *
configured_parents(MaintRun *run)
{
	SavedUser	saved;
	List	   *volatile parents = NIL;

	as_extension_owner(run, &saved);
	PG_TRY();
	{
		List	   *list = crmdb_configured_parents();
		MemoryContext oldcontext = MemoryContextSwitchTo(run->cxt);

		parents = list_copy(list);
		MemoryContextSwitchTo(oldcontext);
	}
	PG_FINALLY();
	{
		restore_user(&saved);
	}
	PG_END_TRY();

	return parents;
}

/*
 * Maintain one table, or every configured table (all).
 */
static void
maintain(MaintRun *run, bool all, Oid parent)
{
	SavedUser	saved;

	if (!all)
		maintain_parent(run, parent, true, NULL);
	else
	{
		List	   *parents = configured_parents(run);
		ListCell   *lc;

		foreach(lc, parents)
			maintain_parent(run, lfirst_oid(lc), false, NULL);
	}

	as_extension_owner(run, &saved);
	crmdb_log_prune();
	restore_user(&saved);
}

static TimestampTz
check_now(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	TimestampTz now;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", argname),
				 errhint("Leave %s out to use the current time.", argname)));
	now = PG_GETARG_TIMESTAMPTZ(argno);
	if (TIMESTAMP_NOT_FINITE(now))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be a finite timestamp", argname)));
	return now;
}

/*
 * run_maintenance(p_parent regclass DEFAULT NULL,
 *				   p_now timestamptz DEFAULT now())
 * RETURNS TABLE (parent_table regclass, action text, partition_name text,
 *				  range_from text, range_to text, rows_affected bigint)
 *
 * Maintains the partitions of p_parent, or of every table in
 * crmdb.partition_config when p_parent is NULL, as of p_now: premake,
 * history without gaps, DEFAULT drained up to the horizon, retention.
 * One row per thing done; action is created, moved, detached, dropped or
 * archived.  Everything happens in the caller's transaction.
 */
Datum
run_maintenance(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			parent = PG_ARGISNULL(0) ? InvalidOid : PG_GETARG_OID(0);
	TimestampTz now = check_now(fcinfo, 1, "p_now");
	MaintRun	run;

	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	run_init(&run, now);
	run.tupstore = rsinfo->setResult;
	run.tupdesc = rsinfo->setDesc;
	maintain(&run, PG_ARGISNULL(0), parent);

	SPI_finish();
	return (Datum) 0;
}

/*
 * run_maintenance_proc(p_parent regclass DEFAULT NULL,
 *						p_now timestamptz DEFAULT now())
 *
 * The procedure form of run_maintenance() for pg_cron: the same work,
 * committed after each unit (one partition created and filled, one
 * retired).  Must be CALLed outside a transaction block.  What it does is
 * in crmdb.maintenance_log.
 */
Datum
run_maintenance_proc(PG_FUNCTION_ARGS)
{
	Oid			parent = PG_ARGISNULL(0) ? InvalidOid : PG_GETARG_OID(0);
	TimestampTz now = check_now(fcinfo, 1, "p_now");
	MaintRun	run;
	MemoryContext cxt;

	if (fcinfo->context == NULL || !IsA(fcinfo->context, CallContext) ||
		castNode(CallContext, fcinfo->context)->atomic)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TRANSACTION_TERMINATION),
				 errmsg("crmdb.run_maintenance_proc() must be called outside a transaction block"),
				 errdetail("It commits after each partition it creates, fills or retires."),
				 errhint("Use CALL crmdb.run_maintenance_proc() on its own, or SELECT * FROM crmdb.run_maintenance() inside a transaction.")));

	if (SPI_connect_ext(SPI_OPT_NONATOMIC) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* the call's memory must survive the commits */
	cxt = AllocSetContextCreate(TopMemoryContext, "crmdb maintenance",
								ALLOCSET_DEFAULT_SIZES);
	PG_TRY();
	{
		MemoryContext oldcontext = MemoryContextSwitchTo(cxt);

		run_init(&run, now);
		run.cxt = cxt;
		run.nonatomic = true;
		run.session_lock = true;
		maintain(&run, PG_ARGISNULL(0), parent);
		MemoryContextSwitchTo(oldcontext);
	}
	PG_FINALLY();
	{
		MemoryContextDelete(cxt);
	}
	PG_END_TRY();

	SPI_finish();
	PG_RETURN_VOID();
}

/*
 * create_partitions(p_parent regclass, p_from timestamptz, p_to timestamptz)
 * RETURNS SETOF text
 *
 * Creates the partitions of p_parent (which must be configured) for every
 * interval that overlaps [p_from, p_to), past or future, and moves the
 * rows of those ranges out of DEFAULT: the way to make room before loading
 * history.  Returns the names of the partitions created; existing ones are
 * left alone.  Unlike run_maintenance(), the first failure is an error.
 */
Datum
create_partitions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			parent;
	TimestampTz from;
	TimestampTz to;
	MaintRun	run;
	ParentRun	proto;
	ListCell   *lc;
	SavedUser	saved;
	MemoryContext oldcontext;
	TupleDesc	tupdesc;
	Tuplestorestate *tupstore;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("p_parent must not be null")));
	parent = PG_GETARG_OID(0);
	from = check_now(fcinfo, 1, "p_from");
	to = check_now(fcinfo, 2, "p_to");
	if (from >= to)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("p_from must be earlier than p_to"),
				 errdetail("The partitions covering [p_from, p_to) are created.")));

	/* a set of text: build the result's descriptor and tuplestore here */
	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	tupdesc = CreateTemplateTupleDesc(1);
	TupleDescInitEntry(tupdesc, (AttrNumber) 1, "create_partitions", TEXTOID, -1, 0);
	tupstore = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
									 false, work_mem);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tupstore;
	rsinfo->setDesc = tupdesc;
	MemoryContextSwitchTo(oldcontext);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	run_init(&run, GetCurrentTransactionStartTimestamp());
	run.fail_hard = true;

	memset(&proto, 0, sizeof(proto));
	proto.create_only = true;
	proto.from = (int64) from;
	proto.to = (int64) to;
	maintain_parent(&run, parent, true, &proto);

	foreach(lc, run.created)
	{
		Datum		value = CStringGetTextDatum((char *) lfirst(lc));
		bool		isnull = false;

		tuplestore_putvalues(tupstore, tupdesc, &value, &isnull);
	}

	as_extension_owner(&run, &saved);
	crmdb_log_prune();
	restore_user(&saved);

	SPI_finish();
	return (Datum) 0;
}

/*
 * partition_range(p_partition regclass,
 *				   OUT range_from text, OUT range_to text,
 *				   OUT is_default boolean)
 *
 * The bounds of a partition of a range-partitioned table, in the same
 * ISO 8601 form in every session (see partition_bounds.c).  NULLs if the
 * relation is not a partition.  Used by the view crmdb.partitions.
 */
Datum
partition_range(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {true, true, true};
	CrmdbPartition bounds;
	Oid			parent;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	if (get_rel_relispartition(relid) &&
		OidIsValid(parent = get_partition_parent(relid, true)))
	{
		Relation	rel = try_relation_open(parent, AccessShareLock);

		if (rel != NULL)
		{
			PartitionKey key = RelationGetPartitionKey(rel);

			if (key->strategy == PARTITION_STRATEGY_RANGE &&
				key->partnatts == 1 &&
				(key->parttypid[0] == DATEOID ||
				 key->parttypid[0] == TIMESTAMPOID ||
				 key->parttypid[0] == TIMESTAMPTZOID) &&
				crmdb_partition_get_bounds(relid, key->parttypid[0], &bounds))
			{
				nulls[2] = false;
				values[2] = BoolGetDatum(bounds.is_default);
				if (!bounds.is_default)
				{
					values[0] = CStringGetTextDatum(crmdb_bound_text(bounds.lo, key->parttypid[0]));
					values[1] = CStringGetTextDatum(crmdb_bound_text(bounds.hi, key->parttypid[0]));
					nulls[0] = nulls[1] = false;
				}
			}
			relation_close(rel, AccessShareLock);
		}
	}

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/*
 * crmdb_partition_install
 *		Called at the end of crmdb.install(): configure the three
 *		partitioned tables (quarterly, premake 4, no retention) and run the
 *		maintenance once, so that a fresh install has the current quarter
 *		and the next four.  Any failure fails install().
 */
void
crmdb_partition_install(void)
{
	static const char *const tables[][2] = {
		{"payment_service", "payments"},
		{"workflow_service", "action_records"},
		{"workflow_service", "customer_agents"}
	};
	Oid			relids[lengthof(tables)];
	MaintRun	run;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	for (int i = 0; i < lengthof(tables); i++)
	{
		Oid			argtypes[1] = {OIDOID};
		Datum		args[1];

		relids[i] = get_relname_relid(tables[i][1],
									  get_namespace_oid(tables[i][0], false));
		if (!OidIsValid(relids[i]))
			elog(ERROR, "table %s.%s was not created", tables[i][0], tables[i][1]);
		args[0] = ObjectIdGetDatum(relids[i]);
		crmdb_spi_exec_args("INSERT INTO crmdb.partition_config (parent_table)"
							" VALUES ($1::pg_catalog.regclass)",
							1, argtypes, args, NULL, false, SPI_OK_INSERT);
	}

	run_init(&run, GetCurrentTransactionStartTimestamp());
	run.fail_hard = true;
	for (int i = 0; i < lengthof(tables); i++)
		maintain_parent(&run, relids[i], true, NULL);

	SPI_finish();
}
