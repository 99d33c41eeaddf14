/*-------------------------------------------------------------------------
 *
 * partition_ops.c
 *	  The units of work of crmdb's partition rollover: create and attach
 *	  one partition (moving its rows out of DEFAULT), and retire one
 *	  partition (detach, drop or archive).
 *
 * Each unit runs inside its own subtransaction, as the table's owner in
 * a security-restricted operation, with lock_timeout set to
 * crmdb.lock_timeout (partition.c sets all that up).  A unit either
 * happens completely or not at all.
 *
 * Creating a partition does all the work that grows with the data (moving
 * rows, building indexes, checking foreign keys) without blocking the
 * parent's readers and writers, and holds the locks that do block them
 * only for catalog work and for the rows writers added at the last moment:
 *
 *	1. Lock the parent in SHARE UPDATE EXCLUSIVE mode (blocks other DDL and
 *	   a second maintenance, not INSERT/UPDATE/DELETE/SELECT), then check
 *	   that the range is still free.
 *	2. CREATE TABLE ... (LIKE parent) as a standalone table, with a CHECK
 *	   constraint matching the bounds, the parent's privileges and owner.
 *	3. Set a mark on DEFAULT: read the WAL insert position L0, wait until
 *	   the transactions writing DEFAULT at that moment end (without
 *	   locking DEFAULT: later writers go on), take a snapshot S0.  Then
 *	   move the range's rows out of DEFAULT in one statement,
 *	   WITH moved AS (DELETE ... RETURNING) INSERT INTO new ..., holding
 *	   only ROW EXCLUSIVE on DEFAULT: readers and writers go on.
 *	4. Build the parent's indexes on the new table (bulk builds, faster
 *	   than maintaining them row by row, and before any strong lock).
 *	5. Give the new table the parent's foreign keys under the parent's
 *	   names, NOT VALID, then VALIDATE CONSTRAINT: the check of the moved
 *	   rows runs holding SHARE UPDATE EXCLUSIVE on the new table and ROW
 *	   SHARE on the referenced one, and ATTACH later adopts these
 *	   constraints instead of cloning the parent's and checking every row
 *	   again under its locks.  Adding them locks each referenced table in
 *	   SHARE ROW EXCLUSIVE mode (blocking its writers, not its readers nor
 *	   the writers of the parent) until the unit commits, as ATTACH does.
 *	6. Set a second mark (L1, S1) and move the rows of the range added
 *	   since the first one.  A row the move of step 3 did not see was
 *	   written by a transaction that S0 does not see, and after L0: a
 *	   transaction that wrote it before L0 held its lock on DEFAULT when
 *	   the writers were listed, so step 3 waited for it and saw its rows.
 *	   Every change of a page of a permanent heap table is WAL-logged and
 *	   sets the page's LSN to the end of its record, so the row lies on a
 *	   page whose LSN is after L0.  Read the LSN of every page of DEFAULT
 *	   (a pin each), and on the pages changed since L0 (by this unit's
 *	   move, pruning, VACUUM or writers) the xmin of each tuple; move by
 *	   TID the tuples whose xmin S0 does not see (their rows if committed).
 *	   By the same reasoning, whatever this misses (not committed yet, or
 *	   added after the look at its page) is added since the second mark.
 *	7. Lock the parent, then DEFAULT, in ACCESS EXCLUSIVE mode, and move
 *	   the rows added since the second mark in the same way.  Now DEFAULT
 *	   holds no row of the range and no one can add one: give it a CHECK
 *	   constraint saying exactly that (the partition constraint ATTACH is
 *	   about to give it), marked valid without a scan, as PostgreSQL marks
 *	   the constraints of a table it creates.
 *	8. ATTACH.  The two CHECK constraints spare it the scans of the new
 *	   table and of DEFAULT; it adopts the indexes and the foreign keys and
 *	   clones the row triggers: catalog work only.  The CHECK constraints
 *	   are dropped (no other session ever sees DEFAULT's) and the
 *	   transaction commits at once, releasing the locks.
 *
 * So the locks of steps 7 and 8 are held for a read of DEFAULT's page
 * LSNs (about 22,000 pages for a million rows: a few milliseconds when
 * cached) and of the tuple headers of the few pages changed in the last
 * moments, the rows added then, and catalog work; not for anything that
 * grows with the rows moved.  Where the reasoning of step 6 does not hold
 * (DEFAULT unlogged, partitioned, foreign or of another table access
 * method), the catch-ups of steps 6 and 7 scan the range instead, step 7
 * under the lock; so do they when millions of rows were added meanwhile.
 * Where the CHECK constraint cannot be added (DEFAULT not a plain table,
 * not owned by the parent's owner, or with trigger events pending in this
 * transaction), ATTACH scans DEFAULT; foreign keys not validated on the
 * parent, inherited, self-referencing, or that the owner may no longer add
 * by name (REFERENCES or schema USAGE revoked) are left to ATTACH, which
 * checks the validated ones under its locks.  A table that got no rows
 * leaves its foreign keys to ATTACH (checking an empty table is instant),
 * and a DEFAULT of fewer than DEFAULT_BOUND_MIN_PAGES pages gets no CHECK
 * constraint (ATTACH's check of it is quicker than adding and dropping
 * one).  In the function form a unit after the first finds DEFAULT locked
 * by its own transaction already: its move sees every row and nothing
 * needs catching up.
 *
 * Why the parent's ACCESS EXCLUSIVE lock in step 7, which core's ATTACH
 * does not need: a query on the parent takes its list of partitions when
 * it locks the parent, then locks the partitions.  A reader that locked
 * the parent before the commit and then waited for DEFAULT would scan
 * DEFAULT with a snapshot taken after the commit (rows gone) without the
 * new partition (not in its list): it would miss the moved rows.  Holding
 * the parent makes it wait before it takes the list.  A writer gains as
 * well: it waits before routing its row, so a row for the new range goes
 * to the new partition instead of failing DEFAULT's new constraint.
 *
 * Every lock the unit asks for explicitly, and the waits for DEFAULT's
 * writers, are taken with lock_timeout and retried
 * (crmdb.partition_lock_retries times, crmdb.partition_retry_delay apart):
 * a unit never waits long behind a reader while queueing everyone else
 * behind itself.  The WAL of the
 * move, of each index build and of the validations is flushed as soon as
 * it is written, so that a concurrent writer's commit, which must flush
 * all WAL written before it, never finds much of ours to flush, and the
 * commit of the unit little.
 *
 * The move is a storage move, not a change of the rows: it runs with
 * session_replication_role = replica, so that ordinary row triggers (the
 * payment reference registry of payments, foreign key checks of rows that
 * were checked when they were written, users' audit triggers) do not fire
 * for it, exactly as they do not fire for ATTACH or DETACH.  A DEFAULT
 * partition with triggers enabled ALWAYS or REPLICA is refused.  Readers
 * of the parent see every row exactly once: before the commit in DEFAULT,
 * after it in the new partition.  The rows moved after step 5 are not
 * checked against the foreign keys again: they were checked when they
 * were written, and a referenced row removed since would have had to wait
 * for this unit (its removal finds the row in DEFAULT, deleted by this
 * unit's uncommitted move), while this unit holds the referenced tables
 * against such removals from step 5 on.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition_ops.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/attmap.h"
#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/transam.h"
#include "access/xact.h"
#include "access/xlog.h"
#include "catalog/dependency.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_am.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/defrem.h"
#include "commands/event_trigger.h"
#include "commands/tablecmds.h"
#include "commands/tablespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "parser/parse_utilcmd.h"
#include "partitioning/partbounds.h"
#include "pgstat.h"
#include "storage/bufmgr.h"
#include "storage/latch.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/ruleutils.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "partition/partition.h"
#include "support/support.h"

/* Report how long a step of a unit took, at DEBUG1. */
#define STEP_DONE(what) \
	do { \
		elog(DEBUG1, "partition %s: %s done after %.1f ms", \
			 relname, (what), crmdb_elapsed_ms(step)); \
		step = GetCurrentTimestamp(); \
	} while (0)

