
# Copyright (c) 2026, crmdb authors

# Partition rollover across what a pg_regress run cannot show: the
# configuration and the partitions survive pg_dump / pg_restore
# --single-transaction --exit-on-error (and a run on the restored database
# finds nothing to do), pg_cron runs the procedure form, and (from the
# server log) the ATTACH under the strong locks neither scans DEFAULT nor
# validates foreign keys.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('partition');
$node->init;
$node->append_conf(
	'postgresql.conf', qq{
shared_preload_libraries = 'pg_cron,crmdb'
# as in production: the catch-up under the locks reads the WAL, which
# wal_level minimal does not always write
wal_level = replica
cron.database_name = 'postgres'
cron.host = '@{[ $node->host ]}'
});
$node->start;

# A monthly table with rows in DEFAULT, retention that detaches, and the
# partitions of its first run.
$node->safe_psql(
	'postgres', q{
CREATE EXTENSION crmdb;
CREATE SCHEMA app;
CREATE TABLE app.events (id int, at timestamp NOT NULL, note text,
                         PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;
INSERT INTO app.events SELECT g, timestamp '2025-06-01' + g * interval '1 day', 'n' || g
FROM generate_series(1, 300) g;
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake, retention)
VALUES ('app.events', '1 month', 2, '6 months');
SELECT count(*) FROM crmdb.run_maintenance('app.events', '2026-02-10 00:00:00+00');
});

my $config_query =
  'SELECT parent_table, control_column, partition_interval, premake, retention, '
  . 'retention_action, archive_schema FROM crmdb.partition_config ORDER BY parent_table::text';
my $partitions_query =
  'SELECT partition::text, range_from, range_to, is_default FROM crmdb.partitions '
  . 'ORDER BY partition::text';
my $rows_query =
  'SELECT tableoid::regclass::text, count(*), min(id), max(id) FROM app.events GROUP BY 1 ORDER BY 1';
my $detached_query =
  q{SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class c }
  . q{JOIN pg_namespace n ON n.oid = c.relnamespace }
  . q{WHERE n.nspname = 'app' AND c.relkind = 'r' AND NOT c.relispartition};

my %before = (
	config => $node->safe_psql('postgres', $config_query),
	partitions => $node->safe_psql('postgres', $partitions_query),
	rows => $node->safe_psql('postgres', $rows_query),
	detached => $node->safe_psql('postgres', $detached_query));
like($before{partitions}, qr/app\.events_2026_04/, 'the first run premade');
like($before{detached}, qr/events_2025_06/, 'the first run detached by retention');

# 1. pg_dump / pg_restore --single-transaction --exit-on-error
my $dump = $node->basedir . '/partition.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('postgres') ],
	'pg_dump');
$node->safe_psql('postgres', 'CREATE DATABASE restored');
$node->command_ok(
	[
		'pg_restore', '--single-transaction', '--exit-on-error',
		'-d', $node->connstr('restored'), $dump
	],
	'pg_restore --single-transaction --exit-on-error');

is($node->safe_psql('restored', $config_query), $before{config},
	'the configuration is restored, once');
is($node->safe_psql('restored', $partitions_query), $before{partitions},
	'the partitions are restored with their bounds');
is($node->safe_psql('restored', $rows_query), $before{rows},
	'every row is restored in its partition');
is($node->safe_psql('restored', $detached_query), $before{detached},
	'the detached partitions are restored as standalone tables');
is( $node->safe_psql(
		'restored',
		q{SELECT count(*) FROM crmdb.run_maintenance('app.events', '2026-02-10 00:00:00+00')}),
	'0',
	'a run on the restored database finds nothing to do');

# The configuration's checks hold after a restore too.
my ($ret, $stdout, $stderr) = $node->psql('restored',
	q{UPDATE crmdb.partition_config SET partition_interval = '2 months'});
like($stderr, qr/unsupported partition interval/,
	'the restored configuration is still checked');

# 2. pg_cron runs the procedure, which commits after each unit.
$node->safe_psql(
	'postgres', q{
CREATE EXTENSION pg_cron;
SELECT cron.schedule('crmdb-partitions', '* * * * *', 'CALL crmdb.run_maintenance_proc()');
});
$node->poll_query_until('postgres',
	"SELECT count(*) > 0 FROM cron.job_run_details WHERE status IN ('succeeded', 'failed')"
) or die 'pg_cron did not run the job';
is( $node->safe_psql(
		'postgres', 'SELECT status, return_message FROM cron.job_run_details'),
	'succeeded|CALL',
	'pg_cron ran CALL crmdb.run_maintenance_proc()');
