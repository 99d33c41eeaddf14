/*-------------------------------------------------------------------------
 *
 * access.c
 *	  Least-privilege access for the roles of the four services:
 *	  crmdb.grant_service_access() and crmdb.revoke_service_access().
 *
 * Each service owns one schema.  A role granted a service gets what that
 * service needs and no more:
 *
 *	- USAGE on the service's schema;
 *	- SELECT, INSERT, UPDATE, DELETE on each of its tables (partitions
 *	  included, so that a partition's privileges stay those of its
 *	  parent), SELECT on its views and materialized views, USAGE and
 *	  SELECT on its sequences;
 *	- for payment_service and workflow_service, which read customers and
 *	  loans: USAGE on bank_sync_service and SELECT on its tables.
 *
 * Nothing on the payment reference registry crmdb.payment_references:
 * the triggers on payments write it as its owner (payment_reference.c),
 * and a service that could change it could have a reference accepted
 * twice.  In the distributed layout on Citus, INSERT only: there the
 * payment's own statement inserts its reference (reference_registry.c),
 * as the session's role on the registry's shards; an insert can only take
 * a reference, never free one.  crmdb 1.0 granted SELECT, INSERT and
 * DELETE on it with payment_service; revoking payment_service takes those
 * back too, from a role that still has them.
 *
 * Never TRUNCATE, REFERENCES or TRIGGER, never anything on another
 * service's schema.  Revoking a service takes back what only that service
 * needed: a role that still holds another service reading bank_sync_service
 * (or bank_sync_service itself) keeps its reads there.  Whether a role
 * "holds" a service is read from the catalog: a direct INSERT grant on a
 * table of the service's schema.
 *
 * Both functions run as the caller (SECURITY INVOKER): the caller must
 * have the privileges of the owner of every object concerned, as GRANT
 * itself requires; this is checked up front so that a caller without them
 * gets an error, not GRANT's warning "no privileges were granted".  The
 * statements run with search_path = pg_catalog, pg_temp and quoted,
 * qualified names.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/operations/access.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/catalog.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "crmdb.h"
#include "support/support.h"
#include "distributed/distributed.h"

PG_FUNCTION_INFO_V1(grant_service_access);
PG_FUNCTION_INFO_V1(revoke_service_access);

#define BANK_SYNC_SCHEMA "bank_sync_service"

/* What one service needs besides its own schema. */
typedef struct ServiceAccess
{
	const char *service;		/* = its schema */
	bool		reads_bank_sync;	/* reads customers and loans */
	bool		payment_registry;	/* had crmdb 1.0's registry grants */
} ServiceAccess;

static const ServiceAccess services[] = {
	{"auth_service", false, false},
	{BANK_SYNC_SCHEMA, false, false},
	{"payment_service", true, true},
	{"workflow_service", true, false}
};

/* A relation of a schema, as read from pg_class. */
typedef struct AccessRel
{
	char	   *qualname;		/* quoted, qualified */
	char		relkind;
	Oid			owner;
} AccessRel;

static const ServiceAccess *
lookup_service(const char *name)
{
	int			i;

	for (i = 0; i < lengthof(services); i++)
		if (strcmp(services[i].service, name) == 0)
			return &services[i];
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown service \"%s\"", name),
			 errhint("The services are auth_service, bank_sync_service, payment_service and workflow_service.")));
	return NULL;				/* keep compiler quiet */
}

static Oid
service_schema(const char *schema)
{
	Oid			nsp = get_namespace_oid(schema, true);

	if (!OidIsValid(nsp))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("schema \"%s\" does not exist", schema),
				 errhint("Run SELECT crmdb.install() to create the service schemas.")));
	return nsp;
}

static Oid
namespace_owner(Oid nsp)
{
	HeapTuple	tuple = SearchSysCache1(NAMESPACEOID, ObjectIdGetDatum(nsp));
	Oid			owner;

	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for schema %u", nsp);
	owner = ((Form_pg_namespace) GETSTRUCT(tuple))->nspowner;
	ReleaseSysCache(tuple);
	return owner;
}


