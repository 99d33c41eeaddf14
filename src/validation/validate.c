/*-------------------------------------------------------------------------
 *
 * validate.c
 *	  Running the validation rules: crmdb.validate(),
 *	  crmdb.validation_summary() and crmdb.run_validation().
 *
 * Speed.  Generic tools run one query per rule, so a table with six rules
 * is read six times.  Here all the row checks of a table (validation.h)
 * run as ONE query over the table, joined once to whatever rows they
 * need (a payment's loan, a case's current assignment):
 *
 *		SELECT <row key>,
 *			   CASE WHEN <check 1> THEN <detail 1> END, ...
 *		FROM <table> t LEFT JOIN ...
 *		WHERE <check 1> OR <check 2> OR ...
 *
 * The WHERE clause throws the clean rows away inside the scan, and the
 * target list says which checks each remaining row fails.  Cross-row
 * checks are one set-based query each (GROUP BY, window functions), and
 * the DEFAULT partition checks read only those partitions.  The checks
 * call only parallel-safe functions, and the queries run through SPI
 * without a cursor, so PostgreSQL may scan and join with parallel
 * workers.  validation_summary() counts with count(*) FILTER (WHERE ...)
 * over the same scans, which parallel aggregation splits among the
 * workers; it never moves a violating row out of the executor.
 *
 * The checks that compare every payment and every action with its loan
 * would cost a hash-join probe per row, the largest part of a run.  The
 * loan lookup of validation_lookup.c counts them instead: the loans are
 * read once per call into a compact table, passed as $1 to the count
 * queries of payments and action_records, which have no join and no WHERE
 * clause:
 *
 *		SELECT count(*) FILTER (WHERE <check 1>), ...,
 *			   (crmdb.loan_mismatches($1, t.loan_account_number, t.cif,
 *									  t.currency))[1], ...
 *		FROM payment_service.payments t
 *
 * validate() and run_validation() run that count first for such a table,
 * then the list query of only the checks that have violations, with the
 * join, ending the scan once it has the rows it needs: on clean data, no
 * payment is joined to its loan at all.  When the lookup cannot count
 * exactly (a column altered to another type or collation) or the loans do
 * not fit in the hash memory (get_hash_memory_limit()), the join counts.
 *
 * On Citus.  Where a table is distributed (doc/citus.md), its checks take
 * the forms of validation_rules.c that Citus runs on the shards, each
 * shard checking its own rows and returning counts or violations: joins,
 * groups and windows by cif, the loan joined on its account number and
 * cif.  The loan lookup is not used there: Citus would pull every row to
 * the coordinator to feed its aggregate.
 *
 * Memory.  validate() is a materialize-mode set-returning function whose
 * tuplestore spills to disk beyond work_mem; the rows of a query go
 * straight from the executor into that tuplestore through a DestReceiver
 * (no SPI result table is ever built), and a scan stops as soon as every
 * check it runs has returned p_max_per_rule rows.  run_validation() keeps
 * at most crmdb.validation_keys_per_rule keys per check.
 *
 * Consistency.  All the queries of a call run read-only in the snapshot
 * of the calling statement, so the cross-table rules of one call see one
 * state of the database.  They run with search_path = pg_catalog, pg_temp
 * and DateStyle = ISO: nothing in the session can redirect a name, and
 * dates in details look the same for everyone.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/validation/validate.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "tcop/dest.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "crmdb.h"
#include "distributed/distributed.h"
#include "validation/validation.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(validate);
PG_FUNCTION_INFO_V1(validation_summary);
PG_FUNCTION_INFO_V1(run_validation);

/* One check of an enabled rule, selected for this call */
typedef struct ValidationItem
{
	const CrmdbCheckDef *check;
	const char *rule_name;
	const char *severity;		/* as set in crmdb.validation_rules */
	Oid			relid;			/* the table reported as table_name */
	Datum		rule_name_datum;	/* text */
	Datum		severity_datum; /* text */
	int64		violations;		/* counted so far */
	int64		kept;			/* rows returned or keys kept so far */
	ArrayBuildState *keys;		/* run_validation(): the first keys */
	ArrayBuildState *details;	/* ... and their details */
	char	   *error_message;	/* run_validation(): why the check failed */
} ValidationItem;

/* One query: the row checks of a table, or one set or DEFAULT check */
typedef struct ValidationUnit
{
	Oid			relid;			/* the table the query is about */
	int			table;			/* index into crmdb_validated_tables */
	bool		distributed;	/* the table is distributed by Citus: the
								 * checks' distributed forms, no lookup */
	int			nitems;
	ValidationItem **items;
	char	   *list_sql;		/* SELECT key, detail 1, ..., detail n */
	char	   *count_sql;		/* SELECT count 1, ..., count n */
	char	   *lookup_count_sql;	/* the same counts through the loan
									 * lookup ($1), or NULL */
} ValidationUnit;

/* What the queries of one call share */
typedef struct ValidationCall
{
	bool		lookup_tried;	/* crmdb_loan_lookup_build() has run */
	bytea	   *loan_lookup;	/* the loan lookup, or NULL if too large */
} ValidationCall;

/* Receives the rows of a list query */
typedef struct ValidationReceiver
{
	DestReceiver pub;
	ValidationUnit *unit;
	int64		cap;			/* rows or keys per check; -1: no limit */
	bool		stop_at_cap;	/* end the scan when every check is capped */
	bool		counted;		/* the items' violations are known: do not
								 * count, end the scan when all are kept */
	Tuplestorestate *tupstore;	/* validate(): where rows go, or NULL */
	TupleDesc	tupdesc;
	MemoryContext keep_cxt;		/* run_validation(): where keys go */
} ValidationReceiver;

