/*-------------------------------------------------------------------------
 *
 * incremental.c
 *	  Incremental refresh of the payment views: payment_summary and
 *	  payment_method_analysis of payment_service are brought up to date by
 *	  recomputing only the groups that crmdb.payment_changes
 *	  (change_capture.c) names, or by adding the deltas its entries carry
 *	  to the view's rows (payment_method_analysis), and writing only the
 *	  view rows that differ.
 *	  The workflow views are refreshed by the same code, from
 *	  crmdb.workflow_changes (workflow_capture.c) with the queries of
 *	  incremental_workflow.c.
 *
 * Which entries a view has seen.  Each refresh of a payment view, full or
 * incremental, records in crmdb.view_refresh_state the MVCC snapshot it
 * read its sources with (change_snapshot) and its own transaction id
 * (change_xid).  An entry of the log is pending for the view when its
 * writer's transaction is not visible in that snapshot, or is the
 * refresh's own transaction (whose later writes carry the same id).  An
 * entry is written by the transaction that makes the change, so it is
 * visible in a snapshot exactly when the change is.
 *
 * The ordering argument.  An incremental refresh takes ONE snapshot S
 * after locking the view, and with it reads the pending entries, the
 * current view rows of their groups and the recomputed groups; then
 * records S.  A change committed before S: its entry is visible in S, its
 * group is recomputed from rows that include it.  A change committing
 * while the refresh runs (or prepared, or in progress): invisible in S,
 * so neither read nor consumed: it stays pending for the next refresh.  A
 * rolled-back change left no entry and no row.  By induction every group
 * of the view equals the defining query under the recorded snapshot,
 * except groups with a pending entry.  A full refresh records a snapshot
 * taken before REFRESH takes its own (a later one), so it consumes no
 * entry whose change it did not see.
 *
 * Adding deltas.  A view whose columns are sums and counts adds what its
 * pending entries did to each group instead of recomputing it; that is
 * exact when the view's row holds exactly what the entries not yet
 * applied have not changed.  Hence a group is recomputed when an entry may
 * already be in the view: one of the transaction of the last refresh
 * (change_xid), one visible in the snapshot taken when the last full
 * refresh ended (delta_snapshot: REFRESH reads with a later snapshot than
 * the one recorded), and after a REFRESH that crmdb did not run, the whole
 * view is refreshed in full (a marker for that view, full_for).
 *
 * Writing a materialized view.  SQL cannot modify one, and the executor's
 * ModifyTable refuses to, so the differences are applied here through the
 * table access method (simple_table_tuple_delete, table_tuple_insert)
 * and ExecInsertIndexTuples for every index of the view, under the
 * ExclusiveLock that REFRESH ... CONCURRENTLY also takes: readers go on,
 * another refresh waits or reports skipped_locked.  A group whose row did
 * not change is not written; a changed group costs one delete and one
 * insert; a new or vanished group one of them.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/incremental.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "optimizer/plancat.h"
#include "storage/lmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "crmdb.h"
#include "support/support.h"
#include "refresh/refresh.h"

/* What differs between the shipped views (refresh.h) */
typedef CrmdbIvmView IvmView;

/* Changed groups that never make a refresh full, whatever the view's size */
#define IVM_MIN_GROUPS	100

/* Most arrays a view's keys_sql returns */
#define IVM_MAX_KEYS	16

#define PENDING_WHERE CRMDB_IVM_PENDING_WHERE

/*
 * The payments table or partitions whose capture triggers are not all on:
 * the two statement triggers of updates and deletes, and the registry's
 * row trigger, which notes inserted rows (change_capture.c)
 */
#define PAYMENT_TRIGGERS_SQL \
"SELECT t.relid::pg_catalog.regclass::pg_catalog.text" \
"  FROM pg_catalog.pg_partition_tree('payment_service.payments'::pg_catalog.regclass) t" \
" WHERE (SELECT pg_catalog.count(*) FROM pg_catalog.pg_trigger g" \
"         WHERE g.tgrelid OPERATOR(pg_catalog.=) t.relid" \
"           AND (((g.tgname OPERATOR(pg_catalog.=) 'trg_payments_capture_update'" \
"                  AND g.tgtype OPERATOR(pg_catalog.=) 16" \
"                  AND g.tgoldtable IS NOT NULL AND g.tgnewtable IS NOT NULL)" \
"              OR (g.tgname OPERATOR(pg_catalog.=) 'trg_payments_capture_delete'" \
"                  AND g.tgtype OPERATOR(pg_catalog.=) 8" \
"                  AND g.tgoldtable IS NOT NULL))" \
"             AND g.tgfoid OPERATOR(pg_catalog.=)" \
"                 'crmdb.capture_payment_change()'::pg_catalog.regprocedure" \
"             OR g.tgname OPERATOR(pg_catalog.=) 'trg_payments_reference'" \
"                AND g.tgtype OPERATOR(pg_catalog.=) 13" \
"                AND g.tgfoid OPERATOR(pg_catalog.=)" \
"                    'crmdb.payment_reference_sync()'::pg_catalog.regprocedure)" \
"           AND g.tgqual IS NULL" \
"           AND pg_catalog.cardinality(g.tgattr::pg_catalog.int2[]) OPERATOR(pg_catalog.=) 0" \
"           AND g.tgenabled OPERATOR(pg_catalog.=) ANY (ARRAY['O', 'A']::\"char\"[]))" \
"       OPERATOR(pg_catalog.<>) 3" \
" LIMIT 1"

