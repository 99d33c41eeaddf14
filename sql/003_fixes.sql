--
-- The fixes of the original design (spec README, "Where the original
-- design cannot be taken literally"), and the updated_at trigger.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();
SET timezone = 'Asia/Ho_Chi_Minh';

-- Runs a statement, returns 'ok' or the SQLSTATE of its error and the
-- constraint it names.
CREATE FUNCTION pg_temp.try(p_sql text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    v_constraint text;
BEGIN
    EXECUTE p_sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
    RETURN SQLSTATE || ' ' || COALESCE(NULLIF(v_constraint, ''), SQLERRM);
END
$$;

--
-- 1. Keys on partitioned tables contain the partition column.
--
SELECT con.conrelid::regclass AS table_name, con.conname,
       pg_get_constraintdef(con.oid) AS definition,
       pg_get_partkeydef(con.conrelid) AS partition_key
FROM pg_constraint con
WHERE con.contype = 'p'
  AND con.conrelid IN ('payment_service.payments'::regclass,
                       'workflow_service.action_records'::regclass,
                       'workflow_service.customer_agents'::regclass)
ORDER BY 1;

-- A dated partition besides the DEFAULT one (far from today, so that no
-- partition the rollover makes is in the way).
CREATE TABLE payment_service.payments_2019_q1
    PARTITION OF payment_service.payments
    FOR VALUES FROM ('2019-01-01') TO ('2019-04-01');
CREATE TABLE workflow_service.action_records_2019_q1
    PARTITION OF workflow_service.action_records
    FOR VALUES FROM ('2019-01-01') TO ('2019-04-01');

-- Sample rows: three customers, C001 with two loans, three agents (A3
-- inactive).
INSERT INTO bank_sync_service.customers
    (cif, type, name, company_name, segment, status, source_system,
     created_by, updated_by)
VALUES
    ('C001', 'INDIVIDUAL', 'Nguyen Van An', NULL, 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync'),
    ('C002', 'INDIVIDUAL', 'Tran Thi Binh', NULL, 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync'),
    ('C003', 'ORGANIZATION', NULL, 'Cong ty TNHH Minh Phat', 'SME', 'ACTIVE', 'W4', 'sync', 'sync');
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
VALUES
    ('L001', 'C001', 'PERSONAL', 5000000.00, 'VND', '2018-01-10', '2021-01-10',
     12.5, 36, 'MONTHLY', 1000.00, 1000.00, 100.00, '2019-04-10', 10,
     'DPD_1_30', 'OPEN', 'T24', 'sync', 'sync'),
    ('L002', 'C001', 'CARD', 8000000.00, 'VND', '2018-03-01', '2023-03-01',
     24.0, 60, 'MONTHLY', 2000.00, 2000.00, 200.00, '2019-04-01', 45,
     'DPD_31_60', 'OPEN', 'T24', 'sync', 'sync'),
    ('L003', 'C002', 'PERSONAL', 3000000.00, 'VND', '2018-05-05', '2020-05-05',
     15.0, 24, 'MONTHLY', 500.00, 500.00, 50.00, '2019-04-05', 0,
     'CURRENT', 'OPEN', 'W4', 'sync', 'sync');
INSERT INTO workflow_service.agents (id, employee_id, name, email, type, team, is_active)
VALUES
    ('00000000-0000-0000-0000-0000000000a1', 'E001', 'Le Van Cuong', 'cuong@bank.vn', 'AGENT', 'CALL_1', true),
    ('00000000-0000-0000-0000-0000000000a2', 'E002', 'Pham Thi Dung', 'dung@bank.vn', 'AGENT', 'FIELD_1', true),
    ('00000000-0000-0000-0000-0000000000a3', 'E003', 'Hoang Van Em', 'em@bank.vn', 'AGENT', 'CALL_1', false);
INSERT INTO workflow_service.customer_cases
    (cif, assigned_call_agent_id, assigned_field_agent_id, customer_status,
     collateral_status, processing_state_status, lending_violation_status,
     recovery_ability_status)
VALUES
    ('C001', '00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000a2',
     'CONTACTED', 'NONE', 'IN_PROGRESS', 'NONE', 'PARTIAL');
-- Three actions on each of C001's two loans (by A1), one on C002's loan
-- by the inactive A3, one in the DEFAULT partition.
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype, action_result,
     action_date, created_by, updated_by)
VALUES
    ('C001', 'L001', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'PAYMENT_PROMISE', '2019-01-05 09:00', 'a1', 'a1'),
    ('C001', 'L001', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'NO_ANSWER', '2019-01-12 10:00', 'a1', 'a1'),
    ('C001', 'L001', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'PAYMENT_RECEIVED', '2019-02-02 11:00', 'a1', 'a1'),
    ('C001', 'L002', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'PAYMENT_PROMISE', '2019-01-06 09:30', 'a1', 'a1'),
    ('C001', 'L002', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'NO_ANSWER', '2019-02-14 15:00', 'a1', 'a1'),
    ('C001', 'L002', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'PAYMENT_PROMISE', '2019-02-20 16:45', 'a1', 'a1'),
    ('C002', 'L003', '00000000-0000-0000-0000-0000000000a3', 'CALL', 'OUTBOUND', 'NO_ANSWER', '2020-06-03 08:00', 'a3', 'a3');

--
-- 2. payments.reference_number is unique across all partitions.
--
CREATE TEMP VIEW registry_check AS
SELECT (SELECT count(*) FROM payment_service.payments) AS payments,
       (SELECT count(*) FROM crmdb.payment_references) AS registered,
       (SELECT count(*)
        FROM payment_service.payments p
        FULL JOIN crmdb.payment_references r
          ON r.reference_number = p.reference_number AND r.payment_id = p.id
        WHERE p.id IS NULL OR r.payment_id IS NULL) AS mismatched;

INSERT INTO payment_service.payments
    (id, reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES
    ('00000000-0000-0000-0000-000000000001', 'REF-0001', 'L001', 'C001', 100.00, 'VND', '2019-01-15 10:00', 'BANK_TRANSFER', 'COMPLETED', 'T24', 'sync', 'sync'),
    ('00000000-0000-0000-0000-000000000002', 'REF-0002', 'L001', 'C001', 150.00, 'VND', '2019-01-20 11:00', 'CASH', 'COMPLETED', 'T24', 'sync', 'sync'),
    ('00000000-0000-0000-0000-000000000003', 'REF-0003', 'L001', 'C001', 150.00, 'VND', '2019-01-25 12:00', 'CASH', 'FAILED', 'T24', 'sync', 'sync'),
    ('00000000-0000-0000-0000-000000000004', 'REF-0004', 'L002', 'C001', 300.00, 'VND', '2019-02-10 09:00', 'BANK_TRANSFER', 'COMPLETED', 'T24', 'sync', 'sync'),
    ('00000000-0000-0000-0000-000000000005', 'REF-0005', 'L003', 'C002', 50.00, 'VND', '2020-06-01 14:00', 'CASH', 'PENDING', 'W4', 'sync', 'sync');
SELECT tableoid::regclass AS partition, reference_number, payment_date
FROM payment_service.payments ORDER BY reference_number;
SELECT * FROM registry_check;

-- A reference of the dated partition again, in the DEFAULT partition; one
-- of the DEFAULT partition again, in the dated partition and in DEFAULT;
-- one twice in the same partition; one twice in the same statement.
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('REF-0001', 'L001', 'C001', 1.00, 'VND', '2020-07-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x')
$$) AS dated_then_default;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('REF-0005', 'L003', 'C002', 1.00, 'VND', '2019-03-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x')
$$) AS default_then_dated;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('REF-0005', 'L003', 'C002', 1.00, 'VND', '2020-08-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x')
$$) AS default_then_default;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('REF-0001', 'L001', 'C001', 1.00, 'VND', '2019-03-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x')
$$) AS dated_then_dated;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('REF-0009', 'L001', 'C001', 1.00, 'VND', '2019-03-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x'),
           ('REF-0009', 'L001', 'C001', 1.00, 'VND', '2020-09-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x')
