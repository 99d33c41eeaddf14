--
-- 004_payment_references: the payment reference registry belongs to crmdb.
-- Nobody but its owner may change it; the triggers on payments keep it
-- exact on every write path; the paths the triggers cannot see are
-- reported by crmdb.verify_schema().
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();
SET DateStyle = 'ISO';

-- Runs a statement, returns 'ok' or its SQLSTATE, message and detail.
CREATE FUNCTION public.regress_try(p_sql text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v_detail text;
BEGIN
    EXECUTE p_sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' ' || nullif(v_detail, ''), '');
END
$$;

-- Payments against the registry: how many payments, registrations, and
-- payments or registrations without their counterpart.  Registrations
-- whose payment was retired (detached partitions) are counted apart.
CREATE FUNCTION public.regress_registry()
RETURNS TABLE (payments bigint, registered bigint, unregistered bigint,
               orphans bigint)
LANGUAGE sql STABLE AS $$
    SELECT (SELECT count(*) FROM payment_service.payments),
           (SELECT count(*) FROM crmdb.payment_references),
           (SELECT count(*) FROM payment_service.payments p
             WHERE NOT EXISTS (SELECT FROM crmdb.payment_references r
                               WHERE r.reference_number = p.reference_number
                                 AND r.payment_id = p.id)),
           (SELECT count(*) FROM crmdb.payment_references r
             WHERE NOT EXISTS (SELECT FROM payment_service.payments p
                               WHERE r.reference_number = p.reference_number
                                 AND r.payment_id = p.id))
$$;

-- A payment with reference p_ref, dated p_date.
CREATE FUNCTION public.regress_pay(p_ref text, p_date text) RETURNS text
LANGUAGE sql AS $$
    SELECT format($f$INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
        VALUES (%L, 'L001', 'C001', 100.00, 'VND', %L, 'CASH', 'COMPLETED', 'T24', 'regress', 'regress')$f$,
        p_ref, p_date)
$$;

