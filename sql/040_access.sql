--
-- 040_access: least privilege after crmdb.install(), and the access of the
-- services' roles (crmdb.grant_service_access / revoke_service_access).
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();

-- Runs a statement, returns 'ok' or its SQLSTATE and message.
CREATE FUNCTION public.regress_try(p_sql text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

-- The privileges a role has on each relation of the service schemas and of
-- crmdb (dated partitions are checked against their parent below).
CREATE FUNCTION public.regress_privileges(p_role text)
RETURNS TABLE (relation text, relkind "char", privileges text)
LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass::text, c.relkind,
           concat_ws(',',
               CASE WHEN has_table_privilege(p_role, c.oid, 'SELECT') THEN 'SELECT' END,
               CASE WHEN has_table_privilege(p_role, c.oid, 'INSERT') THEN 'INSERT' END,
               CASE WHEN has_table_privilege(p_role, c.oid, 'UPDATE') THEN 'UPDATE' END,
               CASE WHEN has_table_privilege(p_role, c.oid, 'DELETE') THEN 'DELETE' END,
               CASE WHEN has_table_privilege(p_role, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END,
               CASE WHEN has_table_privilege(p_role, c.oid, 'REFERENCES') THEN 'REFERENCES' END,
               CASE WHEN has_table_privilege(p_role, c.oid, 'TRIGGER') THEN 'TRIGGER' END)
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service',
                         'workflow_service', 'crmdb')
       AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
       AND (NOT c.relispartition OR c.relname LIKE '%\_default')
     ORDER BY 1
$$;

-- Partitions whose privileges for a role differ from their parent's.
CREATE FUNCTION public.regress_partition_drift(p_role text)
RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT count(*)
      FROM pg_inherits i
     CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p(priv)
     WHERE has_table_privilege(p_role, i.inhrelid, p.priv)
           IS DISTINCT FROM has_table_privilege(p_role, i.inhparent, p.priv)
$$;

--
-- PUBLIC after crmdb.install()
--

-- Every function of the extension: who may run it.  Only the scalar
-- validators are open to PUBLIC; no function is SECURITY DEFINER without a
-- safe search_path.
SELECT p.oid::regprocedure AS function,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute,
       p.prosecdef AS security_definer,
       p.provolatile AS volatility
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                  AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'crmdb'
 ORDER BY p.oid::regprocedure::text;

SELECT p.oid::regprocedure AS unsafe_security_definer
  FROM pg_proc p
 WHERE p.pronamespace = 'crmdb'::regnamespace
   AND p.prosecdef
   AND NOT coalesce(p.proconfig @> ARRAY['search_path=pg_catalog, pg_temp'], false);

-- No relation of the service schemas or of crmdb is open to PUBLIC, and
-- PUBLIC may not even look up names in the service schemas.
SELECT * FROM public.regress_privileges('public') WHERE privileges <> '';
SELECT public.regress_partition_drift('public') AS partitions_unlike_parent;
SELECT nspname, has_schema_privilege('public', oid, 'USAGE') AS public_usage
  FROM pg_namespace
 WHERE nspname IN ('auth_service', 'bank_sync_service', 'payment_service',
                   'workflow_service')
 ORDER BY 1;

--
-- A role granted payment_service
--
CREATE ROLE regress_crmdb_payment;
CREATE ROLE regress_crmdb_workflow;
SELECT crmdb.grant_service_access('regress_crmdb_payment', 'payment_service');
SELECT * FROM public.regress_privileges('regress_crmdb_payment') WHERE privileges <> '';
SELECT public.regress_partition_drift('regress_crmdb_payment') AS partitions_unlike_parent;
SELECT nspname, has_schema_privilege('regress_crmdb_payment', oid, 'USAGE') AS usage
  FROM pg_namespace
 WHERE nspname IN ('auth_service', 'bank_sync_service', 'payment_service',
                   'workflow_service', 'crmdb')
 ORDER BY 1;

-- Granting again changes nothing.
CREATE TEMP TABLE regress_before AS
    SELECT * FROM public.regress_privileges('regress_crmdb_payment');
SELECT crmdb.grant_service_access('regress_crmdb_payment', 'payment_service');
SELECT count(*) AS changed
  FROM (SELECT * FROM public.regress_privileges('regress_crmdb_payment')
        EXCEPT SELECT * FROM regress_before) s;

-- A customer and a loan to pay toward (written by the owner).
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('CIF-ACC-1', 'INDIVIDUAL', 'Nguyen Van An', 'MASS', 'ACTIVE', 'T24', 'regress', 'regress');
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
VALUES ('LN-ACC-1', 'CIF-ACC-1', 'CASH', 50000000, 'VND', '2025-01-15', '2027-01-15',
        12.5, 24, 'MONTHLY', 30000000, 30000000, 2500000, '2026-12-15', 0,
        'CURRENT', 'OPEN', 'T24', 'regress', 'regress');

-- The payment service inserts, reads, updates and deletes payments (the
-- registry trigger runs as the role), reads customers and loans, and is
-- refused everything else.
SET ROLE regress_crmdb_payment;
SELECT t.stmt, public.regress_try(t.stmt) AS result
  FROM (VALUES
    (1, $$INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, source_system, created_by, updated_by) VALUES ('PAY-ACC-1', 'LN-ACC-1', 'CIF-ACC-1', 2500000, 'VND', '2026-11-02 09:30', 'TRANSFER', 'COMPLETED', 'CRM', 'svc', 'svc')$$),
    (2, $$INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, source_system, created_by, updated_by) VALUES ('PAY-ACC-2', 'LN-ACC-1', 'CIF-ACC-1', 1000000, 'VND', '1990-01-01 10:00', 'CASH', 'COMPLETED', 'CRM', 'svc', 'svc')$$),
    (3, $$INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, source_system, created_by, updated_by) VALUES ('PAY-ACC-1', 'LN-ACC-1', 'CIF-ACC-1', 100, 'VND', '2026-11-03 10:00', 'CASH', 'PENDING', 'CRM', 'svc', 'svc')$$),
    (4, $$UPDATE payment_service.payments SET status = 'REVERSED', status_reason = 'bank reversal' WHERE reference_number = 'PAY-ACC-2'$$),
    (5, $$UPDATE payment_service.payments SET reference_number = 'PAY-ACC-3' WHERE reference_number = 'PAY-ACC-2'$$),
    (6, $$DELETE FROM payment_service.payments WHERE reference_number = 'PAY-ACC-3'$$),
    (7, $$SELECT count(*) FROM payment_service.payment_summary$$),
    (8, $$SELECT count(*) FROM bank_sync_service.customers JOIN bank_sync_service.loans USING (cif)$$),
    (9, $$TRUNCATE payment_service.payments$$),
    (10, $$REFRESH MATERIALIZED VIEW payment_service.payment_summary$$),
    (11, $$INSERT INTO bank_sync_service.customers (cif, type, name, segment, status, source_system, created_by, updated_by) VALUES ('CIF-ACC-2', 'INDIVIDUAL', 'Tran Thi Binh', 'MASS', 'ACTIVE', 'CRM', 'svc', 'svc')$$),
    (12, $$UPDATE bank_sync_service.loans SET dpd = 0$$),
    (13, $$SELECT count(*) FROM auth_service.users$$),
    (14, $$SELECT count(*) FROM workflow_service.agents$$),
    (15, $$SELECT count(*) FROM workflow_service.action_records$$),
    (16, $$SELECT count(*) FROM workflow_service.customer_collection_status$$),
    (17, $$INSERT INTO crmdb.maintenance_log (started_at, area, action, success) VALUES (now(), 'install', 'x', true)$$),
    (18, $$SELECT crmdb.install()$$),
    (19, $$SELECT crmdb.grant_service_access('regress_crmdb_payment', 'auth_service')$$)
  ) AS t(n, stmt)
 ORDER BY t.n;
