--
-- The validation rules: clean data reports nothing; one planted fault per
-- rule is found exactly once, with the right key; disabled rules stay
-- silent; p_max_per_rule; p_tables and p_rules; bad input; the rules
-- table; run_validation() and its history.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();
SET timezone = 'Asia/Ho_Chi_Minh';

--
-- A small clean dataset: every table the rules read, with the shapes the
-- rules care about (an SCD 2 history, an ORGANIZATION customer, a closed
-- loan, a customer without assignment, a field visit with coordinates).
-- Dated rows live in dated partitions created here, not in DEFAULT.
--
CREATE TABLE payment_service.payments_2024_q1 PARTITION OF payment_service.payments
    FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE payment_service.payments_2090_q1 PARTITION OF payment_service.payments
    FOR VALUES FROM ('2090-01-01') TO ('2090-04-01');
CREATE TABLE workflow_service.action_records_2024_q1 PARTITION OF workflow_service.action_records
    FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');
CREATE TABLE workflow_service.customer_agents_2023 PARTITION OF workflow_service.customer_agents
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE workflow_service.customer_agents_2024_q1 PARTITION OF workflow_service.customer_agents
    FOR VALUES FROM ('2024-01-01') TO ('2024-04-01');

INSERT INTO auth_service.roles (name, description) VALUES
    ('ADMIN', 'Administrators'), ('AGENT', 'Collection agents');
INSERT INTO auth_service.users (username, email, password_hash, role) VALUES
    ('admin', 'admin@bank.vn', 'x', 'ADMIN'),
    ('agent1', 'agent1@bank.vn', 'x', 'AGENT');

INSERT INTO workflow_service.agents (id, employee_id, name, email, type, team) VALUES
    ('00000000-0000-0000-0000-00000000a001', 'E001', 'Tran Thi Binh', 'binh.tran@bank.vn', 'AGENT', 'CALL'),
    ('00000000-0000-0000-0000-00000000a002', 'E002', 'Le Van Cuong', 'cuong.le@bank.vn', 'AGENT', 'CALL'),
    ('00000000-0000-0000-0000-00000000a003', 'E003', 'Pham Minh Duc', 'duc.pham@bank.vn', 'AGENT', 'FIELD');

INSERT INTO bank_sync_service.customers
    (cif, type, name, date_of_birth, company_name, segment, status, source_system, created_by, updated_by)
VALUES
    ('C0001', 'INDIVIDUAL', 'Nguyen Van An', '1980-05-17', NULL, 'MASS', 'ACTIVE', 'T24', 'sync', 'sync'),
    ('C0002', 'ORGANIZATION', NULL, NULL, 'Cong ty TNHH Minh Phat', 'SME', 'ACTIVE', 'W4', 'sync', 'sync'),
    ('C0003', 'INDIVIDUAL', 'Hoang Thi Giang', '1975-11-02', NULL, 'MASS', 'INACTIVE', 'T24', 'sync', 'sync');

INSERT INTO bank_sync_service.phones
    (cif, type, number, is_primary, is_verified, verification_date, source_system, created_by, updated_by)
VALUES
    ('C0001', 'MOBILE', '0901234567', true, true, '2023-03-01', 'T24', 'sync', 'sync'),
    ('C0001', 'HOME', '(028) 3822-1234', false, false, NULL, 'T24', 'sync', 'sync'),
    ('C0002', 'OFFICE', '+84 912 345 678', true, false, NULL, 'W4', 'sync', 'sync'),
    ('C0003', 'MOBILE', '0987.654.321', true, false, NULL, 'T24', 'sync', 'sync');
INSERT INTO bank_sync_service.emails
    (cif, address, is_primary, is_verified, verification_date, source_system, created_by, updated_by)
VALUES
    ('C0001', 'an.nguyen@example.vn', true, true, '2023-03-01', 'T24', 'sync', 'sync'),
    ('C0002', 'contact@minhphat.com.vn', true, false, NULL, 'W4', 'sync', 'sync');
INSERT INTO bank_sync_service.addresses
    (cif, type, address_line1, city, state, district, country, is_primary, is_verified, verification_date,
     source_system, created_by, updated_by)
VALUES
    ('C0001', 'HOME', '12 Le Loi', 'Ho Chi Minh', 'HCM', 'Quan 1', 'VN', true, true, '2023-03-02', 'T24', 'sync', 'sync'),
    ('C0002', 'OFFICE', '5 Tran Hung Dao', 'Ha Noi', 'HN', 'Hoan Kiem', 'VN', true, false, NULL, 'W4', 'sync', 'sync');
INSERT INTO bank_sync_service.reference_customers
    (ref_cif, primary_cif, relationship_type, type, name, source_system, created_by, updated_by)
VALUES
    ('R0001', 'C0001', 'SPOUSE', 'INDIVIDUAL', 'Tran Thi Hoa', 'T24', 'sync', 'sync');

INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency, disbursement_date, maturity_date,
     interest_rate, term, payment_frequency, outstanding, remaining_amount, due_amount,
     next_payment_date, dpd, delinquency_status, status, close_date, source_system, created_by, updated_by)
VALUES
    ('L0001', 'C0001', 'CASH', 50000000, 'VND', '2022-01-10', '2025-01-10', 18.5, 36, 'MONTHLY',
     20000000, 20000000, 1500000, '2024-02-10', 25, 'DPD_1_30', 'OPEN', NULL, 'T24', 'sync', 'sync'),
    ('L0002', 'C0002', 'SME', 900000000, 'VND', '2021-06-01', '2026-06-01', 11.25, 60, 'MONTHLY',
     400000000, 400000000, 0, '2024-02-01', 0, 'CURRENT', 'OPEN', NULL, 'W4', 'sync', 'sync'),
    ('L0003', 'C0003', 'CARD', 2000, 'USD', '2019-01-01', '2023-01-01', 24, 48, 'MONTHLY',
     0, 0, 0, '2023-01-01', 0, 'CURRENT', 'CLOSED', '2023-01-05', 'T24', 'sync', 'sync');
INSERT INTO bank_sync_service.collaterals
    (collateral_number, cif, type, description, value, valuation_date, source_system, created_by, updated_by)
VALUES
    ('COL001', 'C0002', 'PROPERTY', 'Warehouse in Long Bien', 1200000000, '2023-09-30', 'W4', 'sync', 'sync');
INSERT INTO bank_sync_service.loan_collaterals (loan_account_number, collateral_number, source_system)
VALUES ('L0002', 'COL001', 'W4');
INSERT INTO bank_sync_service.due_segmentations
    (loan_account_number, due_date, principal_amount, interest_amount, fees_amount, penalty_amount,
     source_system, created_by, updated_by)
VALUES
    ('L0001', '2024-01-10', 1200000, 300000, 0, 0, 'T24', 'sync', 'sync');

INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status,
     source_system, created_by, updated_by)
VALUES
    ('P0001', 'L0001', 'C0001', 1500000, 'VND', '2024-01-12 09:30', 'TRANSFER', 'COMPLETED', 'T24', 'sync', 'sync'),
    ('P0002', 'L0002', 'C0002', 25000000, 'VND', '2024-02-01 14:00', 'TRANSFER', 'COMPLETED', 'W4', 'sync', 'sync'),
    ('P0003', 'L0001', 'C0001', 1500000, 'VND', '2024-03-11 08:00', 'CASH', 'FAILED', 'T24', 'sync', 'sync');

INSERT INTO workflow_service.action_records
    (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date,
     visit_latitude, visit_longitude, created_by, updated_by)
VALUES
    ('00000000-0000-0000-0000-0000000000c1', 'C0001', 'L0001', '00000000-0000-0000-0000-00000000a002', 'CALL', 'OUTBOUND', 'PAYMENT_PROMISE',
     '2024-01-11 10:00', NULL, NULL, 'E002', 'E002'),
    ('00000000-0000-0000-0000-0000000000c2', 'C0002', 'L0002', '00000000-0000-0000-0000-00000000a003', 'VISIT', 'OFFICE', 'PAYMENT_RECEIVED',
     '2024-02-01 11:00', 21.02851100, 105.85420000, 'E003', 'E003');

-- C0001: an SCD 2 history (the first period ends the day the second
-- starts); C0002: one current assignment; C0003: none.
INSERT INTO workflow_service.customer_agents
    (cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current)
VALUES
    ('C0001', '00000000-0000-0000-0000-00000000a001', NULL, '2023-01-01', '2024-01-01', false),
    ('C0001', '00000000-0000-0000-0000-00000000a002', NULL, '2024-01-01', NULL, true),
    ('C0002', '00000000-0000-0000-0000-00000000a001', '00000000-0000-0000-0000-00000000a003', '2023-06-01', NULL, true);
INSERT INTO workflow_service.customer_cases
    (cif, assigned_call_agent_id, assigned_field_agent_id, customer_status, collateral_status,
     processing_state_status, lending_violation_status, recovery_ability_status)
VALUES
    ('C0001', '00000000-0000-0000-0000-00000000a002', NULL, 'CONTACTED', 'NONE', 'IN_PROGRESS', 'NONE', 'HIGH'),
    ('C0002', '00000000-0000-0000-0000-00000000a001', '00000000-0000-0000-0000-00000000a003',
     'PROMISED', 'HELD', 'IN_PROGRESS', 'NONE', 'MEDIUM'),
    ('C0003', NULL, NULL, 'CLOSED', 'NONE', 'DONE', 'NONE', 'NONE');

