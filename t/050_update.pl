# Copyright (c) 2026, crmdb authors
#
# t/050_update.pl: ALTER EXTENSION crmdb UPDATE brings a database made by
# crmdb 1.0 to exactly what the version being built creates, rows kept.
#
# test/upgrade/crmdb-1.0.sql is a database made by the 1.0 release
# (CREATE EXTENSION, crmdb.install(), a sample, maintenance, refresh),
# dumped.  It is restored with crmdb at version 1.0, updated, and compared
# object by object with a fresh CREATE EXTENSION crmdb + crmdb.install():
# the functions of schema crmdb (signatures, kind, volatility, security,
# settings, privileges, comments, C symbols), the extension's members and
# configuration tables, and the tables, columns (in order), constraints,
# indexes, triggers, views and privileges of schema crmdb and of the four
# service schemas (partitions aside, DEFAULT partitions included).  Every
# row of every table and partition must be kept, crmdb.verify_schema()
# must be clean, and no object of the service schemas may have become a
# member of the extension.  Also: a database that never ran install(), a
# column a DBA added by hand, and one that stops the update.

use strict;
use warnings;

use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $srcdir = $ENV{TESTDIR} || '.';
my $fixture = "$srcdir/test/upgrade/crmdb-1.0.sql";
ok(-f $fixture, '1.0 database fixture found');

my $node = PostgreSQL::Test::Cluster->new('update');
$node->init(extra => [ '--encoding=UTF8', '--locale=C.UTF-8' ]);
$node->append_conf(
	'postgresql.conf', q{
shared_preload_libraries = 'crmdb'
max_locks_per_transaction = 256
});
$node->start;

my $version = $node->safe_psql('postgres',
	"SELECT default_version FROM pg_available_extensions WHERE name = 'crmdb'");
isnt($version, '1.0', "the version being built ($version) is newer than 1.0");

# The 1.0 database.
$node->safe_psql('postgres', 'CREATE DATABASE updated');
my ($rc, $stdout, $stderr) = $node->psql(
	'updated', undef,
	extra_params => [ '-q', '-f', $fixture ],
	on_error_stop => 1);
is($rc, 0, '1.0 database restored') or diag($stderr);
is($node->safe_psql('updated',
		"SELECT extversion FROM pg_extension WHERE extname = 'crmdb'"),
	'1.0', 'restored at version 1.0');

# Before the update, install() of the newer library refuses.
($rc, $stdout, $stderr) =
  $node->psql('updated', 'SELECT crmdb.install()');
like($stderr, qr/crmdb 1\.0 is installed in database "updated", but the library is crmdb \Q$version\E/,
	'install() refuses while the catalog is older than the library');

# Every table and partition of the service schemas and of schema crmdb, with
# its columns before the update: a checksum of those columns, row by row.
my $tables_sql = q{
SELECT c.oid::regclass::text,
	   string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'm')
 GROUP BY c.oid ORDER BY 1};
my %columns =
  map { split /\|/, $_, 2 } split /\n/, $node->safe_psql('updated', $tables_sql);
ok(scalar(keys %columns) > 40, 'tables and partitions found: ' . scalar(keys %columns));

sub checksums
{
	my ($db) = @_;
	my %sum;
	foreach my $t (sort keys %columns)
	{
		$sum{$t} = $node->safe_psql($db,
			"SELECT count(*) || ' ' || coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '-')"
			  . " FROM (SELECT $columns{$t} FROM $t) r");
	}
	return \%sum;
}
# The two tables the update adds rows to: their rows before, to find them
# all again after.
my @grown = ('crmdb.expected_schema', 'crmdb.validation_rules');
foreach my $t (@grown)
{
	(my $copy = $t) =~ s/\./_/;
	$node->safe_psql('updated', "CREATE TABLE public.before_$copy AS SELECT * FROM $t");
	delete $columns{$t};
}
my $before = checksums('updated');
ok($before->{'payment_service.payments_2026_q3'} =~ /^[1-9]/,
	'the fixture holds payments');

# The update.
$node->safe_psql('updated', 'ALTER EXTENSION crmdb UPDATE');
is($node->safe_psql('updated',
		"SELECT extversion FROM pg_extension WHERE extname = 'crmdb'"),
	$version, "updated to $version");

