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
 * parent's readers and writers, holds no lock that the writers of the
 * tables it references would wait for until the end, and holds the locks
 * that do block them only for catalog work and for the rows writers added
 * at the last moment:
 *
 *	1. Lock the parent in SHARE UPDATE EXCLUSIVE mode (blocks other DDL and
 *	   a second maintenance, not INSERT/UPDATE/DELETE/SELECT), then check
 *	   that the range is still free, and that rows may move at all: no
 *	   row-level security policy may hide rows of DEFAULT from the move,
 *	   and neither DEFAULT's triggers nor logical replication may take the
 *	   move for a change of the rows (see check_movable()).
 *	2. CREATE TABLE ... (LIKE parent) as a standalone table, with a CHECK
 *	   constraint matching the bounds, the parent's privileges and owner;
 *	   the parent's NOT VALID CHECK constraints are left out until step 7.
 *	3. Set a mark on DEFAULT: read the WAL insert position L0, wait until
 *	   the transactions writing DEFAULT at that moment end (without
 *	   locking DEFAULT: later writers go on), take a snapshot S0.  When
 *	   DEFAULT holds only rows of the range, copy them instead and keep
 *	   the copies in step at steps 6 and 7, then empty DEFAULT by TRUNCATE
 *	   (the copy drain, partition_copy.c: no row of DEFAULT is written
 *	   before step 7, so no one ever waits for one).  Otherwise
 *	   move the range's rows out of DEFAULT,
 *	   WITH moved AS (DELETE ... RETURNING) INSERT INTO new ..., one
 *	   statement per MOVE_CHUNK_PAGES pages of DEFAULT (by TID range),
 *	   holding only ROW EXCLUSIVE on DEFAULT: readers and writers go on.
 *	   Each statement sees every row S0 sees on its pages; rows added to
 *	   pages already moved are the catch-ups' business.
 *	4. Build the parent's indexes on the new table (bulk builds, faster
 *	   than maintaining them row by row, and before any strong lock).
 *	5. Prove the parent's foreign keys on the new table's rows with one
 *	   query each (the anti-join core's VALIDATE CONSTRAINT runs), holding
 *	   only ACCESS SHARE on the referenced tables: their writers go on.
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
 *	7. Take the lock set: the parent and DEFAULT in ACCESS EXCLUSIVE mode,
 *	   the tables the parent's foreign keys involve in SHARE ROW EXCLUSIVE
 *	   mode, without ever waiting for one while holding another
 *	   (crmdb_partition_lock_set()).  Move the rows added since the second mark the same
 *	   way, but find the pages changed since L1 in the WAL written since
 *	   (blocks_changed_since()): the record of every change names its
 *	   page, so this reads the last moments' WAL and those pages, not a
 *	   page of DEFAULT per 8 kB of it, which costs disk reads when DEFAULT
 *	   is not cached.  Now DEFAULT holds no row of the range and no one can
 *	   add one: give it a CHECK constraint saying exactly that (the
 *	   partition constraint ATTACH is about to give it), marked valid
 *	   without a scan, as PostgreSQL marks the constraints of a table it
 *	   creates.  Add the foreign keys proved in step 5 the same way, under
 *	   the parent's names, and the parent's NOT VALID CHECK constraints,
 *	   NOT VALID.
 *	8. ATTACH.  The two CHECK constraints spare it the scans of the new
 *	   table and of DEFAULT; it adopts the indexes and the foreign keys and
 *	   clones the row triggers: catalog work only.  The CHECK constraints
 *	   are dropped (no other session ever sees DEFAULT's) and the
 *	   transaction commits at once, releasing the locks.
 *
 * So the locks of steps 7 and 8 are held for a read of the WAL written
 * since step 6 and of the pages it names, the rows added then, and catalog
 * work; not for anything that grows with the rows moved or with the size
 * of DEFAULT.  Where the reasoning of step 6 does not hold (DEFAULT
 * unlogged, partitioned, foreign or of another table access method), the
 * catch-ups of steps 6 and 7 scan the range instead, step 7 under the
 * lock; so do they when millions of rows were added meanwhile.  Where the
 * WAL may not name every change (wal_level minimal), or more than
 * CATCHUP_WAL_MAX bytes of it were written since step 6, or it was
 * recycled, step 7 reads the LSN of every page of DEFAULT as step 6 does.
 * Where the CHECK constraint cannot be added (DEFAULT not a plain table,
 * not owned by the parent's owner, or with trigger events pending in this
 * transaction), ATTACH scans DEFAULT; foreign keys not validated on the
 * parent, inherited, self-referencing, that the owner may no longer add
 * by name (REFERENCES or schema USAGE revoked) or that step 5 cannot prove
 * by a query (no SELECT on the referenced columns, row-level security on
 * the referenced table, a nondeterministic collation) are left to ATTACH,
 * which checks the validated ones under its locks.  A table that got no
 * rows leaves its foreign keys to ATTACH (checking an empty table is
 * instant), and a DEFAULT of fewer than DEFAULT_BOUND_MIN_PAGES pages gets
 * no CHECK constraint (ATTACH's check of it is quicker than adding and
 * dropping one).  In the function form a unit after the first finds
 * DEFAULT locked by its own transaction already: its move sees every row
 * and nothing needs catching up.
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
 * Deadlocks.  The unit and the application's transactions can wait for
 * each other in two ways, and the unit is always the one that yields:
 *
 *	- Table locks.  The lock set needs the parent, DEFAULT and the
 *	  referenced tables at once, and an application transaction may hold
 *	  any of them (payments, then a loan; or a loan, then payments) while
 *	  it waits for another.  The unit never waits for one of the set while
 *	  holding another: an attempt waits for one alone (with lock_timeout),
 *	  takes the others only if they are free at once, and otherwise lets
 *	  all of them go and waits for the one it could not have next time.
 *	  Before the lock set the unit holds no lock a writer waits for (SHARE
 *	  UPDATE EXCLUSIVE on the parent, ROW EXCLUSIVE on DEFAULT, ACCESS
 *	  SHARE on the referenced tables).
 *	- Moved rows.  The rows moved are deleted from DEFAULT by the unit's
 *	  transaction until it commits: an UPDATE, DELETE or row lock of one of
 *	  them (a foreign key check included) waits for the unit, holding its
 *	  own locks on the parent.  The unit looks for such waiters between
 *	  its steps and whenever one of its waits ends without the lock, and
 *	  then rolls back (give_way_if_waited_on()): the waiter goes on with
 *	  the row still in DEFAULT, and the next run moves the row with its
 *	  latest values, or not at all if it was deleted.  Its waits are kept
 *	  to half of deadlock_timeout meanwhile, so that it gives way before a
 *	  waiter's own deadlock check could find a cycle and fail the waiter.
 *	  It never commits while such a session waits (whose UPDATE would then
 *	  find the row deleted and change nothing): the session holds at least
 *	  ROW SHARE on the parent or on DEFAULT, which the lock set needs, so
 *	  the lock set fails, and the unit gives way after a failed attempt.
 *
 * Every lock the unit asks for explicitly, and the waits for DEFAULT's
 * writers, are taken with lock_timeout and retried
 * (crmdb.partition_lock_retries times, crmdb.partition_retry_delay apart):
 * a unit never waits long behind a reader while queueing everyone else
 * behind itself.  The WAL of the move, of each index build and of the
 * checks is flushed as soon as it is written, so that a concurrent
 * writer's commit, which must flush all WAL written before it, never finds
 * much of ours to flush, and the commit of the unit little.
 *
 * The move is a storage move, not a change of the rows: it runs with
 * session_replication_role = replica, so that ordinary row triggers (the
 * payment reference registry of payments, foreign key checks of rows that
 * were checked when they were written, users' audit triggers) do not fire
 * for it, exactly as they do not fire for ATTACH or DETACH.  A DEFAULT
 * partition with triggers enabled ALWAYS or REPLICA is refused, and so is
 * a published table unless crmdb.partition_drain_published allows it
 * (logical replication sees the move as deletes from DEFAULT and inserts
 * into a table that is no partition yet).  Readers of the parent see every
 * row exactly once: before the commit in DEFAULT, after it in the new
 * partition.  The foreign keys proved in step 5 stay proved until the
 * commit: see add_proved_foreign_keys().
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
#include "access/xlog_internal.h"
#include "access/xlogreader.h"
#include "access/xlogutils.h"
#include "catalog/dependency.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_am.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_class.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_operator.h"
#include "catalog/pg_publication.h"
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
#include "parser/parser.h"
#include "partitioning/partbounds.h"
#include "pgstat.h"
#include "storage/bufmgr.h"
#include "storage/latch.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "storage/proc.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/ruleutils.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "distributed/distributed.h"
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
#define BOUND_CONSTRAINT CRMDB_BOUND_CONSTRAINT

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
 * Whether some other session waits for this transaction to end: for a row
 * this unit has moved (deleted from DEFAULT), by UPDATE, DELETE, SELECT FOR
 * UPDATE/SHARE or a foreign key check.  Such a session cannot go on before
 * the unit ends, and it may hold locks the unit is about to wait for.
 */
static bool
waited_on(void)
{
	LockData   *locks = GetLockStatusData();
	bool		result = false;

	for (int i = 0; i < locks->nelements && !result; i++)
	{
		LockInstanceData *instance = &locks->locks[i];

		if (instance->locktag.locktag_type == LOCKTAG_TRANSACTION &&
			instance->waitLockMode != NoLock &&
			instance->pid != MyProcPid &&
			TransactionIdIsCurrentTransactionId((TransactionId) instance->locktag.locktag_field1))
			result = true;
	}
	return result;
}

/*
 * Give the unit up if another session waits for rows it has moved: the
 * session then goes on at once with the row still in DEFAULT, and the next
 * run moves the row with its latest values.  Waiting instead would make
 * the session wait for the rest of the unit, and for as long as the unit
 * waits for a lock that session (or one waiting behind it) holds.
 */
static void
give_way_if_waited_on(Oid defpart)
{
	if (!OidIsValid(defpart) || !waited_on())
		return;
	ereport(ERROR,
			(errcode(ERRCODE_LOCK_NOT_AVAILABLE),
			 errmsg("gave way to sessions waiting for rows being moved out of DEFAULT partition \"%s\"",
					crmdb_qualified_relname(defpart)),
			 errdetail("Other sessions wait to update, delete or lock rows this maintenance had moved; it rolled back rather than make them wait for the rest of its work."),
			 errhint("The next run moves these rows with their new values.")));
}

/*
 * The lock_timeout of the unit's waits, in milliseconds: crmdb.lock_timeout,
 * but at most half of deadlock_timeout once the unit has moved rows (see
 * crmdb_create_partition).
 */
static int	unit_lock_timeout_ms;

/*
 * The DEFAULT partition whose rows the unit under way has moved, or
 * InvalidOid: retry_on_lock_timeout() gives way to the sessions waiting
 * for them (see give_way_if_waited_on()).
 */
static Oid	unit_moved_from = InvalidOid;

/*
 * retry_on_lock_timeout
 *		Run attempt(arg), which waits for locks, at most lock_timeout per
 *		attempt, trying 1 + crmdb.partition_lock_retries times with a pause
 *		of crmdb.partition_retry_delay between attempts.  A deadlock in which
 *		this session is the victim counts as a failed attempt too.  After
 *		the last attempt, fails with errmsg failure.  Once the unit has moved
 *		rows, it gives way (fails at once) when another session waits for
 *		them.
 *
 *		Each attempt runs in a subtransaction so that a timed-out attempt
 *		can be caught; locks it was granted pass to the enclosing
 *		transaction, those of a failed attempt are released.
 */
static void
retry_on_lock_timeout(void (*attempt) (void *arg), void *arg,
					  const char *failure)
{
	int			attempts = 1 + crmdb_partition_lock_retries;

	for (volatile int n = 1;; n++)
	{
		MemoryContext oldcontext = CurrentMemoryContext;
		ResourceOwner oldowner = CurrentResourceOwner;
		bool		done = false;

		give_way_if_waited_on(unit_moved_from);

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
			give_way_if_waited_on(unit_moved_from);
			if (n >= attempts)
				ereport(ERROR,
						(errcode(ERRCODE_LOCK_NOT_AVAILABLE),
						 errmsg("%s", failure),
						 unit_lock_timeout_ms == crmdb_lock_timeout_ms ?
						 errdetail_plural("%d attempt waited up to crmdb.lock_timeout (%d ms) while other sessions held conflicting locks; last error: %s",
										  "%d attempts each waited up to crmdb.lock_timeout (%d ms) while other sessions held conflicting locks; last error: %s",
										  attempts,
										  attempts, unit_lock_timeout_ms,
										  edata->message) :
						 errdetail_plural("%d attempt waited up to half of deadlock_timeout (%d ms) while other sessions held conflicting locks; last error: %s",
										  "%d attempts each waited up to half of deadlock_timeout (%d ms) while other sessions held conflicting locks; last error: %s",
										  attempts,
										  attempts, unit_lock_timeout_ms,
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
 * The tables that ATTACH, DETACH or DROP of a partition of parent lock for
 * foreign keys: the tables its foreign keys reference, and the tables whose
 * foreign keys reference it, in OID order.
 */
static List *
foreign_key_tables(Oid parent)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(parent)};
	List	   *relids = NIL;

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
	return relids;
}

/*
 * A set of locks taken together, without ever waiting for one while
 * holding another (see crmdb_partition_lock_set()).
 */
typedef struct LockSet
{
	int			nlocks;
	Oid		   *relids;
	LOCKMODE   *modes;
	int			first;			/* the one to wait for */
} LockSet;

static void
lock_set_attempt(void *arg)
{
	LockSet    *set = (LockSet *) arg;

	LockRelationOid(set->relids[set->first], set->modes[set->first]);
	for (int i = 0; i < set->nlocks; i++)
	{
		if (i == set->first)
			continue;
		if (!ConditionalLockRelationOid(set->relids[i], set->modes[i]))
		{
			/* wait for this one first in the next attempt */
			set->first = i;
			ereport(ERROR,
					(errcode(ERRCODE_LOCK_NOT_AVAILABLE),
					 errmsg("could not obtain lock on relation \"%s\" without waiting",
							crmdb_qualified_relname(set->relids[i]))));
		}
	}
}

/*
 * crmdb_partition_lock_set
 *		Lock parent and partition (DEFAULT, or the partition to retire) in
 *		ACCESS EXCLUSIVE mode and the tables the parent's foreign keys
 *		involve in SHARE ROW EXCLUSIVE mode, as ATTACH, DETACH and DROP
 *		need them, without ever waiting for one of these locks while
 *		holding another: an attempt waits (with lock_timeout) for one of
 *		them only, and takes the others only if they are free at once;
 *		otherwise it lets all of them go, and the next attempt waits for
 *		the one it could not have.  So a transaction that writes the
 *		parent and a referenced table, in either order, never waits for
 *		this session while this session waits for it, nor does a session
 *		that queued behind one of these locks.
 */
void
crmdb_partition_lock_set(Oid parent, Oid partition)
{
	List	   *others = foreign_key_tables(parent);
	LockSet		set;
	ListCell   *lc;

	set.nlocks = 0;
	set.relids = palloc((2 + list_length(others)) * sizeof(Oid));
	set.modes = palloc((2 + list_length(others)) * sizeof(LOCKMODE));
	set.first = 0;
	set.relids[set.nlocks] = parent;
	set.modes[set.nlocks++] = AccessExclusiveLock;
	if (OidIsValid(partition))
	{
		set.relids[set.nlocks] = partition;
		set.modes[set.nlocks++] = AccessExclusiveLock;
	}
	foreach(lc, others)
	{
		set.relids[set.nlocks] = lfirst_oid(lc);
		set.modes[set.nlocks++] = ShareRowExclusiveLock;
	}
	retry_on_lock_timeout(lock_set_attempt, &set,
						  psprintf("could not lock table \"%s\" and the tables its foreign keys involve",
								   crmdb_qualified_relname(parent)));
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

	crmdb_check_default_readable(defpart);
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
	crmdb_check_default_readable(defpart);

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
 * crmdb_check_default_readable
 *		Refuse to read a DEFAULT partition whose row-level security policies
 *		apply to the maintenance: they would hide rows from the move, which
 *		would leave them in DEFAULT against its partition constraint.  The
 *		units run as the parent's owner with SECURITY_NOFORCE_RLS (as core's
 *		foreign key checks do), so only a DEFAULT with row-level security
 *		enabled that the parent's owner does not own, and a role that
 *		neither is a superuser nor has BYPASSRLS, are refused.  (The units
 *		also run with row_security = off, so that any query the policies
 *		would affect fails rather than skips rows.)
 */
void
crmdb_check_default_readable(Oid defpart)
{
	if (check_enable_rls(defpart, InvalidOid, true) != RLS_ENABLED)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("cannot move rows out of DEFAULT partition \"%s\": row-level security would hide rows from the maintenance",
					crmdb_qualified_relname(defpart)),
			 errdetail("Row-level security is enabled on the partition, and the maintenance runs as role \"%s\", which neither owns the partition nor bypasses row-level security.",
					   GetUserNameFromId(GetUserId(), false)),
			 errhint("Make role \"%s\" the owner of the DEFAULT partition or give it BYPASSRLS, or disable row-level security on the partition.",
					 GetUserNameFromId(GetUserId(), false))));
}

/*
 * The publications that publish changes of the parent, of DEFAULT or of
 * the new partition (created in the parent's schema): FOR ALL TABLES, FOR
 * TABLE of the parent, of one of its ancestors or of DEFAULT, FOR TABLES IN
 * SCHEMA of their schemas; as a list of quoted names, or NULL.  With
 * skip_via_root, leave out those that publish the changes of partitions as
 * changes of the root (publish_via_partition_root): the swap drain changes
 * no row, so their subscribers have nothing to miss.
 */
static char *
publications_of(Oid parent, Oid defpart, bool skip_via_root)
{
	List	   *rels = list_concat(list_make1_oid(parent),
								   get_partition_ancestors(parent));
	List	   *pubids = GetAllTablesPublications();
	StringInfoData buf;
	ListCell   *lc;

	if (OidIsValid(defpart))
		rels = lappend_oid(rels, defpart);
	foreach(lc, rels)
	{
		pubids = list_concat_unique_oid(pubids,
										GetRelationPublications(lfirst_oid(lc)));
		pubids = list_concat_unique_oid(pubids,
										GetSchemaPublications(get_rel_namespace(lfirst_oid(lc))));
	}
	initStringInfo(&buf);
	foreach(lc, pubids)
	{
		if (skip_via_root && GetPublication(lfirst_oid(lc))->pubviaroot)
			continue;
		if (buf.len > 0)
			appendStringInfoString(&buf, ", ");
		appendStringInfoString(&buf,
							   quote_identifier(get_publication_name(lfirst_oid(lc), false)));
	}
	return buf.len > 0 ? buf.data : NULL;
}

/* Why rows of a DEFAULT partition may not move: see check_movable(). */
typedef struct MoveBlockers
{
	char	   *triggers;		/* replica_triggers(), or NULL */
	char	   *publications;	/* publications_of(), or NULL when allowed */
} MoveBlockers;

/* Fail if rows about to move out of DEFAULT may not (see check_movable()). */
static void
refuse_move(Oid parent, Oid defpart, const MoveBlockers *blockers)
{
	if (blockers->triggers)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot move rows out of DEFAULT partition \"%s\"",
						crmdb_qualified_relname(defpart)),
				 errdetail("Its triggers %s are enabled ALWAYS or REPLICA and would fire for a move that changes no row.",
						   blockers->triggers),
				 errhint("Set those triggers to ENABLE while the maintenance runs, or move the rows yourself.")));
	if (blockers->publications)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot move rows out of DEFAULT partition \"%s\" of published table \"%s\"",
						crmdb_qualified_relname(defpart),
						crmdb_qualified_relname(parent)),
				 errdetail("The table is published by %s. Logical replication would carry the move as deletes from the DEFAULT partition and inserts into a table that is not a partition yet, and subscribers would lose the rows.",
						   blockers->publications),
				 errhint("Create partitions before their rows arrive (raise premake), or set crmdb.partition_drain_published to on to move the rows anyway and then copy the new partition's rows to the subscribers.")));
}

