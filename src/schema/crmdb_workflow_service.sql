/* crmdb/src/schema/crmdb_workflow_service.sql: schema workflow_service (agents, collection work, reports) */

-- complain if script is sourced in psql, rather than run by crmdb.install()
\echo Use "SELECT crmdb.install()" to create this schema. \quit

-- crmdb.install() runs this script with search_path = pg_catalog, pg_temp:
-- every name is schema-qualified.

CREATE SCHEMA workflow_service;
COMMENT ON SCHEMA workflow_service IS
    'Workflow service: collection agents, their actions, customer assignments and case status, and the collection reports';

-- agents
CREATE TABLE workflow_service.agents (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    employee_id         varchar(20) NOT NULL,
    name                varchar(100) NOT NULL,
    email               varchar(100) NOT NULL,
    phone               varchar(20) NULL,
    type                crmdb.agent_type NOT NULL,
    team                varchar(30) NOT NULL,
    is_active           boolean NOT NULL DEFAULT TRUE,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    -- amendment 1 (crmdb 1.1): appended, as ALTER EXTENSION UPDATE adds them
    user_id             uuid NULL,
    created_by          varchar(50) NULL,
    updated_by          varchar(50) NULL,
    CONSTRAINT agents_pkey PRIMARY KEY (id),
    CONSTRAINT agents_employee_id_key UNIQUE (employee_id),
    CONSTRAINT agents_email_key UNIQUE (email),
    CONSTRAINT fk_agents_user_id FOREIGN KEY (user_id)
        REFERENCES auth_service.users (id) ON DELETE SET NULL
);
COMMENT ON TABLE workflow_service.agents IS
    'Stores information about collection agents and their teams';

CREATE INDEX idx_agents_team ON workflow_service.agents (team);
CREATE INDEX idx_agents_type ON workflow_service.agents (type);
CREATE INDEX idx_agents_is_active ON workflow_service.agents (is_active);
CREATE INDEX idx_agents_user_id ON workflow_service.agents (user_id);

CREATE TRIGGER trg_agents_updated_at
    BEFORE UPDATE ON workflow_service.agents
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- action_records: range-partitioned by action_date, PRIMARY KEY with the
-- partition column (PostgreSQL requires it).  The partition rollover creates
-- the dated partitions; the DEFAULT partition takes the rest.
CREATE TABLE workflow_service.action_records (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                 varchar(20) NOT NULL,
    loan_account_number varchar(20) NOT NULL,
    agent_id            uuid NOT NULL,
    type                varchar(20) NOT NULL,
    subtype             varchar(30) NOT NULL,
    action_result       varchar(30) NOT NULL,
    action_date         timestamp NOT NULL,
    notes               text NULL,
    call_trace_id       varchar(20) NULL,
    visit_latitude      numeric(10,8) NULL,
    visit_longitude     numeric(11,8) NULL,
    visit_address       text NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    CONSTRAINT action_records_pkey PRIMARY KEY (id, action_date),
    CONSTRAINT fk_action_customer FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif),
    CONSTRAINT fk_action_loan FOREIGN KEY (loan_account_number)
        REFERENCES bank_sync_service.loans (account_number),
    CONSTRAINT fk_action_agent FOREIGN KEY (agent_id)
        REFERENCES workflow_service.agents (id)
) PARTITION BY RANGE (action_date);
COMMENT ON TABLE workflow_service.action_records IS
    'Stores actions taken by collection agents';
COMMENT ON COLUMN workflow_service.action_records.type IS
    'Kind of action (CALL, VISIT, ...)';
COMMENT ON COLUMN workflow_service.action_records.action_result IS
    'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';
COMMENT ON COLUMN workflow_service.action_records.action_date IS
    'When the action took place; the partition key';
COMMENT ON COLUMN workflow_service.action_records.call_trace_id IS
    'Call actions: identifier of the call in the telephony system';
COMMENT ON COLUMN workflow_service.action_records.visit_latitude IS
    'Field visits: where the visit took place (also visit_longitude, visit_address)';

CREATE TABLE workflow_service.action_records_default
    PARTITION OF workflow_service.action_records DEFAULT;
COMMENT ON TABLE workflow_service.action_records_default IS
    'Action records that no dated partition covers';

