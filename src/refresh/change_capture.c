/*-------------------------------------------------------------------------
 *
 * change_capture.c
 *	  Capture of the changes to payment_service.payments that the
 *	  incremental refresh (incremental.c) needs: which groups of the payment
 *	  views a committed change touched, and which changes it cannot follow
 *	  row by row.
 *
 * Updates and deletes.  Two AFTER ... FOR EACH STATEMENT triggers with
 * transition tables, trg_payments_capture_update (OLD and NEW TABLE) and
 * _delete (OLD TABLE), run crmdb.capture_payment_change() once per
 * statement.  It reads the changed rows from the transition tables,
 * deduplicates their groups in a hash table (loan account, customer,
 * payment method, and payment date truncated to its month: both views
 * group by month) and appends ONE row per distinct group to
 * crmdb.payment_changes, with the full transaction id of the writer and
 * when it was logged.  An UPDATE pairs its old and new images by payment
 * id: a pair that changed no column the views read (the keys, amount,
 * status) logs nothing; any other logs the old and the new group.  A bulk
 * statement thus costs a tuplestore copy of each row and a hash probe, not
 * an after-trigger event, a refetch of the row and a heap insert per row
 * as row triggers would.  The append is a plain heap insert into an
 * unlogged table, and one entry in its index on xid (incremental.c reads
 * by it): no SPI, no plan, no lock but the table's RowExclusiveLock.
 *
 * Inserts.  An INSERT trigger with a transition table on payments would
 * make PostgreSQL insert row by row when COPY targets the partitioned
 * table (copyfrom.c), and an INSERT row trigger of its own would add an
 * after-trigger event and a refetch per row.  The registry's row trigger
 * (trg_payments_reference, payment_reference.c), which every inserted
 * payment fires on every partition already, hands each new row to
 * crmdb_capture_note_insert(): its group goes into a hash table of the
 * transaction, and the distinct groups are appended when the transaction
 * commits or is prepared (the XACT_EVENT_PRE_COMMIT and _PRE_PREPARE
 * callback), or when a refresh in the same transaction reads the log
 * (crmdb_capture_flush()).  The entries thus become visible exactly when
 * the rows do.  Groups of a subtransaction that rolled back are appended
 * too: a group recomputed for nothing, never one missed.  A refresh reads
 * the log inside a subtransaction (refresh.c runs each view in one, and
 * the caller may hold savepoints): the groups it appended are remembered
 * with that subtransaction, handed to its parent when it commits, and
 * appended again at commit when it rolls back, taking its entries with
 * it (capture_subxact_callback).  When that
 * trigger is disabled, the refresh of the payment views is full
 * (incremental.c checks it with the capture triggers).
 *
 * Deltas.  Each group's entry also carries what the changes it stands
 * for added to the group's sums and counts as payment_method_analysis
 * shows them (payments, amount, COMPLETED, FAILED; GroupDelta), so that
 * the refresh of that view adds them to its row instead of recomputing
 * the group (incremental.c).  An old image is taken away, a new one
 * added; a group that cannot be followed exactly is logged without
 * deltas and recomputed: a row whose key is too long, payments inserted
 * by a subtransaction that rolled back (PendingGroup), an entry appended
 * again after the refresh that had appended it rolled back.  A payment
 * moving to another partition (an UPDATE of its date) is deleted from one
 * and inserted into the other, which fires the registry's row trigger
 * for the insert as well as this UPDATE trigger: the insert is not noted
 * (MovedRow).
 *
 * Partitions.  A statement that targets a partition fires that
 * partition's statement triggers only (one that targets payments fires
 * payments' only, its transition tables holding the rows of every
 * partition, rows moving between partitions and ON CONFLICT DO UPDATE
 * included), and statement triggers are not cloned to partitions: every
 * partition gets the three triggers too, at install, in the update script,
 * and from crmdb's ProcessUtility hook after CREATE TABLE ... PARTITION OF
 * and ATTACH PARTITION (crmdb_capture_add_triggers, which crmdb's own
 * partition work and pg_partman go through too).  A partition without them
 * (created in a session where crmdb was not loaded) makes every refresh of
 * the payment views full, and says which (incremental.c).
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
#include "access/tableam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "nodes/makefuncs.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "utils/uuid.h"
#include "utils/xid8.h"

#include "crmdb.h"
#include "refresh/refresh.h"

PG_FUNCTION_INFO_V1(capture_payment_change);

#define CAPTURE_LOG_NAME	"payment_changes"

/* Columns of payments whose values decide the groups of the views */
#define CAPTURE_NKEYS		4
static const char *const capture_keys[CAPTURE_NKEYS] = {
	"loan_account_number", "cif", "payment_method", "payment_date"
};

/* Longest varchar value (bytes) a group key holds; longer ones are logged
 * without deduplication */
#define CAPTURE_TEXT_MAX	80

/* Names of the capture triggers, on payments and on each partition */
#define CAPTURE_NTRIGGERS	2
static const char *const capture_trigger_names[CAPTURE_NTRIGGERS] = {
	"trg_payments_capture_update",
	"trg_payments_capture_delete"
};

/* Where the columns the views read are in the transition tuples */
typedef struct CaptureColumns
{
	AttrNumber	keys[CAPTURE_NKEYS];	/* capture_keys[] */
	AttrNumber	id;				/* payment id, to pair updated rows */
	AttrNumber	compared[CAPTURE_NKEYS + 2];	/* keys, amount, status: the
												 * columns a pair compares */
	bool		deltas;			/* amount is numeric and status the enum
								 * crmdb created: the sums and counts of a
								 * group can be followed */
	Oid			statustype;		/* the enum of status */
	Oid			completed;		/* status 'COMPLETED' (an enum value) */
	Oid			failed;			/* status 'FAILED' */
} CaptureColumns;

