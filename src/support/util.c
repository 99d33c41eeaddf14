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

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
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
