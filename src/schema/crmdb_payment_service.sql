/* crmdb/src/schema/crmdb_payment_service.sql: schema payment_service (payments and their reports) */

-- complain if script is sourced in psql, rather than run by crmdb.install()
\echo Use "SELECT crmdb.install()" to create this schema. \quit

-- crmdb.install() runs this script with search_path = pg_catalog, pg_temp:
-- every name is schema-qualified.

CREATE SCHEMA payment_service;
COMMENT ON SCHEMA payment_service IS
    'Payment service: payments received toward loans, and the payment reports';

-- payments: range-partitioned by payment_date.  The partition rollover
-- (crmdb's partition maintenance) creates the quarterly partitions; the
-- DEFAULT partition takes whatever no partition covers, so that no insert
-- ever fails for lack of a partition.
--
-- PostgreSQL requires the partition column in every primary key and unique
-- constraint of a partitioned table, hence PRIMARY KEY (id, payment_date).
CREATE TABLE payment_service.payments (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    reference_number    varchar(20) NOT NULL,
    loan_account_number varchar(20) NOT NULL,
    cif                 varchar(20) NOT NULL,
    amount              numeric(18,2) NOT NULL,
    currency            varchar(3) NOT NULL,
    payment_date        timestamp NOT NULL,
    payment_method      varchar(20) NOT NULL,
    status              crmdb.payment_status NOT NULL,
    status_reason       text NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT payments_pkey PRIMARY KEY (id, payment_date),
    CONSTRAINT fk_payment_loan FOREIGN KEY (loan_account_number)
        REFERENCES bank_sync_service.loans (account_number),
    CONSTRAINT fk_payment_customer FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif)
) PARTITION BY RANGE (payment_date);
COMMENT ON TABLE payment_service.payments IS
    'Stores payments made toward loans';
COMMENT ON COLUMN payment_service.payments.reference_number IS
    'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';
COMMENT ON COLUMN payment_service.payments.payment_date IS
    'When the payment was made; the partition key';
COMMENT ON COLUMN payment_service.payments.status_reason IS
    'Why a payment failed or was reversed';

CREATE TABLE payment_service.payments_default
    PARTITION OF payment_service.payments DEFAULT;
COMMENT ON TABLE payment_service.payments_default IS
    'Payments that no dated partition covers';

CREATE INDEX idx_payments_loan_account_number ON payment_service.payments (loan_account_number);
CREATE INDEX idx_payments_cif ON payment_service.payments (cif);
CREATE INDEX idx_payments_payment_date ON payment_service.payments (payment_date);
CREATE INDEX idx_payments_status ON payment_service.payments (status);
CREATE INDEX idx_payments_loan_account_number_payment_date ON payment_service.payments (loan_account_number, payment_date);
CREATE INDEX idx_payments_cif_payment_date ON payment_service.payments (cif, payment_date);
-- Not in the original list: it replaces the index of the original UNIQUE
-- (reference_number), which a partitioned table cannot have, for lookups of
-- a payment by its reference.  Uniqueness itself is the registry's job.
CREATE INDEX idx_payments_reference_number ON payment_service.payments (reference_number);
COMMENT ON INDEX payment_service.idx_payments_reference_number IS
    'Lookup of a payment by its reference number (uniqueness: crmdb.payment_references)';

CREATE TRIGGER trg_payments_updated_at
    BEFORE UPDATE ON payment_service.payments
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- The registry of payment references.  A partitioned table cannot have a
-- unique constraint without its partition column, but a reference number
-- must never be accepted twice whatever its date.  Every reference number
-- of payment_service.payments has one row here, kept in step by the
-- triggers below (the row triggers are cloned to every partition); the
-- primary key makes a duplicate fail with unique_violation, also when two
-- sessions insert the same reference at once.  Only its owner (the role
-- running this script) may change it: the triggers write it as that role,
-- and crmdb grants no privilege on it to anyone.
CREATE TABLE crmdb.payment_references (
    reference_number    varchar(20) CONSTRAINT payment_references_pkey PRIMARY KEY,
    payment_id          uuid NOT NULL
);
COMMENT ON TABLE crmdb.payment_references IS
    'Registry of payment_service.payments.reference_number: makes a reference unique across all partitions; written only by the triggers on payments, as its owner';
