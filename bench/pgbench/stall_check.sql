-- bench/pgbench/stall_check.sql: appended to the inserter of the stall
-- measurement.  Fails (division by zero) once bench.stall_ctl.running is
-- false, which ends pgbench's clients cleanly with their latency logs.
SELECT 1 / (SELECT running::int FROM bench.stall_ctl);