/*
 * What a set of payments adds to the sums and counts of their group that
 * payment_method_analysis shows: payments, amount, COMPLETED, FAILED.
 * Logged with the group (delta_* columns), so that a refresh of that view
 * adds them up instead of recomputing the group (incremental.c).
 */
typedef struct GroupDelta
{
	bool		known;			/* false: a row's values were not followed;
								 * the group is logged without deltas */
	int64		count;
	int64		completed;
	int64		failed;
	Datum		amount;			/* numeric, or 0 while nothing was added */
} GroupDelta;

/* Columns of crmdb.payment_changes after full_reason */
#define CAPTURE_NEXTRA		5	/* full_for, delta_count, delta_amount,
								 * delta_completed, delta_failed */

/* A group of the payment views: the log row written for it */
typedef struct GroupKey
{
	char		text[3][CAPTURE_TEXT_MAX + 1];	/* loan, cif, method */
	Timestamp	month;			/* payment_date truncated to its month */
	uint8		nulls;			/* bit i: key i is NULL */
} GroupKey;

/* One updated payment's old image, by id */
typedef struct OldImage
{
	pg_uuid_t	id;				/* hash key */
	bool		paired;			/* a new image with equal columns was seen */
	bool		twice;			/* the id came more than once */
	Datum		values[CAPTURE_NKEYS + 2];	/* keys, amount, status */
	bool		isnull[CAPTURE_NKEYS + 2];
} OldImage;

/* What one firing collects */
typedef struct CaptureState
{
	Oid			logid;
	CrmdbLogWriter *log;			/* opened when first written */
	long		nrows;			/* rows of the statement, to size groups */
	TupleDesc	desc;			/* of the transition tuples */
	CaptureColumns cols;
	HTAB	   *groups;			/* GroupEntry, deduplicated; made when first
								 * needed */
	TupleTableSlot *slot;
	MemoryContext scratch;		/* reset after each row's deltas */
} CaptureState;

/* A group a statement changed, with what it added to the group */
typedef struct GroupEntry
{
	GroupKey	key;			/* hash key */
	GroupDelta	delta;
} GroupEntry;

static void capture_off(void);
static Oid	enum_label_oid(Oid typid, const char *label);

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