CREATE TABLE payment_service.payments_2019_q1
    PARTITION OF payment_service.payments
    FOR VALUES FROM ('2019-01-01') TO ('2019-04-01');
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('C001', 'INDIVIDUAL', 'Nguyen Van An', 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync');
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
VALUES ('L001', 'C001', 'PERSONAL', 5000000.00, 'VND', '2018-01-10', '2021-01-10',
     12.5, 36, 'MONTHLY', 1000.00, 1000.00, 100.00, '2019-04-10', 10,
     'DPD_1_30', 'OPEN', 'T24', 'sync', 'sync');

-- The triggers: one row trigger for INSERT and DELETE, one for UPDATE
-- with a WHEN on the stored row, one BEFORE TRUNCATE; cloned to every
-- partition but the statement one.
SELECT tgname, pg_get_triggerdef(oid) AS definition
  FROM pg_trigger
 WHERE tgrelid = 'payment_service.payments'::regclass
   AND tgname LIKE 'trg_payments_reference%'
 ORDER BY 1;
SELECT tgrelid::regclass AS partition, tgname
  FROM pg_trigger
 WHERE tgrelid = 'payment_service.payments_2019_q1'::regclass
   AND NOT tgisinternal
 ORDER BY 2;

--
-- 1. Who may change the registry: its owner, nobody else.
--
CREATE ROLE regress_crmdb_payer;
CREATE ROLE regress_crmdb_payowner;
SELECT crmdb.grant_service_access('regress_crmdb_payer', 'payment_service');
SELECT crmdb.grant_service_access('regress_crmdb_payowner', 'payment_service');
-- regress_crmdb_payowner owns payments and a partition, not the registry.
ALTER TABLE payment_service.payments OWNER TO regress_crmdb_payowner;
ALTER TABLE payment_service.payments_2019_q1 OWNER TO regress_crmdb_payowner;
SELECT pg_get_userbyid(relowner) = current_user AS registry_owned_by_installer,
       (SELECT array_agg(a.grantee::regrole::text || ' ' || a.privilege_type ORDER BY a.privilege_type)
          FROM aclexplode(relacl) a WHERE a.grantee <> relowner) AS others_privileges
  FROM pg_class WHERE oid = 'crmdb.payment_references'::regclass;
SELECT r.rolname,
       has_table_privilege(r.rolname, 'crmdb.payment_references', 'SELECT') AS sel,
       has_table_privilege(r.rolname, 'crmdb.payment_references', 'INSERT') AS ins,
       has_table_privilege(r.rolname, 'crmdb.payment_references', 'UPDATE') AS upd,
       has_table_privilege(r.rolname, 'crmdb.payment_references', 'DELETE') AS del,
       has_table_privilege(r.rolname, 'crmdb.payment_references', 'TRUNCATE') AS trunc
  FROM pg_roles r
 WHERE r.rolname IN ('regress_crmdb_payer', 'regress_crmdb_payowner')
 ORDER BY 1;

-- The service writes payments through every path; the registry follows.
SET ROLE regress_crmdb_payer;
SELECT public.regress_try(public.regress_pay('P0000000111', '2019-02-01 10:00')) AS insert_one;
SELECT public.regress_try(public.regress_pay('P0000000112', '2020-06-01 10:00')) AS insert_default;
COPY payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
FROM STDIN;
P0000000113	L001	C001	10.00	VND	2019-02-02 10:00	CASH	COMPLETED	T24	svc	svc
P0000000114	L001	C001	10.00	VND	2020-07-02 10:00	CASH	COMPLETED	T24	svc	svc
\.
UPDATE payment_service.payments SET reference_number = 'P0000000115'
 WHERE reference_number = 'P0000000114';
DELETE FROM payment_service.payments WHERE reference_number = 'P0000000113';

-- The tampering of the report: delete a registration, then post the
-- reference again.  Refused; nothing changed.
SELECT t.stmt, public.regress_try(t.stmt) AS result
  FROM (VALUES
    (1, $$DELETE FROM crmdb.payment_references WHERE reference_number = 'P0000000111'$$),
    (2, $$INSERT INTO crmdb.payment_references VALUES ('P0000000999', gen_random_uuid())$$),
    (3, $$UPDATE crmdb.payment_references SET reference_number = 'P0000000998' WHERE reference_number = 'P0000000111'$$),
    (4, $$TRUNCATE crmdb.payment_references$$),
    (5, $$SELECT count(*) FROM crmdb.payment_references$$),
    (6, public.regress_pay('P0000000111', '2020-08-01 10:00'))
  ) AS t(n, stmt)
 ORDER BY t.n;
RESET ROLE;
SELECT reference_number FROM crmdb.payment_references ORDER BY 1;
SELECT * FROM public.regress_registry();

-- The owner of payments, not of the registry: the same.
SET ROLE regress_crmdb_payowner;
SELECT t.stmt, public.regress_try(t.stmt) AS result
  FROM (VALUES
    (1, $$DELETE FROM crmdb.payment_references WHERE reference_number = 'P0000000111'$$),
    (2, $$INSERT INTO crmdb.payment_references VALUES ('P0000000999', gen_random_uuid())$$),
    (3, $$UPDATE crmdb.payment_references SET payment_id = gen_random_uuid()$$),
    (4, $$TRUNCATE crmdb.payment_references$$),
    (5, $$ALTER TABLE crmdb.payment_references DROP CONSTRAINT payment_references_pkey$$),
    (6, $$DROP TABLE crmdb.payment_references$$),
    (7, public.regress_pay('P0000000111', '2020-08-01 10:00')),
    -- a write straight into its partition
    (8, replace(public.regress_pay('P0000000116', '2019-03-01 10:00'),
                'payment_service.payments', 'payment_service.payments_2019_q1')),
    (9, replace(public.regress_pay('P0000000111', '2019-03-02 10:00'),
                'payment_service.payments', 'payment_service.payments_2019_q1'))
  ) AS t(n, stmt)
 ORDER BY t.n;
RESET ROLE;
SELECT reference_number FROM crmdb.payment_references ORDER BY 1;
SELECT * FROM public.regress_registry();
ALTER TABLE payment_service.payments OWNER TO CURRENT_USER;
ALTER TABLE payment_service.payments_2019_q1 OWNER TO CURRENT_USER;

--
-- 2. Every write path keeps the registry exact.
--

-- Many rows in one statement: a duplicate against an existing payment or
-- within the statement fails with 23505 naming the reference, and the
-- statement leaves nothing behind.
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT 'B' || lpad(g::text, 10, '0'), 'L001', 'C001', 1.00, 'VND',
       CASE WHEN g % 2 = 0 THEN '2019-01-01'::timestamp ELSE '2021-01-01' END
           + g * interval '1 minute',
       'CASH', 'COMPLETED', 'T24', 'bulk', 'bulk'
  FROM generate_series(1, 1000) g;
SELECT * FROM public.regress_registry();
SELECT public.regress_try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    SELECT CASE WHEN g = 501 THEN 'B0000000777' ELSE 'C' || lpad(g::text, 10, '0') END,
           'L001', 'C001', 1.00, 'VND', '2019-01-01'::timestamp + g * interval '1 hour',
           'CASH', 'COMPLETED', 'T24', 'bulk', 'bulk'
      FROM generate_series(1, 501) g
$$) AS against_existing;
SELECT public.regress_try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    SELECT 'D' || lpad((g % 300)::text, 10, '0'), 'L001', 'C001', 1.00, 'VND',
           '2019-01-01'::timestamp + g * interval '1 hour', 'CASH',
           'COMPLETED', 'T24', 'bulk', 'bulk'
      FROM generate_series(1, 301) g
