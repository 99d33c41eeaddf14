/*-------------------------------------------------------------------------
 *
 * change_tracking.c
 *	  Which relations committed changes: the generation counters that let
 *	  crmdb.refresh_views() skip exactly the materialized views whose
 *	  sources did not change, at next to no cost to the writers.
 *
 * Design
 * ------
 * With crmdb in shared_preload_libraries, shared memory holds an array of
 * crmdb.change_tracking_slots slots and an epoch.  A relation of a
 * database maps to one slot, hash(database OID, relation OID) modulo the
 * number of slots.  Each slot has two counters:
 *
 *	generation	the number of commits that changed a relation of the slot;
 *	inflight	the number of such commits under way right now.
 *
 * The epoch is a random 64-bit value drawn whenever the shared memory is
 * initialised, that is, at every server start and after every crash: the
 * counters start again at zero then, and a fingerprint recorded under an
 * older epoch no longer proves anything.
 *
 * Writers.  A backend notes, in a backend-local set, the slot of every
 * relation its transaction writes:
 *	- ExecutorStart: every result relation of the statement (INSERT,
 *	  UPDATE, DELETE, MERGE, also in writable CTEs, in trigger functions,
 *	  and in the SPI queries of foreign key actions), including the root
 *	  of a partitioned target;
 *	- ProcessUtility: COPY FROM, REFRESH MATERIALIZED VIEW, ALTER TABLE
 *	  ATTACH / DETACH PARTITION and CREATE OR REPLACE VIEW;
 *	- the object access hook: every relation a TRUNCATE empties (also the
 *	  partitions and the tables reached by CASCADE).
 * Noting is a hash and a bit test; nothing is shared until commit.
 * Temporary relations are never noted (no materialized view can read one).
 * At XACT_EVENT_PRE_COMMIT the backend increments the inflight counter of
 * each noted slot; at XACT_EVENT_COMMIT, which core runs after the commit
 * has become visible to other sessions (after ProcArrayEndTransaction()),
 * it adds to the generation and then decrements inflight.  An abort undoes
 * the inflight increments and adds nothing.  So a writing transaction pays
 * three atomic operations per distinct written relation, at commit, on a
 * cache line that is shared only with writers of the same relation (or of
 * one whose slot collides): there is no row, lock or WAL record that every
 * writer touches.  Subtransactions that roll back keep their notes: that
 * costs at most one refresh that was not needed, never a missed one.
 *
 * A prepared transaction adds to the generations at PREPARE TRANSACTION,
 * when it is already listed in pg_prepared_xacts but not yet visible.  The
 * reader therefore records no fingerprint while any prepared transaction
 * of its database exists (see refresh.c); the view is refreshed again by
 * the next call.  Logical replication workers apply changes without the
 * executor hooks; each of their writing commits adds to a per-database
 * wildcard slot that is part of every view's fingerprint.
 *
 * Readers (refresh.c) compute the set of relations a view reads and add up
 * the generations of their slots, plus the wildcard slot.  The ordering
 * argument that makes skipping exact is written out in README.md (section "Materialized view refresh").
 * crmdb_change_tracking_read() loads the inflight counters first and the
 * generations after them, with a barrier in between and another one after:
 * a commit that became visible before the read is either still inflight
 * (the view is refreshed) or already counted in the generation, and a
 * commit counted in the generation was visible before any snapshot taken
 * after the read.
 *
 * A reader that refreshes a view in its own transaction (REFRESH notes the
 * view) will itself add to some generations at commit.  To record a
 * fingerprint that matches the counters after that commit, it asks
 * crmdb_change_tracking_claim() how much its own commit will add to the
 * view's slots and marks those notes as claimed; a later write in the same
 * transaction to a claimed slot adds one more, so that the recorded
 * fingerprint can never hide it.  crmdb's own bookkeeping writes are made
 * while noting is suspended.
 *
 * The same ProcessUtility hook remembers the row count of the last
 * REFRESH MATERIALIZED VIEW (core reports it in the QueryCompletion, SPI
 * does not pass it on); refresh.c reports it.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/change_tracking.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/transam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/objectaccess.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "port/atomics.h"
#include "replication/logicalworker.h"
#include "storage/ipc.h"
#include "storage/lwlock.h"
#include "storage/shmem.h"
#include "tcop/utility.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/regproc.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "support/support.h"
#include "refresh/refresh.h"

/* One slot of the shared array: 16 bytes, both counters on one line. */
typedef struct CrmdbTrackingSlot
{
	pg_atomic_uint64 generation;	/* commits that changed the slot */
	pg_atomic_uint32 inflight;	/* such commits under way */
	uint32		padding;
} CrmdbTrackingSlot;