/*
 * The caller must have the privileges of an object's owner to grant or
 * revoke on it.
 */
static void
check_owner(Oid owner, const char *what, const char *service, bool grant)
{
	if (!has_privs_of_role(GetUserId(), owner))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to %s access to service \"%s\"",
						grant ? "grant" : "revoke", service),
				 errdetail("%s is owned by role \"%s\".", what,
						   GetUserNameFromId(owner, false)),
				 errhint("Call this function as the role that owns the service schemas (the role that ran crmdb.install()), or as a superuser.")));
}

/* Tables, views, sequences of a schema, by name; allocated in cxt. */
static List *
schema_relations(Oid nsp, MemoryContext cxt)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		values[1];
	List	   *result = NIL;
	uint64		i;

	values[0] = ObjectIdGetDatum(nsp);
	crmdb_spi_exec_args("SELECT c.oid, c.relkind, c.relowner"
						"  FROM pg_catalog.pg_class c"
						" WHERE c.relnamespace OPERATOR(pg_catalog.=) $1"
						"   AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p,v,m,f,S}'::pg_catalog.\"char\"[])"
						" ORDER BY c.relname",
						1, argtypes, values, NULL, true, SPI_OK_SELECT);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	tupdesc = SPI_tuptable->tupdesc;
		bool		isnull;
		Oid			relid = DatumGetObjectId(SPI_getbinval(tuple, tupdesc, 1, &isnull));
		MemoryContext old = MemoryContextSwitchTo(cxt);
		AccessRel  *rel = palloc(sizeof(AccessRel));

		rel->qualname = crmdb_qualified_relname(relid);
		rel->relkind = DatumGetChar(SPI_getbinval(tuple, tupdesc, 2, &isnull));
		rel->owner = DatumGetObjectId(SPI_getbinval(tuple, tupdesc, 3, &isnull));
		result = lappend(result, rel);
		MemoryContextSwitchTo(old);
	}
	return result;
}

/*
 * Does role hold service (a directly granted INSERT on one of the tables
 * of its schema)?
 */
static bool
holds_service(Oid roleid, const char *service)
{
	Oid			nsp = get_namespace_oid(service, true);
	Oid			argtypes[2] = {OIDOID, OIDOID};
	Datum		values[2];

	if (!OidIsValid(nsp))
		return false;
	values[0] = ObjectIdGetDatum(nsp);
	values[1] = ObjectIdGetDatum(roleid);
	crmdb_spi_exec_args("SELECT 1 FROM pg_catalog.pg_class c,"
						"       pg_catalog.aclexplode(c.relacl) a"
						" WHERE c.relnamespace OPERATOR(pg_catalog.=) $1"
						"   AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[])"
						"   AND a.grantee OPERATOR(pg_catalog.=) $2"
						"   AND a.privilege_type OPERATOR(pg_catalog.=) 'INSERT'"
						" LIMIT 1",
						2, argtypes, values, NULL, true, SPI_OK_SELECT);
	return SPI_processed > 0;
}

/* Privileges a relation of the service's own schema gets. */
static const char *
own_privileges(char relkind)
{
	switch (relkind)
	{
		case RELKIND_RELATION:
		case RELKIND_PARTITIONED_TABLE:
		case RELKIND_FOREIGN_TABLE:
			return "SELECT, INSERT, UPDATE, DELETE";
		case RELKIND_SEQUENCE:
			return "USAGE, SELECT";
		default:
			return "SELECT";
	}
}

/*
 * Run GRANT privs ON [SEQUENCE] object TO role, or the REVOKE.
 */
static void
exec_privilege(bool grant, const char *privs, const char *objtype,
			   const char *object, const char *rolename)
{
	char	   *sql;

	if (grant)
		sql = psprintf("GRANT %s ON %s %s TO %s",
					   privs, objtype, object, quote_identifier(rolename));
	else
		sql = psprintf("REVOKE %s ON %s %s FROM %s",
					   privs, objtype, object, quote_identifier(rolename));
	crmdb_spi_exec(sql, SPI_OK_UTILITY);
	pfree(sql);
}

