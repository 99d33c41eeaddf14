/*-------------------------------------------------------------------------
 *
 * health.c
 *	  What the view crmdb.health needs beyond plain SQL: the number of rows
 *	  in the DEFAULT partition of a partitioned table.
 *
 * crmdb.health is a view over the tables and views of the other parts
 * (extension/60_schedule.sql).  A view cannot count the rows of a table it
 * only knows by OID, and the planner's estimate (pg_class.reltuples) is
 * useless here: a DEFAULT partition that received its first rows since the
 * last ANALYZE still says 0 or -1.  crmdb.default_partition_rows() counts
 * them, up to a limit, so that a DEFAULT partition that has grown large
 * (the very thing health warns about) costs no more than reading the limit.
 *
 * A number of rows is a statistic, not data: besides a role that may read
 * the partition, a monitoring role with the privileges of
 * pg_read_all_stats (pg_monitor) may ask for it.  The count itself runs as
 * the partition's owner, in a security-restricted operation with a safe
 * search_path, like the maintenance does.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/operations/health.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_authid.h"
#include "catalog/pg_class.h"
#include "catalog/pg_partitioned_table.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(default_partition_rows);


/*
 * default_partition_rows(p_parent regclass, p_limit bigint DEFAULT 1000000)
 * RETURNS bigint
 *
 * The number of rows in the DEFAULT partition of the partitioned table
 * p_parent, counting at most p_limit of them (so the result is p_limit when
 * there are p_limit or more).  NULL when the table has no DEFAULT
 * partition.  The caller needs SELECT on the DEFAULT partition, or the
 * privileges of pg_read_all_stats.
 */
Datum
default_partition_rows(PG_FUNCTION_ARGS)
{
	Oid			parent = PG_GETARG_OID(0);
	int64		limit = PG_GETARG_INT64(1);
	HeapTuple	tuple;
	Oid			defid;
	AclResult	aclresult;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	char	   *sql;
	bool		isnull;
	int64		result;
	Oid			save_userid;
	int			save_sec_context;
	int			save_nestlevel;

	if (limit < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("limit must not be negative")));

	if (get_rel_relkind(parent) != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a partitioned table",
						get_rel_name(parent) ? get_rel_name(parent) : "?")));

	tuple = SearchSysCache1(PARTRELID, ObjectIdGetDatum(parent));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for partition key of relation %u", parent);
	defid = ((Form_pg_partitioned_table) GETSTRUCT(tuple))->partdefid;
	ReleaseSysCache(tuple);

	if (!OidIsValid(defid))
		PG_RETURN_NULL();

	aclresult = pg_class_aclcheck(defid, GetUserId(), ACL_SELECT);
	if (aclresult != ACLCHECK_OK &&
		!has_privs_of_role(GetUserId(), ROLE_PG_READ_ALL_STATS))
		aclcheck_error(aclresult, OBJECT_TABLE, get_rel_name(defid));

	sql = psprintf("SELECT pg_catalog.count(*) FROM"
				   " (SELECT 1 FROM ONLY %s LIMIT $1) s",
				   crmdb_qualified_relname(defid));
	values[0] = Int64GetDatum(limit);

	/* Count as the partition's owner, like REFRESH MATERIALIZED VIEW runs. */
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(crmdb_relation_owner(defid),
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	crmdb_spi_exec_args(sql, 1, argtypes, values, NULL, true, SPI_OK_SELECT);
	result = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
										 SPI_tuptable->tupdesc, 1, &isnull));
	SPI_finish();

	AtEOXact_GUC(true, save_nestlevel);
	SetUserIdAndSecContext(save_userid, save_sec_context);

	PG_RETURN_INT64(result);
}
