/*-------------------------------------------------------------------------
 *
 * workflow_capture.c
 *	  Capture of the changes to the sources of the workflow views
 *	  (workflow_service.agent_performance and customer_collection_status)
 *	  that their incremental refresh (incremental_workflow.c) needs.
 *
 * Rows.  Triggers on workflow_service.action_records (cloned to every
 * partition), workflow_service.agents, workflow_service.customer_cases,
 * bank_sync_service.customers and bank_sync_service.loans run
 * crmdb.capture_workflow_change(kind), which appends one row per changed
 * row image to crmdb.workflow_changes:
 *
 *	- kind 'action' (an action record): its agent, action date and
 *	  customer, i.e. one group of agent_performance (agent, month) and one
 *	  of customer_collection_status (cif);
 *	- kind 'agent' (an agent): its id only.  A rename, a team change or a
 *	  deactivation touches every group of the agent and every customer whose
 *	  case names the agent: the refresh expands the id into those groups,
 *	  so that the writer appends one row and no two writers share one;
 *	- kind 'customer' (a customer, case or loan): its cif.
 *
 * An UPDATE that moves the row to another group logs the old and the new
 * image; the triggers' WHEN clauses skip updates of columns the views do
 * not read, and an update of an action record that keeps its customer and
 * date (its result or agent changed) logs no customer: the customer's row
 * of customer_collection_status reads neither.  As for payments the
 * append is one heap insert into an unlogged table and one entry in its
 * index on xid (change_log.c).
 *
 * Deltas.  An action entry also says what its row image did to the counts
 * of agent_performance's group: delta_count +1 for a new image, -1 for an
 * old one (0 for an update that keeps the entry's keys, logged as one
 * entry), delta_promises and delta_received likewise for the images whose
 * result is PAYMENT_PROMISE or PAYMENT_RECEIVED.  The refresh adds them to
 * the group's row (incremental_workflow.c).  Entries of agents and
 * customers carry none.
 *
 * Markers.  What rows cannot capture (TRUNCATE, ALTER TABLE, CREATE and
 * DROP TRIGGER, writes with session_replication_role = replica, logical
 * replication) appends a marker, from the same hooks that mark the payment
 * log (change_tracking.c), so that the next refresh of both workflow views
 * is a full one.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/workflow_capture.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"
#include "utils/xid8.h"

#include "crmdb.h"
#include "refresh/refresh.h"

PG_FUNCTION_INFO_V1(capture_workflow_change);

#define WF_LOG_NAME		"workflow_changes"
#define WF_NKEYS		3		/* agent_id, action_date, cif */
#define WF_NEXTRA		4		/* full_for, delta_count, delta_promises,
								 * delta_received */
#define WF_KEY_DATE		1
#define WF_KEY_CIF		2

/* The tables whose changes the workflow views read */
typedef struct WfSource
{
	const char *nsp;
	const char *rel;
} WfSource;

#define WF_NSOURCES		5
static const WfSource wf_sources[WF_NSOURCES] = {
	{"workflow_service", "action_records"},
	{"workflow_service", "agents"},
	{"workflow_service", "customer_cases"},
	{"bank_sync_service", "customers"},
	{"bank_sync_service", "loans"}
};

/* What a trigger reads, by its argument */
typedef enum WfKind
{
	WF_ACTION,
	WF_AGENT,
	WF_CUSTOMER
} WfKind;

/* Columns read per kind, in the order of the log's key columns */
static const char *const wf_columns[3][WF_NKEYS] = {
	{"agent_id", "action_date", "cif"},
	{"id", NULL, NULL},
	{NULL, NULL, "cif"}
};
static const Oid wf_types[WF_NKEYS] = {UUIDOID, TIMESTAMPOID, VARCHAROID};

/* Per trigger and relation, kept in fn_extra for the statement */
typedef struct WfCache
{
	Oid			relid;
	Oid			logid;
	WfKind		kind;
	bool		usable;
	AttrNumber	attnums[WF_NKEYS];	/* 0: not read by this kind */
	AttrNumber	result;			/* action_result (text-like), or 0: no
								 * deltas */
} WfCache;