/*
 * Refuse to move rows of [lo, hi) out of a DEFAULT partition whose
 * triggers would fire for the move (see replica_triggers()), or of a
 * published table unless crmdb.partition_drain_published allows it: the
 * move is not a change of the rows, but logical replication would publish
 * it as one.  Only the tuples tids when tids is not NULL.  Reads DEFAULT
 * only when there is a reason to refuse.
 */
static void
check_movable(const CrmdbPartConfig *config, Oid defpart,
			  const MoveBlockers *blockers, int64 lo, int64 hi,
			  ArrayType *tids)
{
	const char *col = quote_identifier(config->control_column);
	Oid			argtypes[3] = {config->keytype, config->keytype, TIDARRAYOID};
	Datum		args[3];
	char	   *sql;

	if (blockers->triggers == NULL && blockers->publications == NULL)
		return;
	args[0] = crmdb_bound_to_datum(lo, config->keytype);
	args[1] = crmdb_bound_to_datum(hi, config->keytype);
	args[2] = tids ? PointerGetDatum(tids) : (Datum) 0;
	sql = psprintf("SELECT 1 FROM %s WHERE %s%s LIMIT 1",
				   crmdb_qualified_relname(defpart),
				   range_condition(col, lo, hi),
				   tids ? " AND ctid OPERATOR(pg_catalog.=) ANY ($3)" : "");
	crmdb_spi_exec_args(sql, tids ? 3 : 2, argtypes, args, NULL, false,
						SPI_OK_SELECT);
	if (SPI_processed > 0)
		refuse_move(config->parent, defpart, blockers);
}

