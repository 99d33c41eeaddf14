/*-------------------------------------------------------------------------
 *
 * reference_registry.c
 *	  Payment reference numbers unique across a Citus cluster: the
 *	  registry crmdb.payment_references, distributed by reference_number,
 *	  written in the same statement as each payment.
 *
 * In the distributed layout payment_service.payments is sharded by cif and
 * cannot carry a unique index on reference_number, and a trigger on a shard
 * cannot write another node (doc/citus.md).  So the registry is written by
 * the statement itself: a planner hook, which runs before Citus's (crmdb is
 * loaded after citus), gives every INSERT INTO payment_service.payments (or
 * one of its partitions) a data-modifying WITH query that inserts the same
 * rows' reference_number and cif into crmdb.payment_references.  Citus
 * plans and runs both writes in one distributed transaction: the
 * registry's primary key makes a duplicate fail with unique_violation, and
 * a second session inserting the same reference waits for the first on the
 * registry shard.  The rewritten statement keeps its own target list,
 * RETURNING list and command tag; the added query sets no tag.
 *
 * The copy computes the reference again, so the hook refuses what it could
 * not register exactly: a reference or cif computed by a volatile
 * expression, an INSERT ... SELECT whose rows depend on one, ON CONFLICT,
 * data-modifying WITH queries around or inside such an INSERT, and a MERGE
 * that may insert into payments.  COPY FROM into payments has no query to
 * extend: a ProcessUtility hook refuses it.  An UPDATE that changes a
 * reference is refused on the shards by the row trigger
 * payment_reference_frozen(), which compares the old and new value of its
 * own row only.  DELETE leaves the reference registered.
 *
 * Everything is inert where crmdb.payment_references is not a Citus table:
 * for a single-node install the only cost is, per INSERT planned, the
 * look-up of whether its target is payments.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/distributed/reference_registry.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/sysattr.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_class.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "optimizer/planner.h"
#include "parser/parsetree.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "crmdb.h"
#include "distributed/distributed.h"

PG_FUNCTION_INFO_V1(payment_reference_frozen);

/* Name of the WITH query the hook adds. */
#define REGISTRY_CTE_NAME "crmdb_payment_reference"

static planner_hook_type prev_planner_hook = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;

/* Whether crmdb.payment_references (of this OID) is a Citus table. */
static Oid	registry_cache_relid = InvalidOid;
static bool registry_cache_valid = false;
static bool registry_cache_distributed = false;

/* Whether the hooks were installed while the server started. */
static bool registry_preloaded = false;

/* Set while the rewritten query is being planned by the next planner. */
static int	rewrite_depth = 0;

static void
registry_relcache_callback(Datum arg, Oid relid)
{
	if (!OidIsValid(relid) || relid == registry_cache_relid)
		registry_cache_valid = false;
}

/*
 * The OID of crmdb.payment_references when it is a Citus table (the
 * distributed layout), else InvalidOid.
 */
static Oid
distributed_registry(void)
{
	Oid			nsp = get_namespace_oid(CRMDB_SCHEMA, true);
	Oid			registry;

	if (!OidIsValid(nsp))
		return InvalidOid;
	registry = get_relname_relid("payment_references", nsp);
	if (!OidIsValid(registry))
		return InvalidOid;
	if (!registry_cache_valid || registry_cache_relid != registry)
	{
		registry_cache_relid = registry;
		registry_cache_distributed = crmdb_is_citus_table(registry);
		registry_cache_valid = true;
	}
	return registry_cache_distributed ? registry : InvalidOid;
}

/* Whether relid is payment_service.payments or one of its partitions. */
static bool
is_payments(Oid relid)
{
	Oid			nsp = get_namespace_oid("payment_service", true);
	Oid			payments;

	if (!OidIsValid(nsp))
		return false;
	payments = get_relname_relid("payments", nsp);
	if (!OidIsValid(payments))
		return false;
	if (relid == payments)
		return true;
	if (get_rel_relispartition(relid))
		return list_member_oid(get_partition_ancestors(relid), payments);
	return false;
}

