/*-------------------------------------------------------------------------
 *
 * refresh.c
 *	  crmdb.refresh_views(), crmdb.refresh_views_proc() and
 *	  crmdb.view_staleness(): refresh the materialized views of the CRM in
 *	  dependency order, without blocking their readers, skipping exactly the
 *	  views whose sources did not change.
 *
 * For each view, in an order where a view comes after the views it reads
 * (view_sources.c):
 *	1. decide whether it changed: with change tracking (change_tracking.c)
 *	   a view is skipped when the fingerprint recorded by its last refresh
 *	   (epoch, set of tracked relations, sum of their generations) still
 *	   matches, no commit touching it is under way and the current
 *	   transaction did not write it; see README.md (section "Materialized view refresh") for why this never
 *	   misses a change;
 *	2. otherwise refresh it in a subtransaction of its own, with
 *	   lock_timeout = crmdb.lock_timeout: take the view's lock, read the
 *	   generations, then run REFRESH MATERIALIZED VIEW (CONCURRENTLY when
 *	   the view is populated and has a usable unique index) through SPI,
 *	   which takes its snapshot after the read.  A lock timeout reports
 *	   skipped_locked, any other error failed; the other views go on;
 *	3. log the outcome in crmdb.maintenance_log and record it, with the
 *	   fingerprint, in crmdb.view_refresh_state.
 *
 * REFRESH runs as the caller, who must own the view (or be a member of the
 * owning role, or superuser); core switches to the view's owner for the
 * view's query.  crmdb's bookkeeping tables are written as their owner,
 * with noting of changes suspended.
 *
 * The function runs everything in the caller's transaction; the
 * procedure commits after each view, so that a plain REFRESH does not keep
 * its lock, and a late failure loses nothing.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/refresh.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/twophase.h"
#include "access/xact.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_class.h"
#include "catalog/pg_index.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "support/support.h"
#include "refresh/refresh.h"

PG_FUNCTION_INFO_V1(refresh_views);
PG_FUNCTION_INFO_V1(refresh_views_proc);
PG_FUNCTION_INFO_V1(view_staleness);

#define ACTION_REFRESHED			"refreshed"
#define ACTION_REFRESHED_CONC		"refreshed_concurrently"
#define ACTION_REFRESHED_INCR		"refreshed_incremental"
#define ACTION_SKIPPED_UNCHANGED	"skipped_unchanged"
#define ACTION_SKIPPED_LOCKED		"skipped_locked"
#define ACTION_FAILED				"failed"

/* What the last refresh of a view recorded */
typedef struct StoredState
{
	bool		exists;			/* crmdb refreshed the view before */
	bool		valid;			/* ... with a fingerprint */
	int64		epoch;
	Oid		   *relations;
	int			nrelations;
	int64		generation;
	char	   *change_snapshot;	/* what the last refresh read (payment
									 * views), as text, or NULL */
	char	   *change_xid;
	char	   *delta_snapshot; /* taken after it, when it was full */
} StoredState;

/* One view handled by a call */
typedef struct ViewTask
{
	Oid			viewid;
	char	   *name;			/* quoted, schema-qualified */
	CrmdbViewSources *src;
	uint32	   *slots;			/* distinct change tracking slots */
	int			nslots;
	bool		owned;			/* the caller may refresh it */
	StoredState stored;

	/* outcome */
	const char *action;
	char	   *detail;
	int64		rows;			/* -1 when not refreshed */
	TimestampTz started_at;
	double		duration_ms;
	char	   *sqlstate;
	char	   *error_message;

	/* fingerprint read before the refresh */
	bool		record;
	uint64		generation;

	/* incremental refresh (incremental.c) */
	int			ivm_kind;		/* shipped payment or workflow view, or -1 */
	bool		try_incremental;
	const char *mode;			/* "incremental" or "full" */
	char	   *change_snapshot;	/* recorded by this refresh */
	char	   *change_xid;
	char	   *delta_snapshot;
} ViewTask;

/* The columns of crmdb.view_refresh_state that load_state() reads */
#define STATE_NCOLUMNS 8

/* Saved identity while writing crmdb's own tables */
typedef struct Bookkeeping
{
	Oid			save_userid;
	int			save_sec_context;
	bool		save_suspended;
} Bookkeeping;

static void run_refresh(ArrayType *views, bool force, bool nonatomic,
						ReturnSetInfo *rsinfo);
static List *explicit_views(ArrayType *views);
static List *service_schema_views(void);
static ViewTask *build_tasks(List *ordered, int *ntasks);
static void compute_slots(ViewTask *task);
static bool load_state(ViewTask *tasks, int ntasks);
static Oid	state_table(void);
static char *state_text(TupleTableSlot *slot, AttrNumber attnum);
static const char *change_reason(ViewTask *task, bool *incremental_ok);
static void process_view(ViewTask *task, bool force, ViewTask *done,
						 int ndone);
static bool task_refreshed(const ViewTask *task);
static void refresh_one(ViewTask *task);
static bool view_is_populated(Oid viewid);
static bool can_refresh_concurrently(Oid viewid);
static bool prepared_xacts_exist(void);
static void bookkeeping_begin(Bookkeeping *bk);
static void bookkeeping_end(Bookkeeping *bk);
static void save_states(ViewTask *tasks, int ntasks);
static void save_refreshed(ViewTask *task);
static void log_task(ViewTask *task);
static void forget_dropped_views(void);
static void prune_log(void);

/*
 * crmdb.refresh_views(p_views regclass[] DEFAULT NULL,
 *					   p_force boolean DEFAULT false)
 * RETURNS TABLE (view_name regclass, action text, rows bigint,
 *				  duration_ms double precision)
 *
 * p_views: the materialized views to handle; NULL means every
 *		materialized view in the four service schemas.
 * p_force: refresh even views whose sources did not change.
 *
 * Returns one row per view, in the order handled.  Runs in the caller's
 * transaction.
 */