static Oid
wf_log_relid(void)
{
	Oid			nsp = get_namespace_oid(CRMDB_SCHEMA, true);

	if (!OidIsValid(nsp))
		return InvalidOid;
	return get_relname_relid(WF_LOG_NAME, nsp);
}

/*
 * Whether relid is a source of the workflow views or a partition of one.
 */
static bool
wf_covers(Oid relid)
{
	List	   *ancestors = NIL;
	bool		result = false;
	int			i;

	if (!OidIsValid(relid))
		return false;
	if (get_rel_relispartition(relid))
		ancestors = get_partition_ancestors(relid);
	for (i = 0; i < WF_NSOURCES && !result; i++)
	{
		Oid			nsp = get_namespace_oid(wf_sources[i].nsp, true);
		Oid			src;

		if (!OidIsValid(nsp))
			continue;
		src = get_relname_relid(wf_sources[i].rel, nsp);
		if (OidIsValid(src) &&
			(src == relid || list_member_oid(ancestors, src)))
			result = true;
	}
	list_free(ancestors);
	return result;
}

/* Append one row (keys, or a marker) to the log, index included. */
static void
wf_append(Oid logid, Datum *keys, bool *keynulls, const char *full_reason)
{
	crmdb_log_append_one(logid, WF_NKEYS, WF_NEXTRA, keys, keynulls,
						 full_reason, NULL, NULL);
}

/* Append an action entry with its deltas (count, promises, received). */
static void
wf_append_deltas(Oid logid, Datum *keys, bool *keynulls, int count,
				 int promises, int received)
{
	Datum		extra[WF_NEXTRA];
	bool		extranulls[WF_NEXTRA];

	extra[0] = (Datum) 0;
	extranulls[0] = true;
	extra[1] = Int64GetDatum(count);
	extra[2] = Int64GetDatum(promises);
	extra[3] = Int64GetDatum(received);
	extranulls[1] = extranulls[2] = extranulls[3] = false;
	crmdb_log_append_one(logid, WF_NKEYS, WF_NEXTRA, keys, keynulls, NULL,
						 extra, extranulls);
}

/*
 * crmdb_workflow_capture_mark_view
 *		After a REFRESH MATERIALIZED VIEW of viewid that crmdb did not run:
 *		when viewid is a workflow view whose groups are added to, append a
 *		marker for that view only (see crmdb_capture_mark_view).
 */
void
crmdb_workflow_capture_mark_view(Oid viewid)
{
	Oid			logid;

	if (!crmdb_ivm_uses_deltas(viewid) ||
		get_rel_namespace(viewid) != get_namespace_oid("workflow_service", true))
		return;
	logid = wf_log_relid();
	if (OidIsValid(logid))
		crmdb_log_append_view_marker(logid, WF_NKEYS, WF_NEXTRA, viewid);
}

/*
 * What a row image adds to promises (*p) and payments received (*r): its
 * action_result.
 */
static void
wf_result(WfCache *cache, Relation rel, HeapTuple tuple, int *p, int *r)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, cache->result, RelationGetDescr(rel),
								 &isnull);
	text	   *t;
	int			len;

	*p = *r = 0;
	if (isnull)
		return;
	t = DatumGetTextPP(d);
	len = VARSIZE_ANY_EXHDR(t);
	if (len == 15 && memcmp(VARDATA_ANY(t), "PAYMENT_PROMISE", 15) == 0)
		*p = 1;
	else if (len == 16 && memcmp(VARDATA_ANY(t), "PAYMENT_RECEIVED", 16) == 0)
		*r = 1;
}

/*
 * crmdb_workflow_capture_mark
 *		Append a marker for a change to relid that rows do not capture, if
 *		relid is a source of the workflow views or a partition of one.
 */
