/* crmdb/src/distributed/crmdb_distribute.sql: the distributed layout on Citus (run by crmdb.distribute()) */

-- complain if script is sourced in psql, rather than run by crmdb.distribute()
\echo Use "SELECT crmdb.distribute()" to run this script. \quit

-- crmdb.distribute() (and crmdb.install(p_distributed => true)) runs this
-- script on a Citus coordinator with active workers, after checking that,
-- with search_path = pg_catalog, pg_temp and citus.enable_unsafe_triggers
-- set for the transaction only.  It turns the service schemas that
-- crmdb.install() created (with whatever rows they hold) into the
-- distributed layout of doc/citus.md:
--
--   1. the foreign keys between the service tables are dropped;
--   2. cif is added to due_segmentations and loan_collaterals and filled
--      from the loan;
--   3. the primary keys and unique constraints of the customer tables take
--      the distribution column (cif; primary_cif for reference_customers);
--   4. the auth tables and agents become reference tables, the 14 customer
--      tables distributed tables co-located with customers (their rows are
--      moved to the shards and the coordinator's local copies emptied);
--   5. the foreign keys come back, with cif where they join two customer
--      tables;
--   6. the payment reference registry's triggers are dropped (a trigger on
--      a shard cannot write another node; see doc/citus.md): the registry
--      crmdb.payment_references becomes (reference_number, cif), holds
--      every payment's reference and is distributed by reference_number;
--      crmdb's planner hook writes it in each INSERT into payments, and a
--      trigger on the shards refuses a change of a reference.
--
-- 0. Payments that share a reference number cannot be registered: refused
-- first, before anything is changed.
DO $$
DECLARE
    v_shared bigint;
    v_example text;
BEGIN
    SELECT pg_catalog.count(*), pg_catalog.min(d.reference_number)
      INTO v_shared, v_example
      FROM (SELECT p.reference_number::text AS reference_number
              FROM payment_service.payments p
             GROUP BY p.reference_number
            HAVING pg_catalog.count(*) OPERATOR(pg_catalog.>) 1) d;
    IF v_shared OPERATOR(pg_catalog.>) 0 THEN
        RAISE EXCEPTION '% payment reference number(s) held by more than one payment', v_shared
            USING ERRCODE = 'unique_violation',
                  DETAIL = pg_catalog.format('Reference number %s is one of them. The distributed layout keeps each reference number unique across the cluster.', v_example),
                  HINT = 'Delete or renumber the payments that share a reference number, then run crmdb.distribute() again.';
    END IF;
END
$$;

-- 1. foreign keys between the service tables
ALTER TABLE auth_service.permissions DROP CONSTRAINT permissions_role_id_fkey;
ALTER TABLE auth_service.user_sessions DROP CONSTRAINT user_sessions_user_id_fkey;
ALTER TABLE workflow_service.agents DROP CONSTRAINT fk_agents_user_id;
ALTER TABLE bank_sync_service.phones DROP CONSTRAINT fk_customer_phone;
ALTER TABLE bank_sync_service.addresses DROP CONSTRAINT fk_customer_address;
ALTER TABLE bank_sync_service.emails DROP CONSTRAINT fk_customer_email;
ALTER TABLE bank_sync_service.loans DROP CONSTRAINT fk_customer_loan;
ALTER TABLE bank_sync_service.collaterals DROP CONSTRAINT fk_customer_collateral;
ALTER TABLE bank_sync_service.due_segmentations DROP CONSTRAINT fk_loan_due_segmentation;
ALTER TABLE bank_sync_service.reference_customers DROP CONSTRAINT fk_primary_customer;
ALTER TABLE bank_sync_service.loan_collaterals DROP CONSTRAINT fk_loan_collateral_loan;
ALTER TABLE bank_sync_service.loan_collaterals DROP CONSTRAINT fk_loan_collateral_collateral;
ALTER TABLE payment_service.payments DROP CONSTRAINT fk_payment_loan;
ALTER TABLE payment_service.payments DROP CONSTRAINT fk_payment_customer;
ALTER TABLE workflow_service.action_records DROP CONSTRAINT fk_action_customer;
ALTER TABLE workflow_service.action_records DROP CONSTRAINT fk_action_loan;
ALTER TABLE workflow_service.action_records DROP CONSTRAINT fk_action_agent;
ALTER TABLE workflow_service.customer_agents DROP CONSTRAINT fk_customer_agent_customer;
ALTER TABLE workflow_service.customer_agents DROP CONSTRAINT fk_customer_agent_call_agent;
ALTER TABLE workflow_service.customer_agents DROP CONSTRAINT fk_customer_agent_field_agent;
ALTER TABLE workflow_service.customer_cases DROP CONSTRAINT fk_customer_case_customer;
ALTER TABLE workflow_service.customer_cases DROP CONSTRAINT fk_customer_case_call_agent;
ALTER TABLE workflow_service.customer_cases DROP CONSTRAINT fk_customer_case_field_agent;
ALTER TABLE workflow_service.customer_case_actions DROP CONSTRAINT fk_customer_case_action_customer;
ALTER TABLE workflow_service.customer_case_actions DROP CONSTRAINT fk_customer_case_action_agent;

