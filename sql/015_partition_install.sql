--
-- The partitions of the CRM's own tables: crmdb.install() configures the
-- three partitioned tables and runs the maintenance once, so that each has
-- the current quarter and the next four.  (The dates depend on the day the
-- test runs: only what does not is shown.)
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();

SELECT parent_table, control_column, partition_interval, premake, retention,
       retention_action, archive_schema
FROM crmdb.partition_config
WHERE parent_table::text LIKE '%\_service.%'
ORDER BY parent_table::text;

-- The current quarter (of the UTC date) and the next four, nothing else
-- but DEFAULT.
WITH quarters AS (
    SELECT to_char(date_trunc('quarter', (now() AT TIME ZONE 'UTC')) + n * interval '3 months',
                   'YYYY-MM-DD') AS q
    FROM generate_series(0, 4) n
)
SELECT p.parent_table,
       count(*) FILTER (WHERE NOT p.is_default) AS partitions,
       count(*) FILTER (WHERE p.is_default) AS defaults,
       count(*) FILTER (WHERE left(p.range_from, 10) IN (SELECT q FROM quarters)) AS expected_quarters,
       bool_and(p.is_default OR p.partition::text ~ '_\d{4}_q[1-4]$') AS named_by_quarter
FROM crmdb.partitions p
WHERE p.parent_table::text LIKE '%\_service.%'
GROUP BY p.parent_table ORDER BY p.parent_table::text;

-- Running it again changes nothing.
SELECT count(*) FROM crmdb.run_maintenance(NULL, now())
WHERE parent_table::text LIKE '%\_service.%';
CALL crmdb.run_maintenance_proc();

--
-- Payments found in DEFAULT (here: a payment of a year ago, loaded late)
-- move to their partitions; the payment reference registry is not
-- disturbed, and a reference stays unique across partitions.
--
INSERT INTO bank_sync_service.customers (cif, type, segment, status, source_system, created_by, updated_by)
VALUES ('CIF-PART-1', 'INDIVIDUAL', 'MASS', 'ACTIVE', 'T24', 'test', 'test');
INSERT INTO bank_sync_service.loans (account_number, cif, product_type, original_amount, currency,
    disbursement_date, maturity_date, interest_rate, term, payment_frequency, outstanding,
    remaining_amount, due_amount, next_payment_date, dpd, delinquency_status, status,
    source_system, created_by, updated_by)
VALUES ('ACC-PART-1', 'CIF-PART-1', 'CASH', 1000000, 'VND', '2024-01-01', '2030-01-01', 12.5,
    72, 'MONTHLY', 900000, 900000, 20000, '2026-01-01', 0, 'CURRENT', 'OPEN', 'T24', 'test', 'test');
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('REF-PART-OLD', 'ACC-PART-1', 'CIF-PART-1', 20000, 'VND',
        (now() AT TIME ZONE 'UTC') - interval '1 year', 'TRANSFER', 'COMPLETED', 'T24', 'test', 'test'),
       ('REF-PART-NOW', 'ACC-PART-1', 'CIF-PART-1', 20000, 'VND',
        (now() AT TIME ZONE 'UTC'), 'TRANSFER', 'COMPLETED', 'T24', 'test', 'test'),
       ('REF-PART-FAR', 'ACC-PART-1', 'CIF-PART-1', 20000, 'VND',
        (now() AT TIME ZONE 'UTC') + interval '3 years', 'TRANSFER', 'COMPLETED', 'T24', 'test', 'test');
SELECT reference_number, tableoid = 'payment_service.payments_default'::regclass AS in_default
FROM payment_service.payments WHERE reference_number LIKE 'REF-PART-%' ORDER BY 1;
SELECT count(*) AS registered FROM crmdb.payment_references WHERE reference_number LIKE 'REF-PART-%';

-- (the warning names the horizon, a date: the log has the count)
SET client_min_messages = error;
SELECT action, count(*), sum(rows_affected)
FROM crmdb.run_maintenance('payment_service.payments', now())
GROUP BY action ORDER BY action;
RESET client_min_messages;
SELECT action, rows_affected FROM crmdb.maintenance_log
WHERE object_name = 'payment_service.payments' AND action = 'beyond_horizon'
ORDER BY log_id DESC LIMIT 1;

SELECT reference_number, tableoid = 'payment_service.payments_default'::regclass AS in_default
FROM payment_service.payments WHERE reference_number LIKE 'REF-PART-%' ORDER BY 1;
SELECT count(*) AS registered FROM crmdb.payment_references WHERE reference_number LIKE 'REF-PART-%';
-- The moved payment's reference is still taken, in any partition; the
-- foreign keys hold on the new partition.  (SQLSTATEs only: the messages
-- name partitions, which depend on the date.)
DO $$
DECLARE
    v_loan text;
BEGIN
    FOREACH v_loan IN ARRAY ARRAY['ACC-PART-1', 'NO-SUCH-LOAN'] LOOP
        BEGIN
            INSERT INTO payment_service.payments (reference_number, loan_account_number, cif,
                amount, currency, payment_date, payment_method, status, source_system,
                created_by, updated_by)
            VALUES (CASE v_loan WHEN 'ACC-PART-1' THEN 'REF-PART-OLD' ELSE 'REF-PART-BAD' END,
                    v_loan, 'CIF-PART-1', 1, 'VND', (now() AT TIME ZONE 'UTC') - interval '1 year',
                    'TRANSFER', 'COMPLETED', 'T24', 'test', 'test');
            RAISE NOTICE '%: accepted', v_loan;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '%: %', v_loan, SQLSTATE;
        END;
    END LOOP;
END
$$;
-- ... and is freed when the payment is deleted from its new partition.
DELETE FROM payment_service.payments WHERE reference_number = 'REF-PART-OLD';
SELECT count(*) AS registered FROM crmdb.payment_references WHERE reference_number LIKE 'REF-PART-%';

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
