/*-------------------------------------------------------------------------
 *
 * partition_config.c
 *	  crmdb.partition_config: checking its rows when they are written, and
 *	  reading them back for the maintenance.
 *
 * A row names a range-partitioned table and how crmdb rolls its
 * partitions over.  The BEFORE INSERT OR UPDATE trigger
 * crmdb.partition_config_check() rejects anything the maintenance could
 * not carry out, with a message that says what to write instead: a table
 * that is not range-partitioned by one date or timestamp column, an
 * interval that is not one of the five calendar intervals, a negative
 * premake, retention that is not a positive interval, 'archive' without
 * an existing archive schema.  It fills in control_column when it is left
 * out.  The maintenance checks the row again when it reads it, because the
 * table may have changed since (or the row may have come from a restore
 * run with triggers disabled).
 *
 * Configuration values are names, never SQL: control_column must be the
 * partition key's column and archive_schema an existing schema, and both
 * only ever reach SQL through quote_identifier().
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition_config.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/partition.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/partcache.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "partition/partition.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(partition_config_check);

/* Column numbers of crmdb.partition_config */
#define Natts_partition_config				7
#define Anum_pc_parent_table				1
#define Anum_pc_control_column				2
#define Anum_pc_partition_interval			3
#define Anum_pc_premake						4
#define Anum_pc_retention					5
#define Anum_pc_retention_action			6
#define Anum_pc_archive_schema				7

#define CRMDB_MAX_PREMAKE 1000

/*
 * check_table
 *		Check that a table is range-partitioned by one column of type
 *		date, timestamp or timestamptz, and (if control_column is not NULL)
 *		that this is the column named.  Returns the key column's number,
 *		type and name.
 */
static void
check_table(Oid parent, const char *control_column,
			AttrNumber *keyattno, Oid *keytype, char **keyname)
{
	Relation	rel;
	PartitionKey key;
	char	   *relname;
	AttrNumber	attno;
	Oid			typid;
	char	   *attname;

	if (!SearchSysCacheExists1(RELOID, ObjectIdGetDatum(parent)))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", parent),
				 errhint("Delete the configuration of tables that were dropped from crmdb.partition_config.")));

	rel = relation_open(parent, AccessShareLock);
	relname = crmdb_qualified_relname(parent);

	if (rel->rd_rel->relkind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a partitioned table", relname),
				 errdetail("crmdb maintains the partitions of tables that are range-partitioned by a date or timestamp column."),
				 errhint("Create the table with PARTITION BY RANGE on its date or timestamp column.")));

	key = RelationGetPartitionKey(rel);
	if (key->strategy != PARTITION_STRATEGY_RANGE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("table \"%s\" is not partitioned by range", relname),
				 errdetail("crmdb maintains the partitions of tables that are range-partitioned by a date or timestamp column.")));
	if (key->partnatts != 1 || key->partattrs[0] == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("table \"%s\" is not partitioned by a single column", relname),
				 errdetail("crmdb supports a partition key of one plain column, not several columns or an expression.")));

	attno = key->partattrs[0];
	typid = key->parttypid[0];
	attname = pstrdup(NameStr(TupleDescAttr(RelationGetDescr(rel), attno - 1)->attname));

	if (typid != DATEOID && typid != TIMESTAMPOID && typid != TIMESTAMPTZOID)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("partition key column \"%s\" of table \"%s\" has type %s",
						attname, relname, format_type_be(typid)),
				 errdetail("crmdb supports partition keys of type date, timestamp and timestamp with time zone.")));

	if (control_column != NULL && strcmp(control_column, attname) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("control column \"%s\" is not the partition key of table \"%s\"",
						control_column, relname),
				 errdetail("Table \"%s\" is partitioned by column \"%s\".",
						   relname, attname),
				 errhint("Set control_column to \"%s\", or leave it out.", attname)));

	relation_close(rel, NoLock);

	*keyattno = attno;
	*keytype = typid;
	*keyname = attname;
}