-- 2. cif on the two customer tables that had none: the cif of the loan.
-- A row whose loan does not exist cannot be placed: the conversion stops
-- (the NOT NULL below fails) and nothing is changed.
-- The rows keep their updated_at: the fill is not a change of theirs.
ALTER TABLE bank_sync_service.due_segmentations ADD COLUMN cif varchar(20) NULL;
ALTER TABLE bank_sync_service.due_segmentations DISABLE TRIGGER trg_due_segmentations_updated_at;
UPDATE bank_sync_service.due_segmentations d SET cif = l.cif
  FROM bank_sync_service.loans l
 WHERE l.account_number OPERATOR(pg_catalog.=) d.loan_account_number;
ALTER TABLE bank_sync_service.due_segmentations ENABLE TRIGGER trg_due_segmentations_updated_at;
DO $$
BEGIN
    IF EXISTS (SELECT FROM bank_sync_service.due_segmentations WHERE cif IS NULL) THEN
        RAISE EXCEPTION 'due_segmentations holds rows whose loan does not exist'
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Such a row cannot be placed on the customer''s shard: delete it or add its loan, then try again.';
    END IF;
END
$$;
ALTER TABLE bank_sync_service.due_segmentations ALTER COLUMN cif SET NOT NULL;
COMMENT ON COLUMN bank_sync_service.due_segmentations.cif IS
    'Customer of the loan (loans.cif): the distribution column; a loader fills it in';
CREATE INDEX idx_due_segmentations_cif ON bank_sync_service.due_segmentations (cif);

ALTER TABLE bank_sync_service.loan_collaterals ADD COLUMN cif varchar(20) NULL;
ALTER TABLE bank_sync_service.loan_collaterals DISABLE TRIGGER trg_loan_collaterals_updated_at;
UPDATE bank_sync_service.loan_collaterals lc SET cif = l.cif
  FROM bank_sync_service.loans l
 WHERE l.account_number OPERATOR(pg_catalog.=) lc.loan_account_number;
ALTER TABLE bank_sync_service.loan_collaterals ENABLE TRIGGER trg_loan_collaterals_updated_at;
DO $$
BEGIN
    IF EXISTS (SELECT FROM bank_sync_service.loan_collaterals WHERE cif IS NULL) THEN
        RAISE EXCEPTION 'loan_collaterals holds rows whose loan does not exist'
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Such a row cannot be placed on the customer''s shard: delete it or add its loan, then try again.';
    END IF;
    IF EXISTS (SELECT FROM bank_sync_service.loan_collaterals lc
                 JOIN bank_sync_service.collaterals c
                   ON c.collateral_number OPERATOR(pg_catalog.=) lc.collateral_number
                WHERE c.cif OPERATOR(pg_catalog.<>) lc.cif) THEN
        RAISE EXCEPTION 'loan_collaterals links loans to collaterals of other customers'
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = 'In the distributed layout a loan and its collateral belong to the same customer (they live on the same shard).',
                  HINT = 'See doc/citus.md.';
    END IF;
