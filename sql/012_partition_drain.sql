--
-- Draining DEFAULT, filling gaps, crmdb.create_partitions(), and what a
-- new partition carries over from its parent.
--
CREATE EXTENSION crmdb;
SET DateStyle = 'ISO';

CREATE ROLE regress_crmdb_dr_owner;
CREATE ROLE regress_crmdb_dr_reader;
CREATE SCHEMA dr AUTHORIZATION regress_crmdb_dr_owner;
CREATE TABLE dr.ref (code text PRIMARY KEY);
INSERT INTO dr.ref VALUES ('a'), ('b');
CREATE TABLE dr.events (
    id int NOT NULL,
    at timestamp NOT NULL,
    code text NOT NULL REFERENCES dr.ref,
    amount numeric CONSTRAINT events_amount_check CHECK (amount >= 0),
    note text DEFAULT 'none',
    doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE INDEX events_code_idx ON dr.events (code);
CREATE INDEX events_note_idx ON dr.events (lower(note)) WHERE note IS NOT NULL;
CREATE TABLE dr.events_default PARTITION OF dr.events DEFAULT;
ALTER TABLE dr.events OWNER TO regress_crmdb_dr_owner;
ALTER TABLE dr.events_default OWNER TO regress_crmdb_dr_owner;
GRANT SELECT ON dr.ref TO regress_crmdb_dr_owner;
GRANT USAGE ON SCHEMA dr TO regress_crmdb_dr_reader;
GRANT SELECT ON dr.events TO regress_crmdb_dr_reader;
GRANT UPDATE (note) ON dr.events TO regress_crmdb_dr_reader;

-- A user's row trigger: it fires for real changes, not for the move.
CREATE TABLE dr.audit (op text, id int);
GRANT INSERT ON dr.audit TO regress_crmdb_dr_owner;
CREATE FUNCTION dr.audit_row() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN
    INSERT INTO dr.audit VALUES (TG_OP, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END$$;
CREATE TRIGGER events_audit AFTER INSERT OR DELETE ON dr.events
    FOR EACH ROW EXECUTE FUNCTION dr.audit_row();

-- Rows in DEFAULT: last year, the current quarter, a premade quarter, and
-- far beyond the horizon.
INSERT INTO dr.events (id, at, code, amount)
SELECT g, timestamp '2025-01-01' + (g * 7) * interval '1 day', CASE WHEN g % 2 = 0 THEN 'a' ELSE 'b' END, g
FROM generate_series(1, 60) g;                          -- 2025-01-08 .. 2026-02-24
INSERT INTO dr.events (id, at, code, amount) VALUES
    (101, '2026-08-15 10:00', 'a', 1),                  -- premade quarter
    (102, '2030-01-01 00:00', 'a', 1),                  -- beyond the horizon
    (103, '2030-06-30 23:59', 'b', 1);
SELECT count(*) AS rows_in_default FROM ONLY dr.events_default;
TRUNCATE dr.audit;

INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.events', 2);
GRANT EXECUTE ON FUNCTION crmdb.run_maintenance(regclass, timestamptz) TO regress_crmdb_dr_owner;
GRANT USAGE ON SCHEMA crmdb TO regress_crmdb_dr_owner;

-- The owner runs it (the log is written as the extension's owner).
SET ROLE regress_crmdb_dr_owner;
SELECT * FROM crmdb.run_maintenance('dr.events', '2026-02-10 00:00:00+00');
RESET ROLE;

-- Every row is still there exactly once, in the partition it belongs to;
-- only the two rows beyond the horizon stay in DEFAULT.
SELECT tableoid::regclass AS partition, count(*), min(at), max(at)
FROM dr.events GROUP BY 1 ORDER BY min(at);
SELECT count(*) AS total, count(DISTINCT id) AS distinct_ids FROM dr.events;
-- The move is not a change: the audit trigger did not fire.
SELECT * FROM dr.audit;
-- The generated column, the defaults and the CHECK constraint came along.
SELECT id, amount, doubled, note FROM dr.events WHERE id IN (1, 60, 101) ORDER BY id;
INSERT INTO dr.events (id, at, code, amount) VALUES (200, '2025-03-01', 'a', -1);
-- The foreign key is enforced on the new partitions...
INSERT INTO dr.events (id, at, code, amount) VALUES (201, '2025-03-01', 'zz', 1);
-- ... and so are the primary key and the audit trigger.
INSERT INTO dr.events (id, at, code, amount) VALUES (1, '2025-01-08', 'a', 1);
INSERT INTO dr.events (id, at, code, amount) VALUES (202, '2025-03-01', 'a', 1);
SELECT * FROM dr.audit;

-- A new partition looks like one PostgreSQL makes itself: compare with
-- CREATE TABLE ... PARTITION OF.
CREATE TABLE dr.events_manual PARTITION OF dr.events FOR VALUES FROM ('2040-01-01') TO ('2040-04-01');
ALTER TABLE dr.events_manual OWNER TO regress_crmdb_dr_owner;
GRANT SELECT ON dr.events_manual TO regress_crmdb_dr_reader;
GRANT UPDATE (note) ON dr.events_manual TO regress_crmdb_dr_reader;
SELECT c.relname,
       c.relowner::regrole AS owner,
       c.relacl,
       (SELECT array_agg(a.attname || ':' || a.attacl::text ORDER BY a.attnum)
        FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attacl IS NOT NULL) AS column_acl,
       (SELECT array_agg(def ORDER BY def)
        FROM (SELECT regexp_replace(pg_get_indexdef(x.indexrelid), c.relname, 'P', 'g') AS def
              FROM pg_index x WHERE x.indrelid = c.oid) i) AS indexes,
       (SELECT array_agg(def ORDER BY def)
        FROM (SELECT con.contype::text || ':' || pg_get_constraintdef(con.oid) || ':' ||
                     con.conislocal || ':' || con.coninhcount AS def
              FROM pg_constraint con WHERE con.conrelid = c.oid) k) AS constraints,
       (SELECT array_agg(t.tgname || ':' || t.tgenabled::text ORDER BY t.tgname)
        FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal) AS triggers,
       (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgisinternal) AS ri_triggers
FROM pg_class c
WHERE c.oid IN ('dr.events_2026_q1'::regclass, 'dr.events_manual'::regclass)
ORDER BY c.relname;
SET ROLE regress_crmdb_dr_reader;
SELECT count(*) FROM dr.events_2025_q1;
UPDATE dr.events_2025_q1 SET note = 'seen' WHERE id = 1;
UPDATE dr.events_2025_q1 SET amount = 0 WHERE id = 1;
RESET ROLE;
DROP TABLE dr.events_manual;

-- The maintenance ran as the table's owner, in a security-restricted
-- operation: a CHECK constraint evaluated during the row-by-row move says
-- so.  (The swap and the copy drain, used when DEFAULT holds only the
-- range being drained, evaluate nothing: the swap moves no row, the copy
-- writes through the table access method.)
CREATE FUNCTION dr.who(n int) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS
$$BEGIN
    RAISE NOTICE 'row % checked as %', n, current_user;
    RETURN true;
END$$;
CREATE TABLE dr.small (id int CHECK (dr.who(id)), at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE dr.small_default PARTITION OF dr.small DEFAULT;
ALTER TABLE dr.small OWNER TO regress_crmdb_dr_owner;
ALTER TABLE dr.small_default OWNER TO regress_crmdb_dr_owner;
INSERT INTO dr.small VALUES (1, '2026-02-01');
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.small', 0);
SET crmdb.partition_drain_swap = off;
SET crmdb.partition_drain_copy = off;
SELECT action, partition_name, rows_affected
FROM crmdb.run_maintenance('dr.small', '2026-02-10 00:00:00+00');
RESET crmdb.partition_drain_copy;
RESET crmdb.partition_drain_swap;

-- Idempotent, also with rows beyond the horizon (the warning repeats).
SELECT * FROM crmdb.run_maintenance('dr.events', '2026-02-10 00:00:00+00');

--
-- create_partitions(): history before loading it, and the gap it leaves
-- is filled by the next maintenance run.
--
SELECT * FROM crmdb.create_partitions('dr.events', '2020-01-01 00:00:00+00', '2021-01-01 00:00:00+00');
SELECT crmdb.create_partitions('dr.events', '2020-02-01 00:00:00+00', '2020-05-01 00:00:00+00');
-- rows already in DEFAULT for the range are moved
INSERT INTO dr.events (id, at, code, amount) VALUES (300, '2019-05-05', 'a', 1), (301, '2019-06-30 23:59:59', 'b', 2);
SELECT crmdb.create_partitions('dr.events', '2019-04-01 00:00:00+00', '2019-04-01 00:00:01+00');
SELECT tableoid::regclass, id FROM dr.events WHERE id IN (300, 301) ORDER BY id;
-- the gap 2019 Q3 .. 2019 Q4 and 2021 Q1 .. 2024 Q4 is filled
SELECT count(*) AS created, min(partition_name), max(partition_name)
FROM crmdb.run_maintenance('dr.events', '2026-02-10 00:00:00+00');
SELECT count(*) AS partitions, min(range_from), max(range_to)
FROM crmdb.partitions WHERE parent_table = 'dr.events'::regclass AND NOT is_default;
-- rows beyond the horizon get their partitions on request
SELECT crmdb.create_partitions('dr.events', '2030-01-01 00:00:00+00', '2030-07-01 00:00:00+00');
SELECT count(*) AS left_in_default FROM ONLY dr.events_default;

-- Bad arguments
SELECT crmdb.create_partitions('dr.events', '2021-01-01', '2020-01-01');
SELECT crmdb.create_partitions('dr.events', '2021-01-01', '2021-01-01');
SELECT crmdb.create_partitions('dr.events', NULL, '2020-01-01');
SELECT crmdb.create_partitions(NULL, '2020-01-01', '2021-01-01');
SELECT crmdb.create_partitions('dr.events', '-infinity', '2021-01-01');
SELECT crmdb.create_partitions('dr.ref', '2020-01-01', '2021-01-01');
SET crmdb.partition_max_create = 10;
SELECT crmdb.create_partitions('dr.events', '2000-01-01', '2010-01-01');
RESET crmdb.partition_max_create;

--
-- Partitions made by hand that cover part of an interval: the rest of the
-- interval gets a partition named after its first day.
--
CREATE TABLE dr.odd (id int, at timestamp NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE dr.odd_default PARTITION OF dr.odd DEFAULT;
CREATE TABLE dr.odd_by_hand PARTITION OF dr.odd FOR VALUES FROM ('2026-05-15') TO ('2026-06-10 12:00');
INSERT INTO dr.odd VALUES (1, '2026-04-02'), (2, '2026-06-20');
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.odd', 1);
SELECT * FROM crmdb.run_maintenance('dr.odd', '2026-02-10 00:00:00+00');
SELECT tableoid::regclass, id FROM dr.odd ORDER BY id;

--
-- A DEFAULT partition with a trigger that would fire even for a move
-- (ENABLE ALWAYS) is not drained: the partition is reported, nothing
-- changes, the other intervals are still made.
--
CREATE TABLE dr.always (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE dr.always_default PARTITION OF dr.always DEFAULT;
CREATE TRIGGER always_audit AFTER DELETE ON dr.always_default
    FOR EACH ROW EXECUTE FUNCTION dr.audit_row();
ALTER TABLE dr.always_default ENABLE ALWAYS TRIGGER always_audit;
INSERT INTO dr.always VALUES (1, '2026-01-05');
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.always', 1);
SELECT * FROM crmdb.run_maintenance('dr.always', '2026-02-10 00:00:00+00');
SELECT tableoid::regclass, id FROM dr.always;
SELECT action, detail, success, sqlstate, error_message FROM crmdb.maintenance_log
WHERE object_name = 'dr.always' ORDER BY log_id;

--
-- A published table is not drained unless crmdb.partition_drain_published
-- allows it: logical replication would carry the move as deletes from
-- DEFAULT and inserts into a table that is not a partition yet.  A range
-- with no rows in DEFAULT (a premade partition) is created all the same.
--
SHOW crmdb.partition_drain_published;
CREATE TABLE dr.pub (id int, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE dr.pub_default PARTITION OF dr.pub DEFAULT;
INSERT INTO dr.pub VALUES (1, '2026-01-05'), (2, '2025-12-24');
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.pub', 1);
SET client_min_messages = error;
CREATE PUBLICATION dr_pub FOR TABLE dr.pub WITH (publish_via_partition_root);
RESET client_min_messages;
SELECT action, partition_name, rows_affected FROM crmdb.run_maintenance('dr.pub', '2026-02-10 00:00:00+00');
SELECT tableoid::regclass, id FROM dr.pub ORDER BY id;
SELECT * FROM crmdb.create_partitions('dr.pub', '2025-10-01 00:00+00', '2025-10-02 00:00+00');
-- FOR ALL TABLES covers it too
DROP PUBLICATION dr_pub;
SET client_min_messages = error;
CREATE PUBLICATION dr_pub_all FOR ALL TABLES;
RESET client_min_messages;
SELECT * FROM crmdb.create_partitions('dr.pub', '2025-10-01 00:00+00', '2025-10-02 00:00+00');
-- the setting allows it (superusers only)
SET ROLE regress_crmdb_dr_owner;
SET crmdb.partition_drain_published = on;
RESET ROLE;
SET crmdb.partition_drain_published = on;
SELECT action, partition_name, rows_affected FROM crmdb.run_maintenance('dr.pub', '2026-02-10 00:00:00+00');
RESET crmdb.partition_drain_published;
SELECT tableoid::regclass, id FROM dr.pub ORDER BY id;
DROP PUBLICATION dr_pub_all;

--
-- A CHECK constraint of the parent that is NOT VALID, with rows that
-- violate it (in DEFAULT): the new partition gets it NOT VALID as well,
-- after the rows have moved, and the rows move.
--
CREATE TABLE dr.nv (id int, at date NOT NULL, amount int) PARTITION BY RANGE (at);
CREATE TABLE dr.nv_default PARTITION OF dr.nv DEFAULT;
INSERT INTO dr.nv VALUES (1, '2026-01-05', -5), (2, '2026-01-06', 5);
ALTER TABLE dr.nv ADD CONSTRAINT "nv positive" CHECK (amount > 0) NOT VALID;
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.nv', 0);
SELECT action, partition_name, rows_affected FROM crmdb.run_maintenance('dr.nv', '2026-02-10 00:00:00+00');
SELECT tableoid::regclass, id, amount FROM dr.nv ORDER BY id;
SELECT conrelid::regclass, conname, convalidated, conislocal, coninhcount
FROM pg_constraint WHERE conname = 'nv positive' ORDER BY conrelid::regclass::text;
INSERT INTO dr.nv VALUES (3, '2026-01-07', -1);

--
-- A DEFAULT of more than one chunk of the bulk move (1024 pages): every
-- row of the range moves, once, the rows of other ranges stay.
--
CREATE TABLE dr.big (id int, at date NOT NULL, pad text) PARTITION BY RANGE (at);
CREATE TABLE dr.big_default PARTITION OF dr.big DEFAULT;
INSERT INTO dr.big SELECT g, CASE WHEN g % 3 = 0 THEN date '2030-01-01' ELSE date '2026-01-01' + g % 80 END,
       repeat('x', 200) FROM generate_series(1, 50000) g;
SELECT pg_relation_size('dr.big_default') > 1024 * 8192 AS several_chunks;
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.big', 0);
SET client_min_messages = error;
SELECT action, partition_name, rows_affected FROM crmdb.run_maintenance('dr.big', '2026-02-10 00:00:00+00');
RESET client_min_messages;
SELECT tableoid::regclass, count(*), count(DISTINCT id), min(at), max(at) FROM dr.big GROUP BY 1 ORDER BY 1;

--
-- The swap: DEFAULT holds only the range being drained and nothing but the
-- parent refers to it, so it becomes the range's partition (its indexes
-- renamed for it) and a new, empty table becomes DEFAULT, with DEFAULT's
-- name, comment, owner and privileges.  Nothing is left behind: no CHECK
-- constraint, no foreign key action trigger of its own.
--
CREATE TABLE dr.ref_target (id int PRIMARY KEY);
INSERT INTO dr.ref_target VALUES (0), (1), (2);
ALTER TABLE dr.ref_target OWNER TO regress_crmdb_dr_owner;
CREATE TABLE dr.sw (id int, at date NOT NULL, ref int REFERENCES dr.ref_target, note text,
                    PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX sw_note ON dr.sw (note);
CREATE TABLE dr.sw_default PARTITION OF dr.sw DEFAULT;
COMMENT ON TABLE dr.sw_default IS 'rows that arrived before their partition';
ALTER TABLE dr.sw OWNER TO regress_crmdb_dr_owner;
ALTER TABLE dr.sw_default OWNER TO regress_crmdb_dr_owner;
GRANT SELECT ON dr.sw TO regress_crmdb_dr_reader;
INSERT INTO dr.sw SELECT g, date '2026-01-01' + g % 80, g % 3, 'n' || g FROM generate_series(1, 1000) g;
INSERT INTO crmdb.partition_config (parent_table, premake) VALUES ('dr.sw', 0);
SELECT 'dr.sw_default'::regclass::oid AS old_default \gset
SELECT action, partition_name, rows_affected FROM crmdb.run_maintenance('dr.sw', '2026-02-10 00:00:00+00');
SELECT c.oid = :old_default AS old_default, c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound,
       obj_description(c.oid, 'pg_class') AS comment, pg_get_userbyid(c.relowner) AS owner,
       c.relacl IS NOT DISTINCT FROM (SELECT relacl FROM pg_class WHERE oid = 'dr.sw'::regclass) AS parent_acl
FROM pg_class c WHERE c.relnamespace = 'dr'::regnamespace AND c.relkind = 'r' AND c.relname LIKE 'sw\_%'
ORDER BY c.relname;
SELECT i.indrelid::regclass AS tbl, i.indexrelid::regclass AS idx, pg_get_indexdef(i.indexrelid) ~ 'note' AS on_note
FROM pg_index i WHERE i.indrelid IN ('dr.sw_2026_q1'::regclass, 'dr.sw_default'::regclass)
ORDER BY 1::text, 2::text;
SELECT conrelid::regclass, conname, contype, conparentid <> 0 OR coninhcount > 0 AS inherited
FROM pg_constraint WHERE conrelid IN ('dr.sw_2026_q1'::regclass, 'dr.sw_default'::regclass)
ORDER BY 1::text, 2;
-- the referenced table has the parent's action triggers only
SELECT count(*) FROM pg_trigger WHERE tgrelid = 'dr.ref_target'::regclass
  AND tgconstraint IN (SELECT oid FROM pg_constraint WHERE conrelid IN ('dr.sw_2026_q1'::regclass, 'dr.sw_default'::regclass));
SELECT tableoid::regclass, count(*), min(at), max(at) FROM dr.sw GROUP BY 1 ORDER BY 1;
SET ROLE regress_crmdb_dr_reader;
SELECT count(*) FROM dr.sw WHERE at < '2026-04-01';
RESET ROLE;
-- the foreign key still holds on the swapped partition and on the new DEFAULT
INSERT INTO dr.sw VALUES (5000, '2026-02-02', 99);
INSERT INTO dr.sw VALUES (5001, '2027-02-02', 99);

-- A view on DEFAULT: the swap is not used (the view would follow the rows
-- into the partition); the copy drain is, and DEFAULT stays the same table.
CREATE VIEW dr.sw_landing AS SELECT * FROM dr.sw_default;
INSERT INTO dr.sw SELECT g, date '2026-04-01' + g % 80, g % 3 FROM generate_series(2001, 2500) g;
SELECT 'dr.sw_default'::regclass::oid AS old_default \gset
SELECT action, partition_name, rows_affected FROM crmdb.run_maintenance('dr.sw', '2026-05-10 00:00:00+00');
SELECT 'dr.sw_default'::regclass::oid = :old_default AS same_default,
       (SELECT count(*) FROM dr.sw_landing) AS in_view,
       (SELECT count(*) FROM dr.sw_2026_q2) AS in_q2;
DROP VIEW dr.sw_landing;

DELETE FROM crmdb.partition_config WHERE parent_table::text LIKE 'dr.%';
SET client_min_messages = warning;
DROP SCHEMA dr CASCADE;
REVOKE ALL ON FUNCTION crmdb.run_maintenance(regclass, timestamptz) FROM regress_crmdb_dr_owner;
REVOKE ALL ON SCHEMA crmdb FROM regress_crmdb_dr_owner;
DROP OWNED BY regress_crmdb_dr_owner, regress_crmdb_dr_reader;
DROP ROLE regress_crmdb_dr_owner, regress_crmdb_dr_reader;
RESET client_min_messages;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP EXTENSION crmdb CASCADE;
DROP SCHEMA IF EXISTS crmdb CASCADE;
RESET client_min_messages;
