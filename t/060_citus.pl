
# Copyright (c) 2026, crmdb authors

# crmdb on Citus (doc/citus.md): a coordinator and two workers on
# 127.0.0.1, private ports.  crmdb.install(p_distributed => true) without
# Citus, then on the cluster: the layout (14 customer tables distributed by
# cif and co-located, 5 reference tables, partitioned tables still
# partitioned by date), the keys and foreign keys with cif, the triggers
# on the shards, a customer's picture as a single-shard router query, what
# holds of payment reference numbers, and crmdb.distribute() of a database
# installed single-node with its rows (counts and checksums per table).
# Then the maintenance functions on the coordinator.
#
# Skipped when Citus is not installed in the server under test
# (scripts/test builds it from its release source when it can:
# scripts/build-citus).

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $coord = PostgreSQL::Test::Cluster->new('coordinator');
my $pkglibdir = $coord->config_data('--pkglibdir');
my $sharedir = $coord->config_data('--sharedir');
if (!-f "$pkglibdir/citus.so" || !-f "$sharedir/extension/citus.control")
{
	plan skip_all =>
	  "Citus is not installed in $pkglibdir (scripts/build-citus installs it from its source)";
}

my $srcdir = $ENV{TESTDIR} || '.';
my @workers = (
	PostgreSQL::Test::Cluster->new('worker1'),
	PostgreSQL::Test::Cluster->new('worker2'));
my @nodes = ($coord, @workers);

foreach my $node (@nodes)
{
	$node->init(extra => [ '--encoding=UTF8', '--locale=C.UTF-8' ]);
	# pg_cron runs on the coordinator only; its jobs connect through libpq
	$node->append_conf(
		'postgresql.conf',
		$node == $coord
		? qq{shared_preload_libraries = 'citus,pg_cron,crmdb'
cron.database_name = 'crm'
cron.host = '@{[ $node->host ]}'
}
		: qq{shared_preload_libraries = 'citus,crmdb'
});
	$node->append_conf(
		'postgresql.conf', q{
listen_addresses = '127.0.0.1'
max_prepared_transactions = 20
max_worker_processes = 16
max_locks_per_transaction = 256
citus.shard_count = 8
});
	$node->start;
}

# Without Citus in the database: a clear error, nothing created.
$coord->safe_psql('postgres', 'CREATE DATABASE plain');
$coord->safe_psql('plain', 'CREATE EXTENSION crmdb');
my ($rc, $stdout, $stderr) = $coord->psql('plain',
	"\\set VERBOSITY verbose\nSELECT crmdb.install(p_distributed => true)");
like($stderr, qr/ERROR:  0A000: Citus is not installed in database "plain"/,
	'install(p_distributed => true) without Citus: feature_not_supported');
like($stderr, qr/HINT:  .*citus_add_node/, '... with a hint');
is($coord->safe_psql('plain',
		"SELECT count(*) FROM pg_namespace WHERE nspname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')"),
	'0', '... and nothing created');
($rc, $stdout, $stderr) = $coord->psql('plain', 'SELECT crmdb.distribute()');
like($stderr, qr/Citus is not installed in database "plain"/,
	'distribute() without Citus: the same error');

# The cluster, in database crm of every node.
foreach my $node (@nodes)
{
	$node->safe_psql('postgres', 'CREATE DATABASE crm');
	$node->safe_psql('crm', 'CREATE EXTENSION citus');
}
$coord->safe_psql('crm',
	"SELECT citus_set_coordinator_host('127.0.0.1', " . $coord->port . ")");

# A coordinator without workers refuses.
$coord->safe_psql('crm', 'CREATE EXTENSION crmdb');
($rc, $stdout, $stderr) = $coord->psql('crm',
	"\\set VERBOSITY verbose\nSELECT crmdb.install(p_distributed => true)");
like($stderr, qr/ERROR:  55000: the Citus cluster has no active worker/,
	'install(p_distributed => true) without workers: object_not_in_prerequisite_state');

foreach my $w (@workers)
{
	$coord->safe_psql('crm',
		"SELECT citus_add_node('127.0.0.1', " . $w->port . ")");
}
is($coord->safe_psql('crm', 'SELECT count(*) FROM citus_get_active_worker_nodes()'),
	'2', 'two active workers');

$coord->safe_psql('crm', 'SELECT crmdb.install(p_distributed => true)');

# The layout.
my @customer_tables = qw(
  bank_sync_service.customers bank_sync_service.phones
  bank_sync_service.addresses bank_sync_service.emails
  bank_sync_service.loans bank_sync_service.collaterals
  bank_sync_service.due_segmentations bank_sync_service.loan_collaterals
  bank_sync_service.reference_customers payment_service.payments
  workflow_service.action_records workflow_service.customer_agents
  workflow_service.customer_cases workflow_service.customer_case_actions);
my @reference_tables = qw(
  auth_service.users auth_service.roles auth_service.permissions
  auth_service.user_sessions workflow_service.agents);

my $layout_sql = q{
SELECT table_name || ' ' || citus_table_type || ' ' || distribution_column
  FROM citus_tables
 WHERE NOT EXISTS (SELECT FROM pg_inherits WHERE inhrelid = table_name)
 ORDER BY 1};
my $expected_layout = join("\n",
	sort(
		(map { $_ eq 'bank_sync_service.reference_customers'
				? "$_ distributed primary_cif" : "$_ distributed cif" } @customer_tables),
		(map { "$_ reference <none>" } @reference_tables),
		'crmdb.payment_references distributed reference_number'));