CREATE INDEX idx_action_records_cif ON workflow_service.action_records (cif);
CREATE INDEX idx_action_records_loan_account_number ON workflow_service.action_records (loan_account_number);
CREATE INDEX idx_action_records_agent_id ON workflow_service.action_records (agent_id);
CREATE INDEX idx_action_records_type ON workflow_service.action_records (type);
CREATE INDEX idx_action_records_action_date ON workflow_service.action_records (action_date);
CREATE INDEX idx_action_records_action_result ON workflow_service.action_records (action_result);
CREATE INDEX idx_action_records_cif_action_date ON workflow_service.action_records (cif, action_date);
CREATE INDEX idx_action_records_loan_account_number_action_date ON workflow_service.action_records (loan_account_number, action_date);
-- The incremental refresh of agent_performance recomputes an agent's month
-- from this index alone (doc/refresh.md).
CREATE INDEX idx_action_records_agent_id_action_date ON workflow_service.action_records (agent_id, action_date) INCLUDE (cif, action_result);

CREATE TRIGGER trg_action_records_updated_at
    BEFORE UPDATE ON workflow_service.action_records
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- customer_agents: the history of agent assignments (SCD type 2: a new row
-- per change, the previous one closed with end_date and is_current false),
-- range-partitioned by start_date.
CREATE TABLE workflow_service.customer_agents (
    id                      uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                     varchar(20) NOT NULL,
    assigned_call_agent_id  uuid NULL,
    assigned_field_agent_id uuid NULL,
    start_date              date NOT NULL,
    end_date                date NULL,
    is_current              boolean NOT NULL DEFAULT TRUE,
    created_at              timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at              timestamp NOT NULL DEFAULT pg_catalog.now(),
    -- amendment 1 (crmdb 1.1): appended, as ALTER EXTENSION UPDATE adds them
    created_by              varchar(50) NULL,
    updated_by              varchar(50) NULL,
    CONSTRAINT customer_agents_pkey PRIMARY KEY (id, start_date),
    CONSTRAINT fk_customer_agent_customer FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif),
    CONSTRAINT fk_customer_agent_call_agent FOREIGN KEY (assigned_call_agent_id)
        REFERENCES workflow_service.agents (id),
    CONSTRAINT fk_customer_agent_field_agent FOREIGN KEY (assigned_field_agent_id)
        REFERENCES workflow_service.agents (id)
) PARTITION BY RANGE (start_date);
COMMENT ON TABLE workflow_service.customer_agents IS
    'Stores the assignment of customers to agents with historical tracking (SCD Type 2)';
COMMENT ON COLUMN workflow_service.customer_agents.start_date IS
    'First day of the assignment; the partition key';
COMMENT ON COLUMN workflow_service.customer_agents.end_date IS
    'Last day of the assignment, NULL while it is current';
COMMENT ON COLUMN workflow_service.customer_agents.is_current IS
    'Whether this is the customer''s current assignment';

CREATE TABLE workflow_service.customer_agents_default
    PARTITION OF workflow_service.customer_agents DEFAULT;
COMMENT ON TABLE workflow_service.customer_agents_default IS
    'Customer assignments that no dated partition covers';

CREATE INDEX idx_customer_agents_cif ON workflow_service.customer_agents (cif);
CREATE INDEX idx_customer_agents_assigned_call_agent_id ON workflow_service.customer_agents (assigned_call_agent_id);
CREATE INDEX idx_customer_agents_assigned_field_agent_id ON workflow_service.customer_agents (assigned_field_agent_id);
CREATE INDEX idx_customer_agents_is_current ON workflow_service.customer_agents (is_current);
CREATE INDEX idx_customer_agents_cif_is_current ON workflow_service.customer_agents (cif, is_current);

CREATE TRIGGER trg_customer_agents_updated_at
    BEFORE UPDATE ON workflow_service.customer_agents
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- customer_cases: one current status row per customer.
CREATE TABLE workflow_service.customer_cases (
    id                          uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                         varchar(20) NOT NULL,
    assigned_call_agent_id      uuid NULL,
    assigned_field_agent_id     uuid NULL,
    f_update                    timestamp NULL,
    customer_status             varchar(30) NOT NULL,
    collateral_status           varchar(30) NOT NULL,
    processing_state_status     varchar(30) NOT NULL,
    lending_violation_status    varchar(30) NOT NULL,
    recovery_ability_status     varchar(30) NOT NULL,
    created_at                  timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at                  timestamp NOT NULL DEFAULT pg_catalog.now(),
    -- amendment 1 (crmdb 1.1): appended, as ALTER EXTENSION UPDATE adds them
    created_by                  varchar(50) NULL,
    updated_by                  varchar(50) NULL,
    CONSTRAINT customer_cases_pkey PRIMARY KEY (id),
    CONSTRAINT customer_cases_cif_key UNIQUE (cif),
    CONSTRAINT fk_customer_case_customer FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif),
    CONSTRAINT fk_customer_case_call_agent FOREIGN KEY (assigned_call_agent_id)
        REFERENCES workflow_service.agents (id),
    CONSTRAINT fk_customer_case_field_agent FOREIGN KEY (assigned_field_agent_id)
        REFERENCES workflow_service.agents (id)
);
COMMENT ON TABLE workflow_service.customer_cases IS
    'Stores the current status of customers for strategy allocation';
