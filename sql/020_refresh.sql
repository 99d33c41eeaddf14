--
-- crmdb.refresh_views(): dependency order, CONCURRENTLY whenever possible,
-- and skipping exactly the views whose sources did not change.  crmdb is
-- in shared_preload_libraries here (test/crmdb.conf), so change tracking
-- is active.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();

-- Runs a statement, returns 'ok' or the SQLSTATE and message of its error.
CREATE FUNCTION pg_temp.try(p_sql text)
RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE p_sql;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

-- What a call did, in the order the views were handled.
CREATE FUNCTION pg_temp.refresh(p_views regclass[] DEFAULT NULL,
                                p_force boolean DEFAULT false)
RETURNS TABLE (n bigint, view_name regclass, action text, rows bigint)
LANGUAGE sql AS $$
    SELECT r.n, r.view_name, r.action, r.rows
    FROM crmdb.refresh_views(p_views, p_force)
         WITH ORDINALITY AS r(view_name, action, rows, duration_ms, n)
    ORDER BY r.n
$$;

-- Sample rows: three customers, three loans, two active agents and an
-- inactive one, a case, actions and payments, in dated and DEFAULT
-- partitions.
CREATE TABLE payment_service.payments_2019_q1
    PARTITION OF payment_service.payments
    FOR VALUES FROM ('2019-01-01') TO ('2019-04-01');
CREATE TABLE workflow_service.action_records_2019_q1
    PARTITION OF workflow_service.action_records
    FOR VALUES FROM ('2019-01-01') TO ('2019-04-01');
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
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype, action_result,
     action_date, created_by, updated_by)
VALUES
    ('C001', 'L001', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'PAYMENT_PROMISE', '2019-01-05 09:00', 'a1', 'a1'),
    ('C001', 'L002', '00000000-0000-0000-0000-0000000000a1', 'CALL', 'OUTBOUND', 'NO_ANSWER', '2019-02-14 15:00', 'a1', 'a1'),
    ('C002', 'L003', '00000000-0000-0000-0000-0000000000a3', 'CALL', 'OUTBOUND', 'NO_ANSWER', '2020-06-03 08:00', 'a3', 'a3');
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES
    ('REF-0001', 'L001', 'C001', 100.00, 'VND', '2019-01-15 10:00', 'BANK_TRANSFER', 'COMPLETED', 'T24', 'sync', 'sync'),
    ('REF-0002', 'L001', 'C001', 150.00, 'VND', '2019-01-20 11:00', 'CASH', 'COMPLETED', 'T24', 'sync', 'sync'),
    ('REF-0003', 'L003', 'C002', 150.00, 'VND', '2019-02-25 12:00', 'CASH', 'FAILED', 'T24', 'sync', 'sync'),
    ('REF-0004', 'L002', 'C001', 300.00, 'VND', '2020-07-01 09:00', 'CASH', 'COMPLETED', 'T24', 'sync', 'sync');

-- Users' own views in a service schema: one built on a shipped view (it
-- must be refreshed after it), one without a unique index (always
-- refreshed plain), one created WITH NO DATA (first refresh plain, then
-- CONCURRENTLY), one through a plain view.
CREATE MATERIALIZED VIEW payment_service.loan_paid_by_year AS
SELECT loan_account_number, year,
       sum(total_paid_amount) AS total_paid_amount
FROM payment_service.payment_summary
GROUP BY loan_account_number, year;
CREATE UNIQUE INDEX ON payment_service.loan_paid_by_year (loan_account_number, year);
CREATE MATERIALIZED VIEW bank_sync_service.customer_count AS
SELECT type, count(*) AS customers FROM bank_sync_service.customers GROUP BY type;
CREATE MATERIALIZED VIEW bank_sync_service.loan_totals AS
SELECT status, count(*) AS loans, sum(outstanding) AS outstanding
FROM bank_sync_service.loans GROUP BY status
WITH NO DATA;
CREATE UNIQUE INDEX ON bank_sync_service.loan_totals (status);
CREATE VIEW workflow_service.open_cases AS
SELECT cif, customer_status FROM workflow_service.customer_cases;
CREATE MATERIALIZED VIEW workflow_service.case_status_count AS
SELECT customer_status, count(*) AS cases
FROM workflow_service.open_cases GROUP BY customer_status;
CREATE UNIQUE INDEX ON workflow_service.case_status_count (customer_status);

