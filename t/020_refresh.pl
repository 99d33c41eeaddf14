
# Copyright (c) 2026, crmdb authors

# crmdb.refresh_views() across what a pg_regress run cannot show: a clean
# restart and a crash (the change counters start again, so every view is
# refreshed once: never a missed change), a prepared transaction, a server
# without crmdb in shared_preload_libraries (every call refreshes, with a
# NOTICE), and pg_cron running the procedure form.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('refresh');
$node->init;
$node->append_conf(
	'postgresql.conf', qq{
shared_preload_libraries = 'pg_cron,crmdb'
cron.database_name = 'postgres'
cron.host = '@{[ $node->host ]}'
max_prepared_transactions = 5
restart_after_crash = on
});
$node->start;

$node->safe_psql(
	'postgres', q{
CREATE EXTENSION crmdb;
CREATE TABLE public.accounts (id int PRIMARY KEY, balance int NOT NULL);
INSERT INTO public.accounts VALUES (1, 10);
CREATE MATERIALIZED VIEW public.balances AS SELECT id, balance FROM public.accounts;
CREATE UNIQUE INDEX ON public.balances (id);
});

# The action of one refresh_views() call on public.balances.
sub refresh
{
	return $node->safe_psql('postgres',
		"SELECT action FROM crmdb.refresh_views(ARRAY['public.balances']::regclass[])"
	);
}

# Why view_status says the view is stale ('' when it is not).
sub stale_reason
{
	return $node->safe_psql('postgres',
		"SELECT coalesce(stale_reason, '') FROM crmdb.view_status WHERE view_name = 'public.balances'::regclass"
	);
}

# The rows of the view.
sub balances
{
	return $node->safe_psql('postgres',
		"SELECT string_agg(id || ':' || balance, ',' ORDER BY id) FROM public.balances"
	);
}

is(refresh(), 'refreshed_concurrently', 'first call refreshes the view');
is(refresh(), 'skipped_unchanged',      'second call skips it');

# 1. A clean restart: the counters start again from zero under a new epoch,
# so the view is refreshed once.
$node->restart;
is( stale_reason(),
	'the server restarted since the last refresh',
	'after a restart the view is stale');
is(refresh(), 'refreshed_concurrently', 'refreshed once after a restart');
is(refresh(), 'skipped_unchanged',      'then skipped again');

# 2. A crash: a change committed just before it is never lost.
$node->safe_psql('postgres', 'UPDATE public.accounts SET balance = 11 WHERE id = 1');
my $victim = $node->background_psql('postgres');
my $pid = $victim->query_safe('SELECT pg_backend_pid()');
kill 'KILL', $pid;
# the psql of the killed backend has lost its connection
eval { $victim->quit; };
$node->poll_query_until('postgres', undef, '')
  or die 'the server did not come back after the crash';
like(
	slurp_file($node->logfile),
	qr/terminated by signal 9/,
	'the server went through crash recovery');
is( stale_reason(),
	'the server restarted since the last refresh',
	'after a crash the view is stale');
is(refresh(),  'refreshed_concurrently', 'refreshed after the crash');
is(balances(), '1:11',                   'with the change committed before it');
is(refresh(),  'skipped_unchanged',      'then skipped again');

# 3. A prepared transaction: until it is resolved no refresh can record
# which changes it saw, so every call refreshes; after COMMIT PREPARED, the
# next call brings its change.
$node->safe_psql(
	'postgres', q{
BEGIN;
INSERT INTO public.accounts VALUES (2, 20);
PREPARE TRANSACTION 'crmdb_refresh_p1';
});
is(refresh(), 'refreshed_concurrently', 'refreshed while a transaction is prepared');
is( stale_reason(),
	'the last refresh could not record which changes it saw',
	'and still stale');
$node->restart;
is(refresh(), 'refreshed_concurrently', 'refreshed after a restart with it still prepared');
is(balances(), '1:11', 'without its change');
$node->safe_psql('postgres', "COMMIT PREPARED 'crmdb_refresh_p1'");
is(refresh(),  'refreshed_concurrently', 'refreshed after COMMIT PREPARED');
is(balances(), '1:11,2:20',              'with its change');
is(refresh(),  'skipped_unchanged',      'then skipped again');

# 4. Without crmdb in shared_preload_libraries nothing can be skipped:
# every call refreshes, and says why.
$node->adjust_conf('postgresql.conf', 'shared_preload_libraries', "'pg_cron'");
$node->restart;
my ($ret, $stdout, $stderr) = $node->psql('postgres',
	"SELECT action FROM crmdb.refresh_views(ARRAY['public.balances']::regclass[])"
);
is($stdout, 'refreshed_concurrently', 'not preloaded: the view is refreshed');
like(
	$stderr,
	qr/NOTICE:  change tracking is inactive, so every materialized view is refreshed/,
	'not preloaded: the call says why');
is(refresh(), 'refreshed_concurrently', 'not preloaded: refreshed by every call');
is( stale_reason(),
	'change tracking is inactive because crmdb is not in shared_preload_libraries',
	'not preloaded: view_status says why');
$node->safe_psql('postgres', 'UPDATE public.accounts SET balance = 12 WHERE id = 1');

# 5. Preloaded again: one refresh, then skipping.
$node->adjust_conf('postgresql.conf', 'shared_preload_libraries', "'pg_cron,crmdb'");
$node->restart;
is(refresh(),  'refreshed_concurrently', 'preloaded again: refreshed once');
is(balances(), '1:12,2:20',              'with the change made meanwhile');
is(refresh(),  'skipped_unchanged',      'preloaded again: then skipped');

# 6. pg_cron runs the procedure, which commits after each view.
$node->safe_psql(
	'postgres', q{
CREATE EXTENSION pg_cron;
UPDATE public.accounts SET balance = 13 WHERE id = 1;
SELECT cron.schedule('crmdb-refresh', '* * * * *', 'CALL crmdb.refresh_views_proc(ARRAY[''public.balances'']::regclass[])');
});
$node->poll_query_until('postgres',
	"SELECT count(*) > 0 FROM cron.job_run_details WHERE status IN ('succeeded', 'failed')"
) or die 'pg_cron did not run the job';
is( $node->safe_psql(
		'postgres', 'SELECT status, return_message FROM cron.job_run_details'),
	'succeeded|CALL',
	'pg_cron ran CALL crmdb.refresh_views_proc()');
is(balances(), '1:13,2:20', 'the job refreshed the view');
is( $node->safe_psql(
		'postgres',
		"SELECT action, detail FROM crmdb.maintenance_log WHERE area = 'refresh' ORDER BY log_id DESC LIMIT 1"
	),
	'refreshed_concurrently|a relation it reads changed',
	'the job wrote the log');
$node->safe_psql('postgres', "SELECT cron.unschedule('crmdb-refresh')");

$node->stop;
done_testing();