COMMENT ON COLUMN workflow_service.customer_cases.f_update IS
    'When an agent last updated the case status';

CREATE INDEX idx_customer_cases_assigned_call_agent_id ON workflow_service.customer_cases (assigned_call_agent_id);
CREATE INDEX idx_customer_cases_assigned_field_agent_id ON workflow_service.customer_cases (assigned_field_agent_id);
CREATE INDEX idx_customer_cases_f_update ON workflow_service.customer_cases (f_update);
CREATE INDEX idx_customer_cases_customer_status ON workflow_service.customer_cases (customer_status);
CREATE INDEX idx_customer_cases_processing_state_status ON workflow_service.customer_cases (processing_state_status);
CREATE INDEX idx_customer_cases_recovery_ability_status ON workflow_service.customer_cases (recovery_ability_status);
CREATE INDEX idx_customer_cases_status_composite ON workflow_service.customer_cases (customer_status, processing_state_status, recovery_ability_status);

CREATE TRIGGER trg_customer_cases_updated_at
    BEFORE UPDATE ON workflow_service.customer_cases
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- customer_case_actions: status inputs of agents at the customer level.
CREATE TABLE workflow_service.customer_case_actions (
    id                          uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                         varchar(20) NOT NULL,
    agent_id                    uuid NOT NULL,
    action_date                 timestamp NOT NULL,
    notes                       text NULL,
    customer_status             varchar(30) NULL,
    collateral_status           varchar(30) NULL,
    processing_state_status     varchar(30) NULL,
    lending_violation_status    varchar(30) NULL,
    recovery_ability_status     varchar(30) NULL,
    created_at                  timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at                  timestamp NOT NULL DEFAULT pg_catalog.now(),
    created_by                  varchar(50) NOT NULL,
    updated_by                  varchar(50) NOT NULL,
    CONSTRAINT customer_case_actions_pkey PRIMARY KEY (id),
    CONSTRAINT fk_customer_case_action_customer FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif),
    CONSTRAINT fk_customer_case_action_agent FOREIGN KEY (agent_id)
        REFERENCES workflow_service.agents (id)
);
COMMENT ON TABLE workflow_service.customer_case_actions IS
    'Stores actions and status inputs from agents at the customer level';
COMMENT ON COLUMN workflow_service.customer_case_actions.customer_status IS
    'New customer status set by the action, NULL if unchanged (likewise the other four statuses)';

CREATE INDEX idx_customer_case_actions_cif ON workflow_service.customer_case_actions (cif);
CREATE INDEX idx_customer_case_actions_agent_id ON workflow_service.customer_case_actions (agent_id);
CREATE INDEX idx_customer_case_actions_action_date ON workflow_service.customer_case_actions (action_date);

CREATE TRIGGER trg_customer_case_actions_updated_at
    BEFORE UPDATE ON workflow_service.customer_case_actions
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- Change capture for the incremental refresh of the workflow views
-- (doc/refresh.md): every change of a column agent_performance or
-- customer_collection_status reads appends what it touches to
-- crmdb.workflow_changes: an action record its agent, date and customer,
-- an agent its id, a customer, case or loan its cif.  Those on
-- action_records are cloned to every partition.
CREATE TRIGGER trg_action_records_capture
    AFTER INSERT OR DELETE
    ON workflow_service.action_records
    FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('action');
COMMENT ON TRIGGER trg_action_records_capture ON workflow_service.action_records IS
    'Appends the workflow-view groups of each new or deleted action record to crmdb.workflow_changes';

CREATE TRIGGER trg_action_records_capture_update
    AFTER UPDATE
    ON workflow_service.action_records
    FOR EACH ROW
    WHEN (OLD.agent_id IS DISTINCT FROM NEW.agent_id
          OR OLD.cif IS DISTINCT FROM NEW.cif
          OR OLD.action_date IS DISTINCT FROM NEW.action_date
          OR OLD.action_result IS DISTINCT FROM NEW.action_result)
    EXECUTE FUNCTION crmdb.capture_workflow_change('action');