typedef struct CrmdbTrackingShared
{
	uint64		epoch;			/* drawn at every shared memory init */
	uint32		nslots;
	CrmdbTrackingSlot slots[FLEXIBLE_ARRAY_MEMBER];
} CrmdbTrackingShared;

/* A slot the current transaction will add to at commit. */
typedef struct PendingSlot
{
	uint32		slot;
	uint32		amount;			/* what the commit adds to the generation */
	bool		claimed;		/* counted in a recorded fingerprint */
	bool		inflight;		/* inflight incremented at PRE_COMMIT */
} PendingSlot;

/* Shared state; NULL unless crmdb is in shared_preload_libraries. */
static CrmdbTrackingShared *tracking = NULL;

/* Backend-local set of slots the current transaction wrote. */
static uint64 *pending_bits = NULL;
static PendingSlot *pending = NULL;
static int	npending = 0;
static int	maxpending = 0;
static bool pending_claims = false;
static bool noting_suspended = false;

/* Row count of the last REFRESH MATERIALIZED VIEW of this backend. */
static uint64 last_refresh_rows = 0;
static bool last_refresh_rows_valid = false;

/* The next REFRESH MATERIALIZED VIEW is crmdb.refresh_views()'s own */
static bool own_refresh = false;

/* Saved hook values */
static shmem_request_hook_type prev_shmem_request_hook = NULL;
static shmem_startup_hook_type prev_shmem_startup_hook = NULL;
static ExecutorStart_hook_type prev_ExecutorStart = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;
static object_access_hook_type prev_object_access_hook = NULL;

static Size tracking_shmem_size(void);
static void crmdb_tracking_shmem_request(void);
static void crmdb_tracking_shmem_startup(void);
static void crmdb_tracking_ExecutorStart(QueryDesc *queryDesc, int eflags);
static void crmdb_tracking_ProcessUtility(PlannedStmt *pstmt,
										  const char *queryString,
										  bool readOnlyTree,
										  ProcessUtilityContext context,
										  ParamListInfo params,
										  QueryEnvironment *queryEnv,
										  DestReceiver *dest,
										  QueryCompletion *qc);
static void crmdb_tracking_object_access(ObjectAccessType access,
										 Oid classId, Oid objectId,
										 int subId, void *arg);
static void crmdb_tracking_xact_callback(XactEvent event, void *arg);
static void note_slot(uint32 slot);
static void note_relid(Oid relid);
static void note_function(Oid funcid);
static void capture_mark_any(const char *reason);
static void note_rangevar(RangeVar *rv);
static void note_partition_commands(AlterTableStmt *stmt);
static void pending_reset(void);
static void mark_altered(AlterTableStmt *stmt);
static void mark_dropped_triggers(DropStmt *stmt);

/*
 * crmdb_change_tracking_init
 *		Called from _PG_init: request the shared memory (only when loaded
 *		through shared_preload_libraries) and install the hooks.
 *
 * The hooks are installed in every backend that loads crmdb, preloaded or
 * not; without the shared memory they only record the REFRESH row count.
 */
void
crmdb_change_tracking_init(void)
{
	if (process_shared_preload_libraries_in_progress)
	{
		prev_shmem_request_hook = shmem_request_hook;
		shmem_request_hook = crmdb_tracking_shmem_request;
		prev_shmem_startup_hook = shmem_startup_hook;
		shmem_startup_hook = crmdb_tracking_shmem_startup;
	}

	prev_ExecutorStart = ExecutorStart_hook;
	ExecutorStart_hook = crmdb_tracking_ExecutorStart;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = crmdb_tracking_ProcessUtility;
	prev_object_access_hook = object_access_hook;
	object_access_hook = crmdb_tracking_object_access;

	RegisterXactCallback(crmdb_tracking_xact_callback, NULL);
}