END
$$;
ALTER TABLE bank_sync_service.loan_collaterals ALTER COLUMN cif SET NOT NULL;
COMMENT ON COLUMN bank_sync_service.loan_collaterals.cif IS
    'Customer of the loan and of the collateral (loans.cif = collaterals.cif): the distribution column; a loader fills it in';
CREATE INDEX idx_loan_collaterals_cif ON bank_sync_service.loan_collaterals (cif);

-- 3. keys with the distribution column
ALTER TABLE bank_sync_service.customers DROP CONSTRAINT customers_pkey,
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id, cif);
ALTER TABLE bank_sync_service.phones DROP CONSTRAINT phones_pkey,
    ADD CONSTRAINT phones_pkey PRIMARY KEY (id, cif);
ALTER TABLE bank_sync_service.addresses DROP CONSTRAINT addresses_pkey,
    ADD CONSTRAINT addresses_pkey PRIMARY KEY (id, cif);
ALTER TABLE bank_sync_service.emails DROP CONSTRAINT emails_pkey,
    ADD CONSTRAINT emails_pkey PRIMARY KEY (id, cif);
ALTER TABLE bank_sync_service.loans DROP CONSTRAINT loans_pkey,
    ADD CONSTRAINT loans_pkey PRIMARY KEY (id, cif),
    DROP CONSTRAINT loans_account_number_key,
    ADD CONSTRAINT loans_account_number_key UNIQUE (account_number, cif);
ALTER TABLE bank_sync_service.collaterals DROP CONSTRAINT collaterals_pkey,
    ADD CONSTRAINT collaterals_pkey PRIMARY KEY (id, cif),
    DROP CONSTRAINT collaterals_collateral_number_key,
    ADD CONSTRAINT collaterals_collateral_number_key UNIQUE (collateral_number, cif);
ALTER TABLE bank_sync_service.due_segmentations DROP CONSTRAINT due_segmentations_pkey,
    ADD CONSTRAINT due_segmentations_pkey PRIMARY KEY (id, cif),
    DROP CONSTRAINT due_segmentations_loan_account_number_due_date_key,
    ADD CONSTRAINT due_segmentations_loan_account_number_due_date_key
        UNIQUE (loan_account_number, due_date, cif);
ALTER TABLE bank_sync_service.reference_customers DROP CONSTRAINT reference_customers_pkey,
    ADD CONSTRAINT reference_customers_pkey PRIMARY KEY (id, primary_cif),
    DROP CONSTRAINT reference_customers_ref_cif_key,
    ADD CONSTRAINT reference_customers_ref_cif_key UNIQUE (ref_cif, primary_cif);
ALTER TABLE bank_sync_service.loan_collaterals DROP CONSTRAINT loan_collaterals_pkey,
    ADD CONSTRAINT loan_collaterals_pkey PRIMARY KEY (id, cif),
    DROP CONSTRAINT loan_collaterals_loan_account_number_collateral_number_key,
    ADD CONSTRAINT loan_collaterals_loan_account_number_collateral_number_key
        UNIQUE (loan_account_number, collateral_number, cif);
ALTER TABLE payment_service.payments DROP CONSTRAINT payments_pkey,
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id, payment_date, cif);
ALTER TABLE workflow_service.action_records DROP CONSTRAINT action_records_pkey,
    ADD CONSTRAINT action_records_pkey PRIMARY KEY (id, action_date, cif);
ALTER TABLE workflow_service.customer_agents DROP CONSTRAINT customer_agents_pkey,
    ADD CONSTRAINT customer_agents_pkey PRIMARY KEY (id, start_date, cif);
ALTER TABLE workflow_service.customer_cases DROP CONSTRAINT customer_cases_pkey,
    ADD CONSTRAINT customer_cases_pkey PRIMARY KEY (id, cif);
ALTER TABLE workflow_service.customer_case_actions DROP CONSTRAINT customer_case_actions_pkey,
    ADD CONSTRAINT customer_case_actions_pkey PRIMARY KEY (id, cif);