/* Append one row (keys without deltas, or a marker) to the log. */
static void
append_log(Oid logid, Datum *keys, bool *keynulls, const char *full_reason)
{
	crmdb_log_append_one(logid, CAPTURE_NKEYS, CAPTURE_NEXTRA, keys, keynulls,
						 full_reason, NULL, NULL);
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
 * crmdb_capture_mark_view
 *		After a REFRESH MATERIALIZED VIEW of viewid that crmdb did not run:
 *		when viewid is a payment view whose groups are maintained by adding
 *		deltas (payment_method_analysis), append a marker for that view
 *		only, so that its next refresh is full.  Its rows now include
 *		changes that are still pending in the log; adding their deltas
 *		again would count them twice.
 */
void
crmdb_capture_mark_view(Oid viewid)
{
	Oid			logid;

	if (!crmdb_ivm_uses_deltas(viewid) ||
		get_rel_namespace(viewid) != get_namespace_oid("payment_service", true))
		return;
	logid = capture_log_relid();
	if (OidIsValid(logid))
		crmdb_log_append_view_marker(logid, CAPTURE_NKEYS, CAPTURE_NEXTRA,
									 viewid);
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


/*
 * Find the columns the capture reads in desc: false when one is missing or
 * of another type (a marker is written instead of rows then).
 */
static bool
capture_columns(TupleDesc desc, CaptureColumns *cols)
{
	int			i;
	int			attnum;

	for (i = 0; i < CAPTURE_NKEYS; i++)
	{
		Oid			want = (i == 3) ? TIMESTAMPOID : VARCHAROID;

		attnum = SPI_fnumber(desc, capture_keys[i]);
		if (attnum <= 0 || TupleDescAttr(desc, attnum - 1)->atttypid != want)
			return false;
		cols->keys[i] = (AttrNumber) attnum;
	}
	memcpy(cols->compared, cols->keys, sizeof(cols->keys));
	cols->compared[CAPTURE_NKEYS] = (AttrNumber) SPI_fnumber(desc, "amount");
	cols->compared[CAPTURE_NKEYS + 1] = (AttrNumber) SPI_fnumber(desc, "status");
	attnum = SPI_fnumber(desc, "id");
	cols->id = (attnum > 0 && TupleDescAttr(desc, attnum - 1)->atttypid == UUIDOID) ?
		(AttrNumber) attnum : InvalidAttrNumber;
	/* pairing compares amount and status: without them, no pairing */
	cols->deltas = false;
	cols->statustype = cols->completed = cols->failed = InvalidOid;
	if (cols->compared[CAPTURE_NKEYS] <= 0 ||
		cols->compared[CAPTURE_NKEYS + 1] <= 0)
	{
		cols->id = InvalidAttrNumber;
		return true;
	}
	/*
	 * the deltas: a numeric amount and an enum status, and the id that
	 * recognises a payment moving between partitions
	 */
	if (cols->id != InvalidAttrNumber &&
		TupleDescAttr(desc, cols->compared[CAPTURE_NKEYS] - 1)->atttypid == NUMERICOID)
	{
		Oid			statustype;

		statustype = TupleDescAttr(desc, cols->compared[CAPTURE_NKEYS + 1] - 1)->atttypid;
		if (type_is_enum(statustype))
		{
			cols->statustype = statustype;
			cols->completed = enum_label_oid(statustype, "COMPLETED");
			cols->failed = enum_label_oid(statustype, "FAILED");
			cols->deltas = true;
		}
	}
	return true;
}

/* The OID of label in enum type typid, or InvalidOid. */
static Oid
enum_label_oid(Oid typid, const char *label)
{
	HeapTuple	tup;
	Oid			result;

	tup = SearchSysCache2(ENUMTYPOIDNAME, ObjectIdGetDatum(typid),
						  CStringGetDatum(label));
	if (!HeapTupleIsValid(tup))
		return InvalidOid;
	result = ((Form_pg_enum) GETSTRUCT(tup))->oid;
	ReleaseSysCache(tup);
	return result;
}

/*
 * Add (sign 1) or take away (sign -1) a payment whose key columns, amount
 * and status are in values to d.  The arithmetic runs in scratch; the sum
 * is copied into keep, the context d lives in.
 */
static void
delta_add(GroupDelta *d, const CaptureColumns *cols, Datum *values,
		  bool *isnull, int sign, MemoryContext scratch, MemoryContext keep)
{
	MemoryContext old;
	Datum		sum;

	if (!d->known)
		return;
	if (!cols->deltas || isnull[CAPTURE_NKEYS])
	{
		d->known = false;
		return;
	}
	d->count += sign;
	if (!isnull[CAPTURE_NKEYS + 1])
	{
		Oid			status = DatumGetObjectId(values[CAPTURE_NKEYS + 1]);

		if (OidIsValid(cols->completed) && status == cols->completed)
			d->completed += sign;
		else if (OidIsValid(cols->failed) && status == cols->failed)
			d->failed += sign;
	}

	old = MemoryContextSwitchTo(scratch);
	if (d->amount == (Datum) 0)
		sum = (sign > 0) ?
			PointerGetDatum(PG_DETOAST_DATUM_COPY(values[CAPTURE_NKEYS])) :
			DirectFunctionCall1(numeric_uminus, values[CAPTURE_NKEYS]);
	else
		sum = DirectFunctionCall2((sign > 0) ? numeric_add : numeric_sub,
								  d->amount, values[CAPTURE_NKEYS]);
	MemoryContextSwitchTo(keep);
	if (d->amount != (Datum) 0)
		pfree(DatumGetPointer(d->amount));
	d->amount = datumCopy(sum, false, -1);
	MemoryContextSwitchTo(old);
	MemoryContextReset(scratch);
}

/* No payment added yet */
static void
delta_init(GroupDelta *d)
{
	d->known = true;
	d->count = d->completed = d->failed = 0;
	d->amount = (Datum) 0;
}

/* The first day of ts's month, at midnight (ts itself if not finite). */
static Timestamp
month_start(Timestamp ts)
{
	struct pg_tm tm;
	fsec_t		fsec;
	Timestamp	result;

	if (TIMESTAMP_NOT_FINITE(ts) ||
		timestamp2tm(ts, NULL, &tm, &fsec, NULL, NULL) != 0)
		return ts;
	tm.tm_mday = 1;
	tm.tm_hour = 0;
	tm.tm_min = 0;
	tm.tm_sec = 0;
	if (tm2timestamp(&tm, 0, NULL, &result) != 0)
		return ts;
	return result;
}

/*
 * The group of a row (its key columns, the date truncated to the month:
 * both views group by month).  False when a value is too long for the
 * key; the row is then logged as it is.
 */
static bool
group_key(Datum *values, bool *isnull, GroupKey *key)
{
	int			i;

	memset(key, 0, sizeof(GroupKey));
	for (i = 0; i < 3; i++)
	{
		text	   *t;
		int			len;

		if (isnull[i])
		{
			key->nulls |= (1 << i);
			continue;
		}
		t = DatumGetTextPP(values[i]);
		len = VARSIZE_ANY_EXHDR(t);
		if (len > CAPTURE_TEXT_MAX || memchr(VARDATA_ANY(t), '\0', len))
			return false;
		memcpy(key->text[i], VARDATA_ANY(t), len);
	}
	if (isnull[3])
		key->nulls |= (1 << 3);
	else
		key->month = month_start(DatumGetTimestamp(values[3]));
	return true;
}

/* Append the log row of a group, with its deltas when they are known. */
static void
append_group(CrmdbLogWriter *log, const GroupKey *key, const GroupDelta *d)
{
	Datum		values[CAPTURE_NKEYS];
	bool		nulls[CAPTURE_NKEYS];
	Datum		extra[CAPTURE_NEXTRA];
	bool		extranulls[CAPTURE_NEXTRA];
	int			i;

	for (i = 0; i < 3; i++)
	{
		nulls[i] = (key->nulls & (1 << i)) != 0;
		values[i] = nulls[i] ? (Datum) 0 : CStringGetTextDatum(key->text[i]);
	}
	nulls[3] = (key->nulls & (1 << 3)) != 0;
	values[3] = nulls[3] ? (Datum) 0 : TimestampGetDatum(key->month);
	for (i = 0; i < CAPTURE_NEXTRA; i++)
	{
		extra[i] = (Datum) 0;
		extranulls[i] = true;
	}
	if (d != NULL && d->known)
	{
		extra[1] = Int64GetDatum(d->count);
		extra[2] = (d->amount != (Datum) 0) ? d->amount :
			DirectFunctionCall1(int8_numeric, Int64GetDatum(0));
		extra[3] = Int64GetDatum(d->completed);
		extra[4] = Int64GetDatum(d->failed);
		extranulls[1] = extranulls[2] = extranulls[3] = extranulls[4] = false;
	}
	crmdb_log_append(log, values, nulls, NULL, extra, extranulls);
}

/*
 * Read the key columns, then amount and status (the payload; when the
 * table has them), of the slot's row.
 */
static void
slot_values(CaptureState *cs, Datum *values, bool *isnull)
{
	bool		payload = cs->cols.compared[CAPTURE_NKEYS] > 0 &&
		cs->cols.compared[CAPTURE_NKEYS + 1] > 0;
	int			n = payload ? CAPTURE_NKEYS + 2 : CAPTURE_NKEYS;
	int			i;

	for (i = 0; i < n; i++)
		values[i] = slot_getattr(cs->slot, cs->cols.compared[i], &isnull[i]);
	for (; i < CAPTURE_NKEYS + 2; i++)
	{
		values[i] = (Datum) 0;
		isnull[i] = true;
	}
}

/*
 * Note the group of a row (values as slot_values reads them), added to
 * the group (sign 1: a new image) or taken from it (-1: an old one).
 */
static void
note_group(CaptureState *cs, Datum *values, bool *isnull, int sign)
{
	GroupKey	key;
	GroupEntry *entry;
	bool		found;

	if (cs->log == NULL)
		cs->log = crmdb_log_open(cs->logid, CAPTURE_NKEYS, CAPTURE_NEXTRA);
	if (!group_key(values, isnull, &key))
	{
		/* logged as it is, without deltas */
		crmdb_log_append(cs->log, values, isnull, NULL, NULL, NULL);
		return;
	}
	if (cs->groups == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(GroupKey);
		ctl.entrysize = sizeof(GroupEntry);
		ctl.hcxt = CurrentMemoryContext;
		cs->groups = hash_create("crmdb capture: changed groups",
								 Max(Min(cs->nrows, 65536), 8), &ctl,
								 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(cs->groups, &key, HASH_ENTER, &found);
	if (!found)
		delta_init(&entry->delta);
	delta_add(&entry->delta, &cs->cols, values, isnull, sign, cs->scratch,
			  CurrentMemoryContext);
}

/* Note the group of every row of a transition table. */
static void
note_table(CaptureState *cs, Tuplestorestate *table, int sign)
{
	Datum		values[CAPTURE_NKEYS + 2];
	bool		isnull[CAPTURE_NKEYS + 2];

	tuplestore_rescan(table);
	while (tuplestore_gettupleslot(table, true, false, cs->slot))
	{
		CHECK_FOR_INTERRUPTS();
		slot_values(cs, values, isnull);
		note_group(cs, values, isnull, sign);
	}
}

/*
 * An UPDATE: pair the old and new images by payment id and note the
 * groups of the pairs whose key columns, amount or status differ (both
 * groups: a payment can move to another one), and of every image left
 * unpaired.  The rows of an UPDATE that changed no column the views read
 * log nothing.
 */
static void
note_update(CaptureState *cs, Tuplestorestate *oldtable,
			Tuplestorestate *newtable)
{
	HASHCTL		ctl;
	HTAB	   *ids;
	HASH_SEQ_STATUS seq;
	OldImage   *img;
	Datum		values[CAPTURE_NKEYS + 2];
	bool		isnull[CAPTURE_NKEYS + 2];
	int			i;

	if (cs->cols.id == InvalidAttrNumber)
	{
		note_table(cs, oldtable, -1);
		note_table(cs, newtable, 1);
		return;
	}

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(pg_uuid_t);
	ctl.entrysize = sizeof(OldImage);
	ctl.hcxt = CurrentMemoryContext;
	ids = hash_create("crmdb capture: updated payments",
					  Max(Min(tuplestore_tuple_count(oldtable), 65536), 8), &ctl,
					  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);

	tuplestore_rescan(oldtable);
	while (tuplestore_gettupleslot(oldtable, true, false, cs->slot))
	{
		bool		idnull;
		Datum		id;
		bool		found;

		CHECK_FOR_INTERRUPTS();
		slot_values(cs, values, isnull);
		id = slot_getattr(cs->slot, cs->cols.id, &idnull);
		if (idnull)
		{
			note_group(cs, values, isnull, -1);
			continue;
		}
		img = hash_search(ids, DatumGetUUIDP(id), HASH_ENTER, &found);
		if (found)
		{
			/* not a single row: no pairing for this id */
			img->twice = true;
			note_group(cs, values, isnull, -1);
			continue;
		}
		img->paired = false;
		img->twice = false;
		for (i = 0; i < CAPTURE_NKEYS + 2; i++)
		{
			Form_pg_attribute att;

			img->isnull[i] = isnull[i];
			if (isnull[i])
			{
				img->values[i] = (Datum) 0;
				continue;
			}
			att = TupleDescAttr(cs->desc, cs->cols.compared[i] - 1);
			img->values[i] = datumCopy(values[i], att->attbyval, att->attlen);
		}
	}

	tuplestore_rescan(newtable);
	while (tuplestore_gettupleslot(newtable, true, false, cs->slot))
	{
		bool		idnull;
		Datum		id;
		bool		same;

		CHECK_FOR_INTERRUPTS();
		slot_values(cs, values, isnull);
		id = slot_getattr(cs->slot, cs->cols.id, &idnull);
		img = idnull ? NULL :
			hash_search(ids, DatumGetUUIDP(id), HASH_FIND, NULL);
		same = (img != NULL && !img->twice && !img->paired);
		for (i = 0; same && i < CAPTURE_NKEYS + 2; i++)
		{
			Form_pg_attribute att;

			if (img->isnull[i] != isnull[i])
				same = false;
			else if (!isnull[i])
			{
				att = TupleDescAttr(cs->desc, cs->cols.compared[i] - 1);
				same = datumIsEqual(img->values[i], values[i],
									att->attbyval, att->attlen);
			}
		}
		if (same)
			img->paired = true;
		else
			note_group(cs, values, isnull, 1);
	}

	/* the old images not paired with an equal new one */
	hash_seq_init(&seq, ids);
	while ((img = hash_seq_search(&seq)) != NULL)
	{
		if (!img->paired)
			note_group(cs, img->values, img->isnull, -1);
	}
	hash_destroy(ids);
}

/*
 * crmdb.capture_payment_change(): AFTER ... FOR EACH STATEMENT trigger,
 * with transition tables, on payment_service.payments and on each of its
 * partitions; see the file header.
 */
Datum
capture_payment_change(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Trigger    *trigger;
	Relation	rel;
	Oid			logid;
	CaptureState cs;
	HASH_SEQ_STATUS seq;
	GroupEntry *entry;
	MemoryContext mcxt;
	MemoryContext oldcxt;
	TriggerEvent event;
	bool		has_old;
	bool		has_new;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("crmdb.capture_payment_change() must be fired AFTER ... FOR EACH STATEMENT")));

	rel = trigdata->tg_relation;
	trigger = trigdata->tg_trigger;
	event = trigdata->tg_event & TRIGGER_EVENT_OPMASK;
	logid = capture_log_relid();
	if (!OidIsValid(logid))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table crmdb.payment_changes does not exist"),
				 errhint("Reinstall the crmdb extension.")));

	has_old = trigger->tgoldtable != NULL && trigdata->tg_oldtable != NULL;
	has_new = trigger->tgnewtable != NULL && trigdata->tg_newtable != NULL;
	if ((event == TRIGGER_EVENT_INSERT && !has_new) ||
		(event == TRIGGER_EVENT_DELETE && !has_old) ||
		(event == TRIGGER_EVENT_UPDATE && !(has_old && has_new)) ||
		event == TRIGGER_EVENT_TRUNCATE)
	{
		/* a trigger created without the transition tables it needs */
		append_log(logid, NULL, NULL,
				   psprintf("write to %s through trigger %s, which lacks the transition tables crmdb reads",
							RelationGetRelationName(rel), trigger->tgname));
		return PointerGetDatum(NULL);
	}

	if (!crmdb_capture_payment_changes)
	{
		capture_off();
		return PointerGetDatum(NULL);
	}

	memset(&cs, 0, sizeof(cs));
	cs.desc = RelationGetDescr(rel);
	if (!capture_columns(cs.desc, &cs.cols))
	{
		append_log(logid, NULL, NULL,
				   psprintf("write to %s, whose columns differ from those crmdb captures",
							RelationGetRelationName(rel)));
		return PointerGetDatum(NULL);
	}

	mcxt = AllocSetContextCreate(CurrentMemoryContext, "crmdb capture",
								 ALLOCSET_SMALL_SIZES);
	oldcxt = MemoryContextSwitchTo(mcxt);

	cs.logid = logid;
	cs.nrows = tuplestore_tuple_count(event == TRIGGER_EVENT_DELETE ?
									  trigdata->tg_oldtable :
									  trigdata->tg_newtable);
	cs.slot = MakeSingleTupleTableSlot(cs.desc, &TTSOpsMinimalTuple);
	cs.scratch = AllocSetContextCreate(mcxt, "crmdb capture: deltas",
									   ALLOCSET_SMALL_SIZES);

	if (event == TRIGGER_EVENT_INSERT)
		note_table(&cs, trigdata->tg_newtable, 1);
	else if (event == TRIGGER_EVENT_DELETE)
		note_table(&cs, trigdata->tg_oldtable, -1);
	else
		note_update(&cs, trigdata->tg_oldtable, trigdata->tg_newtable);

	/* one log row per distinct group */
	if (cs.groups != NULL)
	{
		hash_seq_init(&seq, cs.groups);
		while ((entry = hash_seq_search(&seq)) != NULL)
			append_group(cs.log, &entry->key, &entry->delta);
	}

	ExecDropSingleTupleTableSlot(cs.slot);
	if (cs.log != NULL)
		crmdb_log_close(cs.log);
	MemoryContextSwitchTo(oldcxt);
	MemoryContextDelete(mcxt);
	return PointerGetDatum(NULL);
}

