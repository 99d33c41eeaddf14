
# Copyright (c) 2026, crmdb authors

# Partition maintenance of a published table, with a subscriber.
#
# A drain of DEFAULT is a move of rows, not a change of them, but logical
# replication would carry it as deletes from DEFAULT and inserts into a
# table that is not a partition yet: the subscriber would lose the rows.
# So the maintenance refuses to move rows of a published table (and says
# which publications), while it still creates the partitions whose range
# has no rows in DEFAULT; the subscriber stays exact, also for the rows
# written into the new partitions afterwards.  With
# crmdb.partition_drain_published = on the rows move, and the subscriber
# loses them, as doc/partitions.md says.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $table = q{
CREATE SCHEMA app;
CREATE TABLE app.events (id int, at timestamp NOT NULL, note text,
                         PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;
};

my $publisher = PostgreSQL::Test::Cluster->new('publisher');
$publisher->init(allows_streaming => 'logical');
$publisher->append_conf('postgresql.conf',
	"shared_preload_libraries = 'crmdb'\n");
$publisher->start;

my $subscriber = PostgreSQL::Test::Cluster->new('subscriber');
$subscriber->init;
$subscriber->start;

# Rows for last quarter and this one in DEFAULT; the subscriber gets the
# same table, the changes published as those of the parent.
$publisher->safe_psql(
	'postgres', qq{
CREATE EXTENSION crmdb;
$table
INSERT INTO app.events SELECT g, timestamp '2025-11-01' + g * interval '1 hour', 'n' || g
FROM generate_series(1, 2000) g;
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('app.events', 1);
CREATE PUBLICATION events FOR TABLE app.events WITH (publish_via_partition_root);
});
$subscriber->safe_psql('postgres', $table);
my $connstr = $publisher->connstr . ' dbname=postgres';
$subscriber->safe_psql('postgres',
	"CREATE SUBSCRIPTION events CONNECTION '$connstr' PUBLICATION events");
$subscriber->wait_for_subscription_sync($publisher, 'events');

my $summary = q{SELECT count(*), sum(id), count(DISTINCT id) FROM app.events};
is($subscriber->safe_psql('postgres', $summary),
	'2000|2001000|2000', 'subscriber has the rows of DEFAULT');

# The maintenance refuses to move the rows, and says why; it still makes
# the partition of next quarter, which has no rows to move.
my ($ret, $stdout, $stderr) = $publisher->psql(
	'postgres', q{
SELECT action, partition_name, rows_affected
FROM crmdb.run_maintenance('app.events', '2026-02-10 00:00:00+00');
});
like(
	$stderr,
	qr/cannot move rows out of DEFAULT partition "app.events_default" of published table "app.events"/,
	'drain of a published table refused');
like($stderr, qr/The table is published by events\./,
	'refusal names the publication');
like($stderr, qr/crmdb\.partition_drain_published/,
	'refusal names the setting');
is($stdout, 'created|app.events_2026_q2|',
	'partition without rows to move created');
is( $publisher->safe_psql(
		'postgres',
		q{SELECT count(*) FROM app.events_default}),
	'2000',
	'rows stay in DEFAULT');

# Writes after it, into DEFAULT and into the new partition, and an update
# of a row of DEFAULT, reach the subscriber.
$publisher->safe_psql(
	'postgres', q{
INSERT INTO app.events VALUES (5001, '2026-05-05', 'new'), (5002, '2025-12-31', 'late');
UPDATE app.events SET note = 'changed' WHERE id = 7;
});
$publisher->wait_for_catchup('events');
is($subscriber->safe_psql('postgres', $summary),
	'2002|2011003|2002', 'subscriber exact after the refused drain');
is($subscriber->safe_psql('postgres', q{SELECT note FROM app.events WHERE id = 7}),
	'changed', 'subscriber gets updates of rows left in DEFAULT');

