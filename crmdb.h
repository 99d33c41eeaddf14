/*-------------------------------------------------------------------------
 *
 * crmdb.h
 *	  Declarations shared by the files of the crmdb extension.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/crmdb.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_H
#define CRMDB_H

#include "datatype/timestamp.h"
#include "nodes/pg_list.h"

/* Name of the extension's own schema. */
#define CRMDB_SCHEMA "crmdb"

/* The four service schemas that crmdb.install() creates, in install order. */
#define CRMDB_NUM_SERVICE_SCHEMAS 4
extern const char *const crmdb_service_schemas[CRMDB_NUM_SERVICE_SCHEMAS];

/* GUC variables (crmdb.c) */
extern int	crmdb_lock_timeout_ms;
extern int	crmdb_log_max_age_min;
extern int	crmdb_log_max_rows;
extern int	crmdb_health_stale_after_min;

/* util.c */
extern char *crmdb_qualified_relname(Oid relid);
extern Oid	crmdb_relation_owner(Oid relid);
extern Oid	crmdb_schema_oid(void);
extern int	crmdb_spi_exec(const char *sql, int expected_rc);
extern int	crmdb_spi_exec_args(const char *sql, int nargs, Oid *argtypes,
								Datum *values, const char *nulls,
								bool read_only, int expected_rc);

/* maintenance_log.c */
typedef struct CrmdbLogEntry
{
	const char *area;			/* 'partition', 'refresh', 'validation',
								 * 'schedule', 'install' */
	const char *object_name;	/* table or view concerned, or NULL */
	const char *action;			/* what was done or attempted */
	const char *detail;			/* partition name, range, ... or NULL */
	int64		rows_affected;	/* -1 for "not applicable" */
	TimestampTz started_at;
	double		duration_ms;
	bool		success;
	const char *sqlstate;		/* five characters, or NULL on success */
	const char *error_message;	/* NULL on success */
} CrmdbLogEntry;

extern void crmdb_log_write(const CrmdbLogEntry *entry);
extern void crmdb_log_prune(void);
extern double crmdb_elapsed_ms(TimestampTz since);

/* install.c: the hooks that later steps of crmdb.install() call */
extern void crmdb_partition_install(void);	/* partition.c */
extern void crmdb_verify_schema_install(void);	/* verify_schema.c */

/* change_tracking.c */
extern void crmdb_change_tracking_init(void);

#endif							/* CRMDB_H */
