/*-------------------------------------------------------------------------
 *
 * maintenance_log.c
 *	  Writing and capping crmdb.maintenance_log.
 *
 * Every action of the maintenance functions (a partition created, rows
 * moved, a view refreshed) and every failure is one row of
 * crmdb.maintenance_log.  The table is capped by two GUCs,
 * crmdb.log_max_age and crmdb.log_max_rows; crmdb_log_prune() applies
 * them and is called once per maintenance call, not once per row.
 *
 * Callers must be connected to SPI.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/support/maintenance_log.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "support/support.h"

/*
 * crmdb_elapsed_ms
 *		Milliseconds since the given timestamp, as a double.
 */
double
crmdb_elapsed_ms(TimestampTz since)
{
	TimestampTz now = GetCurrentTimestamp();

	return (double) (now - since) / 1000.0;
}

static Datum
text_or_null(const char *s, char *null)
{
	if (s == NULL)
	{
		*null = 'n';
		return (Datum) 0;
	}
	*null = ' ';
	return CStringGetTextDatum(s);
}

/*
 * crmdb_log_write
 *		Append one entry to crmdb.maintenance_log.
 */
void
crmdb_log_write(const CrmdbLogEntry *entry)
{
	Oid			argtypes[10] = {TEXTOID, TEXTOID, TEXTOID, TEXTOID, INT8OID,
	TIMESTAMPTZOID, FLOAT8OID, BOOLOID, TEXTOID, TEXTOID};
	Datum		values[10];
	char		nulls[11];

	values[0] = text_or_null(entry->area, &nulls[0]);
	values[1] = text_or_null(entry->object_name, &nulls[1]);
	values[2] = text_or_null(entry->action, &nulls[2]);
	values[3] = text_or_null(entry->detail, &nulls[3]);
	values[4] = Int64GetDatum(entry->rows_affected);
	nulls[4] = entry->rows_affected < 0 ? 'n' : ' ';
	values[5] = TimestampTzGetDatum(entry->started_at);
	nulls[5] = ' ';
	values[6] = Float8GetDatum(entry->duration_ms);
	nulls[6] = entry->duration_ms < 0 ? 'n' : ' ';
	values[7] = BoolGetDatum(entry->success);
	nulls[7] = ' ';
	values[8] = text_or_null(entry->sqlstate, &nulls[8]);
	values[9] = text_or_null(entry->error_message, &nulls[9]);
	nulls[10] = '\0';

	crmdb_spi_exec_args("INSERT INTO crmdb.maintenance_log"
						" (area, object_name, action, detail, rows_affected,"
						"  started_at, duration_ms, success, sqlstate,"
						"  error_message)"
						" VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
						10, argtypes, values, nulls, false, SPI_OK_INSERT);
}

/*
 * crmdb_log_prune
 *		Apply crmdb.log_max_age and crmdb.log_max_rows.
 */
void
crmdb_log_prune(void)
{
	if (crmdb_log_max_age_min > 0)
	{
		Oid			argtypes[1] = {INT4OID};
		Datum		values[1] = {Int32GetDatum(crmdb_log_max_age_min)};

		crmdb_spi_exec_args("DELETE FROM crmdb.maintenance_log"
							" WHERE started_at OPERATOR(pg_catalog.<)"
							" (pg_catalog.now() OPERATOR(pg_catalog.-)"
							"  pg_catalog.make_interval(mins => $1))",
							1, argtypes, values, NULL, false, SPI_OK_DELETE);
	}
	if (crmdb_log_max_rows > 0)
	{
		Oid			argtypes[1] = {INT4OID};
		Datum		values[1] = {Int32GetDatum(crmdb_log_max_rows)};

		/*
		 * Fewer ids than the cap between the oldest and the newest entry:
		 * fewer entries too, nothing to prune.  Two index probes, so that a
		 * call that has nothing to prune does not walk the log.
		 */
		crmdb_spi_exec_args("SELECT FROM crmdb.maintenance_log"
							" HAVING pg_catalog.max(log_id) OPERATOR(pg_catalog.-)"
							"        pg_catalog.min(log_id) OPERATOR(pg_catalog.>=) $1",
							1, argtypes, values, NULL, true, SPI_OK_SELECT);
		if (SPI_processed == 0)
			return;
		crmdb_spi_exec_args("DELETE FROM crmdb.maintenance_log"
							" WHERE log_id OPERATOR(pg_catalog.<=)"
							" (SELECT log_id FROM crmdb.maintenance_log"
							"  ORDER BY log_id DESC OFFSET $1 LIMIT 1)",
							1, argtypes, values, NULL, false, SPI_OK_DELETE);
	}
}