void
crmdb_workflow_capture_mark(Oid relid, const char *reason)
{
	Oid			logid;

	if (!wf_covers(relid))
		return;
	logid = wf_log_relid();
	if (!OidIsValid(logid))
		return;
	wf_append(logid, NULL, NULL,
			  psprintf("%s of %s", reason, get_rel_name(relid)));
}

/*
 * crmdb_workflow_capture_mark_any
 *		Append a marker regardless of the relation (logical replication
 *		apply), when crmdb and the workflow schema are installed here.
 */
void
crmdb_workflow_capture_mark_any(const char *reason)
{
	Oid			logid = wf_log_relid();

	if (OidIsValid(logid) &&
		OidIsValid(get_namespace_oid("workflow_service", true)))
		wf_append(logid, NULL, NULL, reason);
}

static WfCache *
wf_cache(FunctionCallInfo fcinfo, TriggerData *trigdata)
{
	WfCache    *cache = (WfCache *) fcinfo->flinfo->fn_extra;
	Relation	rel = trigdata->tg_relation;

	if (cache == NULL || cache->relid != RelationGetRelid(rel))
	{
		TupleDesc	desc = RelationGetDescr(rel);
		Trigger    *trigger = trigdata->tg_trigger;
		const char *arg;
		int			i;

		if (cache == NULL)
			cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
									   sizeof(WfCache));
		cache->relid = InvalidOid;
		cache->logid = wf_log_relid();
		if (!OidIsValid(cache->logid))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("table crmdb.workflow_changes does not exist"),
					 errhint("Reinstall the crmdb extension.")));

		arg = (trigger->tgnargs == 1) ? trigger->tgargs[0] : "";
		if (strcmp(arg, "action") == 0)
			cache->kind = WF_ACTION;
		else if (strcmp(arg, "agent") == 0)
			cache->kind = WF_AGENT;
		else if (strcmp(arg, "customer") == 0)
			cache->kind = WF_CUSTOMER;
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid argument of trigger \"%s\" for crmdb.capture_workflow_change()",
							trigger->tgname),
					 errhint("Valid arguments are \"action\", \"agent\" and \"customer\".")));

		cache->usable = true;
		for (i = 0; i < WF_NKEYS; i++)
		{
			const char *col = wf_columns[cache->kind][i];
			int			attnum;

			cache->attnums[i] = 0;
			if (col == NULL)
				continue;
			attnum = SPI_fnumber(desc, col);
			if (attnum <= 0 ||
				TupleDescAttr(desc, attnum - 1)->atttypid != wf_types[i])
			{
				cache->usable = false;
				break;
			}
			cache->attnums[i] = (AttrNumber) attnum;
		}
		cache->result = 0;
		if (cache->usable && cache->kind == WF_ACTION)
		{
			int			attnum = SPI_fnumber(desc, "action_result");

			if (attnum > 0 &&
				(TupleDescAttr(desc, attnum - 1)->atttypid == VARCHAROID ||
				 TupleDescAttr(desc, attnum - 1)->atttypid == TEXTOID))
				cache->result = (AttrNumber) attnum;
		}
		cache->relid = RelationGetRelid(rel);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache;
}

/* Read the key columns of a row (NULL for those its kind does not read). */
static void
wf_row_keys(WfCache *cache, Relation rel, HeapTuple tuple,
			Datum *keys, bool *nulls)
{
	int			i;

	for (i = 0; i < WF_NKEYS; i++)
	{
		if (cache->attnums[i] == 0)
		{
			keys[i] = (Datum) 0;
			nulls[i] = true;
		}
		else
			keys[i] = heap_getattr(tuple, cache->attnums[i],
								   RelationGetDescr(rel), &nulls[i]);
	}
}

/* Whether key i of two rows is the same (both NULL included). */
static bool
wf_key_equal(Relation rel, WfCache *cache, int i, Datum *a, bool *an,
			 Datum *b, bool *bn)
{
	Form_pg_attribute att;

	if (an[i] != bn[i])
		return false;
	if (an[i])
		return true;
	att = TupleDescAttr(RelationGetDescr(rel), cache->attnums[i] - 1);
	return datumIsEqual(a[i], b[i], att->attbyval, att->attlen);
}