/*
 * A group of the payments inserted by this transaction, and where it is in
 * the log: not yet (InvalidSubTransactionId), or appended by the
 * subtransaction flushed_in (TopSubTransactionId: for good).  While not
 * appended, delta holds what the payments inserted since its last append
 * add to it, and noted_in the newest subtransaction that inserted one.
 * Subtransaction ids grow as subtransactions start, and subtransactions
 * nest, so when subtransaction S rolls back, a group with noted_in >= S
 * had payments inserted by S or by one of its children: rolled back with
 * it, they must not be added; the group is then logged without deltas.
 */
typedef struct PendingGroup
{
	GroupKey	key;			/* hash key */
	SubTransactionId flushed_in;
	SubTransactionId noted_in;
	GroupDelta	delta;
} PendingGroup;

/*
 * The groups of the payments inserted by this transaction (see "Inserts"
 * in the file header); in TopTransactionContext.
 */
static HTAB *pending_groups = NULL;
/* how many of them are not in the log */
static long pending_unflushed = 0;
/* how many were appended by a subtransaction still open */
static long pending_in_subxact = 0;
/* the newest subtransaction that noted an insert */
static SubTransactionId pending_noted_in = InvalidSubTransactionId;
/* a marker to append with them (a table whose columns differ), or NULL */
static char *pending_marker = NULL;
static SubTransactionId marker_flushed_in = InvalidSubTransactionId;