#define IVM_NPAYMENT	2

static const IvmView ivm_views[IVM_NPAYMENT] = {
	{
		"payment_summary",
		"aed1ab19354071da7d339e61624ce867",
		"SELECT pg_catalog.array_agg(k.l), pg_catalog.array_agg(k.c),"
		"       pg_catalog.array_agg(k.m), pg_catalog.array_agg(k.y)"
		"  FROM (SELECT DISTINCT c.loan_account_number AS l, c.cif AS c,"
		"               EXTRACT(MONTH FROM c.payment_date)::integer AS m,"
		"               EXTRACT(YEAR FROM c.payment_date)::integer AS y"
		"          FROM crmdb.payment_changes c" PENDING_WHERE
		"           AND c.full_reason IS NULL) k",
		"WITH k AS (SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS k(l, c, m, y)),"
		/* one index scan per group (loan account and month), whatever
		 * the planner thinks of the number of groups */
		" n AS ("
		"  SELECT k.l, k.c, k.m, k.y,"
		"    ROW(k.l, k.c, g.paid, g.completed, g.failed, g.last_paid,"
		"    k.m, k.y)::payment_service.payment_summary AS r"
		"    FROM k CROSS JOIN LATERAL ("
		"      SELECT COALESCE(pg_catalog.sum(p.amount) FILTER (WHERE p.status = 'COMPLETED'), 0.00) AS paid,"
		"        pg_catalog.count(*) FILTER (WHERE p.status = 'COMPLETED') AS completed,"
		"        pg_catalog.count(*) FILTER (WHERE p.status = 'FAILED') AS failed,"
		"        pg_catalog.max(p.payment_date) FILTER (WHERE p.status = 'COMPLETED') AS last_paid,"
		"        pg_catalog.count(*) AS n"
		"        FROM payment_service.payments p"
		"       WHERE p.loan_account_number = k.l AND p.cif = k.c"
		"         AND p.payment_date >= pg_catalog.make_timestamp(k.y, k.m, 1, 0, 0, 0)"
		"         AND p.payment_date < pg_catalog.make_timestamp(k.y, k.m, 1, 0, 0, 0)"
		"                              + '1 month'::pg_catalog.interval) g"
		"   WHERE g.n > 0),"
		" o AS ("
		"  SELECT k.l, k.c, k.m, k.y, v.ctid AS tid, v AS r"
		"    FROM payment_service.payment_summary v"
		"    JOIN k ON v.loan_account_number = k.l AND v.cif = k.c"
		"          AND v.month = k.m AND v.year = k.y)"
		"SELECT o.tid, n.r FROM n FULL JOIN o"
		"    ON n.l = o.l AND n.c = o.c AND n.m = o.m AND n.y = o.y"
		" WHERE n.l IS NULL OR o.tid IS NULL"
		"    OR NOT (n.r OPERATOR(pg_catalog.*=) o.r)",
		"payment_service", "payment_changes", PAYMENT_TRIGGERS_SQL, false, 1.0,
		0, 0, true
	},
	{
		"payment_method_analysis",
		"adc7cbe6647d6fc2dd0509a0934b20e4",
		/*
		 * A group whose entries all carry deltas, none of them possibly in
		 * the view already, is added to; any other is recomputed.  Possibly
		 * in the view: entries of the transaction of the last refresh ($2;
		 * its later writes carry the same id) and, after a full refresh,
		 * entries visible in the snapshot taken when it ended ($3).
		 */
		"SELECT pg_catalog.array_agg(g.pm) FILTER (WHERE NOT g.known),"
		"       pg_catalog.array_agg(g.m) FILTER (WHERE NOT g.known),"
		"       pg_catalog.array_agg(g.y) FILTER (WHERE NOT g.known),"
		"       pg_catalog.array_agg(g.pm) FILTER (WHERE g.known),"
		"       pg_catalog.array_agg(g.m) FILTER (WHERE g.known),"
		"       pg_catalog.array_agg(g.y) FILTER (WHERE g.known),"
		"       pg_catalog.array_agg(g.n) FILTER (WHERE g.known),"
		"       pg_catalog.array_agg(g.a) FILTER (WHERE g.known),"
		"       pg_catalog.array_agg(g.co) FILTER (WHERE g.known),"
		"       pg_catalog.array_agg(g.f) FILTER (WHERE g.known)"
		"  FROM (SELECT c.payment_method AS pm,"
		"               EXTRACT(MONTH FROM c.payment_date)::integer AS m,"
		"               EXTRACT(YEAR FROM c.payment_date)::integer AS y,"
		"               pg_catalog.bool_and(c.delta_count IS NOT NULL"
		"                 AND c.xid OPERATOR(pg_catalog.<>) $2::pg_catalog.xid8"
		"                 AND ($3::pg_catalog.pg_snapshot IS NULL"
		"                      OR NOT pg_catalog.pg_visible_in_snapshot(c.xid, $3::pg_catalog.pg_snapshot))) AS known,"
		"               pg_catalog.sum(c.delta_count)::bigint AS n,"
		"               pg_catalog.sum(c.delta_amount) AS a,"
		"               pg_catalog.sum(c.delta_completed)::bigint AS co,"
		"               pg_catalog.sum(c.delta_failed)::bigint AS f"
		"          FROM crmdb.payment_changes c" PENDING_WHERE
		"           AND c.full_reason IS NULL"
		"         GROUP BY 1, 2, 3) g",
		"WITH d AS (SELECT * FROM ROWS FROM (pg_catalog.unnest($4), pg_catalog.unnest($5), pg_catalog.unnest($6),"
		"             pg_catalog.unnest($7), pg_catalog.unnest($8), pg_catalog.unnest($9), pg_catalog.unnest($10))"
		"             AS d(pm, m, y, n, a, co, f)"
		"            WHERE d.n <> 0 OR d.a <> 0 OR d.co <> 0 OR d.f <> 0),"
		/* the groups added to: the view's row plus the deltas */
		" dv AS ("
		"  SELECT d.pm, d.m, d.y, v.ctid AS tid,"
		"    COALESCE(v.total_payments, 0) + d.n AS n,"
		"    COALESCE(v.total_amount, 0) + d.a AS a,"
		"    COALESCE(v.successful_payments, 0) + d.co AS co,"
		"    COALESCE(v.failed_payments, 0) + d.f AS f"
		"    FROM d LEFT JOIN payment_service.payment_method_analysis v"
		"      ON v.payment_method = d.pm AND v.month = d.m AND v.year = d.y),"
		/* sums that cannot be (a row the view lacked): recomputed */
		" bad AS ("
		"  SELECT dv.pm, dv.m, dv.y FROM dv"
		"   WHERE dv.n < 0 OR dv.co < 0 OR dv.f < 0 OR dv.co + dv.f > dv.n"
		"      OR (dv.n = 0 AND dv.a <> 0)),"
		" k AS (SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) AS k(pm, m, y)"
		"       UNION ALL SELECT * FROM bad),"
		/* each changed month read once, its changed methods kept */
		" mm AS (SELECT DISTINCT k.m, k.y FROM k),"
		" n AS ("
		"  SELECT g.pm, mm.m, mm.y,"
		"    ROW(g.pm, g.n, g.total, g.average, g.completed, g.failed,"
		"    mm.m, mm.y)::payment_service.payment_method_analysis AS r"
		"    FROM mm CROSS JOIN LATERAL ("
		"      SELECT p.payment_method AS pm, pg_catalog.count(*) AS n,"
		"        pg_catalog.sum(p.amount) AS total,"
		"        pg_catalog.round(pg_catalog.avg(p.amount), 2) AS average,"
		"        pg_catalog.count(*) FILTER (WHERE p.status = 'COMPLETED') AS completed,"
		"        pg_catalog.count(*) FILTER (WHERE p.status = 'FAILED') AS failed"
		"        FROM payment_service.payments p"
		"       WHERE p.payment_date >= pg_catalog.make_timestamp(mm.y, mm.m, 1, 0, 0, 0)"
		"         AND p.payment_date < pg_catalog.make_timestamp(mm.y, mm.m, 1, 0, 0, 0)"
		"                              + '1 month'::pg_catalog.interval"
		"       GROUP BY p.payment_method) g"
		"   WHERE EXISTS (SELECT FROM k WHERE k.pm = g.pm AND k.m = mm.m AND k.y = mm.y)),"
		" o AS ("
		"  SELECT k.pm, k.m, k.y, v.ctid AS tid, v AS r"
		"    FROM payment_service.payment_method_analysis v"
		"    JOIN k ON v.payment_method = k.pm AND v.month = k.m AND v.year = k.y)"
		"SELECT o.tid, n.r FROM n FULL JOIN o"
		"    ON n.pm = o.pm AND n.m = o.m AND n.y = o.y"
		" WHERE n.pm IS NULL OR o.tid IS NULL"
		"    OR NOT (n.r OPERATOR(pg_catalog.*=) o.r)"
		" UNION ALL "
		/* avg(amount) is sum / count (numeric_avg): the same rounding */
		"SELECT dv.tid,"
		"    CASE WHEN dv.n > 0 THEN"
		"    ROW(dv.pm, dv.n, dv.a, pg_catalog.round(dv.a / dv.n, 2), dv.co, dv.f,"
		"    dv.m, dv.y)::payment_service.payment_method_analysis END"
		"  FROM dv"
		" WHERE NOT EXISTS (SELECT FROM bad"
		"                    WHERE bad.pm = dv.pm AND bad.m = dv.m AND bad.y = dv.y)",
		"payment_service", "payment_changes", PAYMENT_TRIGGERS_SQL, false, 1.0,
		3, 7, true
	}
};

