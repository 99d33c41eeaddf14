/*-------------------------------------------------------------------------
 *
 * partition_swap.c
 *	  The swap drain: a DEFAULT partition that holds rows of the range
 *	  being drained and of no other range becomes that range's partition,
 *	  and a new, empty table becomes DEFAULT.
 *
 * The move (partition_ops.c) and the copy drain (partition_copy.c) read
 * every row of the range, write it again, and build the new partition's
 * indexes over those rows: for a million payments most of the unit's time
 * goes to the index builds.  When DEFAULT holds the range's rows and no
 * other, none of that is needed: DEFAULT already is the table the range
 * needs, indexes included.  The unit
 *
 *	1. prepares the new DEFAULT: the standalone table of partition_ops.c's
 *	   step 2, without its bound constraint, with the parent's indexes
 *	   (built on an empty table, so that ATTACH only adopts them);
 *	2. takes the final locks (crmdb_partition_lock_set(): the parent and
 *	   DEFAULT in ACCESS EXCLUSIVE mode, the tables the foreign keys
 *	   involve in SHARE ROW EXCLUSIVE mode, never waiting for one while
 *	   holding another);
 *	3. proves, under the latest snapshot, that DEFAULT holds no row whose
 *	   key is NULL or outside the range: three probes, answered by the
 *	   key's index.  No writer of DEFAULT is under way any more, so the
 *	   snapshot sees every row DEFAULT will ever hold until the commit;
 *	4. detaches DEFAULT, gives it the new partition's name (and its
 *	   indexes the names the new partition's indexes get otherwise), gives
 *	   the new table DEFAULT's old name and attaches it as DEFAULT; then
 *	   attaches the old DEFAULT for [lo, hi) with a CHECK constraint that
 *	   step 3 proved, marked valid without a scan, so that ATTACH does not
 *	   read it either, and drops that constraint.
 *
 * Nothing under the locks reads a row of DEFAULT beyond the probes: what
 * they cost does not depend on DEFAULT's size, cached or not.  No row is
 * written: nothing waits for the unit before its final locks, no row is
 * locked, logical replication sees no change of any row, and a snapshot
 * taken before the unit's commit still sees every row of the range (the
 * rows do not move; compare TRUNCATE's caveat in partition_copy.c).
 *
 * The swap changes which table is DEFAULT, so it applies only when nothing
 * but the parent refers to DEFAULT (crmdb_drain_swap_possible()): a view,
 * rule, policy, publication, statistics object, trigger, index or
 * constraint of DEFAULT's own would follow the rows into the new
 * partition.  Otherwise the copy drain or the move applies, as before.
 * crmdb.partition_drain_swap = off turns the swap off.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition_swap.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_class.h"
#include "commands/comment.h"
#include "commands/defrem.h"
#include "commands/tablecmds.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "partition/partition.h"
#include "support/support.h"

/*
 * Whether DEFAULT has something of its own that would follow its rows
 * into the new partition: a view or rule reading it, a policy, a
 * publication naming it, extended statistics, a trigger that is not a
 * clone of the parent's, a constraint or index that is not the parent's.
 */
