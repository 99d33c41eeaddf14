#!/bin/sh
# bench/validation.sh: whole-database validation, crmdb against the
# alternatives, on a database loaded with sample/generate.sql.
#
#   bench/validation.sh [psql options] DBNAME      (RUNS=5 by default)
#
# Three ways of checking the 29 rules over every service table, run
# alternately (the order rotates each round, so that caches favour none):
#   crmdb      SELECT * FROM crmdb.validation_summary()
#   per_rule   bench/validation_per_rule.sql: one plain query per rule and
#              table, in sequence (how generic tools run the same checks)
#   floor      bench/validation_floor.sql: one SELECT count(*) per table
#   heap_floor bench/validation_floor_heap.sql: the same counts without
#              index-only scans, reading every heap page (for context:
#              after VACUUM, count(*) reads only the smallest index)
# Each is timed by psql (\timing, summed over the statements of a file) and
# the medians are printed with the ratios per_rule/crmdb and crmdb/floor
# (and crmdb/heap_floor).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo 'SELECT count(*) FROM crmdb.validation_summary();' > "$work/crmdb.sql"
cp "$here/validation_per_rule.sql" "$work/per_rule.sql"
cp "$here/validation_floor.sql" "$work/floor.sql"
cp "$here/validation_floor_heap.sql" "$work/heap_floor.sql"


run() {
	name=$1; shift
	{ printf '%s\n' '\timing on'; cat "$work/$name.sql"; } > "$work/$name.in"
	psql -X -q -v ON_ERROR_STOP=1 "$@" -f "$work/$name.in" > "$work/$name.out"
	awk '/^Time:/ { s += $2 } END { printf "%.1f\n", s }' "$work/$name.out" >> "$work/$name.times"
}

# one warm-up round, not counted
for m in floor heap_floor per_rule crmdb; do run "$m" "$@" > /dev/null; done
rm -f "$work"/*.times

i=0
while [ "$i" -lt "$runs" ]; do
	case $((i % 3)) in
		0) order="crmdb per_rule floor heap_floor" ;;
		1) order="per_rule heap_floor floor crmdb" ;;
		2) order="floor crmdb heap_floor per_rule" ;;
	esac
	for m in $order; do run "$m" "$@"; done
	i=$((i + 1))
done

median() { sort -n "$work/$1.times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
c=$(median crmdb); p=$(median per_rule); f=$(median floor); h=$(median heap_floor)
rows=$(psql -X -At "$@" -c "SELECT count(*) FROM payment_service.payments")
printf '%-10s %12s\n' method 'median ms'
printf '%-10s %12s\n' crmdb "$c" per_rule "$p" floor "$f" heap_floor "$h"
awk -v c="$c" -v p="$p" -v f="$f" -v h="$h" -v n="$runs" -v rows="$rows" 'BEGIN {
	printf "per_rule / crmdb = %.2f   crmdb / floor = %.2f   (crmdb / heap_floor = %.2f; %d runs, %d payments)\n", p / c, c / f, c / h, n, rows }'
