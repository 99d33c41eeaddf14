/*-------------------------------------------------------------------------
 *
 * change_capture.c
 *	  Capture of the changes to payment_service.payments that the
 *	  incremental refresh (incremental.c) needs: which groups of the payment
 *	  views a committed change touched, and which changes it cannot follow
 *	  row by row.
 *
 * Rows.  The triggers trg_payments_capture (AFTER INSERT OR DELETE) and
 * trg_payments_capture_update (AFTER UPDATE, WHEN a column the payment
 * views read changed) run crmdb.capture_payment_change(), which appends
 * one row per changed payment image to crmdb.payment_changes: the columns
 * that decide the groups of the payment views (loan account, customer,
 * payment method, payment date), the full transaction id of the writer and
 * when it was logged.  An UPDATE that moves a payment to another group
 * logs the old and the new image.  The append is a plain heap insert into
 * an unlogged table without index: no SPI, no plan, no lock but the
 * table's RowExclusiveLock, no row that two writers share.  The row
 * triggers are cloned to every partition, so writes straight into a
 * partition and rows moving between partitions are captured.
 *
 * Markers.  What rows cannot capture appends a marker instead (a row with
 * full_reason set), in the transaction that makes the change, so that it
 * becomes visible exactly when the change does: TRUNCATE of payments or of
 * a partition, any ALTER TABLE of payments or of a partition (ATTACH,
 * DETACH, ENABLE / DISABLE TRIGGER, ...), writes made with
 * session_replication_role = replica (when the triggers do not fire) and
 * transactions applied by logical replication.  A marker makes the next
 * refresh of every payment view a full one.  DROP of a partition changes
 * the set of relations a view reads, which forces a full refresh by itself
 * (refresh.c); a crash empties the unlogged table and changes the change
 * tracking epoch, which also does.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/change_capture.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
#include "utils/xid8.h"

#include "crmdb.h"
#include "refresh/refresh.h"

PG_FUNCTION_INFO_V1(capture_payment_change);

#define CAPTURE_LOG_NAME	"payment_changes"
#define CAPTURE_LOG_NATTS	7

/* Columns of payments whose values decide the groups of the views */
#define CAPTURE_NKEYS		4
static const char *const capture_keys[CAPTURE_NKEYS] = {
	"loan_account_number", "cif", "payment_method", "payment_date"
};

/* Per trigger and result relation, kept in fn_extra for the statement */
typedef struct CaptureCache
{
	Oid			relid;			/* the payments table (partition) */
	Oid			logid;			/* crmdb.payment_changes */
	bool		usable;			/* columns as expected */
	AttrNumber	attnums[CAPTURE_NKEYS];
} CaptureCache;

/*
 * The OID of crmdb.payment_changes, or InvalidOid when crmdb is not
 * installed in this database (the hooks run in every database).
 */
static Oid
capture_log_relid(void)
{
	Oid			nsp = get_namespace_oid(CRMDB_SCHEMA, true);

	if (!OidIsValid(nsp))
		return InvalidOid;
	return get_relname_relid(CAPTURE_LOG_NAME, nsp);
}

/*
 * crmdb_capture_root
 *		The OID of payment_service.payments, or InvalidOid.
 */
Oid
crmdb_capture_root(void)
{
	Oid			nsp = get_namespace_oid("payment_service", true);

	if (!OidIsValid(nsp))
		return InvalidOid;
	return get_relname_relid("payments", nsp);
}

/*
 * crmdb_capture_covers
 *		Whether changes to relid are captured: payments or one of its
 *		partitions (at any depth).
 */
bool
crmdb_capture_covers(Oid relid)
{
	Oid			root;
	List	   *ancestors;
	bool		result;

	if (!OidIsValid(relid))
		return false;
	root = crmdb_capture_root();
	if (!OidIsValid(root))
		return false;
	if (relid == root)
		return true;
	if (!get_rel_relispartition(relid))
		return false;
	ancestors = get_partition_ancestors(relid);
	result = list_member_oid(ancestors, root);
	list_free(ancestors);
	return result;
}

/* Append one row (keys, or a marker) to the log. */
static void
append_log(Oid logid, Datum *keys, bool *keynulls, const char *full_reason)
{
	Relation	rel;
	Datum		values[CAPTURE_LOG_NATTS];
	bool		nulls[CAPTURE_LOG_NATTS];
	HeapTuple	tup;
	int			i;

	rel = table_open(logid, RowExclusiveLock);
	if (RelationGetDescr(rel)->natts != CAPTURE_LOG_NATTS ||
		rel->rd_rel->relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table crmdb.payment_changes does not have the columns crmdb created"),
				 errhint("Reinstall the crmdb extension.")));

	values[0] = FullTransactionIdGetDatum(GetTopFullTransactionId());
	nulls[0] = false;
	values[1] = TimestampTzGetDatum(GetCurrentStatementStartTimestamp());
	nulls[1] = false;
	for (i = 0; i < CAPTURE_NKEYS; i++)
	{
		values[2 + i] = keys ? keys[i] : (Datum) 0;
		nulls[2 + i] = keys ? keynulls[i] : true;
	}
	if (full_reason)
	{
		values[6] = CStringGetTextDatum(full_reason);
		nulls[6] = false;
	}
	else
	{
		values[6] = (Datum) 0;
		nulls[6] = true;
	}

	tup = heap_form_tuple(RelationGetDescr(rel), values, nulls);
	simple_heap_insert(rel, tup);
	heap_freetuple(tup);
	table_close(rel, NoLock);
}

