/*-------------------------------------------------------------------------
 *
 * view_sources.c
 *	  What a materialized view reads, and the order in which a set of
 *	  materialized views must be refreshed.
 *
 * The sources come from the view's rewrite rule (pg_rewrite.ev_action,
 * the same query tree that REFRESH runs): every relation of the query,
 * its subqueries, CTEs and sublinks included, and recursively the
 * relations of each plain view it reads.  pg_depend alone would not do:
 * it records no dependency on pinned system objects such as pg_class.
 *
 * For change tracking a view "reads" more than the relations it names:
 *	- a table's partitions and inheritance children (a write to one of
 *	  them changes what the parent shows), found with find_all_inheritors;
 *	- a partition's ancestors (an INSERT routed through the parent is
 *	  noted on the parent only);
 *	- each plain view passed (CREATE OR REPLACE VIEW changes the result);
 *	- each function its query, or the query of a plain view passed, calls
 *	  that is not built in: CREATE OR REPLACE FUNCTION and ALTER FUNCTION
 *	  change the result without changing a table (change_tracking.c notes
 *	  the function then; a built-in function changed so counts for every
 *	  view).  Function OIDs go into the same sorted list as relations.
 * A materialized view read by the view counts as one relation: REFRESH
 * notes it, so its dependents are refreshed after it.
 *
 * Changes cannot be tracked, and the view is then refreshed by every call,
 * when its query calls a function that is not immutable (its result can
 * change without any table changing: now(), current_date, a function that
 * reads a table), or when it reads a foreign table, a sequence, a system
 * catalog (catalogs change without the executor) or crmdb's own
 * bookkeeping tables (written with noting suspended).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/view_sources.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/transam.h"
#include "catalog/catalog.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_class.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_rewrite.h"
#include "miscadmin.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "rewrite/rewriteSupport.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "distributed/distributed.h"
#include "support/support.h"
#include "refresh/refresh.h"

/* Relations and functions found in one rule's query tree */
typedef struct RelationWalk
{
	Oid			self;			/* the relation whose rule is walked */
	List	   *relids;
	List	   *funcids;		/* functions that are not built in */
} RelationWalk;

static List *select_rule_actions(Oid relid);
static bool relation_walker(Node *node, RelationWalk *walk);
static int	oid_cmp_asc(const void *a, const void *b);
static int	list_oid_name_cmp(const ListCell *a, const ListCell *b);
static List *matview_closure(CrmdbViewSources *vs);

/*
 * The action list of a view's or materialized view's ON SELECT rule.
 */
static List *
select_rule_actions(Oid relid)
{
	HeapTuple	tup;
	Datum		action;
	bool		isnull;
	List	   *actions;

	tup = SearchSysCache2(RULERELNAME, ObjectIdGetDatum(relid),
						  CStringGetDatum(ViewSelectRuleName));
	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("relation with OID %u has no rule \"%s\"",
						relid, ViewSelectRuleName),
				 errdetail("The view was probably dropped while it was being examined.")));
	action = SysCacheGetAttr(RULERELNAME, tup, Anum_pg_rewrite_ev_action,
							 &isnull);
	if (isnull)
		elog(ERROR, "rule \"%s\" of relation %u has no action",
			 ViewSelectRuleName, relid);
	actions = (List *) stringToNode(TextDatumGetCString(action));
	ReleaseSysCache(tup);
	return actions;
}

/* check_functions_in_node() callback: note a function that is not built in */
static bool
note_function(Oid funcid, void *context)
{
	RelationWalk *walk = (RelationWalk *) context;

	if (funcid >= FirstNormalObjectId)
		walk->funcids = list_append_unique_oid(walk->funcids, funcid);
	return false;
}

/*
 * Collect the OIDs of all plain relation range table entries, in every
 * subquery, CTE and sublink, and of the functions called there that are
 * not built in.
 */
static bool
relation_walker(Node *node, RelationWalk *walk)
{
	if (node == NULL)
		return false;
	(void) check_functions_in_node(node, note_function, (void *) walk);
	if (IsA(node, RangeTblEntry))
	{
		RangeTblEntry *rte = (RangeTblEntry *) node;

		/* PostgreSQL 15 view rules list the view itself as OLD and NEW */
		if (rte->rtekind == RTE_RELATION && rte->relid != walk->self)
			walk->relids = list_append_unique_oid(walk->relids, rte->relid);
		return false;
	}
	if (IsA(node, Query))
		return query_tree_walker((Query *) node, relation_walker,
								 (void *) walk, QTW_EXAMINE_RTES_BEFORE);
	return expression_tree_walker(node, relation_walker, (void *) walk);
}

