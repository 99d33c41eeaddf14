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
 * in step with the payments through the row trigger below (cloned to
 * every partition).
 *
 * The insert into the registry is a plain INSERT: a reference that is
 * registered already fails on the registry's primary key with
 * unique_violation (SQLSTATE 23505, constraint payment_references_pkey,
 * the reference in the detail), at every isolation level.  When two
 * sessions insert the same reference at once, the second waits for the
 * first on that index and fails once the first has committed; if the
 * first rolls back, the second succeeds.  A row moved between partitions (a DELETE and an INSERT of the
 * same payment in one transaction) leaves the registry as it was.
 *
 * References of partitions that retention detaches or drops stay
 * registered: a reference number is never reused.  TRUNCATE of the whole
 * payments table empties the registry.
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
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/rel.h"

#include "crmdb.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(payment_reference_sync);
PG_FUNCTION_INFO_V1(payment_reference_truncate);

static SPIPlanPtr insert_plan = NULL;
static SPIPlanPtr delete_plan = NULL;

static SPIPlanPtr
prepare_saved(const char *sql)
{
	Oid			argtypes[2] = {TEXTOID, UUIDOID};
	SPIPlanPtr	plan;

	plan = SPI_prepare(sql, 2, argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed (%s) for: %s",
			 SPI_result_code_string(SPI_result), sql);
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	return plan;
}

/* Fetch reference_number (as text) and id of a payments row. */
static void
payment_key(Relation rel, HeapTuple tuple, Datum *reference, Datum *id)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	int			ref_att = SPI_fnumber(tupdesc, "reference_number");
	int			id_att = SPI_fnumber(tupdesc, "id");
	bool		isnull;

	if (ref_att <= 0 || id_att <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table \"%s\" has no columns \"reference_number\" and \"id\"",
						RelationGetRelationName(rel)),
				 errhint("Attach crmdb.payment_reference_sync() only to payment_service.payments.")));

	*reference = heap_getattr(tuple, ref_att, tupdesc, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("payment reference number must not be null")));
	*id = heap_getattr(tuple, id_att, tupdesc, &isnull);
	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("payment id must not be null")));
}

static void
register_reference(Datum reference, Datum id)
{
	Datum		values[2] = {reference, id};
	int			rc;

	if (insert_plan == NULL)
		insert_plan = prepare_saved("INSERT INTO crmdb.payment_references"
									" (reference_number, payment_id)"
									" VALUES ($1, $2)");
	rc = SPI_execute_plan(insert_plan, values, NULL, false, 0);
	if (rc != SPI_OK_INSERT)
		elog(ERROR, "SPI_execute_plan failed (%s) registering a payment reference",
			 SPI_result_code_string(rc));
}

static void
unregister_reference(Datum reference, Datum id)
{
	Datum		values[2] = {reference, id};
	int			rc;

	if (delete_plan == NULL)
		delete_plan = prepare_saved("DELETE FROM crmdb.payment_references"
									" WHERE reference_number OPERATOR(pg_catalog.=) $1"
									" AND payment_id OPERATOR(pg_catalog.=) $2");
	rc = SPI_execute_plan(delete_plan, values, NULL, false, 0);
	if (rc != SPI_OK_DELETE)
		elog(ERROR, "SPI_execute_plan failed (%s) unregistering a payment reference",
			 SPI_result_code_string(rc));
}

/*
 * payment_reference_sync() RETURNS trigger
 *
 * AFTER INSERT OR DELETE OR UPDATE OF reference_number FOR EACH ROW on
 * payment_service.payments.
 */
Datum
payment_reference_sync(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
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

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		payment_key(rel, trigdata->tg_trigtuple, &new_ref, &new_id);
		register_reference(new_ref, new_id);
	}
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		payment_key(rel, trigdata->tg_trigtuple, &old_ref, &old_id);
		unregister_reference(old_ref, old_id);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		payment_key(rel, trigdata->tg_trigtuple, &old_ref, &old_id);
		payment_key(rel, trigdata->tg_newtuple, &new_ref, &new_id);
		if (!DatumGetBool(DirectFunctionCall2Coll(texteq, C_COLLATION_OID,
												 old_ref, new_ref)) ||
			!DatumGetBool(DirectFunctionCall2(uuid_eq, old_id, new_id)))
		{
			unregister_reference(old_ref, old_id);
			register_reference(new_ref, new_id);
		}
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_sync must be fired by INSERT, UPDATE or DELETE")));

	SPI_finish();

	return PointerGetDatum(NULL);
}

/*
 * payment_reference_truncate() RETURNS trigger
 *
 * AFTER TRUNCATE FOR EACH STATEMENT on payment_service.payments: the
 * payments are gone, and so are their references.
 */
Datum
payment_reference_truncate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_truncate must be fired AFTER TRUNCATE")));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	crmdb_spi_exec("TRUNCATE crmdb.payment_references", SPI_OK_UTILITY);
	SPI_finish();

	return PointerGetDatum(NULL);
}