/*
 * Move the rows of [lo, hi) from DEFAULT into the new table, in one
 * statement, with row triggers off (see the file header); only those
 * among the tuples tids when tids is not NULL, only those on the pages
 * [from_block, to_block) when from_block is valid.  Returns the number of
 * rows moved.
 */
static int64
move_rows(const CrmdbPartConfig *config, Oid defpart, Oid child,
		  const char *columns, int64 lo, int64 hi, ArrayType *tids,
		  BlockNumber from_block, BlockNumber to_block)
{
	const char *col = quote_identifier(config->control_column);
	Oid			argtypes[5];
	Datum		args[5];
	ItemPointerData from;
	ItemPointerData to;
	StringInfoData where;
	char	   *sql;
	int			save_nestlevel;
	int64		moved;

	argtypes[0] = argtypes[1] = config->keytype;
	argtypes[2] = TIDARRAYOID;
	argtypes[3] = argtypes[4] = TIDOID;
	args[0] = crmdb_bound_to_datum(lo, config->keytype);
	args[1] = crmdb_bound_to_datum(hi, config->keytype);
	args[2] = tids ? PointerGetDatum(tids) : (Datum) 0;
	initStringInfo(&where);
	appendStringInfoString(&where, range_condition(col, lo, hi));
	if (tids)
		appendStringInfoString(&where, " AND ctid OPERATOR(pg_catalog.=) ANY ($3)");
	if (BlockNumberIsValid(from_block))
	{
		/* a TID range scan reads only these pages */
		ItemPointerSet(&from, from_block, 0);
		ItemPointerSet(&to, to_block, 0);
		args[3] = PointerGetDatum(&from);
		args[4] = PointerGetDatum(&to);
		appendStringInfoString(&where,
							   " AND ctid OPERATOR(pg_catalog.>=) $4"
							   " AND ctid OPERATOR(pg_catalog.<) $5");
	}
	else
		args[3] = args[4] = (Datum) 0;
	sql = psprintf("WITH moved AS (DELETE FROM %s WHERE %s RETURNING %s)"
				   " INSERT INTO %s (%s) SELECT %s FROM moved",
				   crmdb_qualified_relname(defpart), where.data, columns,
				   crmdb_qualified_relname(child), columns, columns);

	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("session_replication_role", "replica",
							 PGC_SUSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	crmdb_spi_exec_args(sql, 5, argtypes, args, NULL, false, SPI_OK_INSERT);
	moved = (int64) SPI_processed;
	AtEOXact_GUC(true, save_nestlevel);

	return moved;
}

/* Pages of DEFAULT that one statement of the bulk move reads (8 MB). */
#define MOVE_CHUNK_PAGES 1024

/*
 * move_rows_by_chunks
 *		The bulk move of step 3 of a DEFAULT whose pages show its changes
 *		(see pages_show_changes()): one statement per MOVE_CHUNK_PAGES pages
 *		of DEFAULT, by TID range, with a look between two statements for
 *		sessions waiting for the rows moved (give_way_if_waited_on()), so
 *		that such a session waits for one chunk rather than for the whole
 *		move.  The pages DEFAULT gains meanwhile, and the rows added to the
 *		pages already moved, are the catch-ups' business, as are the rows
 *		added during a single statement.  Returns the number of rows moved.
 */
static int64
move_rows_by_chunks(const CrmdbPartConfig *config, Oid defpart, Oid child,
					const char *columns, int64 lo, int64 hi)
{
	Relation	defrel = table_open(defpart, NoLock);
	BlockNumber nblocks = RelationGetNumberOfBlocks(defrel);
	int64		moved = 0;

	table_close(defrel, NoLock);
	for (BlockNumber from = 0; from < nblocks; from += MOVE_CHUNK_PAGES)
	{
		BlockNumber to = (nblocks - from > MOVE_CHUNK_PAGES) ?
		from + MOVE_CHUNK_PAGES : nblocks;

		CHECK_FOR_INTERRUPTS();
		moved += move_rows(config, defpart, child, columns, lo, hi, NULL,
						   from, to);
		/* see the file header */
		XLogFlush(XactLastRecEnd);
		give_way_if_waited_on(unit_moved_from);
	}
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
		give_way_if_waited_on(unit_moved_from);
	}
	table_close(parentrel, NoLock);
}

