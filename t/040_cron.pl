# Copyright (c) 2026, crmdb authors
#
# crmdb's maintenance under a real pg_cron: the three jobs are created,
# updated and removed by crmdb.schedule_maintenance(); a job scheduled every
# minute really runs, and its effect shows in crmdb.view_status and
# crmdb.health; a run that finds the previous run of its job still going
# is skipped, not queued; and the error of a database without pg_cron.
#
# pg_cron 1.4 has minute granularity: each wait below may take up to a
# minute and a bit.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('cron');
$node->init;
# pg_cron's jobs connect through libpq: point them at the test socket.
$node->append_conf(
	'postgresql.conf', qq{
shared_preload_libraries = 'pg_cron,crmdb'
cron.database_name = 'crm'
cron.host = '@{[ $node->host ]}'
max_worker_processes = 16
});
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE crm');
$node->safe_psql('postgres', 'CREATE DATABASE other');

# The set-up the documentation recommends: a superuser creates the
# extensions and lets a dedicated, non-superuser role use them; that role
# installs the schemas, owns them, and schedules and runs the maintenance.
$node->safe_psql(
	'crm', q{
CREATE EXTENSION pg_cron;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION crmdb;
CREATE ROLE crmdb_owner LOGIN;
GRANT CREATE ON DATABASE crm TO crmdb_owner;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA crmdb TO crmdb_owner;
GRANT EXECUTE ON ALL PROCEDURES IN SCHEMA crmdb TO crmdb_owner;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA crmdb TO crmdb_owner;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA crmdb TO crmdb_owner;
GRANT USAGE ON SCHEMA cron TO crmdb_owner;
GRANT CREATE ON SCHEMA crmdb TO crmdb_owner;
});
my @owner = (extra_params => [ '-U', 'crmdb_owner' ]);
$node->safe_psql('crm', 'SELECT crmdb.install()', @owner);
# install() creates the payment reference registry in schema crmdb: only
# during the installation.
$node->safe_psql('crm', 'REVOKE CREATE ON SCHEMA crmdb FROM crmdb_owner');
is( $node->safe_psql(
		'crm',
		"SELECT string_agg(DISTINCT pg_get_userbyid(nspowner), ',') FROM pg_namespace WHERE nspname LIKE '%\\_service'"
	),
	'crmdb_owner',
	'the maintenance role owns the service schemas');

# ------------------------------------------------------------------
# Without pg_cron in the database: a clear error, not an internal one.
# ------------------------------------------------------------------
$node->safe_psql('other', 'CREATE EXTENSION crmdb');
my ($rc, $stdout, $stderr) = $node->psql('other',
	"\\set VERBOSITY verbose\nSELECT * FROM crmdb.schedule_maintenance()");
isnt($rc, 0, 'schedule_maintenance fails without pg_cron');
like(
	$stderr,
	qr/ERROR:  55000: pg_cron is not installed in database "other"/,
	'error names the database, SQLSTATE 55000');
like(
	$stderr,
	qr/DETAIL:  .*runs jobs from database "crm" \(cron.database_name\)/,
	'detail names the database pg_cron runs jobs from');
like(
	$stderr,
	qr/HINT:  Install the Debian package postgresql-15-cron, add pg_cron to shared_preload_libraries and set cron.database_name = 'other'.*CREATE EXTENSION pg_cron/,
	'hint says how to install and preload pg_cron');
($rc, $stdout, $stderr) =
  $node->psql('other', 'SELECT * FROM crmdb.unschedule_maintenance()');
like(
	$stderr,
	qr/pg_cron is not installed in database "other"/,
	'unschedule_maintenance fails the same way');

# ------------------------------------------------------------------
# Created, updated, removed.
# ------------------------------------------------------------------
my $jobs_sql =
  "SELECT jobname, schedule, command, database, username, active FROM cron.job ORDER BY jobname";

is( $node->safe_psql(
		'crm',
		'SELECT job_name, schedule, command FROM crmdb.schedule_maintenance() ORDER BY 1',
		@owner),
	"crmdb_partitions|5 0 * * *|CALL crmdb.run_job('crmdb_partitions')\n"
	  . "crmdb_refresh_views|*/10 * * * *|CALL crmdb.run_job('crmdb_refresh_views')\n"
	  . "crmdb_validation|30 2 * * *|CALL crmdb.run_job('crmdb_validation')",
	'schedule_maintenance returns the three jobs with the default schedules');
is( $node->safe_psql('crm', $jobs_sql),
	"crmdb_partitions|5 0 * * *|CALL crmdb.run_job('crmdb_partitions')|crm|crmdb_owner|t\n"
	  . "crmdb_refresh_views|*/10 * * * *|CALL crmdb.run_job('crmdb_refresh_views')|crm|crmdb_owner|t\n"
	  . "crmdb_validation|30 2 * * *|CALL crmdb.run_job('crmdb_validation')|crm|crmdb_owner|t",
	'the three jobs are registered with pg_cron in this database, as the calling role');
