--
-- crmdb.install(): creates the four service schemas once per database, as
-- ordinary tables that DROP EXTENSION without CASCADE cannot take along.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();
SELECT nspname FROM pg_namespace WHERE nspname LIKE '%service' ORDER BY 1;

-- Nothing install() created belongs to the extension: pg_dump dumps it
-- with its rows like any other table.
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS member
FROM pg_depend d
JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.deptype = 'e'
  AND (n.nspname LIKE '%\_service' OR c.relname = 'payment_references')
ORDER BY 1;

-- What install() created, to show that a second call changes nothing.
CREATE TEMP VIEW current_objects AS
SELECT 'relation' AS kind, c.oid::regclass::text AS name
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname IN ('auth_service', 'bank_sync_service', 'payment_service',
                    'workflow_service', 'crmdb')
UNION ALL
SELECT 'constraint', conrelid::regclass::text || ' ' || conname
FROM pg_constraint
WHERE connamespace IN (SELECT oid FROM pg_namespace
                       WHERE nspname LIKE '%\_service' OR nspname = 'crmdb')
UNION ALL
SELECT 'trigger', tgrelid::regclass::text || ' ' || tgname
FROM pg_trigger
WHERE tgrelid IN (SELECT c.oid FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname LIKE '%\_service');
CREATE TEMP TABLE installed_objects AS SELECT * FROM current_objects;
SELECT kind, count(*) FROM installed_objects GROUP BY kind ORDER BY kind;

-- A second call fails with a clear error and changes nothing.
SELECT crmdb.install();
(SELECT 'missing' AS problem, * FROM installed_objects
 EXCEPT
 SELECT 'missing', * FROM current_objects)
UNION ALL
(SELECT 'unexpected', * FROM current_objects
 EXCEPT
 SELECT 'unexpected', * FROM installed_objects)
ORDER BY 1, 2, 3;
SELECT area, action, success FROM crmdb.maintenance_log ORDER BY log_id;

-- The service tables depend on crmdb's types and trigger functions: DROP
-- EXTENSION without CASCADE is refused (the full list of dependent objects
-- is long, only the message is shown) and every table stays.
\set VERBOSITY terse
DROP EXTENSION crmdb;
\set VERBOSITY default
SELECT extname FROM pg_extension WHERE extname = 'crmdb';
SELECT count(*) AS service_tables
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname LIKE '%\_service' AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition;

-- install() is not for everyone.
CREATE ROLE regress_crmdb_nobody;
SET ROLE regress_crmdb_nobody;
SELECT crmdb.install();
RESET ROLE;
DROP ROLE regress_crmdb_nobody;

-- A failure part-way leaves nothing behind: with a squatter's table where
-- the payment script puts the reference registry, the two schemas created
-- before it are gone too.  (Terse: the error's context is the whole
-- script.)
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP TABLE crmdb.payment_references;
RESET client_min_messages;
CREATE TABLE crmdb.payment_references (squatter int);
\set VERBOSITY terse
SELECT crmdb.install();
\set VERBOSITY default
SELECT nspname FROM pg_namespace WHERE nspname LIKE '%service' ORDER BY 1;
DROP TABLE crmdb.payment_references;

-- ... and once the way is clear, install() works.
SELECT crmdb.install();
SELECT nspname FROM pg_namespace WHERE nspname LIKE '%service' ORDER BY 1;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