/*
 * crmdb_copy_privileges
 *		Give the new table child the ACL of parent (the parent, or for the
 *		swap DEFAULT), column ACLs included (matched by name), exactly.  Both
 *		have the same owner.
 */
void
crmdb_copy_privileges(Oid parent, Oid child)
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

/* A foreign key of the parent, to be given to the new table. */
typedef struct ForeignKey
{
	Oid			conoid;			/* the parent's constraint */
	char	   *name;
	char	   *definition;		/* pg_get_constraintdef() */
	Oid			confrelid;		/* the referenced table */
} ForeignKey;

/*
 * The parent's foreign keys that the new table can get under the parent's
 * names before ATTACH, so that ATTACH adopts them (PostgreSQL's
 * tryAttachPartitionForeignKey(): same columns, referenced table and
 * columns, operators, actions, match type and deferrability, validated)
 * instead of cloning the parent's and checking every row under its locks.
 *
 * Left to ATTACH: foreign keys that are not validated (ATTACH does not
 * check those), inherited ones, self-references, and those the owner
 * could not add by name (no REFERENCES privilege on the referenced table
 * or no USAGE on its schema any more).
 */
static List *
adoptable_foreign_keys(Oid parent)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(parent)};
	List	   *result = NIL;

	crmdb_spi_exec_args("SELECT c.oid, c.conname, pg_catalog.pg_get_constraintdef(c.oid), c.confrelid"
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
		ForeignKey *fk = palloc(sizeof(ForeignKey));
		bool		isnull;

		fk->conoid = DatumGetObjectId(SPI_getbinval(tuple, tupdesc, 1, &isnull));
		fk->name = SPI_getvalue(tuple, tupdesc, 2);
		fk->definition = SPI_getvalue(tuple, tupdesc, 3);
		fk->confrelid = DatumGetObjectId(SPI_getbinval(tuple, tupdesc, 4, &isnull));
		result = lappend(result, fk);
	}
	return result;
}

/* "alias.column", cast to typid if the column is of another type. */
static char *
key_operand(const char *alias, Oid relid, AttrNumber attnum, Oid typid)
{
	char	   *operand = psprintf("%s.%s", alias,
								   quote_identifier(get_attname(relid, attnum, false)));

	if (get_atttype(relid, attnum) != typid)
		operand = psprintf("(%s)::%s", operand, format_type_be_qualified(typid));
	return operand;
}

/*
 * prove_foreign_key
 *		Check that every row of the new table child has its referenced row,
 *		by the parent's foreign key fk, with one query that holds only
 *		ACCESS SHARE on the referenced table (writers of that table go on)
 *		the way core's VALIDATE CONSTRAINT checks (RI_Initial_Check()): the
 *		rows of child with no match under the constraint's own equality
 *		operators and match type.  Returns false when the check finds a row
 *		without its referenced row, or cannot be made as this query: the
 *		owner may not read the referenced columns, row-level security would
 *		hide referenced rows, or a referenced column has a nondeterministic
 *		collation.  ATTACH then checks the constraint itself.
 */
static bool
prove_foreign_key(Oid parent, Oid child, const ForeignKey *fk)
{
	HeapTuple	tuple;
	Form_pg_constraint con;
	int			nkeys;
	AttrNumber	conkey[INDEX_MAX_KEYS];
	AttrNumber	confkey[INDEX_MAX_KEYS];
	Oid			pfeqop[INDEX_MAX_KEYS];
	Oid			ppeqop[INDEX_MAX_KEYS];
	Oid			ffeqop[INDEX_MAX_KEYS];
	char		matchtype;
	StringInfoData notnull;
	StringInfoData anynull;
	StringInfoData match;
	char	   *sql;
	bool		readable;

	tuple = SearchSysCache1(CONSTROID, ObjectIdGetDatum(fk->conoid));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for constraint %u", fk->conoid);
	con = (Form_pg_constraint) GETSTRUCT(tuple);
	matchtype = con->confmatchtype;
	DeconstructFkConstraintRow(tuple, &nkeys, conkey, confkey,
							   pfeqop, ppeqop, ffeqop, NULL, NULL);
	ReleaseSysCache(tuple);

	if (check_enable_rls(fk->confrelid, InvalidOid, true) == RLS_ENABLED)
		return false;
	readable = pg_class_aclcheck(fk->confrelid, GetUserId(), ACL_SELECT) == ACLCHECK_OK;

	initStringInfo(&notnull);
	initStringInfo(&anynull);
	initStringInfo(&match);
	for (int i = 0; i < nkeys; i++)
	{
		HeapTuple	optup;
		Form_pg_operator op;
		const char *fkcol = quote_identifier(get_attname(parent, conkey[i], false));
		Oid			pktype;
		int32		pktypmod;
		Oid			collid;

		get_atttypetypmodcoll(fk->confrelid, confkey[i], &pktype, &pktypmod,
							  &collid);
		if (!readable &&
			pg_attribute_aclcheck(fk->confrelid, confkey[i], GetUserId(),
								  ACL_SELECT) != ACLCHECK_OK)
			return false;
		if (OidIsValid(collid) && !get_collation_isdeterministic(collid))
			return false;

		optup = SearchSysCache1(OPEROID, ObjectIdGetDatum(pfeqop[i]));
		if (!HeapTupleIsValid(optup))
			elog(ERROR, "cache lookup failed for operator %u", pfeqop[i]);
		op = (Form_pg_operator) GETSTRUCT(optup);
		appendStringInfo(&match, "%s%s OPERATOR(%s.%s) %s",
						 i > 0 ? " AND " : "",
						 key_operand("pk", fk->confrelid, confkey[i], op->oprleft),
						 quote_identifier(get_namespace_name(op->oprnamespace)),
						 NameStr(op->oprname),
						 key_operand("fk", child,
									 get_attnum(child, get_attname(parent, conkey[i], false)),
									 op->oprright));
		ReleaseSysCache(optup);

		appendStringInfo(&notnull, "%sfk.%s IS NOT NULL",
						 i > 0 ? (matchtype == FKCONSTR_MATCH_FULL ? " OR " : " AND ") : "",
						 fkcol);
		appendStringInfo(&anynull, "%sfk.%s IS NULL", i > 0 ? " OR " : "", fkcol);
	}

	/*
	 * MATCH SIMPLE: a row with a NULL in its key references nothing.  MATCH
	 * FULL: a row whose key is all NULL references nothing; one with some
	 * NULLs violates the constraint.
	 */
	sql = psprintf("SELECT 1 FROM ONLY %s fk WHERE (%s) AND (%sNOT EXISTS"
				   " (SELECT 1 FROM %s%s pk WHERE %s)) LIMIT 1",
				   crmdb_qualified_relname(child),
				   notnull.data,
				   matchtype == FKCONSTR_MATCH_FULL ?
				   psprintf("(%s) OR ", anynull.data) : "",
				   get_rel_relkind(fk->confrelid) == RELKIND_PARTITIONED_TABLE ? "" : "ONLY ",
				   crmdb_qualified_relname(fk->confrelid),
				   match.data);
	crmdb_spi_exec(sql, SPI_OK_SELECT);
	return SPI_processed == 0;
}