/* Whether query writes payments (or a partition of it). */
static bool
targets_payments(Query *query)
{
	RangeTblEntry *rte;

	if (query->resultRelation <= 0)
		return false;
	rte = rt_fetch(query->resultRelation, query->rtable);
	return rte->rtekind == RTE_RELATION && is_payments(rte->relid);
}

/* Whether query is an INSERT into payments (or a partition of it). */
static bool
inserts_payments(Query *query)
{
	return query->commandType == CMD_INSERT && targets_payments(query);
}

/* Error out if query is a MERGE that may insert into payments. */
static void
check_merge(Query *query)
{
	ListCell   *lc;

	foreach(lc, query->mergeActionList)
	{
		if (lfirst_node(MergeAction, lc)->commandType == CMD_INSERT)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("MERGE ... INSERT into payment_service.payments is not supported in the distributed layout"),
					 errdetail("crmdb registers each payment's reference number in crmdb.payment_references in the statement that inserts the payment; MERGE gives no query to extend."),
					 errhint("Insert new payments with INSERT.")));
	}
}

static void
refuse_volatile(const char *colname)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("%s of a payment cannot be computed by a volatile expression in the distributed layout",
					colname),
			 errdetail("crmdb registers each payment's reference number in crmdb.payment_references in the same statement, and must compute the same value there."),
			 errhint("Compute the value first and pass it as a constant or a parameter.")));
}

/*
 * Whether the rows of an INSERT's SELECT, or its columns attnos, depend on
 * a volatile function: the registry's copy runs the SELECT again.  The
 * other output columns (a generated id, say) do not matter.
 */
static bool
subquery_is_volatile(Query *subquery, List *attnos)
{
	Query	   *copy = copyObject(subquery);
	ListCell   *lc;

	if (copy->setOperations == NULL)
	{
		foreach(lc, copy->targetList)
		{
			TargetEntry *te = lfirst_node(TargetEntry, lc);

			if (te->resjunk || te->ressortgroupref != 0 ||
				list_member_int(attnos, te->resno))
				continue;
			te->expr = (Expr *) makeNullConst(exprType((Node *) te->expr),
											  exprTypmod((Node *) te->expr),
											  exprCollation((Node *) te->expr));
		}
	}
	return contain_volatile_functions((Node *) copy);
}

/*
 * Error out if the value an INSERT's target entry gives colname could
 * differ between the payment and the registry's copy.
 */
static void
check_stable_value(Query *query, TargetEntry *te, const char *colname)
{
	List	   *vars;
	ListCell   *lc;

	if (contain_volatile_functions((Node *) te->expr))
		refuse_volatile(colname);

	vars = pull_var_clause((Node *) te->expr,
						   PVC_RECURSE_AGGREGATES |
						   PVC_RECURSE_WINDOWFUNCS |
						   PVC_RECURSE_PLACEHOLDERS);
	foreach(lc, vars)
	{
		Var		   *var = lfirst_node(Var, lc);
		RangeTblEntry *rte;

		if (var->varlevelsup != 0)
			continue;
		rte = rt_fetch(var->varno, query->rtable);
		if (rte->rtekind == RTE_VALUES)
		{
			ListCell   *row;

			foreach(row, rte->values_lists)
			{
				List	   *values = (List *) lfirst(row);

				if (var->varattno >= 1 && var->varattno <= list_length(values) &&
					contain_volatile_functions(list_nth(values, var->varattno - 1)))
					refuse_volatile(colname);
			}
		}
		else if (rte->rtekind == RTE_SUBQUERY)
		{
			if (subquery_is_volatile(rte->subquery, list_make1_int(var->varattno)))
				refuse_volatile(colname);
		}
		else if (rte->rtekind == RTE_FUNCTION)
		{
			if (contain_volatile_functions((Node *) rte->functions))
				refuse_volatile(colname);
		}
	}
}