/*
 * Check the values of a configuration row other than the table.
 * relname is used in messages; nspoid is the table's schema.
 */
static void
check_config_values(const char *relname, Oid nspoid, Oid owner,
					Interval *interval, bool interval_null,
					int32 premake, bool premake_null,
					Interval *retention, bool retention_null,
					const char *action, const char *archive_schema,
					CrmdbInterval *iv_out, char *action_out)
{
	CrmdbInterval iv;

	if (interval_null || !crmdb_interval_from_interval(interval, &iv))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unsupported partition interval %s for table \"%s\"",
						interval_null ? "NULL" :
						quote_literal_cstr(DatumGetCString(DirectFunctionCall1(interval_out,
																			   IntervalPGetDatum(interval)))),
						relname),
				 errdetail("Partitions follow calendar boundaries, so the interval must be exactly one of the supported ones."),
				 errhint("Use one of '1 day', '1 week', '1 month', '3 months' or '1 year'.")));

	if (premake_null || premake < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("premake for table \"%s\" must be zero or positive", relname),
				 errdetail("premake is the number of intervals after the current one that get partitions ahead of time."),
				 errhint("The default, 4, keeps a year of quarterly partitions ready.")));
	if (premake > CRMDB_MAX_PREMAKE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("premake for table \"%s\" must be at most %d", relname,
						CRMDB_MAX_PREMAKE),
				 errhint("Use a longer partition interval instead.")));

	if (!retention_null &&
		(retention->month < 0 || retention->day < 0 || retention->time < 0 ||
		 (retention->month == 0 && retention->day == 0 && retention->time == 0)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retention for table \"%s\" must be a positive interval", relname),
				 errhint("Use NULL to keep partitions forever.")));

	if (action == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retention action for table \"%s\" must not be null", relname),
				 errhint("Valid retention actions are \"detach\", \"drop\" and \"archive\".")));
	if (strcmp(action, "detach") == 0)
		*action_out = 'd';
	else if (strcmp(action, "drop") == 0)
		*action_out = 'D';
	else if (strcmp(action, "archive") == 0)
		*action_out = 'a';
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid retention action \"%s\" for table \"%s\"",
						action, relname),
				 errhint("Valid retention actions are \"detach\", \"drop\" and \"archive\".")));

	if (*action_out == 'a')
	{
		Oid			archive_nsp;

		if (archive_schema == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("retention action \"archive\" for table \"%s\" needs an archive schema",
							relname),
					 errhint("Set archive_schema to the schema that retired partitions are moved to.")));
		archive_nsp = get_namespace_oid(archive_schema, true);
		if (!OidIsValid(archive_nsp))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_SCHEMA),
					 errmsg("archive schema \"%s\" for table \"%s\" does not exist",
							archive_schema, relname),
					 errhint("Create the schema first; archive_schema is a schema name, not SQL.")));
		if (archive_nsp == nspoid)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("archive schema \"%s\" for table \"%s\" is the table's own schema",
							archive_schema, relname),
					 errhint("Use retention action \"detach\" to keep retired partitions next to the table.")));
		if (pg_namespace_aclcheck(archive_nsp, owner, ACL_CREATE) != ACLCHECK_OK)
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("owner of table \"%s\" has no CREATE privilege on archive schema \"%s\"",
							relname, archive_schema),
					 errdetail("Partitions are archived by their owner, \"%s\".",
							   GetUserNameFromId(owner, false)),
					 errhint("GRANT CREATE ON SCHEMA %s TO %s;",
							 quote_identifier(archive_schema),
							 quote_identifier(GetUserNameFromId(owner, false)))));
	}
	else if (archive_schema != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("archive schema is set for table \"%s\" but its retention action is \"%s\"",
						relname, action),
				 errhint("Set retention_action to 'archive', or archive_schema to NULL.")));

	*iv_out = iv;
}

/*
 * partition_config_check() RETURNS trigger
 *
 * BEFORE INSERT OR UPDATE row trigger of crmdb.partition_config: rejects a
 * row the maintenance could not carry out, and fills in control_column
 * from the table's partition key when it is NULL.  Only the owner of a
 * table (or a superuser) may configure it: the configuration decides
 * whether its partitions get dropped.
 */
