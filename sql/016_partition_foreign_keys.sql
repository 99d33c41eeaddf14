--
-- The foreign keys of a new partition.  They are added to the standalone
-- table under the parent's names and validated before the ATTACH locks,
-- so that ATTACH adopts them instead of cloning the parent's and checking
-- every row under its locks; a foreign key the table's owner could not add
-- by name is left to ATTACH.  Either way the partition ends up with
-- exactly the foreign keys CREATE TABLE ... PARTITION OF gives it.
--
CREATE EXTENSION crmdb;
SET DateStyle = 'ISO';

CREATE ROLE regress_crmdb_fk_owner;
CREATE SCHEMA fk AUTHORIZATION regress_crmdb_fk_owner;
CREATE TABLE fk.ref (x int, y text, PRIMARY KEY (x, y));
CREATE TABLE fk.ref2 (code text PRIMARY KEY);
CREATE TABLE fk.ref3 (code text PRIMARY KEY);
INSERT INTO fk.ref VALUES (1, 'a'), (2, 'b');
INSERT INTO fk.ref2 VALUES ('p'), ('q');
INSERT INTO fk.ref3 VALUES ('u');
CREATE TABLE fk.pay (
    id int NOT NULL,
    at timestamp NOT NULL,
    rx int,
    ry text,
    code text,
    code3 text,
    PRIMARY KEY (id, at),
    -- columns in another order than the referenced key, MATCH FULL, an
    -- action and deferrable: all must match for ATTACH to adopt it
    CONSTRAINT pay_ref_fk FOREIGN KEY (ry, rx) REFERENCES fk.ref (y, x)
        MATCH FULL ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT pay_code_fk FOREIGN KEY (code) REFERENCES fk.ref2 ON UPDATE CASCADE,
    -- the owner has no REFERENCES privilege on fk.ref3: left to ATTACH
    CONSTRAINT pay_code3_fk FOREIGN KEY (code3) REFERENCES fk.ref3
) PARTITION BY RANGE (at);
CREATE TABLE fk.pay_default PARTITION OF fk.pay DEFAULT;
ALTER TABLE fk.pay OWNER TO regress_crmdb_fk_owner;
ALTER TABLE fk.pay_default OWNER TO regress_crmdb_fk_owner;
GRANT SELECT, REFERENCES ON fk.ref, fk.ref2 TO regress_crmdb_fk_owner;
GRANT SELECT ON fk.ref3 TO regress_crmdb_fk_owner;
INSERT INTO fk.pay
SELECT g, timestamp '2025-10-01' + g * interval '1 day',
       CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + g % 2 END,
       CASE WHEN g % 3 = 0 THEN NULL WHEN g % 2 = 0 THEN 'a' ELSE 'b' END,
       CASE WHEN g % 2 = 0 THEN 'p' ELSE 'q' END,
       CASE WHEN g % 5 = 0 THEN 'u' END
FROM generate_series(1, 120) g;

INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('fk.pay', 0);
GRANT EXECUTE ON FUNCTION crmdb.run_maintenance(regclass, timestamptz) TO regress_crmdb_fk_owner;
GRANT USAGE ON SCHEMA crmdb TO regress_crmdb_fk_owner;

-- A row of DEFAULT that breaks a foreign key (written with triggers off)
-- keeps its partition from being made: the foreign key is still checked.
SET session_replication_role = replica;
INSERT INTO fk.pay VALUES (500, '2025-11-11', 1, 'a', 'zz', NULL);
RESET session_replication_role;
SET ROLE regress_crmdb_fk_owner;
SELECT * FROM crmdb.run_maintenance('fk.pay', '2026-02-10 00:00:00+00');
RESET ROLE;
SELECT tableoid::regclass::text AS partition, count(*) FROM fk.pay GROUP BY 1 ORDER BY 1;
DELETE FROM fk.pay WHERE id = 500;

SET ROLE regress_crmdb_fk_owner;
SELECT * FROM crmdb.run_maintenance('fk.pay', '2026-02-10 00:00:00+00');
RESET ROLE;
SELECT tableoid::regclass::text AS partition, count(*) FROM fk.pay GROUP BY 1 ORDER BY 1;

-- Each partition has each foreign key of the parent once, under its name,
-- validated, attached to the parent's, with the same options; compare with
-- a partition PostgreSQL makes itself.
CREATE TABLE fk.pay_manual PARTITION OF fk.pay FOR VALUES FROM ('2040-01-01') TO ('2040-04-01');
SELECT c.conrelid::regclass::text AS partition, c.conname, p.conname AS parent_constraint,
       c.convalidated, c.conislocal, c.coninhcount, c.condeferrable, c.condeferred,
       c.confupdtype, c.confdeltype, c.confmatchtype, pg_get_constraintdef(c.oid)
FROM pg_constraint c
LEFT JOIN pg_constraint p ON p.oid = c.conparentid
WHERE c.contype = 'f'
  AND c.conrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'fk.pay'::regclass)
ORDER BY 1, 2;
-- the same triggers: two check triggers on the partition per foreign key,
-- no action triggers of its own on the referenced tables
SELECT c.conrelid::regclass::text AS partition,
       count(*) FILTER (WHERE t.tgrelid = c.conrelid) AS check_triggers,
       count(*) FILTER (WHERE t.tgrelid <> c.conrelid) AS action_triggers
FROM pg_constraint c
JOIN pg_trigger t ON t.tgconstraint = c.oid
WHERE c.contype = 'f'
  AND c.conrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'fk.pay'::regclass)
GROUP BY 1 ORDER BY 1;
-- nothing left of the constraints that served the ATTACH
SELECT conrelid::regclass::text, conname FROM pg_constraint
WHERE conname LIKE 'crmdb\_partition%' ORDER BY 1, 2;
DROP TABLE fk.pay_manual;

-- The foreign keys work on the new partitions.
INSERT INTO fk.pay VALUES (600, '2025-11-11', 1, 'a', 'zz', NULL);
INSERT INTO fk.pay VALUES (601, '2025-11-11', 1, 'a', 'p', 'v');
INSERT INTO fk.pay VALUES (602, '2025-11-11', NULL, 'a', 'p', NULL);
UPDATE fk.ref2 SET code = 'pp' WHERE code = 'p';
DELETE FROM fk.ref WHERE x = 1;
SELECT tableoid::regclass::text AS partition, count(*) AS rows,
       count(*) FILTER (WHERE rx = 1) AS rx_1, count(*) FILTER (WHERE code = 'pp') AS code_pp
FROM fk.pay GROUP BY 1 ORDER BY 1;
DELETE FROM fk.ref3;

DELETE FROM crmdb.partition_config WHERE parent_table = 'fk.pay'::regclass;
SET client_min_messages = warning;
DROP SCHEMA fk CASCADE;
REVOKE ALL ON FUNCTION crmdb.run_maintenance(regclass, timestamptz) FROM regress_crmdb_fk_owner;
REVOKE ALL ON SCHEMA crmdb FROM regress_crmdb_fk_owner;
DROP OWNED BY regress_crmdb_fk_owner;
DROP ROLE regress_crmdb_fk_owner;
RESET client_min_messages;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
