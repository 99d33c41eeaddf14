-- bench/pgbench/update_payment.sql: one single-row payment update per
-- transaction (a status change with its reason).  Run with -M prepared;
-- nkeys is set with -D.
\set n random(1, :nkeys)
SELECT id AS pid, payment_date AS pdate FROM bench.pay_keys WHERE n = :n \gset
UPDATE payment_service.payments
SET status_reason = 'bench ' || :n, updated_by = 'bench'
WHERE id = :pid AND payment_date = :pdate;
