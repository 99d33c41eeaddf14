/*-------------------------------------------------------------------------
 *
 * payment_reference_repair.c
 *	  crmdb.repair_payment_references(): register the payments that the
 *	  registry crmdb.payment_references is missing.
 *
 * The registry's triggers (payment_reference.c) keep it exact on every
 * path they see; rows that come in where they do not fire (ATTACH
 * PARTITION of a filled table, session_replication_role = replica,
 * triggers disabled) are missing from it, and crmdb.verify_schema()
 * counts them.  This function registers them, under locks that keep any
 * payment from being written meanwhile, and never chooses between two
 * claims on one reference: a payment whose reference is registered for
 * another payment, or that shares its reference with another unregistered
 * payment, is left unregistered and returned as a conflict, for a person
 * to settle (delete or renumber the duplicate) before running it again.
 *
 * Registry rows without a payment are left alone: the references of
 * partitions that retention detached, dropped or archived stay registered
 * on purpose, and cannot be told apart from the registration of a payment
 * deleted without its trigger.
 *
 * It runs with the caller's rights and only for the registry's owner (the
 * role that ran crmdb.install()) or a superuser: registering a reference
 * is the decision that a payment holds it.  It needs READ COMMITTED: its
 * queries must see every payment committed before its locks were granted,
 * which a transaction snapshot taken earlier would not.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/schema/payment_reference_repair.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#include "crmdb.h"
#include "support/support.h"
#include "distributed/distributed.h"

PG_FUNCTION_INFO_V1(repair_payment_references);

/*
 * Payments whose (reference, id) the registry does not hold.  Both tables
 * are locked by then, so the queries below read the same rows.
 */
#define MISSING_CTE \
"WITH missing AS MATERIALIZED (" \
"  SELECT p.reference_number, p.id FROM payment_service.payments p" \
"   WHERE NOT EXISTS (SELECT FROM crmdb.payment_references r" \
"     WHERE r.reference_number OPERATOR(pg_catalog.=) p.reference_number" \
"       AND r.payment_id OPERATOR(pg_catalog.=) p.id)" \
"), holders AS (" \
"  SELECT p.reference_number, pg_catalog.count(*) AS n" \
"    FROM payment_service.payments p" \
"   WHERE p.reference_number IN (SELECT m.reference_number FROM missing m)" \
"   GROUP BY p.reference_number" \
") "

/*
 * The conflicts: a missing payment whose reference is registered for
 * another payment, or held by more than one payment.
 */
#define CONFLICTS_SQL MISSING_CTE \
"SELECT m.reference_number, m.id, r.payment_id, h.n," \
"       CASE WHEN r.payment_id IS NOT NULL" \
"         THEN 'reference registered for another payment'" \
"         ELSE pg_catalog.format('reference held by %s payments, none registered', h.n) END" \
"  FROM missing m" \
"  JOIN holders h ON h.reference_number OPERATOR(pg_catalog.=) m.reference_number" \
"  LEFT JOIN crmdb.payment_references r" \
"    ON r.reference_number OPERATOR(pg_catalog.=) m.reference_number" \
" WHERE r.payment_id IS NOT NULL OR h.n > 1" \
" ORDER BY m.reference_number, m.id"

/* Register the others, in key order. */
#define REGISTER_SQL MISSING_CTE \
"INSERT INTO crmdb.payment_references (reference_number, payment_id) " \
"SELECT m.reference_number, m.id" \
"  FROM missing m" \
"  JOIN holders h ON h.reference_number OPERATOR(pg_catalog.=) m.reference_number" \
" WHERE h.n OPERATOR(pg_catalog.=) 1" \
"   AND NOT EXISTS (SELECT FROM crmdb.payment_references r" \
"     WHERE r.reference_number OPERATOR(pg_catalog.=) m.reference_number)" \
" ORDER BY m.reference_number"

/*
 * repair_payment_references()
 *	RETURNS TABLE (reference_number varchar, payment_id uuid,
 *				   registered_payment_id uuid, problem text)
 *
 * Registers every payment missing from the registry whose reference no
 * other payment claims, and returns one row per payment it left out
 * because of a conflict (none: the registry is exact).  A NOTICE says how
 * many it registered.
 */
Datum
repair_payment_references(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			service = get_namespace_oid("payment_service", true);
	Oid			payments = OidIsValid(service) ? get_relname_relid("payments", service) : InvalidOid;
	Oid			registry = get_relname_relid("payment_references", crmdb_schema_oid());
	int			nestlevel;
	uint64		i;
	uint64		registered;

	if (!OidIsValid(payments) || !OidIsValid(registry))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("payment_service.payments or crmdb.payment_references does not exist"),
				 errhint("Run SELECT crmdb.install() to create the service schemas and the registry.")));

	if (crmdb_is_citus_table(registry))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("crmdb.repair_payment_references() does not support the distributed layout"),
				 errdetail("In the distributed layout the registry holds reference numbers and cifs, not payments."),
				 errhint("Register a payment that crmdb.verify_schema() reports with INSERT INTO crmdb.payment_references (reference_number, cif).")));

	if (!pg_class_ownercheck(registry, GetUserId()))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to repair the payment reference registry"),
				 errdetail("Only the owner of crmdb.payment_references, role \"%s\", registers payment references.",
						   GetUserNameFromId(crmdb_relation_owner(registry), false))));

	if (IsolationUsesXactSnapshot())
		ereport(ERROR,
				(errcode(ERRCODE_ACTIVE_SQL_TRANSACTION),
				 errmsg("crmdb.repair_payment_references() must run at isolation level READ COMMITTED"),
				 errdetail("A transaction snapshot taken before its locks could miss payments committed meanwhile."),
				 errhint("Run it in a transaction of its own, or after SET TRANSACTION ISOLATION LEVEL READ COMMITTED.")));

	InitMaterializedSRF(fcinfo, 0);

	nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * Writers of payments (and of each partition, and ATTACH PARTITION)
	 * wait until the end of the transaction; so do the other writers of
	 * the registry, and a second repair.  Payments first: the order in
	 * which the triggers' writes take them.
	 */
	crmdb_spi_exec("LOCK TABLE payment_service.payments IN SHARE MODE", SPI_OK_UTILITY);
	crmdb_spi_exec("LOCK TABLE crmdb.payment_references IN SHARE ROW EXCLUSIVE MODE",
				   SPI_OK_UTILITY);

	crmdb_spi_exec_args(CONFLICTS_SQL, 0, NULL, NULL, NULL, false, SPI_OK_SELECT);
	for (i = 0; i < SPI_processed; i++)
	{
		Datum		values[4];
		bool		nulls[4];
		bool		isnull;

		values[0] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &nulls[0]);
		values[1] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &nulls[1]);
		values[2] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3, &nulls[2]);
		values[3] = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 5, &isnull);
		nulls[3] = isnull;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	crmdb_spi_exec_args(REGISTER_SQL, 0, NULL, NULL, NULL, false, SPI_OK_INSERT);
	registered = SPI_processed;

	SPI_finish();
	AtEOXact_GUC(true, nestlevel);

	ereport(NOTICE,
			(errmsg_plural("registered " UINT64_FORMAT " missing payment reference",
						   "registered " UINT64_FORMAT " missing payment references",
						   registered, registered)));

	return (Datum) 0;
}
