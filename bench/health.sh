#!/bin/sh
# bench/health.sh: what the health view and a skipped job run cost, on a
# database loaded with sample/generate.sql (and maintained once: views
# refreshed, crmdb.run_validation() run).
#
#   bench/health.sh [psql options] DBNAME      (RUNS=5 by default)
#
# Prints the median time of
#   health     SELECT * FROM crmdb.health (every check, all areas)
#   skip       CALL crmdb.run_job('crmdb_refresh_views') while another
#              session holds the job's lock: the run that pg_cron would
#              otherwise queue returns at once, logging the skip
# Not a test: no assertion on time.
set -eu
runs=${RUNS:-5}
work=$(mktemp -d)
holder=""
cleanup() {
	[ -n "$holder" ] && kill "$holder" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

timed() {
	name=$1; shift
	sql=$1; shift
	printf '%s\n%s\n' '\timing on' "$sql" > "$work/$name.in"
	psql -X -q -v ON_ERROR_STOP=1 "$@" -f "$work/$name.in" > "$work/$name.out" 2>/dev/null
	awk '/^Time:/ { s += $2 } END { printf "%.1f\n", s }' "$work/$name.out" >> "$work/$name.times"
}
median() { sort -n "$work/$1.times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# warm-up, not counted
timed health 'SELECT * FROM crmdb.health;' "$@"
rm -f "$work"/*.times

i=0
while [ "$i" -lt "$runs" ]; do
	timed health 'SELECT * FROM crmdb.health;' "$@"
	i=$((i + 1))
done

# Hold the lock of crmdb_refresh_views (1668443492, 2) in a session of its own.
psql -X -q "$@" -c 'SELECT pg_advisory_lock(1668443492, 2), pg_sleep(600)' > /dev/null 2>&1 &
holder=$!
until [ "$(psql -X -At "$@" -c "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 1668443492 AND objid = 2 AND granted")" = 1 ]; do
	sleep 0.2
done
i=0
while [ "$i" -lt "$runs" ]; do
	timed skip "CALL crmdb.run_job('crmdb_refresh_views');" "$@"
	i=$((i + 1))
done
kill "$holder"; holder=""
psql -X -q "$@" -c "DELETE FROM crmdb.maintenance_log WHERE area = 'schedule' AND action = 'skipped'" > /dev/null

rows=$(psql -X -At "$@" -c "SELECT count(*) FROM crmdb.health")
payments=$(psql -X -At "$@" -c "SELECT count(*) FROM payment_service.payments")
printf '%-8s %12s\n' what 'median ms'
printf '%-8s %12s\n' health "$(median health)" skip "$(median skip)"
printf '(%d runs; %d health rows; %d payments)\n' "$runs" "$rows" "$payments"