/* The settings of a rule, read from crmdb.validation_rules */
typedef struct RuleSetting
{
	bool		found;
	bool		enabled;
	char	   *severity;
} RuleSetting;

/*
 * The OID of a table of the spec, or InvalidOid when it does not exist.
 */
static Oid
validated_table_oid(int table)
{
	const CrmdbValidatedTable *t = &crmdb_validated_tables[table];
	Oid			nspid = get_namespace_oid(t->schema, true);

	if (!OidIsValid(nspid))
		return InvalidOid;
	return get_relname_relid(t->table, nspid);
}

/*
 * Pin the settings the generated SQL relies on, the work_mem of its joins
 * and sorts (crmdb.validation_work_mem), the planner's cost of a row
 * passing a Gather, and no JIT; returns the GUC nest level to pass to
 * AtEOXact_GUC().
 */
static int
pin_settings(void)
{
	int			nestlevel = NewGUCNestLevel();

	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("datestyle", "ISO, YMD",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	/*
	 * The planner expects most rows to pass a WHERE clause of inequalities,
	 * and would keep a list query serial rather than pass them all through
	 * a Gather.  Violations are rare: make passing a row cheap, so that the
	 * scans and joins of validate() go parallel like those of the counts.
	 */
	(void) set_config_option("parallel_tuple_cost", "0.001",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	/*
	 * Each query reads its table once: compiling its expressions (tens of
	 * milliseconds in every parallel worker) costs more than it saves.
	 * Measured at the large scale: the count of the payments, the one query
	 * above jit_above_cost, took less CPU and time without.
	 */
	(void) set_config_option("jit", "off",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (crmdb_validation_work_mem > 0)
	{
		char		buf[32];

		snprintf(buf, sizeof(buf), "%dkB", crmdb_validation_work_mem);
		(void) set_config_option("work_mem", buf,
								 PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
	}
	return nestlevel;
}

/*
 * Read enabled and severity of every rule from crmdb.validation_rules.
 * settings has crmdb_num_rule_defs entries.
 */
static void
read_rule_settings(RuleSetting *settings)
{
	uint64		i;
	int			r;

	crmdb_spi_exec_args("SELECT rule_name, severity, enabled"
						" FROM crmdb.validation_rules",
						0, NULL, NULL, NULL, true, SPI_OK_SELECT);

	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	tupdesc = SPI_tuptable->tupdesc;
		char	   *rule_name = SPI_getvalue(tuple, tupdesc, 1);
		char	   *severity = SPI_getvalue(tuple, tupdesc, 2);
		bool		isnull;
		Datum		enabled = SPI_getbinval(tuple, tupdesc, 3, &isnull);

		r = rule_name ? crmdb_find_rule(rule_name) : -1;
		if (r < 0)
		{
			ereport(WARNING,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("crmdb.validation_rules holds unknown rule \"%s\", which is ignored",
							rule_name ? rule_name : "(null)")));
			continue;
		}
		settings[r].found = true;
		settings[r].enabled = !isnull && DatumGetBool(enabled);
		settings[r].severity = severity ? severity : pstrdup(crmdb_rule_defs[r].severity);
	}

	for (r = 0; r < crmdb_num_rule_defs; r++)
	{
		if (settings[r].found)
			continue;

		/*
		 * Before ALTER EXTENSION crmdb UPDATE, a rule of the newer library
		 * may read columns the update adds: it waits for the update.
		 */
		if (!crmdb_catalog_is_current())
		{
			ereport(WARNING,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("validation rule \"%s\" is not checked until crmdb is updated",
							crmdb_rule_defs[r].rule_name),
					 errdetail("The rule comes with crmdb %s; this database has crmdb %s.",
							   CRMDB_VERSION, crmdb_catalog_version()),
					 errhint("Run ALTER EXTENSION crmdb UPDATE.")));
			settings[r].enabled = false;
			settings[r].severity = pstrdup(crmdb_rule_defs[r].severity);
			continue;
		}
		ereport(WARNING,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("validation rule \"%s\" is missing from crmdb.validation_rules",
						crmdb_rule_defs[r].rule_name),
				 errdetail("The rule is checked with its default severity \"%s\".",
						   crmdb_rule_defs[r].severity),
				 errhint("INSERT INTO crmdb.validation_rules (rule_name, table_names, description, severity) VALUES ('%s', '{}', '', '%s') restores it.",
						 crmdb_rule_defs[r].rule_name,
						 crmdb_rule_defs[r].severity)));
		settings[r].enabled = true;
		settings[r].severity = pstrdup(crmdb_rule_defs[r].severity);
	}
}

/*
 * Which rules p_rules selects (all when NULL); unknown names are errors.
 */
static void
select_rules(ArrayType *p_rules, bool *selected)
{
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;

	if (p_rules == NULL)
	{
		for (i = 0; i < crmdb_num_rule_defs; i++)
			selected[i] = true;
		return;
	}

	memset(selected, 0, crmdb_num_rule_defs * sizeof(bool));
	deconstruct_array(p_rules, TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	for (i = 0; i < nelems; i++)
	{
		char	   *name;
		int			r;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("p_rules must not contain NULL"),
					 errhint("Valid rules are: %s.", crmdb_rule_name_list())));
		name = TextDatumGetCString(elems[i]);
		r = crmdb_find_rule(name);
		if (r < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown validation rule \"%s\"", name),
					 errhint("Valid rules are: %s.", crmdb_rule_name_list())));
		selected[r] = true;
	}
}

