# Copyright (c) 2026, crmdb authors
#
# The operators' validation settings survive pg_dump / pg_restore without
# the double-row trap.
#
# crmdb.validation_rules is filled by CREATE EXTENSION and dumped as an
# extension configuration table, so a restore loads every rule into a
# table that CREATE EXTENSION has just filled.  Its BEFORE INSERT trigger
# turns each restored row into an update of enabled and severity.  This
# test restores with pg_restore --single-transaction --exit-on-error (any
# duplicate key would abort it) and with psql -v ON_ERROR_STOP=1, checks
# that the settings, the run history and the expected catalog of
# verify_schema() came back once, and shows that without the trigger the
# same data does fail on the primary key.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->append_conf(
	'postgresql.conf', qq{
shared_preload_libraries = 'pg_cron,crmdb'
max_worker_processes = 16
});
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql(
	'src', q{
CREATE EXTENSION crmdb;
SELECT crmdb.install();
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('C0001', 'INDIVIDUAL', 'Nguyen Van An', 'MASS', 'ACTIVE', 'T24', 'sync', 'sync'),
       ('C0002', 'INDIVIDUAL', 'Tran Thi Binh', 'MASS', 'DORMANT', 'T24', 'sync', 'sync');
INSERT INTO bank_sync_service.phones (cif, type, number, source_system, created_by, updated_by)
VALUES ('C0001', 'MOBILE', '123', 'T24', 'sync', 'sync');
});

# The operators' changes: two rules off, two severities changed.
$node->safe_psql(
	'src', q{
UPDATE crmdb.validation_rules SET enabled = false
WHERE rule_name IN ('phone_format', 'loan_dpd');
UPDATE crmdb.validation_rules SET severity = 'warning' WHERE rule_name = 'customer_status';
UPDATE crmdb.validation_rules SET severity = 'error' WHERE rule_name = 'payment_future';
SELECT crmdb.run_validation();
SELECT crmdb.run_validation();
});

my $rules_sql =
  q{SELECT rule_name, array_to_string(table_names, ','), severity, enabled
	FROM crmdb.validation_rules ORDER BY rule_name COLLATE "C"};
my $runs_sql = q{SELECT run_id, checks, error_violations, warning_violations
	FROM crmdb.validation_runs ORDER BY run_id};
my $results_sql =
  q{SELECT run_id, rule_name, table_name, severity, violations, row_keys
	FROM crmdb.validation_results
	ORDER BY run_id, rule_name COLLATE "C", table_name COLLATE "C"};
my $expected_sql = q{SELECT count(*) FROM crmdb.expected_schema};
my $summary_sql =
  q{SELECT rule_name, severity, table_name, violations
	FROM crmdb.validation_summary() WHERE violations > 0
	ORDER BY rule_name COLLATE "C"};

my %src;
$src{rules}    = $node->safe_psql('src', $rules_sql);
$src{runs}     = $node->safe_psql('src', $runs_sql);
$src{results}  = $node->safe_psql('src', $results_sql);
$src{expected} = $node->safe_psql('src', $expected_sql);
$src{summary}  = $node->safe_psql('src', $summary_sql);

is($src{summary}, 'customer_status|warning|bank_sync_service.customers|1',
	'source: phone_format is off, customer_status is a warning');
cmp_ok($src{expected}, '>', 500, 'source: install() recorded the expected catalog');

my $tempdir = PostgreSQL::Test::Utils::tempdir;
my $dump    = "$tempdir/src.dump";
my $plain   = "$tempdir/src.sql";
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('src') ],
	'pg_dump -Fc');
$node->command_ok([ 'pg_dump', '-Fp', '-f', $plain, '-d', $node->connstr('src') ],
	'pg_dump -Fp');

# The dump carries the rules' rows (they are configuration data) ...
my $toc = `pg_restore -l $dump`;
like($toc, qr/TABLE DATA crmdb validation_rules/, 'the dump holds crmdb.validation_rules rows');