COMMENT ON COLUMN crmdb.payment_references.payment_id IS
    'id of the payment that holds the reference';
-- Explicit, so that a fresh install and a 1.0 database updated (whose
-- grants the update revokes) hold the same privileges: the owner's only.
REVOKE ALL ON crmdb.payment_references FROM PUBLIC;

CREATE TRIGGER trg_payments_reference
    AFTER INSERT OR DELETE
    ON payment_service.payments
    FOR EACH ROW EXECUTE FUNCTION crmdb.payment_reference_sync();
COMMENT ON TRIGGER trg_payments_reference ON payment_service.payments IS
    'Registers the reference of each new payment in crmdb.payment_references, unregisters that of each deleted one';

-- Every UPDATE whose stored row changes the reference or the id, whatever
-- the columns of its SET list (a BEFORE trigger may rewrite them); other
-- updates queue no trigger event at all.
CREATE TRIGGER trg_payments_reference_update
    AFTER UPDATE
    ON payment_service.payments
    FOR EACH ROW
    WHEN (OLD.reference_number IS DISTINCT FROM NEW.reference_number
          OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION crmdb.payment_reference_sync();
COMMENT ON TRIGGER trg_payments_reference_update ON payment_service.payments IS
    'Moves the registration in crmdb.payment_references when an update changes a payment''s reference or id';

CREATE TRIGGER trg_payments_reference_truncate
    BEFORE TRUNCATE ON payment_service.payments
    FOR EACH STATEMENT EXECUTE FUNCTION crmdb.payment_reference_truncate();
COMMENT ON TRIGGER trg_payments_reference_truncate ON payment_service.payments IS
    'Unregisters the references of the payments TRUNCATE removes; those of detached or dropped partitions stay registered';

-- Change capture for the incremental refresh of the payment views
-- (doc/refresh.md): the groups a change touched are appended to
-- crmdb.payment_changes, one row per group.  Inserted rows are noted by the
-- registry's row trigger above (trg_payments_reference), which has each
-- new row at hand already, and appended when the transaction commits; an
-- INSERT trigger with a transition table would cost COPY into payments its
-- multi-row inserts.  Updates and deletes are read from the transition
-- tables of the two statement triggers below.  Statement triggers are not
-- cloned to partitions and a statement that targets a partition fires only
-- the partition's own: every partition gets them too (below, and crmdb's
-- hooks for later ones).
CREATE TRIGGER trg_payments_capture_update
    AFTER UPDATE ON payment_service.payments
    REFERENCING OLD TABLE AS crmdb_old NEW TABLE AS crmdb_new
    FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change();
COMMENT ON TRIGGER trg_payments_capture_update ON payment_service.payments IS
    'Appends the payment-view groups (old and new) of the payments a statement updates in a column they read to crmdb.payment_changes';

CREATE TRIGGER trg_payments_capture_delete
    AFTER DELETE ON payment_service.payments
    REFERENCING OLD TABLE AS crmdb_old
    FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change();
COMMENT ON TRIGGER trg_payments_capture_delete ON payment_service.payments IS
    'Appends the payment-view groups of the payments a statement deletes to crmdb.payment_changes';