my $ids = $node->safe_psql('crm',
	"SELECT string_agg(jobid::text, ',' ORDER BY jobname) FROM cron.job");

$node->safe_psql('crm',
	"SELECT * FROM crmdb.schedule_maintenance('15 1 * * *', '*/5 * * * *', '0 3 * * sun')",
	@owner);
is( $node->safe_psql(
		'crm',
		"SELECT string_agg(jobname || ' ' || schedule, ', ' ORDER BY jobname) FROM cron.job"),
	'crmdb_partitions 15 1 * * *, crmdb_refresh_views */5 * * * *, crmdb_validation 0 3 * * sun',
	'calling again updates the schedules');
is( $node->safe_psql('crm',
		"SELECT string_agg(jobid::text, ',' ORDER BY jobname) FROM cron.job"),
	$ids,
	'calling again keeps the same jobs, never duplicates them');

($rc, $stdout, $stderr) = $node->psql('crm',
	"SELECT * FROM crmdb.schedule_maintenance('15 1 * * *', '5 seconds', '0 3 * * sun')",
	@owner);
like(
	$stderr,
	qr/invalid schedule "5 seconds" for job "crmdb_refresh_views".*\n.*DETAIL:  The installed pg_cron 1\.4 runs jobs at most once a minute/,
	'a schedule pg_cron 1.4 cannot run is refused up front');
($rc, $stdout, $stderr) = $node->psql('crm',
	"SELECT * FROM crmdb.schedule_maintenance('15 1 * * *', '*/5 * * * *', '0 3 31 2 *')",
	@owner);
like(
	$stderr,
	qr/invalid schedule "0 3 31 2 \*" for job "crmdb_validation".*\n.*DETAIL:  None of its months has any of its days of month/,
	'a schedule pg_cron would accept but never run is refused');
is( $node->safe_psql('crm', 'SELECT count(*) FROM cron.job'),
	'3', 'a refused schedule changes no job');

# Another role, even a superuser, may not take over (or duplicate) the jobs.
($rc, $stdout, $stderr) =
  $node->psql('crm', "SELECT * FROM crmdb.schedule_maintenance()");
like(
	$stderr,
	qr/pg_cron job "crmdb_partitions" is already scheduled by role "crmdb_owner"/,
	'another role cannot schedule a second copy of the jobs');

$node->safe_psql('crm',
	"SELECT * FROM crmdb.schedule_maintenance('15 1 * * *', '*/5 * * * *', NULL)",
	@owner);
is( $node->safe_psql('crm', "SELECT string_agg(jobname, ',' ORDER BY jobname) FROM cron.job"),
	'crmdb_partitions,crmdb_refresh_views',
	'NULL for a schedule removes that job');

is( $node->safe_psql(
		'crm',
		"SELECT string_agg(job_name || ':' || coalesce(jobid::text, 'removed'), ',' ORDER BY job_name) FROM crmdb.unschedule_maintenance()",
		@owner),
	'crmdb_partitions:removed,crmdb_refresh_views:removed,crmdb_validation:removed',
	'unschedule_maintenance reports the three jobs removed');
is($node->safe_psql('crm', 'SELECT count(*) FROM cron.job'),
	'0', 'unschedule_maintenance removes all three jobs');

is( $node->safe_psql(
		'crm',
		"SELECT string_agg(action || ' ' || object_name, ', ' ORDER BY log_id) FROM crmdb.maintenance_log WHERE area = 'schedule' AND action = 'unscheduled'"
	),
	'unscheduled crmdb_validation, unscheduled crmdb_partitions, unscheduled crmdb_refresh_views',
	'every removal is logged');

# ------------------------------------------------------------------
# A job scheduled every minute really runs.
# ------------------------------------------------------------------

# A payment changes the sources of the payment views.
$node->safe_psql(
	'crm', q{
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('CIF-T-1', 'INDIVIDUAL', 'Le Thi Hoa', 'MASS', 'ACTIVE', 'T24', 'tap', 'tap');
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
VALUES ('LN-T-1', 'CIF-T-1', 'CASH', 20000000, 'VND', '2025-03-01', '2027-03-01',
        11, 24, 'MONTHLY', 15000000, 15000000, 1000000, '2026-12-01', 0,
        'CURRENT', 'OPEN', 'T24', 'tap', 'tap');
INSERT INTO payment_service.payments
    (reference_number, loan_account_number, cif, amount, currency, payment_date,
     payment_method, status, source_system, created_by, updated_by)
VALUES ('PAY-T-1', 'LN-T-1', 'CIF-T-1', 1000000, 'VND', now() - interval '1 day',
        'TRANSFER', 'COMPLETED', 'CRM', 'tap', 'tap');
});
is( $node->safe_psql('crm',
		"SELECT count(*) FROM payment_service.payment_summary WHERE cif = 'CIF-T-1'"),
	'0', 'the new payment is not in payment_summary yet');