# ... and restores in one transaction that stops at the first error.
$node->safe_psql('postgres', 'CREATE DATABASE dst');
$node->command_ok(
	[
		'pg_restore', '--single-transaction', '--exit-on-error',
		'-d', $node->connstr('dst'), $dump
	],
	'pg_restore --single-transaction --exit-on-error succeeds');

# A plain-format dump through psql, stopping at the first error, as well.
$node->safe_psql('postgres', 'CREATE DATABASE dst_plain');
$node->command_ok(
	[
		'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction',
		'-d', $node->connstr('dst_plain'), '-f', $plain
	],
	'psql -v ON_ERROR_STOP=1 restores the plain dump');

foreach my $db ('dst', 'dst_plain')
{
	is($node->safe_psql($db, $rules_sql),
		$src{rules}, "$db: every rule once, with the operators' enabled and severity");
	is( $node->safe_psql(
			$db,
			'SELECT count(*) = (SELECT count(DISTINCT rule_name) FROM crmdb.validation_rule_checks())'
			  . ' FROM crmdb.validation_rules'),
		't', "$db: every built-in rule, none twice");
	is($node->safe_psql($db, $runs_sql), $src{runs}, "$db: the validation runs");
	is($node->safe_psql($db, $results_sql),
		$src{results}, "$db: the validation results");
	is($node->safe_psql($db, $expected_sql),
		$src{expected}, "$db: the expected catalog of verify_schema()");
	is($node->safe_psql($db, 'SELECT count(*) FROM crmdb.verify_schema()'),
		'0', "$db: verify_schema() finds no drift after the restore");
	is($node->safe_psql($db, $summary_sql),
		$src{summary}, "$db: validation uses the restored settings");
}

# The run history goes on where it stopped (the identity sequence is
# dumped too), and the history bound still applies.
is( $node->safe_psql(
		'dst',
		'SET crmdb.validation_runs_kept = 2; SELECT crmdb.run_validation()'),
	'3',
	'dst: the next run is run 3');
is($node->safe_psql('dst', 'SELECT string_agg(run_id::text, \',\' ORDER BY run_id) FROM crmdb.validation_runs'),
	'2,3', 'dst: two runs kept');

# Operators' rules survive a second round trip of the restored database.
my $dump2 = "$tempdir/dst.dump";
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump2, '-d', $node->connstr('dst') ],
	'pg_dump of the restored database');
$node->safe_psql('postgres', 'CREATE DATABASE dst2');
$node->command_ok(
	[
		'pg_restore', '--single-transaction', '--exit-on-error',
		'-d', $node->connstr('dst2'), $dump2
	],
	'second pg_restore --single-transaction --exit-on-error succeeds');
is($node->safe_psql('dst2', $rules_sql),
	$src{rules}, 'dst2: the settings after two round trips');

# The trap itself: the same rows loaded into a freshly created extension
# with the guard switched off fail on the primary key; with the guard on,
# they update the rules.
$node->safe_psql('postgres', 'CREATE DATABASE trap');
$node->safe_psql('trap',
	'CREATE EXTENSION crmdb; ALTER TABLE crmdb.validation_rules DISABLE TRIGGER validation_rules_guard'
);
$node->command_fails_like(
	[
		'pg_restore', '--data-only', '--single-transaction', '--exit-on-error',
		'-n', 'crmdb', '-t', 'validation_rules',
		'-d', $node->connstr('trap'), $dump
	],
	qr/duplicate key value violates unique constraint "validation_rules_pkey"/,
	'without the guard, restoring the rules fails on the primary key: the double-row trap'
);

$node->safe_psql('trap',
	'ALTER TABLE crmdb.validation_rules ENABLE TRIGGER validation_rules_guard');
$node->command_ok(
	[
		'pg_restore', '--data-only', '--single-transaction', '--exit-on-error',
		'-n', 'crmdb', '-t', 'validation_rules',
		'-d', $node->connstr('trap'), $dump
	],
	'with the guard, the same rows load');
is($node->safe_psql('trap', $rules_sql),
	$src{rules}, 'trap: the settings arrived, each rule once');

$node->stop;
done_testing();
