/*-------------------------------------------------------------------------
 *
 * partition_copy.c
 *	  The copy drain: rows of a range leave the DEFAULT partition by being
 *	  copied into the new partition and kept in step with DEFAULT's writers,
 *	  and DEFAULT is emptied by TRUNCATE under the final locks, instead of
 *	  being deleted row by row.
 *
 * The row-by-row move of partition_ops.c deletes each row it moves: until
 * the unit commits, an UPDATE, DELETE or row lock of such a row waits for
 * the unit, which must then give way and roll back.  A range whose rows
 * are updated at a steady rate (the current quarter after a missed
 * premake) could never be drained that way.  The copy drain writes no
 * tuple of DEFAULT at all before the final locks, so the application's
 * writers never wait for it.  It applies when DEFAULT holds rows of the
 * range being drained and of no other key (the usual case: partitions
 * were premade, one range was missed), see crmdb_drain_copy_possible().
 *
 *	1. With the mark of partition_ops.c set (WAL position L0, DEFAULT's
 *	   writers of that moment ended, snapshot S0), scan DEFAULT under S0
 *	   and insert every row of the range into the new table, through the
 *	   table access method (no trigger fires, as for the move), noting for
 *	   each the address of the source tuple, its inserting transaction and
 *	   the address of its copy: the map.
 *	2. Catch-ups.  A change of DEFAULT after L0 (a row inserted, updated,
 *	   deleted, or a tuple pruned or vacuumed away) changed a page whose
 *	   LSN is then after L0, by the reasoning of partition_ops.c's header.
 *	   On each such page, under a snapshot S1 taken after the next mark's
 *	   wait, a source tuple of the map that S1 no longer sees (deleted,
 *	   updated, its line pointer gone or reused) has its copy deleted,
 *	   and a tuple of the range that S1 sees and the map does not hold is
 *	   copied, with the new table's indexes maintained.  Copies are
 *	   deleted before new ones are inserted, so that a row's old and new
 *	   versions never both hold its unique keys.  The last catch-up runs
 *	   under the final locks (DEFAULT in ACCESS EXCLUSIVE mode: no writer
 *	   is under way), on the pages that the WAL written since the previous
 *	   mark names.
 *	3. Then the new table holds exactly the rows of the range that DEFAULT
 *	   holds, and DEFAULT holds no other row (a row of another key seen by
 *	   the copy or a catch-up fails the unit: the next run moves the rows
 *	   row by row).  TRUNCATE empties DEFAULT in constant time.
 *
 * What this costs: TRUNCATE is not MVCC-safe.  A transaction whose
 * snapshot was taken before the unit's commit and which first reads the
 * table after it sees neither DEFAULT's old rows nor the new partition's
 * copies (written by the unit's transaction): the range looks empty to it,
 * as core documents for TRUNCATE.  Transactions that read the table before
 * (pg_dump included) hold a lock that the unit's final locks wait for.
 * crmdb.partition_drain_copy = off keeps the row-by-row move.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition_copy.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/tableam.h"
#include "access/tupconvert.h"
#include "access/xact.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_inherits.h"
#include "catalog/partition.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "storage/bufmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "crmdb.h"
#include "partition/partition.h"
#include "support/support.h"

/* One row copied: where its source tuple is, who wrote it, where its copy is. */
typedef struct CopiedRow
{
	ItemPointerData source;
	ItemPointerData copy;
	TransactionId xmin;			/* raw xmin of the source; Invalid: gone */
} CopiedRow;

struct CrmdbDrainCopy
{
	MemoryContext cxt;
	Oid			defpart;
	Oid			child;
	Oid			keytype;
	AttrNumber	keyattno;		/* in DEFAULT */
	int64		lo;
	int64		hi;
	CopiedRow  *rows;			/* sorted by source while sorted == nrows */
	int64		nrows;
	int64		maxrows;
	int64		live;			/* rows whose copy is in the new table */
	int64		sorted;
};

/* The bulk copy inserts this many rows at once at most (as COPY does). */
#define COPY_BATCH_ROWS		1000
#define COPY_BATCH_BYTES	(64 * 1024)