$$) AS same_statement;
SELECT * FROM registry_check;

-- The registry follows UPDATE and DELETE.  A new reference number frees
-- the old one ...
UPDATE payment_service.payments SET reference_number = 'REF-0002X'
WHERE reference_number = 'REF-0002';
SELECT reference_number, payment_id FROM crmdb.payment_references ORDER BY 1;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (id, reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('00000000-0000-0000-0000-000000000006', 'REF-0002', 'L001', 'C001', 1.00, 'VND', '2020-07-01', 'CASH', 'PENDING', 'CRM', 'x', 'x')
$$) AS freed_reference;
-- ... one taken by another payment cannot be used ...
SELECT pg_temp.try($$
    UPDATE payment_service.payments SET reference_number = 'REF-0001'
    WHERE reference_number = 'REF-0003'
$$) AS update_to_taken;
-- ... an update of other columns leaves the registry alone ...
UPDATE payment_service.payments SET amount = amount + 1 WHERE reference_number = 'REF-0004';
SELECT * FROM registry_check;
-- ... a payment moved to another partition keeps its reference ...
UPDATE payment_service.payments SET payment_date = '2019-03-15 09:00'
WHERE reference_number = 'REF-0005';
SELECT tableoid::regclass AS partition, reference_number, payment_date
FROM payment_service.payments WHERE reference_number = 'REF-0005';
SELECT * FROM registry_check;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('REF-0005', 'L003', 'C002', 1.00, 'VND', '2020-06-01', 'CASH', 'COMPLETED', 'CRM', 'x', 'x')
$$) AS after_move;
-- ... and a deleted payment's reference is free again.
DELETE FROM payment_service.payments WHERE reference_number = 'REF-0002';
SELECT * FROM registry_check;
SELECT pg_temp.try($$
    INSERT INTO payment_service.payments
        (id, reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by, updated_by)
    VALUES ('00000000-0000-0000-0000-000000000007', 'REF-0002', 'L002', 'C001', 2.00, 'VND', '2020-07-02', 'CASH', 'FAILED', 'CRM', 'x', 'x')
$$) AS deleted_reference;
SELECT reference_number, payment_id FROM crmdb.payment_references ORDER BY 1;
SELECT * FROM registry_check;

