-- bench/pgbench/insert_payment.sql: one single-row payment insert per
-- transaction, as a collection app books a payment.  @TABLE@ is replaced
-- by bench/run; nloans is set with -D.
\set n random(1, :nloans)
INSERT INTO @TABLE@ (reference_number, loan_account_number, cif, amount,
    currency, payment_date, payment_method, status, source_system,
    created_by, updated_by)
SELECT 'BX' || nextval('bench.ref_seq'), k.loan_account_number, k.cif,
    500000, k.currency, localtimestamp, 'BANK_TRANSFER', 'COMPLETED', 'CRM',
    'bench', 'bench'
FROM bench.loan_keys k WHERE k.n = :n;
