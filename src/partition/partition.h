/*-------------------------------------------------------------------------
 *
 * partition.h
 *	  Declarations shared by the files of crmdb's partition rollover:
 *	  partition_bounds.c (interval, bound and name arithmetic),
 *	  partition_config.c (crmdb.partition_config), partition_ops.c (the
 *	  units of work: create and attach, move out of DEFAULT, retire),
 *	  partition_copy.c (the copy drain) and partition.c (the SQL entry points and the order of the work).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_PARTITION_H
#define CRMDB_PARTITION_H

#include "access/xlogdefs.h"
#include "datatype/timestamp.h"
#include "nodes/pg_list.h"
#include "storage/block.h"
#include "utils/snapshot.h"
#include "utils/timestamp.h"

/*
 * Bounds are handled as int64 microseconds on the UTC wall clock, the
 * representation of timestamp without time zone: a date column's bound
 * 2026-01-01 and a timestamptz column's bound 2026-01-01 00:00:00+00 are
 * both the Timestamp of 2026-01-01 00:00:00.  Nothing here ever looks at
 * the session's TimeZone or DateStyle.  MINVALUE and MAXVALUE bounds are
 * the two sentinels below.
 */
#define CRMDB_BOUND_MIN		PG_INT64_MIN
#define CRMDB_BOUND_MAX		PG_INT64_MAX

/* The supported partition intervals, aligned to calendar boundaries. */
typedef enum CrmdbInterval
{
	CRMDB_INTERVAL_DAY,
	CRMDB_INTERVAL_WEEK,		/* weeks start on Monday (ISO 8601) */
	CRMDB_INTERVAL_MONTH,
	CRMDB_INTERVAL_QUARTER,
	CRMDB_INTERVAL_YEAR
} CrmdbInterval;

/* One row of crmdb.partition_config, checked and resolved. */
typedef struct CrmdbPartConfig
{
	Oid			parent;			/* the partitioned table */
	char	   *control_column; /* its range partition key column */
	AttrNumber	keyattno;		/* attribute number in the parent */
	Oid			keytype;		/* DATEOID, TIMESTAMPOID or TIMESTAMPTZOID */
	CrmdbInterval interval;
	int			premake;
	bool		has_retention;
	Interval	retention;
	char		retention_action;	/* 'd'etach, 'D'rop, 'a'rchive */
	char	   *archive_schema; /* NULL unless retention_action is archive */
} CrmdbPartConfig;

/* One partition of a parent, with its bounds from the catalog. */
typedef struct CrmdbPartition
{
	Oid			relid;
	bool		is_default;
	int64		lo;				/* inclusive, or CRMDB_BOUND_MIN */
	int64		hi;				/* exclusive, or CRMDB_BOUND_MAX */
} CrmdbPartition;

/* partition_bounds.c */
extern bool crmdb_interval_from_interval(const Interval *iv,
										 CrmdbInterval *result);
extern int32 crmdb_align(int32 date, CrmdbInterval iv);
extern int32 crmdb_advance(int32 date, CrmdbInterval iv, int n);
extern int32 crmdb_bound_to_date(int64 bound);
extern int64 crmdb_date_to_bound(int32 date);
extern int32 crmdb_timestamptz_date(TimestampTz ts);
extern int64 crmdb_datum_to_bound(Datum value, Oid typid);
extern Datum crmdb_bound_to_datum(int64 bound, Oid typid);
extern char *crmdb_bound_literal(int64 bound, Oid typid);
extern char *crmdb_bound_text(int64 bound, Oid typid);
extern char *crmdb_partition_relname(const char *parent_relname,
									 int64 lo, int64 hi,
									 CrmdbInterval iv, bool aligned);
extern List *crmdb_list_partitions(Oid parent, Oid keytype);
extern bool crmdb_partition_get_bounds(Oid relid, Oid keytype,
									   CrmdbPartition *result);
extern List *crmdb_uncovered_pieces(List *partitions, int64 lo, int64 hi);

/* partition_config.c */
extern void crmdb_load_partition_config(Oid parent, CrmdbPartConfig *config);
extern List *crmdb_configured_parents(void);

/* partition_ops.c: each runs inside a subtransaction of partition.c */
typedef struct CrmdbUnitResult
{
	bool		done;			/* false if there was nothing to do */
	char	   *partition_name; /* qualified, quoted */
	int64		rows_moved;		/* create: rows moved out of DEFAULT */
} CrmdbUnitResult;

extern void crmdb_create_partition(const CrmdbPartConfig *config,
								   int64 lo, int64 hi, bool aligned,
								   CrmdbUnitResult *result);
extern void crmdb_retire_partition(const CrmdbPartConfig *config,
								   Oid partition, int64 cutoff,
								   CrmdbUnitResult *result);
extern int64 crmdb_default_min_key(const CrmdbPartConfig *config, Oid defpart,
								   int64 from, int64 below, bool *found);
extern int64 crmdb_default_count(const CrmdbPartConfig *config, Oid defpart,
								 List *pieces, bool nulls);
extern void crmdb_check_default_readable(Oid defpart);

extern void crmdb_partition_lock_set(Oid parent, Oid partition);
extern void crmdb_copy_privileges(Oid parent, Oid child);
extern void crmdb_add_proven_bound(Oid parent, Oid relid, int64 lo, int64 hi,
								   bool outside, const char *conname);

/* The CHECK constraint that spares ATTACH its scan of a new partition. */
#define CRMDB_BOUND_CONSTRAINT "crmdb_partition_bound"

/* partition_copy.c: the copy drain, see there */
typedef struct CrmdbDrainCopy CrmdbDrainCopy;

extern bool crmdb_default_referenced(Oid parent, Oid defpart);
extern bool crmdb_default_only_range(const CrmdbPartConfig *config,
									 Oid defpart, int64 lo, int64 hi,
									 bool latest);

extern bool crmdb_drain_copy_possible(const CrmdbPartConfig *config,
									  Oid defpart, int64 lo, int64 hi);
extern CrmdbDrainCopy *crmdb_drain_copy_start(const CrmdbPartConfig *config,
											  Oid defpart, Oid child,
											  int64 lo, int64 hi,
											  Snapshot snapshot);
extern int64 crmdb_drain_copy_catch_up(CrmdbDrainCopy *dc, XLogRecPtr since,
									   Snapshot snapshot,
									   const BlockNumber *blocks,
									   int nblocks_listed);
extern int64 crmdb_drain_copy_rows(const CrmdbDrainCopy *dc);
extern void crmdb_drain_copy_finish(CrmdbDrainCopy *dc);

/* partition_swap.c: the swap drain, see there */
extern bool crmdb_drain_swap_possible(const CrmdbPartConfig *config,
									  Oid defpart, int64 lo, int64 hi);
extern int64 crmdb_drain_swap_count(Oid defpart);
extern void crmdb_drain_swap(const CrmdbPartConfig *config, Oid defpart,
							 Oid child, int64 lo, int64 hi);

/* GUC variables (crmdb.c) */
extern int	crmdb_partition_lock_retries;
extern int	crmdb_partition_retry_delay_ms;
extern int	crmdb_partition_max_create;
extern bool crmdb_partition_drain_published;
extern bool crmdb_partition_drain_copy;
extern bool crmdb_partition_drain_swap;

/* partition.c: the partition step of crmdb.install() (schema/install.c) */
extern void crmdb_partition_install(void);

#endif							/* CRMDB_PARTITION_H */