Datum
refresh_views(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("p_force must not be null")));

	InitMaterializedSRF(fcinfo, 0);
	run_refresh(PG_ARGISNULL(0) ? NULL : PG_GETARG_ARRAYTYPE_P(0),
				PG_GETARG_BOOL(1), false, rsinfo);
	return (Datum) 0;
}

/*
 * CALL crmdb.refresh_views_proc(p_views regclass[] DEFAULT NULL,
 *								 p_force boolean DEFAULT false)
 *
 * The same as crmdb.refresh_views(), but commits after each view: meant
 * for pg_cron.  Must be called outside a transaction block.
 */
Datum
refresh_views_proc(PG_FUNCTION_ARGS)
{
	bool		atomic = true;

	if (fcinfo->context && IsA(fcinfo->context, CallContext))
		atomic = ((CallContext *) fcinfo->context)->atomic;
	if (atomic)
		ereport(ERROR,
				(errcode(ERRCODE_ACTIVE_SQL_TRANSACTION),
				 errmsg("crmdb.refresh_views_proc() cannot run inside a transaction block"),
				 errdetail("The procedure commits after each view."),
				 errhint("Call it on its own, or use SELECT * FROM crmdb.refresh_views() inside a transaction.")));
	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("p_force must not be null")));

	run_refresh(PG_ARGISNULL(0) ? NULL : PG_GETARG_ARRAYTYPE_P(0),
				PG_GETARG_BOOL(1), true, NULL);
	PG_RETURN_VOID();
}

/*
 * crmdb.view_staleness(p_view regclass, p_last_refresh timestamptz,
 *						p_epoch bigint, p_relations oid[],
 *						p_generation bigint, OUT is_stale boolean,
 *						OUT stale_reason text, OUT source_tables regclass[],
 *						OUT refresh_mode text)
 *
 * Used by crmdb.view_status: whether the view would be refreshed by the
 * next call (and why), given the columns last_refresh, tracking_epoch,
 * tracked_relations and tracked_generation of its crmdb.view_refresh_state
 * row (NULL when it has none); what it reads; and whether its next
 * refresh would run CONCURRENTLY or plain.
 */
Datum
view_staleness(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	ViewTask	task;
	const char *reason;
	Datum	   *elems;
	int			n;
	ListCell   *lc;
	HeapTuple	tup;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");

	memset(&task, 0, sizeof(task));
	task.viewid = PG_GETARG_OID(0);
	if (get_rel_relkind(task.viewid) != RELKIND_MATVIEW)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("relation with OID %u is not a materialized view",
						task.viewid)));
	task.src = crmdb_view_sources(task.viewid);
	compute_slots(&task);

	task.stored.exists = !PG_ARGISNULL(1);
	if (task.stored.exists &&
		!PG_ARGISNULL(2) && !PG_ARGISNULL(3) && !PG_ARGISNULL(4))
	{
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(3);
		bool	   *elemnulls;
		int			i;

		task.stored.valid = true;
		task.stored.epoch = PG_GETARG_INT64(2);
		task.stored.generation = PG_GETARG_INT64(4);
		deconstruct_array(arr, OIDOID, sizeof(Oid), true, TYPALIGN_INT,
						  &elems, &elemnulls, &n);
		task.stored.relations = palloc(Max(n, 1) * sizeof(Oid));
		for (i = 0; i < n; i++)
			task.stored.relations[i] = elemnulls[i] ? InvalidOid :
				DatumGetObjectId(elems[i]);
		task.stored.nrelations = n;
	}

	reason = change_reason(&task, NULL);
	values[0] = BoolGetDatum(reason != NULL);
	if (reason)
		values[1] = CStringGetTextDatum(reason);
	else
		nulls[1] = true;

	n = list_length(task.src->sources);
	elems = palloc(Max(n, 1) * sizeof(Datum));
	n = 0;
	foreach(lc, task.src->sources)
		elems[n++] = ObjectIdGetDatum(lfirst_oid(lc));
	values[2] = PointerGetDatum(construct_array(elems, n, REGCLASSOID,
												sizeof(Oid), true,
												TYPALIGN_INT));
	values[3] = CStringGetTextDatum(can_refresh_concurrently(task.viewid) ?
									"concurrently" : "plain");

	tup = heap_form_tuple(tupdesc, values, nulls);
	PG_RETURN_DATUM(HeapTupleGetDatum(tup));
}

/*
 * The work shared by the function and the procedure.
 */