/*
 * prove_foreign_keys
 *		The parent's foreign keys that the new table's rows are proved to
 *		satisfy (see prove_foreign_key()); the others are left to ATTACH.
 *		No lock on the referenced tables but ACCESS SHARE.
 */
static List *
prove_foreign_keys(Oid parent, Oid child)
{
	List	   *proved = NIL;
	ListCell   *lc;

	foreach(lc, adoptable_foreign_keys(parent))
	{
		ForeignKey *fk = lfirst(lc);

		if (prove_foreign_key(parent, child, fk))
			proved = lappend(proved, fk);
	}
	return proved;
}

/*
 * add_proved_foreign_keys
 *		Give the new table the foreign keys proved by prove_foreign_keys(),
 *		under the parent's names, marked valid without another check, the
 *		way PostgreSQL marks those of a table it creates.  The caller holds
 *		the referenced tables in SHARE ROW EXCLUSIVE mode (crmdb_partition_lock_set()).
 *
 *		Why the proof still holds: the rows checked were moved before the
 *		check, and the rows moved since were checked by their writers.  A
 *		referenced row removed since (or a key changed) had to find the row
 *		referencing it in DEFAULT first, where it is deleted by this unit's
 *		uncommitted move: its removal waits for this unit, holding ROW
 *		EXCLUSIVE on the referenced table, so the unit cannot take its lock
 *		set, gives way to it (give_way_if_waited_on()) and rolls back.  A
 *		removal that comes later waits for the lock set.
 */
static void
add_proved_foreign_keys(const char *qname, List *fks)
{
	ListCell   *lc;

	foreach(lc, fks)
	{
		ForeignKey *fk = lfirst(lc);
		char	   *sql = psprintf("ALTER TABLE %s ADD CONSTRAINT %s %s",
								   qname, quote_identifier(fk->name),
								   fk->definition);
		RawStmt    *raw = linitial_node(RawStmt, raw_parser(sql, RAW_PARSE_DEFAULT));
		AlterTableStmt *stmt = castNode(AlterTableStmt, raw->stmt);
		AlterTableCmd *cmd = linitial_node(AlterTableCmd, stmt->cmds);
		Constraint *constraint = castNode(Constraint, cmd->def);
		PlannedStmt *pstmt = makeNode(PlannedStmt);

		if (constraint->contype != CONSTR_FOREIGN)
			elog(ERROR, "constraint \"%s\" is not a foreign key", fk->name);
		constraint->skip_validation = true;
		constraint->initially_valid = true;

		pstmt->commandType = CMD_UTILITY;
		pstmt->canSetTag = false;
		pstmt->utilityStmt = (Node *) stmt;
		pstmt->stmt_location = raw->stmt_location;
		pstmt->stmt_len = raw->stmt_len;
		ProcessUtility(pstmt, sql, false, PROCESS_UTILITY_QUERY, NULL, NULL,
					   None_Receiver, NULL);
		CommandCounterIncrement();
	}
}

/*
 * After ATTACH: every foreign key add_proved_foreign_keys() made must now be the
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
		/* a transaction that has just ended shows no lxid: nothing to wait for */
		if (!VirtualTransactionIdIsValid(*vxid))
			continue;
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
 * does not see.  Looks at the pages blocks[0 .. nblocks - 1] when blocks
 * is not NULL (the pages the WAL written since the mark names: see
 * blocks_changed_since()), otherwise reads the LSN of every page of rel (a
 * pin each); then the header of each tuple of the pages changed since (a
 * share lock each).  Pages changed for other reasons (pruning, VACUUM)
 * only cost the look at their tuples' headers.  *changed is set to the
 * number of pages changed.
 *
 * With old_snapshot_threshold set, VACUUM may freeze a tuple that the
 * mark's snapshot does not see, which then shows no inserting transaction:
 * frozen tuples on the pages changed are taken then too (the move's own
 * range condition leaves out those that are not rows to move).
 */