/* The shipped view of kind (crmdb_ivm_kind) */
static const IvmView *
ivm_view(int kind)
{
	if (kind < IVM_NPAYMENT)
		return &ivm_views[kind];
	return &crmdb_ivm_workflow_views[kind - IVM_NPAYMENT];
}

/* Identity saved while running as another role */
typedef struct RoleSwitch
{
	Oid			save_userid;
	int			save_sec_context;
	int			nestlevel;
} RoleSwitch;

static void
role_begin(RoleSwitch *rs, Oid role)
{
	GetUserIdAndSecContext(&rs->save_userid, &rs->save_sec_context);
	SetUserIdAndSecContext(role,
						   rs->save_sec_context |
						   SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	rs->nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
}

static void
role_end(RoleSwitch *rs)
{
	AtEOXact_GUC(true, rs->nestlevel);
	SetUserIdAndSecContext(rs->save_userid, rs->save_sec_context);
}

/*
 * Run one read-only query as role (SPI_tuptable holds its result).  In a
 * function of its own so that no caller holds two PG_TRY blocks.
 */
static void
select_as(Oid role, const char *sql, int nargs, Oid *argtypes, Datum *values,
		  const char *nulls)
{
	RoleSwitch	rs;

	role_begin(&rs, role);
	PG_TRY();
	{
		crmdb_spi_exec_args(sql, nargs, argtypes, values, nulls, true,
							SPI_OK_SELECT);
	}
	PG_FINALLY();
	{
		role_end(&rs);
	}
	PG_END_TRY();
}

static Oid
log_relid(const char *log)
{
	Oid			relid = get_relname_relid(log, crmdb_schema_oid());

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table crmdb.%s does not exist", log),
				 errhint("Reinstall the crmdb extension.")));
	return relid;
}