DO $capture$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT t.relid
               FROM pg_catalog.pg_partition_tree('payment_service.payments'::pg_catalog.regclass) t
              WHERE t.level OPERATOR(pg_catalog.>) 0
              ORDER BY t.level, t.relid
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER trg_payments_capture_update'
            ' AFTER UPDATE ON %s REFERENCING OLD TABLE AS crmdb_old NEW TABLE AS crmdb_new'
            ' FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change()', r.relid::pg_catalog.regclass);
        EXECUTE pg_catalog.format('CREATE TRIGGER trg_payments_capture_delete'
            ' AFTER DELETE ON %s REFERENCING OLD TABLE AS crmdb_old'
            ' FOR EACH STATEMENT EXECUTE FUNCTION crmdb.capture_payment_change()', r.relid::pg_catalog.regclass);
    END LOOP;
END
$capture$;

-- payment_summary: one row per loan account, customer and calendar month of
-- payment_date.
CREATE MATERIALIZED VIEW payment_service.payment_summary AS
SELECT
    p.loan_account_number,
    p.cif,
    COALESCE(pg_catalog.sum(p.amount) FILTER (WHERE p.status = 'COMPLETED'), 0.00) AS total_paid_amount,
    pg_catalog.count(*) FILTER (WHERE p.status = 'COMPLETED') AS total_successful_payments,
    pg_catalog.count(*) FILTER (WHERE p.status = 'FAILED') AS total_failed_payments,
    pg_catalog.max(p.payment_date) FILTER (WHERE p.status = 'COMPLETED') AS last_payment_date,
    EXTRACT(MONTH FROM p.payment_date)::integer AS month,
    EXTRACT(YEAR FROM p.payment_date)::integer AS year
FROM payment_service.payments p
GROUP BY p.loan_account_number, p.cif,
    EXTRACT(MONTH FROM p.payment_date)::integer,
    EXTRACT(YEAR FROM p.payment_date)::integer
WITH DATA;
COMMENT ON MATERIALIZED VIEW payment_service.payment_summary IS
    'Payments per loan account, customer and calendar month: amount and count of COMPLETED payments, count of FAILED payments, latest COMPLETED payment';
COMMENT ON COLUMN payment_service.payment_summary.total_paid_amount IS
    'Sum of the COMPLETED amounts (0 when none was completed)';
COMMENT ON COLUMN payment_service.payment_summary.last_payment_date IS
    'Latest COMPLETED payment of the month (NULL when none was completed)';

CREATE UNIQUE INDEX payment_summary_unique_key
    ON payment_service.payment_summary (loan_account_number, cif, month, year);
COMMENT ON INDEX payment_service.payment_summary_unique_key IS
    'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';

-- payment_method_analysis: one row per payment method and calendar month.
CREATE MATERIALIZED VIEW payment_service.payment_method_analysis AS
SELECT
    p.payment_method,
    pg_catalog.count(*) AS total_payments,
    pg_catalog.sum(p.amount) AS total_amount,
    pg_catalog.round(pg_catalog.avg(p.amount), 2) AS average_amount,
    pg_catalog.count(*) FILTER (WHERE p.status = 'COMPLETED') AS successful_payments,
    pg_catalog.count(*) FILTER (WHERE p.status = 'FAILED') AS failed_payments,
    EXTRACT(MONTH FROM p.payment_date)::integer AS month,
    EXTRACT(YEAR FROM p.payment_date)::integer AS year
FROM payment_service.payments p
GROUP BY p.payment_method,
    EXTRACT(MONTH FROM p.payment_date)::integer,
    EXTRACT(YEAR FROM p.payment_date)::integer
WITH DATA;
COMMENT ON MATERIALIZED VIEW payment_service.payment_method_analysis IS
    'Payments per payment method and calendar month: count, sum and average amount (all statuses), counts of COMPLETED and FAILED';
COMMENT ON COLUMN payment_service.payment_method_analysis.average_amount IS
    'Average amount, rounded to 2 decimals';

CREATE UNIQUE INDEX payment_method_analysis_unique_key
    ON payment_service.payment_method_analysis (payment_method, month, year);
COMMENT ON INDEX payment_service.payment_method_analysis_unique_key IS
    'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';
