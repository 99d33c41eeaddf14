/*-------------------------------------------------------------------------
 *
 * payment_reference.c
 *	  Global uniqueness of payment reference numbers across partitions.
 *
 * payment_service.payments is range-partitioned by payment_date, and
 * PostgreSQL only enforces a UNIQUE constraint on a partitioned table when
 * it contains the partition key.  A payment reference must never be
 * accepted twice whatever its date, so crmdb keeps a registry,
 * crmdb.payment_references, with a real primary key on reference_number,
 * in step with the payments through the triggers below.
 *
 * Who writes the registry.  No role but the registry's owner (the role
 * that ran crmdb.install()) holds any privilege on it, and no grant crmdb
 * makes opens it: a service that could delete a registration could post
 * a payment twice.  The triggers write it as its owner, switching the
 * user id with SetUserIdAndSecContext() around the write, in a
 * security-restricted operation, the way core runs an index's functions
 * as the table's owner: no SQL-level role switch, no GUC change.  The
 * writes go through the executor's single-row routines of logical
 * replication (ExecSimpleRelationInsert(), RelationFindReplTupleByIndex(),
 * ExecSimpleRelationDelete()), with no SPI and no plan: the per-row cost is
 * the registry's own heap and index insert.
 *
 * The triggers, on payment_service.payments (the row triggers are cloned
 * to every partition, so writes straight into a partition are covered,
 * as are rows that move between partitions: a DELETE and an INSERT):
 *
 *	- trg_payments_reference, AFTER INSERT OR DELETE FOR EACH ROW:
 *	  registers the new row's reference, or unregisters the old one.  It
 *	  also hands each new row to the change capture of the incremental
 *	  refresh (change_capture.c), which would otherwise need a trigger
 *	  event of its own per row;
 *	- trg_payments_reference_update, AFTER UPDATE FOR EACH ROW WHEN the
 *	  reference or the id differ between the old and the new row.  The
 *	  WHEN condition is evaluated on the row as finally stored, after every
 *	  BEFORE trigger (so a user's trigger that rewrites the reference is
 *	  seen), and an update that changes neither queues no event at all;
 *	- trg_payments_reference_truncate, BEFORE TRUNCATE FOR EACH STATEMENT:
 *	  unregisters the references of the rows about to go, and only those:
 *	  references of partitions that were detached or dropped stay
 *	  registered.
 *
 * A duplicate fails on the registry's primary key exactly as a plain
 * INSERT would: unique_violation (SQLSTATE 23505, constraint
 * payment_references_pkey, the reference in the detail), at every
 * isolation level.  When two sessions insert the same reference at once,
 * the second waits for the first on that index and fails once the first
 * has committed; if the first rolls back, the second succeeds.  Within one
 * statement, the second row with a reference fails the same way.
 *
 * An unregistration deletes the registry row only when it names the
 * payment being deleted (reference and id): a payment that shares its
 * reference with a registered one (which only drift can produce, see
 * below) never takes the other's registration with it.
 *
 * What the triggers cannot see, and crmdb.verify_schema() reports as
 * payments missing from the registry: rows that arrive by ATTACH PARTITION
 * of a filled table, rows written while the triggers do not fire
 * (session_replication_role = replica, as logical replication's apply and
 * pg_restore's data loads of a replica run, or ALTER TABLE ... DISABLE
 * TRIGGER).  crmdb's own partition moves run with replica on purpose:
 * they move registered rows, and change no reference.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/schema/payment_reference.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/partition.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_inherits.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/uuid.h"

#include "crmdb.h"
#include "refresh/refresh.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(payment_reference_sync);
PG_FUNCTION_INFO_V1(payment_reference_truncate);

#define REGISTRY_NAME "payment_references"

/*
 * What a trigger call needs to know about the table that fired it, kept
 * in fn_extra for the rest of the statement (the trigger manager keeps one
 * FmgrInfo per trigger and result relation for the whole query).
 */