static void
run_refresh(ArrayType *views, bool force, bool nonatomic,
			ReturnSetInfo *rsinfo)
{
	List	   *viewids;
	List	   *ordered;
	ViewTask   *tasks;
	int			ntasks;
	int			i;
	bool		stale_state;
	bool		logged = false;
	int			nrefreshed = 0,
				nskipped = 0,
				nlocked = 0,
				nfailed = 0;
	StringInfoData failed;
	StringInfoData locked;

	if (SPI_connect_ext(nonatomic ? SPI_OPT_NONATOMIC : 0) != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	viewids = views ? explicit_views(views) : service_schema_views();
	ordered = crmdb_order_views(viewids);
	tasks = build_tasks(ordered, &ntasks);
	stale_state = load_state(tasks, ntasks);

	if (!crmdb_change_tracking_active())
		ereport(NOTICE,
				(errmsg("change tracking is inactive, so every materialized view is refreshed"),
				 errhint("Add crmdb to shared_preload_libraries and restart the server to let crmdb.refresh_views() skip unchanged views.")));
	else if (IsolationUsesXactSnapshot())
		ereport(NOTICE,
				(errmsg("views refreshed in a REPEATABLE READ or SERIALIZABLE transaction are refreshed again by the next call"),
				 errdetail("The transaction's snapshot was taken before the changes were counted, so the refresh cannot record which changes it saw."),
				 errhint("Call crmdb.refresh_views() in a READ COMMITTED transaction.")));

	if (nonatomic && stale_state)
		forget_dropped_views();

	for (i = 0; i < ntasks; i++)
	{
		ViewTask   *task = &tasks[i];

		CHECK_FOR_INTERRUPTS();
		process_view(task, force, tasks, i);
		if (task->action != NULL &&
			strcmp(task->action, ACTION_SKIPPED_UNCHANGED) != 0)
		{
			log_task(task);
			logged = true;
		}
		if (nonatomic)
		{
			save_states(task, 1);
			SPI_commit();
		}
	}

	if (!nonatomic)
	{
		/* after every refresh, so that the claims cover all of them */
		save_states(tasks, ntasks);
		if (stale_state)
			forget_dropped_views();
	}
	/* the log of changes, when a payment view applied some of it */
	for (i = 0; i < ntasks; i++)
	{
		if (tasks[i].ivm_kind >= 0 && task_refreshed(&tasks[i]))
		{
			crmdb_ivm_cleanup();
			break;
		}
	}
	/* the log is capped whenever it is written */
	if (logged)
		prune_log();

	initStringInfo(&failed);
	initStringInfo(&locked);
	for (i = 0; i < ntasks; i++)
	{
		ViewTask   *task = &tasks[i];

		if (strcmp(task->action, ACTION_FAILED) == 0)
		{
			nfailed++;
			appendStringInfo(&failed, "%s%s (%s)", failed.len > 0 ? ", " : "",
							 task->name, task->error_message);
		}
		else if (strcmp(task->action, ACTION_SKIPPED_LOCKED) == 0)
		{
			nlocked++;
			appendStringInfo(&locked, "%s%s", locked.len > 0 ? ", " : "",
							 task->name);
		}
		else if (strcmp(task->action, ACTION_SKIPPED_UNCHANGED) == 0)
			nskipped++;
		else
			nrefreshed++;

		if (rsinfo)
		{
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			values[0] = ObjectIdGetDatum(task->viewid);
			values[1] = CStringGetTextDatum(task->action);
			if (task->rows >= 0)
				values[2] = Int64GetDatum(task->rows);
			else
				nulls[2] = true;
			values[3] = Float8GetDatum(task->duration_ms);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc,
								 values, nulls);
		}
	}

	if (nonatomic)
		ereport(NOTICE,
				(errmsg("materialized views: %d refreshed, %d unchanged, %d locked, %d failed",
						nrefreshed, nskipped, nlocked, nfailed)));

	if (nfailed + nlocked > 0)
	{
		StringInfoData detail;

		initStringInfo(&detail);
		if (nfailed > 0)
			appendStringInfo(&detail, "Failed: %s.", failed.data);
		if (nlocked > 0)
			appendStringInfo(&detail, "%sLocked by another session: %s.",
							 nfailed > 0 ? " " : "", locked.data);
		ereport(WARNING,
				(errmsg("%d of %d materialized views could not be refreshed",
						nfailed + nlocked, ntasks),
				 errdetail_internal("%s", detail.data),
				 errhint("See crmdb.maintenance_log for details. A view locked by another session is refreshed by the next call; crmdb.lock_timeout sets how long a refresh waits for its lock.")));
	}

	SPI_finish();
}

/*
 * The views named by p_views: each must be a materialized view the caller
 * may refresh.  Duplicates are handled once.
 */
static List *
explicit_views(ArrayType *views)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	List	   *result = NIL;

	deconstruct_array(views, REGCLASSOID, sizeof(Oid), true, TYPALIGN_INT,
					  &elems, &nulls, &n);
	for (i = 0; i < n; i++)
	{
		Oid			relid;
		char		relkind;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("p_views must not contain NULL")));
		relid = DatumGetObjectId(elems[i]);
		relkind = get_rel_relkind(relid);
		if (relkind == '\0')
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("relation with OID %u does not exist", relid)));
		if (relkind != RELKIND_MATVIEW)
			ereport(ERROR,
					(errcode(ERRCODE_WRONG_OBJECT_TYPE),
					 errmsg("\"%s\" is not a materialized view",
							crmdb_qualified_relname(relid)),
					 errdetail("crmdb.refresh_views() refreshes materialized views only.")));
		if (!pg_class_ownercheck(relid, GetUserId()))
			aclcheck_error(ACLCHECK_NOT_OWNER, OBJECT_MATVIEW,
						   get_rel_name(relid));
		result = list_append_unique_oid(result, relid);
	}
	return result;
}

/*
 * Every materialized view in the four service schemas, users' own views
 * there included.
 */
static List *
service_schema_views(void)
{
	Oid			nsps[CRMDB_NUM_SERVICE_SCHEMAS];
	Relation	pg_class;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	List	   *result = NIL;
	int			k;

	for (k = 0; k < CRMDB_NUM_SERVICE_SCHEMAS; k++)
		nsps[k] = get_namespace_oid(crmdb_service_schemas[k], true);

	/* pg_class has no index on relkind or relnamespace alone: one scan */
	pg_class = table_open(RelationRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_class_relkind, BTEqualStrategyNumber,
				F_CHAREQ, CharGetDatum(RELKIND_MATVIEW));
	scan = systable_beginscan(pg_class, InvalidOid, false, NULL, 1, &key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		Form_pg_class form = (Form_pg_class) GETSTRUCT(tup);

		for (k = 0; k < CRMDB_NUM_SERVICE_SCHEMAS; k++)
		{
			if (OidIsValid(nsps[k]) && form->relnamespace == nsps[k])
			{
				result = lappend_oid(result, form->oid);
				break;
			}
		}
	}
	systable_endscan(scan);
	table_close(pg_class, AccessShareLock);

	list_sort(result, list_oid_cmp);
	return result;
}