/*
 * crmdb_capture_mark
 *		Append a marker for a change to relid that rows do not capture, if
 *		relid is payments or one of its partitions.
 */
void
crmdb_capture_mark(Oid relid, const char *reason)
{
	Oid			logid;

	if (!crmdb_capture_covers(relid))
		return;
	logid = capture_log_relid();
	if (!OidIsValid(logid))
		return;
	append_log(logid, NULL, NULL,
			   psprintf("%s of %s", reason, get_rel_name(relid)));
}

/*
 * crmdb_capture_mark_any
 *		Append a marker regardless of the relation (logical replication
 *		apply), when crmdb is installed here.
 */
void
crmdb_capture_mark_any(const char *reason)
{
	Oid			logid = capture_log_relid();

	if (OidIsValid(logid) && OidIsValid(crmdb_capture_root()))
		append_log(logid, NULL, NULL, reason);
}

/* Fill the cache for rel on the first call of a statement. */
static CaptureCache *
capture_cache(FunctionCallInfo fcinfo, Relation rel)
{
	CaptureCache *cache = (CaptureCache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL || cache->relid != RelationGetRelid(rel))
	{
		TupleDesc	desc = RelationGetDescr(rel);
		int			i;

		if (cache == NULL)
			cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
									   sizeof(CaptureCache));
		cache->relid = InvalidOid;
		cache->logid = capture_log_relid();
		if (!OidIsValid(cache->logid))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("table crmdb.payment_changes does not exist"),
					 errhint("Reinstall the crmdb extension.")));
		cache->usable = true;
		for (i = 0; i < CAPTURE_NKEYS; i++)
		{
			int			attnum = SPI_fnumber(desc, capture_keys[i]);
			Oid			want = (i == 3) ? TIMESTAMPOID : VARCHAROID;

			if (attnum <= 0 || TupleDescAttr(desc, attnum - 1)->atttypid != want)
			{
				cache->usable = false;
				break;
			}
			cache->attnums[i] = (AttrNumber) attnum;
		}
		cache->relid = RelationGetRelid(rel);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/* Read the key columns of a payments row. */
static void
row_keys(CaptureCache *cache, Relation rel, HeapTuple tuple,
		 Datum *keys, bool *nulls)
{
	int			i;

	for (i = 0; i < CAPTURE_NKEYS; i++)
		keys[i] = heap_getattr(tuple, cache->attnums[i],
							   RelationGetDescr(rel), &nulls[i]);
}

static bool
keys_equal(Relation rel, CaptureCache *cache, Datum *a, bool *an,
		   Datum *b, bool *bn)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			i;

	for (i = 0; i < CAPTURE_NKEYS; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, cache->attnums[i] - 1);

		if (an[i] != bn[i])
			return false;
		if (!an[i] && !datumIsEqual(a[i], b[i], att->attbyval, att->attlen))
			return false;
	}
	return true;
}

/*
 * crmdb.capture_payment_change(): AFTER ROW trigger on
 * payment_service.payments; see the file header.
 */
Datum
capture_payment_change(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	CaptureCache *cache;
	Datum		oldkeys[CAPTURE_NKEYS];
	bool		oldnulls[CAPTURE_NKEYS];
	Datum		newkeys[CAPTURE_NKEYS];
	bool		newnulls[CAPTURE_NKEYS];

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("crmdb.capture_payment_change() must be fired AFTER ... FOR EACH ROW")));

	rel = trigdata->tg_relation;
	cache = capture_cache(fcinfo, rel);
	if (!cache->usable)
	{
		append_log(cache->logid, NULL, NULL,
				   psprintf("write to %s, whose columns differ from those crmdb captures",
							RelationGetRelationName(rel)));
		return PointerGetDatum(NULL);
	}

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		row_keys(cache, rel, trigdata->tg_trigtuple, newkeys, newnulls);
		append_log(cache->logid, newkeys, newnulls, NULL);
	}
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		row_keys(cache, rel, trigdata->tg_trigtuple, oldkeys, oldnulls);
		append_log(cache->logid, oldkeys, oldnulls, NULL);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		row_keys(cache, rel, trigdata->tg_trigtuple, oldkeys, oldnulls);
		row_keys(cache, rel, trigdata->tg_newtuple, newkeys, newnulls);
		if (!keys_equal(rel, cache, oldkeys, oldnulls, newkeys, newnulls))
			append_log(cache->logid, oldkeys, oldnulls, NULL);
		append_log(cache->logid, newkeys, newnulls, NULL);
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("crmdb.capture_payment_change() must be fired by INSERT, UPDATE or DELETE")));

	return PointerGetDatum(NULL);
}