/*
 * crmdb_ivm_kind
 *		Which shipped payment or workflow view viewid is (by schema and
 *		name), or -1.
 */
int
crmdb_ivm_kind(Oid viewid)
{
	char	   *nsp;
	char	   *name;
	int			i;

	if (get_rel_relkind(viewid) != RELKIND_MATVIEW)
		return -1;
	nsp = get_namespace_name(get_rel_namespace(viewid));
	name = get_rel_name(viewid);
	for (i = 0; i < CRMDB_IVM_NVIEWS; i++)
	{
		const IvmView *v = ivm_view(i);

		if (nsp && name && strcmp(nsp, v->nsp) == 0 &&
			strcmp(name, v->name) == 0)
			return i;
	}
	return -1;
}

/*
 * crmdb_ivm_definition_md5
 *		md5 of the view's definition as pg_get_viewdef() prints it with
 *		search_path = pg_catalog.
 */
char *
crmdb_ivm_definition_md5(Oid viewid)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		values[1];
	char	   *result;

	values[0] = ObjectIdGetDatum(viewid);
	select_as(GetUserId(), "SELECT pg_catalog.md5(pg_catalog.pg_get_viewdef($1))",
			  1, argtypes, values, NULL);
	result = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	SPI_freetuptable(SPI_tuptable);
	return result;
}

/*
 * Why the view cannot be refreshed incrementally whatever its log says,
 * or NULL: a definition other than the shipped one, or a capture trigger
 * missing or disabled on a source (payments or one of its partitions, for
 * a payment view).  Read before
 * the refresh takes its snapshot: a trigger enabled again since is
 * enabled by an ALTER TABLE whose marker that snapshot sees.
 */