# Today is well after 2026-02-10 for the clock of the test, or not: either
# way the partition of today's month (UTC) exists now.
is( $node->safe_psql(
		'postgres',
		q{SELECT count(*) FROM crmdb.partitions WHERE parent_table = 'app.events'::regclass
		  AND range_from = to_char(date_trunc('month', now() AT TIME ZONE 'UTC'), 'YYYY-MM-DD HH24:MI:SS')}
	),
	'1',
	"the partition of the current month exists");
$node->safe_psql('postgres', "SELECT cron.unschedule('crmdb-partitions')");

# 3. What ATTACH does under its locks, from the server's DEBUG1 messages:
# it finds DEFAULT's new partition constraint implied (no scan of
# DEFAULT), and the foreign keys are proved before it, by a query on the
# standalone table, never validated by the ATTACH; the last catch-up,
# under the locks, reads the pages the WAL names, not every page of
# DEFAULT.
$node->safe_psql(
	'postgres', q{
CREATE TABLE app.ref (code text PRIMARY KEY);
INSERT INTO app.ref VALUES ('a'), ('b');
CREATE TABLE app.pay (id int, at timestamp NOT NULL, code text REFERENCES app.ref,
                      PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX ON app.pay (at);
CREATE TABLE app.pay_default PARTITION OF app.pay DEFAULT;
INSERT INTO app.pay SELECT g, timestamp '2025-07-01' + g * interval '1 hour',
       CASE WHEN g % 2 = 0 THEN 'a' ELSE 'b' END
FROM generate_series(1, 5000) g;
-- rows beyond the horizon keep DEFAULT large enough for its CHECK
-- constraint to be worth it (a small DEFAULT is left to ATTACH to check)
INSERT INTO app.pay SELECT 100000 + g, timestamp '2031-01-01' + g * interval '1 minute', 'a'
FROM generate_series(1, 20000) g;
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('app.pay', 1);
});
my $offset = -s $node->logfile;
my $created = $node->safe_psql(
	'postgres', q{
SET log_min_messages = debug1;
SELECT string_agg(partition_name, ',' ORDER BY partition_name)
FROM crmdb.run_maintenance('app.pay', '2026-02-10 00:00:00+00') WHERE action = 'created';
});
is($created,
	'app.pay_2025_q3,app.pay_2025_q4,app.pay_2026_q1,app.pay_2026_q2',
	'the maintenance drained DEFAULT into four partitions');
my @log = split /\n/, slurp_file($node->logfile, $offset);
my $default_implied = grep {
	/updated partition constraint for default partition "pay_default" is implied by existing constraints/
} @log;
is($default_implied, 4, 'no ATTACH scanned DEFAULT');
my $partition_implied =
  grep { /partition constraint for table "pay_20\d\d_q\d" is implied by existing constraints/ }
  @log;
is($partition_implied, 4, 'no ATTACH scanned the new partition');
my ($validated, $validated_by_attach) = (0, 0);
for my $i (0 .. $#log)
{
	next unless $log[$i] =~ /validating foreign key constraint "pay_code_fkey"/;
	$validated++;
	if ($i < $#log && $log[ $i + 1 ] =~ /CONTEXT:.*ATTACH PARTITION app\.pay_2026_q2 /)
	{
		$validated_by_attach++;
	}
}
is($validated, 1, 'the foreign key was validated once');
is($validated_by_attach, 1,
	'only ATTACH of the empty premade partition validated the foreign key');
my $by_wal = grep { /partition pay_20\d\d_q\d: \d+ rows added to DEFAULT since .* pages named by the WAL/ } @log;
is($by_wal, 1, 'the catch-up under the locks read the pages the WAL names');
is( $node->safe_psql(
		'postgres',
		q{SELECT count(*), count(DISTINCT conparentid) FROM pg_constraint
		  WHERE contype = 'f' AND conname = 'pay_code_fkey' AND conparentid <> 0}),
	'5|1',
	"every partition has the parent's foreign key, once");
is( $node->safe_psql(
		'postgres',
		q{SELECT tableoid::regclass::text, count(*) FROM app.pay GROUP BY 1 ORDER BY 1}),
	"app.pay_2025_q3|2207\napp.pay_2025_q4|2208\napp.pay_2026_q1|585\napp.pay_default|20000",
	'every row is in its partition, once');

$node->stop;
done_testing();
