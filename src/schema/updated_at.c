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

#include "crmdb.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(set_updated_at);

/*
 * set_updated_at() RETURNS trigger
 *
 * BEFORE UPDATE FOR EACH ROW trigger: returns the new row with updated_at
 * set to the transaction start time.
 */
Datum
set_updated_at(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	int			attnum;
	Oid			atttype;
	Datum		value;
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

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	attnum = SPI_fnumber(tupdesc, "updated_at");
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table \"%s\" has no column \"updated_at\"",
						RelationGetRelationName(trigdata->tg_relation)),
				 errhint("Attach crmdb.set_updated_at() only to tables with an updated_at column.")));

	atttype = TupleDescAttr(tupdesc, attnum - 1)->atttypid;
	if (atttype == TIMESTAMPTZOID)
		value = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	else if (atttype == TIMESTAMPOID)
		value = DirectFunctionCall1(timestamptz_timestamp,
									TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()));
	else
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"updated_at\" of table \"%s\" must be of type timestamp or timestamp with time zone",
						RelationGetRelationName(trigdata->tg_relation))));

	newtuple = heap_modify_tuple_by_cols(trigdata->tg_newtuple, tupdesc,
										 1, &attnum, &value, &isnull);

	return PointerGetDatum(newtuple);
}