static Size
tracking_shmem_size(void)
{
	return add_size(offsetof(CrmdbTrackingShared, slots),
					mul_size(sizeof(CrmdbTrackingSlot),
							 (Size) crmdb_change_tracking_slots));
}

static void
crmdb_tracking_shmem_request(void)
{
	if (prev_shmem_request_hook)
		prev_shmem_request_hook();
	RequestAddinShmemSpace(tracking_shmem_size());
}

/*
 * Create or attach to the shared array.  Runs in the postmaster at start
 * and again after a crash, so every (re)initialisation draws a new epoch.
 */
static void
crmdb_tracking_shmem_startup(void)
{
	bool		found;

	if (prev_shmem_startup_hook)
		prev_shmem_startup_hook();

	LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
	tracking = ShmemInitStruct("crmdb change tracking",
							   tracking_shmem_size(), &found);
	if (!found)
	{
		uint64		epoch = 0;
		uint32		i;

		if (!pg_strong_random(&epoch, sizeof(epoch)))
			epoch = (uint64) GetCurrentTimestamp() ^ ((uint64) MyProcPid << 32);
		/* zero is never used, so that a stored zero can mean nothing */
		if (epoch == 0)
			epoch = 1;
		tracking->epoch = epoch;
		tracking->nslots = (uint32) crmdb_change_tracking_slots;
		for (i = 0; i < tracking->nslots; i++)
		{
			pg_atomic_init_u64(&tracking->slots[i].generation, 0);
			pg_atomic_init_u32(&tracking->slots[i].inflight, 0);
			tracking->slots[i].padding = 0;
		}
	}
	LWLockRelease(AddinShmemInitLock);
}

/*
 * crmdb_change_tracking_active
 *		True when the shared counters exist (crmdb was preloaded).
 */
bool
crmdb_change_tracking_active(void)
{
	return tracking != NULL;
}

/*
 * crmdb_change_tracking_epoch
 *		The epoch of the current shared memory, as a signed 64-bit value
 *		for storing in a bigint column.  Zero when tracking is inactive.
 */
int64
crmdb_change_tracking_epoch(void)
{
	return tracking ? (int64) tracking->epoch : 0;
}

/*
 * crmdb_change_tracking_slot
 *		The slot of a relation of the current database.  InvalidOid gives
 *		the database's wildcard slot.
 */
uint32
crmdb_change_tracking_slot(Oid relid)
{
	uint32		h;

	Assert(tracking != NULL);
	h = hash_combine(murmurhash32((uint32) MyDatabaseId),
					 murmurhash32((uint32) relid));
	return h % tracking->nslots;
}

/*
 * crmdb_change_tracking_read
 *		Read the counters of the given (distinct) slots: whether a commit
 *		touching one of them is under way, whether the current transaction
 *		has written one of them, and the sum of their generations.
 *
 * The inflight counters are loaded before the generations; the caller
 * takes any snapshot it wants to cover the generations after this returns.
 */
void
crmdb_change_tracking_read(const uint32 *slots, int nslots,
						   bool *inflight, bool *pending_here,
						   uint64 *generation)
{
	uint64		sum = 0;
	bool		busy = false;
	bool		mine = false;
	int			i;

	Assert(tracking != NULL);

	for (i = 0; i < nslots; i++)
	{
		if (pg_atomic_read_u32(&tracking->slots[slots[i]].inflight) != 0)
			busy = true;
	}
	pg_read_barrier();
	for (i = 0; i < nslots; i++)
		sum += pg_atomic_read_u64(&tracking->slots[slots[i]].generation);
	pg_memory_barrier();

	if (pending_bits != NULL && npending > 0)
	{
		for (i = 0; i < nslots; i++)
		{
			uint32		s = slots[i];

			if (pending_bits[s / 64] & (UINT64CONST(1) << (s % 64)))
			{
				mine = true;
				break;
			}
		}
	}

	*inflight = busy;
	*pending_here = mine;
	*generation = sum;
}

/*
 * crmdb_change_tracking_claim
 *		How much the current transaction's commit will add to the sum of the
 *		generations of the given (distinct) slots.  The notes are marked as
 *		claimed: a later write in this transaction to one of those slots adds
 *		one more at commit, so a fingerprint recorded with this value never
 *		covers that write.
 */