/*
 * Payments moving to another partition: an UPDATE of the partition key
 * deletes the row from its partition and inserts it into another, which
 * fires the registry's row triggers for both; the UPDATE's statement
 * trigger logs the move from its transition tables already, so the insert
 * must not be noted again (its deltas would count twice).  The registry's
 * DELETE trigger sees the old row marked as moved and notes its id here
 * (crmdb_capture_note_moved); the INSERT trigger of the same statement
 * that follows finds it and notes nothing.  In TopTransactionContext.
 */
typedef struct MovedRow
{
	pg_uuid_t	id;				/* hash key */
	int			count;			/* moves not yet matched by their insert */
	SubTransactionId noted_in;	/* newest subtransaction that noted one */
} MovedRow;

static HTAB *moved_rows = NULL;
static long moved_count = 0;

/* Where the deltas of an inserted row are computed; reset after each */
static MemoryContext insert_scratch = NULL;

/* The capture columns of the table that inserted last, checked per row */
static Oid	insert_relid = InvalidOid;
static CaptureColumns insert_cols;

/* Whether attnum of desc is the column name of type typid. */
static bool
same_column(TupleDesc desc, AttrNumber attnum, const char *name, Oid typid)
{
	Form_pg_attribute att;

	if (attnum <= 0 || attnum > desc->natts)
		return false;
	att = TupleDescAttr(desc, attnum - 1);
	return !att->attisdropped && att->atttypid == typid &&
		strcmp(NameStr(att->attname), name) == 0;
}