Datum
partition_config_check(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	HeapTuple	tuple;
	Datum		values[Natts_partition_config];
	bool		nulls[Natts_partition_config];
	Oid			parent;
	char	   *control_column;
	AttrNumber	keyattno;
	Oid			keytype;
	char	   *keyname;
	char	   *relname;
	char	   *action;
	char	   *archive_schema;
	CrmdbInterval iv;
	char		action_code;
	Form_pg_class classform;
	HeapTuple	classtup;
	Oid			nspoid;
	Oid			owner;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("partition_config_check: not called by trigger manager")));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("partition_config_check must be fired BEFORE INSERT OR UPDATE ... FOR EACH ROW")));

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	if (tupdesc->natts != Natts_partition_config)
		elog(ERROR, "crmdb.partition_config has %d columns, expected %d",
			 tupdesc->natts, Natts_partition_config);
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	heap_deform_tuple(tuple, tupdesc, values, nulls);

	if (nulls[Anum_pc_parent_table - 1])
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("parent_table must not be null")));
	parent = DatumGetObjectId(values[Anum_pc_parent_table - 1]);

	control_column = nulls[Anum_pc_control_column - 1] ? NULL :
		NameStr(*DatumGetName(values[Anum_pc_control_column - 1]));

	check_table(parent, control_column,
								&keyattno, &keytype, &keyname);
	relname = crmdb_qualified_relname(parent);

	if (!pg_class_ownercheck(parent, GetUserId()))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("must be owner of table %s to configure its partitions",
						relname)));

	classtup = SearchSysCache1(RELOID, ObjectIdGetDatum(parent));
	if (!HeapTupleIsValid(classtup))
		elog(ERROR, "cache lookup failed for relation %u", parent);
	classform = (Form_pg_class) GETSTRUCT(classtup);
	nspoid = classform->relnamespace;
	owner = classform->relowner;
	ReleaseSysCache(classtup);

	action = nulls[Anum_pc_retention_action - 1] ? NULL :
		TextDatumGetCString(values[Anum_pc_retention_action - 1]);
	archive_schema = nulls[Anum_pc_archive_schema - 1] ? NULL :
		NameStr(*DatumGetName(values[Anum_pc_archive_schema - 1]));

	check_config_values(relname, nspoid, owner,
						nulls[Anum_pc_partition_interval - 1] ? NULL :
						DatumGetIntervalP(values[Anum_pc_partition_interval - 1]),
						nulls[Anum_pc_partition_interval - 1],
						nulls[Anum_pc_premake - 1] ? 0 :
						DatumGetInt32(values[Anum_pc_premake - 1]),
						nulls[Anum_pc_premake - 1],
						nulls[Anum_pc_retention - 1] ? NULL :
						DatumGetIntervalP(values[Anum_pc_retention - 1]),
						nulls[Anum_pc_retention - 1],
						action, archive_schema, &iv, &action_code);

	if (control_column == NULL)
	{
		int			col = Anum_pc_control_column;
		Datum		keydatum = DirectFunctionCall1(namein, CStringGetDatum(keyname));
		bool		keynull = false;

		tuple = heap_modify_tuple_by_cols(tuple, tupdesc, 1, &col,
										  &keydatum, &keynull);
	}

	return PointerGetDatum(tuple);
}

/*
 * crmdb_load_partition_config
 *		Read and check the configuration of one table.  The caller is
 *		connected to SPI.
 */