is($coord->safe_psql('crm', $layout_sql), $expected_layout,
	'14 customer tables distributed by cif, 5 reference tables, the payment reference registry distributed by reference_number');
is($coord->safe_psql('crm',
		"SELECT count(DISTINCT colocationid) FROM pg_dist_partition WHERE partmethod = 'h' AND logicalrelid <> 'crmdb.payment_references'::regclass"),
	'1', 'the customer tables are co-located');
is($coord->safe_psql('crm',
		"SELECT string_agg(c.relname || ':' || pg_get_partkeydef(c.oid), ',' ORDER BY c.relname) FROM pg_class c WHERE c.relkind = 'p' AND c.relnamespace::regnamespace::text IN ('payment_service', 'workflow_service')"),
	'action_records:RANGE (action_date),customer_agents:RANGE (start_date),payments:RANGE (payment_date)',
	'the three partitioned tables stay range-partitioned by date');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM pg_dist_placement pl JOIN pg_dist_node n USING (groupid) WHERE n.groupid <> 0 GROUP BY n.nodeport ORDER BY n.nodeport LIMIT 1") > 0 ? 1 : 0,
	1, 'shards placed on the workers');
is($coord->safe_psql('crm', 'SELECT count(*) FROM crmdb.verify_schema()'),
	'0', 'verify_schema() reports nothing after the distributed install');

# Rows through the coordinator.
$coord->safe_psql('crm', q{
INSERT INTO workflow_service.agents (employee_id, name, email, type, team)
VALUES ('E1', 'Agent One', 'a1@example.com', 'AGENT', 'T1');
INSERT INTO bank_sync_service.customers (cif, type, name, segment, status, source_system, created_by, updated_by)
SELECT 'C' || i, 'INDIVIDUAL', 'Customer ' || i, 'RETAIL', 'ACTIVE', 'T24', 'loader', 'loader'
  FROM generate_series(1, 20) i;
INSERT INTO bank_sync_service.loans (account_number, cif, product_type, original_amount, currency,
    disbursement_date, maturity_date, interest_rate, term, payment_frequency, outstanding,
    remaining_amount, due_amount, next_payment_date, dpd, delinquency_status, status,
    source_system, created_by, updated_by)
SELECT 'L' || i, 'C' || i, 'PERSONAL', 1000, 'VND', '2025-01-01', '2027-01-01', 10, 24,
       'MONTHLY', 800, 800, 100, '2026-01-01', 0, 'CURRENT', 'OPEN', 'T24', 'loader', 'loader'
  FROM generate_series(1, 20) i;
INSERT INTO bank_sync_service.collaterals (collateral_number, cif, type, description, value,
    valuation_date, source_system, created_by, updated_by)
VALUES ('K1', 'C1', 'VEHICLE', 'car', 500, '2025-01-01', 'T24', 'loader', 'loader');
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT 'R' || i, 'L' || i, 'C' || i, 100, 'VND', now() - interval '1 day', 'CASH', 'COMPLETED',
       'T24', 'loader', 'loader'
  FROM generate_series(1, 20) i;
});
is($coord->safe_psql('crm',
		"SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 'bank_sync_service.customers'::regclass AND shard_size >= 0 AND shardid IN (SELECT get_shard_id_for_distribution_column('bank_sync_service.customers', 'C' || i) FROM generate_series(1, 20) i)"),
	'2', 'the customers are spread over both workers');

# A loader fills in cif of due_segmentations and loan_collaterals: the
# foreign keys hold it to the loan's (and the collateral's) customer.
$coord->safe_psql('crm', q{
INSERT INTO bank_sync_service.loan_collaterals (loan_account_number, collateral_number, cif, source_system)
VALUES ('L1', 'K1', 'C1', 'T24')});
($rc, $stdout, $stderr) = $coord->psql('crm', q{
INSERT INTO bank_sync_service.loan_collaterals (loan_account_number, collateral_number, cif, source_system)
VALUES ('L2', 'K1', 'C2', 'T24')});
like($stderr, qr/violates foreign key constraint "fk_loan_collateral_collateral/,
	"a loan_collaterals row whose collateral is another customer's is refused");
($rc, $stdout, $stderr) = $coord->psql('crm', q{
INSERT INTO bank_sync_service.due_segmentations (loan_account_number, cif, due_date, principal_amount,
    interest_amount, fees_amount, penalty_amount, source_system, created_by, updated_by)
VALUES ('L1', 'C2', '2026-01-01', 1, 1, 0, 0, 'T24', 'loader', 'loader')});
like($stderr, qr/violates foreign key constraint "fk_loan_due_segmentation/,
	'a due_segmentations row with a cif other than its loan\'s is refused');

# set_updated_at() fires on the shards.
$coord->safe_psql('crm',
	"UPDATE bank_sync_service.customers SET updated_at = '2000-01-01' WHERE cif = 'C3'");
is($coord->safe_psql('crm',
		"SELECT updated_at > '2001-01-01' FROM bank_sync_service.customers WHERE cif = 'C3'"),
	't', 'set_updated_at() fires on the shards');

# A customer's picture by cif is a single-shard router query.
my $plan = $coord->safe_psql('crm', q{
EXPLAIN (COSTS OFF)
SELECT c.cif, l.account_number, p.reference_number, a.type
  FROM bank_sync_service.customers c
  LEFT JOIN bank_sync_service.loans l ON l.cif = c.cif
  LEFT JOIN payment_service.payments p ON p.cif = c.cif
  LEFT JOIN workflow_service.action_records a ON a.cif = c.cif
 WHERE c.cif = 'C7'});
like($plan, qr/Task Count: 1\b/, "a customer's picture is a single-shard query");