/*
 * Whether cols (found for relid earlier) still names the columns of desc
 * it read, with their types: a table altered since then is looked up
 * again.
 */
static bool
insert_cols_valid(TupleDesc desc, const CaptureColumns *cols)
{
	int			i;

	for (i = 0; i < CAPTURE_NKEYS; i++)
	{
		if (!same_column(desc, cols->keys[i], capture_keys[i],
						 (i == 3) ? TIMESTAMPOID : VARCHAROID))
			return false;
	}
	if (cols->id != InvalidAttrNumber &&
		!same_column(desc, cols->id, "id", UUIDOID))
		return false;
	for (i = CAPTURE_NKEYS; i < CAPTURE_NKEYS + 2; i++)
	{
		Form_pg_attribute att;

		if (cols->compared[i] <= 0)
			continue;
		if (cols->compared[i] > desc->natts)
			return false;
		att = TupleDescAttr(desc, cols->compared[i] - 1);
		if (att->attisdropped ||
			strcmp(NameStr(att->attname),
				   (i == CAPTURE_NKEYS) ? "amount" : "status") != 0)
			return false;
	}
	if (cols->deltas &&
		(!same_column(desc, cols->compared[CAPTURE_NKEYS], "amount", NUMERICOID) ||
		 !same_column(desc, cols->compared[CAPTURE_NKEYS + 1], "status",
					  cols->statustype)))
		return false;
	return true;
}

/* The marker the transaction appends at commit (the first one noted). */
static void
set_marker(const char *reason)
{
	pending_marker = MemoryContextStrdup(TopTransactionContext, reason);
	marker_flushed_in = InvalidSubTransactionId;
}

/*
 * crmdb.capture_payment_changes is off: the transaction leaves one marker
 * instead of its groups.
 */
static void
capture_off(void)
{
	if (pending_marker == NULL)
		set_marker("write to payments with crmdb.capture_payment_changes off");
}

/*
 * crmdb_capture_note_insert
 *		Note the group of a payment just inserted into rel (payments or a
 *		partition), whose row is in slot: called by the registry's AFTER
 *		INSERT row trigger.  The group is appended to the log when the
 *		transaction commits (crmdb_capture_flush()).
 */