# The setting allows the move; the subscriber then loses the rows moved:
# the deletes from DEFAULT reach it, the inserts into the new tables do not
# (they were not partitions of the published table yet).
$publisher->safe_psql(
	'postgres', q{
SET crmdb.partition_drain_published = on;
SELECT count(*) FROM crmdb.run_maintenance('app.events', '2026-02-10 00:00:00+00');
});
is( $publisher->safe_psql(
		'postgres',
		q{SELECT count(*) FROM app.events_default}),
	'0',
	'with the setting on, the rows move');
is($publisher->safe_psql('postgres', $summary),
	'2002|2011003|2002', 'publisher keeps every row');
$publisher->wait_for_catchup('events');
is($subscriber->safe_psql('postgres', $summary),
	'1|5001|1', 'subscriber lost the rows moved, as documented');

# The swap changes no row: a DEFAULT holding only the range being drained
# becomes its partition even though the table is published, as long as
# every publication covering it publishes via the root; the subscriber
# stays exact, and later changes of the drained rows reach it.  A
# publication that publishes per partition still stops it.
my $swapped = q{
CREATE TABLE app.orders (id int, at timestamp NOT NULL, note text,
                         PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE app.orders_default PARTITION OF app.orders DEFAULT;
};
$publisher->safe_psql(
	'postgres', qq{
$swapped
INSERT INTO app.orders SELECT g, timestamp '2026-01-01' + g * interval '1 hour', 'n' || g
FROM generate_series(1, 1000) g;
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('app.orders', 0);
CREATE PUBLICATION orders FOR TABLE app.orders WITH (publish_via_partition_root);
CREATE PUBLICATION orders_per_partition FOR TABLE app.orders;
});
$subscriber->safe_psql('postgres', $swapped);
$subscriber->safe_psql('postgres',
	"CREATE SUBSCRIPTION orders CONNECTION '$connstr' PUBLICATION orders");
$subscriber->wait_for_subscription_sync($publisher, 'orders');
my $orders = q{SELECT count(*), sum(id), count(*) FILTER (WHERE note = 'changed') FROM app.orders};
is($subscriber->safe_psql('postgres', $orders),
	'1000|500500|0', 'subscriber has the rows of DEFAULT');

($ret, $stdout, $stderr) = $publisher->psql(
	'postgres', q{
SELECT action, partition_name, rows_affected
FROM crmdb.run_maintenance('app.orders', '2026-02-10 00:00:00+00');
});
like($stderr, qr/The table is published by orders_per_partition\./,
	'a publication per partition stops the swap, and is named');
unlike($stderr, qr/published by orders,/,
	'the publication via the root is not named');

$publisher->safe_psql('postgres', q{DROP PUBLICATION orders_per_partition});
my $old_default = $publisher->safe_psql('postgres',
	q{SELECT 'app.orders_default'::regclass::oid});
is( $publisher->safe_psql(
		'postgres', q{
SELECT action, partition_name, rows_affected
FROM crmdb.run_maintenance('app.orders', '2026-02-10 00:00:00+00');
}),
	"created|app.orders_2026_q1|
moved|app.orders_2026_q1|1000",
	'published via the root: the range is drained');
is( $publisher->safe_psql(
		'postgres',
		q{SELECT 'app.orders_2026_q1'::regclass::oid}),
	$old_default,
	'by the swap: the old DEFAULT is the partition');
$publisher->safe_psql(
	'postgres', q{
UPDATE app.orders SET note = 'changed' WHERE id BETWEEN 1 AND 10;
DELETE FROM app.orders WHERE id = 1000;
INSERT INTO app.orders VALUES (2001, '2026-03-01', 'new');
});
$publisher->wait_for_catchup('orders');
is($subscriber->safe_psql('postgres', $orders),
	$publisher->safe_psql('postgres', $orders),
	'subscriber exact after the swap and later changes');
is($subscriber->safe_psql('postgres', $orders),
	'1000|501501|10', 'subscriber has the changes of the drained rows');

$subscriber->stop;
$publisher->stop;
done_testing();