static ArrayType *
added_tids(Relation rel, const CatchUpMark *mark, BlockNumber *blocks,
		   int nblocks_listed, bool *too_many, BlockNumber *changed)
{
	BlockNumber nblocks = RelationGetNumberOfBlocks(rel);
	BlockNumber nlooks = blocks ? (BlockNumber) nblocks_listed : nblocks;
	BufferAccessStrategy strategy = NULL;
	bool		take_frozen = old_snapshot_threshold >= 0;
	Datum	   *tids = NULL;
	int			ntids = 0;
	int			maxtids = 0;
	ArrayType  *result = NULL;

	/*
	 * Like a sequential scan, keep a DEFAULT of more than a quarter of
	 * shared_buffers from flooding them.
	 */
	if (blocks == NULL && nblocks > NBuffers / 4)
		strategy = GetAccessStrategy(BAS_BULKREAD);

	*too_many = false;
	*changed = 0;
	for (BlockNumber i = 0; i < nlooks && !*too_many; i++)
	{
		BlockNumber blkno = blocks ? blocks[i] : i;
		Buffer		buffer;
		Page		page;
		OffsetNumber maxoff;

		CHECK_FOR_INTERRUPTS();
		if (blkno >= nblocks)
			continue;
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
			if (xmin == FrozenTransactionId ? !take_frozen :
				(!TransactionIdIsNormal(xmin) ||
				 !XidInMVCCSnapshot(xmin, mark->snapshot)))
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

/* More WAL than this since the mark: read the LSN of every page instead. */
#define CATCHUP_WAL_MAX ((XLogRecPtr) 256 * 1024 * 1024)

static int
blocknumber_cmp(const void *a, const void *b)
{
	BlockNumber x = *(const BlockNumber *) a;
	BlockNumber y = *(const BlockNumber *) b;

	return (x > y) - (x < y);
}

/*
 * wal_insert_end
 *		Where the WAL inserted so far ends.  GetXLogInsertRecPtr() points
 *		past the header of a page nothing has been written on yet: no
 *		record ends there, and XLogFlush() of it fails ("xlog flush request
 *		... is not satisfied").  Step back to the page boundary, where the
 *		last record ends.
 */
static XLogRecPtr
wal_insert_end(void)
{
	XLogRecPtr	ptr = GetXLogInsertRecPtr();

	if (XLogSegmentOffset(ptr, wal_segment_size) == SizeOfXLogLongPHD)
		ptr -= SizeOfXLogLongPHD;
	else if (ptr % XLOG_BLCKSZ == SizeOfXLogShortPHD)
		ptr -= SizeOfXLogShortPHD;
	return ptr;
}

/*
 * blocks_changed_since
 *		The pages of rel's main fork that the WAL written since from names,
 *		sorted and without duplicates, read from the WAL itself: every
 *		change of a page of a permanent table is WAL-logged with a reference
 *		to the page (see the file header).  This reads what was written in
 *		the last moments instead of a page header of every page of rel,
 *		which costs disk reads when rel is not cached.  Returns NULL (and
 *		the caller reads every page's LSN) where the WAL may not tell: at
 *		wal_level minimal (which may skip the WAL of a table created or
 *		truncated in the writing transaction), when more than
 *		CATCHUP_WAL_MAX bytes were written since from, when the segment
 *		holding from was removed, or when the WAL cannot be read.
 */
static BlockNumber *
blocks_changed_since(Relation rel, XLogRecPtr from, int *nblocks)
{
	XLogRecPtr	to = wal_insert_end();
	XLogSegNo	segno;
	ReadLocalXLogPageNoWaitPrivate private;
	XLogReaderState *reader;
	XLogRecPtr	first;
	BlockNumber *blocks = NULL;
	int			n = 0;
	int			max = 0;
	bool		complete = true;

	*nblocks = 0;
	if (!XLogIsNeeded() || to - from > CATCHUP_WAL_MAX)
		return NULL;
	XLByteToSeg(from, segno, wal_segment_size);
	if (segno <= XLogGetLastRemovedSegno())
		return NULL;

	/* every record that starts before "to" ends there at the latest */
	XLogFlush(to);

	private.end_of_wal = false;
	reader = XLogReaderAllocate(wal_segment_size, NULL,
								XL_ROUTINE(.page_read = &read_local_xlog_page_no_wait,
										   .segment_open = &wal_segment_open,
										   .segment_close = &wal_segment_close),
								&private);
	if (reader == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("Failed while allocating a WAL reading processor.")));

	first = XLogFindNextRecord(reader, from);
	if (XLogRecPtrIsInvalid(first))
		complete = (private.end_of_wal || from >= to);
	else
	{
		while (reader->EndRecPtr < to)
		{
			char	   *errormsg;

			CHECK_FOR_INTERRUPTS();
			if (XLogReadRecord(reader, &errormsg) == NULL)
			{
				complete = false;
				break;
			}
			for (int id = 0; id <= XLogRecMaxBlockId(reader); id++)
			{
				RelFileNode rnode;
				ForkNumber	forknum;
				BlockNumber blkno;

				if (!XLogRecGetBlockTagExtended(reader, id, &rnode, &forknum,
												&blkno, NULL) ||
					forknum != MAIN_FORKNUM ||
					!RelFileNodeEquals(rnode, rel->rd_node))
					continue;
				if (n >= max)
				{
					max = Max(64, max * 2);
					blocks = blocks ? repalloc(blocks, max * sizeof(BlockNumber)) :
						palloc(max * sizeof(BlockNumber));
				}
				blocks[n++] = blkno;
			}
		}
	}
	XLogReaderFree(reader);
	if (!complete)
		return NULL;

	if (n > 1)
	{
		int			unique = 1;

		qsort(blocks, n, sizeof(BlockNumber), blocknumber_cmp);
		for (int i = 1; i < n; i++)
			if (blocks[i] != blocks[unique - 1])
				blocks[unique++] = blocks[i];
		n = unique;
	}
	*nblocks = n;
	return blocks ? blocks : palloc(sizeof(BlockNumber));
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
 * crmdb_add_proven_bound
 *		Give relid (a partition of parent, or a table about to become one) a
 *		CHECK constraint named conname that is exactly a partition
 *		constraint: with outside, the one ATTACH of [lo, hi) gives DEFAULT
 *		(NOT (the new partition's constraint), as core's
 *		get_proposed_default_constraint() makes it), so that ATTACH finds it
 *		implied and does not scan DEFAULT; otherwise the one of [lo, hi)
 *		itself, so that ATTACH does not scan the table it attaches.  The
 *		constraint is marked valid without a scan, the way PostgreSQL marks
 *		the constraints of a table it creates: the caller has just proved
 *		it, holding the table in ACCESS EXCLUSIVE mode since (see the file
 *		header and partition_swap.c), and drops it again before the commit,
 *		so no other session ever sees it.
 */
void
crmdb_add_proven_bound(Oid parent, Oid relid, int64 lo, int64 hi,
					   bool outside, const char *conname)
{
	Relation	parentrel = table_open(parent, NoLock);
	Relation	defrel = table_open(relid, NoLock);
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

	qual = get_qual_from_partbound(parentrel, spec);
	if (outside)
		qual = get_proposed_default_constraint(qual);
	qual = map_partition_varattnos(qual, 1, defrel, parentrel);

	constraint->contype = CONSTR_CHECK;
	constraint->conname = pstrdup(conname);
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
								   crmdb_qualified_relname(relid),
								   quote_identifier(conname),
								   deparse_expression((Node *) make_ands_explicit(qual),
													  deparse_context_for(RelationGetRelationName(defrel),
																		  relid),
													  false, false));
	context.relid = relid;

	table_close(defrel, NoLock);
	table_close(parentrel, NoLock);

	/*
	 * The caller holds the table in ACCESS EXCLUSIVE mode.  The constraint
	 * is no concern of event triggers: it is gone before the commit.
	 */
	EventTriggerInhibitCommandCollection();
	AlterTable(stmt, AccessExclusiveLock, &context);
	EventTriggerUndoInhibitCommandCollection();
	CommandCounterIncrement();
}

/* Fewer pages than this in DEFAULT: let ATTACH check it, it is cheaper. */
#define DEFAULT_BOUND_MIN_PAGES 32

/*
 * Whether to give DEFAULT the CHECK constraint of crmdb_add_proven_bound():
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
 * or, if they are too many, those of the whole range.  With by_wal, the
 * pages to look at are found in the WAL written since the mark (see
 * blocks_changed_since()) rather than by reading every page of DEFAULT.
 * Returns the number of rows moved.
 *
 * The list of rows (up to ADDED_TIDS_MAX tuple addresses, about 150 MB)
 * lives in a memory context of its own, freed before returning: the
 * procedure form runs many units in the memory of one call.
 */
static int64
catch_up(const CrmdbPartConfig *config, Oid defpart, Oid child,
		 const char *columns, int64 lo, int64 hi, const CatchUpMark *mark,
		 bool by_wal, const MoveBlockers *blockers, const char *relname)
{
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext,
											  "crmdb catch-up",
											  ALLOCSET_DEFAULT_SIZES);
	MemoryContext oldcontext = MemoryContextSwitchTo(cxt);
	Relation	defrel = table_open(defpart, NoLock);
	BlockNumber nblocks = RelationGetNumberOfBlocks(defrel);
	BlockNumber *blocks = NULL;
	int			nlisted = 0;
	BlockNumber changed;
	bool		too_many;
	ArrayType  *tids;
	int64		moved = 0;

	if (by_wal)
		blocks = blocks_changed_since(defrel, mark->lsn, &nlisted);
	tids = added_tids(defrel, mark, blocks, nlisted, &too_many, &changed);
	table_close(defrel, NoLock);
	elog(DEBUG1, "partition %s: %s rows added to DEFAULT since %X/%X, on %u of its %u pages changed since (%s)",
		 relname,
		 too_many ? "too many" :
		 psprintf("%d", tids ? ArrayGetNItems(ARR_NDIM(tids), ARR_DIMS(tids)) : 0),
		 LSN_FORMAT_ARGS(mark->lsn), changed, nblocks,
		 blocks ? psprintf("%d pages named by the WAL", nlisted) :
		 "every page's LSN read");
	MemoryContextSwitchTo(oldcontext);

	if (too_many)
	{
		check_movable(config, defpart, blockers, lo, hi, NULL);
		moved = move_rows(config, defpart, child, columns, lo, hi, NULL,
						   InvalidBlockNumber, InvalidBlockNumber);
	}
	else if (tids != NULL)
	{
		check_movable(config, defpart, blockers, lo, hi, tids);
		moved = move_rows(config, defpart, child, columns, lo, hi, tids,
						   InvalidBlockNumber, InvalidBlockNumber);
	}
	MemoryContextDelete(cxt);
	return moved;
}

/* A CHECK constraint of the parent that is NOT VALID. */
typedef struct NotValidCheck
{
	char	   *name;			/* quoted */
	char	   *definition;		/* pg_get_constraintdef(): "CHECK (...) NOT VALID" */
} NotValidCheck;

/*
 * The parent's CHECK constraints that are NOT VALID.  CREATE TABLE ...
 * LIKE copies them as valid constraints, which the rows they were never
 * checked against (and which DEFAULT may hold) would fail: the new table
 * gets them only after the rows have moved, NOT VALID as on the parent.
 */
static List *
not_valid_checks(Oid parent)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(parent)};
	List	   *result = NIL;

	crmdb_spi_exec_args("SELECT pg_catalog.quote_ident(conname), pg_catalog.pg_get_constraintdef(oid)"
						" FROM pg_catalog.pg_constraint"
						" WHERE conrelid OPERATOR(pg_catalog.=) $1"
						" AND contype OPERATOR(pg_catalog.=) 'c'"
						" AND NOT convalidated"
						" ORDER BY conname",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		NotValidCheck *check = palloc(sizeof(NotValidCheck));

		check->name = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		check->definition = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
		result = lappend(result, check);
	}
	return result;
}