$node->safe_psql('crm',
	"SELECT * FROM crmdb.schedule_maintenance(NULL, '* * * * *', NULL)", @owner);

# History older than crmdb.log_max_age (90 days by default): the job's
# own is pruned by its next run, another job's is left alone.
$node->safe_psql(
	'crm', q{
INSERT INTO cron.job_run_details
    (jobid, runid, job_pid, database, username, command, status, return_message,
     start_time, end_time)
SELECT j.jobid, 900000 + g, 1, 'crm', 'crmdb_owner', j.command, 'succeeded', 'CALL',
       now() - interval '100 days', now() - interval '100 days'
  FROM cron.job j, generate_series(1, 2) g
 WHERE j.jobname = 'crmdb_refresh_views';
INSERT INTO cron.job_run_details
    (jobid, runid, job_pid, database, username, command, status, return_message,
     start_time, end_time)
VALUES (777777, 900003, 1, 'crm', 'crmdb_owner', 'SELECT 1', 'succeeded', '1 row',
        now() - interval '100 days', now() - interval '100 days');
});

my $finished_runs = q{
SELECT count(*) FROM cron.job_run_details d JOIN cron.job j USING (jobid)
 WHERE j.jobname = 'crmdb_refresh_views' AND d.status IN ('succeeded', 'failed')
   AND d.runid < 900000};
ok($node->poll_query_until('crm', "SELECT ($finished_runs) > 0"),
	'the job scheduled every minute ran');
is( $node->safe_psql(
		'crm', q{
SELECT d.status || ' ' || d.return_message
  FROM cron.job_run_details d JOIN cron.job j USING (jobid)
 WHERE j.jobname = 'crmdb_refresh_views' AND d.runid < 900000
 ORDER BY d.runid LIMIT 1}),
	'succeeded CALL',
	'the run succeeded');

is( $node->safe_psql('crm',
		"SELECT count(*) FROM payment_service.payment_summary WHERE cif = 'CIF-T-1'"),
	'1', 'the job refreshed payment_summary');
is( $node->safe_psql('crm',
		"SELECT string_agg(runid::text, ',' ORDER BY runid) FROM cron.job_run_details WHERE runid > 900000"),
	'900003',
	'the run pruned its own job\'s old history, and only that');
is( $node->safe_psql(
		'crm', q{
SELECT string_agg(view_name::text || ' ' || (last_refresh IS NOT NULL)::text
                  || ' ' || is_stale::text, ', ' ORDER BY view_name::text)
  FROM crmdb.view_status
 WHERE view_name::text LIKE 'payment_service.%'}),
	'payment_service.payment_method_analysis true false, payment_service.payment_summary true false',
	'crmdb.view_status shows the refresh by the job');
is( $node->safe_psql(
		'crm', q{
SELECT status || ' ' || (detail LIKE '%succeeded (schedule ''* * * * *'', role crmdb_owner)')::text
  FROM crmdb.health
 WHERE area = 'schedule' AND item = 'crmdb_refresh_views'}, @owner),
	'ok true',
	'crmdb.health shows the job\'s last run and its outcome');
is( $node->safe_psql(
		'crm', q{
SELECT status FROM crmdb.health
 WHERE area = 'schedule' AND item = 'pg_cron scheduler'}),
	'ok',
	'crmdb.health sees the pg_cron scheduler running');

# ------------------------------------------------------------------
# Skip, not queue: while the previous run holds the job's lock, the
# next runs return at once and are logged as skipped.
# ------------------------------------------------------------------
my $holder = $node->background_psql('crm');
$holder->query_safe('SELECT pg_advisory_lock(1668443492, 2)');
ok( $node->poll_query_until(
		'crm', q{
SELECT count(*) > 0 FROM crmdb.maintenance_log
 WHERE area = 'schedule' AND action = 'skipped' AND object_name = 'crmdb_refresh_views'}),
	'a run during the previous one is skipped and logged');
is( $node->safe_psql(
		'crm', q{
SELECT count(*) FROM cron.job_run_details d JOIN cron.job j USING (jobid)
 WHERE j.jobname = 'crmdb_refresh_views' AND d.status NOT IN ('succeeded', 'failed')}),
	'0',
	'no run is left waiting for the previous one');
is( $node->safe_psql(
		'crm', q{
SELECT status FROM crmdb.health
 WHERE area = 'log' AND item = 'skipped: crmdb_refresh_views'}),
	'warning',
	'crmdb.health warns about skipped runs');
$holder->query_safe('SELECT pg_advisory_unlock(1668443492, 2)');
$holder->quit;

# A superuser may remove the jobs of another role.
$node->safe_psql('crm', 'SELECT * FROM crmdb.unschedule_maintenance()');
is($node->safe_psql('crm', 'SELECT count(*) FROM cron.job'),
	'0', 'all jobs removed at the end, by a superuser');

$node->stop;
done_testing();
