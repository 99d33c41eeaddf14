# Copyright (c) 2026, crmdb authors

# Incremental refresh of the payment views across what a pg_regress run
# cannot show: a crash with changes pending (the unlogged log of changes is
# emptied, the change-tracking epoch changes: a full refresh, never a
# missed change), a crash during an incremental refresh, a clean restart,
# and a prepared transaction (seen only once COMMIT PREPARED).

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('incremental');
$node->init;
$node->append_conf(
	'postgresql.conf', qq{
shared_preload_libraries = 'crmdb'
max_prepared_transactions = 5
restart_after_crash = on
crmdb.incremental_max_fraction = 1.0
});
$node->start;

$node->safe_psql(
	'postgres', q{
CREATE EXTENSION crmdb;
SELECT crmdb.install();
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('C001', 'INDIVIDUAL', 'An', 'RETAIL', 'ACTIVE', 'T24', 's', 's');
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
VALUES ('L001', 'C001', 'PERSONAL', 1000, 'VND', '2018-01-10', '2021-01-10',
     12.5, 36, 'MONTHLY', 100, 100, 10, '2019-04-10', 0, 'CURRENT', 'OPEN',
     'T24', 's', 's');
CREATE SEQUENCE public.refs;
CREATE FUNCTION public.pay(p_date timestamp, p_amount numeric) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO payment_service.payments
        (reference_number, loan_account_number, cif, amount, currency,
         payment_date, payment_method, status, source_system, created_by,
         updated_by)
    VALUES ('R' || nextval('public.refs'), 'L001', 'C001', p_amount, 'VND',
            p_date, 'CASH', 'COMPLETED', 'T24', 's', 's')
$$;
SELECT public.pay('2019-01-15', 100);
SELECT public.pay('2019-02-15', 100);
});

# The action of one refresh_views() call on payment_summary.
sub refresh
{
	return $node->safe_psql('postgres',
		"SELECT action FROM crmdb.refresh_views(ARRAY['payment_service.payment_summary']::regclass[])"
	);
}

# Rows by which payment_summary and its query differ, both ways.
sub differs
{
	return $node->safe_psql(
		'postgres', q{
SELECT count(*) FROM (
    (TABLE payment_service.payment_summary
     EXCEPT ALL SELECT * FROM (SELECT p.loan_account_number, p.cif,
        COALESCE(sum(p.amount) FILTER (WHERE p.status = 'COMPLETED'), 0.00),
        count(*) FILTER (WHERE p.status = 'COMPLETED'),
        count(*) FILTER (WHERE p.status = 'FAILED'),
        max(p.payment_date) FILTER (WHERE p.status = 'COMPLETED'),
        EXTRACT(MONTH FROM p.payment_date)::integer,
        EXTRACT(YEAR FROM p.payment_date)::integer
       FROM payment_service.payments p GROUP BY 1, 2, 7, 8) q)
    UNION ALL
    (SELECT * FROM (SELECT p.loan_account_number, p.cif,
        COALESCE(sum(p.amount) FILTER (WHERE p.status = 'COMPLETED'), 0.00),
        count(*) FILTER (WHERE p.status = 'COMPLETED'),
        count(*) FILTER (WHERE p.status = 'FAILED'),
        max(p.payment_date) FILTER (WHERE p.status = 'COMPLETED'),
        EXTRACT(MONTH FROM p.payment_date)::integer,
        EXTRACT(YEAR FROM p.payment_date)::integer
       FROM payment_service.payments p GROUP BY 1, 2, 7, 8) q
     EXCEPT ALL TABLE payment_service.payment_summary)) d});
}

is(refresh(), 'refreshed_concurrently', 'first refresh is full');
$node->safe_psql('postgres', "SELECT public.pay('2019-01-20', 5)");
is(refresh(), 'refreshed_incremental', 'a new payment: incremental');
is(differs(), '0', 'view equals its query');

# A crash with a change pending: the log is gone, the epoch changed.
$node->safe_psql('postgres', "SELECT public.pay('2019-03-01', 7)");
$node->stop('immediate');
$node->start;
is($node->safe_psql('postgres', 'SELECT count(*) FROM crmdb.payment_changes'),
	'0', 'the crash emptied the log of changes');
is(refresh(), 'refreshed_concurrently',
	'after a crash with changes pending: a full refresh');
is(differs(), '0', 'view equals its query after the crash');
$node->safe_psql('postgres', "SELECT public.pay('2019-03-02', 8)");
is(refresh(), 'refreshed_incremental', 'incremental again after the crash');
is(differs(), '0', 'view equals its query');

# A crash during an incremental refresh: its writes are lost with it, the
# change it had read is not.
$node->safe_psql('postgres', "SELECT public.pay('2019-04-02', 9)");
my $bg = $node->background_psql('postgres');
$bg->query_safe('BEGIN');
is($bg->query_safe(
		"SELECT action FROM crmdb.refresh_views(ARRAY['payment_service.payment_summary']::regclass[])"),
	'refreshed_incremental', 'incremental refresh, not committed');
$node->stop('immediate');
eval { $bg->quit; };
$node->start;
is(refresh(), 'refreshed_concurrently',
	'after a crash during a refresh: a full refresh');
is(differs(), '0', 'view equals its query after the crash during a refresh');

# A clean restart: the epoch changes, so a full refresh, then incremental.
$node->safe_psql('postgres', "SELECT public.pay('2019-05-02', 10)");
$node->restart;
is(refresh(), 'refreshed_concurrently', 'after a restart: a full refresh');
$node->safe_psql('postgres', "SELECT public.pay('2019-05-03', 11)");
is(refresh(), 'refreshed_incremental', 'incremental after the restart');
is(differs(), '0', 'view equals its query after the restart');

# A prepared transaction: its change is invisible until COMMIT PREPARED,
# and applied by the refresh after it.
$node->safe_psql('postgres',
	"BEGIN; SELECT public.pay('2019-06-01', 12); PREPARE TRANSACTION 'p1'");
$node->safe_psql('postgres', "SELECT public.pay('2019-06-02', 13)");
like(refresh(), qr/^refreshed/, 'refresh with a prepared transaction pending');
is(differs(), '0', 'view equals its query (the prepared payment is not visible)');
$node->safe_psql('postgres', "COMMIT PREPARED 'p1'");
is(differs(), '2', 'the committed prepared payment is not in the view yet');
like(refresh(), qr/^refreshed/, 'refresh after COMMIT PREPARED');
is(differs(), '0', 'view equals its query with the prepared payment');
$node->safe_psql('postgres', "SELECT public.pay('2019-06-03', 14)");
is(refresh(), 'refreshed_incremental', 'incremental again');
is(differs(), '0', 'view equals its query');

$node->stop;
done_testing();
