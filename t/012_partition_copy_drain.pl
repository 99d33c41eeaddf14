
# Copyright (c) 2026, crmdb authors

# The copy drain under steady application traffic: while
# crmdb.run_maintenance() drains a DEFAULT partition that holds only one
# quarter, two clients keep updating, moving (within the quarter),
# deleting and inserting rows of that quarter, each change logged in the
# same transaction.  Afterwards every row of the quarter is in its new
# partition exactly as the log says, DEFAULT is empty, and no client
# transaction failed.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use IPC::Run;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('copy_drain');
$node->init;
$node->append_conf(
	'postgresql.conf', qq{
shared_preload_libraries = 'crmdb'
wal_level = replica
log_min_messages = debug1
crmdb.partition_drain_swap = off
});
$node->start;

$node->safe_psql(
	'postgres', q{
CREATE EXTENSION crmdb;
CREATE SCHEMA app;
CREATE TABLE app.pay (id int, at timestamp NOT NULL, v int NOT NULL DEFAULT 0,
                      pad text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX ON app.pay (v);
CREATE TABLE app.pay_default PARTITION OF app.pay DEFAULT;
CREATE TABLE app.pay_2026_q1 PARTITION OF app.pay FOR VALUES FROM ('2026-01-01') TO ('2026-04-01');
INSERT INTO app.pay SELECT g, timestamp '2025-10-01' + (g % 90000) * interval '1 minute', 0, repeat('x', 100)
FROM generate_series(1, 200000) g;
-- what the clients did: +1 per update, a row per delete and insert
CREATE TABLE app.log (id int, what text);
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('app.pay', 0);
});

my $script = $node->basedir . '/traffic.sql';
open my $fh, '>', $script or die $!;
print $fh q{\set r random(1, 200000)
\set k random(1, 10)
BEGIN;
UPDATE app.pay SET v = v + 1 WHERE id = :r;
INSERT INTO app.log SELECT :r, 'update' WHERE EXISTS (SELECT FROM app.pay WHERE id = :r);
UPDATE app.pay SET at = at + interval '1 second' WHERE id = :r + 1 AND :k = 1 AND at < '2025-12-31';
DELETE FROM app.pay WHERE id = :r + 2 AND :k = 2;
INSERT INTO app.log SELECT :r + 2, 'delete' WHERE :k = 2;
INSERT INTO app.pay SELECT 1000000 + :r, timestamp '2025-11-15' + :r * interval '1 second', 0, 'new'
WHERE :k = 3 AND NOT EXISTS (SELECT FROM app.pay WHERE id = 1000000 + :r);
END;
};
close $fh;

my $offset = -s $node->logfile;
my ($out, $err) = ('', '');
my $bindir = $node->config_data('--bindir');
my $traffic = IPC::Run::start(
	[
		"$bindir/pgbench", '-n', '-c', '2', '-T', '8', '-f', $script,
		'-h', $node->host, '-p', $node->port, 'postgres'
	],
	'>', \$out, '2>', \$err);
sleep 1;
my $result = $node->safe_psql(
	'postgres', q{
SET crmdb.lock_timeout = '5s';
SELECT action || ' ' || coalesce(partition_name, '') || ' ' || coalesce(rows_affected::text, '')
FROM crmdb.run_maintenance('app.pay', '2026-02-10 00:00:00+00') ORDER BY 1;
});
$traffic->finish;
like($result, qr/^created app\.pay_2025_q4 \nmoved app\.pay_2025_q4 \d+$/,
	'the quarter was drained while the clients wrote to it');
like($out, qr/number of failed transactions: 0 /, 'no client transaction failed')
  if $out =~ /number of failed transactions/;
unlike($out . $err, qr/ERROR|aborted/, 'the clients saw no error');
like($out, qr/number of transactions actually processed: [1-9]/, 'the clients wrote');

my @log = split /\n/, slurp_file($node->logfile, $offset);
note($_) for grep { /copy drain/ } @log;
is((grep { /copy drain of DEFAULT partition "app.pay_default": \d+ rows copied/ } @log), 1,
	'the copy drain was used');
is((grep { /copy drain .* on \d+ pages named by the WAL/ } @log), 1,
	'its last catch-up read the pages the WAL names');

is( $node->safe_psql(
		'postgres', q{
SELECT tableoid::regclass::text, count(*) FROM app.pay GROUP BY 1 ORDER BY 1}),
	$node->safe_psql(
		'postgres', q{
SELECT 'app.pay_2025_q4', 200000
  - (SELECT count(DISTINCT id) FROM app.log WHERE what = 'delete' AND id <= 200000)
  + (SELECT count(*) FROM app.pay WHERE id > 1000000)}),
	'every row of the quarter is in the new partition, none in DEFAULT');
is( $node->safe_psql(
		'postgres', q{
SELECT count(*) FROM app.pay p
LEFT JOIN (SELECT id, count(*) AS n FROM app.log WHERE what = 'update' GROUP BY id) l USING (id)
WHERE p.v <> coalesce(l.n, 0)}),
	'0',
	'every update is in the new partition, once');
is($node->safe_psql('postgres', q{SELECT count(*) FROM ONLY app.pay_default}),
	'0', 'DEFAULT is empty');
is( $node->safe_psql(
		'postgres', q{SELECT count(*), count(DISTINCT id) FROM app.pay}) =~ /^(\d+)\|\1$/ ? 1 : 0,
	1, 'no row twice');

$node->stop;
done_testing();