--
-- Clean data: every rule and table reports zero, validate() returns nothing.
--
SELECT rule_name, severity, table_name, violations
FROM crmdb.validation_summary()
ORDER BY rule_name COLLATE "C", table_name::text COLLATE "C";
SELECT count(*) AS violations FROM crmdb.validate(p_max_per_rule => NULL);

--
-- One planted fault per rule, each in its own transaction: validate()
-- finds it once, with the natural key of the row and a detail naming the
-- bad value, and nothing else fires (except where one fault breaks two
-- rules by nature, said so below).
--
CREATE VIEW found AS
SELECT rule_name, severity, table_name, row_key, detail
FROM crmdb.validate(p_max_per_rule => NULL)
ORDER BY rule_name COLLATE "C", table_name::text COLLATE "C", row_key COLLATE "C";

-- customer_name_by_type: an INDIVIDUAL without name, an ORGANIZATION
-- whose company_name is blank.
BEGIN;
INSERT INTO bank_sync_service.customers (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('C0101', 'INDIVIDUAL', NULL, 'MASS', 'ACTIVE', 'T24', 'sync', 'sync'),
       ('C0102', 'ORGANIZATION', 'Somebody', 'SME', 'ACTIVE', 'T24', 'sync', 'sync');
UPDATE bank_sync_service.customers SET company_name = '  ' WHERE cif = 'C0102';
SELECT * FROM found;
ROLLBACK;

-- customer_birth_date: in the future, and before 1900.
BEGIN;
UPDATE bank_sync_service.customers SET date_of_birth = '2090-01-01' WHERE cif = 'C0001';
UPDATE bank_sync_service.customers SET date_of_birth = '1899-12-31' WHERE cif = 'C0003';
SELECT * FROM found;
ROLLBACK;

-- customer_status
BEGIN;
UPDATE bank_sync_service.customers SET status = 'DORMANT' WHERE cif = 'C0003';
SELECT * FROM found;
ROLLBACK;

-- phone_format: 7 digits.
BEGIN;
INSERT INTO bank_sync_service.phones (cif, type, number, source_system, created_by, updated_by)
VALUES ('C0003', 'HOME', '382-2123', 'T24', 'sync', 'sync');
SELECT * FROM found;
ROLLBACK;

-- email_format: a double dot.
BEGIN;
INSERT INTO bank_sync_service.emails (cif, address, source_system, created_by, updated_by)
VALUES ('C0003', 'giang..hoang@example.vn', 'T24', 'sync', 'sync');
SELECT * FROM found;
ROLLBACK;

-- single_primary_contact: a second primary phone for C0001, a second
-- primary e-mail and address for C0002; one violation per customer.
BEGIN;
INSERT INTO bank_sync_service.phones (cif, type, number, is_primary, source_system, created_by, updated_by)
VALUES ('C0001', 'WORK', '0911111111', true, 'T24', 'sync', 'sync'),
       ('C0001', 'OTHER', '0922222222', true, 'T24', 'sync', 'sync');
INSERT INTO bank_sync_service.emails (cif, address, is_primary, source_system, created_by, updated_by)
VALUES ('C0002', 'ketoan@minhphat.com.vn', true, 'W4', 'sync', 'sync');
INSERT INTO bank_sync_service.addresses
    (cif, type, address_line1, city, state, district, country, is_primary, source_system, created_by, updated_by)
VALUES ('C0002', 'WAREHOUSE', '1 Nguyen Van Cu', 'Ha Noi', 'HN', 'Long Bien', 'VN', true, 'W4', 'sync', 'sync');
SELECT * FROM found;
ROLLBACK;

-- verified_without_date: in each of phones, emails and addresses.
BEGIN;
UPDATE bank_sync_service.phones SET is_verified = true WHERE cif = 'C0003';
UPDATE bank_sync_service.emails SET is_verified = true WHERE cif = 'C0002';
UPDATE bank_sync_service.addresses SET verification_date = NULL WHERE cif = 'C0001';
SELECT * FROM found;
ROLLBACK;

-- reference_is_self
BEGIN;
INSERT INTO bank_sync_service.reference_customers
    (ref_cif, primary_cif, relationship_type, type, name, source_system, created_by, updated_by)
VALUES ('C0002', 'C0002', 'GUARANTOR', 'ORGANIZATION', NULL, 'W4', 'sync', 'sync');
SELECT * FROM found;
ROLLBACK;

-- loan_dates: matures on the day of disbursement.
BEGIN;
UPDATE bank_sync_service.loans SET maturity_date = disbursement_date WHERE account_number = 'L0002';
SELECT * FROM found;
ROLLBACK;

-- loan_amounts: a zero original amount and a negative due amount, one row.
BEGIN;
UPDATE bank_sync_service.loans SET original_amount = 0, due_amount = -1 WHERE account_number = 'L0002';
SELECT * FROM found;
ROLLBACK;

-- loan_closed_state: CLOSED without close_date, OPEN with one.
BEGIN;
UPDATE bank_sync_service.loans SET close_date = NULL WHERE account_number = 'L0003';
UPDATE bank_sync_service.loans SET close_date = '2024-01-31' WHERE account_number = 'L0002';
SELECT * FROM found;
ROLLBACK;

-- loan_currency: withdrawn, and lower case (on loans without payments,
-- whose currency would differ from the loan's).
BEGIN;
UPDATE bank_sync_service.loans SET currency = 'HRK' WHERE account_number = 'L0003';
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency, disbursement_date, maturity_date,
     interest_rate, term, payment_frequency, outstanding, remaining_amount, due_amount,
     next_payment_date, dpd, delinquency_status, status, close_date, source_system, created_by, updated_by)
VALUES
    ('L0004', 'C0003', 'CARD', 1000, 'usd', '2023-01-01', '2026-01-01', 20, 36, 'MONTHLY',
     500, 500, 0, '2024-02-01', 0, 'CURRENT', 'OPEN', NULL, 'T24', 'sync', 'sync');
SELECT * FROM found;
ROLLBACK;

-- loan_dpd
BEGIN;
UPDATE bank_sync_service.loans SET dpd = -3 WHERE account_number = 'L0001';
SELECT * FROM found;
ROLLBACK;

-- loan_interest_rate
BEGIN;
UPDATE bank_sync_service.loans SET interest_rate = 150 WHERE account_number = 'L0002';
SELECT * FROM found;
ROLLBACK;

-- collateral_value: negative value and a valuation date in the future.
BEGIN;
UPDATE bank_sync_service.collaterals SET value = -1, valuation_date = '2090-01-01' WHERE collateral_number = 'COL001';
SELECT * FROM found;
ROLLBACK;

-- due_segment_amounts
BEGIN;
UPDATE bank_sync_service.due_segmentations SET penalty_amount = -50000 WHERE loan_account_number = 'L0001';
SELECT * FROM found;
ROLLBACK;

-- payment_amount
BEGIN;
UPDATE payment_service.payments SET amount = 0 WHERE reference_number = 'P0003';
SELECT * FROM found;
ROLLBACK;

-- payment_loan_customer: P0002 pays L0002 but names customer C0001.
BEGIN;
UPDATE payment_service.payments SET cif = 'C0001' WHERE reference_number = 'P0002';
SELECT * FROM found;
ROLLBACK;

-- payment_currency
BEGIN;
UPDATE payment_service.payments SET currency = 'USD' WHERE reference_number = 'P0001';
SELECT * FROM found;
ROLLBACK;

-- payment_future: a payment in 2090 (in its own partition, not DEFAULT).
BEGIN;
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status,
     source_system, created_by, updated_by)