typedef struct PaymentTriggerCache
{
	Oid			relid;			/* the payments table (partition) */
	AttrNumber	ref_att;		/* its reference_number */
	AttrNumber	id_att;			/* its id */
	Oid			registry;		/* crmdb.payment_references */
} PaymentTriggerCache;

/* The registry, open for writing for one trigger call. */
typedef struct Registry
{
	Relation	rel;
	Oid			pkey;			/* its primary key index */
	AttrNumber	ref_att;		/* its reference_number */
	AttrNumber	id_att;			/* its payment_id */
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;		/* a registry row, to insert or look up */
	TupleTableSlot *found;		/* the registry row found */
	Oid			save_userid;
	int			save_sec_context;
} Registry;

/* The registry's OID. */
static Oid
registry_relid(void)
{
	Oid			relid = get_relname_relid(REGISTRY_NAME, crmdb_schema_oid());

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table crmdb.payment_references does not exist"),
				 errhint("Run SELECT crmdb.install() to create the service schemas and the registry.")));
	return relid;
}

/* Attribute number of a column the registry or payments must have. */
static AttrNumber
required_column(Relation rel, const char *colname, const char *hint)
{
	int			attnum = SPI_fnumber(RelationGetDescr(rel), colname);

	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist",
						colname, RelationGetRelationName(rel)),
				 errhint("%s", hint)));
	return (AttrNumber) attnum;
}

/*
 * The cache of a trigger call on rel, filled on the first call of the
 * statement.
 */
static PaymentTriggerCache *
trigger_cache(FunctionCallInfo fcinfo, Relation rel)
{
	PaymentTriggerCache *cache = (PaymentTriggerCache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL || cache->relid != RelationGetRelid(rel))
	{
		const char *hint = "Attach crmdb.payment_reference_sync() only to payment_service.payments.";

		if (cache == NULL)
			cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
									   sizeof(PaymentTriggerCache));
		cache->relid = InvalidOid;
		cache->ref_att = required_column(rel, "reference_number", hint);
		cache->id_att = required_column(rel, "id", hint);
		cache->registry = registry_relid();
		cache->relid = RelationGetRelid(rel);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/* Fetch reference_number and id of a payments row. */
static void
payment_key(PaymentTriggerCache *cache, Relation rel, HeapTuple tuple,
			Datum *reference, Datum *id)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	bool		isnull;

	*reference = heap_getattr(tuple, cache->ref_att, tupdesc, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("payment reference number must not be null")));
	*id = heap_getattr(tuple, cache->id_att, tupdesc, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("payment id must not be null")));
}

/*
 * Open the registry for writing, as its owner.  Undone by registry_close()
 * or, on error, by the (sub)transaction's abort, which restores the user
 * id and releases what the executor state holds.
 */
static void
registry_open(Oid relid, Registry *reg)
{
	const char *hint = "crmdb.payment_references must have the columns crmdb.install() created.";

	reg->rel = table_open(relid, RowExclusiveLock);
	if (reg->rel->rd_rel->relkind != RELKIND_RELATION)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", RelationGetRelationName(reg->rel))));
	reg->ref_att = required_column(reg->rel, "reference_number", hint);
	reg->id_att = required_column(reg->rel, "payment_id", hint);
	reg->pkey = RelationGetPrimaryKeyIndex(reg->rel);
	if (!OidIsValid(reg->pkey))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table crmdb.payment_references has no primary key"),
				 errhint("Restore its primary key payment_references_pkey on reference_number.")));

	GetUserIdAndSecContext(&reg->save_userid, &reg->save_sec_context);
	SetUserIdAndSecContext(reg->rel->rd_rel->relowner,
						   reg->save_sec_context |
						   SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);

	reg->estate = crmdb_result_rel_open(reg->rel, &reg->rri, &reg->slot);
	reg->found = table_slot_create(reg->rel, &reg->estate->es_tupleTable);
}

static void
registry_close(Registry *reg)
{
	crmdb_result_rel_close(reg->estate, reg->rri);
	table_close(reg->rel, NoLock);
	SetUserIdAndSecContext(reg->save_userid, reg->save_sec_context);
}