/*
 * Which tables p_tables selects (all when NULL); a relation that is not a
 * table of the spec is an error, and so is one the caller may not read.
 * relids[t] gets the OID of each table, InvalidOid when it does not exist.
 */
static void
select_tables(ArrayType *p_tables, bool *selected, Oid *relids)
{
	Datum	   *elems;
	bool	   *nulls;
	int			nelems;
	int			i;
	int			t;

	for (t = 0; t < crmdb_num_validated_tables; t++)
	{
		relids[t] = validated_table_oid(t);
		selected[t] = (p_tables == NULL);
	}
	if (p_tables == NULL)
		return;

	deconstruct_array(p_tables, REGCLASSOID, sizeof(Oid), true, TYPALIGN_INT,
					  &elems, &nulls, &nelems);
	for (i = 0; i < nelems; i++)
	{
		Oid			relid;
		AclResult	aclresult;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("p_tables must not contain NULL"),
					 errhint("Valid tables are: %s.", crmdb_table_name_list())));
		relid = DatumGetObjectId(elems[i]);
		for (t = 0; t < crmdb_num_validated_tables; t++)
		{
			if (OidIsValid(relids[t]) && relids[t] == relid)
				break;
		}
		if (t == crmdb_num_validated_tables)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_TABLE),
					 errmsg("relation %s is not a table of the crmdb service schemas",
							crmdb_qualified_relname(relid)),
					 errdetail("Validation rules are defined on the tables crmdb.install() creates; partitions are validated through their parent."),
					 errhint("Valid tables are: %s.", crmdb_table_name_list())));

		aclresult = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);
		if (aclresult != ACLCHECK_OK)
			aclcheck_error(aclresult, OBJECT_TABLE, get_rel_name(relid));
		selected[t] = true;
	}
}

static ValidationItem *
make_item(const CrmdbCheckDef *check, RuleSetting *setting, Oid relid)
{
	ValidationItem *item = palloc0(sizeof(ValidationItem));

	item->check = check;
	item->rule_name = crmdb_rule_defs[check->rule].rule_name;
	item->severity = setting->severity;
	item->relid = relid;
	item->rule_name_datum = CStringGetTextDatum(item->rule_name);
	item->severity_datum = CStringGetTextDatum(item->severity);
	return item;
}

static char *
table_sql_name(int table)
{
	return quote_qualified_identifier(crmdb_validated_tables[table].schema,
									  crmdb_validated_tables[table].table);
}

/*
 * " FROM <table> t LEFT JOIN ...": the table of a row unit and the joins
 * its items need; with lookup, the joins of the items that the loan
 * lookup does not count.
 */
static char *
row_from_clause(ValidationUnit *unit, bool lookup)
{
	StringInfoData from;
	int			joins = 0;
	int			bit;
	int			i;

	for (i = 0; i < unit->nitems; i++)
	{
		if (!(lookup && unit->items[i]->check->lookup != 0))
			joins |= unit->items[i]->check->joins;
	}

	initStringInfo(&from);
	appendStringInfo(&from, " FROM %s t", table_sql_name(unit->table));
	for (bit = 0; bit < CRMDB_NUM_JOINS; bit++)
	{
		if (joins & (1 << bit))
			appendStringInfo(&from, " %s",
							 crmdb_join_sql(1 << bit, unit->distributed));
	}
	return from.data;
}

/* " WHERE <check 1> OR <check 2> ...": the rows failing any item */
static char *
row_where_clause(ValidationUnit *unit)
{
	StringInfoData where;
	int			i;

	initStringInfo(&where);
	appendStringInfoString(&where, " WHERE ");
	for (i = 0; i < unit->nitems; i++)
		appendStringInfo(&where, "%s(%s)", i > 0 ? " OR " : "",
						 crmdb_check_predicate(unit->items[i]->check,
											   unit->distributed));
	return where.data;
}

/*
 * The list query of the row checks of a unit: the row key, then for each
 * item its detail when the row fails it, NULL otherwise.
 */
static char *
row_list_sql(ValidationUnit *unit)
{
	StringInfoData list;
	int			i;

	initStringInfo(&list);
	appendStringInfo(&list, "SELECT %s",
					 crmdb_validated_tables[unit->table].row_key);
	for (i = 0; i < unit->nitems; i++)
		appendStringInfo(&list,
						 ", CASE WHEN (%s) THEN coalesce((%s), '') END",
						 crmdb_check_predicate(unit->items[i]->check,
											   unit->distributed),
						 crmdb_check_detail(unit->items[i]->check,
											unit->distributed));
	appendStringInfoString(&list, row_from_clause(unit, false));
	appendStringInfoString(&list, row_where_clause(unit));
	return list.data;
}

/*
 * The row checks of one table as one list query and one count query, and,
 * when some of them compare the row with its loan and the loan lookup can
 * count them exactly, a count query through the lookup.
 */