VALUES ('P0090', 'L0002', 'C0002', 1000, 'VND', '2090-02-01 00:00', 'TRANSFER', 'PENDING', 'W4', 'sync', 'sync');
SELECT * FROM found;
ROLLBACK;

-- default_partition_rows: one row in each DEFAULT partition; key = id.
BEGIN;
INSERT INTO payment_service.payments
    (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status,
     source_system, created_by, updated_by)
VALUES ('00000000-0000-0000-0000-0000000000d1', 'P0000', 'L0001', 'C0001', 1000, 'VND', '2000-01-03 10:00',
        'CASH', 'COMPLETED', 'T24', 'sync', 'sync');
INSERT INTO workflow_service.action_records
    (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, created_by, updated_by)
VALUES ('00000000-0000-0000-0000-0000000000d2', 'C0001', 'L0001', '00000000-0000-0000-0000-00000000a002',
        'CALL', 'OUTBOUND', 'NO_ANSWER', '2000-01-04 10:00', 'E002', 'E002');
INSERT INTO workflow_service.customer_agents
    (id, cif, assigned_call_agent_id, start_date, end_date, is_current)
VALUES ('00000000-0000-0000-0000-0000000000d3', 'C0003', '00000000-0000-0000-0000-00000000a001',
        '2000-01-01', '2000-02-01', false);
SELECT * FROM found;
ROLLBACK;

-- action_loan_customer
BEGIN;
UPDATE workflow_service.action_records SET cif = 'C0003' WHERE loan_account_number = 'L0001';
SELECT * FROM found;
ROLLBACK;

-- action_geo: a latitude without longitude.
BEGIN;
UPDATE workflow_service.action_records SET visit_longitude = NULL WHERE loan_account_number = 'L0002';
SELECT * FROM found;
ROLLBACK;
BEGIN;
UPDATE workflow_service.action_records SET visit_latitude = -91 WHERE loan_account_number = 'L0002';
SELECT * FROM found;
ROLLBACK;

-- assignment_single_current: two current assignments are two open periods,
-- so the customer's periods overlap as well (one violation of each rule);
-- and the case no longer names the agents of the latest current one.
BEGIN;
INSERT INTO workflow_service.customer_agents
    (cif, assigned_call_agent_id, start_date, end_date, is_current)