void
crmdb_capture_note_insert(Relation rel, TupleTableSlot *slot)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Datum		values[CAPTURE_NKEYS + 2];
	bool		isnull[CAPTURE_NKEYS + 2];
	GroupKey	key;
	PendingGroup *group;
	bool		found;
	SubTransactionId subid;
	int			i;

	if (!crmdb_capture_payment_changes)
	{
		capture_off();
		return;
	}
	if (RelationGetRelid(rel) != insert_relid ||
		!insert_cols_valid(desc, &insert_cols))
	{
		insert_relid = InvalidOid;
		if (!capture_columns(desc, &insert_cols))
		{
			if (pending_marker == NULL)
				set_marker(psprintf("write to %s, whose columns differ from those crmdb captures",
									RelationGetRelationName(rel)));
			return;
		}
		insert_relid = RelationGetRelid(rel);
	}

	for (i = 0; i < CAPTURE_NKEYS + 2; i++)
	{
		if (insert_cols.compared[i] > 0)
			values[i] = slot_getattr(slot, insert_cols.compared[i], &isnull[i]);
		else
		{
			values[i] = (Datum) 0;
			isnull[i] = true;
		}
	}
	/* the second half of a move between partitions: logged by the UPDATE */
	if (moved_count > 0 && insert_cols.id != InvalidAttrNumber)
	{
		bool		idnull;
		Datum		id = slot_getattr(slot, insert_cols.id, &idnull);
		MovedRow   *moved = idnull ? NULL :
			hash_search(moved_rows, DatumGetUUIDP(id), HASH_FIND, NULL);

		if (moved != NULL)
		{
			if (--moved->count == 0)
				(void) hash_search(moved_rows, &moved->id, HASH_REMOVE, NULL);
			moved_count--;
			return;
		}
	}

	if (!group_key(values, isnull, &key))
	{
		/* a value too long for a key: logged as it is, now */
		Oid			logid = capture_log_relid();

		if (OidIsValid(logid))
			append_log(logid, values, isnull, NULL);
		return;
	}
	if (pending_groups == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(GroupKey);
		ctl.entrysize = sizeof(PendingGroup);
		ctl.hcxt = TopTransactionContext;
		pending_groups = hash_create("crmdb capture: groups of inserted payments",
									 256, &ctl,
									 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	group = hash_search(pending_groups, &key, HASH_ENTER, &found);
	if (!found || group->flushed_in != InvalidSubTransactionId)
	{
		/*
		 * A new group, or one appended already: this payment goes into a
		 * new entry.  (The subtransaction that appended the group, if not
		 * the top one, is still open and this one is it or its child: if
		 * it rolls back, so does this insert, and the group is appended
		 * again without deltas.)
		 */
		if (found && group->flushed_in != TopSubTransactionId)
			pending_in_subxact--;
		group->flushed_in = InvalidSubTransactionId;
		group->noted_in = InvalidSubTransactionId;
		delta_init(&group->delta);
		pending_unflushed++;
	}
	subid = GetCurrentSubTransactionId();
	if (subid > group->noted_in)
		group->noted_in = subid;
	if (subid > pending_noted_in)
		pending_noted_in = subid;
	if (insert_scratch == NULL)
		insert_scratch = AllocSetContextCreate(TopMemoryContext,
											   "crmdb capture: deltas of inserts",
											   ALLOCSET_SMALL_SIZES);
	delta_add(&group->delta, &insert_cols, values, isnull, 1,
			  insert_scratch, TopTransactionContext);
}

/*
 * crmdb_capture_note_moved
 *		Note that the payment id was just deleted from a partition as part of
 *		a move to another (called by the registry's AFTER DELETE row
 *		trigger when the old row is marked as moved): see MovedRow.
 */
void
crmdb_capture_note_moved(Datum id)
{
	MovedRow   *moved;
	bool		found;

	if (moved_rows == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(pg_uuid_t);
		ctl.entrysize = sizeof(MovedRow);
		ctl.hcxt = TopTransactionContext;
		moved_rows = hash_create("crmdb capture: payments moving between partitions",
								 64, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	moved = hash_search(moved_rows, DatumGetUUIDP(id), HASH_ENTER, &found);
	if (!found)
		moved->count = 0;
	moved->count++;
	moved->noted_in = GetCurrentSubTransactionId();
	moved_count++;
}

/*
 * crmdb_capture_flush
 *		Append the groups of the payments this transaction inserted (and a
 *		pending marker) that are not in the log yet: at commit or prepare,
 *		and before a refresh in this transaction reads the log.  What a
 *		subtransaction appends is appended again if it rolls back
 *		(capture_subxact_callback).
 */
void
crmdb_capture_flush(void)
{
	SubTransactionId subid = GetCurrentSubTransactionId();
	bool		marker;
	Oid			logid;
	CrmdbLogWriter *log;
	HASH_SEQ_STATUS seq;
	PendingGroup *group;

	marker = pending_marker != NULL &&
		marker_flushed_in == InvalidSubTransactionId;
	if (!marker && pending_unflushed == 0)
		return;
	logid = capture_log_relid();
	if (!OidIsValid(logid))
		return;
	log = crmdb_log_open(logid, CAPTURE_NKEYS, CAPTURE_NEXTRA);
	if (marker)
	{
		crmdb_log_append(log, NULL, NULL, pending_marker, NULL, NULL);
		marker_flushed_in = subid;
	}
	if (pending_unflushed > 0)
	{
		hash_seq_init(&seq, pending_groups);
		while ((group = hash_seq_search(&seq)) != NULL)
		{
			if (group->flushed_in != InvalidSubTransactionId)
				continue;
			append_group(log, &group->key, &group->delta);
			if (group->delta.amount != (Datum) 0)
				pfree(DatumGetPointer(group->delta.amount));
			delta_init(&group->delta);
			group->noted_in = InvalidSubTransactionId;
			group->flushed_in = subid;
			if (subid != TopSubTransactionId)
				pending_in_subxact++;
		}
		pending_unflushed = 0;
	}
	crmdb_log_close(log);
}

/*
 * At commit or prepare, append what the transaction's inserts noted; at
 * its end, forget it (the memory went with TopTransactionContext).
 */
static void
capture_xact_callback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			crmdb_capture_flush();
			break;
		default:
			pending_groups = NULL;
			pending_unflushed = 0;
			pending_in_subxact = 0;
			pending_noted_in = InvalidSubTransactionId;
			moved_rows = NULL;
			moved_count = 0;
			pending_marker = NULL;
			marker_flushed_in = InvalidSubTransactionId;
			break;
	}
}

/*
 * When a subtransaction that appended groups ends: its entries belong to
 * its parent if it commits, and are gone if it rolls back, so that its
 * groups are to be appended again (without deltas: the entry that held
 * them is gone).  Subtransactions end innermost first, so the entries of
 * a committed child are already handed to this one.  When a
 * subtransaction that inserted payments rolls back, the groups it noted
 * lose their deltas (see PendingGroup).
 */
static void
capture_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						 SubTransactionId parentSubid, void *arg)
{
	HASH_SEQ_STATUS seq;
	PendingGroup *group;
	bool		commit;

	if (event == SUBXACT_EVENT_COMMIT_SUB)
		commit = true;
	else if (event == SUBXACT_EVENT_ABORT_SUB)
		commit = false;
	else
		return;

	if (pending_marker != NULL && marker_flushed_in == mySubid)
		marker_flushed_in = commit ? parentSubid : InvalidSubTransactionId;
	/* moves whose insert never came: their statement rolled back */
	if (!commit && moved_count > 0)
	{
		MovedRow   *moved;

		hash_seq_init(&seq, moved_rows);
		while ((moved = hash_seq_search(&seq)) != NULL)
		{
			if (moved->noted_in < mySubid)
				continue;
			moved_count -= moved->count;
			(void) hash_search(moved_rows, &moved->id, HASH_REMOVE, NULL);
		}
	}
	if (pending_groups == NULL ||
		(pending_in_subxact == 0 &&
		 (commit || pending_noted_in < mySubid)))
		return;
	hash_seq_init(&seq, pending_groups);
	while ((group = hash_seq_search(&seq)) != NULL)
	{
		if (!commit && group->noted_in >= mySubid)
			group->delta.known = false;
		if (group->flushed_in != mySubid)
			continue;
		if (commit)
		{
			group->flushed_in = parentSubid;
			if (parentSubid == TopSubTransactionId)
				pending_in_subxact--;
		}
		else
		{
			group->flushed_in = InvalidSubTransactionId;
			group->delta.known = false;
			pending_in_subxact--;
			pending_unflushed++;
		}
	}
}