/* Name of the CHECK constraint that lets ATTACH skip scanning the table. */
#define BOUND_CONSTRAINT "crmdb_partition_bound"

/* Name of the CHECK constraint that lets ATTACH skip scanning DEFAULT. */
#define DEFAULT_BOUND_CONSTRAINT "crmdb_partition_default_bound"

static const char *
lockmode_name(LOCKMODE mode)
{
	switch (mode)
	{
		case AccessShareLock:
			return "ACCESS SHARE";
		case RowExclusiveLock:
			return "ROW EXCLUSIVE";
		case ShareUpdateExclusiveLock:
			return "SHARE UPDATE EXCLUSIVE";
		case ShareRowExclusiveLock:
			return "SHARE ROW EXCLUSIVE";
		case ExclusiveLock:
			return "EXCLUSIVE";
		case AccessExclusiveLock:
			return "ACCESS EXCLUSIVE";
	}
	return "?";
}

/*
 * retry_on_lock_timeout
 *		Run attempt(arg), which waits for locks, at most lock_timeout per
 *		attempt, trying 1 + crmdb.partition_lock_retries times with a pause
 *		of crmdb.partition_retry_delay between attempts.  A deadlock in which
 *		this session is the victim counts as a failed attempt too.  After
 *		the last attempt, fails with errmsg failure.
 *
 *		Each attempt runs in a subtransaction so that a timed-out attempt
 *		can be caught; locks it was granted pass to the enclosing
 *		transaction.
 */
static void
retry_on_lock_timeout(void (*attempt) (void *arg), void *arg,
					  const char *failure)
{
	int			attempts = 1 + crmdb_partition_lock_retries;

	for (int n = 1;; n++)
	{
		MemoryContext oldcontext = CurrentMemoryContext;
		ResourceOwner oldowner = CurrentResourceOwner;
		bool		done = false;

		BeginInternalSubTransaction(NULL);
		MemoryContextSwitchTo(oldcontext);

		PG_TRY();
		{
			attempt(arg);
			ReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(oldcontext);
			CurrentResourceOwner = oldowner;
			done = true;
		}
		PG_CATCH();
		{
			ErrorData  *edata;

			MemoryContextSwitchTo(oldcontext);
			edata = CopyErrorData();
			FlushErrorState();
			RollbackAndReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(oldcontext);
			CurrentResourceOwner = oldowner;

			if (edata->sqlerrcode != ERRCODE_LOCK_NOT_AVAILABLE &&
				edata->sqlerrcode != ERRCODE_T_R_DEADLOCK_DETECTED)
				ReThrowError(edata);
			if (n >= attempts)
				ereport(ERROR,
						(errcode(ERRCODE_LOCK_NOT_AVAILABLE),
						 errmsg("%s", failure),
						 errdetail_plural("%d attempt waited up to crmdb.lock_timeout (%d ms) while other sessions held conflicting locks; last error: %s",
										  "%d attempts each waited up to crmdb.lock_timeout (%d ms) while other sessions held conflicting locks; last error: %s",
										  attempts,
										  attempts, crmdb_lock_timeout_ms,
										  edata->message),
						 errhint("Run the maintenance again later, or raise crmdb.lock_timeout or crmdb.partition_lock_retries.")));
			FreeErrorData(edata);
		}
		PG_END_TRY();

		if (done)
			return;

		/* Let the sessions we waited for get on before the next attempt. */
		(void) WaitLatch(MyLatch, WL_LATCH_SET | WL_TIMEOUT | WL_EXIT_ON_PM_DEATH,
						 crmdb_partition_retry_delay_ms, PG_WAIT_EXTENSION);
		ResetLatch(MyLatch);
		CHECK_FOR_INTERRUPTS();
	}
}

typedef struct LockRequest
{
	Oid			relid;
	LOCKMODE	mode;
} LockRequest;

static void
lock_attempt(void *arg)
{
	LockRequest *req = (LockRequest *) arg;

	LockRelationOid(req->relid, req->mode);
}

/*
 * lock_relation
 *		Lock a relation, with lock_timeout and retries (see
 *		retry_on_lock_timeout).
 */
static void
lock_relation(Oid relid, LOCKMODE mode)
{
	LockRequest req;

	req.relid = relid;
	req.mode = mode;
	retry_on_lock_timeout(lock_attempt, &req,
						  psprintf("could not lock table \"%s\" in %s mode",
								   crmdb_qualified_relname(relid),
								   lockmode_name(mode)));
}

/*
 * Lock the tables that ATTACH, DETACH or DROP of a partition of parent
 * touch for foreign keys: the tables its foreign keys reference, and the
 * tables whose foreign keys reference it.
 */
static void
lock_foreign_key_tables(Oid parent)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(parent)};
	List	   *relids = NIL;
	ListCell   *lc;

	crmdb_spi_exec_args("SELECT DISTINCT CASE WHEN conrelid OPERATOR(pg_catalog.=) $1"
						" THEN confrelid ELSE conrelid END"
						" FROM pg_catalog.pg_constraint"
						" WHERE contype OPERATOR(pg_catalog.=) 'f'"
						" AND (conrelid OPERATOR(pg_catalog.=) $1"
						"      OR confrelid OPERATOR(pg_catalog.=) $1)"
						" ORDER BY 1",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Oid			relid;

		relid = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[i],
											   SPI_tuptable->tupdesc, 1,
											   &isnull));
		if (relid != parent)
			relids = lappend_oid(relids, relid);
	}
	foreach(lc, relids)
		lock_relation(lfirst_oid(lc), ShareRowExclusiveLock);
}

/* "col >= lo AND col < hi" with $1 and $2, leaving out infinite ends. */
static char *
range_condition(const char *col, int64 lo, int64 hi)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "%s IS NOT NULL", col);
	if (lo != CRMDB_BOUND_MIN)
		appendStringInfo(&buf, " AND %s OPERATOR(pg_catalog.>=) $1", col);
	if (hi != CRMDB_BOUND_MAX)
		appendStringInfo(&buf, " AND %s OPERATOR(pg_catalog.<) $2", col);
	return buf.data;
}

/*
 * crmdb_default_min_key
 *		The smallest key in DEFAULT within [from, below), as a bound.
 */