/* Writes into the new table, with its indexes when it has some. */
typedef struct ChildWriter
{
	Relation	rel;
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;		/* of the new table */
	TupleConversionMap *map;	/* DEFAULT's row type to the new table's */
	BulkInsertState bistate;
} ChildWriter;

static void
writer_open(ChildWriter *w, Oid child, TupleDesc source_desc)
{
	w->rel = table_open(child, NoLock);
	w->estate = CreateExecutorState();
	w->rri = makeNode(ResultRelInfo);
	InitResultRelInfo(w->rri, w->rel, 1, NULL, 0);
	ExecOpenIndices(w->rri, false);
	w->slot = table_slot_create(w->rel, NULL);
	w->map = convert_tuples_by_name(source_desc, RelationGetDescr(w->rel));
	w->bistate = GetBulkInsertState();
}

static void
writer_close(ChildWriter *w)
{
	FreeBulkInsertState(w->bistate);
	ExecDropSingleTupleTableSlot(w->slot);
	ExecCloseIndices(w->rri);
	FreeExecutorState(w->estate);
	table_close(w->rel, NoLock);
}

/* Insert the row of source (a slot of DEFAULT) into the new table. */
static void
writer_insert(ChildWriter *w, TupleTableSlot *source, ItemPointer copy)
{
	TupleTableSlot *slot;

	ResetPerTupleExprContext(w->estate);
	if (w->map)
		slot = execute_attr_map_slot(w->map->attrMap, source, w->slot);
	else
	{
		ExecCopySlot(w->slot, source);
		slot = w->slot;
	}
	table_tuple_insert(w->rel, slot, GetCurrentCommandId(true), 0,
					   w->bistate);
	if (w->rri->ri_NumIndices > 0)
		list_free(ExecInsertIndexTuples(w->rri, slot, w->estate,
										false, false, NULL, NIL));
	*copy = slot->tts_tid;
	ExecClearTuple(w->slot);
}

/* Whether the row in slot has a key in [lo, hi); *outside if another key. */
static bool
in_range(const CrmdbDrainCopy *dc, TupleTableSlot *slot)
{
	bool		isnull;
	Datum		value = slot_getattr(slot, dc->keyattno, &isnull);
	int64		key;

	if (isnull)
		return false;
	key = crmdb_datum_to_bound(value, dc->keytype);
	return key >= dc->lo && key < dc->hi;
}

static void
add_row(CrmdbDrainCopy *dc, ItemPointer source, TransactionId xmin,
		ItemPointer copy)
{
	CopiedRow  *row;

	if (dc->nrows >= dc->maxrows)
	{
		dc->maxrows = Max(1024, dc->maxrows * 2);
		dc->rows = dc->rows ?
			repalloc_huge(dc->rows, dc->maxrows * sizeof(CopiedRow)) :
			MemoryContextAllocHuge(dc->cxt, dc->maxrows * sizeof(CopiedRow));
	}
	row = &dc->rows[dc->nrows++];
	row->source = *source;
	row->copy = *copy;
	row->xmin = xmin;
	dc->live++;
}

static int
copied_row_cmp(const void *a, const void *b)
{
	return ItemPointerCompare(&((CopiedRow *) a)->source,
							  &((CopiedRow *) b)->source);
}

/* Sort the map by source, dropping the rows that are gone. */
static void
sort_rows(CrmdbDrainCopy *dc)
{
	int64		n = 0;

	for (int64 i = 0; i < dc->nrows; i++)
		if (TransactionIdIsValid(dc->rows[i].xmin))
			dc->rows[n++] = dc->rows[i];
	dc->nrows = n;
	if (dc->sorted != n)
		qsort(dc->rows, n, sizeof(CopiedRow), copied_row_cmp);
	dc->sorted = n;
}

/* The first row of the map whose source lies on page blkno or after it. */
static int64
first_row_on(const CrmdbDrainCopy *dc, BlockNumber blkno)
{
	int64		lo = 0;
	int64		hi = dc->sorted;

	while (lo < hi)
	{
		int64		mid = lo + (hi - lo) / 2;

		if (ItemPointerGetBlockNumberNoCheck(&dc->rows[mid].source) < blkno)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
refuse_other_keys(const CrmdbDrainCopy *dc)
{
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("DEFAULT partition \"%s\" received rows outside the range being drained",
					crmdb_qualified_relname(dc->defpart)),
			 errdetail("The copy drain empties the DEFAULT partition at the end, so it may hold only rows of the range being drained."),
			 errhint("Run the maintenance again: it moves the rows one by one when DEFAULT holds rows of other ranges.")));
}