SELECT reference_number, amount, status FROM payment_service.payments ORDER BY 1;
RESET ROLE;
SELECT reference_number FROM crmdb.payment_references ORDER BY 1;

--
-- A second service for the same role, and revoking
--
SELECT crmdb.grant_service_access('regress_crmdb_payment', 'workflow_service');
SELECT crmdb.revoke_service_access('regress_crmdb_payment', 'payment_service');
-- workflow_service still reads bank_sync_service; payments are gone.
SELECT * FROM public.regress_privileges('regress_crmdb_payment')
 WHERE privileges <> '' AND relation NOT LIKE 'workflow_service.%';
SET ROLE regress_crmdb_payment;
SELECT t.stmt, public.regress_try(t.stmt) AS result
  FROM (VALUES
    (1, $$SELECT count(*) FROM payment_service.payments$$),
    (2, $$SELECT count(*) FROM bank_sync_service.loans$$),
    (3, $$SELECT count(*) FROM workflow_service.agents$$)
  ) AS t(n, stmt)
 ORDER BY t.n;
RESET ROLE;
SELECT crmdb.revoke_service_access('regress_crmdb_payment', 'workflow_service');
SELECT * FROM public.regress_privileges('regress_crmdb_payment') WHERE privileges <> '';
SELECT nspname
  FROM pg_namespace
 WHERE has_schema_privilege('regress_crmdb_payment', oid, 'USAGE')
   AND nspname LIKE '%\_service'
 ORDER BY 1;