static void
build_row_unit(ValidationUnit *unit)
{
	StringInfoData count;
	bool		has_lookup = false;
	bool		with_currency = false;
	int			i;

	unit->list_sql = row_list_sql(unit);

	initStringInfo(&count);
	appendStringInfoString(&count, "SELECT ");
	for (i = 0; i < unit->nitems; i++)
		appendStringInfo(&count, "%scount(*) FILTER (WHERE %s)",
						 i > 0 ? ", " : "",
						 crmdb_check_predicate(unit->items[i]->check,
											   unit->distributed));
	appendStringInfoString(&count, row_from_clause(unit, false));
	appendStringInfoString(&count, row_where_clause(unit));
	unit->count_sql = count.data;

	for (i = 0; i < unit->nitems; i++)
	{
		if (unit->items[i]->check->lookup != 0)
			has_lookup = true;
		if (unit->items[i]->check->lookup == CRMDB_LOOKUP_CURRENCY)
			with_currency = true;
	}
	if (!has_lookup || unit->distributed ||
		!crmdb_loan_lookup_usable(unit->relid, with_currency))
		return;

	/*
	 * Every row goes to the lookup's aggregate, so there is no WHERE clause:
	 * the other checks count their own rows with FILTER.  All the lookup
	 * items call the aggregate with the same arguments, which the planner
	 * computes once.
	 */
	initStringInfo(&count);
	appendStringInfoString(&count, "SELECT ");
	for (i = 0; i < unit->nitems; i++)
	{
		const CrmdbCheckDef *check = unit->items[i]->check;

		if (i > 0)
			appendStringInfoString(&count, ", ");
		if (check->lookup != 0)
			appendStringInfo(&count,
							 "(crmdb.loan_mismatches($1, t.%s, t.%s, %s))[%d]",
							 quote_identifier(CRMDB_LOOKUP_KEY_COLUMN),
							 quote_identifier(CRMDB_LOOKUP_CIF_COLUMN),
							 with_currency ?
							 psprintf("t.%s",
									  quote_identifier(CRMDB_LOOKUP_CURRENCY_COLUMN)) :
							 "NULL",
							 check->lookup);
		else
			appendStringInfo(&count, "count(*) FILTER (WHERE %s)",
							 check->predicate);
	}
	appendStringInfoString(&count, row_from_clause(unit, true));
	unit->lookup_count_sql = count.data;
}

/*
 * A DEFAULT partition check: the rows of the table's DEFAULT partition, as
 * found in pg_partitioned_table.partdefid now.  No DEFAULT partition (or a
 * table that is not partitioned any more, which verify_schema() reports)
 * leaves nothing to read.
 */
static void
build_default_partition_unit(ValidationUnit *unit, int table)
{
	const CrmdbValidatedTable *t = &crmdb_validated_tables[table];
	Oid			defid = get_default_partition_oid(unit->relid);
	char	   *defname;
	const char *column;
	StringInfoData sql;

	if (!OidIsValid(defid) || t->partition_column == NULL)
		return;

	defname = crmdb_qualified_relname(defid);
	column = quote_identifier(t->partition_column);

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT t.id::text, format('%%s %%s is in the DEFAULT partition %%s', %s, t.%s, %s)"
					 " FROM ONLY %s t",
					 quote_literal_cstr(t->partition_column), column,
					 quote_literal_cstr(defname), defname);
	unit->list_sql = sql.data;
	unit->count_sql = psprintf("SELECT count(*) FROM ONLY %s", defname);
}

static ValidationUnit *
new_unit(Oid relid, int table, int maxitems)
{
	ValidationUnit *unit = palloc0(sizeof(ValidationUnit));

	unit->relid = relid;
	unit->table = table;
	unit->distributed = crmdb_is_citus_table(relid);
	unit->items = palloc0(maxitems * sizeof(ValidationItem *));
	return unit;
}

/*
 * The queries a call runs, for the enabled rules that p_rules and p_tables
 * select (NULL: all), in the order of the table definitions.  Errors out
 * on bad input before any table is read.
 */
static List *
plan_validation(ArrayType *p_tables, ArrayType *p_rules)
{
	RuleSetting *settings = palloc0(crmdb_num_rule_defs * sizeof(RuleSetting));
	bool	   *rule_selected = palloc(crmdb_num_rule_defs * sizeof(bool));
	bool	   *table_selected = palloc(crmdb_num_validated_tables * sizeof(bool));
	Oid		   *relids = palloc(crmdb_num_validated_tables * sizeof(Oid));
	List	   *units = NIL;
	int			t;
	int			c;

	select_rules(p_rules, rule_selected);
	select_tables(p_tables, table_selected, relids);
	read_rule_settings(settings);

	for (t = 0; t < crmdb_num_validated_tables; t++)
	{
		ValidationUnit *row_unit = NULL;

		if (!table_selected[t])
			continue;

		for (c = 0; c < crmdb_num_check_defs; c++)
		{
			const CrmdbCheckDef *check = &crmdb_check_defs[c];
			ValidationUnit *unit;

			if (check->table != t || !rule_selected[check->rule] ||
				!settings[check->rule].enabled)
				continue;

			if (!OidIsValid(relids[t]))
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_TABLE),
						 errmsg("table %s.%s does not exist",
								crmdb_validated_tables[t].schema,
								crmdb_validated_tables[t].table),
						 errdetail("Validation rule \"%s\" checks this table.",
								   crmdb_rule_defs[check->rule].rule_name),
						 errhint("Run crmdb.install() to create the service schemas, or crmdb.verify_schema() to see what differs from what it created.")));

			if (check->kind == CRMDB_CHECK_ROW)
			{
				if (row_unit == NULL)
				{
					row_unit = new_unit(relids[t], t, crmdb_num_check_defs);
					units = lappend(units, row_unit);
				}
				unit = row_unit;
			}
			else
			{
				unit = new_unit(relids[t], t, 1);
				units = lappend(units, unit);
			}
			unit->items[unit->nitems++] = make_item(check,
													&settings[check->rule],
													relids[t]);
			if (check->kind == CRMDB_CHECK_SET)
			{
				const char *query = crmdb_check_query(check,
													  unit->distributed);

				unit->list_sql = pstrdup(query);
				unit->count_sql = psprintf("SELECT count(*) FROM (%s) s",
										   query);
			}
			else if (check->kind == CRMDB_CHECK_DEFAULT_PARTITION)
				build_default_partition_unit(unit, t);
		}
		if (row_unit != NULL)
			build_row_unit(row_unit);
	}
	return units;
}