COMMENT ON TRIGGER trg_action_records_capture_update ON workflow_service.action_records IS
    'Appends the workflow-view groups an update of a column they read touches (old and new) to crmdb.workflow_changes';

CREATE TRIGGER trg_agents_capture
    AFTER INSERT OR DELETE
    ON workflow_service.agents
    FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('agent');
COMMENT ON TRIGGER trg_agents_capture ON workflow_service.agents IS
    'Appends the id of each new or deleted agent to crmdb.workflow_changes';

CREATE TRIGGER trg_agents_capture_update
    AFTER UPDATE
    ON workflow_service.agents
    FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id
          OR OLD.name IS DISTINCT FROM NEW.name
          OR OLD.team IS DISTINCT FROM NEW.team
          OR OLD.is_active IS DISTINCT FROM NEW.is_active)
    EXECUTE FUNCTION crmdb.capture_workflow_change('agent');
COMMENT ON TRIGGER trg_agents_capture_update ON workflow_service.agents IS
    'Appends the id of an agent whose name, team or activity changed to crmdb.workflow_changes';

CREATE TRIGGER trg_customer_cases_capture
    AFTER INSERT OR DELETE
    ON workflow_service.customer_cases
    FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
COMMENT ON TRIGGER trg_customer_cases_capture ON workflow_service.customer_cases IS
    'Appends the cif of each new or deleted case to crmdb.workflow_changes';

CREATE TRIGGER trg_customer_cases_capture_update
    AFTER UPDATE
    ON workflow_service.customer_cases
    FOR EACH ROW
    WHEN (OLD.cif IS DISTINCT FROM NEW.cif
          OR OLD.assigned_call_agent_id IS DISTINCT FROM NEW.assigned_call_agent_id
          OR OLD.assigned_field_agent_id IS DISTINCT FROM NEW.assigned_field_agent_id
          OR OLD.customer_status IS DISTINCT FROM NEW.customer_status
          OR OLD.collateral_status IS DISTINCT FROM NEW.collateral_status
          OR OLD.processing_state_status IS DISTINCT FROM NEW.processing_state_status
          OR OLD.lending_violation_status IS DISTINCT FROM NEW.lending_violation_status
          OR OLD.recovery_ability_status IS DISTINCT FROM NEW.recovery_ability_status)
    EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
COMMENT ON TRIGGER trg_customer_cases_capture_update ON workflow_service.customer_cases IS
    'Appends the cif of a case whose agents or statuses changed (old and new) to crmdb.workflow_changes';

CREATE TRIGGER trg_customers_capture
    AFTER INSERT OR DELETE
    ON bank_sync_service.customers
    FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
COMMENT ON TRIGGER trg_customers_capture ON bank_sync_service.customers IS
    'Appends the cif of each new or deleted customer to crmdb.workflow_changes';

CREATE TRIGGER trg_customers_capture_update
    AFTER UPDATE
    ON bank_sync_service.customers
    FOR EACH ROW
    WHEN (OLD.cif IS DISTINCT FROM NEW.cif
          OR OLD.name IS DISTINCT FROM NEW.name
          OR OLD.company_name IS DISTINCT FROM NEW.company_name
          OR OLD.segment IS DISTINCT FROM NEW.segment)
    EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
COMMENT ON TRIGGER trg_customers_capture_update ON bank_sync_service.customers IS
    'Appends the cif of a customer whose name or segment changed (old and new) to crmdb.workflow_changes';

CREATE TRIGGER trg_loans_capture
    AFTER INSERT OR DELETE
    ON bank_sync_service.loans
    FOR EACH ROW EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
COMMENT ON TRIGGER trg_loans_capture ON bank_sync_service.loans IS
    'Appends the cif of each new or deleted loan to crmdb.workflow_changes';

CREATE TRIGGER trg_loans_capture_update
    AFTER UPDATE
    ON bank_sync_service.loans
    FOR EACH ROW
    WHEN (OLD.cif IS DISTINCT FROM NEW.cif
          OR OLD.outstanding IS DISTINCT FROM NEW.outstanding
          OR OLD.due_amount IS DISTINCT FROM NEW.due_amount
          OR OLD.dpd IS DISTINCT FROM NEW.dpd)
    EXECUTE FUNCTION crmdb.capture_workflow_change('customer');