static char *
unsupported_reason(Oid viewid, int kind)
{
	const IvmView *v = ivm_view(kind);
	char	   *md5 = crmdb_ivm_definition_md5(viewid);
	char	   *relname;

	if (strcmp(md5, v->definition_md5) != 0)
		return pstrdup("its definition differs from the one crmdb ships");

	crmdb_spi_exec(v->triggers_sql, SPI_OK_SELECT);
	if (SPI_processed > 0)
	{
		relname = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		SPI_freetuptable(SPI_tuptable);
		return psprintf("the capture triggers of %s are missing or disabled",
						relname);
	}
	SPI_freetuptable(SPI_tuptable);
	return NULL;
}

/*
 * Under the active snapshot: the snapshot and the current transaction id,
 * as text.
 */
static void
read_snapshot(CrmdbIvmResult *res)
{
	crmdb_spi_exec("SELECT pg_catalog.pg_current_snapshot()::pg_catalog.text,"
				   "       pg_catalog.pg_current_xact_id()::pg_catalog.text",
				   SPI_OK_SELECT);
	res->snapshot = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	res->xid = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	SPI_freetuptable(SPI_tuptable);
}

/*
 * crmdb_ivm_uses_deltas
 *		Whether viewid is a shipped view whose groups are added to
 *		(payment_method_analysis), which a REFRESH crmdb did not run must
 *		make full (crmdb_capture_mark_view).
 */
bool
crmdb_ivm_uses_deltas(Oid viewid)
{
	int			kind = crmdb_ivm_kind(viewid);

	return kind >= 0 && ivm_view(kind)->nrecompute_keys > 0;
}

/*
 * crmdb_ivm_snapshot
 *		Before a full refresh of a payment view: a snapshot no later than
 *		the one REFRESH will take, and the transaction id.
 */
void
crmdb_ivm_snapshot(CrmdbIvmResult *res)
{
	/* this transaction's own inserts, noted but not in the log yet */
	crmdb_capture_flush();
	CommandCounterIncrement();
	PushActiveSnapshot(GetTransactionSnapshot());
	PG_TRY();
	{
		read_snapshot(res);
	}
	PG_FINALLY();
	{
		PopActiveSnapshot();
	}
	PG_END_TRY();
}

/*
 * crmdb_ivm_snapshot_after
 *		After a full refresh of a payment or workflow view: a snapshot no
 *		earlier than the one REFRESH read with (res->delta_snapshot).  An
 *		entry the next refresh finds pending whose transaction is visible
 *		in it may be in the view already: its group is recomputed, not
 *		added to.
 */
void
crmdb_ivm_snapshot_after(CrmdbIvmResult *res)
{
	CrmdbIvmResult after;

	CommandCounterIncrement();
	PushActiveSnapshot(GetTransactionSnapshot());
	PG_TRY();
	{
		read_snapshot(&after);
	}
	PG_FINALLY();
	{
		PopActiveSnapshot();
	}
	PG_END_TRY();
	res->delta_snapshot = after.snapshot;
}

/* Apply the rows of the diff query to the view. */
static void
apply_diff(Oid viewid, SPITupleTable *tuptable, uint64 ntuples,
		   CrmdbIvmResult *res)
{
	Relation	rel;
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;
	uint64		i;
	int			pass;

	rel = table_open(viewid, RowExclusiveLock);
	estate = crmdb_result_rel_open(rel, &rri, &slot);

	/* deletes first, so that the unique indexes accept the new rows */
	for (pass = 0; pass < 2; pass++)
	{
		for (i = 0; i < ntuples; i++)
		{
			HeapTuple	tup = tuptable->vals[i];
			bool		isnull;
			Datum		d;

			CHECK_FOR_INTERRUPTS();
			if (pass == 0)
			{
				d = SPI_getbinval(tup, tuptable->tupdesc, 1, &isnull);
				if (isnull)
					continue;
				simple_table_tuple_delete(rel, (ItemPointer) DatumGetPointer(d),
										  GetActiveSnapshot());
				res->deleted++;
			}
			else
			{
				HeapTupleHeader th;
				HeapTupleData row;

				d = SPI_getbinval(tup, tuptable->tupdesc, 2, &isnull);
				if (isnull)
					continue;
				th = DatumGetHeapTupleHeader(d);
				row.t_len = HeapTupleHeaderGetDatumLength(th);
				ItemPointerSetInvalid(&row.t_self);
				row.t_tableOid = InvalidOid;
				row.t_data = th;
				ExecClearTuple(slot);
				heap_deform_tuple(&row, RelationGetDescr(rel),
								  slot->tts_values, slot->tts_isnull);
				ExecStoreVirtualTuple(slot);
				table_tuple_insert(rel, slot, estate->es_output_cid, 0, NULL);
				if (rri->ri_NumIndices > 0)
					(void) ExecInsertIndexTuples(rri, slot, estate, false,
												 false, NULL, NIL);
				ResetPerTupleExprContext(estate);
				res->inserted++;
			}
		}
	}

	/* the views that read this one must see it changed */
	if (res->deleted + res->inserted > 0)
		crmdb_change_tracking_note(viewid);

	crmdb_result_rel_close(estate, rri);
	table_close(rel, NoLock);
	CommandCounterIncrement();
}

