/*-------------------------------------------------------------------------
 *
 * crmdb.h
 *	  Module-wide declarations of crmdb: the schema names and the
 *	  configuration settings defined in crmdb.c.  The declarations of each
 *	  capability live in the header beside its code, under src/.
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
extern double crmdb_incremental_max_fraction;
extern bool crmdb_capture_payment_changes;
extern int	crmdb_validation_runs_kept; /* validation GUCs */
extern int	crmdb_validation_keys_per_rule;
extern int	crmdb_validation_work_mem;

#endif							/* CRMDB_H */
