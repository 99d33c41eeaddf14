/* crmdb/src/schema/types.sql: the shared enum types */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION crmdb" to load this file. \quit

CREATE TYPE @extschema@.source_system_type AS ENUM ('T24', 'W4', 'OTHER', 'CRM');
COMMENT ON TYPE @extschema@.source_system_type IS
    'System a synchronised row comes from: core banking (T24, W4), another source, or the CRM itself';

CREATE TYPE @extschema@.customer_type AS ENUM ('INDIVIDUAL', 'ORGANIZATION');
COMMENT ON TYPE @extschema@.customer_type IS
    'Whether a customer is a person or an organization';

CREATE TYPE @extschema@.loan_status AS ENUM ('OPEN', 'CLOSED');
COMMENT ON TYPE @extschema@.loan_status IS 'Status of a loan account';

CREATE TYPE @extschema@.payment_status AS ENUM ('PENDING', 'COMPLETED', 'FAILED', 'REVERSED');
COMMENT ON TYPE @extschema@.payment_status IS 'Status of a payment';

CREATE TYPE @extschema@.agent_type AS ENUM ('AGENT', 'SUPERVISOR', 'ADMIN');
COMMENT ON TYPE @extschema@.agent_type IS 'Role of a collection agent';

-- The types are used by the service tables of every role that crmdb.install()
-- or crmdb.grant_service_access() sets up.
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
