--
-- Spec amendment 1 (crmdb 1.1): the columns the upstream workflow service
-- reads and writes, used the way its TypeORM repositories use them.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();

INSERT INTO auth_service.users (id, username, email, password_hash, first_name, last_name, role)
VALUES ('00000000-0000-4000-8000-000000000001', 'linh.nguyen', 'linh.nguyen@example.com',
        '$2b$12$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUV', 'Linh', 'Nguyen', 'CALL_AGENT');
INSERT INTO bank_sync_service.customers (cif, type, name, segment, status, source_system, created_by, updated_by)
VALUES ('CIF0000000001', 'INDIVIDUAL', 'Nguyễn Văn An', 'RETAIL', 'ACTIVE', 'T24', 't24_sync', 't24_sync');

-- AgentRepository.create: an agent with its login and audit columns.
INSERT INTO workflow_service.agents AS "Agent"
    (employee_id, name, email, type, team, user_id, created_by, updated_by)
VALUES ('EMP000001', 'Nguyễn Thị Linh', 'linh.nguyen@collections.example.com', 'AGENT',
        'CALL_HN_01', '00000000-0000-4000-8000-000000000001', 'admin', 'admin')
RETURNING "Agent"."employee_id", "Agent"."user_id", "Agent"."created_by", "Agent"."updated_by";

-- AgentRepository.findByUserId
SELECT "Agent"."employee_id", "Agent"."created_by"
  FROM workflow_service.agents "Agent"
 WHERE "Agent"."user_id" = '00000000-0000-4000-8000-000000000001';

-- CustomerAgentRepository: an assignment with its audit columns, then closed.
INSERT INTO workflow_service.customer_agents AS "CustomerAgent"
    (cif, assigned_call_agent_id, start_date, created_by, updated_by)
SELECT 'CIF0000000001', id, DATE '2026-11-02', 'supervisor01', 'supervisor01'
  FROM workflow_service.agents WHERE employee_id = 'EMP000001'
RETURNING "CustomerAgent"."cif", "CustomerAgent"."created_by", "CustomerAgent"."updated_by";
UPDATE workflow_service.customer_agents
   SET end_date = DATE '2026-11-20', is_current = false, updated_by = 'supervisor02'
 WHERE cif = 'CIF0000000001';
SELECT cif, is_current, created_by, updated_by FROM workflow_service.customer_agents;

-- CustomerCaseRepository ("case" is the alias the service uses).
INSERT INTO workflow_service.customer_cases AS "case"
    (cif, customer_status, collateral_status, processing_state_status,
     lending_violation_status, recovery_ability_status, created_by, updated_by)
VALUES ('CIF0000000001', 'CONTACTED', 'NO_COLLATERAL', 'EARLY_COLLECTION', 'NONE', 'HIGH',
        'linh.nguyen', 'linh.nguyen')
RETURNING "case"."cif", "case"."created_by";
UPDATE workflow_service.customer_cases "case" SET updated_by = 'supervisor02' WHERE "case"."cif" = 'CIF0000000001';
SELECT "case"."created_by", "case"."updated_by" FROM workflow_service.customer_cases "case";

-- The login must exist; deleting it leaves the agent without a login.
UPDATE workflow_service.agents SET user_id = '00000000-0000-4000-8000-00000000ffff'
 WHERE employee_id = 'EMP000001';
DELETE FROM auth_service.users WHERE username = 'linh.nguyen';
SELECT employee_id, user_id FROM workflow_service.agents;

-- The columns are nullable and appended after updated_at, in this order.
SELECT attrelid::regclass AS table_name, attname, format_type(atttypid, atttypmod), attnotnull,
       attnum > (SELECT attnum FROM pg_attribute u WHERE u.attrelid = a.attrelid AND u.attname = 'updated_at') AS after_updated_at
  FROM pg_attribute a
 WHERE attrelid IN ('workflow_service.agents'::regclass, 'workflow_service.customer_agents'::regclass,
                    'workflow_service.customer_cases'::regclass)
   AND attname IN ('user_id', 'created_by', 'updated_by')
 ORDER BY attrelid::regclass::text, attnum;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