# Payment reference numbers are unique across the cluster: each INSERT
# into payments also registers its references in crmdb.payment_references,
# distributed by reference_number (doc/citus.md).
is($coord->safe_psql('crm',
		"SELECT count(*) FROM crmdb.payment_references WHERE reference_number LIKE 'R%' AND cif = 'C' || substr(reference_number, 2)"),
	'20', 'INSERT ... SELECT registers every reference with its cif');
my $insert_sql = q{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('%s', 'L%d', 'C%d', 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'loader', 'loader')};
foreach my $node ($coord, $workers[0])
{
	my $through = $node == $coord ? 'the coordinator' : 'a worker';
	($rc, $stdout, $stderr) = $node->psql('crm',
		"\\set VERBOSITY verbose\n" . sprintf($insert_sql, 'R1', 2, 2));
	like($stderr, qr/ERROR:  23505: duplicate key value violates unique constraint "payment_references_pkey.*\n.*Key \(reference_number\)=\(R1\) already exists/,
		"a reference held by another customer is refused through $through: unique_violation");
	is($coord->safe_psql('crm',
			"SELECT string_agg(cif, ',') FROM payment_service.payments WHERE reference_number = 'R1'"),
		'C1', '... and no payment is inserted');
}

# A multi-row insert registers all its references; one duplicate among
# them refuses the whole statement.
is($coord->safe_psql('crm', q{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('M1', 'L3', 'C3', 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l'),
       ('M2', 'L4', 'C4', 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l')
RETURNING reference_number}),
	"M1\nM2", 'a multi-row INSERT ... RETURNING returns its rows');
is($coord->safe_psql('crm',
		"SELECT string_agg(reference_number || ':' || cif, ',' ORDER BY reference_number) FROM crmdb.payment_references WHERE reference_number IN ('M1', 'M2')"),
	'M1:C3,M2:C4', '... and registers them all');
($rc, $stdout, $stderr) = $coord->psql('crm', q{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('M3', 'L5', 'C5', 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l'),
       ('M1', 'L6', 'C6', 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l')});
like($stderr, qr/duplicate key value violates unique constraint "payment_references_pkey/,
	'a multi-row INSERT with one reference taken is refused');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM payment_service.payments WHERE reference_number = 'M3'")
	  . $coord->safe_psql('crm',
		"SELECT count(*) FROM crmdb.payment_references WHERE reference_number = 'M3'"),
	'00', '... as a whole: neither its payments nor its references');

# A prepared insert, past the switch to a generic plan.
is($coord->safe_psql('crm', q{
PREPARE pay(text, text, text) AS
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ($1, $2, $3, 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l');
EXECUTE pay('P1', 'L1', 'C1'); EXECUTE pay('P2', 'L2', 'C2'); EXECUTE pay('P3', 'L3', 'C3');
EXECUTE pay('P4', 'L4', 'C4'); EXECUTE pay('P5', 'L5', 'C5'); EXECUTE pay('P6', 'L6', 'C6');
EXECUTE pay('P7', 'L7', 'C7'); EXECUTE pay('P8', 'L8', 'C8');
SELECT custom_plans + generic_plans FROM pg_prepared_statements WHERE name = 'pay'}),
	'8', 'a prepared INSERT runs past the fifth execution (the plan cache\'s switch point)');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM crmdb.payment_references WHERE reference_number LIKE 'P_'"),
	'8', '... registering each execution\'s reference');
($rc, $stdout, $stderr) = $coord->psql('crm', q{
PREPARE pay(text, text, text) AS
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ($1, $2, $3, 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l');
EXECUTE pay('Q1', 'L1', 'C1'); EXECUTE pay('Q2', 'L2', 'C2'); EXECUTE pay('Q3', 'L3', 'C3');
EXECUTE pay('Q4', 'L4', 'C4'); EXECUTE pay('Q5', 'L5', 'C5'); EXECUTE pay('Q6', 'L6', 'C6');
EXECUTE pay('P1', 'L9', 'C9')});
like($stderr, qr/duplicate key value violates unique constraint "payment_references_pkey/,
	'... and refuses a reference taken after the fifth execution');

# What cannot be registered exactly is refused.
($rc, $stdout, $stderr) = $coord->psql('crm',
	"\\set VERBOSITY verbose\n" . sprintf($insert_sql, "' || random() || '", 9, 9));
like($stderr, qr/ERROR:  0A000: reference_number of a payment cannot be computed by a volatile expression/,
	'a reference computed by a volatile expression is refused');
($rc, $stdout, $stderr) = $coord->psql('crm', q{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT 'V' || i, 'L' || i, 'C' || i, 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l'
  FROM generate_series(1, 3) i WHERE random() < 2});
like($stderr, qr/reference_number of a payment cannot be computed by a volatile expression/,
	'an INSERT ... SELECT whose rows depend on a volatile function is refused');
($rc, $stdout, $stderr) = $coord->psql('crm', q{
WITH p AS (INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('W1', 'L1', 'C1', 5, 'VND', now() - interval '2 days', 'CASH', 'COMPLETED', 'T24', 'l', 'l')
RETURNING id) SELECT count(*) FROM p});
like($stderr, qr/INSERT into payment_service.payments in a WITH query is not supported in the distributed layout/,
	'an INSERT into payments in a WITH query is refused');
($rc, $stdout, $stderr) = $coord->psql('crm',
	sprintf($insert_sql, 'W2', 1, 1) . ' ON CONFLICT DO NOTHING');
like($stderr, qr/INSERT \.\.\. ON CONFLICT into payment_service.payments is not supported/,
	'INSERT ... ON CONFLICT into payments is refused');
($rc, $stdout, $stderr) = $coord->psql('crm', q{
MERGE INTO payment_service.payments p
USING (VALUES ('W3', 'L1', 'C1')) v (reference_number, loan_account_number, cif)
   ON p.cif = v.cif AND p.reference_number = v.reference_number
 WHEN NOT MATCHED THEN
      INSERT (reference_number, loan_account_number, cif, amount, currency, payment_date,
              payment_method, status, source_system, created_by, updated_by)
      VALUES (v.reference_number, v.loan_account_number, v.cif, 5, 'VND', now() - interval '2 days',
              'CASH', 'COMPLETED', 'T24', 'l', 'l')});
like($stderr, qr/MERGE \.\.\. INSERT into payment_service.payments is not supported/,
	'a MERGE that may insert into payments is refused');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM crmdb.payment_references WHERE reference_number IN ('W1', 'W2', 'W3') OR reference_number LIKE 'V%'"),
	'0', '... registering nothing');
# What is stable is registered: a generated id beside a computed reference,
# a row inserted straight into a partition.
$coord->safe_psql('crm', q{
INSERT INTO payment_service.payments (id, reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT gen_random_uuid(), 'G' || i, 'L' || i, 'C' || i, 5, 'VND', now() - interval '2 days', 'CASH',
       'COMPLETED', 'T24', 'l', 'l'
  FROM generate_series(1, 3) i;
INSERT INTO payment_service.payments_default (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('D1', 'L1', 'C1', 5, 'VND', '2100-01-01', 'CASH', 'COMPLETED', 'T24', 'l', 'l')});
is($coord->safe_psql('crm',
		"SELECT string_agg(reference_number || ':' || cif, ',' ORDER BY reference_number) FROM crmdb.payment_references WHERE reference_number LIKE 'G_' OR reference_number = 'D1'"),
	'D1:C1,G1:C1,G2:C2,G3:C3',
	'an INSERT ... SELECT with a generated id, and an INSERT into a partition, register their references');
($rc, $stdout, $stderr) = $coord->psql('crm', sprintf($insert_sql, 'D1', 2, 2));
like($stderr, qr/duplicate key value violates unique constraint "payment_references_pkey/,
	'... which are then taken');
$coord->safe_psql('crm',
	"DELETE FROM payment_service.payments WHERE reference_number = 'D1'");
($rc, $stdout, $stderr) = $coord->psql('crm',
	"\\set VERBOSITY verbose\nCOPY payment_service.payments (reference_number, loan_account_number, cif) FROM '/dev/null'");
like($stderr, qr/ERROR:  0A000: COPY into payment_service.payments is not supported in the distributed layout/,
	'COPY into payments is refused');
like($stderr, qr/HINT:  Load payments with INSERT/, '... with a hint');
($rc, $stdout, $stderr) = $workers[1]->psql('crm',
	"COPY payment_service.payments_default (reference_number, loan_account_number, cif) FROM '/dev/null'");
like($stderr, qr/COPY into payment_service.payments is not supported/,
	'... also into a partition, through a worker');
($rc, $stdout, $stderr) = $coord->psql('crm',
	"\\set VERBOSITY verbose\nUPDATE payment_service.payments SET reference_number = 'RX' WHERE reference_number = 'R2'");
like($stderr, qr/ERROR:  0A000: a payment's reference number cannot be changed in the distributed layout/,
	'an UPDATE changing a reference is refused on the shards');
$coord->safe_psql('crm',
	"UPDATE payment_service.payments SET status = 'REVERSED', reference_number = reference_number WHERE reference_number = 'R2'");
is($coord->safe_psql('crm',
		"SELECT status FROM payment_service.payments WHERE reference_number = 'R2'"),
	'REVERSED', '... one that keeps it runs');

# DELETE leaves the reference registered: it is never accepted again.
$coord->safe_psql('crm',
	"DELETE FROM payment_service.payments WHERE reference_number = 'M2'");
($rc, $stdout, $stderr) = $coord->psql('crm', sprintf($insert_sql, 'M2', 4, 4));
like($stderr, qr/duplicate key value violates unique constraint "payment_references_pkey/,
	'a deleted payment\'s reference stays registered');

# Two sessions, through the two workers, insert one reference for two
# customers at once: the second waits for the first, and fails once it
# commits.
my $s1 = $workers[0]->background_psql('crm');
my $s2 = $workers[1]->background_psql('crm', on_error_stop => 0);
$s1->query_safe('BEGIN');
$s1->query_safe(sprintf($insert_sql, 'RDUP', 11, 11));
$s2->query_safe('\set VERBOSITY verbose');
# sent without waiting for its end: it blocks
$s2->{stdin} .= sprintf($insert_sql, 'RDUP', 12, 12) . ";\n";
$s2->{run}->pump_nb();
my $regnode = $coord->safe_psql('crm',
	"SELECT nodeport FROM citus_shards WHERE shardid = get_shard_id_for_distribution_column('crmdb.payment_references', 'RDUP')");
my ($holder) = grep { $_->port == $regnode } @workers;
ok($holder->poll_query_until('crm',
		"SELECT count(*) > 0 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'crm'"),
	'the second session waits for the first on the registry shard');
$s1->query_safe('COMMIT');
$s2->{stderr} = '';
$s2->query('SELECT 1');
like($s2->{stderr}, qr/ERROR:  23505: duplicate key value violates unique constraint "payment_references_pkey/,
	'... and fails with unique_violation once the first commits');
$s1->quit;
$s2->quit;
is($coord->safe_psql('crm',
		"SELECT string_agg(cif, ',') FROM payment_service.payments WHERE reference_number = 'RDUP'"),
	'C11', '... leaving the first session\'s payment only');

# verify_schema() reports a payment whose reference is not registered.
is($coord->safe_psql('crm', 'SELECT count(*) FROM crmdb.verify_schema()'),
	'0', 'verify_schema() reports nothing while every reference is registered');
$coord->safe_psql('crm',
	"DELETE FROM crmdb.payment_references WHERE reference_number = 'R5'");
like($coord->safe_psql('crm',
		"SELECT problem FROM crmdb.verify_schema() WHERE object_type = 'registry'"),
	qr/^1 payment\(s\) not registered/,
	'verify_schema() reports a payment missing from the registry');
$coord->safe_psql('crm',
	"INSERT INTO crmdb.payment_references (reference_number, cif) VALUES ('R5', 'C5')");

# The maintenance functions on the coordinator, distributed install.
is($coord->safe_psql('crm',
		"SELECT string_agg(view_name || ':' || action, ',' ORDER BY view_name::text) FROM crmdb.refresh_views()"),
	'payment_service.payment_method_analysis:refreshed_concurrently,payment_service.payment_summary:refreshed_concurrently,workflow_service.agent_performance:refreshed_concurrently,workflow_service.customer_collection_status:refreshed_concurrently',
	'refresh_views() refreshes the views over distributed tables');
$coord->safe_psql('crm', q{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('R99', 'L9', 'C9', 7, 'VND', now() - interval '1 hour', 'CARD', 'COMPLETED', 'T24', 'loader', 'loader')});
is($coord->safe_psql('crm',
		"SELECT action FROM crmdb.refresh_views(ARRAY['payment_service.payment_method_analysis']::regclass[])"),
	'refreshed_concurrently',
	'... and never skips them as unchanged: writes reach the shards');
is($coord->safe_psql('crm',
		"SELECT total_payments FROM payment_service.payment_method_analysis WHERE payment_method = 'CARD'"),
	'1', '... so the view sees the new payment');
is($coord->safe_psql('crm',
		"SELECT count(*) FILTER (WHERE violations > 0) FROM crmdb.validation_summary()"),
	'0', 'validation_summary() runs on the coordinator');
like($coord->safe_psql('crm', 'SELECT crmdb.run_validation()'),
	qr/^\d+$/, 'run_validation() runs on the coordinator');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM crmdb.health WHERE status = 'error'"),
	'0', 'crmdb.health has no error');
$coord->safe_psql('crm', q{
CREATE ROLE payment_svc LOGIN;
SELECT crmdb.grant_service_access('payment_svc', 'payment_service');
SET ROLE payment_svc;
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('R100', 'L10', 'C10', 7, 'VND', now() - interval '1 hour', 'CARD', 'COMPLETED', 'T24', 'svc', 'svc');
RESET ROLE});
is($coord->safe_psql('crm',
		"SELECT count(*) FROM payment_service.payments WHERE reference_number = 'R100'"),
	'1', 'grant_service_access(): the service role writes payments through the coordinator');
is($coord->safe_psql('crm',
		"SELECT string_agg(p, ',' ORDER BY p) FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p WHERE has_table_privilege('payment_svc', 'crmdb.payment_references', p)"),
	'INSERT', '... with INSERT, and only INSERT, on the reference registry');
$coord->safe_psql('crm',
	"SELECT crmdb.revoke_service_access('payment_svc', 'payment_service')");
is($coord->safe_psql('crm',
		"SELECT has_table_privilege('payment_svc', 'crmdb.payment_references', 'INSERT')"),
	'f', 'revoke_service_access() takes it back');

# run_maintenance(): rows in DEFAULT move to the partition created for
# them; retention detaches and drops partitions.
$coord->safe_psql('crm', q{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT 'F' || i, 'L' || i, 'C' || i, 3, 'VND', date_trunc('quarter', now()) + interval '15 months' + i * interval '1 day',
       'CASH', 'PENDING', 'T24', 'loader', 'loader'
  FROM generate_series(1, 20) i;
UPDATE crmdb.partition_config SET premake = premake + 1
 WHERE parent_table = 'payment_service.payments'::regclass});
is($coord->safe_psql('crm',
		"SELECT crmdb.default_partition_rows('payment_service.payments', 1000)"),
	'20', 'rows beyond the partitions land in DEFAULT');
my $maint = $coord->safe_psql('crm',
	"SELECT string_agg(action || ':' || coalesce(rows_affected::text, ''), ',' ORDER BY action) FROM crmdb.run_maintenance('payment_service.payments')");
is($maint, 'created:,moved:20', 'run_maintenance() creates the partition and moves the rows of DEFAULT into it');
is($coord->safe_psql('crm',
		"SELECT crmdb.default_partition_rows('payment_service.payments', 1000)"),
	'0', '... DEFAULT is empty');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM payment_service.payments WHERE reference_number LIKE 'F%'"),
	'20', '... no row lost');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM citus_tables t JOIN pg_inherits i ON i.inhrelid = t.table_name WHERE i.inhparent = 'payment_service.payments'::regclass"),
	$coord->safe_psql('crm',
		"SELECT count(*) FROM pg_inherits WHERE inhparent = 'payment_service.payments'::regclass"),
	'... the new partition is distributed like the others');
$coord->safe_psql('crm',
	"UPDATE payment_service.payments SET updated_at = '2000-01-01' WHERE reference_number = 'F1'");
is($coord->safe_psql('crm',
		"SELECT updated_at > '2001-01-01' FROM payment_service.payments WHERE reference_number = 'F1'"),
	't', '... with the triggers on its shards');
$coord->safe_psql('crm', q{
UPDATE crmdb.partition_config SET retention = '1 day', retention_action = 'drop'
 WHERE parent_table = 'payment_service.payments'::regclass;
UPDATE crmdb.partition_config SET retention = '1 day', retention_action = 'detach'
 WHERE parent_table = 'workflow_service.action_records'::regclass});
$maint = $coord->safe_psql('crm',
	"SELECT string_agg(DISTINCT action, ',' ORDER BY action) FROM crmdb.run_maintenance(p_now => now() + interval '6 months')");
like($maint, qr/detached/, 'retention detaches partitions of a distributed table');
like($maint, qr/dropped/, '... and drops them');
is($coord->safe_psql('crm', 'SELECT count(*) FROM crmdb.verify_schema()'),
	'0', 'verify_schema() reports nothing after the maintenance');

# schedule_maintenance() on the coordinator: pg_cron there (created
# without propagation: the workers do not preload it), the partitions job
# every minute; it runs run_maintenance_proc(), which drains DEFAULT of
# the distributed payments into the partition it creates.
$coord->safe_psql('crm', q{
SET citus.enable_ddl_propagation = off;
CREATE EXTENSION pg_cron;
RESET citus.enable_ddl_propagation;
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT 'J' || i, 'L' || i, 'C' || i, 3, 'VND', date_trunc('quarter', now()) + interval '27 months' + i * interval '1 day',
       'CASH', 'PENDING', 'T24', 'loader', 'loader'
  FROM generate_series(1, 20) i;
UPDATE crmdb.partition_config SET premake = premake + 4, retention = NULL
 WHERE parent_table = 'payment_service.payments'::regclass});
is($coord->safe_psql('crm',
		"SELECT crmdb.default_partition_rows('payment_service.payments', 1000)"),
	'20', 'cron: rows beyond the partitions land in DEFAULT');
is($coord->safe_psql('crm',
		"SELECT string_agg(job_name || ' ' || coalesce(schedule, '-'), ', ' ORDER BY job_name) FROM crmdb.schedule_maintenance('* * * * *', NULL, NULL)"),
	'crmdb_partitions * * * * *, crmdb_refresh_views -, crmdb_validation -',
	'schedule_maintenance() on the coordinator');
ok($coord->poll_query_until('crm', q{
SELECT count(*) > 0 FROM cron.job_run_details d JOIN cron.job j USING (jobid)
 WHERE j.jobname = 'crmdb_partitions' AND d.status IN ('succeeded', 'failed')}),
	'pg_cron ran the partitions job on the coordinator');
is($coord->safe_psql('crm', q{
SELECT d.status || ' ' || d.return_message
  FROM cron.job_run_details d JOIN cron.job j USING (jobid)
 WHERE j.jobname = 'crmdb_partitions' ORDER BY d.runid LIMIT 1}),
	'succeeded CALL', '... and it succeeded');
is($coord->safe_psql('crm',
		"SELECT crmdb.default_partition_rows('payment_service.payments', 1000)"),
	'0', '... draining DEFAULT (run_maintenance_proc() on the distributed table)');
is($coord->safe_psql('crm',
		"SELECT count(*) FROM payment_service.payments WHERE reference_number LIKE 'J%'"),
	'20', '... with no row lost');
is($coord->safe_psql('crm', 'SELECT count(*) FROM crmdb.unschedule_maintenance() WHERE jobid IS NULL'),
	'3', 'unschedule_maintenance() removes the jobs');

# crmdb.distribute(): a database installed single-node, with its rows.
foreach my $node (@nodes)
{
	$node->safe_psql('postgres', 'CREATE DATABASE grown');
}
$_->safe_psql('grown', 'CREATE EXTENSION citus') foreach @workers;
$coord->safe_psql('grown', 'CREATE EXTENSION crmdb');
$coord->safe_psql('grown', 'SELECT crmdb.install()');
($rc, $stdout, $stderr) = $coord->psql(
	'grown', undef,
	extra_params => [ '-q', '-v', 'customers=100', '-f', "$srcdir/sample/generate.sql" ],
	on_error_stop => 1);
is($rc, 0, 'sample loaded single-node') or diag($stderr);

# Per table: row count and a checksum of the rows, over the columns the
# table has before the conversion.
my $tables = $coord->safe_psql('grown', q{
SELECT string_agg(format('%I.%I', n.nspname, c.relname), ' ' ORDER BY 1)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'p') AND NOT c.relispartition});
my @tables = split / /, $tables;
is(scalar(@tables), 19, '19 service tables');
my %columns;
foreach my $t (@tables)
{
	$columns{$t} = $coord->safe_psql('grown',
		"SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute WHERE attrelid = '$t'::regclass AND attnum > 0 AND NOT attisdropped");
}
sub fingerprints
{
	my $sql = join(" UNION ALL ",
		map {
			"SELECT '$_', count(*), md5(coalesce(string_agg(md5(r::text), '' ORDER BY md5(r::text)), '')) FROM (SELECT $columns{$_} FROM $_) r"
		} @tables);
	return $coord->safe_psql('grown', "$sql ORDER BY 1");
}
my $before = fingerprints();
like($before, qr/payment_service\.payments\|[1-9]\d{3,}\|/, 'payments loaded');

$coord->safe_psql('grown', 'CREATE EXTENSION citus');
$coord->safe_psql('grown',
	"SELECT citus_set_coordinator_host('127.0.0.1', " . $coord->port . ")");
$coord->safe_psql('grown', "SELECT citus_add_node('127.0.0.1', " . $_->port . ")")
  foreach @workers;

# distribute() refuses payments that share a reference, changing nothing.
my $dupref = $coord->safe_psql('grown',
	'SELECT min(reference_number) FROM payment_service.payments');
$coord->safe_psql('grown', qq{
SET session_replication_role = replica;
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
SELECT reference_number, loan_account_number, cif, 1, currency, payment_date, payment_method,
       status, source_system, 'dup', 'dup'
  FROM payment_service.payments WHERE reference_number = '$dupref'});
($rc, $stdout, $stderr) = $coord->psql('grown',
	"\\set VERBOSITY verbose\nSELECT crmdb.distribute()");
like($stderr, qr/ERROR:  23505: 1 payment reference number\(s\) held by more than one payment/,
	'distribute() refuses payments that share a reference: unique_violation');
like($stderr, qr/HINT:  Delete or renumber the payments that share a reference number/,
	'... with a hint');
is($coord->safe_psql('grown', 'SELECT count(*) FROM citus_tables'), '0',
	'... changing nothing');
$coord->safe_psql('grown', q{
SET session_replication_role = replica;
DELETE FROM payment_service.payments WHERE created_by = 'dup'});
# A reference retired on one node (its payment's partition dropped) stays
# registered.
$coord->safe_psql('grown',
	"INSERT INTO crmdb.payment_references (reference_number, payment_id) VALUES ('RETIRED1', gen_random_uuid())");

($rc, $stdout, $stderr) = $coord->psql('grown', 'SELECT crmdb.distribute()');
is($rc, 0, 'distribute() converts the loaded database') or diag($stderr);
my ($vcif_first, $vloan_first) = split /\|/, $coord->safe_psql('grown',
	"SELECT cif, account_number FROM bank_sync_service.loans ORDER BY account_number LIMIT 1");
is($coord->safe_psql('grown', 'SELECT count(*) FROM crmdb.payment_references WHERE cif IS NOT NULL'),
	$coord->safe_psql('grown', 'SELECT count(DISTINCT reference_number) FROM payment_service.payments'),
	'... registering every payment\'s reference');
is($coord->safe_psql('grown',
		"SELECT count(*) FROM crmdb.payment_references WHERE reference_number = 'RETIRED1' AND cif IS NULL"),
	'1', '... and keeping the retired ones');
($rc, $stdout, $stderr) = $coord->psql('grown', qq{
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('RETIRED1', '$vloan_first', '$vcif_first', 7, 'VND', now() - interval '1 hour', 'CARD', 'COMPLETED', 'T24', 'l', 'l')});
like($stderr, qr/duplicate key value violates unique constraint "payment_references_pkey/,
	'... which are never accepted again');
is($coord->safe_psql('grown', $layout_sql), $expected_layout,
	'... into the distributed layout');
is(fingerprints(), $before, '... keeping every row of every table (counts and checksums)');
is($coord->safe_psql('grown',
		"SELECT count(*) FROM bank_sync_service.due_segmentations d JOIN bank_sync_service.loans l ON l.account_number = d.loan_account_number AND l.cif = d.cif"),
	$coord->safe_psql('grown', 'SELECT count(*) FROM bank_sync_service.due_segmentations'),
	'... with cif of due_segmentations filled in from the loan');
is($coord->safe_psql('grown',
		"SELECT sum(pg_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('bank_sync_service', 'payment_service', 'workflow_service') AND c.relkind = 'r'"),
	'0', "... and the coordinator's local copies emptied");
is($coord->safe_psql('grown', 'SELECT count(*) FROM crmdb.verify_schema()'),
	'0', 'verify_schema() reports nothing after distribute()');
is($coord->safe_psql('grown',
		"SELECT count(*) FILTER (WHERE violations > 0) FROM crmdb.validation_summary()"),
	'0', 'validation_summary() on the distributed sample: no violation');

# The checks that Citus runs in their distributed forms (joins, groups and
# windows by cif) find what they look for: a payment on another
# customer's loan (its foreign key dropped for the test) and a second,
# overlapping current assignment; rolled back.
my ($vcif, $vloan) = split /\|/, $coord->safe_psql('grown',
	"SELECT cif, account_number FROM bank_sync_service.loans ORDER BY account_number LIMIT 1");
my $ocif = $coord->safe_psql('grown',
	"SELECT max(cif) FROM bank_sync_service.customers WHERE cif <> '$vcif'");
my $acif = $coord->safe_psql('grown',
	"SELECT min(cif) FROM workflow_service.customer_agents WHERE is_current");
is($coord->safe_psql('grown', qq{
BEGIN;
ALTER TABLE payment_service.payments DROP CONSTRAINT fk_payment_loan;
INSERT INTO payment_service.payments (reference_number, loan_account_number, cif, amount, currency,
    payment_date, payment_method, status, source_system, created_by, updated_by)
VALUES ('VX1', '$vloan', '$ocif', 7, 'XXX', now() - interval '1 hour', 'CARD', 'COMPLETED', 'T24', 'l', 'l');
INSERT INTO workflow_service.customer_agents (cif, assigned_call_agent_id, start_date, is_current, created_by, updated_by)
SELECT cif, assigned_call_agent_id, start_date + 1, true, 'l', 'l'
  FROM workflow_service.customer_agents WHERE cif = '$acif' AND is_current;
SELECT string_agg(rule_name || '=' || violations, ',' ORDER BY rule_name)
  FROM crmdb.validation_summary() WHERE violations > 0;
SELECT string_agg(rule_name || ':' || detail, ',' ORDER BY rule_name)
  FROM crmdb.validate(p_rules => ARRAY['payment_loan_customer', 'assignment_overlap']);
ROLLBACK}),
	"assignment_overlap=1,assignment_single_current=1,case_matches_assignment=1,payment_loan_customer=1\n"
	  . "assignment_overlap:assignment starting "
	  . $coord->safe_psql('grown', "SELECT start_date + 1 FROM workflow_service.customer_agents WHERE cif = '$acif' AND is_current")
	  . " overlaps an earlier one ending infinity (1 overlapping in all),"
	  . "payment_loan_customer:cif $ocif, but loan $vloan is not one of its loans",
	'... and its distributed checks find violations on the shards');
($rc, $stdout, $stderr) = $coord->psql('grown', 'SELECT crmdb.distribute()');
like($stderr, qr/crmdb's service tables are distributed already/,
	'a second distribute() refuses');

# The upstream services' statements (test/citus/upstream_statements.sql:
# the shapes the CollectionCRM services send, naming their source files),
# through the coordinator on a distributed install and on a single-node
# install: each succeeds on both and returns the same rows, except the
# blocks marked with the Citus error doc/citus.md explains.
$coord->safe_psql('postgres', 'CREATE DATABASE upstream');
$coord->safe_psql('postgres', 'CREATE DATABASE upstream_single');
foreach my $w (@workers)
{
	$w->safe_psql('postgres', 'CREATE DATABASE upstream');
	$w->safe_psql('upstream', 'CREATE EXTENSION citus');
}
$coord->safe_psql('upstream', q{
CREATE EXTENSION citus;
SELECT citus_set_coordinator_host('127.0.0.1', } . $coord->port . q{);
SELECT citus_add_node('127.0.0.1', } . $workers[0]->port . q{);
SELECT citus_add_node('127.0.0.1', } . $workers[1]->port . q{);
CREATE EXTENSION crmdb;
SELECT crmdb.install(p_distributed => true)});
$coord->safe_psql('upstream_single',
	'CREATE EXTENSION crmdb; SELECT crmdb.install()');

open(my $fh, '<', "$srcdir/test/citus/upstream_statements.sql")
  or die "test/citus/upstream_statements.sql: $!";
my $fixture = do { local $/; <$fh> };
close($fh);
my @blocks;
foreach my $chunk (split /^(?=-- \@\@ (?!citus-)[a-z-]+: )/m, $fixture)
{
	next unless $chunk =~ /^-- \@\@ ([a-z-]+): (.*)$/m;
	my %block = (name => $1, source => $2);
	$block{citus_error} = $1 if $chunk =~ /^-- \@\@ citus-error: (.*)$/m;
	$block{citus_only} = $1 if $chunk =~ /^-- \@\@ citus-only: (.*)$/m;
	($block{sql} = $chunk) =~ s/^--.*\n//mg;
	$block{sql} =~ s/\s+$//;
	push @blocks, \%block;
}
cmp_ok(scalar(@blocks), '>=', 60, 'the upstream statements: ' . scalar(@blocks) . ' blocks');

my $dist = $coord->background_psql('upstream', on_error_stop => 0);
my $single = $coord->background_psql('upstream_single', on_error_stop => 0);
$_->query_safe('SET client_min_messages = warning') foreach ($dist, $single);
sub run_block
{
	my ($session, $sql) = @_;
	$session->{stderr} = '';
	my ($out) = $session->query($sql);
	my $err = $session->{stderr};
	$err = '' unless $err =~ /ERROR/;
	$session->query('ROLLBACK') if $err;
	$session->{stderr} = '';
	# generated ids and now()'s timestamps differ between the databases
	$out =~ s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/<uuid>/g;
	$out =~ s/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+(?:[+-]\d\d)?/<now>/g;
	return ($out, $err);
}
my %failed;
foreach my $b (@blocks)
{
	if (defined $b->{citus_only})
	{
		my ($dout, $derr) = run_block($dist, $b->{sql});
		is($derr, '', "upstream $b->{name}: the changed form runs on Citus");
		like($dout, qr/$b->{citus_only}/, "upstream $b->{name}: ... with the expected rows");
		next;
	}
	my ($sout, $serr) = run_block($single, $b->{sql});
	my ($dout, $derr) = run_block($dist, $b->{sql});
	is($serr, '', "upstream $b->{name}: runs single-node");
	if (defined $b->{citus_error})
	{
		like($derr, qr/$b->{citus_error}/,
			"upstream $b->{name}: fails on Citus as doc/citus.md says");
		$failed{ $b->{name} } = 1;
		next;
	}
	is($derr, '', "upstream $b->{name}: runs through the coordinator ($b->{source})");
	is($dout, $sout, "upstream $b->{name}: same rows as single-node");
}
$dist->quit;
$single->quit;
is(join(',', sort keys %failed),
	'collateral-with-loans,collaterals-by-loan,due-segmentation-save,loan-collateral-save,loan-with-due-segmentations,reference-contacts',
	'the upstream statements that need a change on Citus (doc/citus.md)');

# crmdb not preloaded on the coordinator: sessions that do not load it
# would insert payments unregistered; verify_schema() says so.
$coord->adjust_conf('postgresql.conf', 'shared_preload_libraries', "'citus,pg_cron'");
$coord->restart;
like($coord->safe_psql('crm',
		"SELECT problem FROM crmdb.verify_schema() WHERE object_type = 'registry'"),
	qr/^not enforced: crmdb must come after citus in shared_preload_libraries/,
	'verify_schema() reports the registry not enforced where crmdb is not preloaded');

done_testing();
