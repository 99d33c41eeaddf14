# Copyright (c) 2026, crmdb authors
#
# t/001_dump_restore.pl: a populated crmdb database survives pg_dump and
# pg_restore, and DROP EXTENSION crmdb without CASCADE keeps every row.
#
# The source database gets crmdb.install(), the small sample
# (sample/generate.sql: rows in every table and in eight quarterly
# partitions of each partitioned table), rows in each DEFAULT partition and
# an extra maintenance log row.  pg_dump -Fc of it is restored twice into
# fresh databases: with --single-transaction --exit-on-error (must succeed)
# and plainly (must report no error).  Both copies must hold exactly the
# rows of the source, table by table and partition by partition, including
# crmdb.payment_references and the configuration tables crmdb registers
# with pg_extension_config_dump (crmdb.maintenance_log among them).

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $srcdir = $ENV{TESTDIR} || '.';
my $generator = "$srcdir/sample/generate.sql";
ok(-f $generator, 'sample generator found');

my $node = PostgreSQL::Test::Cluster->new('dump_restore');
$node->init(extra => [ '--encoding=UTF8', '--locale=C.UTF-8' ]);
$node->append_conf(
	'postgresql.conf', q{
shared_preload_libraries = 'pg_cron,crmdb'
cron.database_name = 'postgres'
max_locks_per_transaction = 256
});
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION crmdb; SELECT crmdb.install();');

# The small sample.
my ($rc, $stdout, $stderr) = $node->psql(
	'src', undef,
	extra_params => [ '-v', 'scale=small', '-f', $generator ],
	on_error_stop => 1);
is($rc, 0, 'small sample loaded') or diag($stderr);

# The sample is clean: once crmdb.validation_summary() exists, no rule may
# fire on it.
SKIP:
{
	skip 'crmdb.validation_summary() is not installed', 1
	  unless $node->safe_psql('src',
		"SELECT to_regprocedure('crmdb.validation_summary(regclass[],text[])') IS NOT NULL"
	  ) eq 't';
	is( $node->safe_psql(
			'src', q{
SELECT string_agg(rule_name || ' ' || table_name::text || ' ' || violations, ', '
				  ORDER BY rule_name, table_name::text)
  FROM crmdb.validation_summary()
 WHERE violations > 0}),
		'',
		'no validation rule fires on the sample');
}
SKIP:
{
	skip 'crmdb.verify_schema() is not installed', 1
	  unless $node->safe_psql('src',
		"SELECT to_regprocedure('crmdb.verify_schema()') IS NOT NULL") eq 't';
	is( $node->safe_psql(
			'src', q{
SELECT string_agg(object_type || ' ' || object_name || ': ' || problem, ', '
				  ORDER BY object_type, object_name, problem)
  FROM crmdb.verify_schema()}),
		'',
		'the load leaves the schema as crmdb.install() made it (triggers enabled again)');
}

# Rows in every DEFAULT partition: dates no partition covers.
$node->safe_psql(
	'src', q{
INSERT INTO payment_service.payments
	(reference_number, loan_account_number, cif, amount, currency, payment_date,
	 payment_method, status, source_system, created_by, updated_by)
SELECT 'TAPDEFAULT000001', account_number, cif, 1500000, currency, '2099-06-15 10:00',
	   'BANK_TRANSFER', 'PENDING', 'T24', 'tap', 'tap'
  FROM bank_sync_service.loans ORDER BY account_number LIMIT 1;
INSERT INTO workflow_service.action_records
	(cif, loan_account_number, agent_id, type, subtype, action_result, action_date,
	 created_by, updated_by)
SELECT l.cif, l.account_number, a.id, 'CALL', 'OUTBOUND_CALL', 'NO_ANSWER', '1999-03-01 09:00',
	   'tap', 'tap'
  FROM (SELECT * FROM bank_sync_service.loans ORDER BY account_number LIMIT 1) l,
	   (SELECT id FROM workflow_service.agents ORDER BY employee_id LIMIT 1) a;
INSERT INTO workflow_service.customer_agents (cif, start_date, end_date, is_current)
SELECT cif, '1999-01-01', '1999-02-01', false
  FROM bank_sync_service.customers ORDER BY cif LIMIT 1;
INSERT INTO crmdb.maintenance_log (started_at, duration_ms, area, object_name, action, detail, rows_affected, success)
VALUES ('2026-01-01 00:00+00', 1.5, 'partition', 'payment_service.payments', 'created', 'tap test row', 0, true);
});

is( $node->safe_psql(
		'src', q{
SELECT (SELECT count(*) FROM payment_service.payments_default) || ',' ||
	   (SELECT count(*) FROM workflow_service.action_records_default) || ',' ||
	   (SELECT count(*) FROM workflow_service.customer_agents_default)}),
	'1,1,1',
	'one row in each DEFAULT partition');

