--
-- crmdb.partition_config: rows are checked when written, with messages
-- that say what to write instead.
--
CREATE EXTENSION crmdb;

CREATE SCHEMA cfg;
CREATE TABLE cfg.ts (id int, d timestamp NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE cfg.tstz (id int, d timestamptz NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE cfg.dt (id int, d date NOT NULL) PARTITION BY RANGE (d);

-- Defaults: quarterly, premake 4, no retention, detach; the control column
-- is filled in from the partition key.
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.ts');
INSERT INTO crmdb.partition_config (parent_table, control_column, partition_interval, premake)
VALUES ('cfg.tstz', 'd', '1 month', 0);
INSERT INTO crmdb.partition_config (parent_table, partition_interval, premake, retention, retention_action)
VALUES ('cfg.dt', '1 week', 10, '2 years', 'drop');
SELECT * FROM crmdb.partition_config WHERE parent_table::text LIKE 'cfg.%' ORDER BY parent_table::text;

-- Every supported interval, exactly as written or spelled otherwise.
UPDATE crmdb.partition_config SET partition_interval = '1 day' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '7 days' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '12 months' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '1 year' WHERE parent_table = 'cfg.ts'::regclass;

-- Unsupported intervals: not calendar-aligned, or equal only by interval
-- arithmetic (30 days is not a month).
UPDATE crmdb.partition_config SET partition_interval = '2 months' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '30 days' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '24 hours' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '1 day 1 hour' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = '-3 months' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET partition_interval = NULL WHERE parent_table = 'cfg.ts'::regclass;

-- premake: zero is fine, negative is not, nor absurdly large.
UPDATE crmdb.partition_config SET premake = -1 WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET premake = 1001 WHERE parent_table = 'cfg.ts'::regclass;

-- retention: a positive interval or NULL.
UPDATE crmdb.partition_config SET retention = '0 days' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention = '-1 year' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention = '1 year -1 day' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention = '18 months' WHERE parent_table = 'cfg.ts'::regclass;

-- retention_action and archive_schema
UPDATE crmdb.partition_config SET retention_action = 'truncate' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention_action = 'DROP' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention_action = 'archive' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention_action = 'archive', archive_schema = 'no_such_schema'
WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET retention_action = 'archive', archive_schema = 'cfg'
WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET archive_schema = 'public' WHERE parent_table = 'cfg.ts'::regclass;
CREATE SCHEMA cfg_archive;
UPDATE crmdb.partition_config SET retention_action = 'archive', archive_schema = 'cfg_archive'
WHERE parent_table = 'cfg.ts'::regclass;
SELECT * FROM crmdb.partition_config WHERE parent_table::text LIKE 'cfg.%' ORDER BY parent_table::text;

-- The control column must be the partition key; a value that looks like
-- SQL is just a name that does not match.
UPDATE crmdb.partition_config SET control_column = 'id' WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET control_column = 'd; DROP TABLE cfg.dt; --'
WHERE parent_table = 'cfg.ts'::regclass;
UPDATE crmdb.partition_config SET archive_schema = 'cfg_archive"; DROP TABLE cfg.dt; --'
WHERE parent_table = 'cfg.ts'::regclass;
SELECT count(*) AS dt_still_there FROM cfg.dt;

-- Tables crmdb cannot maintain.
CREATE TABLE cfg.plain (id int, d date);
CREATE TABLE cfg.by_list (id int, d date) PARTITION BY LIST (d);
CREATE TABLE cfg.by_hash (id int, d date) PARTITION BY HASH (id);
CREATE TABLE cfg.two_cols (id int, d date) PARTITION BY RANGE (d, id);
CREATE TABLE cfg.by_expr (id int, d timestamp) PARTITION BY RANGE ((d::date));
CREATE TABLE cfg.by_int (id int, d date) PARTITION BY RANGE (id);
CREATE VIEW cfg.v AS SELECT 1 AS x;
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.plain');
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.by_list');
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.by_hash');
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.two_cols');
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.by_expr');
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.by_int');
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.v');
INSERT INTO crmdb.partition_config (parent_table) VALUES (NULL);
INSERT INTO crmdb.partition_config (parent_table) VALUES (12345);
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.no_such_table');

-- Only the owner of a table (or a superuser) configures it.
CREATE ROLE regress_crmdb_cfg_owner;
CREATE ROLE regress_crmdb_cfg_other;
GRANT USAGE ON SCHEMA cfg, crmdb TO regress_crmdb_cfg_owner, regress_crmdb_cfg_other;
GRANT INSERT, UPDATE, SELECT ON crmdb.partition_config TO regress_crmdb_cfg_other;
CREATE TABLE cfg.owned (id int, d date NOT NULL) PARTITION BY RANGE (d);
ALTER TABLE cfg.owned OWNER TO regress_crmdb_cfg_owner;
SET ROLE regress_crmdb_cfg_other;
INSERT INTO crmdb.partition_config (parent_table) VALUES ('cfg.owned');
UPDATE crmdb.partition_config SET retention = '1 day', retention_action = 'drop'
WHERE parent_table = 'cfg.dt'::regclass;
RESET ROLE;
-- ... and the owner of a table archived elsewhere must be able to create
-- tables there.
INSERT INTO crmdb.partition_config (parent_table, retention, retention_action, archive_schema)
VALUES ('cfg.owned', '1 year', 'archive', 'cfg_archive');
GRANT CREATE ON SCHEMA cfg_archive TO regress_crmdb_cfg_owner;
INSERT INTO crmdb.partition_config (parent_table, retention, retention_action, archive_schema)
VALUES ('cfg.owned', '1 year', 'archive', 'cfg_archive');

-- The CHECK constraints stand behind the trigger (e.g. for a restore with
-- triggers disabled).
ALTER TABLE crmdb.partition_config DISABLE TRIGGER partition_config_check;
INSERT INTO crmdb.partition_config (parent_table, control_column, premake)
VALUES ('cfg.plain', 'd', -1);
INSERT INTO crmdb.partition_config (parent_table, control_column, retention_action)
VALUES ('cfg.plain', 'd', 'archive');
INSERT INTO crmdb.partition_config (parent_table, control_column, retention)
VALUES ('cfg.plain', 'd', '-1 day');
ALTER TABLE crmdb.partition_config ENABLE TRIGGER partition_config_check;

-- The configuration is dumped with the extension (all rows: install()
-- adds them, CREATE EXTENSION does not).
SELECT c.relname, x.extcondition[array_position(x.extconfig, c.oid)] AS condition
FROM pg_extension x JOIN pg_class c ON c.oid = ANY (x.extconfig)
WHERE x.extname = 'crmdb' AND c.relname = 'partition_config';

-- Nobody but its owner may change data through the maintenance functions.
SELECT p.proname, p.proacl IS NOT NULL AND NOT EXISTS
       (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0) AS revoked_from_public
FROM pg_proc p
WHERE p.pronamespace = 'crmdb'::regnamespace
  AND p.proname IN ('run_maintenance', 'run_maintenance_proc', 'create_partitions',
                    'partition_config_check')
ORDER BY 1;

DELETE FROM crmdb.partition_config WHERE parent_table::text LIKE 'cfg.%';
SET client_min_messages = warning;
DROP SCHEMA cfg, cfg_archive CASCADE;
DROP OWNED BY regress_crmdb_cfg_owner, regress_crmdb_cfg_other;
DROP ROLE regress_crmdb_cfg_owner, regress_crmdb_cfg_other;
RESET client_min_messages;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