/* Drop from the new table qname the parent's NOT VALID checks LIKE copied. */
static void
drop_checks(const char *qname, List *checks)
{
	ListCell   *lc;

	foreach(lc, checks)
		crmdb_spi_exec(psprintf("ALTER TABLE %s DROP CONSTRAINT %s", qname,
								((NotValidCheck *) lfirst(lc))->name),
					   SPI_OK_UTILITY);
}

/* Add them back, NOT VALID, once the rows have moved. */
static void
add_checks(const char *qname, List *checks)
{
	ListCell   *lc;

	foreach(lc, checks)
		crmdb_spi_exec(psprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", qname,
								((NotValidCheck *) lfirst(lc))->name,
								((NotValidCheck *) lfirst(lc))->definition),
					   SPI_OK_UTILITY);
}

/*
 * The unit on a table distributed by Citus (doc/citus.md): the parent's
 * shards hold the rows, so the page- and WAL-based catch-ups of the file
 * header cannot see them.  Instead, under an EXCLUSIVE lock on the parent
 * (readers go on, writers wait until the commit): a standalone table like
 * the parent with its indexes, distributed co-located with the parent;
 * the range's rows copied from DEFAULT by INSERT ... SELECT and deleted
 * from it (both pushed down to the shards: Citus does not push down
 * DELETE ... RETURNING inside an INSERT); then ATTACH.
 */
