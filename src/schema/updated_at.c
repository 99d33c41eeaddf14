/*-------------------------------------------------------------------------
 *
 * updated_at.c
 *	  The trigger that keeps the updated_at column of the service tables
 *	  current.
 *
 * crmdb.install() attaches crmdb.set_updated_at() as a BEFORE UPDATE row
 * trigger to every table that has an updated_at column.  The column is
 * set to the start time of the transaction, the value now() gives, in the
 * column's own type: auth_service uses timestamp with time zone, the other
 * schemas timestamp without time zone (local time, as now()::timestamp).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/schema/updated_at.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"

#include "crmdb.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(set_updated_at);

/*
 * What a call needs to know, kept in fn_extra for the rest of the
 * statement: the trigger manager keeps one FmgrInfo per trigger and result
 * relation for the whole query, and a query runs inside one transaction,
 * so the value to store is computed once per statement, not per row.
 */
typedef struct UpdatedAtCache
{
	Oid			relid;			/* the table the trigger fired on */
	int			attnum;			/* its updated_at column */
	Datum		value;			/* the transaction start, in its type */
} UpdatedAtCache;

static UpdatedAtCache *
updated_at_cache(FunctionCallInfo fcinfo, Relation rel)
{
	UpdatedAtCache *cache = (UpdatedAtCache *) fcinfo->flinfo->fn_extra;
	TupleDesc	tupdesc;
	Oid			atttype;

	if (cache != NULL && cache->relid == RelationGetRelid(rel))
		return cache;

	tupdesc = RelationGetDescr(rel);
	if (cache == NULL)
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
								   sizeof(UpdatedAtCache));
	cache->relid = InvalidOid;
	cache->attnum = SPI_fnumber(tupdesc, "updated_at");
	if (cache->attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table \"%s\" has no column \"updated_at\"",
						RelationGetRelationName(rel)),
				 errhint("Attach crmdb.set_updated_at() only to tables with an updated_at column.")));

	atttype = TupleDescAttr(tupdesc, cache->attnum - 1)->atttypid;
	if (atttype == TIMESTAMPTZOID)
		cache->value = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	else if (atttype == TIMESTAMPOID)
		cache->value = DirectFunctionCall1(timestamptz_timestamp,
										   TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()));
	else
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"updated_at\" of table \"%s\" must be of type timestamp or timestamp with time zone",
						RelationGetRelationName(rel))));

	cache->relid = RelationGetRelid(rel);
	fcinfo->flinfo->fn_extra = cache;
	return cache;
}

/*
 * set_updated_at() RETURNS trigger
 *
 * BEFORE UPDATE FOR EACH ROW trigger: returns the new row with updated_at
 * set to the transaction start time.
 *
 * A BEFORE row trigger is the only place a row can be changed on its way
 * in; it cannot be a statement trigger.  Its cost per row is kept to the
 * copy of the row with the new value: the column and the value are looked
 * up once per statement.
 */
Datum
set_updated_at(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	UpdatedAtCache *cache;
	bool		isnull = false;
	HeapTuple	newtuple;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("set_updated_at: not called by trigger manager")));
	if (!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("set_updated_at must be fired BEFORE UPDATE FOR EACH ROW")));

	cache = updated_at_cache(fcinfo, trigdata->tg_relation);
	newtuple = heap_modify_tuple_by_cols(trigdata->tg_newtuple,
										 RelationGetDescr(trigdata->tg_relation),
										 1, &cache->attnum, &cache->value,
										 &isnull);

	return PointerGetDatum(newtuple);
}