/* ----------------------------------------------------------------
 *		The DestReceiver of the list queries
 * ----------------------------------------------------------------
 */

static void
validation_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
	ValidationReceiver *r = (ValidationReceiver *) self;

	if (typeinfo->natts != r->unit->nitems + 1)
		elog(ERROR, "validation query returned %d columns, expected %d",
			 typeinfo->natts, r->unit->nitems + 1);
}

/*
 * How many rows of an item the receiver keeps: the cap, and when the
 * violations are known, no more than there are.
 */
static inline int64
item_target(ValidationReceiver *r, ValidationItem *item)
{
	if (!r->counted)
		return r->cap;
	return r->cap < 0 ? item->violations : Min(r->cap, item->violations);
}

static bool
validation_receive(TupleTableSlot *slot, DestReceiver *self)
{
	ValidationReceiver *r = (ValidationReceiver *) self;
	ValidationUnit *unit = r->unit;
	bool		all_done = true;
	Datum		key;
	bool		keynull;
	int			i;

	slot_getallattrs(slot);
	keynull = slot->tts_isnull[0];
	key = keynull ? (Datum) 0 :
		PointerGetDatum(PG_DETOAST_DATUM_PACKED(slot->tts_values[0]));

	for (i = 0; i < unit->nitems; i++)
	{
		ValidationItem *item = unit->items[i];
		int64		target = item_target(r, item);

		if (!slot->tts_isnull[i + 1])
		{
			if (!r->counted)
				item->violations++;
			if (target < 0 || item->kept < target)
			{
				Datum		detail = PointerGetDatum(PG_DETOAST_DATUM_PACKED(slot->tts_values[i + 1]));

				item->kept++;
				if (r->tupstore != NULL)
				{
					Datum		values[5];
					bool		nulls[5] = {false, false, false, false, false};

					values[0] = item->rule_name_datum;
					values[1] = item->severity_datum;
					values[2] = ObjectIdGetDatum(item->relid);
					values[3] = key;
					nulls[3] = keynull;
					values[4] = detail;
					tuplestore_putvalues(r->tupstore, r->tupdesc, values, nulls);
				}
				else
				{
					item->keys = accumArrayResult(item->keys, key, keynull,
												  TEXTOID, r->keep_cxt);
					item->details = accumArrayResult(item->details, detail,
													 false, TEXTOID,
													 r->keep_cxt);
				}
			}
		}
		if (target < 0 || item->kept < target)
			all_done = false;
	}

	/* false ends the scan: nothing more would be returned */
	return !((r->stop_at_cap || r->counted) && all_done);
}

static void
validation_shutdown(DestReceiver *self)
{
}

static void
validation_destroy(DestReceiver *self)
{
}

/*
 * Run the list query of a unit, passing its rows to the receiver.
 */
static void
run_list_query(ValidationUnit *unit, ValidationReceiver *receiver)
{
	SPIExecuteOptions options;
	int			rc;

	receiver->pub.receiveSlot = validation_receive;
	receiver->pub.rStartup = validation_startup;
	receiver->pub.rShutdown = validation_shutdown;
	receiver->pub.rDestroy = validation_destroy;
	receiver->pub.mydest = DestTuplestore;
	receiver->unit = unit;

	if (unit->list_sql == NULL)
		return;

	memset(&options, 0, sizeof(options));
	options.read_only = true;
	options.dest = (DestReceiver *) receiver;
	rc = SPI_execute_extended(unit->list_sql, &options);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_extended failed (%s) for: %s",
			 SPI_result_code_string(rc), unit->list_sql);
}

/*
 * Set the items' violations from the one row of a count query.
 */
static void
store_counts(ValidationUnit *unit, const char *sql)
{
	int			i;

	if (SPI_processed != 1 || SPI_tuptable->tupdesc->natts != unit->nitems)
		elog(ERROR, "validation count query returned an unexpected result: %s",
			 sql);
	for (i = 0; i < unit->nitems; i++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, i + 1, &isnull);

		unit->items[i]->violations = isnull ? 0 : DatumGetInt64(d);
	}
	SPI_freetuptable(SPI_tuptable);
}

/*
 * Run the count query of a unit, setting the items' violations.
 */
static void
run_count_query(ValidationUnit *unit)
{
	if (unit->count_sql == NULL)
		return;

	crmdb_spi_exec_args(unit->count_sql, 0, NULL, NULL, NULL, true,
						SPI_OK_SELECT);
	store_counts(unit, unit->count_sql);
}

