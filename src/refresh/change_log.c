/*-------------------------------------------------------------------------
 *
 * change_log.c
 *	  Appending to the change logs of the incremental refresh,
 *	  crmdb.payment_changes (change_capture.c) and crmdb.workflow_changes
 *	  (workflow_capture.c).
 *
 * Both logs have the same shape: the writer's full transaction id, when
 * the entry was logged, the key columns of a changed group, and a reason
 * when the entry is a marker asking for a full refresh; after these, a log
 * may have columns of its own (crmdb.payment_changes: the view a marker is
 * for, and the change of the group's sums and counts).  An append is a
 * plain heap insert into the unlogged table and one entry in its index on
 * xid (incremental.c reads by it), through the executor's index insertion:
 * no SPI, no plan, no lock but the table's RowExclusiveLock.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/change_log.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_class.h"
#include "executor/executor.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
#include "utils/xid8.h"

#include "refresh/refresh.h"
#include "support/support.h"

/* The log opened for appending, with its indexes */
struct CrmdbLogWriter
{
	Relation	rel;
	int			nkeys;			/* key columns between logged_at and
								 * full_reason */
	int			nextra;			/* columns after full_reason */
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;
};

/*
 * crmdb_log_open
 *		Open the log logid for appending entries of nkeys key columns and
 *		nextra columns after full_reason, checking that it is the table
 *		crmdb created.
 */
CrmdbLogWriter *
crmdb_log_open(Oid logid, int nkeys, int nextra)
{
	CrmdbLogWriter *w = palloc0(sizeof(CrmdbLogWriter));

	w->rel = table_open(logid, RowExclusiveLock);
	w->nkeys = nkeys;
	w->nextra = nextra;
	if (RelationGetDescr(w->rel)->natts != nkeys + 3 + nextra ||
		w->rel->rd_rel->relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table crmdb.%s does not have the columns crmdb created",
						RelationGetRelationName(w->rel)),
				 errhint("Reinstall the crmdb extension.")));
	w->estate = crmdb_result_rel_open(w->rel, &w->rri, &w->slot);
	return w;
}

/*
 * crmdb_log_close
 *		Close a log opened by crmdb_log_open (its lock is kept).
 */
void
crmdb_log_close(CrmdbLogWriter *w)
{
	crmdb_result_rel_close(w->estate, w->rri);
	table_close(w->rel, NoLock);
	pfree(w);
}

/*
 * crmdb_log_append
 *		Append one entry to the open log: the key columns (keys NULL: all
 *		NULL), or a marker when full_reason is set, and the columns after
 *		full_reason (extra NULL: all NULL).
 */
void
crmdb_log_append(CrmdbLogWriter *w, Datum *keys, bool *keynulls,
				 const char *full_reason, Datum *extra, bool *extranulls)
{
	Datum	   *values = w->slot->tts_values;
	bool	   *nulls = w->slot->tts_isnull;
	int			last = w->nkeys + 2;
	int			i;

	ExecClearTuple(w->slot);
	values[0] = FullTransactionIdGetDatum(GetTopFullTransactionId());
	nulls[0] = false;
	values[1] = TimestampTzGetDatum(GetCurrentStatementStartTimestamp());
	nulls[1] = false;
	for (i = 0; i < w->nkeys; i++)
	{
		values[2 + i] = keys ? keys[i] : (Datum) 0;
		nulls[2 + i] = keys ? keynulls[i] : true;
	}
	values[last] = full_reason ? CStringGetTextDatum(full_reason) : (Datum) 0;
	nulls[last] = (full_reason == NULL);
	for (i = 0; i < w->nextra; i++)
	{
		values[last + 1 + i] = extra ? extra[i] : (Datum) 0;
		nulls[last + 1 + i] = extra ? extranulls[i] : true;
	}
	ExecStoreVirtualTuple(w->slot);
	table_tuple_insert(w->rel, w->slot, w->estate->es_output_cid, 0, NULL);
	if (w->rri->ri_NumIndices > 0)
		(void) ExecInsertIndexTuples(w->rri, w->slot, w->estate, false, false,
									 NULL, NIL);
	ResetPerTupleExprContext(w->estate);
}

/*
 * crmdb_log_append_one
 *		Open the log, append one entry, close it.
 */
void
crmdb_log_append_one(Oid logid, int nkeys, int nextra, Datum *keys,
					 bool *keynulls, const char *full_reason, Datum *extra,
					 bool *extranulls)
{
	CrmdbLogWriter *w = crmdb_log_open(logid, nkeys, nextra);

	crmdb_log_append(w, keys, keynulls, full_reason, extra, extranulls);
	crmdb_log_close(w);
}

/*
 * crmdb_log_append_view_marker
 *		Append a marker for viewid only (its name in full_for, the first
 *		column after full_reason): a REFRESH of the view that crmdb did not
 *		run, after which its next refresh is full.
 */
void
crmdb_log_append_view_marker(Oid logid, int nkeys, int nextra, Oid viewid)
{
	Datum	   *extra = palloc0(nextra * sizeof(Datum));
	bool	   *extranulls = palloc(nextra * sizeof(bool));
	int			i;

	Assert(nextra > 0);
	for (i = 0; i < nextra; i++)
		extranulls[i] = true;
	extra[0] = DirectFunctionCall1(namein,
								   CStringGetDatum(get_rel_name(viewid)));
	extranulls[0] = false;
	crmdb_log_append_one(logid, nkeys, nextra, NULL, NULL,
						 psprintf("REFRESH MATERIALIZED VIEW %s outside crmdb.refresh_views()",
								  get_rel_name(viewid)),
						 extra, extranulls);
}