static int
oid_cmp_asc(const void *a, const void *b)
{
	Oid			x = *(const Oid *) a;
	Oid			y = *(const Oid *) b;

	return (x > y) - (x < y);
}

/*
 * crmdb_view_sources
 *		What the materialized view reads; see the file header.
 */
CrmdbViewSources *
crmdb_view_sources(Oid viewid)
{
	CrmdbViewSources *vs = palloc0(sizeof(CrmdbViewSources));
	List	   *todo = list_make1_oid(viewid);
	List	   *visited = list_make1_oid(viewid);
	List	   *tracked = NIL;
	Oid			crmdb_nsp = get_namespace_oid(CRMDB_SCHEMA, true);
	Oid			state_rel = InvalidOid;
	Oid			log_rel = InvalidOid;
	ListCell   *lc;
	int			n;

	if (OidIsValid(crmdb_nsp))
	{
		state_rel = get_relname_relid("view_refresh_state", crmdb_nsp);
		log_rel = get_relname_relid("maintenance_log", crmdb_nsp);
	}

	vs->viewid = viewid;

	while (todo != NIL)
	{
		Oid			relid = linitial_oid(todo);
		List	   *actions;
		ListCell   *la;

		todo = list_delete_first(todo);
		CHECK_FOR_INTERRUPTS();

		actions = select_rule_actions(relid);
		foreach(la, actions)
		{
			Query	   *query = lfirst_node(Query, la);
			RelationWalk walk;
			ListCell   *lr;

			if (vs->untracked_reason == NULL &&
				contain_mutable_functions((Node *) query))
			{
				if (relid == viewid)
					vs->untracked_reason =
						pstrdup("its query calls functions that are not immutable");
				else
					vs->untracked_reason =
						psprintf("view %s calls functions that are not immutable",
								 crmdb_qualified_relname(relid));
			}

			walk.self = relid;
			walk.relids = NIL;
			walk.funcids = NIL;
			(void) query_tree_walker(query, relation_walker, (void *) &walk,
									 QTW_EXAMINE_RTES_BEFORE);
			tracked = list_concat(tracked, walk.funcids);

			foreach(lr, walk.relids)
			{
				Oid			r = lfirst_oid(lr);
				char		relkind = get_rel_relkind(r);

				switch (relkind)
				{
					case RELKIND_VIEW:
						tracked = lappend_oid(tracked, r);
						if (!list_member_oid(visited, r))
						{
							visited = lappend_oid(visited, r);
							todo = lappend_oid(todo, r);
						}
						break;

					case RELKIND_MATVIEW:
						vs->sources = list_append_unique_oid(vs->sources, r);
						vs->matviews = list_append_unique_oid(vs->matviews, r);
						tracked = lappend_oid(tracked, r);
						break;

					case RELKIND_RELATION:
					case RELKIND_PARTITIONED_TABLE:
						vs->sources = list_append_unique_oid(vs->sources, r);
						if (vs->untracked_reason == NULL &&
							IsCatalogRelationOid(r))
							vs->untracked_reason =
								psprintf("it reads system catalog %s",
										 crmdb_qualified_relname(r));
						if (vs->untracked_reason == NULL &&
							crmdb_is_citus_table(r))
							vs->untracked_reason =
								psprintf("it reads table %s, which Citus distributes: writes reach its shards on other nodes",
										 crmdb_qualified_relname(r));
						if (vs->untracked_reason == NULL &&
							(r == state_rel || r == log_rel))
							vs->untracked_reason =
								psprintf("it reads crmdb's own table %s",
										 crmdb_qualified_relname(r));
						/* the table and all its partitions / children */
						tracked = list_concat(tracked,
											  find_all_inheritors(r, NoLock, NULL));
						if (get_rel_relispartition(r))
							tracked = list_concat(tracked,
												  get_partition_ancestors(r));
						break;

					case RELKIND_FOREIGN_TABLE:
						vs->sources = list_append_unique_oid(vs->sources, r);
						if (vs->untracked_reason == NULL)
							vs->untracked_reason =
								psprintf("it reads foreign table %s",
										 crmdb_qualified_relname(r));
						break;

					case '\0':
						/* dropped meanwhile: REFRESH will complain */
						break;

					default:
						if (vs->untracked_reason == NULL)
							vs->untracked_reason =
								psprintf("it reads %s, whose changes are not tracked",
										 crmdb_qualified_relname(r));
						break;
				}
			}
		}
	}

	/* sorted, without duplicates */
	vs->tracked = palloc(Max(list_length(tracked), 1) * sizeof(Oid));
	n = 0;
	foreach(lc, tracked)
		vs->tracked[n++] = lfirst_oid(lc);
	if (n > 1)
		qsort(vs->tracked, n, sizeof(Oid), oid_cmp_asc);
	vs->ntracked = 0;
	for (int i = 0; i < n; i++)
	{
		if (vs->ntracked == 0 || vs->tracked[vs->ntracked - 1] != vs->tracked[i])
			vs->tracked[vs->ntracked++] = vs->tracked[i];
	}

	/* display order: by name */
	vs->sources = list_copy(vs->sources);
	if (list_length(vs->sources) > 1)
		list_sort(vs->sources, list_oid_name_cmp);

	return vs;
}