/*
 * Count the violations of a unit through the loan lookup, building the
 * lookup at the first unit of the call that needs it.  Returns false, with
 * nothing counted, when the unit has no lookup query or the loans do not
 * fit in a lookup.
 */
static bool
run_lookup_count_query(ValidationUnit *unit, ValidationCall *call)
{
	Oid			argtypes[1] = {BYTEAOID};
	SPIPlanPtr	plan;
	ParamListInfo params;
	SPIExecuteOptions options;
	int			rc;

	if (unit->lookup_count_sql == NULL)
		return false;
	if (!call->lookup_tried)
	{
		Size		limit = get_hash_memory_limit();

		call->lookup_tried = true;
		call->loan_lookup = crmdb_loan_lookup_build(limit);
		if (call->loan_lookup == NULL)
			ereport(DEBUG1,
					(errmsg_internal("loans exceed a lookup of %zu bytes: checked through the join",
									 limit)));
		else
			ereport(DEBUG1,
					(errmsg_internal("loan lookup of %zu bytes built",
									 (Size) VARSIZE(call->loan_lookup))));
	}
	if (call->loan_lookup == NULL)
		return false;

	/*
	 * The lookup goes to the query as a parameter that is not marked
	 * constant: the planner would otherwise fold it into the plan, which is
	 * sent to parallel workers as text.  Parameters reach them in binary.
	 */
	plan = SPI_prepare_cursor(unit->lookup_count_sql, 1, argtypes,
							  CURSOR_OPT_PARALLEL_OK);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare_cursor failed (%s) for: %s",
			 SPI_result_code_string(SPI_result), unit->lookup_count_sql);
	params = makeParamList(1);
	params->params[0].value = PointerGetDatum(call->loan_lookup);
	params->params[0].isnull = false;
	params->params[0].pflags = 0;
	params->params[0].ptype = BYTEAOID;

	memset(&options, 0, sizeof(options));
	options.params = params;
	options.read_only = true;
	rc = SPI_execute_plan_extended(plan, &options);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan_extended failed (%s) for: %s",
			 SPI_result_code_string(rc), unit->lookup_count_sql);
	store_counts(unit, unit->lookup_count_sql);
	SPI_freeplan(plan);
	return true;
}

/*
 * The items of a row unit that have violations, as a unit of their own
 * with its list query; NULL when there are none.  The items are shared:
 * what the list query keeps goes to the unit's items.
 */
static ValidationUnit *
violating_items(ValidationUnit *unit)
{
	ValidationUnit *sub = new_unit(unit->relid, unit->table, unit->nitems);
	int			i;

	for (i = 0; i < unit->nitems; i++)
	{
		if (unit->items[i]->violations > 0)
			sub->items[sub->nitems++] = unit->items[i];
	}
	if (sub->nitems == 0)
		return NULL;
	sub->list_sql = row_list_sql(sub);
	return sub;
}

/*
 * The rows of a unit that violate its checks, passed to the receiver
 * (whose cap, stop_at_cap and where the rows go are set).  A unit that
 * the loan lookup can count is counted first, and only its items with
 * violations are listed, the scan ending once all are found; the others
 * are listed and counted in one scan.
 */
static void
run_unit_list(ValidationUnit *unit, ValidationCall *call,
			  ValidationReceiver *receiver)
{
	if (run_lookup_count_query(unit, call))
	{
		ValidationUnit *sub = violating_items(unit);

		if (sub == NULL || receiver->cap == 0)
			return;
		receiver->counted = true;
		run_list_query(sub, receiver);
	}
	else
		run_list_query(unit, receiver);
}

static ArrayType *
array_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? NULL : PG_GETARG_ARRAYTYPE_P(argno);
}

/*
 * validate(p_tables regclass[] DEFAULT NULL, p_rules text[] DEFAULT NULL,
 *			p_max_per_rule int DEFAULT 100)
 * RETURNS TABLE (rule_name text, severity text, table_name regclass,
 *				  row_key text, detail text)
 *
 * The rows that violate the enabled rules: p_tables and p_rules narrow the
 * tables and rules (NULL: all), p_max_per_rule caps the rows returned for
 * each rule and table (NULL: no cap).  row_key is the natural key of the
 * row (the customer for per-customer rules), detail names the bad value.
 */
Datum
validate(PG_FUNCTION_ARGS)
{
	ArrayType  *p_tables = array_arg(fcinfo, 0);
	ArrayType  *p_rules = array_arg(fcinfo, 1);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int64		cap = -1;
	int			nestlevel;
	ValidationCall call;
	List	   *units;
	ListCell   *lc;

	if (!PG_ARGISNULL(2))
	{
		int32		max_per_rule = PG_GETARG_INT32(2);

		if (max_per_rule < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("p_max_per_rule must not be negative"),
					 errhint("Pass NULL to return every violating row.")));
		cap = max_per_rule;
	}

	InitMaterializedSRF(fcinfo, 0);

	nestlevel = pin_settings();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	units = plan_validation(p_tables, p_rules);
	memset(&call, 0, sizeof(call));
	if (cap != 0)
	{
		foreach(lc, units)
		{
			ValidationReceiver receiver;

			memset(&receiver, 0, sizeof(receiver));
			receiver.cap = cap;
			receiver.stop_at_cap = true;
			receiver.tupstore = rsinfo->setResult;
			receiver.tupdesc = rsinfo->setDesc;
			run_unit_list((ValidationUnit *) lfirst(lc), &call, &receiver);
			CHECK_FOR_INTERRUPTS();
		}
	}

	SPI_finish();
	AtEOXact_GUC(true, nestlevel);

	return (Datum) 0;
}