static void
create_partition_distributed(const CrmdbPartConfig *config, Oid defpart,
							 const char *qname, const char *relname,
							 const char *distcol, int64 lo, int64 hi,
							 CrmdbUnitResult *result)
{
	Oid			parent = config->parent;
	char	   *parent_name = crmdb_qualified_relname(parent);
	const char *col = quote_identifier(config->control_column);
	Oid			nspoid = get_rel_namespace(parent);
	Oid			child;
	Oid			argtypes[3];
	Datum		args[3];
	char	   *columns;
	List	   *checks;
	List	   *fks;
	ListCell   *lc;
	uint64		i;
	int			save_nestlevel;

	lock_relation(parent, ExclusiveLock);

	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("citus.enable_unsafe_triggers", "on",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	crmdb_spi_exec(psprintf("CREATE TABLE %s (LIKE %s INCLUDING COMMENTS INCLUDING COMPRESSION"
							" INCLUDING CONSTRAINTS INCLUDING DEFAULTS INCLUDING GENERATED"
							" INCLUDING STATISTICS INCLUDING STORAGE)",
							qname, parent_name),
				   SPI_OK_UTILITY);
	child = get_relname_relid(relname, nspoid);
	if (!OidIsValid(child))
		elog(ERROR, "new partition \"%s\" not found", qname);
	checks = not_valid_checks(parent);
	drop_checks(qname, checks);
	crmdb_copy_privileges(parent, child);
	clone_indexes(parent, child);

	argtypes[0] = REGCLASSOID;
	argtypes[1] = TEXTOID;
	argtypes[2] = TEXTOID;
	args[0] = ObjectIdGetDatum(child);
	args[1] = CStringGetTextDatum(distcol);
	args[2] = CStringGetTextDatum(parent_name);
	crmdb_spi_exec_args("SELECT pg_catalog.create_distributed_table($1, $2,"
						" colocate_with => $3)",
						3, argtypes, args, NULL, false, SPI_OK_SELECT);

	if (OidIsValid(defpart))
	{
		char	   *where = range_condition(col, lo, hi);

		columns = copy_column_list(parent);
		argtypes[0] = argtypes[1] = config->keytype;
		args[0] = crmdb_bound_to_datum(lo, config->keytype);
		args[1] = crmdb_bound_to_datum(hi, config->keytype);
		crmdb_spi_exec_args(psprintf("INSERT INTO %s (%s) SELECT %s FROM ONLY %s WHERE %s",
									 qname, columns, columns,
									 crmdb_qualified_relname(defpart), where),
							2, argtypes, args, NULL, false, SPI_OK_INSERT);
		result->rows_moved = SPI_processed;
		crmdb_spi_exec_args(psprintf("DELETE FROM ONLY %s WHERE %s",
									 crmdb_qualified_relname(defpart), where),
							2, argtypes, args, NULL, false, SPI_OK_DELETE);
		if ((int64) SPI_processed != result->rows_moved)
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("moved " INT64_FORMAT " rows into partition \"%s\" but deleted " UINT64_FORMAT " from the DEFAULT partition",
							result->rows_moved, qname, SPI_processed)));
	}

	add_checks(qname, checks);

	/*
	 * The parent's foreign keys, checked by Citus on the shards; ATTACH
	 * adopts them.  (Left to ATTACH, they would be checked on the
	 * coordinator by a join Citus cannot plan.)
	 */
	argtypes[0] = OIDOID;
	args[0] = ObjectIdGetDatum(parent);
	crmdb_spi_exec_args("SELECT pg_catalog.quote_ident(conname::text),"
						"       pg_catalog.pg_get_constraintdef(oid)"
						"  FROM pg_catalog.pg_constraint"
						" WHERE conrelid OPERATOR(pg_catalog.=) $1"
						"   AND contype OPERATOR(pg_catalog.=) 'f'"
						" ORDER BY conname",
						1, argtypes, args, NULL, true, SPI_OK_SELECT);
	fks = NIL;
	for (i = 0; i < SPI_processed; i++)
		fks = lappend(fks, psprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", qname,
									SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1),
									SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2)));
	foreach(lc, fks)
		crmdb_spi_exec(lfirst(lc), SPI_OK_UTILITY);

	crmdb_spi_exec(psprintf("ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM (%s) TO (%s)",
							parent_name, qname,
							crmdb_bound_literal(lo, config->keytype),
							crmdb_bound_literal(hi, config->keytype)),
				   SPI_OK_UTILITY);

	AtEOXact_GUC(true, save_nestlevel);
	result->done = true;
	result->partition_name = pstrdup(qname);
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
	MoveBlockers blockers = {NULL, NULL};
	List	   *checks;
	List	   *foreign_keys = NIL;
	CatchUpMark mark;
	CrmdbDrainCopy *copy = NULL;
	bool		by_pages = false;
	bool		default_held = false;
	bool		default_bound = false;
	char	   *distcol;
	StringInfoData sql;
	ListCell   *lc;
	TimestampTz step = GetCurrentTimestamp();

	memset(result, 0, sizeof(*result));
	unit_lock_timeout_ms = crmdb_lock_timeout_ms;
	unit_moved_from = InvalidOid;

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

	/* A table distributed by Citus: see create_partition_distributed(). */
	distcol = crmdb_distribution_column(parent);
	if (distcol != NULL)
	{
		create_partition_distributed(config, defpart, qname, relname, distcol,
									 lo, hi, result);
		return;
	}

	/*
	 * Whether rows may move out of DEFAULT at all: row-level security must
	 * not hide any from the move, and neither DEFAULT's triggers nor
	 * logical replication may take the move for a change of the rows.
	 */
	if (OidIsValid(defpart))
	{
		crmdb_check_default_readable(defpart);
		blockers.triggers = replica_triggers(defpart);
		if (!crmdb_partition_drain_published)
			blockers.publications = publications_of(parent, defpart, false);
	}

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

	/* the parent's NOT VALID checks come back after the moves, NOT VALID */
	checks = not_valid_checks(parent);
	drop_checks(qname, checks);

	crmdb_copy_privileges(parent, child);
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

	/*
	 * DEFAULT holds the range's rows and no other: it becomes the range's
	 * partition, and the new table DEFAULT (see partition_swap.c).
	 */
	if (OidIsValid(defpart) && !default_held &&
		crmdb_drain_swap_possible(config, defpart, lo, hi))
	{
		/* the swap changes no row: see publications_of() */
		if (blockers.publications)
			blockers.publications = publications_of(parent, defpart, true);
		check_movable(config, defpart, &blockers, lo, hi, NULL);
		resetStringInfo(&sql);
		appendStringInfo(&sql, "ALTER TABLE %s DROP CONSTRAINT %s",
						 qname, BOUND_CONSTRAINT);
		crmdb_spi_exec(sql.data, SPI_OK_UTILITY);
		add_checks(qname, checks);
		clone_indexes(parent, child);
		result->rows_moved = crmdb_drain_swap_count(defpart);
		XLogFlush(XactLastRecEnd);
		STEP_DONE("swap prepared");
		crmdb_partition_lock_set(parent, defpart);
		STEP_DONE("locks");
		crmdb_drain_swap(config, defpart, child, lo, hi);
		STEP_DONE("swap");
		result->done = true;
		result->partition_name = qname;
		return;
	}

	/* 3. The bulk of the rows, while readers and writers go on. */
	columns = copy_column_list(parent);
	if (OidIsValid(defpart) && by_pages &&
		crmdb_drain_copy_possible(config, defpart, lo, hi))
	{
		/* no row of DEFAULT is written before the locks: see partition_copy.c */
		check_movable(config, defpart, &blockers, lo, hi, NULL);
		set_mark(defpart, &mark);
		copy = crmdb_drain_copy_start(config, defpart, child, lo, hi,
									  mark.snapshot);
		result->rows_moved = crmdb_drain_copy_rows(copy);
		XLogFlush(XactLastRecEnd);
	}
	else if (OidIsValid(defpart))
	{
		check_movable(config, defpart, &blockers, lo, hi, NULL);
		if (by_pages)
			set_mark(defpart, &mark);

		/*
		 * From here on, sessions may wait for rows this unit has moved: its
		 * own waits are kept shorter than deadlock_timeout, so that it is
		 * the one to notice such a session and give way (see
		 * give_way_if_waited_on()) before that session's deadlock check.
		 */
		unit_moved_from = defpart;
		unit_lock_timeout_ms = Min(crmdb_lock_timeout_ms,
								   Max(DeadlockTimeout / 2, 1));
		(void) set_config_option("lock_timeout",
								 psprintf("%d", unit_lock_timeout_ms),
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);

		if (by_pages)
			result->rows_moved += move_rows_by_chunks(config, defpart, child,
													  columns, lo, hi);
		else
			result->rows_moved += move_rows(config, defpart, child, columns,
											lo, hi, NULL, InvalidBlockNumber,
											InvalidBlockNumber);
		/* see the file header */
		XLogFlush(XactLastRecEnd);
	}
	STEP_DONE("move");
	give_way_if_waited_on(unit_moved_from);

	/* 4. Indexes, built in bulk. */
	clone_indexes(parent, child);
	STEP_DONE("indexes");

	/*
	 * 5. Foreign keys: prove that the moved rows satisfy them, holding no
	 * lock on the referenced tables that their writers would wait for.  A
	 * table that got no row leaves them to ATTACH: its check of them is
	 * then instant.
	 */
	if (result->rows_moved > 0)
		foreign_keys = prove_foreign_keys(parent, child);
	STEP_DONE("foreign keys");
	give_way_if_waited_on(unit_moved_from);

	/* 6. The rows that writers added to the range since the move. */
	if (copy)
	{
		CatchUpMark next;

		set_mark(defpart, &next);
		(void) crmdb_drain_copy_catch_up(copy, mark.lsn, next.snapshot, NULL, 0);
		UnregisterSnapshot(mark.snapshot);
		mark = next;
	}
	else if (OidIsValid(defpart) && !default_held)
	{
		if (by_pages)
		{
			CatchUpMark next;

			set_mark(defpart, &next);
			result->rows_moved += catch_up(config, defpart, child, columns,
										   lo, hi, &mark, false, &blockers,
										   relname);
			UnregisterSnapshot(mark.snapshot);
			mark = next;
		}
		else
		{
			check_movable(config, defpart, &blockers, lo, hi, NULL);
			result->rows_moved += move_rows(config, defpart, child, columns,
											lo, hi, NULL, InvalidBlockNumber,
											InvalidBlockNumber);
		}
	}
	STEP_DONE("catch-up move");

	/*
	 * Flush the WAL of the moves, the index builds and the validations now,
	 * so that the commit, under the locks below, has little left to flush.
	 */
	XLogFlush(XactLastRecEnd);
	STEP_DONE("WAL flush");

	/*
	 * 7. The parent and DEFAULT in ACCESS EXCLUSIVE mode until the commit
	 * that follows the ATTACH (see the file header for why the parent), and
	 * the tables the foreign keys involve in SHARE ROW EXCLUSIVE mode, all
	 * without waiting for one while holding another.  Move the rows added
	 * to the range since step 6, found from the WAL written since, and tell
	 * ATTACH that DEFAULT holds no row of the range any more.
	 */
	crmdb_partition_lock_set(parent, defpart);
	STEP_DONE("locks");
	if (copy)
	{
		Relation	defrel = table_open(defpart, NoLock);
		int			nlisted;
		BlockNumber *blocks = blocks_changed_since(defrel, mark.lsn, &nlisted);
		Snapshot	snapshot;

		table_close(defrel, NoLock);
		snapshot = RegisterSnapshot(GetLatestSnapshot());
		(void) crmdb_drain_copy_catch_up(copy, mark.lsn, snapshot, blocks,
										 nlisted);
		UnregisterSnapshot(snapshot);
		UnregisterSnapshot(mark.snapshot);
		result->rows_moved = crmdb_drain_copy_rows(copy);
		crmdb_drain_copy_finish(copy);
	}
	else if (OidIsValid(defpart))
	{
		if (!default_held)
		{
			if (by_pages)
			{
				result->rows_moved += catch_up(config, defpart, child, columns,
											   lo, hi, &mark, true, &blockers,
											   relname);
				UnregisterSnapshot(mark.snapshot);
			}
			else
			{
				check_movable(config, defpart, &blockers, lo, hi, NULL);
				result->rows_moved += move_rows(config, defpart, child, columns,
												lo, hi, NULL, InvalidBlockNumber,
												InvalidBlockNumber);
			}
		}
		default_bound = default_worth_bound(defpart);
		if (default_bound)
			crmdb_add_proven_bound(parent, defpart, lo, hi, true,
								   DEFAULT_BOUND_CONSTRAINT);
	}
	add_proved_foreign_keys(qname, foreign_keys);
	add_checks(qname, checks);
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

	unit_moved_from = InvalidOid;
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
	unit_lock_timeout_ms = crmdb_lock_timeout_ms;
	unit_moved_from = InvalidOid;

	/*
	 * The parent, the partition and the tables the foreign keys involve, as
	 * DETACH and DROP need them, never waiting for one while holding another.
	 */
	crmdb_partition_lock_set(parent, partition);

	if (!SearchSysCacheExists1(RELOID, ObjectIdGetDatum(partition)) ||
		get_partition_parent(partition, true) != parent ||
		!crmdb_partition_get_bounds(partition, config->keytype, &bounds) ||
		bounds.is_default || bounds.hi == CRMDB_BOUND_MAX ||
		bounds.hi > cutoff)
		return;

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
