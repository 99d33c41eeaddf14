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
extern int	crmdb_change_tracking_slots;
extern int	crmdb_validation_runs_kept; /* validation GUCs */
extern int	crmdb_validation_keys_per_rule;
extern int	crmdb_validation_work_mem;

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
extern bool crmdb_change_tracking_active(void);
extern int64 crmdb_change_tracking_epoch(void);
extern uint32 crmdb_change_tracking_slot(Oid relid);
extern void crmdb_change_tracking_read(const uint32 *slots, int nslots,
									   bool *inflight, bool *pending_here,
									   uint64 *generation);
extern uint64 crmdb_change_tracking_claim(const uint32 *slots, int nslots);
extern bool crmdb_change_tracking_suspend(bool suspend);
extern bool crmdb_change_tracking_last_refresh_rows(uint64 *rows);
extern void crmdb_change_tracking_reset_refresh_rows(void);

/* view_sources.c: what a materialized view reads, and in which order to
 * refresh views */
typedef struct CrmdbViewSources
{
	Oid			viewid;
	List	   *sources;		/* tables, materialized and foreign tables
								 * read, directly or through plain views */
	List	   *matviews;		/* the materialized views among them */
	Oid		   *tracked;		/* sorted relations whose changes the view
								 * sees: sources, their partitions and
								 * partition ancestors, plain views passed */
	int			ntracked;
	char	   *untracked_reason;	/* why changes cannot be tracked, or
									 * NULL */
} CrmdbViewSources;

extern CrmdbViewSources *crmdb_view_sources(Oid viewid);
extern List *crmdb_order_views(List *viewids);
extern int	crmdb_compare_relnames(Oid a, Oid b);

#endif							/* CRMDB_H */