/*
 * crmdb_compare_relnames
 *		Order two relations by schema name, then name (then OID).
 */
int
crmdb_compare_relnames(Oid a, Oid b)
{
	char	   *na = get_namespace_name(get_rel_namespace(a));
	char	   *nb = get_namespace_name(get_rel_namespace(b));
	char	   *ra = get_rel_name(a);
	char	   *rb = get_rel_name(b);
	int			c;

	c = strcmp(na ? na : "", nb ? nb : "");
	if (c == 0)
		c = strcmp(ra ? ra : "", rb ? rb : "");
	if (c == 0)
		c = (a > b) - (a < b);
	return c;
}

/* list_sort comparator over OID cells, by name */
static int
list_oid_name_cmp(const ListCell *a, const ListCell *b)
{
	return crmdb_compare_relnames(lfirst_oid(a), lfirst_oid(b));
}

/*
 * All materialized views the view reads, directly or through other
 * materialized views.
 */
static List *
matview_closure(CrmdbViewSources *vs)
{
	List	   *result = list_copy(vs->matviews);
	int			i;

	/* result grows while we walk it */
	for (i = 0; i < list_length(result); i++)
	{
		Oid			m = list_nth_oid(result, i);
		CrmdbViewSources *ms;
		ListCell   *lc;

		CHECK_FOR_INTERRUPTS();
		if (m == vs->viewid || get_rel_relkind(m) != RELKIND_MATVIEW)
			continue;
		ms = crmdb_view_sources(m);
		foreach(lc, ms->matviews)
			result = list_append_unique_oid(result, lfirst_oid(lc));
	}
	return result;
}

/*
 * crmdb_order_views
 *		The sources of the given materialized views, in an order in which a
 *		view comes after every view it reads (also when it reads it through
 *		a materialized view that is not in the list).  Among views that do
 *		not depend on each other, the order is by schema and name.
 *		Returns a list of CrmdbViewSources.
 */
List *
crmdb_order_views(List *viewids)
{
	int			n = list_length(viewids);
	CrmdbViewSources **vs;
	List	  **needs;
	bool	   *done;
	List	   *result = NIL;
	int			i,
				k;

	if (n == 0)
		return NIL;

	vs = palloc(n * sizeof(CrmdbViewSources *));
	needs = palloc(n * sizeof(List *));
	done = palloc0(n * sizeof(bool));
	for (i = 0; i < n; i++)
	{
		vs[i] = crmdb_view_sources(list_nth_oid(viewids, i));
		needs[i] = matview_closure(vs[i]);
	}

	for (k = 0; k < n; k++)
	{
		int			best = -1;

		for (i = 0; i < n; i++)
		{
			bool		ready = true;
			int			j;

			if (done[i])
				continue;
			for (j = 0; j < n && ready; j++)
			{
				if (j != i && !done[j] &&
					list_member_oid(needs[i], vs[j]->viewid))
					ready = false;
			}
			if (ready &&
				(best < 0 ||
				 crmdb_compare_relnames(vs[i]->viewid, vs[best]->viewid) < 0))
				best = i;
		}
		if (best < 0)
			elog(ERROR, "materialized views depend on each other in a cycle");
		done[best] = true;
		result = lappend(result, vs[best]);
	}
	return result;
}
