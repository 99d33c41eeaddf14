/*-------------------------------------------------------------------------
 *
 * util.c
 *	  Small SPI and identifier helpers shared by the files of crmdb.
 *
 * Every identifier that reaches SQL goes through quote_identifier(), and
 * every value through SPI parameters: nothing built here is ever taken
 * from user text unquoted.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/support/util.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "access/xact.h"
#include "nodes/makefuncs.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "support/support.h"

/*
 * crmdb_qualified_relname
 *		The quoted, schema-qualified name of a relation, palloc'd in the
 *		current memory context.
 */
char *
crmdb_qualified_relname(Oid relid)
{
	char	   *relname = get_rel_name(relid);
	char	   *nspname;

	if (relname == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	nspname = get_namespace_name(get_rel_namespace(relid));
	return quote_qualified_identifier(nspname, relname);
}

/*
 * crmdb_relation_owner
 *		The owner of a relation.
 */
Oid
crmdb_relation_owner(Oid relid)
{
	HeapTuple	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tuple))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation with OID %u does not exist", relid)));
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

/*
 * crmdb_schema_oid
 *		OID of the extension's own schema.
 */
Oid
crmdb_schema_oid(void)
{
	return get_namespace_oid(CRMDB_SCHEMA, false);
}

/*
 * crmdb_spi_exec
 *		Run a statement without parameters; fail unless SPI returns
 *		expected_rc (pass 0 to accept any non-error code).  Returns the
 *		SPI return code.
 */
int
crmdb_spi_exec(const char *sql, int expected_rc)
{
	return crmdb_spi_exec_args(sql, 0, NULL, NULL, NULL, false, expected_rc);
}

/*
 * crmdb_spi_exec_args
 *		Run a statement with $n parameters.
 */
int
crmdb_spi_exec_args(const char *sql, int nargs, Oid *argtypes,
					Datum *values, const char *nulls,
					bool read_only, int expected_rc)
{
	int			rc;

	if (nargs > 0)
		rc = SPI_execute_with_args(sql, nargs, argtypes, values, nulls,
								   read_only, 0);
	else
		rc = SPI_execute(sql, read_only, 0);

	if (rc < 0 || (expected_rc != 0 && rc != expected_rc))
		elog(ERROR, "SPI_execute failed (%s) for: %s",
			 SPI_result_code_string(rc), sql);
	return rc;
}

/*
 * crmdb_catalog_version
 *		The version of crmdb installed in the current database (the
 *		extversion of pg_extension), palloc'd; NULL when crmdb is not
 *		installed.  The library may be newer: after a new package is
 *		installed and before ALTER EXTENSION crmdb UPDATE, it is.
 */
char *
crmdb_catalog_version(void)
{
	Oid			extoid = get_extension_oid("crmdb", true);
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	char	   *result = NULL;

	if (!OidIsValid(extoid))
		return NULL;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber,
				F_OIDEQ, ObjectIdGetDatum(extoid));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
	{
		bool		isnull;
		Datum		version = heap_getattr(tuple, Anum_pg_extension_extversion,
										   RelationGetDescr(rel), &isnull);

		if (!isnull)
			result = text_to_cstring(DatumGetTextPP(version));
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);

	return result;
}

/*
 * crmdb_catalog_is_current
 *		True when the SQL objects of crmdb in this database are those of
 *		the library's own version (CRMDB_VERSION): ALTER EXTENSION crmdb
 *		UPDATE has nothing left to do.
 */
bool
crmdb_catalog_is_current(void)
{
	char	   *version = crmdb_catalog_version();

	return version != NULL && strcmp(version, CRMDB_VERSION) == 0;
}

/*
 * crmdb_result_rel_open
 *		An executor state for writing rows into rel (opened by the caller in
 *		RowExclusiveLock) with its indexes kept up, for crmdb's writes that
 *		do not go through SQL: the change logs, the payment reference
 *		registry, the rows of an incrementally refreshed view.  *rri is rel
 *		as a result relation with its indexes open, *slot a virtual slot of
 *		its row type.  Undone by crmdb_result_rel_close(), or on error by
 *		the (sub)transaction's abort.
 */
EState *
crmdb_result_rel_open(Relation rel, ResultRelInfo **rri, TupleTableSlot **slot)
{
	EState	   *estate = CreateExecutorState();
	RangeTblEntry *rte = makeNode(RangeTblEntry);

	rte->rtekind = RTE_RELATION;
	rte->relid = RelationGetRelid(rel);
	rte->relkind = rel->rd_rel->relkind;
	rte->rellockmode = RowExclusiveLock;
	ExecInitRangeTable(estate, list_make1(rte));
	estate->es_output_cid = GetCurrentCommandId(true);
	*rri = makeNode(ResultRelInfo);
	InitResultRelInfo(*rri, rel, 1, NULL, 0);
	ExecOpenIndices(*rri, false);
	*slot = ExecInitExtraTupleSlot(estate, RelationGetDescr(rel),
								   &TTSOpsVirtual);
	return estate;
}

/*
 * crmdb_result_rel_close
 *		Close what crmdb_result_rel_open() opened (not the relation).
 */
void
crmdb_result_rel_close(EState *estate, ResultRelInfo *rri)
{
	ExecCloseIndices(rri);
	ExecResetTupleTable(estate->es_tupleTable, false);
	FreeExecutorState(estate);
}