uint64
crmdb_change_tracking_claim(const uint32 *slots, int nslots)
{
	uint64		total = 0;
	int			i,
				j;

	if (tracking == NULL || pending_bits == NULL || npending == 0)
		return 0;

	for (i = 0; i < nslots; i++)
	{
		uint32		s = slots[i];

		if (!(pending_bits[s / 64] & (UINT64CONST(1) << (s % 64))))
			continue;
		for (j = 0; j < npending; j++)
		{
			if (pending[j].slot == s)
			{
				total += pending[j].amount;
				pending[j].claimed = true;
				pending_claims = true;
				break;
			}
		}
	}
	return total;
}

/*
 * crmdb_change_tracking_suspend
 *		Stop (or resume) noting writes of this backend; returns the previous
 *		setting.  Used around crmdb's own bookkeeping writes.  Reset at the
 *		end of every transaction.
 */
bool
crmdb_change_tracking_suspend(bool suspend)
{
	bool		prev = noting_suspended;

	noting_suspended = suspend;
	return prev;
}

/*
 * crmdb_change_tracking_last_refresh_rows
 *		Number of rows the last REFRESH MATERIALIZED VIEW of this backend put
 *		into its view; false if none completed since the last reset.
 */
bool
crmdb_change_tracking_last_refresh_rows(uint64 *rows)
{
	*rows = last_refresh_rows;
	return last_refresh_rows_valid;
}

void
crmdb_change_tracking_reset_refresh_rows(void)
{
	last_refresh_rows = 0;
	last_refresh_rows_valid = false;
}

/*
 * crmdb_change_tracking_own_refresh
 *		Set (true) before crmdb.refresh_views() runs a REFRESH MATERIALIZED
 *		VIEW and reset after it, on error too: any other REFRESH of a view
 *		whose groups are added to makes its next refresh full
 *		(crmdb_capture_mark_view).
 */
void
crmdb_change_tracking_own_refresh(bool own)
{
	own_refresh = own;
}

/*
 * note_slot
 *		Add a slot to the set the current transaction adds to at commit.
 */
static void
note_slot(uint32 slot)
{
	uint64		bit = UINT64CONST(1) << (slot % 64);

	if (pending_bits == NULL)
	{
		pending_bits = MemoryContextAllocZero(TopMemoryContext,
											  ((Size) tracking->nslots + 63) / 64 * sizeof(uint64));
		maxpending = 16;
		pending = MemoryContextAlloc(TopMemoryContext,
									 maxpending * sizeof(PendingSlot));
	}

	if (pending_bits[slot / 64] & bit)
	{
		/* already noted; a write after a claim must count once more */
		if (pending_claims)
		{
			int			j;

			for (j = 0; j < npending; j++)
			{
				if (pending[j].slot == slot)
				{
					if (pending[j].claimed)
					{
						pending[j].amount++;
						pending[j].claimed = false;
					}
					break;
				}
			}
		}
		return;
	}

	if (npending >= maxpending)
	{
		pending = repalloc(pending, maxpending * 2 * sizeof(PendingSlot));
		maxpending *= 2;
	}
	pending[npending].slot = slot;
	pending[npending].amount = 1;
	pending[npending].claimed = false;
	pending[npending].inflight = false;
	npending++;
	pending_bits[slot / 64] |= bit;
}

static void
note_relid(Oid relid)
{
	if (tracking == NULL || noting_suspended || !OidIsValid(relid))
		return;
	if (get_rel_persistence(relid) == RELPERSISTENCE_TEMP)
		return;
	note_slot(crmdb_change_tracking_slot(relid));
}

/*
 * A function was created, replaced (CREATE OR REPLACE FUNCTION reports the
 * function it keeps) or altered: the views that call it see its slot
 * (view_sources.c lists the functions that are not built in).  A built-in
 * function changed so changes what any view may compute: the wildcard
 * slot, and a marker in the change logs, so that every view is refreshed,
 * in full.
 */