/* The target entry of query for attribute attnum, or NULL. */
static TargetEntry *
target_entry(Query *query, AttrNumber attnum)
{
	ListCell   *lc;

	foreach(lc, query->targetList)
	{
		TargetEntry *te = lfirst_node(TargetEntry, lc);

		if (te->resno == attnum && !te->resjunk)
			return te;
	}
	return NULL;
}

static AttrNumber
registry_attnum(Relation registry, const char *colname)
{
	AttrNumber	attnum = get_attnum(RelationGetRelid(registry), colname);

	if (attnum == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"payment_references\" does not exist",
						colname),
				 errhint("crmdb.distribute() creates the registry of the distributed layout.")));
	return attnum;
}

/*
 * Add to query, an INSERT into payments, the WITH query that inserts its
 * rows' reference_number and cif into the registry.
 */
static void
add_registry_insert(Query *query, Oid registry_relid)
{
	RangeTblEntry *target = rt_fetch(query->resultRelation, query->rtable);
	AttrNumber	ref_attno = get_attnum(target->relid, "reference_number");
	AttrNumber	cif_attno = get_attnum(target->relid, "cif");
	TargetEntry *ref_te;
	TargetEntry *cif_te;
	Relation	registry;
	AttrNumber	reg_ref_attno;
	AttrNumber	reg_cif_attno;
	Query	   *copy;
	RangeTblEntry *rte;
	List	   *colnames = NIL;
	CommonTableExpr *cte;
	ListCell   *lc;
	int			i;

	if (query->onConflict != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("INSERT ... ON CONFLICT into payment_service.payments is not supported in the distributed layout"),
				 errdetail("crmdb registers each payment's reference number in crmdb.payment_references in the same statement, whether or not the payment itself is inserted."),
				 errhint("Use a plain INSERT; a payment that exists already fails with its unique violation.")));

	foreach(lc, query->cteList)
	{
		CommonTableExpr *other = lfirst_node(CommonTableExpr, lc);

		if (IsA(other->ctequery, Query) &&
			((Query *) other->ctequery)->commandType != CMD_SELECT)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("INSERT into payment_service.payments with a data-modifying WITH query is not supported in the distributed layout"),
					 errdetail("crmdb registers the payments' reference numbers by running the INSERT's query a second time."),
					 errhint("Run the data-modifying statement separately.")));
	}

	ref_te = target_entry(query, ref_attno);
	cif_te = target_entry(query, cif_attno);
	if (ref_te == NULL || cif_te == NULL)
		return;					/* NOT NULL and Citus refuse the payment */
	check_stable_value(query, ref_te, "reference_number");
	check_stable_value(query, cif_te, "cif");

	registry = table_open(registry_relid, RowExclusiveLock);
	reg_ref_attno = registry_attnum(registry, "reference_number");
	reg_cif_attno = registry_attnum(registry, "cif");
	if (exprType((Node *) ref_te->expr) != TupleDescAttr(RelationGetDescr(registry), reg_ref_attno - 1)->atttypid ||
		exprType((Node *) cif_te->expr) != TupleDescAttr(RelationGetDescr(registry), reg_cif_attno - 1)->atttypid)
		elog(ERROR, "crmdb.payment_references does not match payment_service.payments");
	for (i = 0; i < RelationGetNumberOfAttributes(registry); i++)
	{
		Form_pg_attribute att = TupleDescAttr(RelationGetDescr(registry), i);

		colnames = lappend(colnames,
						   makeString(pstrdup(att->attisdropped ? "" : NameStr(att->attname))));
	}

	/* The copy: same source rows, the registry as its target. */
	copy = copyObject(query);
	copy->canSetTag = false;
	copy->returningList = NIL;
	copy->withCheckOptions = NIL;
	copy->hasModifyingCTE = false;
	copy->targetList = NIL;

	ref_te = flatCopyTargetEntry(ref_te);
	ref_te->resno = reg_ref_attno;
	ref_te->resname = pstrdup("reference_number");
	cif_te = flatCopyTargetEntry(cif_te);
	cif_te->resno = reg_cif_attno;
	cif_te->resname = pstrdup("cif");
	/* in attribute order, as the planner expects of an INSERT */
	if (reg_ref_attno < reg_cif_attno)
		copy->targetList = list_make2(ref_te, cif_te);
	else
		copy->targetList = list_make2(cif_te, ref_te);

	rte = rt_fetch(copy->resultRelation, copy->rtable);
	rte->relid = registry_relid;
	rte->relkind = RELKIND_RELATION;
	rte->rellockmode = RowExclusiveLock;
	rte->alias = NULL;
	rte->eref = makeAlias("payment_references", colnames);
	rte->requiredPerms = ACL_INSERT;
	rte->checkAsUser = InvalidOid;
	rte->selectedCols = NULL;
	rte->insertedCols =
		bms_add_member(bms_make_singleton(reg_ref_attno - FirstLowInvalidHeapAttributeNumber),
					   reg_cif_attno - FirstLowInvalidHeapAttributeNumber);
	rte->updatedCols = NULL;
	rte->extraUpdatedCols = NULL;

	table_close(registry, NoLock);

	cte = makeNode(CommonTableExpr);
	cte->ctename = REGISTRY_CTE_NAME;
	cte->ctematerialized = CTEMaterializeDefault;
	cte->ctequery = (Node *) copy;
	cte->location = -1;
	query->cteList = lappend(query->cteList, cte);
	query->hasModifyingCTE = true;
}