VALUES ('C0002', '00000000-0000-0000-0000-00000000a002', '2024-02-01', NULL, true);
SELECT * FROM found;
ROLLBACK;

-- assignment_period: an end before the start (key: cif/start_date).
BEGIN;
INSERT INTO workflow_service.customer_agents
    (cif, assigned_call_agent_id, start_date, end_date, is_current)
VALUES ('C0003', '00000000-0000-0000-0000-00000000a001', '2024-03-01', '2024-02-01', false);
SELECT * FROM found;
ROLLBACK;
-- ... a current assignment with an end date, and a past one without.
BEGIN;
UPDATE workflow_service.customer_agents SET end_date = '2099-12-31' WHERE cif = 'C0002';
UPDATE workflow_service.customer_agents SET end_date = NULL WHERE cif = 'C0001' AND NOT is_current;
SELECT * FROM found;
ROLLBACK;

-- assignment_overlap: two past periods of C0003 that overlap; one
-- violation for the customer however many periods overlap.  Periods are
-- half-open: C0001's history (one ends the day the next starts) is clean.
BEGIN;
INSERT INTO workflow_service.customer_agents
    (cif, assigned_call_agent_id, start_date, end_date, is_current)
VALUES ('C0003', '00000000-0000-0000-0000-00000000a001', '2023-01-01', '2023-07-01', false),
       ('C0003', '00000000-0000-0000-0000-00000000a002', '2023-03-01', '2023-05-01', false),
       ('C0003', '00000000-0000-0000-0000-00000000a002', '2023-04-01', '2023-09-01', false);
SELECT * FROM found;
ROLLBACK;

-- case_matches_assignment: a case naming another call agent, and a case
-- with an agent for a customer without current assignment.
BEGIN;
UPDATE workflow_service.customer_cases SET assigned_call_agent_id = '00000000-0000-0000-0000-00000000a001'
WHERE cif IN ('C0001', 'C0003');
SELECT * FROM found;
ROLLBACK;

-- agent_email_format: no dot in the domain.
BEGIN;
UPDATE workflow_service.agents SET email = 'duc.pham@bank' WHERE employee_id = 'E003';
SELECT * FROM found;
ROLLBACK;

-- user_role_exists
BEGIN;
INSERT INTO auth_service.users (username, email, password_hash, role)
VALUES ('auditor', 'auditor@bank.vn', 'x', 'AUDITOR');
SELECT * FROM found;
ROLLBACK;

--
-- The loan lookup: payment_loan_customer, payment_currency and
-- action_loan_customer are counted through crmdb.loan_mismatches() and a
-- lookup of the loans, and must count exactly what the join counts:
-- several faults, NULLs, an account number two loans share; and the join
-- takes over when the loans do not fit in the hash memory.
--
CREATE VIEW loan_rule_counts AS
SELECT s.rule_name, s.violations,
       CASE s.rule_name
       WHEN 'payment_loan_customer' THEN
           (SELECT count(*) FROM payment_service.payments t
            JOIN bank_sync_service.loans l ON l.account_number = t.loan_account_number WHERE t.cif <> l.cif)
       WHEN 'payment_currency' THEN
           (SELECT count(*) FROM payment_service.payments t
            JOIN bank_sync_service.loans l ON l.account_number = t.loan_account_number WHERE t.currency <> l.currency)
       WHEN 'action_loan_customer' THEN
           (SELECT count(*) FROM workflow_service.action_records t
            JOIN bank_sync_service.loans l ON l.account_number = t.loan_account_number WHERE t.cif <> l.cif)
       WHEN 'payment_amount' THEN
           (SELECT count(*) FROM payment_service.payments t WHERE t.amount <= 0)
       END AS joined
FROM crmdb.validation_summary(p_rules => ARRAY['payment_loan_customer', 'payment_currency',
                                               'action_loan_customer', 'payment_amount']) s
ORDER BY s.rule_name COLLATE "C";
BEGIN;
UPDATE payment_service.payments SET cif = 'C0002', currency = 'USD', amount = 0 WHERE reference_number = 'P0001';
UPDATE payment_service.payments SET cif = 'C0003' WHERE reference_number = 'P0002';
UPDATE workflow_service.action_records SET cif = 'C0003';
SET client_min_messages = debug1;
SELECT * FROM loan_rule_counts;
RESET client_min_messages;
-- NULLs never differ: a loan without cif or currency, a payment without cif.
ALTER TABLE bank_sync_service.loans ALTER COLUMN cif DROP NOT NULL, ALTER COLUMN currency DROP NOT NULL;
ALTER TABLE payment_service.payments ALTER COLUMN cif DROP NOT NULL;
UPDATE bank_sync_service.loans SET cif = NULL, currency = NULL WHERE account_number = 'L0002';
UPDATE payment_service.payments SET cif = NULL WHERE reference_number = 'P0003';
SELECT * FROM loan_rule_counts;
-- 5,000 more loans do not fit in 64kB: the join counts, the same.
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency, disbursement_date, maturity_date,
     interest_rate, term, payment_frequency, outstanding, remaining_amount, due_amount,
     next_payment_date, dpd, delinquency_status, status, close_date, source_system, created_by, updated_by)