--
-- 3. customer_collection_status without fan-out: C001 has 2 loans and 3
-- actions on each; a join of both would count 12 loans and 3 times the
-- amounts.
--
REFRESH MATERIALIZED VIEW CONCURRENTLY workflow_service.customer_collection_status;
SELECT * FROM workflow_service.customer_collection_status ORDER BY cif;

--
-- 4. Every view refreshes CONCURRENTLY, agent_performance with the NULL
-- month row of the active agent A2, who has no actions (twice: the second
-- refresh finds the row already there).
--
REFRESH MATERIALIZED VIEW CONCURRENTLY payment_service.payment_summary;
REFRESH MATERIALIZED VIEW CONCURRENTLY payment_service.payment_method_analysis;
REFRESH MATERIALIZED VIEW CONCURRENTLY workflow_service.agent_performance;
REFRESH MATERIALIZED VIEW CONCURRENTLY workflow_service.agent_performance;
REFRESH MATERIALIZED VIEW CONCURRENTLY workflow_service.customer_collection_status;
SELECT * FROM payment_service.payment_summary
ORDER BY loan_account_number, cif, year, month;
SELECT * FROM payment_service.payment_method_analysis
ORDER BY payment_method, year, month;
SELECT * FROM workflow_service.agent_performance
ORDER BY agent_id, year, month;
-- A2's first action replaces the NULL row.
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype, action_result,
     action_date, created_by, updated_by)
VALUES
    ('C001', 'L002', '00000000-0000-0000-0000-0000000000a2', 'VISIT', 'HOME', 'PAYMENT_RECEIVED', '2019-03-01 09:00', 'a2', 'a2');
REFRESH MATERIALIZED VIEW CONCURRENTLY workflow_service.agent_performance;
SELECT agent_name, total_actions, total_customers, payment_promises,
       payments_received, month, year
FROM workflow_service.agent_performance
ORDER BY agent_id, year, month;

--
-- 5. updated_at is set to the transaction start time on UPDATE, in the
-- column's type: timestamptz in auth_service, timestamp (local time)
-- elsewhere, also on a partitioned table.  Rows not updated keep the time
-- of the transaction that wrote them.
--
INSERT INTO auth_service.users
    (username, email, password_hash, role, created_at, updated_at)
VALUES ('regress', 'regress@bank.vn', 'x', 'AGENT',
        '2001-01-01 00:00+00', '2001-01-01 00:00+00');
BEGIN;
UPDATE auth_service.users SET first_name = 'Regress' WHERE username = 'regress';
UPDATE bank_sync_service.customers SET segment = 'CORPORATE' WHERE cif = 'C003';
UPDATE payment_service.payments SET status_reason = 'Insufficient funds'
WHERE reference_number = 'REF-0003';
SELECT username, updated_at = now() AS updated_now, created_at = now() AS created_now
FROM auth_service.users;
SELECT cif, updated_at = now()::timestamp AS updated_now
FROM bank_sync_service.customers ORDER BY cif;
SELECT reference_number, updated_at = now()::timestamp AS updated_now
FROM payment_service.payments ORDER BY reference_number;
COMMIT;

--
-- 6. TRUNCATE of payments empties the registry.
--
TRUNCATE payment_service.payments;
SELECT * FROM registry_check;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