static bool
default_has_own_objects(Oid defpart)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(defpart)};
	bool		isnull;

	crmdb_spi_exec_args("SELECT EXISTS (SELECT FROM pg_catalog.pg_depend"
						"  WHERE refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
						"  AND refobjid OPERATOR(pg_catalog.=) $1"
						"  AND classid IN ('pg_catalog.pg_rewrite'::pg_catalog.regclass,"
						"                  'pg_catalog.pg_policy'::pg_catalog.regclass,"
						"                  'pg_catalog.pg_publication_rel'::pg_catalog.regclass,"
						"                  'pg_catalog.pg_statistic_ext'::pg_catalog.regclass))"
						" OR EXISTS (SELECT FROM pg_catalog.pg_trigger"
						"  WHERE tgrelid OPERATOR(pg_catalog.=) $1"
						"  AND tgparentid OPERATOR(pg_catalog.=) 0 AND NOT tgisinternal)"
						" OR EXISTS (SELECT FROM pg_catalog.pg_constraint"
						"  WHERE conrelid OPERATOR(pg_catalog.=) $1"
						"  AND conparentid OPERATOR(pg_catalog.=) 0"
						"  AND coninhcount OPERATOR(pg_catalog.=) 0)"
						" OR EXISTS (SELECT FROM pg_catalog.pg_index i"
						"  WHERE i.indrelid OPERATOR(pg_catalog.=) $1"
						"  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits h"
						"   WHERE h.inhrelid OPERATOR(pg_catalog.=) i.indexrelid))",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);
	return DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull));
}

static Oid
rel_owner(Oid relid)
{
	HeapTuple	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

/*
 * crmdb_drain_swap_possible
 *		Whether [lo, hi) can leave DEFAULT by the swap: allowed by
 *		crmdb.partition_drain_swap; DEFAULT a permanent plain table in the
 *		parent's schema and tablespace, without row-level security, owned
 *		by the parent's owner, which the unit's role is (or a superuser),
 *		with no trigger events pending in this
 *		transaction (ALTER TABLE refuses them); no foreign key referencing
 *		the parent or DEFAULT (DETACH would check the referencing rows);
 *		nothing of DEFAULT's own (default_has_own_objects()); and no row of
 *		DEFAULT with a key outside the range or none.
 */
bool
crmdb_drain_swap_possible(const CrmdbPartConfig *config, Oid defpart,
						  int64 lo, int64 hi)
{
	HeapTuple	tuple;
	Form_pg_class form;
	bool		plain;

	if (!crmdb_partition_drain_swap)
		return false;

	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(defpart));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", defpart);
	form = (Form_pg_class) GETSTRUCT(tuple);
	plain = form->relkind == RELKIND_RELATION &&
		form->relowner == rel_owner(config->parent) &&
		form->relpersistence == RELPERSISTENCE_PERMANENT &&
		!form->relrowsecurity && !form->relforcerowsecurity &&
		form->relnamespace == get_rel_namespace(config->parent) &&
		form->reltablespace == get_rel_tablespace(config->parent);
	ReleaseSysCache(tuple);

	if (!plain ||
		!pg_class_ownercheck(defpart, GetUserId()) ||
		AfterTriggerPendingOnRel(defpart) ||
		crmdb_default_referenced(config->parent, defpart) ||
		default_has_own_objects(defpart))
		return false;

	return crmdb_default_only_range(config, defpart, lo, hi, false);
}

/* The rows DEFAULT holds, counted before the final locks. */
int64
crmdb_drain_swap_count(Oid defpart)
{
	bool		isnull;

	crmdb_spi_exec(psprintf("SELECT pg_catalog.count(*) FROM ONLY %s",
							crmdb_qualified_relname(defpart)),
				   SPI_OK_SELECT);
	return DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
									   SPI_tuptable->tupdesc, 1, &isnull));
}

static void
rename_relation(Oid relid, const char *name, bool is_index)
{
	RenameRelationInternal(relid, name, false, is_index);
	CommandCounterIncrement();
}

/*
 * Rename the indexes whose names begin with from (the name of their table,
 * as PostgreSQL chooses index names) to begin with to instead, where the
 * new name fits and is free.
 */
static void
rename_indexes(List *indexes, Oid nspoid, const char *from, const char *to)
{
	size_t		fromlen = strlen(from);
	ListCell   *lc;

	foreach(lc, indexes)
	{
		Oid			index = lfirst_oid(lc);
		char	   *name = get_rel_name(index);

		if (strncmp(name, from, fromlen) != 0)
			continue;
		name = psprintf("%s%s", to, name + fromlen);
		if (strlen(name) < NAMEDATALEN &&
			!OidIsValid(get_relname_relid(name, nspoid)))
			rename_relation(index, name, true);
	}
}