void
crmdb_load_partition_config(Oid parent, CrmdbPartConfig *config)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1];
	HeapTuple	tuple;
	TupleDesc	tupdesc;
	Datum		values[Natts_partition_config];
	bool		nulls[Natts_partition_config];
	char	   *relname;
	char	   *keyname;
	AttrNumber	keyattno;
	Oid			keytype;
	char	   *action;
	HeapTuple	classtup;
	Form_pg_class classform;
	Oid			nspoid;
	Oid			owner;

	args[0] = ObjectIdGetDatum(parent);
	crmdb_spi_exec_args("SELECT parent_table, control_column, partition_interval,"
						" premake, retention, retention_action, archive_schema"
						" FROM crmdb.partition_config"
						" WHERE parent_table OPERATOR(pg_catalog.=) $1::pg_catalog.regclass",
						1, argtypes, args, NULL, false, SPI_OK_SELECT);

	if (SPI_processed == 0)
	{
		/* a table that could not be configured: say why */
		check_table(parent, NULL, &keyattno, &keytype, &keyname);
		relname = crmdb_qualified_relname(parent);
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("table \"%s\" is not configured for partition maintenance",
						relname),
				 errhint("Add it to crmdb.partition_config first, e.g. INSERT INTO crmdb.partition_config (parent_table) VALUES (%s);",
						 quote_literal_cstr(relname))));
	}

	tuple = SPI_tuptable->vals[0];
	tupdesc = SPI_tuptable->tupdesc;
	heap_deform_tuple(tuple, tupdesc, values, nulls);

	memset(config, 0, sizeof(*config));
	config->parent = parent;
	check_table(parent,
								nulls[Anum_pc_control_column - 1] ? NULL :
								NameStr(*DatumGetName(values[Anum_pc_control_column - 1])),
								&config->keyattno, &config->keytype, &keyname);
	config->control_column = keyname;
	relname = crmdb_qualified_relname(parent);

	classtup = SearchSysCache1(RELOID, ObjectIdGetDatum(parent));
	if (!HeapTupleIsValid(classtup))
		elog(ERROR, "cache lookup failed for relation %u", parent);
	classform = (Form_pg_class) GETSTRUCT(classtup);
	nspoid = classform->relnamespace;
	owner = classform->relowner;
	ReleaseSysCache(classtup);

	action = nulls[Anum_pc_retention_action - 1] ? NULL :
		TextDatumGetCString(values[Anum_pc_retention_action - 1]);
	config->archive_schema = nulls[Anum_pc_archive_schema - 1] ? NULL :
		pstrdup(NameStr(*DatumGetName(values[Anum_pc_archive_schema - 1])));
	config->premake = nulls[Anum_pc_premake - 1] ? 0 :
		DatumGetInt32(values[Anum_pc_premake - 1]);
	config->has_retention = !nulls[Anum_pc_retention - 1];
	if (config->has_retention)
		config->retention = *DatumGetIntervalP(values[Anum_pc_retention - 1]);

	check_config_values(relname, nspoid, owner,
						nulls[Anum_pc_partition_interval - 1] ? NULL :
						DatumGetIntervalP(values[Anum_pc_partition_interval - 1]),
						nulls[Anum_pc_partition_interval - 1],
						config->premake, nulls[Anum_pc_premake - 1],
						config->has_retention ? &config->retention : NULL,
						!config->has_retention,
						action, config->archive_schema,
						&config->interval, &config->retention_action);
}

/*
 * crmdb_configured_parents
 *		The OIDs of all configured tables, ordered by schema and name
 *		(rows naming a table that no longer exists come last).  The caller
 *		is connected to SPI.
 */
List *
crmdb_configured_parents(void)
{
	List	   *result = NIL;

	crmdb_spi_exec("SELECT c.parent_table::pg_catalog.oid"
				   " FROM crmdb.partition_config c"
				   " LEFT JOIN pg_catalog.pg_class r"
				   "   ON r.oid OPERATOR(pg_catalog.=) c.parent_table"
				   " LEFT JOIN pg_catalog.pg_namespace n"
				   "   ON n.oid OPERATOR(pg_catalog.=) r.relnamespace"
				   " ORDER BY n.nspname, r.relname, 1",
				   SPI_OK_SELECT);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[i],
									  SPI_tuptable->tupdesc, 1, &isnull);

		result = lappend_oid(result, DatumGetObjectId(d));
	}
	return result;
}