/*
 * crmdb_default_referenced
 *		Whether a foreign key references the parent, one of its ancestors or
 *		DEFAULT (TRUNCATE and DETACH of DEFAULT would then have to check
 *		the referencing rows).
 */
bool
crmdb_default_referenced(Oid parent, Oid defpart)
{
	Oid			argtypes[3] = {OIDOID, OIDOID, OIDOID};
	Datum		args[3];
	bool		isnull;

	args[0] = ObjectIdGetDatum(parent);
	args[1] = ObjectIdGetDatum(defpart);
	args[2] = ObjectIdGetDatum(parent);
	crmdb_spi_exec_args("SELECT EXISTS (SELECT FROM pg_catalog.pg_constraint"
						" WHERE contype OPERATOR(pg_catalog.=) 'f'"
						" AND (confrelid OPERATOR(pg_catalog.=) ANY (ARRAY[$1, $2])"
						" OR confrelid IN (SELECT pg_catalog.pg_partition_ancestors($3))))",
						3, argtypes, args, NULL, false, SPI_OK_SELECT);
	return DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull));
}

/*
 * crmdb_default_only_range
 *		Whether DEFAULT holds no row whose key is NULL or outside [lo, hi):
 *		one probe each, answered by the key's index if DEFAULT has one.
 *		With latest, under the latest snapshot rather than the statement's
 *		(the caller holds DEFAULT in ACCESS EXCLUSIVE mode and needs every
 *		committed row, at any isolation level).
 */
bool
crmdb_default_only_range(const CrmdbPartConfig *config, Oid defpart,
						 int64 lo, int64 hi, bool latest)
{
	const char *col = quote_identifier(config->control_column);
	const char *def = crmdb_qualified_relname(defpart);
	Oid			argtypes[2] = {config->keytype, config->keytype};
	Datum		args[2];
	bool		isnull;
	bool		result;
	StringInfoData sql;

	initStringInfo(&sql);
	appendStringInfo(&sql, "SELECT EXISTS (SELECT FROM ONLY %s WHERE %s IS NULL)",
					 def, col);
	if (lo != CRMDB_BOUND_MIN)
		appendStringInfo(&sql, " OR EXISTS (SELECT FROM ONLY %s WHERE %s OPERATOR(pg_catalog.<) $1)",
						 def, col);
	if (hi != CRMDB_BOUND_MAX)
		appendStringInfo(&sql, " OR EXISTS (SELECT FROM ONLY %s WHERE %s OPERATOR(pg_catalog.>=) $2)",
						 def, col);
	args[0] = crmdb_bound_to_datum(lo, config->keytype);
	args[1] = crmdb_bound_to_datum(hi, config->keytype);
	if (latest)
		PushActiveSnapshot(GetLatestSnapshot());
	crmdb_spi_exec_args(sql.data, 2, argtypes, args, NULL, latest,
						SPI_OK_SELECT);
	result = !DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
										 SPI_tuptable->tupdesc, 1, &isnull));
	if (latest)
		PopActiveSnapshot();
	return result;
}

/*
 * crmdb_drain_copy_possible
 *		Whether [lo, hi) can leave DEFAULT by the copy drain: allowed by
 *		crmdb.partition_drain_copy, DEFAULT a permanent heap table whose
 *		pages show its changes (by_pages) that the unit's role may
 *		truncate (the parent's owner may not own it), no foreign key referencing the
 *		parent or DEFAULT (TRUNCATE would refuse), no row of DEFAULT with a
 *		key outside the range or none, and the map of its rows within
 *		maintenance_work_mem.
 */