static ViewTask *
build_tasks(List *ordered, int *ntasks)
{
	ViewTask   *tasks = palloc0(Max(list_length(ordered), 1) * sizeof(ViewTask));
	ListCell   *lc;
	int			n = 0;

	foreach(lc, ordered)
	{
		CrmdbViewSources *src = (CrmdbViewSources *) lfirst(lc);
		ViewTask   *task = &tasks[n++];

		task->viewid = src->viewid;
		task->name = crmdb_qualified_relname(src->viewid);
		task->src = src;
		task->owned = pg_class_ownercheck(src->viewid, GetUserId());
		task->rows = -1;
		task->ivm_kind = crmdb_ivm_kind(src->viewid);
		compute_slots(task);
	}
	*ntasks = n;
	return tasks;
}

static int
uint32_cmp(const void *a, const void *b)
{
	uint32		x = *(const uint32 *) a;
	uint32		y = *(const uint32 *) b;

	return (x > y) - (x < y);
}

/*
 * The distinct slots of the view's tracked relations, plus the database's
 * wildcard slot.
 */
static void
compute_slots(ViewTask *task)
{
	int			i,
				n = 0;

	task->nslots = 0;
	task->slots = NULL;
	if (!crmdb_change_tracking_active())
		return;

	task->slots = palloc((task->src->ntracked + 1) * sizeof(uint32));
	for (i = 0; i < task->src->ntracked; i++)
		task->slots[n++] = crmdb_change_tracking_slot(task->src->tracked[i]);
	task->slots[n++] = crmdb_change_tracking_slot(InvalidOid);
	qsort(task->slots, n, sizeof(uint32), uint32_cmp);
	task->nslots = 0;
	for (i = 0; i < n; i++)
	{
		if (task->nslots == 0 || task->slots[task->nslots - 1] != task->slots[i])
			task->slots[task->nslots++] = task->slots[i];
	}
}

/*
 * Run one INSERT of the bookkeeping (crmdb.view_refresh_state), as
 * bookkeeping_begin() sets it up, restoring the caller's state whatever
 * happens.
 */
static void
bookkeeping_insert(const char *sql, int nargs, Oid *argtypes, Datum *values,
				   const char *nulls)
{
	Bookkeeping bk;

	bookkeeping_begin(&bk);
	PG_TRY();
	{
		crmdb_spi_exec_args(sql, nargs, argtypes, values, nulls, false,
							SPI_OK_INSERT);
	}
	PG_FINALLY();
	{
		bookkeeping_end(&bk);
	}
	PG_END_TRY();
}

/*
 * The OID of crmdb.view_refresh_state.
 */
static Oid
state_table(void)
{
	Oid			relid;

	relid = get_relname_relid("view_refresh_state",
							  get_namespace_oid(CRMDB_SCHEMA, false));
	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table crmdb.view_refresh_state does not exist"),
				 errhint("Reinstall the crmdb extension.")));
	return relid;
}

/*
 * A column of a crmdb.view_refresh_state row as text, or NULL.
 */
static char *
state_text(TupleTableSlot *slot, AttrNumber attnum)
{
	Form_pg_attribute att = TupleDescAttr(slot->tts_tupleDescriptor,
										  attnum - 1);
	Oid			typoutput;
	bool		typisvarlena;
	bool		isnull;
	Datum		d = slot_getattr(slot, attnum, &isnull);

	if (isnull)
		return NULL;
	getTypeOutputInfo(att->atttypid, &typoutput, &typisvarlena);
	return OidOutputFunctionCall(typoutput, d);
}

/*
 * Read the crmdb.view_refresh_state rows of the tasks.  Returns whether
 * the table holds a row of a materialized view that no longer exists.
 */