-- bank_sync_service revoked from a role that also holds workflow_service:
-- the writes go, the reads stay.
SELECT crmdb.grant_service_access('regress_crmdb_workflow', 'workflow_service');
SELECT crmdb.grant_service_access('regress_crmdb_workflow', 'bank_sync_service');
SELECT crmdb.revoke_service_access('regress_crmdb_workflow', 'bank_sync_service');
SELECT * FROM public.regress_privileges('regress_crmdb_workflow')
 WHERE privileges <> '' AND relation LIKE 'bank_sync_service.%';
SELECT crmdb.revoke_service_access('regress_crmdb_workflow', 'workflow_service');
SELECT count(*) AS privileges_left
  FROM public.regress_privileges('regress_crmdb_workflow') WHERE privileges <> '';

-- The auth service sees users and roles, and nothing of the customers.
SELECT crmdb.grant_service_access('regress_crmdb_workflow', 'auth_service');
SELECT * FROM public.regress_privileges('regress_crmdb_workflow') WHERE privileges <> '';
SET ROLE regress_crmdb_workflow;
SELECT public.regress_try($$SELECT count(*) FROM bank_sync_service.customers$$) AS customers;
RESET ROLE;
SELECT crmdb.revoke_service_access('regress_crmdb_workflow', 'auth_service');

--
-- Bad input and callers without the rights
--
SELECT crmdb.grant_service_access('regress_crmdb_payment', 'payments');
SELECT crmdb.grant_service_access('regress_crmdb_payment', NULL);
SELECT crmdb.grant_service_access(NULL, 'payment_service');
SELECT crmdb.grant_service_access('pg_read_all_data', 'payment_service');
SELECT crmdb.revoke_service_access('regress_crmdb_payment', 'Payment_Service');
SELECT crmdb.grant_service_access('regress_no_such_role', 'payment_service');
-- A role allowed to run the function but not owning the schemas.
GRANT EXECUTE ON FUNCTION crmdb.grant_service_access(regrole, text) TO regress_crmdb_workflow;
SET ROLE regress_crmdb_workflow;
SELECT crmdb.grant_service_access('regress_crmdb_workflow', 'payment_service');
RESET ROLE;
SELECT count(*) AS privileges_left
  FROM public.regress_privileges('regress_crmdb_workflow') WHERE privileges <> '';

SELECT area, object_name, action, detail
  FROM crmdb.maintenance_log
 WHERE action IN ('granted', 'revoked')
 ORDER BY log_id;

-- Leave the database as we found it, for the next test.
REVOKE EXECUTE ON FUNCTION crmdb.grant_service_access(regrole, text) FROM regress_crmdb_workflow;
DROP ROLE regress_crmdb_payment;
DROP ROLE regress_crmdb_workflow;
DROP FUNCTION public.regress_try(text);
DROP FUNCTION public.regress_privileges(text);
DROP FUNCTION public.regress_partition_drift(text);
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