bool
crmdb_drain_copy_possible(const CrmdbPartConfig *config, Oid defpart,
						  int64 lo, int64 hi)
{
	Relation	rel;
	double		tuples;

	if (!crmdb_partition_drain_copy ||
		pg_class_aclcheck(defpart, GetUserId(), ACL_TRUNCATE) != ACLCHECK_OK)
		return false;

	/* no foreign key may reference the parent, an ancestor or DEFAULT */
	if (crmdb_default_referenced(config->parent, defpart))
		return false;

	/* the map: 16 bytes a row */
	rel = table_open(defpart, AccessShareLock);
	tuples = rel->rd_rel->reltuples;
	if (tuples < 0)
		tuples = (double) RelationGetNumberOfBlocks(rel) * 64;
	table_close(rel, NoLock);
	if (tuples * sizeof(CopiedRow) > (double) maintenance_work_mem * 1024)
		return false;

	return crmdb_default_only_range(config, defpart, lo, hi, false);
}

/*
 * crmdb_drain_copy_start
 *		Step 1: copy the rows of [lo, hi) that snapshot sees in DEFAULT into
 *		the new table (still without indexes), and note them in the map.
 */
CrmdbDrainCopy *
crmdb_drain_copy_start(const CrmdbPartConfig *config, Oid defpart, Oid child,
					   int64 lo, int64 hi, Snapshot snapshot)
{
	CrmdbDrainCopy *dc = palloc0(sizeof(CrmdbDrainCopy));
	Relation	defrel = table_open(defpart, NoLock);
	TableScanDesc scan;
	TupleTableSlot *slot;
	TupleTableSlot **batch;
	ItemPointerData *sources;
	TransactionId *xmins;
	int			n = 0;
	Size		bytes = 0;
	ChildWriter w;
	MemoryContext oldcontext;

	/* freed by crmdb_drain_copy_finish(), or with the unit if it fails */
	dc->cxt = AllocSetContextCreate(CurTransactionContext, "crmdb copy drain",
									ALLOCSET_DEFAULT_SIZES);
	dc->defpart = defpart;
	dc->child = child;
	dc->keytype = config->keytype;
	dc->keyattno = get_attnum(defpart, config->control_column);
	dc->lo = lo;
	dc->hi = hi;
	if (dc->keyattno == InvalidAttrNumber)
		elog(ERROR, "column \"%s\" of DEFAULT partition \"%s\" not found",
			 config->control_column, crmdb_qualified_relname(defpart));

	oldcontext = MemoryContextSwitchTo(dc->cxt);
	writer_open(&w, child, RelationGetDescr(defrel));
	batch = palloc(COPY_BATCH_ROWS * sizeof(TupleTableSlot *));
	sources = palloc(COPY_BATCH_ROWS * sizeof(ItemPointerData));
	xmins = palloc(COPY_BATCH_ROWS * sizeof(TransactionId));
	for (int i = 0; i < COPY_BATCH_ROWS; i++)
		batch[i] = table_slot_create(w.rel, NULL);
	slot = table_slot_create(defrel, NULL);
	scan = table_beginscan_strat(defrel, snapshot, 0, NULL, true, false);
	for (;;)
	{
		bool		more = table_scan_getnextslot(scan, ForwardScanDirection, slot);

		if (more)
		{
			bool		shouldfree;
			HeapTuple	tuple;

			CHECK_FOR_INTERRUPTS();
			if (!in_range(dc, slot))
				refuse_other_keys(dc);
			tuple = ExecFetchSlotHeapTuple(slot, false, &shouldfree);
			sources[n] = slot->tts_tid;
			xmins[n] = HeapTupleHeaderGetRawXmin(tuple->t_data);
			bytes += tuple->t_len;
			if (shouldfree)
				heap_freetuple(tuple);
			if (w.map)
				ExecCopySlot(batch[n], execute_attr_map_slot(w.map->attrMap, slot,
															 w.slot));
			else
				ExecCopySlot(batch[n], slot);
			n++;
		}

		/* the new table has no index yet: a multi-insert, as COPY does */
		if (n == COPY_BATCH_ROWS || bytes >= COPY_BATCH_BYTES || (!more && n > 0))
		{
			table_multi_insert(w.rel, batch, n, GetCurrentCommandId(true), 0,
							   w.bistate);
			for (int i = 0; i < n; i++)
			{
				add_row(dc, &sources[i], xmins[i], &batch[i]->tts_tid);
				ExecClearTuple(batch[i]);
			}
			n = 0;
			bytes = 0;
		}
		if (!more)
			break;
	}
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	for (int i = 0; i < COPY_BATCH_ROWS; i++)
		ExecDropSingleTupleTableSlot(batch[i]);
	writer_close(&w);
	CommandCounterIncrement();
	MemoryContextSwitchTo(oldcontext);
	table_close(defrel, NoLock);

	/* the scan went in page order: the map is sorted already */
	dc->sorted = dc->nrows;
	elog(DEBUG1, "copy drain of DEFAULT partition \"%s\": " INT64_FORMAT " rows copied",
		 crmdb_qualified_relname(defpart), dc->live);
	return dc;
}