SELECT 'X' || g, cif, product_type, original_amount, currency, disbursement_date, maturity_date,
       interest_rate, term, payment_frequency, outstanding, remaining_amount, due_amount,
       next_payment_date, dpd, delinquency_status, status, close_date, source_system, created_by, updated_by
FROM bank_sync_service.loans, generate_series(1, 5000) g WHERE account_number = 'L0003';
SET crmdb.validation_work_mem = '64kB';
SET hash_mem_multiplier = 1;
SET client_min_messages = debug1;
SELECT * FROM loan_rule_counts;
RESET client_min_messages;
RESET hash_mem_multiplier;
RESET crmdb.validation_work_mem;
SELECT * FROM loan_rule_counts;
-- Two loans with account number L0001 (its unique constraint dropped):
-- each payment and action is compared with both, as the join does.
ALTER TABLE bank_sync_service.loans DROP CONSTRAINT loans_account_number_key CASCADE;
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency, disbursement_date, maturity_date,
     interest_rate, term, payment_frequency, outstanding, remaining_amount, due_amount,
     next_payment_date, dpd, delinquency_status, status, close_date, source_system, created_by, updated_by)
SELECT account_number, 'C0002', product_type, original_amount, 'USD', disbursement_date, maturity_date,
       interest_rate, term, payment_frequency, outstanding, remaining_amount, due_amount,
       next_payment_date, dpd, delinquency_status, status, close_date, source_system, created_by, updated_by
FROM bank_sync_service.loans WHERE account_number = 'L0001';
SELECT * FROM loan_rule_counts;
-- validate() counts through the lookup, then lists the rows of the rules
-- that have violations, each payment compared with both loans L0001.
SELECT rule_name, row_key, detail FROM crmdb.validate(ARRAY['payment_service.payments'::regclass])
ORDER BY rule_name COLLATE "C", row_key COLLATE "C", detail COLLATE "C";
SELECT rule_name, row_key, detail FROM crmdb.validate(ARRAY['payment_service.payments'::regclass], p_max_per_rule => 1)
ORDER BY rule_name COLLATE "C", row_key COLLATE "C", detail COLLATE "C";
ROLLBACK;
DROP VIEW loan_rule_counts;
-- The aggregate is callable by everyone, with what it is given: nothing
-- counted without a lookup, an error for anything that is not a lookup.
SELECT crmdb.loan_mismatches(NULL, 'L0001', 'C0001', 'VND');
SELECT crmdb.loan_mismatches('\x00'::bytea, 'L0001', 'C0001', 'VND');
SELECT crmdb.loan_mismatches(decode('316f6f6c' || '10000000' || '01000000' || '00000000'
                                    || repeat('0000000000000000', 16), 'hex'),
                             'L0001', 'C0001', 'VND');

--
-- Several faults at once, for the remaining tests.
--
INSERT INTO bank_sync_service.phones (cif, type, number, source_system, created_by, updated_by)
VALUES ('C0002', 'FAX', '123', 'W4', 'sync', 'sync'),
       ('C0003', 'HOME', '456', 'T24', 'sync', 'sync'),
       ('C0003', 'WORK', 'call me', 'T24', 'sync', 'sync');
UPDATE bank_sync_service.loans SET dpd = -1 WHERE account_number IN ('L0001', 'L0002');
UPDATE bank_sync_service.customers SET status = 'UNKNOWN' WHERE cif = 'C0002';

-- p_max_per_rule caps the rows of each rule and table; the summary counts all.
SELECT rule_name, count(*) FROM crmdb.validate(p_max_per_rule => 2) GROUP BY 1 ORDER BY rule_name COLLATE "C";
SELECT rule_name, count(*) FROM crmdb.validate(p_max_per_rule => 1) GROUP BY 1 ORDER BY rule_name COLLATE "C";
SELECT count(*) FROM crmdb.validate(p_max_per_rule => 0);
SELECT rule_name, count(*) FROM crmdb.validate(p_max_per_rule => NULL) GROUP BY 1 ORDER BY rule_name COLLATE "C";
SELECT rule_name, table_name, violations FROM crmdb.validation_summary()
WHERE violations > 0 ORDER BY rule_name COLLATE "C", table_name::text COLLATE "C";