my $after = checksums('updated');
my @changed = grep { $before->{$_} ne $after->{$_} } sort keys %$before;
is_deeply(\@changed, [], 'every row of every table and partition kept');
# Rows the update rewrites: the expected definitions of the objects 1.1
# redefines (the registry triggers on payments).
my %rewritten = (
	'crmdb.expected_schema' =>
	  'payment_service.payments.trg_payments_reference,payment_service.payments.trg_payments_reference_truncate',
	'crmdb.validation_rules' => '');
foreach my $t (@grown)
{
	(my $copy = $t) =~ s/\./_/;
	my $key = $t eq 'crmdb.expected_schema' ? 'object_name' : 'rule_name';
	is( $node->safe_psql(
			'updated', "SELECT coalesce(string_agg($key, ',' ORDER BY $key), '')"
			  . " FROM (SELECT * FROM public.before_$copy EXCEPT SELECT * FROM $t) x"),
		$rewritten{$t}, "$t: every row kept but those 1.1 redefines");
	is( $node->safe_psql(
			'updated', "SELECT count(*) FROM public.before_$copy b"
			  . " WHERE NOT EXISTS (SELECT FROM $t a WHERE a.$key = b.$key)"),
		'0', "$t: no row lost");
	$node->safe_psql('updated', "DROP TABLE public.before_$copy");
}

is($node->safe_psql('updated', 'SELECT count(*) FROM crmdb.verify_schema()'),
	'0', 'verify_schema() is clean after the update');

# A fresh install of the version being built.
$node->safe_psql('postgres', 'CREATE DATABASE fresh');
$node->safe_psql('fresh', 'CREATE EXTENSION crmdb; SELECT crmdb.install();');

# The catalog, object by object, one line each.  Partitions are left out
# but for the DEFAULT ones: the others are dated by when each database was
# made.
my @catalog = (
	functions => q{
SELECT p.oid::regprocedure::text, p.prokind, p.provolatile, p.proparallel,
	   p.prosecdef, p.proisstrict, p.proretset,
	   pg_get_function_result(p.oid), p.proconfig, p.probin,
	   CASE WHEN l.lanname = 'c' THEN p.prosrc END, l.lanname,
	   p.proacl, obj_description(p.oid, 'pg_proc')
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'crmdb'::regnamespace
 ORDER BY 1},
	function_bodies => q{
SELECT p.oid::regprocedure::text, md5(p.prosrc)
  FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
 WHERE p.pronamespace = 'crmdb'::regnamespace AND l.lanname <> 'c'
 ORDER BY 1},
	types => q{
SELECT t.typname, t.typtype, t.typacl,
	   (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
		  FROM pg_enum e WHERE e.enumtypid = t.oid)
  FROM pg_type t
 WHERE t.typnamespace = 'crmdb'::regnamespace AND t.typtype IN ('e', 'd', 'c')
   AND NOT EXISTS (SELECT FROM pg_class c WHERE c.reltype = t.oid)
 ORDER BY 1},
	members => q{
SELECT pg_describe_object(d.classid, d.objid, d.objsubid)
  FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'crmdb')
 ORDER BY 1},
	config_dump => q{
SELECT c::regclass::text, x.extcondition
  FROM pg_extension e,
	   unnest(e.extconfig, e.extcondition) AS x (c, extcondition)
 WHERE e.extname = 'crmdb'
 ORDER BY 1},
	relations => q{
SELECT n.nspname || '.' || c.relname, c.relkind, c.relpersistence,
	   c.relacl, c.reloptions, obj_description(c.oid, 'pg_class'),
	   pg_get_partkeydef(c.oid), c.relrowsecurity, c.relforcerowsecurity,
	   CASE WHEN c.relkind IN ('v', 'm') THEN md5(pg_get_viewdef(c.oid)) END
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
   AND (NOT c.relispartition
		OR c.oid IN (SELECT partdefid FROM pg_partitioned_table))
 ORDER BY 1},
	columns => q{
SELECT n.nspname || '.' || c.relname, a.attnum - (SELECT count(*) FROM pg_attribute d
			WHERE d.attrelid = c.oid AND d.attisdropped AND d.attnum < a.attnum),
	   a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
	   pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated,
	   a.attacl, col_description(c.oid, a.attnum)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
 WHERE n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
   AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND (NOT c.relispartition
		OR c.oid IN (SELECT partdefid FROM pg_partitioned_table))
 ORDER BY 1, 2},
	constraints => q{
SELECT n.nspname || '.' || c.relname, co.conname, co.contype,
	   pg_get_constraintdef(co.oid), co.convalidated, co.condeferrable,
	   obj_description(co.oid, 'pg_constraint')
  FROM pg_constraint co
  JOIN pg_class c ON c.oid = co.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
   AND (NOT c.relispartition
		OR c.oid IN (SELECT partdefid FROM pg_partitioned_table))
 ORDER BY 1, 2},
	indexes => q{
SELECT n.nspname || '.' || ic.relname, pg_get_indexdef(i.indexrelid),
	   i.indisvalid, obj_description(ic.oid, 'pg_class')
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
   AND (NOT c.relispartition
		OR c.oid IN (SELECT partdefid FROM pg_partitioned_table))
 ORDER BY 1},
	triggers => q{
SELECT n.nspname || '.' || c.relname, t.tgname, pg_get_triggerdef(t.oid),
	   t.tgenabled
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal
   AND n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
   AND (NOT c.relispartition
		OR c.oid IN (SELECT partdefid FROM pg_partitioned_table))
 ORDER BY 1, 2},
	schemas => q{
SELECT n.nspname, n.nspacl, obj_description(n.oid, 'pg_namespace')
  FROM pg_namespace n
 WHERE n.nspname IN ('crmdb', 'auth_service', 'bank_sync_service',
					 'payment_service', 'workflow_service')
 ORDER BY 1},
	expected_schema => q{
SELECT object_type, object_name, schema_name, table_name, definition, state
  FROM crmdb.expected_schema ORDER BY 1, 2},
	validation_rules => q{
SELECT rule_name, table_names, description, severity, enabled
  FROM crmdb.validation_rules ORDER BY 1},);