/*
 * Number of rows of the view, for the threshold: the planner's estimate
 * (pg_class.reltuples scaled to the current size; neither REFRESH ...
 * CONCURRENTLY nor this file updates reltuples).
 */
static double
view_rows(Oid viewid)
{
	Relation	rel = table_open(viewid, AccessShareLock);
	BlockNumber pages;
	double		tuples;
	double		allvisfrac;

	estimate_rel_size(rel, NULL, &pages, &tuples, &allvisfrac);
	table_close(rel, AccessShareLock);
	return tuples;
}

/*
 * The number of rows of the view, counted up to limit (as its owner): for
 * the threshold when the planner's estimate would make the refresh full.
 * The estimate is stale after a REFRESH (which does not update reltuples;
 * 0 after CONCURRENTLY), and the count costs at most limit rows, a
 * multiple of the changed groups.
 */
static double
view_rows_counted(Oid viewid, double limit)
{
	char	   *sql;
	char	   *count;

	sql = psprintf("SELECT pg_catalog.count(*) FROM (SELECT FROM %s LIMIT %.0f) v",
				   quote_qualified_identifier(get_namespace_name(get_rel_namespace(viewid)),
											  get_rel_name(viewid)),
				   Min(limit, 1e15));
	select_as(crmdb_relation_owner(viewid), sql, 0, NULL, NULL, NULL);
	count = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	SPI_freetuptable(SPI_tuptable);
	return strtod(count, NULL);
}

/*
 * Read the pending entries of the log as its owner, with the refresh's
 * snapshot: true (and *fallback set) if a marker asks for a full refresh,
 * otherwise false with the changed groups of view v in SPI_tuptable.
 * The three arguments: the last refresh's snapshot, its transaction and
 * its snapshot after (NULL when it was incremental).
 */
