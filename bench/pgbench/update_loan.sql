-- bench/pgbench/update_loan.sql: one single-row loan update per
-- transaction, as the bank synchronisation service writes a loan (a
-- referenced table of payments) while the maintenance runs.  nloans is set
-- with -D.
\set n random(1, :nloans)
UPDATE bank_sync_service.loans l
SET updated_by = 'bench'
FROM bench.loan_keys k
WHERE k.n = :n AND l.account_number = k.loan_account_number;