int64
crmdb_default_min_key(const CrmdbPartConfig *config, Oid defpart,
					  int64 from, int64 below, bool *found)
{
	const char *col = quote_identifier(config->control_column);
	Oid			argtypes[2] = {config->keytype, config->keytype};
	Datum		args[2];
	Datum		result;
	bool		isnull;
	char	   *sql;

	args[0] = crmdb_bound_to_datum(from, config->keytype);
	args[1] = crmdb_bound_to_datum(below, config->keytype);
	sql = psprintf("SELECT pg_catalog.min(%s) FROM %s WHERE %s",
				   col, crmdb_qualified_relname(defpart),
				   range_condition(col, from, below));
	crmdb_spi_exec_args(sql, 2, argtypes, args, NULL, false, SPI_OK_SELECT);
	result = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1,
						   &isnull);
	*found = !isnull;
	return isnull ? 0 : crmdb_datum_to_bound(result, config->keytype);
}

/*
 * crmdb_default_count
 *		The number of rows in DEFAULT whose key lies in one of pieces (a
 *		list of CrmdbPartition), or is NULL if nulls.
 *
 *		The pieces are meant to be ranges no partition covers: DEFAULT's
 *		partition constraint keeps it from holding rows of the others, and
 *		the query then reads none of the rows a drain moved out (still in
 *		DEFAULT as dead tuples until VACUUM, or as tuples deleted by this
 *		very transaction in the function form).
 */
int64
crmdb_default_count(const CrmdbPartConfig *config, Oid defpart,
					List *pieces, bool nulls)
{
	const char *col = quote_identifier(config->control_column);
	int			nargs = 2 * list_length(pieces);
	Oid		   *argtypes;
	Datum	   *args;
	StringInfoData sql;
	ListCell   *lc;
	int			n = 0;
	bool		isnull;

	if (pieces == NIL && !nulls)
		return 0;

	argtypes = palloc(Max(nargs, 1) * sizeof(Oid));
	args = palloc(Max(nargs, 1) * sizeof(Datum));
	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT pg_catalog.count(*) FROM %s WHERE false",
					 crmdb_qualified_relname(defpart));
	foreach(lc, pieces)
	{
		CrmdbPartition *piece = lfirst(lc);

		appendStringInfo(&sql, " OR (%s IS NOT NULL", col);
		if (piece->lo != CRMDB_BOUND_MIN)
			appendStringInfo(&sql, " AND %s OPERATOR(pg_catalog.>=) $%d", col, n + 1);
		if (piece->hi != CRMDB_BOUND_MAX)
			appendStringInfo(&sql, " AND %s OPERATOR(pg_catalog.<) $%d", col, n + 2);
		appendStringInfoChar(&sql, ')');
		argtypes[n] = argtypes[n + 1] = config->keytype;
		args[n] = crmdb_bound_to_datum(piece->lo, config->keytype);
		args[n + 1] = crmdb_bound_to_datum(piece->hi, config->keytype);
		n += 2;
	}
	if (nulls)
		appendStringInfo(&sql, " OR %s IS NULL", col);
	crmdb_spi_exec_args(sql.data, nargs, argtypes, args, NULL, false,
						SPI_OK_SELECT);
	return DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
									   SPI_tuptable->tupdesc, 1, &isnull));
}

/* The parent's columns that rows are copied through, quoted, in order. */
static char *
copy_column_list(Oid parent)
{
	Relation	rel = table_open(parent, NoLock);
	TupleDesc	tupdesc = RelationGetDescr(rel);
	StringInfoData buf;

	initStringInfo(&buf);
	for (int i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);

		/* generated columns are computed again by the new table */
		if (att->attisdropped || att->attgenerated)
			continue;
		if (buf.len > 0)
			appendStringInfoString(&buf, ", ");
		appendStringInfoString(&buf, quote_identifier(NameStr(att->attname)));
	}
	table_close(rel, NoLock);
	return buf.data;
}

/*
 * The triggers of DEFAULT that would fire even with session_replication_role
 * = replica (enabled ALWAYS or REPLICA), as a list of names, or NULL.
 */
static char *
replica_triggers(Oid defpart)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(defpart)};

	crmdb_spi_exec_args("SELECT pg_catalog.string_agg(pg_catalog.quote_ident(tgname), ', '"
						" ORDER BY tgname)"
						" FROM pg_catalog.pg_trigger"
						" WHERE tgrelid OPERATOR(pg_catalog.=) $1"
						" AND NOT tgisinternal"
						" AND tgenabled OPERATOR(pg_catalog.=) ANY ('{A,R}'::pg_catalog.\"char\"[])",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);
	return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
}

/*
 * Refuse to move rows of [lo, hi) out of a DEFAULT partition whose
 * triggers would fire for the move (see replica_triggers()).
 */
static void
check_movable(const CrmdbPartConfig *config, Oid defpart, const char *triggers,
			  int64 lo, int64 hi)
{
	const char *col = quote_identifier(config->control_column);
	Oid			argtypes[2] = {config->keytype, config->keytype};
	Datum		args[2];
	char	   *sql;

	if (triggers == NULL)
		return;
	args[0] = crmdb_bound_to_datum(lo, config->keytype);
	args[1] = crmdb_bound_to_datum(hi, config->keytype);
	sql = psprintf("SELECT 1 FROM %s WHERE %s LIMIT 1",
				   crmdb_qualified_relname(defpart),
				   range_condition(col, lo, hi));
	crmdb_spi_exec_args(sql, 2, argtypes, args, NULL, false, SPI_OK_SELECT);
	if (SPI_processed > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot move rows out of DEFAULT partition \"%s\"",
						crmdb_qualified_relname(defpart)),
				 errdetail("Its triggers %s are enabled ALWAYS or REPLICA and would fire for a move that changes no row.",
						   triggers),
				 errhint("Set those triggers to ENABLE while the maintenance runs, or move the rows yourself.")));
}

/*
 * Move the rows of [lo, hi) from DEFAULT into the new table, in one
 * statement, with row triggers off (see the file header); only those
 * among the tuples tids when tids is not NULL.  Returns the number of rows
 * moved.
 */
