--
-- crmdb.verify_schema(): nothing on a fresh install; each kind of drift it
-- knows, planted once (in a transaction rolled back afterwards), is
-- reported; what users add beside crmdb's objects, and the partitions the
-- rollover creates, are not problems.
--
CREATE EXTENSION crmdb;

-- Before crmdb.install(): nothing to compare with, and it says so.
SELECT * FROM crmdb.verify_schema();

SELECT crmdb.install();

-- What install() recorded.
SELECT object_type, count(*) FROM crmdb.expected_schema GROUP BY 1 ORDER BY object_type COLLATE "C";
SELECT object_type, object_name, definition, state FROM crmdb.expected_schema
WHERE object_name IN ('bank_sync_service.customers', 'payment_service.payments',
                      'bank_sync_service.customers.cif', 'bank_sync_service.phones.fk_customer_phone',
                      'payment_service.payment_summary_unique_key',
                      'bank_sync_service.loans.trg_loans_updated_at')
ORDER BY object_type COLLATE "C", object_name COLLATE "C";

-- A fresh install: no rows.
SELECT * FROM crmdb.verify_schema();

-- A dropped index.
BEGIN;
DROP INDEX bank_sync_service.idx_loans_dpd;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- A column whose type was altered; one whose NOT NULL was dropped; a
-- changed default.
BEGIN;
ALTER TABLE bank_sync_service.customers ALTER COLUMN national_id TYPE text;
ALTER TABLE bank_sync_service.customers ALTER COLUMN segment DROP NOT NULL;
ALTER TABLE auth_service.users ALTER COLUMN is_active SET DEFAULT false;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- A disabled trigger, and one switched to fire always.
BEGIN;
ALTER TABLE bank_sync_service.loans DISABLE TRIGGER trg_loans_updated_at;
ALTER TABLE payment_service.payments ENABLE ALWAYS TRIGGER trg_payments_reference;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- A dropped foreign key.
BEGIN;
ALTER TABLE bank_sync_service.phones DROP CONSTRAINT fk_customer_phone;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- DISABLE TRIGGER ALL switches foreign keys off without a trace in
-- pg_constraint: the keys are reported disabled, on the referenced side
-- (customers) and on a partitioned referencing side (payments).
BEGIN;
ALTER TABLE bank_sync_service.customers DISABLE TRIGGER ALL;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;
BEGIN;
ALTER TABLE payment_service.payments DISABLE TRIGGER ALL;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- A dropped unique key (its index goes with it).
BEGIN;
ALTER TABLE auth_service.roles DROP CONSTRAINT roles_name_key;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- The unique index of a view, dropped: REFRESH ... CONCURRENTLY would fail.
BEGIN;
DROP INDEX payment_service.payment_summary_unique_key;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- An index left invalid (as by a failed CREATE INDEX CONCURRENTLY).
BEGIN;
UPDATE pg_index SET indisvalid = false
WHERE indexrelid = 'workflow_service.idx_action_records_cif'::regclass;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- Missing DEFAULT partitions: one detached, one dropped.
BEGIN;
ALTER TABLE payment_service.payments DETACH PARTITION payment_service.payments_default;
DROP TABLE workflow_service.customer_agents_default;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- A dropped table or view is one row, not one per column and index; so is
-- a dropped schema.
BEGIN;
DROP TABLE auth_service.user_sessions;
DROP MATERIALIZED VIEW workflow_service.agent_performance;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;
BEGIN;
DROP SCHEMA auth_service CASCADE;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- Not problems: what users add beside crmdb's objects (a table, an index,
-- a column, a trigger, a view), and the partitions the rollover creates,
-- detaches or drops.
BEGIN;
CREATE TABLE bank_sync_service.customer_notes (cif varchar(20), note text);
CREATE INDEX customer_notes_cif ON bank_sync_service.customer_notes (cif);
CREATE INDEX idx_loans_term ON bank_sync_service.loans (term);
ALTER TABLE bank_sync_service.loans ADD COLUMN internal_note text;
CREATE TRIGGER trg_loans_updated_at_again BEFORE UPDATE ON bank_sync_service.loans
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();
CREATE VIEW payment_service.recent_payments AS
    SELECT * FROM payment_service.payments WHERE payment_date > now() - interval '7 days';
CREATE TABLE payment_service.payments_2030_q1 PARTITION OF payment_service.payments
    FOR VALUES FROM ('2030-01-01') TO ('2030-04-01');
CREATE TABLE workflow_service.action_records_2030_q1 PARTITION OF workflow_service.action_records
    FOR VALUES FROM ('2030-01-01') TO ('2030-04-01');
ALTER TABLE workflow_service.action_records DETACH PARTITION workflow_service.action_records_2030_q1;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- Whatever the session's search_path, definitions compare the same.
BEGIN;
SET LOCAL search_path = bank_sync_service, crmdb, public;
SELECT * FROM crmdb.verify_schema();
ROLLBACK;

-- Not for PUBLIC: it reads crmdb.expected_schema, which PUBLIC cannot.
SELECT has_function_privilege('public', 'crmdb.verify_schema()', 'EXECUTE') AS public_execute,
       has_table_privilege('public', 'crmdb.expected_schema', 'SELECT') AS public_select;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