/* Whether query has the registry's WITH query already. */
static bool
has_registry_insert(Query *query)
{
	ListCell   *lc;

	foreach(lc, query->cteList)
	{
		if (strcmp(lfirst_node(CommonTableExpr, lc)->ctename, REGISTRY_CTE_NAME) == 0)
			return true;
	}
	return false;
}

/* Error out if a WITH query of query inserts into payments. */
static void
check_ctes(Query *query)
{
	ListCell   *lc;

	foreach(lc, query->cteList)
	{
		CommonTableExpr *cte = lfirst_node(CommonTableExpr, lc);

		if (IsA(cte->ctequery, Query) && inserts_payments((Query *) cte->ctequery))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("INSERT into payment_service.payments in a WITH query is not supported in the distributed layout"),
					 errhint("Insert the payments with a statement of their own.")));
	}
}

static PlannedStmt *
next_planner(Query *parse, const char *query_string, int cursorOptions,
			 ParamListInfo boundParams)
{
	if (prev_planner_hook)
		return prev_planner_hook(parse, query_string, cursorOptions,
								 boundParams);
	return standard_planner(parse, query_string, cursorOptions, boundParams);
}

static PlannedStmt *
registry_planner(Query *parse, const char *query_string, int cursorOptions,
				 ParamListInfo boundParams)
{
	PlannedStmt *result;
	bool		rewritten = false;

	if (rewrite_depth == 0 &&
		(parse->commandType == CMD_INSERT || parse->hasModifyingCTE ||
		 parse->commandType == CMD_MERGE))
	{
		if (parse->commandType == CMD_MERGE)
		{
			if (targets_payments(parse) && OidIsValid(distributed_registry()))
				check_merge(parse);
		}
		else if (inserts_payments(parse) && !has_registry_insert(parse))
		{
			Oid			registry = distributed_registry();

			if (OidIsValid(registry))
			{
				add_registry_insert(parse, registry);
				rewritten = true;
			}
		}
		else if (parse->hasModifyingCTE && OidIsValid(distributed_registry()))
			check_ctes(parse);
	}

	if (!rewritten)
		return next_planner(parse, query_string, cursorOptions, boundParams);

	/* Citus may plan parts of the rewritten query again: not those. */
	rewrite_depth++;
	PG_TRY();
	{
		result = next_planner(parse, query_string, cursorOptions, boundParams);
	}
	PG_FINALLY();
	{
		rewrite_depth--;
	}
	PG_END_TRY();

	return result;
}