/*
 * crmdb_capture_init
 *		Module set-up: the transaction callbacks of the insert capture.
 */
void
crmdb_capture_init(void)
{
	RegisterXactCallback(capture_xact_callback, NULL);
	RegisterSubXactCallback(capture_subxact_callback, NULL);
}

/*
 * Create the capture triggers that relid lacks (by name), as the owner of
 * the trigger function: crmdb's own triggers on a payments partition.
 */
static void
add_triggers_to(Oid relid, Oid funcowner)
{
	Relation	rel;
	int			i;
	Oid			save_userid;
	int			save_sec_context;

	rel = table_open(relid, ShareRowExclusiveLock);
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(funcowner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE);
	for (i = 0; i < CAPTURE_NTRIGGERS; i++)
	{
		CreateTrigStmt *stmt;
		TriggerTransition *tt;
		bool		exists = false;

		if (rel->trigdesc)
		{
			int			j;

			for (j = 0; j < rel->trigdesc->numtriggers; j++)
				if (strcmp(rel->trigdesc->triggers[j].tgname,
						   capture_trigger_names[i]) == 0)
					exists = true;
		}
		if (exists)
			continue;

		stmt = makeNode(CreateTrigStmt);
		stmt->trigname = pstrdup(capture_trigger_names[i]);
		stmt->relation = makeRangeVar(get_namespace_name(RelationGetNamespace(rel)),
									  pstrdup(RelationGetRelationName(rel)), -1);
		stmt->funcname = list_make2(makeString(CRMDB_SCHEMA),
									makeString("capture_payment_change"));
		stmt->row = false;
		stmt->timing = TRIGGER_TYPE_AFTER;
		stmt->events = (i == 0) ? TRIGGER_TYPE_UPDATE : TRIGGER_TYPE_DELETE;
		tt = makeNode(TriggerTransition);
		tt->name = "crmdb_old";
		tt->isNew = false;
		tt->isTable = true;
		stmt->transitionRels = lappend(stmt->transitionRels, tt);
		if (i == 0)
		{
			tt = makeNode(TriggerTransition);
			tt->name = "crmdb_new";
			tt->isNew = true;
			tt->isTable = true;
			stmt->transitionRels = lappend(stmt->transitionRels, tt);
		}
		(void) CreateTrigger(stmt, NULL, relid, InvalidOid, InvalidOid,
							 InvalidOid, InvalidOid, InvalidOid, NULL,
							 false, false);
		/* the relcache entry's trigdesc is rebuilt on the next check */
		CommandCounterIncrement();
	}
	SetUserIdAndSecContext(save_userid, save_sec_context);
	table_close(rel, NoLock);
}

/*
 * crmdb_capture_add_triggers
 *		After CREATE TABLE ... PARTITION OF or ATTACH PARTITION: give relid
 *		and its partitions the capture triggers they lack, when relid is a
 *		partition of payments (statement triggers are not cloned to
 *		partitions, and a statement that targets a partition fires only the
 *		partition's own).
 */
void
crmdb_capture_add_triggers(Oid relid)
{
	Oid			nsp;
	oidvector  *noargs;
	HeapTuple	proctup;
	Oid			funcowner;
	List	   *rels;
	ListCell   *lc;

	if (!OidIsValid(relid) || !crmdb_capture_covers(relid) ||
		!OidIsValid(capture_log_relid()))
		return;
	/* only where payments itself is captured (not during install) */
	if (!OidIsValid(get_trigger_oid(crmdb_capture_root(),
									capture_trigger_names[0], true)))
		return;
	nsp = get_namespace_oid(CRMDB_SCHEMA, false);
	noargs = buildoidvector(NULL, 0);
	proctup = SearchSysCache3(PROCNAMEARGSNSP,
							  CStringGetDatum("capture_payment_change"),
							  PointerGetDatum(noargs),
							  ObjectIdGetDatum(nsp));
	if (!HeapTupleIsValid(proctup))
		return;
	funcowner = ((Form_pg_proc) GETSTRUCT(proctup))->proowner;
	ReleaseSysCache(proctup);

	rels = find_all_inheritors(relid, NoLock, NULL);
	foreach(lc, rels)
		add_triggers_to(lfirst_oid(lc), funcowner);
	list_free(rels);
}