/*
 * Grant or revoke the privileges of one schema's relations: privs, or the
 * service's own privileges by relkind when privs is NULL.  Relations of
 * kind 'S' are skipped when skip_sequences.
 */
static void
exec_schema_relations(bool grant, List *rels, const char *privs,
					  bool skip_sequences, const char *rolename)
{
	ListCell   *lc;

	foreach(lc, rels)
	{
		AccessRel  *rel = (AccessRel *) lfirst(lc);
		bool		is_seq = rel->relkind == RELKIND_SEQUENCE;

		if (is_seq && skip_sequences)
			continue;
		CHECK_FOR_INTERRUPTS();
		exec_privilege(grant, privs ? privs : own_privileges(rel->relkind),
					   is_seq ? "SEQUENCE" : "TABLE", rel->qualname, rolename);
	}
}

static void
check_relations(List *rels, const char *service, bool grant)
{
	ListCell   *lc;

	foreach(lc, rels)
	{
		AccessRel  *rel = (AccessRel *) lfirst(lc);

		check_owner(rel->owner, psprintf("Relation %s", rel->qualname),
					service, grant);
	}
}

/*
 * The work of both functions.
 */
static void
service_access(FunctionCallInfo fcinfo, bool grant)
{
	MemoryContext cxt = CurrentMemoryContext;
	TimestampTz started = GetCurrentTimestamp();
	Oid			roleid;
	char	   *rolename;
	char	   *service_name;
	const ServiceAccess *service;
	Oid			own_nsp;
	Oid			bank_nsp = InvalidOid;
	Oid			registry = InvalidOid;
	List	   *own_rels;
	List	   *bank_rels = NIL;
	bool		keep_bank_reads = false;
	int			save_nestlevel;
	CrmdbLogEntry entry;
	int			i;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("role and service must not be null")));
	roleid = PG_GETARG_OID(0);
	service_name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	service = lookup_service(service_name);

	rolename = GetUserNameFromId(roleid, true);
	if (rolename == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("role with OID %u does not exist", roleid)));
	if (IsReservedName(rolename))
		ereport(ERROR,
				(errcode(ERRCODE_RESERVED_NAME),
				 errmsg("role \"%s\" is a predefined role", rolename),
				 errdetail("Service access is granted to the roles a service logs in as, or to a group role of them.")));

	save_nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/* Collect and check everything before the first GRANT or REVOKE. */
	own_nsp = service_schema(service->service);
	check_owner(namespace_owner(own_nsp),
				psprintf("Schema \"%s\"", service->service), service->service,
				grant);
	own_rels = schema_relations(own_nsp, cxt);
	check_relations(own_rels, service->service, grant);

	/*
	 * bank_sync_service reads: granted with a reading service; revoked
	 * with the last service that needed them.
	 */
	if (service->reads_bank_sync ||
		(!grant && strcmp(service->service, BANK_SYNC_SCHEMA) == 0))
	{
		bank_nsp = service_schema(BANK_SYNC_SCHEMA);
		if (!grant)
		{
			for (i = 0; i < lengthof(services); i++)
			{
				if (&services[i] == service)
					continue;
				if ((services[i].reads_bank_sync ||
					 strcmp(services[i].service, BANK_SYNC_SCHEMA) == 0) &&
					holds_service(roleid, services[i].service))
					keep_bank_reads = true;
			}
		}
		if (grant || !keep_bank_reads)
		{
			check_owner(namespace_owner(bank_nsp),
						"Schema \"" BANK_SYNC_SCHEMA "\"", service->service,
						grant);
			bank_rels = schema_relations(bank_nsp, cxt);
			check_relations(bank_rels, service->service, grant);
		}
	}

	if (service->payment_registry && grant)
	{
		/*
		 * The distributed layout: the statement inserting a payment inserts
		 * its reference into the registry (reference_registry.c), on the
		 * registry's shards, as the session's role.
		 */
		registry = get_relname_relid("payment_references", crmdb_schema_oid());
		if (OidIsValid(registry) && crmdb_is_citus_table(registry) &&
			crmdb_relation_owner(registry) != roleid)
			check_owner(crmdb_relation_owner(registry), "Table crmdb.payment_references",
						service->service, grant);
		else
			registry = InvalidOid;
	}
	else if (service->payment_registry)
	{
		registry = get_relname_relid("payment_references", crmdb_schema_oid());
		if (!OidIsValid(registry))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("table crmdb.payment_references does not exist"),
					 errhint("Run SELECT crmdb.install() to create the service schemas.")));
		check_owner(crmdb_relation_owner(registry), "Table crmdb.payment_references",
					service->service, grant);
		/* never the owner's own privileges */
		if (crmdb_relation_owner(registry) == roleid)
			registry = InvalidOid;
	}

	/* The service's own schema. */
	if (grant)
		exec_privilege(true, "USAGE", "SCHEMA",
					   quote_identifier(service->service), rolename);
	exec_schema_relations(grant, own_rels, NULL, false, rolename);
	if (!grant)
		exec_privilege(false, "USAGE", "SCHEMA",
					   quote_identifier(service->service), rolename);

	/* Reads of bank_sync_service. */
	if (OidIsValid(bank_nsp))
	{
		if (grant)
		{
			exec_privilege(true, "USAGE", "SCHEMA", BANK_SYNC_SCHEMA, rolename);
			exec_schema_relations(true, bank_rels, "SELECT", true, rolename);
		}
		else if (!keep_bank_reads)
		{
			/* nothing else needs them: bank_rels were collected above */
			exec_schema_relations(false, bank_rels, "SELECT", true, rolename);
			exec_privilege(false, "USAGE", "SCHEMA", BANK_SYNC_SCHEMA, rolename);
		}
		else if (strcmp(service->service, BANK_SYNC_SCHEMA) == 0)
		{
			/* revoked the writes above; a reading service keeps the reads */
			exec_privilege(true, "USAGE", "SCHEMA", BANK_SYNC_SCHEMA, rolename);
			exec_schema_relations(true, own_rels, "SELECT", true, rolename);
		}
		else
		{
			/* another service still reads bank_sync_service: keep it all */
		}
	}

	/*
	 * INSERT only on the distributed registry; revoking takes it back, with
	 * what crmdb 1.0 granted on the registry.
	 */
	if (OidIsValid(registry))
		exec_privilege(grant, grant ? "INSERT" : "ALL", "TABLE",
					   "crmdb.payment_references", rolename);

	memset(&entry, 0, sizeof(entry));
	entry.area = "install";
	entry.object_name = service->service;
	entry.action = grant ? "granted" : "revoked";
	entry.detail = psprintf("role %s", rolename);
	entry.rows_affected = -1;
	entry.started_at = started;
	entry.duration_ms = crmdb_elapsed_ms(started);
	entry.success = true;
	crmdb_log_write(&entry);

	SPI_finish();
	AtEOXact_GUC(true, save_nestlevel);
}

/*
 * grant_service_access(p_role regrole, p_service text) RETURNS void
 *
 * p_role: the role a service connects as (or a group role of them).
 * p_service: auth_service, bank_sync_service, payment_service or
 * workflow_service.  Grants what that service needs, no more (see the
 * head of this file).  Granting again changes nothing.
 */
Datum
grant_service_access(PG_FUNCTION_ARGS)
{
	service_access(fcinfo, true);
	PG_RETURN_VOID();
}

/*
 * revoke_service_access(p_role regrole, p_service text) RETURNS void
 *
 * Takes back what grant_service_access() granted for p_service, except
 * the reads of bank_sync_service that another service the role holds
 * still needs.
 */
Datum
revoke_service_access(PG_FUNCTION_ARGS)
{
	service_access(fcinfo, false);
	PG_RETURN_VOID();
}