-- Before any refresh: every view is stale, with what it reads and how it
-- will be refreshed.
SELECT view_name, is_stale, stale_reason, source_tables, refresh_mode,
       is_populated, last_action
FROM crmdb.view_status ORDER BY view_name::text;

--
-- 1. The first call refreshes every view, each one after the views it
-- reads: loan_paid_by_year after payment_summary.  rows is the number of
-- rows in the view after the refresh.
--
SELECT * FROM pg_temp.refresh();

-- 2. The second call skips them all.
SELECT * FROM pg_temp.refresh();
SELECT view_name, is_stale, stale_reason, rows, last_action,
       last_refresh IS NOT NULL AS refreshed, last_duration_ms >= 0 AS timed
FROM crmdb.view_status ORDER BY view_name::text;

--
-- 3. A change in payments: exactly the two payment views, and the view
-- built on one of them, are refreshed.
--
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('REF-0005', 'L002', 'C001', 50.00, 'VND', '2019-03-01 08:00', 'CARD', 'COMPLETED', 'CRM', 'x', 'x');
SELECT view_name, is_stale, stale_reason
FROM crmdb.view_status WHERE is_stale ORDER BY view_name::text;
SELECT * FROM pg_temp.refresh();
SELECT * FROM payment_service.loan_paid_by_year ORDER BY 1, 2;
SELECT * FROM pg_temp.refresh();

-- An UPDATE through the parent that lands in a dated partition, and a
-- DELETE straight from a partition, count as changes of payments.
UPDATE payment_service.payments SET status = 'REVERSED' WHERE reference_number = 'REF-0002';
SELECT * FROM pg_temp.refresh();
DELETE FROM payment_service.payments_2019_q1 WHERE reference_number = 'REF-0005';
SELECT * FROM pg_temp.refresh();
SELECT * FROM payment_service.loan_paid_by_year ORDER BY 1, 2;

-- Changes elsewhere refresh only the views that read them: customers
-- (customer_collection_status, customer_count), action records written
-- into a partition directly (agent_performance, customer_collection_status),
-- a table read through a plain view (case_status_count).
UPDATE bank_sync_service.customers SET segment = 'SME' WHERE cif = 'C003';
SELECT * FROM pg_temp.refresh();
INSERT INTO workflow_service.action_records_2019_q1
    (cif, loan_account_number, agent_id, type, subtype, action_result,
     action_date, created_by, updated_by)
VALUES ('C001', 'L001', '00000000-0000-0000-0000-0000000000a2', 'VISIT', 'FIELD', 'PAYMENT_RECEIVED', '2019-03-02 10:00', 'a2', 'a2');
SELECT * FROM pg_temp.refresh();
UPDATE workflow_service.customer_cases SET customer_status = 'PROMISED' WHERE cif = 'C001';
SELECT * FROM pg_temp.refresh();
SELECT * FROM workflow_service.case_status_count ORDER BY 1;

-- A rolled back change refreshes nothing.  A change undone by ROLLBACK TO
-- SAVEPOINT may cause one refresh that was not needed (never a missed one).
BEGIN;
UPDATE bank_sync_service.loans SET dpd = 98 WHERE account_number = 'L003';
ROLLBACK;
SELECT * FROM pg_temp.refresh();
BEGIN;
SAVEPOINT s;
UPDATE bank_sync_service.loans SET dpd = 99 WHERE account_number = 'L003';
ROLLBACK TO SAVEPOINT s;
COMMIT;
SELECT * FROM pg_temp.refresh(ARRAY['bank_sync_service.loan_totals']::regclass[]);
SELECT * FROM pg_temp.refresh(ARRAY['bank_sync_service.loan_totals']::regclass[]);