static bool
read_pending_log(const IvmView *v, Oid *argtypes, Datum *values,
				 const char *nulls, CrmdbIvmResult *res, char **fallback)
{
	RoleSwitch	rs;
	volatile bool full = false;

	role_begin(&rs, crmdb_relation_owner(log_relid(v->log)));
	/*
	 * Without JIT: an estimate from statistics taken when the log was full
	 * (a bulk load, applied and deleted since) would compile the reads,
	 * which takes longer than running them.
	 */
	(void) set_config_option("jit", "off",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	PG_TRY();
	{
		read_snapshot(res);
		crmdb_spi_exec_args(psprintf("SELECT c.full_reason FROM crmdb.%s c"
									 PENDING_WHERE " AND c.full_reason IS NOT NULL"
									 "%s%s%s LIMIT 1", quote_identifier(v->log),
									 v->markers_for_view ?
									 " AND (c.full_for IS NULL OR c.full_for OPERATOR(pg_catalog.=) " : "",
									 v->markers_for_view ?
									 quote_literal_cstr(v->name) : "",
									 v->markers_for_view ? ")" : ""),
							3, argtypes, values, nulls, true, SPI_OK_SELECT);
		if (SPI_processed > 0)
		{
			*fallback = psprintf("changes not captured row by row (%s)",
								 SPI_getvalue(SPI_tuptable->vals[0],
											  SPI_tuptable->tupdesc, 1));
			full = true;
		}
		else
		{
			SPI_freetuptable(SPI_tuptable);
			crmdb_spi_exec_args(v->keys_sql, 3, argtypes, values, nulls, true,
								SPI_OK_SELECT);
		}
	}
	PG_FINALLY();
	{
		role_end(&rs);
	}
	PG_END_TRY();
	return full;
}

/*
 * The work of crmdb_ivm_refresh under the active snapshot.  Returns false
 * with *fallback set when a full refresh is needed.
 */
static bool
ivm_under_snapshot(Oid viewid, int kind, const char *prev_snapshot,
				   const char *prev_xid, const char *prev_delta_snapshot,
				   CrmdbIvmResult *res, char **fallback)
{
	const IvmView *v = ivm_view(kind);
	Oid			argtypes[3] = {TEXTOID, TEXTOID, TEXTOID};
	Datum		values[3];
	char		nulls[3] = {' ', ' ', ' '};
	Oid			keytypes[IVM_MAX_KEYS];
	Datum		keys[IVM_MAX_KEYS];
	char		keynulls[IVM_MAX_KEYS];
	int			nkeys;
	int64		ngroups;
	int64		nadded;
	double		rows;
	double		fraction;
	int			nestlevel = 0;
	int			i;

	values[0] = CStringGetTextDatum(prev_snapshot);
	values[1] = CStringGetTextDatum(prev_xid);
	if (prev_delta_snapshot)
		values[2] = CStringGetTextDatum(prev_delta_snapshot);
	else
	{
		values[2] = (Datum) 0;
		nulls[2] = 'n';
	}

	/* the log: markers, then the changed groups */
	if (read_pending_log(v, argtypes, values, nulls, res, fallback))
	{
		SPI_freetuptable(SPI_tuptable);
		return false;
	}

	/*
	 * The longest array (a view may pass several kinds of keys) of those
	 * naming groups to recompute, and of those naming groups to add to; a
	 * NULL array names none.
	 */
	nkeys = SPI_tuptable->tupdesc->natts;
	if (nkeys > IVM_MAX_KEYS)
		elog(ERROR, "crmdb: too many arrays of keys for view \"%s\"", v->name);
	ngroups = nadded = 0;
	for (i = 0; i < nkeys; i++)
	{
		bool		isnull;
		int			n;

		keys[i] = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
								i + 1, &isnull);
		keytypes[i] = SPI_gettypeid(SPI_tuptable->tupdesc, i + 1);
		keynulls[i] = isnull ? 'n' : ' ';
		if (isnull)
			continue;
		n = ArrayGetNItems(ARR_NDIM(DatumGetArrayTypeP(keys[i])),
						   ARR_DIMS(DatumGetArrayTypeP(keys[i])));
		if (v->nrecompute_keys == 0 || i < v->nrecompute_keys)
			ngroups = Max(ngroups, n);
		else if (i < v->nrecompute_keys + v->nadded_keys)
			nadded = Max(nadded, n);
	}
	res->groups = ngroups + nadded;
	res->added = nadded;
	if (res->groups == 0)
	{
		/* a change that touched no group of this view */
		return true;
	}

	/* a few groups are always cheaper than the whole view */
	fraction = crmdb_incremental_max_fraction * v->threshold_scale;
	rows = (ngroups > IVM_MIN_GROUPS) ? view_rows(viewid) : 0;
	if (ngroups > IVM_MIN_GROUPS && (double) ngroups > fraction * rows)
		rows = view_rows_counted(viewid, floor((double) ngroups / fraction) + 1);
	if (ngroups > IVM_MIN_GROUPS && (double) ngroups > fraction * rows)
	{
		*fallback = psprintf("%lld changed groups exceed crmdb.incremental_max_fraction (%g, times %g for this view) of the view's %.0f rows",
							 (long long) ngroups,
							 crmdb_incremental_max_fraction,
							 v->threshold_scale, rows);
		return false;
	}

	/*
	 * recompute the groups and compare, as the view's owner.  No JIT: the
	 * estimate of a loop over every partition is high enough to compile
	 * the query with inlining and optimization, which takes about a second
	 * and costs more than running it.  A view whose diff is a loop of
	 * per-group lookups also asks for no bitmap scans (a parameterized
	 * range the planner cannot estimate would be ANDed with the selective
	 * index, and read whole for every group).
	 */
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("jit", "off",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (v->diff_as_lookups)
		(void) set_config_option("enable_bitmapscan", "off",
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
	select_as(crmdb_relation_owner(viewid), v->diff_sql, nkeys, keytypes, keys,
			  keynulls);
	AtEOXact_GUC(true, nestlevel);

	apply_diff(viewid, SPI_tuptable, SPI_processed, res);
	SPI_freetuptable(SPI_tuptable);
	return true;
}

/*
 * crmdb_ivm_refresh
 *		Refresh a shipped payment or workflow view incrementally; the
 *		caller holds its
 *		ExclusiveLock.  prev_snapshot, prev_xid and prev_delta_snapshot
 *		are what its last refresh recorded.  Returns false, with *fallback saying why, when a
 *		full refresh is needed instead (nothing was written then).
 */
bool
crmdb_ivm_refresh(Oid viewid, int kind, const char *prev_snapshot,
				  const char *prev_xid, const char *prev_delta_snapshot,
				  CrmdbIvmResult *res, char **fallback)
{
	volatile bool done = false;
	char	   *why;

	memset(res, 0, sizeof(*res));
	*fallback = NULL;

	if (crmdb_incremental_max_fraction <= 0)
	{
		*fallback = pstrdup("crmdb.incremental_max_fraction is 0");
		return false;
	}
	why = unsupported_reason(viewid, kind);
	if (why != NULL)
	{
		*fallback = why;
		return false;
	}

	/* this transaction's own inserts, noted but not in the log yet */
	crmdb_capture_flush();
	CommandCounterIncrement();
	PushActiveSnapshot(GetTransactionSnapshot());
	PG_TRY();
	{
		done = ivm_under_snapshot(viewid, kind, prev_snapshot, prev_xid,
								  prev_delta_snapshot, res, fallback);
	}
	PG_FINALLY();
	{
		PopActiveSnapshot();
	}
	PG_END_TRY();
	return done;
}

/*
 * Delete the entries of the log that every view of kinds first..last
 * (one schema, one log) has seen.  One session at a time (a conditional
 * lock that writers do not take): a session that finds it taken leaves
 * the work to the next call.
 *
 * An entry seen by a view is visible in its recorded snapshot, so below
 * that snapshot's xmax: the index on xid reads only the entries below the
 * least xmax of the log's views, not those still pending for a view
 * refreshed less often (which a bulk change makes many, and which every
 * refresh would otherwise read again).  The views and their states are
 * read once (s), not per entry.  A view without a recorded snapshot keeps
 * every entry; with none of the views left, every entry below the newest
 * recorded snapshot goes.
 */
static void
cleanup_log(int first, int last)
{
	const IvmView *v = ivm_view(first);
	Oid			logid;
	RoleSwitch	rs;
	StringInfoData names;
	StringInfoData sql;
	int			i;

	logid = get_relname_relid(v->log, crmdb_schema_oid());
	if (!OidIsValid(logid) ||
		!ConditionalLockRelationOid(logid, ShareUpdateExclusiveLock))
		return;

	initStringInfo(&names);
	for (i = first; i <= last; i++)
		appendStringInfo(&names, "%s%s", i > first ? ", " : "",
						 quote_literal_cstr(ivm_view(i)->name));
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "WITH s AS MATERIALIZED ("
					 "   SELECT st.change_snapshot AS snap, st.change_xid AS xid"
					 "     FROM pg_catalog.pg_class v"
					 "     JOIN pg_catalog.pg_namespace n"
					 "       ON n.oid OPERATOR(pg_catalog.=) v.relnamespace"
					 "     LEFT JOIN crmdb.view_refresh_state st"
					 "       ON st.view_oid OPERATOR(pg_catalog.=) v.oid"
					 "    WHERE n.nspname OPERATOR(pg_catalog.=) %s"
					 "      AND v.relkind OPERATOR(pg_catalog.=) 'm'"
					 "      AND v.relname OPERATOR(pg_catalog.=) ANY"
					 "          (ARRAY[%s]::pg_catalog.name[]))"
					 "DELETE FROM crmdb.%s c"
					 " WHERE c.xid OPERATOR(pg_catalog.<) COALESCE("
					 "         (SELECT CASE WHEN pg_catalog.bool_and(s.snap IS NOT NULL)"
					 "                 THEN pg_catalog.min(pg_catalog.pg_snapshot_xmax(s.snap)) END"
					 "            FROM s),"
					 "         (SELECT pg_catalog.max(pg_catalog.pg_snapshot_xmax(st.change_snapshot))"
					 "            FROM crmdb.view_refresh_state st"
					 "           WHERE NOT EXISTS (SELECT FROM s)))"
					 "   AND NOT EXISTS ("
					 "   SELECT FROM s"
					 "    WHERE (pg_catalog.pg_visible_in_snapshot(c.xid, s.snap)"
					 "           AND c.xid OPERATOR(pg_catalog.<>) s.xid) IS NOT TRUE)",
					 quote_literal_cstr(v->nsp), names.data,
					 quote_identifier(v->log));

	role_begin(&rs, crmdb_relation_owner(logid));
	/* an estimate of the whole log would compile the delete */
	(void) set_config_option("jit", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	PG_TRY();
	{
		crmdb_spi_exec(sql.data, SPI_OK_DELETE);
	}
	PG_FINALLY();
	{
		role_end(&rs);
	}
	PG_END_TRY();
}

/*
 * crmdb_ivm_cleanup
 *		Delete the entries of the change logs that every view reading them
 *		has seen: crmdb.payment_changes (the payment views) and
 *		crmdb.workflow_changes (the workflow views).
 */
void
crmdb_ivm_cleanup(void)
{
	cleanup_log(0, IVM_NPAYMENT - 1);
	cleanup_log(IVM_NPAYMENT, CRMDB_IVM_NVIEWS - 1);
}