static bool
load_state(ViewTask *tasks, int ntasks)
{
	static const char *const columns[STATE_NCOLUMNS] = {
		"view_oid", "tracking_epoch", "tracked_relations",
		"tracked_generation", "change_snapshot", "change_xid", "last_refresh",
		"delta_snapshot"
	};
	Oid			relid;
	Relation	rel;
	AttrNumber	attnums[STATE_NCOLUMNS];
	Snapshot	snapshot;
	TableScanDesc scan;
	TupleTableSlot *slot;
	bool		stale = false;
	int			c;

	/*
	 * A plain scan of a table of one row per view: no SQL to parse and plan,
	 * which is most of the cost of a call that finds nothing changed.
	 */
	relid = state_table();
	rel = table_open(relid, AccessShareLock);
	for (c = 0; c < STATE_NCOLUMNS; c++)
	{
		attnums[c] = get_attnum(relid, columns[c]);
		if (attnums[c] == InvalidAttrNumber)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("column \"%s\" of table crmdb.view_refresh_state does not exist",
							columns[c]),
					 errhint("Update the crmdb extension with ALTER EXTENSION crmdb UPDATE.")));
	}

	/* this transaction's own earlier refreshes included */
	CommandCounterIncrement();
	snapshot = RegisterSnapshot(GetTransactionSnapshot());
	scan = table_beginscan(rel, snapshot, 0, NULL);
	slot = table_slot_create(rel, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Oid			viewid;
		int			i;

		viewid = DatumGetObjectId(slot_getattr(slot, attnums[0], &isnull));
		if (get_rel_relkind(viewid) != RELKIND_MATVIEW)
			stale = true;
		/* only checked so far, never refreshed */
		(void) slot_getattr(slot, attnums[6], &isnull);
		if (isnull)
			continue;
		for (i = 0; i < ntasks; i++)
		{
			StoredState *st = &tasks[i].stored;
			bool		n1,
						n2,
						n3;
			Datum		epoch,
						rels,
						gen;

			if (tasks[i].viewid != viewid)
				continue;
			st->exists = true;
			st->change_snapshot = state_text(slot, attnums[4]);
			st->change_xid = state_text(slot, attnums[5]);
			st->delta_snapshot = state_text(slot, attnums[7]);
			epoch = slot_getattr(slot, attnums[1], &n1);
			rels = slot_getattr(slot, attnums[2], &n2);
			gen = slot_getattr(slot, attnums[3], &n3);
			if (!n1 && !n2 && !n3)
			{
				Datum	   *elems;
				bool	   *elemnulls;
				int			n,
							k;

				deconstruct_array(DatumGetArrayTypeP(rels), OIDOID,
								  sizeof(Oid), true, TYPALIGN_INT,
								  &elems, &elemnulls, &n);
				st->valid = true;
				st->epoch = DatumGetInt64(epoch);
				st->generation = DatumGetInt64(gen);
				st->relations = palloc(Max(n, 1) * sizeof(Oid));
				for (k = 0; k < n; k++)
					st->relations[k] = elemnulls[k] ? InvalidOid :
						DatumGetObjectId(elems[k]);
				st->nrelations = n;
			}
		}
	}
	ExecDropSingleTupleTableSlot(slot);
	table_endscan(scan);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);
	return stale;
}

/*
 * Why the view must be refreshed, or NULL when nothing it reads changed
 * since its last refresh.
 */
static const char *
change_reason(ViewTask *task, bool *incremental_ok)
{
	StoredState *st = &task->stored;
	bool		inflight;
	bool		mine;
	uint64		generation;

	/* only a change the generations explain may be followed incrementally */
	if (incremental_ok)
		*incremental_ok = false;

	if (!view_is_populated(task->viewid))
		return "the view is not populated";
	if (!crmdb_change_tracking_active())
		return "change tracking is inactive because crmdb is not in shared_preload_libraries";
	if (task->src->untracked_reason != NULL)
		return psprintf("changes are not tracked because %s",
						task->src->untracked_reason);
	if (!st->exists)
		return "never refreshed by crmdb";
	if (!st->valid)
		return "the last refresh could not record which changes it saw";
	if (st->epoch != crmdb_change_tracking_epoch())
		return "the server restarted since the last refresh";
	if (st->nrelations != task->src->ntracked ||
		(st->nrelations > 0 &&
		 memcmp(st->relations, task->src->tracked,
				st->nrelations * sizeof(Oid)) != 0))
		return "the set of relations it reads changed";

	crmdb_change_tracking_read(task->slots, task->nslots,
							   &inflight, &mine, &generation);
	if (incremental_ok)
		*incremental_ok = true;
	if (inflight)
		return "a change to a relation it reads is being committed";
	if (mine)
		return "a relation it reads was changed in this transaction";
	if (generation != (uint64) st->generation)
		return "a relation it reads changed";
	return NULL;
}

static bool
task_refreshed(const ViewTask *task)
{
	return task->action != NULL &&
		(strcmp(task->action, ACTION_REFRESHED) == 0 ||
		 strcmp(task->action, ACTION_REFRESHED_CONC) == 0 ||
		 strcmp(task->action, ACTION_REFRESHED_INCR) == 0);
}

/*
 * Decide and, if needed, refresh one view.  done[0 .. ndone - 1] are the
 * views this call handled before.
 */
static void
process_view(ViewTask *task, bool force, ViewTask *done, int ndone)
{
	const char *reason = NULL;
	bool		incremental_ok = false;
	int			i;

	task->started_at = GetCurrentTimestamp();
	task->rows = -1;
	task->record = false;

	if (!task->owned)
	{
		task->action = ACTION_FAILED;
		task->sqlstate = "42501";
		task->error_message = psprintf("must be owner of materialized view %s",
									   task->name);
		task->duration_ms = crmdb_elapsed_ms(task->started_at);
		return;
	}

	/* a view it reads was refreshed by this call (the counters say so too) */
	for (i = 0; i < ndone && reason == NULL; i++)
	{
		if (task_refreshed(&done[i]) &&
			list_member_oid(task->src->matviews, done[i].viewid))
			reason = psprintf("materialized view %s that it reads was refreshed",
							  done[i].name);
	}
	if (reason == NULL)
		reason = change_reason(task, &incremental_ok);
	if (!force && reason == NULL)
	{
		task->action = ACTION_SKIPPED_UNCHANGED;
		task->duration_ms = crmdb_elapsed_ms(task->started_at);
		return;
	}
	if (force)
		task->detail = reason ? psprintf("forced; %s", reason) :
			pstrdup("forced");
	else
		task->detail = pstrdup(reason);

	/*
	 * A payment view whose last refresh recorded what it read, in this
	 * server run, with the same relations: incremental (incremental.c).
	 */
	task->try_incremental = !force && incremental_ok &&
		task->ivm_kind >= 0 &&
		task->stored.change_snapshot != NULL &&
		task->stored.change_xid != NULL;
	if (task->ivm_kind >= 0 && !force && incremental_ok &&
		!task->try_incremental)
		task->detail = psprintf("%s; full refresh: no earlier refresh recorded what it read",
								task->detail);

	refresh_one(task);
	task->duration_ms = crmdb_elapsed_ms(task->started_at);
}

/*
 * Refresh one view in a subtransaction; see the file header.
 */