-- 6 (before distributing: the triggers must not reach the shards).
DROP TRIGGER trg_payments_reference ON payment_service.payments;
DROP TRIGGER trg_payments_reference_update ON payment_service.payments;
DROP TRIGGER trg_payments_reference_truncate ON payment_service.payments;
-- The registry keeps what it holds, retired references included (those of
-- dropped partitions: their cif stays unknown), and registers any payment
-- it misses; a reference now names its payment's cif.
ALTER TABLE crmdb.payment_references ADD COLUMN cif varchar(20) NULL;
UPDATE crmdb.payment_references r SET cif = p.cif
  FROM payment_service.payments p
 WHERE p.reference_number OPERATOR(pg_catalog.=) r.reference_number;
INSERT INTO crmdb.payment_references (reference_number, payment_id, cif)
SELECT p.reference_number, p.id, p.cif
  FROM payment_service.payments p
 WHERE NOT EXISTS (SELECT FROM crmdb.payment_references r
                    WHERE r.reference_number OPERATOR(pg_catalog.=) p.reference_number);
ALTER TABLE crmdb.payment_references DROP COLUMN payment_id;
COMMENT ON TABLE crmdb.payment_references IS
    'Registry of payment_service.payments.reference_number, distributed by reference_number: keeps a reference unique across the cluster; written by crmdb''s planner hook in each INSERT into payments (see doc/citus.md)';
COMMENT ON COLUMN crmdb.payment_references.cif IS
    'cif of the payment that holds the reference (NULL: retired before the distribution)';

CREATE TRIGGER trg_payments_reference_frozen
    BEFORE UPDATE ON payment_service.payments
    FOR EACH ROW EXECUTE FUNCTION crmdb.payment_reference_frozen();
COMMENT ON TRIGGER trg_payments_reference_frozen ON payment_service.payments IS
    'Refuses a change of a payment''s reference number: the registry crmdb.payment_references is distributed by it';

-- 4. reference tables, referenced ones first
SELECT pg_catalog.create_reference_table('auth_service.roles');
SELECT pg_catalog.create_reference_table('auth_service.users');
SELECT pg_catalog.create_reference_table('auth_service.permissions');
SELECT pg_catalog.create_reference_table('auth_service.user_sessions');
SELECT pg_catalog.create_reference_table('workflow_service.agents');

-- distributed tables, co-located with customers
SELECT pg_catalog.create_distributed_table('bank_sync_service.customers', 'cif');
SELECT pg_catalog.create_distributed_table(t, 'cif', colocate_with => 'bank_sync_service.customers')
  FROM pg_catalog.unnest(ARRAY[
       'bank_sync_service.phones', 'bank_sync_service.addresses',
       'bank_sync_service.emails', 'bank_sync_service.loans',
       'bank_sync_service.collaterals', 'bank_sync_service.due_segmentations',
       'bank_sync_service.loan_collaterals', 'payment_service.payments',
       'workflow_service.action_records', 'workflow_service.customer_agents',
       'workflow_service.customer_cases', 'workflow_service.customer_case_actions'
       ]::pg_catalog.regclass[]) AS t;
SELECT pg_catalog.create_distributed_table('bank_sync_service.reference_customers', 'primary_cif',
                                           colocate_with => 'bank_sync_service.customers');
SELECT pg_catalog.create_distributed_table('crmdb.payment_references', 'reference_number',
                                           colocate_with => 'none');

-- The coordinator's local copies of the rows now on the shards.
SELECT pg_catalog.truncate_local_data_after_distributing_table(t)
  FROM pg_catalog.unnest(ARRAY[
       'auth_service.roles', 'auth_service.users', 'auth_service.permissions',
       'auth_service.user_sessions', 'workflow_service.agents',
       'bank_sync_service.customers',
       'bank_sync_service.phones', 'bank_sync_service.addresses',
       'bank_sync_service.emails', 'bank_sync_service.loans',
       'bank_sync_service.collaterals', 'bank_sync_service.due_segmentations',
       'bank_sync_service.loan_collaterals', 'bank_sync_service.reference_customers',
       'payment_service.payments', 'crmdb.payment_references',
       'workflow_service.action_records', 'workflow_service.customer_agents',
       'workflow_service.customer_cases', 'workflow_service.customer_case_actions'
       ]::pg_catalog.regclass[]) AS t;

