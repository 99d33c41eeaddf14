/*-------------------------------------------------------------------------
 *
 * refresh.h
 *	  Declarations shared by the files of the view refresh: change tracking
 *	  (change_tracking.c) and the sources of a view (view_sources.c).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/refresh.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_REFRESH_H
#define CRMDB_REFRESH_H

#include "executor/tuptable.h"
#include "nodes/pg_list.h"
#include "utils/relcache.h"

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
extern void crmdb_change_tracking_note(Oid relid);
extern bool crmdb_change_tracking_last_refresh_rows(uint64 *rows);
extern void crmdb_change_tracking_reset_refresh_rows(void);
extern void crmdb_change_tracking_own_refresh(bool own);

/* change_log.c: appending to the change logs */
typedef struct CrmdbLogWriter CrmdbLogWriter;
extern CrmdbLogWriter *crmdb_log_open(Oid logid, int nkeys, int nextra);
extern void crmdb_log_append(CrmdbLogWriter *w, Datum *keys, bool *keynulls,
							 const char *full_reason, Datum *extra,
							 bool *extranulls);
extern void crmdb_log_close(CrmdbLogWriter *w);
extern void crmdb_log_append_one(Oid logid, int nkeys, int nextra,
								 Datum *keys, bool *keynulls,
								 const char *full_reason, Datum *extra,
								 bool *extranulls);
extern void crmdb_log_append_view_marker(Oid logid, int nkeys, int nextra,
										 Oid viewid);

/* change_capture.c: what changed in payment_service.payments */
extern Oid	crmdb_capture_root(void);
extern bool crmdb_capture_covers(Oid relid);
extern void crmdb_capture_mark(Oid relid, const char *reason);
extern void crmdb_capture_mark_any(const char *reason);
extern void crmdb_capture_mark_view(Oid viewid);
extern void crmdb_capture_add_triggers(Oid relid);
extern void crmdb_capture_note_insert(Relation rel, TupleTableSlot *slot);
extern void crmdb_capture_note_moved(Datum id);
extern void crmdb_capture_flush(void);
extern void crmdb_capture_init(void);

/* workflow_capture.c: what changed in the sources of the workflow views */
extern void crmdb_workflow_capture_mark(Oid relid, const char *reason);
extern void crmdb_workflow_capture_mark_any(const char *reason);
extern void crmdb_workflow_capture_mark_view(Oid viewid);

/* incremental.c: incremental refresh of the payment and workflow views */
#define CRMDB_IVM_NVIEWS 4		/* 2 payment views, 2 workflow views */

/* What differs between the views refreshed incrementally */
typedef struct CrmdbIvmView
{
	const char *name;			/* relname in nsp */
	const char *definition_md5; /* md5 of pg_get_viewdef() as shipped */
	const char *keys_sql;		/* the pending groups, as arrays */
	const char *diff_sql;		/* rows to delete (tid) and insert (row) */
	const char *nsp;			/* schema of the view */
	const char *log;			/* its change log in crmdb */
	const char *triggers_sql;	/* a source whose capture triggers are
								 * missing or disabled, if any */
	bool		diff_as_lookups;	/* plan diff_sql as per-group lookups:
									 * no bitmap scans, no JIT */
	double		threshold_scale;	/* crmdb.incremental_max_fraction is
									 * multiplied by this for the view: how
									 * much cheaper than the average view's
									 * a group is to recompute, against the
									 * whole view (bench/run's crossover) */
	int			nrecompute_keys;	/* 0: every array of keys_sql names
									 * groups to recompute; n: only the
									 * first n, the others carry groups and
									 * their deltas, added to the view's row
									 * (not counted for the threshold) */
	int			nadded_keys;	/* of those others, the first n name the
								 * groups added to (the rest: what the
								 * diff looks up for them) */
	bool		markers_for_view;	/* the log's markers may name one view
									 * (full_for) */
} CrmdbIvmView;

/*
 * The pending entries of a log for one view: $1 snapshot, $2 xid.  An
 * entry below the snapshot's xmin is visible in it (its transaction
 * committed; an aborted one left no entry), and the refresh's own xid is
 * at least that xmin: the first condition only lets an index on xid skip
 * the entries applied already.
 */
#define CRMDB_IVM_PENDING_WHERE \
" WHERE c.xid OPERATOR(pg_catalog.>=) pg_catalog.pg_snapshot_xmin($1::pg_catalog.pg_snapshot)" \
"   AND (NOT pg_catalog.pg_visible_in_snapshot(c.xid, $1::pg_catalog.pg_snapshot)" \
"        OR c.xid OPERATOR(pg_catalog.=) $2::pg_catalog.xid8)"

/* incremental_workflow.c */
extern const CrmdbIvmView crmdb_ivm_workflow_views[2];

typedef struct CrmdbIvmResult
{
	char	   *snapshot;		/* the snapshot read with, as text */
	char	   *xid;			/* the refreshing transaction, as text */
	char	   *delta_snapshot; /* after a full refresh: a snapshot taken
								 * after it (NULL after an incremental one) */
	int64		groups;			/* changed groups recomputed or added to */
	int64		added;			/* of them, those added to (their deltas) */
	int64		deleted;		/* view rows deleted */
	int64		inserted;		/* view rows inserted */
} CrmdbIvmResult;

extern int	crmdb_ivm_kind(Oid viewid);
extern char *crmdb_ivm_definition_md5(Oid viewid);
extern void crmdb_ivm_snapshot(CrmdbIvmResult *res);
extern void crmdb_ivm_snapshot_after(CrmdbIvmResult *res);
extern bool crmdb_ivm_uses_deltas(Oid viewid);
extern bool crmdb_ivm_refresh(Oid viewid, int kind, const char *prev_snapshot,
							  const char *prev_xid,
							  const char *prev_delta_snapshot,
							  CrmdbIvmResult *res, char **fallback);
extern void crmdb_ivm_cleanup(void);

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

#endif							/* CRMDB_REFRESH_H */
