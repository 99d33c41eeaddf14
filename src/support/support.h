/*-------------------------------------------------------------------------
 *
 * support.h
 *	  Helpers shared by every capability of crmdb: SPI and identifier helpers
 *	  (util.c) and the maintenance log (maintenance_log.c).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/support/support.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_SUPPORT_H
#define CRMDB_SUPPORT_H

#include "datatype/timestamp.h"
#include "nodes/execnodes.h"
#include "utils/relcache.h"

/* util.c */
extern char *crmdb_qualified_relname(Oid relid);
extern Oid	crmdb_relation_owner(Oid relid);
extern Oid	crmdb_schema_oid(void);
extern int	crmdb_spi_exec(const char *sql, int expected_rc);
extern char *crmdb_catalog_version(void);
extern bool crmdb_catalog_is_current(void);
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
extern EState *crmdb_result_rel_open(Relation rel, ResultRelInfo **rri,
									 TupleTableSlot **slot);
extern void crmdb_result_rel_close(EState *estate, ResultRelInfo *rri);

#endif							/* CRMDB_SUPPORT_H */