static int64
move_rows(const CrmdbPartConfig *config, Oid defpart, Oid child,
		  const char *columns, int64 lo, int64 hi, ArrayType *tids)
{
	const char *col = quote_identifier(config->control_column);
	Oid			argtypes[3] = {config->keytype, config->keytype, TIDARRAYOID};
	Datum		args[3];
	char	   *sql;
	int			save_nestlevel;
	int64		moved;

	args[0] = crmdb_bound_to_datum(lo, config->keytype);
	args[1] = crmdb_bound_to_datum(hi, config->keytype);
	args[2] = tids ? PointerGetDatum(tids) : (Datum) 0;
	sql = psprintf("WITH moved AS (DELETE FROM %s WHERE %s%s RETURNING %s)"
				   " INSERT INTO %s (%s) SELECT %s FROM moved",
				   crmdb_qualified_relname(defpart),
				   range_condition(col, lo, hi),
				   tids ? " AND ctid OPERATOR(pg_catalog.=) ANY ($3)" : "",
				   columns,
				   crmdb_qualified_relname(child), columns, columns);

	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("session_replication_role", "replica",
							 PGC_SUSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	crmdb_spi_exec_args(sql, tids ? 3 : 2, argtypes, args, NULL, false,
						SPI_OK_INSERT);
	moved = (int64) SPI_processed;
	AtEOXact_GUC(true, save_nestlevel);

	return moved;
}

/*
 * Build every index of the parent on the new, still standalone table, so
 * that ATTACH adopts them instead of building them under its locks.  The
 * clones are the ones ATTACH itself would make.
 */
static void
clone_indexes(Oid parent, Oid child)
{
	Relation	parentrel = table_open(parent, NoLock);
	Relation	childrel = table_open(child, NoLock);
	AttrMap    *attmap;
	List	   *indexes;
	ListCell   *lc;

	attmap = build_attrmap_by_name(RelationGetDescr(childrel),
								   RelationGetDescr(parentrel));
	indexes = RelationGetIndexList(parentrel);
	table_close(childrel, NoLock);

	foreach(lc, indexes)
	{
		Relation	idxrel = index_open(lfirst_oid(lc), AccessShareLock);
		IndexStmt  *stmt;
		Oid			constraintOid;

		stmt = generateClonedIndexStmt(NULL, idxrel, attmap, &constraintOid);
		DefineIndex(child, stmt, InvalidOid, InvalidOid, InvalidOid,
					false, false, false, false, true);
		index_close(idxrel, AccessShareLock);
		CommandCounterIncrement();
		/* see the file header */
		XLogFlush(XactLastRecEnd);
	}
	table_close(parentrel, NoLock);
}

/* Give the new table the parent's ACL, column ACLs included, exactly. */
static void
copy_privileges(Oid parent, Oid child)
{
	Relation	classrel;
	Relation	attrel;
	Relation	parentrel;
	TupleDesc	tupdesc;
	HeapTuple	ptup;
	HeapTuple	ctup;
	HeapTuple	newtup;
	Datum		pacl;
	bool		pnull;
	Datum		cacl;
	bool		cnull;
	Oid			owner;
	Oid		   *oldmembers;
	Oid		   *newmembers;
	int			noldmembers;
	int			nnewmembers;
	Datum		values[Natts_pg_class];
	bool		nulls[Natts_pg_class];
	bool		replace[Natts_pg_class];

	classrel = table_open(RelationRelationId, RowExclusiveLock);

	ptup = SearchSysCache1(RELOID, ObjectIdGetDatum(parent));
	if (!HeapTupleIsValid(ptup))
		elog(ERROR, "cache lookup failed for relation %u", parent);
	owner = ((Form_pg_class) GETSTRUCT(ptup))->relowner;
	pacl = SysCacheGetAttr(RELOID, ptup, Anum_pg_class_relacl, &pnull);

	ctup = SearchSysCache1(RELOID, ObjectIdGetDatum(child));
	if (!HeapTupleIsValid(ctup))
		elog(ERROR, "cache lookup failed for relation %u", child);
	if (((Form_pg_class) GETSTRUCT(ctup))->relowner != owner)
		elog(ERROR, "new partition %u is not owned by the owner of its parent",
			 child);
	cacl = SysCacheGetAttr(RELOID, ctup, Anum_pg_class_relacl, &cnull);

	noldmembers = cnull ? 0 : aclmembers(DatumGetAclP(cacl), &oldmembers);
	nnewmembers = pnull ? 0 : aclmembers(DatumGetAclP(pacl), &newmembers);

	memset(replace, false, sizeof(replace));
	replace[Anum_pg_class_relacl - 1] = true;
	values[Anum_pg_class_relacl - 1] = pacl;
	nulls[Anum_pg_class_relacl - 1] = pnull;
	newtup = heap_modify_tuple(ctup, RelationGetDescr(classrel),
							   values, nulls, replace);
	CatalogTupleUpdate(classrel, &newtup->t_self, newtup);
	updateAclDependencies(RelationRelationId, child, 0, owner,
						  noldmembers, noldmembers ? oldmembers : NULL,
						  nnewmembers, nnewmembers ? newmembers : NULL);
	ReleaseSysCache(ctup);
	ReleaseSysCache(ptup);
	table_close(classrel, RowExclusiveLock);

	/* Column privileges, matched by name. */
	attrel = table_open(AttributeRelationId, RowExclusiveLock);
	parentrel = table_open(parent, NoLock);
	tupdesc = RelationGetDescr(parentrel);
	for (int i = 0; i < tupdesc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(tupdesc, i);
		Datum		avalues[Natts_pg_attribute];
		bool		anulls[Natts_pg_attribute];
		bool		areplace[Natts_pg_attribute];
		AttrNumber	childattnum;

		if (att->attisdropped)
			continue;
		ptup = SearchSysCacheAttName(parent, NameStr(att->attname));
		if (!HeapTupleIsValid(ptup))
			continue;
		pacl = SysCacheGetAttr(ATTNUM, ptup, Anum_pg_attribute_attacl, &pnull);
		ctup = SearchSysCacheCopyAttName(child, NameStr(att->attname));
		if (!HeapTupleIsValid(ctup))
			elog(ERROR, "column \"%s\" missing in new partition %u",
				 NameStr(att->attname), child);
		childattnum = ((Form_pg_attribute) GETSTRUCT(ctup))->attnum;
		cacl = heap_getattr(ctup, Anum_pg_attribute_attacl,
							RelationGetDescr(attrel), &cnull);
		if (pnull && cnull)
		{
			ReleaseSysCache(ptup);
			heap_freetuple(ctup);
			continue;
		}
		noldmembers = cnull ? 0 : aclmembers(DatumGetAclP(cacl), &oldmembers);
		nnewmembers = pnull ? 0 : aclmembers(DatumGetAclP(pacl), &newmembers);

		memset(areplace, false, sizeof(areplace));
		areplace[Anum_pg_attribute_attacl - 1] = true;
		avalues[Anum_pg_attribute_attacl - 1] = pacl;
		anulls[Anum_pg_attribute_attacl - 1] = pnull;
		newtup = heap_modify_tuple(ctup, RelationGetDescr(attrel),
								   avalues, anulls, areplace);
		CatalogTupleUpdate(attrel, &newtup->t_self, newtup);
		updateAclDependencies(RelationRelationId, child, childattnum, owner,
							  noldmembers, noldmembers ? oldmembers : NULL,
							  nnewmembers, nnewmembers ? newmembers : NULL);
		ReleaseSysCache(ptup);
		heap_freetuple(ctup);
	}
	table_close(parentrel, NoLock);
	table_close(attrel, RowExclusiveLock);

	CommandCounterIncrement();
}

/*
 * Give the new, still standalone table the parent's foreign keys, under
 * the parent's constraint names, and validate them: ATTACH then adopts
 * them (PostgreSQL's tryAttachPartitionForeignKey(): same columns,
 * referenced table and columns, operators, actions, match type and
 * deferrability, validated) instead of cloning the parent's and checking
 * every row under its locks.  VALIDATE CONSTRAINT holds only SHARE UPDATE
 * EXCLUSIVE on the new table and ROW SHARE on the referenced one; adding
 * the constraint holds SHARE ROW EXCLUSIVE on the referenced table (what
 * ATTACH would take too) until the unit commits, so this comes after the
 * move and the index builds.
 *
 * Left to ATTACH: foreign keys that are not validated (ATTACH does not
 * check those), inherited ones, self-references, and those the owner
 * could not add by name (no REFERENCES privilege on the referenced table
 * or no USAGE on its schema any more).  Returns the names of the
 * constraints made.
 */
static List *
add_foreign_keys(Oid parent, const char *qname)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(parent)};
	List	   *names = NIL;
	List	   *defs = NIL;
	List	   *refs = NIL;
	ListCell   *lc1,
			   *lc2,
			   *lc3;

	crmdb_spi_exec_args("SELECT c.conname, pg_catalog.pg_get_constraintdef(c.oid), c.confrelid"
						" FROM pg_catalog.pg_constraint c"
						" JOIN pg_catalog.pg_class r ON r.oid OPERATOR(pg_catalog.=) c.confrelid"
						" WHERE c.conrelid OPERATOR(pg_catalog.=) $1"
						" AND c.contype OPERATOR(pg_catalog.=) 'f'"
						" AND c.convalidated"
						" AND c.conparentid OPERATOR(pg_catalog.=) 0"
						" AND c.confrelid OPERATOR(pg_catalog.<>) $1"
						" AND pg_catalog.has_schema_privilege(r.relnamespace, 'USAGE')"
						" AND (pg_catalog.has_table_privilege(c.confrelid, 'REFERENCES')"
						"      OR NOT EXISTS (SELECT FROM pg_catalog.unnest(c.confkey) AS k(attnum)"
						"                     WHERE NOT pg_catalog.has_column_privilege(c.confrelid, k.attnum, 'REFERENCES')))"
						" ORDER BY c.conname",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	tupdesc = SPI_tuptable->tupdesc;
		bool		isnull;

		names = lappend(names, SPI_getvalue(tuple, tupdesc, 1));
		defs = lappend(defs, SPI_getvalue(tuple, tupdesc, 2));
		refs = lappend_oid(refs,
						   DatumGetObjectId(SPI_getbinval(tuple, tupdesc, 3,
														  &isnull)));
	}

	forthree(lc1, names, lc2, defs, lc3, refs)
	{
		const char *name = quote_identifier(lfirst(lc1));

		lock_relation(lfirst_oid(lc3), ShareRowExclusiveLock);
		crmdb_spi_exec(psprintf("ALTER TABLE %s ADD CONSTRAINT %s %s NOT VALID",
								qname, name, (char *) lfirst(lc2)),
					   SPI_OK_UTILITY);
		crmdb_spi_exec(psprintf("ALTER TABLE %s VALIDATE CONSTRAINT %s",
								qname, name),
					   SPI_OK_UTILITY);
	}
	return names;
}