# count and md5 of the ordered rows of every table of the four schemas
# (partitions one by one), of crmdb.payment_references and of crmdb's
# configuration tables; and the values of crmdb's configuration sequences.
my $contents_sql = q{
SELECT r.rel || ' ' ||
	   (xpath('/row/h/text()',
			  query_to_xml(format('SELECT count(*) || '' '' || coalesce(md5(string_agg(t::text, ''|'' ORDER BY t::text)), ''-'') AS h FROM %s t',
								  r.rel), false, true, '')))[1]::text
  FROM (SELECT c.oid::regclass::text AS rel
		  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		 WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
		   AND c.relkind = 'r'
		UNION
		SELECT 'crmdb.payment_references'
		UNION
		SELECT cfg::regclass::text
		  FROM pg_extension e, unnest(e.extconfig) AS cfg
		 WHERE e.extname = 'crmdb' AND (SELECT relkind FROM pg_class WHERE oid = cfg) = 'r') AS r
UNION ALL
SELECT cfg::regclass::text || ' last_value ' ||
	   (xpath('/row/v/text()',
			  query_to_xml(format('SELECT last_value AS v FROM %s', cfg::regclass), false, true, '')))[1]::text
  FROM pg_extension e, unnest(e.extconfig) AS cfg
 WHERE e.extname = 'crmdb' AND (SELECT relkind FROM pg_class WHERE oid = cfg) = 'S'
 ORDER BY 1};

my $source = $node->safe_psql('src', $contents_sql);
my @source_lines = split /\n/, $source;
cmp_ok(scalar(@source_lines), '>=', 16 + 3 * 9 + 3,
	'source lists every table, every partition and the crmdb tables');
like($source, qr/^payment_service\.payments_default 1 /m, 'payments_default listed with its row');
like($source, qr/^crmdb\.payment_references [1-9]\d* /m, 'payment reference registry listed');
like($source, qr/^crmdb\.maintenance_log [2-9]\d* /m, 'maintenance log listed with its rows');
is( $node->safe_psql(
		'src', q{
SELECT string_agg(c.oid::regclass::text, ', ' ORDER BY c.oid::regclass::text)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', c.oid::regclass),
											 false, true, '')))[1]::text = '0'}),
	'',
	'every table of the four schemas holds rows');
is( $node->safe_psql(
		'src', q{
SELECT string_agg(p::text || ' ' || n, ', ' ORDER BY p::text)
  FROM (SELECT i.inhparent::regclass AS p, count(*) AS n
		  FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
		 WHERE i.inhparent IN ('payment_service.payments'::regclass, 'workflow_service.action_records'::regclass,
							   'workflow_service.customer_agents'::regclass)
		   AND (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %s', c.oid::regclass),
													 false, true, '')))[1]::text <> '0'
		 GROUP BY 1) AS x
 WHERE n < 7}),
	'',
	'rows in at least seven partitions of each partitioned table');
is( $node->safe_psql(
		'src', q{
SELECT (SELECT count(*) FROM payment_service.payments) = (SELECT count(*) FROM crmdb.payment_references)}),
	't',
	'every payment reference registered');

my $dump = $node->basedir . '/crmdb.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', 'src' ], 'pg_dump -Fc');

# Restore in one transaction, stopping at the first error.
$node->safe_psql('postgres', 'CREATE DATABASE restored');
$node->command_ok(
	[
		'pg_restore', '--single-transaction', '--exit-on-error',
		'-d', 'restored', $dump
	],
	'pg_restore --single-transaction --exit-on-error');
is($node->safe_psql('restored', $contents_sql),
	$source, 'single-transaction restore: same rows in every table and partition');

# A plain restore reports no error at all.
$node->safe_psql('postgres', 'CREATE DATABASE restored_plain');
my ($out, $err) = ('', '');
my $ok = IPC::Run::run(
	[ 'pg_restore', '-h', $node->host, '-p', $node->port, '-d', 'restored_plain', $dump ],
	'>', \$out, '2>', \$err);
ok($ok, 'plain pg_restore exits with status 0');
is($err, '', 'plain pg_restore reports no errors');
is($node->safe_psql('restored_plain', $contents_sql),
	$source, 'plain restore: same rows in every table and partition');

# The restored database works: the registry still refuses a duplicate
# reference, and a new payment lands in its partition.
($rc, $stdout, $stderr) = $node->psql(
	'restored', q{
INSERT INTO payment_service.payments
	(reference_number, loan_account_number, cif, amount, currency, payment_date,
	 payment_method, status, source_system, created_by, updated_by)
SELECT 'TAPDEFAULT000001', account_number, cif, 1, currency, now() - interval '1 day',
	   'CASH', 'COMPLETED', 'T24', 'tap', 'tap'
  FROM bank_sync_service.loans ORDER BY account_number LIMIT 1});
isnt($rc, 0, 'restored registry refuses a duplicate payment reference');
like($stderr, qr/duplicate|unique/i, 'duplicate reference reported as such');

# DROP EXTENSION without CASCADE is refused and every row stays.
($rc, $stdout, $stderr) = $node->psql('restored', 'DROP EXTENSION crmdb');
isnt($rc, 0, 'DROP EXTENSION crmdb without CASCADE fails');
like($stderr, qr/depend/, 'the refusal names the dependent objects');
is($node->safe_psql('restored', $contents_sql),
	$source, 'after the refused DROP EXTENSION every row is still there');
is($node->safe_psql('restored', "SELECT count(*) FROM pg_extension WHERE extname = 'crmdb'"),
	'1', 'crmdb is still installed');

$node->stop;
done_testing();