/*
 * crmdb_drain_copy_catch_up
 *		Step 2: bring the new table in step with the pages of DEFAULT changed
 *		since the WAL position since, as snapshot sees them: the pages
 *		blocks[0 .. nblocks - 1] when blocks is not NULL (named by the WAL),
 *		otherwise every page whose LSN is after since.  Returns the number
 *		of copies deleted plus inserted.
 */
int64
crmdb_drain_copy_catch_up(CrmdbDrainCopy *dc, XLogRecPtr since,
						  Snapshot snapshot, const BlockNumber *blocks,
						  int nblocks_listed)
{
	MemoryContext oldcontext = MemoryContextSwitchTo(dc->cxt);
	MemoryContext pass = AllocSetContextCreate(dc->cxt, "crmdb copy drain catch-up",
											   ALLOCSET_DEFAULT_SIZES);
	Relation	defrel = table_open(dc->defpart, NoLock);
	BlockNumber nblocks = RelationGetNumberOfBlocks(defrel);
	BlockNumber nlooks = blocks ? (BlockNumber) nblocks_listed : nblocks;
	BufferAccessStrategy strategy = NULL;
	TupleTableSlot *slot = MakeSingleTupleTableSlot(RelationGetDescr(defrel),
													&TTSOpsHeapTuple);
	List	   *gone = NIL;		/* ItemPointer of copies to delete */
	List	   *added = NIL;	/* HeapTuple copies of the sources to copy */
	ListCell   *lc;
	int64		changes;
	ChildWriter w;

	if (blocks == NULL && nblocks > NBuffers / 4)
		strategy = GetAccessStrategy(BAS_BULKREAD);

	MemoryContextSwitchTo(pass);
	for (BlockNumber i = 0; i < nlooks; i++)
	{
		BlockNumber blkno = blocks ? blocks[i] : i;
		Buffer		buffer;
		Page		page;
		OffsetNumber maxoff;
		bool		mapped[MaxHeapTuplesPerPage + 1];
		int64		first;

		CHECK_FOR_INTERRUPTS();
		if (blkno >= nblocks)
			continue;
		buffer = ReadBufferExtended(defrel, MAIN_FORKNUM, blkno, RBM_NORMAL,
									strategy);
		if (BufferGetLSNAtomic(buffer) <= since)
		{
			ReleaseBuffer(buffer);
			continue;
		}
		LockBuffer(buffer, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buffer);
		maxoff = PageIsNew(page) ? InvalidOffsetNumber :
			PageGetMaxOffsetNumber(page);
		memset(mapped, 0, sizeof(mapped));

		/* the sources of copies on this page: still there, still seen? */
		first = first_row_on(dc, blkno);
		for (int64 r = first; r < dc->sorted &&
			 ItemPointerGetBlockNumberNoCheck(&dc->rows[r].source) == blkno; r++)
		{
			CopiedRow  *row = &dc->rows[r];
			OffsetNumber off = ItemPointerGetOffsetNumberNoCheck(&row->source);
			ItemId		itemid;
			HeapTupleData tuple;

			if (!TransactionIdIsValid(row->xmin))
				continue;
			if (off <= maxoff)
			{
				itemid = PageGetItemId(page, off);
				if (ItemIdIsNormal(itemid))
				{
					tuple.t_data = (HeapTupleHeader) PageGetItem(page, itemid);
					tuple.t_len = ItemIdGetLength(itemid);
					tuple.t_tableOid = dc->defpart;
					tuple.t_self = row->source;
					if (HeapTupleHeaderGetRawXmin(tuple.t_data) == row->xmin &&
						HeapTupleSatisfiesVisibility(&tuple, snapshot, buffer))
					{
						mapped[off] = true;
						continue;
					}
				}
			}
			/* deleted, updated, or its line pointer pruned or reused */
			gone = lappend(gone, &row->copy);
			row->xmin = InvalidTransactionId;
			dc->live--;
		}

		/* the rows on this page that have no copy yet */
		for (OffsetNumber off = FirstOffsetNumber; off <= maxoff; off++)
		{
			ItemId		itemid = PageGetItemId(page, off);
			HeapTupleData tuple;

			if (mapped[off] || !ItemIdIsNormal(itemid))
				continue;
			tuple.t_data = (HeapTupleHeader) PageGetItem(page, itemid);
			tuple.t_len = ItemIdGetLength(itemid);
			tuple.t_tableOid = dc->defpart;
			ItemPointerSet(&tuple.t_self, blkno, off);
			if (!HeapTupleSatisfiesVisibility(&tuple, snapshot, buffer))
				continue;
			ExecStoreHeapTuple(&tuple, slot, false);
			if (!in_range(dc, slot))
				refuse_other_keys(dc);
			ExecClearTuple(slot);
			added = lappend(added, heap_copytuple(&tuple));
		}
		UnlockReleaseBuffer(buffer);
	}
	if (strategy)
		FreeAccessStrategy(strategy);

	/* VACUUM may have cut empty pages off the end: their sources are gone */
	for (int64 r = first_row_on(dc, nblocks); r < dc->sorted; r++)
	{
		if (!TransactionIdIsValid(dc->rows[r].xmin))
			continue;
		gone = lappend(gone, &dc->rows[r].copy);
		dc->rows[r].xmin = InvalidTransactionId;
		dc->live--;
	}

	/* deletions first: an updated row's old copy holds its unique keys */
	changes = list_length(gone) + list_length(added);
	if (changes > 0)
	{
		Relation	childrel = table_open(dc->child, NoLock);

		foreach(lc, gone)
			simple_table_tuple_delete(childrel, (ItemPointer) lfirst(lc),
									  InvalidSnapshot);
		table_close(childrel, NoLock);
		CommandCounterIncrement();

		writer_open(&w, dc->child, RelationGetDescr(defrel));
		foreach(lc, added)
		{
			HeapTuple	tuple = (HeapTuple) lfirst(lc);
			ItemPointerData copy;

			ExecStoreHeapTuple(tuple, slot, false);
			writer_insert(&w, slot, &copy);
			ExecClearTuple(slot);
			MemoryContextSwitchTo(dc->cxt);
			add_row(dc, &tuple->t_self, HeapTupleHeaderGetRawXmin(tuple->t_data),
					&copy);
			MemoryContextSwitchTo(pass);
		}
		writer_close(&w);
		CommandCounterIncrement();
	}
	ExecDropSingleTupleTableSlot(slot);
	table_close(defrel, NoLock);
	elog(DEBUG1, "copy drain of DEFAULT partition \"%s\": %d copies deleted, %d rows copied, on %s",
		 crmdb_qualified_relname(dc->defpart), list_length(gone), list_length(added),
		 blocks ? psprintf("%d pages named by the WAL", nblocks_listed) :
		 psprintf("the pages changed of its %u", nblocks));
	MemoryContextSwitchTo(dc->cxt);
	sort_rows(dc);
	MemoryContextSwitchTo(oldcontext);
	MemoryContextDelete(pass);
	return changes;
}

/* The number of rows the new table holds. */
int64
crmdb_drain_copy_rows(const CrmdbDrainCopy *dc)
{
	return dc->live;
}

/*
 * crmdb_drain_copy_finish
 *		Step 3, under the final locks after the last catch-up: empty DEFAULT
 *		by TRUNCATE, with its triggers off as for the move (see
 *		partition_ops.c), and free the map.
 */
void
crmdb_drain_copy_finish(CrmdbDrainCopy *dc)
{
	int			save_nestlevel = NewGUCNestLevel();

	(void) set_config_option("session_replication_role", "replica",
							 PGC_SUSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	crmdb_spi_exec(psprintf("TRUNCATE ONLY %s",
							crmdb_qualified_relname(dc->defpart)),
				   SPI_OK_UTILITY);
	AtEOXact_GUC(true, save_nestlevel);
	MemoryContextDelete(dc->cxt);
}