/*
 * After ATTACH: every foreign key add_foreign_keys() made must now be the
 * partition's part of the parent's (conparentid set); otherwise ATTACH
 * cloned the parent's besides it, and the partition would have each
 * foreign key twice.
 */
static void
check_foreign_keys_adopted(Oid child, List *names)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(child)};
	char	   *left;

	if (names == NIL)
		return;
	crmdb_spi_exec_args("SELECT pg_catalog.string_agg(pg_catalog.quote_ident(conname), ', '"
						" ORDER BY conname)"
						" FROM pg_catalog.pg_constraint"
						" WHERE conrelid OPERATOR(pg_catalog.=) $1"
						" AND contype OPERATOR(pg_catalog.=) 'f'"
						" AND conparentid OPERATOR(pg_catalog.=) 0",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);
	left = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	if (left != NULL)
		elog(ERROR, "foreign keys %s of new partition %u were not attached to the parent's",
			 left, child);
}

/*
 * Wait until every transaction that holds a lock on rel allowing it to
 * write (ROW EXCLUSIVE or stronger) ends, without taking any lock on rel:
 * writers that come later go on.  Other holders (readers, VACUUM, ANALYZE)
 * are not waited for.
 */
static void
wait_for_writers_attempt(void *arg)
{
	Oid			relid = *(Oid *) arg;
	LOCKMASK	writes = LOCKBIT_ON(RowExclusiveLock) |
		LOCKBIT_ON(ShareRowExclusiveLock) | LOCKBIT_ON(ExclusiveLock) |
		LOCKBIT_ON(AccessExclusiveLock);
	LockData   *locks = GetLockStatusData();
	List	   *writers = NIL;
	ListCell   *lc;

	for (int i = 0; i < locks->nelements; i++)
	{
		LockInstanceData *instance = &locks->locks[i];
		VirtualTransactionId *vxid;

		if (instance->locktag.locktag_type != LOCKTAG_RELATION ||
			instance->locktag.locktag_field1 != MyDatabaseId ||
			instance->locktag.locktag_field2 != relid ||
			(instance->holdMask & writes) == 0 ||
			instance->pid == MyProcPid)
			continue;
		vxid = palloc(sizeof(VirtualTransactionId));
		vxid->backendId = instance->backend;
		vxid->localTransactionId = instance->lxid;
		writers = lappend(writers, vxid);
	}
	foreach(lc, writers)
	{
		CHECK_FOR_INTERRUPTS();
		(void) VirtualXactLock(*(VirtualTransactionId *) lfirst(lc), true);
	}
}

static void
wait_for_writers(Oid relid)
{
	retry_on_lock_timeout(wait_for_writers_attempt, &relid,
						  psprintf("could not wait for the writers of table \"%s\"",
								   crmdb_qualified_relname(relid)));
}

/*
 * Whether the rows added to rel after some WAL position can be found from
 * its pages' LSNs (see added_tids()): a permanent heap table.
 */
static bool
pages_show_changes(Relation rel)
{
	return rel->rd_rel->relkind == RELKIND_RELATION &&
		rel->rd_rel->relpersistence == RELPERSISTENCE_PERMANENT &&
		rel->rd_rel->relam == HEAP_TABLE_AM_OID;
}

/* More rows than this found added: move by a scan of the range instead. */
#define ADDED_TIDS_MAX (4 * 1024 * 1024)

/*
 * A mark from which the rows added to DEFAULT can be found: every row of
 * DEFAULT that was not there, or not committed, for a move done after the
 * mark was set lies on a page whose LSN is after lsn and was written by a
 * transaction that snapshot does not see (see the file header).
 */
typedef struct CatchUpMark
{
	XLogRecPtr	lsn;
	Snapshot	snapshot;
} CatchUpMark;

/*
 * Set a mark on DEFAULT: the WAL insert position, then the end of the
 * transactions writing DEFAULT at that moment, then a snapshot.
 */
static void
set_mark(Oid defpart, CatchUpMark *mark)
{
	mark->lsn = GetXLogInsertRecPtr();
	wait_for_writers(defpart);
	mark->snapshot = RegisterSnapshot(GetTransactionSnapshot());
}