-- p_tables and p_rules narrow the rules run.
SELECT rule_name, table_name, row_key FROM crmdb.validate(ARRAY['bank_sync_service.loans'::regclass])
ORDER BY rule_name COLLATE "C", row_key COLLATE "C";
SELECT rule_name, table_name, row_key FROM crmdb.validate(p_rules => ARRAY['customer_status', 'loan_dpd'])
ORDER BY rule_name COLLATE "C", row_key COLLATE "C";
SELECT rule_name, table_name, row_key
FROM crmdb.validate(ARRAY['bank_sync_service.phones', 'bank_sync_service.customers']::regclass[],
                    ARRAY['phone_format', 'loan_dpd'])
ORDER BY rule_name COLLATE "C", row_key COLLATE "C";
SELECT rule_name, table_name, violations
FROM crmdb.validation_summary(ARRAY['bank_sync_service.phones'::regclass], ARRAY['single_primary_contact']);
-- Tables without rules, and empty selections, give nothing.
SELECT count(*) FROM crmdb.validation_summary(ARRAY['auth_service.permissions'::regclass]);
SELECT count(*) FROM crmdb.validation_summary(p_rules => '{}');

--
-- Operators change the rules in crmdb.validation_rules; validate() reads
-- them at every call.  Disabled rules stay silent.
--
UPDATE crmdb.validation_rules SET enabled = false WHERE rule_name = 'phone_format';
UPDATE crmdb.validation_rules SET severity = 'warning' WHERE rule_name = 'loan_dpd';
SELECT rule_name, severity, count(*) FROM crmdb.validate() GROUP BY 1, 2 ORDER BY rule_name COLLATE "C";
SELECT rule_name, severity, violations FROM crmdb.validation_summary()
WHERE rule_name IN ('phone_format', 'loan_dpd', 'customer_status') ORDER BY rule_name COLLATE "C";
-- ... also when named explicitly.
SELECT count(*) FROM crmdb.validate(p_rules => ARRAY['phone_format']);
SELECT count(*) FROM crmdb.validation_summary(p_rules => ARRAY['phone_format']);
UPDATE crmdb.validation_rules SET enabled = true WHERE rule_name = 'phone_format';

-- The rules are crmdb's: only enabled and severity change; inserting an
-- existing rule updates it (that is how a restored dump lands).
UPDATE crmdb.validation_rules SET severity = 'fatal' WHERE rule_name = 'loan_dpd';
UPDATE crmdb.validation_rules SET description = 'mine' WHERE rule_name = 'loan_dpd';
UPDATE crmdb.validation_rules SET rule_name = 'dpd' WHERE rule_name = 'loan_dpd';
DELETE FROM crmdb.validation_rules WHERE rule_name = 'loan_dpd';
INSERT INTO crmdb.validation_rules (rule_name, table_names, description, severity)
VALUES ('my_rule', '{}', 'mine', 'error');
INSERT INTO crmdb.validation_rules (rule_name, table_names, description, severity, enabled)
VALUES ('loan_dpd', '{}', 'an old description', 'error', false);
SELECT rule_name, table_names, description, severity, enabled
FROM crmdb.validation_rules WHERE rule_name = 'loan_dpd';
UPDATE crmdb.validation_rules SET enabled = true WHERE rule_name = 'loan_dpd';
SELECT count(*) AS rules, count(*) FILTER (WHERE enabled) AS enabled FROM crmdb.validation_rules;
-- A built-in rule missing from the table (only possible with the guard
-- switched off) is still checked, with its default severity, and a
-- warning; inserting it brings it back with crmdb's tables and text.
ALTER TABLE crmdb.validation_rules DISABLE TRIGGER validation_rules_guard;
DELETE FROM crmdb.validation_rules WHERE rule_name = 'customer_status';
ALTER TABLE crmdb.validation_rules ENABLE TRIGGER validation_rules_guard;
SELECT rule_name, severity, row_key FROM crmdb.validate(p_rules => ARRAY['customer_status']);
INSERT INTO crmdb.validation_rules (rule_name, table_names, description, severity, enabled)
VALUES ('customer_status', '{}', '', 'warning', true);
SELECT rule_name, table_names, description, severity, enabled
FROM crmdb.validation_rules WHERE rule_name = 'customer_status';
UPDATE crmdb.validation_rules SET severity = 'error' WHERE rule_name = 'customer_status';

-- The checks behind the rules, as crmdb.validation_rule_checks() shows them.
SELECT rule_name, table_name, default_severity, check_kind
FROM crmdb.validation_rule_checks() ORDER BY rule_name COLLATE "C", table_name COLLATE "C";
SELECT check_sql FROM crmdb.validation_rule_checks() WHERE rule_name = 'payment_currency';