static bool
wf_keys_equal(Relation rel, WfCache *cache, Datum *a, bool *an,
			  Datum *b, bool *bn)
{
	int			i;

	for (i = 0; i < WF_NKEYS; i++)
		if (!wf_key_equal(rel, cache, i, a, an, b, bn))
			return false;
	return true;
}

/*
 * crmdb.capture_workflow_change(): AFTER ROW trigger on the sources of the
 * workflow views, with one argument, 'action', 'agent' or 'customer'; see
 * the file header.
 */
Datum
capture_workflow_change(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	WfCache    *cache;
	Datum		oldkeys[WF_NKEYS];
	bool		oldnulls[WF_NKEYS];
	Datum		newkeys[WF_NKEYS];
	bool		newnulls[WF_NKEYS];

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("crmdb.capture_workflow_change() must be fired AFTER ... FOR EACH ROW")));

	rel = trigdata->tg_relation;
	cache = wf_cache(fcinfo, trigdata);
	if (!cache->usable)
	{
		wf_append(cache->logid, NULL, NULL,
				  psprintf("write to %s, whose columns differ from those crmdb captures",
						   RelationGetRelationName(rel)));
		return PointerGetDatum(NULL);
	}

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		wf_row_keys(cache, rel, trigdata->tg_trigtuple, newkeys, newnulls);
		if (cache->result != 0)
		{
			int			sign = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) ? 1 : -1;
			int			p,
						r;

			wf_result(cache, rel, trigdata->tg_trigtuple, &p, &r);
			wf_append_deltas(cache->logid, newkeys, newnulls, sign,
							 sign * p, sign * r);
		}
		else
			wf_append(cache->logid, newkeys, newnulls, NULL);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		wf_row_keys(cache, rel, trigdata->tg_trigtuple, oldkeys, oldnulls);
		wf_row_keys(cache, rel, trigdata->tg_newtuple, newkeys, newnulls);

		/*
		 * An action record whose customer and date stay: its customer's
		 * row of customer_collection_status (count and latest date of the
		 * customer's actions) does not change, so the entries name no
		 * customer, only agent_performance's groups (agent, month).
		 */
		if (cache->kind == WF_ACTION &&
			wf_key_equal(rel, cache, WF_KEY_CIF, oldkeys, oldnulls, newkeys, newnulls) &&
			wf_key_equal(rel, cache, WF_KEY_DATE, oldkeys, oldnulls, newkeys, newnulls) &&
			!newnulls[WF_KEY_DATE])
		{
			oldnulls[WF_KEY_CIF] = true;
			newnulls[WF_KEY_CIF] = true;
		}
		if (cache->result != 0)
		{
			int			op,
						ore,
						np,
						nre;

			wf_result(cache, rel, trigdata->tg_trigtuple, &op, &ore);
			wf_result(cache, rel, trigdata->tg_newtuple, &np, &nre);
			/* one entry when the keys stay: only the result can change */
			if (wf_keys_equal(rel, cache, oldkeys, oldnulls, newkeys, newnulls))
				wf_append_deltas(cache->logid, newkeys, newnulls, 0,
								 np - op, nre - ore);
			else
			{
				wf_append_deltas(cache->logid, oldkeys, oldnulls, -1, -op, -ore);
				wf_append_deltas(cache->logid, newkeys, newnulls, 1, np, nre);
			}
		}
		else
		{
			if (!wf_keys_equal(rel, cache, oldkeys, oldnulls, newkeys, newnulls))
				wf_append(cache->logid, oldkeys, oldnulls, NULL);
			wf_append(cache->logid, newkeys, newnulls, NULL);
		}
	}
	else
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("crmdb.capture_workflow_change() must be fired by INSERT, UPDATE or DELETE")));

	return PointerGetDatum(NULL);
}