/* Put (reference, id) into the registry's lookup slot. */
static void
registry_slot(Registry *reg, Datum reference, Datum id)
{
	TupleTableSlot *slot = reg->slot;

	ExecClearTuple(slot);
	memset(slot->tts_isnull, true,
		   slot->tts_tupleDescriptor->natts * sizeof(bool));
	slot->tts_values[reg->ref_att - 1] = reference;
	slot->tts_isnull[reg->ref_att - 1] = false;
	slot->tts_values[reg->id_att - 1] = id;
	slot->tts_isnull[reg->id_att - 1] = false;
	ExecStoreVirtualTuple(slot);
}

/*
 * Register a reference.  A reference registered already fails on the
 * registry's primary key (unique_violation), after waiting for the
 * transaction that registered it if that one is still in progress.
 */
static void
register_reference(Registry *reg, Datum reference, Datum id)
{
	registry_slot(reg, reference, id);
	ExecSimpleRelationInsert(reg->rri, reg->estate, reg->slot);
}

/*
 * Unregister the reference of a payment: delete its registry row if that
 * row names this payment.  Returns whether a row was deleted.
 */
static bool
unregister_reference(Registry *reg, Datum reference, Datum id)
{
	bool		isnull;
	Datum		registered_id;
	EPQState	epqstate;

	registry_slot(reg, reference, id);
	if (!RelationFindReplTupleByIndex(reg->rel, reg->pkey, LockTupleExclusive,
									  reg->slot, reg->found))
		return false;

	registered_id = slot_getattr(reg->found, reg->id_att, &isnull);
	if (isnull || !DatumGetBool(DirectFunctionCall2(uuid_eq, registered_id, id)))
		return false;

	EvalPlanQualInit(&epqstate, reg->estate, NULL, NIL, -1);
	ExecSimpleRelationDelete(reg->rri, reg->estate, &epqstate, reg->found);
	EvalPlanQualEnd(&epqstate);
	return true;
}

/*
 * payment_reference_sync() RETURNS trigger
 *
 * AFTER INSERT OR DELETE OR UPDATE FOR EACH ROW on payment_service.payments
 * (crmdb 1.0 fires it on UPDATE OF reference_number only; both work).
 */
Datum
payment_reference_sync(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	PaymentTriggerCache *cache;
	Registry	reg;
	Relation	rel;
	Datum		old_ref,
				old_id,
				new_ref,
				new_id;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_sync: not called by trigger manager")));
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_sync must be fired AFTER ... FOR EACH ROW")));

	rel = trigdata->tg_relation;
	cache = trigger_cache(fcinfo, rel);

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		payment_key(cache, rel, trigdata->tg_trigtuple, &new_ref, &new_id);
		registry_open(cache->registry, &reg);
		register_reference(&reg, new_ref, new_id);
		registry_close(&reg);
		/* the same row for the incremental refresh (change_capture.c) */
		crmdb_capture_note_insert(rel, trigdata->tg_trigslot);
	}
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		payment_key(cache, rel, trigdata->tg_trigtuple, &old_ref, &old_id);
		registry_open(cache->registry, &reg);
		(void) unregister_reference(&reg, old_ref, old_id);
		registry_close(&reg);
		/* half of a move to another partition (change_capture.c) */
		if (HeapTupleHeaderIndicatesMovedPartitions(trigdata->tg_trigtuple->t_data))
			crmdb_capture_note_moved(old_id);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		payment_key(cache, rel, trigdata->tg_trigtuple, &old_ref, &old_id);
		payment_key(cache, rel, trigdata->tg_newtuple, &new_ref, &new_id);
		if (!DatumGetBool(DirectFunctionCall2Coll(texteq, C_COLLATION_OID,
												 old_ref, new_ref)) ||
			!DatumGetBool(DirectFunctionCall2(uuid_eq, old_id, new_id)))
		{
			registry_open(cache->registry, &reg);
			(void) unregister_reference(&reg, old_ref, old_id);
			register_reference(&reg, new_ref, new_id);
			registry_close(&reg);
		}
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_sync must be fired by INSERT, UPDATE or DELETE")));

	return PointerGetDatum(NULL);
}