-- A change and a refresh in the same transaction: the refresh sees the
-- change, and the next call knows it.
BEGIN;
UPDATE bank_sync_service.loans SET outstanding = 900.00 WHERE account_number = 'L001';
SELECT * FROM pg_temp.refresh();
COMMIT;
SELECT * FROM pg_temp.refresh();
SELECT * FROM bank_sync_service.loan_totals ORDER BY 1;

-- TRUNCATE, COPY FROM, and partition DDL that changes what a parent
-- shows, are changes too.
TRUNCATE workflow_service.customer_cases;
SELECT * FROM pg_temp.refresh();
COPY workflow_service.customer_cases
    (cif, customer_status, collateral_status, processing_state_status,
     lending_violation_status, recovery_ability_status) FROM stdin;
C002	NEW	NONE	NEW	NONE	UNKNOWN
\.
SELECT * FROM pg_temp.refresh();
ALTER TABLE payment_service.payments DETACH PARTITION payment_service.payments_2019_q1;
SELECT * FROM pg_temp.refresh();
ALTER TABLE payment_service.payments ATTACH PARTITION payment_service.payments_2019_q1
    FOR VALUES FROM ('2019-01-01') TO ('2019-04-01');
SELECT * FROM pg_temp.refresh();
SELECT * FROM pg_temp.refresh();

--
-- 4. p_force refreshes regardless; p_views limits the call to the views
-- given, still in dependency order.
--
SELECT * FROM pg_temp.refresh(p_force => true);
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.agent_performance']::regclass[], true);
SELECT * FROM pg_temp.refresh(ARRAY['payment_service.loan_paid_by_year',
                                    'payment_service.payment_summary',
                                    'payment_service.loan_paid_by_year']::regclass[], true);
-- A view is skipped when the view it reads did not change, even if that
-- view's own sources did (it is consistent with what it reads).
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency,
     payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('REF-0006', 'L001', 'C001', 70.00, 'VND', '2019-03-05 08:00', 'CASH', 'COMPLETED', 'CRM', 'x', 'x');
SELECT * FROM pg_temp.refresh(ARRAY['payment_service.loan_paid_by_year']::regclass[]);
SELECT view_name, is_stale, stale_reason FROM crmdb.view_status
WHERE view_name = 'payment_service.loan_paid_by_year'::regclass;
SELECT * FROM pg_temp.refresh();

--
-- 5. A view whose result can change without any table changing (it calls
-- a function that is not immutable) is refreshed by every call.
--
CREATE MATERIALIZED VIEW workflow_service.agents_seen AS
SELECT count(*) AS agents, now() > '2000-01-01' AS checked FROM workflow_service.agents;
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.agents_seen']::regclass[]);
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.agents_seen']::regclass[]);
SELECT view_name, is_stale, stale_reason FROM crmdb.view_status
WHERE view_name = 'workflow_service.agents_seen'::regclass;
DROP MATERIALIZED VIEW workflow_service.agents_seen;