-- 5. foreign keys back
ALTER TABLE auth_service.permissions ADD CONSTRAINT permissions_role_id_fkey FOREIGN KEY (role_id)
    REFERENCES auth_service.roles (id) ON DELETE CASCADE;
ALTER TABLE auth_service.user_sessions ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id)
    REFERENCES auth_service.users (id) ON DELETE CASCADE;
ALTER TABLE workflow_service.agents ADD CONSTRAINT fk_agents_user_id FOREIGN KEY (user_id)
    REFERENCES auth_service.users (id) ON DELETE SET NULL;
ALTER TABLE bank_sync_service.phones ADD CONSTRAINT fk_customer_phone FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE bank_sync_service.addresses ADD CONSTRAINT fk_customer_address FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE bank_sync_service.emails ADD CONSTRAINT fk_customer_email FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE bank_sync_service.loans ADD CONSTRAINT fk_customer_loan FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE bank_sync_service.collaterals ADD CONSTRAINT fk_customer_collateral FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE bank_sync_service.due_segmentations ADD CONSTRAINT fk_loan_due_segmentation
    FOREIGN KEY (loan_account_number, cif) REFERENCES bank_sync_service.loans (account_number, cif);
ALTER TABLE bank_sync_service.reference_customers ADD CONSTRAINT fk_primary_customer FOREIGN KEY (primary_cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE bank_sync_service.loan_collaterals ADD CONSTRAINT fk_loan_collateral_loan
    FOREIGN KEY (loan_account_number, cif) REFERENCES bank_sync_service.loans (account_number, cif);
ALTER TABLE bank_sync_service.loan_collaterals ADD CONSTRAINT fk_loan_collateral_collateral
    FOREIGN KEY (collateral_number, cif) REFERENCES bank_sync_service.collaterals (collateral_number, cif);
ALTER TABLE payment_service.payments ADD CONSTRAINT fk_payment_loan
    FOREIGN KEY (loan_account_number, cif) REFERENCES bank_sync_service.loans (account_number, cif);
ALTER TABLE payment_service.payments ADD CONSTRAINT fk_payment_customer FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE workflow_service.action_records ADD CONSTRAINT fk_action_customer FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE workflow_service.action_records ADD CONSTRAINT fk_action_loan
    FOREIGN KEY (loan_account_number, cif) REFERENCES bank_sync_service.loans (account_number, cif);
ALTER TABLE workflow_service.action_records ADD CONSTRAINT fk_action_agent FOREIGN KEY (agent_id)
    REFERENCES workflow_service.agents (id);
ALTER TABLE workflow_service.customer_agents ADD CONSTRAINT fk_customer_agent_customer FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE workflow_service.customer_agents ADD CONSTRAINT fk_customer_agent_call_agent
    FOREIGN KEY (assigned_call_agent_id) REFERENCES workflow_service.agents (id);
ALTER TABLE workflow_service.customer_agents ADD CONSTRAINT fk_customer_agent_field_agent
    FOREIGN KEY (assigned_field_agent_id) REFERENCES workflow_service.agents (id);
ALTER TABLE workflow_service.customer_cases ADD CONSTRAINT fk_customer_case_customer FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE workflow_service.customer_cases ADD CONSTRAINT fk_customer_case_call_agent
    FOREIGN KEY (assigned_call_agent_id) REFERENCES workflow_service.agents (id);
ALTER TABLE workflow_service.customer_cases ADD CONSTRAINT fk_customer_case_field_agent
    FOREIGN KEY (assigned_field_agent_id) REFERENCES workflow_service.agents (id);
ALTER TABLE workflow_service.customer_case_actions ADD CONSTRAINT fk_customer_case_action_customer FOREIGN KEY (cif)
    REFERENCES bank_sync_service.customers (cif);
ALTER TABLE workflow_service.customer_case_actions ADD CONSTRAINT fk_customer_case_action_agent
    FOREIGN KEY (agent_id) REFERENCES workflow_service.agents (id);