/*
 * Unregister the references of every row of the partitions of a
 * partitioned table (or of a plain table) about to be truncated; the
 * caller holds ACCESS EXCLUSIVE on all of them.  Returns the number of
 * registry rows deleted.
 */
static uint64
unregister_table(Relation parent, Oid registry)
{
	List	   *relids;
	ListCell   *lc;
	Registry	reg;
	uint64		deleted = 0;
	Snapshot	snapshot = GetActiveSnapshot();
	MemoryContext rowcxt;
	MemoryContext oldcxt;

	relids = find_all_inheritors(RelationGetRelid(parent), NoLock, NULL);
	registry_open(registry, &reg);
	rowcxt = AllocSetContextCreate(CurrentMemoryContext,
								   "payment reference unregistration",
								   ALLOCSET_DEFAULT_SIZES);

	foreach(lc, relids)
	{
		Relation	rel = table_open(lfirst_oid(lc), NoLock);
		TableScanDesc scan;
		TupleTableSlot *slot;
		AttrNumber	ref_att;
		AttrNumber	id_att;
		const char *hint = "payment_service.payments and its partitions must have the columns crmdb.install() created.";

		if (rel->rd_rel->relkind != RELKIND_RELATION)
		{
			table_close(rel, NoLock);
			continue;
		}
		ref_att = required_column(rel, "reference_number", hint);
		id_att = required_column(rel, "id", hint);

		slot = table_slot_create(rel, NULL);
		scan = table_beginscan(rel, snapshot, 0, NULL);
		while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
		{
			bool		ref_null;
			bool		id_null;
			Datum		reference = slot_getattr(slot, ref_att, &ref_null);
			Datum		id = slot_getattr(slot, id_att, &id_null);

			CHECK_FOR_INTERRUPTS();
			oldcxt = MemoryContextSwitchTo(rowcxt);
			if (!ref_null && !id_null &&
				unregister_reference(&reg, reference, id))
				deleted++;
			MemoryContextSwitchTo(oldcxt);
			MemoryContextReset(rowcxt);
			ResetPerTupleExprContext(reg.estate);
		}
		table_endscan(scan);
		ExecDropSingleTupleTableSlot(slot);
		table_close(rel, NoLock);
	}

	MemoryContextDelete(rowcxt);
	registry_close(&reg);
	return deleted;
}

/*
 * payment_reference_truncate() RETURNS trigger
 *
 * BEFORE TRUNCATE FOR EACH STATEMENT on payment_service.payments: the
 * references of the payments about to go are unregistered, those of
 * partitions detached or dropped earlier stay registered.
 *
 * crmdb 1.0 fires it AFTER TRUNCATE, when the rows are gone already: it
 * then empties the registry, as 1.0 did, until ALTER EXTENSION crmdb
 * UPDATE replaces that trigger.
 */
Datum
payment_reference_truncate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Oid			registry;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_truncate must be fired BEFORE TRUNCATE")));

	registry = registry_relid();

	if (TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		(void) unregister_table(trigdata->tg_relation, registry);
	else
	{
		Oid			save_userid;
		int			save_sec_context;
		int			save_nestlevel;

		/* crmdb 1.0's AFTER TRUNCATE trigger: empty the registry. */
		GetUserIdAndSecContext(&save_userid, &save_sec_context);
		SetUserIdAndSecContext(crmdb_relation_owner(registry),
							   save_sec_context |
							   SECURITY_LOCAL_USERID_CHANGE |
							   SECURITY_RESTRICTED_OPERATION);
		save_nestlevel = NewGUCNestLevel();
		(void) set_config_option("search_path", "pg_catalog, pg_temp",
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		crmdb_spi_exec("TRUNCATE crmdb.payment_references", SPI_OK_UTILITY);
		SPI_finish();
		AtEOXact_GUC(true, save_nestlevel);
		SetUserIdAndSecContext(save_userid, save_sec_context);
	}

	return PointerGetDatum(NULL);
}