static void
refresh_one(ViewTask *task)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);

	PG_TRY();
	{
		int			nestlevel = NewGUCNestLevel();
		bool		concurrent;
		bool		done = false;
		uint64		rows;
		char	   *sql;

		(void) set_config_option("lock_timeout",
								 psprintf("%d", crmdb_lock_timeout_ms),
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);

		/* the lock REFRESH takes, waited for at most lock_timeout */
		concurrent = can_refresh_concurrently(task->viewid);
		LockRelationOid(task->viewid,
						concurrent ? ExclusiveLock : AccessExclusiveLock);
		if (get_rel_relkind(task->viewid) != RELKIND_MATVIEW)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("materialized view %s was dropped", task->name)));
		/* decide again, now that nobody can change it */
		if (concurrent != can_refresh_concurrently(task->viewid))
		{
			if (concurrent)
				LockRelationOid(task->viewid, AccessExclusiveLock);
			concurrent = !concurrent;
		}

		/*
		 * Read the generations, then let SPI take the REFRESH's snapshot:
		 * every change counted here is visible to it.
		 */
		if (task->nslots > 0 && task->src->untracked_reason == NULL)
		{
			bool		inflight;
			bool		mine;

			crmdb_change_tracking_read(task->slots, task->nslots,
									   &inflight, &mine, &task->generation);
			task->record = !IsolationUsesXactSnapshot() &&
				!prepared_xacts_exist();
		}

		if (task->try_incremental)
		{
			CrmdbIvmResult res;
			char	   *fallback;

			if (crmdb_ivm_refresh(task->viewid, task->ivm_kind,
								  task->stored.change_snapshot,
								  task->stored.change_xid,
								  task->stored.delta_snapshot, &res, &fallback))
			{
				done = true;
				task->mode = "incremental";
				task->change_snapshot = res.snapshot;
				task->change_xid = res.xid;
				task->delta_snapshot = NULL;
				task->rows = res.deleted + res.inserted;
				task->detail = psprintf("%s; %lld changed groups%s, %lld view rows deleted, %lld inserted",
										task->detail, (long long) res.groups,
										res.added > 0 ?
										psprintf(" (%lld of them with deltas)",
												 (long long) res.added) : "",
										(long long) res.deleted,
										(long long) res.inserted);
			}
			else
				task->detail = psprintf("%s; full refresh: %s", task->detail,
										fallback);
		}

		if (!done)
		{
			if (task->ivm_kind >= 0)
			{
				CrmdbIvmResult res;

				crmdb_ivm_snapshot(&res);
				task->change_snapshot = res.snapshot;
				task->change_xid = res.xid;
			}
			task->mode = "full";
			crmdb_change_tracking_reset_refresh_rows();
			sql = psprintf("REFRESH MATERIALIZED VIEW %s%s",
						   concurrent ? "CONCURRENTLY " : "", task->name);
			crmdb_change_tracking_own_refresh(true);
			crmdb_spi_exec(sql, SPI_OK_UTILITY);
			crmdb_change_tracking_own_refresh(false);
			if (crmdb_change_tracking_last_refresh_rows(&rows))
				task->rows = (int64) rows;
			if (task->ivm_kind >= 0)
			{
				CrmdbIvmResult res;

				crmdb_ivm_snapshot_after(&res);
				task->delta_snapshot = res.delta_snapshot;
			}
		}

		AtEOXact_GUC(true, nestlevel);
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;

		task->action = done ? ACTION_REFRESHED_INCR :
			concurrent ? ACTION_REFRESHED_CONC : ACTION_REFRESHED;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		crmdb_change_tracking_own_refresh(false);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;

		/* a cancel (or statement_timeout) stops the whole call */
		if (edata->sqlerrcode == ERRCODE_QUERY_CANCELED)
			ReThrowError(edata);

		task->record = false;
		task->rows = -1;
		task->mode = NULL;
		task->change_snapshot = task->change_xid = NULL;
		task->delta_snapshot = NULL;
		task->action = (edata->sqlerrcode == ERRCODE_LOCK_NOT_AVAILABLE) ?
			ACTION_SKIPPED_LOCKED : ACTION_FAILED;
		task->sqlstate = pstrdup(unpack_sql_state(edata->sqlerrcode));
		task->error_message = pstrdup(edata->message);
		FreeErrorData(edata);
	}
	PG_END_TRY();
}

static bool
view_is_populated(Oid viewid)
{
	HeapTuple	tup;
	bool		populated;

	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(viewid));
	if (!HeapTupleIsValid(tup))
		return false;
	populated = ((Form_pg_class) GETSTRUCT(tup))->relispopulated;
	ReleaseSysCache(tup);
	return populated;
}

/*
 * Whether REFRESH ... CONCURRENTLY would accept the view: it must be
 * populated and have a unique, immediate, valid btree index on plain
 * columns (no expression) without a WHERE clause.
 */
static bool
can_refresh_concurrently(Oid viewid)
{
	Relation	pg_index;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	htup;
	bool		usable = false;

	if (!view_is_populated(viewid))
		return false;

	pg_index = table_open(IndexRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_index_indrelid, BTEqualStrategyNumber,
				F_OIDEQ, ObjectIdGetDatum(viewid));
	scan = systable_beginscan(pg_index, IndexIndrelidIndexId, true, NULL,
							  1, &key);
	while (!usable && HeapTupleIsValid(htup = systable_getnext(scan)))
	{
		Form_pg_index index = (Form_pg_index) GETSTRUCT(htup);
		HeapTuple	reltup;
		bool		btree;
		int			i;

		if (!index->indisunique || !index->indimmediate ||
			!index->indisvalid || index->indnatts == 0 ||
			!heap_attisnull(htup, Anum_pg_index_indpred, NULL))
			continue;

		usable = true;
		for (i = 0; i < index->indnatts; i++)
		{
			if (index->indkey.values[i] <= 0)
				usable = false;
		}

		reltup = SearchSysCache1(RELOID, ObjectIdGetDatum(index->indexrelid));
		btree = HeapTupleIsValid(reltup) &&
			((Form_pg_class) GETSTRUCT(reltup))->relam == BTREE_AM_OID;
		if (HeapTupleIsValid(reltup))
			ReleaseSysCache(reltup);
		if (!btree)
			usable = false;
	}
	systable_endscan(scan);
	table_close(pg_index, AccessShareLock);
	return usable;
}