-- A view that calls an immutable function of its own: CREATE OR REPLACE
-- FUNCTION and ALTER FUNCTION change its result without changing a table,
-- and make the next call refresh it (and only it).
CREATE FUNCTION workflow_service.team_label(text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'team ' || $1 $$;
CREATE MATERIALIZED VIEW workflow_service.team_labels AS
SELECT DISTINCT workflow_service.team_label(team) AS label
  FROM workflow_service.agents;
CREATE UNIQUE INDEX ON workflow_service.team_labels (label);
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.team_labels']::regclass[]);
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.team_labels']::regclass[]);
CREATE OR REPLACE FUNCTION workflow_service.team_label(text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'squad ' || $1 $$;
SELECT view_name, action FROM pg_temp.refresh() WHERE action <> 'skipped_unchanged';
SELECT label FROM workflow_service.team_labels ORDER BY label;
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.team_labels']::regclass[]);
ALTER FUNCTION workflow_service.team_label(text) SET search_path = pg_catalog;
SELECT * FROM pg_temp.refresh(ARRAY['workflow_service.team_labels']::regclass[]);
DROP MATERIALIZED VIEW workflow_service.team_labels;
DROP FUNCTION workflow_service.team_label(text);
-- A built-in function changed (by a superuser) may change any view: every
-- view is refreshed once, the incremental ones in full.
ALTER FUNCTION pg_catalog.lower(text) COST 2;
ALTER FUNCTION pg_catalog.lower(text) COST 1;
SELECT view_name, action FROM pg_temp.refresh() ORDER BY view_name::text;
SELECT view_name, action FROM pg_temp.refresh() WHERE action <> 'skipped_unchanged';

--
-- 6. One view's failure does not stop the others; the call ends with a
-- WARNING naming it.  A unique index whose key repeats makes the
-- concurrent refresh fail.
--
CREATE MATERIALIZED VIEW bank_sync_service.loan_segments AS
SELECT l.status, c.segment FROM bank_sync_service.loans l
JOIN bank_sync_service.customers c ON c.cif = l.cif
GROUP BY l.status, c.segment;
CREATE UNIQUE INDEX ON bank_sync_service.loan_segments (status);
SELECT * FROM bank_sync_service.loan_segments;
UPDATE bank_sync_service.customers SET segment = 'SME' WHERE cif = 'C002';
SELECT * FROM pg_temp.refresh();
SELECT view_name, last_action, last_error, is_stale FROM crmdb.view_status
WHERE last_action <> 'skipped_unchanged' ORDER BY view_name::text;
DROP MATERIALIZED VIEW bank_sync_service.loan_segments;
SELECT * FROM pg_temp.refresh();

--
-- 7. Bad input.
--
SELECT pg_temp.try($$SELECT crmdb.refresh_views(ARRAY['payment_service.payments']::regclass[])$$);
SELECT pg_temp.try($$SELECT crmdb.refresh_views(ARRAY['workflow_service.open_cases']::regclass[])$$);
SELECT pg_temp.try($$SELECT crmdb.refresh_views(ARRAY['crmdb.view_status']::regclass[])$$);
SELECT pg_temp.try($$SELECT crmdb.refresh_views(ARRAY[NULL]::regclass[])$$);
SELECT pg_temp.try($$SELECT crmdb.refresh_views(ARRAY[0]::regclass[])$$);
SELECT pg_temp.try($$SELECT crmdb.refresh_views(NULL, NULL)$$);
SELECT * FROM pg_temp.refresh('{}');
SELECT pg_temp.try($$CALL crmdb.refresh_views_proc(NULL, NULL)$$);
BEGIN;
SELECT pg_temp.try($$CALL crmdb.refresh_views_proc()$$);
ROLLBACK;

-- Nothing runs on behalf of a caller who could not refresh the view:
-- EXECUTE is not granted to PUBLIC, and a caller who may execute the
-- function must own the view (REFRESH itself runs as the caller).
CREATE ROLE regress_refresh_owner;
CREATE ROLE regress_refresh_other;
SELECT has_function_privilege('regress_refresh_other',
           'crmdb.refresh_views(regclass[], boolean)', 'EXECUTE') AS public_execute,
       has_function_privilege('regress_refresh_other',
           'crmdb.refresh_views_proc(regclass[], boolean)', 'EXECUTE') AS public_call;
GRANT EXECUTE ON FUNCTION crmdb.refresh_views(regclass[], boolean)
    TO regress_refresh_owner, regress_refresh_other;
CREATE SCHEMA regress_refresh AUTHORIZATION regress_refresh_owner;
GRANT USAGE ON SCHEMA regress_refresh TO regress_refresh_other;
GRANT USAGE ON SCHEMA bank_sync_service TO regress_refresh_owner;
GRANT SELECT ON bank_sync_service.loans TO regress_refresh_owner;
SET ROLE regress_refresh_owner;
CREATE MATERIALIZED VIEW regress_refresh.my_loans AS
SELECT account_number, dpd FROM bank_sync_service.loans;
CREATE UNIQUE INDEX ON regress_refresh.my_loans (account_number);
SET ROLE regress_refresh_other;
SELECT pg_temp.try($$SELECT crmdb.refresh_views(ARRAY['regress_refresh.my_loans']::regclass[])$$);
-- NULL means the service schemas' views, which this role does not own:
-- each is reported failed (and logged), none is refreshed.
SELECT action, count(*) FROM crmdb.refresh_views() GROUP BY action;
-- A role that may insert into the log writes its entries under its own
-- name; for others crmdb writes them as the log's owner.
RESET ROLE;
GRANT INSERT ON crmdb.maintenance_log TO regress_refresh_owner;
SET ROLE regress_refresh_owner;
SELECT * FROM pg_temp.refresh(ARRAY['regress_refresh.my_loans']::regclass[]);
RESET ROLE;
UPDATE bank_sync_service.loans SET dpd = 11 WHERE account_number = 'L001';
SET ROLE regress_refresh_owner;
SELECT * FROM pg_temp.refresh(ARRAY['regress_refresh.my_loans']::regclass[]);
SELECT * FROM pg_temp.refresh(ARRAY['regress_refresh.my_loans']::regclass[]);
SELECT * FROM regress_refresh.my_loans ORDER BY 1;
RESET ROLE;
-- A view outside the service schemas shows in view_status once crmdb
-- refreshed it.
SELECT view_name, is_stale, rows, source_tables FROM crmdb.view_status
WHERE view_name::text LIKE 'regress_refresh.%';

--
-- 8. The procedure form commits after each view.
--
UPDATE bank_sync_service.loans SET dpd = 12 WHERE account_number = 'L001';
CALL crmdb.refresh_views_proc();
CALL crmdb.refresh_views_proc(ARRAY['workflow_service.agent_performance']::regclass[], true);
SELECT view_name, last_action FROM crmdb.view_status ORDER BY view_name::text;

--
-- 9. Every refresh and every failure is in crmdb.maintenance_log.
--
SELECT object_name, action, detail, rows_affected, success, sqlstate,
       error_message,
       CASE WHEN logged_by::text LIKE 'regress%' THEN logged_by::text
            ELSE 'superuser' END AS logged_by
FROM crmdb.maintenance_log WHERE area = 'refresh' ORDER BY log_id;

-- A call that refreshes nothing writes no log entry; one that logs caps
-- the log to crmdb.log_max_rows.
SET crmdb.log_max_rows = 2;
SELECT count(*) > 2 AS log_longer_than_cap FROM crmdb.maintenance_log;
SELECT * FROM pg_temp.refresh(ARRAY['bank_sync_service.customer_count']::regclass[]);
SELECT count(*) > 2 AS log_untouched_by_a_skip FROM crmdb.maintenance_log;
SELECT * FROM pg_temp.refresh(ARRAY['bank_sync_service.customer_count']::regclass[], true);
SELECT count(*) AS log_entries_after_a_refresh FROM crmdb.maintenance_log;
RESET crmdb.log_max_rows;

-- The state of dropped views is forgotten.
DROP MATERIALIZED VIEW regress_refresh.my_loans;
SELECT * FROM pg_temp.refresh(ARRAY['bank_sync_service.customer_count']::regclass[]);
SELECT count(*) AS states_of_missing_views FROM crmdb.view_refresh_state s
WHERE NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = s.view_oid);

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA regress_refresh CASCADE;
DROP OWNED BY regress_refresh_owner, regress_refresh_other;
DROP ROLE regress_refresh_owner, regress_refresh_other;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