for (my $i = 0; $i < @catalog; $i += 2)
{
	my ($what, $sql) = @catalog[ $i, $i + 1 ];
	my $u = $node->safe_psql('updated', $sql);
	my $f = $node->safe_psql('fresh', $sql);
	ok($f ne '', "fresh install has $what");
	if ($u eq $f)
	{
		pass("$what: updated 1.0 database equals a fresh install");
	}
	else
	{
		my %u = map { $_ => 1 } split /\n/, $u;
		my %f = map { $_ => 1 } split /\n/, $f;
		fail("$what: updated 1.0 database equals a fresh install");
		diag("only after the update: $_") foreach grep { !$f{$_} } split /\n/, $u;
		diag("only in a fresh install: $_") foreach grep { !$u{$_} } split /\n/, $f;
	}
}

# Every partition of customer_agents got the new columns through the parent.
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FROM pg_inherits i
 WHERE i.inhparent = 'workflow_service.customer_agents'::regclass
   AND (SELECT count(*) FROM pg_attribute a
		 WHERE a.attrelid = i.inhrelid
		   AND a.attname IN ('created_by', 'updated_by')) <> 2}),
	'0', 'every partition of customer_agents, DEFAULT included, has the new columns');

# No object of the service schemas became a member of the extension.
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FROM pg_depend d
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
   AND d.classid = 'pg_class'::regclass
   AND (SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = d.objid)
	   IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')}),
	'0', 'the service schemas hold no extension member');

# The updated database works: the new columns take writes and the new
# rule runs.
$node->safe_psql(
	'updated', q{
UPDATE workflow_service.agents a SET user_id = u.id, updated_by = 'upgrade-test'
  FROM auth_service.users u WHERE u.username = 'viewer01' AND a.employee_id = 'EMP000003'});
is( $node->safe_psql(
		'updated', q{
SELECT count(*) FROM crmdb.validate(ARRAY['workflow_service.agents'::regclass], ARRAY['agent_login_active'])}
	),
	'0', 'agent_login_active runs on the updated database');
$node->safe_psql('updated',
	"UPDATE auth_service.users SET is_active = false WHERE username = 'viewer01'");
is( $node->safe_psql(
		'updated', q{
SELECT row_key FROM crmdb.validate(ARRAY['workflow_service.agents'::regclass], ARRAY['agent_login_active'])}
	),
	'EMP000003', 'agent_login_active finds an active agent with a disabled login');