COMMENT ON TRIGGER trg_loans_capture_update ON bank_sync_service.loans IS
    'Appends the cif of a loan whose amounts or days past due changed (old and new) to crmdb.workflow_changes';

-- agent_performance: one row per active agent and calendar month of action;
-- an active agent without actions has one row with NULL month and year,
-- which the unique index accepts (NULLS NOT DISTINCT) so that REFRESH
-- ... CONCURRENTLY works.
CREATE MATERIALIZED VIEW workflow_service.agent_performance AS
SELECT
    a.id AS agent_id,
    a.name AS agent_name,
    a.team,
    pg_catalog.count(ar.id) AS total_actions,
    pg_catalog.count(DISTINCT ar.cif) AS total_customers,
    pg_catalog.count(ar.id) FILTER (WHERE ar.action_result = 'PAYMENT_PROMISE') AS payment_promises,
    pg_catalog.count(ar.id) FILTER (WHERE ar.action_result = 'PAYMENT_RECEIVED') AS payments_received,
    EXTRACT(MONTH FROM ar.action_date)::integer AS month,
    EXTRACT(YEAR FROM ar.action_date)::integer AS year
FROM workflow_service.agents a
LEFT JOIN workflow_service.action_records ar ON ar.agent_id = a.id
WHERE a.is_active
GROUP BY a.id, a.name, a.team,
    EXTRACT(MONTH FROM ar.action_date)::integer,
    EXTRACT(YEAR FROM ar.action_date)::integer
WITH DATA;
COMMENT ON MATERIALIZED VIEW workflow_service.agent_performance IS
    'Actions per active agent and calendar month: total, distinct customers, payment promises, payments received; an active agent without actions has one row with NULL month and year';

CREATE UNIQUE INDEX agent_performance_unique_key
    ON workflow_service.agent_performance (agent_id, month, year) NULLS NOT DISTINCT;
COMMENT ON INDEX workflow_service.agent_performance_unique_key IS
    'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';

-- customer_collection_status: one row per customer.  Loans and action
-- records are aggregated per customer in separate subqueries before the
-- join, so that neither multiplies the other's sums and counts.
CREATE MATERIALIZED VIEW workflow_service.customer_collection_status AS
SELECT
    c.cif,
    c.name,
    c.company_name,
    c.segment,
    cc.customer_status,
    cc.collateral_status,
    cc.processing_state_status,
    cc.lending_violation_status,
    cc.recovery_ability_status,
    call_agent.name AS call_agent_name,
    field_agent.name AS field_agent_name,
    COALESCE(l.total_loans, 0) AS total_loans,
    COALESCE(l.total_outstanding, 0.00) AS total_outstanding,
    COALESCE(l.total_due_amount, 0.00) AS total_due_amount,
    COALESCE(l.max_dpd, 0) AS max_dpd,
    COALESCE(ar.total_actions, 0) AS total_actions,
    ar.last_action_date
FROM bank_sync_service.customers c
LEFT JOIN workflow_service.customer_cases cc ON cc.cif = c.cif
LEFT JOIN workflow_service.agents call_agent
    ON call_agent.id = cc.assigned_call_agent_id
LEFT JOIN workflow_service.agents field_agent
    ON field_agent.id = cc.assigned_field_agent_id
LEFT JOIN (
    SELECT
        lo.cif,
        pg_catalog.count(*) AS total_loans,
        pg_catalog.sum(lo.outstanding) AS total_outstanding,
        pg_catalog.sum(lo.due_amount) AS total_due_amount,
        pg_catalog.max(lo.dpd) AS max_dpd
    FROM bank_sync_service.loans lo
    GROUP BY lo.cif
) l ON l.cif = c.cif
LEFT JOIN (
    SELECT
        act.cif,
        pg_catalog.count(*) AS total_actions,
        pg_catalog.max(act.action_date) AS last_action_date
    FROM workflow_service.action_records act
    GROUP BY act.cif
) ar ON ar.cif = c.cif
WITH DATA;
COMMENT ON MATERIALIZED VIEW workflow_service.customer_collection_status IS
    'Collection status per customer: case statuses, assigned call and field agents, loans (count, outstanding, due, maximum DPD) and agent actions (count, latest)';
COMMENT ON COLUMN workflow_service.customer_collection_status.max_dpd IS
    'Highest days past due over the customer''s loans (0 without loans)';

CREATE UNIQUE INDEX customer_collection_status_unique_key
    ON workflow_service.customer_collection_status (cif);
COMMENT ON INDEX workflow_service.customer_collection_status_unique_key IS
    'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';
