-- bench/pgbench/update_drained.sql: one single-row update per transaction
-- of a payment in the range the drain benchmark moves out of DEFAULT, as
-- a collection app corrects a payment while the maintenance runs.
-- @TABLE@ is replaced by bench/run; nkeys is set with -D.
\set n random(1, :nkeys)
SELECT id AS pid, payment_date AS pdate FROM bench.drain_keys WHERE n = :n \gset
UPDATE @TABLE@
SET status_reason = 'bench ' || :n, updated_by = 'bench'
WHERE id = :pid AND payment_date = :pdate;