/*
 * The tuples of rel added since mark, as a tid[] (NULL if there are none,
 * or more than ADDED_TIDS_MAX: *too_many is then set): those on the pages
 * whose LSN is after mark->lsn whose inserting transaction mark->snapshot
 * does not see.  Reads the LSN of every page of rel (a pin each) and the
 * header of each tuple of the pages changed since (a share lock each).
 * Pages changed for other reasons (pruning, VACUUM) only cost the look at
 * their tuples' headers.  *changed is set to the number of pages changed.
 */
static ArrayType *
added_tids(Relation rel, const CatchUpMark *mark, bool *too_many,
		   BlockNumber *changed)
{
	BlockNumber nblocks = RelationGetNumberOfBlocks(rel);
	BufferAccessStrategy strategy = NULL;
	Datum	   *tids = NULL;
	int			ntids = 0;
	int			maxtids = 0;
	ArrayType  *result = NULL;

	/*
	 * Like a sequential scan, keep a DEFAULT of more than a quarter of
	 * shared_buffers from flooding them; a smaller one stays cached for the
	 * look under the lock that follows the one before it.
	 */
	if (nblocks > NBuffers / 4)
		strategy = GetAccessStrategy(BAS_BULKREAD);

	*too_many = false;
	*changed = 0;
	for (BlockNumber blkno = 0; blkno < nblocks && !*too_many; blkno++)
	{
		Buffer		buffer;
		Page		page;
		OffsetNumber maxoff;

		CHECK_FOR_INTERRUPTS();
		buffer = ReadBufferExtended(rel, MAIN_FORKNUM, blkno, RBM_NORMAL,
									strategy);
		if (BufferGetLSNAtomic(buffer) <= mark->lsn)
		{
			ReleaseBuffer(buffer);
			continue;
		}

		(*changed)++;
		LockBuffer(buffer, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buffer);
		maxoff = PageIsNew(page) ? InvalidOffsetNumber :
			PageGetMaxOffsetNumber(page);
		for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
		{
			ItemId		itemid = PageGetItemId(page, off);
			TransactionId xmin;
			ItemPointer tid;

			if (!ItemIdIsNormal(itemid))
				continue;
			xmin = HeapTupleHeaderGetXmin((HeapTupleHeader) PageGetItem(page, itemid));
			if (!TransactionIdIsNormal(xmin) ||
				!XidInMVCCSnapshot(xmin, mark->snapshot))
				continue;
			if (ntids >= ADDED_TIDS_MAX)
			{
				*too_many = true;
				break;
			}
			if (ntids >= maxtids)
			{
				maxtids = Max(64, maxtids * 2);
				tids = tids ? repalloc(tids, maxtids * sizeof(Datum)) :
					palloc(maxtids * sizeof(Datum));
			}
			tid = palloc(sizeof(ItemPointerData));
			ItemPointerSet(tid, blkno, off);
			tids[ntids++] = PointerGetDatum(tid);
		}
		UnlockReleaseBuffer(buffer);
	}
	if (strategy)
		FreeAccessStrategy(strategy);

	if (ntids > 0 && !*too_many)
		result = construct_array(tids, ntids, TIDOID, sizeof(ItemPointerData),
								 false, TYPALIGN_SHORT);
	return result;
}

/* A bound of the parent's partition key as a PartitionRangeDatum. */
static PartitionRangeDatum *
range_datum(PartitionKey key, int64 bound)
{
	PartitionRangeDatum *datum = makeNode(PartitionRangeDatum);

	datum->location = -1;
	if (bound == CRMDB_BOUND_MIN)
		datum->kind = PARTITION_RANGE_DATUM_MINVALUE;
	else if (bound == CRMDB_BOUND_MAX)
		datum->kind = PARTITION_RANGE_DATUM_MAXVALUE;
	else
	{
		datum->kind = PARTITION_RANGE_DATUM_VALUE;
		datum->value = (Node *)
			makeConst(key->parttypid[0], key->parttypmod[0],
					  key->parttypcoll[0], key->parttyplen[0],
					  crmdb_bound_to_datum(bound, key->parttypid[0]),
					  false, key->parttypbyval[0]);
	}
	return datum;
}

/*
 * Give DEFAULT a CHECK constraint that is exactly the partition constraint
 * ATTACH of [lo, hi) gives it (NOT (the new partition's constraint), as
 * core's get_proposed_default_constraint() makes it), so that ATTACH finds
 * it implied and does not scan DEFAULT.  The constraint is marked valid
 * without a scan, the way PostgreSQL marks the constraints of a table it
 * creates: the caller has just proved it, holding DEFAULT in ACCESS
 * EXCLUSIVE mode since (see the file header), and drops it again before
 * the commit, so no other session ever sees it.
 */
static void
add_default_bound(Oid parent, Oid defpart, int64 lo, int64 hi)
{
	Relation	parentrel = table_open(parent, NoLock);
	Relation	defrel = table_open(defpart, NoLock);
	PartitionKey key = RelationGetPartitionKey(parentrel);
	PartitionBoundSpec *spec = makeNode(PartitionBoundSpec);
	Constraint *constraint = makeNode(Constraint);
	AlterTableCmd *cmd = makeNode(AlterTableCmd);
	AlterTableStmt *stmt = makeNode(AlterTableStmt);
	AlterTableUtilityContext context;
	List	   *qual;

	spec->strategy = PARTITION_STRATEGY_RANGE;
	spec->is_default = false;
	spec->lowerdatums = list_make1(range_datum(key, lo));
	spec->upperdatums = list_make1(range_datum(key, hi));
	spec->location = -1;

	qual = get_proposed_default_constraint(get_qual_from_partbound(parentrel, spec));
	qual = map_partition_varattnos(qual, 1, defrel, parentrel);

	constraint->contype = CONSTR_CHECK;
	constraint->conname = DEFAULT_BOUND_CONSTRAINT;
	constraint->location = -1;
	constraint->cooked_expr = nodeToString(make_ands_explicit(qual));
	constraint->skip_validation = true;
	constraint->initially_valid = true;

	cmd->subtype = AT_AddConstraint;
	cmd->def = (Node *) constraint;
	cmd->behavior = DROP_RESTRICT;

	stmt->relation = makeRangeVar(get_namespace_name(RelationGetNamespace(defrel)),
								  pstrdup(RelationGetRelationName(defrel)), -1);
	stmt->relation->inh = false;
	stmt->cmds = list_make1(cmd);
	stmt->objtype = OBJECT_TABLE;

	memset(&context, 0, sizeof(context));
	context.queryString = psprintf("ALTER TABLE ONLY %s ADD CONSTRAINT %s CHECK (%s)",
								   crmdb_qualified_relname(defpart),
								   DEFAULT_BOUND_CONSTRAINT,
								   deparse_expression((Node *) make_ands_explicit(qual),
													  deparse_context_for(RelationGetRelationName(defrel),
																		  defpart),
													  false, false));
	context.relid = defpart;

	table_close(defrel, NoLock);
	table_close(parentrel, NoLock);

	/*
	 * The caller holds DEFAULT in ACCESS EXCLUSIVE mode.  The constraint is
	 * no concern of event triggers: it is gone before the commit.
	 */
	EventTriggerInhibitCommandCollection();
	AlterTable(stmt, AccessExclusiveLock, &context);
	EventTriggerUndoInhibitCommandCollection();
	CommandCounterIncrement();
}