/*
 * Whether a prepared transaction of this database exists.  Such a
 * transaction added to the generations at PREPARE, before its changes are
 * visible, so no fingerprint may be recorded while it is pending.
 */
static bool
prepared_xacts_exist(void)
{
	bool		found;

	if (max_prepared_xacts == 0)
		return false;
	crmdb_spi_exec("SELECT 1 FROM pg_catalog.pg_prepared_xacts"
				   " WHERE database OPERATOR(pg_catalog.=)"
				   "       pg_catalog.current_database() LIMIT 1",
				   SPI_OK_SELECT);
	found = SPI_processed > 0;
	SPI_freetuptable(SPI_tuptable);
	return found;
}

/*
 * Write crmdb's own tables as their owner, without noting the writes.
 */
static void
bookkeeping_begin(Bookkeeping *bk)
{
	Oid			relid = state_table();
	HeapTuple	tup;
	Oid			owner;

	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);

	GetUserIdAndSecContext(&bk->save_userid, &bk->save_sec_context);
	SetUserIdAndSecContext(owner,
						   bk->save_sec_context |
						   SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	bk->save_suspended = crmdb_change_tracking_suspend(true);
}

static void
bookkeeping_end(Bookkeeping *bk)
{
	crmdb_change_tracking_suspend(bk->save_suspended);
	SetUserIdAndSecContext(bk->save_userid, bk->save_sec_context);
}

/*
 * Record the outcome for the views in crmdb.view_refresh_state: the views
 * refreshed one statement each, the others (skipped, locked, failed) in
 * one statement for all.
 */
static void
save_states(ViewTask *tasks, int ntasks)
{
	Datum	   *oids = palloc(Max(ntasks, 1) * sizeof(Datum));
	Datum	   *checked = palloc(Max(ntasks, 1) * sizeof(Datum));
	Datum	   *actions = palloc(Max(ntasks, 1) * sizeof(Datum));
	Datum	   *errors = palloc(Max(ntasks, 1) * sizeof(Datum));
	bool	   *errnulls = palloc(Max(ntasks, 1) * sizeof(bool));
	int			n = 0;
	int			i;
	int			dims[1];
	int			lbs[1] = {1};
	Oid			argtypes[4] = {OIDARRAYOID, TIMESTAMPTZARRAYOID, TEXTARRAYOID,
	TEXTARRAYOID};
	Datum		values[4];

	for (i = 0; i < ntasks; i++)
	{
		ViewTask   *task = &tasks[i];

		if (task_refreshed(task))
		{
			save_refreshed(task);
			continue;
		}
		oids[n] = ObjectIdGetDatum(task->viewid);
		checked[n] = TimestampTzGetDatum(task->started_at);
		actions[n] = CStringGetTextDatum(task->action);
		errnulls[n] = (task->error_message == NULL);
		errors[n] = errnulls[n] ? (Datum) 0 :
			CStringGetTextDatum(task->error_message);
		n++;
	}
	if (n == 0)
		return;

	dims[0] = n;
	values[0] = PointerGetDatum(construct_array(oids, n, OIDOID, sizeof(Oid),
												true, TYPALIGN_INT));
	values[1] = PointerGetDatum(construct_array(checked, n, TIMESTAMPTZOID,
												sizeof(TimestampTz),
												FLOAT8PASSBYVAL,
												TYPALIGN_DOUBLE));
	values[2] = PointerGetDatum(construct_array(actions, n, TEXTOID, -1,
												false, TYPALIGN_INT));
	values[3] = PointerGetDatum(construct_md_array(errors, errnulls, 1, dims,
												   lbs, TEXTOID, -1, false,
												   TYPALIGN_INT));
	bookkeeping_insert("INSERT INTO crmdb.view_refresh_state AS s"
					   " (view_oid, last_checked, last_action, last_error)"
					   " SELECT * FROM ROWS FROM (pg_catalog.unnest($1),"
					   "  pg_catalog.unnest($2), pg_catalog.unnest($3),"
					   "  pg_catalog.unnest($4))"
					   " ON CONFLICT ON CONSTRAINT view_refresh_state_pkey"
					   " DO UPDATE SET last_checked = excluded.last_checked,"
					   "  last_action = excluded.last_action,"
					   "  last_error = excluded.last_error",
					   4, argtypes, values, NULL);
}

/*
 * Record a refresh in crmdb.view_refresh_state.  The fingerprint is the
 * generations read before it plus what this transaction's commit will
 * add to them (claimed now).
 */