static void
note_function(Oid funcid)
{
	if (!OidIsValid(funcid))
		return;
	if (funcid < FirstNormalObjectId)
	{
		if (tracking != NULL && !noting_suspended)
			note_slot(crmdb_change_tracking_slot(InvalidOid));
		capture_mark_any(psprintf("change of built-in function %s",
								  format_procedure(funcid)));
		return;
	}
	if (tracking == NULL || noting_suspended)
		return;
	note_slot(crmdb_change_tracking_slot(funcid));
}

/*
 * crmdb_change_tracking_note
 *		Note a write the hooks do not see: the incremental refresh writes
 *		a materialized view through the table access method, and the views
 *		that read it must count it.
 */
void
crmdb_change_tracking_note(Oid relid)
{
	note_relid(relid);
}

static void
note_rangevar(RangeVar *rv)
{
	if (tracking == NULL || noting_suspended || rv == NULL)
		return;
	note_relid(RangeVarGetRelid(rv, NoLock, true));
}

/*
 * note_partition_commands
 *		ALTER TABLE ... ATTACH / DETACH PARTITION changes the rows the
 *		parent shows: note the parent and the partition.
 */
static void
note_partition_commands(AlterTableStmt *stmt)
{
	ListCell   *lc;

	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst_node(AlterTableCmd, lc);

		if (cmd->subtype == AT_AttachPartition ||
			cmd->subtype == AT_DetachPartition ||
			cmd->subtype == AT_DetachPartitionFinalize)
		{
			PartitionCmd *pc = (PartitionCmd *) cmd->def;

			note_rangevar(stmt->relation);
			if (pc != NULL && IsA(pc, PartitionCmd))
				note_rangevar(pc->name);
		}
	}
}

/*
 * A marker for the change logs of the incremental refresh: of the payment
 * views (change_capture.c) and of the workflow views (workflow_capture.c).
 */
static void
capture_mark(Oid relid, const char *reason)
{
	crmdb_capture_mark(relid, reason);
	crmdb_workflow_capture_mark(relid, reason);
}

static void
capture_mark_any(const char *reason)
{
	crmdb_capture_mark_any(reason);
	crmdb_workflow_capture_mark_any(reason);
}

/*
 * mark_altered
 *		Any ALTER TABLE of payments or of one of its partitions (ATTACH,
 *		DETACH, ENABLE / DISABLE TRIGGER, ...), and the partition an ATTACH
 *		or DETACH names: a marker for the incremental refresh.
 */
static void
mark_altered(AlterTableStmt *stmt)
{
	ListCell   *lc;

	if (stmt->objtype != OBJECT_TABLE || stmt->relation == NULL)
		return;
	capture_mark(RangeVarGetRelid(stmt->relation, NoLock, true),
					   "ALTER TABLE");
	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst_node(AlterTableCmd, lc);

		if ((cmd->subtype == AT_AttachPartition ||
			 cmd->subtype == AT_DetachPartition ||
			 cmd->subtype == AT_DetachPartitionFinalize) &&
			cmd->def != NULL && IsA(cmd->def, PartitionCmd))
			capture_mark(RangeVarGetRelid(((PartitionCmd *) cmd->def)->name,
												NoLock, true),
							   "ATTACH or DETACH PARTITION");
	}
}

/*
 * add_triggers_attached
 *		The partition an ATTACH PARTITION names gets the capture triggers
 *		(change_capture.c).
 */
static void
add_triggers_attached(AlterTableStmt *stmt)
{
	ListCell   *lc;

	if (stmt->objtype != OBJECT_TABLE)
		return;
	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst_node(AlterTableCmd, lc);

		if (cmd->subtype == AT_AttachPartition &&
			cmd->def != NULL && IsA(cmd->def, PartitionCmd))
			crmdb_capture_add_triggers(RangeVarGetRelid(((PartitionCmd *) cmd->def)->name,
														NoLock, true));
	}
}

/*
 * mark_dropped_triggers
 *		DROP TRIGGER on payments: its writes until the trigger is created
 *		again would not be captured.
 */
static void
mark_dropped_triggers(DropStmt *stmt)
{
	ListCell   *lc;

	foreach(lc, stmt->objects)
	{
		List	   *names = (List *) lfirst(lc);
		List	   *relname;

		if (names == NIL || list_length(names) < 2)
			continue;
		relname = list_truncate(list_copy(names), list_length(names) - 1);
		capture_mark(RangeVarGetRelid(makeRangeVarFromNameList(relname),
											NoLock, true),
						   "DROP TRIGGER");
	}
}