/* Fewer pages than this in DEFAULT: let ATTACH check it, it is cheaper. */
#define DEFAULT_BOUND_MIN_PAGES 32

/*
 * Whether to give DEFAULT the CHECK constraint of add_default_bound():
 * it can have one (a plain table, owned by the parent's owner, with no
 * trigger events pending in this transaction, which ALTER TABLE refuses),
 * and it is large enough for ATTACH's check of it to cost more than adding
 * and dropping the constraint.
 */
static bool
default_worth_bound(Oid defpart)
{
	Relation	defrel;
	bool		result;

	if (get_rel_relkind(defpart) != RELKIND_RELATION ||
		!pg_class_ownercheck(defpart, GetUserId()) ||
		AfterTriggerPendingOnRel(defpart))
		return false;
	defrel = table_open(defpart, NoLock);
	result = RelationGetNumberOfBlocks(defrel) >= DEFAULT_BOUND_MIN_PAGES;
	table_close(defrel, NoLock);
	return result;
}

/*
 * Move the rows of [lo, hi) added to DEFAULT since mark (see added_tids()),
 * or, if they are too many, those of the whole range.  Returns the number
 * of rows moved.
 */
static int64
catch_up(const CrmdbPartConfig *config, Oid defpart, Oid child,
		 const char *columns, int64 lo, int64 hi, const CatchUpMark *mark,
		 const char *relname)
{
	Relation	defrel = table_open(defpart, NoLock);
	BlockNumber nblocks = RelationGetNumberOfBlocks(defrel);
	BlockNumber changed;
	bool		too_many;
	ArrayType  *tids;

	tids = added_tids(defrel, mark, &too_many, &changed);
	table_close(defrel, NoLock);
	elog(DEBUG1, "partition %s: %s rows added to DEFAULT since %X/%X, on %u of its %u pages changed since",
		 relname,
		 too_many ? "too many" :
		 psprintf("%d", tids ? ArrayGetNItems(ARR_NDIM(tids), ARR_DIMS(tids)) : 0),
		 LSN_FORMAT_ARGS(mark->lsn), changed, nblocks);
	if (too_many)
		return move_rows(config, defpart, child, columns, lo, hi, NULL);
	if (tids == NULL)
		return 0;
	return move_rows(config, defpart, child, columns, lo, hi, tids);
}

/*
 * crmdb_create_partition
 *		Create the partition covering [lo, hi), moving the rows of that
 *		range out of DEFAULT.  aligned says whether [lo, hi) is a whole
 *		interval (named after it) or a piece of one (named after its first
 *		day).  Does nothing (result->done = false) if some other session
 *		covered part of the range meanwhile.
 */