/*
 * validation_summary(p_tables regclass[] DEFAULT NULL,
 *					  p_rules text[] DEFAULT NULL)
 * RETURNS TABLE (rule_name text, severity text, table_name regclass,
 *				  violations bigint)
 *
 * One row per enabled rule and table that p_tables and p_rules select
 * (NULL: all), counting every violation; zeros included.
 */
Datum
validation_summary(PG_FUNCTION_ARGS)
{
	ArrayType  *p_tables = array_arg(fcinfo, 0);
	ArrayType  *p_rules = array_arg(fcinfo, 1);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			nestlevel;
	ValidationCall call;
	List	   *units;
	ListCell   *lc;

	InitMaterializedSRF(fcinfo, 0);

	nestlevel = pin_settings();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	units = plan_validation(p_tables, p_rules);
	memset(&call, 0, sizeof(call));
	foreach(lc, units)
	{
		ValidationUnit *unit = (ValidationUnit *) lfirst(lc);
		int			i;

		if (!run_lookup_count_query(unit, &call))
			run_count_query(unit);
		for (i = 0; i < unit->nitems; i++)
		{
			ValidationItem *item = unit->items[i];
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};

			values[0] = item->rule_name_datum;
			values[1] = item->severity_datum;
			values[2] = ObjectIdGetDatum(item->relid);
			values[3] = Int64GetDatum(item->violations);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc,
								 values, nulls);
		}
		CHECK_FOR_INTERRUPTS();
	}

	SPI_finish();
	AtEOXact_GUC(true, nestlevel);

	return (Datum) 0;
}

/*
 * "rule_a, rule_b": the rules a unit checks, for messages.
 */
static char *
unit_rule_names(ValidationUnit *unit)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < unit->nitems; i++)
		appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "",
						 unit->items[i]->rule_name);
	return buf.data;
}

/*
 * Run one unit for run_validation(), keeping the first keys of each check
 * and counting all its violations.  A failing query (a column someone
 * altered, a table the caller may not read) fails only this unit: it is
 * rolled back to a savepoint, its checks are recorded with the error, and
 * the run goes on with the next unit.  A cancel is never swallowed.
 */
static void
run_unit_keeping_keys(ValidationUnit *unit, ValidationCall *call, int64 cap,
					  MemoryContext keep_cxt)
{
	MemoryContext oldcontext = CurrentMemoryContext;
	ResourceOwner oldowner = CurrentResourceOwner;
	TimestampTz started = GetCurrentTimestamp();

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(oldcontext);

	PG_TRY();
	{
		ValidationReceiver receiver;

		memset(&receiver, 0, sizeof(receiver));
		receiver.cap = cap;
		receiver.stop_at_cap = false;
		receiver.keep_cxt = keep_cxt;
		run_unit_list(unit, call, &receiver);

		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;
		CrmdbLogEntry entry;
		char	   *rules;
		int			i;

		MemoryContextSwitchTo(keep_cxt);
		edata = CopyErrorData();
		if (edata->sqlerrcode == ERRCODE_QUERY_CANCELED ||
			edata->sqlerrcode == ERRCODE_ADMIN_SHUTDOWN)
			PG_RE_THROW();
		FlushErrorState();

		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(oldcontext);
		CurrentResourceOwner = oldowner;

		for (i = 0; i < unit->nitems; i++)
		{
			ValidationItem *item = unit->items[i];

			item->violations = 0;
			item->kept = 0;
			item->keys = NULL;
			item->details = NULL;
			item->error_message = edata->message;
		}

		rules = unit_rule_names(unit);
		ereport(WARNING,
				(errcode(edata->sqlerrcode),
				 errmsg("validation of %s failed: %s",
						crmdb_qualified_relname(unit->relid), edata->message),
				 errdetail("Not checked: %s.", rules)));

		memset(&entry, 0, sizeof(entry));
		entry.area = "validation";
		entry.object_name = crmdb_qualified_relname(unit->relid);
		entry.action = "failed";
		entry.detail = rules;
		entry.rows_affected = -1;
		entry.started_at = started;
		entry.duration_ms = crmdb_elapsed_ms(started);
		entry.success = false;
		entry.sqlstate = unpack_sql_state(edata->sqlerrcode);
		entry.error_message = edata->message;
		crmdb_log_write(&entry);
	}
	PG_END_TRY();
}

/*
 * run_validation() RETURNS bigint
 *
 * Runs every enabled rule and stores the run in crmdb.validation_runs and
 * its counts, with the first crmdb.validation_keys_per_rule keys and
 * details of each rule and table, in crmdb.validation_results; keeps the
 * last crmdb.validation_runs_kept runs.  Returns the run id.  Meant for
 * pg_cron; crmdb.validation_changes shows what is new since the run
 * before.
 */