static List *
index_list(Oid relid)
{
	Relation	rel = table_open(relid, NoLock);
	List	   *indexes = RelationGetIndexList(rel);

	table_close(rel, NoLock);
	return indexes;
}

/*
 * crmdb_drain_swap
 *		Steps 3 and 4 of the file header, under the final locks: DEFAULT
 *		(defpart) becomes the partition of [lo, hi), under the name of the
 *		prepared table child, which becomes DEFAULT under DEFAULT's name.
 */
void
crmdb_drain_swap(const CrmdbPartConfig *config, Oid defpart, Oid child,
				 int64 lo, int64 hi)
{
	Oid			parent = config->parent;
	Oid			nspoid = get_rel_namespace(defpart);
	char	   *parent_name = crmdb_qualified_relname(parent);
	char	   *defname = get_rel_name(defpart);
	char	   *newname = get_rel_name(child);
	char	   *tmpname;
	char	   *comment;
	List	   *def_indexes = index_list(defpart);
	List	   *child_indexes = index_list(child);

	if (!crmdb_default_only_range(config, defpart, lo, hi, true))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("DEFAULT partition \"%s\" received rows outside the range being drained",
						crmdb_qualified_relname(defpart)),
				 errdetail("The swap drain makes the DEFAULT partition the partition of the range, so it may hold only rows of that range."),
				 errhint("Run the maintenance again: it moves the rows one by one when DEFAULT holds rows of other ranges.")));

	comment = GetComment(defpart, RelationRelationId, 0);

	crmdb_spi_exec(psprintf("ALTER TABLE %s DETACH PARTITION %s", parent_name,
							crmdb_qualified_relname(defpart)),
				   SPI_OK_UTILITY);

	/*
	 * Names: DEFAULT's to the new table, the new table's to DEFAULT, by way
	 * of a free name; their indexes' names follow.
	 */
	tmpname = ChooseRelationName("crmdb", NULL, "swap", nspoid, false);
	rename_relation(child, tmpname, false);
	rename_indexes(child_indexes, nspoid, newname, tmpname);
	rename_relation(defpart, newname, false);
	rename_indexes(def_indexes, nspoid, defname, newname);
	rename_relation(child, defname, false);
	rename_indexes(child_indexes, nspoid, tmpname, defname);

	/*
	 * What belongs to DEFAULT goes with its name: its comment and its
	 * privileges; the partition gets the parent's privileges and no
	 * comment, as a partition made by the other ways does.  All three
	 * tables have the same owner (see crmdb_drain_swap_possible()).
	 */
	CreateComments(child, RelationRelationId, 0, comment);
	CreateComments(defpart, RelationRelationId, 0, NULL);
	crmdb_copy_privileges(defpart, child);
	crmdb_copy_privileges(parent, defpart);

	crmdb_spi_exec(psprintf("ALTER TABLE %s ATTACH PARTITION %s DEFAULT",
							parent_name, crmdb_qualified_relname(child)),
				   SPI_OK_UTILITY);

	crmdb_add_proven_bound(parent, defpart, lo, hi, false,
						   CRMDB_BOUND_CONSTRAINT);
	crmdb_spi_exec(psprintf("ALTER TABLE %s ATTACH PARTITION %s FOR VALUES FROM (%s) TO (%s)",
							parent_name, crmdb_qualified_relname(defpart),
							crmdb_bound_literal(lo, config->keytype),
							crmdb_bound_literal(hi, config->keytype)),
				   SPI_OK_UTILITY);
	crmdb_spi_exec(psprintf("ALTER TABLE %s DROP CONSTRAINT %s",
							crmdb_qualified_relname(defpart),
							CRMDB_BOUND_CONSTRAINT),
				   SPI_OK_UTILITY);
}