--
-- Bad input
--
SELECT * FROM crmdb.validate(p_rules => ARRAY['no_such_rule']);
SELECT * FROM crmdb.validation_summary(p_rules => ARRAY['phone_format', NULL]);
SELECT * FROM crmdb.validate(ARRAY['crmdb.validation_rules'::regclass]);
SELECT * FROM crmdb.validate(ARRAY['payment_service.payments_2024_q1'::regclass]);
SELECT * FROM crmdb.validation_summary(ARRAY[NULL::regclass]);
SELECT * FROM crmdb.validate(p_max_per_rule => -1);

-- Privileges: nothing that reads the service schemas is open to PUBLIC,
-- and a caller must be able to read the tables named.
SELECT p.oid::regprocedure AS function, has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
FROM pg_proc p
WHERE p.pronamespace = 'crmdb'::regnamespace
  AND p.proname IN ('validate', 'validation_summary', 'run_validation', 'verify_schema', 'validation_rule_checks',
                    'loan_mismatches')
ORDER BY p.oid::regprocedure::text COLLATE "C";
CREATE ROLE regress_validation_reader;
GRANT EXECUTE ON FUNCTION crmdb.validate(regclass[], text[], integer) TO regress_validation_reader;
GRANT SELECT ON crmdb.validation_rules TO regress_validation_reader;
GRANT USAGE ON SCHEMA auth_service TO regress_validation_reader;
SET ROLE regress_validation_reader;
SELECT * FROM crmdb.validate(ARRAY['auth_service.users'::regclass]);
RESET ROLE;
DROP OWNED BY regress_validation_reader;
DROP ROLE regress_validation_reader;

--
-- run_validation(): counts per rule and table, the first keys, a bounded
-- history, and what is new since the previous run.
--
SET crmdb.validation_keys_per_rule = 2;
SET crmdb.validation_runs_kept = 2;
SELECT crmdb.run_validation() AS first_run \gset
SELECT run_id = :first_run AS is_run, finished_at >= started_at AS finished, checks, failed_checks,
       error_violations, warning_violations, keys_per_rule
FROM crmdb.validation_runs;
SELECT rule_name, table_name, severity, violations, row_keys, details, error_message
FROM crmdb.validation_results WHERE violations > 0 OR error_message IS NOT NULL
ORDER BY rule_name COLLATE "C", table_name COLLATE "C";
SELECT count(*) AS results FROM crmdb.validation_results;
-- The first run: everything is new.
SELECT run_id = :first_run AS latest, previous_run_id, rule_name, table_name, violations,
       previous_violations, change, new_row_keys, previous_keys_complete
FROM crmdb.validation_changes ORDER BY rule_name COLLATE "C", table_name COLLATE "C";

-- One fault fixed, one new: the second run shows only the new one.
UPDATE bank_sync_service.loans SET dpd = 0 WHERE account_number = 'L0001';
UPDATE bank_sync_service.emails SET address = 'bad@@example.vn' WHERE cif = 'C0001';
SELECT crmdb.run_validation() = :first_run + 1 AS second_run;
SELECT run_id = :first_run + 1 AS latest, previous_run_id = :first_run AS previous, rule_name, table_name,
       violations, previous_violations, change, new_row_keys, previous_keys_complete
FROM crmdb.validation_changes ORDER BY rule_name COLLATE "C", table_name COLLATE "C";

-- Nothing changed: nothing new.
SELECT crmdb.run_validation() = :first_run + 2 AS third_run;
SELECT count(*) AS news FROM crmdb.validation_changes;
-- crmdb.validation_runs_kept = 2: the oldest runs and their results are gone.
SELECT run_id - :first_run AS run FROM crmdb.validation_runs ORDER BY 1;
SELECT DISTINCT run_id - :first_run AS run FROM crmdb.validation_results ORDER BY 1;
SELECT area, action, object_name, success, rows_affected
FROM crmdb.maintenance_log WHERE area = 'validation' ORDER BY log_id;

-- A check that cannot run fails alone: the run records its error and
-- goes on with the other tables.
BEGIN;
ALTER TABLE bank_sync_service.emails ALTER COLUMN address TYPE integer USING 0;
SELECT crmdb.run_validation() = :first_run + 3 AS fourth_run;
SELECT checks, failed_checks FROM crmdb.validation_runs WHERE run_id = :first_run + 3;
SELECT rule_name, table_name, violations, error_message
FROM crmdb.validation_results
WHERE run_id = :first_run + 3 AND (error_message IS NOT NULL OR rule_name = 'customer_status')
ORDER BY rule_name COLLATE "C", table_name COLLATE "C";
SELECT rule_name, table_name, error_message FROM crmdb.validation_changes
WHERE error_message IS NOT NULL ORDER BY rule_name COLLATE "C", table_name COLLATE "C";
SELECT action, object_name, success, sqlstate, detail FROM crmdb.maintenance_log
WHERE area = 'validation' AND NOT success;
ROLLBACK;
RESET crmdb.validation_keys_per_rule;
RESET crmdb.validation_runs_kept;

-- Leave the database as we found it, for the next test.
DROP VIEW found;
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