Datum
run_validation(PG_FUNCTION_ARGS)
{
	TimestampTz started = GetCurrentTimestamp();
	int			keys_per_rule = crmdb_validation_keys_per_rule;
	MemoryContext run_cxt;
	MemoryContext oldcxt;
	int			nestlevel;
	int64		run_id;
	int64		error_violations = 0;
	int64		warning_violations = 0;
	int			nchecks = 0;
	int			nfailed = 0;
	ValidationCall call;
	List	   *units;
	ListCell   *lc;
	CrmdbLogEntry entry;

	run_cxt = AllocSetContextCreate(CurrentMemoryContext,
									"crmdb run_validation",
									ALLOCSET_DEFAULT_SIZES);

	nestlevel = pin_settings();
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* the run itself */
	{
		Oid			argtypes[2] = {TIMESTAMPTZOID, INT4OID};
		Datum		values[2];
		bool		isnull;

		values[0] = TimestampTzGetDatum(started);
		values[1] = Int32GetDatum(keys_per_rule);
		crmdb_spi_exec_args("INSERT INTO crmdb.validation_runs"
							" (started_at, keys_per_rule) VALUES ($1, $2)"
							" RETURNING run_id",
							2, argtypes, values, NULL, false,
							SPI_OK_INSERT_RETURNING);
		run_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
											 SPI_tuptable->tupdesc, 1,
											 &isnull));
	}

	oldcxt = MemoryContextSwitchTo(run_cxt);
	units = plan_validation(NULL, NULL);
	MemoryContextSwitchTo(oldcxt);

	memset(&call, 0, sizeof(call));
	foreach(lc, units)
	{
		run_unit_keeping_keys((ValidationUnit *) lfirst(lc), &call,
							  keys_per_rule, run_cxt);
		CHECK_FOR_INTERRUPTS();
	}

	/* the results, one row per rule and table */
	foreach(lc, units)
	{
		ValidationUnit *unit = (ValidationUnit *) lfirst(lc);
		int			i;

		for (i = 0; i < unit->nitems; i++)
		{
			ValidationItem *item = unit->items[i];
			const CrmdbValidatedTable *table = &crmdb_validated_tables[item->check->table];
			Oid			argtypes[8] = {INT8OID, TEXTOID, TEXTOID, TEXTOID,
			INT8OID, TEXTARRAYOID, TEXTARRAYOID, TEXTOID};
			Datum		values[8];
			char		nulls[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};

			nchecks++;
			values[0] = Int64GetDatum(run_id);
			values[1] = CStringGetTextDatum(item->rule_name);
			values[2] = CStringGetTextDatum(psprintf("%s.%s", table->schema,
													 table->table));
			values[3] = CStringGetTextDatum(item->severity);
			values[4] = Int64GetDatum(item->violations);
			values[5] = item->keys ?
				makeArrayResult(item->keys, CurrentMemoryContext) :
				PointerGetDatum(construct_empty_array(TEXTOID));
			values[6] = item->details ?
				makeArrayResult(item->details, CurrentMemoryContext) :
				PointerGetDatum(construct_empty_array(TEXTOID));
			if (item->error_message != NULL)
			{
				nfailed++;
				nulls[4] = 'n';
				values[7] = CStringGetTextDatum(item->error_message);
			}
			else
			{
				nulls[7] = 'n';
				if (strcmp(item->severity, "error") == 0)
					error_violations += item->violations;
				else
					warning_violations += item->violations;
			}
			crmdb_spi_exec_args("INSERT INTO crmdb.validation_results"
								" (run_id, rule_name, table_name, severity,"
								"  violations, row_keys, details, error_message)"
								" VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
								8, argtypes, values, nulls, false,
								SPI_OK_INSERT);
		}
	}

	/* close the run */
	{
		Oid			argtypes[6] = {INT8OID, FLOAT8OID, INT4OID, INT4OID,
		INT8OID, INT8OID};
		Datum		values[6];

		values[0] = Int64GetDatum(run_id);
		values[1] = Float8GetDatum(crmdb_elapsed_ms(started));
		values[2] = Int32GetDatum(nchecks);
		values[3] = Int32GetDatum(nfailed);
		values[4] = Int64GetDatum(error_violations);
		values[5] = Int64GetDatum(warning_violations);
		crmdb_spi_exec_args("UPDATE crmdb.validation_runs"
							" SET finished_at = clock_timestamp(),"
							"     duration_ms = $2, checks = $3,"
							"     failed_checks = $4, error_violations = $5,"
							"     warning_violations = $6"
							" WHERE run_id = $1",
							6, argtypes, values, NULL, false, SPI_OK_UPDATE);
	}

	/* bounded history: the results go with their run (ON DELETE CASCADE) */
	{
		Oid			argtypes[1] = {INT4OID};
		Datum		values[1] = {Int32GetDatum(crmdb_validation_runs_kept)};

		crmdb_spi_exec_args("DELETE FROM crmdb.validation_runs"
							" WHERE run_id <= (SELECT v.run_id"
							"  FROM crmdb.validation_runs v"
							"  ORDER BY v.run_id DESC OFFSET $1 LIMIT 1)",
							1, argtypes, values, NULL, false, SPI_OK_DELETE);
	}

	memset(&entry, 0, sizeof(entry));
	entry.area = "validation";
	entry.object_name = NULL;
	entry.action = "validated";
	entry.detail = psprintf("run " INT64_FORMAT ": " INT64_FORMAT " error and "
							INT64_FORMAT " warning violations in %d checks, %d failed",
							run_id, error_violations, warning_violations,
							nchecks, nfailed);
	entry.rows_affected = error_violations + warning_violations;
	entry.started_at = started;
	entry.duration_ms = crmdb_elapsed_ms(started);
	entry.success = (nfailed == 0);
	crmdb_log_write(&entry);
	crmdb_log_prune();

	SPI_finish();
	AtEOXact_GUC(true, nestlevel);
	MemoryContextDelete(run_cxt);

	PG_RETURN_INT64(run_id);
}