static void
save_refreshed(ViewTask *task)
{
	Oid			argtypes[13] = {OIDOID, TIMESTAMPTZOID, TEXTOID,
		FLOAT8OID, INT8OID, INT8OID, OIDARRAYOID, INT8OID,
	TEXTOID, TEXTOID, TEXTOID, TEXTOID, TEXTOID};
	Datum		values[13];
	char		nulls[14] = "             ";

	values[0] = ObjectIdGetDatum(task->viewid);
	values[1] = TimestampTzGetDatum(task->started_at);
	values[2] = CStringGetTextDatum(task->action);
	values[3] = Float8GetDatum(task->duration_ms);
	values[4] = Int64GetDatum(task->rows);
	if (task->rows < 0)
		nulls[4] = 'n';
	if (task->record)
	{
		Datum	   *elems = palloc(Max(task->src->ntracked, 1) * sizeof(Datum));
		uint64		generation;
		int			i;

		for (i = 0; i < task->src->ntracked; i++)
			elems[i] = ObjectIdGetDatum(task->src->tracked[i]);
		generation = task->generation +
			crmdb_change_tracking_claim(task->slots, task->nslots);
		values[5] = Int64GetDatum(crmdb_change_tracking_epoch());
		values[6] = PointerGetDatum(construct_array(elems,
													task->src->ntracked,
													OIDOID, sizeof(Oid),
													true, TYPALIGN_INT));
		values[7] = Int64GetDatum((int64) generation);
	}
	else
	{
		nulls[5] = nulls[6] = nulls[7] = 'n';
		values[5] = values[6] = values[7] = (Datum) 0;
	}
	values[8] = CStringGetTextDatum(task->mode ? task->mode : "full");
	if (task->detail)
		values[9] = CStringGetTextDatum(task->detail);
	else
		nulls[9] = 'n';
	if (task->change_snapshot && task->change_xid)
	{
		values[10] = CStringGetTextDatum(task->change_snapshot);
		values[11] = CStringGetTextDatum(task->change_xid);
	}
	else
		nulls[10] = nulls[11] = 'n';
	if (task->change_snapshot && task->change_xid && task->delta_snapshot)
		values[12] = CStringGetTextDatum(task->delta_snapshot);
	else
		nulls[12] = 'n';

	bookkeeping_insert("INSERT INTO crmdb.view_refresh_state AS s"
					   " (view_oid, last_checked, last_action,"
					   "  last_error, last_refresh, last_duration_ms,"
					   "  last_rows, tracking_epoch,"
					   "  tracked_relations, tracked_generation,"
					   "  last_mode, last_reason, change_snapshot,"
					   "  change_xid, delta_snapshot)"
					   " VALUES ($1, $2, $3, NULL, $2, $4, $5, $6,"
					   "         $7, $8, $9, $10,"
					   "         $11::pg_catalog.pg_snapshot,"
					   "         $12::pg_catalog.xid8,"
					   "         $13::pg_catalog.pg_snapshot)"
					   " ON CONFLICT ON CONSTRAINT view_refresh_state_pkey"
					   " DO UPDATE SET last_checked = excluded.last_checked,"
					   "  last_action = excluded.last_action,"
					   "  last_error = NULL,"
					   "  last_refresh = excluded.last_refresh,"
					   "  last_duration_ms = excluded.last_duration_ms,"
					   "  last_rows = excluded.last_rows,"
					   "  tracking_epoch = excluded.tracking_epoch,"
					   "  tracked_relations = excluded.tracked_relations,"
					   "  tracked_generation = excluded.tracked_generation,"
					   "  last_mode = excluded.last_mode,"
					   "  last_reason = excluded.last_reason,"
					   "  change_snapshot = excluded.change_snapshot,"
					   "  change_xid = excluded.change_xid,"
					   "  delta_snapshot = excluded.delta_snapshot",
					   13, argtypes, values, nulls);
}

/*
 * Write the outcome for one view to crmdb.maintenance_log.  A caller who
 * may insert into the log (a superuser, or a role it was granted to)
 * writes it under their own name (logged_by); for any other caller the
 * entry is written as the table's owner.
 */
static void
log_task(ViewTask *task)
{
	CrmdbLogEntry entry;
	Bookkeeping bk;
	Oid			logrel;

	memset(&entry, 0, sizeof(entry));
	entry.area = "refresh";
	entry.object_name = task->name;
	entry.action = task->action;
	entry.detail = task->detail;
	entry.rows_affected = task->rows;
	entry.started_at = task->started_at;
	entry.duration_ms = task->duration_ms;
	entry.success = task_refreshed(task);
	entry.sqlstate = task->sqlstate;
	entry.error_message = task->error_message;

	logrel = get_relname_relid("maintenance_log",
							   get_namespace_oid(CRMDB_SCHEMA, false));
	bookkeeping_begin(&bk);
	PG_TRY();
	{
		if (OidIsValid(logrel) &&
			pg_class_aclcheck(logrel, bk.save_userid, ACL_INSERT) == ACLCHECK_OK)
			SetUserIdAndSecContext(bk.save_userid, bk.save_sec_context);
		crmdb_log_write(&entry);
	}
	PG_FINALLY();
	{
		bookkeeping_end(&bk);
	}
	PG_END_TRY();
}

/*
 * Delete the state of materialized views that no longer exist.
 */
static void
forget_dropped_views(void)
{
	Bookkeeping bk;

	bookkeeping_begin(&bk);
	PG_TRY();
	{
		crmdb_spi_exec("DELETE FROM crmdb.view_refresh_state s"
					   " WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_class c"
					   "   WHERE c.oid OPERATOR(pg_catalog.=) s.view_oid"
					   "     AND c.relkind OPERATOR(pg_catalog.=) 'm')",
					   SPI_OK_DELETE);
	}
	PG_FINALLY();
	{
		bookkeeping_end(&bk);
	}
	PG_END_TRY();
}

static void
prune_log(void)
{
	Bookkeeping bk;

	bookkeeping_begin(&bk);
	PG_TRY();
	{
		crmdb_log_prune();
	}
	PG_FINALLY();
	{
		bookkeeping_end(&bk);
	}
	PG_END_TRY();
}
