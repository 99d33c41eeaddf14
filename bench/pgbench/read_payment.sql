-- bench/pgbench/read_payment.sql: one single-row read of a payment per
-- transaction, by id alone (so that every partition is looked at), as the
-- app shows a payment.  @TABLE@ is replaced by bench/run; nkeys is set
-- with -D.
\set n random(1, :nkeys)
SELECT id AS pid FROM bench.drain_keys WHERE n = :n \gset
SELECT amount FROM @TABLE@ WHERE id = :pid;