/*
 * Empty the set (end of transaction).
 */
static void
pending_reset(void)
{
	int			i;

	for (i = 0; i < npending; i++)
	{
		uint32		s = pending[i].slot;

		pending_bits[s / 64] &= ~(UINT64CONST(1) << (s % 64));
	}
	npending = 0;
	pending_claims = false;
}

/*
 * ExecutorStart hook: note the result relations of a writing statement.
 * They are all opened by ExecInitModifyTable(), the root of a partitioned
 * target included.
 */
static void
crmdb_tracking_ExecutorStart(QueryDesc *queryDesc, int eflags)
{
	if (prev_ExecutorStart)
		prev_ExecutorStart(queryDesc, eflags);
	else
		standard_ExecutorStart(queryDesc, eflags);

	/* the capture triggers do not fire: mark instead (change_capture.c) */
	if (SessionReplicationRole == SESSION_REPLICATION_ROLE_REPLICA &&
		(eflags & EXEC_FLAG_EXPLAIN_ONLY) == 0 &&
		queryDesc->estate != NULL)
	{
		ListCell   *lc;

		foreach(lc, queryDesc->estate->es_opened_result_relations)
		{
			ResultRelInfo *rri = (ResultRelInfo *) lfirst(lc);

			capture_mark(RelationGetRelid(rri->ri_RelationDesc),
							   "write with session_replication_role = replica");
		}
	}

	if (tracking != NULL && !noting_suspended &&
		(eflags & EXEC_FLAG_EXPLAIN_ONLY) == 0 &&
		queryDesc->estate != NULL)
	{
		ListCell   *lc;

		foreach(lc, queryDesc->estate->es_opened_result_relations)
		{
			ResultRelInfo *rri = (ResultRelInfo *) lfirst(lc);
			Relation	rel = rri->ri_RelationDesc;

			if (rel->rd_rel->relpersistence == RELPERSISTENCE_TEMP)
				continue;
			note_slot(crmdb_change_tracking_slot(RelationGetRelid(rel)));
		}
	}
}

/*
 * ProcessUtility hook: note the relations that COPY FROM, REFRESH,
 * ATTACH / DETACH PARTITION and CREATE OR REPLACE VIEW change, and keep the
 * row count of REFRESH MATERIALIZED VIEW.
 *
 * ATTACH / DETACH are noted before and after the command: DETACH ...
 * CONCURRENTLY commits in the middle, and both transactions must count.
 */
static void
crmdb_tracking_ProcessUtility(PlannedStmt *pstmt, const char *queryString,
							  bool readOnlyTree,
							  ProcessUtilityContext context,
							  ParamListInfo params,
							  QueryEnvironment *queryEnv,
							  DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;
	bool		own = false;

	/* taken now: a REFRESH run from inside this one is not crmdb's */
	if (IsA(parsetree, RefreshMatViewStmt))
	{
		own = own_refresh;
		own_refresh = false;
	}

	if (tracking != NULL && IsA(parsetree, AlterTableStmt))
		note_partition_commands((AlterTableStmt *) parsetree);
	if (IsA(parsetree, AlterTableStmt))
		mark_altered((AlterTableStmt *) parsetree);
	if (IsA(parsetree, CreateTrigStmt))
		capture_mark(RangeVarGetRelid(((CreateTrigStmt *) parsetree)->relation,
											NoLock, true),
						   "CREATE TRIGGER");
	if (IsA(parsetree, DropStmt) &&
		((DropStmt *) parsetree)->removeType == OBJECT_TRIGGER)
		mark_dropped_triggers((DropStmt *) parsetree);
	if (IsA(parsetree, CopyStmt) && ((CopyStmt *) parsetree)->is_from &&
		((CopyStmt *) parsetree)->relation != NULL &&
		SessionReplicationRole == SESSION_REPLICATION_ROLE_REPLICA)
		capture_mark(RangeVarGetRelid(((CopyStmt *) parsetree)->relation,
											NoLock, true),
						   "COPY with session_replication_role = replica");

	if (prev_ProcessUtility)
		prev_ProcessUtility(pstmt, queryString, readOnlyTree, context,
							params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context,
								params, queryEnv, dest, qc);

	/* a new partition of payments gets the capture triggers */
	if (IsA(parsetree, CreateStmt) &&
		((CreateStmt *) parsetree)->partbound != NULL)
		crmdb_capture_add_triggers(RangeVarGetRelid(((CreateStmt *) parsetree)->relation,
													NoLock, true));
	if (IsA(parsetree, AlterTableStmt))
		add_triggers_attached((AlterTableStmt *) parsetree);

	switch (nodeTag(parsetree))
	{
		case T_RefreshMatViewStmt:
			{
				RefreshMatViewStmt *stmt = (RefreshMatViewStmt *) parsetree;

				last_refresh_rows = qc ? qc->nprocessed : 0;
				last_refresh_rows_valid = (qc != NULL);
				note_rangevar(stmt->relation);
				if (!own)
				{
					Oid			viewid = RangeVarGetRelid(stmt->relation,
														  NoLock, true);

					crmdb_capture_mark_view(viewid);
					crmdb_workflow_capture_mark_view(viewid);
				}
			}
			break;
		case T_CopyStmt:
			{
				CopyStmt   *stmt = (CopyStmt *) parsetree;

				if (stmt->is_from)
					note_rangevar(stmt->relation);
			}
			break;
		case T_AlterTableStmt:
			if (tracking != NULL)
				note_partition_commands((AlterTableStmt *) parsetree);
			/* DETACH ... CONCURRENTLY commits in the middle */
			mark_altered((AlterTableStmt *) parsetree);
			break;
		case T_ViewStmt:
			note_rangevar(((ViewStmt *) parsetree)->view);
			break;
		default:
			break;
	}
}