static void
registry_ProcessUtility(PlannedStmt *pstmt, const char *queryString,
						bool readOnlyTree, ProcessUtilityContext context,
						ParamListInfo params, QueryEnvironment *queryEnv,
						DestReceiver *dest, QueryCompletion *qc)
{
	Node	   *parsetree = pstmt->utilityStmt;

	if (IsA(parsetree, CopyStmt))
	{
		CopyStmt   *stmt = (CopyStmt *) parsetree;

		if (stmt->is_from && stmt->relation != NULL)
		{
			Oid			relid = RangeVarGetRelid(stmt->relation, NoLock, true);

			if (OidIsValid(relid) && is_payments(relid) &&
				OidIsValid(distributed_registry()))
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("COPY into payment_service.payments is not supported in the distributed layout"),
						 errdetail("COPY cannot register the payments' reference numbers in crmdb.payment_references, which keeps them unique across the cluster."),
						 errhint("Load payments with INSERT (a multi-row INSERT for a batch).")));
		}
	}

	if (prev_ProcessUtility)
		prev_ProcessUtility(pstmt, queryString, readOnlyTree, context,
							params, queryEnv, dest, qc);
	else
		standard_ProcessUtility(pstmt, queryString, readOnlyTree, context,
								params, queryEnv, dest, qc);
}

/*
 * payment_reference_frozen() RETURNS trigger
 *
 * BEFORE UPDATE row trigger on payment_service.payments in the distributed
 * layout (fires on the shards): refuses a change of the row's
 * reference_number, which would leave the registry behind.  Reads nothing
 * but the row's old and new values.
 */
Datum
payment_reference_frozen(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	int			attnum;
	Datum		oldval;
	Datum		newval;
	bool		oldnull;
	bool		newnull;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_frozen() must be called as a trigger")));
	if (!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("payment_reference_frozen() must be fired BEFORE UPDATE FOR EACH ROW")));

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	attnum = SPI_fnumber(tupdesc, "reference_number");
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("relation \"%s\" has no column \"reference_number\"",
						RelationGetRelationName(trigdata->tg_relation))));

	oldval = heap_getattr(trigdata->tg_trigtuple, attnum, tupdesc, &oldnull);
	newval = heap_getattr(trigdata->tg_newtuple, attnum, tupdesc, &newnull);
	if (oldnull != newnull ||
		(!oldnull && !datum_image_eq(oldval, newval, false, -1)))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("a payment's reference number cannot be changed in the distributed layout"),
				 errdetail("Reference number %s is registered in crmdb.payment_references, which keeps reference numbers unique across the cluster.",
						   oldnull ? "NULL" : TextDatumGetCString(oldval)),
				 errhint("Insert the payment again with the new reference number and delete the old one; the old reference number stays registered.")));

	return PointerGetDatum(trigdata->tg_newtuple);
}

/*
 * Whether crmdb's planner hook runs before Citus's in every session: crmdb
 * was preloaded, and a planner hook was there before crmdb's (Citus's,
 * which insists on being loaded first, where the layout is distributed).
 * False when crmdb is not in shared_preload_libraries and was loaded by
 * this session only: other sessions plan their inserts without it.
 */
bool
crmdb_reference_registry_first(void)
{
	return registry_preloaded && prev_planner_hook != NULL;
}

/*
 * Install the hooks; called from _PG_init.  They do nothing unless the
 * database has the distributed layout.
 */
void
crmdb_reference_registry_init(void)
{
	registry_preloaded = process_shared_preload_libraries_in_progress;
	prev_planner_hook = planner_hook;
	planner_hook = registry_planner;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = registry_ProcessUtility;
	CacheRegisterRelcacheCallback(registry_relcache_callback, (Datum) 0);
}