# A database where crmdb.install() never ran: only the extension's objects.
$node->safe_psql('postgres', 'CREATE DATABASE bare_updated');
$node->safe_psql('bare_updated', "CREATE EXTENSION crmdb VERSION '1.0'; ALTER EXTENSION crmdb UPDATE");
$node->safe_psql('postgres', 'CREATE DATABASE bare_fresh');
$node->safe_psql('bare_fresh', 'CREATE EXTENSION crmdb');
foreach my $what (qw(functions members config_dump relations columns validation_rules))
{
	my %sql = @catalog;
	is($node->safe_psql('bare_updated', $sql{$what}),
		$node->safe_psql('bare_fresh', $sql{$what}),
		"without install(): $what equal after the update");
}
is($node->safe_psql('bare_updated', q{SELECT to_regnamespace('workflow_service') IS NULL}),
	't', 'without install(): the update creates no service schema');

# A service role that 1.0's grant_service_access() let write the payment
# reference registry loses that privilege with the update, and keeps its
# access to the service's tables.
$node->safe_psql('postgres', 'CREATE DATABASE granted');
($rc, $stdout, $stderr) = $node->psql('granted', undef,
	extra_params => [ '-q', '-f', $fixture ], on_error_stop => 1);
is($rc, 0, '1.0 database restored for granted') or diag($stderr);
# The library is the new one already: grant by hand what 1.0's
# grant_service_access('payer', 'payment_service') granted on the registry.
$node->safe_psql('granted', q{
CREATE ROLE payer LOGIN;
SELECT crmdb.grant_service_access('payer', 'payment_service');
GRANT SELECT, INSERT, DELETE ON crmdb.payment_references TO payer;});
is($node->safe_psql('granted',
		"SELECT has_table_privilege('payer', 'crmdb.payment_references', 'DELETE')"),
	't', '1.0 granted the service role DELETE on the registry');
$node->safe_psql('granted', 'ALTER EXTENSION crmdb UPDATE');
is( $node->safe_psql(
		'granted', q{
SELECT string_agg(p, ',') FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
 WHERE has_table_privilege('payer', 'crmdb.payment_references', p)}),
	'', 'after the update the service role has no privilege on the registry');
is($node->safe_psql('granted', "SELECT relacl FROM pg_class WHERE oid = 'crmdb.payment_references'::regclass"),
	$node->safe_psql('fresh', "SELECT relacl FROM pg_class WHERE oid = 'crmdb.payment_references'::regclass"),
	'the registry holds the privileges of a fresh install');
is($node->safe_psql('granted',
		"SELECT has_table_privilege('payer', 'payment_service.payments', 'INSERT')"),
	't', 'and the service role still writes payments');

# A column a DBA added by hand with crmdb's definition is kept; one of
# another type stops the update and changes nothing.
foreach my $case (
	[ 'same', 'varchar(50)', 0 ],
	[ 'other', 'text NOT NULL DEFAULT \'x\'', 1 ])
{
	my ($name, $type, $fails) = @$case;
	$node->safe_psql('postgres', "CREATE DATABASE hand_$name");
	($rc, $stdout, $stderr) = $node->psql("hand_$name", undef,
		extra_params => [ '-q', '-f', $fixture ], on_error_stop => 1);
	is($rc, 0, "1.0 database restored for hand_$name") or diag($stderr);
	$node->safe_psql("hand_$name",
		"ALTER TABLE workflow_service.customer_cases ADD COLUMN created_by $type");
	($rc, $stdout, $stderr) =
	  $node->psql("hand_$name", 'ALTER EXTENSION crmdb UPDATE');
	if ($fails)
	{
		like($stderr,
			qr/column "created_by" of table "workflow_service.customer_cases" exists already as text NOT NULL/,
			'a hand-made column of another type stops the update');
		is( $node->safe_psql(
				"hand_$name", q{
SELECT extversion || ' ' || (to_regclass('workflow_service.idx_agents_user_id') IS NULL)
  FROM pg_extension WHERE extname = 'crmdb'}),
			'1.0 true', 'and the update changed nothing');
	}
	else
	{
		is($rc, 0, 'a hand-made column of the same definition is kept') or diag($stderr);
		is($node->safe_psql("hand_$name", 'SELECT count(*) FROM crmdb.verify_schema()'),
			'0', 'and verify_schema() is clean');
	}
}

$node->stop;
done_testing();