void
crmdb_create_partition(const CrmdbPartConfig *config, int64 lo, int64 hi,
					   bool aligned, CrmdbUnitResult *result)
{
	Oid			parent = config->parent;
	char	   *parent_name = crmdb_qualified_relname(parent);
	Oid			nspoid = get_rel_namespace(parent);
	char	   *nspname = get_namespace_name(nspoid);
	char	   *relname;
	char	   *qname;
	const char *col = quote_identifier(config->control_column);
	char	   *lo_lit = crmdb_bound_literal(lo, config->keytype);
	char	   *hi_lit = crmdb_bound_literal(hi, config->keytype);
	List	   *parts;
	List	   *pieces;
	CrmdbPartition *piece;
	Oid			defpart = InvalidOid;
	Oid			child;
	Oid			tablespace;
	char	   *columns;
	char	   *triggers = NULL;
	List	   *foreign_keys = NIL;
	CatchUpMark mark;
	bool		by_pages = false;
	bool		default_held = false;
	bool		default_bound = false;
	StringInfoData sql;
	ListCell   *lc;
	TimestampTz step = GetCurrentTimestamp();

	memset(result, 0, sizeof(*result));

	lock_relation(parent, ShareUpdateExclusiveLock);

	/* Under the lock, the range must still be free. */
	parts = crmdb_list_partitions(parent, config->keytype);
	pieces = crmdb_uncovered_pieces(parts, lo, hi);
	if (list_length(pieces) != 1)
		return;
	piece = linitial(pieces);
	if (piece->lo != lo || piece->hi != hi)
		return;
	foreach(lc, parts)
	{
		CrmdbPartition *p = lfirst(lc);

		if (p->is_default)
			defpart = p->relid;
	}

	relname = crmdb_partition_relname(get_rel_name(parent), lo, hi,
									  config->interval, aligned);
	qname = quote_qualified_identifier(nspname, relname);
	if (OidIsValid(get_relname_relid(relname, nspoid)))
		ereport(ERROR,
				(errcode(ERRCODE_DUPLICATE_TABLE),
				 errmsg("cannot create partition \"%s\" of table \"%s\": relation \"%s\" already exists",
						qname, parent_name, relname),
				 errdetail("The relation is not a partition of \"%s\"; it may be a partition detached by retention.",
						   parent_name),
				 errhint("Rename, move or drop \"%s\", or attach it to \"%s\" yourself, then run the maintenance again.",
						 qname, parent_name)));

	/* 2. The standalone table, with the bounds as a CHECK constraint. */
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "CREATE TABLE %s (LIKE %s INCLUDING COMMENTS INCLUDING COMPRESSION"
					 " INCLUDING CONSTRAINTS INCLUDING DEFAULTS INCLUDING GENERATED"
					 " INCLUDING STATISTICS INCLUDING STORAGE)",
					 qname, parent_name);
	tablespace = get_rel_tablespace(parent);
	if (OidIsValid(tablespace))
		appendStringInfo(&sql, " TABLESPACE %s",
						 quote_identifier(get_tablespace_name(tablespace)));
	crmdb_spi_exec(sql.data, SPI_OK_UTILITY);
	child = get_relname_relid(relname, nspoid);
	if (!OidIsValid(child))
		elog(ERROR, "new partition \"%s\" not found", qname);

	resetStringInfo(&sql);
	appendStringInfo(&sql, "ALTER TABLE %s ADD CONSTRAINT %s CHECK (%s IS NOT NULL",
					 qname, BOUND_CONSTRAINT, col);
	if (lo != CRMDB_BOUND_MIN)
		appendStringInfo(&sql, " AND %s OPERATOR(pg_catalog.>=) %s", col, lo_lit);
	if (hi != CRMDB_BOUND_MAX)
		appendStringInfo(&sql, " AND %s OPERATOR(pg_catalog.<) %s", col, hi_lit);
	appendStringInfoChar(&sql, ')');
	crmdb_spi_exec(sql.data, SPI_OK_UTILITY);

	copy_privileges(parent, child);
	STEP_DONE("create table");

	/*
	 * In the function form, a unit after the first one finds DEFAULT locked
	 * in ACCESS EXCLUSIVE mode by this transaction already: the move of
	 * step 3 then sees every row, no one writes meanwhile, and steps 6 and
	 * 7 have nothing to catch up.  Otherwise the catch-ups go by the pages
	 * DEFAULT's writers changed where its pages show it (see the file
	 * header), by scanning the range where they do not.
	 */
	if (OidIsValid(defpart))
	{
		LOCKTAG		tag;
		Relation	defrel;

		SET_LOCKTAG_RELATION(tag, MyDatabaseId, defpart);
		default_held = LockHeldByMe(&tag, AccessExclusiveLock);
		defrel = table_open(defpart, AccessShareLock);
		by_pages = !default_held && pages_show_changes(defrel);
		table_close(defrel, NoLock);
	}

	/* 3. The bulk of the rows, while readers and writers go on. */
	columns = copy_column_list(parent);
	if (OidIsValid(defpart))
	{
		triggers = replica_triggers(defpart);
		check_movable(config, defpart, triggers, lo, hi);
		if (by_pages)
			set_mark(defpart, &mark);
		result->rows_moved += move_rows(config, defpart, child, columns,
										lo, hi, NULL);
		/* see the file header */
		XLogFlush(XactLastRecEnd);
	}
	STEP_DONE("move");

	/* 4. Indexes, built in bulk. */
	clone_indexes(parent, child);
	STEP_DONE("indexes");

	/*
	 * 5. Foreign keys, validated while readers and writers go on.  Those of
	 * a table that got no row are left to ATTACH: its check of them is
	 * then instant, and adding them here is not.
	 */
	if (result->rows_moved > 0)
		foreign_keys = add_foreign_keys(parent, qname);
	STEP_DONE("foreign keys");

	/* 6. The rows that writers added to the range since the move. */
	if (OidIsValid(defpart) && !default_held)
	{
		check_movable(config, defpart, triggers, lo, hi);
		if (by_pages)
		{
			CatchUpMark next;

			set_mark(defpart, &next);
			result->rows_moved += catch_up(config, defpart, child, columns,
										   lo, hi, &mark, relname);
			UnregisterSnapshot(mark.snapshot);
			mark = next;
		}
		else
			result->rows_moved += move_rows(config, defpart, child, columns,
											lo, hi, NULL);
	}
	STEP_DONE("catch-up move");

	/*
	 * Flush the WAL of the moves, the index builds and the validations now,
	 * so that the commit, under the locks below, has little left to flush.
	 */
	XLogFlush(XactLastRecEnd);
	STEP_DONE("WAL flush");

	/*
	 * 7. The parent, then DEFAULT, in ACCESS EXCLUSIVE mode until the commit
	 * that follows the ATTACH (see the file header for why the parent).
	 * Move the rows added to the range since step 6, and tell ATTACH that
	 * DEFAULT holds no row of the range any more.
	 */
	lock_relation(parent, AccessExclusiveLock);
	if (OidIsValid(defpart))
	{
		lock_relation(defpart, AccessExclusiveLock);
		STEP_DONE("locks");
		if (!default_held)
		{
			check_movable(config, defpart, triggers, lo, hi);
			if (by_pages)
			{
				result->rows_moved += catch_up(config, defpart, child, columns,
											   lo, hi, &mark, relname);
				UnregisterSnapshot(mark.snapshot);
			}
			else
				result->rows_moved += move_rows(config, defpart, child, columns,
												lo, hi, NULL);
		}
		default_bound = default_worth_bound(defpart);
		if (default_bound)
			add_default_bound(parent, defpart, lo, hi);
	}
	lock_foreign_key_tables(parent);
	STEP_DONE("last catch-up move");

	/* 8. Attach, and drop the CHECK constraints that served it. */
	resetStringInfo(&sql);
	appendStringInfo(&sql, "ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM (%s) TO (%s)",
					 parent_name, qname, lo_lit, hi_lit);
	crmdb_spi_exec(sql.data, SPI_OK_UTILITY);
	check_foreign_keys_adopted(child, foreign_keys);

	resetStringInfo(&sql);
	appendStringInfo(&sql, "ALTER TABLE %s DROP CONSTRAINT %s",
					 qname, BOUND_CONSTRAINT);
	crmdb_spi_exec(sql.data, SPI_OK_UTILITY);
	if (default_bound)
	{
		resetStringInfo(&sql);
		appendStringInfo(&sql, "ALTER TABLE %s DROP CONSTRAINT %s",
						 crmdb_qualified_relname(defpart),
						 DEFAULT_BOUND_CONSTRAINT);
		crmdb_spi_exec(sql.data, SPI_OK_UTILITY);
	}
	STEP_DONE("attach");

	result->done = true;
	result->partition_name = qname;
}

/*
 * crmdb_retire_partition
 *		Detach, drop or archive one partition whose upper bound is at or
 *		before cutoff.  Checks again, under the parent's lock, that it is
 *		still such a partition of the parent (result->done = false if not).
 */
void
crmdb_retire_partition(const CrmdbPartConfig *config, Oid partition,
					   int64 cutoff, CrmdbUnitResult *result)
{
	Oid			parent = config->parent;
	char	   *parent_name = crmdb_qualified_relname(parent);
	char	   *qname;
	char	   *relname;
	CrmdbPartition bounds;
	char	   *sql;

	memset(result, 0, sizeof(*result));

	lock_relation(parent, AccessExclusiveLock);

	if (!SearchSysCacheExists1(RELOID, ObjectIdGetDatum(partition)) ||
		get_partition_parent(partition, true) != parent ||
		!crmdb_partition_get_bounds(partition, config->keytype, &bounds) ||
		bounds.is_default || bounds.hi == CRMDB_BOUND_MAX ||
		bounds.hi > cutoff)
		return;

	lock_relation(partition, AccessExclusiveLock);
	lock_foreign_key_tables(parent);

	qname = crmdb_qualified_relname(partition);
	relname = get_rel_name(partition);
	result->partition_name = qname;

	if (config->retention_action == 'D')
	{
		sql = psprintf("DROP TABLE %s", qname);
		crmdb_spi_exec(sql, SPI_OK_UTILITY);
	}
	else
	{
		sql = psprintf("ALTER TABLE %s DETACH PARTITION %s", parent_name, qname);
		crmdb_spi_exec(sql, SPI_OK_UTILITY);

		if (config->retention_action == 'a')
		{
			Oid			archive_nsp = get_namespace_oid(config->archive_schema, true);

			if (!OidIsValid(archive_nsp))
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_SCHEMA),
						 errmsg("archive schema \"%s\" does not exist",
								config->archive_schema),
						 errhint("Create the schema, or change archive_schema in crmdb.partition_config.")));
			if (OidIsValid(get_relname_relid(relname, archive_nsp)))
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_TABLE),
						 errmsg("cannot archive partition \"%s\": relation \"%s\" already exists in schema \"%s\"",
								qname, relname, config->archive_schema),
						 errhint("Rename or drop the archived table, then run the maintenance again.")));
			sql = psprintf("ALTER TABLE %s SET SCHEMA %s", qname,
						   quote_identifier(config->archive_schema));
			crmdb_spi_exec(sql, SPI_OK_UTILITY);
			result->partition_name =
				quote_qualified_identifier(config->archive_schema, relname);
		}
	}
	result->done = true;
}