/*
 * Object access hook: TRUNCATE reports every relation it empties here,
 * including partitions and the tables that CASCADE reaches.
 */
static void
crmdb_tracking_object_access(ObjectAccessType access, Oid classId,
							 Oid objectId, int subId, void *arg)
{
	if (prev_object_access_hook)
		prev_object_access_hook(access, classId, objectId, subId, arg);

	if (access == OAT_TRUNCATE)
	{
		note_relid(objectId);
		capture_mark(objectId, "TRUNCATE");
	}
	else if ((access == OAT_POST_CREATE || access == OAT_POST_ALTER) &&
			 classId == ProcedureRelationId && subId == 0)
		note_function(objectId);
}

/*
 * Transaction callback: publish the notes at commit.
 */
static void
crmdb_tracking_xact_callback(XactEvent event, void *arg)
{
	int			i;

	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_PARALLEL_COMMIT ||
		event == XACT_EVENT_PREPARE || event == XACT_EVENT_ABORT ||
		event == XACT_EVENT_PARALLEL_ABORT)
		noting_suspended = false;

	if ((event == XACT_EVENT_PRE_COMMIT || event == XACT_EVENT_PRE_PREPARE) &&
		IsLogicalWorker() && TransactionIdIsValid(GetTopTransactionIdIfAny()))
		capture_mark_any("transaction applied by logical replication");

	if (tracking == NULL)
		return;

	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			/* logical replication applies changes without our hooks */
			if (IsLogicalWorker() &&
				TransactionIdIsValid(GetTopTransactionIdIfAny()))
				note_slot(crmdb_change_tracking_slot(InvalidOid));
			if (event == XACT_EVENT_PRE_PREPARE)
				break;
			for (i = 0; i < npending; i++)
			{
				pg_atomic_fetch_add_u32(&tracking->slots[pending[i].slot].inflight, 1);
				pending[i].inflight = true;
			}
			break;

		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_PREPARE:
			/* the commit is visible now (or the transaction is prepared) */
			for (i = 0; i < npending; i++)
			{
				CrmdbTrackingSlot *s = &tracking->slots[pending[i].slot];

				pg_atomic_fetch_add_u64(&s->generation, pending[i].amount);
				if (pending[i].inflight)
					pg_atomic_fetch_sub_u32(&s->inflight, 1);
			}
			pending_reset();
			break;

		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			for (i = 0; i < npending; i++)
			{
				if (pending[i].inflight)
					pg_atomic_fetch_sub_u32(&tracking->slots[pending[i].slot].inflight, 1);
			}
			pending_reset();
			break;
	}
}