$$) AS within_statement;
SELECT * FROM public.regress_registry();

-- UPDATE: of the id, of the reference through a user's BEFORE trigger
-- (the SET list does not name it), of many rows at once, moving rows
-- between partitions; an update that touches neither queues nothing.
UPDATE payment_service.payments SET id = '00000000-0000-0000-0000-00000000000a'
 WHERE reference_number = 'P0000000111';
SELECT payment_id FROM crmdb.payment_references WHERE reference_number = 'P0000000111';
CREATE FUNCTION public.regress_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status_reason = 'rewrite' THEN
        NEW.reference_number := 'R' || substr(OLD.reference_number, 2);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER zz_regress_rewrite BEFORE UPDATE ON payment_service.payments
    FOR EACH ROW EXECUTE FUNCTION public.regress_rewrite();
UPDATE payment_service.payments SET status_reason = 'rewrite'
 WHERE reference_number IN ('B0000000001', 'B0000000002');
SELECT reference_number FROM crmdb.payment_references
 WHERE reference_number LIKE 'R%' OR reference_number IN ('B0000000001', 'B0000000002')
 ORDER BY 1;
DROP TRIGGER zz_regress_rewrite ON payment_service.payments;
DROP FUNCTION public.regress_rewrite();
UPDATE payment_service.payments SET reference_number = 'M' || substr(reference_number, 2)
 WHERE reference_number LIKE 'B%' AND payment_date < '2019-01-02';
UPDATE payment_service.payments SET payment_date = payment_date + interval '2 years'
 WHERE reference_number LIKE 'M%';
SELECT public.regress_try($$UPDATE payment_service.payments SET reference_number = 'P0000000111'
                           WHERE reference_number = 'P0000000112'$$) AS update_to_taken;
UPDATE payment_service.payments SET amount = amount + 1;
SELECT * FROM public.regress_registry();

-- DELETE of many rows.
DELETE FROM payment_service.payments WHERE reference_number LIKE 'M%';
SELECT * FROM public.regress_registry();

--
-- 3. Drain and retention: the partition maintenance moves rows out of
-- DEFAULT without touching the registry; a retired partition's references
-- stay registered, also after TRUNCATE of payments.
--
SELECT count(*) AS in_default FROM payment_service.payments_default;
SELECT count(*) > 0 AS created
  FROM crmdb.create_partitions('payment_service.payments',
                               '2020-01-01 00:00:00+00', '2022-01-01 00:00:00+00');
SELECT count(*) AS in_default FROM payment_service.payments_default;
SELECT * FROM public.regress_registry();

UPDATE crmdb.partition_config SET retention = '3 years', retention_action = 'detach'
 WHERE parent_table = 'payment_service.payments'::regclass;
SELECT action, partition_name
  FROM crmdb.run_maintenance('payment_service.payments', '2023-01-20 12:00:00+00')
 WHERE action = 'detached'
 ORDER BY partition_name;
SELECT * FROM public.regress_registry();
SELECT public.regress_try(public.regress_pay('P0000000116', '2021-09-01 10:00')) AS retired_reference;

TRUNCATE payment_service.payments;
SELECT * FROM public.regress_registry();
SELECT reference_number FROM crmdb.payment_references ORDER BY 1;
SELECT public.regress_try(public.regress_pay('P0000000116', '2021-09-01 10:00')) AS retired_reference;
SELECT public.regress_try(public.regress_pay('P0000000112', '2021-09-01 10:00')) AS truncated_reference;

--
-- 4. What the triggers cannot see is reported: ATTACH of a filled table,
-- a load with session_replication_role = replica, a disabled trigger.
--
SELECT * FROM crmdb.verify_schema();
CREATE TABLE payment_service.payments_2018 (LIKE payment_service.payments INCLUDING DEFAULTS);
INSERT INTO payment_service.payments_2018
    (id, reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES (gen_random_uuid(), 'A0000000001', 'L001', 'C001', 1, 'VND', '2018-05-01', 'CASH', 'COMPLETED', 'T24', 'x', 'x'),
       (gen_random_uuid(), 'P0000000112', 'L001', 'C001', 1, 'VND', '2018-05-02', 'CASH', 'COMPLETED', 'T24', 'x', 'x');
ALTER TABLE payment_service.payments ATTACH PARTITION payment_service.payments_2018
    FOR VALUES FROM ('2018-01-01') TO ('2019-01-01');
SELECT * FROM crmdb.verify_schema();
SET session_replication_role = replica;
SELECT public.regress_try(public.regress_pay('A0000000002', '2018-06-01 10:00')) AS replica_load;
RESET session_replication_role;
SELECT * FROM crmdb.verify_schema();
ALTER TABLE payment_service.payments DISABLE TRIGGER trg_payments_reference;
SELECT public.regress_try(public.regress_pay('A0000000003', '2018-06-02 10:00')) AS trigger_disabled;
ALTER TABLE payment_service.payments ENABLE TRIGGER trg_payments_reference;
-- Two unregistered payments with one reference.
SET session_replication_role = replica;
SELECT public.regress_try(public.regress_pay('A0000000009', '2018-06-03 10:00')) AS replica_load;
SELECT public.regress_try(public.regress_pay('A0000000009', '2018-06-04 10:00')) AS replica_load;
RESET session_replication_role;
SELECT * FROM crmdb.verify_schema();
SELECT * FROM public.regress_registry();

--
-- 5. crmdb.repair_payment_references(): the registry's owner registers
-- what is missing; conflicts are returned, never settled by it.
--
-- Not for PUBLIC, nor for a role that may run it but does not own the
-- registry (the owner of payments included); not under a transaction
-- snapshot.
SET ROLE regress_crmdb_payer;
SELECT public.regress_try('SELECT * FROM crmdb.repair_payment_references()') AS repair_by_service;
RESET ROLE;
GRANT EXECUTE ON FUNCTION crmdb.repair_payment_references() TO regress_crmdb_payowner;
SET ROLE regress_crmdb_payowner;
SELECT public.regress_try('SELECT * FROM crmdb.repair_payment_references()') AS repair_by_payments_owner;
RESET ROLE;
REVOKE EXECUTE ON FUNCTION crmdb.repair_payment_references() FROM regress_crmdb_payowner;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT public.regress_try('SELECT * FROM crmdb.repair_payment_references()') AS repair_repeatable_read;
COMMIT;
SELECT * FROM public.regress_registry();
-- The owner's repair registers A0000000001 to 3 and returns the payments
-- it leaves out: the one whose reference is registered to another payment,
-- the two that share a reference.
SELECT reference_number, problem, registered_payment_id IS NOT NULL AS registered_to_other,
       registered_payment_id = (SELECT id FROM payment_service.payments
                                 WHERE reference_number = r.reference_number
                                   AND payment_date >= '2019-01-01') AS registered_to_the_other_payment
  FROM crmdb.repair_payment_references() r
 ORDER BY 1, 2;
SELECT reference_number FROM crmdb.payment_references WHERE reference_number LIKE 'A%' ORDER BY 1;
SELECT * FROM crmdb.verify_schema();
-- The duplicates removed (one of the two A0000000009, the attached
-- P0000000112), a second repair registers the rest; a third has nothing
-- to do.
DELETE FROM payment_service.payments
 WHERE (reference_number = 'A0000000009' AND payment_date = '2018-06-04 10:00')
    OR (reference_number = 'P0000000112' AND payment_date < '2019-01-01');
SELECT * FROM crmdb.repair_payment_references();
SELECT * FROM crmdb.repair_payment_references();
SELECT * FROM crmdb.verify_schema();
SELECT * FROM public.regress_registry();

-- Revoking payment_service takes back what crmdb 1.0 granted on the
-- registry.
GRANT SELECT, INSERT, DELETE ON crmdb.payment_references TO regress_crmdb_payer;
SELECT crmdb.revoke_service_access('regress_crmdb_payer', 'payment_service');
SELECT relacl FROM pg_class WHERE oid = 'crmdb.payment_references'::regclass;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
DROP FUNCTION public.regress_try(text);
DROP FUNCTION public.regress_registry();
DROP FUNCTION public.regress_pay(text, text);
DROP OWNED BY regress_crmdb_payer, regress_crmdb_payowner;
DROP ROLE regress_crmdb_payer;
DROP ROLE regress_crmdb_payowner;
RESET client_min_messages;
