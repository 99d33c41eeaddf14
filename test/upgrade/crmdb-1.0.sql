--
-- A database made by crmdb 1.0, as released: the update test
-- (t/050_update.pl) restores it, runs ALTER EXTENSION crmdb UPDATE and
-- compares the result with a fresh install of the version being built.
--
-- Made with the 1.0 release (commit c4470ba) by:
--   CREATE EXTENSION crmdb; SELECT crmdb.install();
--   psql -v customers=30 -v seed=7 -v anchor=2026-10-01 -f sample/generate.sql
--   SELECT crmdb.run_maintenance(); SELECT crmdb.refresh_views();
--   pg_dump --no-owner
-- One line changed by hand: CREATE EXTENSION names VERSION '1.0' (pg_dump
-- writes no version, which would install the newest).  Never regenerate
-- it with a later version: it stands for the databases banks have now.
--
--
-- PostgreSQL database dump
--

\restrict rR52zn16KefKfTfbm29qJCB7DSmVtcRJkHdrTIvcnL7NSujFGjn2RBQg7Hyo3te

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: auth_service; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA auth_service;


--
-- Name: SCHEMA auth_service; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA auth_service IS 'Authentication service: users, roles, permissions and login sessions';


--
-- Name: bank_sync_service; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA bank_sync_service;


--
-- Name: SCHEMA bank_sync_service; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA bank_sync_service IS 'Bank synchronisation service: customers, their contacts, loans and collaterals as synchronised from core banking';


--
-- Name: crmdb; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA crmdb;


--
-- Name: payment_service; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA payment_service;


--
-- Name: SCHEMA payment_service; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA payment_service IS 'Payment service: payments received toward loans, and the payment reports';


--
-- Name: workflow_service; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA workflow_service;


--
-- Name: SCHEMA workflow_service; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA workflow_service IS 'Workflow service: collection agents, their actions, customer assignments and case status, and the collection reports';


--
-- Name: crmdb; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION crmdb WITH SCHEMA crmdb VERSION '1.0';


--
-- Name: EXTENSION crmdb; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION crmdb IS 'Debt-collection CRM database: service schemas, partition rollover, view refresh and data validation';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA crmdb;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: permissions; Type: TABLE; Schema: auth_service; Owner: -
--

CREATE TABLE auth_service.permissions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    role_id uuid NOT NULL,
    resource character varying(100) NOT NULL,
    action character varying(50) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE permissions; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON TABLE auth_service.permissions IS 'Defines permissions for each role';


--
-- Name: COLUMN permissions.resource; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON COLUMN auth_service.permissions.resource IS 'What the permission is about (a screen, an API resource)';


--
-- Name: COLUMN permissions.action; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON COLUMN auth_service.permissions.action IS 'What the role may do with the resource';


--
-- Name: roles; Type: TABLE; Schema: auth_service; Owner: -
--

CREATE TABLE auth_service.roles (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(50) NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE roles; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON TABLE auth_service.roles IS 'Defines roles for role-based access control';


--
-- Name: user_sessions; Type: TABLE; Schema: auth_service; Owner: -
--

CREATE TABLE auth_service.user_sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    user_id uuid NOT NULL,
    token character varying(255) NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    ip_address character varying(50),
    user_agent text
);


--
-- Name: TABLE user_sessions; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON TABLE auth_service.user_sessions IS 'Tracks user login sessions';


--
-- Name: users; Type: TABLE; Schema: auth_service; Owner: -
--

CREATE TABLE auth_service.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    username character varying(50) NOT NULL,
    email character varying(100) NOT NULL,
    password_hash character varying(255) NOT NULL,
    first_name character varying(100),
    last_name character varying(100),
    role character varying(50) NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE users; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON TABLE auth_service.users IS 'Stores user authentication and basic profile information';


--
-- Name: COLUMN users.password_hash; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON COLUMN auth_service.users.password_hash IS 'Password hash (never the password itself)';


--
-- Name: COLUMN users.role; Type: COMMENT; Schema: auth_service; Owner: -
--

COMMENT ON COLUMN auth_service.users.role IS 'Name of the user''s role (auth_service.roles.name)';


--
-- Name: addresses; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.addresses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    address_line1 character varying(100) NOT NULL,
    address_line2 character varying(100),
    city character varying(50) NOT NULL,
    state character varying(50) NOT NULL,
    district character varying(50) NOT NULL,
    country character varying(50) NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    verification_date timestamp without time zone,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE addresses; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.addresses IS 'Stores physical addresses associated with customers';


--
-- Name: COLUMN addresses.type; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.addresses.type IS 'Kind of address (home, work, ...): one address per kind and customer';


--
-- Name: collaterals; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.collaterals (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    collateral_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    description text NOT NULL,
    value numeric(18,2) NOT NULL,
    valuation_date date NOT NULL,
    make character varying(50),
    model character varying(50),
    year integer,
    vin character varying(20),
    license_plate character varying(20),
    property_type character varying(20),
    address text,
    size numeric(10,2),
    title_number character varying(20),
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE collaterals; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.collaterals IS 'Stores information about assets used as collateral for loans';


--
-- Name: COLUMN collaterals.collateral_number; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.collaterals.collateral_number IS 'Collateral number: the collateral''s natural key in core banking';


--
-- Name: COLUMN collaterals.make; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.collaterals.make IS 'Vehicle collateral: make (also model, year, vin, license_plate)';


--
-- Name: COLUMN collaterals.property_type; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.collaterals.property_type IS 'Real estate collateral: kind of property (also address, size, title_number)';


--
-- Name: customers; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    type crmdb.customer_type NOT NULL,
    name character varying(100),
    date_of_birth date,
    national_id character varying(20),
    gender character varying(10),
    company_name character varying(100),
    registration_number character varying(20),
    tax_id character varying(20),
    segment character varying(50) NOT NULL,
    status character varying(10) NOT NULL,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE customers; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.customers IS 'Stores information about individual and organizational customers';


--
-- Name: COLUMN customers.cif; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.customers.cif IS 'Customer information file number: the customer''s natural key in core banking';


--
-- Name: COLUMN customers.name; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.customers.name IS 'Name of an individual customer';


--
-- Name: COLUMN customers.company_name; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.customers.company_name IS 'Name of an organization customer';


--
-- Name: COLUMN customers.is_editable; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.customers.is_editable IS 'Whether the CRM may change the row (false for rows owned by core banking)';


--
-- Name: COLUMN customers.last_synced_at; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.customers.last_synced_at IS 'When the row was last synchronised from its source system';


--
-- Name: due_segmentations; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.due_segmentations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    due_date date NOT NULL,
    principal_amount numeric(18,2) NOT NULL,
    interest_amount numeric(18,2) NOT NULL,
    fees_amount numeric(18,2) NOT NULL,
    penalty_amount numeric(18,2) NOT NULL,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE due_segmentations; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.due_segmentations IS 'Stores due segmentation amounts for different due dates for loans';


--
-- Name: emails; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.emails (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    address character varying(100) NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    verification_date timestamp without time zone,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE emails; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.emails IS 'Stores email addresses associated with customers';


--
-- Name: loan_collaterals; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.loan_collaterals (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    collateral_number character varying(20) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    source_system crmdb.source_system_type NOT NULL
);


--
-- Name: TABLE loan_collaterals; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.loan_collaterals IS 'Junction table for the many-to-many relationship between loans and collaterals';


--
-- Name: loans; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.loans (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    product_type character varying(20) NOT NULL,
    original_amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    disbursement_date date NOT NULL,
    maturity_date date NOT NULL,
    interest_rate numeric(8,4) NOT NULL,
    term integer NOT NULL,
    payment_frequency character varying(20) NOT NULL,
    limit_amount numeric(18,2),
    outstanding numeric(18,2) NOT NULL,
    remaining_amount numeric(18,2) NOT NULL,
    due_amount numeric(18,2) NOT NULL,
    min_pay numeric(18,2),
    next_payment_date date NOT NULL,
    dpd integer NOT NULL,
    delinquency_status character varying(20) NOT NULL,
    status crmdb.loan_status NOT NULL,
    close_date date,
    resolution_code character varying(20),
    resolution_notes text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE loans; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.loans IS 'Stores information about loans issued to customers';


--
-- Name: COLUMN loans.account_number; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.loans.account_number IS 'Loan account number: the loan''s natural key in core banking';


--
-- Name: COLUMN loans.term; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.loans.term IS 'Term of the loan in months';


--
-- Name: COLUMN loans.outstanding; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.loans.outstanding IS 'Outstanding balance';


--
-- Name: COLUMN loans.due_amount; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.loans.due_amount IS 'Amount currently due';


--
-- Name: COLUMN loans.min_pay; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.loans.min_pay IS 'Minimum payment (card and revolving products)';


--
-- Name: COLUMN loans.dpd; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.loans.dpd IS 'Days past due';


--
-- Name: phones; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.phones (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    number character varying(20) NOT NULL,
    is_primary boolean DEFAULT false NOT NULL,
    is_verified boolean DEFAULT false NOT NULL,
    verification_date timestamp without time zone,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE phones; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.phones IS 'Stores phone numbers associated with customers';


--
-- Name: COLUMN phones.type; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.phones.type IS 'Kind of phone (mobile, home, work, ...): one number per kind and customer';


--
-- Name: reference_customers; Type: TABLE; Schema: bank_sync_service; Owner: -
--

CREATE TABLE bank_sync_service.reference_customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    ref_cif character varying(20) NOT NULL,
    primary_cif character varying(20) NOT NULL,
    relationship_type character varying(30) NOT NULL,
    type crmdb.customer_type NOT NULL,
    name character varying(100),
    date_of_birth date,
    national_id character varying(20),
    gender character varying(10),
    company_name character varying(100),
    registration_number character varying(20),
    tax_id character varying(20),
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE reference_customers; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON TABLE bank_sync_service.reference_customers IS 'Stores related contacts to customers (such as guarantors, spouses, or other related parties)';


--
-- Name: COLUMN reference_customers.ref_cif; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.reference_customers.ref_cif IS 'Natural key of the related party';


--
-- Name: COLUMN reference_customers.primary_cif; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.reference_customers.primary_cif IS 'The customer this party is related to (customers.cif)';


--
-- Name: COLUMN reference_customers.relationship_type; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON COLUMN bank_sync_service.reference_customers.relationship_type IS 'How the party is related to the customer (guarantor, spouse, ...)';


--
-- Name: payment_references; Type: TABLE; Schema: crmdb; Owner: -
--

CREATE TABLE crmdb.payment_references (
    reference_number character varying(20) NOT NULL,
    payment_id uuid NOT NULL
);


--
-- Name: TABLE payment_references; Type: COMMENT; Schema: crmdb; Owner: -
--

COMMENT ON TABLE crmdb.payment_references IS 'Registry of payment_service.payments.reference_number: makes a reference unique across all partitions; maintained by trigger, do not change by hand';


--
-- Name: COLUMN payment_references.payment_id; Type: COMMENT; Schema: crmdb; Owner: -
--

COMMENT ON COLUMN crmdb.payment_references.payment_id IS 'id of the payment that holds the reference';


--
-- Name: payments; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
)
PARTITION BY RANGE (payment_date);


--
-- Name: TABLE payments; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON TABLE payment_service.payments IS 'Stores payments made toward loans';


--
-- Name: COLUMN payments.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payment_method_analysis; Type: MATERIALIZED VIEW; Schema: payment_service; Owner: -
--

CREATE MATERIALIZED VIEW payment_service.payment_method_analysis AS
 SELECT p.payment_method,
    count(*) AS total_payments,
    sum(p.amount) AS total_amount,
    round(avg(p.amount), 2) AS average_amount,
    count(*) FILTER (WHERE (p.status = 'COMPLETED'::crmdb.payment_status)) AS successful_payments,
    count(*) FILTER (WHERE (p.status = 'FAILED'::crmdb.payment_status)) AS failed_payments,
    (EXTRACT(month FROM p.payment_date))::integer AS month,
    (EXTRACT(year FROM p.payment_date))::integer AS year
   FROM payment_service.payments p
  GROUP BY p.payment_method, ((EXTRACT(month FROM p.payment_date))::integer), ((EXTRACT(year FROM p.payment_date))::integer)
  WITH NO DATA;


--
-- Name: MATERIALIZED VIEW payment_method_analysis; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON MATERIALIZED VIEW payment_service.payment_method_analysis IS 'Payments per payment method and calendar month: count, sum and average amount (all statuses), counts of COMPLETED and FAILED';


--
-- Name: COLUMN payment_method_analysis.average_amount; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payment_method_analysis.average_amount IS 'Average amount, rounded to 2 decimals';


--
-- Name: payment_summary; Type: MATERIALIZED VIEW; Schema: payment_service; Owner: -
--

CREATE MATERIALIZED VIEW payment_service.payment_summary AS
 SELECT p.loan_account_number,
    p.cif,
    COALESCE(sum(p.amount) FILTER (WHERE (p.status = 'COMPLETED'::crmdb.payment_status)), 0.00) AS total_paid_amount,
    count(*) FILTER (WHERE (p.status = 'COMPLETED'::crmdb.payment_status)) AS total_successful_payments,
    count(*) FILTER (WHERE (p.status = 'FAILED'::crmdb.payment_status)) AS total_failed_payments,
    max(p.payment_date) FILTER (WHERE (p.status = 'COMPLETED'::crmdb.payment_status)) AS last_payment_date,
    (EXTRACT(month FROM p.payment_date))::integer AS month,
    (EXTRACT(year FROM p.payment_date))::integer AS year
   FROM payment_service.payments p
  GROUP BY p.loan_account_number, p.cif, ((EXTRACT(month FROM p.payment_date))::integer), ((EXTRACT(year FROM p.payment_date))::integer)
  WITH NO DATA;


--
-- Name: MATERIALIZED VIEW payment_summary; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON MATERIALIZED VIEW payment_service.payment_summary IS 'Payments per loan account, customer and calendar month: amount and count of COMPLETED payments, count of FAILED payments, latest COMPLETED payment';


--
-- Name: COLUMN payment_summary.total_paid_amount; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payment_summary.total_paid_amount IS 'Sum of the COMPLETED amounts (0 when none was completed)';


--
-- Name: COLUMN payment_summary.last_payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payment_summary.last_payment_date IS 'Latest COMPLETED payment of the month (NULL when none was completed)';


--
-- Name: payments_2024_q4; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2024_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2024_q4.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2024_q4.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2024_q4.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2024_q4.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2024_q4.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2024_q4.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2025_q1; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2025_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2025_q1.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q1.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2025_q1.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q1.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2025_q1.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q1.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2025_q2; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2025_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2025_q2.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q2.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2025_q2.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q2.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2025_q2.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q2.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2025_q3; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2025_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2025_q3.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q3.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2025_q3.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q3.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2025_q3.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q3.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2025_q4; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2025_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2025_q4.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q4.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2025_q4.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q4.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2025_q4.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2025_q4.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2026_q1; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2026_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2026_q1.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q1.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2026_q1.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q1.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2026_q1.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q1.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2026_q2; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2026_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2026_q2.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q2.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2026_q2.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q2.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2026_q2.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q2.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2026_q3; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2026_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2026_q3.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q3.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2026_q3.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q3.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2026_q3.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q3.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2026_q4; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2026_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2026_q4.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q4.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2026_q4.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q4.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2026_q4.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2026_q4.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2027_q1; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2027_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2027_q1.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q1.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2027_q1.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q1.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2027_q1.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q1.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2027_q2; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2027_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2027_q2.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q2.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2027_q2.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q2.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2027_q2.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q2.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2027_q3; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2027_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2027_q3.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q3.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2027_q3.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q3.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2027_q3.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q3.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_2027_q4; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_2027_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: COLUMN payments_2027_q4.reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q4.reference_number IS 'Payment reference: unique across all partitions (enforced through crmdb.payment_references)';


--
-- Name: COLUMN payments_2027_q4.payment_date; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q4.payment_date IS 'When the payment was made; the partition key';


--
-- Name: COLUMN payments_2027_q4.status_reason; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON COLUMN payment_service.payments_2027_q4.status_reason IS 'Why a payment failed or was reversed';


--
-- Name: payments_default; Type: TABLE; Schema: payment_service; Owner: -
--

CREATE TABLE payment_service.payments_default (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    reference_number character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    cif character varying(20) NOT NULL,
    amount numeric(18,2) NOT NULL,
    currency character varying(3) NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    payment_method character varying(20) NOT NULL,
    status crmdb.payment_status NOT NULL,
    status_reason text,
    source_system crmdb.source_system_type NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    is_editable boolean DEFAULT false NOT NULL,
    last_synced_at timestamp without time zone
);


--
-- Name: TABLE payments_default; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON TABLE payment_service.payments_default IS 'Payments that no dated partition covers';


--
-- Name: action_records; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
)
PARTITION BY RANGE (action_date);


--
-- Name: TABLE action_records; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.action_records IS 'Stores actions taken by collection agents';


--
-- Name: COLUMN action_records.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2024_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2024_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2024_q4.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2024_q4.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2024_q4.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2024_q4.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2024_q4.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2024_q4.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2024_q4.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2024_q4.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2024_q4.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2024_q4.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2025_q1; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2025_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2025_q1.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q1.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2025_q1.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q1.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2025_q1.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q1.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2025_q1.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q1.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2025_q1.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q1.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2025_q2; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2025_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2025_q2.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q2.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2025_q2.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q2.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2025_q2.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q2.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2025_q2.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q2.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2025_q2.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q2.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2025_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2025_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2025_q3.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q3.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2025_q3.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q3.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2025_q3.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q3.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2025_q3.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q3.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2025_q3.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q3.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2025_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2025_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2025_q4.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q4.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2025_q4.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q4.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2025_q4.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q4.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2025_q4.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q4.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2025_q4.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2025_q4.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2026_q1; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2026_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2026_q1.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q1.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2026_q1.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q1.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2026_q1.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q1.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2026_q1.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q1.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2026_q1.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q1.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2026_q2; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2026_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2026_q2.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q2.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2026_q2.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q2.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2026_q2.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q2.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2026_q2.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q2.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2026_q2.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q2.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2026_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2026_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2026_q3.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q3.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2026_q3.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q3.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2026_q3.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q3.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2026_q3.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q3.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2026_q3.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q3.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2026_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2026_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2026_q4.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q4.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2026_q4.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q4.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2026_q4.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q4.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2026_q4.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q4.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2026_q4.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2026_q4.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2027_q1; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2027_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2027_q1.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q1.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2027_q1.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q1.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2027_q1.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q1.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2027_q1.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q1.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2027_q1.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q1.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2027_q2; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2027_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2027_q2.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q2.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2027_q2.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q2.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2027_q2.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q2.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2027_q2.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q2.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2027_q2.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q2.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2027_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2027_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2027_q3.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q3.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2027_q3.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q3.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2027_q3.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q3.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2027_q3.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q3.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2027_q3.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q3.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_2027_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_2027_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: COLUMN action_records_2027_q4.type; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q4.type IS 'Kind of action (CALL, VISIT, ...)';


--
-- Name: COLUMN action_records_2027_q4.action_result; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q4.action_result IS 'Outcome of the action (PAYMENT_PROMISE, PAYMENT_RECEIVED, ...)';


--
-- Name: COLUMN action_records_2027_q4.action_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q4.action_date IS 'When the action took place; the partition key';


--
-- Name: COLUMN action_records_2027_q4.call_trace_id; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q4.call_trace_id IS 'Call actions: identifier of the call in the telephony system';


--
-- Name: COLUMN action_records_2027_q4.visit_latitude; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.action_records_2027_q4.visit_latitude IS 'Field visits: where the visit took place (also visit_longitude, visit_address)';


--
-- Name: action_records_default; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.action_records_default (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    loan_account_number character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    type character varying(20) NOT NULL,
    subtype character varying(30) NOT NULL,
    action_result character varying(30) NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    call_trace_id character varying(20),
    visit_latitude numeric(10,8),
    visit_longitude numeric(11,8),
    visit_address text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: TABLE action_records_default; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.action_records_default IS 'Action records that no dated partition covers';


--
-- Name: agents; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.agents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    employee_id character varying(20) NOT NULL,
    name character varying(100) NOT NULL,
    email character varying(100) NOT NULL,
    phone character varying(20),
    type crmdb.agent_type NOT NULL,
    team character varying(30) NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE agents; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.agents IS 'Stores information about collection agents and their teams';


--
-- Name: agent_performance; Type: MATERIALIZED VIEW; Schema: workflow_service; Owner: -
--

CREATE MATERIALIZED VIEW workflow_service.agent_performance AS
 SELECT a.id AS agent_id,
    a.name AS agent_name,
    a.team,
    count(ar.id) AS total_actions,
    count(DISTINCT ar.cif) AS total_customers,
    count(ar.id) FILTER (WHERE ((ar.action_result)::text = 'PAYMENT_PROMISE'::text)) AS payment_promises,
    count(ar.id) FILTER (WHERE ((ar.action_result)::text = 'PAYMENT_RECEIVED'::text)) AS payments_received,
    (EXTRACT(month FROM ar.action_date))::integer AS month,
    (EXTRACT(year FROM ar.action_date))::integer AS year
   FROM (workflow_service.agents a
     LEFT JOIN workflow_service.action_records ar ON ((ar.agent_id = a.id)))
  WHERE a.is_active
  GROUP BY a.id, a.name, a.team, ((EXTRACT(month FROM ar.action_date))::integer), ((EXTRACT(year FROM ar.action_date))::integer)
  WITH NO DATA;


--
-- Name: MATERIALIZED VIEW agent_performance; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON MATERIALIZED VIEW workflow_service.agent_performance IS 'Actions per active agent and calendar month: total, distinct customers, payment promises, payments received; an active agent without actions has one row with NULL month and year';


--
-- Name: customer_agents; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
)
PARTITION BY RANGE (start_date);


--
-- Name: TABLE customer_agents; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.customer_agents IS 'Stores the assignment of customers to agents with historical tracking (SCD Type 2)';


--
-- Name: COLUMN customer_agents.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2024_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2024_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2024_q3.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2024_q3.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2024_q3.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2024_q3.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2024_q3.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2024_q3.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2024_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2024_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2024_q4.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2024_q4.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2024_q4.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2024_q4.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2024_q4.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2024_q4.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2025_q1; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2025_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2025_q1.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q1.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2025_q1.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q1.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2025_q1.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q1.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2025_q2; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2025_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2025_q2.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q2.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2025_q2.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q2.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2025_q2.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q2.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2025_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2025_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2025_q3.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q3.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2025_q3.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q3.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2025_q3.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q3.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2025_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2025_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2025_q4.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q4.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2025_q4.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q4.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2025_q4.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2025_q4.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2026_q1; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2026_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2026_q1.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q1.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2026_q1.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q1.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2026_q1.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q1.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2026_q2; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2026_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2026_q2.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q2.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2026_q2.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q2.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2026_q2.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q2.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2026_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2026_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2026_q3.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q3.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2026_q3.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q3.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2026_q3.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q3.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2026_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2026_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2026_q4.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q4.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2026_q4.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q4.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2026_q4.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2026_q4.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2027_q1; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2027_q1 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2027_q1.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q1.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2027_q1.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q1.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2027_q1.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q1.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2027_q2; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2027_q2 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2027_q2.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q2.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2027_q2.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q2.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2027_q2.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q2.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2027_q3; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2027_q3 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2027_q3.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q3.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2027_q3.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q3.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2027_q3.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q3.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_2027_q4; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_2027_q4 (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: COLUMN customer_agents_2027_q4.start_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q4.start_date IS 'First day of the assignment; the partition key';


--
-- Name: COLUMN customer_agents_2027_q4.end_date; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q4.end_date IS 'Last day of the assignment, NULL while it is current';


--
-- Name: COLUMN customer_agents_2027_q4.is_current; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_agents_2027_q4.is_current IS 'Whether this is the customer''s current assignment';


--
-- Name: customer_agents_default; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_agents_default (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    start_date date NOT NULL,
    end_date date,
    is_current boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE customer_agents_default; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.customer_agents_default IS 'Customer assignments that no dated partition covers';


--
-- Name: customer_case_actions; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_case_actions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    agent_id uuid NOT NULL,
    action_date timestamp without time zone NOT NULL,
    notes text,
    customer_status character varying(30),
    collateral_status character varying(30),
    processing_state_status character varying(30),
    lending_violation_status character varying(30),
    recovery_ability_status character varying(30),
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    created_by character varying(50) NOT NULL,
    updated_by character varying(50) NOT NULL
);


--
-- Name: TABLE customer_case_actions; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.customer_case_actions IS 'Stores actions and status inputs from agents at the customer level';


--
-- Name: COLUMN customer_case_actions.customer_status; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_case_actions.customer_status IS 'New customer status set by the action, NULL if unchanged (likewise the other four statuses)';


--
-- Name: customer_cases; Type: TABLE; Schema: workflow_service; Owner: -
--

CREATE TABLE workflow_service.customer_cases (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    cif character varying(20) NOT NULL,
    assigned_call_agent_id uuid,
    assigned_field_agent_id uuid,
    f_update timestamp without time zone,
    customer_status character varying(30) NOT NULL,
    collateral_status character varying(30) NOT NULL,
    processing_state_status character varying(30) NOT NULL,
    lending_violation_status character varying(30) NOT NULL,
    recovery_ability_status character varying(30) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE customer_cases; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON TABLE workflow_service.customer_cases IS 'Stores the current status of customers for strategy allocation';


--
-- Name: COLUMN customer_cases.f_update; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_cases.f_update IS 'When an agent last updated the case status';


--
-- Name: customer_collection_status; Type: MATERIALIZED VIEW; Schema: workflow_service; Owner: -
--

CREATE MATERIALIZED VIEW workflow_service.customer_collection_status AS
 SELECT c.cif,
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
    COALESCE(l.total_loans, (0)::bigint) AS total_loans,
    COALESCE(l.total_outstanding, 0.00) AS total_outstanding,
    COALESCE(l.total_due_amount, 0.00) AS total_due_amount,
    COALESCE(l.max_dpd, 0) AS max_dpd,
    COALESCE(ar.total_actions, (0)::bigint) AS total_actions,
    ar.last_action_date
   FROM (((((bank_sync_service.customers c
     LEFT JOIN workflow_service.customer_cases cc ON (((cc.cif)::text = (c.cif)::text)))
     LEFT JOIN workflow_service.agents call_agent ON ((call_agent.id = cc.assigned_call_agent_id)))
     LEFT JOIN workflow_service.agents field_agent ON ((field_agent.id = cc.assigned_field_agent_id)))
     LEFT JOIN ( SELECT lo.cif,
            count(*) AS total_loans,
            sum(lo.outstanding) AS total_outstanding,
            sum(lo.due_amount) AS total_due_amount,
            max(lo.dpd) AS max_dpd
           FROM bank_sync_service.loans lo
          GROUP BY lo.cif) l ON (((l.cif)::text = (c.cif)::text)))
     LEFT JOIN ( SELECT act.cif,
            count(*) AS total_actions,
            max(act.action_date) AS last_action_date
           FROM workflow_service.action_records act
          GROUP BY act.cif) ar ON (((ar.cif)::text = (c.cif)::text)))
  WITH NO DATA;


--
-- Name: MATERIALIZED VIEW customer_collection_status; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON MATERIALIZED VIEW workflow_service.customer_collection_status IS 'Collection status per customer: case statuses, assigned call and field agents, loans (count, outstanding, due, maximum DPD) and agent actions (count, latest)';


--
-- Name: COLUMN customer_collection_status.max_dpd; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON COLUMN workflow_service.customer_collection_status.max_dpd IS 'Highest days past due over the customer''s loans (0 without loans)';


--
-- Name: payments_2024_q4; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2024_q4 FOR VALUES FROM ('2024-10-01 00:00:00') TO ('2025-01-01 00:00:00');


--
-- Name: payments_2025_q1; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2025_q1 FOR VALUES FROM ('2025-01-01 00:00:00') TO ('2025-04-01 00:00:00');


--
-- Name: payments_2025_q2; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2025_q2 FOR VALUES FROM ('2025-04-01 00:00:00') TO ('2025-07-01 00:00:00');


--
-- Name: payments_2025_q3; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2025_q3 FOR VALUES FROM ('2025-07-01 00:00:00') TO ('2025-10-01 00:00:00');


--
-- Name: payments_2025_q4; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2025_q4 FOR VALUES FROM ('2025-10-01 00:00:00') TO ('2026-01-01 00:00:00');


--
-- Name: payments_2026_q1; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2026_q1 FOR VALUES FROM ('2026-01-01 00:00:00') TO ('2026-04-01 00:00:00');


--
-- Name: payments_2026_q2; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2026_q2 FOR VALUES FROM ('2026-04-01 00:00:00') TO ('2026-07-01 00:00:00');


--
-- Name: payments_2026_q3; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2026_q3 FOR VALUES FROM ('2026-07-01 00:00:00') TO ('2026-10-01 00:00:00');


--
-- Name: payments_2026_q4; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2026_q4 FOR VALUES FROM ('2026-10-01 00:00:00') TO ('2027-01-01 00:00:00');


--
-- Name: payments_2027_q1; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2027_q1 FOR VALUES FROM ('2027-01-01 00:00:00') TO ('2027-04-01 00:00:00');


--
-- Name: payments_2027_q2; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2027_q2 FOR VALUES FROM ('2027-04-01 00:00:00') TO ('2027-07-01 00:00:00');


--
-- Name: payments_2027_q3; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2027_q3 FOR VALUES FROM ('2027-07-01 00:00:00') TO ('2027-10-01 00:00:00');


--
-- Name: payments_2027_q4; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_2027_q4 FOR VALUES FROM ('2027-10-01 00:00:00') TO ('2028-01-01 00:00:00');


--
-- Name: payments_default; Type: TABLE ATTACH; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments ATTACH PARTITION payment_service.payments_default DEFAULT;


--
-- Name: action_records_2024_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2024_q4 FOR VALUES FROM ('2024-10-01 00:00:00') TO ('2025-01-01 00:00:00');


--
-- Name: action_records_2025_q1; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2025_q1 FOR VALUES FROM ('2025-01-01 00:00:00') TO ('2025-04-01 00:00:00');


--
-- Name: action_records_2025_q2; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2025_q2 FOR VALUES FROM ('2025-04-01 00:00:00') TO ('2025-07-01 00:00:00');


--
-- Name: action_records_2025_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2025_q3 FOR VALUES FROM ('2025-07-01 00:00:00') TO ('2025-10-01 00:00:00');


--
-- Name: action_records_2025_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2025_q4 FOR VALUES FROM ('2025-10-01 00:00:00') TO ('2026-01-01 00:00:00');


--
-- Name: action_records_2026_q1; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2026_q1 FOR VALUES FROM ('2026-01-01 00:00:00') TO ('2026-04-01 00:00:00');


--
-- Name: action_records_2026_q2; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2026_q2 FOR VALUES FROM ('2026-04-01 00:00:00') TO ('2026-07-01 00:00:00');


--
-- Name: action_records_2026_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2026_q3 FOR VALUES FROM ('2026-07-01 00:00:00') TO ('2026-10-01 00:00:00');


--
-- Name: action_records_2026_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2026_q4 FOR VALUES FROM ('2026-10-01 00:00:00') TO ('2027-01-01 00:00:00');


--
-- Name: action_records_2027_q1; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2027_q1 FOR VALUES FROM ('2027-01-01 00:00:00') TO ('2027-04-01 00:00:00');


--
-- Name: action_records_2027_q2; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2027_q2 FOR VALUES FROM ('2027-04-01 00:00:00') TO ('2027-07-01 00:00:00');


--
-- Name: action_records_2027_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2027_q3 FOR VALUES FROM ('2027-07-01 00:00:00') TO ('2027-10-01 00:00:00');


--
-- Name: action_records_2027_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_2027_q4 FOR VALUES FROM ('2027-10-01 00:00:00') TO ('2028-01-01 00:00:00');


--
-- Name: action_records_default; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records ATTACH PARTITION workflow_service.action_records_default DEFAULT;


--
-- Name: customer_agents_2024_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2024_q3 FOR VALUES FROM ('2024-07-01') TO ('2024-10-01');


--
-- Name: customer_agents_2024_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2024_q4 FOR VALUES FROM ('2024-10-01') TO ('2025-01-01');


--
-- Name: customer_agents_2025_q1; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2025_q1 FOR VALUES FROM ('2025-01-01') TO ('2025-04-01');


--
-- Name: customer_agents_2025_q2; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2025_q2 FOR VALUES FROM ('2025-04-01') TO ('2025-07-01');


--
-- Name: customer_agents_2025_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2025_q3 FOR VALUES FROM ('2025-07-01') TO ('2025-10-01');


--
-- Name: customer_agents_2025_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2025_q4 FOR VALUES FROM ('2025-10-01') TO ('2026-01-01');


--
-- Name: customer_agents_2026_q1; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2026_q1 FOR VALUES FROM ('2026-01-01') TO ('2026-04-01');


--
-- Name: customer_agents_2026_q2; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2026_q2 FOR VALUES FROM ('2026-04-01') TO ('2026-07-01');


--
-- Name: customer_agents_2026_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2026_q3 FOR VALUES FROM ('2026-07-01') TO ('2026-10-01');


--
-- Name: customer_agents_2026_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2026_q4 FOR VALUES FROM ('2026-10-01') TO ('2027-01-01');


--
-- Name: customer_agents_2027_q1; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2027_q1 FOR VALUES FROM ('2027-01-01') TO ('2027-04-01');


--
-- Name: customer_agents_2027_q2; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2027_q2 FOR VALUES FROM ('2027-04-01') TO ('2027-07-01');


--
-- Name: customer_agents_2027_q3; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2027_q3 FOR VALUES FROM ('2027-07-01') TO ('2027-10-01');


--
-- Name: customer_agents_2027_q4; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_2027_q4 FOR VALUES FROM ('2027-10-01') TO ('2028-01-01');


--
-- Name: customer_agents_default; Type: TABLE ATTACH; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents ATTACH PARTITION workflow_service.customer_agents_default DEFAULT;


--
-- Data for Name: permissions; Type: TABLE DATA; Schema: auth_service; Owner: -
--

COPY auth_service.permissions (id, role_id, resource, action, created_at, updated_at) FROM stdin;
895e3528-f4c3-4635-8775-7e1557d64344	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
56f9174d-8b17-4373-84f9-77c9194e7b66	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	customers	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
13117325-c099-4f56-ac53-945ef441cfa2	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	customers	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
fd9f0892-2e00-431b-b0a7-225d8a64c66e	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	customers	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
2cdf1565-7c3f-4c71-a429-ea0a7d9c04e8	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
739adb69-918e-47c6-b6ac-533e9fd0a5d8	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	loans	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f3a4789f-6325-44fa-a7c6-cbf0b650b7ce	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	loans	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
7e36102a-1ed6-4288-801e-c9d088ad6555	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	loans	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
c3ca7d6e-9db6-45f1-9f2d-95fd1c5c49a3	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
87cf0227-e5d2-46e0-85c9-5adc6b28dc74	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	payments	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
c3ee3d4c-e490-4469-8c47-b470e73fdf52	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	payments	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
2cd5b5ba-5b5d-4d80-81a5-d4f20092f965	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	payments	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
679e22ab-9304-4b68-8e4d-084c95baffca	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	actions	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
8c663f95-a364-4414-9584-8a4e8256f2d3	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	actions	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
948142bf-a8a5-4e12-9fbe-6024de5332f3	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	actions	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
9e93c13c-8155-41eb-9125-0070740624bc	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	actions	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
007c8f68-f38b-49bf-8f6b-1e323652f163	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	cases	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
68556417-c766-4278-ae39-ee5bb4b5db65	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	cases	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
6d0ae8ec-a75d-4834-bb8b-57717adf4cc6	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	cases	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
e210d492-3212-4fd2-a367-44c18a3c9c1c	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	cases	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
201b58de-97c3-44a1-bfdc-c5bf9796a846	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	agents	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
c4e4e941-32b3-43a4-8da9-31ed202a1fb3	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	agents	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
5dc62d96-0ea9-415a-8afa-6ea3b0dde960	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	agents	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
71f26040-6e42-4e76-8f36-aa5c626fb944	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	agents	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
b652c702-def1-4f5f-b7e9-8619dc76cf32	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	reports	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
922b2ef0-3020-460b-9e2a-5cbd4763614f	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	reports	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
3639d417-b551-4a25-965e-7a3f657b92db	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	reports	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
3637e381-563e-452f-9bca-673ed2223a8a	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	reports	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
66ea6000-e6b5-48c5-a8b4-acbf2dd3db61	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	users	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
e6c17464-f575-483a-81d5-0c326af80419	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	users	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
16cca189-695c-47c5-a9d5-a5ef2d5b56df	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	users	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
0ac8671c-c581-4321-bb77-12cfa606fc0d	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	users	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
3ed8cdbc-00e4-43c9-ba5e-15562e28d1dc	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	audit	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
d2a119e2-896c-4114-9f5d-1066e38d665a	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	audit	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
6f884577-11dc-491e-b827-e9a6704a46fd	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	audit	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
eeb88b00-0303-490e-bb8a-44f4483490cd	0f7e7c08-5d35-44f8-9242-56dd47ba3bca	audit	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
317c125d-b0e4-46b4-8e8c-e44994502bdd	33136175-e5f5-4ca7-afd4-3c931b554a31	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f4aa95df-e9d1-44cc-8cca-2326f752ab8a	33136175-e5f5-4ca7-afd4-3c931b554a31	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
9a669bd4-cc6f-407a-acea-1701e2856578	33136175-e5f5-4ca7-afd4-3c931b554a31	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
953f6e50-d2ef-4aed-96fd-0e661f6dbb38	33136175-e5f5-4ca7-afd4-3c931b554a31	actions	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
866129d2-a532-45d2-b190-ce871cff24b3	33136175-e5f5-4ca7-afd4-3c931b554a31	actions	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
5dcee708-31d3-4352-a0cc-e89e804d14f1	33136175-e5f5-4ca7-afd4-3c931b554a31	actions	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
397f32c2-d72a-407d-856d-dc956d809fab	33136175-e5f5-4ca7-afd4-3c931b554a31	actions	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
bc3c07ec-1bcd-45e3-99c2-f01db96c8536	33136175-e5f5-4ca7-afd4-3c931b554a31	cases	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
398086e9-ed1a-4747-81e5-60b2203c3853	33136175-e5f5-4ca7-afd4-3c931b554a31	cases	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
c87cbe95-17bd-4d1b-867f-7fdb20acf56a	33136175-e5f5-4ca7-afd4-3c931b554a31	cases	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
e19fa65f-1fa6-4991-ae45-71a901f55d43	33136175-e5f5-4ca7-afd4-3c931b554a31	cases	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
bdfa1969-a584-4f47-aa5f-94d293eca598	33136175-e5f5-4ca7-afd4-3c931b554a31	agents	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
b734cc99-c12b-42f2-9326-3312b0651de3	33136175-e5f5-4ca7-afd4-3c931b554a31	agents	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
44389d9c-43e1-4436-aaba-385c754a6331	33136175-e5f5-4ca7-afd4-3c931b554a31	agents	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
b25db418-1594-4fbf-be43-e7f04d6be6f9	33136175-e5f5-4ca7-afd4-3c931b554a31	agents	delete	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
66d2b1bf-1702-4102-9aa2-d5a08fbebeac	33136175-e5f5-4ca7-afd4-3c931b554a31	reports	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
a2d28480-8bc2-4603-8553-b5a73610b7e6	33136175-e5f5-4ca7-afd4-3c931b554a31	users	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
e950d61b-fab8-4ae4-8346-13b6466565ac	53a958d5-683c-4253-8149-1bff7b17f5e5	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
c9c074a1-1e68-4e8f-9ad9-eb4d94db835c	53a958d5-683c-4253-8149-1bff7b17f5e5	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
a059d713-9816-44b5-b032-d10e5bd90ff7	53a958d5-683c-4253-8149-1bff7b17f5e5	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
bc6f9d79-20b2-4b0c-98b8-152705bcecca	53a958d5-683c-4253-8149-1bff7b17f5e5	actions	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
75453823-16f1-4398-9638-e11904523b92	53a958d5-683c-4253-8149-1bff7b17f5e5	actions	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
5fe9d758-d07e-45e8-aa9e-3d08605011f9	53a958d5-683c-4253-8149-1bff7b17f5e5	actions	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
50bdfdd0-a86b-4a08-a541-bd7d960dcbb3	53a958d5-683c-4253-8149-1bff7b17f5e5	cases	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
377770aa-bc28-46e2-aff1-8c7c65e42db7	53a958d5-683c-4253-8149-1bff7b17f5e5	cases	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
3221af9e-acea-47c3-850b-a7e35cdd2129	53a958d5-683c-4253-8149-1bff7b17f5e5	cases	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
124bec9c-0ede-48aa-91a3-a4696b1cf0a2	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
5621912f-6547-4593-a829-45f9f67f4284	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
a5627971-f036-4b00-8770-13d23433bbbc	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
1959d233-84e2-4a10-9ba6-ee697ed72d61	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	actions	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
9f1ac14a-fd04-4fe3-ad29-813a58c47dcf	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	actions	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
a69dc482-354f-4255-bf92-a454a2d7781f	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	actions	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
5c8466f2-f9c6-44be-860a-50eac17d0aa1	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	cases	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
ae766bd0-a407-4bb8-b259-5da04b522082	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	cases	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
3fcdc066-c67d-44e6-949e-6a391d70282b	7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	cases	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f77bd957-2914-479d-a571-c2cb628401ca	d049bef9-883e-4ebb-8074-b21aa4661e69	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f1b87a80-00e3-4244-ba13-ba98704bfa22	d049bef9-883e-4ebb-8074-b21aa4661e69	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
5861c8be-63bb-44d5-bd5e-4d89e8879a73	d049bef9-883e-4ebb-8074-b21aa4661e69	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
9f5338ce-dffe-4a18-9abf-4b0c427f188d	d049bef9-883e-4ebb-8074-b21aa4661e69	reports	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
7f813ab3-7a17-433c-8223-796bea40466f	74dec488-9c23-4d45-95a6-b7d8841e0623	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
460826fe-1fcb-4610-af43-8eb762b84093	74dec488-9c23-4d45-95a6-b7d8841e0623	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
393ce25e-08e7-4bb3-9a21-dbfc2cecb58a	74dec488-9c23-4d45-95a6-b7d8841e0623	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f4805c67-18b2-4835-b1aa-172e61ba1733	74dec488-9c23-4d45-95a6-b7d8841e0623	actions	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
deda5a31-631c-4286-971f-de81471be630	74dec488-9c23-4d45-95a6-b7d8841e0623	cases	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
366d390e-f832-4ca1-9df3-e52976be23d6	74dec488-9c23-4d45-95a6-b7d8841e0623	agents	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
deaa354f-98ce-4d63-b11a-5ac524e77446	74dec488-9c23-4d45-95a6-b7d8841e0623	reports	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
913208a7-357f-426d-8292-a403483ce7ef	74dec488-9c23-4d45-95a6-b7d8841e0623	users	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
7c25034b-f2bc-4883-bd0e-d4fd7d692592	74dec488-9c23-4d45-95a6-b7d8841e0623	audit	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
82eadb24-57ce-4acd-8f75-33acd0170973	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	customers	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
c69df909-193b-4e7f-8011-758c3fd8ff6e	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	customers	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f46c9dc2-56da-441a-b086-43779d4b5490	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	customers	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
eccd7b29-e68a-4dc7-b6fd-8a1aecb8c789	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	loans	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
ef28cf74-97c6-4f35-a7ae-4f10dd417a1f	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	loans	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
6e5b05c2-0369-4f91-b4ce-8de2f43d47b4	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	loans	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
a977b7e5-7618-4dcc-a9fa-1029547d471d	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	payments	read	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
f16bb214-3400-4fad-87a3-53c94e19975d	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	payments	create	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
4d80f7c4-28b1-4594-8c08-1f2e95a3b691	29b04e83-fc5b-45a3-b71b-f7452e58ce4f	payments	update	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
\.


--
-- Data for Name: roles; Type: TABLE DATA; Schema: auth_service; Owner: -
--

COPY auth_service.roles (id, name, description, created_at, updated_at) FROM stdin;
0f7e7c08-5d35-44f8-9242-56dd47ba3bca	ADMIN	Administers users, agents and configuration	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
33136175-e5f5-4ca7-afd4-3c931b554a31	SUPERVISOR	Leads a collection team: assigns customers, reviews actions	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
53a958d5-683c-4253-8149-1bff7b17f5e5	CALL_AGENT	Collects by phone, SMS and letters	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
7bfa314a-cd46-49f4-a6ff-e2aeb4c5fdcc	FIELD_AGENT	Collects by visiting customers	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
d049bef9-883e-4ebb-8074-b21aa4661e69	VIEWER	Reads dashboards and reports	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
74dec488-9c23-4d45-95a6-b7d8841e0623	AUDITOR	Reads everything, including the audit trail	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
29b04e83-fc5b-45a3-b71b-f7452e58ce4f	INTEGRATION	Technical account of a core banking synchronisation	2022-08-22 17:00:00+00	2022-08-22 17:00:00+00
\.


--
-- Data for Name: user_sessions; Type: TABLE DATA; Schema: auth_service; Owner: -
--

COPY auth_service.user_sessions (id, user_id, token, expires_at, created_at, ip_address, user_agent) FROM stdin;
29f5d554-b0af-4f68-966e-09cc8886e5ec	ddc6a640-76c2-4ee8-be8b-17880c1df82b	5c8d4e93304ea718be662d7f9913f93c32ddbf6c24cf645400bf073f01e8a5e9	2026-09-28 15:00:00+00	2026-09-28 07:00:00+00	10.21.0.2	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
705d8b64-e105-4586-a66d-726b81ebb2dc	9a31b8b9-38ba-47bc-957a-d559d3549cc5	0da5356943dcc3d5ddd7472cf7c0b14522e2bc0ddba1dafa03c1901d44be731e	2026-09-28 19:00:00+00	2026-09-28 11:00:00+00	10.22.0.3	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
4738fe37-42e5-4558-a5eb-2ab203cab589	6ede2723-0d4b-4ac8-a0cc-521045fcc682	e4f6cd400f66c7495a752dbf03dbb26e0dc5c680cf126df65df133bbaa382ba8	2026-09-04 17:00:00+00	2026-09-04 09:00:00+00	10.23.0.4	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Safari/537.36
3bd1171b-63a5-4e5f-99ca-56a161340a36	434c4107-17ec-408b-8485-acfff1d28c86	bf1c7c47371dc7d20a3a9e5ab2df894e2881de913d101f0c2396fd1be7ccd726	2026-09-24 19:00:00+00	2026-09-24 11:00:00+00	10.24.0.5	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
8bb4e54b-bb3c-45cd-8d23-20eec09337a7	801cfbfd-e4fe-4334-b7c1-84a0e51276e2	19f5cadafaf0e1bf84ab925e4d7f1a0740d2d0a852dae35b08fd84a3022d8ab4	2026-09-27 18:00:00+00	2026-09-27 10:00:00+00	10.25.0.6	CRM-Mobile/2.4.1 (iOS 17.2)
ee0496db-9f8e-4a48-9dea-c9f50107d117	4c8c0e6f-bda0-4bb0-a7f2-2bad1a7eef37	692cb727ab5373cb6a2fe82c8c97e2d20d8c8b5477fd4a21c50b264e6e1e5e74	2026-09-14 14:00:00+00	2026-09-14 06:00:00+00	10.26.0.7	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Safari/537.36
98426421-d3b5-4244-83b5-d7c976e297f9	8b950d35-3b9e-49cd-89f3-bae50eb28a6d	acd2221cb94c9fc8df0304dd93845148aebe2f8c036a026cf5e5c001ddef09f8	2026-09-26 15:00:00+00	2026-09-26 07:00:00+00	10.21.0.10	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
deba6539-71d3-4347-94b5-4080ded61d45	23d9a6c8-1343-4b38-8f5b-583096448f93	71cd5848956f44442bf8a5b7d5fcd6cee732d10093d80b464dbb43044a042a9b	2026-09-26 16:00:00+00	2026-09-26 08:00:00+00	10.22.0.11	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Safari/537.36
b0158914-b8b1-438c-b2f7-b75f81998707	012d15b4-7b75-4dab-aeac-15486036f97f	1232b6d1d51d9b925490f68c739ea5aad9ba964a94ad6530fc67d94b153cfd4d	2026-09-01 18:00:00+00	2026-09-01 10:00:00+00	10.23.0.12	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
aa0db0f0-3e73-4acd-9729-652527777dc3	94d7303d-7af9-461e-85e8-b07a879c360f	243c43ad29ca3b84d9e7711d6d3303d636ad213e177b8fb8e6def93330dd38d2	2026-09-06 19:00:00+00	2026-09-06 11:00:00+00	10.24.0.13	CRM-Mobile/2.4.1 (Android 12)
6c371ced-c39f-45b8-ba7e-ef4b0e22d653	11681b52-d120-480d-92f4-ca05cac471f1	80f5dc30cd254039a2706be007916d64f6cc2d7a75965f532ec46c734bb3e710	2026-09-09 19:00:00+00	2026-09-09 11:00:00+00	10.25.0.14	CRM-Mobile/2.4.1 (iOS 17.2)
cac8add9-5625-4cef-9af8-56ea073ceec9	1e0f3564-ca39-4ce8-b318-9f18ab210d40	593e2a852af3e3d22f7dc11c63ef5e4f14793198e0199dc0c236a53512f1ac74	2026-09-26 08:00:00+00	2026-09-26 00:00:00+00	10.26.0.15	CRM-Mobile/2.4.1 (Android 12)
a666043c-0e9c-4e49-aaa8-cee732397e67	228213db-89b3-4290-bea5-4b8ea2aa4dfb	46bc6eb1ae75692f1a4b70ba95c2ca87fa7d37d49c7698b559b4e82d78e7f856	2026-09-29 12:00:00+00	2026-09-29 04:00:00+00	10.27.0.16	CRM-Mobile/2.4.1 (Android 12)
0e53de2c-cf05-4233-8dae-7b80f5cbec02	b72a2e7c-76c5-40dd-925e-a7cfce7db267	a5dddc4544099489b533501f6af69c8b19e7ceb1014b1e0ee540db7dc0e7f9e8	2026-09-19 17:00:00+00	2026-09-19 09:00:00+00	10.20.0.17	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
25d57f2c-12d7-47df-bdf3-4927cd5125bc	9a31b8b9-38ba-47bc-957a-d559d3549cc5	9c4d9addbf8fa30683fbefc3cc8b14b53b7ebc033909fec14885fe56387edb11	2026-09-01 09:00:00+00	2026-09-01 01:00:00+00	10.22.0.3	CRM-Mobile/2.4.1 (iOS 17.2)
d1482ad1-2895-4091-b272-2d6744443b20	434c4107-17ec-408b-8485-acfff1d28c86	2c97d36db93e136eafe492455a3ccf34a47c140b2c668165179ab20589eaea3d	2026-09-04 15:00:00+00	2026-09-04 07:00:00+00	10.24.0.5	CRM-Mobile/2.4.1 (Android 12)
09bc2fd3-a7ad-4926-9779-6e6d29527d0d	8b950d35-3b9e-49cd-89f3-bae50eb28a6d	35b857d2f6ced155da0770267eb5bddefe8d8c460b6fcac0d7b065b9f62c48d0	2026-09-13 16:00:00+00	2026-09-13 08:00:00+00	10.21.0.10	CRM-Mobile/2.4.1 (Android 12)
d8271000-8248-4b82-b73c-d704f9a90a2f	23d9a6c8-1343-4b38-8f5b-583096448f93	ebe9ce06824155961b873c2e4a093b3dec8c9f4a745f8222a8496a5fe08681f5	2026-09-28 12:00:00+00	2026-09-28 04:00:00+00	10.22.0.11	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
bdbff861-dd0e-41a7-8cff-97fd9f7a506c	012d15b4-7b75-4dab-aeac-15486036f97f	cc924edbed0ad9b68e6c1abd39ada1020c38aa64b5987146b19026f90596c9c6	2026-09-08 17:00:00+00	2026-09-08 09:00:00+00	10.23.0.12	CRM-Mobile/2.4.1 (iOS 17.2)
439ab9a5-8352-4076-abee-fbd49e1e4ce3	94d7303d-7af9-461e-85e8-b07a879c360f	818af1caabee61539c9a602cd37a94e1dcbe61e1eb944679353b13682d24e16b	2026-09-02 15:00:00+00	2026-09-02 07:00:00+00	10.24.0.13	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Safari/537.36
a592882d-1903-4f93-8e03-0504eb95b9fd	11681b52-d120-480d-92f4-ca05cac471f1	46cd20baa14ca8377f4acdd8263e4323241eac7546636ef83524d1167da3c4b8	2026-09-20 09:00:00+00	2026-09-20 01:00:00+00	10.25.0.14	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Safari/537.36
1433c91a-c4f0-478f-b3be-7582179f1bfb	1e0f3564-ca39-4ce8-b318-9f18ab210d40	aa2d4a984a9ea5cc93813389a1571b167fbc4d8d9c7791bf451b4062fcc2a562	2026-09-24 16:00:00+00	2026-09-24 08:00:00+00	10.26.0.15	CRM-Mobile/2.4.1 (Android 12)
9d3e3690-1b7a-44ad-9786-45bc5c23855a	9a31b8b9-38ba-47bc-957a-d559d3549cc5	033887d19ba59e156249f6c5afa169dac1cbd105837c71ba6e210789c560cedd	2026-09-23 12:00:00+00	2026-09-23 04:00:00+00	10.22.0.3	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
8bb90015-e533-4b86-84d0-1399f1c8cd87	23d9a6c8-1343-4b38-8f5b-583096448f93	fd4c88a46a7e587f742262bb188096cf7f08f34ac7c53e98552be75c52d9b608	2026-09-22 12:00:00+00	2026-09-22 04:00:00+00	10.22.0.11	Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: auth_service; Owner: -
--

COPY auth_service.users (id, username, email, password_hash, first_name, last_name, role, is_active, created_at, updated_at) FROM stdin;
ddc6a640-76c2-4ee8-be8b-17880c1df82b	dungtm1	dung.tran.00001@collections.example.com	$2b$12$3f2487bc4f6023a0658cdee31d29df4e341a418e3628aef3b8be6	Dung	Trần Minh	ADMIN	t	2023-01-15 02:00:00+00	2023-01-15 02:00:00+00
9a31b8b9-38ba-47bc-957a-d559d3549cc5	vutv2	vu.tran.00002@collections.example.com	$2b$12$e6b318074ec3216c3212563d9be9bbe4951f535029d819e6da736	Vũ	Trần Văn	SUPERVISOR	t	2021-03-01 02:00:00+00	2021-03-01 02:00:00+00
6ede2723-0d4b-4ac8-a0cc-521045fcc682	sonnd3	son.nguyen.00003@collections.example.com	$2b$12$a37ec42e891d67d0683cd22d2118cfb85fe4b6fccac17b1e9de0a	Sơn	Nguyễn Đức	FIELD_AGENT	t	2021-04-25 02:00:00+00	2021-04-25 02:00:00+00
434c4107-17ec-408b-8485-acfff1d28c86	quyenpk4	quyen.pham.00004@collections.example.com	$2b$12$244a20225ab53d0e44d542f440d04b92b15dc94a6bc6abd536075	Quyên	Phạm Kim	CALL_AGENT	t	2022-01-20 02:00:00+00	2022-01-20 02:00:00+00
801cfbfd-e4fe-4334-b7c1-84a0e51276e2	anlv5	an.le.00005@collections.example.com	$2b$12$3bce0abcb1f416129fc3c7b7021d04736d5da7f083da07de2dac6	An	Lê Văn	CALL_AGENT	t	2020-12-09 02:00:00+00	2020-12-09 02:00:00+00
4c8c0e6f-bda0-4bb0-a7f2-2bad1a7eef37	huongtm6	huong.tran.00006@collections.example.com	$2b$12$50b215b3b04effe7a7dd704abf3734d0006e42be2a71be13da029	Hương	Trần Minh	FIELD_AGENT	t	2021-05-21 02:00:00+00	2021-05-21 02:00:00+00
da3e402b-0125-499a-933e-0835f79882dd	thanhnt7	thanh.nguyen.00007@collections.example.com	$2b$12$6d666d73515b719d744b7d93b8ba8e661090afb7ac1d2dff93b03	Thanh	Nguyễn Thị	CALL_AGENT	t	2023-11-04 02:00:00+00	2023-11-04 02:00:00+00
72e51ad5-b0b2-4a0b-a6bb-22550547297a	toandd8	toan.duong.00008@collections.example.com	$2b$12$4e649055bc0c3b364035a036802d892db15c2d837038e6903691a	Toàn	Dương Đức	CALL_AGENT	t	2023-10-23 02:00:00+00	2023-10-23 02:00:00+00
8b950d35-3b9e-49cd-89f3-bae50eb28a6d	trinhdb9	trinh.do.00009@collections.example.com	$2b$12$f799e5d1ade06dbb0dcdaa438b5bb5c1e9fefba86c12eb8b7c3f6	Trinh	Đỗ Bảo	FIELD_AGENT	t	2023-11-19 02:00:00+00	2023-11-19 02:00:00+00
23d9a6c8-1343-4b38-8f5b-583096448f93	ngocht10	ngoc.ho.00010@collections.example.com	$2b$12$7aa393fe3eac4d5830985bfd832fd6df55b0286fee2c487d940ee	Ngọc	Hồ Thị	CALL_AGENT	t	2021-08-26 02:00:00+00	2021-08-26 02:00:00+00
012d15b4-7b75-4dab-aeac-15486036f97f	viewer01	viewer01@collections.example.com	$2b$12$e72dbc1c16bc8f810a6a12acbf22252922acae84903b9561ed4d9	Báo cáo	Phòng	VIEWER	t	2022-12-02 03:00:00+00	2022-12-02 03:00:00+00
94d7303d-7af9-461e-85e8-b07a879c360f	viewer02	viewer02@collections.example.com	$2b$12$9472873db3a4fbce190dd15d75504a2f217befe9475a6e1a84ca6	Báo cáo	Phòng	VIEWER	t	2022-12-03 03:00:00+00	2022-12-03 03:00:00+00
11681b52-d120-480d-92f4-ca05cac471f1	viewer03	viewer03@collections.example.com	$2b$12$ba6ecfd4d27ecfb5c55de2782ba072462a1bb8cc51fab1f5b0cdd	Quản trị rủi ro	Phòng	VIEWER	t	2022-12-04 03:00:00+00	2022-12-04 03:00:00+00
1e0f3564-ca39-4ce8-b318-9f18ab210d40	auditor01	auditor01@collections.example.com	$2b$12$861a140f0b9fbb763bbd412d29bd17ec6123bc6a5b6da1eaa7ebf	Kiểm toán	Phòng	AUDITOR	t	2022-12-05 03:00:00+00	2022-12-05 03:00:00+00
228213db-89b3-4290-bea5-4b8ea2aa4dfb	t24_sync	t24_sync@collections.example.com	$2b$12$12ad28034b7e8445dd70ea066e7157c1d3e1c29af40cb074b4540	T24	Đồng bộ	INTEGRATION	t	2022-12-06 03:00:00+00	2022-12-06 03:00:00+00
b72a2e7c-76c5-40dd-925e-a7cfce7db267	w4_sync	w4_sync@collections.example.com	$2b$12$19ea9d1029ea4605ef1f902c35907882a9c8fb525530e107e06b4	W4	Đồng bộ	INTEGRATION	t	2022-12-07 03:00:00+00	2022-12-07 03:00:00+00
\.


--
-- Data for Name: addresses; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.addresses (id, cif, type, address_line1, address_line2, city, state, district, country, is_primary, is_verified, verification_date, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
f5f0af9a-3140-4975-bc4b-0cb415f7ea2e	CIF0000000001	HOME	41 Trường Chinh	Phường 15	TP. Hồ Chí Minh	Hồ Chí Minh	Quận Tân Bình	Việt Nam	t	t	2021-11-18 12:33:20	T24	T24_SYNC	T24_SYNC	2021-07-19 12:33:20	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a9b727ff-86d3-451d-90fc-fbfcff7fcfa4	CIF0000000002	HOME	4 Quang Trung	Phường 7	Đà Nẵng	Đà Nẵng	Quận Sơn Trà	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2022-02-05 08:03:57	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ce07235e-9cfd-43d3-8370-36e1906d9b37	CIF0000000003	HOME	151 Kim Mã	Phường 10	TP. Hồ Chí Minh	Hồ Chí Minh	Quận Bình Thạnh	Việt Nam	t	t	2022-10-29 16:54:52	W4	W4_SYNC	W4_SYNC	2022-04-02 16:54:52	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d0325f87-d3bb-4d6b-97c5-6f016e238f21	CIF0000000004	OFFICE	28 Quang Trung	Phường 5	Hà Nội	Hà Nội	Quận Đống Đa	Việt Nam	t	t	2020-02-23 13:25:15	T24	T24_SYNC	T24_SYNC	2019-10-31 13:25:15	2026-09-30 02:00:00	f	2026-09-30 02:00:00
80b4583c-d48d-421e-a686-72b3e49eacc7	CIF0000000005	HOME	158 Võ Văn Tần	Phường 1	Biên Hòa	Đồng Nai	TP. Long Khánh	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-05-02 08:11:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1e9b4589-1006-4af9-b6eb-9e2e13b4b603	CIF0000000006	HOME	353 Bạch Đằng	Phường 8	Hà Nội	Hà Nội	Quận Thanh Xuân	Việt Nam	t	t	2022-01-01 09:45:06	T24	T24_SYNC	T24_SYNC	2021-05-28 09:45:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f366c0f4-89b2-4a80-9dab-bd9c0ad14c57	CIF0000000007	HOME	108 Xuân Thủy	Phường 4	Đà Nẵng	Đà Nẵng	Quận Thanh Khê	Việt Nam	t	t	2021-06-07 13:39:45	T24	T24_SYNC	T24_SYNC	2021-05-16 13:39:45	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6c855a98-96cc-47c7-a20a-ad509226e430	CIF0000000008	HOME	340 Hai Bà Trưng	Phường 15	TP. Hồ Chí Minh	Hồ Chí Minh	Quận Gò Vấp	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-12-11 15:05:25	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3a0725f4-bf7f-491d-89ee-0f1b344f587e	CIF0000000009	HOME	73 Hai Bà Trưng	Phường 13	TP. Hồ Chí Minh	Hồ Chí Minh	Quận Phú Nhuận	Việt Nam	t	t	2022-08-02 07:21:22	T24	T24_SYNC	T24_SYNC	2022-07-19 07:21:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6c106e64-ef67-4569-a127-a449d4c2bc1e	CIF0000000010	HOME	112 Nguyễn Văn Cừ	Phường 3	Hà Nội	Hà Nội	Quận Long Biên	Việt Nam	t	t	2021-05-08 12:51:26	T24	T24_SYNC	T24_SYNC	2021-05-05 12:51:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
50f44425-efdf-49a1-9113-7b48cb592361	CIF0000000011	HOME	67 Nam Kỳ Khởi Nghĩa	Phường 11	Hà Nội	Hà Nội	Quận Tây Hồ	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-02-21 12:41:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a3c91adc-1b77-4c5f-8563-f157b69056dd	CIF0000000012	HOME	27 Điện Biên Phủ	Phường 1	Hải Phòng	Hải Phòng	Quận Kiến An	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-06-15 16:37:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
904f8310-e10c-4f2f-a429-b67a6feebe32	CIF0000000013	HOME	207 Lê Duẩn	Phường 14	Hà Nội	Hà Nội	Quận Ba Đình	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-04-25 12:19:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
635a3d64-d01e-448e-848f-60932cb29fa4	CIF0000000014	HOME	2 Nam Kỳ Khởi Nghĩa	Phường 4	Hải Phòng	Hải Phòng	Quận Kiến An	Việt Nam	t	f	\N	W4	W4_SYNC	W4_SYNC	2019-11-25 10:55:11	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4ce185d0-40eb-42f7-b92f-01a30f992532	CIF0000000015	HOME	318 Trường Chinh	Phường 13	TP. Hồ Chí Minh	Hồ Chí Minh	Quận 5	Việt Nam	t	t	2022-05-17 10:37:01	T24	T24_SYNC	T24_SYNC	2021-09-11 10:37:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
323f71a9-b8b7-46a7-bfae-80c5a9d524d0	CIF0000000016	HOME	215 Lê Lợi	Phường 3	Hà Nội	Hà Nội	Quận Tây Hồ	Việt Nam	t	t	2021-09-23 14:32:40	T24	T24_SYNC	T24_SYNC	2021-02-04 14:32:40	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1ec3aae4-62f5-4ba0-871a-91c78a0eae28	CIF0000000017	HOME	7 Nguyễn Văn Cừ	Phường 7	Hà Nội	Hà Nội	Quận Tây Hồ	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-06-15 08:02:56	2026-09-30 02:00:00	f	2026-09-30 02:00:00
128e5332-2b3f-4a46-9eaa-67ee63f78616	CIF0000000018	HOME	160 Lê Văn Sỹ	Phường 11	Thủ Dầu Một	Bình Dương	TP. Thuận An	Việt Nam	t	t	2022-12-23 16:03:28	T24	T24_SYNC	T24_SYNC	2022-05-05 16:03:28	2026-09-30 02:00:00	f	2026-09-30 02:00:00
dae1daf5-9961-4193-9627-bcaf5560ba17	CIF0000000019	HOME	352 Pasteur	Phường 7	Đà Nẵng	Đà Nẵng	Quận Ngũ Hành Sơn	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-02-20 15:48:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
78a28d15-3df2-401b-9eac-73d0b6437bde	CIF0000000020	OFFICE	107 Hùng Vương	Phường 14	TP. Hồ Chí Minh	Hồ Chí Minh	Quận Phú Nhuận	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-03-05 09:48:47	2026-09-30 02:00:00	f	2026-09-30 02:00:00
85250567-4d6a-43d8-b145-588e6124f49c	CIF0000000021	HOME	237 Lê Văn Sỹ	Phường 10	Hà Nội	Hà Nội	Quận Hai Bà Trưng	Việt Nam	t	t	2022-01-21 14:34:34	T24	T24_SYNC	T24_SYNC	2021-08-28 14:34:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c7b2afc5-1a9a-49b3-bda3-a35890f65884	CIF0000000022	HOME	20 Võ Văn Tần	Phường 6	Đà Nẵng	Đà Nẵng	Quận Cẩm Lệ	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-02-25 15:40:21	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9b35b83a-7c49-43e6-8063-837268768287	CIF0000000023	OFFICE	187 Nguyễn Huệ	Phường 9	Hải Phòng	Hải Phòng	Quận Lê Chân	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2022-09-11 12:33:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1694b5de-9744-4dc2-a8c1-f25ea96acf31	CIF0000000024	HOME	355 Võ Văn Tần	Phường 16	TP. Hồ Chí Minh	Hồ Chí Minh	Quận Gò Vấp	Việt Nam	t	t	2021-11-09 16:33:37	T24	T24_SYNC	T24_SYNC	2021-05-07 16:33:37	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6317dd57-f375-4114-90b5-187e7821bce0	CIF0000000025	HOME	89 Trường Chinh	Phường 2	Hà Nội	Hà Nội	Quận Long Biên	Việt Nam	t	t	2021-04-08 11:28:16	T24	T24_SYNC	T24_SYNC	2021-01-30 11:28:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d4e5e597-f35d-484f-a7d6-e94476dab756	CIF0000000026	HOME	203 Quang Trung	Phường 11	Huế	Thừa Thiên Huế	Thị xã Hương Thủy	Việt Nam	t	f	\N	W4	W4_SYNC	W4_SYNC	2020-07-21 09:15:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f9af1f2b-7080-477c-97e3-40664f124aa2	CIF0000000027	HOME	146 Hai Bà Trưng	Phường 2	Thủ Dầu Một	Bình Dương	TP. Dĩ An	Việt Nam	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-07-30 07:39:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ad5255df-7706-47f5-8c33-7b35afa8dd41	CIF0000000028	HOME	143 Lê Duẩn	Phường 9	TP. Hồ Chí Minh	Hồ Chí Minh	Quận 1	Việt Nam	t	t	2022-07-05 11:20:49	W4	W4_SYNC	W4_SYNC	2021-11-22 11:20:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
95cd5e26-6d99-4656-ad01-1b45fddd69ac	CIF0000000029	OFFICE	224 Nguyễn Trãi	Phường 5	Hải Phòng	Hải Phòng	Quận Hồng Bàng	Việt Nam	t	t	2020-04-06 15:12:49	T24	T24_SYNC	T24_SYNC	2019-10-03 15:12:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ebdbb3d2-4950-449a-8b66-aa0ea1a35edf	CIF0000000030	OFFICE	21 Pasteur	Phường 9	TP. Hồ Chí Minh	Hồ Chí Minh	Quận 10	Việt Nam	t	t	2022-03-05 14:07:08	T24	T24_SYNC	T24_SYNC	2022-02-01 14:07:08	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: collaterals; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.collaterals (id, collateral_number, cif, type, description, value, valuation_date, make, model, year, vin, license_plate, property_type, address, size, title_number, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
bb04bf57-2264-4c94-8e18-ac3a49d8901e	COL000000000003	CIF0000000001	REAL_ESTATE	Quyền sử dụng đất 378.0 m², 102 Kim Mã, Phường 15, Quận Tân Bình, TP. Hồ Chí Minh	1294000000.00	2026-04-21	\N	\N	\N	\N	\N	LAND	102 Kim Mã, Phường 15, Quận Tân Bình, TP. Hồ Chí Minh	378.00	BĐ307301	T24	T24_SYNC	T24_SYNC	2025-10-01 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e62eafa9-b34c-40fb-85be-a4b3e23e9d44	COL000000000004	CIF0000000002	VEHICLE	Xe ô tô Mitsubishi Xpander 2021, biển số 43K-430.64	667000000.00	2024-08-10	Mitsubishi	Xpander	2021	MMBF4385905000004	43K-430.64	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-08-31 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
128884ff-ae80-407a-b5d8-a5c967ea85eb	COL000000000006	CIF0000000002	VEHICLE	Xe ô tô Hyundai Tucson 2023, biển số 43F-145.86	796000000.00	2024-09-10	Hyundai	Tucson	2023	KMH8EBB30B0000006	43F-145.86	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-09-18 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f8d43025-15d3-43aa-a199-6b0cfb3b22f9	COL000000000008	CIF0000000003	REAL_ESTATE	Quyền sử dụng đất 267.8 m², 104 Nguyễn Văn Cừ, Phường 10, Quận Bình Thạnh, TP. Hồ Chí Minh	1099000000.00	2026-04-18	\N	\N	\N	\N	\N	LAND	104 Nguyễn Văn Cừ, Phường 10, Quận Bình Thạnh, TP. Hồ Chí Minh	267.80	BĐ486106	T24	T24_SYNC	T24_SYNC	2023-04-02 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ee09a656-03fa-4276-9aa7-98c3028aa218	COL000000000013	CIF0000000005	REAL_ESTATE	Nhà ở riêng lẻ 115.2 m², 39 Lê Duẩn, Phường 1, TP. Long Khánh, Biên Hòa	2641000000.00	2026-07-12	\N	\N	\N	\N	\N	HOUSE	39 Lê Duẩn, Phường 1, TP. Long Khánh, Biên Hòa	115.20	CT664911	T24	T24_SYNC	T24_SYNC	2023-07-13 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
32253d62-22c9-43ea-b656-c07ae226cc54	COL000000000018	CIF0000000006	REAL_ESTATE	Nhà phố thương mại 189.9 m², 198 Láng Hạ, Phường 8, Quận Thanh Xuân, Hà Nội	2319000000.00	2025-12-15	\N	\N	\N	\N	\N	SHOPHOUSE	198 Láng Hạ, Phường 8, Quận Thanh Xuân, Hà Nội	189.90	CH843716	T24	T24_SYNC	T24_SYNC	2023-12-30 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
aa820832-d5bf-4e75-a461-3dbbe7912481	COL000000000024	CIF0000000008	VEHICLE	Xe ô tô VinFast VF 8 2024, biển số 51F-582.84	616000000.00	2025-05-27	VinFast	VF 8	2024	RLL03D418E6000024	51F-582.84	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-06-14 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
294c6575-4495-4f04-b420-56d7357fc07b	COL000000000027	CIF0000000009	VEHICLE	Xe ô tô Hyundai Accent 2022, biển số 51A-655.67	592000000.00	2025-01-29	Hyundai	Accent	2022	KMHA75C9F32000027	51A-655.67	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-02-06 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d2468a90-b5e5-4a00-ad39-aa319f3ade8b	COL000000000029	CIF0000000010	VEHICLE	Xe ô tô Kia Seltos 2021, biển số 30E-370.89	1644000000.00	2022-10-11	Kia	Seltos	2021	KNAE9755343000029	30E-370.89	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-10-20 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
87a00f1a-04c7-48f3-8669-cafcba5ffb34	COL000000000031	CIF0000000011	REAL_ESTATE	Quyền sử dụng đất 163.7 m², 97 Điện Biên Phủ, Phường 11, Quận Tây Hồ, Hà Nội	943000000.00	2026-04-27	\N	\N	\N	\N	\N	LAND	97 Điện Biên Phủ, Phường 11, Quận Tây Hồ, Hà Nội	163.70	BĐ508609	T24	T24_SYNC	T24_SYNC	2025-06-25 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0ed9ec02-1cfa-4549-8dc3-0008780cfef4	COL000000000037	CIF0000000013	REAL_ESTATE	Căn hộ chung cư 48.1 m², 18 Trần Hưng Đạo, Phường 14, Quận Ba Đình, Hà Nội	1014000000.00	2026-08-09	\N	\N	\N	\N	\N	APARTMENT	18 Trần Hưng Đạo, Phường 14, Quận Ba Đình, Hà Nội	48.10	CS123175	T24	T24_SYNC	T24_SYNC	2023-02-25 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7b91e0b4-bbc4-43ae-bb34-e892e5e71e7d	COL000000000038	CIF0000000013	REAL_ESTATE	Nhà phố thương mại 116.3 m², 205 Phan Chu Trinh, Phường 14, Quận Ba Đình, Hà Nội	1498000000.00	2025-12-06	\N	\N	\N	\N	\N	SHOPHOUSE	205 Phan Chu Trinh, Phường 14, Quận Ba Đình, Hà Nội	116.30	CH558936	T24	T24_SYNC	T24_SYNC	2025-03-26 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4af928c9-8195-4ca3-8977-cff5da8ae214	COL000000000043	CIF0000000015	REAL_ESTATE	Nhà ở riêng lẻ 71.4 m², 52 Trần Hưng Đạo, Phường 13, Quận 5, TP. Hồ Chí Minh	1170000000.00	2026-06-26	\N	\N	\N	\N	\N	HOUSE	52 Trần Hưng Đạo, Phường 13, Quận 5, TP. Hồ Chí Minh	71.40	CT737741	T24	T24_SYNC	T24_SYNC	2024-04-16 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5a87dd2a-7642-4a4e-8f27-bcd738f8050a	COL000000000044	CIF0000000015	VEHICLE	Xe ô tô VinFast Lux A2.0 2020, biển số 51H-735.04	1476000000.00	2022-09-17	VinFast	Lux A2.0	2020	RLLB3C32A2A000044	51H-735.04	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-10-05 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e15a3716-f698-4be3-ae87-2055c65c0335	COL000000000049	CIF0000000017	REAL_ESTATE	Quyền sử dụng đất 126.8 m², 132 Hai Bà Trưng, Phường 7, Quận Tây Hồ, Hà Nội	1649000000.00	2026-03-13	\N	\N	\N	\N	\N	LAND	132 Hai Bà Trưng, Phường 7, Quận Tây Hồ, Hà Nội	126.80	BĐ352307	T24	T24_SYNC	T24_SYNC	2024-03-29 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2ece3134-a6a2-4a0b-9716-77e1d8a8bf76	COL000000000053	CIF0000000018	REAL_ESTATE	Nhà ở riêng lẻ 93.3 m², 56 Lý Thường Kiệt, Phường 11, TP. Thuận An, Thủ Dầu Một	2719000000.00	2026-06-20	\N	\N	\N	\N	\N	HOUSE	56 Lý Thường Kiệt, Phường 11, TP. Thuận An, Thủ Dầu Một	93.30	CT095351	T24	T24_SYNC	T24_SYNC	2023-05-28 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
69a87e8a-074c-430e-a7f8-b90145772e52	COL000000000055	CIF0000000019	VEHICLE	Xe ô tô Honda CR-V 2021, biển số 43H-668.75	1184000000.00	2023-09-18	Honda	CR-V	2021	RLHF18C9E4C000055	43H-668.75	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-09-25 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5d01111f-61cd-40ba-a164-2748dbaff929	COL000000000057	CIF0000000019	VEHICLE	Xe ô tô Toyota Camry 2023, biển số 43F-383.97	1547000000.00	2024-02-20	Toyota	Camry	2023	MR05619F188000057	43F-383.97	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-02-24 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b7d9ec32-2538-46f4-92b1-296ac1afae23	COL000000000059	CIF0000000020	VEHICLE	Xe ô tô Mitsubishi Outlander 2020, biển số 51G-099.19	1977000000.00	2022-11-14	Mitsubishi	Outlander	2020	MMBC9B073BE000059	51G-099.19	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-12-05 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e7443ee8-1a7c-43ba-83cb-7c8479f64324	COL000000000061	CIF0000000021	VEHICLE	Xe ô tô Toyota Vios 2020, biển số 30A-814.41	1023000000.00	2023-01-28	Toyota	Vios	2020	MR03B69139E000061	30A-814.41	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-02-19 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
35ae4ec4-1352-4b7b-929f-14943150fd75	COL000000000064	CIF0000000022	REAL_ESTATE	Nhà phố thương mại 152.5 m², 182 Cách Mạng Tháng Tám, Phường 6, Quận Cẩm Lệ, Đà Nẵng	1840000000.00	2026-01-06	\N	\N	\N	\N	\N	SHOPHOUSE	182 Cách Mạng Tháng Tám, Phường 6, Quận Cẩm Lệ, Đà Nẵng	152.50	CH888722	T24	T24_SYNC	T24_SYNC	2023-12-23 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8b2aa00a-de44-42a4-83b0-25b05886f186	COL000000000066	CIF0000000022	REAL_ESTATE	Quyền sử dụng đất 258.7 m², 148 Nguyễn Văn Cừ, Phường 6, Quận Cẩm Lệ, Đà Nẵng	2306000000.00	2026-02-19	\N	\N	\N	\N	\N	LAND	148 Nguyễn Văn Cừ, Phường 6, Quận Cẩm Lệ, Đà Nẵng	258.70	BĐ760244	T24	T24_SYNC	T24_SYNC	2024-03-17 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
652319d6-526c-4bb6-ab0e-7c01210aeba3	COL000000000067	CIF0000000023	VEHICLE	Xe ô tô Ford Territory 2023, biển số 15G-960.07	553000000.00	2025-07-23	Ford	Territory	2023	RL0E7EE2CA1000067	15G-960.07	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-08-07 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9c7f7eb7-15f3-4e22-9c28-d11b36352a36	COL000000000069	CIF0000000023	VEHICLE	Xe ô tô VinFast VF 5 2020, biển số 15K-675.29	2205000000.00	2023-11-03	VinFast	VF 5	2020	RLLA2C52DEC000069	15K-675.29	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-11-22 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3412183b-40c9-470b-882f-3920cee231dc	COL000000000072	CIF0000000024	VEHICLE	Xe ô tô VinFast Lux A2.0 2023, biển số 51K-748.12	766000000.00	2025-08-07	VinFast	Lux A2.0	2023	RLL2DC4D0BD000072	51K-748.12	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-08-25 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
94cfacd2-dade-4705-af54-8ec643a38060	COL000000000073	CIF0000000025	REAL_ESTATE	Căn hộ chung cư 87.8 m², 236 Nguyễn Văn Cừ, Phường 2, Quận Long Biên, Hà Nội	3043000000.00	2025-10-26	\N	\N	\N	\N	\N	APARTMENT	236 Nguyễn Văn Cừ, Phường 2, Quận Long Biên, Hà Nội	87.80	CS810571	T24	T24_SYNC	T24_SYNC	2024-01-20 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f4eb7bd8-d868-4a0a-a1e1-f667897fd65f	COL000000000079	CIF0000000027	VEHICLE	Xe ô tô Honda CR-V 2022, biển số 61H-251.39	1135000000.00	2024-11-04	Honda	CR-V	2022	RLH7664DC2A000079	61H-251.39	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-11-08 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0c801564-eb29-4925-a5a4-9c96780a5421	COL000000000082	CIF0000000028	REAL_ESTATE	Căn hộ chung cư 133.4 m², 234 Lê Lợi, Phường 9, Quận 1, TP. Hồ Chí Minh	2416000000.00	2025-10-28	\N	\N	\N	\N	\N	APARTMENT	234 Lê Lợi, Phường 9, Quận 1, TP. Hồ Chí Minh	133.40	CS732420	T24	T24_SYNC	T24_SYNC	2025-08-12 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
aba06a7f-06b7-4bac-8cf6-f34164ed9e7c	COL000000000083	CIF0000000028	REAL_ESTATE	Căn hộ chung cư 105.0 m², 234 Trường Chinh, Phường 9, Quận 1, TP. Hồ Chí Minh	1167000000.00	2025-10-29	\N	\N	\N	\N	\N	APARTMENT	234 Trường Chinh, Phường 9, Quận 1, TP. Hồ Chí Minh	105.00	CS168181	T24	T24_SYNC	T24_SYNC	2025-07-04 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0f7503eb-39a5-427e-969d-f32b8a841119	COL000000000086	CIF0000000029	VEHICLE	Xe ô tô Mazda CX-8 2024, biển số 15G-754.66	1310000000.00	2026-04-09	Mazda	CX-8	2024	JM18CAC0C94000086	15G-754.66	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-04-23 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f59677bf-0033-4363-be33-48eef0bce37c	COL000000000087	CIF0000000029	VEHICLE	Xe ô tô Mitsubishi Outlander 2023, biển số 15G-112.27	560000000.00	2025-11-26	Mitsubishi	Outlander	2023	MMBEBDC7EFB000087	15G-112.27	\N	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-12-17 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
202df8b0-89c1-458b-b31f-2e7d7a14f89c	COL000000000089	CIF0000000030	REAL_ESTATE	Nhà phố thương mại 87.2 m², 207 Lý Thường Kiệt, Phường 9, Quận 10, TP. Hồ Chí Minh	3690000000.00	2025-12-03	\N	\N	\N	\N	\N	SHOPHOUSE	207 Lý Thường Kiệt, Phường 9, Quận 10, TP. Hồ Chí Minh	87.20	CH782747	T24	T24_SYNC	T24_SYNC	2025-05-05 09:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: customers; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.customers (id, cif, type, name, date_of_birth, national_id, gender, company_name, registration_number, tax_id, segment, status, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
c829bdca-a869-4343-b350-4a7e421cb23d	CIF0000000001	INDIVIDUAL	Nguyễn Thành Thành	1995-12-03	079095435771	MALE	\N	\N	\N	PRIORITY	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-07-19 12:33:20	2026-09-30 02:00:00	f	2026-09-30 02:00:00
609e9f21-b826-434b-9a18-8a697a81b015	CIF0000000002	INDIVIDUAL	Phan Văn Long	1970-03-10	048070871532	MALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2022-02-05 08:03:57	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5cff1452-818c-4986-aab9-27a4f950aa38	CIF0000000003	INDIVIDUAL	Trương Thị Anh	1967-03-08	079167307293	FEMALE	\N	\N	\N	MASS	ACTIVE	W4	W4_SYNC	W4_SYNC	2022-04-02 16:54:52	2026-09-30 02:00:00	f	2026-09-30 02:00:00
397435e4-d02a-4af8-96ca-a9a05abddc97	CIF0000000004	ORGANIZATION	\N	\N	\N	\N	Công ty TNHH Công nghệ Việt Á	0617743056	0617743056	SME	ACTIVE	T24	T24_SYNC	T24_SYNC	2019-10-31 13:25:15	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0c9f6ce9-b687-450b-82da-621d8b84985e	CIF0000000005	INDIVIDUAL	Nguyễn Trọng Long	1980-07-23	075080178815	MALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2020-05-02 08:11:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ed54f69c-df6b-4b0d-8dae-b274474109fc	CIF0000000006	INDIVIDUAL	Nguyễn Công Thịnh	1997-12-14	001097614576	MALE	\N	\N	\N	AFFLUENT	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-05-28 09:45:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b973abc3-7abf-4bb4-ba44-0f0490e0bfcc	CIF0000000007	INDIVIDUAL	Hoàng Thị Lan	2002-09-05	048302050337	FEMALE	\N	\N	\N	AFFLUENT	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-05-16 13:39:45	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9628c574-9e8c-4f24-a01e-41d3322438d6	CIF0000000008	INDIVIDUAL	Nguyễn Kim Phương	1978-05-16	079178486098	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-12-11 15:05:25	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6b63c92f-b107-4624-851f-da081e41a2ef	CIF0000000009	INDIVIDUAL	Hoàng Hữu Nam	1983-05-02	079083921859	MALE	\N	\N	\N	AFFLUENT	ACTIVE	T24	T24_SYNC	T24_SYNC	2022-07-19 07:21:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4418ea80-4cc5-4b59-a76e-0c6aa48ab0a8	CIF0000000010	INDIVIDUAL	Mai Văn Bình	2000-09-05	001200357620	MALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-05-05 12:51:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bfc25de7-390d-4eea-b38a-a72fe49e2945	CIF0000000011	INDIVIDUAL	Đào Đức Sơn	1974-11-20	001074793381	MALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2020-02-21 12:41:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1cef819a-e7c3-4bda-9767-9046049a27be	CIF0000000012	INDIVIDUAL	Nguyễn Mỹ Hằng	1992-03-12	031192229142	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2020-06-15 16:37:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
225c3adf-e256-462f-988b-18340f45ae19	CIF0000000013	INDIVIDUAL	Nguyễn Minh Oanh	1988-09-25	001188664903	FEMALE	\N	\N	\N	AFFLUENT	INACTIVE	T24	T24_SYNC	T24_SYNC	2021-04-25 12:19:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
630f3c54-2dc7-4ba7-a9b3-74ad9b01bafb	CIF0000000014	INDIVIDUAL	Võ Bảo Giang	1963-02-15	031163100664	FEMALE	\N	\N	\N	AFFLUENT	ACTIVE	W4	W4_SYNC	W4_SYNC	2019-11-25 10:55:11	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8f302975-e283-4d98-aad3-b5df95d9d523	CIF0000000015	INDIVIDUAL	Vũ Kim Thảo	1962-07-07	079162536425	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-09-11 10:37:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ebe54b70-cdda-447a-ba52-ea01edc67a23	CIF0000000016	INDIVIDUAL	Nguyễn Ngọc Thủy	1978-06-24	001178972186	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-02-04 14:32:40	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bcac4530-36c8-4945-9a54-72dfe9eb0764	CIF0000000017	INDIVIDUAL	Nguyễn Thị Quỳnh	1973-03-01	001173407947	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2020-06-15 08:02:56	2026-09-30 02:00:00	f	2026-09-30 02:00:00
196126a4-1c2f-46f9-811e-b2a3b5c972f3	CIF0000000018	INDIVIDUAL	Lê Phương Phương	1979-04-21	074179843708	FEMALE	\N	\N	\N	AFFLUENT	ACTIVE	T24	T24_SYNC	T24_SYNC	2022-05-05 16:03:28	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9581bbc5-7511-45c2-91bf-4f8afb9aab32	CIF0000000019	INDIVIDUAL	Trần Xuân Hoàng	1978-01-07	048078279469	MALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-02-20 15:48:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
aa36ddba-4c67-4026-bd95-d2e2cd7aa640	CIF0000000020	ORGANIZATION	\N	\N	\N	\N	Công ty TNHH Vận tải Hoàng Long	0088715232	0088715232	CORPORATE	INACTIVE	T24	T24_SYNC	T24_SYNC	2021-03-05 09:48:47	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c6821817-5dd8-4ec1-aa1d-5b029f078e94	CIF0000000021	INDIVIDUAL	Đào Thu Thanh	1989-07-04	001189150991	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-08-28 14:34:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
26f5996e-29c1-4a08-b4e2-db3d27d84efc	CIF0000000022	INDIVIDUAL	Đào Ngọc Minh	1996-02-24	048096586752	MALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2020-02-25 15:40:21	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f35656ae-a559-4c0c-a187-386d00c84d4a	CIF0000000023	ORGANIZATION	\N	\N	\N	\N	Công ty TNHH Du lịch Hải Đăng	0052022515	0052022515	SME	ACTIVE	T24	T24_SYNC	T24_SYNC	2022-09-11 12:33:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0fcb3883-27c1-4f16-87ed-4adde4fccebf	CIF0000000024	INDIVIDUAL	Trần Thị Huệ	1990-05-04	079190458274	FEMALE	\N	\N	\N	AFFLUENT	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-05-07 16:33:37	2026-09-30 02:00:00	f	2026-09-30 02:00:00
241e7095-fa1a-41b7-ac6e-e32e40d9ad1c	CIF0000000025	INDIVIDUAL	Trần Minh Tuyết	1986-06-20	001186894035	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-01-30 11:28:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3c93920a-8b75-4927-8eb1-356f980c164c	CIF0000000026	INDIVIDUAL	Nguyễn Hồng Loan	2002-06-30	046302329796	FEMALE	\N	\N	\N	AFFLUENT	ACTIVE	W4	W4_SYNC	W4_SYNC	2020-07-21 09:15:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
39ad095a-2c7a-4881-9ad8-b09805576b9b	CIF0000000027	INDIVIDUAL	Nguyễn Thị Ngọc	1988-10-04	074188765557	FEMALE	\N	\N	\N	MASS	ACTIVE	T24	T24_SYNC	T24_SYNC	2021-07-30 07:39:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d5aa20b1-b6e0-4fe0-b9cc-75271d2fbf8a	CIF0000000028	INDIVIDUAL	Nguyễn Bảo Ngân	1962-12-18	079162201318	FEMALE	\N	\N	\N	AFFLUENT	ACTIVE	W4	W4_SYNC	W4_SYNC	2021-11-22 11:20:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f6feb425-4f16-4ecc-a651-adb26b8e5bba	CIF0000000029	ORGANIZATION	\N	\N	\N	\N	Công ty TNHH Nông sản Trường An	0978637081	0978637081	SME	ACTIVE	T24	T24_SYNC	T24_SYNC	2019-10-03 15:12:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0b74bdba-d074-455f-9112-adfe92a4447f	CIF0000000030	ORGANIZATION	\N	\N	\N	\N	Công ty TNHH Vận tải An Phú	0633072842	0633072842	SME	ACTIVE	T24	T24_SYNC	T24_SYNC	2022-02-01 14:07:08	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: due_segmentations; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.due_segmentations (id, loan_account_number, due_date, principal_amount, interest_amount, fees_amount, penalty_amount, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
22c0d7e1-d019-4846-9318-50d3c7c7cce1	W4250000000001	2026-09-28	2250000.00	1888000.00	50000.00	6000.00	W4	W4_SYNC	W4_SYNC	2026-09-28 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
54633102-de1b-4add-99d8-cf20cf50c043	LD230000000002	2026-09-02	639000.00	367000.00	50000.00	15000.00	T24	T24_SYNC	T24_SYNC	2026-09-02 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e56ca453-e27d-4f9d-a074-eaf772b6294b	LD250000000003	2026-09-16	2727000.00	4704000.00	50000.00	56000.00	T24	T24_SYNC	T24_SYNC	2026-09-16 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c8c2a75d-25c6-4465-acbc-cb70743682bd	W4240000000007	2026-05-30	1110000.00	1019000.00	50000.00	132000.00	W4	W4_SYNC	W4_SYNC	2026-05-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d837d1d2-bea1-47af-8ae0-c86671f9569d	W4240000000007	2026-06-30	1110000.00	1019000.00	0.00	100000.00	W4	W4_SYNC	W4_SYNC	2026-06-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d2e4150a-7afd-4539-997d-08ad5fc18b4b	W4240000000007	2026-07-30	1110000.00	1019000.00	0.00	68000.00	W4	W4_SYNC	W4_SYNC	2026-07-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b53cccec-0bba-41d4-a410-c17f2b8e29bd	W4240000000007	2026-08-30	1110000.00	1019000.00	0.00	36000.00	W4	W4_SYNC	W4_SYNC	2026-08-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
801d8e4b-9fc0-409c-af32-b662a4cdef71	LD230000000008	2026-05-22	2883000.00	4498000.00	50000.00	487000.00	T24	T24_SYNC	T24_SYNC	2026-05-22 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cf99b8df-c6f7-4d05-a4b6-32fb1b3df67d	LD230000000008	2026-06-22	2883000.00	4498000.00	0.00	376000.00	T24	T24_SYNC	T24_SYNC	2026-06-22 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ca72f9be-e666-4af4-92e2-34aabce4b2c5	LD230000000008	2026-07-22	2883000.00	4498000.00	0.00	266000.00	T24	T24_SYNC	T24_SYNC	2026-07-22 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2c8f5456-eba7-46b6-95a5-2c3ac122113c	LD230000000008	2026-08-22	2883000.00	4498000.00	0.00	155000.00	T24	T24_SYNC	T24_SYNC	2026-08-22 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
019907e4-aeee-4682-ac14-89c299db010a	LD230000000008	2026-09-22	2883000.00	4498000.00	0.00	44000.00	T24	T24_SYNC	T24_SYNC	2026-09-22 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0c94151d-8adc-4e87-b7f5-621dc1a23c56	LD230000000010	2024-12-29	3571000.00	2388000.00	50000.00	1910000.00	T24	T24_SYNC	T24_SYNC	2024-12-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
64096bb2-1b13-44c5-b888-d63e8c0402b4	LD230000000010	2025-01-29	3571000.00	2388000.00	50000.00	1820000.00	T24	T24_SYNC	T24_SYNC	2025-01-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
391b2858-3e3f-4103-9cf5-001d0b636aae	LD230000000010	2025-02-28	3571000.00	2388000.00	50000.00	1731000.00	T24	T24_SYNC	T24_SYNC	2025-02-28 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
30f64df0-ad59-4e3f-b9d9-cf7dda31bd00	LD230000000010	2025-03-29	3571000.00	2388000.00	50000.00	1642000.00	T24	T24_SYNC	T24_SYNC	2025-03-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5ee504e0-a40a-4f67-b647-34f5907e2810	LD230000000010	2025-04-29	3571000.00	2388000.00	50000.00	1552000.00	T24	T24_SYNC	T24_SYNC	2025-04-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ab588b5f-142a-4d48-8547-b828b70ab5d0	LD230000000010	2025-05-29	3571000.00	2388000.00	50000.00	1463000.00	T24	T24_SYNC	T24_SYNC	2025-05-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ae0125c6-a9e5-403e-b053-e1e844aa5296	LD230000000010	2025-06-29	3571000.00	2388000.00	50000.00	1374000.00	T24	T24_SYNC	T24_SYNC	2025-06-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0686fe77-6307-45fb-8616-e96d230a920a	LD230000000010	2025-07-29	3571000.00	2388000.00	0.00	1284000.00	T24	T24_SYNC	T24_SYNC	2025-07-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9560e587-f053-4c2b-92c4-16bc0d70910b	LD230000000010	2025-08-29	3571000.00	2388000.00	0.00	1195000.00	T24	T24_SYNC	T24_SYNC	2025-08-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e9d64c39-cf75-4455-b64f-8bcec60d7677	LD230000000010	2025-09-29	3571000.00	2388000.00	50000.00	1105000.00	T24	T24_SYNC	T24_SYNC	2025-09-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e3ecaa3e-c67e-4a05-9eb4-3544b55ac65a	LD230000000010	2025-10-29	3571000.00	2388000.00	0.00	1016000.00	T24	T24_SYNC	T24_SYNC	2025-10-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3cf4ff51-8736-40cc-9778-84e227db54a4	LD230000000010	2025-11-29	3571000.00	2388000.00	50000.00	927000.00	T24	T24_SYNC	T24_SYNC	2025-11-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
20d06b2f-c33e-4335-85e8-1d24e9b180f4	W4260000000011	2026-04-09	1050000.00	773000.00	50000.00	160000.00	W4	W4_SYNC	W4_SYNC	2026-04-09 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
354e919c-49a9-487b-bf5a-da402d3f492a	W4260000000011	2026-05-09	1050000.00	773000.00	0.00	132000.00	W4	W4_SYNC	W4_SYNC	2026-05-09 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e12d2d50-e676-44ac-8a07-9bd7069813f9	W4260000000011	2026-06-09	1050000.00	773000.00	0.00	105000.00	W4	W4_SYNC	W4_SYNC	2026-06-09 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
086c84b8-24da-41a6-adb4-1364bf28b513	W4260000000011	2026-07-09	1050000.00	773000.00	0.00	77000.00	W4	W4_SYNC	W4_SYNC	2026-07-09 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
963fec31-3b0d-4cbe-82e1-f0eca5ffaabd	W4260000000011	2026-08-09	1050000.00	773000.00	0.00	50000.00	W4	W4_SYNC	W4_SYNC	2026-08-09 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
16b2f2c0-2e17-496a-8d23-d0fbbbce917b	W4260000000011	2026-09-09	1050000.00	773000.00	50000.00	23000.00	W4	W4_SYNC	W4_SYNC	2026-09-09 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5814527a-305c-4693-89ae-4f98c957adce	LD230000000012	2025-04-03	5778000.00	1369000.00	50000.00	1951000.00	T24	T24_SYNC	T24_SYNC	2025-04-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b0917749-f67f-4072-862f-842152f56a31	LD230000000012	2025-05-03	5778000.00	1369000.00	0.00	1844000.00	T24	T24_SYNC	T24_SYNC	2025-05-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a8841499-c459-43ec-ae9b-ad508aa01716	LD230000000012	2025-06-03	5778000.00	1369000.00	50000.00	1737000.00	T24	T24_SYNC	T24_SYNC	2025-06-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
fbb7fa22-ec2d-4886-af00-7cc080a364d6	LD230000000012	2025-07-03	5778000.00	1369000.00	50000.00	1630000.00	T24	T24_SYNC	T24_SYNC	2025-07-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cd8a330a-cc54-496e-876d-e2684ef78c17	LD230000000012	2025-08-03	5778000.00	1369000.00	50000.00	1522000.00	T24	T24_SYNC	T24_SYNC	2025-08-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0e01b9fa-1c9f-459d-9570-6543cb42f05e	LD230000000012	2025-09-03	5778000.00	1369000.00	50000.00	1415000.00	T24	T24_SYNC	T24_SYNC	2025-09-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9c8e5592-efa3-4302-ba1a-8ec323396f2e	LD230000000012	2025-10-03	5778000.00	1369000.00	50000.00	1308000.00	T24	T24_SYNC	T24_SYNC	2025-10-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f1305cd2-1aa9-4e20-8bbd-d6c815d019e0	LD230000000012	2025-11-03	5778000.00	1369000.00	0.00	1201000.00	T24	T24_SYNC	T24_SYNC	2025-11-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
83f5141d-83ce-4796-a2ed-045763271a26	LD230000000012	2025-12-03	5778000.00	1369000.00	0.00	1093000.00	T24	T24_SYNC	T24_SYNC	2025-12-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bc6f7a9c-000b-4caa-83d6-3b01a0766072	LD230000000012	2026-01-03	5778000.00	1369000.00	0.00	986000.00	T24	T24_SYNC	T24_SYNC	2026-01-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5289d8a2-d1d1-4a3b-a86a-e477941f80f8	LD230000000012	2026-02-03	5778000.00	1369000.00	0.00	879000.00	T24	T24_SYNC	T24_SYNC	2026-02-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
278d3d74-8f04-4a91-a52f-33d5a5a00b4c	LD230000000012	2026-03-03	5778000.00	1369000.00	50000.00	772000.00	T24	T24_SYNC	T24_SYNC	2026-03-03 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
fd5e2f7b-1383-496a-b61a-75a538d4cbf8	W4230000000016	2026-09-10	2430000.00	1924000.00	50000.00	46000.00	W4	W4_SYNC	W4_SYNC	2026-09-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5a4e0fbd-cb03-489e-8c8f-dd5370a31f0e	LD230000000019	2026-07-15	2600000.00	2398000.00	50000.00	195000.00	T24	T24_SYNC	T24_SYNC	2026-07-15 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6f18f4e4-da9a-4acd-8247-11c0106024f2	LD230000000019	2026-08-15	2600000.00	2398000.00	0.00	120000.00	T24	T24_SYNC	T24_SYNC	2026-08-15 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
28adf383-7a33-4096-aa83-3a07b63ac27f	LD230000000019	2026-09-15	2600000.00	2398000.00	0.00	45000.00	T24	T24_SYNC	T24_SYNC	2026-09-15 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
88d87e64-365f-4ed6-9c14-1c4e4678153a	W4230000000021	2026-08-04	1560000.00	1393000.00	50000.00	86000.00	W4	W4_SYNC	W4_SYNC	2026-08-04 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a18e65b3-fe1d-4491-bd4a-1b432ad1da45	W4230000000021	2026-09-04	1560000.00	1393000.00	50000.00	41000.00	W4	W4_SYNC	W4_SYNC	2026-09-04 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
882a27ad-0ce2-44c6-bbcb-c50a92aaf39c	W4230000000022	2026-07-23	2790000.00	2565000.00	50000.00	187000.00	W4	W4_SYNC	W4_SYNC	2026-07-23 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5ce0cae1-8b44-4cea-8d45-b4299369eaa7	W4230000000022	2026-08-23	2790000.00	2565000.00	50000.00	107000.00	W4	W4_SYNC	W4_SYNC	2026-08-23 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
50920aa0-c664-4590-b0b2-1d9ce750e9d0	W4230000000022	2026-09-23	2790000.00	2565000.00	50000.00	27000.00	W4	W4_SYNC	W4_SYNC	2026-09-23 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3675d553-f0f3-4637-912d-e66d484faf40	LD250000000024	2026-07-17	5631000.00	2976000.00	50000.00	327000.00	T24	T24_SYNC	T24_SYNC	2026-07-17 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8ef7bbbf-3f08-4524-a199-144c83e9b80a	LD250000000024	2026-08-17	5631000.00	2976000.00	0.00	198000.00	T24	T24_SYNC	T24_SYNC	2026-08-17 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7edd7a80-881a-4a5f-8505-7dffb6513531	LD250000000024	2026-09-17	5631000.00	2976000.00	0.00	69000.00	T24	T24_SYNC	T24_SYNC	2026-09-17 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d153bdd2-4e20-40aa-aa27-93e3aa0101d5	W4250000000028	2026-06-04	1950000.00	1863000.00	50000.00	227000.00	W4	W4_SYNC	W4_SYNC	2026-06-04 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
35c86846-9435-4788-bfd6-82f2dc476fde	W4250000000028	2026-07-04	1950000.00	1863000.00	50000.00	170000.00	W4	W4_SYNC	W4_SYNC	2026-07-04 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
595e823e-6e7d-4127-a6fe-eca5f0452b48	W4250000000028	2026-08-04	1950000.00	1863000.00	50000.00	112000.00	W4	W4_SYNC	W4_SYNC	2026-08-04 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b09159ab-977f-40b2-88a9-f5465f9d8bd9	W4250000000028	2026-09-04	1950000.00	1863000.00	50000.00	55000.00	W4	W4_SYNC	W4_SYNC	2026-09-04 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c88e4650-8877-414f-9e8c-4c3d1c920a5a	LD220000000029	2026-05-13	37028000.00	10608000.00	50000.00	3358000.00	T24	T24_SYNC	T24_SYNC	2026-05-13 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f10e6d63-9acb-4c38-8cec-fae974203151	LD220000000029	2026-06-13	37028000.00	10608000.00	50000.00	2644000.00	T24	T24_SYNC	T24_SYNC	2026-06-13 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
10b0c78b-7a16-4965-b46c-e47bacb995f6	LD220000000029	2026-07-13	37028000.00	10608000.00	50000.00	1929000.00	T24	T24_SYNC	T24_SYNC	2026-07-13 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
33d82f05-1b34-4c86-add0-6cb8e801bbb4	LD220000000029	2026-08-13	37028000.00	10608000.00	0.00	1215000.00	T24	T24_SYNC	T24_SYNC	2026-08-13 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0dcb8854-e068-4e0d-9544-568b8faf6fc6	LD220000000029	2026-09-13	37028000.00	10608000.00	50000.00	500000.00	T24	T24_SYNC	T24_SYNC	2026-09-13 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bfdfeb7e-0f5e-42c0-8332-3f293ad9ba90	W4250000000030	2026-05-30	5970000.00	4428000.00	50000.00	645000.00	W4	W4_SYNC	W4_SYNC	2026-05-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a860d6b1-d5f9-4091-8cee-fb7ac2d03790	W4250000000030	2026-06-30	5970000.00	4428000.00	50000.00	489000.00	W4	W4_SYNC	W4_SYNC	2026-06-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
47f3b0f4-7e0c-4993-9112-a1332ed56c26	W4250000000030	2026-07-30	5970000.00	4428000.00	0.00	333000.00	W4	W4_SYNC	W4_SYNC	2026-07-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6b2a984e-0a7f-48f6-85ce-33ba2e3a1c2a	W4250000000030	2026-08-30	5970000.00	4428000.00	50000.00	177000.00	W4	W4_SYNC	W4_SYNC	2026-08-30 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7ee4b317-17b5-4614-a049-76b96e373c56	LD250000000031	2026-09-19	3339000.00	5033000.00	50000.00	50000.00	T24	T24_SYNC	T24_SYNC	2026-09-19 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
76379c60-a760-4de4-9687-b1036df30414	LD240000000032	2026-09-20	5167000.00	1617000.00	50000.00	37000.00	T24	T24_SYNC	T24_SYNC	2026-09-20 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6d81e1aa-5204-4679-9a2f-a632ab36e63e	LD240000000033	2026-09-18	10333000.00	1286000.00	50000.00	76000.00	T24	T24_SYNC	T24_SYNC	2026-09-18 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
62f3da73-5d90-4f99-9f87-a04fa88a6cc9	LD250000000034	2026-09-08	783000.00	513000.00	50000.00	15000.00	T24	T24_SYNC	T24_SYNC	2026-09-08 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d385be38-c9c4-4e60-8d15-daac1dfeaa40	LD260000000035	2026-09-16	4000000.00	592000.00	50000.00	34000.00	T24	T24_SYNC	T24_SYNC	2026-09-16 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4ac9256a-519f-4637-b100-8e3a5c5d99ae	LD240000000036	2026-09-22	694000.00	398000.00	50000.00	5000.00	T24	T24_SYNC	T24_SYNC	2026-09-22 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
06e98324-b273-4004-b316-9c51a35a6fcc	LD240000000043	2026-09-29	2703000.00	4900000.00	50000.00	8000.00	T24	T24_SYNC	T24_SYNC	2026-09-29 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
862cea3b-3b02-439e-94f2-1f3e3423b498	LD220000000044	2026-09-05	29417000.00	7104000.00	50000.00	475000.00	T24	T24_SYNC	T24_SYNC	2026-09-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3d67f2f4-3996-4045-8a56-d7547761b7f6	W4250000000045	2026-09-01	3870000.00	3612000.00	50000.00	112000.00	W4	W4_SYNC	W4_SYNC	2026-09-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f4c25625-9e0c-4aa0-b49d-fab8d9fce25a	W4230000000046	2026-09-06	2310000.00	1845000.00	50000.00	52000.00	W4	W4_SYNC	W4_SYNC	2026-09-06 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ec1c5d82-39e2-4b07-a033-bd90968ef42e	LD240000000047	2026-09-12	22167000.00	3369000.00	50000.00	243000.00	T24	T24_SYNC	T24_SYNC	2026-09-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2b6ec8d0-8b60-435e-8200-3bdb494a01dc	LD230000000048	2026-09-10	1550000.00	1186000.00	50000.00	29000.00	T24	T24_SYNC	T24_SYNC	2026-09-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bfa291d3-7bc7-4856-a3ed-c990744284d3	LD260000000052	2026-09-11	10188000.00	5073000.00	50000.00	153000.00	T24	T24_SYNC	T24_SYNC	2026-09-11 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2e2bfafe-2041-45b0-8f2e-63edfcc7ed1f	W4230000000054	2026-09-27	720000.00	550000.00	50000.00	3000.00	W4	W4_SYNC	W4_SYNC	2026-09-27 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cf8bb97b-0339-482f-bc22-0123b55ed78b	LD260000000058	2026-09-21	51250000.00	4202000.00	50000.00	277000.00	T24	T24_SYNC	T24_SYNC	2026-09-21 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8fdcb351-eeb9-4c45-9b97-2966f8a29930	LD220000000059	2026-09-12	40306000.00	11608000.00	50000.00	493000.00	T24	T24_SYNC	T24_SYNC	2026-09-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4e099e02-c71e-48dd-84a6-8611ef5d2ac6	LD240000000073	2025-01-14	6479000.00	9460000.00	50000.00	4981000.00	T24	T24_SYNC	T24_SYNC	2025-01-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ef7e7077-f228-4b9d-8007-c4216d4b9de9	LD240000000073	2025-02-14	6479000.00	9460000.00	0.00	4742000.00	T24	T24_SYNC	T24_SYNC	2025-02-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bdd6ef71-c4df-484b-b874-699552c095b5	LD240000000073	2025-03-14	6479000.00	9460000.00	50000.00	4503000.00	T24	T24_SYNC	T24_SYNC	2025-03-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
42833fe9-e2a4-4e5e-8a39-48b18ea8dbf3	LD240000000073	2025-04-14	6479000.00	9460000.00	0.00	4264000.00	T24	T24_SYNC	T24_SYNC	2025-04-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ab5de833-d081-45ce-b2e5-f22617fbc7bd	LD240000000073	2025-05-14	6479000.00	9460000.00	0.00	4025000.00	T24	T24_SYNC	T24_SYNC	2025-05-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c2de26c7-a7e9-411b-a44c-a448ca08a1cc	LD240000000073	2025-06-14	6479000.00	9460000.00	50000.00	3786000.00	T24	T24_SYNC	T24_SYNC	2025-06-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5205576a-7720-4396-bcff-89f88be1c646	LD240000000073	2025-07-14	6479000.00	9460000.00	50000.00	3546000.00	T24	T24_SYNC	T24_SYNC	2025-07-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4fc9da54-aa69-424a-8f42-88817bcd8c2f	LD240000000073	2025-08-14	6479000.00	9460000.00	0.00	3307000.00	T24	T24_SYNC	T24_SYNC	2025-08-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d16f52bb-aa30-4f78-b3f1-3a182fba80f3	LD240000000073	2025-09-14	6479000.00	9460000.00	50000.00	3068000.00	T24	T24_SYNC	T24_SYNC	2025-09-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
eadfa52d-31c7-4fba-9d5a-a75dc6219a72	LD240000000073	2025-10-14	6479000.00	9460000.00	0.00	2829000.00	T24	T24_SYNC	T24_SYNC	2025-10-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e440591d-414e-4e45-b1ff-2cecc5a87983	LD240000000073	2025-11-14	6479000.00	9460000.00	50000.00	2590000.00	T24	T24_SYNC	T24_SYNC	2025-11-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e1e9347b-dca3-40e3-ada3-ec6ee953fe40	LD240000000073	2025-12-14	6479000.00	9460000.00	0.00	2351000.00	T24	T24_SYNC	T24_SYNC	2025-12-14 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3934ae90-0e08-486b-abf4-7cb5d9d6969c	LD250000000074	2025-02-12	1333000.00	1267000.00	50000.00	775000.00	T24	T24_SYNC	T24_SYNC	2025-02-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
90a18d24-1147-4b21-a8a0-3f196d339e46	LD250000000074	2025-03-12	1333000.00	1267000.00	0.00	736000.00	T24	T24_SYNC	T24_SYNC	2025-03-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f539569a-c36c-4d6b-bd36-5cae1e4e28d9	LD250000000074	2025-04-12	1333000.00	1267000.00	50000.00	697000.00	T24	T24_SYNC	T24_SYNC	2025-04-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
67ae23b3-1b72-4814-abfc-826e52998372	LD250000000074	2025-05-12	1333000.00	1267000.00	0.00	658000.00	T24	T24_SYNC	T24_SYNC	2025-05-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
878a5c31-1f86-4646-9865-ec033106adae	LD250000000074	2025-06-12	1333000.00	1267000.00	0.00	619000.00	T24	T24_SYNC	T24_SYNC	2025-06-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ddf2cac1-4799-4d8b-8256-83173d97145c	LD250000000074	2025-07-12	1333000.00	1267000.00	50000.00	580000.00	T24	T24_SYNC	T24_SYNC	2025-07-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
dc1304f8-0dbd-4171-9ac5-708001bad5d7	LD250000000074	2025-08-12	1333000.00	1267000.00	50000.00	541000.00	T24	T24_SYNC	T24_SYNC	2025-08-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2720a1d9-267c-4eae-bd25-e82ec0aae800	LD250000000074	2025-09-12	1333000.00	1267000.00	50000.00	502000.00	T24	T24_SYNC	T24_SYNC	2025-09-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d94e005c-aaf4-4623-a5d7-519cd4f3df08	LD250000000074	2025-10-12	1333000.00	1267000.00	50000.00	463000.00	T24	T24_SYNC	T24_SYNC	2025-10-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2fec577c-773d-49a5-8946-8e55c2cc38f3	LD250000000074	2025-11-12	1333000.00	1267000.00	0.00	424000.00	T24	T24_SYNC	T24_SYNC	2025-11-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0e86f5a0-4bf2-4644-a1af-340cf51a18ab	LD250000000074	2025-12-12	1333000.00	1267000.00	0.00	385000.00	T24	T24_SYNC	T24_SYNC	2025-12-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
690a3693-f60c-45db-8c1f-536b2b029f66	LD250000000074	2026-01-12	1333000.00	1267000.00	0.00	346000.00	T24	T24_SYNC	T24_SYNC	2026-01-12 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6ca44dbd-04e5-456a-b6b0-b77021909d89	LD250000000082	2025-11-24	4123000.00	7937000.00	50000.00	1875000.00	T24	T24_SYNC	T24_SYNC	2025-11-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c706fc0a-612a-4711-b88c-638f4678d431	LD250000000082	2025-12-24	4123000.00	7937000.00	0.00	1694000.00	T24	T24_SYNC	T24_SYNC	2025-12-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6e6056d0-0c4d-4db6-ad2a-0651cca6d941	LD250000000082	2026-01-24	4123000.00	7937000.00	50000.00	1514000.00	T24	T24_SYNC	T24_SYNC	2026-01-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
402f0b29-c79a-4e15-abe5-ade41cf36d50	LD250000000082	2026-02-24	4123000.00	7937000.00	0.00	1333000.00	T24	T24_SYNC	T24_SYNC	2026-02-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d0f223e2-2426-4cd3-bc20-81fe92206061	LD250000000082	2026-03-24	4123000.00	7937000.00	0.00	1152000.00	T24	T24_SYNC	T24_SYNC	2026-03-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2786f2c0-3359-42e7-be45-306107d795f6	LD250000000082	2026-04-24	4123000.00	7937000.00	50000.00	971000.00	T24	T24_SYNC	T24_SYNC	2026-04-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2587c98c-7367-40b9-999f-14502ff559ee	LD250000000082	2026-05-24	4123000.00	7937000.00	50000.00	790000.00	T24	T24_SYNC	T24_SYNC	2026-05-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
708ac956-521e-4b7c-a957-1481b9309cb0	LD250000000082	2026-06-24	4123000.00	7937000.00	50000.00	609000.00	T24	T24_SYNC	T24_SYNC	2026-06-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
32ebc79d-4fb7-46d6-91d7-06f88c4718aa	LD250000000082	2026-07-24	4123000.00	7937000.00	0.00	428000.00	T24	T24_SYNC	T24_SYNC	2026-07-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
89b29c73-e226-4cca-972e-b8e661e31cfd	LD250000000082	2026-08-24	4123000.00	7937000.00	0.00	247000.00	T24	T24_SYNC	T24_SYNC	2026-08-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
47f79c7a-2ba8-4dc4-af52-567ecfd850da	LD250000000082	2026-09-24	4123000.00	7937000.00	50000.00	66000.00	T24	T24_SYNC	T24_SYNC	2026-09-24 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1ee84250-80c1-4f06-9149-77742110173d	LD250000000083	2026-01-05	1993000.00	3663000.00	50000.00	761000.00	T24	T24_SYNC	T24_SYNC	2026-01-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
352a2f15-e3ed-41e9-bc08-60921fa93a19	LD250000000083	2026-02-05	1993000.00	3663000.00	0.00	676000.00	T24	T24_SYNC	T24_SYNC	2026-02-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d6ab0985-816e-456e-b07c-7dd789a1dcb4	LD250000000083	2026-03-05	1993000.00	3663000.00	50000.00	591000.00	T24	T24_SYNC	T24_SYNC	2026-03-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ee6aff9e-9f7f-4d8a-96f9-256af23b425e	LD250000000083	2026-04-05	1993000.00	3663000.00	50000.00	506000.00	T24	T24_SYNC	T24_SYNC	2026-04-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
08550973-8b39-4f4e-879a-f721a9af3cd6	LD250000000083	2026-05-05	1993000.00	3663000.00	50000.00	421000.00	T24	T24_SYNC	T24_SYNC	2026-05-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a2dd5f4e-0825-4708-a542-4ad4bd9dff79	LD250000000083	2026-06-05	1993000.00	3663000.00	50000.00	337000.00	T24	T24_SYNC	T24_SYNC	2026-06-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5cdab2ba-ec64-48f2-89e7-73965a1b9741	LD250000000083	2026-07-05	1993000.00	3663000.00	0.00	252000.00	T24	T24_SYNC	T24_SYNC	2026-07-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e3e1369f-7c0e-4886-9193-f030331b6335	LD250000000083	2026-08-05	1993000.00	3663000.00	0.00	167000.00	T24	T24_SYNC	T24_SYNC	2026-08-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6a3614c6-cdbc-4bc2-ba20-6174daa6480b	LD250000000083	2026-09-05	1993000.00	3663000.00	50000.00	82000.00	T24	T24_SYNC	T24_SYNC	2026-09-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d62ae6bd-7a5d-48af-8858-e4cb60c704f7	W4250000000084	2026-04-01	1080000.00	868000.00	50000.00	178000.00	W4	W4_SYNC	W4_SYNC	2026-04-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
30659826-b64f-45a3-8682-9822c657d841	W4250000000084	2026-05-01	1080000.00	868000.00	50000.00	149000.00	W4	W4_SYNC	W4_SYNC	2026-05-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0a0f032f-cce5-4b2a-bda3-357c51414e55	W4250000000084	2026-06-01	1080000.00	868000.00	50000.00	120000.00	W4	W4_SYNC	W4_SYNC	2026-06-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
71b64ce9-983c-4582-814c-dcb7f4551572	W4250000000084	2026-07-01	1080000.00	868000.00	50000.00	91000.00	W4	W4_SYNC	W4_SYNC	2026-07-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bf9b526d-3bff-4407-8e0a-ae90128363be	W4250000000084	2026-08-01	1080000.00	868000.00	50000.00	61000.00	W4	W4_SYNC	W4_SYNC	2026-08-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1a232914-f9ec-4f04-8e8d-9d8c4c6ea90e	W4250000000084	2026-09-01	1080000.00	868000.00	50000.00	32000.00	W4	W4_SYNC	W4_SYNC	2026-09-01 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cd7170c7-fb8c-448f-acc5-9ffdebd5813e	LD240000000085	2026-09-05	69208000.00	12804000.00	50000.00	1066000.00	T24	T24_SYNC	T24_SYNC	2026-09-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4cc45e10-52af-46fa-9658-f9c470d72ebe	LD260000000086	2026-09-02	16200000.00	8181000.00	50000.00	354000.00	T24	T24_SYNC	T24_SYNC	2026-09-02 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
03b4e06b-e2ef-405c-ac7f-8ded41ad9a86	LD250000000087	2026-09-07	7050000.00	3490000.00	50000.00	126000.00	T24	T24_SYNC	T24_SYNC	2026-09-07 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7b1acd94-80d2-4e26-9c3c-11e7178cf2a3	LD250000000088	2026-05-05	18500000.00	4745000.00	50000.00	1732000.00	T24	T24_SYNC	T24_SYNC	2026-05-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9590bdf2-0732-4ddd-a3a8-176da14eb640	LD250000000088	2026-06-05	18500000.00	4745000.00	0.00	1383000.00	T24	T24_SYNC	T24_SYNC	2026-06-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b8f3e6d2-f815-4bad-8714-80fe6a08b747	LD250000000088	2026-07-05	18500000.00	4745000.00	0.00	1034000.00	T24	T24_SYNC	T24_SYNC	2026-07-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0eb7acca-b4d2-43f4-967a-ba8b73cc8521	LD250000000088	2026-08-05	18500000.00	4745000.00	50000.00	686000.00	T24	T24_SYNC	T24_SYNC	2026-08-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
64993931-c195-4b09-a28b-9d55f4704e7d	LD250000000088	2026-09-05	18500000.00	4745000.00	0.00	337000.00	T24	T24_SYNC	T24_SYNC	2026-09-05 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
725d16fd-fec8-4674-8d27-1af29c551d77	LD250000000089	2026-04-10	163750000.00	11790000.00	50000.00	15272000.00	T24	T24_SYNC	T24_SYNC	2026-04-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8cdb855c-a427-4a9f-a8ba-54f332478225	LD250000000089	2026-05-10	163750000.00	11790000.00	0.00	12639000.00	T24	T24_SYNC	T24_SYNC	2026-05-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b04e301f-0253-4b1e-904f-3e6539f405ae	LD250000000089	2026-06-10	163750000.00	11790000.00	0.00	10006000.00	T24	T24_SYNC	T24_SYNC	2026-06-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c5f97a37-1dd9-43d3-9b55-436e63c1d1cb	LD250000000089	2026-07-10	163750000.00	11790000.00	50000.00	7373000.00	T24	T24_SYNC	T24_SYNC	2026-07-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
18432ee3-cb17-4f32-82b6-2577d23c8d03	LD250000000089	2026-08-10	163750000.00	11790000.00	50000.00	4740000.00	T24	T24_SYNC	T24_SYNC	2026-08-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
22ab0573-23bc-44f2-9943-9ac3a944885b	LD250000000089	2026-09-10	163750000.00	11790000.00	50000.00	2106000.00	T24	T24_SYNC	T24_SYNC	2026-09-10 01:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: emails; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.emails (id, cif, address, is_primary, is_verified, verification_date, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
96429d60-9a68-499b-a2dc-e439f828adfe	CIF0000000001	thanh.nguyen1@gmail.com	t	t	2022-03-10 12:33:20	T24	T24_SYNC	T24_SYNC	2021-07-19 12:33:20	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a6ae31ef-dc6e-4485-beb0-e0913a79bb9d	CIF0000000002	long.phan2@gmail.com	t	t	2022-06-25 08:03:57	T24	T24_SYNC	T24_SYNC	2022-02-05 08:03:57	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a924655c-7d3d-43d5-9326-85e47f9be884	CIF0000000003	anh.truong3@gmail.com	t	f	\N	W4	W4_SYNC	W4_SYNC	2022-04-02 16:54:52	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9a19ba07-dd3e-4ba6-8055-3382c71f6639	CIF0000000004	ketoan.4@vieta.com.vn	t	f	\N	T24	T24_SYNC	T24_SYNC	2019-10-31 13:25:15	2026-09-30 02:00:00	f	2026-09-30 02:00:00
61073a4b-ca6e-4bed-9c4e-d969edf110b5	CIF0000000005	long.nguyen5@icloud.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-05-02 08:11:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
41748e78-bb72-4087-b0ca-7e45385e302f	CIF0000000006	thinh.nguyen6@outlook.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-05-28 09:45:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5ae6fc91-90fd-42cf-9500-239a7ff0a150	CIF0000000007	lan.hoang7@gmail.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-05-16 13:39:45	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3bda10ff-5e2b-4d94-b170-c92f00c4d8fc	CIF0000000008	phuong.nguyen8@gmail.com	t	t	2022-02-04 15:05:25	T24	T24_SYNC	T24_SYNC	2021-12-11 15:05:25	2026-09-30 02:00:00	f	2026-09-30 02:00:00
02139100-7ed5-4ccf-85f1-8e4e3808ff2f	CIF0000000009	nam.hoang9@yahoo.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2022-07-19 07:21:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
72a1252d-daef-4527-a26d-87ec1a7aad21	CIF0000000010	binh.mai10@gmail.com	t	t	2021-08-10 12:51:26	T24	T24_SYNC	T24_SYNC	2021-05-05 12:51:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b62e28f1-452e-4777-badf-2d6defb3d6fb	CIF0000000011	son.dao11@gmail.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-02-21 12:41:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a6a2fd9d-8ac5-4ff5-8413-daa19bdd300d	CIF0000000012	hang.nguyen12@gmail.com	t	t	2020-12-08 16:37:13	T24	T24_SYNC	T24_SYNC	2020-06-15 16:37:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7388fe00-f6e5-4e76-9c0e-802f37890890	CIF0000000013	oanh.nguyen13@gmail.com	t	t	2022-01-28 12:19:22	T24	T24_SYNC	T24_SYNC	2021-04-25 12:19:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5015d24f-838a-4368-b489-261c6db12a36	CIF0000000014	giang.vo14@gmail.com	t	t	2020-07-21 10:55:11	W4	W4_SYNC	W4_SYNC	2019-11-25 10:55:11	2026-09-30 02:00:00	f	2026-09-30 02:00:00
373c3fd6-e9c2-4e75-8cfa-cb8fa40a5e03	CIF0000000015	thao.vu15@gmail.com	t	t	2021-10-22 10:37:01	T24	T24_SYNC	T24_SYNC	2021-09-11 10:37:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f7b10441-3f7c-421e-95af-70c69dec3214	CIF0000000016	thuy.nguyen16@gmail.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-02-04 14:32:40	2026-09-30 02:00:00	f	2026-09-30 02:00:00
febd1495-dc72-48e9-aa27-3b0396368ead	CIF0000000017	quynh.nguyen17@gmail.com	t	t	2021-03-02 08:02:56	T24	T24_SYNC	T24_SYNC	2020-06-15 08:02:56	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cf29e8c4-8113-41c5-86b6-34431007e34b	CIF0000000018	phuong.le18@gmail.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2022-05-05 16:03:28	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c0af5ce5-6abc-4237-9f6b-d97255b30676	CIF0000000019	hoang.tran19@outlook.com	t	t	2021-11-18 15:48:26	T24	T24_SYNC	T24_SYNC	2021-02-20 15:48:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
65243130-cb90-4a16-888c-86e9782da351	CIF0000000020	ketoan.20@hoanglong.com.vn	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-03-05 09:48:47	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7031f199-4b79-46f4-a067-2cccbef424cf	CIF0000000021	thanh.dao21@icloud.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-08-28 14:34:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0c1f05e6-b8bb-4f96-b911-d2775cec657d	CIF0000000022	minh.dao22@gmail.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-02-25 15:40:21	2026-09-30 02:00:00	f	2026-09-30 02:00:00
23d7b3ab-0ff5-4f0e-9187-77a0de214d22	CIF0000000023	ketoan.23@haidang.com.vn	t	t	2023-05-10 12:33:16	T24	T24_SYNC	T24_SYNC	2022-09-11 12:33:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
044c47d8-aa7d-446c-b9b8-1d1e39d50407	CIF0000000024	hue.tran24@gmail.com	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-05-07 16:33:37	2026-09-30 02:00:00	f	2026-09-30 02:00:00
113e884e-3fd9-4ab6-8a20-e231b8055c90	CIF0000000025	tuyet.tran25@gmail.com	t	t	2021-10-30 11:28:16	T24	T24_SYNC	T24_SYNC	2021-01-30 11:28:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7dcb5c9b-4b9a-448e-ad87-de9711b9dbe5	CIF0000000026	loan.nguyen26@gmail.com	t	f	\N	W4	W4_SYNC	W4_SYNC	2020-07-21 09:15:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ed59007a-d293-4404-823c-842c991b02f5	CIF0000000027	ngoc.nguyen27@yahoo.com	t	t	2021-08-21 07:39:13	T24	T24_SYNC	T24_SYNC	2021-07-30 07:39:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
91ce54c7-7784-4d64-8eb1-7140170516a5	CIF0000000028	ngan.nguyen28@gmail.com	t	t	2021-11-23 11:20:49	W4	W4_SYNC	W4_SYNC	2021-11-22 11:20:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9aadd5cf-6ed7-4e76-ab43-d7a946ad1d0f	CIF0000000029	ketoan.29@truongan.com.vn	t	f	\N	T24	T24_SYNC	T24_SYNC	2019-10-03 15:12:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
38a12a3c-5e47-408f-bfd7-7cd60c0bf20a	CIF0000000030	ketoan.30@anphu.com.vn	t	f	\N	T24	T24_SYNC	T24_SYNC	2022-02-01 14:07:08	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: loan_collaterals; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.loan_collaterals (id, loan_account_number, collateral_number, created_at, updated_at, source_system) FROM stdin;
a8f44e65-d3a4-4a7f-8752-c689826171b5	LD250000000003	COL000000000003	2025-10-01 09:00:00	2025-10-01 09:00:00	T24
cc6255e4-730c-44ee-9b9b-74563f06d933	LD240000000004	COL000000000004	2024-08-31 09:00:00	2024-08-31 09:00:00	T24
c17c33e6-5fff-4918-b88a-7eb16183f7c8	LD240000000006	COL000000000006	2024-09-18 09:00:00	2024-09-18 09:00:00	T24
32529ccf-d2ba-43c8-ae05-47ab8d0a4a0f	LD230000000008	COL000000000008	2023-04-02 09:00:00	2023-04-02 09:00:00	T24
38441596-df9f-4d43-99a0-153be6b65afe	LD230000000013	COL000000000013	2023-07-13 09:00:00	2023-07-13 09:00:00	T24
bae051e1-b38d-4f07-bf47-00db41f6adf0	LD230000000018	COL000000000018	2023-12-30 09:00:00	2023-12-30 09:00:00	T24
e9876562-7740-4874-88cb-b4cb25dc8630	LD250000000024	COL000000000024	2025-06-14 09:00:00	2025-06-14 09:00:00	T24
981cd57e-7af6-48c9-974e-8081a7160125	LD250000000027	COL000000000027	2025-02-06 09:00:00	2025-02-06 09:00:00	T24
6f913e44-bdad-495c-abcc-99d55b418536	LD220000000029	COL000000000029	2022-10-20 09:00:00	2022-10-20 09:00:00	T24
1d8331c8-7bf7-45db-817a-764f365c26f9	LD250000000031	COL000000000031	2025-06-25 09:00:00	2025-06-25 09:00:00	T24
74a804a1-87c7-4863-80e6-061c4fbed808	LD230000000037	COL000000000037	2023-02-25 09:00:00	2023-02-25 09:00:00	T24
97ad64cb-0498-44a2-9673-b3a515549201	LD250000000038	COL000000000038	2025-03-26 09:00:00	2025-03-26 09:00:00	T24
e911c370-7a2a-413d-96ae-1e77bf66029e	LD240000000043	COL000000000043	2024-04-16 09:00:00	2024-04-16 09:00:00	T24
d0898aee-edba-4ef7-ae37-4aa5a6f8af25	LD220000000044	COL000000000044	2022-10-05 09:00:00	2022-10-05 09:00:00	T24
803c7686-ffbc-4e7e-a1f2-00f352c4c026	LD240000000049	COL000000000049	2024-03-29 09:00:00	2024-03-29 09:00:00	T24
bdb073f7-4bf6-472e-bbde-3269ce1aca76	LD230000000053	COL000000000053	2023-05-28 09:00:00	2023-05-28 09:00:00	T24
38706b2b-26c5-438c-b571-005577ca359a	LD230000000055	COL000000000055	2023-09-25 09:00:00	2023-09-25 09:00:00	T24
237afd3a-9b4f-4663-a687-2d7021a50890	LD240000000057	COL000000000057	2024-02-24 09:00:00	2024-02-24 09:00:00	T24
9f006d0b-b353-4d1e-8f98-f80945caddba	LD220000000059	COL000000000059	2022-12-05 09:00:00	2022-12-05 09:00:00	T24
f0a59659-8359-4c91-806f-5cde3def670b	LD230000000061	COL000000000061	2023-02-19 09:00:00	2023-02-19 09:00:00	T24
b1e2a0c3-ce64-4800-8157-983c4f50b562	LD230000000064	COL000000000064	2023-12-23 09:00:00	2023-12-23 09:00:00	T24
eeee2f1d-c328-4345-b235-c554df841fcb	LD240000000066	COL000000000066	2024-03-17 09:00:00	2024-03-17 09:00:00	T24
045af08f-869c-45f7-87b1-2553f483aabb	LD250000000067	COL000000000067	2025-08-07 09:00:00	2025-08-07 09:00:00	T24
53b81966-e7f8-44e7-b187-ca37a30e28bc	LD230000000069	COL000000000069	2023-11-22 09:00:00	2023-11-22 09:00:00	T24
959d416a-1bcc-4dc0-8564-c57ae1d3dcff	LD250000000072	COL000000000072	2025-08-25 09:00:00	2025-08-25 09:00:00	T24
bb8523a9-04c1-4aa0-9af1-c905433259ef	LD240000000073	COL000000000073	2024-01-20 09:00:00	2024-01-20 09:00:00	T24
9fcf2ec7-5e89-4785-96c0-026856dfb49d	LD240000000079	COL000000000079	2024-11-08 09:00:00	2024-11-08 09:00:00	T24
264eb7fc-8d81-4ace-ac27-594abf680265	LD250000000082	COL000000000082	2025-08-12 09:00:00	2025-08-12 09:00:00	T24
fbbb7892-b755-4d72-81ab-fb836e3ff965	LD250000000083	COL000000000083	2025-07-04 09:00:00	2025-07-04 09:00:00	T24
9416e1df-d467-40c1-8603-8a4cfb9ecf22	LD260000000086	COL000000000086	2026-04-23 09:00:00	2026-04-23 09:00:00	T24
4183a380-e82c-4859-9b15-2ed092603311	LD250000000087	COL000000000087	2025-12-17 09:00:00	2025-12-17 09:00:00	T24
32dd2c67-2002-42f1-94eb-5c2bf532536a	LD250000000089	COL000000000089	2025-05-05 09:00:00	2025-05-05 09:00:00	T24
\.


--
-- Data for Name: loans; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.loans (id, account_number, cif, product_type, original_amount, currency, disbursement_date, maturity_date, interest_rate, term, payment_frequency, limit_amount, outstanding, remaining_amount, due_amount, min_pay, next_payment_date, dpd, delinquency_status, status, close_date, resolution_code, resolution_notes, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
baaef5db-7f95-479b-86ee-0b8a2937f3e4	W4250000000001	CIF0000000001	CREDIT_CARD	75000000.00	VND	2025-01-21	2028-01-21	30.2000	36	MONTHLY	75000000.00	34799000.00	34799000.00	4194000.00	1740000.00	2026-09-28	3	DPD_1_30	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-01-21 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3a219251-eca2-458b-b674-b986a5d4bf0c	LD230000000002	CIF0000000001	CONSUMER_LOAN	23000000.00	VND	2023-01-17	2026-01-17	19.1500	36	MONTHLY	\N	1150000.00	1159000.00	1071000.00	1006000.00	2026-09-02	29	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-01-17 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1ccf3c9c-46a7-4429-8dd9-56f2a31a055a	LD250000000003	CIF0000000001	MORTGAGE	818000000.00	VND	2025-10-01	2050-10-01	6.9000	300	MONTHLY	\N	785305000.00	1435558000.00	7537000.00	7430000.00	2026-09-16	15	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-10-01 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
54040917-38bb-44e4-b34a-7b204d44b2e6	LD240000000004	CIF0000000002	AUTO_LOAN	462000000.00	VND	2024-08-31	2028-08-31	9.5000	48	MONTHLY	\N	221375000.00	241529000.00	0.00	13282000.00	2026-10-03	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-08-31 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c5fc6a07-3828-457e-8a38-108bcafa5cbb	LD230000000005	CIF0000000002	CONSUMER_LOAN	17000000.00	VND	2023-12-24	2025-06-24	20.6500	18	MONTHLY	\N	0.00	0.00	0.00	\N	2025-06-24	0	CLOSED	CLOSED	2025-06-24	PAID_AT_MATURITY	Tất toán đúng hạn	T24	T24_SYNC	T24_SYNC	2023-12-24 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0168567e-8378-4338-8393-8dc819247c6a	LD240000000006	CIF0000000002	AUTO_LOAN	618000000.00	VND	2024-09-18	2030-09-18	10.3500	72	MONTHLY	\N	408492000.00	492330000.00	0.00	13914000.00	2026-10-18	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-09-18 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7ada96ed-9f4f-467a-9b00-23714a5fa32c	W4240000000007	CIF0000000003	CREDIT_CARD	37000000.00	VND	2024-04-20	2027-04-20	33.0500	36	MONTHLY	37000000.00	22080000.00	22080000.00	8902000.00	1104000.00	2026-05-30	124	DPD_91_180	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2024-04-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6253535f-3efa-474e-8069-50dceacfc591	LD230000000008	CIF0000000003	MORTGAGE	692000000.00	VND	2023-04-02	2043-04-02	7.8000	240	MONTHLY	\N	570945000.00	938377000.00	38283000.00	7381000.00	2026-05-22	132	DPD_91_180	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-04-02 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7050ca56-0b35-483b-989f-6769b24e7bbe	LD250000000009	CIF0000000003	PERSONAL_LOAN	149000000.00	VND	2025-07-12	2029-07-12	19.3000	48	MONTHLY	\N	103518000.00	131279000.00	0.00	5501000.00	2026-10-12	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-07-12 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0fc956b2-462c-4a90-9c35-422e07b6a2f3	LD230000000010	CIF0000000004	BUSINESS_LOAN	300000000.00	VND	2023-06-05	2030-06-05	9.5500	84	MONTHLY	\N	157565000.00	185226000.00	88977000.00	5959000.00	2024-12-29	641	DPD_OVER_360	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-06-05 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c49527ce-1b11-43e5-9fa2-8fbf77247516	W4260000000011	CIF0000000004	CREDIT_CARD	35000000.00	VND	2026-03-10	2029-03-10	26.5000	36	MONTHLY	35000000.00	10298000.00	10298000.00	11585000.00	515000.00	2026-04-09	175	DPD_91_180	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2026-03-10 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
abe9c8da-bdff-4e9d-b913-bd0313bd175d	LD230000000012	CIF0000000004	BUSINESS_LOAN	208000000.00	VND	2023-02-28	2026-02-28	7.9000	36	QUARTERLY	\N	10400000.00	10434000.00	102452000.00	7147000.00	2025-04-03	546	DPD_OVER_360	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-02-28 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
fde95df9-daa2-4de4-8f25-54ecf7d29b80	LD230000000013	CIF0000000005	MORTGAGE	1877000000.00	VND	2023-07-13	2048-07-13	7.5500	300	MONTHLY	\N	1635284000.00	2979840000.00	0.00	18066000.00	2026-10-13	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-07-13 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a96b9593-f27a-4dc1-888c-a27bbe86a3aa	W4250000000014	CIF0000000005	CREDIT_CARD	141000000.00	VND	2025-04-17	2028-04-17	34.3500	36	MONTHLY	141000000.00	81707000.00	81707000.00	0.00	4085000.00	2026-10-17	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-04-17 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
32e421a3-7470-4344-a011-78038d73d6bd	LD250000000015	CIF0000000005	PERSONAL_LOAN	30000000.00	VND	2025-07-20	2026-07-20	14.1500	12	MONTHLY	\N	0.00	0.00	0.00	\N	2026-07-20	0	CLOSED	CLOSED	2026-07-20	PAID_AT_MATURITY	Tất toán đúng hạn	T24	T24_SYNC	T24_SYNC	2025-07-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
da46ca6c-8426-4be5-84e1-e58f02db89d5	W4230000000016	CIF0000000006	CREDIT_CARD	81000000.00	VND	2023-10-30	2026-10-30	28.5000	36	MONTHLY	81000000.00	17499000.00	17499000.00	4450000.00	875000.00	2026-09-10	21	DPD_1_30	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-10-30 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9c4f8fc9-5365-4de6-9c99-7c0a3dbd56d2	W4260000000017	CIF0000000006	CREDIT_CARD	60000000.00	VND	2026-02-07	2029-02-07	35.5000	36	MONTHLY	60000000.00	12127000.00	12127000.00	0.00	606000.00	2026-10-07	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2026-02-07 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
07630898-8828-4919-bcae-94d96c449036	LD230000000018	CIF0000000006	MORTGAGE	1252000000.00	VND	2023-12-30	2043-12-30	8.7000	240	MONTHLY	\N	1079596000.00	1889508000.00	0.00	14294000.00	2026-10-02	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-12-30 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f7d20def-fa91-4138-941b-a2684460eed8	LD230000000019	CIF0000000007	PERSONAL_LOAN	156000000.00	VND	2023-11-20	2028-11-20	18.4500	60	MONTHLY	\N	66657000.00	79794000.00	15404000.00	4998000.00	2026-07-15	78	DPD_61_90	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-11-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ef373eda-f17e-473f-b98d-4fae18e75c70	LD240000000020	CIF0000000007	PERSONAL_LOAN	36000000.00	VND	2024-09-10	2029-09-10	12.6500	60	MONTHLY	\N	21197000.00	25144000.00	0.00	980000.00	2026-10-10	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-09-10 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
31d77f9b-8d85-4dfc-90f2-6d3e6e0dd6c1	W4230000000021	CIF0000000007	CREDIT_CARD	52000000.00	VND	2023-02-23	2026-02-23	32.1500	36	MONTHLY	52000000.00	19954000.00	19954000.00	6133000.00	998000.00	2026-08-04	58	DPD_31_60	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-02-23 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
dc657356-6c29-4a88-8dd3-436b63ab0e21	W4230000000022	CIF0000000008	CREDIT_CARD	93000000.00	VND	2023-04-14	2026-04-14	33.1000	36	MONTHLY	93000000.00	75471000.00	75471000.00	16536000.00	3774000.00	2026-07-23	70	DPD_61_90	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-04-14 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
861dc7c4-cebc-43a3-a13e-50f86933b2a6	LD260000000023	CIF0000000008	PERSONAL_LOAN	205000000.00	VND	2026-07-13	2029-07-13	15.5000	36	MONTHLY	\N	190034000.00	230991000.00	0.00	8342000.00	2026-10-13	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-07-13 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0d8fe8b0-66c3-4033-aab3-2672d9700559	LD250000000024	CIF0000000008	AUTO_LOAN	473000000.00	VND	2025-06-14	2032-06-14	7.5500	84	MONTHLY	\N	385317000.00	468262000.00	26465000.00	8607000.00	2026-07-17	76	DPD_61_90	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-06-14 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cffd6302-fbe8-4463-8662-c4bb6703f5e3	W4230000000025	CIF0000000009	CREDIT_CARD	171000000.00	VND	2023-11-11	2026-11-11	31.2500	36	MONTHLY	171000000.00	139003000.00	139003000.00	0.00	6950000.00	2026-10-11	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-11-11 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3b5d2bc3-68de-41d7-9709-9dadeeba1c24	LD230000000026	CIF0000000009	PERSONAL_LOAN	23000000.00	VND	2023-09-25	2026-09-25	13.6000	36	MONTHLY	\N	0.00	0.00	0.00	\N	2026-09-25	0	CLOSED	CLOSED	2026-09-25	PAID_AT_MATURITY	Tất toán đúng hạn	T24	T24_SYNC	T24_SYNC	2023-09-25 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
fb343161-546c-4ba2-a8e4-6b13cdcaf90d	LD250000000027	CIF0000000009	AUTO_LOAN	396000000.00	VND	2025-02-06	2031-02-06	10.1000	72	MONTHLY	\N	287229000.00	350354000.00	0.00	8833000.00	2026-10-06	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-02-06 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e2e01229-87cf-4274-8c50-d8fcc63a1bbe	W4250000000028	CIF0000000010	CREDIT_CARD	65000000.00	VND	2025-07-20	2028-07-20	34.4000	36	MONTHLY	65000000.00	21509000.00	21509000.00	16016000.00	1075000.00	2026-06-04	119	DPD_91_180	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-07-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
346d66f8-8500-4eea-95b3-ce0751b1c681	LD220000000029	CIF0000000010	AUTO_LOAN	1333000000.00	VND	2022-10-20	2025-10-20	9.5500	36	MONTHLY	\N	66650000.00	66915000.00	248026000.00	47636000.00	2026-05-13	141	DPD_91_180	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-10-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
200ad6fd-7232-4f72-8f3c-932eef7fe4d6	W4250000000030	CIF0000000010	CREDIT_CARD	199000000.00	VND	2025-01-07	2028-01-07	26.7000	36	MONTHLY	199000000.00	125448000.00	125448000.00	43386000.00	6272000.00	2026-05-30	124	DPD_91_180	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-01-07 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
698f6b2e-fe6f-4e2d-a6a7-b099dcae592f	LD250000000031	CIF0000000011	MORTGAGE	601000000.00	VND	2025-06-25	2040-06-25	10.0500	180	MONTHLY	\N	550215000.00	929895000.00	8472000.00	8372000.00	2026-09-19	12	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-06-25 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
51364be3-370f-4d05-8c7c-c6156540eb8a	LD240000000032	CIF0000000011	PERSONAL_LOAN	124000000.00	VND	2024-07-25	2026-07-25	15.6500	24	MONTHLY	\N	6200000.00	6240000.00	6871000.00	6784000.00	2026-09-20	11	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-07-25 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
12b6591b-18d9-455e-a333-d74d8a604782	LD240000000033	CIF0000000011	PERSONAL_LOAN	124000000.00	VND	2024-07-29	2025-07-29	12.4500	12	MONTHLY	\N	6200000.00	6232000.00	11745000.00	11620000.00	2026-09-18	13	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-07-29 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7e1ad18a-aec8-4a52-b8eb-cd04df5299d3	LD250000000034	CIF0000000012	PERSONAL_LOAN	47000000.00	VND	2025-06-10	2030-06-10	13.1000	60	MONTHLY	\N	34699000.00	43089000.00	1361000.00	1296000.00	2026-09-08	23	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-06-10 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6f88f342-1073-44a5-99a6-5a60dfdf7669	LD260000000035	CIF0000000012	CONSUMER_LOAN	24000000.00	VND	2026-02-28	2026-08-28	29.6000	6	MONTHLY	\N	1200000.00	1215000.00	4676000.00	4592000.00	2026-09-16	15	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-02-28 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
22ad0bd8-89a5-4e04-a513-97cf6a68bfd6	LD240000000036	CIF0000000012	PERSONAL_LOAN	25000000.00	VND	2024-03-22	2027-03-22	19.1000	36	MONTHLY	\N	3943000.00	4121000.00	1147000.00	1092000.00	2026-09-22	9	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-03-22 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a87d68c9-c764-44b1-827d-3556495dfac2	LD230000000037	CIF0000000013	MORTGAGE	752000000.00	VND	2023-02-25	2048-02-25	8.9500	300	MONTHLY	\N	0.00	0.00	0.00	\N	2025-11-17	0	CLOSED	CLOSED	2025-11-17	REFINANCED	Tất toán bằng khoản vay mới	T24	T24_SYNC	T24_SYNC	2023-02-25 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
885be081-35a2-407c-b5ea-9abc9a00ef82	LD250000000038	CIF0000000013	MORTGAGE	801000000.00	VND	2025-03-26	2050-03-26	8.0000	300	MONTHLY	\N	752407000.00	1459169000.00	0.00	8010000.00	2026-10-26	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-03-26 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3de4ad0f-f94d-4724-8776-a826ffe62011	LD260000000039	CIF0000000013	PERSONAL_LOAN	89000000.00	VND	2026-05-31	2029-05-31	19.4000	36	MONTHLY	\N	79010000.00	99421000.00	0.00	3911000.00	2026-10-03	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-05-31 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c1461596-6367-4738-8363-2d913335ade2	W4240000000040	CIF0000000014	CREDIT_CARD	17000000.00	VND	2024-09-19	2027-09-19	25.0500	36	MONTHLY	17000000.00	0.00	0.00	0.00	\N	2026-09-01	0	CLOSED	CLOSED	2026-09-01	EARLY_REPAYMENT	Khách hàng tất toán trước hạn	W4	W4_SYNC	W4_SYNC	2024-09-19 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c69b2c90-0707-42f8-a0cb-0afa2b31655d	LD250000000041	CIF0000000014	CONSUMER_LOAN	15000000.00	VND	2025-10-03	2027-10-03	26.3000	24	MONTHLY	\N	7547000.00	8546000.00	0.00	954000.00	2026-10-03	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-10-03 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f1cb9536-8fad-45f2-ac94-e63592302ae3	LD250000000042	CIF0000000014	CONSUMER_LOAN	96000000.00	VND	2025-11-23	2028-11-23	21.9500	36	MONTHLY	\N	68668000.00	84840000.00	0.00	4423000.00	2026-10-23	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-11-23 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
619c9ae7-255e-495e-81ee-fbbb6d67bd45	LD240000000043	CIF0000000015	MORTGAGE	811000000.00	VND	2024-04-16	2049-04-16	7.2500	300	MONTHLY	\N	731250000.00	1328779000.00	7661000.00	7603000.00	2026-09-29	2	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-04-16 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
60d3c339-da90-4e56-90d4-b14976c21002	LD220000000044	CIF0000000015	AUTO_LOAN	1059000000.00	VND	2022-10-05	2025-10-05	8.0500	36	MONTHLY	\N	52950000.00	53128000.00	37046000.00	36521000.00	2026-09-05	26	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-10-05 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
10d00f1b-5ee8-442f-a79a-b919719850c7	W4250000000045	CIF0000000015	CREDIT_CARD	129000000.00	VND	2025-08-02	2028-08-02	33.6000	36	MONTHLY	129000000.00	112660000.00	112660000.00	7644000.00	5633000.00	2026-09-01	30	DPD_1_30	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-08-02 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
388587f4-6375-454b-9a87-ee6503c9370f	W4230000000046	CIF0000000016	CREDIT_CARD	77000000.00	VND	2023-11-17	2026-11-17	28.7500	36	MONTHLY	77000000.00	33764000.00	33764000.00	4257000.00	1688000.00	2026-09-06	25	DPD_1_30	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-11-17 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bdfe3444-941b-4533-abee-7bed6ce146ff	LD240000000047	CIF0000000016	PERSONAL_LOAN	266000000.00	VND	2024-09-02	2025-09-02	15.2000	12	MONTHLY	\N	13300000.00	13384000.00	25829000.00	25536000.00	2026-09-12	19	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-09-02 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e96edc8d-f45f-46cd-875b-01567a31f2bf	LD230000000048	CIF0000000016	PERSONAL_LOAN	93000000.00	VND	2023-05-24	2028-05-24	15.3000	60	MONTHLY	\N	30572000.00	34416000.00	2815000.00	2736000.00	2026-09-10	21	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-05-24 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
eedd0261-ce01-4476-a4c2-a09d943f2768	LD240000000049	CIF0000000017	MORTGAGE	990000000.00	VND	2024-03-29	2044-03-29	10.5000	240	MONTHLY	\N	865871000.00	1661042000.00	0.00	12788000.00	2026-10-01	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-03-29 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
969d22e9-081a-4ad1-90ce-7ac6a50d44b8	LD260000000050	CIF0000000017	PERSONAL_LOAN	82000000.00	VND	2026-06-05	2030-06-05	16.7500	48	MONTHLY	\N	75378000.00	98590000.00	0.00	2853000.00	2026-10-05	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-06-05 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
dafdb5f6-8f6b-4dbc-a660-10530b891790	W4230000000051	CIF0000000017	CREDIT_CARD	55000000.00	VND	2023-11-11	2026-11-11	34.2000	36	MONTHLY	55000000.00	24611000.00	24611000.00	0.00	1231000.00	2026-10-11	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-11-11 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ca7c866b-3cfc-4a5d-b5cd-45deec4d52e7	LD260000000052	CIF0000000018	PERSONAL_LOAN	489000000.00	VND	2026-03-02	2030-03-02	12.4500	48	MONTHLY	\N	417714000.00	506562000.00	15464000.00	15261000.00	2026-09-11	20	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-03-02 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7b2be9de-456f-476a-8e9f-d964cf041abc	LD230000000053	CIF0000000018	MORTGAGE	1870000000.00	VND	2023-05-28	2038-05-28	9.1000	180	MONTHLY	\N	1452943000.00	2223417000.00	0.00	24570000.00	2026-10-28	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-05-28 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b261a249-a2ef-4d25-9e0d-2ef6a6a341d8	W4230000000054	CIF0000000018	CREDIT_CARD	24000000.00	VND	2023-07-18	2026-07-18	27.5000	36	MONTHLY	24000000.00	14826000.00	14826000.00	1323000.00	741000.00	2026-09-27	4	DPD_1_30	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2023-07-18 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
29573053-2abf-4fa8-b389-3c91210eda42	LD230000000055	CIF0000000019	AUTO_LOAN	859000000.00	VND	2023-09-25	2030-09-25	10.9500	84	MONTHLY	\N	488788000.00	595381000.00	0.00	18065000.00	2026-10-25	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-09-25 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
68cbd0c6-6c0c-4c7a-b2f4-5228ed4b1b74	W4260000000056	CIF0000000019	CREDIT_CARD	13000000.00	VND	2026-04-11	2029-04-11	30.7500	36	MONTHLY	13000000.00	8619000.00	8619000.00	0.00	431000.00	2026-10-11	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2026-04-11 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a493d5d1-0412-431b-8ce4-6fb0b9204fee	LD240000000057	CIF0000000019	AUTO_LOAN	1171000000.00	VND	2024-02-24	2029-02-24	9.7500	60	MONTHLY	\N	561906000.00	627629000.00	0.00	29031000.00	2026-10-24	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-02-24 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0809059e-c125-47b7-a31f-d6485fc48eae	LD260000000058	CIF0000000020	BUSINESS_LOAN	615000000.00	VND	2026-06-20	2027-06-20	8.2000	12	MONTHLY	\N	441585000.00	454585000.00	55779000.00	55452000.00	2026-09-21	10	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-06-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7ef39856-9bc1-4341-b879-63be33159c12	LD220000000059	CIF0000000020	AUTO_LOAN	1451000000.00	VND	2022-12-05	2025-12-05	9.6000	36	MONTHLY	\N	72550000.00	72840000.00	52457000.00	51914000.00	2026-09-12	19	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-12-05 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5e2240e8-e431-4e38-8fe7-512799c13e9c	LD250000000060	CIF0000000020	BUSINESS_LOAN	238000000.00	VND	2025-04-14	2032-04-14	11.0500	84	QUARTERLY	\N	188203000.00	245761000.00	0.00	5025000.00	2026-10-14	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-04-14 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0051cdb5-d3e8-4553-ae25-33978b421c0b	LD230000000061	CIF0000000021	AUTO_LOAN	687000000.00	VND	2023-02-19	2028-02-19	9.1500	60	MONTHLY	\N	190482000.00	202563000.00	0.00	16688000.00	2026-10-19	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-02-19 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
13c4069e-ff68-4602-9d8a-71084600772f	LD250000000062	CIF0000000021	CONSUMER_LOAN	50000000.00	VND	2025-03-02	2025-09-02	25.7500	6	MONTHLY	\N	0.00	0.00	0.00	\N	2025-09-02	0	CLOSED	CLOSED	2025-09-02	PAID_AT_MATURITY	Tất toán đúng hạn	T24	T24_SYNC	T24_SYNC	2025-03-02 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ad3cd2ca-5ede-4787-b372-3670b16de6a1	LD250000000063	CIF0000000021	PERSONAL_LOAN	80000000.00	VND	2025-11-18	2026-11-18	19.6500	12	MONTHLY	\N	10574000.00	10711000.00	0.00	7977000.00	2026-10-18	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-11-18 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cc6d3b3c-0a0e-466d-92dd-59ddc8bc5822	LD230000000064	CIF0000000022	MORTGAGE	1019000000.00	VND	2023-12-23	2048-12-23	9.3000	300	MONTHLY	\N	905964000.00	1842319000.00	0.00	11294000.00	2026-10-23	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-12-23 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ee70a174-19df-435c-ac4d-b7435630902f	LD250000000065	CIF0000000022	CONSUMER_LOAN	93000000.00	VND	2025-11-14	2027-05-14	20.2000	18	MONTHLY	\N	0.00	0.00	0.00	\N	2026-01-27	0	CLOSED	CLOSED	2026-01-27	SETTLEMENT	Tất toán theo thỏa thuận giảm lãi phạt	T24	T24_SYNC	T24_SYNC	2025-11-14 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
41e2b9d3-f41d-4aa0-89de-feffd2d5177d	LD240000000066	CIF0000000022	MORTGAGE	1347000000.00	VND	2024-03-17	2039-03-17	10.4000	180	MONTHLY	\N	1118862000.00	1843765000.00	0.00	19157000.00	2026-10-17	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-03-17 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4f53ba25-0e49-4058-9f98-8c9beb07f18c	LD250000000067	CIF0000000023	AUTO_LOAN	413000000.00	VND	2025-08-07	2029-08-07	9.0500	48	MONTHLY	\N	294283000.00	332237000.00	0.00	11719000.00	2026-10-07	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-08-07 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7b02ca99-604d-47d7-bf05-c74a163cbe01	W4250000000068	CIF0000000023	CREDIT_CARD	22000000.00	VND	2025-12-23	2028-12-23	27.2000	36	MONTHLY	22000000.00	9453000.00	9453000.00	0.00	473000.00	2026-10-23	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-12-23 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f0b2cf08-7f72-4266-98f0-5cb113f46dd4	LD230000000069	CIF0000000023	AUTO_LOAN	1498000000.00	VND	2023-11-22	2028-11-22	10.7500	60	MONTHLY	\N	641719000.00	715599000.00	0.00	38386000.00	2026-10-22	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-11-22 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e827df93-030f-4bce-885d-ca5f0c196d15	LD250000000070	CIF0000000024	PERSONAL_LOAN	256000000.00	VND	2025-01-15	2029-01-15	16.8000	48	MONTHLY	\N	0.00	0.00	0.00	\N	2026-04-08	0	CLOSED	CLOSED	2026-04-08	EARLY_REPAYMENT	Khách hàng tất toán trước hạn	T24	T24_SYNC	T24_SYNC	2025-01-15 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9d9d13e2-06b4-48c6-bd99-df99c3a58807	LD230000000071	CIF0000000024	PERSONAL_LOAN	51000000.00	VND	2023-10-17	2027-10-17	18.8000	48	MONTHLY	\N	13303000.00	14608000.00	0.00	1862000.00	2026-10-17	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-10-17 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8952346d-8613-4a1d-ad02-9d04a58e5edd	LD250000000072	CIF0000000024	AUTO_LOAN	533000000.00	VND	2025-08-25	2031-08-25	9.1500	72	MONTHLY	\N	435237000.00	532796000.00	0.00	11467000.00	2026-10-25	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-08-25 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c1d2f363-eda5-4eff-85ef-33bd4351da8d	LD240000000073	CIF0000000025	MORTGAGE	1555000000.00	VND	2024-01-20	2044-01-20	7.3000	240	MONTHLY	\N	1345342000.00	2195027000.00	235560000.00	15939000.00	2025-01-14	625	DPD_OVER_360	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-01-20 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
35878450-f2fe-493e-afe8-46e024107676	LD250000000074	CIF0000000025	PERSONAL_LOAN	80000000.00	VND	2025-01-13	2030-01-13	19.0000	60	MONTHLY	\N	52580000.00	68995000.00	38226000.00	2600000.00	2025-02-12	596	DPD_OVER_360	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-01-13 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2b138b92-f3e6-41e2-8162-14767183a019	W4240000000075	CIF0000000025	CREDIT_CARD	147000000.00	VND	2024-01-12	2027-01-12	25.5500	36	MONTHLY	147000000.00	48169000.00	48169000.00	0.00	2408000.00	2026-10-12	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2024-01-12 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6eb86ce4-f94b-4578-a4c7-024486fc4f1c	LD240000000076	CIF0000000026	PERSONAL_LOAN	42000000.00	VND	2024-04-01	2026-04-01	19.1000	24	MONTHLY	\N	0.00	0.00	0.00	\N	2026-04-01	0	CLOSED	CLOSED	2026-04-01	PAID_AT_MATURITY	Tất toán đúng hạn	T24	T24_SYNC	T24_SYNC	2024-04-01 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
62b5c0ce-fd5a-460b-bbdd-a1e4f19cd5fc	W4260000000077	CIF0000000026	CREDIT_CARD	84000000.00	VND	2026-02-16	2029-02-16	30.7000	36	MONTHLY	84000000.00	60389000.00	60389000.00	0.00	3019000.00	2026-10-16	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2026-02-16 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
05eb715a-50e6-40eb-ab4b-1f58c063c401	LD250000000078	CIF0000000026	PERSONAL_LOAN	28000000.00	VND	2025-08-16	2030-08-16	13.8000	60	MONTHLY	\N	21699000.00	27501000.00	0.00	789000.00	2026-10-16	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-08-16 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8f50e5a7-82c6-41bf-80b2-b500713108c2	LD240000000079	CIF0000000027	AUTO_LOAN	797000000.00	VND	2024-11-08	2027-11-08	9.6000	36	MONTHLY	\N	293711000.00	309297000.00	0.00	28515000.00	2026-10-08	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-11-08 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2f05a630-53d1-498e-9097-728afc44e78a	W4260000000080	CIF0000000027	CREDIT_CARD	75000000.00	VND	2026-03-21	2029-03-21	27.4500	36	MONTHLY	75000000.00	35864000.00	35864000.00	0.00	1793000.00	2026-10-21	0	CURRENT	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2026-03-21 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
40cab34d-f485-4701-aa06-07106f5d075e	LD240000000081	CIF0000000027	PERSONAL_LOAN	71000000.00	VND	2024-10-21	2029-10-21	12.0500	60	MONTHLY	\N	43399000.00	51391000.00	0.00	1896000.00	2026-10-21	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-10-21 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6406cbd3-efa9-485e-9441-5a81addd317b	LD250000000082	CIF0000000028	MORTGAGE	1237000000.00	VND	2025-08-12	2050-08-12	7.7000	300	MONTHLY	\N	1180785000.00	2265643000.00	143639000.00	12061000.00	2025-11-24	311	DPD_181_360	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-08-12 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e4626981-f795-44fd-a5b3-a80e8df6dab5	LD250000000083	CIF0000000028	MORTGAGE	598000000.00	VND	2025-07-04	2050-07-04	7.3500	300	MONTHLY	\N	568270000.00	1064412000.00	54997000.00	5656000.00	2026-01-05	269	DPD_181_360	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-07-04 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d3d1e1f6-79f8-4f3d-8920-15d91cc51176	W4250000000084	CIF0000000028	CREDIT_CARD	36000000.00	VND	2025-06-08	2028-06-08	28.9500	36	MONTHLY	36000000.00	33771000.00	33771000.00	12619000.00	1689000.00	2026-04-01	183	DPD_181_360	OPEN	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2025-06-08 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1591a601-8b9b-4b46-9692-335f0ce87edb	LD240000000085	CIF0000000029	BUSINESS_LOAN	1661000000.00	VND	2024-02-28	2026-02-28	9.2500	24	MONTHLY	\N	83050000.00	83370000.00	83128000.00	82012000.00	2026-09-05	26	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2024-02-28 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b943566c-b9aa-472c-9280-48e92859e871	LD260000000086	CIF0000000029	AUTO_LOAN	972000000.00	VND	2026-04-23	2031-04-23	10.1000	60	MONTHLY	\N	886317000.00	1090384000.00	24785000.00	24381000.00	2026-09-02	29	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2026-04-23 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
42abe3d6-0172-495a-a3fc-0b948df319d0	LD250000000087	CIF0000000029	AUTO_LOAN	423000000.00	VND	2025-12-17	2030-12-17	9.9000	60	MONTHLY	\N	356298000.00	430576000.00	10716000.00	10540000.00	2026-09-07	24	DPD_1_30	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-12-17 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e2208c49-2f5c-4419-9768-a91b942b4cac	LD250000000088	CIF0000000030	BUSINESS_LOAN	666000000.00	VND	2025-12-15	2028-12-15	8.5500	36	QUARTERLY	\N	489752000.00	535941000.00	121497000.00	23245000.00	2026-05-05	149	DPD_91_180	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-12-15 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b469877c-88b8-4af6-94b8-8e73be7cdbb0	LD250000000089	CIF0000000030	BUSINESS_LOAN	1965000000.00	VND	2025-05-05	2026-05-05	7.2000	12	QUARTERLY	\N	98250000.00	98545000.00	1105576000.00	175540000.00	2026-04-10	174	DPD_91_180	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2025-05-05 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
159eaf09-7985-4b5c-b474-03639bf7c7cc	LD230000000090	CIF0000000030	BUSINESS_LOAN	1318000000.00	VND	2023-06-08	2028-06-08	10.5000	60	QUARTERLY	\N	444096000.00	483376000.00	0.00	33499000.00	2026-10-08	0	CURRENT	OPEN	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2023-06-08 10:00:00	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: phones; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.phones (id, cif, type, number, is_primary, is_verified, verification_date, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
19df826e-720b-44c9-a5b8-b0b3de2f40ba	CIF0000000001	MOBILE	0328871529	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-07-19 12:33:20	2026-09-30 02:00:00	f	2026-09-30 02:00:00
033d600c-ecc1-4aca-923e-22ec8c3738c0	CIF0000000001	HOME	02854435768	f	t	2022-01-27 12:33:20	T24	T24_SYNC	T24_SYNC	2021-07-19 12:33:20	2026-09-30 02:00:00	f	2026-09-30 02:00:00
70644590-0df4-4b9a-b9d4-78424eb459cd	CIF0000000002	MOBILE	0947743051	t	t	2022-07-07 08:03:57	T24	T24_SYNC	T24_SYNC	2022-02-05 08:03:57	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5ba026c5-ef04-4ac7-9a55-50f64e1dc9d2	CIF0000000002	WORK	+84782178812	f	t	2022-11-20 08:03:57	T24	T24_SYNC	T24_SYNC	2022-02-05 08:03:57	2026-09-30 02:00:00	f	2026-09-30 02:00:00
740925cc-08ba-4217-80ab-8f607c5331de	CIF0000000003	MOBILE	0786614573	t	t	2022-07-18 16:54:52	W4	W4_SYNC	W4_SYNC	2022-04-02 16:54:52	2026-09-30 02:00:00	f	2026-09-30 02:00:00
619d8359-6959-4625-8004-510a487708c7	CIF0000000003	HOME	02863307290	f	f	\N	W4	W4_SYNC	W4_SYNC	2022-04-02 16:54:52	2026-09-30 02:00:00	f	2026-09-30 02:00:00
67582b1f-b2dd-402a-a782-e67abd8d358b	CIF0000000004	MOBILE	0905486095	t	t	2020-03-09 13:25:15	T24	T24_SYNC	T24_SYNC	2019-10-31 13:25:15	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4cad088a-7164-40b9-b745-dfa62a8541cf	CIF0000000004	OFFICE	02417743051	f	f	\N	T24	T24_SYNC	T24_SYNC	2019-10-31 13:25:15	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e1b78e7f-c8b2-4105-9e6e-35c2b7fc019e	CIF0000000005	MOBILE	0894357617	t	t	2020-05-26 08:11:06	T24	T24_SYNC	T24_SYNC	2020-05-02 08:11:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bf4bec0c-07aa-48f5-aadb-1f01eed9a1c8	CIF0000000005	WORK	+84778793378	f	t	2020-08-17 08:11:06	T24	T24_SYNC	T24_SYNC	2020-05-02 08:11:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9347973c-d1db-4633-904c-6c11371dbd62	CIF0000000006	MOBILE	0393229139	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-05-28 09:45:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
78dcf3c7-207c-423d-9512-2dcf4c123b96	CIF0000000006	WORK	+84327664900	f	t	2022-01-08 09:45:06	T24	T24_SYNC	T24_SYNC	2021-05-28 09:45:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
846aad29-2cdf-48c3-af44-83637f759e03	CIF0000000007	MOBILE	0822100661	t	t	2021-09-26 13:39:45	T24	T24_SYNC	T24_SYNC	2021-05-16 13:39:45	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2dff8974-85c3-49a5-9afc-ba3d9b0b54dd	CIF0000000007	HOME	02361050334	f	t	2021-05-31 13:39:45	T24	T24_SYNC	T24_SYNC	2021-05-16 13:39:45	2026-09-30 02:00:00	f	2026-09-30 02:00:00
00f480e2-c3d0-4d90-8072-2f760aef50a6	CIF0000000008	MOBILE	0940972183	t	t	2022-04-12 15:05:25	T24	T24_SYNC	T24_SYNC	2021-12-11 15:05:25	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e689de6f-d1c7-40be-8dfb-702d2dcd9c1d	CIF0000000008	WORK	+84595407944	f	f	\N	T24	T24_SYNC	T24_SYNC	2021-12-11 15:05:25	2026-09-30 02:00:00	f	2026-09-30 02:00:00
df155744-c040-4bba-bb6b-ae33fbf4dbec	CIF0000000009	MOBILE	0969843705	t	f	\N	T24	T24_SYNC	T24_SYNC	2022-07-19 07:21:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8caa34cf-8117-4265-b937-67343e985d43	CIF0000000009	WORK	+84924279466	f	t	2023-01-26 07:21:22	T24	T24_SYNC	T24_SYNC	2022-07-19 07:21:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3b415ae3-1216-4f82-8eec-b43e483654f5	CIF0000000010	MOBILE	0598715227	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-05-05 12:51:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d5163f9a-6a44-4d83-ac06-4f02cfee9a57	CIF0000000010	WORK	+84323150988	f	t	2022-01-18 12:51:26	T24	T24_SYNC	T24_SYNC	2021-05-05 12:51:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
af786bd9-d4df-4d8d-95e0-ac0820f17ce9	CIF0000000011	MOBILE	0377586749	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-02-21 12:41:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d8cd8986-545f-4c1b-9705-d5e28390286b	CIF0000000011	WORK	+84942022510	f	t	2020-12-16 12:41:34	T24	T24_SYNC	T24_SYNC	2020-02-21 12:41:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7627b5dd-8654-4031-bcbb-02deed624443	CIF0000000012	MOBILE	0586458271	t	t	2020-11-04 16:37:13	T24	T24_SYNC	T24_SYNC	2020-06-15 16:37:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bb5a1af0-bbf6-44aa-8a3f-13e269cda567	CIF0000000012	HOME	02253229139	f	t	2020-12-21 16:37:13	T24	T24_SYNC	T24_SYNC	2020-06-15 16:37:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0a3ed5cc-37c2-44fc-b3af-91ba3c98b88a	CIF0000000013	MOBILE	0365329793	t	t	2021-09-07 12:19:22	T24	T24_SYNC	T24_SYNC	2021-04-25 12:19:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
37943339-032e-46f4-855e-305ae58bd57c	CIF0000000013	HOME	02407664900	f	t	2021-10-17 12:19:22	T24	T24_SYNC	T24_SYNC	2021-04-25 12:19:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8683bd62-18f4-4388-adc3-899df763c8a9	CIF0000000014	MOBILE	0794201315	t	t	2020-09-19 10:55:11	W4	W4_SYNC	W4_SYNC	2019-11-25 10:55:11	2026-09-30 02:00:00	f	2026-09-30 02:00:00
2fe81a5d-72ef-4e63-a80a-428bfac6b2d5	CIF0000000014	HOME	02252100661	f	t	2020-01-06 10:55:11	W4	W4_SYNC	W4_SYNC	2019-11-25 10:55:11	2026-09-30 02:00:00	f	2026-09-30 02:00:00
aaae0096-04c5-401f-95cb-9cec8d45d17d	CIF0000000015	MOBILE	0923072837	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-09-11 10:37:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
990b5dfc-ae3d-4219-9309-6e88692f5c04	CIF0000000015	WORK	+84947508598	f	t	2021-11-16 10:37:01	T24	T24_SYNC	T24_SYNC	2021-09-11 10:37:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
346c86ea-4763-4843-bcbe-c3fd9ef40f4b	CIF0000000016	MOBILE	0771944359	t	t	2021-09-20 14:32:40	T24	T24_SYNC	T24_SYNC	2021-02-04 14:32:40	2026-09-30 02:00:00	f	2026-09-30 02:00:00
16aae59f-7242-469e-8d54-e12457b891b3	CIF0000000016	HOME	02470972183	f	t	2021-04-09 14:32:40	T24	T24_SYNC	T24_SYNC	2021-02-04 14:32:40	2026-09-30 02:00:00	f	2026-09-30 02:00:00
09212a48-e8f2-4ba3-b3b6-431ea88694a4	CIF0000000017	MOBILE	0700815881	t	f	\N	T24	T24_SYNC	T24_SYNC	2020-06-15 08:02:56	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f6b607b7-1578-492a-a0bb-f82f5b0c2f89	CIF0000000017	HOME	02425407944	f	t	2021-02-27 08:02:56	T24	T24_SYNC	T24_SYNC	2020-06-15 08:02:56	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e02d337b-51ed-4c21-8a31-4d3d65a1274d	CIF0000000018	MOBILE	0869687403	t	t	2022-12-24 16:03:28	T24	T24_SYNC	T24_SYNC	2022-05-05 16:03:28	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d71a0ea8-4fee-4812-ac11-db694970c2c2	CIF0000000018	HOME	02749843705	f	f	\N	T24	T24_SYNC	T24_SYNC	2022-05-05 16:03:28	2026-09-30 02:00:00	f	2026-09-30 02:00:00
74b9a06f-274a-449e-9125-64236aac502a	CIF0000000019	MOBILE	0928558925	t	t	2021-10-05 15:48:26	T24	T24_SYNC	T24_SYNC	2021-02-20 15:48:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
624f7e08-7de8-4edc-8e82-4645d682dbb1	CIF0000000019	WORK	+84782994686	f	f	\N	T24	T24_SYNC	T24_SYNC	2021-02-20 15:48:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c0193348-ed25-4830-b7ff-7afde9f167dc	CIF0000000020	MOBILE	0787430447	t	t	2021-11-23 09:48:47	T24	T24_SYNC	T24_SYNC	2021-03-05 09:48:47	2026-09-30 02:00:00	f	2026-09-30 02:00:00
aa4b10f7-6606-49c3-89c2-ace18d91f89d	CIF0000000020	OFFICE	02888715227	f	f	\N	T24	T24_SYNC	T24_SYNC	2021-03-05 09:48:47	2026-09-30 02:00:00	f	2026-09-30 02:00:00
d3784aaa-8ea7-449d-aeeb-2abd4cd047e2	CIF0000000021	MOBILE	0836301969	t	t	2022-04-18 14:34:34	T24	T24_SYNC	T24_SYNC	2021-08-28 14:34:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c10e27fb-314e-418e-be84-e6f4b0bd3e0c	CIF0000000021	WORK	+84770737730	f	f	\N	T24	T24_SYNC	T24_SYNC	2021-08-28 14:34:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8c095215-3c75-4ef0-a62a-3e8c3281f135	CIF0000000022	MOBILE	0335173491	t	t	2020-09-03 15:40:21	T24	T24_SYNC	T24_SYNC	2020-02-25 15:40:21	2026-09-30 02:00:00	f	2026-09-30 02:00:00
116d3333-be59-4230-a78e-ba8266b41674	CIF0000000022	WORK	+84769609252	f	t	2020-07-28 15:40:21	T24	T24_SYNC	T24_SYNC	2020-02-25 15:40:21	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f0339b4c-94ec-41da-8c71-53368aa4ffe0	CIF0000000023	MOBILE	0784045013	t	t	2022-10-11 12:33:16	T24	T24_SYNC	T24_SYNC	2022-09-11 12:33:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1dc940d7-3706-47ad-b4b4-562acd5b490d	CIF0000000023	OFFICE	02252022510	f	t	2023-05-04 12:33:16	T24	T24_SYNC	T24_SYNC	2022-09-11 12:33:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
79a5fc55-4a27-480a-9e82-2bd846de0473	CIF0000000024	MOBILE	0972916535	t	f	\N	T24	T24_SYNC	T24_SYNC	2021-05-07 16:33:37	2026-09-30 02:00:00	f	2026-09-30 02:00:00
6f1bdd26-60a8-4d8d-906f-c5b94e1cf2c1	CIF0000000024	HOME	02806458271	f	t	2021-08-19 16:33:37	T24	T24_SYNC	T24_SYNC	2021-05-07 16:33:37	2026-09-30 02:00:00	f	2026-09-30 02:00:00
4eee047f-d7b5-4446-bd41-cafaed7f21f4	CIF0000000025	MOBILE	0381788057	t	t	2021-03-23 11:28:16	T24	T24_SYNC	T24_SYNC	2021-01-30 11:28:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7c436a0a-5d2e-4ed2-83bd-dcd92f36b208	CIF0000000025	WORK	+84586223818	f	t	2021-06-23 11:28:16	T24	T24_SYNC	T24_SYNC	2021-01-30 11:28:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
272b10ee-3cb4-4fe1-a94a-92970896dd1b	CIF0000000026	MOBILE	0900659579	t	t	2021-04-22 09:15:01	W4	W4_SYNC	W4_SYNC	2020-07-21 09:15:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5cdef1be-94d4-4e95-85c3-e36a50f88846	CIF0000000026	HOME	02345329793	f	t	2021-01-18 09:15:01	W4	W4_SYNC	W4_SYNC	2020-07-21 09:15:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
8d814860-6c48-4618-a81b-e7af65ab3ab0	CIF0000000027	MOBILE	0359531101	t	t	2022-04-19 07:39:13	T24	T24_SYNC	T24_SYNC	2021-07-30 07:39:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3715adcd-a70c-471f-915c-2ad5cd0e356a	CIF0000000027	WORK	+84913966862	f	t	2021-12-16 07:39:13	T24	T24_SYNC	T24_SYNC	2021-07-30 07:39:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c027d8e7-adaa-4425-b713-0051b49eaa6f	CIF0000000028	MOBILE	0908402623	t	t	2021-12-08 11:20:49	W4	W4_SYNC	W4_SYNC	2021-11-22 11:20:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
69b4f671-cd8e-4e74-acca-a858935654c7	CIF0000000028	HOME	02824201315	f	t	2022-07-17 11:20:49	W4	W4_SYNC	W4_SYNC	2021-11-22 11:20:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
bbc7b81b-d6d9-472f-b608-af6b07960da8	CIF0000000029	MOBILE	0597274145	t	t	2020-04-03 15:12:49	T24	T24_SYNC	T24_SYNC	2019-10-03 15:12:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
655c9708-25a9-435e-bd42-b51ca9f03354	CIF0000000029	OFFICE	02258637076	f	t	2020-05-15 15:12:49	T24	T24_SYNC	T24_SYNC	2019-10-03 15:12:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
acbfda74-1d39-4198-a7bb-9f0896619ebb	CIF0000000030	MOBILE	0946145667	t	t	2022-03-21 14:07:08	T24	T24_SYNC	T24_SYNC	2022-02-01 14:07:08	2026-09-30 02:00:00	f	2026-09-30 02:00:00
561d385e-0aef-4821-aa98-97f1d4729033	CIF0000000030	OFFICE	02833072837	f	t	2022-08-12 14:07:08	T24	T24_SYNC	T24_SYNC	2022-02-01 14:07:08	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: reference_customers; Type: TABLE DATA; Schema: bank_sync_service; Owner: -
--

COPY bank_sync_service.reference_customers (id, ref_cif, primary_cif, relationship_type, type, name, date_of_birth, national_id, gender, company_name, registration_number, tax_id, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
ec862f06-c43d-4ee5-9941-0522d7d0c9dc	REF0000000001	CIF0000000001	SPOUSE	INDIVIDUAL	Nguyễn Ngọc Oanh	1998-05-31	079198435775	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-07-19 12:33:20	2026-09-30 02:00:00	f	2026-09-30 02:00:00
a2df49e5-b1ca-46a9-90ce-6eb4de13b102	REF0000000002	CIF0000000002	SIBLING	INDIVIDUAL	Nguyễn Trọng Hưng	1984-11-29	048084871536	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-02-05 08:03:57	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5396de78-e7d3-4982-b862-583dfed2e9a0	REF0000000003	CIF0000000003	CHILD	INDIVIDUAL	Hoàng Công Tài	1992-07-19	079092307297	MALE	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2022-04-02 16:54:52	2026-09-30 02:00:00	f	2026-09-30 02:00:00
fe647d2e-a0ca-48be-9ffa-39c6133231c7	REF0000000004	CIF0000000004	LEGAL_REPRESENTATIVE	INDIVIDUAL	Nguyễn Ngọc Yến	1997-02-19	001197743058	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2019-10-31 13:25:15	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3c080bfa-096f-41b1-877d-2353bc12b771	REF0000000005	CIF0000000005	GUARANTOR	INDIVIDUAL	Nguyễn Bảo Nga	1991-07-18	075191178819	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2020-05-02 08:11:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
f25a5e4d-920a-4018-9f19-04d341e00417	REF0000000006	CIF0000000006	SIBLING	INDIVIDUAL	Trần Thị Huệ	1990-08-11	001190614580	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-05-28 09:45:06	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b2cff2ba-deb7-4494-86ac-ee5ced8348a7	REF0000000007	CIF0000000007	PARENT	INDIVIDUAL	Nguyễn Quang Huy	1974-05-10	048074050341	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-05-16 13:39:45	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5c0b970e-675f-4380-8170-ed2a0501a003	REF0000000008	CIF0000000008	SPOUSE	INDIVIDUAL	Vũ Văn Huy	1976-09-10	079076486102	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-12-11 15:05:25	2026-09-30 02:00:00	f	2026-09-30 02:00:00
3241101d-08a4-4927-8cc7-f9ce6da83e0c	REF0000000009	CIF0000000009	GUARANTOR	INDIVIDUAL	Nguyễn Hồng Yến	1990-08-22	079190921863	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-07-19 07:21:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
c8b61b32-ba64-4102-9559-a36f58d64900	REF0000000010	CIF0000000010	PARENT	INDIVIDUAL	Nguyễn Minh Hưng	1975-07-03	001075357624	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-05-05 12:51:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
b93dafa8-f1eb-43e9-bcf1-8cde49439d87	REF0000000011	CIF0000000011	GUARANTOR	INDIVIDUAL	Lê Thị Nhung	1986-05-30	001186793385	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2020-02-21 12:41:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
27df4db4-5223-4e4c-a485-6e959c50e5ed	REF0000000012	CIF0000000012	COLLEAGUE	INDIVIDUAL	Phạm Kim Uyên	2002-06-06	031302229146	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2020-06-15 16:37:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9faee021-8e65-433f-8c34-57f71ccf1be1	REF0000000013	CIF0000000013	SIBLING	INDIVIDUAL	Nguyễn Quang Khang	1981-11-11	001081664907	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-04-25 12:19:22	2026-09-30 02:00:00	f	2026-09-30 02:00:00
7539380e-5a22-42e5-83c0-3986d2ea701d	REF0000000014	CIF0000000014	SIBLING	INDIVIDUAL	Trần Thị Hương	1995-11-26	031195100668	FEMALE	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2019-11-25 10:55:11	2026-09-30 02:00:00	f	2026-09-30 02:00:00
15b2cc9e-7009-47be-ab54-22f5c28dd502	REF0000000015	CIF0000000015	SPOUSE	INDIVIDUAL	Phạm Hữu Lâm	1963-04-12	079063536429	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-09-11 10:37:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
85de6833-68c0-419a-a615-21f522c3b6f6	REF0000000016	CIF0000000016	GUARANTOR	INDIVIDUAL	Mai Đức Khang	1983-06-19	001083972190	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-02-04 14:32:40	2026-09-30 02:00:00	f	2026-09-30 02:00:00
e8aaafa7-0741-4b16-b158-5e476a325936	REF0000000017	CIF0000000017	RELATIVE	INDIVIDUAL	Nguyễn Văn Đạt	1982-05-13	001082407951	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2020-06-15 08:02:56	2026-09-30 02:00:00	f	2026-09-30 02:00:00
eb2f7a99-24c1-4784-ac00-87e6a84d75ab	REF0000000018	CIF0000000018	SPOUSE	INDIVIDUAL	Nguyễn Văn Hùng	1976-11-20	074076843712	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-05-05 16:03:28	2026-09-30 02:00:00	f	2026-09-30 02:00:00
cfa31f37-6451-4e40-8f9f-719218d7e2d6	REF0000000019	CIF0000000019	RELATIVE	INDIVIDUAL	Nguyễn Bảo Tuyết	1991-07-04	048191279473	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-02-20 15:48:26	2026-09-30 02:00:00	f	2026-09-30 02:00:00
be36bd76-788d-4656-b324-52ffd66082d7	REF0000000020	CIF0000000020	GUARANTOR	INDIVIDUAL	Nguyễn Thanh Vân	1999-11-25	079199715234	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-03-05 09:48:47	2026-09-30 02:00:00	f	2026-09-30 02:00:00
76f484af-7a09-4275-9eb7-38a451e3183b	REF0000000021	CIF0000000021	SPOUSE	INDIVIDUAL	Phạm Đức Phúc	1990-04-10	001090150995	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-08-28 14:34:34	2026-09-30 02:00:00	f	2026-09-30 02:00:00
493ad691-7304-4804-8a4b-2225bbf490db	REF0000000022	CIF0000000022	PARENT	INDIVIDUAL	Nguyễn Mỹ Oanh	1972-07-28	048172586756	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2020-02-25 15:40:21	2026-09-30 02:00:00	f	2026-09-30 02:00:00
25dc6b11-5d84-40f2-9dde-03929e8d1a48	REF0000000023	CIF0000000023	PARENT_COMPANY	ORGANIZATION	\N	\N	\N	\N	Công ty TNHH Thiết bị Phương Nam	0052022519	0052022519	T24	T24_SYNC	T24_SYNC	2022-09-11 12:33:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
1c5c17a6-afc0-43b8-b9cb-864472559028	REF0000000024	CIF0000000024	PARENT	INDIVIDUAL	Phan Ngọc Khang	1963-12-17	079063458278	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-05-07 16:33:37	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ea3071a5-b76d-486e-852e-8f0451a82250	REF0000000025	CIF0000000025	SIBLING	INDIVIDUAL	Nguyễn Công Tiến	1975-08-05	001075894039	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-01-30 11:28:16	2026-09-30 02:00:00	f	2026-09-30 02:00:00
0aa967da-f5b8-433e-b0c4-c0e51c155c79	REF0000000026	CIF0000000026	SPOUSE	INDIVIDUAL	Lê Công Tiến	2003-05-31	046203329800	MALE	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2020-07-21 09:15:01	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9965002b-2e72-48ab-9463-a26ff10dde10	REF0000000027	CIF0000000027	CHILD	INDIVIDUAL	Nguyễn Ngọc Giang	2008-09-05	074308765561	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2021-07-30 07:39:13	2026-09-30 02:00:00	f	2026-09-30 02:00:00
5a109adf-bc1a-4508-b7f8-8bb60b0075dd	REF0000000028	CIF0000000028	CHILD	INDIVIDUAL	Mai Thị Loan	1984-07-26	079184201322	FEMALE	\N	\N	\N	W4	W4_SYNC	W4_SYNC	2021-11-22 11:20:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
9a835866-6f64-46d0-a35b-6d55c6012f1d	REF0000000029	CIF0000000029	LEGAL_REPRESENTATIVE	INDIVIDUAL	Lê Thành Duy	1969-08-17	031069637083	MALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2019-10-03 15:12:49	2026-09-30 02:00:00	f	2026-09-30 02:00:00
ed3ca85e-f155-4f95-8ee3-56e48fcedbae	REF0000000030	CIF0000000030	LEGAL_REPRESENTATIVE	INDIVIDUAL	Đinh Thị Giang	1986-09-02	079186072844	FEMALE	\N	\N	\N	T24	T24_SYNC	T24_SYNC	2022-02-01 14:07:08	2026-09-30 02:00:00	f	2026-09-30 02:00:00
\.


--
-- Data for Name: expected_schema; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.expected_schema (object_type, object_name, schema_name, table_name, definition, state) FROM stdin;
schema	auth_service	auth_service	\N	schema	\N
schema	bank_sync_service	bank_sync_service	\N	schema	\N
schema	payment_service	payment_service	\N	schema	\N
schema	workflow_service	workflow_service	\N	schema	\N
table	auth_service.users	auth_service	users	table	\N
table	auth_service.roles	auth_service	roles	table	\N
table	auth_service.permissions	auth_service	permissions	table	\N
table	auth_service.user_sessions	auth_service	user_sessions	table	\N
table	bank_sync_service.customers	bank_sync_service	customers	table	\N
table	bank_sync_service.phones	bank_sync_service	phones	table	\N
table	bank_sync_service.addresses	bank_sync_service	addresses	table	\N
table	bank_sync_service.emails	bank_sync_service	emails	table	\N
table	bank_sync_service.loans	bank_sync_service	loans	table	\N
table	bank_sync_service.collaterals	bank_sync_service	collaterals	table	\N
table	bank_sync_service.due_segmentations	bank_sync_service	due_segmentations	table	\N
table	bank_sync_service.reference_customers	bank_sync_service	reference_customers	table	\N
table	bank_sync_service.loan_collaterals	bank_sync_service	loan_collaterals	table	\N
table	payment_service.payments	payment_service	payments	partitioned table, RANGE (payment_date)	\N
materialized view	payment_service.payment_summary	payment_service	payment_summary	materialized view	\N
materialized view	payment_service.payment_method_analysis	payment_service	payment_method_analysis	materialized view	\N
table	workflow_service.agents	workflow_service	agents	table	\N
table	workflow_service.action_records	workflow_service	action_records	partitioned table, RANGE (action_date)	\N
table	workflow_service.customer_agents	workflow_service	customer_agents	partitioned table, RANGE (start_date)	\N
table	workflow_service.customer_cases	workflow_service	customer_cases	table	\N
table	workflow_service.customer_case_actions	workflow_service	customer_case_actions	table	\N
materialized view	workflow_service.agent_performance	workflow_service	agent_performance	materialized view	\N
materialized view	workflow_service.customer_collection_status	workflow_service	customer_collection_status	materialized view	\N
column	auth_service.users.updated_at	auth_service	users	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.users.created_at	auth_service	users	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.users.is_active	auth_service	users	boolean NOT NULL DEFAULT true	\N
column	auth_service.users.id	auth_service	users	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	auth_service.users.role	auth_service	users	character varying(50) NOT NULL	\N
column	auth_service.users.last_name	auth_service	users	character varying(100)	\N
column	auth_service.users.first_name	auth_service	users	character varying(100)	\N
column	auth_service.users.password_hash	auth_service	users	character varying(255) NOT NULL	\N
column	auth_service.users.email	auth_service	users	character varying(100) NOT NULL	\N
column	auth_service.users.username	auth_service	users	character varying(50) NOT NULL	\N
column	auth_service.roles.updated_at	auth_service	roles	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.roles.created_at	auth_service	roles	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.roles.id	auth_service	roles	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	auth_service.roles.description	auth_service	roles	text	\N
column	auth_service.roles.name	auth_service	roles	character varying(50) NOT NULL	\N
column	auth_service.permissions.updated_at	auth_service	permissions	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.permissions.created_at	auth_service	permissions	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.permissions.id	auth_service	permissions	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	auth_service.permissions.action	auth_service	permissions	character varying(50) NOT NULL	\N
column	auth_service.permissions.resource	auth_service	permissions	character varying(100) NOT NULL	\N
column	auth_service.permissions.role_id	auth_service	permissions	uuid NOT NULL	\N
column	auth_service.user_sessions.created_at	auth_service	user_sessions	timestamp with time zone NOT NULL DEFAULT now()	\N
column	auth_service.user_sessions.id	auth_service	user_sessions	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	auth_service.user_sessions.user_agent	auth_service	user_sessions	text	\N
column	auth_service.user_sessions.ip_address	auth_service	user_sessions	character varying(50)	\N
column	auth_service.user_sessions.expires_at	auth_service	user_sessions	timestamp with time zone NOT NULL	\N
column	auth_service.user_sessions.token	auth_service	user_sessions	character varying(255) NOT NULL	\N
column	auth_service.user_sessions.user_id	auth_service	user_sessions	uuid NOT NULL	\N
column	bank_sync_service.customers.is_editable	bank_sync_service	customers	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.customers.updated_at	bank_sync_service	customers	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.customers.created_at	bank_sync_service	customers	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.customers.id	bank_sync_service	customers	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.customers.last_synced_at	bank_sync_service	customers	timestamp without time zone	\N
column	bank_sync_service.customers.updated_by	bank_sync_service	customers	character varying(50) NOT NULL	\N
column	bank_sync_service.customers.created_by	bank_sync_service	customers	character varying(50) NOT NULL	\N
column	bank_sync_service.customers.source_system	bank_sync_service	customers	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.customers.status	bank_sync_service	customers	character varying(10) NOT NULL	\N
column	bank_sync_service.customers.segment	bank_sync_service	customers	character varying(50) NOT NULL	\N
column	bank_sync_service.customers.tax_id	bank_sync_service	customers	character varying(20)	\N
column	bank_sync_service.customers.registration_number	bank_sync_service	customers	character varying(20)	\N
column	bank_sync_service.customers.company_name	bank_sync_service	customers	character varying(100)	\N
column	bank_sync_service.customers.gender	bank_sync_service	customers	character varying(10)	\N
column	bank_sync_service.customers.national_id	bank_sync_service	customers	character varying(20)	\N
column	bank_sync_service.customers.date_of_birth	bank_sync_service	customers	date	\N
column	bank_sync_service.customers.name	bank_sync_service	customers	character varying(100)	\N
column	bank_sync_service.customers.type	bank_sync_service	customers	crmdb.customer_type NOT NULL	\N
column	bank_sync_service.customers.cif	bank_sync_service	customers	character varying(20) NOT NULL	\N
column	bank_sync_service.phones.is_editable	bank_sync_service	phones	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.phones.updated_at	bank_sync_service	phones	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.phones.created_at	bank_sync_service	phones	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.phones.is_verified	bank_sync_service	phones	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.phones.is_primary	bank_sync_service	phones	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.phones.id	bank_sync_service	phones	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.phones.last_synced_at	bank_sync_service	phones	timestamp without time zone	\N
column	bank_sync_service.phones.updated_by	bank_sync_service	phones	character varying(50) NOT NULL	\N
column	bank_sync_service.phones.created_by	bank_sync_service	phones	character varying(50) NOT NULL	\N
column	bank_sync_service.phones.source_system	bank_sync_service	phones	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.phones.verification_date	bank_sync_service	phones	timestamp without time zone	\N
column	bank_sync_service.phones.number	bank_sync_service	phones	character varying(20) NOT NULL	\N
column	bank_sync_service.phones.type	bank_sync_service	phones	character varying(20) NOT NULL	\N
column	bank_sync_service.phones.cif	bank_sync_service	phones	character varying(20) NOT NULL	\N
column	bank_sync_service.addresses.is_editable	bank_sync_service	addresses	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.addresses.updated_at	bank_sync_service	addresses	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.addresses.created_at	bank_sync_service	addresses	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.addresses.is_verified	bank_sync_service	addresses	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.addresses.is_primary	bank_sync_service	addresses	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.addresses.id	bank_sync_service	addresses	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.addresses.last_synced_at	bank_sync_service	addresses	timestamp without time zone	\N
column	bank_sync_service.addresses.updated_by	bank_sync_service	addresses	character varying(50) NOT NULL	\N
column	bank_sync_service.addresses.created_by	bank_sync_service	addresses	character varying(50) NOT NULL	\N
column	bank_sync_service.addresses.source_system	bank_sync_service	addresses	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.addresses.verification_date	bank_sync_service	addresses	timestamp without time zone	\N
column	bank_sync_service.addresses.country	bank_sync_service	addresses	character varying(50) NOT NULL	\N
column	bank_sync_service.addresses.district	bank_sync_service	addresses	character varying(50) NOT NULL	\N
column	bank_sync_service.addresses.state	bank_sync_service	addresses	character varying(50) NOT NULL	\N
column	bank_sync_service.addresses.city	bank_sync_service	addresses	character varying(50) NOT NULL	\N
column	bank_sync_service.addresses.address_line2	bank_sync_service	addresses	character varying(100)	\N
column	bank_sync_service.addresses.address_line1	bank_sync_service	addresses	character varying(100) NOT NULL	\N
column	bank_sync_service.addresses.type	bank_sync_service	addresses	character varying(20) NOT NULL	\N
column	bank_sync_service.addresses.cif	bank_sync_service	addresses	character varying(20) NOT NULL	\N
column	bank_sync_service.emails.is_editable	bank_sync_service	emails	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.emails.updated_at	bank_sync_service	emails	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.emails.created_at	bank_sync_service	emails	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.emails.is_verified	bank_sync_service	emails	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.emails.is_primary	bank_sync_service	emails	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.emails.id	bank_sync_service	emails	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.emails.last_synced_at	bank_sync_service	emails	timestamp without time zone	\N
column	bank_sync_service.emails.updated_by	bank_sync_service	emails	character varying(50) NOT NULL	\N
column	bank_sync_service.emails.created_by	bank_sync_service	emails	character varying(50) NOT NULL	\N
column	bank_sync_service.emails.source_system	bank_sync_service	emails	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.emails.verification_date	bank_sync_service	emails	timestamp without time zone	\N
column	bank_sync_service.emails.address	bank_sync_service	emails	character varying(100) NOT NULL	\N
column	bank_sync_service.emails.cif	bank_sync_service	emails	character varying(20) NOT NULL	\N
column	bank_sync_service.loans.is_editable	bank_sync_service	loans	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.loans.updated_at	bank_sync_service	loans	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.loans.created_at	bank_sync_service	loans	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.loans.id	bank_sync_service	loans	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.loans.last_synced_at	bank_sync_service	loans	timestamp without time zone	\N
column	bank_sync_service.loans.updated_by	bank_sync_service	loans	character varying(50) NOT NULL	\N
column	bank_sync_service.loans.created_by	bank_sync_service	loans	character varying(50) NOT NULL	\N
column	bank_sync_service.loans.source_system	bank_sync_service	loans	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.loans.resolution_notes	bank_sync_service	loans	text	\N
column	bank_sync_service.loans.resolution_code	bank_sync_service	loans	character varying(20)	\N
column	bank_sync_service.loans.close_date	bank_sync_service	loans	date	\N
column	bank_sync_service.loans.status	bank_sync_service	loans	crmdb.loan_status NOT NULL	\N
column	bank_sync_service.loans.delinquency_status	bank_sync_service	loans	character varying(20) NOT NULL	\N
column	bank_sync_service.loans.dpd	bank_sync_service	loans	integer NOT NULL	\N
column	bank_sync_service.loans.next_payment_date	bank_sync_service	loans	date NOT NULL	\N
column	bank_sync_service.loans.min_pay	bank_sync_service	loans	numeric(18,2)	\N
column	bank_sync_service.loans.due_amount	bank_sync_service	loans	numeric(18,2) NOT NULL	\N
column	bank_sync_service.loans.remaining_amount	bank_sync_service	loans	numeric(18,2) NOT NULL	\N
column	bank_sync_service.loans.outstanding	bank_sync_service	loans	numeric(18,2) NOT NULL	\N
column	bank_sync_service.loans.limit_amount	bank_sync_service	loans	numeric(18,2)	\N
column	bank_sync_service.loans.payment_frequency	bank_sync_service	loans	character varying(20) NOT NULL	\N
column	bank_sync_service.loans.term	bank_sync_service	loans	integer NOT NULL	\N
column	bank_sync_service.loans.interest_rate	bank_sync_service	loans	numeric(8,4) NOT NULL	\N
column	bank_sync_service.loans.maturity_date	bank_sync_service	loans	date NOT NULL	\N
column	bank_sync_service.loans.disbursement_date	bank_sync_service	loans	date NOT NULL	\N
column	bank_sync_service.loans.currency	bank_sync_service	loans	character varying(3) NOT NULL	\N
column	bank_sync_service.loans.original_amount	bank_sync_service	loans	numeric(18,2) NOT NULL	\N
column	bank_sync_service.loans.product_type	bank_sync_service	loans	character varying(20) NOT NULL	\N
column	bank_sync_service.loans.cif	bank_sync_service	loans	character varying(20) NOT NULL	\N
column	bank_sync_service.loans.account_number	bank_sync_service	loans	character varying(20) NOT NULL	\N
column	bank_sync_service.collaterals.is_editable	bank_sync_service	collaterals	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.collaterals.updated_at	bank_sync_service	collaterals	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.collaterals.created_at	bank_sync_service	collaterals	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.collaterals.id	bank_sync_service	collaterals	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.collaterals.last_synced_at	bank_sync_service	collaterals	timestamp without time zone	\N
column	bank_sync_service.collaterals.updated_by	bank_sync_service	collaterals	character varying(50) NOT NULL	\N
column	bank_sync_service.collaterals.created_by	bank_sync_service	collaterals	character varying(50) NOT NULL	\N
column	bank_sync_service.collaterals.source_system	bank_sync_service	collaterals	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.collaterals.title_number	bank_sync_service	collaterals	character varying(20)	\N
column	bank_sync_service.collaterals.size	bank_sync_service	collaterals	numeric(10,2)	\N
column	bank_sync_service.collaterals.address	bank_sync_service	collaterals	text	\N
column	bank_sync_service.collaterals.property_type	bank_sync_service	collaterals	character varying(20)	\N
column	bank_sync_service.collaterals.license_plate	bank_sync_service	collaterals	character varying(20)	\N
column	bank_sync_service.collaterals.vin	bank_sync_service	collaterals	character varying(20)	\N
column	bank_sync_service.collaterals.year	bank_sync_service	collaterals	integer	\N
column	bank_sync_service.collaterals.model	bank_sync_service	collaterals	character varying(50)	\N
column	bank_sync_service.collaterals.make	bank_sync_service	collaterals	character varying(50)	\N
column	bank_sync_service.collaterals.valuation_date	bank_sync_service	collaterals	date NOT NULL	\N
column	bank_sync_service.collaterals.value	bank_sync_service	collaterals	numeric(18,2) NOT NULL	\N
column	bank_sync_service.collaterals.description	bank_sync_service	collaterals	text NOT NULL	\N
column	bank_sync_service.collaterals.type	bank_sync_service	collaterals	character varying(20) NOT NULL	\N
column	bank_sync_service.collaterals.cif	bank_sync_service	collaterals	character varying(20) NOT NULL	\N
column	bank_sync_service.collaterals.collateral_number	bank_sync_service	collaterals	character varying(20) NOT NULL	\N
column	bank_sync_service.due_segmentations.is_editable	bank_sync_service	due_segmentations	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.due_segmentations.updated_at	bank_sync_service	due_segmentations	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.due_segmentations.created_at	bank_sync_service	due_segmentations	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.due_segmentations.id	bank_sync_service	due_segmentations	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.due_segmentations.last_synced_at	bank_sync_service	due_segmentations	timestamp without time zone	\N
column	bank_sync_service.due_segmentations.updated_by	bank_sync_service	due_segmentations	character varying(50) NOT NULL	\N
column	bank_sync_service.due_segmentations.created_by	bank_sync_service	due_segmentations	character varying(50) NOT NULL	\N
column	bank_sync_service.due_segmentations.source_system	bank_sync_service	due_segmentations	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.due_segmentations.penalty_amount	bank_sync_service	due_segmentations	numeric(18,2) NOT NULL	\N
column	bank_sync_service.due_segmentations.fees_amount	bank_sync_service	due_segmentations	numeric(18,2) NOT NULL	\N
column	bank_sync_service.due_segmentations.interest_amount	bank_sync_service	due_segmentations	numeric(18,2) NOT NULL	\N
column	bank_sync_service.due_segmentations.principal_amount	bank_sync_service	due_segmentations	numeric(18,2) NOT NULL	\N
column	bank_sync_service.due_segmentations.due_date	bank_sync_service	due_segmentations	date NOT NULL	\N
column	bank_sync_service.due_segmentations.loan_account_number	bank_sync_service	due_segmentations	character varying(20) NOT NULL	\N
column	bank_sync_service.reference_customers.is_editable	bank_sync_service	reference_customers	boolean NOT NULL DEFAULT false	\N
column	bank_sync_service.reference_customers.updated_at	bank_sync_service	reference_customers	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.reference_customers.created_at	bank_sync_service	reference_customers	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.reference_customers.id	bank_sync_service	reference_customers	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.reference_customers.last_synced_at	bank_sync_service	reference_customers	timestamp without time zone	\N
column	bank_sync_service.reference_customers.updated_by	bank_sync_service	reference_customers	character varying(50) NOT NULL	\N
column	bank_sync_service.reference_customers.created_by	bank_sync_service	reference_customers	character varying(50) NOT NULL	\N
column	bank_sync_service.reference_customers.source_system	bank_sync_service	reference_customers	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.reference_customers.tax_id	bank_sync_service	reference_customers	character varying(20)	\N
column	bank_sync_service.reference_customers.registration_number	bank_sync_service	reference_customers	character varying(20)	\N
column	bank_sync_service.reference_customers.company_name	bank_sync_service	reference_customers	character varying(100)	\N
column	bank_sync_service.reference_customers.gender	bank_sync_service	reference_customers	character varying(10)	\N
column	bank_sync_service.reference_customers.national_id	bank_sync_service	reference_customers	character varying(20)	\N
column	bank_sync_service.reference_customers.date_of_birth	bank_sync_service	reference_customers	date	\N
column	bank_sync_service.reference_customers.name	bank_sync_service	reference_customers	character varying(100)	\N
column	bank_sync_service.reference_customers.type	bank_sync_service	reference_customers	crmdb.customer_type NOT NULL	\N
column	bank_sync_service.reference_customers.relationship_type	bank_sync_service	reference_customers	character varying(30) NOT NULL	\N
column	bank_sync_service.reference_customers.primary_cif	bank_sync_service	reference_customers	character varying(20) NOT NULL	\N
column	bank_sync_service.reference_customers.ref_cif	bank_sync_service	reference_customers	character varying(20) NOT NULL	\N
column	bank_sync_service.loan_collaterals.updated_at	bank_sync_service	loan_collaterals	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.loan_collaterals.created_at	bank_sync_service	loan_collaterals	timestamp without time zone NOT NULL DEFAULT now()	\N
column	bank_sync_service.loan_collaterals.id	bank_sync_service	loan_collaterals	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	bank_sync_service.loan_collaterals.source_system	bank_sync_service	loan_collaterals	crmdb.source_system_type NOT NULL	\N
column	bank_sync_service.loan_collaterals.collateral_number	bank_sync_service	loan_collaterals	character varying(20) NOT NULL	\N
column	bank_sync_service.loan_collaterals.loan_account_number	bank_sync_service	loan_collaterals	character varying(20) NOT NULL	\N
column	payment_service.payments.is_editable	payment_service	payments	boolean NOT NULL DEFAULT false	\N
column	payment_service.payments.updated_at	payment_service	payments	timestamp without time zone NOT NULL DEFAULT now()	\N
column	payment_service.payments.created_at	payment_service	payments	timestamp without time zone NOT NULL DEFAULT now()	\N
column	payment_service.payments.id	payment_service	payments	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	payment_service.payments.last_synced_at	payment_service	payments	timestamp without time zone	\N
column	payment_service.payments.updated_by	payment_service	payments	character varying(50) NOT NULL	\N
column	payment_service.payments.created_by	payment_service	payments	character varying(50) NOT NULL	\N
column	payment_service.payments.source_system	payment_service	payments	crmdb.source_system_type NOT NULL	\N
column	payment_service.payments.status_reason	payment_service	payments	text	\N
column	payment_service.payments.status	payment_service	payments	crmdb.payment_status NOT NULL	\N
column	payment_service.payments.payment_method	payment_service	payments	character varying(20) NOT NULL	\N
column	payment_service.payments.payment_date	payment_service	payments	timestamp without time zone NOT NULL	\N
column	payment_service.payments.currency	payment_service	payments	character varying(3) NOT NULL	\N
column	payment_service.payments.amount	payment_service	payments	numeric(18,2) NOT NULL	\N
column	payment_service.payments.cif	payment_service	payments	character varying(20) NOT NULL	\N
column	payment_service.payments.loan_account_number	payment_service	payments	character varying(20) NOT NULL	\N
column	payment_service.payments.reference_number	payment_service	payments	character varying(20) NOT NULL	\N
column	payment_service.payment_summary.year	payment_service	payment_summary	integer	\N
column	payment_service.payment_summary.month	payment_service	payment_summary	integer	\N
column	payment_service.payment_summary.last_payment_date	payment_service	payment_summary	timestamp without time zone	\N
column	payment_service.payment_summary.total_failed_payments	payment_service	payment_summary	bigint	\N
column	payment_service.payment_summary.total_successful_payments	payment_service	payment_summary	bigint	\N
column	payment_service.payment_summary.total_paid_amount	payment_service	payment_summary	numeric	\N
column	payment_service.payment_summary.cif	payment_service	payment_summary	character varying(20)	\N
column	payment_service.payment_summary.loan_account_number	payment_service	payment_summary	character varying(20)	\N
column	payment_service.payment_method_analysis.year	payment_service	payment_method_analysis	integer	\N
column	payment_service.payment_method_analysis.month	payment_service	payment_method_analysis	integer	\N
column	payment_service.payment_method_analysis.failed_payments	payment_service	payment_method_analysis	bigint	\N
column	payment_service.payment_method_analysis.successful_payments	payment_service	payment_method_analysis	bigint	\N
column	payment_service.payment_method_analysis.average_amount	payment_service	payment_method_analysis	numeric	\N
column	payment_service.payment_method_analysis.total_amount	payment_service	payment_method_analysis	numeric	\N
column	payment_service.payment_method_analysis.total_payments	payment_service	payment_method_analysis	bigint	\N
column	payment_service.payment_method_analysis.payment_method	payment_service	payment_method_analysis	character varying(20)	\N
column	workflow_service.agents.updated_at	workflow_service	agents	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.agents.created_at	workflow_service	agents	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.agents.is_active	workflow_service	agents	boolean NOT NULL DEFAULT true	\N
column	workflow_service.agents.id	workflow_service	agents	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	workflow_service.agents.team	workflow_service	agents	character varying(30) NOT NULL	\N
column	workflow_service.agents.type	workflow_service	agents	crmdb.agent_type NOT NULL	\N
column	workflow_service.agents.phone	workflow_service	agents	character varying(20)	\N
column	workflow_service.agents.email	workflow_service	agents	character varying(100) NOT NULL	\N
column	workflow_service.agents.name	workflow_service	agents	character varying(100) NOT NULL	\N
column	workflow_service.agents.employee_id	workflow_service	agents	character varying(20) NOT NULL	\N
column	workflow_service.action_records.updated_at	workflow_service	action_records	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.action_records.created_at	workflow_service	action_records	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.action_records.id	workflow_service	action_records	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	workflow_service.action_records.updated_by	workflow_service	action_records	character varying(50) NOT NULL	\N
column	workflow_service.action_records.created_by	workflow_service	action_records	character varying(50) NOT NULL	\N
column	workflow_service.action_records.visit_address	workflow_service	action_records	text	\N
column	workflow_service.action_records.visit_longitude	workflow_service	action_records	numeric(11,8)	\N
column	workflow_service.action_records.visit_latitude	workflow_service	action_records	numeric(10,8)	\N
column	workflow_service.action_records.call_trace_id	workflow_service	action_records	character varying(20)	\N
column	workflow_service.action_records.notes	workflow_service	action_records	text	\N
column	workflow_service.action_records.action_date	workflow_service	action_records	timestamp without time zone NOT NULL	\N
column	workflow_service.action_records.action_result	workflow_service	action_records	character varying(30) NOT NULL	\N
column	workflow_service.action_records.subtype	workflow_service	action_records	character varying(30) NOT NULL	\N
column	workflow_service.action_records.type	workflow_service	action_records	character varying(20) NOT NULL	\N
column	workflow_service.action_records.agent_id	workflow_service	action_records	uuid NOT NULL	\N
column	workflow_service.action_records.loan_account_number	workflow_service	action_records	character varying(20) NOT NULL	\N
column	workflow_service.action_records.cif	workflow_service	action_records	character varying(20) NOT NULL	\N
column	workflow_service.customer_agents.updated_at	workflow_service	customer_agents	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.customer_agents.created_at	workflow_service	customer_agents	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.customer_agents.is_current	workflow_service	customer_agents	boolean NOT NULL DEFAULT true	\N
column	workflow_service.customer_agents.id	workflow_service	customer_agents	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	workflow_service.customer_agents.end_date	workflow_service	customer_agents	date	\N
column	workflow_service.customer_agents.start_date	workflow_service	customer_agents	date NOT NULL	\N
column	workflow_service.customer_agents.assigned_field_agent_id	workflow_service	customer_agents	uuid	\N
column	workflow_service.customer_agents.assigned_call_agent_id	workflow_service	customer_agents	uuid	\N
column	workflow_service.customer_agents.cif	workflow_service	customer_agents	character varying(20) NOT NULL	\N
column	workflow_service.customer_cases.updated_at	workflow_service	customer_cases	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.customer_cases.created_at	workflow_service	customer_cases	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.customer_cases.id	workflow_service	customer_cases	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	workflow_service.customer_cases.recovery_ability_status	workflow_service	customer_cases	character varying(30) NOT NULL	\N
column	workflow_service.customer_cases.lending_violation_status	workflow_service	customer_cases	character varying(30) NOT NULL	\N
column	workflow_service.customer_cases.processing_state_status	workflow_service	customer_cases	character varying(30) NOT NULL	\N
column	workflow_service.customer_cases.collateral_status	workflow_service	customer_cases	character varying(30) NOT NULL	\N
column	workflow_service.customer_cases.customer_status	workflow_service	customer_cases	character varying(30) NOT NULL	\N
column	workflow_service.customer_cases.f_update	workflow_service	customer_cases	timestamp without time zone	\N
column	workflow_service.customer_cases.assigned_field_agent_id	workflow_service	customer_cases	uuid	\N
column	workflow_service.customer_cases.assigned_call_agent_id	workflow_service	customer_cases	uuid	\N
column	workflow_service.customer_cases.cif	workflow_service	customer_cases	character varying(20) NOT NULL	\N
column	workflow_service.customer_case_actions.updated_at	workflow_service	customer_case_actions	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.customer_case_actions.created_at	workflow_service	customer_case_actions	timestamp without time zone NOT NULL DEFAULT now()	\N
column	workflow_service.customer_case_actions.id	workflow_service	customer_case_actions	uuid NOT NULL DEFAULT gen_random_uuid()	\N
column	workflow_service.customer_case_actions.updated_by	workflow_service	customer_case_actions	character varying(50) NOT NULL	\N
column	workflow_service.customer_case_actions.created_by	workflow_service	customer_case_actions	character varying(50) NOT NULL	\N
column	workflow_service.customer_case_actions.recovery_ability_status	workflow_service	customer_case_actions	character varying(30)	\N
column	workflow_service.customer_case_actions.lending_violation_status	workflow_service	customer_case_actions	character varying(30)	\N
column	workflow_service.customer_case_actions.processing_state_status	workflow_service	customer_case_actions	character varying(30)	\N
column	workflow_service.customer_case_actions.collateral_status	workflow_service	customer_case_actions	character varying(30)	\N
column	workflow_service.customer_case_actions.customer_status	workflow_service	customer_case_actions	character varying(30)	\N
column	workflow_service.customer_case_actions.notes	workflow_service	customer_case_actions	text	\N
column	workflow_service.customer_case_actions.action_date	workflow_service	customer_case_actions	timestamp without time zone NOT NULL	\N
column	workflow_service.customer_case_actions.agent_id	workflow_service	customer_case_actions	uuid NOT NULL	\N
column	workflow_service.customer_case_actions.cif	workflow_service	customer_case_actions	character varying(20) NOT NULL	\N
column	workflow_service.agent_performance.year	workflow_service	agent_performance	integer	\N
column	workflow_service.agent_performance.month	workflow_service	agent_performance	integer	\N
column	workflow_service.agent_performance.payments_received	workflow_service	agent_performance	bigint	\N
column	workflow_service.agent_performance.payment_promises	workflow_service	agent_performance	bigint	\N
column	workflow_service.agent_performance.total_customers	workflow_service	agent_performance	bigint	\N
column	workflow_service.agent_performance.total_actions	workflow_service	agent_performance	bigint	\N
column	workflow_service.agent_performance.team	workflow_service	agent_performance	character varying(30)	\N
column	workflow_service.agent_performance.agent_name	workflow_service	agent_performance	character varying(100)	\N
column	workflow_service.agent_performance.agent_id	workflow_service	agent_performance	uuid	\N
column	workflow_service.customer_collection_status.last_action_date	workflow_service	customer_collection_status	timestamp without time zone	\N
column	workflow_service.customer_collection_status.total_actions	workflow_service	customer_collection_status	bigint	\N
column	workflow_service.customer_collection_status.max_dpd	workflow_service	customer_collection_status	integer	\N
column	workflow_service.customer_collection_status.total_due_amount	workflow_service	customer_collection_status	numeric	\N
column	workflow_service.customer_collection_status.total_outstanding	workflow_service	customer_collection_status	numeric	\N
column	workflow_service.customer_collection_status.total_loans	workflow_service	customer_collection_status	bigint	\N
column	workflow_service.customer_collection_status.field_agent_name	workflow_service	customer_collection_status	character varying(100)	\N
column	workflow_service.customer_collection_status.call_agent_name	workflow_service	customer_collection_status	character varying(100)	\N
column	workflow_service.customer_collection_status.recovery_ability_status	workflow_service	customer_collection_status	character varying(30)	\N
column	workflow_service.customer_collection_status.lending_violation_status	workflow_service	customer_collection_status	character varying(30)	\N
column	workflow_service.customer_collection_status.processing_state_status	workflow_service	customer_collection_status	character varying(30)	\N
column	workflow_service.customer_collection_status.collateral_status	workflow_service	customer_collection_status	character varying(30)	\N
column	workflow_service.customer_collection_status.customer_status	workflow_service	customer_collection_status	character varying(30)	\N
column	workflow_service.customer_collection_status.segment	workflow_service	customer_collection_status	character varying(50)	\N
column	workflow_service.customer_collection_status.company_name	workflow_service	customer_collection_status	character varying(100)	\N
column	workflow_service.customer_collection_status.name	workflow_service	customer_collection_status	character varying(100)	\N
column	workflow_service.customer_collection_status.cif	workflow_service	customer_collection_status	character varying(20)	\N
unique constraint	auth_service.users.users_email_key	auth_service	users	UNIQUE (email)	\N
unique constraint	auth_service.users.users_username_key	auth_service	users	UNIQUE (username)	\N
primary key	auth_service.users.users_pkey	auth_service	users	PRIMARY KEY (id)	\N
unique constraint	auth_service.roles.roles_name_key	auth_service	roles	UNIQUE (name)	\N
primary key	auth_service.roles.roles_pkey	auth_service	roles	PRIMARY KEY (id)	\N
foreign key	auth_service.permissions.permissions_role_id_fkey	auth_service	permissions	FOREIGN KEY (role_id) REFERENCES auth_service.roles(id) ON DELETE CASCADE	enabled
unique constraint	auth_service.permissions.permissions_role_id_resource_action_key	auth_service	permissions	UNIQUE (role_id, resource, action)	\N
primary key	auth_service.permissions.permissions_pkey	auth_service	permissions	PRIMARY KEY (id)	\N
foreign key	auth_service.user_sessions.user_sessions_user_id_fkey	auth_service	user_sessions	FOREIGN KEY (user_id) REFERENCES auth_service.users(id) ON DELETE CASCADE	enabled
unique constraint	auth_service.user_sessions.user_sessions_token_key	auth_service	user_sessions	UNIQUE (token)	\N
primary key	auth_service.user_sessions.user_sessions_pkey	auth_service	user_sessions	PRIMARY KEY (id)	\N
unique constraint	bank_sync_service.customers.customers_cif_key	bank_sync_service	customers	UNIQUE (cif)	\N
primary key	bank_sync_service.customers.customers_pkey	bank_sync_service	customers	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.phones.fk_customer_phone	bank_sync_service	phones	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	bank_sync_service.phones.phones_cif_type_key	bank_sync_service	phones	UNIQUE (cif, type)	\N
primary key	bank_sync_service.phones.phones_pkey	bank_sync_service	phones	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.addresses.fk_customer_address	bank_sync_service	addresses	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	bank_sync_service.addresses.addresses_cif_type_key	bank_sync_service	addresses	UNIQUE (cif, type)	\N
primary key	bank_sync_service.addresses.addresses_pkey	bank_sync_service	addresses	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.emails.fk_customer_email	bank_sync_service	emails	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	bank_sync_service.emails.emails_cif_address_key	bank_sync_service	emails	UNIQUE (cif, address)	\N
primary key	bank_sync_service.emails.emails_pkey	bank_sync_service	emails	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.loans.fk_customer_loan	bank_sync_service	loans	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	bank_sync_service.loans.loans_account_number_key	bank_sync_service	loans	UNIQUE (account_number)	\N
primary key	bank_sync_service.loans.loans_pkey	bank_sync_service	loans	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.collaterals.fk_customer_collateral	bank_sync_service	collaterals	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	bank_sync_service.collaterals.collaterals_collateral_number_key	bank_sync_service	collaterals	UNIQUE (collateral_number)	\N
primary key	bank_sync_service.collaterals.collaterals_pkey	bank_sync_service	collaterals	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.due_segmentations.fk_loan_due_segmentation	bank_sync_service	due_segmentations	FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number)	enabled
unique constraint	bank_sync_service.due_segmentations.due_segmentations_loan_account_number_due_date_key	bank_sync_service	due_segmentations	UNIQUE (loan_account_number, due_date)	\N
primary key	bank_sync_service.due_segmentations.due_segmentations_pkey	bank_sync_service	due_segmentations	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.reference_customers.fk_primary_customer	bank_sync_service	reference_customers	FOREIGN KEY (primary_cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	bank_sync_service.reference_customers.reference_customers_ref_cif_key	bank_sync_service	reference_customers	UNIQUE (ref_cif)	\N
primary key	bank_sync_service.reference_customers.reference_customers_pkey	bank_sync_service	reference_customers	PRIMARY KEY (id)	\N
foreign key	bank_sync_service.loan_collaterals.fk_loan_collateral_collateral	bank_sync_service	loan_collaterals	FOREIGN KEY (collateral_number) REFERENCES bank_sync_service.collaterals(collateral_number)	enabled
foreign key	bank_sync_service.loan_collaterals.fk_loan_collateral_loan	bank_sync_service	loan_collaterals	FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number)	enabled
unique constraint	bank_sync_service.loan_collaterals.loan_collaterals_loan_account_number_collateral_number_key	bank_sync_service	loan_collaterals	UNIQUE (loan_account_number, collateral_number)	\N
primary key	bank_sync_service.loan_collaterals.loan_collaterals_pkey	bank_sync_service	loan_collaterals	PRIMARY KEY (id)	\N
foreign key	payment_service.payments.fk_payment_customer	payment_service	payments	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
foreign key	payment_service.payments.fk_payment_loan	payment_service	payments	FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number)	enabled
primary key	payment_service.payments.payments_pkey	payment_service	payments	PRIMARY KEY (id, payment_date)	\N
unique constraint	workflow_service.agents.agents_email_key	workflow_service	agents	UNIQUE (email)	\N
unique constraint	workflow_service.agents.agents_employee_id_key	workflow_service	agents	UNIQUE (employee_id)	\N
primary key	workflow_service.agents.agents_pkey	workflow_service	agents	PRIMARY KEY (id)	\N
foreign key	workflow_service.action_records.fk_action_agent	workflow_service	action_records	FOREIGN KEY (agent_id) REFERENCES workflow_service.agents(id)	enabled
foreign key	workflow_service.action_records.fk_action_loan	workflow_service	action_records	FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number)	enabled
foreign key	workflow_service.action_records.fk_action_customer	workflow_service	action_records	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
primary key	workflow_service.action_records.action_records_pkey	workflow_service	action_records	PRIMARY KEY (id, action_date)	\N
foreign key	workflow_service.customer_agents.fk_customer_agent_field_agent	workflow_service	customer_agents	FOREIGN KEY (assigned_field_agent_id) REFERENCES workflow_service.agents(id)	enabled
foreign key	workflow_service.customer_agents.fk_customer_agent_call_agent	workflow_service	customer_agents	FOREIGN KEY (assigned_call_agent_id) REFERENCES workflow_service.agents(id)	enabled
foreign key	workflow_service.customer_agents.fk_customer_agent_customer	workflow_service	customer_agents	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
primary key	workflow_service.customer_agents.customer_agents_pkey	workflow_service	customer_agents	PRIMARY KEY (id, start_date)	\N
foreign key	workflow_service.customer_cases.fk_customer_case_field_agent	workflow_service	customer_cases	FOREIGN KEY (assigned_field_agent_id) REFERENCES workflow_service.agents(id)	enabled
foreign key	workflow_service.customer_cases.fk_customer_case_call_agent	workflow_service	customer_cases	FOREIGN KEY (assigned_call_agent_id) REFERENCES workflow_service.agents(id)	enabled
foreign key	workflow_service.customer_cases.fk_customer_case_customer	workflow_service	customer_cases	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
unique constraint	workflow_service.customer_cases.customer_cases_cif_key	workflow_service	customer_cases	UNIQUE (cif)	\N
primary key	workflow_service.customer_cases.customer_cases_pkey	workflow_service	customer_cases	PRIMARY KEY (id)	\N
foreign key	workflow_service.customer_case_actions.fk_customer_case_action_agent	workflow_service	customer_case_actions	FOREIGN KEY (agent_id) REFERENCES workflow_service.agents(id)	enabled
foreign key	workflow_service.customer_case_actions.fk_customer_case_action_customer	workflow_service	customer_case_actions	FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif)	enabled
primary key	workflow_service.customer_case_actions.customer_case_actions_pkey	workflow_service	customer_case_actions	PRIMARY KEY (id)	\N
index	auth_service.idx_users_role	auth_service	users	CREATE INDEX idx_users_role ON auth_service.users USING btree (role)	valid
index	auth_service.users_email_key	auth_service	users	CREATE UNIQUE INDEX users_email_key ON auth_service.users USING btree (email)	valid
index	auth_service.users_username_key	auth_service	users	CREATE UNIQUE INDEX users_username_key ON auth_service.users USING btree (username)	valid
index	auth_service.users_pkey	auth_service	users	CREATE UNIQUE INDEX users_pkey ON auth_service.users USING btree (id)	valid
index	auth_service.roles_name_key	auth_service	roles	CREATE UNIQUE INDEX roles_name_key ON auth_service.roles USING btree (name)	valid
index	auth_service.roles_pkey	auth_service	roles	CREATE UNIQUE INDEX roles_pkey ON auth_service.roles USING btree (id)	valid
index	auth_service.idx_permissions_role_id	auth_service	permissions	CREATE INDEX idx_permissions_role_id ON auth_service.permissions USING btree (role_id)	valid
index	auth_service.permissions_role_id_resource_action_key	auth_service	permissions	CREATE UNIQUE INDEX permissions_role_id_resource_action_key ON auth_service.permissions USING btree (role_id, resource, action)	valid
index	auth_service.permissions_pkey	auth_service	permissions	CREATE UNIQUE INDEX permissions_pkey ON auth_service.permissions USING btree (id)	valid
index	auth_service.idx_user_sessions_expires_at	auth_service	user_sessions	CREATE INDEX idx_user_sessions_expires_at ON auth_service.user_sessions USING btree (expires_at)	valid
index	auth_service.idx_user_sessions_user_id	auth_service	user_sessions	CREATE INDEX idx_user_sessions_user_id ON auth_service.user_sessions USING btree (user_id)	valid
index	auth_service.user_sessions_token_key	auth_service	user_sessions	CREATE UNIQUE INDEX user_sessions_token_key ON auth_service.user_sessions USING btree (token)	valid
index	auth_service.user_sessions_pkey	auth_service	user_sessions	CREATE UNIQUE INDEX user_sessions_pkey ON auth_service.user_sessions USING btree (id)	valid
index	bank_sync_service.idx_customers_company_name_trgm	bank_sync_service	customers	CREATE INDEX idx_customers_company_name_trgm ON bank_sync_service.customers USING gin (company_name crmdb.gin_trgm_ops)	valid
index	bank_sync_service.idx_customers_name_trgm	bank_sync_service	customers	CREATE INDEX idx_customers_name_trgm ON bank_sync_service.customers USING gin (name crmdb.gin_trgm_ops)	valid
index	bank_sync_service.idx_customers_type	bank_sync_service	customers	CREATE INDEX idx_customers_type ON bank_sync_service.customers USING btree (type)	valid
index	bank_sync_service.idx_customers_status	bank_sync_service	customers	CREATE INDEX idx_customers_status ON bank_sync_service.customers USING btree (status)	valid
index	bank_sync_service.idx_customers_segment	bank_sync_service	customers	CREATE INDEX idx_customers_segment ON bank_sync_service.customers USING btree (segment)	valid
index	bank_sync_service.idx_customers_registration_number	bank_sync_service	customers	CREATE INDEX idx_customers_registration_number ON bank_sync_service.customers USING btree (registration_number)	valid
index	bank_sync_service.idx_customers_national_id	bank_sync_service	customers	CREATE INDEX idx_customers_national_id ON bank_sync_service.customers USING btree (national_id)	valid
index	bank_sync_service.customers_cif_key	bank_sync_service	customers	CREATE UNIQUE INDEX customers_cif_key ON bank_sync_service.customers USING btree (cif)	valid
index	bank_sync_service.customers_pkey	bank_sync_service	customers	CREATE UNIQUE INDEX customers_pkey ON bank_sync_service.customers USING btree (id)	valid
index	bank_sync_service.idx_phones_cif	bank_sync_service	phones	CREATE INDEX idx_phones_cif ON bank_sync_service.phones USING btree (cif)	valid
index	bank_sync_service.idx_phones_number	bank_sync_service	phones	CREATE INDEX idx_phones_number ON bank_sync_service.phones USING btree (number)	valid
index	bank_sync_service.phones_cif_type_key	bank_sync_service	phones	CREATE UNIQUE INDEX phones_cif_type_key ON bank_sync_service.phones USING btree (cif, type)	valid
index	bank_sync_service.phones_pkey	bank_sync_service	phones	CREATE UNIQUE INDEX phones_pkey ON bank_sync_service.phones USING btree (id)	valid
index	bank_sync_service.idx_addresses_cif	bank_sync_service	addresses	CREATE INDEX idx_addresses_cif ON bank_sync_service.addresses USING btree (cif)	valid
index	bank_sync_service.idx_addresses_country	bank_sync_service	addresses	CREATE INDEX idx_addresses_country ON bank_sync_service.addresses USING btree (country)	valid
index	bank_sync_service.idx_addresses_state	bank_sync_service	addresses	CREATE INDEX idx_addresses_state ON bank_sync_service.addresses USING btree (state)	valid
index	bank_sync_service.idx_addresses_city	bank_sync_service	addresses	CREATE INDEX idx_addresses_city ON bank_sync_service.addresses USING btree (city)	valid
index	bank_sync_service.addresses_cif_type_key	bank_sync_service	addresses	CREATE UNIQUE INDEX addresses_cif_type_key ON bank_sync_service.addresses USING btree (cif, type)	valid
index	bank_sync_service.addresses_pkey	bank_sync_service	addresses	CREATE UNIQUE INDEX addresses_pkey ON bank_sync_service.addresses USING btree (id)	valid
index	bank_sync_service.idx_emails_cif	bank_sync_service	emails	CREATE INDEX idx_emails_cif ON bank_sync_service.emails USING btree (cif)	valid
index	bank_sync_service.idx_emails_address	bank_sync_service	emails	CREATE INDEX idx_emails_address ON bank_sync_service.emails USING btree (address)	valid
index	bank_sync_service.emails_cif_address_key	bank_sync_service	emails	CREATE UNIQUE INDEX emails_cif_address_key ON bank_sync_service.emails USING btree (cif, address)	valid
index	bank_sync_service.emails_pkey	bank_sync_service	emails	CREATE UNIQUE INDEX emails_pkey ON bank_sync_service.emails USING btree (id)	valid
index	bank_sync_service.idx_loans_next_payment_date	bank_sync_service	loans	CREATE INDEX idx_loans_next_payment_date ON bank_sync_service.loans USING btree (next_payment_date)	valid
index	bank_sync_service.idx_loans_delinquency_status	bank_sync_service	loans	CREATE INDEX idx_loans_delinquency_status ON bank_sync_service.loans USING btree (delinquency_status)	valid
index	bank_sync_service.idx_loans_dpd	bank_sync_service	loans	CREATE INDEX idx_loans_dpd ON bank_sync_service.loans USING btree (dpd)	valid
index	bank_sync_service.idx_loans_status	bank_sync_service	loans	CREATE INDEX idx_loans_status ON bank_sync_service.loans USING btree (status)	valid
index	bank_sync_service.idx_loans_product_type	bank_sync_service	loans	CREATE INDEX idx_loans_product_type ON bank_sync_service.loans USING btree (product_type)	valid
index	bank_sync_service.idx_loans_cif	bank_sync_service	loans	CREATE INDEX idx_loans_cif ON bank_sync_service.loans USING btree (cif)	valid
index	bank_sync_service.loans_account_number_key	bank_sync_service	loans	CREATE UNIQUE INDEX loans_account_number_key ON bank_sync_service.loans USING btree (account_number)	valid
index	bank_sync_service.loans_pkey	bank_sync_service	loans	CREATE UNIQUE INDEX loans_pkey ON bank_sync_service.loans USING btree (id)	valid
index	bank_sync_service.idx_collaterals_title_number	bank_sync_service	collaterals	CREATE INDEX idx_collaterals_title_number ON bank_sync_service.collaterals USING btree (title_number)	valid
index	bank_sync_service.idx_collaterals_license_plate	bank_sync_service	collaterals	CREATE INDEX idx_collaterals_license_plate ON bank_sync_service.collaterals USING btree (license_plate)	valid
index	bank_sync_service.idx_collaterals_vin	bank_sync_service	collaterals	CREATE INDEX idx_collaterals_vin ON bank_sync_service.collaterals USING btree (vin)	valid
index	bank_sync_service.idx_collaterals_type	bank_sync_service	collaterals	CREATE INDEX idx_collaterals_type ON bank_sync_service.collaterals USING btree (type)	valid
index	bank_sync_service.idx_collaterals_cif	bank_sync_service	collaterals	CREATE INDEX idx_collaterals_cif ON bank_sync_service.collaterals USING btree (cif)	valid
index	bank_sync_service.collaterals_collateral_number_key	bank_sync_service	collaterals	CREATE UNIQUE INDEX collaterals_collateral_number_key ON bank_sync_service.collaterals USING btree (collateral_number)	valid
index	bank_sync_service.collaterals_pkey	bank_sync_service	collaterals	CREATE UNIQUE INDEX collaterals_pkey ON bank_sync_service.collaterals USING btree (id)	valid
index	bank_sync_service.idx_due_segmentations_due_date	bank_sync_service	due_segmentations	CREATE INDEX idx_due_segmentations_due_date ON bank_sync_service.due_segmentations USING btree (due_date)	valid
index	bank_sync_service.idx_due_segmentations_loan_account_number	bank_sync_service	due_segmentations	CREATE INDEX idx_due_segmentations_loan_account_number ON bank_sync_service.due_segmentations USING btree (loan_account_number)	valid
index	bank_sync_service.due_segmentations_loan_account_number_due_date_key	bank_sync_service	due_segmentations	CREATE UNIQUE INDEX due_segmentations_loan_account_number_due_date_key ON bank_sync_service.due_segmentations USING btree (loan_account_number, due_date)	valid
index	bank_sync_service.due_segmentations_pkey	bank_sync_service	due_segmentations	CREATE UNIQUE INDEX due_segmentations_pkey ON bank_sync_service.due_segmentations USING btree (id)	valid
index	bank_sync_service.idx_reference_customers_registration_number	bank_sync_service	reference_customers	CREATE INDEX idx_reference_customers_registration_number ON bank_sync_service.reference_customers USING btree (registration_number)	valid
index	bank_sync_service.idx_reference_customers_national_id	bank_sync_service	reference_customers	CREATE INDEX idx_reference_customers_national_id ON bank_sync_service.reference_customers USING btree (national_id)	valid
index	bank_sync_service.idx_reference_customers_relationship_type	bank_sync_service	reference_customers	CREATE INDEX idx_reference_customers_relationship_type ON bank_sync_service.reference_customers USING btree (relationship_type)	valid
index	bank_sync_service.idx_reference_customers_primary_cif	bank_sync_service	reference_customers	CREATE INDEX idx_reference_customers_primary_cif ON bank_sync_service.reference_customers USING btree (primary_cif)	valid
index	bank_sync_service.reference_customers_ref_cif_key	bank_sync_service	reference_customers	CREATE UNIQUE INDEX reference_customers_ref_cif_key ON bank_sync_service.reference_customers USING btree (ref_cif)	valid
index	bank_sync_service.reference_customers_pkey	bank_sync_service	reference_customers	CREATE UNIQUE INDEX reference_customers_pkey ON bank_sync_service.reference_customers USING btree (id)	valid
index	bank_sync_service.idx_loan_collaterals_collateral_number	bank_sync_service	loan_collaterals	CREATE INDEX idx_loan_collaterals_collateral_number ON bank_sync_service.loan_collaterals USING btree (collateral_number)	valid
index	bank_sync_service.idx_loan_collaterals_loan_account_number	bank_sync_service	loan_collaterals	CREATE INDEX idx_loan_collaterals_loan_account_number ON bank_sync_service.loan_collaterals USING btree (loan_account_number)	valid
index	bank_sync_service.loan_collaterals_loan_account_number_collateral_number_key	bank_sync_service	loan_collaterals	CREATE UNIQUE INDEX loan_collaterals_loan_account_number_collateral_number_key ON bank_sync_service.loan_collaterals USING btree (loan_account_number, collateral_number)	valid
index	bank_sync_service.loan_collaterals_pkey	bank_sync_service	loan_collaterals	CREATE UNIQUE INDEX loan_collaterals_pkey ON bank_sync_service.loan_collaterals USING btree (id)	valid
index	payment_service.idx_payments_reference_number	payment_service	payments	CREATE INDEX idx_payments_reference_number ON ONLY payment_service.payments USING btree (reference_number)	valid
index	payment_service.idx_payments_cif_payment_date	payment_service	payments	CREATE INDEX idx_payments_cif_payment_date ON ONLY payment_service.payments USING btree (cif, payment_date)	valid
index	payment_service.idx_payments_loan_account_number_payment_date	payment_service	payments	CREATE INDEX idx_payments_loan_account_number_payment_date ON ONLY payment_service.payments USING btree (loan_account_number, payment_date)	valid
index	payment_service.idx_payments_status	payment_service	payments	CREATE INDEX idx_payments_status ON ONLY payment_service.payments USING btree (status)	valid
index	payment_service.idx_payments_payment_date	payment_service	payments	CREATE INDEX idx_payments_payment_date ON ONLY payment_service.payments USING btree (payment_date)	valid
index	payment_service.idx_payments_cif	payment_service	payments	CREATE INDEX idx_payments_cif ON ONLY payment_service.payments USING btree (cif)	valid
index	payment_service.idx_payments_loan_account_number	payment_service	payments	CREATE INDEX idx_payments_loan_account_number ON ONLY payment_service.payments USING btree (loan_account_number)	valid
index	payment_service.payments_pkey	payment_service	payments	CREATE UNIQUE INDEX payments_pkey ON ONLY payment_service.payments USING btree (id, payment_date)	valid
index	payment_service.payment_summary_unique_key	payment_service	payment_summary	CREATE UNIQUE INDEX payment_summary_unique_key ON payment_service.payment_summary USING btree (loan_account_number, cif, month, year)	valid
index	payment_service.payment_method_analysis_unique_key	payment_service	payment_method_analysis	CREATE UNIQUE INDEX payment_method_analysis_unique_key ON payment_service.payment_method_analysis USING btree (payment_method, month, year)	valid
index	workflow_service.idx_agents_is_active	workflow_service	agents	CREATE INDEX idx_agents_is_active ON workflow_service.agents USING btree (is_active)	valid
index	workflow_service.idx_agents_type	workflow_service	agents	CREATE INDEX idx_agents_type ON workflow_service.agents USING btree (type)	valid
index	workflow_service.idx_agents_team	workflow_service	agents	CREATE INDEX idx_agents_team ON workflow_service.agents USING btree (team)	valid
index	workflow_service.agents_email_key	workflow_service	agents	CREATE UNIQUE INDEX agents_email_key ON workflow_service.agents USING btree (email)	valid
index	workflow_service.agents_employee_id_key	workflow_service	agents	CREATE UNIQUE INDEX agents_employee_id_key ON workflow_service.agents USING btree (employee_id)	valid
index	workflow_service.agents_pkey	workflow_service	agents	CREATE UNIQUE INDEX agents_pkey ON workflow_service.agents USING btree (id)	valid
index	workflow_service.idx_action_records_loan_account_number_action_date	workflow_service	action_records	CREATE INDEX idx_action_records_loan_account_number_action_date ON ONLY workflow_service.action_records USING btree (loan_account_number, action_date)	valid
index	workflow_service.idx_action_records_cif_action_date	workflow_service	action_records	CREATE INDEX idx_action_records_cif_action_date ON ONLY workflow_service.action_records USING btree (cif, action_date)	valid
index	workflow_service.idx_action_records_action_result	workflow_service	action_records	CREATE INDEX idx_action_records_action_result ON ONLY workflow_service.action_records USING btree (action_result)	valid
index	workflow_service.idx_action_records_action_date	workflow_service	action_records	CREATE INDEX idx_action_records_action_date ON ONLY workflow_service.action_records USING btree (action_date)	valid
index	workflow_service.idx_action_records_type	workflow_service	action_records	CREATE INDEX idx_action_records_type ON ONLY workflow_service.action_records USING btree (type)	valid
index	workflow_service.idx_action_records_agent_id	workflow_service	action_records	CREATE INDEX idx_action_records_agent_id ON ONLY workflow_service.action_records USING btree (agent_id)	valid
index	workflow_service.idx_action_records_loan_account_number	workflow_service	action_records	CREATE INDEX idx_action_records_loan_account_number ON ONLY workflow_service.action_records USING btree (loan_account_number)	valid
index	workflow_service.idx_action_records_cif	workflow_service	action_records	CREATE INDEX idx_action_records_cif ON ONLY workflow_service.action_records USING btree (cif)	valid
index	workflow_service.action_records_pkey	workflow_service	action_records	CREATE UNIQUE INDEX action_records_pkey ON ONLY workflow_service.action_records USING btree (id, action_date)	valid
index	workflow_service.idx_customer_agents_cif_is_current	workflow_service	customer_agents	CREATE INDEX idx_customer_agents_cif_is_current ON ONLY workflow_service.customer_agents USING btree (cif, is_current)	valid
index	workflow_service.idx_customer_agents_is_current	workflow_service	customer_agents	CREATE INDEX idx_customer_agents_is_current ON ONLY workflow_service.customer_agents USING btree (is_current)	valid
index	workflow_service.idx_customer_agents_assigned_field_agent_id	workflow_service	customer_agents	CREATE INDEX idx_customer_agents_assigned_field_agent_id ON ONLY workflow_service.customer_agents USING btree (assigned_field_agent_id)	valid
index	workflow_service.idx_customer_agents_assigned_call_agent_id	workflow_service	customer_agents	CREATE INDEX idx_customer_agents_assigned_call_agent_id ON ONLY workflow_service.customer_agents USING btree (assigned_call_agent_id)	valid
index	workflow_service.idx_customer_agents_cif	workflow_service	customer_agents	CREATE INDEX idx_customer_agents_cif ON ONLY workflow_service.customer_agents USING btree (cif)	valid
index	workflow_service.customer_agents_pkey	workflow_service	customer_agents	CREATE UNIQUE INDEX customer_agents_pkey ON ONLY workflow_service.customer_agents USING btree (id, start_date)	valid
index	workflow_service.idx_customer_cases_status_composite	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_status_composite ON workflow_service.customer_cases USING btree (customer_status, processing_state_status, recovery_ability_status)	valid
index	workflow_service.idx_customer_cases_recovery_ability_status	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_recovery_ability_status ON workflow_service.customer_cases USING btree (recovery_ability_status)	valid
index	workflow_service.idx_customer_cases_processing_state_status	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_processing_state_status ON workflow_service.customer_cases USING btree (processing_state_status)	valid
index	workflow_service.idx_customer_cases_customer_status	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_customer_status ON workflow_service.customer_cases USING btree (customer_status)	valid
index	workflow_service.idx_customer_cases_f_update	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_f_update ON workflow_service.customer_cases USING btree (f_update)	valid
index	workflow_service.idx_customer_cases_assigned_field_agent_id	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_assigned_field_agent_id ON workflow_service.customer_cases USING btree (assigned_field_agent_id)	valid
index	workflow_service.idx_customer_cases_assigned_call_agent_id	workflow_service	customer_cases	CREATE INDEX idx_customer_cases_assigned_call_agent_id ON workflow_service.customer_cases USING btree (assigned_call_agent_id)	valid
index	workflow_service.customer_cases_cif_key	workflow_service	customer_cases	CREATE UNIQUE INDEX customer_cases_cif_key ON workflow_service.customer_cases USING btree (cif)	valid
index	workflow_service.customer_cases_pkey	workflow_service	customer_cases	CREATE UNIQUE INDEX customer_cases_pkey ON workflow_service.customer_cases USING btree (id)	valid
index	workflow_service.idx_customer_case_actions_action_date	workflow_service	customer_case_actions	CREATE INDEX idx_customer_case_actions_action_date ON workflow_service.customer_case_actions USING btree (action_date)	valid
index	workflow_service.idx_customer_case_actions_agent_id	workflow_service	customer_case_actions	CREATE INDEX idx_customer_case_actions_agent_id ON workflow_service.customer_case_actions USING btree (agent_id)	valid
index	workflow_service.idx_customer_case_actions_cif	workflow_service	customer_case_actions	CREATE INDEX idx_customer_case_actions_cif ON workflow_service.customer_case_actions USING btree (cif)	valid
index	workflow_service.customer_case_actions_pkey	workflow_service	customer_case_actions	CREATE UNIQUE INDEX customer_case_actions_pkey ON workflow_service.customer_case_actions USING btree (id)	valid
index	workflow_service.agent_performance_unique_key	workflow_service	agent_performance	CREATE UNIQUE INDEX agent_performance_unique_key ON workflow_service.agent_performance USING btree (agent_id, month, year) NULLS NOT DISTINCT	valid
index	workflow_service.customer_collection_status_unique_key	workflow_service	customer_collection_status	CREATE UNIQUE INDEX customer_collection_status_unique_key ON workflow_service.customer_collection_status USING btree (cif)	valid
trigger	auth_service.users.trg_users_updated_at	auth_service	users	CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON auth_service.users FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	auth_service.roles.trg_roles_updated_at	auth_service	roles	CREATE TRIGGER trg_roles_updated_at BEFORE UPDATE ON auth_service.roles FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	auth_service.permissions.trg_permissions_updated_at	auth_service	permissions	CREATE TRIGGER trg_permissions_updated_at BEFORE UPDATE ON auth_service.permissions FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.customers.trg_customers_updated_at	bank_sync_service	customers	CREATE TRIGGER trg_customers_updated_at BEFORE UPDATE ON bank_sync_service.customers FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.phones.trg_phones_updated_at	bank_sync_service	phones	CREATE TRIGGER trg_phones_updated_at BEFORE UPDATE ON bank_sync_service.phones FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.addresses.trg_addresses_updated_at	bank_sync_service	addresses	CREATE TRIGGER trg_addresses_updated_at BEFORE UPDATE ON bank_sync_service.addresses FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.emails.trg_emails_updated_at	bank_sync_service	emails	CREATE TRIGGER trg_emails_updated_at BEFORE UPDATE ON bank_sync_service.emails FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.loans.trg_loans_updated_at	bank_sync_service	loans	CREATE TRIGGER trg_loans_updated_at BEFORE UPDATE ON bank_sync_service.loans FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.collaterals.trg_collaterals_updated_at	bank_sync_service	collaterals	CREATE TRIGGER trg_collaterals_updated_at BEFORE UPDATE ON bank_sync_service.collaterals FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.due_segmentations.trg_due_segmentations_updated_at	bank_sync_service	due_segmentations	CREATE TRIGGER trg_due_segmentations_updated_at BEFORE UPDATE ON bank_sync_service.due_segmentations FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.reference_customers.trg_reference_customers_updated_at	bank_sync_service	reference_customers	CREATE TRIGGER trg_reference_customers_updated_at BEFORE UPDATE ON bank_sync_service.reference_customers FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	bank_sync_service.loan_collaterals.trg_loan_collaterals_updated_at	bank_sync_service	loan_collaterals	CREATE TRIGGER trg_loan_collaterals_updated_at BEFORE UPDATE ON bank_sync_service.loan_collaterals FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	payment_service.payments.trg_payments_reference_truncate	payment_service	payments	CREATE TRIGGER trg_payments_reference_truncate AFTER TRUNCATE ON payment_service.payments FOR EACH STATEMENT EXECUTE FUNCTION crmdb.payment_reference_truncate()	enabled
trigger	payment_service.payments.trg_payments_reference	payment_service	payments	CREATE TRIGGER trg_payments_reference AFTER INSERT OR DELETE OR UPDATE OF reference_number ON payment_service.payments FOR EACH ROW EXECUTE FUNCTION crmdb.payment_reference_sync()	enabled
trigger	payment_service.payments.trg_payments_updated_at	payment_service	payments	CREATE TRIGGER trg_payments_updated_at BEFORE UPDATE ON payment_service.payments FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	workflow_service.agents.trg_agents_updated_at	workflow_service	agents	CREATE TRIGGER trg_agents_updated_at BEFORE UPDATE ON workflow_service.agents FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	workflow_service.action_records.trg_action_records_updated_at	workflow_service	action_records	CREATE TRIGGER trg_action_records_updated_at BEFORE UPDATE ON workflow_service.action_records FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	workflow_service.customer_agents.trg_customer_agents_updated_at	workflow_service	customer_agents	CREATE TRIGGER trg_customer_agents_updated_at BEFORE UPDATE ON workflow_service.customer_agents FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	workflow_service.customer_cases.trg_customer_cases_updated_at	workflow_service	customer_cases	CREATE TRIGGER trg_customer_cases_updated_at BEFORE UPDATE ON workflow_service.customer_cases FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
trigger	workflow_service.customer_case_actions.trg_customer_case_actions_updated_at	workflow_service	customer_case_actions	CREATE TRIGGER trg_customer_case_actions_updated_at BEFORE UPDATE ON workflow_service.customer_case_actions FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at()	enabled
default partition	payment_service.payments	payment_service	payments	payment_service.payments_default	\N
default partition	workflow_service.action_records	workflow_service	action_records	workflow_service.action_records_default	\N
default partition	workflow_service.customer_agents	workflow_service	customer_agents	workflow_service.customer_agents_default	\N
\.


--
-- Data for Name: maintenance_log; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.maintenance_log (log_id, started_at, duration_ms, area, object_name, action, detail, rows_affected, success, sqlstate, error_message, logged_by) FROM stdin;
1	2026-12-02 08:55:49.664529+00	20.531	partition	payment_service.payments	created	payment_service.payments_2026_q4 [2026-10-01 00:00:00, 2027-01-01 00:00:00)	\N	t	\N	\N	postgres
2	2026-12-02 08:55:49.68571+00	17.873	partition	payment_service.payments	created	payment_service.payments_2027_q1 [2027-01-01 00:00:00, 2027-04-01 00:00:00)	\N	t	\N	\N	postgres
3	2026-12-02 08:55:49.703683+00	22.328	partition	payment_service.payments	created	payment_service.payments_2027_q2 [2027-04-01 00:00:00, 2027-07-01 00:00:00)	\N	t	\N	\N	postgres
4	2026-12-02 08:55:49.726108+00	17.16	partition	payment_service.payments	created	payment_service.payments_2027_q3 [2027-07-01 00:00:00, 2027-10-01 00:00:00)	\N	t	\N	\N	postgres
5	2026-12-02 08:55:49.743366+00	18.353	partition	payment_service.payments	created	payment_service.payments_2027_q4 [2027-10-01 00:00:00, 2028-01-01 00:00:00)	\N	t	\N	\N	postgres
6	2026-12-02 08:55:49.762228+00	22.975	partition	workflow_service.action_records	created	workflow_service.action_records_2026_q4 [2026-10-01 00:00:00, 2027-01-01 00:00:00)	\N	t	\N	\N	postgres
7	2026-12-02 08:55:49.785302+00	18.983	partition	workflow_service.action_records	created	workflow_service.action_records_2027_q1 [2027-01-01 00:00:00, 2027-04-01 00:00:00)	\N	t	\N	\N	postgres
8	2026-12-02 08:55:49.804386+00	19.737	partition	workflow_service.action_records	created	workflow_service.action_records_2027_q2 [2027-04-01 00:00:00, 2027-07-01 00:00:00)	\N	t	\N	\N	postgres
9	2026-12-02 08:55:49.824225+00	20.834	partition	workflow_service.action_records	created	workflow_service.action_records_2027_q3 [2027-07-01 00:00:00, 2027-10-01 00:00:00)	\N	t	\N	\N	postgres
10	2026-12-02 08:55:49.845161+00	20.15	partition	workflow_service.action_records	created	workflow_service.action_records_2027_q4 [2027-10-01 00:00:00, 2028-01-01 00:00:00)	\N	t	\N	\N	postgres
11	2026-12-02 08:55:49.866656+00	14.027	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2026_q4 [2026-10-01, 2027-01-01)	\N	t	\N	\N	postgres
12	2026-12-02 08:55:49.880787+00	13.15	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2027_q1 [2027-01-01, 2027-04-01)	\N	t	\N	\N	postgres
13	2026-12-02 08:55:49.894035+00	13.667	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2027_q2 [2027-04-01, 2027-07-01)	\N	t	\N	\N	postgres
14	2026-12-02 08:55:49.907805+00	14.062	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2027_q3 [2027-07-01, 2027-10-01)	\N	t	\N	\N	postgres
15	2026-12-02 08:55:49.921969+00	13.294	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2027_q4 [2027-10-01, 2028-01-01)	\N	t	\N	\N	postgres
16	2026-12-02 08:55:49.469636+00	482.03	install	\N	installed	auth_service, bank_sync_service, payment_service, workflow_service	\N	t	\N	\N	postgres
17	2026-12-02 08:55:50.113212+00	26.818	partition	payment_service.payments	created	payment_service.payments_2024_q4 [2024-10-01 00:00:00, 2025-01-01 00:00:00)	\N	t	\N	\N	postgres
18	2026-12-02 08:55:50.140403+00	20.324	partition	payment_service.payments	created	payment_service.payments_2025_q1 [2025-01-01 00:00:00, 2025-04-01 00:00:00)	\N	t	\N	\N	postgres
19	2026-12-02 08:55:50.160832+00	17.826	partition	payment_service.payments	created	payment_service.payments_2025_q2 [2025-04-01 00:00:00, 2025-07-01 00:00:00)	\N	t	\N	\N	postgres
20	2026-12-02 08:55:50.178762+00	19.25	partition	payment_service.payments	created	payment_service.payments_2025_q3 [2025-07-01 00:00:00, 2025-10-01 00:00:00)	\N	t	\N	\N	postgres
21	2026-12-02 08:55:50.198118+00	16.835	partition	payment_service.payments	created	payment_service.payments_2025_q4 [2025-10-01 00:00:00, 2026-01-01 00:00:00)	\N	t	\N	\N	postgres
22	2026-12-02 08:55:50.215064+00	16.264	partition	payment_service.payments	created	payment_service.payments_2026_q1 [2026-01-01 00:00:00, 2026-04-01 00:00:00)	\N	t	\N	\N	postgres
23	2026-12-02 08:55:50.231432+00	16.005	partition	payment_service.payments	created	payment_service.payments_2026_q2 [2026-04-01 00:00:00, 2026-07-01 00:00:00)	\N	t	\N	\N	postgres
24	2026-12-02 08:55:50.247585+00	18.798	partition	payment_service.payments	created	payment_service.payments_2026_q3 [2026-07-01 00:00:00, 2026-10-01 00:00:00)	\N	t	\N	\N	postgres
25	2026-12-02 08:55:50.328627+00	22.553	partition	workflow_service.action_records	created	workflow_service.action_records_2024_q4 [2024-10-01 00:00:00, 2025-01-01 00:00:00)	\N	t	\N	\N	postgres
26	2026-12-02 08:55:50.3513+00	23.981	partition	workflow_service.action_records	created	workflow_service.action_records_2025_q1 [2025-01-01 00:00:00, 2025-04-01 00:00:00)	\N	t	\N	\N	postgres
27	2026-12-02 08:55:50.375394+00	21.379	partition	workflow_service.action_records	created	workflow_service.action_records_2025_q2 [2025-04-01 00:00:00, 2025-07-01 00:00:00)	\N	t	\N	\N	postgres
28	2026-12-02 08:55:50.396874+00	20.976	partition	workflow_service.action_records	created	workflow_service.action_records_2025_q3 [2025-07-01 00:00:00, 2025-10-01 00:00:00)	\N	t	\N	\N	postgres
29	2026-12-02 08:55:50.417972+00	19.649	partition	workflow_service.action_records	created	workflow_service.action_records_2025_q4 [2025-10-01 00:00:00, 2026-01-01 00:00:00)	\N	t	\N	\N	postgres
30	2026-12-02 08:55:50.437723+00	20.05	partition	workflow_service.action_records	created	workflow_service.action_records_2026_q1 [2026-01-01 00:00:00, 2026-04-01 00:00:00)	\N	t	\N	\N	postgres
31	2026-12-02 08:55:50.457869+00	20.209	partition	workflow_service.action_records	created	workflow_service.action_records_2026_q2 [2026-04-01 00:00:00, 2026-07-01 00:00:00)	\N	t	\N	\N	postgres
32	2026-12-02 08:55:50.478175+00	19.165	partition	workflow_service.action_records	created	workflow_service.action_records_2026_q3 [2026-07-01 00:00:00, 2026-10-01 00:00:00)	\N	t	\N	\N	postgres
33	2026-12-02 08:55:50.558036+00	15.015	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2024_q3 [2024-07-01, 2024-10-01)	\N	t	\N	\N	postgres
34	2026-12-02 08:55:50.573411+00	12.708	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2024_q4 [2024-10-01, 2025-01-01)	\N	t	\N	\N	postgres
35	2026-12-02 08:55:50.586217+00	12.371	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2025_q1 [2025-01-01, 2025-04-01)	\N	t	\N	\N	postgres
36	2026-12-02 08:55:50.598687+00	13.467	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2025_q2 [2025-04-01, 2025-07-01)	\N	t	\N	\N	postgres
37	2026-12-02 08:55:50.612256+00	13.441	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2025_q3 [2025-07-01, 2025-10-01)	\N	t	\N	\N	postgres
38	2026-12-02 08:55:50.625795+00	12.836	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2025_q4 [2025-10-01, 2026-01-01)	\N	t	\N	\N	postgres
39	2026-12-02 08:55:50.638728+00	12.504	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2026_q1 [2026-01-01, 2026-04-01)	\N	t	\N	\N	postgres
40	2026-12-02 08:55:50.651333+00	13.239	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2026_q2 [2026-04-01, 2026-07-01)	\N	t	\N	\N	postgres
41	2026-12-02 08:55:50.664675+00	13.398	partition	workflow_service.customer_agents	created	workflow_service.customer_agents_2026_q3 [2026-07-01, 2026-10-01)	\N	t	\N	\N	postgres
42	2026-12-02 08:55:54.988588+00	22.519	refresh	payment_service.payment_method_analysis	refreshed_concurrently	never refreshed by crmdb	134	t	\N	\N	postgres
43	2026-12-02 08:55:55.011586+00	25.137	refresh	payment_service.payment_summary	refreshed_concurrently	never refreshed by crmdb	804	t	\N	\N	postgres
44	2026-12-02 08:55:55.03697+00	17.628	refresh	workflow_service.agent_performance	refreshed_concurrently	never refreshed by crmdb	132	t	\N	\N	postgres
45	2026-12-02 08:55:55.054705+00	11.042	refresh	workflow_service.customer_collection_status	refreshed_concurrently	never refreshed by crmdb	30	t	\N	\N	postgres
\.


--
-- Data for Name: partition_config; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.partition_config (parent_table, control_column, partition_interval, premake, retention, retention_action, archive_schema) FROM stdin;
payment_service.payments	payment_date	3 mons	4	\N	detach	\N
workflow_service.action_records	action_date	3 mons	4	\N	detach	\N
workflow_service.customer_agents	start_date	3 mons	4	\N	detach	\N
\.


--
-- Data for Name: payment_references; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.payment_references (reference_number, payment_id) FROM stdin;
W4000000000257	d7beb3a5-42cf-4cb6-a449-be33f8ba5496
FT000000000769	a68a4a9c-fef0-4742-b99e-15e5c5db65d9
FT000000000913	9ad97369-e5a9-4873-a97b-e80417bd0731
FT000000000097	3f002b7c-46b7-426f-96c9-a52c25287bff
FT000000001025	c7ebf763-921d-4ee6-8403-0110010a071c
W4000000000353	cd7ca02f-03b6-4c23-b9fb-dab8bac90be8
W4000000001201	8acd0f9a-fe67-4565-9f57-d5833638143c
FT000000000977	c7e3c97f-1376-47e6-be42-4cdaf020653b
W4000000000817	3198dd1a-1323-4d86-ab80-f8d90591d12c
FT000000000513	981e1808-9b6c-45aa-9537-67497ce93ad9
FT000000000209	edc0a63d-723a-4f45-ad97-07612442700f
W4000000000401	2911155e-9892-44b0-aaae-4d3ddc0c89d7
FT000000000465	b2dd18e4-0781-4320-bf76-ba73582ed870
FT000000000065	ae574e2e-4053-49db-b518-5697dad9dde9
FT000000001105	fe750652-582c-4f17-bb46-228ef9e0884c
FT000000000033	b10af861-cf0b-4bce-8172-6d226402c1fd
FT000000001297	66deb66c-4997-4cc2-8e32-9aa64244b07a
FT000000000881	b1b11fac-789a-4bfd-85db-fcfb3661f4c9
FT000000000289	f2e0d28a-0165-4a5d-9a06-507e522407f4
FT000000001057	cd5b7898-2027-4e8f-9884-817556924f84
FT000000001361	32ab1882-de98-4ab7-b2e9-3f6d2683dd60
FT000000000081	fc746dec-b015-4f4e-a32c-3d2b98e71196
FT000000000321	68d51a96-4024-4b79-a83b-89fba73ad8d8
FT000000001217	8e85a15d-e1bb-4982-a8c4-fb5edde2b296
FT000000000529	b45cf532-35c1-4c33-84aa-4251a3eb8a8b
W4000000000865	212294ba-1bad-43c6-ac63-e82c8c22bf9a
FT000000000785	17d8d259-71dc-40a7-9311-1eb0b6ba6410
FT000000000593	0ca66fb8-9bc0-4974-ab72-8f079300074c
W4000000000113	d98df8fa-4cb0-4354-b93f-f4409e008d24
FT000000000082	4bc06f60-b45c-4ec7-b151-eb4c9fc7bfba
FT000000001441	4084c59c-9775-43f3-b72e-172fd8b848e7
FT000000000945	cef77d32-a8fb-4845-9634-1bcdd8348332
FT000000000689	fbc7b387-5f90-40ca-b4d6-2f85faf5aecc
FT000000000577	f5498f82-c71d-4cfa-8ecc-ed9b4437adea
FT000000000305	0b459ec3-5282-4218-a92f-ec936e7d21ae
FT000000000753	13523fc4-cbcb-42be-bb1f-9e2762e988fe
FT000000000161	bf172516-aa61-480b-bb9e-c2a8d36e03ad
FT000000000594	f533892f-7862-47ec-92c2-9ebabacbabc9
W4000000000641	6ca702fc-53ce-42b3-b133-5a712f0819a3
FT000000000129	8753892d-8c44-4cdf-a9de-f3dd105ef442
FT000000001169	d017bd90-71b8-4860-9ef2-586b3fce421c
FT000000001137	6d872a14-e80b-4090-90da-ccc360541eb7
FT000000000417	4c0c1c4a-e8e9-494a-a26b-e6b679e04779
W4000000000737	7bdff347-4028-483b-b869-c1fc2e09ae16
FT000000001265	a47862af-8754-4720-8ced-317688853098
W4000000000337	7e31f010-0fdb-4755-b657-8dfbe0ba1884
FT000000000849	2a84e9df-97be-4d9d-89d7-8386f6c290d5
FT000000000083	a6feea92-30f3-49d9-83d6-c6b9e6ad638d
FT000000000754	810cf00f-0c00-405f-a09b-2e21a5c483b3
W4000000000114	421f8e74-69d5-4633-a355-d0a995798e10
FT000000001442	68d65b2a-ef7b-4dae-be90-be69e2565501
W4000000000866	4b003212-a7a2-469b-90c4-efa7b31a6519
FT000000000705	7f9789f2-d1cc-4def-a8f7-690febd4085b
FT000000000914	044b04df-f8d1-454d-8030-3205e5d02705
W4000000000818	9f738d75-101f-4d68-8f56-80022146ce90
FT000000000193	186470a3-029b-45b5-bf83-00edca151dca
FT000000000290	1fcb68e9-7a52-47dd-9155-881ab6dd7a99
W4000000000258	e450c933-a566-432f-8676-f48a2da677e2
FT000000001138	d67847d6-6fa2-4034-bfe7-df1e77670870
FT000000001218	3b368ef8-9caa-47f7-bc4a-48274e9c83bb
FT000000000978	316deef6-6d82-4c4b-a4f8-c6cbc4022af3
W4000000000402	159e0ed5-f31f-4e41-8410-c516d6c89943
FT000000000770	50143872-f8ba-4145-9d00-959e76f184f9
FT000000000466	a0a6ae5b-a0ac-4dd2-a8d7-51ccb4e3e741
FT000000000514	c1a7ad1b-dffa-4925-b298-ddfb80a23a18
FT000000001362	a096ae6d-8357-4a8b-884a-2ee66e6092e7
W4000000000354	f601b5bf-4b02-4d9f-b34c-ea94df83f105
FT000000000034	e057c1c1-de00-49a6-ab6f-61ef66eac375
FT000000001026	6fbd0cfd-623d-4634-a7a9-3f812b1191a4
FT000000000194	beae0e36-ceb7-44a5-a1b2-57b46b071b51
W4000000000738	a867251d-3473-4108-8fdb-42ed1ae5b79b
FT000000000882	1f423d22-6b9d-4750-a82a-845a276d77e1
W4000000000338	6add040b-2b49-4253-81b8-7db3edd0d1db
FT000000000578	21172515-872b-46fa-b41d-a91a58dc1aae
FT000000001298	53ad13e3-9f39-4fdd-a381-9a1f5f3f6812
W4000000000642	1b4a6e3b-e6bc-493d-9484-59f0e2b4c524
FT000000001058	dae89a6b-3d6c-465b-821a-58147768fcfd
FT000000000130	afbf1f44-4e76-44e9-bbfa-ca622367d5f1
W4000000000017	e6115fe2-5551-4495-be65-9fc593c4b9de
FT000000000066	59e413be-2859-4ea5-9726-0d2d3ce871a7
FT000000000162	e5a0a2a9-efb3-4dea-89ad-19076d4d96a2
FT000000000098	6b8d410f-810f-4da9-a4eb-5bfa9eed9628
FT000000000084	0aea7c73-f685-4daf-bae0-fd0a19010ad4
FT000000000322	9358b7ae-806d-42eb-9d9b-d9978522b233
W4000000001202	f3bead1c-c70a-4444-b8b6-ed1c87fca7a2
FT000000001121	5570a4e6-be48-4894-9dda-968fbf167fa9
FT000000000306	73f0f4c6-a8c5-4ec6-b2a2-9c47cbfb88ad
FT000000000418	749d3198-7132-4d82-81ce-1ef0d8e08300
W4000000000739	5cfee031-2b2a-407a-bf5f-3e1e92b38cf5
FT000000000530	9baa72a5-9be5-424a-a7fc-01e45b797578
FT000000001139	aab08eea-54a2-4ecc-a07c-3687485b8b9f
FT000000000291	da0ae7a3-b4e2-4f1d-b8ec-0367575d6d58
FT000000000595	cc327c51-5d8e-4588-8258-5a2c03815098
FT000000000210	56323bc7-4684-4dd7-bbce-17782cec1efd
FT000000000786	64a6ffb0-0f26-4bb0-bb6f-e84f82751de8
FT000000000690	8898c139-594c-43ff-8726-376489926be4
W4000000000481	46027924-9535-46d6-8403-24914566ee94
FT000000000771	f61e5a47-6f0f-4633-8884-90cf77c0fe32
FT000000001363	ff757d94-142b-475e-9be0-e29a5e25368c
FT000000000946	3c809aa9-8682-4dac-be41-a4d83e81c0a5
FT000000001219	e37ec5d0-85cf-488b-8ccf-bb7369d16397
FT000000000085	e654aad1-61c8-4691-9574-f09356d9735f
FT000000000883	1364b8cb-c08b-4969-bcd9-77800baa8649
FT000000001266	0ce30062-3a55-4c56-a232-bb57708e6ac8
FT000000000706	ab209f85-8d50-406d-bc59-f8486bdb0ea0
W4000000000355	9afc75cb-cc6f-4cb8-a0e3-8e21053873cf
FT000000001059	84df051f-ddee-4481-a6ae-ef5e0af80f2d
FT000000001106	683aa7ca-70fd-48dd-8de4-2b0162b6e9c5
FT000000001170	3c9f5a03-e903-463d-b597-9154cb005fcf
W4000000000339	5d74e53e-00b5-4384-a54e-3fd82b8277f5
FT000000000755	74144cfa-da2a-4f75-8c07-290e932e148a
FT000000001185	b3a850d0-f0d3-467e-94af-ebe95d6bf71b
W4000000000643	cd513055-37fd-4dee-8818-d55a6b4caeff
FT000000000515	88bee4e4-e41f-4c44-9c1c-e230a2bbd659
FT000000000067	f0dacb89-ab9d-4dbd-a5ba-e0b96c3cc143
FT000000000467	81c22e94-4ea3-4014-8e5b-2596cab379a8
FT000000000323	c7d82f70-94c6-4948-8f32-3d143519724b
W4000000000403	ef9ce177-9445-4901-b194-c85ffe9e247c
FT000000000993	50004b8f-161d-4985-82de-b25f38709ac0
FT000000001122	61fec23a-53af-4f25-8170-5b1eeac02d44
FT000000000915	6aad43a4-0ecc-48aa-9070-962d339f809c
FT000000000691	54f08066-0e64-4f1a-93b5-2aebf7f7d841
FT000000001186	e45a766a-2985-4c01-a655-312a050122bd
FT000000000163	96589a3a-d9d7-4b78-9c31-8cd24d2c9edf
FT000000000531	c5078231-f369-4aab-938f-bd75c880402e
FT000000000947	39eb60a1-7f96-4c2b-aed6-9061df676263
W4000000000259	0ecbc878-d5ce-48f6-94fb-48448c0d58d5
FT000000000419	02981155-2cac-4462-a352-625d5095e154
FT000000000850	943099e2-ebc9-43e9-a028-7b06c416765e
FT000000000579	342da4d8-1f41-4c39-9db2-5884cba11972
FT000000001443	2529a30e-43e1-486d-ac14-fa183eeb92d1
FT000000000994	7d70ece1-aca0-47d3-9885-38898a9d7853
FT000000000307	71e794a1-b1af-4242-a016-9f79cdbd0fd3
W4000000000115	07370dc1-e42b-496c-b1e9-a815fcefb3b7
FT000000000979	a418aa26-d61f-4502-ad28-fb849848f3e0
W4000000000819	993ac9f0-c957-4bc2-9a66-f342e87eeeca
FT000000000995	208bac25-b4bf-4ed0-a9c5-5d85b3c0d54d
FT000000000433	5bf0c91f-255e-411a-9660-915e4983c691
W4000000000018	f056dd4e-dd80-4a7e-8c8b-8e769a966951
FT000000000131	e6fe7e86-1d81-4543-827f-7def91e4e1b8
FT000000000787	d0dddf71-c026-428c-8c0e-cbf5c7849d8a
FT000000000596	b4dd964a-8aff-4280-8b67-84dccc1d20cf
W4000000000867	fa3f714d-b4db-4826-a35b-934d2691f96a
FT000000000086	52da4065-1bce-494c-abc6-a8334aaff446
FT000000000756	b9e13a92-94b1-4a6e-9a70-21c3f5a5fce0
FT000000000916	d14c51f2-13ff-4d11-81c7-fddfc7d3b4fe
FT000000001267	f142c7c1-a54b-4427-b6a6-ee0046711fe3
W4000000000340	41c1fab3-6e64-43eb-bb46-597135e00453
FT000000000068	98862096-c53a-4f7e-9521-240ae51870e0
FT000000000468	8632c3f0-f654-4a62-a97f-395e6d47b315
FT000000000884	74d5c621-c0b4-4902-be19-9ed443eac2f7
FT000000000609	2d52ca53-837a-4eef-9dff-07c8c3b7d25d
W4000000000404	d4403bd1-6414-4d12-90da-bc08adc35d1c
W4000000000482	6e531276-1cbb-4d0a-9d63-cb8ac9f1a0d9
FT000000000980	09a8bfbc-a36b-4d76-9c8e-a2a55600151f
W4000000001203	cff6f470-68fb-4e8c-803e-d871f17c2f0d
FT000000000996	6222ba17-7dec-4fbd-95cd-09f75b5a1b7a
FT000000000516	32513a75-9718-4a84-b919-d4e0dceee54c
W4000000000644	731e05e9-6412-469e-992b-313edbfaf0d0
W4000000000116	6fc1a34a-8557-4b5a-ac56-7cd71d80dd70
FT000000001140	0f432c64-38ae-4c9f-b700-b300523cf790
FT000000000211	b4eabb54-805a-4bd1-8652-912e33f41ab6
FT000000001444	4dd9c0ac-8c9b-49f1-a531-77ff14a1cf80
FT000000000707	c75856cd-aaba-4deb-afde-33f9e8a3c301
FT000000000087	b5785fe8-83cb-41a5-8e5b-63bf56791bfe
FT000000000597	12b9ac90-3134-4592-b700-98bb43179593
FT000000001299	4c8b1b82-1949-4f71-af18-8db4194bdf73
FT000000000997	aa5f96c6-8133-4d5f-bc64-ada2ae87ea26
FT000000000851	03a818f5-6ebe-4f96-a8c7-314c0bb20f7b
FT000000001107	eaa8e41d-9609-4a30-ba77-a62aaaadd732
FT000000001171	a3d9e2ab-c9a0-4942-861c-049d58f750a8
FT000000001027	0504dc56-dd04-48ba-b2e8-bc76ad34d2bd
FT000000000324	ee64dd01-2c45-482a-9980-7f465eb54bd7
W4000000000740	8253edb4-c7a6-48f1-b668-32939ed276af
FT000000000998	d7e83837-0493-4bcd-bcb1-94a05ed89842
FT000000000610	56e057e6-c8c4-49b8-855f-073f03ad788b
W4000000000260	3353de8d-e518-4c6a-bc85-d6c0464d5a38
W4000000000225	978d7770-f963-409e-9134-4fb266f27b66
FT000000000961	f1ff5492-b240-47be-b35e-5c3a6be0799b
FT000000001060	aa925722-ba94-4d2b-9801-88e2bb8ae8c9
FT000000000088	2a05157b-82d2-4d7b-a4aa-4bdd98109ab7
W4000000000820	dec79768-572e-4e7b-8f6d-4b7c6c501d2d
W4000000000868	1f8bf3c4-2540-4f2a-9f52-bfc5d4140b75
FT000000000469	1b4942fd-cf19-4190-8b01-c491ee81c7d8
W4000000000483	05894581-85f9-489f-8ae7-8fb78e81770d
FT000000000917	1984da35-1f9c-4c37-9e4e-d132a1410342
FT000000001220	8bf9a3ca-6dab-4e12-919b-d804a54cdbb9
FT000000001141	27fdafdd-5041-4ced-9d94-c247cf48fa41
FT000000000772	9fa6af5d-431a-48e5-8e3d-87ec5e2f6db7
FT000000000292	fe587cf4-89f0-4ad6-95d5-020d9ba29c9e
FT000000001123	122289f8-efbc-458f-b605-06e810bfc964
FT000000000195	5f058577-2771-467a-a826-ab0f5c97106b
FT000000001268	5987e575-589e-4e76-8d4a-541196f0cc83
FT000000000999	7b0863b4-d5fc-4536-a537-d04d9e6ed76e
FT000000000532	2cd1dfbb-37cf-4bc1-b303-140609d99635
W4000000001345	e476dc58-fd41-4ac9-94d5-535d7530f5ac
FT000000000434	c83a9ed6-fea8-498f-bdc0-50b960802074
FT000000001364	643a9308-2801-45b3-a7de-e2e39ba40e24
FT000000000981	f358a9d1-6c35-4b09-8315-2678d6410ff3
FT000000001028	ad5ff250-48a4-41fd-abb1-510fdd07bf8a
FT000000000788	962f4ce6-626d-4eb3-894d-b3519e92e53d
FT000000001425	c36d05c0-5009-444e-8ee8-bdf55c0a5437
FT000000001000	b514151d-3cdf-4114-8bab-f7b83cc182c9
W4000000000741	c955587e-bf11-45eb-b9a7-e7a72bff6211
W4000000000645	3e9ca763-a6ee-4857-bcdb-603e96e8741e
FT000000001445	9b9fe061-8f3f-44b9-9cb5-14484363b839
FT000000000035	a3edd574-b1b5-4a00-ba04-613cfcc22fa5
FT000000000099	2e2500af-80a3-4847-af7b-2f7675d477dd
FT000000000325	b3886c75-9031-44c0-8b0c-42dec9f6eb91
W4000000000821	a7a7df03-301f-446f-aff0-dfbfe3112bdf
FT000000000962	7f792a88-4538-46cd-82e2-eabb0eef8caf
W4000000000117	9da9277a-1097-4d0c-82ea-cc506ccdb2a0
FT000000001001	0cbf2d11-982d-4ff9-941f-7b7719e68087
FT000000000100	32b0162a-a313-49b7-b42c-3e6ce1139c49
FT000000000212	1d7510de-6475-49f9-af5c-279a5a10d59d
FT000000001124	3700a754-70b6-43e4-b4b9-5dac85260602
FT000000001300	306fb8f2-f33f-4c47-8b1a-3e1df604977a
W4000000000869	64145e38-50b0-402e-b7f9-e2f0aa6e0720
FT000000001061	17b2f390-ea59-46f0-8495-bc89e5734281
W4000000000261	28ce52a4-7bba-4532-830c-a268fb048e01
FT000000001187	79523583-8c06-456e-92d9-6bf3299549c7
FT000000000948	9b7c6637-54a4-42b8-b059-6e5a7bba536b
FT000000000293	529c5d70-b3fd-4fac-b36b-85afa1d4847c
W4000000000356	df898b20-be9e-4c3a-b090-9f57b48cdc1b
W4000000000484	2d70df9e-8dda-4913-9fb5-9cb0ea4bc234
W4000000000019	bbb314fa-5edc-47ce-9720-6a229270f61e
FT000000001221	ed6cbcf7-4ca1-4c69-9132-53ed2225b028
FT000000000692	9a3aee10-73d6-44fd-96f3-022e81ebd0ad
FT000000000385	2e508718-f99c-46cc-bd00-0731469b1ae4
FT000000000773	0d83ec03-35a5-4b3b-82ec-3cfbef902608
FT000000000757	cc3d88ed-eb50-4e71-8aae-b36e94b74ece
FT000000000598	fc201a0c-20e3-4f87-9b94-09566d696dae
FT000000000145	19968b37-9017-4c17-b8d0-4a3bd53ef9c2
FT000000000435	9a74de77-4199-4da3-a555-0c4a7ec46928
FT000000000708	eacb6c5f-f727-4368-8fc0-699830f207a0
FT000000001172	0c4af81d-bbc7-409b-932e-aa46aee6f9b6
FT000000000545	a25dde7d-6045-40f8-8ea7-972ef13f18ab
FT000000000533	887c8807-d83a-43e0-969a-2b65b93e0a0a
FT000000001002	798bce82-5792-4ee6-ba55-a392ae832155
FT000000000963	49b3222c-c52f-4234-9a44-47202ab17ca8
W4000000000226	bf7c0b4e-f445-4417-af27-a6913fee57c7
FT000000000517	f9b372e7-e5a2-4387-9285-4ff8ffe5dcf6
FT000000000420	2b2126ea-bfee-48a9-82ff-ff56b15e9477
FT000000000164	c0cbc7c2-7e3c-4c1e-87eb-0d55e87f906e
FT000000001365	7c2217e2-d45a-40f3-ab76-36ede7b6b0d5
W4000000000341	b2bd8271-f28e-453f-a0dc-9cfce55fac86
FT000000001003	ddb5c9b8-7b58-49c0-8315-f620222f0b61
W4000000000822	129674fe-82e5-4b36-be63-a6e17b98b841
FT000000000069	01aab852-66be-4351-a398-2f3390afff09
FT000000000580	58d839ed-ac28-4ea8-a4d7-b7a63a7243fd
W4000000000721	1433c10c-43c4-4715-b3dd-69db6613c217
FT000000000852	4d33e66d-a60b-4351-a614-5897699f451e
FT000000000885	63a7fbf5-78d2-49bb-8aae-a423231431bd
FT000000000308	da74ca16-e3d9-4096-a0b4-37f844aa30c1
FT000000000196	09d7d310-a5f7-4bc4-a10a-5502db66dc3a
FT000000000611	f674976e-9a95-43eb-ace3-82e938226cc5
W4000000001346	91b18900-214e-477b-aa34-32f2e43d6d1f
FT000000000241	ee1f224d-22a9-4c56-a96c-4cb60ac1a015
FT000000000470	03b9fcb3-23c3-4ca1-a1a8-e703fdd7377a
W4000000000405	1ff4bfbb-8da9-4a8c-aa5d-57bb65667d1f
FT000000000599	ebbd796f-cc55-4166-9f28-ec621899bd94
FT000000000386	5b1620ac-ba31-4cc6-8460-364d36f6c160
FT000000001188	9d1c4afd-eb95-4298-8c7b-d398b19335db
FT000000000497	7d13bddd-051c-4a29-9aa9-3200e7b55e87
W4000000000742	f8306e5c-ada8-4aaa-a34c-e5b52d4ac0dc
FT000000001029	14b366fd-417b-4d89-8827-c1bf259ebaad
FT000000000242	568a57f0-d9ad-4275-8b91-83d540502796
FT000000001062	347f9501-5e88-49de-bee7-540c32832365
W4000000000020	037f0263-8055-4372-a01c-6054a527da6f
W4000000000449	a4d8658f-8a5d-439e-b490-f8f373e4dc42
FT000000000146	0645a191-49e7-446c-9707-ba22a6d6b854
FT000000001329	c1bec7f5-ddbd-4bd1-95c2-9f955d6d63e5
FT000000000693	61369628-ca87-4f50-ab86-15ae384b5017
FT000000000132	0ecb1417-374d-403d-a44b-fb84d95c88d4
FT000000001004	ff695b68-afee-49f5-8726-d2ed84d5bc7f
W4000000000357	34fc09e6-ddbb-4d1d-9a33-e2c6b27de346
W4000000000450	cd4a7b1d-53c3-461b-91f2-712573ad0c7a
FT000000000758	35c4965c-cab0-4eb9-b153-8ca746f070d7
FT000000001073	2580b586-aa19-4734-a067-6580d3b8671a
FT000000001301	92eb0302-d5cc-4ba0-86af-91a711345070
FT000000000982	60a9cb65-467a-4d3c-8375-2d534ca35b08
FT000000001426	affe6736-47ac-433d-804b-6dcf063ecb5c
FT000000000070	a13781c5-50ba-421e-8e01-0f0433c1bc05
FT000000000498	e5e0d754-2385-4497-ba1b-a961f1ad6b36
FT000000001313	e999854b-4f40-4f51-b4ae-f8a09229f3ea
FT000000001153	fdbd31de-f02f-4fb2-b0fe-e54022ffeaeb
FT000000000436	ff457423-ba0e-4562-be47-429b42aa46f2
FT000000001249	8bfddf9a-df06-44e8-a845-2203f882a90a
FT000000000612	2002c501-dcdb-4225-81a5-f9cdb4f86f19
FT000000000294	7b6af1f0-1f2c-477f-86cb-c532cbddded8
W4000000001347	29388127-784c-4857-b5cb-068630e3c81c
FT000000001074	72cd573d-23ff-45fc-88bd-ef1290b68b17
FT000000000918	36d4bf79-04af-4d9b-a8ae-980c7f923692
FT000000001269	666d6a4f-1e11-411d-81c0-17ddecf19307
W4000000000646	6843d3a2-b88a-4233-b0e6-869db1f6c946
FT000000000886	cd8d1d8b-3a50-44ac-a6ff-2bba8a6516ce
FT000000000036	a798eed9-4a85-4183-9570-e1a14b462629
FT000000000518	215d1082-914b-498f-a6bb-85aabd94e6f3
W4000000000227	76ab2c5a-1a68-4611-83a6-f9ccfadb7b3c
FT000000001108	4ce3e4dc-3f71-48a8-bf7a-f483d72a7b6c
FT000000001189	067f6d62-0a35-4923-8d02-87e73994e14d
FT000000000949	4432327a-4e9f-47cc-9cea-c1d1c5bb1a94
FT000000001142	906cc5ee-aa69-45e1-a5f4-75e59e9b3e2b
FT000000001427	903051d3-741f-490d-abcf-615b15104cf7
FT000000000387	7554936e-c857-4298-adf6-d9ea40bec95d
FT000000000581	62ff7e29-ac2e-46f8-a765-690547b35f91
W4000000000406	08845529-34b1-4371-bcd4-7a3e5f8828a2
W4000000001204	388191eb-4187-4073-98ce-90b28de290a7
FT000000000546	caaa5810-a646-4062-a609-5ae5bc3e022e
FT000000000197	6d3741a2-366f-4937-86a1-9864ffe68c52
FT000000000147	00c16044-9e63-4c73-a98c-3458f4bbbc3d
FT000000000309	7e22d864-8400-4795-9272-fa5d33bcbba6
FT000000001446	b7e7bdfe-dfea-434c-b45a-f23f596e25d3
FT000000001250	b5d53db0-94f0-4d97-89ec-a5b40f14770b
W4000000000743	aa582555-fd2b-4a45-88d2-f16667ea4826
FT000000000657	c6e9a986-937b-4876-9f14-fca408f075c3
FT000000000853	f2cd720b-324a-4b7d-beaa-5ba6cc3bade9
FT000000000774	aaf38189-1016-4129-bd31-3acdaff5e0df
W4000000000722	fd86157e-256c-4292-9746-e6ec5303cfa6
W4000000000021	5757c6f8-1696-488d-aeb0-73dd733c3ace
FT000000000759	1cdd55f4-11a5-45a5-b0da-ff755f7adab5
W4000000001348	d1c656be-a6b7-4eea-881a-21a8c894748f
W4000000000870	915f7be5-94cd-47db-8637-4a6ed68e6053
W4000000000262	50a66852-1337-44e5-ad67-81baa0fc4be9
FT000000001366	d8ae356f-a083-4553-98c4-a68dfe7ae8c4
FT000000001125	a7e80898-b542-4522-a95e-9150b2961713
FT000000000049	88e71d5f-4998-4c0b-8a05-98f03178534f
FT000000000243	4dc1372b-c3f9-48e5-9215-d77bbacad5db
FT000000000983	c2dac663-aff2-4d78-abfb-691ce67d9b16
FT000000000964	ec83b6e2-7762-4be5-a536-d7bfa1503e55
FT000000000133	dfef096b-7d63-49e9-bad0-32fe671f3380
FT000000000326	6028423d-96e5-491b-8d92-1cfff5752181
FT000000001222	95fdd367-ca83-46e3-8282-cb698d02de33
FT000000000421	91aba551-9555-48ac-a07a-ab8dfe474be5
FT000000001330	2a296528-12be-40f7-bf33-16b8a9b87298
W4000000000342	9b48b7a0-af19-4c58-ae2b-fb1bdb06c8c9
W4000000000118	0748382d-e6cd-4385-a54a-5fa84791ca36
FT000000000694	bea7cbaa-8488-469c-85d8-dd14932587ba
FT000000001154	a63847a6-f003-409b-9893-a1d7b96a1395
W4000000001205	b80ddee5-4c26-4a89-9854-ec8cda47e81e
FT000000001314	1645213b-2bde-497e-9ffe-f0356dada586
FT000000000165	0ccb341d-5d73-4ab3-9271-df753d48357f
W4000000000451	0be57ae2-e727-41ea-b376-84daa1c99e8d
FT000000000789	7eba9276-b3fc-4689-99e4-06e0b51aa13c
FT000000001251	5900c4b1-fe14-452a-9670-ca0085aa9137
FT000000000600	d549a6e2-1ddf-45a7-8a7b-ec00119e6cf7
W4000000000358	51571f36-6e09-466a-9b85-427ce6cf2851
FT000000001143	7ca7f537-3ab9-447f-8e89-2d26c36edb33
FT000000000919	f225eb3d-6518-4e38-8d34-c4560d5a86b1
FT000000000037	0f3d6b2d-49e7-4feb-a804-dd4bac46a10a
FT000000000244	b58e4ce0-3454-458a-8890-4cefe1e38a05
FT000000000547	68e0eacb-1fef-4d84-958e-124f49ccb30f
FT000000001270	d2fc7feb-f017-4cad-bc32-deff1e48ad59
FT000000000950	a101c80e-1d32-43c5-974e-49bf7724a8f1
FT000000001109	eeaa2246-e06a-4d82-b00f-080a316cfde6
FT000000001447	7080a5b0-6f53-4c9d-b9a9-5eafdaa4824a
W4000000000823	f0716c15-523f-49ee-9ed8-e1f3440c860f
W4000000000485	9357cc13-5146-4c60-8541-38436a9893e6
W4000000000407	e8e54f2a-88f5-44b1-a942-62a7a664a906
FT000000001075	5e3b8f18-2f29-4e22-9142-52bae6b2b859
FT000000001041	9b0b073c-0c7a-4e2b-867f-cd38bd9b21cb
FT000000001126	d0b62619-1ee5-4b82-a39c-b8d60b95c96b
FT000000000658	309936f8-f205-4222-b280-399683ebc97d
W4000000000647	1f667471-b6a8-4d7a-ac7b-ae09208f09ad
FT000000000519	4b4e3fe2-9117-4983-9169-badff80529a6
W4000000000263	6fdf27d6-7e84-43a5-93f0-bd551aa998db
FT000000000965	b99806d7-3dbf-43fd-95cb-0b4677b3e4c7
FT000000000471	fada1408-18a7-4e4d-81e7-1f7d68e62f53
W4000000000452	342d9077-7dc0-4262-b4a4-9c288ea68bbb
FT000000001331	f6812cc8-1748-4c7b-86a8-41fb2a254ca7
FT000000001063	e0c410c5-cb23-4a98-ab7b-efb577341314
FT000000000327	12ab418c-1caf-4996-b1f0-65c6c88de464
FT000000001042	0af0acb8-22e4-4c09-a91b-85bb84d1c785
FT000000001367	40aadc84-0a17-498a-bc5d-621c0a4f1292
FT000000000775	5633bd25-49c6-467e-a4a7-697fe3819c45
FT000000000245	af886b8e-29e5-4233-a516-ffbc1e489008
FT000000000213	2cd9d3c6-3475-48dc-bde1-f2fefefd08b3
FT000000000534	70c9a1be-6706-422f-86cf-9c1089574515
FT000000001173	4dd9cc51-b69c-40a7-93b5-3e9a0553057b
FT000000000673	a56a3e6d-6bab-4809-84d2-55a232f430f4
FT000000000101	9f937743-25fa-4382-8ccc-59e1f158d4b4
FT000000001076	bff6a40f-988b-45db-a0e3-b92bdaf69774
FT000000000613	84c80e0a-6642-45a6-b147-2a090f697dbf
FT000000000148	e54ab5b9-4c06-4f7a-9295-83e4a4768077
FT000000000050	d87426d3-f3da-427f-ac2d-111f92fb7e02
FT000000000388	99bf2d83-548c-4ca2-8a2f-ffb8be589bf6
FT000000001043	600bac53-62b7-4297-9db1-4164cd737895
W4000000000871	44bc2aa4-0ffe-47e0-aecc-061313000de1
FT000000001155	495f172d-5287-46fb-8928-5ce026af2ba6
FT000000000166	349c498f-b19b-4e2d-b8cb-d84f3eecdea7
FT000000001030	bd046aed-a763-4e92-9295-dbf19fbf304c
FT000000000614	b255c39d-a2a7-405d-98d6-9234329ea433
FT000000000499	bc1eca8e-90d9-4ff1-999f-7d12a48aad2c
FT000000001315	de5c69da-ce13-4bdc-ad95-eb89667a27e2
FT000000001302	ff9a1f1b-9b2f-4e94-8400-314708d3baaf
FT000000000310	e6e1db27-4ad5-469c-955c-d956b546b96b
FT000000001223	3a97820d-8a3b-4457-aa1b-3ec947337813
FT000000000709	da8cff61-0788-4fc0-a456-9d0700b1e7f8
FT000000001044	c49a41ce-41c3-4b80-a2b4-5fbd498528bf
FT000000001009	e842587f-fd54-47f8-9b85-944f205d3a5e
FT000000000582	8b8d177c-c257-400b-9bbc-aaa8f3a24612
W4000000000343	8255530f-492d-4292-8fc4-7ebad68aaadc
FT000000000548	91cc8528-e7e4-46ff-a4f0-9913d40b04f3
W4000000000359	fb93bf81-7e9d-477c-8907-05fc7b60ed07
W4000000001349	3dfdf6c8-cf5b-45a3-979c-fce16741b0f8
W4000000000723	dbdd8e2a-5959-4468-82c3-d49952dc62f0
FT000000001045	5f94175a-b7c6-49e2-8b48-7344fc4faf6d
FT000000001393	bae39dbb-6e27-4d72-ae7c-81c9ff4e3f1a
FT000000000051	9bf299bd-009a-4933-bab1-4445597e4708
W4000000000119	bc4afcd5-d114-4ea2-83cf-e734a42fda23
FT000000001409	a8aa3f7a-208f-40fa-b999-f8239b5047c9
FT000000000071	5d4c38d1-0ec7-464c-ac8b-0a9f315a3388
FT000000001144	e58d8ac9-1f39-4401-b4dc-f094d576d6e3
FT000000000149	556442ec-1709-4c84-991d-9628f02cf09d
FT000000000951	8d02400a-1340-4d34-83e2-d54023d232f1
FT000000001127	6d13cd7e-04a5-40fd-8831-94ffd00d4275
W4000000001089	28388fe5-b84d-448b-aa99-93eaceac6d27
W4000000000453	fa27b71e-2dd0-4047-9c34-cfa88cae2c59
FT000000000295	283df247-0bcf-494a-aa4b-68b2627acd9a
FT000000000790	9c2a1fb9-154f-40ae-b834-8e77236fbf46
FT000000000437	80e1d008-0dbb-4f08-a3db-860adf916d34
FT000000001064	0a2381e8-7dd8-4e1b-8dde-b75659ac0f2a
FT000000001252	7d716247-41a2-4fb7-a733-68e2fe70572c
FT000000000887	b498d8a7-fd54-4dc2-9194-070772d4b33c
FT000000001190	2ef1cb22-2486-4b08-bb75-9ea157d84afb
W4000000001350	daec8ccd-a4ae-4f09-b8c5-14f15b94fae7
FT000000001010	5586fa37-8fa3-471f-acba-ce289f0e312c
FT000000001046	bd1938f0-05ed-4b1a-8999-eada8d42fa95
FT000000000472	e2bda98e-acde-4a15-a691-52304b5cc002
W4000000000228	9efce1ea-b3eb-41ab-a4a6-8a9fff65d667
W4000000000648	c8f3a1c8-3593-44b5-97dd-898a21c6cf50
FT000000000389	9066230f-9837-456d-a3c6-4b1a6666b709
FT000000000422	bd92bc7f-491f-4bc4-b230-e1872bde55d4
W4000000001206	1c576c76-2567-4d8b-89b5-441c80b8da57
FT000000000920	5bd5d914-0089-4230-b593-0b31b90fdf0e
FT000000001047	289623f4-84fd-4746-ba2d-866b723ed947
FT000000001332	5ece4a7b-cf12-4acb-914c-da5a2e28c878
FT000000000674	b0f45440-8a17-4615-ac45-94d397bf7e8f
W4000000000824	5a374189-430e-4186-8549-59c693fa9775
FT000000000659	a814b69b-ad15-444a-a5fb-77c308800a67
FT000000001048	92449612-cb63-4220-9882-6e097bfc9240
FT000000001428	949ee441-ffa9-4ff1-aeed-2d116ddcccfc
FT000000000500	2489e42f-55db-482f-80c5-699350aa5cfa
W4000000000486	bbc865a5-a88a-4736-96e8-4e510631c0d5
FT000000000052	1f9d33b6-8638-4a9b-a00b-d8f98097012f
FT000000001253	eeb540fa-0947-408b-b3cb-1c8e50b62de1
FT000000000246	0c1000fd-1c02-43f2-8199-378c8825cc15
FT000000000535	5f3618e1-232b-4e30-8254-8f9d8a41b0b0
FT000000001368	a536fad9-901f-493e-9976-5aa622d5e725
FT000000001394	2374bb31-8152-40c7-97dc-5942c90790b8
W4000000000724	a6a73b95-65a7-4313-bd29-c945d43c9b5e
FT000000001316	e2e907b1-e463-4b28-8467-c53f3dbe42c5
FT000000000150	bbf5e07e-710d-4e77-837e-4f21b41d5eb2
FT000000000247	f518a6c5-280e-4969-a00b-32a398965aec
W4000000000872	5e095854-5c98-4fa1-a523-ee4d4e6113ca
W4000000000744	bfc93aeb-5d88-4a9b-b23a-5055b86c79d3
W4000000000264	98273dcd-d373-4397-935a-11ebb5b6e5b8
FT000000000072	003b4edc-df52-4732-8013-aec5ac82ecf9
FT000000000328	a737d703-1bb5-4882-827b-103105a74045
FT000000000984	3dcd3868-8a7f-4ad4-925b-7077553c2daf
W4000000001090	d1c5e578-e9b8-4ba1-b3cf-3c91a86aeaf4
FT000000001049	3108cd29-8b8d-46c1-a114-619170e108d8
W4000000000022	c6a4908f-0159-4395-9900-4b7d4f44d995
FT000000001410	d576d90d-d710-4876-8efa-c7b8b9dad994
W4000000000344	6ada88a7-0ab6-43c6-9568-8cf40d741e79
FT000000000760	864e63ea-a6e8-4c84-a84c-3f949f502f13
FT000000001224	e320177e-c9df-4c96-812c-8db77a63fdb1
W4000000000454	26ffcccc-c5ea-4e47-8142-3857e7024e8e
FT000000000966	e3202c44-04df-406b-941c-72c15405cfe2
FT000000001077	4c016d6f-5207-44ff-a557-4c67c23f3118
FT000000000134	7c8ebf43-04a7-4e24-9f2f-ae7238035591
FT000000001303	6095069c-91c6-4a39-9f98-acd6eeae88d2
FT000000000854	dc590f70-a5cc-4a84-8cfa-e33db05b23fb
FT000000000311	9dcc6d3e-c8f9-4ec8-b96b-1cd98c9b610a
W4000000000408	d1762500-8778-4c04-9bca-f56a5c7cab59
W4000000000273	7285b50a-a33a-4661-a1a0-f164a666ebdd
FT000000000038	3ecb74a0-a8c1-4166-8e55-8cc774aaa8de
FT000000001156	f1ecac44-8071-42ce-aedd-1a05e5af543c
FT000000000791	577d5f49-c66b-4ac7-98c8-fa04ac41bca6
FT000000000660	719e8413-9bc3-4705-a055-6c8043e58b36
FT000000000198	19899714-964b-4b36-93ef-d7e7438c8891
FT000000001411	f594fc19-a80f-4f28-a291-9b4c1420fd0d
FT000000000423	70cb1c5b-b00f-4d85-976f-e5b4dc591cc6
FT000000001065	28e58a67-a5fa-4286-9a71-cadefb7d249c
FT000000001174	b3ab5421-d9eb-40ac-8418-3584a18a3377
FT000000001191	e2233249-4280-488b-a3e7-baeb005ef324
FT000000000583	c1812ab8-c22c-45b7-b742-a639b7cbc982
FT000000000438	ed71a576-02c1-4614-8c74-eeede6b8b17e
W4000000000825	96fdf563-f702-403d-95d1-8d68084e64e0
FT000000000473	a95b690d-9931-4dd5-ba15-cdfade4ab2ce
FT000000000390	b8f3bca2-eaa3-4280-b916-b29da4206c20
W4000000000487	726078d9-b079-4468-b425-836ec54644ae
FT000000000501	805d09ae-e5c1-4097-9a48-0586c9cb0066
FT000000000520	7226dd94-af96-40ae-85b4-307a7df05f7e
FT000000000921	bcdb8ff4-4532-414d-861c-7e832002e928
FT000000000888	2237ba5d-d084-425f-b5f5-9e6cbf0aae8b
FT000000000695	b9e14346-e783-4353-a26d-58a129bd79cd
FT000000000675	7e8c4b89-7536-4f5a-9bc9-e0c49148e849
FT000000000296	50cb87fe-29b0-44fd-ace9-7b18402b271e
FT000000001333	085719d7-aafb-48bd-9ccf-95df04dd7545
W4000000000745	38e70ea1-f33a-4ed2-b9ba-a40f6c5f87d8
FT000000000967	0341247b-389b-4991-bcb0-3eaa5137edfe
W4000000000120	25181268-d55e-4d10-9e2f-12927cf2269b
FT000000001395	1787c25a-2760-4b32-a763-34b74e799faf
FT000000001078	b5868305-391f-4784-8fcc-9419546a5d7d
W4000000001233	e43a5fa7-0e00-480a-b3a8-edc2858258b0
FT000000000985	95a92020-7047-4927-9ae3-1449365d0c18
FT000000001011	39d4f182-1e6e-42fa-826b-403879d1fc47
FT000000001157	5a449bce-a286-49c4-9762-096dcf88c230
FT000000001304	d519a42e-6ad5-45e8-bcb1-f5501b2bc0d4
FT000000001271	838cf02a-621c-4bf8-a0b5-3ac4831fc4c7
FT000000000561	9a3a22b3-d256-48a6-b18b-4bb2117f72fe
FT000000000710	033eacfb-b7ca-4a7a-beb7-04817b35e20e
FT000000000615	55fbfb24-89a1-40e9-9867-55b06d6f57ed
W4000000001091	91435d23-047e-487d-9c53-f81b78671cc1
FT000000000761	ea339e4b-5b2c-41b5-a7c0-b323e2cc352d
FT000000000102	c860acb6-85a3-4e63-a510-ea117f980812
FT000000000776	fbdc4ac4-07f0-478f-9c19-c5a6b9c1c7ab
W4000000000229	e460c097-7b06-40ee-b73a-3c4c0ad989eb
W4000000000725	511ef565-200f-4753-bf68-33b9bbe7d583
FT000000001429	dbda437c-1413-4c11-a46f-f0577be5f972
FT000000001448	94f14354-a520-4862-b13f-d50dca547c1c
FT000000000676	a21e20da-0182-44d1-99b2-d5c9d4790726
FT000000000053	c44bfbfc-604d-40fc-ac8e-a5353748e429
FT000000000248	59a8bbdb-655a-4457-a144-dd4270634eb3
W4000000001351	931fbbdf-5dea-42d1-a083-084893642257
FT000000000167	d3eda8f0-b8d1-4f64-9b55-bbaafc9d79cc
FT000000001254	1768dea6-59d4-40c0-8e2b-040b80bfaf6f
FT000000001128	95606aef-89cc-40f2-ba9a-4cb05682fbfb
FT000000000661	77c94a1b-087e-40ab-9ec3-06e3712dc526
FT000000000833	5620b3e6-0426-4f3c-9db3-c5c781a195c4
FT000000000329	a33ac2d5-f7a7-40c6-97ff-03f8f456af96
W4000000000409	ae295599-87ba-4418-954f-70b40249a625
FT000000001396	8078a010-04f7-4a1d-88f5-6b18b7f745f2
W4000000000023	29e08392-e22f-48b4-b794-c709a2d0bed0
W4000000000177	d6745630-975c-4b70-a4c5-2211bce8da79
FT000000001012	baaff709-2417-4f42-b3d3-e5e2b22dd041
FT000000000214	94bced50-f02b-4173-a844-ec57e6f2b94b
W4000000000274	5b536a81-051f-4e30-96f0-20dcda446757
FT000000001110	4b37c097-f578-4fb6-ae60-4fa06f8650f6
W4000000001092	36fe71ef-927c-4a7e-97b1-228d049dcf79
W4000000001234	4cabb522-e0ff-4f3a-9a60-363bf4e77019
FT000000001079	a3727b01-307f-4381-b44e-9f9e3e4710fc
FT000000000562	02c77c2a-f509-46d4-8834-8b8b94420700
W4000000000455	49386be0-138a-46cf-84d7-0bc37d92ca46
FT000000000151	1c901802-448c-4e16-aa00-71581d33e4d4
FT000000001145	61528634-ef69-48eb-bd6e-e00c51db3664
W4000000001281	4c386d07-77dd-4956-b969-70b4386d134b
FT000000000834	fae3d6b5-8ac3-480f-8602-8d424a470880
FT000000001412	3a3815ec-236e-4793-80c2-b42a0e46c1cb
FT000000000677	f11fcb54-305f-48df-94f1-17f04e5988d8
FT000000001066	96722bd8-dd1e-4d83-bc85-a17b89b07231
FT000000000521	37c3cad1-0ab9-4329-bf27-6d41ba672123
W4000000000649	6c94fd82-fdb4-4126-9b73-60da0055d42e
FT000000000549	f993715c-3163-45b2-8c80-7cb3b1519197
W4000000000746	a695c4ae-5d59-4422-a12c-0376e2a9b70b
FT000000000616	8b589078-04c9-4137-8fbe-3561530e135d
FT000000000696	1f6a98b9-d194-46de-9cd1-5086bbc817b3
FT000000000297	30ce7368-b5ed-4ba2-9e7f-2ee77db0c437
W4000000001235	b8e344bd-2f85-4229-a2e4-69e3aee19d29
W4000000000826	40eca554-3648-4b67-8a3a-141bb5f866cd
FT000000001317	4af0a603-1ce9-42cc-bffc-f8f828988c56
FT000000001397	8afd1dcc-b4e0-446e-b87a-5672939589de
FT000000000968	30b109f2-ac20-4836-ab05-061bbb579786
FT000000000550	26200aef-64c9-4087-b41c-e53ad14970a6
FT000000000439	d33198af-9a16-4b8d-9408-a27a77a46056
W4000000000275	298a8a1a-b082-4c82-8887-8282eb6573ac
FT000000000952	f6b335a1-d66c-41a7-a637-bcae4d59ce6d
FT000000000662	55bb779d-6aa5-46f9-8f49-efa589cc1d92
FT000000001031	71b5ec14-4b23-4014-b71c-d7a65768ab9e
W4000000000121	c60d590a-7de7-432e-bcd8-c9adfda9a824
FT000000000039	e23ee784-1b14-4f0a-a8ea-103a191d7a84
FT000000001080	1131efd7-c74f-4ce4-983c-06ad582c8351
W4000000000178	3f462bea-38ce-49f4-aa16-719a30b3afa0
FT000000000152	87184595-499b-4579-acaa-1b5f9f1deb52
FT000000000054	2f31a194-243a-46fd-9133-85b6d0bc2431
FT000000000249	bd3c0164-8d5f-4c6f-98f1-1e71ddf55db0
FT000000000762	91010c2f-aa96-402c-8f30-027adeb712b0
FT000000000889	85fc724c-73e4-4399-828b-91f4f27d2221
FT000000000777	1cbba1f9-f871-4f30-939e-1968a949a1a2
FT000000000986	c2fa41b4-0cc9-4b91-80fd-589586a9b077
FT000000001255	c36005d0-5d1e-4cde-ba9d-5fb5bd7e2261
W4000000000230	0cfb5485-736a-4c71-9d87-359952cc40b4
FT000000001430	4449d8c8-453b-4617-878d-a916b45dac93
W4000000001352	376cd154-46d7-4d35-a9a8-b86335b876b7
W4000000000456	7d88a156-6ee6-4eee-b037-bb44c743e81c
FT000000000199	bc3af6b5-5017-4873-b580-bb67e3588a3c
FT000000001334	610626d8-10f2-48aa-803f-8ce8ed070686
FT000000000536	47f56e98-8600-4b7a-adb5-4f3a7bf9164a
FT000000001413	04bb8382-ad18-4392-b058-bf935b2c3506
FT000000001272	17fe453e-dcd2-41ba-92c0-61434b659b98
W4000000001282	78aa0285-c43f-4244-a310-aced3bdf99dd
W4000000001236	2175da37-3b8a-441e-b1f4-ff8c8b6f08eb
W4000000000897	405e9deb-8a90-4137-8f98-369c3ec4a4dc
FT000000000103	6ebe4c15-7f47-4b5d-87a5-adc4f801b37d
FT000000001449	15f2d618-1ea5-480e-8cc2-d9667d6ee6c6
FT000000000563	e1452f04-bdac-4642-b880-c698fe44f69f
FT000000000391	e5e7efae-2f66-4b48-9ca7-4e1dc44cd4ff
W4000000000179	2d9d6b17-f8aa-4984-93ac-d57fb592c01e
FT000000000168	fc3f1e6a-1979-4a73-a0ff-68884a2e0722
FT000000001377	e1d51991-8144-405c-a686-8e2a758fd11a
FT000000000922	ea49b548-2095-46ba-bc44-c33ea8e07161
W4000000000360	206054f8-e14b-41ed-89a2-d8724b0990db
FT000000000250	29ae36e0-8462-4fbd-8a2a-502a999df0ae
W4000000000873	d639f38b-e765-4740-9db4-b1c51372b582
FT000000001398	f6c1b762-9c5f-476d-b9da-ee026b73c757
FT000000000678	0ed160ee-8e72-43b3-8896-58ea5deb9a86
FT000000000617	02956440-6e84-4a1e-8f50-08e2ebe39e0e
FT000000001158	06eb37c4-6a47-4525-9dc1-dce7b46739d6
FT000000000055	272dd95f-5b4e-4481-b576-c02e7ad59d13
W4000000001283	b1ec51a1-e531-44ce-a994-20b9ffdb94b8
FT000000001318	73788401-1a4a-4af5-bd5d-7864653cb65b
FT000000001369	277a6d38-ed5b-4767-b50c-0e352e5efbe1
FT000000000564	49f04905-62ef-4f30-ae09-4e5dac4b7911
W4000000001353	d830ed0f-aa80-4f6d-912c-fb9a8bd42598
FT000000000835	afcae0bf-afe0-45d4-969a-80a85d3d6e78
W4000000000180	95e800c0-f518-4737-aa36-0d912521a8df
FT000000001146	89c11c3d-8bce-4255-9b6c-74e59c39df68
W4000000000650	d57c0998-a6f3-4827-9ec5-3c5810e157d1
W4000000001093	7a1f44a5-3203-4fb2-a037-d5a4285439e2
FT000000001256	ebe92385-817f-4f94-9cd6-95d48e217929
FT000000000711	3327ac5c-2897-4410-9b4a-c006cd6d14d2
W4000000000726	3f12c32f-be53-4358-b60e-7c6beae66593
FT000000000073	7ffd5e81-8d13-4380-a56f-b588947a95d2
W4000000000265	f684a8aa-6ebf-4ce6-84d6-683e7e548289
W4000000000345	110df8bf-5efc-4213-bafe-60633c636f31
W4000000000457	d7e1ec73-4538-42ab-bbbe-8eb5c4c06993
W4000000000898	edec3efe-df75-4e82-a5e8-fe98d7021219
FT000000000969	ebec9d2e-601d-4359-ab96-d99314e4ae32
W4000000000181	3fb18e71-392a-4b6d-8bc8-510bfe68bc24
W4000000001237	37375df8-050d-413c-ba7b-9360d5ae1b70
W4000000001284	d5956740-9faf-4096-8117-ee33d3d2b4f7
FT000000000522	9f5546a1-d3c1-433a-ac99-c36470b142ef
FT000000000565	e96994d4-a94d-4307-ae44-21485bbdab46
FT000000001192	0ab34ff9-6de6-40bb-801b-00ca33b33fe0
FT000000001414	3148a4f3-25be-41c1-b1a7-370ff5ee7421
FT000000000251	53dc0670-d06f-4f78-b4af-abd609fa375c
FT000000001111	b3cd6749-3489-4146-96f4-2bb1bfc9372c
W4000000000024	9dd01da1-24cb-40f0-87e5-ce878ef25a4a
FT000000001378	ee62f720-fda4-46cc-bfda-85cf33697bc7
W4000000001094	276ce616-75e7-4d5e-be9a-bd66565d88c1
W4000000000899	91626e3a-6e5d-4595-ae7e-f1fe0002777d
FT000000000836	56983653-956c-4c23-864a-b2e91741c94b
FT000000000392	0a8e8981-b219-4898-af43-28bbe022bff2
W4000000000488	9afb92e3-7fdc-4111-9fd3-d9723051662d
FT000000001431	f75a488f-2871-4765-8354-1b82cdb03a9a
FT000000000502	e7ce2730-c506-4316-aeee-1e80cdef6b24
FT000000000697	5e6ccb92-0330-4375-9167-040e27025884
W4000000000122	f2fc6d03-ba6a-4a2a-a7ed-a414d5c4f9a1
W4000000001238	a0227c01-66b6-48ed-98de-9aca2fb28608
FT000000000679	bc2b968f-34aa-42f9-ac1d-541c0d9020d9
FT000000001159	a7661f65-241c-40d7-8656-9450b18c6672
FT000000000474	d1ec42c1-1a9c-44b1-a578-24d62546638c
FT000000000778	0a49d75d-8475-40a3-88fd-789719725ad7
W4000000000276	11d75f97-59de-4923-9c7f-bcbb8505af6a
FT000000000792	bcca0cfc-edb8-4b86-8f1c-01a16ffa5c03
FT000000001013	e18c75ec-febd-43b9-9059-7ab56717dffa
W4000000000410	d6ba6b05-5621-478b-82b1-578f8c227752
FT000000001450	823c73cd-d5f4-40c3-a225-887a8cb7bcfc
FT000000001081	6e55e336-7494-4a4e-9d38-3a8cac324e51
FT000000000537	06bb0de6-a372-4288-b14b-12ca4628495c
FT000000000312	33b17ad2-d9b7-415e-8c45-8cc3957b024b
FT000000001379	bf71ff24-24df-4dfb-876d-511372581746
FT000000000625	fee116b1-b0eb-4bf5-b6e4-e2d47367f106
FT000000000663	40f536f9-1f87-4bd3-b2d0-2af2a28ed0a9
W4000000000900	5304fc15-4f36-4f59-b7e6-f7ded26fee98
FT000000000056	8edc6e66-aef6-46fc-87de-311cb99720dd
FT000000001032	06274184-a5ff-4656-b37b-7ed97309eb83
FT000000001415	5a443010-6585-4c51-9140-fa6f3c35933d
FT000000000837	1a3e4a5c-5234-4ab7-aac1-6679cdd60402
FT000000000153	00c8629e-f0f6-430e-9ae5-1d86fcdfa87c
FT000000000890	2ec193e2-8b27-4611-a4db-5955298793b9
FT000000000154	29b9f816-8fcf-4a03-bda0-8d87abc46726
W4000000000874	43bf1130-b076-4676-9419-99727cea32ec
FT000000000801	e0337021-7aae-4818-8d8e-b79287556d45
FT000000000953	3588a931-c027-4210-b2c9-7026ab4d033e
W4000000001207	05b1a3b8-d05a-4799-b14c-f77bb008edfc
FT000000001273	91c1c09e-3447-4a92-879c-c57132a45cf1
FT000000001399	dffdba1f-b089-4ca4-9973-7161212bcbb8
W4000000000266	5ef6bdfe-b565-4020-a44f-8517f3395fae
FT000000000802	05f681a8-d745-4657-afed-3ecdd8528b64
W4000000000182	a6232c03-3259-455e-9d2a-90facb7834f5
FT000000000664	267d446c-041c-403f-ae31-69d99837bc96
W4000000000727	f249c23f-ea41-4b4e-8f94-8838f1b5edd1
W4000000001285	a12bd425-646d-4569-bd9d-61eaa6a0a7d8
W4000000000361	423f3f58-94ec-485d-b338-abc108950d58
FT000000001147	cefb5b8a-3d9e-4f72-8c01-4c70e36d0bfe
FT000000000855	bc768fb2-b9db-4add-b58f-9eca92e8d190
FT000000000074	6f89a813-ed76-4ea5-8afb-21f2f25e9075
FT000000000215	4c04a8e0-b631-48e3-86c7-0e0ecbd35345
FT000000001380	e3fe1c7b-9b2d-408a-a121-2a19c0a3a4c2
FT000000000330	8bda5893-541f-499f-ad70-d2da417704ea
FT000000000929	77d24045-bd87-4125-a349-3e05f2412caa
FT000000000626	6c522443-b2f2-47d6-9a46-d62f8d61a03c
W4000000001286	4afaf1a1-c291-4bc5-adff-490c238b588b
FT000000000424	849451d2-2b53-42da-9118-3c9794e94767
W4000000000346	395b0e2c-0821-4991-a04e-501e524d099d
W4000000001354	c4e0091c-87c4-4637-ba9d-33534496f32a
FT000000000566	5636ee4b-7813-4d17-a4ef-414202389a05
W4000000000277	d935709f-efaf-4bc6-ba15-fe46f18f55da
FT000000001400	546d942c-2da4-48d0-b26b-9c237e20687e
FT000000001193	b0726339-5884-4c6c-84e0-95344cc2e86e
W4000000001239	0c59a313-af1b-40cd-895f-f67fa2019624
FT000000000135	3711df02-0b84-48ba-bbc4-6de55acc7c3e
FT000000001014	49fe0afc-45a0-4f33-9ac9-70c730a28391
FT000000001370	50008a86-caa9-43e3-ac5c-c551cf5b69c5
W4000000000651	edb3d934-a814-42be-aa59-ebdb3cb36ea2
FT000000000057	0e709953-8c1f-4683-a66a-6a9b632f3afa
FT000000000503	d207d6cc-fd48-4706-992c-60724ce9fd3d
FT000000000627	2f8a2390-ff54-4209-85db-4dc0a8a1a3b1
FT000000001175	2b045173-f20a-4706-ac99-51b9cb60384b
FT000000000475	481d6623-781a-44a8-bafb-48a1846d4e7a
W4000000000025	15844886-fe24-42a1-a27e-7242b37e6470
FT000000000803	c15e7dba-8722-4394-8484-6233a1a5a5e1
FT000000001082	17e338cb-099c-4a95-9f22-c19ba97951a6
W4000000000183	955c2347-c4f0-49a8-82b3-7419024af225
FT000000000584	ea27e47b-d760-4237-a2b3-f600de949e20
FT000000001257	c81d36fc-6dcd-4e93-a995-ea5ecfc8a03f
FT000000000930	a49bddbb-1c10-4cc7-b4ed-82fe7f28d9ba
W4000000001287	fe33593b-9512-4cd0-9682-a4c6d7b1016f
FT000000000393	4eb649df-c1b5-4333-8cd9-fc4aec3cf7ec
W4000000001095	d9b16152-15f8-4dbe-af1c-08a0866a8cad
FT000000001305	4cded7d1-fd19-4b9d-9037-58e0261f9a22
FT000000001416	8eebc202-a0bf-44d8-aa50-e8ed6d6f6fbc
W4000000000231	c302956e-cac8-4dc0-b811-58f40f849b41
W4000000000458	c42b8208-a014-4d69-9f1e-6eb2b5fcafb9
W4000000001240	74aa40a3-1564-4181-a77d-1cd762036971
W4000000000728	07ba4ff1-e0bc-4c90-bcf8-071f80ef0b72
FT000000000567	29a1e2a6-0cd3-45cd-8475-3ccf52808192
FT000000000804	eaab4b4e-4525-4f99-829b-1a7b88b7e0b0
W4000000000827	50271270-4ff5-4611-b6b7-884e894987c1
W4000000000278	c1f48a5a-3a88-44a0-8966-3de5acf04c3d
FT000000000252	b84c1c66-42b3-474f-9534-c837a78bb949
FT000000001067	41f136c1-66f3-4f7a-b11a-1cf717412a41
W4000000000901	9e65ae2b-8829-4f0a-847c-ed4d5b384c32
FT000000001335	5d81deb1-2275-42d4-a7b4-c0fb80db593c
FT000000000838	47dd583c-b964-4000-b531-0e4bea80624f
FT000000000805	37d0f5cf-73c8-45bd-9331-4e0af53dfc6a
FT000000000551	c893ddd3-df96-4dcd-bbb1-b8e69716209c
W4000000000747	f9b5cbf0-182a-4ee8-88a5-2eea8c382771
W4000000000184	012550da-bcfe-4301-85c9-430b0542bf57
FT000000000987	2637ece6-091d-429b-89c9-8eefb915affa
FT000000001381	35687b07-d737-4744-a4c5-5e3ffb01ea6b
FT000000001401	ec53940b-a3dd-4cac-9201-57b211e71c31
FT000000001112	185984b2-2190-45cd-8548-c34f4918f0e5
FT000000000298	999d46be-f6b2-4ff4-b7ce-3e7d09858bc0
W4000000001355	e573222a-1830-405b-8221-9e83eda819ea
FT000000000568	9ce15b65-a020-43da-abd7-acaf087790fd
FT000000000931	60d6cdc7-529c-4410-8a2d-f8abefb8914c
FT000000000698	0bfde102-c00d-4ef2-83b5-cb6f29bec91d
FT000000000680	df942dc1-e7fa-4011-a77e-b2fb9f73581b
W4000000001241	f1873447-abff-41ee-b049-813d566f33d9
FT000000000369	3e8a6c49-5845-4a89-91eb-95473451bf78
FT000000000440	47a22e45-9a36-479e-bb5b-71d7892d59e3
FT000000000628	9514711a-f089-4c30-a4ed-c591b65d9b39
W4000000000489	9b08f2ce-65ff-499b-a354-3528b7527c24
FT000000000763	7b129bd7-92b6-422a-beb7-fe09d98404ce
FT000000001083	36d7a095-2a4c-4ff4-8ba7-34e18a12dbe4
FT000000000793	1c10a84e-42b8-4297-8fb1-f5397215dcaa
FT000000000923	845b5d1b-b1e3-4edc-ad11-29a8e3d94d66
W4000000001096	848fc32d-fe69-43b6-8d41-50c7ebfc897d
FT000000001015	2637babe-6a00-4bc0-bf3f-ac993e0d53ae
FT000000000779	b4418368-1cbe-4ac7-9c85-843ba6a4216a
FT000000001382	5db41884-3054-4a1b-9216-edbe681eef5c
FT000000001258	308c5501-8ed5-4de8-8bbd-527d348bc6bf
FT000000000954	e355fed5-4ba0-4554-94e6-76ef1d8ada20
W4000000000362	af08d4ed-146b-455a-bc89-db57b47db2b9
FT000000000932	821f9b3e-b6b1-428c-b715-652c83ffeeb3
FT000000000618	6fe6f9c0-0582-4d08-b6a4-e907f94a6509
FT000000001451	c2744b73-3170-473a-89a9-7bcb57486db5
FT000000000806	55a00a47-e01b-4fb9-b181-f5a40ef12622
FT000000000970	5572c293-a43e-4382-93ba-c078b1df9c31
FT000000000313	a8a6fb84-e21d-4bce-adc8-bfee085baa40
FT000000000629	c50e3c89-47e9-40c8-8485-d4f05d2715ac
FT000000000370	8b140200-1593-44b9-894a-cccf9ab8a9b8
W4000000001288	9284372f-900d-4807-b4a5-ebfdccb94b4c
FT000000000712	5d003a0e-da91-4397-959e-97e882856fe6
W4000000000902	47f38f9c-d008-4f7f-9edb-94c79539af00
FT000000000075	aa88eb33-ec39-407f-997f-9dbab254b23e
FT000000000839	69ffd76b-6627-405d-91b7-4960b8231f2a
W4000000000185	7a35b2ab-0c6f-45b3-b75d-f67b3225ddf3
FT000000000681	22bbff86-88c5-4785-a303-37657bbd4e1f
W4000000000459	a78c121b-f9bc-42b3-92b3-2a15da24d559
FT000000000933	d123bb03-b891-4e3c-979c-185c5ea5df55
W4000000000828	b96c67e3-5356-4a4a-99b5-9f6ce26558c1
FT000000001194	194400f1-47f2-4b04-8701-ebf349e4bbf4
FT000000000807	1093829e-ca4d-425f-9216-614951a2289c
FT000000001319	18b36ada-9c58-403f-98e6-3404dda77388
W4000000000875	96e99162-1d54-4e3f-9ca8-6ce6b5b212b2
FT000000000371	758e8141-9513-4f76-b0d1-8835212ae0f1
FT000000000136	5b9e7479-e9d9-456f-9814-715f89c3419f
FT000000001160	5bf37cda-9cf4-43cc-acab-77c18fbfa91f
FT000000001068	637908c3-4158-47b3-9616-e4025d943f18
FT000000001371	a2fe42cf-9465-43e7-9ff3-c0dfad89d143
FT000000000155	77f5677d-a850-4526-8425-09b31cc06079
FT000000001033	40081ccc-d5ee-4abe-b003-c2773d16d5e0
FT000000000630	2efcec84-b82e-4c24-bb19-5393106d017f
FT000000000552	fd6b982e-55a9-4b16-a302-9887d17ef99c
W4000000000186	a2a74823-45a5-4ca6-90af-45f54adbd321
FT000000000169	fa1d27e7-ec58-40f2-944b-a6d318d08b56
FT000000001336	c206fc43-0a93-4945-b123-6fd58a6885ba
FT000000000372	da1f16ad-cd3d-4902-944a-7ae621e2e461
FT000000001176	7f54eebb-77e7-4daa-8ac6-b780d41406e3
W4000000000347	dfb8bd52-ba66-493f-a9e5-138d711d3566
FT000000000585	322ba469-f427-4866-a639-49228214b5e8
FT000000000665	e77f7ffd-6d54-4490-a9b5-ce20ab3c9235
W4000000000232	eb942b24-ee33-47f3-8db9-0562dcfc321b
FT000000000840	938d04c2-634f-4098-bc16-a1330f54218a
FT000000001148	36c0f11c-1621-4169-8248-468acdc1157b
W4000000000903	eef7be58-8668-4917-8b71-302c17e79f48
W4000000001097	1c71daf4-84fa-46c9-9605-a3f9d92c3a4b
FT000000000476	31113fa1-3f60-4856-b5a9-87421e59b2b3
FT000000000538	2e7fa79c-078e-4647-b49b-d2633fd9b6f4
W4000000001208	6d824150-95e3-4b92-8a67-462dadd41a0e
FT000000000504	3990f43f-f055-4d3c-8dd5-a96d235a1500
FT000000000856	a9da7d03-638b-4361-abe2-66678d4abd1c
FT000000001417	6713da59-2b52-4ae8-89e6-9c5ca2a4cf7a
FT000000000934	eeb2d8af-d601-4184-a5fb-ff560ff9a661
FT000000000569	f9275b3b-fa4c-440d-bb5c-1fbddbf47d9f
FT000000000040	15ee0197-d711-4fea-814b-17f47ce32e44
FT000000000808	3620f835-0bb9-4053-8878-48f2449498ff
W4000000001242	1972d058-c0f0-4c64-9675-0774d7d67c21
FT000000000216	3455be32-b9fa-439a-997e-780446c4f7fe
W4000000001289	ac888a03-4bf3-4e95-856a-2f9fa267c919
FT000000001383	f9e940e6-2ff1-4f14-b59f-a95ef0c3a4fd
FT000000000988	4822feb3-dc0d-43dd-a936-f689b532f0ef
FT000000000971	646e49c1-0b29-40ca-8440-6be45704b303
FT000000000058	3a355aca-2b30-452a-90c5-e48499b668ac
FT000000001402	19182da1-b769-43be-bb51-170e68ef021e
FT000000000935	a9d3d82e-aa42-42e8-8682-2b83cbdaf285
FT000000000764	e483893e-acc3-44a6-bfa7-777377efc442
FT000000000299	7791971a-eae8-48ce-8564-e1d4df11236f
W4000000000279	b058063a-b032-4b8b-b2fe-2164c7adb2a3
FT000000000809	556d4c07-7263-4a3a-88ff-5c5bf0920891
W4000000001356	89c0779f-8e1e-4452-a544-107c10f3ab91
FT000000001084	9c86f59a-8136-459d-8b1c-4f0cd145c0b3
W4000000000904	9cf62cb3-ffba-45fb-adc3-27ade5987ad1
FT000000000631	e4d0091c-df69-4e8a-baaf-46e0bee45e5c
W4000000000490	07960bdf-cafe-4392-9eb8-6c13d4bdfaf9
FT000000000373	15d039da-2838-411c-abd1-065117c17f69
FT000000000425	5fdd9b1f-512c-4480-8e9c-d7fe4eef15f8
FT000000001259	15b36c23-d020-49a8-a03d-a438a7743ead
W4000000000748	1f86a185-6bf4-4a26-8dc2-0cc934ac6e67
FT000000000924	672bdeef-30b8-4bf0-8c81-51afec9e7f32
FT000000000441	de95a55e-b195-47e5-82f1-6567bb80b27e
W4000000000280	94a55bcd-fe89-470c-88a4-300ecdbd178f
FT000000000936	d3c4c5e5-d6b0-4043-acf0-527e14e91af4
FT000000000810	c2f46005-e25e-492d-af5e-04187d09f3ab
W4000000001098	89bf7c65-854f-48b7-bc37-0c2066416320
W4000000001243	5ead095e-3a7a-4b30-9ef9-3b4ab3c2c9d8
FT000000000570	a16cf4b1-ba6d-49ef-b2c9-5f9456ccd63d
W4000000001290	95566778-fbea-41fc-bb9d-96d62b5be284
W4000000000026	44c9123d-8e31-4941-9124-62d18ab4c3fe
FT000000000619	b32f807f-c38c-403b-a639-747aa0f75d18
FT000000000374	739d5351-148e-4c8c-8331-4dd08b4aeca2
FT000000000104	97036191-dd73-42c9-9e04-d53eb1cd36fc
FT000000000156	e083fce7-c8dd-4f0c-a2ca-1ddc4c5bb1bd
FT000000001384	22b5de0b-c493-4edc-92c1-e194cd95449c
FT000000000937	f4a050e1-eff0-41c9-bd78-a5cc2be08654
FT000000000200	70ab2c2f-97d1-40c8-bbfe-c615f9736f2e
W4000000000187	e0e1b7ca-a65b-4863-9e45-a9e4e4691ac7
FT000000000632	4f9dbe8f-c9b2-4943-a000-027d7dd3473c
FT000000001403	39514072-cc90-46f7-8ae8-0a8c8c4764a6
FT000000000375	6ba961bc-b3c9-4494-aad9-c8ef04fcc0e7
FT000000001320	4080884f-dd03-42b5-b606-3cca3c395527
FT000000001161	73955036-5abf-4853-b53c-4739fd45261a
FT000000001306	79ce75e2-16fd-4bd9-8596-707b4dc85d70
FT000000000571	96a657c1-4430-4d35-8251-9b23f8a2078b
W4000000000411	44c85add-3ab2-4dd9-b434-dbdbcff3261d
W4000000001244	c6fda6ee-13c4-47e2-9a9d-95711b56a98a
W4000000000729	bfb94b74-3e7a-46fa-807c-3ae67beec04b
FT000000000633	b34474e9-162d-4b04-b195-f9cd03362890
FT000000000811	5e7127d9-5544-4733-bff1-079c62d75f1d
FT000000000666	15118d6d-3240-4f0f-9f14-0cef97e378bb
FT000000000891	16fe3e9b-8453-4a9c-b96e-4cda7edf0646
FT000000001385	f88cf162-f88c-40ed-ae56-5d3365505e7c
W4000000001291	5186ff16-6050-4701-ac20-ea90dbfdd16f
FT000000000059	74a36f22-bf8b-48bc-9f49-17b05a29928a
FT000000000523	a901a7b5-e387-45ea-9e1e-072b35bf08f1
W4000000000123	4bd65d97-c1fc-49bb-b682-7b7e664bbbb1
FT000000000394	b7040370-ea00-4dcf-a238-ebe0f1c99358
FT000000000841	4889c08c-98b4-422d-809e-f4d2f3dad0d3
W4000000000188	49700d31-9565-42f1-9dd9-9be36d6e5e6b
W4000000000267	cd326dc1-3c50-4e72-aac4-00603e2a6841
FT000000000682	8a2d9526-79ef-4d92-9672-963cb1be836e
FT000000000812	83fdfe6f-7daa-41ef-a120-37577ef96774
FT000000000938	5de56e86-f845-4503-b59a-4e8845fc8154
FT000000001418	53a13bca-e7b6-4c15-b347-b3d38c594fe5
W4000000000905	3fbc43fa-dfda-452a-ba58-fb06f8228e55
FT000000001016	8ea8d056-2c2c-42c5-b9ad-f3acbb221c71
FT000000001274	be52d62a-d48a-460b-b9a7-0c31eee39381
FT000000000376	d148206b-5d03-46db-beee-ef5198b0b411
FT000000000331	60fec7e7-eb2f-4bf1-96f4-f6a100906acc
FT000000001432	e12a5e63-483d-4ae4-bc82-4c47ae2c411f
W4000000000460	4b3ca7b9-4280-4cbd-bc5c-2001c70d7f49
\.


--
-- Data for Name: validation_runs; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.validation_runs (run_id, started_at, finished_at, duration_ms, checks, failed_checks, error_violations, warning_violations, keys_per_rule, run_by) FROM stdin;
\.


--
-- Data for Name: validation_results; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.validation_results (run_id, rule_name, table_name, severity, violations, row_keys, details, error_message) FROM stdin;
\.


--
-- Data for Name: validation_rules; Type: TABLE DATA; Schema: crmdb; Owner: -
--

COPY crmdb.validation_rules (rule_name, table_names, description, severity, enabled) FROM stdin;
action_geo	{workflow_service.action_records}	A visit's latitude lies within +-90 and its longitude within +-180, and both or neither are set	warning	t
action_loan_customer	{workflow_service.action_records}	An agent action's cif is the cif of its loan	error	t
agent_email_format	{workflow_service.agents}	An agent's e-mail address is valid (crmdb.is_valid_email)	warning	t
assignment_overlap	{workflow_service.customer_agents}	A customer's assignment periods [start_date, end_date) do not overlap (one violation per customer)	error	t
assignment_period	{workflow_service.customer_agents}	An assignment does not end before it starts; a current assignment has no end_date, a past one has	warning	t
assignment_single_current	{workflow_service.customer_agents}	A customer has at most one current assignment (one violation per customer)	error	t
case_matches_assignment	{workflow_service.customer_cases}	A customer case names the call and field agents of the customer's current assignment	warning	t
collateral_value	{bank_sync_service.collaterals}	A collateral's value is not negative and its valuation_date not in the future	warning	t
customer_birth_date	{bank_sync_service.customers}	A customer's date_of_birth is neither in the future nor before 1900	warning	t
customer_name_by_type	{bank_sync_service.customers}	An INDIVIDUAL customer has a name, an ORGANIZATION a company_name	error	t
customer_status	{bank_sync_service.customers}	A customer's status is ACTIVE or INACTIVE	error	t
default_partition_rows	{payment_service.payments,workflow_service.action_records,workflow_service.customer_agents}	No row lies in the DEFAULT partition of a partitioned table (one violation per row; crmdb.run_maintenance() moves them)	warning	t
due_segment_amounts	{bank_sync_service.due_segmentations}	The principal, interest, fees and penalty amounts of a due segmentation are not negative	error	t
email_format	{bank_sync_service.emails}	A customer's e-mail address is valid (crmdb.is_valid_email)	warning	t
loan_amounts	{bank_sync_service.loans}	A loan's original amount is positive; its outstanding, remaining and due amounts are not negative	error	t
loan_closed_state	{bank_sync_service.loans}	A CLOSED loan has a close_date, an OPEN loan has none	error	t
loan_currency	{bank_sync_service.loans}	A loan's currency is an active ISO 4217 code (crmdb.is_valid_currency)	error	t
loan_dates	{bank_sync_service.loans}	A loan matures after its disbursement	error	t
loan_dpd	{bank_sync_service.loans}	A loan's days past due are not negative	error	t
loan_interest_rate	{bank_sync_service.loans}	A loan's interest rate lies between 0 and 100	error	t
payment_amount	{payment_service.payments}	A payment's amount is positive	error	t
payment_currency	{payment_service.payments}	A payment is in the currency of its loan	error	t
payment_future	{payment_service.payments}	A payment's payment_date is at most one day ahead of now	warning	t
payment_loan_customer	{payment_service.payments}	A payment's cif is the cif of its loan	error	t
phone_format	{bank_sync_service.phones}	A phone number is an optional + and 8 to 15 digits (spaces, dots, dashes and parentheses aside)	error	t
reference_is_self	{bank_sync_service.reference_customers}	A reference customer is not the primary customer itself (ref_cif differs from primary_cif)	error	t
single_primary_contact	{bank_sync_service.addresses,bank_sync_service.emails,bank_sync_service.phones}	A customer has at most one primary phone, one primary e-mail and one primary address (one violation per customer and table)	warning	t
user_role_exists	{auth_service.users}	A user's role is the name of a row of auth_service.roles	error	t
verified_without_date	{bank_sync_service.addresses,bank_sync_service.emails,bank_sync_service.phones}	A verified phone, e-mail or address has a verification_date	warning	t
\.


--
-- Data for Name: payments_2024_q4; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2024_q4 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
d7beb3a5-42cf-4cb6-a449-be33f8ba5496	W4000000000257	W4230000000016	CIF0000000006	4050000.00	VND	2024-10-02 19:39:00	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-10-02 19:42:00	2024-10-02 19:42:00	f	2024-10-02 20:39:00
a68a4a9c-fef0-4742-b99e-15e5c5db65d9	FT000000000769	LD230000000048	CIF0000000016	2736000.00	VND	2024-10-03 17:46:15	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-03 17:49:15	2024-10-03 17:49:15	f	2024-10-03 18:46:15
9ad97369-e5a9-4873-a97b-e80417bd0731	FT000000000913	LD240000000057	CIF0000000019	29031000.00	VND	2024-10-05 07:11:00	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-05 07:14:00	2024-10-05 07:14:00	f	2024-10-05 08:11:00
3f002b7c-46b7-426f-96c9-a52c25287bff	FT000000000097	LD240000000006	CIF0000000002	13914000.00	VND	2024-10-06 09:16:10	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-06 09:19:10	2024-10-06 09:19:10	f	2024-10-06 10:16:10
c7ebf763-921d-4ee6-8403-0110010a071c	FT000000001025	LD230000000064	CIF0000000022	8262000.00	VND	2024-10-08 09:22:01	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-08 09:25:01	2024-10-08 09:25:01	f	2024-10-08 10:22:01
cd7ca02f-03b6-4c23-b9fb-dab8bac90be8	W4000000000353	W4230000000022	CIF0000000008	4650000.00	VND	2024-10-08 13:15:16	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	W4	W4_SYNC	W4_SYNC	2024-10-08 13:18:16	2024-10-08 13:18:16	f	2024-10-08 14:15:16
8acd0f9a-fe67-4565-9f57-d5833638143c	W4000000001201	W4240000000075	CIF0000000025	7350000.00	VND	2024-10-10 09:56:30	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-10-10 09:59:30	2024-10-10 09:59:30	f	2024-10-10 10:56:30
c7e3c97f-1376-47e6-be42-4cdaf020653b	FT000000000977	LD230000000061	CIF0000000021	16688000.00	VND	2024-10-12 11:21:37	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-12 11:24:37	2024-10-12 11:24:37	f	2024-10-12 12:21:37
3198dd1a-1323-4d86-ab80-f8d90591d12c	W4000000000817	W4230000000051	CIF0000000017	1005000.00	VND	2024-10-14 09:01:17	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-10-14 09:04:17	2024-10-14 09:04:17	f	2024-10-14 10:01:17
981e1808-9b6c-45aa-9537-67497ce93ad9	FT000000000513	LD240000000032	CIF0000000011	4020000.00	VND	2024-10-15 10:51:02	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-15 10:54:02	2024-10-15 10:54:02	f	2024-10-15 11:51:02
edc0a63d-723a-4f45-ad97-07612442700f	FT000000000209	LD230000000013	CIF0000000005	31953000.00	VND	2024-10-22 13:29:45	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-22 13:32:45	2024-10-22 13:32:45	f	2024-10-22 14:29:45
2911155e-9892-44b0-aaae-4d3ddc0c89d7	W4000000000401	W4230000000025	CIF0000000009	8550000.00	VND	2024-10-22 13:56:39	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-10-22 13:59:39	2024-10-22 13:59:39	f	2024-10-22 14:56:39
b2dd18e4-0781-4320-bf76-ba73582ed870	FT000000000465	LD220000000029	CIF0000000010	47636000.00	VND	2024-10-22 14:38:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-22 14:41:58	2024-10-22 14:41:58	f	2024-10-22 15:38:58
ae574e2e-4053-49db-b518-5697dad9dde9	FT000000000065	LD240000000004	CIF0000000002	13282000.00	VND	2024-10-26 15:07:21	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-26 15:10:21	2024-10-26 15:10:21	f	2024-10-26 16:07:21
fe750652-582c-4f17-bb46-228ef9e0884c	FT000000001105	LD230000000069	CIF0000000023	38386000.00	VND	2024-10-27 13:52:24	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-27 13:55:24	2024-10-27 13:55:24	f	2024-10-27 14:52:24
b10af861-cf0b-4bce-8172-6d226402c1fd	FT000000000033	LD230000000002	CIF0000000001	1601000.00	VND	2024-10-30 09:28:18	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-30 09:31:18	2024-10-30 09:31:18	f	2024-10-30 10:28:18
66deb66c-4997-4cc2-8e32-9aa64244b07a	FT000000001297	LD240000000081	CIF0000000027	1896000.00	VND	2024-10-31 18:28:25	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-10-31 18:31:25	2024-10-31 18:31:25	f	2024-10-31 19:28:25
b1b11fac-789a-4bfd-85db-fcfb3661f4c9	FT000000000881	LD230000000055	CIF0000000019	18065000.00	VND	2024-11-01 08:03:31	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-01 08:06:31	2024-11-01 08:06:31	f	2024-11-01 09:03:31
f2e0d28a-0165-4a5d-9a06-507e522407f4	FT000000000289	LD230000000018	CIF0000000006	14294000.00	VND	2024-11-01 18:21:42	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-01 18:24:42	2024-11-01 18:24:42	f	2024-11-01 19:21:42
cd5b7898-2027-4e8f-9884-817556924f84	FT000000001057	LD240000000066	CIF0000000022	19157000.00	VND	2024-11-02 15:29:44	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-02 15:32:44	2024-11-02 15:32:44	f	2024-11-02 16:29:44
32ab1882-de98-4ab7-b2e9-3f6d2683dd60	FT000000001361	LD240000000085	CIF0000000029	82012000.00	VND	2024-11-02 20:28:54	COLLECTION_AGENT	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2024-11-02 20:31:54	2024-11-02 20:31:54	f	2024-11-02 21:28:54
fc746dec-b015-4f4e-a32c-3d2b98e71196	FT000000000081	LD230000000005	CIF0000000002	1237000.00	VND	2024-11-03 14:22:11	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-03 14:25:11	2024-11-03 14:25:11	f	2024-11-03 15:22:11
68d51a96-4024-4b79-a83b-89fba73ad8d8	FT000000000321	LD240000000020	CIF0000000007	980000.00	VND	2024-11-05 09:14:02	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-05 09:17:02	2024-11-05 09:17:02	f	2024-11-05 10:14:02
8e85a15d-e1bb-4982-a8c4-fb5edde2b296	FT000000001217	LD240000000076	CIF0000000026	3447000.00	VND	2024-11-05 15:47:24	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-05 15:50:24	2024-11-05 15:50:24	f	2024-11-05 16:47:24
b45cf532-35c1-4c33-84aa-4251a3eb8a8b	FT000000000529	LD240000000033	CIF0000000011	11620000.00	VND	2024-11-09 19:27:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-09 19:30:13	2024-11-09 19:30:13	f	2024-11-09 20:27:13
212294ba-1bad-43c6-ac63-e82c8c22bf9a	W4000000000865	W4230000000054	CIF0000000018	1200000.00	VND	2024-11-11 11:44:36	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-11-11 11:47:36	2024-11-11 11:47:36	f	2024-11-11 12:44:36
17d8d259-71dc-40a7-9311-1eb0b6ba6410	FT000000000785	LD240000000049	CIF0000000017	13861000.00	VND	2024-11-12 07:32:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-12 07:35:07	2024-11-12 07:35:07	f	2024-11-12 08:32:07
0ca66fb8-9bc0-4974-ab72-8f079300074c	FT000000000593	LD230000000037	CIF0000000013	8115000.00	VND	2024-11-12 20:08:43	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-12 20:11:43	2024-11-12 20:11:43	f	2024-11-12 21:08:43
d98df8fa-4cb0-4354-b93f-f4409e008d24	W4000000000113	W4240000000007	CIF0000000003	3312000.00	VND	2024-11-14 12:32:07	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-11-14 12:35:07	2024-11-14 12:35:07	f	2024-11-14 13:32:07
4bc06f60-b45c-4ec7-b151-eb4c9fc7bfba	FT000000000082	LD230000000005	CIF0000000002	1144000.00	VND	2024-11-16 14:17:02	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-16 14:20:02	2024-11-16 14:20:02	f	2024-11-16 15:17:02
4084c59c-9775-43f3-b72e-172fd8b848e7	FT000000001441	LD230000000090	CIF0000000030	33499000.00	VND	2024-11-17 16:37:32	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-17 16:40:32	2024-11-17 16:40:32	f	2024-11-17 17:37:32
cef77d32-a8fb-4845-9634-1bcdd8348332	FT000000000945	LD220000000059	CIF0000000020	51914000.00	VND	2024-11-17 20:54:26	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-17 20:57:26	2024-11-17 20:57:26	f	2024-11-17 21:54:26
fbc7b387-5f90-40ca-b4d6-2f85faf5aecc	FT000000000689	LD240000000043	CIF0000000015	7603000.00	VND	2024-11-18 12:56:22	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-18 12:59:22	2024-11-18 12:59:22	f	2024-11-18 13:56:22
f5498f82-c71d-4cfa-8ecc-ed9b4437adea	FT000000000577	LD240000000036	CIF0000000012	1145000.00	VND	2024-11-19 12:46:27	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-19 12:49:27	2024-11-19 12:49:27	f	2024-11-19 13:46:27
0b459ec3-5282-4218-a92f-ec936e7d21ae	FT000000000305	LD230000000019	CIF0000000007	9722000.00	VND	2024-11-20 10:25:11	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-20 10:28:11	2024-11-20 10:28:11	f	2024-11-20 11:25:11
13523fc4-cbcb-42be-bb1f-9e2762e988fe	FT000000000753	LD240000000047	CIF0000000016	25536000.00	VND	2024-11-20 18:54:37	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-20 18:57:37	2024-11-20 18:57:37	f	2024-11-20 19:54:37
bf172516-aa61-480b-bb9e-c2a8d36e03ad	FT000000000161	LD230000000010	CIF0000000004	5959000.00	VND	2024-11-21 17:21:49	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-21 17:24:49	2024-11-21 17:24:49	f	2024-11-21 18:21:49
f533892f-7862-47ec-92c2-9ebabacbabc9	FT000000000594	LD230000000037	CIF0000000013	13451000.00	VND	2024-11-22 09:01:34	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-22 09:04:34	2024-11-22 09:04:34	f	2024-11-22 10:01:34
6ca702fc-53ce-42b3-b133-5a712f0819a3	W4000000000641	W4240000000040	CIF0000000014	850000.00	VND	2024-11-22 12:15:41	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-11-22 12:18:41	2024-11-22 12:18:41	f	2024-11-22 13:15:41
8753892d-8c44-4cdf-a9de-f3dd105ef442	FT000000000129	LD230000000008	CIF0000000003	14399000.00	VND	2024-11-22 14:58:46	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-22 15:01:46	2024-11-22 15:01:46	f	2024-11-22 15:58:46
d017bd90-71b8-4860-9ef2-586b3fce421c	FT000000001169	LD240000000073	CIF0000000025	31076000.00	VND	2024-11-25 10:12:11	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-25 10:15:11	2024-11-25 10:15:11	f	2024-11-25 11:12:11
6d872a14-e80b-4090-90da-ccc360541eb7	FT000000001137	LD230000000071	CIF0000000024	753000.00	VND	2024-11-25 20:38:19	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-25 20:41:19	2024-11-25 20:41:19	f	2024-11-25 21:38:19
4c0c1c4a-e8e9-494a-a26b-e6b679e04779	FT000000000417	LD230000000026	CIF0000000009	900000.00	VND	2024-11-26 12:46:17	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-11-26 12:49:17	2024-11-26 12:49:17	f	2024-11-26 13:46:17
7bdff347-4028-483b-b869-c1fc2e09ae16	W4000000000737	W4230000000046	CIF0000000016	5551000.00	VND	2024-11-28 08:30:18	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-11-28 08:33:18	2024-11-28 08:33:18	f	2024-11-28 09:30:18
a47862af-8754-4720-8ced-317688853098	FT000000001265	LD240000000079	CIF0000000027	28515000.00	VND	2024-12-04 16:07:00	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2024-12-04 16:10:00	2024-12-04 16:10:00	f	2024-12-04 17:07:00
7e31f010-0fdb-4755-b657-8dfbe0ba1884	W4000000000337	W4230000000021	CIF0000000007	2600000.00	VND	2024-12-05 20:14:19	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-12-05 20:17:19	2024-12-05 20:17:19	f	2024-12-05 21:14:19
2a84e9df-97be-4d9d-89d7-8386f6c290d5	FT000000000849	LD230000000053	CIF0000000018	33671000.00	VND	2024-12-06 11:43:29	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-06 11:46:29	2024-12-06 11:46:29	f	2024-12-06 12:43:29
a6feea92-30f3-49d9-83d6-c6b9e6ad638d	FT000000000083	LD230000000005	CIF0000000002	823000.00	VND	2024-12-08 07:26:44	AUTO_DEBIT	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2024-12-08 07:29:44	2024-12-08 07:29:44	f	2024-12-08 08:26:44
810cf00f-0c00-405f-a09b-2e21a5c483b3	FT000000000754	LD240000000047	CIF0000000016	31356000.00	VND	2024-12-09 18:19:18	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-09 18:22:18	2024-12-09 18:22:18	f	2024-12-09 19:19:18
421f8e74-69d5-4633-a355-d0a995798e10	W4000000000114	W4240000000007	CIF0000000003	1850000.00	VND	2024-12-10 07:34:12	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-12-10 07:37:12	2024-12-10 07:37:12	f	2024-12-10 08:34:12
68d65b2a-ef7b-4dae-be90-be69e2565501	FT000000001442	LD230000000090	CIF0000000030	66128000.00	VND	2024-12-12 08:02:14	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2024-12-12 08:05:14	2024-12-12 08:05:14	f	2024-12-12 09:02:14
4b003212-a7a2-469b-90c4-efa7b31a6519	W4000000000866	W4230000000054	CIF0000000018	1200000.00	VND	2024-12-13 19:41:51	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-12-13 19:44:51	2024-12-13 19:44:51	f	2024-12-13 20:41:51
7f9789f2-d1cc-4def-a8f7-690febd4085b	FT000000000705	LD220000000044	CIF0000000015	36521000.00	VND	2024-12-15 11:46:55	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-15 11:49:55	2024-12-15 11:49:55	f	2024-12-15 12:46:55
044b04df-f8d1-454d-8030-3205e5d02705	FT000000000914	LD240000000057	CIF0000000019	29031000.00	VND	2024-12-17 15:31:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-17 15:34:13	2024-12-17 15:34:13	f	2024-12-17 16:31:13
9f738d75-101f-4d68-8f56-80022146ce90	W4000000000818	W4230000000051	CIF0000000017	4492000.00	VND	2024-12-20 09:34:57	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-12-20 09:37:57	2024-12-20 09:37:57	f	2024-12-20 10:34:57
186470a3-029b-45b5-bf83-00edca151dca	FT000000000193	LD230000000012	CIF0000000004	8122000.00	VND	2024-12-20 16:07:14	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-20 16:10:14	2024-12-20 16:10:14	f	2024-12-20 17:07:14
1fcb68e9-7a52-47dd-9155-881ab6dd7a99	FT000000000290	LD230000000018	CIF0000000006	14294000.00	VND	2024-12-21 15:33:34	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-21 15:36:34	2024-12-21 15:36:34	f	2024-12-21 16:33:34
e450c933-a566-432f-8676-f48a2da677e2	W4000000000258	W4230000000016	CIF0000000006	4050000.00	VND	2024-12-22 07:20:37	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2024-12-22 07:23:37	2024-12-22 07:23:37	f	2024-12-22 08:20:37
d67847d6-6fa2-4034-bfe7-df1e77670870	FT000000001138	LD230000000071	CIF0000000024	3051000.00	VND	2024-12-22 14:54:28	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2024-12-22 14:57:28	2024-12-22 14:57:28	f	2024-12-22 15:54:28
3b368ef8-9caa-47f7-bc4a-48274e9c83bb	FT000000001218	LD240000000076	CIF0000000026	2418000.00	VND	2024-12-26 13:10:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-26 13:13:59	2024-12-26 13:13:59	f	2024-12-26 14:10:59
316deef6-6d82-4c4b-a4f8-c6cbc4022af3	FT000000000978	LD230000000061	CIF0000000021	6029000.00	VND	2024-12-30 19:38:34	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2024-12-30 19:41:34	2024-12-30 19:41:34	f	2024-12-30 20:38:34
\.


--
-- Data for Name: payments_2025_q1; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2025_q1 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
159e0ed5-f31f-4e41-8410-c516d6c89943	W4000000000402	W4230000000025	CIF0000000009	7720000.00	VND	2025-01-02 18:47:42	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-02 18:50:42	2025-01-02 18:50:42	f	2025-01-02 19:47:42
50143872-f8ba-4145-9d00-959e76f184f9	FT000000000770	LD230000000048	CIF0000000016	2736000.00	VND	2025-01-04 13:40:41	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-04 13:43:41	2025-01-04 13:43:41	f	2025-01-04 14:40:41
a0a6ae5b-a0ac-4dd2-a8d7-51ccb4e3e741	FT000000000466	LD220000000029	CIF0000000010	47636000.00	VND	2025-01-07 09:00:01	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-07 09:03:01	2025-01-07 09:03:01	f	2025-01-07 10:00:01
c1a7ad1b-dffa-4925-b298-ddfb80a23a18	FT000000000514	LD240000000032	CIF0000000011	6664000.00	VND	2025-01-07 11:32:47	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-07 11:35:47	2025-01-07 11:35:47	f	2025-01-07 12:32:47
a096ae6d-8357-4a8b-884a-2ee66e6092e7	FT000000001362	LD240000000085	CIF0000000029	82012000.00	VND	2025-01-08 09:28:33	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-08 09:31:33	2025-01-08 09:31:33	f	2025-01-08 10:28:33
f601b5bf-4b02-4d9f-b34c-ea94df83f105	W4000000000354	W4230000000022	CIF0000000008	6482000.00	VND	2025-01-09 08:55:03	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-09 08:58:03	2025-01-09 08:58:03	f	2025-01-09 09:55:03
e057c1c1-de00-49a6-ab6f-61ef66eac375	FT000000000034	LD230000000002	CIF0000000001	1006000.00	VND	2025-01-10 07:39:20	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-10 07:42:20	2025-01-10 07:42:20	f	2025-01-10 08:39:20
6fbd0cfd-623d-4634-a7a9-3f812b1191a4	FT000000001026	LD230000000064	CIF0000000022	21906000.00	VND	2025-01-11 08:17:51	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-11 08:20:51	2025-01-11 08:20:51	f	2025-01-11 09:17:51
beae0e36-ceb7-44a5-a1b2-57b46b071b51	FT000000000194	LD230000000012	CIF0000000004	7147000.00	VND	2025-01-11 11:27:45	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-11 11:30:45	2025-01-11 11:30:45	f	2025-01-11 12:27:45
a867251d-3473-4108-8fdb-42ed1ae5b79b	W4000000000738	W4230000000046	CIF0000000016	3850000.00	VND	2025-01-12 11:23:12	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-12 11:26:12	2025-01-12 11:26:12	f	2025-01-12 12:23:12
1f423d22-6b9d-4750-a82a-845a276d77e1	FT000000000882	LD230000000055	CIF0000000019	18065000.00	VND	2025-01-14 15:59:33	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-14 16:02:33	2025-01-14 16:02:33	f	2025-01-14 16:59:33
6add040b-2b49-4253-81b8-7db3edd0d1db	W4000000000338	W4230000000021	CIF0000000007	2600000.00	VND	2025-01-22 17:26:00	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-22 17:29:00	2025-01-22 17:29:00	f	2025-01-22 18:26:00
21172515-872b-46fa-b41d-a91a58dc1aae	FT000000000578	LD240000000036	CIF0000000012	1092000.00	VND	2025-01-23 10:24:18	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-23 10:27:18	2025-01-23 10:27:18	f	2025-01-23 11:24:18
53ad13e3-9f39-4fdd-a381-9a1f5f3f6812	FT000000001298	LD240000000081	CIF0000000027	3530000.00	VND	2025-01-24 19:43:12	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-24 19:46:12	2025-01-24 19:46:12	f	2025-01-24 20:43:12
1b4a6e3b-e6bc-493d-9484-59f0e2b4c524	W4000000000642	W4240000000040	CIF0000000014	509000.00	VND	2025-01-24 20:36:53	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-24 20:39:53	2025-01-24 20:39:53	f	2025-01-24 21:36:53
dae89a6b-3d6c-465b-821a-58147768fcfd	FT000000001058	LD240000000066	CIF0000000022	35210000.00	VND	2025-01-25 13:07:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-25 13:10:59	2025-01-25 13:10:59	f	2025-01-25 14:07:59
afbf1f44-4e76-44e9-bbfa-ca622367d5f1	FT000000000130	LD230000000008	CIF0000000003	7381000.00	VND	2025-01-25 20:27:36	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-25 20:30:36	2025-01-25 20:30:36	f	2025-01-25 21:27:36
e6115fe2-5551-4495-be65-9fc593c4b9de	W4000000000017	W4250000000001	CIF0000000001	3750000.00	VND	2025-01-26 08:55:13	COLLECTION_AGENT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-26 08:58:13	2025-01-26 08:58:13	f	2025-01-26 09:55:13
59e413be-2859-4ea5-9726-0d2d3ce871a7	FT000000000066	LD240000000004	CIF0000000002	13282000.00	VND	2025-01-28 20:17:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-28 20:20:07	2025-01-28 20:20:07	f	2025-01-28 21:17:07
e5a0a2a9-efb3-4dea-89ad-19076d4d96a2	FT000000000162	LD230000000010	CIF0000000004	5959000.00	VND	2025-01-29 12:44:00	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-29 12:47:00	2025-01-29 12:47:00	f	2025-01-29 13:44:00
6b8d410f-810f-4da9-a4eb-5bfa9eed9628	FT000000000098	LD240000000006	CIF0000000002	17875000.00	VND	2025-01-29 15:40:41	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2025-01-29 15:43:41	2025-01-29 15:43:41	f	2025-01-29 16:40:41
0aea7c73-f685-4daf-bae0-fd0a19010ad4	FT000000000084	LD230000000005	CIF0000000002	1237000.00	VND	2025-01-30 13:26:47	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-30 13:29:47	2025-01-30 13:29:47	f	2025-01-30 14:26:47
9358b7ae-806d-42eb-9d9b-d9978522b233	FT000000000322	LD240000000020	CIF0000000007	980000.00	VND	2025-01-31 11:48:51	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-01-31 11:51:51	2025-01-31 11:51:51	f	2025-01-31 12:48:51
f3bead1c-c70a-4444-b8b6-ed1c87fca7a2	W4000000001202	W4240000000075	CIF0000000025	5300000.00	VND	2025-01-31 17:50:50	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-01-31 17:53:50	2025-01-31 17:53:50	f	2025-01-31 18:50:50
5570a4e6-be48-4894-9dda-968fbf167fa9	FT000000001121	LD250000000070	CIF0000000024	8917000.00	VND	2025-02-02 13:44:04	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-02 13:47:04	2025-02-02 13:47:04	f	2025-02-02 14:44:04
73f0f4c6-a8c5-4ec6-b2a2-9c47cbfb88ad	FT000000000306	LD230000000019	CIF0000000007	3238000.00	VND	2025-02-04 12:51:51	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-04 12:54:51	2025-02-04 12:54:51	f	2025-02-04 13:51:51
749d3198-7132-4d82-81ce-1ef0d8e08300	FT000000000418	LD230000000026	CIF0000000009	900000.00	VND	2025-02-05 07:07:20	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-05 07:10:20	2025-02-05 07:10:20	f	2025-02-05 08:07:20
5cfee031-2b2a-407a-bf5f-3e1e92b38cf5	W4000000000739	W4230000000046	CIF0000000016	3850000.00	VND	2025-02-06 16:15:09	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	W4	W4_SYNC	W4_SYNC	2025-02-06 16:18:09	2025-02-06 16:18:09	f	2025-02-06 17:15:09
9baa72a5-9be5-424a-a7fc-01e45b797578	FT000000000530	LD240000000033	CIF0000000011	11620000.00	VND	2025-02-06 18:51:51	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-06 18:54:51	2025-02-06 18:54:51	f	2025-02-06 19:51:51
aab08eea-54a2-4ecc-a07c-3687485b8b9f	FT000000001139	LD230000000071	CIF0000000024	1862000.00	VND	2025-02-07 18:46:29	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-07 18:49:29	2025-02-07 18:49:29	f	2025-02-07 19:46:29
da0ae7a3-b4e2-4f1d-b8ec-0367575d6d58	FT000000000291	LD230000000018	CIF0000000006	21351000.00	VND	2025-02-11 13:24:36	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-11 13:27:36	2025-02-11 13:27:36	f	2025-02-11 14:24:36
cc327c51-5d8e-4588-8258-5a2c03815098	FT000000000595	LD230000000037	CIF0000000013	8115000.00	VND	2025-02-11 17:25:05	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2025-02-11 17:28:05	2025-02-11 17:28:05	f	2025-02-11 18:25:05
56323bc7-4684-4dd7-bbce-17782cec1efd	FT000000000210	LD230000000013	CIF0000000005	18066000.00	VND	2025-02-13 07:06:55	AUTO_DEBIT	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2025-02-13 07:09:55	2025-02-13 07:09:55	f	2025-02-13 08:06:55
64a6ffb0-0f26-4bb0-bb6f-e84f82751de8	FT000000000786	LD240000000049	CIF0000000017	12788000.00	VND	2025-02-13 09:58:26	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-13 10:01:26	2025-02-13 10:01:26	f	2025-02-13 10:58:26
8898c139-594c-43ff-8726-376489926be4	FT000000000690	LD240000000043	CIF0000000015	7603000.00	VND	2025-02-13 19:06:38	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-13 19:09:38	2025-02-13 19:09:38	f	2025-02-13 20:06:38
46027924-9535-46d6-8403-24914566ee94	W4000000000481	W4250000000030	CIF0000000010	9950000.00	VND	2025-02-15 08:36:03	COLLECTION_AGENT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-02-15 08:39:03	2025-02-15 08:39:03	f	2025-02-15 09:36:03
f61e5a47-6f0f-4633-8884-90cf77c0fe32	FT000000000771	LD230000000048	CIF0000000016	2736000.00	VND	2025-02-16 17:30:35	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-16 17:33:35	2025-02-16 17:33:35	f	2025-02-16 18:30:35
ff757d94-142b-475e-9be0-e29a5e25368c	FT000000001363	LD240000000085	CIF0000000029	82012000.00	VND	2025-02-16 17:32:23	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-16 17:35:23	2025-02-16 17:35:23	f	2025-02-16 18:32:23
3c809aa9-8682-4dac-be41-a4d83e81c0a5	FT000000000946	LD220000000059	CIF0000000020	51914000.00	VND	2025-02-18 09:55:35	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-18 09:58:35	2025-02-18 09:58:35	f	2025-02-18 10:55:35
e37ec5d0-85cf-488b-8ccf-bb7369d16397	FT000000001219	LD240000000076	CIF0000000026	2418000.00	VND	2025-02-19 14:26:44	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-19 14:29:44	2025-02-19 14:29:44	f	2025-02-19 15:26:44
e654aad1-61c8-4691-9574-f09356d9735f	FT000000000085	LD230000000005	CIF0000000002	1237000.00	VND	2025-02-20 16:47:11	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-20 16:50:11	2025-02-20 16:50:11	f	2025-02-20 17:47:11
1364b8cb-c08b-4969-bcd9-77800baa8649	FT000000000883	LD230000000055	CIF0000000019	18065000.00	VND	2025-02-22 16:08:02	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-22 16:11:02	2025-02-22 16:11:02	f	2025-02-22 17:08:02
0ce30062-3a55-4c56-a232-bb57708e6ac8	FT000000001266	LD240000000079	CIF0000000027	28515000.00	VND	2025-02-23 17:16:36	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-23 17:19:36	2025-02-23 17:19:36	f	2025-02-23 18:16:36
ab209f85-8d50-406d-bc59-f8486bdb0ea0	FT000000000706	LD220000000044	CIF0000000015	37988000.00	VND	2025-02-25 14:33:42	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-25 14:36:42	2025-02-25 14:36:42	f	2025-02-25 15:33:42
9afc75cb-cc6f-4cb8-a0e3-8e21053873cf	W4000000000355	W4230000000022	CIF0000000008	4650000.00	VND	2025-02-26 11:49:36	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-02-26 11:52:36	2025-02-26 11:52:36	f	2025-02-26 12:49:36
84df051f-ddee-4481-a6ae-ef5e0af80f2d	FT000000001059	LD240000000066	CIF0000000022	26510000.00	VND	2025-02-26 20:36:32	CASH	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2025-02-26 20:39:32	2025-02-26 20:39:32	f	2025-02-26 21:36:32
683aa7ca-70fd-48dd-8de4-2b0162b6e9c5	FT000000001106	LD230000000069	CIF0000000023	37349000.00	VND	2025-02-27 15:00:17	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-02-27 15:03:17	2025-02-27 15:03:17	f	2025-02-27 16:00:17
3c9f5a03-e903-463d-b597-9154cb005fcf	FT000000001170	LD240000000073	CIF0000000025	15939000.00	VND	2025-03-04 19:51:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-04 19:54:58	2025-03-04 19:54:58	f	2025-03-04 20:51:58
5d74e53e-00b5-4384-a54e-3fd82b8277f5	W4000000000339	W4230000000021	CIF0000000007	2706000.00	VND	2025-03-06 11:46:59	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-03-06 11:49:59	2025-03-06 11:49:59	f	2025-03-06 12:46:59
74144cfa-da2a-4f75-8c07-290e932e148a	FT000000000755	LD240000000047	CIF0000000016	25536000.00	VND	2025-03-06 12:41:11	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-06 12:44:11	2025-03-06 12:44:11	f	2025-03-06 13:41:11
b3a850d0-f0d3-467e-94af-ebe95d6bf71b	FT000000001185	LD250000000074	CIF0000000025	4525000.00	VND	2025-03-07 12:38:10	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-07 12:41:10	2025-03-07 12:41:10	f	2025-03-07 13:38:10
cd513055-37fd-4dee-8818-d55a6b4caeff	W4000000000643	W4240000000040	CIF0000000014	1650000.00	VND	2025-03-07 19:31:00	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-03-07 19:34:00	2025-03-07 19:34:00	f	2025-03-07 20:31:00
88bee4e4-e41f-4c44-9c1c-e230a2bbd659	FT000000000515	LD240000000032	CIF0000000011	4157000.00	VND	2025-03-08 11:30:53	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-08 11:33:53	2025-03-08 11:33:53	f	2025-03-08 12:30:53
f0dacb89-ab9d-4dbd-a5ba-e0b96c3cc143	FT000000000067	LD240000000004	CIF0000000002	11530000.00	VND	2025-03-12 11:34:26	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-12 11:37:26	2025-03-12 11:37:26	f	2025-03-12 12:34:26
81c22e94-4ea3-4014-8e5b-2596cab379a8	FT000000000467	LD220000000029	CIF0000000010	47636000.00	VND	2025-03-15 11:52:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-15 11:55:58	2025-03-15 11:55:58	f	2025-03-15 12:52:58
c7d82f70-94c6-4948-8f32-3d143519724b	FT000000000323	LD240000000020	CIF0000000007	980000.00	VND	2025-03-16 14:54:55	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-16 14:57:55	2025-03-16 14:57:55	f	2025-03-16 15:54:55
ef9ce177-9445-4901-b194-c85ffe9e247c	W4000000000403	W4230000000025	CIF0000000009	8550000.00	VND	2025-03-17 07:42:15	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-03-17 07:45:15	2025-03-17 07:45:15	f	2025-03-17 08:42:15
50004b8f-161d-4985-82de-b25f38709ac0	FT000000000993	LD250000000062	CIF0000000021	3107000.00	VND	2025-03-17 14:04:57	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-17 14:07:57	2025-03-17 14:07:57	f	2025-03-17 15:04:57
61fec23a-53af-4f25-8170-5b1eeac02d44	FT000000001122	LD250000000070	CIF0000000024	2842000.00	VND	2025-03-18 08:00:12	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-18 08:03:12	2025-03-18 08:03:12	f	2025-03-18 09:00:12
6aad43a4-0ecc-48aa-9070-962d339f809c	FT000000000915	LD240000000057	CIF0000000019	36960000.00	VND	2025-03-18 12:19:04	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-18 12:22:04	2025-03-18 12:22:04	f	2025-03-18 13:19:04
54f08066-0e64-4f1a-93b5-2aebf7f7d841	FT000000000691	LD240000000043	CIF0000000015	12756000.00	VND	2025-03-18 14:14:51	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-18 14:17:51	2025-03-18 14:17:51	f	2025-03-18 15:14:51
e45a766a-2985-4c01-a655-312a050122bd	FT000000001186	LD250000000074	CIF0000000025	1677000.00	VND	2025-03-23 18:47:33	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-23 18:50:33	2025-03-23 18:50:33	f	2025-03-23 19:47:33
96589a3a-d9d7-4b78-9c31-8cd24d2c9edf	FT000000000163	LD230000000010	CIF0000000004	5959000.00	VND	2025-03-24 09:42:10	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2025-03-24 09:45:10	2025-03-24 09:45:10	f	2025-03-24 10:42:10
c5078231-f369-4aab-938f-bd75c880402e	FT000000000531	LD240000000033	CIF0000000011	11620000.00	VND	2025-03-25 13:12:06	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-25 13:15:06	2025-03-25 13:15:06	f	2025-03-25 14:12:06
39eb60a1-7f96-4c2b-aed6-9061df676263	FT000000000947	LD220000000059	CIF0000000020	51914000.00	VND	2025-03-25 15:26:00	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-25 15:29:00	2025-03-25 15:29:00	f	2025-03-25 16:26:00
0ecbc878-d5ce-48f6-94fb-48448c0d58d5	W4000000000259	W4230000000016	CIF0000000006	4050000.00	VND	2025-03-25 19:53:50	CASH	FAILED	Sai thông tin tài khoản	W4	W4_SYNC	W4_SYNC	2025-03-25 19:56:50	2025-03-25 19:56:50	f	2025-03-25 20:53:50
02981155-2cac-4462-a352-625d5095e154	FT000000000419	LD230000000026	CIF0000000009	900000.00	VND	2025-03-25 20:30:18	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-25 20:33:18	2025-03-25 20:33:18	f	2025-03-25 21:30:18
943099e2-ebc9-43e9-a028-7b06c416765e	FT000000000850	LD230000000053	CIF0000000018	24570000.00	VND	2025-03-26 14:02:54	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-26 14:05:54	2025-03-26 14:05:54	f	2025-03-26 15:02:54
342da4d8-1f41-4c39-9db2-5884cba11972	FT000000000579	LD240000000036	CIF0000000012	1092000.00	VND	2025-03-27 20:31:10	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-27 20:34:10	2025-03-27 20:34:10	f	2025-03-27 21:31:10
2529a30e-43e1-486d-ac14-fa183eeb92d1	FT000000001443	LD230000000090	CIF0000000030	33499000.00	VND	2025-03-28 09:16:10	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-28 09:19:10	2025-03-28 09:19:10	f	2025-03-28 10:16:10
7d70ece1-aca0-47d3-9885-38898a9d7853	FT000000000994	LD250000000062	CIF0000000021	9406000.00	VND	2025-03-28 12:55:09	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-28 12:58:09	2025-03-28 12:58:09	f	2025-03-28 13:55:09
71e794a1-b1af-4242-a016-9f79cdbd0fd3	FT000000000307	LD230000000019	CIF0000000007	4760000.00	VND	2025-03-28 19:34:24	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-28 19:37:24	2025-03-28 19:37:24	f	2025-03-28 20:34:24
07370dc1-e42b-496c-b1e9-a815fcefb3b7	W4000000000115	W4240000000007	CIF0000000003	1850000.00	VND	2025-03-29 20:03:45	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-03-29 20:06:45	2025-03-29 20:06:45	f	2025-03-29 21:03:45
a418aa26-d61f-4502-ad28-fb849848f3e0	FT000000000979	LD230000000061	CIF0000000021	27716000.00	VND	2025-03-30 16:23:11	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-03-30 16:26:11	2025-03-30 16:26:11	f	2025-03-30 17:23:11
993ac9f0-c957-4bc2-9a66-f342e87eeeca	W4000000000819	W4230000000051	CIF0000000017	2750000.00	VND	2025-03-31 17:06:44	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-03-31 17:09:44	2025-03-31 17:09:44	f	2025-03-31 18:06:44
\.


--
-- Data for Name: payments_2025_q2; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2025_q2 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
208bac25-b4bf-4ed0-a9c5-5d85b3c0d54d	FT000000000995	LD250000000062	CIF0000000021	9406000.00	VND	2025-04-04 08:08:42	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-04 08:11:42	2025-04-04 08:11:42	f	2025-04-04 09:08:42
5bf0c91f-255e-411a-9660-915e4983c691	FT000000000433	LD250000000027	CIF0000000009	8833000.00	VND	2025-04-04 10:04:47	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-04 10:07:47	2025-04-04 10:07:47	f	2025-04-04 11:04:47
f056dd4e-dd80-4a7e-8c8b-8e769a966951	W4000000000018	W4250000000001	CIF0000000001	3750000.00	VND	2025-04-05 10:36:46	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-04-05 10:39:46	2025-04-05 10:39:46	f	2025-04-05 11:36:46
e6fe7e86-1d81-4543-827f-7def91e4e1b8	FT000000000131	LD230000000008	CIF0000000003	7381000.00	VND	2025-04-07 12:52:52	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-07 12:55:52	2025-04-07 12:55:52	f	2025-04-07 13:52:52
d0dddf71-c026-428c-8c0e-cbf5c7849d8a	FT000000000787	LD240000000049	CIF0000000017	12788000.00	VND	2025-04-07 19:12:48	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-07 19:15:48	2025-04-07 19:15:48	f	2025-04-07 20:12:48
b4dd964a-8aff-4280-8b67-84dccc1d20cf	FT000000000596	LD230000000037	CIF0000000013	8115000.00	VND	2025-04-08 17:12:42	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-08 17:15:42	2025-04-08 17:15:42	f	2025-04-08 18:12:42
fa3f714d-b4db-4826-a35b-934d2691f96a	W4000000000867	W4230000000054	CIF0000000018	1292000.00	VND	2025-04-14 16:19:51	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-04-14 16:22:51	2025-04-14 16:22:51	f	2025-04-14 17:19:51
52da4065-1bce-494c-abc6-a8334aaff446	FT000000000086	LD230000000005	CIF0000000002	1666000.00	VND	2025-04-14 19:26:06	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-14 19:29:06	2025-04-14 19:29:06	f	2025-04-14 20:26:06
b9e13a92-94b1-4a6e-9a70-21c3f5a5fce0	FT000000000756	LD240000000047	CIF0000000016	25536000.00	VND	2025-04-15 19:28:37	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-15 19:31:37	2025-04-15 19:31:37	f	2025-04-15 20:28:37
d14c51f2-13ff-4d11-81c7-fddfc7d3b4fe	FT000000000916	LD240000000057	CIF0000000019	29031000.00	VND	2025-04-17 09:15:51	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-17 09:18:51	2025-04-17 09:18:51	f	2025-04-17 10:15:51
f142c7c1-a54b-4427-b6a6-ee0046711fe3	FT000000001267	LD240000000079	CIF0000000027	28515000.00	VND	2025-04-18 10:45:10	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-18 10:48:10	2025-04-18 10:48:10	f	2025-04-18 11:45:10
41c1fab3-6e64-43eb-bb46-597135e00453	W4000000000340	W4230000000021	CIF0000000007	2600000.00	VND	2025-04-20 14:40:01	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-04-20 14:43:01	2025-04-20 14:43:01	f	2025-04-20 15:40:01
98862096-c53a-4f7e-9521-240ae51870e0	FT000000000068	LD240000000004	CIF0000000002	13282000.00	VND	2025-04-20 15:53:36	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-20 15:56:36	2025-04-20 15:56:36	f	2025-04-20 16:53:36
8632c3f0-f654-4a62-a97f-395e6d47b315	FT000000000468	LD220000000029	CIF0000000010	49387000.00	VND	2025-04-23 09:44:01	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-23 09:47:01	2025-04-23 09:47:01	f	2025-04-23 10:44:01
74d5c621-c0b4-4902-be19-9ed443eac2f7	FT000000000884	LD230000000055	CIF0000000019	18065000.00	VND	2025-04-25 13:39:47	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-25 13:42:47	2025-04-25 13:42:47	f	2025-04-25 14:39:47
2d52ca53-837a-4eef-9dff-07c8c3b7d25d	FT000000000609	LD250000000038	CIF0000000013	8010000.00	VND	2025-04-25 16:59:31	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-25 17:02:31	2025-04-25 17:02:31	f	2025-04-25 17:59:31
d4403bd1-6414-4d12-90da-bc08adc35d1c	W4000000000404	W4230000000025	CIF0000000009	8550000.00	VND	2025-04-27 19:33:21	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-04-27 19:36:21	2025-04-27 19:36:21	f	2025-04-27 20:33:21
6e531276-1cbb-4d0a-9d63-cb8ac9f1a0d9	W4000000000482	W4250000000030	CIF0000000010	9950000.00	VND	2025-04-30 09:16:58	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-04-30 09:19:58	2025-04-30 09:19:58	f	2025-04-30 10:16:58
09a8bfbc-a36b-4d76-9c8e-a2a55600151f	FT000000000980	LD230000000061	CIF0000000021	16688000.00	VND	2025-04-30 13:22:44	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-04-30 13:25:44	2025-04-30 13:25:44	f	2025-04-30 14:22:44
cff6f470-68fb-4e8c-803e-d871f17c2f0d	W4000000001203	W4240000000075	CIF0000000025	7350000.00	VND	2025-04-30 19:00:53	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-04-30 19:03:53	2025-04-30 19:03:53	f	2025-04-30 20:00:53
6222ba17-7dec-4fbd-95cd-09f75b5a1b7a	FT000000000996	LD250000000062	CIF0000000021	9874000.00	VND	2025-05-01 13:46:26	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-01 13:49:26	2025-05-01 13:49:26	f	2025-05-01 14:46:26
32513a75-9718-4a84-b919-d4e0dceee54c	FT000000000516	LD240000000032	CIF0000000011	6784000.00	VND	2025-05-03 11:19:17	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-03 11:22:17	2025-05-03 11:22:17	f	2025-05-03 12:19:17
731e05e9-6412-469e-992b-313edbfaf0d0	W4000000000644	W4240000000040	CIF0000000014	850000.00	VND	2025-05-05 16:55:51	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-05-05 16:58:51	2025-05-05 16:58:51	f	2025-05-05 17:55:51
6fc1a34a-8557-4b5a-ac56-7cd71d80dd70	W4000000000116	W4240000000007	CIF0000000003	1850000.00	VND	2025-05-06 17:08:56	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-05-06 17:11:56	2025-05-06 17:11:56	f	2025-05-06 18:08:56
0f432c64-38ae-4c9f-b700-b300523cf790	FT000000001140	LD230000000071	CIF0000000024	1862000.00	VND	2025-05-07 15:42:45	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-07 15:45:45	2025-05-07 15:45:45	f	2025-05-07 16:42:45
b4eabb54-805a-4bd1-8652-912e33f41ab6	FT000000000211	LD230000000013	CIF0000000005	18066000.00	VND	2025-05-08 19:43:07	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2025-05-08 19:46:07	2025-05-08 19:46:07	f	2025-05-08 20:43:07
4dd9c0ac-8c9b-49f1-a531-77ff14a1cf80	FT000000001444	LD230000000090	CIF0000000030	10613000.00	VND	2025-05-09 07:14:22	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-09 07:17:22	2025-05-09 07:17:22	f	2025-05-09 08:14:22
c75856cd-aaba-4deb-afde-33f9e8a3c301	FT000000000707	LD220000000044	CIF0000000015	25366000.00	VND	2025-05-09 16:33:44	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-09 16:36:44	2025-05-09 16:36:44	f	2025-05-09 17:33:44
b5785fe8-83cb-41a5-8e5b-63bf56791bfe	FT000000000087	LD230000000005	CIF0000000002	1237000.00	VND	2025-05-10 20:32:54	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-10 20:35:54	2025-05-10 20:35:54	f	2025-05-10 21:32:54
12b9ac90-3134-4592-b700-98bb43179593	FT000000000597	LD230000000037	CIF0000000013	8115000.00	VND	2025-05-12 14:08:18	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-12 14:11:18	2025-05-12 14:11:18	f	2025-05-12 15:08:18
4c8b1b82-1949-4f71-af18-8db4194bdf73	FT000000001299	LD240000000081	CIF0000000027	1896000.00	VND	2025-05-13 12:06:08	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-13 12:09:08	2025-05-13 12:09:08	f	2025-05-13 13:06:08
aa5f96c6-8133-4d5f-bc64-ada2ae87ea26	FT000000000997	LD250000000062	CIF0000000021	9406000.00	VND	2025-05-13 19:37:02	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-13 19:40:02	2025-05-13 19:40:02	f	2025-05-13 20:37:02
03a818f5-6ebe-4f96-a8c7-314c0bb20f7b	FT000000000851	LD230000000053	CIF0000000018	24570000.00	VND	2025-05-13 19:48:57	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-13 19:51:57	2025-05-13 19:51:57	f	2025-05-13 20:48:57
eaa8e41d-9609-4a30-ba77-a62aaaadd732	FT000000001107	LD230000000069	CIF0000000023	35241000.00	VND	2025-05-14 08:28:50	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-14 08:31:50	2025-05-14 08:31:50	f	2025-05-14 09:28:50
a3d9e2ab-c9a0-4942-861c-049d58f750a8	FT000000001171	LD240000000073	CIF0000000025	15939000.00	VND	2025-05-15 19:16:30	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-15 19:19:30	2025-05-15 19:19:30	f	2025-05-15 20:16:30
0504dc56-dd04-48ba-b2e8-bc76ad34d2bd	FT000000001027	LD230000000064	CIF0000000022	11294000.00	VND	2025-05-15 20:05:49	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2025-05-15 20:08:49	2025-05-15 20:08:49	f	2025-05-15 21:05:49
ee64dd01-2c45-482a-9980-7f465eb54bd7	FT000000000324	LD240000000020	CIF0000000007	817000.00	VND	2025-05-16 19:32:55	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-16 19:35:55	2025-05-16 19:35:55	f	2025-05-16 20:32:55
8253edb4-c7a6-48f1-b668-32939ed276af	W4000000000740	W4230000000046	CIF0000000016	3850000.00	VND	2025-05-19 08:56:54	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-05-19 08:59:54	2025-05-19 08:59:54	f	2025-05-19 09:56:54
d7e83837-0493-4bcd-bcb1-94a05ed89842	FT000000000998	LD250000000062	CIF0000000021	7760000.00	VND	2025-05-21 08:53:44	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-21 08:56:44	2025-05-21 08:56:44	f	2025-05-21 09:53:44
56e057e6-c8c4-49b8-855f-073f03ad788b	FT000000000610	LD250000000038	CIF0000000013	8010000.00	VND	2025-05-21 11:20:34	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-21 11:23:34	2025-05-21 11:23:34	f	2025-05-21 12:20:34
3353de8d-e518-4c6a-bc85-d6c0464d5a38	W4000000000260	W4230000000016	CIF0000000006	4050000.00	VND	2025-05-21 12:18:21	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-05-21 12:21:21	2025-05-21 12:21:21	f	2025-05-21 13:18:21
978d7770-f963-409e-9134-4fb266f27b66	W4000000000225	W4250000000014	CIF0000000005	8023000.00	VND	2025-05-22 14:06:45	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	W4	W4_SYNC	W4_SYNC	2025-05-22 14:09:45	2025-05-22 14:09:45	f	2025-05-22 15:06:45
f1ff5492-b240-47be-b35e-5c3a6be0799b	FT000000000961	LD250000000060	CIF0000000020	5025000.00	VND	2025-05-24 12:44:20	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-24 12:47:20	2025-05-24 12:47:20	f	2025-05-24 13:44:20
aa925722-ba94-4d2b-9801-88e2bb8ae8c9	FT000000001060	LD240000000066	CIF0000000022	19157000.00	VND	2025-05-26 09:03:15	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-26 09:06:15	2025-05-26 09:06:15	f	2025-05-26 10:03:15
2a05157b-82d2-4d7b-a4aa-4bdd98109ab7	FT000000000088	LD230000000005	CIF0000000002	1237000.00	VND	2025-05-26 18:39:50	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-05-26 18:42:50	2025-05-26 18:42:50	f	2025-05-26 19:39:50
dec79768-572e-4e7b-8f6d-4b7c6c501d2d	W4000000000820	W4230000000051	CIF0000000017	3919000.00	VND	2025-05-26 20:49:44	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-05-26 20:52:44	2025-05-26 20:52:44	f	2025-05-26 21:49:44
1f8bf3c4-2540-4f2a-9f52-bfc5d4140b75	W4000000000868	W4230000000054	CIF0000000018	1200000.00	VND	2025-05-29 17:12:16	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	W4	W4_SYNC	W4_SYNC	2025-05-29 17:15:16	2025-05-29 17:15:16	f	2025-05-29 18:12:16
1b4942fd-cf19-4190-8b01-c491ee81c7d8	FT000000000469	LD220000000029	CIF0000000010	47636000.00	VND	2025-06-04 08:43:35	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-04 08:46:35	2025-06-04 08:46:35	f	2025-06-04 09:43:35
05894581-85f9-489f-8ae7-8fb78e81770d	W4000000000483	W4250000000030	CIF0000000010	8968000.00	VND	2025-06-06 17:38:49	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-06-06 17:41:49	2025-06-06 17:41:49	f	2025-06-06 18:38:49
1984da35-1f9c-4c37-9e4e-d132a1410342	FT000000000917	LD240000000057	CIF0000000019	33358000.00	VND	2025-06-07 11:01:16	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-07 11:04:16	2025-06-07 11:04:16	f	2025-06-07 12:01:16
8bf9a3ca-6dab-4e12-919b-d804a54cdbb9	FT000000001220	LD240000000076	CIF0000000026	4359000.00	VND	2025-06-08 09:14:25	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-08 09:17:25	2025-06-08 09:17:25	f	2025-06-08 10:14:25
27fdafdd-5041-4ced-9d94-c247cf48fa41	FT000000001141	LD230000000071	CIF0000000024	1862000.00	VND	2025-06-08 15:37:06	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-08 15:40:06	2025-06-08 15:40:06	f	2025-06-08 16:37:06
9fa6af5d-431a-48e5-8e3d-87ec5e2f6db7	FT000000000772	LD230000000048	CIF0000000016	1512000.00	VND	2025-06-08 16:02:42	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-08 16:05:42	2025-06-08 16:05:42	f	2025-06-08 17:02:42
fe587cf4-89f0-4ad6-95d5-020d9ba29c9e	FT000000000292	LD230000000018	CIF0000000006	14294000.00	VND	2025-06-11 12:54:05	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-11 12:57:05	2025-06-11 12:57:05	f	2025-06-11 13:54:05
122289f8-efbc-458f-b605-06e810bfc964	FT000000001123	LD250000000070	CIF0000000024	13930000.00	VND	2025-06-12 08:15:23	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-12 08:18:23	2025-06-12 08:18:23	f	2025-06-12 09:15:23
5f058577-2771-467a-a826-ab0f5c97106b	FT000000000195	LD230000000012	CIF0000000004	7147000.00	VND	2025-06-12 08:19:44	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-12 08:22:44	2025-06-12 08:22:44	f	2025-06-12 09:19:44
5987e575-589e-4e76-8d4a-541196f0cc83	FT000000001268	LD240000000079	CIF0000000027	28515000.00	VND	2025-06-12 09:41:50	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-12 09:44:50	2025-06-12 09:44:50	f	2025-06-12 10:41:50
7b0863b4-d5fc-4536-a537-d04d9e6ed76e	FT000000000999	LD250000000062	CIF0000000021	9406000.00	VND	2025-06-12 12:52:17	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-12 12:55:17	2025-06-12 12:55:17	f	2025-06-12 13:52:17
2cd1dfbb-37cf-4bc1-b303-140609d99635	FT000000000532	LD240000000033	CIF0000000011	11620000.00	VND	2025-06-12 13:00:23	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-12 13:03:23	2025-06-12 13:03:23	f	2025-06-12 14:00:23
e476dc58-fd41-4ac9-94d5-535d7530f5ac	W4000000001345	W4250000000084	CIF0000000028	1800000.00	VND	2025-06-13 10:41:40	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-06-13 10:44:40	2025-06-13 10:44:40	f	2025-06-13 11:41:40
c83a9ed6-fea8-498f-bdc0-50b960802074	FT000000000434	LD250000000027	CIF0000000009	8833000.00	VND	2025-06-15 20:10:50	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-15 20:13:50	2025-06-15 20:13:50	f	2025-06-15 21:10:50
643a9308-2801-45b3-a7de-e2e39ba40e24	FT000000001364	LD240000000085	CIF0000000029	124889000.00	VND	2025-06-16 19:40:04	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-16 19:43:04	2025-06-16 19:43:04	f	2025-06-16 20:40:04
f358a9d1-6c35-4b09-8315-2678d6410ff3	FT000000000981	LD230000000061	CIF0000000021	28320000.00	VND	2025-06-19 13:20:22	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-19 13:23:22	2025-06-19 13:23:22	f	2025-06-19 14:20:22
ad5ff250-48a4-41fd-abb1-510fdd07bf8a	FT000000001028	LD230000000064	CIF0000000022	11294000.00	VND	2025-06-21 08:33:52	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2025-06-21 08:36:52	2025-06-21 08:36:52	f	2025-06-21 09:33:52
962f4ce6-626d-4eb3-894d-b3519e92e53d	FT000000000788	LD240000000049	CIF0000000017	12788000.00	VND	2025-06-22 07:13:16	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-22 07:16:16	2025-06-22 07:16:16	f	2025-06-22 08:13:16
c36d05c0-5009-444e-8ee8-bdf55c0a5437	FT000000001425	LD250000000089	CIF0000000030	239618000.00	VND	2025-06-22 15:57:08	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-22 16:00:08	2025-06-22 16:00:08	f	2025-06-22 16:57:08
b514151d-3cdf-4114-8bab-f7b83cc182c9	FT000000001000	LD250000000062	CIF0000000021	9406000.00	VND	2025-06-22 16:38:33	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-22 16:41:33	2025-06-22 16:41:33	f	2025-06-22 17:38:33
c955587e-bf11-45eb-b9a7-e7a72bff6211	W4000000000741	W4230000000046	CIF0000000016	3850000.00	VND	2025-06-22 17:38:50	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-06-22 17:41:50	2025-06-22 17:41:50	f	2025-06-22 18:38:50
3e9ca763-a6ee-4857-bcdb-603e96e8741e	W4000000000645	W4240000000040	CIF0000000014	850000.00	VND	2025-06-22 18:41:53	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-06-22 18:44:53	2025-06-22 18:44:53	f	2025-06-22 19:41:53
9b9fe061-8f3f-44b9-9cb5-14484363b839	FT000000001445	LD230000000090	CIF0000000030	33499000.00	VND	2025-06-25 19:09:55	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-25 19:12:55	2025-06-25 19:12:55	f	2025-06-25 20:09:55
a3edd574-b1b5-4a00-ba04-613cfcc22fa5	FT000000000035	LD230000000002	CIF0000000001	1006000.00	VND	2025-06-27 13:10:35	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-27 13:13:35	2025-06-27 13:13:35	f	2025-06-27 14:10:35
2e2500af-80a3-4847-af7b-2f7675d477dd	FT000000000099	LD240000000006	CIF0000000002	13914000.00	VND	2025-06-28 13:24:20	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-28 13:27:20	2025-06-28 13:27:20	f	2025-06-28 14:24:20
b3886c75-9031-44c0-8b0c-42dec9f6eb91	FT000000000325	LD240000000020	CIF0000000007	980000.00	VND	2025-06-29 19:33:06	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-06-29 19:36:06	2025-06-29 19:36:06	f	2025-06-29 20:33:06
a7a7df03-301f-446f-aff0-dfbfe3112bdf	W4000000000821	W4230000000051	CIF0000000017	2750000.00	VND	2025-06-30 10:04:25	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-06-30 10:07:25	2025-06-30 10:07:25	f	2025-06-30 11:04:25
\.


--
-- Data for Name: payments_2025_q3; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2025_q3 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
7f792a88-4538-46cd-82e2-eabb0eef8caf	FT000000000962	LD250000000060	CIF0000000020	5025000.00	VND	2025-07-01 08:46:17	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-01 08:49:17	2025-07-01 08:49:17	f	2025-07-01 09:46:17
9da9277a-1097-4d0c-82ea-cc506ccdb2a0	W4000000000117	W4240000000007	CIF0000000003	1349000.00	VND	2025-07-01 20:19:27	COLLECTION_AGENT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-07-01 20:22:27	2025-07-01 20:22:27	f	2025-07-01 21:19:27
0cbf2d11-982d-4ff9-941f-7b7719e68087	FT000000001001	LD250000000062	CIF0000000021	9406000.00	VND	2025-07-06 10:48:00	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-06 10:51:00	2025-07-06 10:51:00	f	2025-07-06 11:48:00
32b0162a-a313-49b7-b42c-3e6ce1139c49	FT000000000100	LD240000000006	CIF0000000002	13914000.00	VND	2025-07-06 13:59:32	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-06 14:02:32	2025-07-06 14:02:32	f	2025-07-06 14:59:32
1d7510de-6475-49f9-af5c-279a5a10d59d	FT000000000212	LD230000000013	CIF0000000005	11785000.00	VND	2025-07-07 15:24:31	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-07 15:27:31	2025-07-07 15:27:31	f	2025-07-07 16:24:31
3700a754-70b6-43e4-b4b9-5dac85260602	FT000000001124	LD250000000070	CIF0000000024	8656000.00	VND	2025-07-08 19:18:17	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-08 19:21:17	2025-07-08 19:21:17	f	2025-07-08 20:18:17
306fb8f2-f33f-4c47-8b1a-3e1df604977a	FT000000001300	LD240000000081	CIF0000000027	1896000.00	VND	2025-07-09 15:58:04	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-09 16:01:04	2025-07-09 16:01:04	f	2025-07-09 16:58:04
64145e38-50b0-402e-b7f9-e2f0aa6e0720	W4000000000869	W4230000000054	CIF0000000018	975000.00	VND	2025-07-11 13:46:35	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-07-11 13:49:35	2025-07-11 13:49:35	f	2025-07-11 14:46:35
17b2f390-ea59-46f0-8495-bc89e5734281	FT000000001061	LD240000000066	CIF0000000022	19157000.00	VND	2025-07-12 18:30:20	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-12 18:33:20	2025-07-12 18:33:20	f	2025-07-12 19:30:20
28ce52a4-7bba-4532-830c-a268fb048e01	W4000000000261	W4230000000016	CIF0000000006	6382000.00	VND	2025-07-12 18:58:55	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-07-12 19:01:55	2025-07-12 19:01:55	f	2025-07-12 19:58:55
79523583-8c06-456e-92d9-6bf3299549c7	FT000000001187	LD250000000074	CIF0000000025	2600000.00	VND	2025-07-13 07:42:33	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-13 07:45:33	2025-07-13 07:45:33	f	2025-07-13 08:42:33
9b7c6637-54a4-42b8-b059-6e5a7bba536b	FT000000000948	LD220000000059	CIF0000000020	51914000.00	VND	2025-07-14 07:10:33	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-14 07:13:33	2025-07-14 07:13:33	f	2025-07-14 08:10:33
529c5d70-b3fd-4fac-b36b-85afa1d4847c	FT000000000293	LD230000000018	CIF0000000006	14294000.00	VND	2025-07-16 07:14:46	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-16 07:17:46	2025-07-16 07:17:46	f	2025-07-16 08:14:46
df898b20-be9e-4c3a-b090-9f57b48cdc1b	W4000000000356	W4230000000022	CIF0000000008	4650000.00	VND	2025-07-16 08:21:33	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-07-16 08:24:33	2025-07-16 08:24:33	f	2025-07-16 09:21:33
2d70df9e-8dda-4913-9fb5-9cb0ea4bc234	W4000000000484	W4250000000030	CIF0000000010	9950000.00	VND	2025-07-16 17:00:58	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-07-16 17:03:58	2025-07-16 17:03:58	f	2025-07-16 18:00:58
bbb314fa-5edc-47ce-9720-6a229270f61e	W4000000000019	W4250000000001	CIF0000000001	3750000.00	VND	2025-07-16 19:27:24	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-07-16 19:30:24	2025-07-16 19:30:24	f	2025-07-16 20:27:24
ed6cbcf7-4ca1-4c69-9132-53ed2225b028	FT000000001221	LD240000000076	CIF0000000026	2418000.00	VND	2025-07-17 13:58:56	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-17 14:01:56	2025-07-17 14:01:56	f	2025-07-17 14:58:56
9a3aee10-73d6-44fd-96f3-022e81ebd0ad	FT000000000692	LD240000000043	CIF0000000015	7603000.00	VND	2025-07-17 20:23:22	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-17 20:26:22	2025-07-17 20:26:22	f	2025-07-17 21:23:22
2e508718-f99c-46cc-bd00-0731469b1ae4	FT000000000385	LD250000000024	CIF0000000008	8224000.00	VND	2025-07-19 08:31:12	COLLECTION_AGENT	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2025-07-19 08:34:12	2025-07-19 08:34:12	f	2025-07-19 09:31:12
0d83ec03-35a5-4b3b-82ec-3cfbef902608	FT000000000773	LD230000000048	CIF0000000016	2736000.00	VND	2025-07-19 13:05:45	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-19 13:08:45	2025-07-19 13:08:45	f	2025-07-19 14:05:45
cc3d88ed-eb50-4e71-8aae-b36e94b74ece	FT000000000757	LD240000000047	CIF0000000016	25536000.00	VND	2025-07-20 09:26:03	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-20 09:29:03	2025-07-20 09:29:03	f	2025-07-20 10:26:03
fc201a0c-20e3-4f87-9b94-09566d696dae	FT000000000598	LD230000000037	CIF0000000013	8115000.00	VND	2025-07-23 11:00:19	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-23 11:03:19	2025-07-23 11:03:19	f	2025-07-23 12:00:19
19968b37-9017-4c17-b8d0-4a3bd53ef9c2	FT000000000145	LD250000000009	CIF0000000003	5501000.00	VND	2025-07-24 20:25:18	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-24 20:28:18	2025-07-24 20:28:18	f	2025-07-24 21:25:18
9a74de77-4199-4da3-a555-0c4a7ec46928	FT000000000435	LD250000000027	CIF0000000009	8833000.00	VND	2025-07-25 17:55:22	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-25 17:58:22	2025-07-25 17:58:22	f	2025-07-25 18:55:22
eacb6c5f-f727-4368-8fc0-699830f207a0	FT000000000708	LD220000000044	CIF0000000015	36521000.00	VND	2025-07-26 12:13:56	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-26 12:16:56	2025-07-26 12:16:56	f	2025-07-26 13:13:56
0c4af81d-bbc7-409b-932e-aa46aee6f9b6	FT000000001172	LD240000000073	CIF0000000025	15939000.00	VND	2025-07-26 15:48:53	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-26 15:51:53	2025-07-26 15:51:53	f	2025-07-26 16:48:53
a25dde7d-6045-40f8-8ea7-972ef13f18ab	FT000000000545	LD250000000034	CIF0000000012	596000.00	VND	2025-07-28 18:16:26	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-28 18:19:26	2025-07-28 18:19:26	f	2025-07-28 19:16:26
887c8807-d83a-43e0-969a-2b65b93e0a0a	FT000000000533	LD240000000033	CIF0000000011	11620000.00	VND	2025-07-30 11:41:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-30 11:44:58	2025-07-30 11:44:58	f	2025-07-30 12:41:58
798bce82-5792-4ee6-ba55-a392ae832155	FT000000001002	LD250000000062	CIF0000000021	9406000.00	VND	2025-07-30 20:08:37	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-07-30 20:11:37	2025-07-30 20:11:37	f	2025-07-30 21:08:37
49b3222c-c52f-4234-9a44-47202ab17ca8	FT000000000963	LD250000000060	CIF0000000020	5025000.00	VND	2025-08-02 10:45:57	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-02 10:48:57	2025-08-02 10:48:57	f	2025-08-02 11:45:57
bf7c0b4e-f445-4417-af27-a6913fee57c7	W4000000000226	W4250000000014	CIF0000000005	7050000.00	VND	2025-08-03 08:47:27	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-03 08:50:27	2025-08-03 08:50:27	f	2025-08-03 09:47:27
f9b372e7-e5a2-4387-9285-4ff8ffe5dcf6	FT000000000517	LD240000000032	CIF0000000011	6784000.00	VND	2025-08-03 18:08:02	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2025-08-03 18:11:02	2025-08-03 18:11:02	f	2025-08-03 19:08:02
2b2126ea-bfee-48a9-82ff-ff56b15e9477	FT000000000420	LD230000000026	CIF0000000009	1344000.00	VND	2025-08-04 18:29:31	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-04 18:32:31	2025-08-04 18:32:31	f	2025-08-04 19:29:31
c0cbc7c2-7e3c-4c1e-87eb-0d55e87f906e	FT000000000164	LD230000000010	CIF0000000004	5959000.00	VND	2025-08-05 10:34:51	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-05 10:37:51	2025-08-05 10:37:51	f	2025-08-05 11:34:51
7c2217e2-d45a-40f3-ab76-36ede7b6b0d5	FT000000001365	LD240000000085	CIF0000000029	82012000.00	VND	2025-08-06 12:31:18	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-06 12:34:18	2025-08-06 12:34:18	f	2025-08-06 13:31:18
b2bd8271-f28e-453f-a0dc-9cfce55fac86	W4000000000341	W4230000000021	CIF0000000007	2600000.00	VND	2025-08-07 08:11:25	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-07 08:14:25	2025-08-07 08:14:25	f	2025-08-07 09:11:25
ddb5c9b8-7b58-49c0-8315-f620222f0b61	FT000000001003	LD250000000062	CIF0000000021	9406000.00	VND	2025-08-07 10:13:45	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-07 10:16:45	2025-08-07 10:16:45	f	2025-08-07 11:13:45
129674fe-82e5-4b36-be63-a6e17b98b841	W4000000000822	W4230000000051	CIF0000000017	2750000.00	VND	2025-08-07 15:11:02	CASH	FAILED	Không đủ số dư	W4	W4_SYNC	W4_SYNC	2025-08-07 15:14:02	2025-08-07 15:14:02	f	2025-08-07 16:11:02
01aab852-66be-4351-a398-2f3390afff09	FT000000000069	LD240000000004	CIF0000000002	13282000.00	VND	2025-08-07 16:10:10	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-07 16:13:10	2025-08-07 16:13:10	f	2025-08-07 17:10:10
58d839ed-ac28-4ea8-a4d7-b7a63a7243fd	FT000000000580	LD240000000036	CIF0000000012	1064000.00	VND	2025-08-08 11:35:21	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-08 11:38:21	2025-08-08 11:38:21	f	2025-08-08 12:35:21
1433c10c-43c4-4715-b3dd-69db6613c217	W4000000000721	W4250000000045	CIF0000000015	6450000.00	VND	2025-08-10 17:30:32	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-10 17:33:32	2025-08-10 17:33:32	f	2025-08-10 18:30:32
4d33e66d-a60b-4351-a614-5897699f451e	FT000000000852	LD230000000053	CIF0000000018	22653000.00	VND	2025-08-11 11:17:44	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-11 11:20:44	2025-08-11 11:20:44	f	2025-08-11 12:17:44
63a7fbf5-78d2-49bb-8aae-a423231431bd	FT000000000885	LD230000000055	CIF0000000019	18065000.00	VND	2025-08-12 09:03:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-12 09:06:13	2025-08-12 09:06:13	f	2025-08-12 10:03:13
da74ca16-e3d9-4096-a0b4-37f844aa30c1	FT000000000308	LD230000000019	CIF0000000007	2177000.00	VND	2025-08-12 10:14:02	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-12 10:17:02	2025-08-12 10:17:02	f	2025-08-12 11:14:02
09d7d310-a5f7-4bc4-a10a-5502db66dc3a	FT000000000196	LD230000000012	CIF0000000004	6136000.00	VND	2025-08-12 16:14:10	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-12 16:17:10	2025-08-12 16:17:10	f	2025-08-12 17:14:10
f674976e-9a95-43eb-ace3-82e938226cc5	FT000000000611	LD250000000038	CIF0000000013	8010000.00	VND	2025-08-13 10:45:06	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-13 10:48:06	2025-08-13 10:48:06	f	2025-08-13 11:45:06
91b18900-214e-477b-aa34-32f2e43d6d1f	W4000000001346	W4250000000084	CIF0000000028	3225000.00	VND	2025-08-14 08:23:49	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-14 08:26:49	2025-08-14 08:26:49	f	2025-08-14 09:23:49
ee1f224d-22a9-4c56-a96c-4cb60ac1a015	FT000000000241	LD250000000015	CIF0000000005	2854000.00	VND	2025-08-16 17:15:57	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-16 17:18:57	2025-08-16 17:18:57	f	2025-08-16 18:15:57
03b9fcb3-23c3-4ca1-a1a8-e703fdd7377a	FT000000000470	LD220000000029	CIF0000000010	47636000.00	VND	2025-08-17 17:04:38	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-17 17:07:38	2025-08-17 17:07:38	f	2025-08-17 18:04:38
1ff4bfbb-8da9-4a8c-aa5d-57bb65667d1f	W4000000000405	W4230000000025	CIF0000000009	8550000.00	VND	2025-08-18 20:16:12	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-18 20:19:12	2025-08-18 20:19:12	f	2025-08-18 21:16:12
ebbd796f-cc55-4166-9f28-ec621899bd94	FT000000000599	LD230000000037	CIF0000000013	8115000.00	VND	2025-08-19 14:44:23	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-19 14:47:23	2025-08-19 14:47:23	f	2025-08-19 15:44:23
5b1620ac-ba31-4cc6-8460-364d36f6c160	FT000000000386	LD250000000024	CIF0000000008	8607000.00	VND	2025-08-19 18:11:00	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-19 18:14:00	2025-08-19 18:14:00	f	2025-08-19 19:11:00
9d1c4afd-eb95-4298-8c7b-d398b19335db	FT000000001188	LD250000000074	CIF0000000025	3482000.00	VND	2025-08-20 18:14:23	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-20 18:17:23	2025-08-20 18:17:23	f	2025-08-20 19:14:23
7d13bddd-051c-4a29-9aa9-3200e7b55e87	FT000000000497	LD250000000031	CIF0000000011	8372000.00	VND	2025-08-21 15:28:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-21 15:31:59	2025-08-21 15:31:59	f	2025-08-21 16:28:59
f8306e5c-ada8-4aaa-a34c-e5b52d4ac0dc	W4000000000742	W4230000000046	CIF0000000016	3850000.00	VND	2025-08-23 10:47:47	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-23 10:50:47	2025-08-23 10:50:47	f	2025-08-23 11:47:47
14b366fd-417b-4d89-8827-c1bf259ebaad	FT000000001029	LD230000000064	CIF0000000022	16798000.00	VND	2025-08-23 16:06:55	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2025-08-23 16:09:55	2025-08-23 16:09:55	f	2025-08-23 17:06:55
568a57f0-d9ad-4275-8b91-83d540502796	FT000000000242	LD250000000015	CIF0000000005	5064000.00	VND	2025-08-23 19:02:30	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-23 19:05:30	2025-08-23 19:05:30	f	2025-08-23 20:02:30
347f9501-5e88-49de-bee7-540c32832365	FT000000001062	LD240000000066	CIF0000000022	19157000.00	VND	2025-08-24 08:08:24	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-24 08:11:24	2025-08-24 08:11:24	f	2025-08-24 09:08:24
037f0263-8055-4372-a01c-6054a527da6f	W4000000000020	W4250000000001	CIF0000000001	3750000.00	VND	2025-08-24 20:14:45	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-24 20:17:45	2025-08-24 20:17:45	f	2025-08-24 21:14:45
a4d8658f-8a5d-439e-b490-f8f373e4dc42	W4000000000449	W4250000000028	CIF0000000010	1773000.00	VND	2025-08-26 19:25:07	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-08-26 19:28:07	2025-08-26 19:28:07	f	2025-08-26 20:25:07
0645a191-49e7-446c-9707-ba22a6d6b854	FT000000000146	LD250000000009	CIF0000000003	5501000.00	VND	2025-08-28 15:46:15	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2025-08-28 15:49:15	2025-08-28 15:49:15	f	2025-08-28 16:46:15
c1bec7f5-ddbd-4bd1-95c2-9f955d6d63e5	FT000000001329	LD250000000083	CIF0000000028	5656000.00	VND	2025-08-28 17:06:56	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-28 17:09:56	2025-08-28 17:09:56	f	2025-08-28 18:06:56
61369628-ca87-4f50-ab86-15ae384b5017	FT000000000693	LD240000000043	CIF0000000015	10278000.00	VND	2025-08-28 17:37:33	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-08-28 17:40:33	2025-08-28 17:40:33	f	2025-08-28 18:37:33
0ecb1417-374d-403d-a44b-fb84d95c88d4	FT000000000132	LD230000000008	CIF0000000003	9932000.00	VND	2025-08-30 20:52:38	AUTO_DEBIT	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2025-08-30 20:55:38	2025-08-30 20:55:38	f	2025-08-30 21:52:38
ff695b68-afee-49f5-8726-d2ed84d5bc7f	FT000000001004	LD250000000062	CIF0000000021	9406000.00	VND	2025-09-01 07:00:01	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-01 07:03:01	2025-09-01 07:03:01	f	2025-09-01 08:00:01
34fc09e6-ddbb-4d1d-9a33-e2c6b27de346	W4000000000357	W4230000000022	CIF0000000008	4650000.00	VND	2025-09-02 09:08:56	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	W4	W4_SYNC	W4_SYNC	2025-09-02 09:11:56	2025-09-02 09:11:56	f	2025-09-02 10:08:56
cd4a7b1d-53c3-461b-91f2-712573ad0c7a	W4000000000450	W4250000000028	CIF0000000010	3250000.00	VND	2025-09-02 12:07:46	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-09-02 12:10:46	2025-09-02 12:10:46	f	2025-09-02 13:07:46
35c4965c-cab0-4eb9-b153-8ca746f070d7	FT000000000758	LD240000000047	CIF0000000016	25536000.00	VND	2025-09-02 20:18:02	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-02 20:21:02	2025-09-02 20:21:02	f	2025-09-02 21:18:02
2580b586-aa19-4734-a067-6580d3b8671a	FT000000001073	LD250000000067	CIF0000000023	11719000.00	VND	2025-09-03 07:33:15	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-03 07:36:15	2025-09-03 07:36:15	f	2025-09-03 08:33:15
92eb0302-d5cc-4ba0-86af-91a711345070	FT000000001301	LD240000000081	CIF0000000027	1896000.00	VND	2025-09-03 10:27:44	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-03 10:30:44	2025-09-03 10:30:44	f	2025-09-03 11:27:44
60a9cb65-467a-4d3c-8375-2d534ca35b08	FT000000000982	LD230000000061	CIF0000000021	16688000.00	VND	2025-09-05 07:41:26	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-05 07:44:26	2025-09-05 07:44:26	f	2025-09-05 08:41:26
affe6736-47ac-433d-804b-6dcf063ecb5c	FT000000001426	LD250000000089	CIF0000000030	128210000.00	VND	2025-09-05 10:50:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-05 10:53:59	2025-09-05 10:53:59	f	2025-09-05 11:50:59
a13781c5-50ba-421e-8e01-0f0433c1bc05	FT000000000070	LD240000000004	CIF0000000002	7637000.00	VND	2025-09-05 18:42:33	AUTO_DEBIT	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2025-09-05 18:45:33	2025-09-05 18:45:33	f	2025-09-05 19:42:33
e5e0d754-2385-4497-ba1b-a961f1ad6b36	FT000000000498	LD250000000031	CIF0000000011	8372000.00	VND	2025-09-05 19:42:20	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-05 19:45:20	2025-09-05 19:45:20	f	2025-09-05 20:42:20
e999854b-4f40-4f51-b4ae-f8a09229f3ea	FT000000001313	LD250000000082	CIF0000000028	12061000.00	VND	2025-09-06 19:05:59	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-06 19:08:59	2025-09-06 19:08:59	f	2025-09-06 20:05:59
fdbd31de-f02f-4fb2-b0fe-e54022ffeaeb	FT000000001153	LD250000000072	CIF0000000024	6426000.00	VND	2025-09-08 16:00:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-08 16:03:01	2025-09-08 16:03:01	f	2025-09-08 17:00:01
ff457423-ba0e-4562-be47-429b42aa46f2	FT000000000436	LD250000000027	CIF0000000009	8833000.00	VND	2025-09-08 17:33:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-08 17:36:01	2025-09-08 17:36:01	f	2025-09-08 18:33:01
8bfddf9a-df06-44e8-a845-2203f882a90a	FT000000001249	LD250000000078	CIF0000000026	789000.00	VND	2025-09-10 19:42:50	E_WALLET	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2025-09-10 19:45:50	2025-09-10 19:45:50	f	2025-09-10 20:42:50
2002c501-dcdb-4225-81a5-f9cdb4f86f19	FT000000000612	LD250000000038	CIF0000000013	8010000.00	VND	2025-09-11 08:36:13	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-11 08:39:13	2025-09-11 08:39:13	f	2025-09-11 09:36:13
7b6af1f0-1f2c-477f-86cb-c532cbddded8	FT000000000294	LD230000000018	CIF0000000006	14294000.00	VND	2025-09-12 07:03:52	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-12 07:06:52	2025-09-12 07:06:52	f	2025-09-12 08:03:52
29388127-784c-4857-b5cb-068630e3c81c	W4000000001347	W4250000000084	CIF0000000028	1800000.00	VND	2025-09-14 18:12:39	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-09-14 18:15:39	2025-09-14 18:15:39	f	2025-09-14 19:12:39
72cd573d-23ff-45fc-88bd-ef1290b68b17	FT000000001074	LD250000000067	CIF0000000023	11719000.00	VND	2025-09-16 10:26:06	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-16 10:29:06	2025-09-16 10:29:06	f	2025-09-16 11:26:06
36d4bf79-04af-4d9b-a8ae-980c7f923692	FT000000000918	LD240000000057	CIF0000000019	29031000.00	VND	2025-09-17 19:22:17	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-17 19:25:17	2025-09-17 19:25:17	f	2025-09-17 20:22:17
666d6a4f-1e11-411d-81c0-17ddecf19307	FT000000001269	LD240000000079	CIF0000000027	28515000.00	VND	2025-09-20 18:08:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-20 18:11:13	2025-09-20 18:11:13	f	2025-09-20 19:08:13
6843d3a2-b88a-4233-b0e6-869db1f6c946	W4000000000646	W4240000000040	CIF0000000014	850000.00	VND	2025-09-21 09:52:38	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-09-21 09:55:38	2025-09-21 09:55:38	f	2025-09-21 10:52:38
cd8d1d8b-3a50-44ac-a6ff-2bba8a6516ce	FT000000000886	LD230000000055	CIF0000000019	18065000.00	VND	2025-09-22 07:25:02	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-22 07:28:02	2025-09-22 07:28:02	f	2025-09-22 08:25:02
a798eed9-4a85-4183-9570-e1a14b462629	FT000000000036	LD230000000002	CIF0000000001	1184000.00	VND	2025-09-22 17:21:56	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2025-09-22 17:24:56	2025-09-22 17:24:56	f	2025-09-22 18:21:56
215d1082-914b-498f-a6bb-85aabd94e6f3	FT000000000518	LD240000000032	CIF0000000011	6405000.00	VND	2025-09-22 18:16:53	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-22 18:19:53	2025-09-22 18:19:53	f	2025-09-22 19:16:53
76ab2c5a-1a68-4611-83a6-f9ccfadb7b3c	W4000000000227	W4250000000014	CIF0000000005	7050000.00	VND	2025-09-24 17:33:56	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-09-24 17:36:56	2025-09-24 17:36:56	f	2025-09-24 18:33:56
4ce3e4dc-3f71-48a8-bf7a-f483d72a7b6c	FT000000001108	LD230000000069	CIF0000000023	38386000.00	VND	2025-09-25 14:25:29	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-25 14:28:29	2025-09-25 14:28:29	f	2025-09-25 15:25:29
067f6d62-0a35-4923-8d02-87e73994e14d	FT000000001189	LD250000000074	CIF0000000025	2600000.00	VND	2025-09-25 19:08:26	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-25 19:11:26	2025-09-25 19:11:26	f	2025-09-25 20:08:26
4432327a-4e9f-47cc-9cea-c1d1c5bb1a94	FT000000000949	LD220000000059	CIF0000000020	34641000.00	VND	2025-09-26 08:53:10	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-26 08:56:10	2025-09-26 08:56:10	f	2025-09-26 09:53:10
906cc5ee-aa69-45e1-a5f4-75e59e9b3e2b	FT000000001142	LD230000000071	CIF0000000024	1862000.00	VND	2025-09-27 10:03:54	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-27 10:06:54	2025-09-27 10:06:54	f	2025-09-27 11:03:54
903051d3-741f-490d-abcf-615b15104cf7	FT000000001427	LD250000000089	CIF0000000030	175540000.00	VND	2025-09-28 12:11:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-28 12:14:59	2025-09-28 12:14:59	f	2025-09-28 13:11:59
7554936e-c857-4298-adf6-d9ea40bec95d	FT000000000387	LD250000000024	CIF0000000008	8607000.00	VND	2025-09-28 19:59:47	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-28 20:02:47	2025-09-28 20:02:47	f	2025-09-28 20:59:47
62ff7e29-ac2e-46f8-a765-690547b35f91	FT000000000581	LD240000000036	CIF0000000012	1262000.00	VND	2025-09-29 08:14:38	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-09-29 08:17:38	2025-09-29 08:17:38	f	2025-09-29 09:14:38
08845529-34b1-4371-bcd4-7a3e5f8828a2	W4000000000406	W4230000000025	CIF0000000009	8550000.00	VND	2025-09-29 14:37:16	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-09-29 14:40:16	2025-09-29 14:40:16	f	2025-09-29 15:37:16
388191eb-4187-4073-98ce-90b28de290a7	W4000000001204	W4240000000075	CIF0000000025	7350000.00	VND	2025-09-30 10:24:20	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-09-30 10:27:20	2025-09-30 10:27:20	f	2025-09-30 11:24:20
\.


--
-- Data for Name: payments_2025_q4; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2025_q4 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
caaa5810-a646-4062-a609-5ae5bc3e022e	FT000000000546	LD250000000034	CIF0000000012	1296000.00	VND	2025-10-02 07:09:23	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-02 07:12:23	2025-10-02 07:12:23	f	2025-10-02 08:09:23
6d3741a2-366f-4937-86a1-9864ffe68c52	FT000000000197	LD230000000012	CIF0000000004	7147000.00	VND	2025-10-03 14:33:05	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-03 14:36:05	2025-10-03 14:36:05	f	2025-10-03 15:33:05
00c16044-9e63-4c73-a98c-3458f4bbbc3d	FT000000000147	LD250000000009	CIF0000000003	5501000.00	VND	2025-10-03 16:09:03	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-03 16:12:03	2025-10-03 16:12:03	f	2025-10-03 17:09:03
7e22d864-8400-4795-9272-fa5d33bcbba6	FT000000000309	LD230000000019	CIF0000000007	6980000.00	VND	2025-10-03 19:28:48	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-03 19:31:48	2025-10-03 19:31:48	f	2025-10-03 20:28:48
b7e7bdfe-dfea-434c-b45a-f23f596e25d3	FT000000001446	LD230000000090	CIF0000000030	33499000.00	VND	2025-10-04 14:04:37	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-04 14:07:37	2025-10-04 14:07:37	f	2025-10-04 15:04:37
b5d53db0-94f0-4d97-89ec-a5b40f14770b	FT000000001250	LD250000000078	CIF0000000026	789000.00	VND	2025-10-05 17:22:16	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-05 17:25:16	2025-10-05 17:25:16	f	2025-10-05 18:22:16
aa582555-fd2b-4a45-88d2-f16667ea4826	W4000000000743	W4230000000046	CIF0000000016	6797000.00	VND	2025-10-07 16:38:51	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-07 16:41:51	2025-10-07 16:41:51	f	2025-10-07 17:38:51
c6e9a986-937b-4876-9f14-fca408f075c3	FT000000000657	LD250000000041	CIF0000000014	954000.00	VND	2025-10-08 13:00:59	BANK_TRANSFER	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2025-10-08 13:03:59	2025-10-08 13:03:59	f	2025-10-08 14:00:59
f2cd720b-324a-4b7d-beaa-5ba6cc3bade9	FT000000000853	LD230000000053	CIF0000000018	24570000.00	VND	2025-10-09 19:46:34	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-09 19:49:34	2025-10-09 19:49:34	f	2025-10-09 20:46:34
aaf38189-1016-4129-bd31-3acdaff5e0df	FT000000000774	LD230000000048	CIF0000000016	2736000.00	VND	2025-10-10 09:24:34	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-10 09:27:34	2025-10-10 09:27:34	f	2025-10-10 10:24:34
fd86157e-256c-4292-9746-e6ec5303cfa6	W4000000000722	W4250000000045	CIF0000000015	6450000.00	VND	2025-10-11 11:25:46	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	W4	W4_SYNC	W4_SYNC	2025-10-11 11:28:46	2025-10-11 11:28:46	f	2025-10-11 12:25:46
5757c6f8-1696-488d-aeb0-73dd733c3ace	W4000000000021	W4250000000001	CIF0000000001	5185000.00	VND	2025-10-11 14:50:11	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-11 14:53:11	2025-10-11 14:53:11	f	2025-10-11 15:50:11
1cdd55f4-11a5-45a5-b0da-ff755f7adab5	FT000000000759	LD240000000047	CIF0000000016	25536000.00	VND	2025-10-12 15:25:17	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-12 15:28:17	2025-10-12 15:28:17	f	2025-10-12 16:25:17
d1c656be-a6b7-4eea-881a-21a8c894748f	W4000000001348	W4250000000084	CIF0000000028	1800000.00	VND	2025-10-13 08:11:55	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-13 08:14:55	2025-10-13 08:14:55	f	2025-10-13 09:11:55
915f7be5-94cd-47db-8637-4a6ed68e6053	W4000000000870	W4230000000054	CIF0000000018	1841000.00	VND	2025-10-14 08:33:53	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-14 08:36:53	2025-10-14 08:36:53	f	2025-10-14 09:33:53
50a66852-1337-44e5-ad67-81baa0fc4be9	W4000000000262	W4230000000016	CIF0000000006	2228000.00	VND	2025-10-14 18:48:07	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-14 18:51:07	2025-10-14 18:51:07	f	2025-10-14 19:48:07
d8ae356f-a083-4553-98c4-a68dfe7ae8c4	FT000000001366	LD240000000085	CIF0000000029	159111000.00	VND	2025-10-15 15:30:56	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-15 15:33:56	2025-10-15 15:33:56	f	2025-10-15 16:30:56
a7e80898-b542-4522-a95e-9150b2961713	FT000000001125	LD250000000070	CIF0000000024	8917000.00	VND	2025-10-15 16:38:20	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-15 16:41:20	2025-10-15 16:41:20	f	2025-10-15 17:38:20
88e71d5f-4998-4c0b-8a05-98f03178534f	FT000000000049	LD250000000003	CIF0000000001	7430000.00	VND	2025-10-16 14:29:29	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-16 14:32:29	2025-10-16 14:32:29	f	2025-10-16 15:29:29
4dc1372b-c3f9-48e5-9215-d77bbacad5db	FT000000000243	LD250000000015	CIF0000000005	2854000.00	VND	2025-10-16 15:31:30	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-16 15:34:30	2025-10-16 15:34:30	f	2025-10-16 16:31:30
c2dac663-aff2-4d78-abfb-691ce67d9b16	FT000000000983	LD230000000061	CIF0000000021	24304000.00	VND	2025-10-19 16:36:14	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-19 16:39:14	2025-10-19 16:39:14	f	2025-10-19 17:36:14
ec83b6e2-7762-4be5-a536-d7bfa1503e55	FT000000000964	LD250000000060	CIF0000000020	5025000.00	VND	2025-10-20 16:27:48	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-20 16:30:48	2025-10-20 16:30:48	f	2025-10-20 17:27:48
dfef096b-7d63-49e9-bad0-32fe671f3380	FT000000000133	LD230000000008	CIF0000000003	4885000.00	VND	2025-10-21 10:52:21	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-21 10:55:21	2025-10-21 10:55:21	f	2025-10-21 11:52:21
6028423d-96e5-491b-8d92-1cfff5752181	FT000000000326	LD240000000020	CIF0000000007	669000.00	VND	2025-10-22 08:53:57	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-22 08:56:57	2025-10-22 08:56:57	f	2025-10-22 09:53:57
95fdd367-ca83-46e3-8282-cb698d02de33	FT000000001222	LD240000000076	CIF0000000026	2418000.00	VND	2025-10-23 08:37:39	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-23 08:40:39	2025-10-23 08:40:39	f	2025-10-23 09:37:39
91aba551-9555-48ac-a07a-ab8dfe474be5	FT000000000421	LD230000000026	CIF0000000009	1726000.00	VND	2025-10-24 07:46:41	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2025-10-24 07:49:41	2025-10-24 07:49:41	f	2025-10-24 08:46:41
2a296528-12be-40f7-bf33-16b8a9b87298	FT000000001330	LD250000000083	CIF0000000028	5656000.00	VND	2025-10-25 11:22:18	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-25 11:25:18	2025-10-25 11:25:18	f	2025-10-25 12:22:18
9b48b7a0-af19-4c58-ae2b-fb1bdb06c8c9	W4000000000342	W4230000000021	CIF0000000007	4889000.00	VND	2025-10-25 11:30:32	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-25 11:33:32	2025-10-25 11:33:32	f	2025-10-25 12:30:32
0748382d-e6cd-4385-a54a-5fa84791ca36	W4000000000118	W4240000000007	CIF0000000003	1850000.00	VND	2025-10-27 15:11:40	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-10-27 15:14:40	2025-10-27 15:14:40	f	2025-10-27 16:11:40
bea7cbaa-8488-469c-85d8-dd14932587ba	FT000000000694	LD240000000043	CIF0000000015	12231000.00	VND	2025-10-29 07:10:19	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-29 07:13:19	2025-10-29 07:13:19	f	2025-10-29 08:10:19
a63847a6-f003-409b-9893-a1d7b96a1395	FT000000001154	LD250000000072	CIF0000000024	8486000.00	VND	2025-10-29 10:20:15	BANK_TRANSFER	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2025-10-29 10:23:15	2025-10-29 10:23:15	f	2025-10-29 11:20:15
b80ddee5-4c26-4a89-9854-ec8cda47e81e	W4000000001205	W4240000000075	CIF0000000025	7350000.00	VND	2025-10-29 15:34:13	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	W4	W4_SYNC	W4_SYNC	2025-10-29 15:37:13	2025-10-29 15:37:13	f	2025-10-29 16:34:13
1645213b-2bde-497e-9ffe-f0356dada586	FT000000001314	LD250000000082	CIF0000000028	12061000.00	VND	2025-10-29 16:50:30	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-29 16:53:30	2025-10-29 16:53:30	f	2025-10-29 17:50:30
0ccb341d-5d73-4ab3-9271-df753d48357f	FT000000000165	LD230000000010	CIF0000000004	5959000.00	VND	2025-10-31 09:20:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-10-31 09:23:07	2025-10-31 09:23:07	f	2025-10-31 10:20:07
0be57ae2-e727-41ea-b376-84daa1c99e8d	W4000000000451	W4250000000028	CIF0000000010	3250000.00	VND	2025-11-01 13:15:43	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-01 13:18:43	2025-11-01 13:18:43	f	2025-11-01 14:15:43
7eba9276-b3fc-4689-99e4-06e0b51aa13c	FT000000000789	LD240000000049	CIF0000000017	12788000.00	VND	2025-11-02 17:27:05	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-02 17:30:05	2025-11-02 17:30:05	f	2025-11-02 18:27:05
5900c4b1-fe14-452a-9670-ca0085aa9137	FT000000001251	LD250000000078	CIF0000000026	789000.00	VND	2025-11-03 10:50:49	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-03 10:53:49	2025-11-03 10:53:49	f	2025-11-03 11:50:49
d549a6e2-1ddf-45a7-8a7b-ec00119e6cf7	FT000000000600	LD230000000037	CIF0000000013	8115000.00	VND	2025-11-04 11:12:18	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-04 11:15:18	2025-11-04 11:15:18	f	2025-11-04 12:12:18
51571f36-6e09-466a-9b85-427ce6cf2851	W4000000000358	W4230000000022	CIF0000000008	4650000.00	VND	2025-11-04 17:55:23	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-04 17:58:23	2025-11-04 17:58:23	f	2025-11-04 18:55:23
7ca7f537-3ab9-447f-8e89-2d26c36edb33	FT000000001143	LD230000000071	CIF0000000024	1862000.00	VND	2025-11-05 15:29:39	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-05 15:32:39	2025-11-05 15:32:39	f	2025-11-05 16:29:39
f225eb3d-6518-4e38-8d34-c4560d5a86b1	FT000000000919	LD240000000057	CIF0000000019	29031000.00	VND	2025-11-08 10:46:49	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-08 10:49:49	2025-11-08 10:49:49	f	2025-11-08 11:46:49
0f3d6b2d-49e7-4feb-a804-dd4bac46a10a	FT000000000037	LD230000000002	CIF0000000001	1370000.00	VND	2025-11-09 12:50:10	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-09 12:53:10	2025-11-09 12:53:10	f	2025-11-09 13:50:10
b58e4ce0-3454-458a-8890-4cefe1e38a05	FT000000000244	LD250000000015	CIF0000000005	2854000.00	VND	2025-11-09 16:20:35	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-09 16:23:35	2025-11-09 16:23:35	f	2025-11-09 17:20:35
68e0eacb-1fef-4d84-958e-124f49ccb30f	FT000000000547	LD250000000034	CIF0000000012	1296000.00	VND	2025-11-10 15:32:54	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-10 15:35:54	2025-11-10 15:35:54	f	2025-11-10 16:32:54
d2fc7feb-f017-4cad-bc32-deff1e48ad59	FT000000001270	LD240000000079	CIF0000000027	30371000.00	VND	2025-11-12 18:22:56	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-12 18:25:56	2025-11-12 18:25:56	f	2025-11-12 19:22:56
a101c80e-1d32-43c5-974e-49bf7724a8f1	FT000000000950	LD220000000059	CIF0000000020	51914000.00	VND	2025-11-12 18:58:24	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-12 19:01:24	2025-11-12 19:01:24	f	2025-11-12 19:58:24
eeaa2246-e06a-4d82-b00f-080a316cfde6	FT000000001109	LD230000000069	CIF0000000023	38386000.00	VND	2025-11-12 19:23:32	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-12 19:26:32	2025-11-12 19:26:32	f	2025-11-12 20:23:32
7080a5b0-6f53-4c9d-b9a9-5eafdaa4824a	FT000000001447	LD230000000090	CIF0000000030	33499000.00	VND	2025-11-13 07:21:41	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-13 07:24:41	2025-11-13 07:24:41	f	2025-11-13 08:21:41
f0716c15-523f-49ee-9ed8-e1f3440c860f	W4000000000823	W4230000000051	CIF0000000017	2750000.00	VND	2025-11-15 13:48:12	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-15 13:51:12	2025-11-15 13:51:12	f	2025-11-15 14:48:12
9357cc13-5146-4c60-8541-38436a9893e6	W4000000000485	W4250000000030	CIF0000000010	9950000.00	VND	2025-11-16 14:52:25	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-16 14:55:25	2025-11-16 14:55:25	f	2025-11-16 15:52:25
e8e54f2a-88f5-44b1-a942-62a7a664a906	W4000000000407	W4230000000025	CIF0000000009	10158000.00	VND	2025-11-17 12:21:13	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-17 12:24:13	2025-11-17 12:24:13	f	2025-11-17 13:21:13
5e3b8f18-2f29-4e22-9142-52bae6b2b859	FT000000001075	LD250000000067	CIF0000000023	19927000.00	VND	2025-11-17 19:46:13	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-17 19:49:13	2025-11-17 19:49:13	f	2025-11-17 20:46:13
9b0b073c-0c7a-4e2b-867f-cd38bd9b21cb	FT000000001041	LD250000000065	CIF0000000022	7804000.00	VND	2025-11-19 09:39:47	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-19 09:42:47	2025-11-19 09:42:47	f	2025-11-19 10:39:47
d0b62619-1ee5-4b82-a39c-b8d60b95c96b	FT000000001126	LD250000000070	CIF0000000024	8917000.00	VND	2025-11-20 14:29:23	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-20 14:32:23	2025-11-20 14:32:23	f	2025-11-20 15:29:23
309936f8-f205-4222-b280-399683ebc97d	FT000000000658	LD250000000041	CIF0000000014	954000.00	VND	2025-11-20 20:54:09	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-20 20:57:09	2025-11-20 20:57:09	f	2025-11-20 21:54:09
1f667471-b6a8-4d7a-ac7b-ae09208f09ad	W4000000000647	W4240000000040	CIF0000000014	850000.00	VND	2025-11-21 13:43:54	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-21 13:46:54	2025-11-21 13:46:54	f	2025-11-21 14:43:54
4b4e3fe2-9117-4983-9169-badff80529a6	FT000000000519	LD240000000032	CIF0000000011	6784000.00	VND	2025-11-22 17:09:36	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-22 17:12:36	2025-11-22 17:12:36	f	2025-11-22 18:09:36
6fdf27d6-7e84-43a5-93f0-bd551aa998db	W4000000000263	W4230000000016	CIF0000000006	4050000.00	VND	2025-11-22 18:25:45	MOBILE_BANKING	REVERSED	Thanh toán trùng	W4	W4_SYNC	W4_SYNC	2025-11-22 18:28:45	2025-11-22 18:28:45	f	2025-11-22 19:25:45
b99806d7-3dbf-43fd-95cb-0b4677b3e4c7	FT000000000965	LD250000000060	CIF0000000020	5025000.00	VND	2025-11-23 14:20:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-23 14:23:07	2025-11-23 14:23:07	f	2025-11-23 15:20:07
fada1408-18a7-4e4d-81e7-1f7d68e62f53	FT000000000471	LD220000000029	CIF0000000010	47636000.00	VND	2025-11-23 18:08:14	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-23 18:11:14	2025-11-23 18:11:14	f	2025-11-23 19:08:14
342d9077-7dc0-4262-b4a4-9c288ea68bbb	W4000000000452	W4250000000028	CIF0000000010	3250000.00	VND	2025-11-24 12:51:44	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-11-24 12:54:44	2025-11-24 12:54:44	f	2025-11-24 13:51:44
f6812cc8-1748-4c7b-86a8-41fb2a254ca7	FT000000001331	LD250000000083	CIF0000000028	5656000.00	VND	2025-11-24 17:41:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-24 17:44:07	2025-11-24 17:44:07	f	2025-11-24 18:41:07
e0c410c5-cb23-4a98-ab7b-efb577341314	FT000000001063	LD240000000066	CIF0000000022	19157000.00	VND	2025-11-25 11:14:06	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-25 11:17:06	2025-11-25 11:17:06	f	2025-11-25 12:14:06
12ab418c-1caf-4996-b1f0-65c6c88de464	FT000000000327	LD240000000020	CIF0000000007	980000.00	VND	2025-11-26 08:29:55	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-26 08:32:55	2025-11-26 08:32:55	f	2025-11-26 09:29:55
0af0acb8-22e4-4c09-a91b-85bb84d1c785	FT000000001042	LD250000000065	CIF0000000022	6732000.00	VND	2025-11-27 14:17:58	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-27 14:20:58	2025-11-27 14:20:58	f	2025-11-27 15:17:58
40aadc84-0a17-498a-bc5d-621c0a4f1292	FT000000001367	LD240000000085	CIF0000000029	114238000.00	VND	2025-11-27 16:01:51	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-27 16:04:51	2025-11-27 16:04:51	f	2025-11-27 17:01:51
5633bd25-49c6-467e-a4a7-697fe3819c45	FT000000000775	LD230000000048	CIF0000000016	2736000.00	VND	2025-11-27 20:23:56	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-27 20:26:56	2025-11-27 20:26:56	f	2025-11-27 21:23:56
af886b8e-29e5-4233-a516-ffbc1e489008	FT000000000245	LD250000000015	CIF0000000005	2854000.00	VND	2025-11-28 11:02:34	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2025-11-28 11:05:34	2025-11-28 11:05:34	f	2025-11-28 12:02:34
2cd9d3c6-3475-48dc-bde1-f2fefefd08b3	FT000000000213	LD230000000013	CIF0000000005	18066000.00	VND	2025-11-28 18:31:50	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-28 18:34:50	2025-11-28 18:34:50	f	2025-11-28 19:31:50
70c9a1be-6706-422f-86cf-9c1089574515	FT000000000534	LD240000000033	CIF0000000011	11620000.00	VND	2025-11-29 08:38:43	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-29 08:41:43	2025-11-29 08:41:43	f	2025-11-29 09:38:43
4dd9cc51-b69c-40a7-93b5-3e9a0553057b	FT000000001173	LD240000000073	CIF0000000025	15939000.00	VND	2025-11-30 12:19:55	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-11-30 12:22:55	2025-11-30 12:22:55	f	2025-11-30 13:19:55
a56a3e6d-6bab-4809-84d2-55a232f430f4	FT000000000673	LD250000000042	CIF0000000014	4423000.00	VND	2025-12-02 19:08:05	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-02 19:11:05	2025-12-02 19:11:05	f	2025-12-02 20:08:05
9f937743-25fa-4382-8ccc-59e1f158d4b4	FT000000000101	LD240000000006	CIF0000000002	26066000.00	VND	2025-12-03 09:14:17	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 09:17:17	2025-12-03 09:17:17	f	2025-12-03 10:14:17
bff6a40f-988b-45db-a0e3-b92bdaf69774	FT000000001076	LD250000000067	CIF0000000023	11719000.00	VND	2025-12-03 09:59:35	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 10:02:35	2025-12-03 10:02:35	f	2025-12-03 10:59:35
84c80e0a-6642-45a6-b147-2a090f697dbf	FT000000000613	LD250000000038	CIF0000000013	8010000.00	VND	2025-12-03 11:53:19	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 11:56:19	2025-12-03 11:56:19	f	2025-12-03 12:53:19
e54ab5b9-4c06-4f7a-9295-83e4a4768077	FT000000000148	LD250000000009	CIF0000000003	5501000.00	VND	2025-12-03 13:35:33	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 13:38:33	2025-12-03 13:38:33	f	2025-12-03 14:35:33
d87426d3-f3da-427f-ac2d-111f92fb7e02	FT000000000050	LD250000000003	CIF0000000001	7430000.00	VND	2025-12-03 16:10:09	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 16:13:09	2025-12-03 16:13:09	f	2025-12-03 17:10:09
99bf2d83-548c-4ca2-8a2f-ffb8be589bf6	FT000000000388	LD250000000024	CIF0000000008	8607000.00	VND	2025-12-03 17:52:22	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 17:55:22	2025-12-03 17:55:22	f	2025-12-03 18:52:22
600bac53-62b7-4297-9db1-4164cd737895	FT000000001043	LD250000000065	CIF0000000022	6732000.00	VND	2025-12-03 18:18:10	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-03 18:21:10	2025-12-03 18:21:10	f	2025-12-03 19:18:10
44bc2aa4-0ffe-47e0-aecc-061313000de1	W4000000000871	W4230000000054	CIF0000000018	2097000.00	VND	2025-12-04 07:10:08	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-04 07:13:08	2025-12-04 07:13:08	f	2025-12-04 08:10:08
495f172d-5287-46fb-8928-5ce026af2ba6	FT000000001155	LD250000000072	CIF0000000024	13329000.00	VND	2025-12-04 14:04:19	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-04 14:07:19	2025-12-04 14:07:19	f	2025-12-04 15:04:19
349c498f-b19b-4e2d-b8cb-d84f3eecdea7	FT000000000166	LD230000000010	CIF0000000004	5959000.00	VND	2025-12-06 18:39:01	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-06 18:42:01	2025-12-06 18:42:01	f	2025-12-06 19:39:01
bd046aed-a763-4e92-9295-dbf19fbf304c	FT000000001030	LD230000000064	CIF0000000022	11294000.00	VND	2025-12-07 12:52:39	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-07 12:55:39	2025-12-07 12:55:39	f	2025-12-07 13:52:39
b255c39d-a2a7-405d-98d6-9234329ea433	FT000000000614	LD250000000038	CIF0000000013	8010000.00	VND	2025-12-07 20:20:54	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-07 20:23:54	2025-12-07 20:23:54	f	2025-12-07 21:20:54
bc1eca8e-90d9-4ff1-999f-7d12a48aad2c	FT000000000499	LD250000000031	CIF0000000011	14277000.00	VND	2025-12-08 14:04:43	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-08 14:07:43	2025-12-08 14:07:43	f	2025-12-08 15:04:43
de5c69da-ce13-4bdc-ad95-eb89667a27e2	FT000000001315	LD250000000082	CIF0000000028	12061000.00	VND	2025-12-09 12:40:09	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-09 12:43:09	2025-12-09 12:43:09	f	2025-12-09 13:40:09
ff9a1f1b-9b2f-4e94-8400-314708d3baaf	FT000000001302	LD240000000081	CIF0000000027	1896000.00	VND	2025-12-10 08:18:50	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-10 08:21:50	2025-12-10 08:21:50	f	2025-12-10 09:18:50
e6e1db27-4ad5-469c-955c-d956b546b96b	FT000000000310	LD230000000019	CIF0000000007	4998000.00	VND	2025-12-10 17:32:56	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-10 17:35:56	2025-12-10 17:35:56	f	2025-12-10 18:32:56
3a97820d-8a3b-4457-aa1b-3ec947337813	FT000000001223	LD240000000076	CIF0000000026	2418000.00	VND	2025-12-12 16:46:45	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-12 16:49:45	2025-12-12 16:49:45	f	2025-12-12 17:46:45
da8cff61-0788-4fc0-a456-9d0700b1e7f8	FT000000000709	LD220000000044	CIF0000000015	61986000.00	VND	2025-12-15 08:58:34	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-15 09:01:34	2025-12-15 09:01:34	f	2025-12-15 09:58:34
c49a41ce-41c3-4b80-a2b4-5fbd498528bf	FT000000001044	LD250000000065	CIF0000000022	8762000.00	VND	2025-12-15 10:14:52	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-15 10:17:52	2025-12-15 10:17:52	f	2025-12-15 11:14:52
e842587f-fd54-47f8-9b85-944f205d3a5e	FT000000001009	LD250000000063	CIF0000000021	7977000.00	VND	2025-12-15 14:00:14	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-15 14:03:14	2025-12-15 14:03:14	f	2025-12-15 15:00:14
8b8d177c-c257-400b-9bbc-aaa8f3a24612	FT000000000582	LD240000000036	CIF0000000012	1092000.00	VND	2025-12-16 08:23:31	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-16 08:26:31	2025-12-16 08:26:31	f	2025-12-16 09:23:31
8255530f-492d-4292-8fc4-7ebad68aaadc	W4000000000343	W4230000000021	CIF0000000007	2600000.00	VND	2025-12-16 12:18:53	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-16 12:21:53	2025-12-16 12:21:53	f	2025-12-16 13:18:53
91cc8528-e7e4-46ff-a4f0-9913d40b04f3	FT000000000548	LD250000000034	CIF0000000012	1296000.00	VND	2025-12-16 18:57:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-16 19:00:01	2025-12-16 19:00:01	f	2025-12-16 19:57:01
fb93bf81-7e9d-477c-8907-05fc7b60ed07	W4000000000359	W4230000000022	CIF0000000008	4650000.00	VND	2025-12-17 19:04:39	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-17 19:07:39	2025-12-17 19:07:39	f	2025-12-17 20:04:39
3dfdf6c8-cf5b-45a3-979c-fce16741b0f8	W4000000001349	W4250000000084	CIF0000000028	1800000.00	VND	2025-12-18 08:25:18	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-18 08:28:18	2025-12-18 08:28:18	f	2025-12-18 09:25:18
dbdd8e2a-5959-4468-82c3-d49952dc62f0	W4000000000723	W4250000000045	CIF0000000015	6450000.00	VND	2025-12-19 11:40:48	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-19 11:43:48	2025-12-19 11:43:48	f	2025-12-19 12:40:48
5f94175a-b7c6-49e2-8b48-7344fc4faf6d	FT000000001045	LD250000000065	CIF0000000022	6732000.00	VND	2025-12-19 20:22:08	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-19 20:25:08	2025-12-19 20:25:08	f	2025-12-19 21:22:08
bae39dbb-6e27-4d72-ae7c-81c9ff4e3f1a	FT000000001393	LD250000000087	CIF0000000029	20393000.00	VND	2025-12-20 09:20:12	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-20 09:23:12	2025-12-20 09:23:12	f	2025-12-20 10:20:12
9bf299bd-009a-4933-bab1-4445597e4708	FT000000000051	LD250000000003	CIF0000000001	7430000.00	VND	2025-12-21 11:05:41	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-21 11:08:41	2025-12-21 11:08:41	f	2025-12-21 12:05:41
bc4afcd5-d114-4ea2-83cf-e734a42fda23	W4000000000119	W4240000000007	CIF0000000003	2843000.00	VND	2025-12-21 16:28:12	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-21 16:31:12	2025-12-21 16:31:12	f	2025-12-21 17:28:12
a8aa3f7a-208f-40fa-b999-f8239b5047c9	FT000000001409	LD250000000088	CIF0000000030	23245000.00	VND	2025-12-23 08:13:24	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2025-12-23 08:16:24	2025-12-23 08:16:24	f	2025-12-23 09:13:24
5d4c38d1-0ec7-464c-ac8b-0a9f315a3388	FT000000000071	LD240000000004	CIF0000000002	13282000.00	VND	2025-12-23 12:53:02	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-23 12:56:02	2025-12-23 12:56:02	f	2025-12-23 13:53:02
e58d8ac9-1f39-4401-b4dc-f094d576d6e3	FT000000001144	LD230000000071	CIF0000000024	1862000.00	VND	2025-12-25 07:18:42	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-25 07:21:42	2025-12-25 07:21:42	f	2025-12-25 08:18:42
556442ec-1709-4c84-991d-9628f02cf09d	FT000000000149	LD250000000009	CIF0000000003	7812000.00	VND	2025-12-25 11:27:46	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-25 11:30:46	2025-12-25 11:30:46	f	2025-12-25 12:27:46
8d02400a-1340-4d34-83e2-d54023d232f1	FT000000000951	LD220000000059	CIF0000000020	51914000.00	VND	2025-12-26 12:10:14	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-26 12:13:14	2025-12-26 12:13:14	f	2025-12-26 13:10:14
6d13cd7e-04a5-40fd-8831-94ffd00d4275	FT000000001127	LD250000000070	CIF0000000024	8917000.00	VND	2025-12-26 20:05:51	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-26 20:08:51	2025-12-26 20:08:51	f	2025-12-26 21:05:51
28388fe5-b84d-448b-aa99-93eaceac6d27	W4000000001089	W4250000000068	CIF0000000023	1100000.00	VND	2025-12-28 16:52:14	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-28 16:55:14	2025-12-28 16:55:14	f	2025-12-28 17:52:14
fa27b71e-2dd0-4047-9c34-cfa88cae2c59	W4000000000453	W4250000000028	CIF0000000010	4886000.00	VND	2025-12-29 16:36:47	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2025-12-29 16:39:47	2025-12-29 16:39:47	f	2025-12-29 17:36:47
283df247-0bcf-494a-aa4b-68b2627acd9a	FT000000000295	LD230000000018	CIF0000000006	9255000.00	VND	2025-12-29 20:39:49	BANK_TRANSFER	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2025-12-29 20:42:49	2025-12-29 20:42:49	f	2025-12-29 21:39:49
9c2a1fb9-154f-40ae-b834-8e77236fbf46	FT000000000790	LD240000000049	CIF0000000017	12788000.00	VND	2025-12-30 13:46:15	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-30 13:49:15	2025-12-30 13:49:15	f	2025-12-30 14:46:15
80e1d008-0dbb-4f08-a3db-860adf916d34	FT000000000437	LD250000000027	CIF0000000009	7942000.00	VND	2025-12-30 18:16:00	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-30 18:19:00	2025-12-30 18:19:00	f	2025-12-30 19:16:00
0a2381e8-7dd8-4e1b-8dde-b75659ac0f2a	FT000000001064	LD240000000066	CIF0000000022	19157000.00	VND	2025-12-30 18:56:08	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2025-12-30 18:59:08	2025-12-30 18:59:08	f	2025-12-30 19:56:08
7d716247-41a2-4fb7-a733-68e2fe70572c	FT000000001252	LD250000000078	CIF0000000026	1209000.00	VND	2025-12-31 13:17:32	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2025-12-31 13:20:32	2025-12-31 13:20:32	f	2025-12-31 14:17:32
\.


--
-- Data for Name: payments_2026_q1; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2026_q1 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
b498d8a7-fd54-4dc2-9194-070772d4b33c	FT000000000887	LD230000000055	CIF0000000019	14771000.00	VND	2026-01-01 13:04:10	AUTO_DEBIT	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2026-01-01 13:07:10	2026-01-01 13:07:10	f	2026-01-01 14:04:10
2ef1cb22-2486-4b08-bb75-9ea157d84afb	FT000000001190	LD250000000074	CIF0000000025	2600000.00	VND	2026-01-01 13:47:56	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-01 13:50:56	2026-01-01 13:50:56	f	2026-01-01 14:47:56
daec8ccd-a4ae-4f09-b8c5-14f15b94fae7	W4000000001350	W4250000000084	CIF0000000028	1800000.00	VND	2026-01-02 07:55:45	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-02 07:58:45	2026-01-02 07:58:45	f	2026-01-02 08:55:45
5586fa37-8fa3-471f-acba-ce289f0e312c	FT000000001010	LD250000000063	CIF0000000021	7977000.00	VND	2026-01-02 09:18:50	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-02 09:21:50	2026-01-02 09:21:50	f	2026-01-02 10:18:50
bd1938f0-05ed-4b1a-8999-eada8d42fa95	FT000000001046	LD250000000065	CIF0000000022	7737000.00	VND	2026-01-02 20:37:37	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-02 20:40:37	2026-01-02 20:40:37	f	2026-01-02 21:37:37
e2bda98e-acde-4a15-a691-52304b5cc002	FT000000000472	LD220000000029	CIF0000000010	47636000.00	VND	2026-01-03 14:18:38	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-03 14:21:38	2026-01-03 14:21:38	f	2026-01-03 15:18:38
9efce1ea-b3eb-41ab-a4a6-8a9fff65d667	W4000000000228	W4250000000014	CIF0000000005	7050000.00	VND	2026-01-04 07:52:07	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-04 07:55:07	2026-01-04 07:55:07	f	2026-01-04 08:52:07
c8f3a1c8-3593-44b5-97dd-898a21c6cf50	W4000000000648	W4240000000040	CIF0000000014	850000.00	VND	2026-01-05 10:16:10	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	W4	W4_SYNC	W4_SYNC	2026-01-05 10:19:10	2026-01-05 10:19:10	f	2026-01-05 11:16:10
9066230f-9837-456d-a3c6-4b1a6666b709	FT000000000389	LD250000000024	CIF0000000008	8141000.00	VND	2026-01-05 12:31:14	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-05 12:34:14	2026-01-05 12:34:14	f	2026-01-05 13:31:14
bd92bc7f-491f-4bc4-b230-e1872bde55d4	FT000000000422	LD230000000026	CIF0000000009	900000.00	VND	2026-01-05 16:07:45	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-05 16:10:45	2026-01-05 16:10:45	f	2026-01-05 17:07:45
1c576c76-2567-4d8b-89b5-441c80b8da57	W4000000001206	W4240000000075	CIF0000000025	7350000.00	VND	2026-01-06 19:02:04	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-06 19:05:04	2026-01-06 19:05:04	f	2026-01-06 20:02:04
5bd5d914-0089-4230-b593-0b31b90fdf0e	FT000000000920	LD240000000057	CIF0000000019	41978000.00	VND	2026-01-06 20:07:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-06 20:10:07	2026-01-06 20:10:07	f	2026-01-06 21:07:07
289623f4-84fd-4746-ba2d-866b723ed947	FT000000001047	LD250000000065	CIF0000000022	6732000.00	VND	2026-01-08 16:49:53	CASH	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-01-08 16:52:53	2026-01-08 16:52:53	f	2026-01-08 17:49:53
5ece4a7b-cf12-4acb-914c-da5a2e28c878	FT000000001332	LD250000000083	CIF0000000028	3324000.00	VND	2026-01-09 07:30:38	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-09 07:33:38	2026-01-09 07:33:38	f	2026-01-09 08:30:38
b0f45440-8a17-4615-ac45-94d397bf7e8f	FT000000000674	LD250000000042	CIF0000000014	4423000.00	VND	2026-01-09 13:03:18	BANK_TRANSFER	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2026-01-09 13:06:18	2026-01-09 13:06:18	f	2026-01-09 14:03:18
5a374189-430e-4186-8549-59c693fa9775	W4000000000824	W4230000000051	CIF0000000017	2750000.00	VND	2026-01-10 08:55:51	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	W4	W4_SYNC	W4_SYNC	2026-01-10 08:58:51	2026-01-10 08:58:51	f	2026-01-10 09:55:51
a814b69b-ad15-444a-a5fb-77c308800a67	FT000000000659	LD250000000041	CIF0000000014	618000.00	VND	2026-01-11 07:12:02	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-11 07:15:02	2026-01-11 07:15:02	f	2026-01-11 08:12:02
92449612-cb63-4220-9882-6e097bfc9240	FT000000001048	LD250000000065	CIF0000000022	6732000.00	VND	2026-01-11 14:03:30	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-11 14:06:30	2026-01-11 14:06:30	f	2026-01-11 15:03:30
949ee441-ffa9-4ff1-aeed-2d116ddcccfc	FT000000001428	LD250000000089	CIF0000000030	175540000.00	VND	2026-01-11 20:39:39	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-11 20:42:39	2026-01-11 20:42:39	f	2026-01-11 21:39:39
2489e42f-55db-482f-80c5-699350aa5cfa	FT000000000500	LD250000000031	CIF0000000011	8372000.00	VND	2026-01-12 16:56:19	BANK_TRANSFER	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-01-12 16:59:19	2026-01-12 16:59:19	f	2026-01-12 17:56:19
bbc865a5-a88a-4736-96e8-4e510631c0d5	W4000000000486	W4250000000030	CIF0000000010	9950000.00	VND	2026-01-13 11:17:25	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-13 11:20:25	2026-01-13 11:20:25	f	2026-01-13 12:17:25
1f9d33b6-8638-4a9b-a00b-d8f98097012f	FT000000000052	LD250000000003	CIF0000000001	7990000.00	VND	2026-01-13 11:49:49	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-13 11:52:49	2026-01-13 11:52:49	f	2026-01-13 12:49:49
eeb540fa-0947-408b-b3cb-1c8e50b62de1	FT000000001253	LD250000000078	CIF0000000026	1187000.00	VND	2026-01-16 08:29:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-16 08:32:01	2026-01-16 08:32:01	f	2026-01-16 09:29:01
0c1000fd-1c02-43f2-8199-378c8825cc15	FT000000000246	LD250000000015	CIF0000000005	2009000.00	VND	2026-01-16 11:51:04	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-16 11:54:04	2026-01-16 11:54:04	f	2026-01-16 12:51:04
5f3618e1-232b-4e30-8254-8f9d8a41b0b0	FT000000000535	LD240000000033	CIF0000000011	20709000.00	VND	2026-01-16 17:45:30	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-16 17:48:30	2026-01-16 17:48:30	f	2026-01-16 18:45:30
a536fad9-901f-493e-9976-5aa622d5e725	FT000000001368	LD240000000085	CIF0000000029	82012000.00	VND	2026-01-18 10:39:25	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-18 10:42:25	2026-01-18 10:42:25	f	2026-01-18 11:39:25
2374bb31-8152-40c7-97dc-5942c90790b8	FT000000001394	LD250000000087	CIF0000000029	10540000.00	VND	2026-01-18 15:11:08	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-18 15:14:08	2026-01-18 15:14:08	f	2026-01-18 16:11:08
a6a73b95-65a7-4313-bd29-c945d43c9b5e	W4000000000724	W4250000000045	CIF0000000015	6450000.00	VND	2026-01-19 09:05:59	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-19 09:08:59	2026-01-19 09:08:59	f	2026-01-19 10:05:59
e2e907b1-e463-4b28-8467-c53f3dbe42c5	FT000000001316	LD250000000082	CIF0000000028	12061000.00	VND	2026-01-20 16:32:07	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-20 16:35:07	2026-01-20 16:35:07	f	2026-01-20 17:32:07
bbf5e07e-710d-4e77-837e-4f21b41d5eb2	FT000000000150	LD250000000009	CIF0000000003	8348000.00	VND	2026-01-20 20:48:42	E_WALLET	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-01-20 20:51:42	2026-01-20 20:51:42	f	2026-01-20 21:48:42
f518a6c5-280e-4969-a00b-32a398965aec	FT000000000247	LD250000000015	CIF0000000005	2854000.00	VND	2026-01-21 07:38:20	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-21 07:41:20	2026-01-21 07:41:20	f	2026-01-21 08:38:20
5e095854-5c98-4fa1-a523-ee4d4e6113ca	W4000000000872	W4230000000054	CIF0000000018	1200000.00	VND	2026-01-21 19:22:27	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-21 19:25:27	2026-01-21 19:25:27	f	2026-01-21 20:22:27
bfc93aeb-5d88-4a9b-b23a-5055b86c79d3	W4000000000744	W4230000000046	CIF0000000016	3850000.00	VND	2026-01-22 11:12:56	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-22 11:15:56	2026-01-22 11:15:56	f	2026-01-22 12:12:56
98273dcd-d373-4397-935a-11ebb5b6e5b8	W4000000000264	W4230000000016	CIF0000000006	4050000.00	VND	2026-01-22 12:33:48	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-22 12:36:48	2026-01-22 12:36:48	f	2026-01-22 13:33:48
003b4edc-df52-4732-8013-aec5ac82ecf9	FT000000000072	LD240000000004	CIF0000000002	21969000.00	VND	2026-01-22 14:32:53	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-01-22 14:35:53	2026-01-22 14:35:53	f	2026-01-22 15:32:53
a737d703-1bb5-4882-827b-103105a74045	FT000000000328	LD240000000020	CIF0000000007	717000.00	VND	2026-01-22 16:44:29	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-22 16:47:29	2026-01-22 16:47:29	f	2026-01-22 17:44:29
3dcd3868-8a7f-4ad4-925b-7077553c2daf	FT000000000984	LD230000000061	CIF0000000021	17716000.00	VND	2026-01-22 19:02:46	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-22 19:05:46	2026-01-22 19:05:46	f	2026-01-22 20:02:46
d1c5e578-e9b8-4ba1-b3cf-3c91a86aeaf4	W4000000001090	W4250000000068	CIF0000000023	813000.00	VND	2026-01-22 19:53:24	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-22 19:56:24	2026-01-22 19:56:24	f	2026-01-22 20:53:24
3108cd29-8b8d-46c1-a114-619170e108d8	FT000000001049	LD250000000065	CIF0000000022	4459000.00	VND	2026-01-23 08:54:18	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-23 08:57:18	2026-01-23 08:57:18	f	2026-01-23 09:54:18
c6a4908f-0159-4395-9900-4b7d4f44d995	W4000000000022	W4250000000001	CIF0000000001	3750000.00	VND	2026-01-23 15:39:19	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-23 15:42:19	2026-01-23 15:42:19	f	2026-01-23 16:39:19
d576d90d-d710-4876-8efa-c7b8b9dad994	FT000000001410	LD250000000088	CIF0000000030	23245000.00	VND	2026-01-24 17:34:20	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-01-24 17:37:20	2026-01-24 17:37:20	f	2026-01-24 18:34:20
6ada88a7-0ab6-43c6-9568-8cf40d741e79	W4000000000344	W4230000000021	CIF0000000007	2891000.00	VND	2026-01-25 08:44:31	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-25 08:47:31	2026-01-25 08:47:31	f	2026-01-25 09:44:31
864e63ea-a6e8-4c84-a84c-3f949f502f13	FT000000000760	LD240000000047	CIF0000000016	25536000.00	VND	2026-01-25 20:36:35	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-25 20:39:35	2026-01-25 20:39:35	f	2026-01-25 21:36:35
e320177e-c9df-4c96-812c-8db77a63fdb1	FT000000001224	LD240000000076	CIF0000000026	2418000.00	VND	2026-01-26 19:33:34	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-26 19:36:34	2026-01-26 19:36:34	f	2026-01-26 20:33:34
26ffcccc-c5ea-4e47-8142-3857e7024e8e	W4000000000454	W4250000000028	CIF0000000010	3250000.00	VND	2026-01-27 14:27:50	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-01-27 14:30:50	2026-01-27 14:30:50	f	2026-01-27 15:27:50
e3202c44-04df-406b-941c-72c15405cfe2	FT000000000966	LD250000000060	CIF0000000020	5025000.00	VND	2026-01-27 19:11:11	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-27 19:14:11	2026-01-27 19:14:11	f	2026-01-27 20:11:11
4c016d6f-5207-44ff-a557-4c67c23f3118	FT000000001077	LD250000000067	CIF0000000023	11719000.00	VND	2026-01-28 16:40:58	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-28 16:43:58	2026-01-28 16:43:58	f	2026-01-28 17:40:58
7c8ebf43-04a7-4e24-9f2f-ae7238035591	FT000000000134	LD230000000008	CIF0000000003	7381000.00	VND	2026-01-28 20:13:19	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-28 20:16:19	2026-01-28 20:16:19	f	2026-01-28 21:13:19
6095069c-91c6-4a39-9f98-acd6eeae88d2	FT000000001303	LD240000000081	CIF0000000027	1896000.00	VND	2026-01-30 17:07:29	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-01-30 17:10:29	2026-01-30 17:10:29	f	2026-01-30 18:07:29
dc590f70-a5cc-4a84-8cfa-e33db05b23fb	FT000000000854	LD230000000053	CIF0000000018	24570000.00	VND	2026-01-31 16:09:03	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-01-31 16:12:03	2026-01-31 16:12:03	f	2026-01-31 17:09:03
9dcc6d3e-c8f9-4ec8-b96b-1cd98c9b610a	FT000000000311	LD230000000019	CIF0000000007	4998000.00	VND	2026-02-02 08:24:16	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-02 08:27:16	2026-02-02 08:27:16	f	2026-02-02 09:24:16
d1762500-8778-4c04-9bca-f56a5c7cab59	W4000000000408	W4230000000025	CIF0000000009	8550000.00	VND	2026-02-04 08:29:28	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-04 08:32:28	2026-02-04 08:32:28	f	2026-02-04 09:29:28
7285b50a-a33a-4661-a1a0-f164a666ebdd	W4000000000273	W4260000000017	CIF0000000006	2526000.00	VND	2026-02-08 16:01:38	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-08 16:04:38	2026-02-08 16:04:38	f	2026-02-08 17:01:38
3ecb74a0-a8c1-4166-8e55-8cc774aaa8de	FT000000000038	LD230000000002	CIF0000000001	1006000.00	VND	2026-02-10 10:07:37	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-10 10:10:37	2026-02-10 10:10:37	f	2026-02-10 11:07:37
f1ecac44-8071-42ce-aedd-1a05e5af543c	FT000000001156	LD250000000072	CIF0000000024	11467000.00	VND	2026-02-10 10:37:55	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-10 10:40:55	2026-02-10 10:40:55	f	2026-02-10 11:37:55
577d5f49-c66b-4ac7-98c8-fa04ac41bca6	FT000000000791	LD240000000049	CIF0000000017	12788000.00	VND	2026-02-10 14:09:03	CASH	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-02-10 14:12:03	2026-02-10 14:12:03	f	2026-02-10 15:09:03
719e8413-9bc3-4705-a055-6c8043e58b36	FT000000000660	LD250000000041	CIF0000000014	954000.00	VND	2026-02-10 18:36:50	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-10 18:39:50	2026-02-10 18:39:50	f	2026-02-10 19:36:50
19899714-964b-4b36-93ef-d7e7438c8891	FT000000000198	LD230000000012	CIF0000000004	7147000.00	VND	2026-02-12 08:08:11	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-12 08:11:11	2026-02-12 08:11:11	f	2026-02-12 09:08:11
f594fc19-a80f-4f28-a291-9b4c1420fd0d	FT000000001411	LD250000000088	CIF0000000030	23245000.00	VND	2026-02-12 19:28:28	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-12 19:31:28	2026-02-12 19:31:28	f	2026-02-12 20:28:28
70cb1c5b-b00f-4d85-976f-e5b4dc591cc6	FT000000000423	LD230000000026	CIF0000000009	900000.00	VND	2026-02-12 20:45:50	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-12 20:48:50	2026-02-12 20:48:50	f	2026-02-12 21:45:50
28e58a67-a5fa-4286-9a71-cadefb7d249c	FT000000001065	LD240000000066	CIF0000000022	6067000.00	VND	2026-02-15 08:36:46	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-15 08:39:46	2026-02-15 08:39:46	f	2026-02-15 09:36:46
b3ab5421-d9eb-40ac-8418-3584a18a3377	FT000000001174	LD240000000073	CIF0000000025	28889000.00	VND	2026-02-15 08:41:32	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-15 08:44:32	2026-02-15 08:44:32	f	2026-02-15 09:41:32
e2233249-4280-488b-a3e7-baeb005ef324	FT000000001191	LD250000000074	CIF0000000025	4840000.00	VND	2026-02-16 14:57:52	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-16 15:00:52	2026-02-16 15:00:52	f	2026-02-16 15:57:52
c1812ab8-c22c-45b7-b742-a639b7cbc982	FT000000000583	LD240000000036	CIF0000000012	1092000.00	VND	2026-02-18 07:19:31	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-18 07:22:31	2026-02-18 07:22:31	f	2026-02-18 08:19:31
ed71a576-02c1-4614-8c74-eeede6b8b17e	FT000000000438	LD250000000027	CIF0000000009	11171000.00	VND	2026-02-19 07:22:04	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-19 07:25:04	2026-02-19 07:25:04	f	2026-02-19 08:22:04
96fdf563-f702-403d-95d1-8d68084e64e0	W4000000000825	W4230000000051	CIF0000000017	2750000.00	VND	2026-02-19 11:39:37	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-19 11:42:37	2026-02-19 11:42:37	f	2026-02-19 12:39:37
a95b690d-9931-4dd5-ba15-cdfade4ab2ce	FT000000000473	LD220000000029	CIF0000000010	56334000.00	VND	2026-02-19 19:30:16	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-19 19:33:16	2026-02-19 19:33:16	f	2026-02-19 20:30:16
b8f3bca2-eaa3-4280-b916-b29da4206c20	FT000000000390	LD250000000024	CIF0000000008	8607000.00	VND	2026-02-19 20:52:16	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-19 20:55:16	2026-02-19 20:55:16	f	2026-02-19 21:52:16
726078d9-b079-4468-b425-836ec54644ae	W4000000000487	W4250000000030	CIF0000000010	13103000.00	VND	2026-02-20 10:54:13	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-20 10:57:13	2026-02-20 10:57:13	f	2026-02-20 11:54:13
805d09ae-e5c1-4097-9a48-0586c9cb0066	FT000000000501	LD250000000031	CIF0000000011	8372000.00	VND	2026-02-21 10:26:07	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-21 10:29:07	2026-02-21 10:29:07	f	2026-02-21 11:26:07
7226dd94-af96-40ae-85b4-307a7df05f7e	FT000000000520	LD240000000032	CIF0000000011	3469000.00	VND	2026-02-21 18:43:39	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-21 18:46:39	2026-02-21 18:46:39	f	2026-02-21 19:43:39
bcdb8ff4-4532-414d-861c-7e832002e928	FT000000000921	LD240000000057	CIF0000000019	29031000.00	VND	2026-02-21 20:23:33	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-21 20:26:33	2026-02-21 20:26:33	f	2026-02-21 21:23:33
2237ba5d-d084-425f-b5f5-9e6cbf0aae8b	FT000000000888	LD230000000055	CIF0000000019	33117000.00	VND	2026-02-22 14:42:45	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-22 14:45:45	2026-02-22 14:45:45	f	2026-02-22 15:42:45
b9e14346-e783-4353-a26d-58a129bd79cd	FT000000000695	LD240000000043	CIF0000000015	7603000.00	VND	2026-02-23 09:10:35	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-23 09:13:35	2026-02-23 09:13:35	f	2026-02-23 10:10:35
7e8c4b89-7536-4f5a-9bc9-e0c49148e849	FT000000000675	LD250000000042	CIF0000000014	7935000.00	VND	2026-02-23 20:19:58	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-23 20:22:58	2026-02-23 20:22:58	f	2026-02-23 21:19:58
50cb87fe-29b0-44fd-ace9-7b18402b271e	FT000000000296	LD230000000018	CIF0000000006	14294000.00	VND	2026-02-25 07:47:56	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-25 07:50:56	2026-02-25 07:50:56	f	2026-02-25 08:47:56
085719d7-aafb-48bd-9ccf-95df04dd7545	FT000000001333	LD250000000083	CIF0000000028	5656000.00	VND	2026-02-25 16:09:19	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-25 16:12:19	2026-02-25 16:12:19	f	2026-02-25 17:09:19
38e70ea1-f33a-4ed2-b9ba-a40f6c5f87d8	W4000000000745	W4230000000046	CIF0000000016	3850000.00	VND	2026-02-26 10:29:01	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-26 10:32:01	2026-02-26 10:32:01	f	2026-02-26 11:29:01
0341247b-389b-4991-bcb0-3eaa5137edfe	FT000000000967	LD250000000060	CIF0000000020	3434000.00	VND	2026-02-26 10:50:47	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-26 10:53:47	2026-02-26 10:53:47	f	2026-02-26 11:50:47
25181268-d55e-4d10-9e2f-12927cf2269b	W4000000000120	W4240000000007	CIF0000000003	1850000.00	VND	2026-02-26 10:55:27	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-26 10:58:27	2026-02-26 10:58:27	f	2026-02-26 11:55:27
1787c25a-2760-4b32-a763-34b74e799faf	FT000000001395	LD250000000087	CIF0000000029	11633000.00	VND	2026-02-26 15:32:16	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-26 15:35:16	2026-02-26 15:35:16	f	2026-02-26 16:32:16
b5868305-391f-4784-8fcc-9419546a5d7d	FT000000001078	LD250000000067	CIF0000000023	7747000.00	VND	2026-02-26 18:37:13	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-02-26 18:40:13	2026-02-26 18:40:13	f	2026-02-26 19:37:13
e43a5fa7-0e00-480a-b3a8-edc2858258b0	W4000000001233	W4260000000077	CIF0000000026	4200000.00	VND	2026-02-28 14:24:27	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-02-28 14:27:27	2026-02-28 14:27:27	f	2026-02-28 15:24:27
95a92020-7047-4927-9ae3-1449365d0c18	FT000000000985	LD230000000061	CIF0000000021	16688000.00	VND	2026-03-01 10:52:39	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-01 10:55:39	2026-03-01 10:55:39	f	2026-03-01 11:52:39
39d4f182-1e6e-42fa-826b-403879d1fc47	FT000000001011	LD250000000063	CIF0000000021	7977000.00	VND	2026-03-01 18:38:57	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2026-03-01 18:41:57	2026-03-01 18:41:57	f	2026-03-01 19:38:57
5a449bce-a286-49c4-9762-096dcf88c230	FT000000001157	LD250000000072	CIF0000000024	11467000.00	VND	2026-03-02 09:46:50	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-02 09:49:50	2026-03-02 09:49:50	f	2026-03-02 10:46:50
d519a42e-6ad5-45e8-bcb1-f5501b2bc0d4	FT000000001304	LD240000000081	CIF0000000027	1896000.00	VND	2026-03-02 20:57:20	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-02 21:00:20	2026-03-02 21:00:20	f	2026-03-02 21:57:20
838cf02a-621c-4bf8-a0b5-3ac4831fc4c7	FT000000001271	LD240000000079	CIF0000000027	28515000.00	VND	2026-03-03 07:27:39	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-03 07:30:39	2026-03-03 07:30:39	f	2026-03-03 08:27:39
9a3a22b3-d256-48a6-b18b-4bb2117f72fe	FT000000000561	LD260000000035	CIF0000000012	4592000.00	VND	2026-03-04 17:19:56	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-04 17:22:56	2026-03-04 17:22:56	f	2026-03-04 18:19:56
033eacfb-b7ca-4a7a-beb7-04817b35e20e	FT000000000710	LD220000000044	CIF0000000015	42260000.00	VND	2026-03-05 14:16:16	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-05 14:19:16	2026-03-05 14:19:16	f	2026-03-05 15:16:16
55fbfb24-89a1-40e9-9867-55b06d6f57ed	FT000000000615	LD250000000038	CIF0000000013	8010000.00	VND	2026-03-06 11:00:23	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-06 11:03:23	2026-03-06 11:03:23	f	2026-03-06 12:00:23
91435d23-047e-487d-9c53-f81b78671cc1	W4000000001091	W4250000000068	CIF0000000023	1100000.00	VND	2026-03-06 11:36:58	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-06 11:39:58	2026-03-06 11:39:58	f	2026-03-06 12:36:58
ea339e4b-5b2c-41b5-a7c0-b323e2cc352d	FT000000000761	LD240000000047	CIF0000000016	24101000.00	VND	2026-03-07 12:50:21	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-07 12:53:21	2026-03-07 12:53:21	f	2026-03-07 13:50:21
c860acb6-85a3-4e63-a510-ea117f980812	FT000000000102	LD240000000006	CIF0000000002	13914000.00	VND	2026-03-07 18:06:30	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-03-07 18:09:30	2026-03-07 18:09:30	f	2026-03-07 19:06:30
fbdc4ac4-07f0-478f-9c19-c5a6b9c1c7ab	FT000000000776	LD230000000048	CIF0000000016	2966000.00	VND	2026-03-08 10:09:44	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-08 10:12:44	2026-03-08 10:12:44	f	2026-03-08 11:09:44
e460c097-7b06-40ee-b73a-3c4c0ad989eb	W4000000000229	W4250000000014	CIF0000000005	6377000.00	VND	2026-03-08 13:57:28	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-08 14:00:28	2026-03-08 14:00:28	f	2026-03-08 14:57:28
511ef565-200f-4753-bf68-33b9bbe7d583	W4000000000725	W4250000000045	CIF0000000015	2261000.00	VND	2026-03-11 11:35:09	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-11 11:38:09	2026-03-11 11:38:09	f	2026-03-11 12:35:09
dbda437c-1413-4c11-a46f-f0577be5f972	FT000000001429	LD250000000089	CIF0000000030	140591000.00	VND	2026-03-12 07:06:59	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-12 07:09:59	2026-03-12 07:09:59	f	2026-03-12 08:06:59
94f14354-a520-4862-b13f-d50dca547c1c	FT000000001448	LD230000000090	CIF0000000030	33499000.00	VND	2026-03-12 13:09:22	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-12 13:12:22	2026-03-12 13:12:22	f	2026-03-12 14:09:22
a21e20da-0182-44d1-99b2-d5c9d4790726	FT000000000676	LD250000000042	CIF0000000014	4423000.00	VND	2026-03-13 07:20:04	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-13 07:23:04	2026-03-13 07:23:04	f	2026-03-13 08:20:04
c44bfbfc-604d-40fc-ac8e-a5353748e429	FT000000000053	LD250000000003	CIF0000000001	7430000.00	VND	2026-03-13 20:24:23	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-13 20:27:23	2026-03-13 20:27:23	f	2026-03-13 21:24:23
59a8bbdb-655a-4457-a144-dd4270634eb3	FT000000000248	LD250000000015	CIF0000000005	4722000.00	VND	2026-03-14 07:33:43	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-14 07:36:43	2026-03-14 07:36:43	f	2026-03-14 08:33:43
931fbbdf-5dea-42d1-a083-084893642257	W4000000001351	W4250000000084	CIF0000000028	1800000.00	VND	2026-03-14 07:56:21	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-14 07:59:21	2026-03-14 07:59:21	f	2026-03-14 08:56:21
d3eda8f0-b8d1-4f64-9b55-bbaafc9d79cc	FT000000000167	LD230000000010	CIF0000000004	6714000.00	VND	2026-03-15 12:03:47	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-15 12:06:47	2026-03-15 12:06:47	f	2026-03-15 13:03:47
1768dea6-59d4-40c0-8e2b-040b80bfaf6f	FT000000001254	LD250000000078	CIF0000000026	789000.00	VND	2026-03-16 12:22:37	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-16 12:25:37	2026-03-16 12:25:37	f	2026-03-16 13:22:37
95606aef-89cc-40f2-ba9a-4cb05682fbfb	FT000000001128	LD250000000070	CIF0000000024	8917000.00	VND	2026-03-17 08:14:13	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-17 08:17:13	2026-03-17 08:17:13	f	2026-03-17 09:14:13
77c94a1b-087e-40ab-9ec3-06e3712dc526	FT000000000661	LD250000000041	CIF0000000014	954000.00	VND	2026-03-17 08:42:22	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-17 08:45:22	2026-03-17 08:45:22	f	2026-03-17 09:42:22
5620b3e6-0426-4f3c-9db3-c5c781a195c4	FT000000000833	LD260000000052	CIF0000000018	15261000.00	VND	2026-03-17 14:51:25	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-17 14:54:25	2026-03-17 14:54:25	f	2026-03-17 15:51:25
a33ac2d5-f7a7-40c6-97ff-03f8f456af96	FT000000000329	LD240000000020	CIF0000000007	980000.00	VND	2026-03-18 16:55:18	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-18 16:58:18	2026-03-18 16:58:18	f	2026-03-18 17:55:18
ae295599-87ba-4418-954f-70b40249a625	W4000000000409	W4230000000025	CIF0000000009	16741000.00	VND	2026-03-19 07:55:32	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-19 07:58:32	2026-03-19 07:58:32	f	2026-03-19 08:55:32
8078a010-04f7-4a1d-88f5-6b18b7f745f2	FT000000001396	LD250000000087	CIF0000000029	10540000.00	VND	2026-03-19 20:04:29	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-19 20:07:29	2026-03-19 20:07:29	f	2026-03-19 21:04:29
29e08392-e22f-48b4-b794-c709a2d0bed0	W4000000000023	W4250000000001	CIF0000000001	3750000.00	VND	2026-03-20 18:27:02	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-20 18:30:02	2026-03-20 18:30:02	f	2026-03-20 19:27:02
d6745630-975c-4b70-a4c5-2211bce8da79	W4000000000177	W4260000000011	CIF0000000004	1750000.00	VND	2026-03-21 15:23:11	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-21 15:26:11	2026-03-21 15:26:11	f	2026-03-21 16:23:11
baaff709-2417-4f42-b3d3-e5e2b22dd041	FT000000001012	LD250000000063	CIF0000000021	7977000.00	VND	2026-03-21 20:40:11	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-21 20:43:11	2026-03-21 20:43:11	f	2026-03-21 21:40:11
94bced50-f02b-4173-a844-ec57e6f2b94b	FT000000000214	LD230000000013	CIF0000000005	18066000.00	VND	2026-03-22 12:12:18	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-22 12:15:18	2026-03-22 12:15:18	f	2026-03-22 13:12:18
5b536a81-051f-4e30-96f0-20dcda446757	W4000000000274	W4260000000017	CIF0000000006	5456000.00	VND	2026-03-23 13:14:06	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-23 13:17:06	2026-03-23 13:17:06	f	2026-03-23 14:14:06
4b37c097-f578-4fb6-ae60-4fa06f8650f6	FT000000001110	LD230000000069	CIF0000000023	65594000.00	VND	2026-03-24 09:04:48	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-24 09:07:48	2026-03-24 09:07:48	f	2026-03-24 10:04:48
36fe71ef-927c-4a7e-97b1-228d049dcf79	W4000000001092	W4250000000068	CIF0000000023	1100000.00	VND	2026-03-24 15:48:39	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-24 15:51:39	2026-03-24 15:51:39	f	2026-03-24 16:48:39
4cabb522-e0ff-4f3a-9a60-363bf4e77019	W4000000001234	W4260000000077	CIF0000000026	5989000.00	VND	2026-03-25 10:09:38	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-25 10:12:38	2026-03-25 10:12:38	f	2026-03-25 11:09:38
a3727b01-307f-4381-b44e-9f9e3e4710fc	FT000000001079	LD250000000067	CIF0000000023	11719000.00	VND	2026-03-25 16:28:43	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-25 16:31:43	2026-03-25 16:31:43	f	2026-03-25 17:28:43
02c77c2a-f509-46d4-8834-8b8b94420700	FT000000000562	LD260000000035	CIF0000000012	4592000.00	VND	2026-03-25 18:34:23	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-25 18:37:23	2026-03-25 18:37:23	f	2026-03-25 19:34:23
49386be0-138a-46cf-84d7-0bc37d92ca46	W4000000000455	W4250000000028	CIF0000000010	4624000.00	VND	2026-03-26 15:35:43	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-03-26 15:38:43	2026-03-26 15:38:43	f	2026-03-26 16:35:43
1c901802-448c-4e16-aa00-71581d33e4d4	FT000000000151	LD250000000009	CIF0000000003	5501000.00	VND	2026-03-26 17:36:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-26 17:39:07	2026-03-26 17:39:07	f	2026-03-26 18:36:07
61528634-ef69-48eb-bd6e-e00c51db3664	FT000000001145	LD230000000071	CIF0000000024	1862000.00	VND	2026-03-28 12:48:12	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-28 12:51:12	2026-03-28 12:51:12	f	2026-03-28 13:48:12
4c386d07-77dd-4956-b969-70b4386d134b	W4000000001281	W4260000000080	CIF0000000027	3750000.00	VND	2026-03-31 07:59:05	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	W4	W4_SYNC	W4_SYNC	2026-03-31 08:02:05	2026-03-31 08:02:05	f	2026-03-31 08:59:05
fae3d6b5-8ac3-480f-8602-8d424a470880	FT000000000834	LD260000000052	CIF0000000018	12773000.00	VND	2026-03-31 15:25:27	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-03-31 15:28:27	2026-03-31 15:28:27	f	2026-03-31 16:25:27
\.


--
-- Data for Name: payments_2026_q2; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2026_q2 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
3a3815ec-236e-4793-80c2-b42a0e46c1cb	FT000000001412	LD250000000088	CIF0000000030	10092000.00	VND	2026-04-01 17:23:41	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-04-01 17:26:41	2026-04-01 17:26:41	f	2026-04-01 18:23:41
f11fcb54-305f-48df-94f1-17f04e5988d8	FT000000000677	LD250000000042	CIF0000000014	5544000.00	VND	2026-04-03 07:08:30	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-03 07:11:30	2026-04-03 07:11:30	f	2026-04-03 08:08:30
96722bd8-dd1e-4d83-bc85-a17b89b07231	FT000000001066	LD240000000066	CIF0000000022	19157000.00	VND	2026-04-03 14:59:37	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-03 15:02:37	2026-04-03 15:02:37	f	2026-04-03 15:59:37
37c3cad1-0ab9-4329-bf27-6d41ba672123	FT000000000521	LD240000000032	CIF0000000011	6784000.00	VND	2026-04-03 17:59:44	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-03 18:02:44	2026-04-03 18:02:44	f	2026-04-03 18:59:44
6c94fd82-fdb4-4126-9b73-60da0055d42e	W4000000000649	W4240000000040	CIF0000000014	850000.00	VND	2026-04-04 11:33:35	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-04 11:36:35	2026-04-04 11:36:35	f	2026-04-04 12:33:35
f993715c-3163-45b2-8c80-7cb3b1519197	FT000000000549	LD250000000034	CIF0000000012	638000.00	VND	2026-04-04 12:32:32	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-04-04 12:35:32	2026-04-04 12:35:32	f	2026-04-04 13:32:32
a695c4ae-5d59-4422-a12c-0376e2a9b70b	W4000000000746	W4230000000046	CIF0000000016	3850000.00	VND	2026-04-05 13:21:54	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-05 13:24:54	2026-04-05 13:24:54	f	2026-04-05 14:21:54
8b589078-04c9-4137-8fbe-3561530e135d	FT000000000616	LD250000000038	CIF0000000013	8010000.00	VND	2026-04-05 17:36:33	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-05 17:39:33	2026-04-05 17:39:33	f	2026-04-05 18:36:33
1f6a98b9-d194-46de-9cd1-5086bbc817b3	FT000000000696	LD240000000043	CIF0000000015	7603000.00	VND	2026-04-07 07:28:02	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-07 07:31:02	2026-04-07 07:31:02	f	2026-04-07 08:28:02
30ce7368-b5ed-4ba2-9e7f-2ee77db0c437	FT000000000297	LD230000000018	CIF0000000006	14294000.00	VND	2026-04-08 07:58:41	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-08 08:01:41	2026-04-08 08:01:41	f	2026-04-08 08:58:41
b8e344bd-2f85-4229-a2e4-69e3aee19d29	W4000000001235	W4260000000077	CIF0000000026	5867000.00	VND	2026-04-08 09:33:48	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-08 09:36:48	2026-04-08 09:36:48	f	2026-04-08 10:33:48
40eca554-3648-4b67-8a3a-141bb5f866cd	W4000000000826	W4230000000051	CIF0000000017	2750000.00	VND	2026-04-08 12:16:18	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-08 12:19:18	2026-04-08 12:19:18	f	2026-04-08 13:16:18
4af0a603-1ce9-42cc-bffc-f8f828988c56	FT000000001317	LD250000000082	CIF0000000028	12061000.00	VND	2026-04-09 08:34:08	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-09 08:37:08	2026-04-09 08:37:08	f	2026-04-09 09:34:08
8afd1dcc-b4e0-446e-b87a-5672939589de	FT000000001397	LD250000000087	CIF0000000029	10540000.00	VND	2026-04-09 12:45:03	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-09 12:48:03	2026-04-09 12:48:03	f	2026-04-09 13:45:03
30b109f2-ac20-4836-ab05-061bbb579786	FT000000000968	LD250000000060	CIF0000000020	5025000.00	VND	2026-04-09 19:55:59	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-09 19:58:59	2026-04-09 19:58:59	f	2026-04-09 20:55:59
26200aef-64c9-4087-b41c-e53ad14970a6	FT000000000550	LD250000000034	CIF0000000012	2486000.00	VND	2026-04-09 20:33:50	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-09 20:36:50	2026-04-09 20:36:50	f	2026-04-09 21:33:50
d33198af-9a16-4b8d-9408-a27a77a46056	FT000000000439	LD250000000027	CIF0000000009	8833000.00	VND	2026-04-09 20:45:02	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-09 20:48:02	2026-04-09 20:48:02	f	2026-04-09 21:45:02
298a8a1a-b082-4c82-8887-8282eb6573ac	W4000000000275	W4260000000017	CIF0000000006	3000000.00	VND	2026-04-10 07:36:04	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-10 07:39:04	2026-04-10 07:39:04	f	2026-04-10 08:36:04
f6b335a1-d66c-41a7-a637-bcae4d59ce6d	FT000000000952	LD220000000059	CIF0000000020	47381000.00	VND	2026-04-10 16:13:15	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-10 16:16:15	2026-04-10 16:16:15	f	2026-04-10 17:13:15
55bb779d-6aa5-46f9-8f49-efa589cc1d92	FT000000000662	LD250000000041	CIF0000000014	954000.00	VND	2026-04-10 17:44:26	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-10 17:47:26	2026-04-10 17:47:26	f	2026-04-10 18:44:26
71b5ec14-4b23-4014-b71c-d7a65768ab9e	FT000000001031	LD230000000064	CIF0000000022	11294000.00	VND	2026-04-11 12:30:12	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-11 12:33:12	2026-04-11 12:33:12	f	2026-04-11 13:30:12
c60d590a-7de7-432e-bcd8-c9adfda9a824	W4000000000121	W4240000000007	CIF0000000003	1850000.00	VND	2026-04-11 16:15:27	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-11 16:18:27	2026-04-11 16:18:27	f	2026-04-11 17:15:27
e23ee784-1b14-4f0a-a8ea-103a191d7a84	FT000000000039	LD230000000002	CIF0000000001	1006000.00	VND	2026-04-11 16:25:19	CASH	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-04-11 16:28:19	2026-04-11 16:28:19	f	2026-04-11 17:25:19
1131efd7-c74f-4ce4-983c-06ad582c8351	FT000000001080	LD250000000067	CIF0000000023	19908000.00	VND	2026-04-12 15:26:39	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-12 15:29:39	2026-04-12 15:29:39	f	2026-04-12 16:26:39
3f462bea-38ce-49f4-aa16-719a30b3afa0	W4000000000178	W4260000000011	CIF0000000004	1750000.00	VND	2026-04-13 07:15:21	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-13 07:18:21	2026-04-13 07:18:21	f	2026-04-13 08:15:21
87184595-499b-4579-acaa-1b5f9f1deb52	FT000000000152	LD250000000009	CIF0000000003	5501000.00	VND	2026-04-13 19:34:34	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-13 19:37:34	2026-04-13 19:37:34	f	2026-04-13 20:34:34
2f31a194-243a-46fd-9133-85b6d0bc2431	FT000000000054	LD250000000003	CIF0000000001	3015000.00	VND	2026-04-14 07:12:40	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-14 07:15:40	2026-04-14 07:15:40	f	2026-04-14 08:12:40
bd3c0164-8d5f-4c6f-98f1-1e71ddf55db0	FT000000000249	LD250000000015	CIF0000000005	2854000.00	VND	2026-04-14 20:55:46	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-14 20:58:46	2026-04-14 20:58:46	f	2026-04-14 21:55:46
91010c2f-aa96-402c-8f30-027adeb712b0	FT000000000762	LD240000000047	CIF0000000016	25536000.00	VND	2026-04-15 08:43:22	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-15 08:46:22	2026-04-15 08:46:22	f	2026-04-15 09:43:22
85fc724c-73e4-4399-828b-91f4f27d2221	FT000000000889	LD230000000055	CIF0000000019	5677000.00	VND	2026-04-15 14:18:54	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-15 14:21:54	2026-04-15 14:21:54	f	2026-04-15 15:18:54
1cbba1f9-f871-4f30-939e-1968a949a1a2	FT000000000777	LD230000000048	CIF0000000016	2736000.00	VND	2026-04-15 18:26:45	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-15 18:29:45	2026-04-15 18:29:45	f	2026-04-15 19:26:45
c2fa41b4-0cc9-4b91-80fd-589586a9b077	FT000000000986	LD230000000061	CIF0000000021	16688000.00	VND	2026-04-16 13:16:06	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-16 13:19:06	2026-04-16 13:19:06	f	2026-04-16 14:16:06
c36005d0-5d1e-4cde-ba9d-5fb5bd7e2261	FT000000001255	LD250000000078	CIF0000000026	789000.00	VND	2026-04-17 11:58:53	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-17 12:01:53	2026-04-17 12:01:53	f	2026-04-17 12:58:53
0cfb5485-736a-4c71-9d87-359952cc40b4	W4000000000230	W4250000000014	CIF0000000005	12997000.00	VND	2026-04-17 14:45:41	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-17 14:48:41	2026-04-17 14:48:41	f	2026-04-17 15:45:41
4449d8c8-453b-4617-878d-a916b45dac93	FT000000001430	LD250000000089	CIF0000000030	175540000.00	VND	2026-04-17 16:07:23	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-17 16:10:23	2026-04-17 16:10:23	f	2026-04-17 17:07:23
376cd154-46d7-4d35-a9a8-b86335b876b7	W4000000001352	W4250000000084	CIF0000000028	2696000.00	VND	2026-04-17 20:34:12	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-17 20:37:12	2026-04-17 20:37:12	f	2026-04-17 21:34:12
7d88a156-6ee6-4eee-b037-bb44c743e81c	W4000000000456	W4250000000028	CIF0000000010	3250000.00	VND	2026-04-18 08:18:23	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-18 08:21:23	2026-04-18 08:21:23	f	2026-04-18 09:18:23
bc3af6b5-5017-4873-b580-bb67e3588a3c	FT000000000199	LD230000000012	CIF0000000004	5894000.00	VND	2026-04-19 13:46:55	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-19 13:49:55	2026-04-19 13:49:55	f	2026-04-19 14:46:55
610626d8-10f2-48aa-803f-8ce8ed070686	FT000000001334	LD250000000083	CIF0000000028	5656000.00	VND	2026-04-19 17:23:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-19 17:26:59	2026-04-19 17:26:59	f	2026-04-19 18:23:59
47f56e98-8600-4b7a-adb5-4f3a7bf9164a	FT000000000536	LD240000000033	CIF0000000011	11620000.00	VND	2026-04-20 08:52:31	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-04-20 08:55:31	2026-04-20 08:55:31	f	2026-04-20 09:52:31
04bb8382-ad18-4392-b058-bf935b2c3506	FT000000001413	LD250000000088	CIF0000000030	40032000.00	VND	2026-04-21 13:30:57	AUTO_DEBIT	REVERSED	Thanh toán trùng	T24	T24_SYNC	T24_SYNC	2026-04-21 13:33:57	2026-04-21 13:33:57	f	2026-04-21 14:30:57
17fe453e-dcd2-41ba-92c0-61434b659b98	FT000000001272	LD240000000079	CIF0000000027	9027000.00	VND	2026-04-21 18:38:56	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-21 18:41:56	2026-04-21 18:41:56	f	2026-04-21 19:38:56
78aa0285-c43f-4244-a310-aced3bdf99dd	W4000000001282	W4260000000080	CIF0000000027	3075000.00	VND	2026-04-23 12:37:00	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-23 12:40:00	2026-04-23 12:40:00	f	2026-04-23 13:37:00
2175da37-3b8a-441e-b1f4-ff8c8b6f08eb	W4000000001236	W4260000000077	CIF0000000026	4200000.00	VND	2026-04-23 20:06:29	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-23 20:09:29	2026-04-23 20:09:29	f	2026-04-23 21:06:29
405e9deb-8a90-4137-8f98-369c3ec4a4dc	W4000000000897	W4260000000056	CIF0000000019	1260000.00	VND	2026-04-24 14:00:31	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-04-24 14:03:31	2026-04-24 14:03:31	f	2026-04-24 15:00:31
6ebe4c15-7f47-4b5d-87a5-adc4f801b37d	FT000000000103	LD240000000006	CIF0000000002	13914000.00	VND	2026-04-24 15:53:31	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-04-24 15:56:31	2026-04-24 15:56:31	f	2026-04-24 16:53:31
15f2d618-1ea5-480e-8cc2-d9667d6ee6c6	FT000000001449	LD230000000090	CIF0000000030	15523000.00	VND	2026-04-24 17:36:58	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-24 17:39:58	2026-04-24 17:39:58	f	2026-04-24 18:36:58
e1452f04-bdac-4642-b880-c698fe44f69f	FT000000000563	LD260000000035	CIF0000000012	4592000.00	VND	2026-04-26 07:42:55	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-26 07:45:55	2026-04-26 07:45:55	f	2026-04-26 08:42:55
e5e7efae-2f66-4b48-9ca7-4e1dc44cd4ff	FT000000000391	LD250000000024	CIF0000000008	8607000.00	VND	2026-04-26 11:31:45	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-26 11:34:45	2026-04-26 11:34:45	f	2026-04-26 12:31:45
2d9d6b17-f8aa-4984-93ac-d57fb592c01e	W4000000000179	W4260000000011	CIF0000000004	2127000.00	VND	2026-04-28 07:35:19	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	W4	W4_SYNC	W4_SYNC	2026-04-28 07:38:19	2026-04-28 07:38:19	f	2026-04-28 08:35:19
fc3f1e6a-1979-4a73-a0ff-68884a2e0722	FT000000000168	LD230000000010	CIF0000000004	5959000.00	VND	2026-04-28 13:56:30	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-28 13:59:30	2026-04-28 13:59:30	f	2026-04-28 14:56:30
e1d51991-8144-405c-a686-8e2a758fd11a	FT000000001377	LD260000000086	CIF0000000029	24381000.00	VND	2026-04-28 16:34:25	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-28 16:37:25	2026-04-28 16:37:25	f	2026-04-28 17:34:25
ea49b548-2095-46ba-bc44-c33ea8e07161	FT000000000922	LD240000000057	CIF0000000019	16957000.00	VND	2026-04-29 16:21:24	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-04-29 16:24:24	2026-04-29 16:24:24	f	2026-04-29 17:21:24
206054f8-e14b-41ed-89a2-d8724b0990db	W4000000000360	W4230000000022	CIF0000000008	4650000.00	VND	2026-05-01 14:44:48	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-01 14:47:48	2026-05-01 14:47:48	f	2026-05-01 15:44:48
29ae36e0-8462-4fbd-8a2a-502a999df0ae	FT000000000250	LD250000000015	CIF0000000005	2854000.00	VND	2026-05-01 20:51:44	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-01 20:54:44	2026-05-01 20:54:44	f	2026-05-01 21:51:44
d639f38b-e765-4740-9db4-b1c51372b582	W4000000000873	W4230000000054	CIF0000000018	1200000.00	VND	2026-05-02 18:51:11	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-02 18:54:11	2026-05-02 18:54:11	f	2026-05-02 19:51:11
f6c1b762-9c5f-476d-b9da-ee026b73c757	FT000000001398	LD250000000087	CIF0000000029	10540000.00	VND	2026-05-03 08:02:42	MOBILE_BANKING	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2026-05-03 08:05:42	2026-05-03 08:05:42	f	2026-05-03 09:02:42
0ed160ee-8e72-43b3-8896-58ea5deb9a86	FT000000000678	LD250000000042	CIF0000000014	2120000.00	VND	2026-05-04 12:26:12	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-04 12:29:12	2026-05-04 12:29:12	f	2026-05-04 13:26:12
02956440-6e84-4a1e-8f50-08e2ebe39e0e	FT000000000617	LD250000000038	CIF0000000013	8010000.00	VND	2026-05-04 18:51:21	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-04 18:54:21	2026-05-04 18:54:21	f	2026-05-04 19:51:21
06eb37c4-6a47-4525-9dc1-dce7b46739d6	FT000000001158	LD250000000072	CIF0000000024	16808000.00	VND	2026-05-05 18:26:44	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-05 18:29:44	2026-05-05 18:29:44	f	2026-05-05 19:26:44
272dd95f-5b4e-4481-b576-c02e7ad59d13	FT000000000055	LD250000000003	CIF0000000001	7430000.00	VND	2026-05-06 20:28:12	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-06 20:31:12	2026-05-06 20:31:12	f	2026-05-06 21:28:12
b1ec51a1-e531-44ce-a994-20b9ffdb94b8	W4000000001283	W4260000000080	CIF0000000027	1778000.00	VND	2026-05-07 08:49:20	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-07 08:52:20	2026-05-07 08:52:20	f	2026-05-07 09:49:20
73788401-1a4a-4af5-bd5d-7864653cb65b	FT000000001318	LD250000000082	CIF0000000028	11908000.00	VND	2026-05-07 09:48:47	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-07 09:51:47	2026-05-07 09:51:47	f	2026-05-07 10:48:47
277a6d38-ed5b-4767-b50c-0e352e5efbe1	FT000000001369	LD240000000085	CIF0000000029	82012000.00	VND	2026-05-08 15:13:34	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-08 15:16:34	2026-05-08 15:16:34	f	2026-05-08 16:13:34
49f04905-62ef-4f30-ae09-4e5dac4b7911	FT000000000564	LD260000000035	CIF0000000012	7123000.00	VND	2026-05-08 16:17:09	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-08 16:20:09	2026-05-08 16:20:09	f	2026-05-08 17:17:09
d830ed0f-aa80-4f6d-912c-fb9a8bd42598	W4000000001353	W4250000000084	CIF0000000028	1800000.00	VND	2026-05-08 18:14:57	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-08 18:17:57	2026-05-08 18:17:57	f	2026-05-08 19:14:57
afcae0bf-afe0-45d4-969a-80a85d3d6e78	FT000000000835	LD260000000052	CIF0000000018	15261000.00	VND	2026-05-09 12:24:00	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-09 12:27:00	2026-05-09 12:27:00	f	2026-05-09 13:24:00
95e800c0-f518-4737-aa36-0d912521a8df	W4000000000180	W4260000000011	CIF0000000004	1291000.00	VND	2026-05-09 19:02:58	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-09 19:05:58	2026-05-09 19:05:58	f	2026-05-09 20:02:58
89c11c3d-8bce-4255-9b6c-74e59c39df68	FT000000001146	LD230000000071	CIF0000000024	1839000.00	VND	2026-05-10 07:04:20	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-10 07:07:20	2026-05-10 07:07:20	f	2026-05-10 08:04:20
d57c0998-a6f3-4827-9ec5-3c5810e157d1	W4000000000650	W4240000000040	CIF0000000014	850000.00	VND	2026-05-10 19:26:44	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-10 19:29:44	2026-05-10 19:29:44	f	2026-05-10 20:26:44
7a1f44a5-3203-4fb2-a037-d5a4285439e2	W4000000001093	W4250000000068	CIF0000000023	1094000.00	VND	2026-05-10 20:18:47	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-10 20:21:47	2026-05-10 20:21:47	f	2026-05-10 21:18:47
ebe92385-817f-4f94-9cd6-95d48e217929	FT000000001256	LD250000000078	CIF0000000026	789000.00	VND	2026-05-11 09:10:23	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-11 09:13:23	2026-05-11 09:13:23	f	2026-05-11 10:10:23
3327ac5c-2897-4410-9b4a-c006cd6d14d2	FT000000000711	LD220000000044	CIF0000000015	36521000.00	VND	2026-05-11 18:07:49	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-11 18:10:49	2026-05-11 18:10:49	f	2026-05-11 19:07:49
3f12c32f-be53-4358-b60e-7c6beae66593	W4000000000726	W4250000000045	CIF0000000015	6450000.00	VND	2026-05-12 20:22:52	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-12 20:25:52	2026-05-12 20:25:52	f	2026-05-12 21:22:52
7ffd5e81-8d13-4380-a56f-b588947a95d2	FT000000000073	LD240000000004	CIF0000000002	13282000.00	VND	2026-05-13 12:12:06	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-13 12:15:06	2026-05-13 12:15:06	f	2026-05-13 13:12:06
f684a8aa-6ebf-4ce6-84d6-683e7e548289	W4000000000265	W4230000000016	CIF0000000006	4050000.00	VND	2026-05-14 12:42:44	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-14 12:45:44	2026-05-14 12:45:44	f	2026-05-14 13:42:44
110df8bf-5efc-4213-bafe-60633c636f31	W4000000000345	W4230000000021	CIF0000000007	2600000.00	VND	2026-05-14 13:39:23	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-14 13:42:23	2026-05-14 13:42:23	f	2026-05-14 14:39:23
d7e1ec73-4538-42ab-bbbe-8eb5c4c06993	W4000000000457	W4250000000028	CIF0000000010	5483000.00	VND	2026-05-15 16:35:05	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-15 16:38:05	2026-05-15 16:38:05	f	2026-05-15 17:35:05
edec3efe-df75-4e82-a5e8-fe98d7021219	W4000000000898	W4260000000056	CIF0000000019	650000.00	VND	2026-05-16 07:55:20	CASH	FAILED	Sai thông tin tài khoản	W4	W4_SYNC	W4_SYNC	2026-05-16 07:58:20	2026-05-16 07:58:20	f	2026-05-16 08:55:20
ebec9d2e-601d-4359-ab96-d99314e4ae32	FT000000000969	LD250000000060	CIF0000000020	3340000.00	VND	2026-05-16 18:39:16	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-16 18:42:16	2026-05-16 18:42:16	f	2026-05-16 19:39:16
3fb18e71-392a-4b6d-8bc8-510bfe68bc24	W4000000000181	W4260000000011	CIF0000000004	1750000.00	VND	2026-05-19 16:55:42	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-19 16:58:42	2026-05-19 16:58:42	f	2026-05-19 17:55:42
37375df8-050d-413c-ba7b-9360d5ae1b70	W4000000001237	W4260000000077	CIF0000000026	4200000.00	VND	2026-05-20 16:32:14	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-20 16:35:14	2026-05-20 16:35:14	f	2026-05-20 17:32:14
d5956740-9faf-4096-8117-ee33d3d2b4f7	W4000000001284	W4260000000080	CIF0000000027	3081000.00	VND	2026-05-21 12:42:06	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-21 12:45:06	2026-05-21 12:45:06	f	2026-05-21 13:42:06
9f5546a1-d3c1-433a-ac99-c36470b142ef	FT000000000522	LD240000000032	CIF0000000011	7999000.00	VND	2026-05-21 13:54:22	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-21 13:57:22	2026-05-21 13:57:22	f	2026-05-21 14:54:22
e96994d4-a94d-4307-ae44-21485bbdab46	FT000000000565	LD260000000035	CIF0000000012	4592000.00	VND	2026-05-21 18:26:09	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-21 18:29:09	2026-05-21 18:29:09	f	2026-05-21 19:26:09
0ab34ff9-6de6-40bb-801b-00ca33b33fe0	FT000000001192	LD250000000074	CIF0000000025	2600000.00	VND	2026-05-22 07:07:18	E_WALLET	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-05-22 07:10:18	2026-05-22 07:10:18	f	2026-05-22 08:07:18
3148a4f3-25be-41c1-b1a7-370ff5ee7421	FT000000001414	LD250000000088	CIF0000000030	23245000.00	VND	2026-05-22 08:25:39	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-22 08:28:39	2026-05-22 08:28:39	f	2026-05-22 09:25:39
53dc0670-d06f-4f78-b4af-abd609fa375c	FT000000000251	LD250000000015	CIF0000000005	2854000.00	VND	2026-05-22 12:16:26	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-22 12:19:26	2026-05-22 12:19:26	f	2026-05-22 13:16:26
b3cd6749-3489-4146-96f4-2bb1bfc9372c	FT000000001111	LD230000000069	CIF0000000023	38386000.00	VND	2026-05-22 13:06:21	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-22 13:09:21	2026-05-22 13:09:21	f	2026-05-22 14:06:21
9dd01da1-24cb-40f0-87e5-ce878ef25a4a	W4000000000024	W4250000000001	CIF0000000001	3750000.00	VND	2026-05-23 11:21:26	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-23 11:24:26	2026-05-23 11:24:26	f	2026-05-23 12:21:26
ee62f720-fda4-46cc-bfda-85cf33697bc7	FT000000001378	LD260000000086	CIF0000000029	24381000.00	VND	2026-05-24 11:54:32	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-05-24 11:57:32	2026-05-24 11:57:32	f	2026-05-24 12:54:32
276ce616-75e7-4d5e-be9a-bd66565d88c1	W4000000001094	W4250000000068	CIF0000000023	1100000.00	VND	2026-05-24 16:58:24	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-24 17:01:24	2026-05-24 17:01:24	f	2026-05-24 17:58:24
91626e3a-6e5d-4595-ae7e-f1fe0002777d	W4000000000899	W4260000000056	CIF0000000019	650000.00	VND	2026-05-25 10:38:41	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-25 10:41:41	2026-05-25 10:41:41	f	2026-05-25 11:38:41
56983653-956c-4c23-864a-b2e91741c94b	FT000000000836	LD260000000052	CIF0000000018	15261000.00	VND	2026-05-25 12:40:15	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-25 12:43:15	2026-05-25 12:43:15	f	2026-05-25 13:40:15
0a8e8981-b219-4898-af43-28bbe022bff2	FT000000000392	LD250000000024	CIF0000000008	8607000.00	VND	2026-05-25 18:07:54	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-25 18:10:54	2026-05-25 18:10:54	f	2026-05-25 19:07:54
9afb92e3-7fdc-4111-9fd3-d9723051662d	W4000000000488	W4250000000030	CIF0000000010	9430000.00	VND	2026-05-26 12:01:19	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	W4	W4_SYNC	W4_SYNC	2026-05-26 12:04:19	2026-05-26 12:04:19	f	2026-05-26 13:01:19
f75a488f-2871-4765-8354-1b82cdb03a9a	FT000000001431	LD250000000089	CIF0000000030	175540000.00	VND	2026-05-26 12:54:10	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-26 12:57:10	2026-05-26 12:57:10	f	2026-05-26 13:54:10
e7ce2730-c506-4316-aeee-1e80cdef6b24	FT000000000502	LD250000000031	CIF0000000011	8372000.00	VND	2026-05-26 20:47:26	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-26 20:50:26	2026-05-26 20:50:26	f	2026-05-26 21:47:26
5e6ccb92-0330-4375-9167-040e27025884	FT000000000697	LD240000000043	CIF0000000015	7603000.00	VND	2026-05-27 07:02:43	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-27 07:05:43	2026-05-27 07:05:43	f	2026-05-27 08:02:43
f2fc6d03-ba6a-4a2a-a7ed-a414d5c4f9a1	W4000000000122	W4240000000007	CIF0000000003	1850000.00	VND	2026-05-27 11:07:40	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-05-27 11:10:40	2026-05-27 11:10:40	f	2026-05-27 12:07:40
a0227c01-66b6-48ed-98de-9aca2fb28608	W4000000001238	W4260000000077	CIF0000000026	4200000.00	VND	2026-05-27 11:14:14	AUTO_DEBIT	REVERSED	Thanh toán trùng	W4	W4_SYNC	W4_SYNC	2026-05-27 11:17:14	2026-05-27 11:17:14	f	2026-05-27 12:14:14
bc2b968f-34aa-42f9-ac1d-541c0d9020d9	FT000000000679	LD250000000042	CIF0000000014	4423000.00	VND	2026-05-31 09:12:48	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-31 09:15:48	2026-05-31 09:15:48	f	2026-05-31 10:12:48
a7661f65-241c-40d7-8656-9450b18c6672	FT000000001159	LD250000000072	CIF0000000024	21749000.00	VND	2026-05-31 12:36:00	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-31 12:39:00	2026-05-31 12:39:00	f	2026-05-31 13:36:00
d1ec42c1-1a9c-44b1-a578-24d62546638c	FT000000000474	LD220000000029	CIF0000000010	47636000.00	VND	2026-05-31 14:56:12	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-31 14:59:12	2026-05-31 14:59:12	f	2026-05-31 15:56:12
0a49d75d-8475-40a3-88fd-789719725ad7	FT000000000778	LD230000000048	CIF0000000016	2736000.00	VND	2026-05-31 20:46:07	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-05-31 20:49:07	2026-05-31 20:49:07	f	2026-05-31 21:46:07
11d75f97-59de-4923-9c7f-bcbb8505af6a	W4000000000276	W4260000000017	CIF0000000006	3000000.00	VND	2026-06-02 10:28:06	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	W4	W4_SYNC	W4_SYNC	2026-06-02 10:31:06	2026-06-02 10:31:06	f	2026-06-02 11:28:06
bcca0cfc-edb8-4b86-8f1c-01a16ffa5c03	FT000000000792	LD240000000049	CIF0000000017	12788000.00	VND	2026-06-02 11:01:05	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-02 11:04:05	2026-06-02 11:04:05	f	2026-06-02 12:01:05
e18c75ec-febd-43b9-9059-7ab56717dffa	FT000000001013	LD250000000063	CIF0000000021	7977000.00	VND	2026-06-02 15:03:18	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-02 15:06:18	2026-06-02 15:06:18	f	2026-06-02 16:03:18
d6ba6b05-5621-478b-82b1-578f8c227752	W4000000000410	W4230000000025	CIF0000000009	8550000.00	VND	2026-06-02 16:16:33	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-02 16:19:33	2026-06-02 16:19:33	f	2026-06-02 17:16:33
823c73cd-d5f4-40c3-a225-887a8cb7bcfc	FT000000001450	LD230000000090	CIF0000000030	33499000.00	VND	2026-06-03 12:31:40	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-03 12:34:40	2026-06-03 12:34:40	f	2026-06-03 13:31:40
6e55e336-7494-4a4e-9d38-3a8cac324e51	FT000000001081	LD250000000067	CIF0000000023	4846000.00	VND	2026-06-04 13:46:23	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-04 13:49:23	2026-06-04 13:49:23	f	2026-06-04 14:46:23
06bb0de6-a372-4288-b14b-12ca4628495c	FT000000000537	LD240000000033	CIF0000000011	11620000.00	VND	2026-06-06 13:19:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-06 13:22:01	2026-06-06 13:22:01	f	2026-06-06 14:19:01
33b17ad2-d9b7-415e-8c45-8cc3957b024b	FT000000000312	LD230000000019	CIF0000000007	4998000.00	VND	2026-06-06 18:18:35	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-06 18:21:35	2026-06-06 18:21:35	f	2026-06-06 19:18:35
bf71ff24-24df-4dfb-876d-511372581746	FT000000001379	LD260000000086	CIF0000000029	24381000.00	VND	2026-06-07 08:53:04	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-07 08:56:04	2026-06-07 08:56:04	f	2026-06-07 09:53:04
fee116b1-b0eb-4bf5-b6e4-e2d47367f106	FT000000000625	LD260000000039	CIF0000000013	4882000.00	VND	2026-06-07 16:53:38	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-07 16:56:38	2026-06-07 16:56:38	f	2026-06-07 17:53:38
40f536f9-1f87-4bd3-b2d0-2af2a28ed0a9	FT000000000663	LD250000000041	CIF0000000014	1179000.00	VND	2026-06-07 18:18:22	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-07 18:21:22	2026-06-07 18:21:22	f	2026-06-07 19:18:22
5304fc15-4f36-4f59-b7e6-f7ded26fee98	W4000000000900	W4260000000056	CIF0000000019	662000.00	VND	2026-06-08 07:35:03	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-08 07:38:03	2026-06-08 07:38:03	f	2026-06-08 08:35:03
8edc6e66-aef6-46fc-87de-311cb99720dd	FT000000000056	LD250000000003	CIF0000000001	7430000.00	VND	2026-06-08 17:02:59	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2026-06-08 17:05:59	2026-06-08 17:05:59	f	2026-06-08 18:02:59
06274184-a5ff-4656-b37b-7ed97309eb83	FT000000001032	LD230000000064	CIF0000000022	11294000.00	VND	2026-06-10 09:42:02	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-10 09:45:02	2026-06-10 09:45:02	f	2026-06-10 10:42:02
5a443010-6585-4c51-9140-fa6f3c35933d	FT000000001415	LD250000000088	CIF0000000030	23245000.00	VND	2026-06-10 15:46:03	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-10 15:49:03	2026-06-10 15:49:03	f	2026-06-10 16:46:03
1a3e4a5c-5234-4ab7-aac1-6679cdd60402	FT000000000837	LD260000000052	CIF0000000018	15261000.00	VND	2026-06-10 17:16:57	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-10 17:19:57	2026-06-10 17:19:57	f	2026-06-10 18:16:57
00c8629e-f0f6-430e-9ae5-1d86fcdfa87c	FT000000000153	LD250000000009	CIF0000000003	6648000.00	VND	2026-06-11 13:23:33	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-11 13:26:33	2026-06-11 13:26:33	f	2026-06-11 14:23:33
2ec193e2-8b27-4611-a4db-5955298793b9	FT000000000890	LD230000000055	CIF0000000019	16584000.00	VND	2026-06-11 18:42:53	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-11 18:45:53	2026-06-11 18:45:53	f	2026-06-11 19:42:53
29b9f816-8fcf-4a03-bda0-8d87abc46726	FT000000000154	LD250000000009	CIF0000000003	2974000.00	VND	2026-06-12 08:45:45	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-12 08:48:45	2026-06-12 08:48:45	f	2026-06-12 09:45:45
43bf1130-b076-4676-9419-99727cea32ec	W4000000000874	W4230000000054	CIF0000000018	732000.00	VND	2026-06-12 12:55:26	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-12 12:58:26	2026-06-12 12:58:26	f	2026-06-12 13:55:26
e0337021-7aae-4818-8d8e-b79287556d45	FT000000000801	LD260000000050	CIF0000000017	2853000.00	VND	2026-06-13 09:57:58	BANK_TRANSFER	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-06-13 10:00:58	2026-06-13 10:00:58	f	2026-06-13 10:57:58
3588a931-c027-4210-b2c9-7026ab4d033e	FT000000000953	LD220000000059	CIF0000000020	51914000.00	VND	2026-06-13 13:02:01	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-06-13 13:05:01	2026-06-13 13:05:01	f	2026-06-13 14:02:01
05b1a3b8-d05a-4799-b14c-f77bb008edfc	W4000000001207	W4240000000075	CIF0000000025	13020000.00	VND	2026-06-13 14:56:04	CASH	FAILED	Sai thông tin tài khoản	W4	W4_SYNC	W4_SYNC	2026-06-13 14:59:04	2026-06-13 14:59:04	f	2026-06-13 15:56:04
91c1c09e-3447-4a92-879c-c57132a45cf1	FT000000001273	LD240000000079	CIF0000000027	28515000.00	VND	2026-06-13 18:53:31	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-13 18:56:31	2026-06-13 18:56:31	f	2026-06-13 19:53:31
dffdba1f-b089-4ca4-9973-7161212bcbb8	FT000000001399	LD250000000087	CIF0000000029	10540000.00	VND	2026-06-15 08:26:46	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-15 08:29:46	2026-06-15 08:29:46	f	2026-06-15 09:26:46
5ef6bdfe-b565-4020-a44f-8517f3395fae	W4000000000266	W4230000000016	CIF0000000006	4050000.00	VND	2026-06-15 11:39:39	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-15 11:42:39	2026-06-15 11:42:39	f	2026-06-15 12:39:39
05f681a8-d745-4657-afed-3ecdd8528b64	FT000000000802	LD260000000050	CIF0000000017	2853000.00	VND	2026-06-16 08:47:02	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-06-16 08:50:02	2026-06-16 08:50:02	f	2026-06-16 09:47:02
a6232c03-3259-455e-9d2a-90facb7834f5	W4000000000182	W4260000000011	CIF0000000004	1723000.00	VND	2026-06-16 12:14:34	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-16 12:17:34	2026-06-16 12:17:34	f	2026-06-16 13:14:34
267d446c-041c-403f-ae31-69d99837bc96	FT000000000664	LD250000000041	CIF0000000014	954000.00	VND	2026-06-16 14:24:47	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-16 14:27:47	2026-06-16 14:27:47	f	2026-06-16 15:24:47
f249c23f-ea41-4b4e-8f94-8838f1b5edd1	W4000000000727	W4250000000045	CIF0000000015	11517000.00	VND	2026-06-16 20:09:32	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-16 20:12:32	2026-06-16 20:12:32	f	2026-06-16 21:09:32
a12bd425-646d-4569-bd9d-61eaa6a0a7d8	W4000000001285	W4260000000080	CIF0000000027	3750000.00	VND	2026-06-17 16:51:43	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-17 16:54:43	2026-06-17 16:54:43	f	2026-06-17 17:51:43
423f3f58-94ec-485d-b338-abc108950d58	W4000000000361	W4230000000022	CIF0000000008	4650000.00	VND	2026-06-17 20:21:52	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-17 20:24:52	2026-06-17 20:24:52	f	2026-06-17 21:21:52
cefb5b8a-3d9e-4f72-8c01-4c70e36d0bfe	FT000000001147	LD230000000071	CIF0000000024	2230000.00	VND	2026-06-18 09:07:59	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-18 09:10:59	2026-06-18 09:10:59	f	2026-06-18 10:07:59
bc768fb2-b9db-4add-b58f-9eca92e8d190	FT000000000855	LD230000000053	CIF0000000018	24570000.00	VND	2026-06-18 10:40:50	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-18 10:43:50	2026-06-18 10:43:50	f	2026-06-18 11:40:50
6f89a813-ed76-4ea5-8afb-21f2f25e9075	FT000000000074	LD240000000004	CIF0000000002	13282000.00	VND	2026-06-19 13:52:03	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-19 13:55:03	2026-06-19 13:55:03	f	2026-06-19 14:52:03
4c04a8e0-b631-48e3-86c7-0e0ecbd35345	FT000000000215	LD230000000013	CIF0000000005	18066000.00	VND	2026-06-20 09:56:47	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-20 09:59:47	2026-06-20 09:59:47	f	2026-06-20 10:56:47
e3fe1c7b-9b2d-408a-a121-2a19c0a3a4c2	FT000000001380	LD260000000086	CIF0000000029	24381000.00	VND	2026-06-21 09:54:29	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-21 09:57:29	2026-06-21 09:57:29	f	2026-06-21 10:54:29
8bda5893-541f-499f-ad70-d2da417704ea	FT000000000330	LD240000000020	CIF0000000007	980000.00	VND	2026-06-21 15:52:09	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-21 15:55:09	2026-06-21 15:55:09	f	2026-06-21 16:52:09
77d24045-bd87-4125-a349-3e05f2412caa	FT000000000929	LD260000000058	CIF0000000020	102334000.00	VND	2026-06-22 09:36:06	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-22 09:39:06	2026-06-22 09:39:06	f	2026-06-22 10:36:06
6c522443-b2f2-47d6-9a46-d62f8d61a03c	FT000000000626	LD260000000039	CIF0000000013	3911000.00	VND	2026-06-22 11:16:21	BANK_TRANSFER	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-06-22 11:19:21	2026-06-22 11:19:21	f	2026-06-22 12:16:21
4afaf1a1-c291-4bc5-adff-490c238b588b	W4000000001286	W4260000000080	CIF0000000027	3750000.00	VND	2026-06-22 18:07:03	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-22 18:10:03	2026-06-22 18:10:03	f	2026-06-22 19:07:03
849451d2-2b53-42da-9118-3c9794e94767	FT000000000424	LD230000000026	CIF0000000009	900000.00	VND	2026-06-23 13:23:21	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-23 13:26:21	2026-06-23 13:26:21	f	2026-06-23 14:23:21
395b0e2c-0821-4991-a04e-501e524d099d	W4000000000346	W4230000000021	CIF0000000007	2600000.00	VND	2026-06-23 18:04:12	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-23 18:07:12	2026-06-23 18:07:12	f	2026-06-23 19:04:12
c4e0091c-87c4-4637-ba9d-33534496f32a	W4000000001354	W4250000000084	CIF0000000028	1453000.00	VND	2026-06-24 19:26:54	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-24 19:29:54	2026-06-24 19:29:54	f	2026-06-24 20:26:54
5636ee4b-7813-4d17-a4ef-414202389a05	FT000000000566	LD260000000035	CIF0000000012	3812000.00	VND	2026-06-25 13:33:08	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-25 13:36:08	2026-06-25 13:36:08	f	2026-06-25 14:33:08
d935709f-efaf-4bc6-ba15-fe46f18f55da	W4000000000277	W4260000000017	CIF0000000006	3000000.00	VND	2026-06-25 19:43:41	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-25 19:46:41	2026-06-25 19:46:41	f	2026-06-25 20:43:41
546d942c-2da4-48d0-b26b-9c237e20687e	FT000000001400	LD250000000087	CIF0000000029	10540000.00	VND	2026-06-26 20:51:02	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-26 20:54:02	2026-06-26 20:54:02	f	2026-06-26 21:51:02
b0726339-5884-4c6c-84e0-95344cc2e86e	FT000000001193	LD250000000074	CIF0000000025	2600000.00	VND	2026-06-27 16:15:05	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-27 16:18:05	2026-06-27 16:18:05	f	2026-06-27 17:15:05
0c59a313-af1b-40cd-895f-f67fa2019624	W4000000001239	W4260000000077	CIF0000000026	4572000.00	VND	2026-06-27 19:12:37	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-27 19:15:37	2026-06-27 19:15:37	f	2026-06-27 20:12:37
3711df02-0b84-48ba-bbc4-6de55acc7c3e	FT000000000135	LD230000000008	CIF0000000003	2693000.00	VND	2026-06-27 20:36:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-27 20:39:13	2026-06-27 20:39:13	f	2026-06-27 21:36:13
49fe0afc-45a0-4f33-9ac9-70c730a28391	FT000000001014	LD250000000063	CIF0000000021	7977000.00	VND	2026-06-28 18:31:32	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-28 18:34:32	2026-06-28 18:34:32	f	2026-06-28 19:31:32
50008a86-caa9-43e3-ac5c-c551cf5b69c5	FT000000001370	LD240000000085	CIF0000000029	82012000.00	VND	2026-06-28 19:25:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-28 19:28:13	2026-06-28 19:28:13	f	2026-06-28 20:25:13
edb3d934-a814-42be-aa59-ebdb3cb36ea2	W4000000000651	W4240000000040	CIF0000000014	850000.00	VND	2026-06-29 07:29:37	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-06-29 07:32:37	2026-06-29 07:32:37	f	2026-06-29 08:29:37
0e709953-8c1f-4683-a66a-6a9b632f3afa	FT000000000057	LD250000000003	CIF0000000001	8558000.00	VND	2026-06-29 16:23:53	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-29 16:26:53	2026-06-29 16:26:53	f	2026-06-29 17:23:53
d207d6cc-fd48-4706-992c-60724ce9fd3d	FT000000000503	LD250000000031	CIF0000000011	8372000.00	VND	2026-06-30 09:53:08	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-06-30 09:56:08	2026-06-30 09:56:08	f	2026-06-30 10:53:08
\.


--
-- Data for Name: payments_2026_q3; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2026_q3 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
2f8a2390-ff54-4209-85db-4dc0a8a1a3b1	FT000000000627	LD260000000039	CIF0000000013	3911000.00	VND	2026-07-01 07:10:55	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-01 07:13:55	2026-07-01 07:13:55	f	2026-07-01 08:10:55
2b045173-f20a-4706-ac99-51b9cb60384b	FT000000001175	LD240000000073	CIF0000000025	15939000.00	VND	2026-07-01 10:03:27	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-01 10:06:27	2026-07-01 10:06:27	f	2026-07-01 11:03:27
481d6623-781a-44a8-bafb-48a1846d4e7a	FT000000000475	LD220000000029	CIF0000000010	47636000.00	VND	2026-07-02 12:41:31	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-02 12:44:31	2026-07-02 12:44:31	f	2026-07-02 13:41:31
15844886-fe24-42a1-a27e-7242b37e6470	W4000000000025	W4250000000001	CIF0000000001	2046000.00	VND	2026-07-02 17:46:07	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-02 17:49:07	2026-07-02 17:49:07	f	2026-07-02 18:46:07
c15e7dba-8722-4394-8484-6233a1a5a5e1	FT000000000803	LD260000000050	CIF0000000017	2221000.00	VND	2026-07-02 18:03:02	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-02 18:06:02	2026-07-02 18:06:02	f	2026-07-02 19:03:02
17e338cb-099c-4a95-9f22-c19ba97951a6	FT000000001082	LD250000000067	CIF0000000023	11719000.00	VND	2026-07-03 15:02:33	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-03 15:05:33	2026-07-03 15:05:33	f	2026-07-03 16:02:33
955c2347-c4f0-49a8-82b3-7419024af225	W4000000000183	W4260000000011	CIF0000000004	2650000.00	VND	2026-07-03 16:13:37	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-03 16:16:37	2026-07-03 16:16:37	f	2026-07-03 17:13:37
ea27e47b-d760-4237-a2b3-f600de949e20	FT000000000584	LD240000000036	CIF0000000012	1092000.00	VND	2026-07-04 08:55:12	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-04 08:58:12	2026-07-04 08:58:12	f	2026-07-04 09:55:12
c81d36fc-6dcd-4e93-a995-ea5ecfc8a03f	FT000000001257	LD250000000078	CIF0000000026	1465000.00	VND	2026-07-04 12:49:45	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-04 12:52:45	2026-07-04 12:52:45	f	2026-07-04 13:49:45
a49bddbb-1c10-4cc7-b4ed-82fe7f28d9ba	FT000000000930	LD260000000058	CIF0000000020	55452000.00	VND	2026-07-05 17:52:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-05 17:55:13	2026-07-05 17:55:13	f	2026-07-05 18:52:13
fe33593b-9512-4cd0-9682-a4c6d7b1016f	W4000000001287	W4260000000080	CIF0000000027	3750000.00	VND	2026-07-05 20:00:01	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-05 20:03:01	2026-07-05 20:03:01	f	2026-07-05 21:00:01
4eb649df-c1b5-4333-8cd9-fc4aec3cf7ec	FT000000000393	LD250000000024	CIF0000000008	10149000.00	VND	2026-07-06 12:22:42	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-06 12:25:42	2026-07-06 12:25:42	f	2026-07-06 13:22:42
d9b16152-15f8-4dbe-af1c-08a0866a8cad	W4000000001095	W4250000000068	CIF0000000023	1100000.00	VND	2026-07-06 16:34:09	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-06 16:37:09	2026-07-06 16:37:09	f	2026-07-06 17:34:09
4cded7d1-fd19-4b9d-9037-58e0261f9a22	FT000000001305	LD240000000081	CIF0000000027	1896000.00	VND	2026-07-06 16:52:41	CASH	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-07-06 16:55:41	2026-07-06 16:55:41	f	2026-07-06 17:52:41
8eebc202-a0bf-44d8-aa50-e8ed6d6f6fbc	FT000000001416	LD250000000088	CIF0000000030	23245000.00	VND	2026-07-07 07:36:56	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-07 07:39:56	2026-07-07 07:39:56	f	2026-07-07 08:36:56
c302956e-cac8-4dc0-b811-58f40f849b41	W4000000000231	W4250000000014	CIF0000000005	7050000.00	VND	2026-07-08 07:02:10	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-08 07:05:10	2026-07-08 07:05:10	f	2026-07-08 08:02:10
c42b8208-a014-4d69-9f1e-6eb2b5fcafb9	W4000000000458	W4250000000028	CIF0000000010	3250000.00	VND	2026-07-08 07:26:08	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-08 07:29:08	2026-07-08 07:29:08	f	2026-07-08 08:26:08
74aa40a3-1564-4181-a77d-1cd762036971	W4000000001240	W4260000000077	CIF0000000026	4200000.00	VND	2026-07-08 08:03:35	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-08 08:06:35	2026-07-08 08:06:35	f	2026-07-08 09:03:35
07ba4ff1-e0bc-4c90-bcf8-071f80ef0b72	W4000000000728	W4250000000045	CIF0000000015	6450000.00	VND	2026-07-08 17:10:37	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-08 17:13:37	2026-07-08 17:13:37	f	2026-07-08 18:10:37
29a1e2a6-0cd3-45cd-8475-3ccf52808192	FT000000000567	LD260000000035	CIF0000000012	1585000.00	VND	2026-07-08 20:55:35	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-08 20:58:35	2026-07-08 20:58:35	f	2026-07-08 21:55:35
eaab4b4e-4525-4f99-829b-1a7b88b7e0b0	FT000000000804	LD260000000050	CIF0000000017	3901000.00	VND	2026-07-09 09:31:18	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-09 09:34:18	2026-07-09 09:34:18	f	2026-07-09 10:31:18
50271270-4ff5-4611-b6b7-884e894987c1	W4000000000827	W4230000000051	CIF0000000017	2750000.00	VND	2026-07-10 07:29:51	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-10 07:32:51	2026-07-10 07:32:51	f	2026-07-10 08:29:51
c1f48a5a-3a88-44a0-8966-3de5acf04c3d	W4000000000278	W4260000000017	CIF0000000006	5243000.00	VND	2026-07-10 09:03:47	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-10 09:06:47	2026-07-10 09:06:47	f	2026-07-10 10:03:47
b84c1c66-42b3-474f-9534-c837a78bb949	FT000000000252	LD250000000015	CIF0000000005	2854000.00	VND	2026-07-11 16:34:42	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-11 16:37:42	2026-07-11 16:37:42	f	2026-07-11 17:34:42
41f136c1-66f3-4f7a-b11a-1cf717412a41	FT000000001067	LD240000000066	CIF0000000022	19157000.00	VND	2026-07-12 11:18:48	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-12 11:21:48	2026-07-12 11:21:48	f	2026-07-12 12:18:48
9e65ae2b-8829-4f0a-847c-ed4d5b384c32	W4000000000901	W4260000000056	CIF0000000019	650000.00	VND	2026-07-13 10:09:31	COLLECTION_AGENT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-13 10:12:31	2026-07-13 10:12:31	f	2026-07-13 11:09:31
5d81deb1-2275-42d4-a7b4-c0fb80db593c	FT000000001335	LD250000000083	CIF0000000028	9126000.00	VND	2026-07-14 08:39:53	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-14 08:42:53	2026-07-14 08:42:53	f	2026-07-14 09:39:53
47dd583c-b964-4000-b531-0e4bea80624f	FT000000000838	LD260000000052	CIF0000000018	15261000.00	VND	2026-07-15 13:38:31	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-15 13:41:31	2026-07-15 13:41:31	f	2026-07-15 14:38:31
37d0f5cf-73c8-45bd-9331-4e0af53dfc6a	FT000000000805	LD260000000050	CIF0000000017	2853000.00	VND	2026-07-15 18:50:10	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-15 18:53:10	2026-07-15 18:53:10	f	2026-07-15 19:50:10
c893ddd3-df96-4dcd-bbb1-b8e69716209c	FT000000000551	LD250000000034	CIF0000000012	1296000.00	VND	2026-07-16 11:30:45	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-16 11:33:45	2026-07-16 11:33:45	f	2026-07-16 12:30:45
f9b5cbf0-182a-4ee8-88a5-2eea8c382771	W4000000000747	W4230000000046	CIF0000000016	3850000.00	VND	2026-07-16 18:13:46	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-16 18:16:46	2026-07-16 18:16:46	f	2026-07-16 19:13:46
012550da-bcfe-4301-85c9-430b0542bf57	W4000000000184	W4260000000011	CIF0000000004	1750000.00	VND	2026-07-17 11:08:39	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-17 11:11:39	2026-07-17 11:11:39	f	2026-07-17 12:08:39
2637ece6-091d-429b-89c9-8eefb915affa	FT000000000987	LD230000000061	CIF0000000021	16688000.00	VND	2026-07-17 17:14:39	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-17 17:17:39	2026-07-17 17:17:39	f	2026-07-17 18:14:39
35687b07-d737-4744-a4c5-5e3ffb01ea6b	FT000000001381	LD260000000086	CIF0000000029	24381000.00	VND	2026-07-18 08:40:04	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-18 08:43:04	2026-07-18 08:43:04	f	2026-07-18 09:40:04
ec53940b-a3dd-4cac-9201-57b211e71c31	FT000000001401	LD250000000087	CIF0000000029	8656000.00	VND	2026-07-18 18:15:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-18 18:18:01	2026-07-18 18:18:01	f	2026-07-18 19:15:01
185984b2-2190-45cd-8548-c34f4918f0e5	FT000000001112	LD230000000069	CIF0000000023	38386000.00	VND	2026-07-19 16:22:36	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-19 16:25:36	2026-07-19 16:25:36	f	2026-07-19 17:22:36
999d46be-f6b2-4ff4-b7ce-3e7d09858bc0	FT000000000298	LD230000000018	CIF0000000006	15747000.00	VND	2026-07-20 07:01:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-20 07:04:58	2026-07-20 07:04:58	f	2026-07-20 08:01:58
e573222a-1830-405b-8221-9e83eda819ea	W4000000001355	W4250000000084	CIF0000000028	1800000.00	VND	2026-07-20 13:37:18	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-20 13:40:18	2026-07-20 13:40:18	f	2026-07-20 14:37:18
9ce15b65-a020-43da-abd7-acaf087790fd	FT000000000568	LD260000000035	CIF0000000012	4592000.00	VND	2026-07-20 17:13:28	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-20 17:16:28	2026-07-20 17:16:28	f	2026-07-20 18:13:28
60d6cdc7-529c-4410-8a2d-f8abefb8914c	FT000000000931	LD260000000058	CIF0000000020	55452000.00	VND	2026-07-20 18:07:30	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-20 18:10:30	2026-07-20 18:10:30	f	2026-07-20 19:07:30
0bfde102-c00d-4ef2-83b5-cb6f29bec91d	FT000000000698	LD240000000043	CIF0000000015	7603000.00	VND	2026-07-21 09:41:17	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-21 09:44:17	2026-07-21 09:44:17	f	2026-07-21 10:41:17
df942dc1-e7fa-4011-a77e-b2fb9f73581b	FT000000000680	LD250000000042	CIF0000000014	4423000.00	VND	2026-07-21 16:13:56	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-07-21 16:16:56	2026-07-21 16:16:56	f	2026-07-21 17:13:56
f1873447-abff-41ee-b049-813d566f33d9	W4000000001241	W4260000000077	CIF0000000026	4199000.00	VND	2026-07-21 16:36:53	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-21 16:39:53	2026-07-21 16:39:53	f	2026-07-21 17:36:53
3e8a6c49-5845-4a89-91eb-95473451bf78	FT000000000369	LD260000000023	CIF0000000008	8342000.00	VND	2026-07-22 09:46:57	MOBILE_BANKING	FAILED	Sai thông tin tài khoản	T24	T24_SYNC	T24_SYNC	2026-07-22 09:49:57	2026-07-22 09:49:57	f	2026-07-22 10:46:57
47a22e45-9a36-479e-bb5b-71d7892d59e3	FT000000000440	LD250000000027	CIF0000000009	8833000.00	VND	2026-07-22 18:37:38	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2026-07-22 18:40:38	2026-07-22 18:40:38	f	2026-07-22 19:37:38
9514711a-f089-4c30-a4ed-c591b65d9b39	FT000000000628	LD260000000039	CIF0000000013	3911000.00	VND	2026-07-22 19:00:19	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-22 19:03:19	2026-07-22 19:03:19	f	2026-07-22 20:00:19
9b08f2ce-65ff-499b-a354-3528b7527c24	W4000000000489	W4250000000030	CIF0000000010	9950000.00	VND	2026-07-24 12:13:04	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-24 12:16:04	2026-07-24 12:16:04	f	2026-07-24 13:13:04
7b129bd7-92b6-422a-beb7-fe09d98404ce	FT000000000763	LD240000000047	CIF0000000016	25536000.00	VND	2026-07-25 17:03:36	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-25 17:06:36	2026-07-25 17:06:36	f	2026-07-25 18:03:36
36d7a095-2a4c-4ff4-8ba7-34e18a12dbe4	FT000000001083	LD250000000067	CIF0000000023	11719000.00	VND	2026-07-25 20:39:32	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-25 20:42:32	2026-07-25 20:42:32	f	2026-07-25 21:39:32
1c10a84e-42b8-4297-8fb1-f5397215dcaa	FT000000000793	LD240000000049	CIF0000000017	12788000.00	VND	2026-07-25 20:45:20	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-25 20:48:20	2026-07-25 20:48:20	f	2026-07-25 21:45:20
845b5d1b-b1e3-4edc-ad11-29a8e3d94d66	FT000000000923	LD240000000057	CIF0000000019	16159000.00	VND	2026-07-26 11:21:54	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-26 11:24:54	2026-07-26 11:24:54	f	2026-07-26 12:21:54
848fc32d-fe69-43b6-8d41-50c7ebfc897d	W4000000001096	W4250000000068	CIF0000000023	758000.00	VND	2026-07-26 13:52:41	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-26 13:55:41	2026-07-26 13:55:41	f	2026-07-26 14:52:41
2637babe-6a00-4bc0-bf3f-ac993e0d53ae	FT000000001015	LD250000000063	CIF0000000021	7977000.00	VND	2026-07-26 18:55:20	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-26 18:58:20	2026-07-26 18:58:20	f	2026-07-26 19:55:20
b4418368-1cbe-4ac7-9c85-843ba6a4216a	FT000000000779	LD230000000048	CIF0000000016	2736000.00	VND	2026-07-27 17:44:04	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-27 17:47:04	2026-07-27 17:47:04	f	2026-07-27 18:44:04
5db41884-3054-4a1b-9216-edbe681eef5c	FT000000001382	LD260000000086	CIF0000000029	33916000.00	VND	2026-07-27 18:00:09	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-07-27 18:03:09	2026-07-27 18:03:09	f	2026-07-27 19:00:09
308c5501-8ed5-4de8-8bbd-527d348bc6bf	FT000000001258	LD250000000078	CIF0000000026	789000.00	VND	2026-07-27 19:14:24	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-27 19:17:24	2026-07-27 19:17:24	f	2026-07-27 20:14:24
e355fed5-4ba0-4554-94e6-76ef1d8ada20	FT000000000954	LD220000000059	CIF0000000020	51914000.00	VND	2026-07-27 19:37:14	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-27 19:40:14	2026-07-27 19:40:14	f	2026-07-27 20:37:14
af08d4ed-146b-455a-bc89-db57b47db2b9	W4000000000362	W4230000000022	CIF0000000008	4650000.00	VND	2026-07-28 10:48:20	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-07-28 10:51:20	2026-07-28 10:51:20	f	2026-07-28 11:48:20
821f9b3e-b6b1-428c-b715-652c83ffeeb3	FT000000000932	LD260000000058	CIF0000000020	55452000.00	VND	2026-07-28 15:07:02	BANK_TRANSFER	FAILED	Tài khoản bị phong tỏa	T24	T24_SYNC	T24_SYNC	2026-07-28 15:10:02	2026-07-28 15:10:02	f	2026-07-28 16:07:02
6fe6f9c0-0582-4d08-b6a4-e907f94a6509	FT000000000618	LD250000000038	CIF0000000013	8010000.00	VND	2026-07-28 16:44:02	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-28 16:47:02	2026-07-28 16:47:02	f	2026-07-28 17:44:02
c2744b73-3170-473a-89a9-7bcb57486db5	FT000000001451	LD230000000090	CIF0000000030	33499000.00	VND	2026-07-29 15:30:23	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-29 15:33:23	2026-07-29 15:33:23	f	2026-07-29 16:30:23
55a00a47-e01b-4fb9-b181-f5a40ef12622	FT000000000806	LD260000000050	CIF0000000017	4721000.00	VND	2026-07-29 18:42:23	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-29 18:45:23	2026-07-29 18:45:23	f	2026-07-29 19:42:23
5572c293-a43e-4382-93ba-c078b1df9c31	FT000000000970	LD250000000060	CIF0000000020	5025000.00	VND	2026-07-30 16:26:13	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-30 16:29:13	2026-07-30 16:29:13	f	2026-07-30 17:26:13
a8a6fb84-e21d-4bce-adc8-bfee085baa40	FT000000000313	LD230000000019	CIF0000000007	4998000.00	VND	2026-07-30 16:44:44	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-30 16:47:44	2026-07-30 16:47:44	f	2026-07-30 17:44:44
c50e3c89-47e9-40c8-8485-d4f05d2715ac	FT000000000629	LD260000000039	CIF0000000013	3911000.00	VND	2026-07-31 17:59:53	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-31 18:02:53	2026-07-31 18:02:53	f	2026-07-31 18:59:53
8b140200-1593-44b9-894a-cccf9ab8a9b8	FT000000000370	LD260000000023	CIF0000000008	8342000.00	VND	2026-07-31 19:26:20	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-07-31 19:29:20	2026-07-31 19:29:20	f	2026-07-31 20:26:20
9284372f-900d-4807-b4a5-ebfdccb94b4c	W4000000001288	W4260000000080	CIF0000000027	3750000.00	VND	2026-08-01 13:22:09	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-01 13:25:09	2026-08-01 13:25:09	f	2026-08-01 14:22:09
5d003a0e-da91-4397-959e-97e882856fe6	FT000000000712	LD220000000044	CIF0000000015	36521000.00	VND	2026-08-01 14:40:35	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-01 14:43:35	2026-08-01 14:43:35	f	2026-08-01 15:40:35
47f38f9c-d008-4f7f-9edb-94c79539af00	W4000000000902	W4260000000056	CIF0000000019	650000.00	VND	2026-08-01 15:00:33	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-01 15:03:33	2026-08-01 15:03:33	f	2026-08-01 16:00:33
aa88eb33-ec39-407f-997f-9dbab254b23e	FT000000000075	LD240000000004	CIF0000000002	23248000.00	VND	2026-08-01 17:31:38	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-01 17:34:38	2026-08-01 17:34:38	f	2026-08-01 18:31:38
69ffd76b-6627-405d-91b7-4960b8231f2a	FT000000000839	LD260000000052	CIF0000000018	17503000.00	VND	2026-08-02 10:43:14	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-02 10:46:14	2026-08-02 10:46:14	f	2026-08-02 11:43:14
7a35b2ab-0c6f-45b3-b75d-f67b3225ddf3	W4000000000185	W4260000000011	CIF0000000004	1750000.00	VND	2026-08-03 12:09:18	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-03 12:12:18	2026-08-03 12:12:18	f	2026-08-03 13:09:18
22bbff86-88c5-4785-a303-37657bbd4e1f	FT000000000681	LD250000000042	CIF0000000014	6149000.00	VND	2026-08-04 07:00:02	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-04 07:03:02	2026-08-04 07:03:02	f	2026-08-04 08:00:02
a78c121b-f9bc-42b3-92b3-2a15da24d559	W4000000000459	W4250000000028	CIF0000000010	3250000.00	VND	2026-08-04 10:25:28	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-04 10:28:28	2026-08-04 10:28:28	f	2026-08-04 11:25:28
d123bb03-b891-4e3c-979c-185c5ea5df55	FT000000000933	LD260000000058	CIF0000000020	55452000.00	VND	2026-08-05 12:23:52	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-05 12:26:52	2026-08-05 12:26:52	f	2026-08-05 13:23:52
b96c67e3-5356-4a4a-99b5-9f6ce26558c1	W4000000000828	W4230000000051	CIF0000000017	3158000.00	VND	2026-08-05 13:01:06	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-05 13:04:06	2026-08-05 13:04:06	f	2026-08-05 14:01:06
194400f1-47f2-4b04-8701-ebf349e4bbf4	FT000000001194	LD250000000074	CIF0000000025	2600000.00	VND	2026-08-05 20:39:29	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-05 20:42:29	2026-08-05 20:42:29	f	2026-08-05 21:39:29
1093829e-ca4d-425f-9216-614951a2289c	FT000000000807	LD260000000050	CIF0000000017	2853000.00	VND	2026-08-06 08:01:03	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-06 08:04:03	2026-08-06 08:04:03	f	2026-08-06 09:01:03
18b36ada-9c58-403f-98e6-3404dda77388	FT000000001319	LD250000000082	CIF0000000028	5824000.00	VND	2026-08-07 11:35:11	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-07 11:38:11	2026-08-07 11:38:11	f	2026-08-07 12:35:11
96e99162-1d54-4e3f-9ca8-6ce6b5b212b2	W4000000000875	W4230000000054	CIF0000000018	1200000.00	VND	2026-08-07 18:25:01	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-07 18:28:01	2026-08-07 18:28:01	f	2026-08-07 19:25:01
758e8141-9513-4f76-b0d1-8835212ae0f1	FT000000000371	LD260000000023	CIF0000000008	8342000.00	VND	2026-08-07 18:45:10	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-07 18:48:10	2026-08-07 18:48:10	f	2026-08-07 19:45:10
5b9e7479-e9d9-456f-9814-715f89c3419f	FT000000000136	LD230000000008	CIF0000000003	7381000.00	VND	2026-08-08 15:29:09	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-08 15:32:09	2026-08-08 15:32:09	f	2026-08-08 16:29:09
5bf37cda-9cf4-43cc-acab-77c18fbfa91f	FT000000001160	LD250000000072	CIF0000000024	11467000.00	VND	2026-08-09 18:45:45	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-08-09 18:48:45	2026-08-09 18:48:45	f	2026-08-09 19:45:45
637908c3-4158-47b3-9616-e4025d943f18	FT000000001068	LD240000000066	CIF0000000022	19157000.00	VND	2026-08-09 20:47:07	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-09 20:50:07	2026-08-09 20:50:07	f	2026-08-09 21:47:07
a2fe42cf-9465-43e7-9ff3-c0dfad89d143	FT000000001371	LD240000000085	CIF0000000029	82012000.00	VND	2026-08-10 07:32:13	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-10 07:35:13	2026-08-10 07:35:13	f	2026-08-10 08:32:13
77f5677d-a850-4526-8425-09b31cc06079	FT000000000155	LD250000000009	CIF0000000003	5501000.00	VND	2026-08-10 09:13:55	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-10 09:16:55	2026-08-10 09:16:55	f	2026-08-10 10:13:55
40081ccc-d5ee-4abe-b003-c2773d16d5e0	FT000000001033	LD230000000064	CIF0000000022	8469000.00	VND	2026-08-10 20:21:06	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-10 20:24:06	2026-08-10 20:24:06	f	2026-08-10 21:21:06
2efcec84-b82e-4c24-bb19-5393106d017f	FT000000000630	LD260000000039	CIF0000000013	3911000.00	VND	2026-08-11 12:22:35	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-11 12:25:35	2026-08-11 12:25:35	f	2026-08-11 13:22:35
fd6b982e-55a9-4b16-a302-9887d17ef99c	FT000000000552	LD250000000034	CIF0000000012	1296000.00	VND	2026-08-12 11:21:28	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-12 11:24:28	2026-08-12 11:24:28	f	2026-08-12 12:21:28
a2a74823-45a5-4ca6-90af-45f54adbd321	W4000000000186	W4260000000011	CIF0000000004	1998000.00	VND	2026-08-13 07:29:25	COLLECTION_AGENT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-13 07:32:25	2026-08-13 07:32:25	f	2026-08-13 08:29:25
fa1d27e7-ec58-40f2-944b-a6d318d08b56	FT000000000169	LD230000000010	CIF0000000004	5959000.00	VND	2026-08-13 11:21:14	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-13 11:24:14	2026-08-13 11:24:14	f	2026-08-13 12:21:14
c206fc43-0a93-4945-b123-6fd58a6885ba	FT000000001336	LD250000000083	CIF0000000028	4583000.00	VND	2026-08-13 12:33:09	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-13 12:36:09	2026-08-13 12:36:09	f	2026-08-13 13:33:09
da1f16ad-cd3d-4902-944a-7ae621e2e461	FT000000000372	LD260000000023	CIF0000000008	8342000.00	VND	2026-08-14 15:21:34	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-14 15:24:34	2026-08-14 15:24:34	f	2026-08-14 16:21:34
7f54eebb-77e7-4daa-8ac6-b780d41406e3	FT000000001176	LD240000000073	CIF0000000025	15939000.00	VND	2026-08-14 19:37:30	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-14 19:40:30	2026-08-14 19:40:30	f	2026-08-14 20:37:30
dfb8bd52-ba66-493f-a9e5-138d711d3566	W4000000000347	W4230000000021	CIF0000000007	2828000.00	VND	2026-08-14 20:52:09	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-14 20:55:09	2026-08-14 20:55:09	f	2026-08-14 21:52:09
322ba469-f427-4866-a639-49228214b5e8	FT000000000585	LD240000000036	CIF0000000012	1301000.00	VND	2026-08-16 08:11:17	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-16 08:14:17	2026-08-16 08:14:17	f	2026-08-16 09:11:17
e77f7ffd-6d54-4490-a9b5-ce20ab3c9235	FT000000000665	LD250000000041	CIF0000000014	954000.00	VND	2026-08-16 10:47:17	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-16 10:50:17	2026-08-16 10:50:17	f	2026-08-16 11:47:17
eb942b24-ee33-47f3-8db9-0562dcfc321b	W4000000000232	W4250000000014	CIF0000000005	7050000.00	VND	2026-08-16 13:57:48	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-16 14:00:48	2026-08-16 14:00:48	f	2026-08-16 14:57:48
938d04c2-634f-4098-bc16-a1330f54218a	FT000000000840	LD260000000052	CIF0000000018	10501000.00	VND	2026-08-16 14:20:08	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-16 14:23:08	2026-08-16 14:23:08	f	2026-08-16 15:20:08
36c0f11c-1621-4169-8248-468acdc1157b	FT000000001148	LD230000000071	CIF0000000024	1862000.00	VND	2026-08-16 18:19:08	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-16 18:22:08	2026-08-16 18:22:08	f	2026-08-16 19:19:08
eef7be58-8668-4917-8b71-302c17e79f48	W4000000000903	W4260000000056	CIF0000000019	650000.00	VND	2026-08-16 20:36:46	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-16 20:39:46	2026-08-16 20:39:46	f	2026-08-16 21:36:46
1c71daf4-84fa-46c9-9605-a3f9d92c3a4b	W4000000001097	W4250000000068	CIF0000000023	1100000.00	VND	2026-08-17 10:33:25	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-17 10:36:25	2026-08-17 10:36:25	f	2026-08-17 11:33:25
31113fa1-3f60-4856-b5a9-87421e59b2b3	FT000000000476	LD220000000029	CIF0000000010	47636000.00	VND	2026-08-17 12:10:12	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-17 12:13:12	2026-08-17 12:13:12	f	2026-08-17 13:10:12
2e7fa79c-078e-4647-b49b-d2633fd9b6f4	FT000000000538	LD240000000033	CIF0000000011	11620000.00	VND	2026-08-17 16:11:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-17 16:14:58	2026-08-17 16:14:58	f	2026-08-17 17:11:58
6d824150-95e3-4b92-8a67-462dadd41a0e	W4000000001208	W4240000000075	CIF0000000025	7350000.00	VND	2026-08-17 19:21:23	CASH	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-17 19:24:23	2026-08-17 19:24:23	f	2026-08-17 20:21:23
3990f43f-f055-4d3c-8dd5-a96d235a1500	FT000000000504	LD250000000031	CIF0000000011	8372000.00	VND	2026-08-18 18:01:26	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-18 18:04:26	2026-08-18 18:04:26	f	2026-08-18 19:01:26
a9da7d03-638b-4361-abe2-66678d4abd1c	FT000000000856	LD230000000053	CIF0000000018	24570000.00	VND	2026-08-19 13:27:09	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-19 13:30:09	2026-08-19 13:30:09	f	2026-08-19 14:27:09
6713da59-2b52-4ae8-89e6-9c5ca2a4cf7a	FT000000001417	LD250000000088	CIF0000000030	23245000.00	VND	2026-08-20 12:02:03	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-20 12:05:03	2026-08-20 12:05:03	f	2026-08-20 13:02:03
eeb2d8af-d601-4184-a5fb-ff560ff9a661	FT000000000934	LD260000000058	CIF0000000020	55452000.00	VND	2026-08-20 20:44:05	COLLECTION_AGENT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-20 20:47:05	2026-08-20 20:47:05	f	2026-08-20 21:44:05
f9275b3b-fa4c-440d-bb5c-1fbddbf47d9f	FT000000000569	LD260000000035	CIF0000000012	4592000.00	VND	2026-08-21 07:49:01	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-21 07:52:01	2026-08-21 07:52:01	f	2026-08-21 08:49:01
15ee0197-d711-4fea-814b-17f47ce32e44	FT000000000040	LD230000000002	CIF0000000001	1914000.00	VND	2026-08-21 09:21:21	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-21 09:24:21	2026-08-21 09:24:21	f	2026-08-21 10:21:21
3620f835-0bb9-4053-8878-48f2449498ff	FT000000000808	LD260000000050	CIF0000000017	5096000.00	VND	2026-08-22 12:30:27	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-22 12:33:27	2026-08-22 12:33:27	f	2026-08-22 13:30:27
1972d058-c0f0-4c64-9675-0774d7d67c21	W4000000001242	W4260000000077	CIF0000000026	4074000.00	VND	2026-08-22 12:31:30	E_WALLET	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-22 12:34:30	2026-08-22 12:34:30	f	2026-08-22 13:31:30
3455be32-b9fa-439a-997e-780446c4f7fe	FT000000000216	LD230000000013	CIF0000000005	18066000.00	VND	2026-08-23 07:31:26	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-23 07:34:26	2026-08-23 07:34:26	f	2026-08-23 08:31:26
ac888a03-4bf3-4e95-856a-2f9fa267c919	W4000000001289	W4260000000080	CIF0000000027	3750000.00	VND	2026-08-24 16:18:41	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-24 16:21:41	2026-08-24 16:21:41	f	2026-08-24 17:18:41
f9e940e6-2ff1-4f14-b59f-a95ef0c3a4fd	FT000000001383	LD260000000086	CIF0000000029	21215000.00	VND	2026-08-25 07:52:15	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-25 07:55:15	2026-08-25 07:55:15	f	2026-08-25 08:52:15
4822feb3-dc0d-43dd-a936-f689b532f0ef	FT000000000988	LD230000000061	CIF0000000021	16688000.00	VND	2026-08-25 10:30:50	BANK_TRANSFER	REVERSED	Khách hàng khiếu nại giao dịch	T24	T24_SYNC	T24_SYNC	2026-08-25 10:33:50	2026-08-25 10:33:50	f	2026-08-25 11:30:50
646e49c1-0b29-40ca-8440-6be45704b303	FT000000000971	LD250000000060	CIF0000000020	7422000.00	VND	2026-08-25 14:55:41	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-25 14:58:41	2026-08-25 14:58:41	f	2026-08-25 15:55:41
3a355aca-2b30-452a-90c5-e48499b668ac	FT000000000058	LD250000000003	CIF0000000001	5396000.00	VND	2026-08-25 16:18:52	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-25 16:21:52	2026-08-25 16:21:52	f	2026-08-25 17:18:52
19182da1-b769-43be-bb51-170e68ef021e	FT000000001402	LD250000000087	CIF0000000029	10540000.00	VND	2026-08-26 13:35:58	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-26 13:38:58	2026-08-26 13:38:58	f	2026-08-26 14:35:58
a9d3d82e-aa42-42e8-8682-2b83cbdaf285	FT000000000935	LD260000000058	CIF0000000020	55452000.00	VND	2026-08-26 20:23:36	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-26 20:26:36	2026-08-26 20:26:36	f	2026-08-26 21:23:36
e483893e-acc3-44a6-bfa7-777377efc442	FT000000000764	LD240000000047	CIF0000000016	25536000.00	VND	2026-08-27 20:18:39	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-27 20:21:39	2026-08-27 20:21:39	f	2026-08-27 21:18:39
7791971a-eae8-48ce-8564-e1d4df11236f	FT000000000299	LD230000000018	CIF0000000006	14294000.00	VND	2026-08-28 11:07:04	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-28 11:10:04	2026-08-28 11:10:04	f	2026-08-28 12:07:04
b058063a-b032-4b8b-b2fe-2164c7adb2a3	W4000000000279	W4260000000017	CIF0000000006	3000000.00	VND	2026-08-28 19:15:25	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-28 19:18:25	2026-08-28 19:18:25	f	2026-08-28 20:15:25
556d4c07-7263-4a3a-88ff-5c5bf0920891	FT000000000809	LD260000000050	CIF0000000017	2853000.00	VND	2026-08-28 19:49:04	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-28 19:52:04	2026-08-28 19:52:04	f	2026-08-28 20:49:04
89c0779f-8e1e-4452-a544-107c10f3ab91	W4000000001356	W4250000000084	CIF0000000028	1800000.00	VND	2026-08-29 19:15:11	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-29 19:18:11	2026-08-29 19:18:11	f	2026-08-29 20:15:11
9c86f59a-8136-459d-8b1c-4f0cd145c0b3	FT000000001084	LD250000000067	CIF0000000023	4926000.00	VND	2026-08-30 12:36:13	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-30 12:39:13	2026-08-30 12:39:13	f	2026-08-30 13:36:13
9cf62cb3-ffba-45fb-adc3-27ade5987ad1	W4000000000904	W4260000000056	CIF0000000019	451000.00	VND	2026-08-30 15:45:21	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-30 15:48:21	2026-08-30 15:48:21	f	2026-08-30 16:45:21
e4d0091c-df69-4e8a-baaf-46e0bee45e5c	FT000000000631	LD260000000039	CIF0000000013	3911000.00	VND	2026-08-31 09:59:06	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-31 10:02:06	2026-08-31 10:02:06	f	2026-08-31 10:59:06
07960bdf-cafe-4392-9eb8-6c13d4bdfaf9	W4000000000490	W4250000000030	CIF0000000010	9950000.00	VND	2026-08-31 11:08:54	AUTO_DEBIT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-08-31 11:11:54	2026-08-31 11:11:54	f	2026-08-31 12:08:54
15d039da-2838-411c-abd1-065117c17f69	FT000000000373	LD260000000023	CIF0000000008	9640000.00	VND	2026-08-31 18:48:09	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-08-31 18:51:09	2026-08-31 18:51:09	f	2026-08-31 19:48:09
5fdd9b1f-512c-4480-8e9c-d7fe4eef15f8	FT000000000425	LD230000000026	CIF0000000009	291000.00	VND	2026-09-01 14:38:25	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-01 14:41:25	2026-09-01 14:41:25	f	2026-09-01 15:38:25
15b36c23-d020-49a8-a03d-a438a7743ead	FT000000001259	LD250000000078	CIF0000000026	765000.00	VND	2026-09-01 16:19:31	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-01 16:22:31	2026-09-01 16:22:31	f	2026-09-01 17:19:31
1f86a185-6bf4-4a26-8dc2-0cc934ac6e67	W4000000000748	W4230000000046	CIF0000000016	3850000.00	VND	2026-09-02 10:55:36	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-02 10:58:36	2026-09-02 10:58:36	f	2026-09-02 11:55:36
672bdeef-30b8-4bf0-8c81-51afec9e7f32	FT000000000924	LD240000000057	CIF0000000019	29031000.00	VND	2026-09-02 13:42:48	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-02 13:45:48	2026-09-02 13:45:48	f	2026-09-02 14:42:48
de95a55e-b195-47e5-82f1-6567bb80b27e	FT000000000441	LD250000000027	CIF0000000009	8833000.00	VND	2026-09-02 14:34:22	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-02 14:37:22	2026-09-02 14:37:22	f	2026-09-02 15:34:22
94a55bcd-fe89-470c-88a4-300ecdbd178f	W4000000000280	W4260000000017	CIF0000000006	4202000.00	VND	2026-09-02 20:24:19	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-02 20:27:19	2026-09-02 20:27:19	f	2026-09-02 21:24:19
d3c4c5e5-d6b0-4043-acf0-527e14e91af4	FT000000000936	LD260000000058	CIF0000000020	77764000.00	VND	2026-09-03 18:05:29	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-03 18:08:29	2026-09-03 18:08:29	f	2026-09-03 19:05:29
c2f46005-e25e-492d-af5e-04187d09f3ab	FT000000000810	LD260000000050	CIF0000000017	3720000.00	VND	2026-09-03 20:22:29	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-03 20:25:29	2026-09-03 20:25:29	f	2026-09-03 21:22:29
89bf7c65-854f-48b7-bc37-0c2066416320	W4000000001098	W4250000000068	CIF0000000023	1100000.00	VND	2026-09-04 16:56:17	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-04 16:59:17	2026-09-04 16:59:17	f	2026-09-04 17:56:17
5ead095e-3a7a-4b30-9ef9-3b4ab3c2c9d8	W4000000001243	W4260000000077	CIF0000000026	4200000.00	VND	2026-09-04 19:53:30	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-04 19:56:30	2026-09-04 19:56:30	f	2026-09-04 20:53:30
a16cf4b1-ba6d-49ef-b2c9-5f9456ccd63d	FT000000000570	LD260000000035	CIF0000000012	3835000.00	VND	2026-09-05 08:56:52	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-05 08:59:52	2026-09-05 08:59:52	f	2026-09-05 09:56:52
95566778-fbea-41fc-bb9d-96d62b5be284	W4000000001290	W4260000000080	CIF0000000027	3750000.00	VND	2026-09-05 15:48:13	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-05 15:51:13	2026-09-05 15:51:13	f	2026-09-05 16:48:13
44c9123d-8e31-4941-9124-62d18ab4c3fe	W4000000000026	W4250000000001	CIF0000000001	4254000.00	VND	2026-09-05 17:47:31	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-05 17:50:31	2026-09-05 17:50:31	f	2026-09-05 18:47:31
b32f807f-c38c-403b-a639-747aa0f75d18	FT000000000619	LD250000000038	CIF0000000013	8010000.00	VND	2026-09-06 12:43:43	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	T24	T24_SYNC	T24_SYNC	2026-09-06 12:46:43	2026-09-06 12:46:43	f	2026-09-06 13:43:43
739d5351-148e-4c8c-8331-4dd08b4aeca2	FT000000000374	LD260000000023	CIF0000000008	8342000.00	VND	2026-09-06 13:26:51	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-06 13:29:51	2026-09-06 13:29:51	f	2026-09-06 14:26:51
97036191-dd73-42c9-9e04-d53eb1cd36fc	FT000000000104	LD240000000006	CIF0000000002	13914000.00	VND	2026-09-08 17:13:41	E_WALLET	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-09-08 17:16:41	2026-09-08 17:16:41	f	2026-09-08 18:13:41
e083fce7-c8dd-4f0c-a2ca-1ddc4c5bb1bd	FT000000000156	LD250000000009	CIF0000000003	5501000.00	VND	2026-09-08 18:51:38	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-08 18:54:38	2026-09-08 18:54:38	f	2026-09-08 19:51:38
22b5de0b-c493-4edc-92c1-e194cd95449c	FT000000001384	LD260000000086	CIF0000000029	45590000.00	VND	2026-09-09 13:08:39	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-09 13:11:39	2026-09-09 13:11:39	f	2026-09-09 14:08:39
f4a050e1-eff0-41c9-bd78-a5cc2be08654	FT000000000937	LD260000000058	CIF0000000020	55452000.00	VND	2026-09-10 17:42:07	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-10 17:45:07	2026-09-10 17:45:07	f	2026-09-10 18:42:07
70ab2c2f-97d1-40c8-bbfe-c615f9736f2e	FT000000000200	LD230000000012	CIF0000000004	7147000.00	VND	2026-09-11 17:30:38	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-11 17:33:38	2026-09-11 17:33:38	f	2026-09-11 18:30:38
e0e1b7ca-a65b-4863-9e45-a9e4e4691ac7	W4000000000187	W4260000000011	CIF0000000004	1750000.00	VND	2026-09-12 07:51:22	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-12 07:54:22	2026-09-12 07:54:22	f	2026-09-12 08:51:22
4f9dbe8f-c9b2-4943-a000-027d7dd3473c	FT000000000632	LD260000000039	CIF0000000013	1551000.00	VND	2026-09-12 13:06:35	BANK_TRANSFER	FAILED	Không đủ số dư	T24	T24_SYNC	T24_SYNC	2026-09-12 13:09:35	2026-09-12 13:09:35	f	2026-09-12 14:06:35
39514072-cc90-46f7-8ae8-0a8c8c4764a6	FT000000001403	LD250000000087	CIF0000000029	17250000.00	VND	2026-09-12 14:00:21	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-12 14:03:21	2026-09-12 14:03:21	f	2026-09-12 15:00:21
6ba961bc-b3c9-4494-aad9-c8ef04fcc0e7	FT000000000375	LD260000000023	CIF0000000008	3890000.00	VND	2026-09-13 07:33:36	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-13 07:36:36	2026-09-13 07:36:36	f	2026-09-13 08:33:36
4080884f-dd03-42b5-b606-3cca3c395527	FT000000001320	LD250000000082	CIF0000000028	12061000.00	VND	2026-09-13 18:57:07	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-13 19:00:07	2026-09-13 19:00:07	f	2026-09-13 19:57:07
73955036-5abf-4853-b53c-4739fd45261a	FT000000001161	LD250000000072	CIF0000000024	11467000.00	VND	2026-09-13 20:53:12	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-13 20:56:12	2026-09-13 20:56:12	f	2026-09-13 21:53:12
79ce75e2-16fd-4bd9-8596-707b4dc85d70	FT000000001306	LD240000000081	CIF0000000027	3611000.00	VND	2026-09-15 12:52:20	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-15 12:55:20	2026-09-15 12:55:20	f	2026-09-15 13:52:20
96a657c1-4430-4d35-8251-9b23f8a2078b	FT000000000571	LD260000000035	CIF0000000012	6320000.00	VND	2026-09-15 15:33:44	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-15 15:36:44	2026-09-15 15:36:44	f	2026-09-15 16:33:44
44c85add-3ab2-4dd9-b434-dbdbcff3261d	W4000000000411	W4230000000025	CIF0000000009	8550000.00	VND	2026-09-16 19:02:57	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-16 19:05:57	2026-09-16 19:05:57	f	2026-09-16 20:02:57
c6fda6ee-13c4-47e2-9a9d-95711b56a98a	W4000000001244	W4260000000077	CIF0000000026	4200000.00	VND	2026-09-17 13:35:12	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-17 13:38:12	2026-09-17 13:38:12	f	2026-09-17 14:35:12
bfb94b74-3e7a-46fa-807c-3ae67beec04b	W4000000000729	W4250000000045	CIF0000000015	6450000.00	VND	2026-09-19 17:32:59	AUTO_DEBIT	FAILED	Ngân hàng đối tác không phản hồi	W4	W4_SYNC	W4_SYNC	2026-09-19 17:35:59	2026-09-19 17:35:59	f	2026-09-19 18:32:59
b34474e9-162d-4b04-b195-f9cd03362890	FT000000000633	LD260000000039	CIF0000000013	3911000.00	VND	2026-09-20 07:25:01	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-20 07:28:01	2026-09-20 07:28:01	f	2026-09-20 08:25:01
5e7127d9-5544-4733-bff1-079c62d75f1d	FT000000000811	LD260000000050	CIF0000000017	3864000.00	VND	2026-09-20 08:39:21	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-20 08:42:21	2026-09-20 08:42:21	f	2026-09-20 09:39:21
15118d6d-3240-4f0f-9f14-0cef97e378bb	FT000000000666	LD250000000041	CIF0000000014	954000.00	VND	2026-09-20 18:42:31	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-20 18:45:31	2026-09-20 18:45:31	f	2026-09-20 19:42:31
16fe3e9b-8453-4a9c-b96e-4cda7edf0646	FT000000000891	LD230000000055	CIF0000000019	18065000.00	VND	2026-09-20 20:42:29	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-20 20:45:29	2026-09-20 20:45:29	f	2026-09-20 21:42:29
f88cf162-f88c-40ed-ae56-5d3365505e7c	FT000000001385	LD260000000086	CIF0000000029	24381000.00	VND	2026-09-21 07:10:32	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-21 07:13:32	2026-09-21 07:13:32	f	2026-09-21 08:10:32
5186ff16-6050-4701-ac20-ea90dbfdd16f	W4000000001291	W4260000000080	CIF0000000027	3750000.00	VND	2026-09-21 08:03:46	COLLECTION_AGENT	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-21 08:06:46	2026-09-21 08:06:46	f	2026-09-21 09:03:46
74a36f22-bf8b-48bc-9f49-17b05a29928a	FT000000000059	LD250000000003	CIF0000000001	7430000.00	VND	2026-09-22 07:36:10	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-22 07:39:10	2026-09-22 07:39:10	f	2026-09-22 08:36:10
a901a7b5-e387-45ea-9e1e-072b35bf08f1	FT000000000523	LD240000000032	CIF0000000011	6784000.00	VND	2026-09-22 11:44:38	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-22 11:47:38	2026-09-22 11:47:38	f	2026-09-22 12:44:38
4bd65d97-c1fc-49bb-b682-7b7e664bbbb1	W4000000000123	W4240000000007	CIF0000000003	1850000.00	VND	2026-09-23 07:58:36	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-23 08:01:36	2026-09-23 08:01:36	f	2026-09-23 08:58:36
b7040370-ea00-4dcf-a238-ebe0f1c99358	FT000000000394	LD250000000024	CIF0000000008	8607000.00	VND	2026-09-23 17:13:46	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-23 17:16:46	2026-09-23 17:16:46	f	2026-09-23 18:13:46
4889c08c-98b4-422d-809e-f4d2f3dad0d3	FT000000000841	LD260000000052	CIF0000000018	15261000.00	VND	2026-09-24 08:31:16	E_WALLET	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-24 08:34:16	2026-09-24 08:34:16	f	2026-09-24 09:31:16
49700d31-9565-42f1-9dd9-9be36d6e5e6b	W4000000000188	W4260000000011	CIF0000000004	1750000.00	VND	2026-09-25 17:30:24	BANK_TRANSFER	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-25 17:33:24	2026-09-25 17:33:24	f	2026-09-25 18:30:24
cd326dc1-3c50-4e72-aac4-00603e2a6841	W4000000000267	W4230000000016	CIF0000000006	4050000.00	VND	2026-09-25 20:08:58	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-25 20:11:58	2026-09-25 20:11:58	f	2026-09-25 21:08:58
8a2d9526-79ef-4d92-9672-963cb1be836e	FT000000000682	LD250000000042	CIF0000000014	4423000.00	VND	2026-09-26 15:01:47	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-26 15:04:47	2026-09-26 15:04:47	f	2026-09-26 16:01:47
83fdfe6f-7daa-41ef-a120-37577ef96774	FT000000000812	LD260000000050	CIF0000000017	2853000.00	VND	2026-09-27 17:37:18	MOBILE_BANKING	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-27 17:40:18	2026-09-27 17:40:18	f	2026-09-27 18:37:18
5de56e86-f845-4503-b59a-4e8845fc8154	FT000000000938	LD260000000058	CIF0000000020	55452000.00	VND	2026-09-27 20:43:15	CASH	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-27 20:46:15	2026-09-27 20:46:15	f	2026-09-27 21:43:15
53a13bca-e7b6-4c15-b347-b3d38c594fe5	FT000000001418	LD250000000088	CIF0000000030	23245000.00	VND	2026-09-27 20:55:54	BANK_TRANSFER	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-27 20:58:54	2026-09-27 20:58:54	f	2026-09-27 21:55:54
3fbc43fa-dfda-452a-ba58-fb06f8228e55	W4000000000905	W4260000000056	CIF0000000019	292000.00	VND	2026-09-28 14:28:33	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-28 14:31:33	2026-09-28 14:31:33	f	2026-09-28 15:28:33
8ea8d056-2c2c-42c5-b9ad-f3acbb221c71	FT000000001016	LD250000000063	CIF0000000021	7977000.00	VND	2026-09-28 15:43:03	AUTO_DEBIT	PENDING	Chờ ngân hàng xác nhận	T24	T24_SYNC	T24_SYNC	2026-09-28 15:46:03	2026-09-28 15:46:03	f	2026-09-28 16:43:03
be52d62a-d48a-460b-b9a7-0c31eee39381	FT000000001274	LD240000000079	CIF0000000027	28515000.00	VND	2026-09-29 07:46:26	AUTO_DEBIT	PENDING	Chờ ngân hàng xác nhận	T24	T24_SYNC	T24_SYNC	2026-09-29 07:49:26	2026-09-29 07:49:26	f	2026-09-29 08:46:26
d148206b-5d03-46db-beee-ef5198b0b411	FT000000000376	LD260000000023	CIF0000000008	8342000.00	VND	2026-09-29 10:18:42	AUTO_DEBIT	COMPLETED	\N	T24	T24_SYNC	T24_SYNC	2026-09-29 10:21:42	2026-09-29 10:21:42	f	2026-09-29 11:18:42
60fec7e7-eb2f-4bf1-96f4-f6a100906acc	FT000000000331	LD240000000020	CIF0000000007	876000.00	VND	2026-09-29 10:19:45	BANK_TRANSFER	PENDING	Chờ ngân hàng xác nhận	T24	T24_SYNC	T24_SYNC	2026-09-29 10:22:45	2026-09-29 10:22:45	f	2026-09-29 11:19:45
e12a5e63-483d-4ae4-bc82-4c47ae2c411f	FT000000001432	LD250000000089	CIF0000000030	344647000.00	VND	2026-09-29 11:42:07	BANK_TRANSFER	PENDING	Chờ ngân hàng xác nhận	T24	T24_SYNC	T24_SYNC	2026-09-29 11:45:07	2026-09-29 11:45:07	f	2026-09-29 12:42:07
4b3ca7b9-4280-4cbd-bc5c-2001c70d7f49	W4000000000460	W4250000000028	CIF0000000010	3049000.00	VND	2026-09-30 08:16:41	MOBILE_BANKING	COMPLETED	\N	W4	W4_SYNC	W4_SYNC	2026-09-30 08:19:41	2026-09-30 08:19:41	f	2026-09-30 09:16:41
\.


--
-- Data for Name: payments_2026_q4; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2026_q4 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
\.


--
-- Data for Name: payments_2027_q1; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2027_q1 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
\.


--
-- Data for Name: payments_2027_q2; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2027_q2 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
\.


--
-- Data for Name: payments_2027_q3; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2027_q3 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
\.


--
-- Data for Name: payments_2027_q4; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_2027_q4 (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
\.


--
-- Data for Name: payments_default; Type: TABLE DATA; Schema: payment_service; Owner: -
--

COPY payment_service.payments_default (id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method, status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at) FROM stdin;
\.


--
-- Data for Name: action_records_2024_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2024_q4 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
aeaee80e-832e-4a91-adee-24a0d2b7947b	CIF0000000022	LD240000000066	ea7afd25-bdb2-44fd-a022-e266d1504fe9	LETTER	DEMAND_LETTER	DELIVERED	2024-10-02 10:09:01	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2024-10-02 10:11:01	2024-10-02 10:11:01	toandd8	toandd8
8d1f23a6-3d83-41c9-be5f-3b9c9a19e3ec	CIF0000000002	LD230000000005	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	WRONG_NUMBER	2024-10-09 16:18:37	Số điện thoại đã đổi chủ	CT000000000041	\N	\N	\N	2024-10-09 16:20:37	2024-10-09 16:20:37	quyenpk4	quyenpk4
8e9ea007-b995-4318-ac9b-88f94a330185	CIF0000000025	W4240000000075	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2024-10-10 18:27:05	Đã thông báo số tiền quá hạn	CT000000000601	\N	\N	\N	2024-10-10 18:29:05	2024-10-10 18:29:05	quyenpk4	quyenpk4
6557d57a-b006-4c6f-918f-4c3fff7acafc	CIF0000000020	LD220000000059	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	PAYMENT_PROMISE	2024-10-17 10:12:45	KH hẹn chuyển khoản cuối tháng	CT000000000473	\N	\N	\N	2024-10-17 10:14:45	2024-10-17 10:14:45	ngocht10	ngocht10
40c73115-78fa-4aba-bdc2-16454d42bedd	CIF0000000017	W4230000000051	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2024-10-20 12:05:51	KH hẹn chuyển khoản cuối tháng	CT000000000409	\N	\N	\N	2024-10-20 12:07:51	2024-10-20 12:07:51	quyenpk4	quyenpk4
8eb7e3a9-36ac-4b81-9652-b493052a7121	CIF0000000018	LD230000000053	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	LETTER	DEMAND_LETTER	RETURNED	2024-10-22 19:00:39	Thư bị trả lại	\N	\N	\N	\N	2024-10-22 19:02:39	2024-10-22 19:02:39	thanhnt7	thanhnt7
b3b7a322-99f7-4ad9-822c-1dac404d1fde	CIF0000000024	LD230000000071	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2024-10-26 12:52:06	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000569	\N	\N	\N	2024-10-26 12:54:06	2024-10-26 12:54:06	anlv5	anlv5
9aa3852b-89af-4956-9131-2649153462c7	CIF0000000027	LD240000000081	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2024-10-26 18:26:58	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000649	\N	\N	\N	2024-10-26 18:28:58	2024-10-26 18:28:58	ngocht10	ngocht10
d9fe133f-409f-42a9-8494-0c49b35670be	CIF0000000004	LD230000000012	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	OFFICE_VISIT	CUSTOMER_NOT_HOME	2024-10-27 10:24:34	Gặp người thân; đã nhắn lại	\N	21.01459856	105.82947818	28 Quang Trung, Phường 5, Quận Đống Đa, Hà Nội	2024-10-27 10:26:34	2024-10-27 10:26:34	sonnd3	sonnd3
4d630214-c076-4ef5-b9d2-23033d291280	CIF0000000006	W4230000000016	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2024-10-29 08:05:09	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2024-10-29 08:07:09	2024-10-29 08:07:09	toandd8	toandd8
4953c6f5-2187-43ac-8a58-de44b0797f6d	CIF0000000026	LD240000000076	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	INBOUND_CALL	NO_ANSWER	2024-10-30 17:29:28	Gọi 3 lần không bắt máy	CT000000000609	\N	\N	\N	2024-10-30 17:31:28	2024-10-30 17:31:28	quyenpk4	quyenpk4
f21e335a-51a8-45ac-9e9f-3e9cc6a79a57	CIF0000000015	LD220000000044	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2024-10-30 17:40:00	Khách hàng xác nhận khoản nợ	CT000000000353	\N	\N	\N	2024-10-30 17:42:00	2024-10-30 17:42:00	ngocht10	ngocht10
01c48efd-6ec7-4623-84f0-6101cc342657	CIF0000000013	LD230000000037	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2024-11-03 19:09:09	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2024-11-03 19:11:09	2024-11-03 19:11:09	toandd8	toandd8
736d8213-c5d0-48bd-a515-f5bcf057b8f0	CIF0000000009	W4230000000025	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	NO_ANSWER	2024-11-04 18:12:53	Gọi 3 lần không bắt máy	CT000000000201	\N	\N	\N	2024-11-04 18:14:53	2024-11-04 18:14:53	anlv5	anlv5
457671b4-b754-4ae9-868f-8120a876a805	CIF0000000017	LD240000000049	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2024-11-10 17:06:36	Thuê bao không liên lạc được	CT000000000393	\N	\N	\N	2024-11-10 17:08:36	2024-11-10 17:08:36	quyenpk4	quyenpk4
4e2c8f47-e96a-4303-903b-f6c687415422	CIF0000000018	W4230000000054	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2024-11-11 12:03:52	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2024-11-11 12:05:52	2024-11-11 12:05:52	thanhnt7	thanhnt7
28c87043-0eb6-4aa1-b6ec-41e0ce3c3d72	CIF0000000002	LD240000000006	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2024-11-22 19:58:57	Gọi 3 lần không bắt máy	CT000000000049	\N	\N	\N	2024-11-22 20:00:57	2024-11-22 20:00:57	quyenpk4	quyenpk4
e3c01946-1393-4adc-be3d-c12b7bffa91a	CIF0000000004	LD230000000010	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2024-11-28 08:06:30	Thuê bao không liên lạc được	CT000000000081	\N	\N	\N	2024-11-28 08:08:30	2024-11-28 08:08:30	quyenpk4	quyenpk4
a58b33f0-3b30-483a-9237-9f1fe005106f	CIF0000000016	LD240000000047	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2024-12-03 12:54:54	Khách hàng hứa thanh toán trong tuần này	CT000000000377	\N	\N	\N	2024-12-03 12:56:54	2024-12-03 12:56:54	quyenpk4	quyenpk4
1b790aeb-6aaa-414c-9afa-718b699d6d0c	CIF0000000015	LD240000000043	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2024-12-05 13:21:27	Khách hàng hứa thanh toán trong tuần này	CT000000000345	\N	\N	\N	2024-12-05 13:23:27	2024-12-05 13:23:27	ngocht10	ngocht10
8475a27b-d206-4be5-ad72-86bc87dc9e8e	CIF0000000007	LD230000000019	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2024-12-13 18:20:00	Khách hàng đã chuyển khoản; chờ đối soát	CT000000000153	\N	\N	\N	2024-12-13 18:22:00	2024-12-13 18:22:00	anlv5	anlv5
b24d7e6c-ee4f-4069-a0f5-d742a5523962	CIF0000000005	LD230000000013	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2024-12-17 09:09:42	Khách hàng hứa thanh toán trong tuần này	CT000000000105	\N	\N	\N	2024-12-17 09:11:42	2024-12-17 09:11:42	anlv5	anlv5
fd843218-fb4c-41e2-91f9-a4d5c32c5989	CIF0000000010	LD220000000029	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	WRONG_NUMBER	2024-12-18 17:00:57	Số điện thoại không phải của khách hàng	CT000000000233	\N	\N	\N	2024-12-18 17:02:57	2024-12-18 17:02:57	quyenpk4	quyenpk4
58d5f4de-e49a-4ac6-8367-a74d2d5304c5	CIF0000000011	LD240000000032	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2024-12-20 17:20:55	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2024-12-20 17:22:55	2024-12-20 17:22:55	quyenpk4	quyenpk4
b177b749-1e7e-4c53-a1db-6fa3f5730bf1	CIF0000000002	LD240000000004	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2024-12-23 08:40:34	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2024-12-23 08:42:34	2024-12-23 08:42:34	quyenpk4	quyenpk4
ff2a70d3-52ed-48a7-9617-aaae40710b44	CIF0000000007	LD240000000020	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2024-12-23 12:53:13	Khách hàng cho rằng không còn nợ	CT000000000161	\N	\N	\N	2024-12-23 12:55:13	2024-12-23 12:55:13	anlv5	anlv5
a6d67533-8e31-4a03-acb5-196d74a4c220	CIF0000000002	LD230000000005	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	INBOUND_CALL	CONTACTED	2024-12-28 11:57:32	Khách hàng xác nhận khoản nợ	CT000000000042	\N	\N	\N	2024-12-28 11:59:32	2024-12-28 11:59:32	quyenpk4	quyenpk4
4149ff89-d5eb-452d-8760-0feb8d92e8f6	CIF0000000014	W4240000000040	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2024-12-29 12:06:36	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2024-12-29 12:08:36	2024-12-29 12:08:36	thanhnt7	thanhnt7
\.


--
-- Data for Name: action_records_2025_q1; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2025_q1 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
5c0028c7-ab11-4882-87db-728687eaee2d	CIF0000000011	LD240000000033	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-01-05 16:05:55	Đã nhắc nợ khách hàng	CT000000000265	\N	\N	\N	2025-01-05 16:07:55	2025-01-05 16:07:55	quyenpk4	quyenpk4
65b4646f-8bab-4026-aa25-b495feb54c87	CIF0000000016	LD230000000048	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-01-09 09:20:58	Gọi 3 lần không bắt máy	CT000000000385	\N	\N	\N	2025-01-09 09:22:58	2025-01-09 09:22:58	quyenpk4	quyenpk4
af6735b5-7a93-4d9e-a0bb-0e0b52e00d16	CIF0000000022	LD230000000064	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	CONTACTED	2025-01-09 18:09:43	Đã thông báo số tiền quá hạn	CT000000000513	\N	\N	\N	2025-01-09 18:11:43	2025-01-09 18:11:43	toandd8	toandd8
08ca39ce-6333-4001-9105-3e45037494b7	CIF0000000006	LD230000000018	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	NO_ANSWER	2025-01-11 18:05:09	Thuê bao không liên lạc được	CT000000000145	\N	\N	\N	2025-01-11 18:07:09	2025-01-11 18:07:09	toandd8	toandd8
5597232b-2d60-4d20-8d4a-6d1dfc61b6db	CIF0000000002	LD230000000005	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-01-13 10:14:57	Không nghe máy	CT000000000043	\N	\N	\N	2025-01-13 10:16:57	2025-01-13 10:16:57	quyenpk4	quyenpk4
fc96abcc-c6a0-43d7-9527-ece773df7234	CIF0000000023	LD230000000069	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2025-01-13 15:54:28	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-01-13 15:56:28	2025-01-13 15:56:28	anlv5	anlv5
d4240667-d314-4363-b209-4949f326b506	CIF0000000021	LD230000000061	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-01-16 13:13:39	Thuê bao không liên lạc được	CT000000000489	\N	\N	\N	2025-01-16 13:15:39	2025-01-16 13:15:39	anlv5	anlv5
25cd7678-d221-4a41-a164-49fc31cedb6f	CIF0000000029	LD240000000085	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2025-01-18 15:51:03	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-01-18 15:53:03	2025-01-18 15:53:03	ngocht10	ngocht10
25e82771-6a97-4fbd-b5ce-53b671f0e65c	CIF0000000016	W4230000000046	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-01-20 09:38:42	Người nhà nghe máy; hẹn gọi lại	CT000000000369	\N	\N	\N	2025-01-20 09:40:42	2025-01-20 09:40:42	quyenpk4	quyenpk4
cd998d64-af0f-4394-886c-950829b4a634	CIF0000000012	LD240000000036	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	REFUSED_TO_PAY	2025-01-26 16:08:59	Khách hàng từ chối thanh toán	CT000000000289	\N	\N	\N	2025-01-26 16:10:59	2025-01-26 16:10:59	toandd8	toandd8
71fb26f1-16fb-49fc-a7e8-ae80fde0e0a2	CIF0000000008	W4230000000022	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2025-01-29 10:53:14	Khách hàng xác nhận khoản nợ	CT000000000177	\N	\N	\N	2025-01-29 10:55:14	2025-01-29 10:55:14	thanhnt7	thanhnt7
69c0d8da-8cf3-472f-8c95-4338ea2a80ab	CIF0000000019	LD230000000055	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2025-02-01 10:52:49	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-02-01 10:54:49	2025-02-01 10:54:49	ngocht10	ngocht10
297be88b-b64d-42de-8b70-dd156fcb3b72	CIF0000000013	LD230000000037	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2025-02-02 09:10:34	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-02-02 09:12:34	2025-02-02 09:12:34	toandd8	toandd8
0490dae8-25ab-48d8-b359-8b4911db7977	CIF0000000003	W4240000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-02-02 15:44:14	Thuê bao không liên lạc được	CT000000000057	\N	\N	\N	2025-02-02 15:46:14	2025-02-02 15:46:14	quyenpk4	quyenpk4
6dca5c4c-e3dd-4568-af8d-1b2e3ceb5a0b	CIF0000000026	LD240000000076	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	LETTER	DEMAND_LETTER	DELIVERED	2025-02-06 12:02:18	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-02-06 12:04:18	2025-02-06 12:04:18	quyenpk4	quyenpk4
cbc257f9-32c0-401e-9061-b6217cf1f67f	CIF0000000005	LD230000000013	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	WRONG_NUMBER	2025-02-16 17:11:05	Số điện thoại không phải của khách hàng	CT000000000106	\N	\N	\N	2025-02-16 17:13:05	2025-02-16 17:13:05	anlv5	anlv5
2518652e-0e5a-4e28-a70c-c5c954957564	CIF0000000003	LD230000000008	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	WRONG_NUMBER	2025-02-19 10:12:09	Số điện thoại đã đổi chủ	CT000000000065	\N	\N	\N	2025-02-19 10:14:09	2025-02-19 10:14:09	quyenpk4	quyenpk4
99097ec9-9746-415f-8aa7-0bb85bee451d	CIF0000000010	W4250000000030	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2025-02-23 08:40:09	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-02-23 08:42:09	2025-02-23 08:42:09	quyenpk4	quyenpk4
18b0c843-54d3-4914-a5e0-c242089c3393	CIF0000000027	LD240000000079	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-02-24 11:15:31	Khách hàng bận; hẹn gọi lại sau	CT000000000633	\N	\N	\N	2025-02-24 11:17:31	2025-02-24 11:17:31	ngocht10	ngocht10
bf578060-2560-4b93-a908-d1559c4e7095	CIF0000000001	LD230000000002	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SENT	2025-02-24 19:28:36	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-02-24 19:30:36	2025-02-24 19:30:36	thanhnt7	thanhnt7
623b41ce-46cb-495c-a921-e2e4d3949ac6	CIF0000000002	LD240000000006	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-02-28 15:09:04	Khách hàng xác nhận khoản nợ	CT000000000050	\N	\N	\N	2025-02-28 15:11:04	2025-02-28 15:11:04	quyenpk4	quyenpk4
15358fa5-4de3-4419-957e-731742c5200f	CIF0000000010	LD220000000029	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-03-02 18:00:27	Gọi 3 lần không bắt máy	CT000000000234	\N	\N	\N	2025-03-02 18:02:27	2025-03-02 18:02:27	quyenpk4	quyenpk4
b64c62d3-9651-4433-9fc7-48627da96e58	CIF0000000012	LD240000000036	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2025-03-04 11:14:07	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-03-04 11:16:07	2025-03-04 11:16:07	toandd8	toandd8
6e1ade29-97c3-4429-9a5d-34fa9a93a569	CIF0000000019	LD240000000057	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	WRONG_NUMBER	2025-03-06 15:10:34	Sai số điện thoại	CT000000000457	\N	\N	\N	2025-03-06 15:12:34	2025-03-06 15:12:34	ngocht10	ngocht10
52f6d474-78f1-4eef-9132-bc824c6d66c2	CIF0000000025	LD250000000074	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	LETTER	DEMAND_LETTER	DELIVERED	2025-03-16 15:12:05	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-03-16 15:14:05	2025-03-16 15:14:05	quyenpk4	quyenpk4
d7250569-8080-410c-801c-11954f94719c	CIF0000000022	LD240000000066	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-03-17 08:33:54	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000530	\N	\N	\N	2025-03-17 08:35:54	2025-03-17 08:35:54	toandd8	toandd8
bf15f8d7-dc75-4bc6-bf16-19f440dd5531	CIF0000000002	LD230000000005	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-03-18 09:55:55	Khách hàng hứa thanh toán trong tuần này	CT000000000044	\N	\N	\N	2025-03-18 09:57:55	2025-03-18 09:57:55	quyenpk4	quyenpk4
d695db52-6c44-42be-b29b-75ad4e207220	CIF0000000007	W4230000000021	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2025-03-18 10:15:30	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-03-18 10:17:30	2025-03-18 10:17:30	anlv5	anlv5
aeb9fb61-82d9-4562-a440-8ec607d55521	CIF0000000009	LD250000000027	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-03-18 16:12:47	Khách hàng hứa thanh toán trong tuần này	CT000000000217	\N	\N	\N	2025-03-18 16:14:47	2025-03-18 16:14:47	anlv5	anlv5
fce763f3-1c2f-4999-87dd-8c9b78ab82ac	CIF0000000021	LD230000000061	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-03-19 17:44:08	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-03-19 17:46:08	2025-03-19 17:46:08	anlv5	anlv5
6fdaf11b-759e-451c-b2f2-9b8c5fa88a77	CIF0000000021	LD250000000062	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	PAYMENT_PROMISE	2025-03-21 16:58:35	Khách hàng hứa thanh toán trong tuần này	CT000000000497	\N	\N	\N	2025-03-21 17:00:35	2025-03-21 17:00:35	anlv5	anlv5
eb7b55f0-3a5f-4473-b5c9-4bd4954ea15e	CIF0000000030	LD230000000090	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	LETTER	DEMAND_LETTER	DELIVERED	2025-03-28 12:27:44	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-03-28 12:29:44	2025-03-28 12:29:44	anlv5	anlv5
\.


--
-- Data for Name: action_records_2025_q2; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2025_q2 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
8315d3c3-5130-4054-8d37-566d848db49a	CIF0000000006	W4230000000016	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2025-04-03 17:36:31	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-04-03 17:38:31	2025-04-03 17:38:31	toandd8	toandd8
e72a90b8-7784-4b6c-b027-b31ab3fba5f3	CIF0000000002	LD240000000004	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-04-04 09:40:06	Khách hàng cho rằng không còn nợ	CT000000000034	\N	\N	\N	2025-04-04 09:42:06	2025-04-04 09:42:06	quyenpk4	quyenpk4
72dfaa5a-b3d9-48e2-a184-820203025a57	CIF0000000018	W4230000000054	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	CONTACTED	2025-04-05 15:12:52	Khách hàng xác nhận khoản nợ	CT000000000434	\N	\N	\N	2025-04-05 15:14:52	2025-04-05 15:14:52	thanhnt7	thanhnt7
daa0c948-3d48-4b05-84f2-06077fa30907	CIF0000000015	LD220000000044	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2025-04-07 11:48:56	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-04-07 11:50:56	2025-04-07 11:50:56	ngocht10	ngocht10
2ef6ceb4-e091-43b2-87d3-475d810a98e5	CIF0000000009	LD230000000026	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-04-10 11:27:52	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-04-10 11:29:52	2025-04-10 11:29:52	anlv5	anlv5
ee77f603-defc-4ce7-a6ce-87474ae7fcb0	CIF0000000019	LD230000000055	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2025-04-10 12:27:31	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-04-10 12:29:31	2025-04-10 12:29:31	ngocht10	ngocht10
984c8ea6-be07-4123-843a-d728b797d0dc	CIF0000000021	LD250000000062	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-04-10 15:27:31	Khách hàng đề nghị gọi lại buổi tối	CT000000000498	\N	\N	\N	2025-04-10 15:29:31	2025-04-10 15:29:31	anlv5	anlv5
141a4b1f-6a25-4e2d-81e9-49cbb9500c9a	CIF0000000022	LD230000000064	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	CONTACTED	2025-04-11 19:38:46	Đã nhắc nợ khách hàng	CT000000000514	\N	\N	\N	2025-04-11 19:40:46	2025-04-11 19:40:46	toandd8	toandd8
210dc959-f2e6-4c4d-aba3-eff54967dfa6	CIF0000000023	LD230000000069	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	LETTER	DEMAND_LETTER	DELIVERED	2025-04-13 12:18:22	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-04-13 12:20:22	2025-04-13 12:20:22	anlv5	anlv5
bc490e49-daaf-4f1e-85d1-def7c2b94df7	CIF0000000011	LD240000000032	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2025-04-16 12:26:03	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-04-16 12:28:03	2025-04-16 12:28:03	quyenpk4	quyenpk4
8417205b-6d28-4bc5-a892-264c0ea39938	CIF0000000015	LD240000000043	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-04-24 10:30:32	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000346	\N	\N	\N	2025-04-24 10:32:32	2025-04-24 10:32:32	ngocht10	ngocht10
b75678ad-2e26-43eb-a527-37e58b2333cf	CIF0000000018	LD230000000053	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2025-04-24 15:35:52	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-04-24 15:37:52	2025-04-24 15:37:52	thanhnt7	thanhnt7
9791a0d5-62a3-4fda-ad69-718f532fdafa	CIF0000000025	LD240000000073	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-04-26 08:26:22	Không nghe máy	CT000000000585	\N	\N	\N	2025-04-26 08:28:22	2025-04-26 08:28:22	quyenpk4	quyenpk4
a68d35a7-ffeb-41c4-b828-a831f6d3afbe	CIF0000000002	LD230000000005	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2025-05-04 17:35:31	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-05-04 17:37:31	2025-05-04 17:37:31	quyenpk4	quyenpk4
5defac60-fa92-498f-acfb-ed8a7921a482	CIF0000000003	W4240000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-05-06 10:55:03	Đã thông báo số tiền quá hạn	CT000000000058	\N	\N	\N	2025-05-06 10:57:03	2025-05-06 10:57:03	quyenpk4	quyenpk4
83e286a0-e033-40af-bf1a-d6bd788311de	CIF0000000026	LD240000000076	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-05-11 17:40:42	Thuê bao không liên lạc được	CT000000000611	\N	\N	\N	2025-05-11 17:42:42	2025-05-11 17:42:42	quyenpk4	quyenpk4
fbbd69ce-7710-4d0d-a26b-47bfc7bff0ff	CIF0000000025	LD250000000074	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	INBOUND_CALL	NO_ANSWER	2025-05-15 11:58:30	Thuê bao không liên lạc được	CT000000000594	\N	\N	\N	2025-05-15 12:00:30	2025-05-15 12:00:30	quyenpk4	quyenpk4
0a405099-ed12-41b7-8408-31c9e6f2f549	CIF0000000016	LD240000000047	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	INBOUND_CALL	PAYMENT_PROMISE	2025-05-21 08:33:48	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000378	\N	\N	\N	2025-05-21 08:35:48	2025-05-21 08:35:48	quyenpk4	quyenpk4
ee543823-2983-490f-bfc0-129d37a807f3	CIF0000000021	LD250000000062	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-05-21 19:03:20	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-05-21 19:05:20	2025-05-21 19:05:20	anlv5	anlv5
4e6d44e5-ccea-492f-bd26-0b5489c6b043	CIF0000000016	W4230000000046	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-05-23 09:49:01	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000370	\N	\N	\N	2025-05-23 09:51:01	2025-05-23 09:51:01	quyenpk4	quyenpk4
cffa2a23-5c03-45e9-92fe-8e23f978c0b8	CIF0000000030	LD250000000089	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	VISIT	OFFICE_VISIT	PAYMENT_PROMISE	2025-05-23 16:12:00	KH hẹn chuyển khoản cuối tháng	\N	10.80156268	106.72297142	21 Pasteur, Phường 9, Quận 10, TP. Hồ Chí Minh	2025-05-23 16:14:00	2025-05-23 16:14:00	huongtm6	huongtm6
d217933c-b41e-4e85-8501-bd75f964e5f0	CIF0000000018	W4230000000054	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2025-05-24 14:50:44	Đã thông báo số tiền quá hạn	CT000000000435	\N	\N	\N	2025-05-24 14:52:44	2025-05-24 14:52:44	thanhnt7	thanhnt7
9720dba0-9e76-4cb2-9dd4-0b70e17465ff	CIF0000000009	W4230000000025	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-05-26 13:18:02	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-05-26 13:20:02	2025-05-26 13:20:02	anlv5	anlv5
23ae34b1-599d-49a6-ad5a-036184106177	CIF0000000001	W4250000000001	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	REFUSED_TO_PAY	2025-05-30 18:56:04	Khách hàng cho rằng không còn nợ	CT000000000009	\N	\N	\N	2025-05-30 18:58:04	2025-05-30 18:58:04	thanhnt7	thanhnt7
1936f291-1d67-4033-a09b-d13d420630ff	CIF0000000004	LD230000000010	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	WRONG_NUMBER	2025-05-31 11:37:54	Số điện thoại đã đổi chủ	CT000000000082	\N	\N	\N	2025-05-31 11:39:54	2025-05-31 11:39:54	quyenpk4	quyenpk4
981f5671-7574-47d1-85c1-5053c7e474bc	CIF0000000024	LD250000000070	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2025-06-02 15:35:14	Đã nhận tiền thanh toán	CT000000000561	\N	\N	\N	2025-06-02 15:37:14	2025-06-02 15:37:14	anlv5	anlv5
5af3558f-6c7b-4f95-8d99-51e548e81827	CIF0000000021	LD250000000062	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2025-06-03 14:32:36	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-06-03 14:34:36	2025-06-03 14:34:36	anlv5	anlv5
d6119526-b15b-4be7-8805-5cc8d59a2e37	CIF0000000013	LD230000000037	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-06-03 15:34:07	Khách hàng cho rằng không còn nợ	CT000000000299	\N	\N	\N	2025-06-03 15:36:07	2025-06-03 15:36:07	toandd8	toandd8
59d586ec-77d3-4b98-b0d1-0a15608ee0ad	CIF0000000006	W4230000000016	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	NO_ANSWER	2025-06-05 11:15:39	Thuê bao không liên lạc được	CT000000000131	\N	\N	\N	2025-06-05 11:17:39	2025-06-05 11:17:39	toandd8	toandd8
436296b7-b748-4ab0-a8e3-90201d095851	CIF0000000027	LD240000000081	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2025-06-06 08:28:24	Đã thông báo số tiền quá hạn	CT000000000650	\N	\N	\N	2025-06-06 08:30:24	2025-06-06 08:30:24	ngocht10	ngocht10
00300742-bd2b-4a16-8b68-eb1d3ffd2462	CIF0000000002	LD230000000005	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2025-06-09 12:46:20	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-06-09 12:48:20	2025-06-09 12:48:20	quyenpk4	quyenpk4
5ecb36dd-6c4f-4843-a971-b943127312e5	CIF0000000003	LD230000000008	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	VISIT	HOME_VISIT	PAYMENT_RECEIVED	2025-06-09 19:37:55	Khách hàng đã chuyển khoản; chờ đối soát	\N	10.73973101	106.69496824	151 Kim Mã, Phường 10, Quận Bình Thạnh, TP. Hồ Chí Minh	2025-06-09 19:39:55	2025-06-09 19:39:55	huongtm6	huongtm6
d0badc53-d39e-4f6a-b1ed-3b80ae7ff8d2	CIF0000000010	W4250000000030	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-06-13 09:45:21	Đã nhắc nợ khách hàng	CT000000000242	\N	\N	\N	2025-06-13 09:47:21	2025-06-13 09:47:21	quyenpk4	quyenpk4
ea258f40-85e4-4820-9b52-0abad502546f	CIF0000000017	LD240000000049	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-06-14 12:45:16	Khách hàng hứa thanh toán trong tuần này	CT000000000394	\N	\N	\N	2025-06-14 12:47:16	2025-06-14 12:47:16	quyenpk4	quyenpk4
17895476-b3e4-4aaf-9898-a5374ac07561	CIF0000000012	LD250000000034	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CONTACTED	2025-06-18 09:20:42	Đã nhắc nợ khách hàng	CT000000000273	\N	\N	\N	2025-06-18 09:22:42	2025-06-18 09:22:42	toandd8	toandd8
c89ca1bd-1c3a-48c5-a8a4-33169c6bb5c3	CIF0000000018	LD230000000053	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2025-06-18 12:21:05	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-06-18 12:23:05	2025-06-18 12:23:05	thanhnt7	thanhnt7
3e8d8f58-b139-4d1e-8461-6de7f3988edd	CIF0000000006	LD230000000018	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2025-06-23 09:36:34	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-06-23 09:38:34	2025-06-23 09:38:34	toandd8	toandd8
389dca3e-b11f-4231-987c-8df0b6997740	CIF0000000007	LD240000000020	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	CONTACTED	2025-06-23 16:24:34	Đã nhắc nợ khách hàng	\N	16.08521355	108.18528207	108 Xuân Thủy, Phường 4, Quận Thanh Khê, Đà Nẵng	2025-06-23 16:26:34	2025-06-23 16:26:34	sonnd3	sonnd3
cdde6ae8-9816-4b6d-b0a6-f33e468958ba	CIF0000000020	LD220000000059	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2025-06-25 19:10:24	Đã thông báo số tiền quá hạn	CT000000000474	\N	\N	\N	2025-06-25 19:12:24	2025-06-25 19:12:24	ngocht10	ngocht10
7d56b50d-52c2-4bc7-a9b7-d6860700d2f5	CIF0000000002	LD240000000006	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2025-06-26 18:11:28	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-06-26 18:13:28	2025-06-26 18:13:28	quyenpk4	quyenpk4
7d65e5ed-02c2-4068-8d89-b92a0dfbe8e2	CIF0000000027	LD240000000079	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-06-26 19:16:53	Khách hàng bận; hẹn gọi lại sau	CT000000000634	\N	\N	\N	2025-06-26 19:18:53	2025-06-26 19:18:53	ngocht10	ngocht10
\.


--
-- Data for Name: action_records_2025_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2025_q3 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
f004b4de-b899-4c5e-b5c9-d66159b6f1de	CIF0000000007	W4230000000021	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2025-07-02 19:13:24	Khách hàng xác nhận khoản nợ	CT000000000170	\N	\N	\N	2025-07-02 19:15:24	2025-07-02 19:15:24	anlv5	anlv5
2173d868-4e32-4d5a-b1a4-4db4638feee1	CIF0000000021	LD250000000062	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2025-07-10 08:52:49	Khách hàng xác nhận khoản nợ	CT000000000501	\N	\N	\N	2025-07-10 08:54:49	2025-07-10 08:54:49	anlv5	anlv5
f72cb5af-0a9e-49ba-b723-cdf2d18c9e15	CIF0000000025	W4240000000075	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-07-10 15:13:31	KH hẹn chuyển khoản cuối tháng	CT000000000602	\N	\N	\N	2025-07-10 15:15:31	2025-07-10 15:15:31	quyenpk4	quyenpk4
708b97f8-70fc-4845-b0a0-aa5375a14088	CIF0000000008	LD250000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	NO_ANSWER	2025-07-10 19:27:50	Thuê bao không liên lạc được	CT000000000193	\N	\N	\N	2025-07-10 19:29:50	2025-07-10 19:29:50	thanhnt7	thanhnt7
1382ecaf-94f1-463f-93c8-4f2ffd2fe904	CIF0000000004	LD230000000012	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-07-12 10:55:58	Không nghe máy	CT000000000098	\N	\N	\N	2025-07-12 10:57:58	2025-07-12 10:57:58	quyenpk4	quyenpk4
1f992ba3-59bc-45bb-82b3-1d0ddc37d417	CIF0000000022	LD240000000066	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-07-16 19:38:15	KH hẹn chuyển khoản cuối tháng	CT000000000531	\N	\N	\N	2025-07-16 19:40:15	2025-07-16 19:40:15	toandd8	toandd8
481dcf99-9250-4c4d-be11-035b39dd09a2	CIF0000000025	LD250000000074	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	INBOUND_CALL	PAYMENT_PROMISE	2025-07-18 13:08:04	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000595	\N	\N	\N	2025-07-18 13:10:04	2025-07-18 13:10:04	quyenpk4	quyenpk4
6a65ebf9-bc3d-4446-a29c-76b5a85e5703	CIF0000000028	W4250000000084	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-07-18 14:00:11	Khách hàng hứa thanh toán trong tuần này	CT000000000673	\N	\N	\N	2025-07-18 14:02:11	2025-07-18 14:02:11	toandd8	toandd8
c2c2457c-d2e0-4090-a900-e9b30a3b04bd	CIF0000000005	LD230000000013	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2025-07-20 09:49:57	Đã nhắc nợ khách hàng	CT000000000107	\N	\N	\N	2025-07-20 09:51:57	2025-07-20 09:51:57	anlv5	anlv5
4dd6ca1b-9933-42be-99a2-9ef64b22d447	CIF0000000005	W4250000000014	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	REFUSED_TO_PAY	2025-07-21 13:39:34	Khách hàng từ chối thanh toán	CT000000000113	\N	\N	\N	2025-07-21 13:41:34	2025-07-21 13:41:34	anlv5	anlv5
f588f0b5-0108-4cd0-8d7f-055ceb794070	CIF0000000022	LD230000000064	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2025-07-22 17:58:43	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-07-22 18:00:43	2025-07-22 18:00:43	toandd8	toandd8
bd6ddb9e-28ba-41ef-b17d-d0f275eb3dd3	CIF0000000013	LD250000000038	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	NO_ANSWER	2025-07-26 08:08:48	Không nghe máy	CT000000000305	\N	\N	\N	2025-07-26 08:10:48	2025-07-26 08:10:48	toandd8	toandd8
92bc3969-f3b3-4730-8863-2d93545f54fa	CIF0000000028	LD250000000083	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	CONTACTED	2025-07-27 16:26:24	Đã nhắc nợ khách hàng	\N	10.78245947	106.66197202	143 Lê Duẩn, Phường 9, Quận 1, TP. Hồ Chí Minh	2025-07-27 16:28:24	2025-07-27 16:28:24	sonnd3	sonnd3
0ed1f3b6-edec-4ea6-be29-1f105a3b0a71	CIF0000000019	LD240000000057	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2025-07-28 12:09:39	Thuê bao không liên lạc được	CT000000000458	\N	\N	\N	2025-07-28 12:11:39	2025-07-28 12:11:39	ngocht10	ngocht10
654346ca-74df-4f88-b8d0-66d56bc79e6f	CIF0000000010	W4250000000028	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	CONTACTED	2025-07-31 10:40:23	Đã nhắc nợ khách hàng	\N	20.99174055	105.84573803	112 Nguyễn Văn Cừ, Phường 3, Quận Long Biên, Hà Nội	2025-07-31 10:42:23	2025-07-31 10:42:23	sonnd3	sonnd3
a48e6d8e-7784-4b00-aaba-dac53e314704	CIF0000000016	W4230000000046	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-08-01 11:42:01	Gọi 3 lần không bắt máy	CT000000000371	\N	\N	\N	2025-08-01 11:44:01	2025-08-01 11:44:01	quyenpk4	quyenpk4
b5e375de-4246-4b10-82e0-91630b3f6563	CIF0000000021	LD250000000062	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-08-07 17:49:04	Gọi 3 lần không bắt máy	CT000000000502	\N	\N	\N	2025-08-07 17:51:04	2025-08-07 17:51:04	anlv5	anlv5
ac0adba6-4ad7-419c-8d2e-4808e00325b2	CIF0000000004	LD230000000010	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-08-08 10:31:45	KH khiếu nại về phí phạt	CT000000000083	\N	\N	\N	2025-08-08 10:33:45	2025-08-08 10:33:45	quyenpk4	quyenpk4
b4d0ab66-d65a-4ecf-8714-541fce7c6f43	CIF0000000011	LD250000000031	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-08-12 14:55:19	Thuê bao không liên lạc được	CT000000000249	\N	\N	\N	2025-08-12 14:57:19	2025-08-12 14:57:19	quyenpk4	quyenpk4
bf4796b5-582a-4a88-ba85-dda19e8a9134	CIF0000000016	LD240000000047	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SEND_FAILED	2025-08-14 18:38:04	Tin nhắn không gửi được	\N	\N	\N	\N	2025-08-14 18:40:04	2025-08-14 18:40:04	quyenpk4	quyenpk4
78c7473a-70c2-437d-bc89-8b4b9b5e9902	CIF0000000027	LD240000000081	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-08-18 13:00:33	Khách hàng bận; hẹn gọi lại sau	CT000000000651	\N	\N	\N	2025-08-18 13:02:33	2025-08-18 13:02:33	ngocht10	ngocht10
3cb625b8-c8d2-4c54-960b-acdbb7cf8b8d	CIF0000000003	LD230000000008	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	VISIT	HOME_VISIT	CONTACTED	2025-08-18 13:17:00	Khách hàng xác nhận khoản nợ	\N	10.74043847	106.69580257	151 Kim Mã, Phường 10, Quận Bình Thạnh, TP. Hồ Chí Minh	2025-08-18 13:19:00	2025-08-18 13:19:00	huongtm6	huongtm6
edb9f83c-236b-462e-9e26-2679d1e5a7bd	CIF0000000010	LD220000000029	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	INBOUND_CALL	CONTACTED	2025-08-18 16:05:31	Đã nhắc nợ khách hàng	CT000000000235	\N	\N	\N	2025-08-18 16:07:31	2025-08-18 16:07:31	quyenpk4	quyenpk4
31706e9e-9f3e-4457-86a8-af5d6fde3632	CIF0000000013	LD230000000037	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	NO_ANSWER	2025-08-18 16:33:37	Gọi 3 lần không bắt máy	CT000000000300	\N	\N	\N	2025-08-18 16:35:37	2025-08-18 16:35:37	toandd8	toandd8
8a45fba0-a4b4-44e4-8a56-f1f9ab8b10dd	CIF0000000023	LD250000000067	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-08-22 08:54:39	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-08-22 08:56:39	2025-08-22 08:56:39	anlv5	anlv5
963cd4cd-106b-461c-bfb1-1e9d33a45f7a	CIF0000000009	LD250000000027	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2025-08-22 11:18:00	Khách hàng xác nhận khoản nợ	CT000000000218	\N	\N	\N	2025-08-22 11:20:00	2025-08-22 11:20:00	anlv5	anlv5
8e492881-6ed0-47ab-805b-bbd43154645c	CIF0000000012	LD240000000036	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2025-08-22 16:04:32	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-08-22 16:06:32	2025-08-22 16:06:32	toandd8	toandd8
a069a32a-769d-4b19-bc10-74ff3d926479	CIF0000000026	LD240000000076	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-08-23 10:25:52	Khách hàng xác nhận khoản nợ	CT000000000612	\N	\N	\N	2025-08-23 10:27:52	2025-08-23 10:27:52	quyenpk4	quyenpk4
55936c90-96c8-44ef-b726-75df2f025857	CIF0000000015	LD240000000043	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-08-24 14:57:10	KH hẹn chuyển khoản cuối tháng	CT000000000347	\N	\N	\N	2025-08-24 14:59:10	2025-08-24 14:59:10	ngocht10	ngocht10
364b06a6-fe5e-48b4-8362-c84e0ac9c026	CIF0000000021	LD230000000061	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-08-26 11:19:05	Gọi 3 lần không bắt máy	CT000000000491	\N	\N	\N	2025-08-26 11:21:05	2025-08-26 11:21:05	anlv5	anlv5
4341775b-e396-4f43-8906-8180cb3ff741	CIF0000000007	LD240000000020	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-08-28 09:03:34	Thuê bao không liên lạc được	CT000000000163	\N	\N	\N	2025-08-28 09:05:34	2025-08-28 09:05:34	anlv5	anlv5
ca270396-bfb8-4a6d-9f7d-305a00eb0fc1	CIF0000000016	LD230000000048	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SEND_FAILED	2025-08-28 18:29:53	Tin nhắn không gửi được	\N	\N	\N	\N	2025-08-28 18:31:53	2025-08-28 18:31:53	quyenpk4	quyenpk4
87a54887-425d-4b75-965a-73639fc701a5	CIF0000000009	W4230000000025	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-08-31 12:02:26	Không nghe máy	CT000000000203	\N	\N	\N	2025-08-31 12:04:26	2025-08-31 12:04:26	anlv5	anlv5
a7fe7563-4c73-44d1-a30c-41bd5efef49e	CIF0000000008	LD250000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-09-01 15:18:03	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000194	\N	\N	\N	2025-09-01 15:20:03	2025-09-01 15:20:03	thanhnt7	thanhnt7
1827408e-8724-4c91-aad3-63f46aa754a2	CIF0000000024	LD230000000071	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2025-09-02 09:51:11	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-09-02 09:53:11	2025-09-02 09:53:11	thanhnt7	thanhnt7
f66caa05-3fc9-42fe-a540-748558dd7cbf	CIF0000000027	LD240000000079	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2025-09-03 09:06:11	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-09-03 09:08:11	2025-09-03 09:08:11	ngocht10	ngocht10
d3188164-aa06-4a2c-94e3-71fa97e526c2	CIF0000000028	W4250000000084	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-09-03 11:25:59	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000674	\N	\N	\N	2025-09-03 11:27:59	2025-09-03 11:27:59	toandd8	toandd8
3bfb7241-c653-44c5-9df4-7414edace0b2	CIF0000000012	LD250000000034	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-09-08 19:25:53	KH hẹn chuyển khoản cuối tháng	CT000000000274	\N	\N	\N	2025-09-08 19:27:53	2025-09-08 19:27:53	toandd8	toandd8
27a139bb-3a37-4c0e-92ce-f66bdd4b8db5	CIF0000000017	LD240000000049	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2025-09-12 19:32:40	Đã nhận tiền thanh toán	CT000000000395	\N	\N	\N	2025-09-12 19:34:40	2025-09-12 19:34:40	quyenpk4	quyenpk4
f9cebc91-f2dd-4d35-b4bd-a68ca37c1c8b	CIF0000000002	LD240000000004	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-09-13 19:36:26	Đã thông báo số tiền quá hạn	CT000000000035	\N	\N	\N	2025-09-13 19:38:26	2025-09-13 19:38:26	quyenpk4	quyenpk4
3be0fb67-fda7-4966-9bc3-964e573dcd2a	CIF0000000020	LD250000000060	ba31ae0a-b51e-4729-b6a5-0f03976226ca	LETTER	DEMAND_LETTER	DELIVERED	2025-09-19 12:59:08	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-09-19 13:01:08	2025-09-19 13:01:08	ngocht10	ngocht10
ec50fa5d-80d2-4db7-9653-c299533c3526	CIF0000000019	LD230000000055	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	NO_ANSWER	2025-09-19 18:15:28	Không nghe máy	CT000000000443	\N	\N	\N	2025-09-19 18:17:28	2025-09-19 18:17:28	ngocht10	ngocht10
396505fe-1fd2-4b8d-a4df-e93a70f66725	CIF0000000001	W4250000000001	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-09-20 14:06:10	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000010	\N	\N	\N	2025-09-20 14:08:10	2025-09-20 14:08:10	thanhnt7	thanhnt7
2e8af0a9-6540-4c9c-b1e4-ad5ff1d7e8d5	CIF0000000018	W4230000000054	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2025-09-20 15:23:43	Đã thu tiền mặt tại nhà khách hàng	CT000000000436	\N	\N	\N	2025-09-20 15:25:43	2025-09-20 15:25:43	thanhnt7	thanhnt7
21f2243c-63a1-45e1-b411-d336dae7b275	CIF0000000030	LD230000000090	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	LETTER	DEMAND_LETTER	RETURNED	2025-09-21 15:48:08	Thư bị trả lại	\N	\N	\N	\N	2025-09-21 15:50:08	2025-09-21 15:50:08	anlv5	anlv5
d46f93dc-ee37-42e8-b101-a558360cdf0f	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SENT	2025-09-23 11:57:25	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-09-23 11:59:25	2025-09-23 11:59:25	thanhnt7	thanhnt7
bc92f3fc-c4c3-4db8-a801-3d507c415fcb	CIF0000000024	LD250000000070	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SENT	2025-09-23 12:35:43	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-09-23 12:37:43	2025-09-23 12:37:43	thanhnt7	thanhnt7
a945c681-e415-4eb8-8dec-9e78c1a5260d	CIF0000000017	W4230000000051	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2025-09-28 19:44:42	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-09-28 19:46:42	2025-09-28 19:46:42	quyenpk4	quyenpk4
\.


--
-- Data for Name: action_records_2025_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2025_q4 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
e4cdf345-a0b6-49e3-b388-4598616b364e	CIF0000000015	LD220000000044	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2025-10-08 10:42:50	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-10-08 10:44:50	2025-10-08 10:44:50	ngocht10	ngocht10
e4e13529-7310-4247-a7d9-a88fe85ff035	CIF0000000013	LD250000000038	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-10-08 18:13:57	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000306	\N	\N	\N	2025-10-08 18:15:57	2025-10-08 18:15:57	toandd8	toandd8
bd0dbcb1-90a1-4f6a-a977-f6d9ddf398d0	CIF0000000026	LD250000000078	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-10-15 09:30:29	Khách hàng đề nghị gọi lại buổi tối	CT000000000625	\N	\N	\N	2025-10-15 09:32:29	2025-10-15 09:32:29	quyenpk4	quyenpk4
6a7efdc2-c1c9-4e52-9d25-12355b58c0a2	CIF0000000015	W4250000000045	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2025-10-16 17:54:15	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-10-16 17:56:15	2025-10-16 17:56:15	ngocht10	ngocht10
206c8dbe-d0a0-4086-a3c7-dc66075222a4	CIF0000000014	LD250000000041	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	CONTACTED	2025-10-16 19:05:53	Khách hàng xác nhận khoản nợ	CT000000000329	\N	\N	\N	2025-10-16 19:07:53	2025-10-16 19:07:53	ngocht10	ngocht10
8756d87b-411a-4ab0-bf9f-f160e46c90d6	CIF0000000006	W4230000000016	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-10-18 09:10:31	Khách hàng hứa thanh toán trong tuần này	CT000000000132	\N	\N	\N	2025-10-18 09:12:31	2025-10-18 09:12:31	thanhnt7	thanhnt7
b5bc820c-bcf4-4bdd-8a22-e3624eec3fc3	CIF0000000012	LD240000000036	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-10-18 14:43:00	KH khiếu nại về phí phạt	CT000000000292	\N	\N	\N	2025-10-18 14:45:00	2025-10-18 14:45:00	toandd8	toandd8
5625318c-dd81-4343-a3fa-614c6f92ca8f	CIF0000000028	LD250000000082	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	PAYMENT_PROMISE	2025-10-19 13:09:59	KH hẹn chuyển khoản cuối tháng	\N	10.78307596	106.66076411	143 Lê Duẩn, Phường 9, Quận 1, TP. Hồ Chí Minh	2025-10-19 13:11:59	2025-10-19 13:11:59	sonnd3	sonnd3
34a1657d-d7ee-4196-ab6e-603594f5d1d6	CIF0000000025	LD250000000074	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-10-21 10:22:10	Khách hàng hứa thanh toán trong tuần này	CT000000000596	\N	\N	\N	2025-10-21 10:24:10	2025-10-21 10:24:10	anlv5	anlv5
7a1477e7-d66f-4da3-9bf6-c1f77dc758f1	CIF0000000007	LD230000000019	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	PAYMENT_RECEIVED	2025-10-22 14:21:43	Khách hàng đã chuyển khoản; chờ đối soát	\N	16.08530703	108.18439090	108 Xuân Thủy, Phường 4, Quận Thanh Khê, Đà Nẵng	2025-10-22 14:23:43	2025-10-22 14:23:43	sonnd3	sonnd3
17e5fdf6-d415-4437-a8f3-e5226aa48aab	CIF0000000006	LD230000000018	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-10-23 09:15:20	Gọi 3 lần không bắt máy	CT000000000147	\N	\N	\N	2025-10-23 09:17:20	2025-10-23 09:17:20	thanhnt7	thanhnt7
6f4ea7f8-9f92-4fcc-9807-01dac439f8d0	CIF0000000026	LD240000000076	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-10-24 16:57:59	Thuê bao không liên lạc được	CT000000000613	\N	\N	\N	2025-10-24 16:59:59	2025-10-24 16:59:59	quyenpk4	quyenpk4
1dff0e87-d56d-4ae3-8b84-a34e7ceeded9	CIF0000000022	LD230000000064	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-10-25 14:57:02	Người nhà nghe máy; hẹn gọi lại	CT000000000516	\N	\N	\N	2025-10-25 14:59:02	2025-10-25 14:59:02	toandd8	toandd8
12626b90-716a-4c61-9f39-6bb094a8c866	CIF0000000023	LD230000000069	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-10-27 09:55:53	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-10-27 09:57:53	2025-10-27 09:57:53	anlv5	anlv5
f2fc104a-f493-47ba-9469-58acb4b56ba4	CIF0000000023	LD250000000067	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-10-31 16:23:42	Khách hàng cho rằng không còn nợ	CT000000000538	\N	\N	\N	2025-10-31 16:25:42	2025-10-31 16:25:42	anlv5	anlv5
3926b183-a10b-4b7a-a738-b095cc5a52cc	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-11-01 13:58:50	Thuê bao không liên lạc được	CT000000000578	\N	\N	\N	2025-11-01 14:00:50	2025-11-01 14:00:50	thanhnt7	thanhnt7
f93ad2d5-5eca-4402-987e-35a903874043	CIF0000000028	LD250000000083	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2025-11-05 12:27:51	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-11-05 12:29:51	2025-11-05 12:29:51	toandd8	toandd8
f4c9d1ab-17ca-4b0e-9b4c-b2319414df6b	CIF0000000001	LD230000000002	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	NO_ANSWER	2025-11-09 14:39:23	Thuê bao không liên lạc được	CT000000000018	\N	\N	\N	2025-11-09 14:41:23	2025-11-09 14:41:23	thanhnt7	thanhnt7
b1a341c1-6dd9-4662-998f-72c379b919df	CIF0000000010	W4250000000030	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	HOME_VISIT	CUSTOMER_NOT_HOME	2025-11-09 17:50:36	Khách hàng vắng nhà; đã để lại thông báo	\N	20.99073842	105.84389723	112 Nguyễn Văn Cừ, Phường 3, Quận Long Biên, Hà Nội	2025-11-09 17:52:36	2025-11-09 17:52:36	trinhdb9	trinhdb9
5e645d9a-81b4-458c-9666-9e69ea72baac	CIF0000000011	LD240000000032	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-11-09 19:01:13	Khách hàng hứa thanh toán trong tuần này	CT000000000259	\N	\N	\N	2025-11-09 19:03:13	2025-11-09 19:03:13	quyenpk4	quyenpk4
874923a6-c997-4d0f-88d0-7f88cdc2d105	CIF0000000005	W4250000000014	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-11-10 08:56:00	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-11-10 08:58:00	2025-11-10 08:58:00	anlv5	anlv5
6959f995-4a9d-4015-9610-07ef4fb0cfdd	CIF0000000005	LD250000000015	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2025-11-10 19:09:25	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-11-10 19:11:25	2025-11-10 19:11:25	anlv5	anlv5
483ad1a7-3a4d-473b-8380-9268e225251e	CIF0000000003	LD250000000009	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2025-11-11 10:27:14	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-11-11 10:29:14	2025-11-11 10:29:14	quyenpk4	quyenpk4
2bf9941d-836d-43f3-9aaa-d61ab588798e	CIF0000000005	LD230000000013	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2025-11-13 10:43:38	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-11-13 10:45:38	2025-11-13 10:45:38	anlv5	anlv5
d2a05be4-d7dd-4353-85f7-8b3bb59b8926	CIF0000000009	LD250000000027	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	PAYMENT_PROMISE	2025-11-16 09:05:42	KH hẹn chuyển khoản cuối tháng	CT000000000219	\N	\N	\N	2025-11-16 09:07:42	2025-11-16 09:07:42	anlv5	anlv5
92e41348-3615-4db3-80c7-3f8ac8ea0b69	CIF0000000015	W4250000000045	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2025-11-17 13:33:12	Thuê bao không liên lạc được	CT000000000362	\N	\N	\N	2025-11-17 13:35:12	2025-11-17 13:35:12	ngocht10	ngocht10
a5fc9e30-88f2-4ff8-bcb7-9b30c843f040	CIF0000000014	W4240000000040	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-11-17 19:45:31	Khách hàng từ chối thanh toán	CT000000000322	\N	\N	\N	2025-11-17 19:47:31	2025-11-17 19:47:31	ngocht10	ngocht10
4ce22034-e09a-4411-bbd4-ec06fd9c3d0f	CIF0000000010	W4250000000028	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	HOME_VISIT	PAYMENT_PROMISE	2025-11-19 14:45:30	Khách hàng cam kết trả một phần nợ quá hạn	\N	20.99215491	105.84538364	112 Nguyễn Văn Cừ, Phường 3, Quận Long Biên, Hà Nội	2025-11-19 14:47:30	2025-11-19 14:47:30	trinhdb9	trinhdb9
e7967fbc-4017-4f9f-b493-808667bd4f50	CIF0000000002	LD240000000006	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2025-11-21 08:40:58	Khách hàng xác nhận khoản nợ	CT000000000052	\N	\N	\N	2025-11-21 08:42:58	2025-11-21 08:42:58	quyenpk4	quyenpk4
abae007b-6090-47af-8e36-9edab71d8c79	CIF0000000008	W4230000000022	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	NO_ANSWER	2025-11-24 08:24:40	Gọi 3 lần không bắt máy	CT000000000178	\N	\N	\N	2025-11-24 08:26:40	2025-11-24 08:26:40	thanhnt7	thanhnt7
fec7c356-6c37-40ec-8530-dce937741674	CIF0000000028	LD250000000082	ea7afd25-bdb2-44fd-a022-e266d1504fe9	LETTER	DEMAND_LETTER	RETURNED	2025-11-25 10:42:50	Thư bị trả lại	\N	\N	\N	\N	2025-11-25 10:44:50	2025-11-25 10:44:50	toandd8	toandd8
d602050f-d599-4e5d-8a79-1fcbe630dd1e	CIF0000000024	LD230000000071	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2025-11-25 11:53:14	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-11-25 11:55:14	2025-11-25 11:55:14	thanhnt7	thanhnt7
8f253c5f-40bf-47f4-bd24-d973009a4a7b	CIF0000000022	LD250000000065	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-11-25 13:53:05	Khách hàng hứa thanh toán trong tuần này	CT000000000521	\N	\N	\N	2025-11-25 13:55:05	2025-11-25 13:55:05	toandd8	toandd8
7e308212-fc3f-445c-b8a3-180abead65e7	CIF0000000015	LD240000000043	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2025-12-01 19:59:09	Thuê bao không liên lạc được	CT000000000348	\N	\N	\N	2025-12-01 20:01:09	2025-12-01 20:01:09	ngocht10	ngocht10
90618f9c-57d1-400b-a3a6-0b2f99497845	CIF0000000030	LD230000000090	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-12-04 10:23:32	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000723	\N	\N	\N	2025-12-04 10:25:32	2025-12-04 10:25:32	anlv5	anlv5
40383e01-ec51-4573-867d-f966eca6576e	CIF0000000025	LD240000000073	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-12-04 16:29:10	Thuê bao không liên lạc được	CT000000000586	\N	\N	\N	2025-12-04 16:31:10	2025-12-04 16:31:10	anlv5	anlv5
10a61aac-3759-4e88-bb25-a178070c030d	CIF0000000028	LD250000000083	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-12-05 14:33:57	KH khiếu nại về phí phạt	CT000000000667	\N	\N	\N	2025-12-05 14:35:57	2025-12-05 14:35:57	toandd8	toandd8
8801dbf3-42b1-41e6-bba1-416f8ed2dccb	CIF0000000008	LD250000000024	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	HOME_VISIT	CUSTOMER_NOT_HOME	2025-12-06 09:08:13	Gặp người thân; đã nhắn lại	\N	10.76953579	106.66482238	340 Hai Bà Trưng, Phường 15, Quận Gò Vấp, TP. Hồ Chí Minh	2025-12-06 09:10:13	2025-12-06 09:10:13	trinhdb9	trinhdb9
2d473352-e97a-4315-8def-e88d1ebbc66f	CIF0000000018	W4230000000054	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2025-12-06 10:47:29	Người nhà nghe máy; hẹn gọi lại	CT000000000437	\N	\N	\N	2025-12-06 10:49:29	2025-12-06 10:49:29	thanhnt7	thanhnt7
33a3d90c-1296-46a3-a3ce-c3ca2c3aa0c7	CIF0000000022	LD250000000065	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-12-07 10:08:34	KH hẹn chuyển khoản cuối tháng	CT000000000522	\N	\N	\N	2025-12-07 10:10:34	2025-12-07 10:10:34	toandd8	toandd8
ab2ad3f9-a12d-4d2e-98a2-754712b62866	CIF0000000006	W4230000000016	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SENT	2025-12-08 17:11:55	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-12-08 17:13:55	2025-12-08 17:13:55	thanhnt7	thanhnt7
74dc7cbb-9e38-4f46-b9a2-60606c1a892a	CIF0000000003	W4240000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-12-10 15:16:53	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000059	\N	\N	\N	2025-12-10 15:18:53	2025-12-10 15:18:53	quyenpk4	quyenpk4
3fd1bf5c-2525-4e2a-9e91-2519677c72c2	CIF0000000014	LD250000000042	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	CONTACTED	2025-12-11 15:21:49	Đã nhắc nợ khách hàng	CT000000000337	\N	\N	\N	2025-12-11 15:23:49	2025-12-11 15:23:49	ngocht10	ngocht10
9edc474f-dfd8-449a-9fbb-3569057e3fbd	CIF0000000027	LD240000000079	ba31ae0a-b51e-4729-b6a5-0f03976226ca	LETTER	DEMAND_LETTER	RETURNED	2025-12-12 16:47:35	Thư bị trả lại	\N	\N	\N	\N	2025-12-12 16:49:35	2025-12-12 16:49:35	ngocht10	ngocht10
a02d2b86-9d19-4128-9789-6dcb90bb8a98	CIF0000000028	W4250000000084	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CONTACTED	2025-12-12 19:47:34	Đã thông báo số tiền quá hạn	CT000000000675	\N	\N	\N	2025-12-12 19:49:34	2025-12-12 19:49:34	toandd8	toandd8
666cf7ad-1add-4ea5-bbe4-78ec413a7af2	CIF0000000030	LD250000000089	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	CONTACTED	2025-12-13 18:48:36	Khách hàng xác nhận khoản nợ	CT000000000714	\N	\N	\N	2025-12-13 18:50:36	2025-12-13 18:50:36	anlv5	anlv5
e1c6da4c-cfb3-42fa-aabf-b27815adaeae	CIF0000000026	LD250000000078	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2025-12-15 16:01:55	Không nghe máy	CT000000000626	\N	\N	\N	2025-12-15 16:03:55	2025-12-15 16:03:55	quyenpk4	quyenpk4
5296283e-ac50-47e3-ba2e-d6dacb16c8d2	CIF0000000009	LD230000000026	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-12-16 09:27:17	Thuê bao không liên lạc được	CT000000000210	\N	\N	\N	2025-12-16 09:29:17	2025-12-16 09:29:17	anlv5	anlv5
dce65f96-2c27-4f5f-9696-c28ade54ed25	CIF0000000030	LD250000000088	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-12-18 13:43:14	Thuê bao không liên lạc được	CT000000000705	\N	\N	\N	2025-12-18 13:45:14	2025-12-18 13:45:14	anlv5	anlv5
6a840ba4-62a3-4469-b3b8-cd0bdb15ee1d	CIF0000000029	LD240000000085	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2025-12-21 11:13:06	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2025-12-21 11:15:06	2025-12-21 11:15:06	thanhnt7	thanhnt7
23820a3c-1c77-4153-a290-4df99e203ef2	CIF0000000002	LD240000000004	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	LETTER	DEMAND_LETTER	DELIVERED	2025-12-22 18:37:36	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-12-22 18:39:36	2025-12-22 18:39:36	quyenpk4	quyenpk4
dce66dad-25a1-4605-9638-5a665305d758	CIF0000000029	LD250000000087	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2025-12-24 09:07:48	Không nghe máy	CT000000000697	\N	\N	\N	2025-12-24 09:09:48	2025-12-24 09:09:48	thanhnt7	thanhnt7
a20e4f39-4fdc-4804-b515-08f568194432	CIF0000000003	W4240000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2025-12-24 17:40:49	Khách hàng từ chối thanh toán	CT000000000060	\N	\N	\N	2025-12-24 17:42:49	2025-12-24 17:42:49	quyenpk4	quyenpk4
51100444-3e1c-4135-8664-503567af9624	CIF0000000022	LD250000000065	ea7afd25-bdb2-44fd-a022-e266d1504fe9	LETTER	DEMAND_LETTER	DELIVERED	2025-12-25 10:24:04	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2025-12-25 10:26:04	2025-12-25 10:26:04	toandd8	toandd8
249418d2-a772-47bd-8d06-c1fb4e0336af	CIF0000000020	LD250000000060	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-12-25 14:28:13	KH hẹn chuyển khoản cuối tháng	CT000000000482	\N	\N	\N	2025-12-25 14:30:13	2025-12-25 14:30:13	ngocht10	ngocht10
7206cba8-e76c-4cef-a3bc-ddb6300d64d7	CIF0000000010	W4250000000028	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2025-12-26 13:50:38	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000227	\N	\N	\N	2025-12-26 13:52:38	2025-12-26 13:52:38	toandd8	toandd8
\.


--
-- Data for Name: action_records_2026_q1; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2026_q1 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
7f0148fa-739d-4e5f-b9bf-1d24442fae51	CIF0000000023	LD230000000069	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-01-01 16:01:33	Thuê bao không liên lạc được	CT000000000556	\N	\N	\N	2026-01-01 16:03:33	2026-01-01 16:03:33	anlv5	anlv5
b9c61a33-3500-4733-a7e9-f0a98db75693	CIF0000000022	LD250000000065	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-01-03 18:43:30	Người nhà nghe máy; hẹn gọi lại	CT000000000524	\N	\N	\N	2026-01-03 18:45:30	2026-01-03 18:45:30	toandd8	toandd8
bc70dafa-5481-4e9d-8800-543ef459de1b	CIF0000000023	LD250000000067	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2026-01-05 08:57:50	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-01-05 08:59:50	2026-01-05 08:59:50	anlv5	anlv5
80764695-1699-4eb5-a39b-e11b1839b440	CIF0000000011	LD240000000033	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SEND_FAILED	2026-01-06 11:11:03	Tin nhắn không gửi được	\N	\N	\N	\N	2026-01-06 11:13:03	2026-01-06 11:13:03	quyenpk4	quyenpk4
a3813541-de12-4e3d-a968-6cf5dd72c125	CIF0000000008	LD250000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-01-07 19:07:28	Không nghe máy	CT000000000196	\N	\N	\N	2026-01-07 19:09:28	2026-01-07 19:09:28	thanhnt7	thanhnt7
e146e0a4-8bdc-487b-b6ee-cc9acd627465	CIF0000000027	LD240000000081	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-01-08 08:45:34	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000652	\N	\N	\N	2026-01-08 08:47:34	2026-01-08 08:47:34	ngocht10	ngocht10
3521ff6d-b88a-47b2-b8fb-cb2e7ab5bea0	CIF0000000018	LD230000000053	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	NO_ANSWER	2026-01-09 19:37:05	Gọi 3 lần không bắt máy	CT000000000428	\N	\N	\N	2026-01-09 19:39:05	2026-01-09 19:39:05	thanhnt7	thanhnt7
65bf8e03-f4b1-4a24-a56e-332c154d80ee	CIF0000000005	W4250000000014	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2026-01-11 10:04:47	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-01-11 10:06:47	2026-01-11 10:06:47	anlv5	anlv5
dcded20d-ddd4-4c94-ae7d-20396e9c20f2	CIF0000000022	LD230000000064	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-01-11 10:47:11	Khách hàng hứa thanh toán trong tuần này	CT000000000517	\N	\N	\N	2026-01-11 10:49:11	2026-01-11 10:49:11	toandd8	toandd8
11140b04-ada0-49d5-857c-3e0e8c1262d4	CIF0000000016	W4230000000046	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-01-15 16:43:51	Thuê bao không liên lạc được	CT000000000372	\N	\N	\N	2026-01-15 16:45:51	2026-01-15 16:45:51	quyenpk4	quyenpk4
cf81fdb8-888e-4aa9-af4b-e7ceb27ae571	CIF0000000021	LD250000000063	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2026-01-19 08:14:04	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-01-19 08:16:04	2026-01-19 08:16:04	toandd8	toandd8
da423bd4-8d1f-402b-b4da-94a66934faad	CIF0000000003	LD230000000008	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2026-01-21 11:10:30	Đã thông báo số tiền quá hạn	CT000000000068	\N	\N	\N	2026-01-21 11:12:30	2026-01-21 11:12:30	quyenpk4	quyenpk4
084cc108-e100-498d-90bf-3b9b9660dc9e	CIF0000000022	LD240000000066	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CONTACTED	2026-01-22 18:58:11	Đã thông báo số tiền quá hạn	CT000000000532	\N	\N	\N	2026-01-22 19:00:11	2026-01-22 19:00:11	toandd8	toandd8
694cf527-631f-43ec-98d8-58250df9e943	CIF0000000028	LD250000000082	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	CONTACTED	2026-01-24 11:45:26	Đã nhắc nợ khách hàng	CT000000000659	\N	\N	\N	2026-01-24 11:47:26	2026-01-24 11:47:26	toandd8	toandd8
5aeee7da-b936-45ba-a476-1a8e7e1d0c8b	CIF0000000001	LD250000000003	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-01-24 15:14:36	Đã nhận tiền thanh toán	CT000000000025	\N	\N	\N	2026-01-24 15:16:36	2026-01-24 15:16:36	ngocht10	ngocht10
0ba892c9-c1e8-40c4-9bed-44c80233c79b	CIF0000000005	LD230000000013	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-01-25 08:15:01	Người nhà nghe máy; hẹn gọi lại	CT000000000109	\N	\N	\N	2026-01-25 08:17:01	2026-01-25 08:17:01	anlv5	anlv5
1c669db0-2af5-4e26-9052-6b0d798d72e3	CIF0000000022	LD250000000065	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2026-01-25 10:03:40	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-01-25 10:05:40	2026-01-25 10:05:40	toandd8	toandd8
11d15d9b-3753-46d1-a6de-dc2efefe06e4	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-01-25 18:52:20	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-01-25 18:54:20	2026-01-25 18:54:20	thanhnt7	thanhnt7
abd6270a-de74-4dd7-96e9-abe8343a2795	CIF0000000016	LD230000000048	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	LETTER	DEMAND_LETTER	DELIVERED	2026-01-26 09:54:53	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-01-26 09:56:53	2026-01-26 09:56:53	quyenpk4	quyenpk4
4c749683-2ae7-4e2a-8e89-7b9614a85b2a	CIF0000000012	LD250000000034	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2026-01-30 11:01:10	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-01-30 11:03:10	2026-01-30 11:03:10	toandd8	toandd8
6c894962-b4b2-4767-a2e5-28d30653c56c	CIF0000000007	LD240000000020	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	PAYMENT_PROMISE	2026-01-30 11:15:29	Khách hàng hứa thanh toán trong tuần này	CT000000000164	\N	\N	\N	2026-01-30 11:17:29	2026-01-30 11:17:29	anlv5	anlv5
3bb302ae-e9da-4449-b64c-edefacedeb09	CIF0000000026	LD250000000078	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-02-02 12:40:07	Đã nhận tiền thanh toán	CT000000000627	\N	\N	\N	2026-02-02 12:42:07	2026-02-02 12:42:07	quyenpk4	quyenpk4
fad87aeb-ceb3-4425-952e-09afbf859e82	CIF0000000011	LD240000000032	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-02-03 19:53:57	Người nhà nghe máy; hẹn gọi lại	CT000000000260	\N	\N	\N	2026-02-03 19:55:57	2026-02-03 19:55:57	quyenpk4	quyenpk4
3075415c-9adb-4edf-93b1-e72418d1b7f9	CIF0000000001	LD250000000003	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-02-05 10:24:42	Khách hàng đã chuyển khoản; chờ đối soát	CT000000000026	\N	\N	\N	2026-02-05 10:26:42	2026-02-05 10:26:42	ngocht10	ngocht10
6883d4a7-2cc7-423d-b3d9-b0bd99ead296	CIF0000000014	LD250000000042	ba31ae0a-b51e-4729-b6a5-0f03976226ca	LETTER	DEMAND_LETTER	RETURNED	2026-02-05 11:45:44	Thư bị trả lại	\N	\N	\N	\N	2026-02-05 11:47:44	2026-02-05 11:47:44	ngocht10	ngocht10
fa573571-245f-4805-9d06-918aabdd7e55	CIF0000000009	LD250000000027	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-02-05 13:10:42	KH khiếu nại về phí phạt	CT000000000220	\N	\N	\N	2026-02-05 13:12:42	2026-02-05 13:12:42	anlv5	anlv5
c3108b47-fc8b-4e50-90b2-8a40bef5955b	CIF0000000005	LD250000000015	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	NO_ANSWER	2026-02-07 15:11:10	Gọi 3 lần không bắt máy	CT000000000122	\N	\N	\N	2026-02-07 15:13:10	2026-02-07 15:13:10	anlv5	anlv5
60ef227f-404b-4416-aea0-390e814d1f08	CIF0000000023	W4250000000068	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-02-08 17:37:09	Thuê bao không liên lạc được	CT000000000545	\N	\N	\N	2026-02-08 17:39:09	2026-02-08 17:39:09	anlv5	anlv5
0d221b6f-21f8-4ef1-845c-da2e70b9dedf	CIF0000000010	W4250000000030	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	NO_ANSWER	2026-02-08 18:55:51	Gọi 3 lần không bắt máy	CT000000000244	\N	\N	\N	2026-02-08 18:57:51	2026-02-08 18:57:51	toandd8	toandd8
5dada2f4-05a5-49b6-882f-08d432a1f619	CIF0000000003	LD250000000009	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-02-10 18:28:39	Khách hàng bận; hẹn gọi lại sau	CT000000000074	\N	\N	\N	2026-02-10 18:30:39	2026-02-10 18:30:39	quyenpk4	quyenpk4
b63d7f03-5836-498a-ab3d-2e05984068a1	CIF0000000007	LD230000000019	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-02-11 11:18:33	KH khiếu nại về phí phạt	CT000000000155	\N	\N	\N	2026-02-11 11:20:33	2026-02-11 11:20:33	anlv5	anlv5
93c73c8b-daf5-4fcb-8052-bd517ac0f718	CIF0000000026	LD240000000076	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-02-11 12:55:12	Đã thu tiền mặt tại nhà khách hàng	CT000000000614	\N	\N	\N	2026-02-11 12:57:12	2026-02-11 12:57:12	quyenpk4	quyenpk4
144e35cd-82b1-4e1a-8c0b-afcbcbfc828d	CIF0000000004	LD230000000010	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	OFFICE_VISIT	CONTACTED	2026-02-13 12:55:52	Đã nhắc nợ khách hàng	\N	21.01484967	105.82894371	28 Quang Trung, Phường 5, Quận Đống Đa, Hà Nội	2026-02-13 12:57:52	2026-02-13 12:57:52	trinhdb9	trinhdb9
2f653c36-a87e-46fd-af21-63c815f7cb10	CIF0000000028	LD250000000083	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CONTACTED	2026-02-15 18:45:07	Đã nhắc nợ khách hàng	CT000000000668	\N	\N	\N	2026-02-15 18:47:07	2026-02-15 18:47:07	toandd8	toandd8
4d64ed1d-473c-4a04-b647-ef72ccb910fb	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	PAYMENT_PROMISE	2026-02-16 08:20:16	Khách hàng hứa thanh toán trong tuần này	CT000000000137	\N	\N	\N	2026-02-16 08:22:16	2026-02-16 08:22:16	thanhnt7	thanhnt7
04b77fe0-9737-42ae-a2b9-098413f54a8c	CIF0000000025	W4240000000075	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-02-20 17:25:13	Người nhà nghe máy; hẹn gọi lại	CT000000000603	\N	\N	\N	2026-02-20 17:27:13	2026-02-20 17:27:13	anlv5	anlv5
cce0488f-bda7-4f11-a56e-acbd270c64c2	CIF0000000028	W4250000000084	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	PAYMENT_PROMISE	2026-02-24 11:31:34	KH hẹn chuyển khoản cuối tháng	\N	10.78322618	106.66043357	143 Lê Duẩn, Phường 9, Quận 1, TP. Hồ Chí Minh	2026-02-24 11:33:34	2026-02-24 11:33:34	sonnd3	sonnd3
99962536-2ba7-4900-ae9f-c5795c9e27b9	CIF0000000010	W4250000000028	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CONTACTED	2026-02-24 11:55:35	Đã thông báo số tiền quá hạn	CT000000000228	\N	\N	\N	2026-02-24 11:57:35	2026-02-24 11:57:35	toandd8	toandd8
3f596941-e178-4bff-bcdf-3a11e8282e45	CIF0000000030	LD250000000088	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-02-27 11:47:55	Khách hàng hứa thanh toán trong tuần này	CT000000000706	\N	\N	\N	2026-02-27 11:49:55	2026-02-27 11:49:55	anlv5	anlv5
0c3fc8d2-b9d6-4f07-aa57-93681cf7eaaf	CIF0000000011	LD250000000031	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2026-02-28 10:00:27	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-02-28 10:02:27	2026-02-28 10:02:27	quyenpk4	quyenpk4
33f39b25-99f4-449f-898c-ec7ffe299363	CIF0000000021	LD250000000063	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2026-02-28 12:43:09	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-02-28 12:45:09	2026-02-28 12:45:09	toandd8	toandd8
c7757e61-744f-4048-b495-f39a3999fde2	CIF0000000002	LD240000000006	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-03-01 15:46:51	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-03-01 15:48:51	2026-03-01 15:48:51	ngocht10	ngocht10
3a904fcc-d0fc-45e0-b60c-afda66fd55bb	CIF0000000027	LD240000000079	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2026-03-03 11:19:43	Gọi 3 lần không bắt máy	CT000000000637	\N	\N	\N	2026-03-03 11:21:43	2026-03-03 11:21:43	ngocht10	ngocht10
f7de2a3c-63a9-451d-8ed6-2e4a5f4f5d84	CIF0000000025	LD250000000074	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	WRONG_NUMBER	2026-03-04 15:25:41	Sai số điện thoại	CT000000000597	\N	\N	\N	2026-03-04 15:27:41	2026-03-04 15:27:41	anlv5	anlv5
26db19d5-065b-435b-af52-02b2796faccd	CIF0000000004	LD230000000012	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-03-05 18:05:03	Khách hàng đã chuyển khoản; chờ đối soát	CT000000000099	\N	\N	\N	2026-03-05 18:07:03	2026-03-05 18:07:03	ngocht10	ngocht10
0c0b429d-6d86-4f3a-9192-9e33d42b5e33	CIF0000000018	LD230000000053	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-03-06 16:30:30	Không nghe máy	CT000000000429	\N	\N	\N	2026-03-06 16:32:30	2026-03-06 16:32:30	thanhnt7	thanhnt7
1b4a5dc8-7014-4e10-9b96-b8c967a44bd8	CIF0000000024	LD250000000070	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-03-06 17:42:45	Đã nhận tiền thanh toán	CT000000000563	\N	\N	\N	2026-03-06 17:44:45	2026-03-06 17:44:45	thanhnt7	thanhnt7
01791364-76bd-4194-96d3-0c8587f9da26	CIF0000000006	LD230000000018	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-09 10:09:34	KH hẹn chuyển khoản cuối tháng	CT000000000148	\N	\N	\N	2026-03-09 10:11:34	2026-03-09 10:11:34	thanhnt7	thanhnt7
60f84cec-1a0f-4bf1-90eb-a4697c25bfc0	CIF0000000015	LD240000000043	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-10 10:46:52	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000349	\N	\N	\N	2026-03-10 10:48:52	2026-03-10 10:48:52	quyenpk4	quyenpk4
ebb5b437-232c-4ce7-8a02-9e4eab9c4c3d	CIF0000000016	LD240000000047	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-03-12 08:35:52	Khách hàng bận; hẹn gọi lại sau	CT000000000380	\N	\N	\N	2026-03-12 08:37:52	2026-03-12 08:37:52	quyenpk4	quyenpk4
4965f7d6-bdde-4ea7-accf-2606616a8b28	CIF0000000023	W4250000000068	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-15 17:36:14	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000546	\N	\N	\N	2026-03-15 17:38:14	2026-03-15 17:38:14	anlv5	anlv5
619d8b37-34a5-4b4c-a07b-6f060f18ad01	CIF0000000029	LD250000000087	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-16 17:10:38	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000698	\N	\N	\N	2026-03-16 17:12:38	2026-03-16 17:12:38	thanhnt7	thanhnt7
b5262bf8-5cab-4791-a660-9f79013dd9ae	CIF0000000012	LD250000000034	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	PAYMENT_PROMISE	2026-03-16 18:06:22	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000276	\N	\N	\N	2026-03-16 18:08:22	2026-03-16 18:08:22	toandd8	toandd8
33dce758-9bf6-49c5-964e-c6ad54881ca7	CIF0000000027	LD240000000081	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-17 18:19:05	KH hẹn chuyển khoản cuối tháng	CT000000000653	\N	\N	\N	2026-03-17 18:21:05	2026-03-17 18:21:05	ngocht10	ngocht10
174c56f2-d770-49de-b80a-e198add85c75	CIF0000000018	LD260000000052	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-03-18 14:07:58	Đã thông báo số tiền quá hạn	CT000000000417	\N	\N	\N	2026-03-18 14:09:58	2026-03-18 14:09:58	thanhnt7	thanhnt7
d175287f-e375-4f1f-ae71-dc111dee2d70	CIF0000000008	LD250000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-21 14:57:39	KH hẹn chuyển khoản cuối tháng	CT000000000197	\N	\N	\N	2026-03-21 14:59:39	2026-03-21 14:59:39	thanhnt7	thanhnt7
6d78a92a-1457-43ee-a224-35112793fae2	CIF0000000025	LD240000000073	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-03-24 15:51:51	Đã thông báo số tiền quá hạn	CT000000000587	\N	\N	\N	2026-03-24 15:53:51	2026-03-24 15:53:51	anlv5	anlv5
551cd1b5-296e-4edd-abbf-92eeb249a37f	CIF0000000010	LD220000000029	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-03-25 08:10:36	Người nhà nghe máy; hẹn gọi lại	CT000000000236	\N	\N	\N	2026-03-25 08:12:36	2026-03-25 08:12:36	toandd8	toandd8
3a8572ec-0efc-4fe8-afd3-db68467d10c0	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-03-26 17:37:26	Khách hàng xác nhận khoản nợ	CT000000000580	\N	\N	\N	2026-03-26 17:39:26	2026-03-26 17:39:26	thanhnt7	thanhnt7
9ed5e2f6-9cd5-4f3d-826f-c933a4073320	CIF0000000007	W4230000000021	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-03-28 18:18:33	KH hẹn chuyển khoản cuối tháng	CT000000000171	\N	\N	\N	2026-03-28 18:20:33	2026-03-28 18:20:33	quyenpk4	quyenpk4
5fcc7661-cc7d-4dc3-a73c-e6ce97ca5c8d	CIF0000000012	LD240000000036	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-03-30 09:08:49	KH khiếu nại về phí phạt	CT000000000293	\N	\N	\N	2026-03-30 09:10:49	2026-03-30 09:10:49	toandd8	toandd8
81576fe0-d3b7-4d1d-90b0-e2ea7233a5ec	CIF0000000022	LD230000000064	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	CALLBACK_REQUESTED	2026-03-30 18:57:03	Khách hàng bận; hẹn gọi lại sau	CT000000000518	\N	\N	\N	2026-03-30 18:59:03	2026-03-30 18:59:03	anlv5	anlv5
51f00a93-1ce1-4d4a-96d4-16ef8844b516	CIF0000000028	LD250000000082	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2026-03-30 19:30:53	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-03-30 19:32:53	2026-03-30 19:32:53	toandd8	toandd8
\.


--
-- Data for Name: action_records_2026_q2; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2026_q2 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
e4e46f8d-87c3-4394-ad0c-8876251d0bc4	CIF0000000023	LD250000000067	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-04-01 12:37:19	Khách hàng từ chối thanh toán	CT000000000540	\N	\N	\N	2026-04-01 12:39:19	2026-04-01 12:39:19	anlv5	anlv5
830442a9-fb66-4302-a7f4-a5ae39c91376	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-04-01 16:21:41	Đã nhắc nợ khách hàng	CT000000000138	\N	\N	\N	2026-04-01 16:23:41	2026-04-01 16:23:41	thanhnt7	thanhnt7
d297c576-8ed5-4488-ac9f-b7e6252b8a26	CIF0000000022	LD240000000066	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-04-04 08:48:23	Thuê bao không liên lạc được	CT000000000533	\N	\N	\N	2026-04-04 08:50:23	2026-04-04 08:50:23	anlv5	anlv5
01299001-0d4a-4419-b3d7-b4983cdc0b1c	CIF0000000002	LD240000000006	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-04-05 11:31:24	Khách hàng hứa thanh toán trong tuần này	CT000000000054	\N	\N	\N	2026-04-05 11:33:24	2026-04-05 11:33:24	ngocht10	ngocht10
a419a941-846c-4b68-8b2c-ad2a4fed9081	CIF0000000009	LD250000000027	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-04-05 19:30:52	Không nghe máy	CT000000000221	\N	\N	\N	2026-04-05 19:32:52	2026-04-05 19:32:52	quyenpk4	quyenpk4
6f082200-22c8-4019-a5dc-78703e0a70b4	CIF0000000009	W4230000000025	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2026-04-06 14:37:31	Khách hàng xác nhận khoản nợ	CT000000000204	\N	\N	\N	2026-04-06 14:39:31	2026-04-06 14:39:31	quyenpk4	quyenpk4
1da6d112-e0d0-49cc-a8de-a39d48237677	CIF0000000026	W4260000000077	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-04-09 13:14:41	Thuê bao không liên lạc được	CT000000000617	\N	\N	\N	2026-04-09 13:16:41	2026-04-09 13:16:41	anlv5	anlv5
13106605-d85a-4612-b706-0bf0ae088ace	CIF0000000012	LD260000000035	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2026-04-10 14:05:52	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-04-10 14:07:52	2026-04-10 14:07:52	toandd8	toandd8
ec593cd4-a919-4f13-8e5d-8f3c5b250690	CIF0000000015	W4250000000045	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-04-11 15:57:20	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000363	\N	\N	\N	2026-04-11 15:59:20	2026-04-11 15:59:20	quyenpk4	quyenpk4
ae7578c1-8783-4c0a-80ec-bf5b9af24449	CIF0000000023	LD250000000067	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2026-04-13 08:02:03	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-04-13 08:04:03	2026-04-13 08:04:03	anlv5	anlv5
a4daab0a-fdcc-4ef9-b76c-6600222bde9d	CIF0000000014	LD250000000041	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2026-04-13 14:46:10	Đã nhắc nợ khách hàng	CT000000000330	\N	\N	\N	2026-04-13 14:48:10	2026-04-13 14:48:10	ngocht10	ngocht10
5f14b109-33b7-4c5d-a0ab-f7cb359b4054	CIF0000000030	LD230000000090	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-04-13 15:12:55	KH khiếu nại về phí phạt	CT000000000724	\N	\N	\N	2026-04-13 15:14:55	2026-04-13 15:14:55	anlv5	anlv5
3a83bbf5-431b-4b26-888d-7d4b3751fa46	CIF0000000020	LD250000000060	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-04-14 18:04:18	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-04-14 18:06:18	2026-04-14 18:06:18	ngocht10	ngocht10
a42a1fdb-29e9-4e1e-9449-0bcd26d0a2e4	CIF0000000026	LD250000000078	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-04-16 08:19:58	Đã thông báo số tiền quá hạn	CT000000000628	\N	\N	\N	2026-04-16 08:21:58	2026-04-16 08:21:58	anlv5	anlv5
83970cde-1596-4e09-814e-e865611546c5	CIF0000000028	W4250000000084	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	VISIT	HOME_VISIT	CUSTOMER_NOT_HOME	2026-04-16 08:58:46	Nhà đóng cửa	\N	10.78319136	106.66116975	143 Lê Duẩn, Phường 9, Quận 1, TP. Hồ Chí Minh	2026-04-16 09:00:46	2026-04-16 09:00:46	sonnd3	sonnd3
3bc13719-0f20-418d-935e-b7be49d97fa1	CIF0000000029	LD240000000085	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	LETTER	DEMAND_LETTER	DELIVERED	2026-04-17 11:48:54	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-04-17 11:50:54	2026-04-17 11:50:54	thanhnt7	thanhnt7
8128d9a2-8a18-4542-9569-bd8ad5ca0c63	CIF0000000005	LD250000000015	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	INBOUND_CALL	NO_ANSWER	2026-04-19 12:30:29	Không nghe máy	CT000000000123	\N	\N	\N	2026-04-19 12:32:29	2026-04-19 12:32:29	anlv5	anlv5
090297e8-51e6-4e6e-b4f1-b45172e2f257	CIF0000000019	LD230000000055	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-04-22 16:50:11	Khách hàng hứa thanh toán trong tuần này	CT000000000444	\N	\N	\N	2026-04-22 16:52:11	2026-04-22 16:52:11	thanhnt7	thanhnt7
58a0afc1-d547-478c-ac9a-98d8a0ef98ca	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-04-22 19:30:28	KH hẹn chuyển khoản cuối tháng	CT000000000139	\N	\N	\N	2026-04-22 19:32:28	2026-04-22 19:32:28	thanhnt7	thanhnt7
b8d9f942-e4c2-4eac-94c7-5a0229a6d854	CIF0000000027	W4260000000080	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	CONTACTED	2026-04-23 09:10:19	Đã nhắc nợ khách hàng	CT000000000641	\N	\N	\N	2026-04-23 09:12:19	2026-04-23 09:12:19	ngocht10	ngocht10
81d9e7bf-1660-4f9a-8778-c066f6246d21	CIF0000000030	LD250000000089	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-04-24 11:37:36	Đã nhắc nợ khách hàng	CT000000000715	\N	\N	\N	2026-04-24 11:39:36	2026-04-24 11:39:36	anlv5	anlv5
8825c868-41ba-4703-846e-a821402d88ca	CIF0000000013	LD250000000038	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-04-24 15:49:14	Khách hàng bận; hẹn gọi lại sau	CT000000000307	\N	\N	\N	2026-04-24 15:51:14	2026-04-24 15:51:14	quyenpk4	quyenpk4
4b59d8ec-ce40-4b1c-8444-0a1f25cbb1d9	CIF0000000010	W4250000000028	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2026-04-24 19:45:44	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-04-24 19:47:44	2026-04-24 19:47:44	toandd8	toandd8
1012cf25-9bdf-4709-a146-377b759241a7	CIF0000000017	LD240000000049	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	LETTER	DEMAND_LETTER	DELIVERED	2026-04-27 09:33:38	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-04-27 09:35:38	2026-04-27 09:35:38	anlv5	anlv5
4441dea0-7737-49be-adbe-d8fb3b8233a2	CIF0000000019	LD240000000057	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-04-27 13:14:38	Gọi 3 lần không bắt máy	CT000000000459	\N	\N	\N	2026-04-27 13:16:38	2026-04-27 13:16:38	thanhnt7	thanhnt7
8b3cd04f-464d-4499-bdf5-67a121d02c67	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-04-28 08:57:29	Khách hàng từ chối thanh toán	CT000000000449	\N	\N	\N	2026-04-28 08:59:29	2026-04-28 08:59:29	thanhnt7	thanhnt7
7eacc860-5b9b-400b-9c24-56be97804800	CIF0000000014	W4240000000040	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2026-05-01 11:54:23	Đã thông báo số tiền quá hạn	CT000000000323	\N	\N	\N	2026-05-01 11:56:23	2026-05-01 11:56:23	ngocht10	ngocht10
0cf5e752-6dcb-4c97-af1b-3853c0ebd72a	CIF0000000021	LD250000000063	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-05-01 16:08:19	Khách hàng bận; hẹn gọi lại sau	CT000000000507	\N	\N	\N	2026-05-01 16:10:19	2026-05-01 16:10:19	toandd8	toandd8
92cda410-f17d-4569-90b0-6fe45c93ee72	CIF0000000021	LD230000000061	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2026-05-02 08:16:33	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-02 08:18:33	2026-05-02 08:18:33	toandd8	toandd8
f5497703-3ef2-4531-8fa4-170007cc86d1	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SENT	2026-05-07 12:10:58	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-07 12:12:58	2026-05-07 12:12:58	thanhnt7	thanhnt7
ffefac5c-c62c-4eef-aa52-6cd5d91abdb2	CIF0000000018	LD260000000052	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-05-07 17:12:40	Thuê bao không liên lạc được	CT000000000418	\N	\N	\N	2026-05-07 17:14:40	2026-05-07 17:14:40	thanhnt7	thanhnt7
b8f93c79-60c6-4fbe-9356-ebf0c8cb9a1d	CIF0000000014	LD250000000042	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	CONTACTED	2026-05-07 18:10:09	Đã thông báo số tiền quá hạn	CT000000000339	\N	\N	\N	2026-05-07 18:12:09	2026-05-07 18:12:09	ngocht10	ngocht10
56fa60da-fb98-4b2e-a464-319717d8e7ad	CIF0000000023	W4250000000068	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-05-07 19:50:58	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000547	\N	\N	\N	2026-05-07 19:52:58	2026-05-07 19:52:58	anlv5	anlv5
47194589-3d7c-4064-9ce1-91810be59c84	CIF0000000010	LD220000000029	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2026-05-09 14:30:45	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-09 14:32:45	2026-05-09 14:32:45	toandd8	toandd8
9198d108-7cb5-4142-8f2b-dbcdd5f9633f	CIF0000000018	W4230000000054	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-05-15 19:56:23	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-15 19:58:23	2026-05-15 19:58:23	thanhnt7	thanhnt7
7f4744e1-5579-4016-baab-295281589391	CIF0000000004	W4260000000011	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2026-05-17 08:27:00	Không nghe máy	CT000000000089	\N	\N	\N	2026-05-17 08:29:00	2026-05-17 08:29:00	ngocht10	ngocht10
8556e4db-bd38-4615-bed9-15adadc8756a	CIF0000000008	W4230000000022	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-05-19 08:03:24	Khách hàng xác nhận khoản nợ	CT000000000179	\N	\N	\N	2026-05-19 08:05:24	2026-05-19 08:05:24	thanhnt7	thanhnt7
2447c49c-b9b0-4787-83e7-9c7a08e734aa	CIF0000000007	LD240000000020	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	LETTER	DEMAND_LETTER	DELIVERED	2026-05-19 14:30:01	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-05-19 14:32:01	2026-05-19 14:32:01	quyenpk4	quyenpk4
5aa2a401-cbe3-4b36-9739-89072ac81d93	CIF0000000026	LD250000000078	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2026-05-20 08:52:05	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-20 08:54:05	2026-05-20 08:54:05	anlv5	anlv5
5d5316ea-d693-41ec-89fe-05bf0cfdc011	CIF0000000027	W4260000000080	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-05-20 12:41:45	Khách hàng cho rằng không còn nợ	CT000000000642	\N	\N	\N	2026-05-20 12:43:45	2026-05-20 12:43:45	ngocht10	ngocht10
4621a6bf-ec25-4389-8e62-652dacbf26a8	CIF0000000026	W4260000000077	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-05-21 09:16:07	Đã thông báo số tiền quá hạn	CT000000000618	\N	\N	\N	2026-05-21 09:18:07	2026-05-21 09:18:07	anlv5	anlv5
4d04956c-a2f1-4497-a92d-adb285ff711a	CIF0000000009	W4230000000025	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2026-05-21 10:27:42	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-21 10:29:42	2026-05-21 10:29:42	quyenpk4	quyenpk4
ec2a4245-c600-413f-84e9-1c171c84a8ab	CIF0000000028	LD250000000083	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	CONTACTED	2026-05-21 14:43:42	Khách hàng xác nhận khoản nợ	CT000000000669	\N	\N	\N	2026-05-21 14:45:42	2026-05-21 14:45:42	toandd8	toandd8
efafe5b9-395c-46b9-bf24-54a1999d4475	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-05-22 08:55:19	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-22 08:57:19	2026-05-22 08:57:19	thanhnt7	thanhnt7
3a529b0a-f426-42a1-ac73-f1e2851c509c	CIF0000000030	LD250000000088	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-05-23 14:38:07	Khách hàng xác nhận khoản nợ	CT000000000707	\N	\N	\N	2026-05-23 14:40:07	2026-05-23 14:40:07	anlv5	anlv5
e152a227-76de-414e-b9cd-8deff7681aa6	CIF0000000029	LD260000000086	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-05-24 17:56:27	Đã nhắc nợ khách hàng	CT000000000689	\N	\N	\N	2026-05-24 17:58:27	2026-05-24 17:58:27	thanhnt7	thanhnt7
b837e1f0-dd02-425b-a4fa-e371788a9c51	CIF0000000028	W4250000000084	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-05-26 14:11:26	KH hẹn chuyển khoản cuối tháng	CT000000000678	\N	\N	\N	2026-05-26 14:13:26	2026-05-26 14:13:26	quyenpk4	quyenpk4
6558a467-b29d-4123-ae27-4855a30a86fd	CIF0000000005	LD230000000013	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	LETTER	DEMAND_LETTER	DELIVERED	2026-05-28 14:46:26	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-05-28 14:48:26	2026-05-28 14:48:26	anlv5	anlv5
360e93ec-7bd0-4d5b-b2c3-bebc5a89de11	CIF0000000009	LD230000000026	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-05-30 13:47:32	Khách hàng từ chối thanh toán	CT000000000211	\N	\N	\N	2026-05-30 13:49:32	2026-05-30 13:49:32	quyenpk4	quyenpk4
017745f9-3999-40d2-b00f-e699721c9408	CIF0000000029	LD250000000087	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-05-30 19:38:47	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-30 19:40:47	2026-05-30 19:40:47	thanhnt7	thanhnt7
35acfcde-a64a-4ef7-90a6-599708b2e334	CIF0000000021	LD250000000063	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2026-05-31 14:41:53	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-05-31 14:43:53	2026-05-31 14:43:53	toandd8	toandd8
08513107-fce9-47ac-bf5a-f4c72cd22c04	CIF0000000007	W4230000000021	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	OVERDUE_NOTICE	SENT	2026-06-01 10:06:37	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-01 10:08:37	2026-06-01 10:08:37	quyenpk4	quyenpk4
0cf8982b-6361-4460-8dce-d823e448d413	CIF0000000018	LD260000000052	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-06-01 12:04:42	Khách hàng đã chuyển khoản; chờ đối soát	CT000000000419	\N	\N	\N	2026-06-01 12:06:42	2026-06-01 12:06:42	thanhnt7	thanhnt7
2f34f409-d986-4e8c-b575-5cca55fb7ba3	CIF0000000001	W4250000000001	ba31ae0a-b51e-4729-b6a5-0f03976226ca	LETTER	DEMAND_LETTER	DELIVERED	2026-06-02 10:30:59	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-06-02 10:32:59	2026-06-02 10:32:59	ngocht10	ngocht10
8016380f-46d7-4a0e-8962-91c52315d057	CIF0000000012	LD250000000034	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-06-02 13:56:33	Khách hàng đề nghị gọi lại buổi tối	CT000000000277	\N	\N	\N	2026-06-02 13:58:33	2026-06-02 13:58:33	toandd8	toandd8
42efc0f9-8fcd-4942-bc15-bd84b301f65e	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-06-02 17:24:09	Khách hàng hứa thanh toán trong tuần này	CT000000000140	\N	\N	\N	2026-06-02 17:26:09	2026-06-02 17:26:09	thanhnt7	thanhnt7
f0d9e982-5c37-4a92-badd-08a7d679e036	CIF0000000006	W4230000000016	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	LETTER	DEMAND_LETTER	DELIVERED	2026-06-02 19:58:20	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-06-02 20:00:20	2026-06-02 20:00:20	thanhnt7	thanhnt7
d72a0e26-0b95-4b54-921c-d4624bae335a	CIF0000000023	LD250000000067	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-06-05 15:41:06	Đã thông báo số tiền quá hạn	CT000000000542	\N	\N	\N	2026-06-05 15:43:06	2026-06-05 15:43:06	anlv5	anlv5
836cfe67-9af4-4c34-a159-cfc9d8a5f5cc	CIF0000000023	W4250000000068	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SEND_FAILED	2026-06-07 17:23:31	Tin nhắn không gửi được	\N	\N	\N	\N	2026-06-07 17:25:31	2026-06-07 17:25:31	anlv5	anlv5
0d4348d6-3708-4afa-ae57-68d6fb5d1272	CIF0000000015	LD220000000044	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	WRONG_NUMBER	2026-06-08 12:43:58	Sai số điện thoại	CT000000000356	\N	\N	\N	2026-06-08 12:45:58	2026-06-08 12:45:58	quyenpk4	quyenpk4
ed7b4a77-c4cc-4675-8fcd-0c911ce1c631	CIF0000000006	LD230000000018	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-06-08 18:10:58	Khách hàng hứa thanh toán trong tuần này	CT000000000149	\N	\N	\N	2026-06-08 18:12:58	2026-06-08 18:12:58	thanhnt7	thanhnt7
690ada83-75eb-4145-acd3-7d0f9353b90e	CIF0000000015	W4250000000045	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-06-09 08:59:46	Gọi 3 lần không bắt máy	CT000000000364	\N	\N	\N	2026-06-09 09:01:46	2026-06-09 09:01:46	quyenpk4	quyenpk4
80845aa6-dd9c-4c1a-b2c2-917876773316	CIF0000000018	LD230000000053	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-06-09 12:10:50	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-09 12:12:50	2026-06-09 12:12:50	thanhnt7	thanhnt7
fa54141f-88f0-4c90-b6e9-a031bb82a191	CIF0000000014	LD250000000041	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-06-10 10:23:56	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-10 10:25:56	2026-06-10 10:25:56	ngocht10	ngocht10
60924793-a28e-4aa8-8030-e24edeb5c0d9	CIF0000000025	LD250000000074	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-06-11 12:51:29	Không nghe máy	CT000000000598	\N	\N	\N	2026-06-11 12:53:29	2026-06-11 12:53:29	anlv5	anlv5
5275e2da-88c7-4fd2-b506-904340ecd908	CIF0000000024	LD230000000071	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-06-11 18:07:27	KH khiếu nại về phí phạt	CT000000000572	\N	\N	\N	2026-06-11 18:09:27	2026-06-11 18:09:27	thanhnt7	thanhnt7
7ce64850-267b-45c4-8deb-606bb8e44fc2	CIF0000000013	LD260000000039	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2026-06-12 12:53:55	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-12 12:55:55	2026-06-12 12:55:55	quyenpk4	quyenpk4
60fc1e68-f5a7-4280-8158-c9e23d911693	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-06-16 13:19:44	Khách hàng từ chối thanh toán	CT000000000401	\N	\N	\N	2026-06-16 13:21:44	2026-06-16 13:21:44	anlv5	anlv5
f7c73bf6-44c3-424d-b43d-bfe7b3b6f0ee	CIF0000000012	LD260000000035	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-06-17 09:11:00	Người nhà nghe máy; hẹn gọi lại	CT000000000282	\N	\N	\N	2026-06-17 09:13:00	2026-06-17 09:13:00	toandd8	toandd8
c89e91ef-1be2-464a-b2b9-9032c5cdf0cb	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-06-18 08:01:14	Thuê bao không liên lạc được	CT000000000451	\N	\N	\N	2026-06-18 08:03:14	2026-06-18 08:03:14	thanhnt7	thanhnt7
5f8dd22f-9d71-49e0-b9f0-20667c06da27	CIF0000000026	W4260000000077	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	PAYMENT_REMINDER	SENT	2026-06-18 09:25:19	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-18 09:27:19	2026-06-18 09:27:19	anlv5	anlv5
a16ad1ee-d34d-4c99-bc49-cbc2d988a174	CIF0000000014	LD250000000042	ba31ae0a-b51e-4729-b6a5-0f03976226ca	LETTER	DEMAND_LETTER	DELIVERED	2026-06-18 12:40:26	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-06-18 12:42:26	2026-06-18 12:42:26	ngocht10	ngocht10
cb1508f6-c33b-4e98-9fab-4165f9411699	CIF0000000002	LD240000000004	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-06-20 15:24:18	Khách hàng hứa thanh toán trong tuần này	CT000000000037	\N	\N	\N	2026-06-20 15:26:18	2026-06-20 15:26:18	ngocht10	ngocht10
ddeb6f18-f6b6-4ff4-b01f-f0ad38683fa6	CIF0000000011	LD240000000033	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-06-22 10:46:03	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000267	\N	\N	\N	2026-06-22 10:48:03	2026-06-22 10:48:03	ngocht10	ngocht10
8b4dce6f-f691-4c28-b837-da93b96a1e7c	CIF0000000001	LD250000000003	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	CALLBACK_REQUESTED	2026-06-22 16:56:32	Khách hàng bận; hẹn gọi lại sau	CT000000000027	\N	\N	\N	2026-06-22 16:58:32	2026-06-22 16:58:32	ngocht10	ngocht10
fb268b8a-de09-4157-b94e-d9e86f9bb78b	CIF0000000010	W4250000000030	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	OVERDUE_NOTICE	SENT	2026-06-25 14:46:02	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-25 14:48:02	2026-06-25 14:48:02	toandd8	toandd8
005f912b-2764-4183-81a6-a8e8e81cdcd8	CIF0000000030	LD250000000089	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-06-26 08:58:54	Gọi 3 lần không bắt máy	CT000000000716	\N	\N	\N	2026-06-26 09:00:54	2026-06-26 09:00:54	anlv5	anlv5
aa26a783-1823-41c5-ae84-0f77e73dc020	CIF0000000029	LD250000000087	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-06-26 13:58:07	Khách hàng hứa thanh toán trong tuần này	CT000000000700	\N	\N	\N	2026-06-26 14:00:07	2026-06-26 14:00:07	thanhnt7	thanhnt7
c2bebd49-1a53-473b-ac73-1876632263ac	CIF0000000016	LD240000000047	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-06-26 15:14:15	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-06-26 15:16:15	2026-06-26 15:16:15	ngocht10	ngocht10
82f8f675-f7a6-4f76-aa86-bdc824e3c174	CIF0000000010	W4250000000028	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	HOME_VISIT	REFUSED_TO_PAY	2026-06-26 17:51:09	KH khiếu nại về phí phạt	\N	20.99179121	105.84431293	112 Nguyễn Văn Cừ, Phường 3, Quận Long Biên, Hà Nội	2026-06-26 17:53:09	2026-06-26 17:53:09	trinhdb9	trinhdb9
24d7a61d-e78c-4913-ae35-d3ac09638125	CIF0000000013	LD250000000038	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-06-27 16:54:28	KH hẹn chuyển khoản cuối tháng	CT000000000308	\N	\N	\N	2026-06-27 16:56:28	2026-06-27 16:56:28	quyenpk4	quyenpk4
85aebbf3-c5d8-4a49-979f-55876b8129e7	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-06-28 10:28:39	Đã thu tiền mặt tại nhà khách hàng	CT000000000402	\N	\N	\N	2026-06-28 10:30:39	2026-06-28 10:30:39	anlv5	anlv5
109d57b2-4347-4f20-8631-2048b2a67265	CIF0000000028	LD250000000083	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	VISIT	HOME_VISIT	CUSTOMER_NOT_HOME	2026-06-28 10:56:23	Nhà đóng cửa	\N	10.78383653	106.66110603	143 Lê Duẩn, Phường 9, Quận 1, TP. Hồ Chí Minh	2026-06-28 10:58:23	2026-06-28 10:58:23	huongtm6	huongtm6
\.


--
-- Data for Name: action_records_2026_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2026_q3 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
f4e482c9-7ae0-486e-bdba-938970d2f044	CIF0000000008	LD250000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-07-03 13:03:04	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000198	\N	\N	\N	2026-07-03 13:05:04	2026-07-03 13:05:04	thanhnt7	thanhnt7
84680361-3d06-4646-92b9-50257b8a49a1	CIF0000000018	W4230000000054	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-07-04 08:34:04	Gọi 3 lần không bắt máy	CT000000000439	\N	\N	\N	2026-07-04 08:36:04	2026-07-04 08:36:04	quyenpk4	quyenpk4
39b9adbb-fdf2-41c2-9ab2-1815c554e6c0	CIF0000000018	LD260000000052	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-07-04 13:56:00	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000420	\N	\N	\N	2026-07-04 13:58:00	2026-07-04 13:58:00	quyenpk4	quyenpk4
8bc5fec0-9600-4353-b3e2-a583d3eb5709	CIF0000000001	LD230000000002	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-07-04 17:41:48	Đã thu tiền mặt tại nhà khách hàng	CT000000000019	\N	\N	\N	2026-07-04 17:43:48	2026-07-04 17:43:48	ngocht10	ngocht10
03e2dca2-f646-4264-9f58-1d3d481aa70e	CIF0000000005	W4250000000014	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2026-07-05 10:58:57	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-05 11:00:57	2026-07-05 11:00:57	anlv5	anlv5
f112277c-b335-4e22-abbf-0e74f6558ef8	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-07-05 17:05:28	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-05 17:07:28	2026-07-05 17:07:28	thanhnt7	thanhnt7
e09521bc-2ba8-42c0-a051-cd13c10e3013	CIF0000000013	LD260000000039	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-07-05 19:59:02	Gọi 3 lần không bắt máy	CT000000000314	\N	\N	\N	2026-07-05 20:01:02	2026-07-05 20:01:02	quyenpk4	quyenpk4
06093fc1-ba92-42da-9016-1924d0ef2ce4	CIF0000000029	LD260000000086	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SENT	2026-07-10 09:25:44	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-10 09:27:44	2026-07-10 09:27:44	thanhnt7	thanhnt7
9dbe1455-d276-41e5-84fe-0b4485c63a96	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-07-11 08:12:24	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000582	\N	\N	\N	2026-07-11 08:14:24	2026-07-11 08:14:24	thanhnt7	thanhnt7
97c51adf-cd1c-428c-9c46-d69a34171de9	CIF0000000022	LD230000000064	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-07-11 10:02:05	Khách hàng hứa thanh toán trong tuần này	CT000000000519	\N	\N	\N	2026-07-11 10:04:05	2026-07-11 10:04:05	anlv5	anlv5
c487c496-edae-4a9f-90dc-eb523dd04f14	CIF0000000016	LD230000000048	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	CONTACTED	2026-07-11 17:56:24	Đã thông báo số tiền quá hạn	CT000000000388	\N	\N	\N	2026-07-11 17:58:24	2026-07-11 17:58:24	ngocht10	ngocht10
54f99e42-d0f2-4260-b76c-43cacf40e10b	CIF0000000004	W4260000000011	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	PAYMENT_PROMISE	2026-07-12 16:23:08	Khách hàng hứa thanh toán trong tuần này	CT000000000090	\N	\N	\N	2026-07-12 16:25:08	2026-07-12 16:25:08	ngocht10	ngocht10
88471f0c-e038-4e6f-b743-d3ef9d22930e	CIF0000000015	LD240000000043	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-07-12 16:55:47	Khách hàng cho rằng không còn nợ	CT000000000350	\N	\N	\N	2026-07-12 16:57:47	2026-07-12 16:57:47	quyenpk4	quyenpk4
4daf967f-c4e2-460e-a455-f6f715a94b49	CIF0000000008	LD260000000023	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2026-07-15 17:08:04	Đã thông báo số tiền quá hạn	CT000000000185	\N	\N	\N	2026-07-15 17:10:04	2026-07-15 17:10:04	quyenpk4	quyenpk4
33d7dd13-a25a-4dd5-a818-b9837a0c3de5	CIF0000000015	W4250000000045	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-07-17 08:47:37	Khách hàng hứa thanh toán trong tuần này	CT000000000365	\N	\N	\N	2026-07-17 08:49:37	2026-07-17 08:49:37	quyenpk4	quyenpk4
9b70b43d-aae1-40bd-ac23-af13429781d4	CIF0000000020	LD220000000059	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	INBOUND_CALL	NO_ANSWER	2026-07-18 10:18:24	Thuê bao không liên lạc được	CT000000000475	\N	\N	\N	2026-07-18 10:20:24	2026-07-18 10:20:24	ngocht10	ngocht10
89c488ce-686d-4570-9526-7ef6d5d8320b	CIF0000000020	LD260000000058	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2026-07-19 12:55:24	Đã nhắc nợ khách hàng	CT000000000465	\N	\N	\N	2026-07-19 12:57:24	2026-07-19 12:57:24	ngocht10	ngocht10
0c508f09-d2e2-4626-aa9b-9374d8e87339	CIF0000000028	LD250000000082	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-07-19 14:03:01	Gọi 3 lần không bắt máy	CT000000000661	\N	\N	\N	2026-07-19 14:05:01	2026-07-19 14:05:01	quyenpk4	quyenpk4
cc588f4e-139c-4ed5-99fe-d3002bef1d58	CIF0000000011	LD250000000031	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CONTACTED	2026-07-20 15:46:13	Khách hàng xác nhận khoản nợ	CT000000000251	\N	\N	\N	2026-07-20 15:48:13	2026-07-20 15:48:13	ngocht10	ngocht10
e2e3d440-e338-48de-83cd-31480d3fd259	CIF0000000017	LD240000000049	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	SMS	OVERDUE_NOTICE	SENT	2026-07-21 18:28:30	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-21 18:30:30	2026-07-21 18:30:30	anlv5	anlv5
c22ccee4-fe85-48bd-b867-8c17315b5c67	CIF0000000003	W4240000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2026-07-22 13:42:15	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-22 13:44:15	2026-07-22 13:44:15	quyenpk4	quyenpk4
4a204140-fce5-47c9-9552-8cb45f30a073	CIF0000000023	W4250000000068	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-07-22 18:46:59	KH hẹn chuyển khoản cuối tháng	CT000000000549	\N	\N	\N	2026-07-22 18:48:59	2026-07-22 18:48:59	anlv5	anlv5
ee7bf9c3-f20c-4851-bbc6-950bbd44be5c	CIF0000000025	LD250000000074	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-07-23 09:00:49	Đã nhận tiền thanh toán	CT000000000599	\N	\N	\N	2026-07-23 09:02:49	2026-07-23 09:02:49	anlv5	anlv5
28bdf7e6-031e-4def-b35f-c41a87e80bea	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-07-25 11:55:37	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-25 11:57:37	2026-07-25 11:57:37	thanhnt7	thanhnt7
d6266017-1d09-4e73-8f1c-413a6ac5bf41	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-07-25 16:52:55	Khách hàng cho rằng không còn nợ	CT000000000403	\N	\N	\N	2026-07-25 16:54:55	2026-07-25 16:54:55	anlv5	anlv5
b2371e59-b553-4650-9a56-6beb93042128	CIF0000000020	LD260000000058	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2026-07-27 09:54:28	Không nghe máy	CT000000000466	\N	\N	\N	2026-07-27 09:56:28	2026-07-27 09:56:28	ngocht10	ngocht10
bbd6b455-b73d-46cb-8bb7-bb0fbdf4cda9	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-07-29 12:55:39	Khách hàng xác nhận khoản nợ	CT000000000453	\N	\N	\N	2026-07-29 12:57:39	2026-07-29 12:57:39	thanhnt7	thanhnt7
c2f30b70-b878-43a7-a9d9-9328c25d3967	CIF0000000028	LD250000000083	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-07-30 10:32:31	KH khiếu nại về phí phạt	CT000000000671	\N	\N	\N	2026-07-30 10:34:31	2026-07-30 10:34:31	quyenpk4	quyenpk4
c9c5bea1-5deb-411a-8a37-795b301082cd	CIF0000000011	LD240000000032	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	NO_ANSWER	2026-07-30 15:16:21	Thuê bao không liên lạc được	CT000000000261	\N	\N	\N	2026-07-30 15:18:21	2026-07-30 15:18:21	ngocht10	ngocht10
e8d2e017-b651-4655-8f51-edf6435f5198	CIF0000000019	LD230000000055	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-07-31 08:10:21	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-07-31 08:12:21	2026-07-31 08:12:21	thanhnt7	thanhnt7
a725e831-6f14-4805-86a2-f642e68e0432	CIF0000000008	LD260000000023	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2026-08-01 13:09:46	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-01 13:11:46	2026-08-01 13:11:46	quyenpk4	quyenpk4
be997584-d99d-49cc-a80f-806c9c1a1151	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-08-03 09:49:10	Khách hàng hứa thanh toán trong tuần này	CT000000000404	\N	\N	\N	2026-08-03 09:51:10	2026-08-03 09:51:10	anlv5	anlv5
a47c9d85-6d57-486f-9c45-16c831e6c31c	CIF0000000014	LD250000000042	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-08-04 08:05:21	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000341	\N	\N	\N	2026-08-04 08:07:21	2026-08-04 08:07:21	ngocht10	ngocht10
8c309551-e23c-4abb-b599-d7d8c922d892	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	NO_ANSWER	2026-08-04 09:21:25	Không nghe máy	CT000000000142	\N	\N	\N	2026-08-04 09:23:25	2026-08-04 09:23:25	thanhnt7	thanhnt7
143325df-02d3-42a4-932a-7979e510600e	CIF0000000010	W4250000000028	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	HOME_VISIT	REFUSED_TO_PAY	2026-08-04 11:56:13	Khách hàng từ chối thanh toán	\N	20.99074921	105.84566577	112 Nguyễn Văn Cừ, Phường 3, Quận Long Biên, Hà Nội	2026-08-04 11:58:13	2026-08-04 11:58:13	trinhdb9	trinhdb9
fbf3e11c-b10b-4b09-9f80-c3d0024aef8b	CIF0000000006	W4230000000016	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	INBOUND_CALL	PAYMENT_PROMISE	2026-08-04 16:06:51	Khách hàng hứa thanh toán trong tuần này	CT000000000135	\N	\N	\N	2026-08-04 16:08:51	2026-08-04 16:08:51	thanhnt7	thanhnt7
1cfc32a5-b9eb-4321-a1a4-40d8d1fd5536	CIF0000000027	W4260000000080	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-08-05 16:51:38	Khách hàng bận; hẹn gọi lại sau	CT000000000643	\N	\N	\N	2026-08-05 16:53:38	2026-08-05 16:53:38	ngocht10	ngocht10
b4224726-e8de-4858-b4a2-8ddec92019a7	CIF0000000024	LD250000000072	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-08-07 17:00:02	Khách hàng xác nhận khoản nợ	CT000000000583	\N	\N	\N	2026-08-07 17:02:02	2026-08-07 17:02:02	thanhnt7	thanhnt7
63be2094-abf6-4092-8fab-8518cc323141	CIF0000000029	LD260000000086	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-08-08 10:33:48	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-08 10:35:48	2026-08-08 10:35:48	thanhnt7	thanhnt7
a2db31ff-9111-4a63-9fce-8868bceef410	CIF0000000013	LD260000000039	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2026-08-10 09:25:08	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-10 09:27:08	2026-08-10 09:27:08	quyenpk4	quyenpk4
9c8b7924-34e1-4f58-878f-0abf1a7b19f8	CIF0000000027	LD240000000081	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-08-10 09:50:30	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-10 09:52:30	2026-08-10 09:52:30	ngocht10	ngocht10
cbcc82ce-dcf8-401d-8d64-f047b3289156	CIF0000000009	LD250000000027	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-08-10 17:36:02	KH hẹn chuyển khoản cuối tháng	CT000000000222	\N	\N	\N	2026-08-10 17:38:02	2026-08-10 17:38:02	quyenpk4	quyenpk4
8ed34444-210b-4691-85b2-37f4526a0382	CIF0000000023	LD250000000067	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-08-11 11:35:12	KH hẹn chuyển khoản cuối tháng	CT000000000543	\N	\N	\N	2026-08-11 11:37:12	2026-08-11 11:37:12	thanhnt7	thanhnt7
6489c9e0-f142-4902-bce9-4e30c0209106	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	CONTACTED	2026-08-13 09:06:54	Đã thông báo số tiền quá hạn	CT000000000454	\N	\N	\N	2026-08-13 09:08:54	2026-08-13 09:08:54	thanhnt7	thanhnt7
718ea8eb-0be5-4351-b547-02e9b975a549	CIF0000000021	LD230000000061	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	INBOUND_CALL	NO_ANSWER	2026-08-13 16:08:08	Không nghe máy	CT000000000493	\N	\N	\N	2026-08-13 16:10:08	2026-08-13 16:10:08	toandd8	toandd8
b938fbdd-923f-4a6c-800a-bc12548c17ec	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-08-17 17:57:40	Đã nhắc nợ khách hàng	CT000000000405	\N	\N	\N	2026-08-17 17:59:40	2026-08-17 17:59:40	anlv5	anlv5
9e103a58-5b42-4d78-bf37-761674410207	CIF0000000008	LD260000000023	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CALLBACK_REQUESTED	2026-08-20 11:02:35	Khách hàng bận; hẹn gọi lại sau	CT000000000187	\N	\N	\N	2026-08-20 11:04:35	2026-08-20 11:04:35	quyenpk4	quyenpk4
45afd432-d216-4bf1-9a99-8002198ba631	CIF0000000027	W4260000000080	ba31ae0a-b51e-4729-b6a5-0f03976226ca	LETTER	DEMAND_LETTER	DELIVERED	2026-08-20 15:26:21	Đã gửi thư thông báo nợ quá hạn	\N	\N	\N	\N	2026-08-20 15:28:21	2026-08-20 15:28:21	ngocht10	ngocht10
e300ed30-15c2-45e7-ac5b-f3953b39d445	CIF0000000027	LD240000000079	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-08-21 08:06:08	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-21 08:08:08	2026-08-21 08:08:08	ngocht10	ngocht10
494cc7aa-10ba-465a-b0d2-477b4994f5e9	CIF0000000012	LD260000000035	ea7afd25-bdb2-44fd-a022-e266d1504fe9	SMS	PAYMENT_REMINDER	SENT	2026-08-22 08:34:18	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-22 08:36:18	2026-08-22 08:36:18	toandd8	toandd8
f07b368a-fbfb-431d-96bd-53400fd47037	CIF0000000018	LD260000000052	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2026-08-25 17:23:12	Khách hàng xác nhận khoản nợ	CT000000000421	\N	\N	\N	2026-08-25 17:25:12	2026-08-25 17:25:12	quyenpk4	quyenpk4
f03d8c44-a068-4655-985d-3030042c0749	CIF0000000002	LD240000000006	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-08-25 19:45:10	Đã nhận tiền thanh toán	CT000000000055	\N	\N	\N	2026-08-25 19:47:10	2026-08-25 19:47:10	ngocht10	ngocht10
3a9bf56a-b342-4b59-88d3-48dbe4092e62	CIF0000000029	LD250000000087	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	WRONG_NUMBER	2026-08-26 09:55:19	Số điện thoại đã đổi chủ	CT000000000701	\N	\N	\N	2026-08-26 09:57:19	2026-08-26 09:57:19	thanhnt7	thanhnt7
df4f4f42-ac41-49df-ae4d-f9b766ba5b69	CIF0000000013	LD260000000039	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2026-08-27 09:55:43	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-08-27 09:57:43	2026-08-27 09:57:43	quyenpk4	quyenpk4
dc40eed6-7640-485a-9473-c24aba91be7e	CIF0000000026	W4260000000077	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-09-02 14:06:02	Thuê bao không liên lạc được	CT000000000620	\N	\N	\N	2026-09-02 14:08:02	2026-09-02 14:08:02	anlv5	anlv5
3b4fe2ee-0036-49f0-8de3-8ab4ec193af6	CIF0000000022	LD240000000066	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-09-02 16:58:14	Gọi 3 lần không bắt máy	CT000000000534	\N	\N	\N	2026-09-02 17:00:14	2026-09-02 17:00:14	anlv5	anlv5
8731cf6d-8999-4f65-9d95-3a36e381ba4e	CIF0000000012	LD240000000036	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	NO_ANSWER	2026-09-02 18:40:13	Thuê bao không liên lạc được	CT000000000294	\N	\N	\N	2026-09-02 18:42:13	2026-09-02 18:42:13	toandd8	toandd8
02ab040d-54ac-4605-a9ec-2744fe7b5116	CIF0000000020	LD260000000058	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	PAYMENT_REMINDER	SENT	2026-09-03 15:01:59	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-09-03 15:03:59	2026-09-03 15:03:59	ngocht10	ngocht10
64b84498-0e25-4c6b-a541-5d598b5c24cc	CIF0000000030	LD250000000088	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-09-04 11:58:01	Đã thông báo số tiền quá hạn	CT000000000708	\N	\N	\N	2026-09-04 12:00:01	2026-09-04 12:00:01	anlv5	anlv5
a7742b45-853d-4871-93f2-37396dd34985	CIF0000000004	W4260000000011	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-09-04 14:49:56	KH hẹn chuyển khoản cuối tháng	CT000000000091	\N	\N	\N	2026-09-04 14:51:56	2026-09-04 14:51:56	ngocht10	ngocht10
427cd539-00a9-4c0b-a63f-5f8371c2eeea	CIF0000000028	W4250000000084	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	CONTACTED	2026-09-05 12:45:51	Đã thông báo số tiền quá hạn	CT000000000679	\N	\N	\N	2026-09-05 12:47:51	2026-09-05 12:47:51	quyenpk4	quyenpk4
45c60dc5-7d98-4e8a-9827-d6c8063090d5	CIF0000000023	LD230000000069	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-09-05 13:21:44	Khách hàng từ chối thanh toán	CT000000000557	\N	\N	\N	2026-09-05 13:23:44	2026-09-05 13:23:44	thanhnt7	thanhnt7
cf4bc1a9-b106-4eb4-b965-4b9b398d3a44	CIF0000000026	LD250000000078	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-09-07 16:54:54	Đã nhắc nợ khách hàng	CT000000000630	\N	\N	\N	2026-09-07 16:56:54	2026-09-07 16:56:54	anlv5	anlv5
ae541253-348f-4610-88bc-b3403dba40ff	CIF0000000013	LD260000000039	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	SMS	PAYMENT_REMINDER	SENT	2026-09-07 17:19:02	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-09-07 17:21:02	2026-09-07 17:21:02	quyenpk4	quyenpk4
3a1e75a2-e9f0-471f-994e-9b3a1a4c5dca	CIF0000000008	LD250000000024	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	WRONG_NUMBER	2026-09-09 13:53:12	Số điện thoại đã đổi chủ	CT000000000199	\N	\N	\N	2026-09-09 13:55:12	2026-09-09 13:55:12	quyenpk4	quyenpk4
a1981953-2185-4bcf-9556-af9adfbfe47e	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	NO_ANSWER	2026-09-10 09:06:31	Thuê bao không liên lạc được	CT000000000406	\N	\N	\N	2026-09-10 09:08:31	2026-09-10 09:08:31	anlv5	anlv5
7afcfbbb-0652-4988-b07f-41e08219f444	CIF0000000019	W4260000000056	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-09-10 11:19:47	KH hẹn chuyển khoản cuối tháng	CT000000000455	\N	\N	\N	2026-09-10 11:21:47	2026-09-10 11:21:47	thanhnt7	thanhnt7
cbb18be0-ff92-4080-8aa3-1b273974ab50	CIF0000000008	LD260000000023	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	VISIT	HOME_VISIT	PAYMENT_PROMISE	2026-09-12 13:37:39	Khách hàng cam kết trả một phần nợ quá hạn	\N	10.76935860	106.66567538	340 Hai Bà Trưng, Phường 15, Quận Gò Vấp, TP. Hồ Chí Minh	2026-09-12 13:39:39	2026-09-12 13:39:39	huongtm6	huongtm6
5ed79ecb-607a-4de2-aca4-889d828457d1	CIF0000000023	W4250000000068	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	REFUSED_TO_PAY	2026-09-14 09:55:55	KH khiếu nại về phí phạt	CT000000000550	\N	\N	\N	2026-09-14 09:57:55	2026-09-14 09:57:55	thanhnt7	thanhnt7
a2308a00-8330-499d-98a9-442a0eed7285	CIF0000000029	LD260000000086	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	OVERDUE_NOTICE	SEND_FAILED	2026-09-14 13:05:38	Tin nhắn không gửi được	\N	\N	\N	\N	2026-09-14 13:07:38	2026-09-14 13:07:38	thanhnt7	thanhnt7
389d913f-3623-4965-90d4-fb8ef741fb79	CIF0000000003	LD250000000009	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	NO_ANSWER	2026-09-15 09:31:54	Gọi 3 lần không bắt máy	CT000000000075	\N	\N	\N	2026-09-15 09:33:54	2026-09-15 09:33:54	quyenpk4	quyenpk4
fd198500-5941-42dd-b308-52acd943944d	CIF0000000021	LD250000000063	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	CONTACTED	2026-09-15 18:02:02	Khách hàng xác nhận khoản nợ	CT000000000509	\N	\N	\N	2026-09-15 18:04:02	2026-09-15 18:04:02	toandd8	toandd8
cc492d6a-32fd-4dc0-ac07-6fa7654f68dc	CIF0000000004	LD230000000010	4fe8587b-ccbe-4443-9641-2ab784e5a738	VISIT	OFFICE_VISIT	PAYMENT_PROMISE	2026-09-19 13:27:18	Khách hàng cam kết trả một phần nợ quá hạn	\N	21.01420186	105.83058050	28 Quang Trung, Phường 5, Quận Đống Đa, Hà Nội	2026-09-19 13:29:18	2026-09-19 13:29:18	trinhdb9	trinhdb9
7876c9c4-de3c-4e43-8ce3-b3728bda3e13	CIF0000000017	LD260000000050	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	CONTACTED	2026-09-20 17:15:38	Khách hàng xác nhận khoản nợ	CT000000000407	\N	\N	\N	2026-09-20 17:17:38	2026-09-20 17:17:38	anlv5	anlv5
5482e0ab-268b-4c56-86b4-83de3c4db34c	CIF0000000005	LD230000000013	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	SMS	PAYMENT_REMINDER	SENT	2026-09-21 13:14:00	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-09-21 13:16:00	2026-09-21 13:16:00	thanhnt7	thanhnt7
24e04f11-3f4b-458c-99e7-cf080d5ad280	CIF0000000018	LD260000000052	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-09-21 18:28:23	KH hẹn chuyển khoản cuối tháng	CT000000000422	\N	\N	\N	2026-09-21 18:30:23	2026-09-21 18:30:23	quyenpk4	quyenpk4
6838cfbe-fe10-4cb5-9bac-0948b3bae45d	CIF0000000012	LD250000000034	ea7afd25-bdb2-44fd-a022-e266d1504fe9	CALL	OUTBOUND_CALL	NO_ANSWER	2026-09-23 18:01:38	Gọi 3 lần không bắt máy	CT000000000278	\N	\N	\N	2026-09-23 18:03:38	2026-09-23 18:03:38	toandd8	toandd8
08010fd2-cc98-462c-a482-04ec550259f5	CIF0000000016	W4230000000046	ba31ae0a-b51e-4729-b6a5-0f03976226ca	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-09-24 13:31:43	Đã nhận tiền thanh toán	CT000000000373	\N	\N	\N	2026-09-24 13:33:43	2026-09-24 13:33:43	ngocht10	ngocht10
74bf2c73-2d8d-48a2-9fe8-5727cacddc3b	CIF0000000028	LD250000000082	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-09-25 10:49:26	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000662	\N	\N	\N	2026-09-25 10:51:26	2026-09-25 10:51:26	quyenpk4	quyenpk4
5046ec89-21ce-4e2f-be4b-0a9f649abd0f	CIF0000000004	LD230000000012	ba31ae0a-b51e-4729-b6a5-0f03976226ca	SMS	OVERDUE_NOTICE	SENT	2026-09-25 15:58:29	Đã gửi tin nhắn nhắc nợ	\N	\N	\N	\N	2026-09-25 16:00:29	2026-09-25 16:00:29	ngocht10	ngocht10
72fe0f58-27bd-4c45-916b-19cc1eba2803	CIF0000000017	W4230000000051	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-09-26 18:05:53	KH hẹn chuyển khoản cuối tháng	CT000000000411	\N	\N	\N	2026-09-26 18:07:53	2026-09-26 18:07:53	anlv5	anlv5
f7cb49b8-7940-4afd-ba3d-f2f275851352	CIF0000000006	W4260000000017	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-09-27 18:02:05	Khách hàng đã chuyển khoản; chờ đối soát	CT000000000143	\N	\N	\N	2026-09-27 18:04:05	2026-09-27 18:04:05	thanhnt7	thanhnt7
efa58768-655f-4711-91fd-10a8b77646bd	CIF0000000008	LD260000000023	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_PROMISE	2026-09-29 15:27:47	Khách hàng cam kết trả một phần nợ quá hạn	CT000000000189	\N	\N	\N	2026-09-29 15:29:47	2026-09-29 15:29:47	quyenpk4	quyenpk4
95fc72f9-2ab9-4cdc-b4dc-d7bd38bc0b8a	CIF0000000003	LD230000000008	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	CALL	OUTBOUND_CALL	PAYMENT_RECEIVED	2026-09-30 19:11:54	Khách hàng đã chuyển khoản; chờ đối soát	CT000000000069	\N	\N	\N	2026-09-30 19:13:54	2026-09-30 19:13:54	quyenpk4	quyenpk4
\.


--
-- Data for Name: action_records_2026_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2026_q4 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
\.


--
-- Data for Name: action_records_2027_q1; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2027_q1 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
\.


--
-- Data for Name: action_records_2027_q2; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2027_q2 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
\.


--
-- Data for Name: action_records_2027_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2027_q3 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
\.


--
-- Data for Name: action_records_2027_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_2027_q4 (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
\.


--
-- Data for Name: action_records_default; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.action_records_default (id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id, visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by) FROM stdin;
\.


--
-- Data for Name: agents; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.agents (id, employee_id, name, email, phone, type, team, is_active, created_at, updated_at) FROM stdin;
a9fb42c4-f9ab-4b2a-8c94-8915c1788732	EMP000001	Trần Minh Dung	dung.tran.00001@collections.example.com	0864435785	ADMIN	COLLECTION_ADMIN	t	2023-01-15 09:00:00	2023-01-15 09:00:00
11189815-ef98-4618-b195-2d2f3dd0246f	EMP000002	Trần Văn Vũ	vu.tran.00002@collections.example.com	0948871546	SUPERVISOR	CALL_DN_01	t	2021-03-01 09:00:00	2021-03-01 09:00:00
6ea327a1-dba4-4be0-9600-a3c83f3d34d9	EMP000003	Nguyễn Đức Sơn	son.nguyen.00003@collections.example.com	0923307307	AGENT	FIELD_HP	t	2021-04-25 09:00:00	2021-04-25 09:00:00
d5f97bc8-fb74-47e0-ae72-4d64e9a66338	EMP000004	Phạm Kim Quyên	quyen.pham.00004@collections.example.com	0567743068	AGENT	CALL_HCM_01	t	2022-01-20 09:00:00	2022-01-20 09:00:00
77baf8a2-3590-490e-a6c8-48d0c45ef9d2	EMP000005	Lê Văn An	an.le.00005@collections.example.com	0322178829	AGENT	CALL_DN_01	t	2020-12-09 09:00:00	2020-12-09 09:00:00
9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	EMP000006	Trần Minh Hương	huong.tran.00006@collections.example.com	0986614590	AGENT	FIELD_HCM	t	2021-05-21 09:00:00	2021-05-21 09:00:00
cc72dc5f-07f9-49f1-9fad-85f731c25dc2	EMP000007	Nguyễn Thị Thanh	thanh.nguyen.00007@collections.example.com	0771050351	AGENT	CALL_HCM_01	t	2023-11-04 09:00:00	2023-11-04 09:00:00
ea7afd25-bdb2-44fd-a022-e266d1504fe9	EMP000008	Dương Đức Toàn	toan.duong.00008@collections.example.com	0345486112	AGENT	CALL_DN_01	t	2023-10-23 09:00:00	2023-10-23 09:00:00
4fe8587b-ccbe-4443-9641-2ab784e5a738	EMP000009	Đỗ Bảo Trinh	trinh.do.00009@collections.example.com	0379921873	AGENT	FIELD_CT	t	2023-11-19 09:00:00	2023-11-19 09:00:00
ba31ae0a-b51e-4729-b6a5-0f03976226ca	EMP000010	Hồ Thị Ngọc	ngoc.ho.00010@collections.example.com	0854357634	AGENT	CALL_HCM_01	t	2021-08-26 09:00:00	2021-08-26 09:00:00
\.


--
-- Data for Name: customer_agents_2024_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2024_q3 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
4d04cdfb-db86-40c8-8ea0-3af04572a1ae	CIF0000000001	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2024-08-10	2025-11-20	f	2024-08-10 08:00:00	2025-11-20 08:00:00
a32277e7-4d58-4914-b9e0-c5689c41d1b5	CIF0000000002	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2024-07-04	2026-01-16	f	2024-07-04 08:00:00	2026-01-16 08:00:00
98ba3adf-2bd0-4b13-8811-d7f285421bd0	CIF0000000003	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2024-08-05	2025-04-27	f	2024-08-05 08:00:00	2025-04-27 08:00:00
31f01f0b-92f3-4b5c-8099-0f377dac6009	CIF0000000004	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	2024-09-17	2025-12-03	f	2024-09-17 08:00:00	2025-12-03 08:00:00
76a3a197-45f5-4260-8778-3a442a88503b	CIF0000000005	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2024-07-20	2026-08-02	f	2024-07-20 08:00:00	2026-08-02 08:00:00
cda14cbe-aba2-45de-88ce-1c7173b7243e	CIF0000000006	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2024-09-10	2025-09-11	f	2024-09-10 08:00:00	2025-09-11 08:00:00
2371573a-4697-4749-bfb2-9f4f9001c2c3	CIF0000000007	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	2024-09-06	2026-02-25	f	2024-09-06 08:00:00	2026-02-25 08:00:00
5fd1cb1b-44e0-4d98-baee-629c82089659	CIF0000000008	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	4fe8587b-ccbe-4443-9641-2ab784e5a738	2024-07-26	2026-07-09	f	2024-07-26 08:00:00	2026-07-09 08:00:00
a589d751-4cbc-4558-81d8-fd74e5354660	CIF0000000009	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2024-07-14	2026-03-25	f	2024-07-14 08:00:00	2026-03-25 08:00:00
fc9f823e-8c78-4ec0-b632-1c5e0b259021	CIF0000000010	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	2024-09-03	2025-09-30	f	2024-09-03 08:00:00	2025-09-30 08:00:00
43d2eb84-ebf2-48fb-8d0e-df8b1157f70f	CIF0000000011	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2024-09-27	2026-03-20	f	2024-09-27 08:00:00	2026-03-20 08:00:00
ca84e7e3-a198-4e7c-85bd-5615bc72c2d4	CIF0000000012	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2024-08-23	2025-12-15	f	2024-08-23 08:00:00	2025-12-15 08:00:00
11a0f0bc-9e2f-47ea-8c8d-017dc7be463b	CIF0000000013	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2024-09-23	2026-02-04	f	2024-09-23 08:00:00	2026-02-04 08:00:00
68b6db9e-90ec-411f-91f1-e43f5dde3820	CIF0000000014	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2024-08-17	2025-07-23	f	2024-08-17 08:00:00	2025-07-23 08:00:00
be4e86df-1dd4-482f-890f-a73890c35d5e	CIF0000000015	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2024-07-27	2026-03-06	f	2024-07-27 08:00:00	2026-03-06 08:00:00
929fc939-938f-4ae8-8456-296a96279934	CIF0000000016	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2024-09-13	2026-03-14	f	2024-09-13 08:00:00	2026-03-14 08:00:00
5db77ce0-25e2-4d32-8b3d-c5664c76c99a	CIF0000000017	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2024-08-31	2026-04-05	f	2024-08-31 08:00:00	2026-04-05 08:00:00
34d96784-deeb-4261-be7e-67b34f095b19	CIF0000000018	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2024-07-24	2026-06-29	f	2024-07-24 08:00:00	2026-06-29 08:00:00
fd01d4cd-e0f8-42eb-a09a-77870805b3fb	CIF0000000019	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2024-08-10	2025-10-06	f	2024-08-10 08:00:00	2025-10-06 08:00:00
829fadb0-3ce7-4a33-a949-dc538a36a040	CIF0000000020	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2024-09-21	2026-07-15	f	2024-09-21 08:00:00	2026-07-15 08:00:00
4acf5a06-1af4-4316-8a30-7772af5e14ac	CIF0000000021	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2024-08-16	2025-08-30	f	2024-08-16 08:00:00	2025-08-30 08:00:00
21e544eb-5af5-435b-b37d-aa8519fc0724	CIF0000000022	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2024-09-15	2026-02-24	f	2024-09-15 08:00:00	2026-02-24 08:00:00
f8bcf039-6158-4353-b26b-7db51d4cec7b	CIF0000000023	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2024-09-10	2026-08-06	f	2024-09-10 08:00:00	2026-08-06 08:00:00
97f4e3a1-f662-4316-a5a2-2fb848c667d0	CIF0000000024	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2024-07-31	2025-07-02	f	2024-07-31 08:00:00	2025-07-02 08:00:00
c7b087a6-94f1-4f71-a48d-bad3e9390ae0	CIF0000000025	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2024-09-23	2025-08-24	f	2024-09-23 08:00:00	2025-08-24 08:00:00
86c632cb-b345-4865-9ec6-a37250adf6ce	CIF0000000026	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2024-09-08	2026-03-13	f	2024-09-08 08:00:00	2026-03-13 08:00:00
64fd9be1-af94-4e08-bdb2-66628b40ca01	CIF0000000027	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2024-07-27	2026-08-31	f	2024-07-27 08:00:00	2026-08-31 08:00:00
e49830e9-0ab9-4c59-b85e-23b17abfd7cb	CIF0000000028	ea7afd25-bdb2-44fd-a022-e266d1504fe9	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	2024-07-14	2026-05-26	f	2024-07-14 08:00:00	2026-05-26 08:00:00
a9c3e101-a419-4566-bf44-be8babad682c	CIF0000000029	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2024-09-06	2025-05-06	f	2024-09-06 08:00:00	2025-05-06 08:00:00
70d98c2b-4d6b-46e3-bc92-b1d39cb42cd7	CIF0000000030	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2024-07-08	2026-01-05	f	2024-07-08 08:00:00	2026-01-05 08:00:00
\.


--
-- Data for Name: customer_agents_2024_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2024_q4 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_2025_q1; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2025_q1 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_2025_q2; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2025_q2 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
162288d4-e7d6-4ac5-845c-5f6acffc46df	CIF0000000003	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2025-04-27	\N	t	2025-04-27 08:00:00	2025-04-27 08:00:00
a565a633-6cf9-42d8-8fcc-4e20b9958df2	CIF0000000029	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2025-05-06	\N	t	2025-05-06 08:00:00	2025-05-06 08:00:00
\.


--
-- Data for Name: customer_agents_2025_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2025_q3 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
0a0eeaaf-fcb8-4c4a-9d4c-63e551e1476c	CIF0000000006	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2025-09-11	\N	t	2025-09-11 08:00:00	2025-09-11 08:00:00
07688615-2186-4bf0-9ab5-13f010053e7f	CIF0000000010	ea7afd25-bdb2-44fd-a022-e266d1504fe9	4fe8587b-ccbe-4443-9641-2ab784e5a738	2025-09-30	\N	t	2025-09-30 08:00:00	2025-09-30 08:00:00
66dfa172-b49b-4378-a670-abd3990c0b3e	CIF0000000014	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2025-07-23	\N	t	2025-07-23 08:00:00	2025-07-23 08:00:00
0d31e0ec-7ccd-4cb1-867f-86e60a603330	CIF0000000021	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2025-08-30	\N	t	2025-08-30 08:00:00	2025-08-30 08:00:00
6846207f-12e7-4400-862d-972db71c91d4	CIF0000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2025-07-02	\N	t	2025-07-02 08:00:00	2025-07-02 08:00:00
3672c882-3e3b-43ff-80d8-5a4dd908a5ab	CIF0000000025	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	2025-08-24	\N	t	2025-08-24 08:00:00	2025-08-24 08:00:00
\.


--
-- Data for Name: customer_agents_2025_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2025_q4 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
08372326-77dd-4790-a2ea-9e974c25f8ee	CIF0000000001	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2025-11-20	\N	t	2025-11-20 08:00:00	2025-11-20 08:00:00
5d1d540b-e970-4048-9ce3-f6aa04b82a8e	CIF0000000004	ba31ae0a-b51e-4729-b6a5-0f03976226ca	4fe8587b-ccbe-4443-9641-2ab784e5a738	2025-12-03	\N	t	2025-12-03 08:00:00	2025-12-03 08:00:00
c6324b4f-400d-4edd-9e50-7da764b8551c	CIF0000000012	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2025-12-15	\N	t	2025-12-15 08:00:00	2025-12-15 08:00:00
7065e9c9-541a-49c7-ad27-e8ffd16dab23	CIF0000000019	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2025-10-06	\N	t	2025-10-06 08:00:00	2025-10-06 08:00:00
\.


--
-- Data for Name: customer_agents_2026_q1; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2026_q1 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
8f538e51-ccf7-4c34-a236-212078882214	CIF0000000002	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-01-16	\N	t	2026-01-16 08:00:00	2026-01-16 08:00:00
0b14667a-bce8-4c95-a1fa-06c54a2cf0e3	CIF0000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	4fe8587b-ccbe-4443-9641-2ab784e5a738	2026-02-25	\N	t	2026-02-25 08:00:00	2026-02-25 08:00:00
a94c1a45-5705-4806-922c-8d30840a3c8b	CIF0000000009	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2026-03-25	\N	t	2026-03-25 08:00:00	2026-03-25 08:00:00
71f7806b-d0b6-4e82-8da2-c71c36c078b1	CIF0000000011	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-03-20	\N	t	2026-03-20 08:00:00	2026-03-20 08:00:00
0fc2f796-b40a-4704-911f-8113344635d2	CIF0000000013	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2026-02-04	\N	t	2026-02-04 08:00:00	2026-02-04 08:00:00
8335cb88-5640-480e-8b66-8eceb656dc64	CIF0000000015	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2026-03-06	\N	t	2026-03-06 08:00:00	2026-03-06 08:00:00
5254d733-d859-48a5-a0a5-50fe647af378	CIF0000000016	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-03-14	\N	t	2026-03-14 08:00:00	2026-03-14 08:00:00
dd4e8bdb-e0c6-4b15-8bc4-f1fb260bfcc0	CIF0000000022	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2026-02-24	\N	t	2026-02-24 08:00:00	2026-02-24 08:00:00
158f33b2-3574-42be-8751-fb059813890c	CIF0000000026	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2026-03-13	\N	t	2026-03-13 08:00:00	2026-03-13 08:00:00
71864fdf-9109-4745-9521-796876ad47b9	CIF0000000030	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	4fe8587b-ccbe-4443-9641-2ab784e5a738	2026-01-05	\N	t	2026-01-05 08:00:00	2026-01-05 08:00:00
\.


--
-- Data for Name: customer_agents_2026_q2; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2026_q2 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
22798393-e469-4463-9b88-d3f9a3ec8eee	CIF0000000017	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2026-04-05	\N	t	2026-04-05 08:00:00	2026-04-05 08:00:00
c196ef3e-51a2-465e-a2c9-6f267250e5a5	CIF0000000018	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2026-06-29	\N	t	2026-06-29 08:00:00	2026-06-29 08:00:00
d654f994-477f-4eda-94ed-0b4442b5260f	CIF0000000028	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2026-05-26	\N	t	2026-05-26 08:00:00	2026-05-26 08:00:00
\.


--
-- Data for Name: customer_agents_2026_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2026_q3 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
b2f1ff8f-8788-4013-97cf-b9b9289f7dd0	CIF0000000005	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2026-08-02	\N	t	2026-08-02 08:00:00	2026-08-02 08:00:00
5a1f720a-599c-4903-9780-ca1064d6a16c	CIF0000000008	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2026-07-09	\N	t	2026-07-09 08:00:00	2026-07-09 08:00:00
3f60f470-e652-4d13-8ba0-c3c7f26c5ac6	CIF0000000020	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-07-15	\N	t	2026-07-15 08:00:00	2026-07-15 08:00:00
992f54cf-978e-435a-8eb9-d52a765e3f91	CIF0000000023	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2026-08-06	\N	t	2026-08-06 08:00:00	2026-08-06 08:00:00
049a4f00-0960-4efa-b9fe-4df135f953a8	CIF0000000027	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-08-31	\N	t	2026-08-31 08:00:00	2026-08-31 08:00:00
\.


--
-- Data for Name: customer_agents_2026_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2026_q4 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_2027_q1; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2027_q1 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_2027_q2; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2027_q2 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_2027_q3; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2027_q3 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_2027_q4; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_2027_q4 (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_agents_default; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_agents_default (id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: customer_case_actions; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_case_actions (id, cif, agent_id, action_date, notes, customer_status, collateral_status, processing_state_status, lending_violation_status, recovery_ability_status, created_at, updated_at, created_by, updated_by) FROM stdin;
99b0b544-d520-4c1f-9818-de92d4c55e4c	CIF0000000001	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-10-05 16:47:55	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	UNREACHABLE	SECURED	EARLY_COLLECTION	NONE	HIGH	2025-10-05 16:52:55	2025-10-05 16:52:55	thanhnt7	thanhnt7
8a3e0ec5-fc9e-4133-ade8-384a507ba1be	CIF0000000002	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2026-01-12 18:06:04	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2026-01-12 18:11:04	2026-01-12 18:11:04	quyenpk4	quyenpk4
2df7b8e1-9cb7-49b1-9bfe-a090e4e71ab0	CIF0000000003	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2024-10-26 11:45:25	Cập nhật tình trạng liên hệ khách hàng	CONTACTED	\N	\N	\N	\N	2024-10-26 11:50:25	2024-10-26 11:50:25	quyenpk4	quyenpk4
d92ede79-1158-4624-a471-cc94808d0963	CIF0000000003	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2026-01-28 13:08:57	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	CONTACTED	REVALUATION_REQUIRED	LATE_COLLECTION	NONE	LOW	2026-01-28 13:13:57	2026-01-28 13:13:57	quyenpk4	quyenpk4
aecd62ef-0724-4631-9fc7-6b43f65ee31c	CIF0000000004	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2025-05-30 09:49:05	Cập nhật tình trạng liên hệ khách hàng	UNREACHABLE	\N	\N	\N	\N	2025-05-30 09:54:05	2025-05-30 09:54:05	quyenpk4	quyenpk4
6b0a88a6-8aa6-4151-b281-f57d1c8ac8cd	CIF0000000004	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2026-09-17 13:08:23	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	UNREACHABLE	NO_COLLATERAL	LEGAL_ACTION	NONE	VERY_LOW	2026-09-17 13:13:23	2026-09-17 13:13:23	ngocht10	ngocht10
505b0c8f-a0f1-4a03-ad93-c4f5fd387979	CIF0000000005	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2025-04-19 16:17:54	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-04-19 16:22:54	2025-04-19 16:22:54	anlv5	anlv5
bb777578-60a4-4695-9254-bf3002da2434	CIF0000000005	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2025-11-07 10:40:10	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2025-11-07 10:45:10	2025-11-07 10:45:10	anlv5	anlv5
a50c818f-7d7f-447b-8383-45a4f06f1123	CIF0000000006	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2025-06-15 08:48:48	Cập nhật tình trạng liên hệ khách hàng	CONTACTED	\N	\N	\N	\N	2025-06-15 08:53:48	2025-06-15 08:53:48	toandd8	toandd8
7f452f3d-97e0-471c-801d-c9e83068e866	CIF0000000006	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2026-05-13 11:27:41	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	CONTACTED	SECURED	EARLY_COLLECTION	NONE	HIGH	2026-05-13 11:32:41	2026-05-13 11:32:41	thanhnt7	thanhnt7
d97afeca-9d7f-49b5-b14f-6f621db16743	CIF0000000007	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2024-10-31 14:22:59	Cập nhật tình trạng liên hệ khách hàng	REFUSED_TO_PAY	\N	\N	\N	\N	2024-10-31 14:27:59	2024-10-31 14:27:59	anlv5	anlv5
c586b18e-e7e4-4731-b5cc-9393118677c5	CIF0000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2026-05-07 16:38:03	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	REFUSED_TO_PAY	NO_COLLATERAL	COLLECTION	NONE	MEDIUM	2026-05-07 16:43:03	2026-05-07 16:43:03	quyenpk4	quyenpk4
7a1c6a17-abb8-4c10-8b98-7892bbe7020f	CIF0000000008	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-01-14 18:03:33	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2025-01-14 18:08:33	2025-01-14 18:08:33	thanhnt7	thanhnt7
774c1a1b-b0ef-4251-b856-da4ba482e381	CIF0000000008	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-11-10 11:10:40	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2025-11-10 11:15:40	2025-11-10 11:15:40	thanhnt7	thanhnt7
5b3ebbb2-33b7-4f22-9ca4-58bc5a6be25b	CIF0000000008	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2026-02-25 12:40:05	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PROMISE_TO_PAY	SECURED	COLLECTION	NONE	MEDIUM	2026-02-25 12:45:05	2026-02-25 12:45:05	thanhnt7	thanhnt7
1be252a5-35ac-4682-ab62-f2460e98b56d	CIF0000000009	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2025-09-30 12:20:53	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2025-09-30 12:25:53	2025-09-30 12:25:53	anlv5	anlv5
6e5e6dae-38f9-415e-b143-49d96d71787b	CIF0000000010	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2024-11-20 13:54:02	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2024-11-20 13:59:02	2024-11-20 13:59:02	quyenpk4	quyenpk4
4c161fb8-0ed9-45b1-bdc1-aebcc9279cf6	CIF0000000010	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2025-09-23 16:31:10	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2025-09-23 16:36:10	2025-09-23 16:36:10	quyenpk4	quyenpk4
6f81c141-a146-4565-924b-2d5750d67813	CIF0000000010	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2026-08-15 13:22:38	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PROMISE_TO_PAY	REVALUATION_REQUIRED	LATE_COLLECTION	NONE	LOW	2026-08-15 13:27:38	2026-08-15 13:27:38	toandd8	toandd8
10345845-3bf6-4dd4-8f29-73c5dc256071	CIF0000000011	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2025-09-04 12:11:19	Cập nhật tình trạng liên hệ khách hàng	NEGOTIATING	\N	\N	\N	\N	2025-09-04 12:16:19	2025-09-04 12:16:19	quyenpk4	quyenpk4
3cc00980-2fc2-45d3-9bae-0e6f7cb34865	CIF0000000011	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2026-02-14 14:55:30	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	NEGOTIATING	SECURED	EARLY_COLLECTION	NONE	HIGH	2026-02-14 15:00:30	2026-02-14 15:00:30	quyenpk4	quyenpk4
b4cdc1ea-433f-45f6-a4f5-7d60224a89c8	CIF0000000012	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2025-06-22 15:12:36	Cập nhật tình trạng liên hệ khách hàng	NEGOTIATING	\N	\N	\N	\N	2025-06-22 15:17:36	2025-06-22 15:17:36	toandd8	toandd8
de7d736d-d767-499a-91b3-d852a7dd249a	CIF0000000012	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2026-09-12 08:12:15	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	NEGOTIATING	NO_COLLATERAL	EARLY_COLLECTION	NONE	HIGH	2026-09-12 08:17:15	2026-09-12 08:17:15	toandd8	toandd8
56fbabe0-176a-45d6-82bd-d73ce0291f3e	CIF0000000013	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2025-10-30 12:43:24	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2025-10-30 12:48:24	2025-10-30 12:48:24	toandd8	toandd8
c7cd66d9-54c3-4726-8e89-12f325cc77cc	CIF0000000014	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-02-04 13:52:09	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-02-04 13:57:09	2025-02-04 13:57:09	thanhnt7	thanhnt7
b1111113-46a1-443a-954b-aba766096fe4	CIF0000000014	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-06-26 17:54:08	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-06-26 17:59:08	2025-06-26 17:59:08	thanhnt7	thanhnt7
8880baa0-c53c-4c3d-a790-f256671d6b7f	CIF0000000014	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2026-06-13 10:58:38	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	NO_COLLATERAL	MONITORING	NONE	HIGH	2026-06-13 11:03:38	2026-06-13 11:03:38	ngocht10	ngocht10
69a711bf-d97b-44d5-ac59-7c68396b0cdd	CIF0000000015	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2025-06-02 09:10:56	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2025-06-02 09:15:56	2025-06-02 09:15:56	ngocht10	ngocht10
53a2bbfb-a59a-44fc-b516-175a4a91f95f	CIF0000000015	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2026-06-08 13:02:05	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PROMISE_TO_PAY	SECURED	EARLY_COLLECTION	NONE	HIGH	2026-06-08 13:07:05	2026-06-08 13:07:05	quyenpk4	quyenpk4
0c38bc84-716a-460d-9ddb-c7abefb40a97	CIF0000000016	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2025-07-18 12:55:47	Cập nhật tình trạng liên hệ khách hàng	REFUSED_TO_PAY	\N	\N	\N	\N	2025-07-18 13:00:47	2025-07-18 13:00:47	quyenpk4	quyenpk4
f55c64e0-2d21-444c-965a-41dc828103eb	CIF0000000016	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2026-04-28 09:35:14	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	REFUSED_TO_PAY	NO_COLLATERAL	EARLY_COLLECTION	NONE	HIGH	2026-04-28 09:40:14	2026-04-28 09:40:14	ngocht10	ngocht10
adea655a-51f2-44a6-bda7-ffd7aba42e2f	CIF0000000017	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2024-12-12 17:38:53	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2024-12-12 17:43:53	2024-12-12 17:43:53	quyenpk4	quyenpk4
7a7bc02b-87b3-46ae-8375-9a367ff43631	CIF0000000018	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-07-05 09:53:17	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PROMISE_TO_PAY	SECURED	EARLY_COLLECTION	NONE	HIGH	2025-07-05 09:58:17	2025-07-05 09:58:17	thanhnt7	thanhnt7
1c51aafa-d2e7-4f09-a0ad-c71af4334f54	CIF0000000019	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2024-10-30 16:36:47	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-30 16:41:47	2024-10-30 16:41:47	ngocht10	ngocht10
beeb1467-fff6-4b46-b656-d13d92b63c67	CIF0000000020	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2025-07-24 15:36:12	Cập nhật tình trạng liên hệ khách hàng	UNREACHABLE	\N	\N	\N	\N	2025-07-24 15:41:12	2025-07-24 15:41:12	ngocht10	ngocht10
6c05be13-a3f2-4495-a6f7-336727637c34	CIF0000000020	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2025-10-23 12:30:48	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	UNREACHABLE	SECURED	EARLY_COLLECTION	NONE	HIGH	2025-10-23 12:35:48	2025-10-23 12:35:48	ngocht10	ngocht10
6098fe95-ec61-4bd6-9220-eb517b04806d	CIF0000000021	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2026-01-03 11:51:19	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2026-01-03 11:56:19	2026-01-03 11:56:19	toandd8	toandd8
5546c922-59ce-434e-97f2-639130683f39	CIF0000000022	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2025-02-25 12:21:12	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-02-25 12:26:12	2025-02-25 12:26:12	toandd8	toandd8
403a63b4-b718-4d29-a4b2-c7ccb022e4fd	CIF0000000022	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2025-07-01 12:13:16	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-07-01 12:18:16	2025-07-01 12:18:16	toandd8	toandd8
2ba8c441-c59f-49b2-b8f8-462bb7530fe6	CIF0000000022	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2026-04-05 16:48:24	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2026-04-05 16:53:24	2026-04-05 16:53:24	anlv5	anlv5
f4d05c20-a4bd-45bd-b5c0-cdcdadf8d70f	CIF0000000023	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2024-11-01 14:04:18	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2024-11-01 14:09:18	2024-11-01 14:09:18	anlv5	anlv5
e4ff1d44-92ac-414b-827d-30078ac9eadb	CIF0000000023	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2025-07-23 13:44:15	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-07-23 13:49:15	2025-07-23 13:49:15	anlv5	anlv5
e0e8becb-09a6-4922-aec8-8e66d5ca0fdf	CIF0000000023	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2026-06-09 10:16:02	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2026-06-09 10:21:02	2026-06-09 10:21:02	anlv5	anlv5
999215cd-d365-44cb-b0d3-0bd81ec89682	CIF0000000024	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2024-11-19 17:18:42	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2024-11-19 17:23:42	2024-11-19 17:23:42	anlv5	anlv5
86c4c661-5c27-4e8b-9591-6ea17be67d83	CIF0000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-08-10 17:25:51	Cập nhật tình trạng liên hệ khách hàng	PAYING	\N	\N	\N	\N	2025-08-10 17:30:51	2025-08-10 17:30:51	thanhnt7	thanhnt7
72b42ff8-576d-44a8-b9de-fd12a178c460	CIF0000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2026-07-13 09:00:54	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2026-07-13 09:05:54	2026-07-13 09:05:54	thanhnt7	thanhnt7
3b57c6eb-8f03-4614-8ebb-458ca40e7490	CIF0000000025	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2025-08-03 16:46:48	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	BROKEN_PROMISE	SEIZURE_IN_PROGRESS	LEGAL_ACTION	NONE	VERY_LOW	2025-08-03 16:51:48	2025-08-03 16:51:48	quyenpk4	quyenpk4
8ff01a55-30f5-4956-968a-dcc39d9223c2	CIF0000000026	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	2025-01-06 18:01:40	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	NO_COLLATERAL	MONITORING	NONE	HIGH	2025-01-06 18:06:40	2025-01-06 18:06:40	quyenpk4	quyenpk4
2fa9c39b-a3a8-4eef-b491-070fcadaec67	CIF0000000027	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2025-09-29 13:14:50	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PAYING	SECURED	MONITORING	NONE	HIGH	2025-09-29 13:19:50	2025-09-29 13:19:50	ngocht10	ngocht10
d4436e40-8c6a-49ef-8a5a-d05ad1f5f76f	CIF0000000028	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2025-03-30 16:44:13	Cập nhật tình trạng liên hệ khách hàng	NEGOTIATING	\N	\N	\N	\N	2025-03-30 16:49:13	2025-03-30 16:49:13	toandd8	toandd8
fdff1fb4-3187-4b75-aed9-3b9ce9d5e2c1	CIF0000000028	ea7afd25-bdb2-44fd-a022-e266d1504fe9	2026-01-29 15:23:08	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	NEGOTIATING	REVALUATION_REQUIRED	PRE_LEGAL	NONE	LOW	2026-01-29 15:28:08	2026-01-29 15:28:08	toandd8	toandd8
76111826-30f2-41ef-a805-2a965f6b9bd5	CIF0000000029	ba31ae0a-b51e-4729-b6a5-0f03976226ca	2025-03-19 14:58:29	Cập nhật tình trạng liên hệ khách hàng	UNREACHABLE	\N	\N	\N	\N	2025-03-19 15:03:29	2025-03-19 15:03:29	ngocht10	ngocht10
9fcccb10-abaa-4939-8ca5-e4df0d2fc6d7	CIF0000000029	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2025-11-11 17:35:47	Cập nhật tình trạng liên hệ khách hàng	UNREACHABLE	\N	\N	\N	\N	2025-11-11 17:40:47	2025-11-11 17:40:47	thanhnt7	thanhnt7
ff3a7c89-10be-491e-a931-4bf416c09c4c	CIF0000000029	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	2026-05-03 13:14:26	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	UNREACHABLE	SECURED	EARLY_COLLECTION	NONE	HIGH	2026-05-03 13:19:26	2026-05-03 13:19:26	thanhnt7	thanhnt7
e7e2d39f-ee7f-4db7-add2-e58dedd2a4fb	CIF0000000030	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2024-11-09 15:18:11	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2024-11-09 15:23:11	2024-11-09 15:23:11	anlv5	anlv5
d1868429-9032-4aad-b295-4f11588e4a2a	CIF0000000030	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2025-08-29 09:24:15	Cập nhật tình trạng liên hệ khách hàng	PROMISE_TO_PAY	\N	\N	\N	\N	2025-08-29 09:29:15	2025-08-29 09:29:15	anlv5	anlv5
40f625b6-7734-4c7c-86da-9520fc4740b2	CIF0000000030	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	2026-07-01 13:15:16	Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất	PROMISE_TO_PAY	REVALUATION_REQUIRED	LATE_COLLECTION	NONE	LOW	2026-07-01 13:20:16	2026-07-01 13:20:16	anlv5	anlv5
\.


--
-- Data for Name: customer_cases; Type: TABLE DATA; Schema: workflow_service; Owner: -
--

COPY workflow_service.customer_cases (id, cif, assigned_call_agent_id, assigned_field_agent_id, f_update, customer_status, collateral_status, processing_state_status, lending_violation_status, recovery_ability_status, created_at, updated_at) FROM stdin;
a26483c0-9519-4c77-b701-5b824e65d8a9	CIF0000000001	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2025-10-05 16:47:55	UNREACHABLE	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2025-10-05 16:47:55
2d56a340-845a-47d2-b269-66f0f1457c0f	CIF0000000002	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-01-12 18:06:04	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2026-01-12 18:06:04
d8e488d6-5c5d-435a-9672-53c6bd7b63f3	CIF0000000003	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2026-01-28 13:08:57	CONTACTED	REVALUATION_REQUIRED	LATE_COLLECTION	NONE	LOW	2024-10-01 07:00:00	2026-01-28 13:08:57
5c60fe67-4a56-4652-89f1-5c01444bea22	CIF0000000004	ba31ae0a-b51e-4729-b6a5-0f03976226ca	4fe8587b-ccbe-4443-9641-2ab784e5a738	2026-09-17 13:08:23	UNREACHABLE	NO_COLLATERAL	LEGAL_ACTION	NONE	VERY_LOW	2024-10-01 07:00:00	2026-09-17 13:08:23
208de3fc-d338-4ae7-a59c-48d71418250d	CIF0000000005	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2025-11-07 10:40:10	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2025-11-07 10:40:10
7c1a50eb-b25b-4b6a-8105-0c4b4de682be	CIF0000000006	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2026-05-13 11:27:41	CONTACTED	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2026-05-13 11:27:41
2789f4e1-e31f-49bd-a3cb-b355e4987326	CIF0000000007	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	4fe8587b-ccbe-4443-9641-2ab784e5a738	2026-05-07 16:38:03	REFUSED_TO_PAY	NO_COLLATERAL	COLLECTION	NONE	MEDIUM	2024-10-01 07:00:00	2026-05-07 16:38:03
1b5cb6ea-5498-4b43-a745-422bc756885e	CIF0000000008	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2026-02-25 12:40:05	PROMISE_TO_PAY	SECURED	COLLECTION	NONE	MEDIUM	2024-10-01 07:00:00	2026-02-25 12:40:05
436e9c80-e45b-40f6-b2f6-2874f010c3d2	CIF0000000009	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2025-09-30 12:20:53	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2025-09-30 12:20:53
3ae8cff2-30c6-4a10-8e5e-3bc3ca9a4a13	CIF0000000010	ea7afd25-bdb2-44fd-a022-e266d1504fe9	4fe8587b-ccbe-4443-9641-2ab784e5a738	2026-08-15 13:22:38	PROMISE_TO_PAY	REVALUATION_REQUIRED	LATE_COLLECTION	NONE	LOW	2024-10-01 07:00:00	2026-08-15 13:22:38
e299b5a6-5291-40d5-b88f-228f2b3c2805	CIF0000000011	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-02-14 14:55:30	NEGOTIATING	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2026-02-14 14:55:30
ea13eadc-1b0e-4009-a7fe-321cfe9aa789	CIF0000000012	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2026-09-12 08:12:15	NEGOTIATING	NO_COLLATERAL	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2026-09-12 08:12:15
9140d090-fe1b-4aee-8f24-9db1404ddf9e	CIF0000000013	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2025-10-30 12:43:24	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2025-10-30 12:43:24
6ec43bbd-c192-4ab9-be99-e116a024e0be	CIF0000000014	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-06-13 10:58:38	PAYING	NO_COLLATERAL	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2026-06-13 10:58:38
52f12130-10e4-4557-9f87-079eb7891303	CIF0000000015	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2026-06-08 13:02:05	PROMISE_TO_PAY	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2026-06-08 13:02:05
166d8657-ac94-4996-8352-1733539f3689	CIF0000000016	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2026-04-28 09:35:14	REFUSED_TO_PAY	NO_COLLATERAL	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2026-04-28 09:35:14
0a1a7bcb-52c8-4e06-9d0f-2f1cff253f7b	CIF0000000017	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2024-12-12 17:38:53	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2024-12-12 17:38:53
3ced1ddf-55f0-437d-9c88-bab1fa6a504a	CIF0000000018	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	\N	2025-07-05 09:53:17	PROMISE_TO_PAY	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2025-07-05 09:53:17
241a0354-dbb7-420d-8482-27a4920cbfed	CIF0000000019	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2024-10-30 16:36:47	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2024-10-30 16:36:47
c3966889-4490-4b66-b3e9-af3f9f89dee1	CIF0000000020	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2025-10-23 12:30:48	UNREACHABLE	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2025-10-23 12:30:48
ab431dfe-a5d5-439b-9b2c-1c71046249a7	CIF0000000021	ea7afd25-bdb2-44fd-a022-e266d1504fe9	\N	2026-01-03 11:51:19	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2026-01-03 11:51:19
89128fd2-b625-48a4-ab14-60040f5af755	CIF0000000022	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2026-04-05 16:48:24	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2026-04-05 16:48:24
707f7567-0c52-4412-8cb1-d1e3d34a0ace	CIF0000000023	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2026-06-09 10:16:02	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2026-06-09 10:16:02
2966f7d9-930f-4022-902b-995152b3ca91	CIF0000000024	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2026-07-13 09:00:54	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2026-07-13 09:00:54
fc585b8a-300b-40ce-9bdc-077d6fdd99fc	CIF0000000025	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	6ea327a1-dba4-4be0-9600-a3c83f3d34d9	2025-08-03 16:46:48	BROKEN_PROMISE	SEIZURE_IN_PROGRESS	LEGAL_ACTION	NONE	VERY_LOW	2024-10-01 07:00:00	2025-08-03 16:46:48
f7c3ee33-9aa3-4e9b-b745-926d692c9b7e	CIF0000000026	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	\N	2025-01-06 18:01:40	PAYING	NO_COLLATERAL	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2025-01-06 18:01:40
62fb5491-c83f-4ed8-9956-f95d1de435cc	CIF0000000027	ba31ae0a-b51e-4729-b6a5-0f03976226ca	\N	2025-09-29 13:14:50	PAYING	SECURED	MONITORING	NONE	HIGH	2024-10-01 07:00:00	2025-09-29 13:14:50
266a4965-b609-4790-8cc2-893a16623c24	CIF0000000028	d5f97bc8-fb74-47e0-ae72-4d64e9a66338	9f788cd5-5d2d-49b8-bb47-ef7e511c1be2	2026-01-29 15:23:08	NEGOTIATING	REVALUATION_REQUIRED	PRE_LEGAL	NONE	LOW	2024-10-01 07:00:00	2026-01-29 15:23:08
8a256fb4-00f4-4f9c-a998-f4caed47f4bc	CIF0000000029	cc72dc5f-07f9-49f1-9fad-85f731c25dc2	\N	2026-05-03 13:14:26	UNREACHABLE	SECURED	EARLY_COLLECTION	NONE	HIGH	2024-10-01 07:00:00	2026-05-03 13:14:26
f6415635-913f-414d-a381-b8c08b884201	CIF0000000030	77baf8a2-3590-490e-a6c8-48d0c45ef9d2	4fe8587b-ccbe-4443-9641-2ab784e5a738	2026-07-01 13:15:16	PROMISE_TO_PAY	REVALUATION_REQUIRED	LATE_COLLECTION	NONE	LOW	2024-10-01 07:00:00	2026-07-01 13:15:16
\.


--
-- Name: maintenance_log_log_id_seq; Type: SEQUENCE SET; Schema: crmdb; Owner: -
--

SELECT pg_catalog.setval('crmdb.maintenance_log_log_id_seq', 45, true);


--
-- Name: validation_runs_run_id_seq; Type: SEQUENCE SET; Schema: crmdb; Owner: -
--

SELECT pg_catalog.setval('crmdb.validation_runs_run_id_seq', 1, false);


--
-- Name: permissions permissions_pkey; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.permissions
    ADD CONSTRAINT permissions_pkey PRIMARY KEY (id);


--
-- Name: permissions permissions_role_id_resource_action_key; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.permissions
    ADD CONSTRAINT permissions_role_id_resource_action_key UNIQUE (role_id, resource, action);


--
-- Name: roles roles_name_key; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.roles
    ADD CONSTRAINT roles_name_key UNIQUE (name);


--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (id);


--
-- Name: user_sessions user_sessions_pkey; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.user_sessions
    ADD CONSTRAINT user_sessions_pkey PRIMARY KEY (id);


--
-- Name: user_sessions user_sessions_token_key; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.user_sessions
    ADD CONSTRAINT user_sessions_token_key UNIQUE (token);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- Name: addresses addresses_cif_type_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.addresses
    ADD CONSTRAINT addresses_cif_type_key UNIQUE (cif, type);


--
-- Name: addresses addresses_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.addresses
    ADD CONSTRAINT addresses_pkey PRIMARY KEY (id);


--
-- Name: collaterals collaterals_collateral_number_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.collaterals
    ADD CONSTRAINT collaterals_collateral_number_key UNIQUE (collateral_number);


--
-- Name: collaterals collaterals_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.collaterals
    ADD CONSTRAINT collaterals_pkey PRIMARY KEY (id);


--
-- Name: customers customers_cif_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.customers
    ADD CONSTRAINT customers_cif_key UNIQUE (cif);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: due_segmentations due_segmentations_loan_account_number_due_date_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.due_segmentations
    ADD CONSTRAINT due_segmentations_loan_account_number_due_date_key UNIQUE (loan_account_number, due_date);


--
-- Name: due_segmentations due_segmentations_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.due_segmentations
    ADD CONSTRAINT due_segmentations_pkey PRIMARY KEY (id);


--
-- Name: emails emails_cif_address_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.emails
    ADD CONSTRAINT emails_cif_address_key UNIQUE (cif, address);


--
-- Name: emails emails_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.emails
    ADD CONSTRAINT emails_pkey PRIMARY KEY (id);


--
-- Name: loan_collaterals loan_collaterals_loan_account_number_collateral_number_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loan_collaterals
    ADD CONSTRAINT loan_collaterals_loan_account_number_collateral_number_key UNIQUE (loan_account_number, collateral_number);


--
-- Name: loan_collaterals loan_collaterals_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loan_collaterals
    ADD CONSTRAINT loan_collaterals_pkey PRIMARY KEY (id);


--
-- Name: loans loans_account_number_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loans
    ADD CONSTRAINT loans_account_number_key UNIQUE (account_number);


--
-- Name: loans loans_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loans
    ADD CONSTRAINT loans_pkey PRIMARY KEY (id);


--
-- Name: phones phones_cif_type_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.phones
    ADD CONSTRAINT phones_cif_type_key UNIQUE (cif, type);


--
-- Name: phones phones_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.phones
    ADD CONSTRAINT phones_pkey PRIMARY KEY (id);


--
-- Name: reference_customers reference_customers_pkey; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.reference_customers
    ADD CONSTRAINT reference_customers_pkey PRIMARY KEY (id);


--
-- Name: reference_customers reference_customers_ref_cif_key; Type: CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.reference_customers
    ADD CONSTRAINT reference_customers_ref_cif_key UNIQUE (ref_cif);


--
-- Name: payment_references payment_references_pkey; Type: CONSTRAINT; Schema: crmdb; Owner: -
--

ALTER TABLE ONLY crmdb.payment_references
    ADD CONSTRAINT payment_references_pkey PRIMARY KEY (reference_number);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2024_q4 payments_2024_q4_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2024_q4
    ADD CONSTRAINT payments_2024_q4_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2025_q1 payments_2025_q1_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2025_q1
    ADD CONSTRAINT payments_2025_q1_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2025_q2 payments_2025_q2_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2025_q2
    ADD CONSTRAINT payments_2025_q2_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2025_q3 payments_2025_q3_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2025_q3
    ADD CONSTRAINT payments_2025_q3_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2025_q4 payments_2025_q4_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2025_q4
    ADD CONSTRAINT payments_2025_q4_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2026_q1 payments_2026_q1_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2026_q1
    ADD CONSTRAINT payments_2026_q1_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2026_q2 payments_2026_q2_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2026_q2
    ADD CONSTRAINT payments_2026_q2_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2026_q3 payments_2026_q3_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2026_q3
    ADD CONSTRAINT payments_2026_q3_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2026_q4 payments_2026_q4_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2026_q4
    ADD CONSTRAINT payments_2026_q4_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2027_q1 payments_2027_q1_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2027_q1
    ADD CONSTRAINT payments_2027_q1_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2027_q2 payments_2027_q2_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2027_q2
    ADD CONSTRAINT payments_2027_q2_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2027_q3 payments_2027_q3_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2027_q3
    ADD CONSTRAINT payments_2027_q3_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_2027_q4 payments_2027_q4_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_2027_q4
    ADD CONSTRAINT payments_2027_q4_pkey PRIMARY KEY (id, payment_date);


--
-- Name: payments_default payments_default_pkey; Type: CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE ONLY payment_service.payments_default
    ADD CONSTRAINT payments_default_pkey PRIMARY KEY (id, payment_date);


--
-- Name: action_records action_records_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records
    ADD CONSTRAINT action_records_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2024_q4 action_records_2024_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2024_q4
    ADD CONSTRAINT action_records_2024_q4_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2025_q1 action_records_2025_q1_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2025_q1
    ADD CONSTRAINT action_records_2025_q1_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2025_q2 action_records_2025_q2_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2025_q2
    ADD CONSTRAINT action_records_2025_q2_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2025_q3 action_records_2025_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2025_q3
    ADD CONSTRAINT action_records_2025_q3_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2025_q4 action_records_2025_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2025_q4
    ADD CONSTRAINT action_records_2025_q4_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2026_q1 action_records_2026_q1_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2026_q1
    ADD CONSTRAINT action_records_2026_q1_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2026_q2 action_records_2026_q2_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2026_q2
    ADD CONSTRAINT action_records_2026_q2_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2026_q3 action_records_2026_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2026_q3
    ADD CONSTRAINT action_records_2026_q3_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2026_q4 action_records_2026_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2026_q4
    ADD CONSTRAINT action_records_2026_q4_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2027_q1 action_records_2027_q1_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2027_q1
    ADD CONSTRAINT action_records_2027_q1_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2027_q2 action_records_2027_q2_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2027_q2
    ADD CONSTRAINT action_records_2027_q2_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2027_q3 action_records_2027_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2027_q3
    ADD CONSTRAINT action_records_2027_q3_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_2027_q4 action_records_2027_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_2027_q4
    ADD CONSTRAINT action_records_2027_q4_pkey PRIMARY KEY (id, action_date);


--
-- Name: action_records_default action_records_default_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.action_records_default
    ADD CONSTRAINT action_records_default_pkey PRIMARY KEY (id, action_date);


--
-- Name: agents agents_email_key; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.agents
    ADD CONSTRAINT agents_email_key UNIQUE (email);


--
-- Name: agents agents_employee_id_key; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.agents
    ADD CONSTRAINT agents_employee_id_key UNIQUE (employee_id);


--
-- Name: agents agents_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.agents
    ADD CONSTRAINT agents_pkey PRIMARY KEY (id);


--
-- Name: customer_agents customer_agents_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents
    ADD CONSTRAINT customer_agents_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2024_q3 customer_agents_2024_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2024_q3
    ADD CONSTRAINT customer_agents_2024_q3_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2024_q4 customer_agents_2024_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2024_q4
    ADD CONSTRAINT customer_agents_2024_q4_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2025_q1 customer_agents_2025_q1_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2025_q1
    ADD CONSTRAINT customer_agents_2025_q1_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2025_q2 customer_agents_2025_q2_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2025_q2
    ADD CONSTRAINT customer_agents_2025_q2_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2025_q3 customer_agents_2025_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2025_q3
    ADD CONSTRAINT customer_agents_2025_q3_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2025_q4 customer_agents_2025_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2025_q4
    ADD CONSTRAINT customer_agents_2025_q4_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2026_q1 customer_agents_2026_q1_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2026_q1
    ADD CONSTRAINT customer_agents_2026_q1_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2026_q2 customer_agents_2026_q2_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2026_q2
    ADD CONSTRAINT customer_agents_2026_q2_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2026_q3 customer_agents_2026_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2026_q3
    ADD CONSTRAINT customer_agents_2026_q3_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2026_q4 customer_agents_2026_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2026_q4
    ADD CONSTRAINT customer_agents_2026_q4_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2027_q1 customer_agents_2027_q1_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2027_q1
    ADD CONSTRAINT customer_agents_2027_q1_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2027_q2 customer_agents_2027_q2_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2027_q2
    ADD CONSTRAINT customer_agents_2027_q2_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2027_q3 customer_agents_2027_q3_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2027_q3
    ADD CONSTRAINT customer_agents_2027_q3_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_2027_q4 customer_agents_2027_q4_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_2027_q4
    ADD CONSTRAINT customer_agents_2027_q4_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_agents_default customer_agents_default_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_agents_default
    ADD CONSTRAINT customer_agents_default_pkey PRIMARY KEY (id, start_date);


--
-- Name: customer_case_actions customer_case_actions_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_case_actions
    ADD CONSTRAINT customer_case_actions_pkey PRIMARY KEY (id);


--
-- Name: customer_cases customer_cases_cif_key; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_cases
    ADD CONSTRAINT customer_cases_cif_key UNIQUE (cif);


--
-- Name: customer_cases customer_cases_pkey; Type: CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_cases
    ADD CONSTRAINT customer_cases_pkey PRIMARY KEY (id);


--
-- Name: idx_permissions_role_id; Type: INDEX; Schema: auth_service; Owner: -
--

CREATE INDEX idx_permissions_role_id ON auth_service.permissions USING btree (role_id);


--
-- Name: idx_user_sessions_expires_at; Type: INDEX; Schema: auth_service; Owner: -
--

CREATE INDEX idx_user_sessions_expires_at ON auth_service.user_sessions USING btree (expires_at);


--
-- Name: idx_user_sessions_user_id; Type: INDEX; Schema: auth_service; Owner: -
--

CREATE INDEX idx_user_sessions_user_id ON auth_service.user_sessions USING btree (user_id);


--
-- Name: idx_users_role; Type: INDEX; Schema: auth_service; Owner: -
--

CREATE INDEX idx_users_role ON auth_service.users USING btree (role);


--
-- Name: idx_addresses_cif; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_addresses_cif ON bank_sync_service.addresses USING btree (cif);


--
-- Name: idx_addresses_city; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_addresses_city ON bank_sync_service.addresses USING btree (city);


--
-- Name: idx_addresses_country; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_addresses_country ON bank_sync_service.addresses USING btree (country);


--
-- Name: idx_addresses_state; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_addresses_state ON bank_sync_service.addresses USING btree (state);


--
-- Name: idx_collaterals_cif; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_collaterals_cif ON bank_sync_service.collaterals USING btree (cif);


--
-- Name: idx_collaterals_license_plate; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_collaterals_license_plate ON bank_sync_service.collaterals USING btree (license_plate);


--
-- Name: idx_collaterals_title_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_collaterals_title_number ON bank_sync_service.collaterals USING btree (title_number);


--
-- Name: idx_collaterals_type; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_collaterals_type ON bank_sync_service.collaterals USING btree (type);


--
-- Name: idx_collaterals_vin; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_collaterals_vin ON bank_sync_service.collaterals USING btree (vin);


--
-- Name: idx_customers_company_name_trgm; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_company_name_trgm ON bank_sync_service.customers USING gin (company_name crmdb.gin_trgm_ops);


--
-- Name: INDEX idx_customers_company_name_trgm; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON INDEX bank_sync_service.idx_customers_company_name_trgm IS 'Trigram index for customer search by company name (ILIKE ''%...%'')';


--
-- Name: idx_customers_name_trgm; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_name_trgm ON bank_sync_service.customers USING gin (name crmdb.gin_trgm_ops);


--
-- Name: INDEX idx_customers_name_trgm; Type: COMMENT; Schema: bank_sync_service; Owner: -
--

COMMENT ON INDEX bank_sync_service.idx_customers_name_trgm IS 'Trigram index for customer search by name (ILIKE ''%...%'')';


--
-- Name: idx_customers_national_id; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_national_id ON bank_sync_service.customers USING btree (national_id);


--
-- Name: idx_customers_registration_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_registration_number ON bank_sync_service.customers USING btree (registration_number);


--
-- Name: idx_customers_segment; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_segment ON bank_sync_service.customers USING btree (segment);


--
-- Name: idx_customers_status; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_status ON bank_sync_service.customers USING btree (status);


--
-- Name: idx_customers_type; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_customers_type ON bank_sync_service.customers USING btree (type);


--
-- Name: idx_due_segmentations_due_date; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_due_segmentations_due_date ON bank_sync_service.due_segmentations USING btree (due_date);


--
-- Name: idx_due_segmentations_loan_account_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_due_segmentations_loan_account_number ON bank_sync_service.due_segmentations USING btree (loan_account_number);


--
-- Name: idx_emails_address; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_emails_address ON bank_sync_service.emails USING btree (address);


--
-- Name: idx_emails_cif; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_emails_cif ON bank_sync_service.emails USING btree (cif);


--
-- Name: idx_loan_collaterals_collateral_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loan_collaterals_collateral_number ON bank_sync_service.loan_collaterals USING btree (collateral_number);


--
-- Name: idx_loan_collaterals_loan_account_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loan_collaterals_loan_account_number ON bank_sync_service.loan_collaterals USING btree (loan_account_number);


--
-- Name: idx_loans_cif; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loans_cif ON bank_sync_service.loans USING btree (cif);


--
-- Name: idx_loans_delinquency_status; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loans_delinquency_status ON bank_sync_service.loans USING btree (delinquency_status);


--
-- Name: idx_loans_dpd; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loans_dpd ON bank_sync_service.loans USING btree (dpd);


--
-- Name: idx_loans_next_payment_date; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loans_next_payment_date ON bank_sync_service.loans USING btree (next_payment_date);


--
-- Name: idx_loans_product_type; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loans_product_type ON bank_sync_service.loans USING btree (product_type);


--
-- Name: idx_loans_status; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_loans_status ON bank_sync_service.loans USING btree (status);


--
-- Name: idx_phones_cif; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_phones_cif ON bank_sync_service.phones USING btree (cif);


--
-- Name: idx_phones_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_phones_number ON bank_sync_service.phones USING btree (number);


--
-- Name: idx_reference_customers_national_id; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_reference_customers_national_id ON bank_sync_service.reference_customers USING btree (national_id);


--
-- Name: idx_reference_customers_primary_cif; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_reference_customers_primary_cif ON bank_sync_service.reference_customers USING btree (primary_cif);


--
-- Name: idx_reference_customers_registration_number; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_reference_customers_registration_number ON bank_sync_service.reference_customers USING btree (registration_number);


--
-- Name: idx_reference_customers_relationship_type; Type: INDEX; Schema: bank_sync_service; Owner: -
--

CREATE INDEX idx_reference_customers_relationship_type ON bank_sync_service.reference_customers USING btree (relationship_type);


--
-- Name: idx_payments_cif; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_cif ON ONLY payment_service.payments USING btree (cif);


--
-- Name: idx_payments_cif_payment_date; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_cif_payment_date ON ONLY payment_service.payments USING btree (cif, payment_date);


--
-- Name: idx_payments_loan_account_number; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_loan_account_number ON ONLY payment_service.payments USING btree (loan_account_number);


--
-- Name: idx_payments_loan_account_number_payment_date; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_loan_account_number_payment_date ON ONLY payment_service.payments USING btree (loan_account_number, payment_date);


--
-- Name: idx_payments_payment_date; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_payment_date ON ONLY payment_service.payments USING btree (payment_date);


--
-- Name: idx_payments_reference_number; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_reference_number ON ONLY payment_service.payments USING btree (reference_number);


--
-- Name: INDEX idx_payments_reference_number; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON INDEX payment_service.idx_payments_reference_number IS 'Lookup of a payment by its reference number (uniqueness: crmdb.payment_references)';


--
-- Name: idx_payments_status; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX idx_payments_status ON ONLY payment_service.payments USING btree (status);


--
-- Name: payment_method_analysis_unique_key; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE UNIQUE INDEX payment_method_analysis_unique_key ON payment_service.payment_method_analysis USING btree (payment_method, month, year);


--
-- Name: INDEX payment_method_analysis_unique_key; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON INDEX payment_service.payment_method_analysis_unique_key IS 'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';


--
-- Name: payment_summary_unique_key; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE UNIQUE INDEX payment_summary_unique_key ON payment_service.payment_summary USING btree (loan_account_number, cif, month, year);


--
-- Name: INDEX payment_summary_unique_key; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON INDEX payment_service.payment_summary_unique_key IS 'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';


--
-- Name: payments_2024_q4_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_cif_idx ON payment_service.payments_2024_q4 USING btree (cif);


--
-- Name: payments_2024_q4_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_cif_payment_date_idx ON payment_service.payments_2024_q4 USING btree (cif, payment_date);


--
-- Name: payments_2024_q4_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_loan_account_number_idx ON payment_service.payments_2024_q4 USING btree (loan_account_number);


--
-- Name: payments_2024_q4_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_loan_account_number_payment_date_idx ON payment_service.payments_2024_q4 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2024_q4_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_payment_date_idx ON payment_service.payments_2024_q4 USING btree (payment_date);


--
-- Name: payments_2024_q4_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_reference_number_idx ON payment_service.payments_2024_q4 USING btree (reference_number);


--
-- Name: payments_2024_q4_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2024_q4_status_idx ON payment_service.payments_2024_q4 USING btree (status);


--
-- Name: payments_2025_q1_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_cif_idx ON payment_service.payments_2025_q1 USING btree (cif);


--
-- Name: payments_2025_q1_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_cif_payment_date_idx ON payment_service.payments_2025_q1 USING btree (cif, payment_date);


--
-- Name: payments_2025_q1_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_loan_account_number_idx ON payment_service.payments_2025_q1 USING btree (loan_account_number);


--
-- Name: payments_2025_q1_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_loan_account_number_payment_date_idx ON payment_service.payments_2025_q1 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2025_q1_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_payment_date_idx ON payment_service.payments_2025_q1 USING btree (payment_date);


--
-- Name: payments_2025_q1_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_reference_number_idx ON payment_service.payments_2025_q1 USING btree (reference_number);


--
-- Name: payments_2025_q1_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q1_status_idx ON payment_service.payments_2025_q1 USING btree (status);


--
-- Name: payments_2025_q2_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_cif_idx ON payment_service.payments_2025_q2 USING btree (cif);


--
-- Name: payments_2025_q2_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_cif_payment_date_idx ON payment_service.payments_2025_q2 USING btree (cif, payment_date);


--
-- Name: payments_2025_q2_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_loan_account_number_idx ON payment_service.payments_2025_q2 USING btree (loan_account_number);


--
-- Name: payments_2025_q2_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_loan_account_number_payment_date_idx ON payment_service.payments_2025_q2 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2025_q2_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_payment_date_idx ON payment_service.payments_2025_q2 USING btree (payment_date);


--
-- Name: payments_2025_q2_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_reference_number_idx ON payment_service.payments_2025_q2 USING btree (reference_number);


--
-- Name: payments_2025_q2_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q2_status_idx ON payment_service.payments_2025_q2 USING btree (status);


--
-- Name: payments_2025_q3_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_cif_idx ON payment_service.payments_2025_q3 USING btree (cif);


--
-- Name: payments_2025_q3_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_cif_payment_date_idx ON payment_service.payments_2025_q3 USING btree (cif, payment_date);


--
-- Name: payments_2025_q3_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_loan_account_number_idx ON payment_service.payments_2025_q3 USING btree (loan_account_number);


--
-- Name: payments_2025_q3_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_loan_account_number_payment_date_idx ON payment_service.payments_2025_q3 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2025_q3_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_payment_date_idx ON payment_service.payments_2025_q3 USING btree (payment_date);


--
-- Name: payments_2025_q3_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_reference_number_idx ON payment_service.payments_2025_q3 USING btree (reference_number);


--
-- Name: payments_2025_q3_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q3_status_idx ON payment_service.payments_2025_q3 USING btree (status);


--
-- Name: payments_2025_q4_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_cif_idx ON payment_service.payments_2025_q4 USING btree (cif);


--
-- Name: payments_2025_q4_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_cif_payment_date_idx ON payment_service.payments_2025_q4 USING btree (cif, payment_date);


--
-- Name: payments_2025_q4_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_loan_account_number_idx ON payment_service.payments_2025_q4 USING btree (loan_account_number);


--
-- Name: payments_2025_q4_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_loan_account_number_payment_date_idx ON payment_service.payments_2025_q4 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2025_q4_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_payment_date_idx ON payment_service.payments_2025_q4 USING btree (payment_date);


--
-- Name: payments_2025_q4_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_reference_number_idx ON payment_service.payments_2025_q4 USING btree (reference_number);


--
-- Name: payments_2025_q4_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2025_q4_status_idx ON payment_service.payments_2025_q4 USING btree (status);


--
-- Name: payments_2026_q1_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_cif_idx ON payment_service.payments_2026_q1 USING btree (cif);


--
-- Name: payments_2026_q1_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_cif_payment_date_idx ON payment_service.payments_2026_q1 USING btree (cif, payment_date);


--
-- Name: payments_2026_q1_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_loan_account_number_idx ON payment_service.payments_2026_q1 USING btree (loan_account_number);


--
-- Name: payments_2026_q1_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_loan_account_number_payment_date_idx ON payment_service.payments_2026_q1 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2026_q1_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_payment_date_idx ON payment_service.payments_2026_q1 USING btree (payment_date);


--
-- Name: payments_2026_q1_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_reference_number_idx ON payment_service.payments_2026_q1 USING btree (reference_number);


--
-- Name: payments_2026_q1_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q1_status_idx ON payment_service.payments_2026_q1 USING btree (status);


--
-- Name: payments_2026_q2_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_cif_idx ON payment_service.payments_2026_q2 USING btree (cif);


--
-- Name: payments_2026_q2_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_cif_payment_date_idx ON payment_service.payments_2026_q2 USING btree (cif, payment_date);


--
-- Name: payments_2026_q2_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_loan_account_number_idx ON payment_service.payments_2026_q2 USING btree (loan_account_number);


--
-- Name: payments_2026_q2_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_loan_account_number_payment_date_idx ON payment_service.payments_2026_q2 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2026_q2_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_payment_date_idx ON payment_service.payments_2026_q2 USING btree (payment_date);


--
-- Name: payments_2026_q2_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_reference_number_idx ON payment_service.payments_2026_q2 USING btree (reference_number);


--
-- Name: payments_2026_q2_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q2_status_idx ON payment_service.payments_2026_q2 USING btree (status);


--
-- Name: payments_2026_q3_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_cif_idx ON payment_service.payments_2026_q3 USING btree (cif);


--
-- Name: payments_2026_q3_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_cif_payment_date_idx ON payment_service.payments_2026_q3 USING btree (cif, payment_date);


--
-- Name: payments_2026_q3_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_loan_account_number_idx ON payment_service.payments_2026_q3 USING btree (loan_account_number);


--
-- Name: payments_2026_q3_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_loan_account_number_payment_date_idx ON payment_service.payments_2026_q3 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2026_q3_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_payment_date_idx ON payment_service.payments_2026_q3 USING btree (payment_date);


--
-- Name: payments_2026_q3_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_reference_number_idx ON payment_service.payments_2026_q3 USING btree (reference_number);


--
-- Name: payments_2026_q3_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q3_status_idx ON payment_service.payments_2026_q3 USING btree (status);


--
-- Name: payments_2026_q4_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_cif_idx ON payment_service.payments_2026_q4 USING btree (cif);


--
-- Name: payments_2026_q4_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_cif_payment_date_idx ON payment_service.payments_2026_q4 USING btree (cif, payment_date);


--
-- Name: payments_2026_q4_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_loan_account_number_idx ON payment_service.payments_2026_q4 USING btree (loan_account_number);


--
-- Name: payments_2026_q4_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_loan_account_number_payment_date_idx ON payment_service.payments_2026_q4 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2026_q4_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_payment_date_idx ON payment_service.payments_2026_q4 USING btree (payment_date);


--
-- Name: payments_2026_q4_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_reference_number_idx ON payment_service.payments_2026_q4 USING btree (reference_number);


--
-- Name: payments_2026_q4_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2026_q4_status_idx ON payment_service.payments_2026_q4 USING btree (status);


--
-- Name: payments_2027_q1_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_cif_idx ON payment_service.payments_2027_q1 USING btree (cif);


--
-- Name: payments_2027_q1_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_cif_payment_date_idx ON payment_service.payments_2027_q1 USING btree (cif, payment_date);


--
-- Name: payments_2027_q1_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_loan_account_number_idx ON payment_service.payments_2027_q1 USING btree (loan_account_number);


--
-- Name: payments_2027_q1_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_loan_account_number_payment_date_idx ON payment_service.payments_2027_q1 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2027_q1_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_payment_date_idx ON payment_service.payments_2027_q1 USING btree (payment_date);


--
-- Name: payments_2027_q1_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_reference_number_idx ON payment_service.payments_2027_q1 USING btree (reference_number);


--
-- Name: payments_2027_q1_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q1_status_idx ON payment_service.payments_2027_q1 USING btree (status);


--
-- Name: payments_2027_q2_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_cif_idx ON payment_service.payments_2027_q2 USING btree (cif);


--
-- Name: payments_2027_q2_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_cif_payment_date_idx ON payment_service.payments_2027_q2 USING btree (cif, payment_date);


--
-- Name: payments_2027_q2_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_loan_account_number_idx ON payment_service.payments_2027_q2 USING btree (loan_account_number);


--
-- Name: payments_2027_q2_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_loan_account_number_payment_date_idx ON payment_service.payments_2027_q2 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2027_q2_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_payment_date_idx ON payment_service.payments_2027_q2 USING btree (payment_date);


--
-- Name: payments_2027_q2_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_reference_number_idx ON payment_service.payments_2027_q2 USING btree (reference_number);


--
-- Name: payments_2027_q2_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q2_status_idx ON payment_service.payments_2027_q2 USING btree (status);


--
-- Name: payments_2027_q3_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_cif_idx ON payment_service.payments_2027_q3 USING btree (cif);


--
-- Name: payments_2027_q3_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_cif_payment_date_idx ON payment_service.payments_2027_q3 USING btree (cif, payment_date);


--
-- Name: payments_2027_q3_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_loan_account_number_idx ON payment_service.payments_2027_q3 USING btree (loan_account_number);


--
-- Name: payments_2027_q3_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_loan_account_number_payment_date_idx ON payment_service.payments_2027_q3 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2027_q3_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_payment_date_idx ON payment_service.payments_2027_q3 USING btree (payment_date);


--
-- Name: payments_2027_q3_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_reference_number_idx ON payment_service.payments_2027_q3 USING btree (reference_number);


--
-- Name: payments_2027_q3_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q3_status_idx ON payment_service.payments_2027_q3 USING btree (status);


--
-- Name: payments_2027_q4_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_cif_idx ON payment_service.payments_2027_q4 USING btree (cif);


--
-- Name: payments_2027_q4_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_cif_payment_date_idx ON payment_service.payments_2027_q4 USING btree (cif, payment_date);


--
-- Name: payments_2027_q4_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_loan_account_number_idx ON payment_service.payments_2027_q4 USING btree (loan_account_number);


--
-- Name: payments_2027_q4_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_loan_account_number_payment_date_idx ON payment_service.payments_2027_q4 USING btree (loan_account_number, payment_date);


--
-- Name: payments_2027_q4_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_payment_date_idx ON payment_service.payments_2027_q4 USING btree (payment_date);


--
-- Name: payments_2027_q4_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_reference_number_idx ON payment_service.payments_2027_q4 USING btree (reference_number);


--
-- Name: payments_2027_q4_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_2027_q4_status_idx ON payment_service.payments_2027_q4 USING btree (status);


--
-- Name: payments_default_cif_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_cif_idx ON payment_service.payments_default USING btree (cif);


--
-- Name: payments_default_cif_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_cif_payment_date_idx ON payment_service.payments_default USING btree (cif, payment_date);


--
-- Name: payments_default_loan_account_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_loan_account_number_idx ON payment_service.payments_default USING btree (loan_account_number);


--
-- Name: payments_default_loan_account_number_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_loan_account_number_payment_date_idx ON payment_service.payments_default USING btree (loan_account_number, payment_date);


--
-- Name: payments_default_payment_date_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_payment_date_idx ON payment_service.payments_default USING btree (payment_date);


--
-- Name: payments_default_reference_number_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_reference_number_idx ON payment_service.payments_default USING btree (reference_number);


--
-- Name: payments_default_status_idx; Type: INDEX; Schema: payment_service; Owner: -
--

CREATE INDEX payments_default_status_idx ON payment_service.payments_default USING btree (status);


--
-- Name: idx_action_records_action_date; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_action_date ON ONLY workflow_service.action_records USING btree (action_date);


--
-- Name: action_records_2024_q4_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_action_date_idx ON workflow_service.action_records_2024_q4 USING btree (action_date);


--
-- Name: idx_action_records_action_result; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_action_result ON ONLY workflow_service.action_records USING btree (action_result);


--
-- Name: action_records_2024_q4_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_action_result_idx ON workflow_service.action_records_2024_q4 USING btree (action_result);


--
-- Name: idx_action_records_agent_id; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_agent_id ON ONLY workflow_service.action_records USING btree (agent_id);


--
-- Name: action_records_2024_q4_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_agent_id_idx ON workflow_service.action_records_2024_q4 USING btree (agent_id);


--
-- Name: idx_action_records_cif_action_date; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_cif_action_date ON ONLY workflow_service.action_records USING btree (cif, action_date);


--
-- Name: action_records_2024_q4_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_cif_action_date_idx ON workflow_service.action_records_2024_q4 USING btree (cif, action_date);


--
-- Name: idx_action_records_cif; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_cif ON ONLY workflow_service.action_records USING btree (cif);


--
-- Name: action_records_2024_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_cif_idx ON workflow_service.action_records_2024_q4 USING btree (cif);


--
-- Name: idx_action_records_loan_account_number_action_date; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_loan_account_number_action_date ON ONLY workflow_service.action_records USING btree (loan_account_number, action_date);


--
-- Name: action_records_2024_q4_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_loan_account_number_action_date_idx ON workflow_service.action_records_2024_q4 USING btree (loan_account_number, action_date);


--
-- Name: idx_action_records_loan_account_number; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_loan_account_number ON ONLY workflow_service.action_records USING btree (loan_account_number);


--
-- Name: action_records_2024_q4_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_loan_account_number_idx ON workflow_service.action_records_2024_q4 USING btree (loan_account_number);


--
-- Name: idx_action_records_type; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_action_records_type ON ONLY workflow_service.action_records USING btree (type);


--
-- Name: action_records_2024_q4_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2024_q4_type_idx ON workflow_service.action_records_2024_q4 USING btree (type);


--
-- Name: action_records_2025_q1_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_action_date_idx ON workflow_service.action_records_2025_q1 USING btree (action_date);


--
-- Name: action_records_2025_q1_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_action_result_idx ON workflow_service.action_records_2025_q1 USING btree (action_result);


--
-- Name: action_records_2025_q1_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_agent_id_idx ON workflow_service.action_records_2025_q1 USING btree (agent_id);


--
-- Name: action_records_2025_q1_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_cif_action_date_idx ON workflow_service.action_records_2025_q1 USING btree (cif, action_date);


--
-- Name: action_records_2025_q1_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_cif_idx ON workflow_service.action_records_2025_q1 USING btree (cif);


--
-- Name: action_records_2025_q1_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_loan_account_number_action_date_idx ON workflow_service.action_records_2025_q1 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2025_q1_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_loan_account_number_idx ON workflow_service.action_records_2025_q1 USING btree (loan_account_number);


--
-- Name: action_records_2025_q1_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q1_type_idx ON workflow_service.action_records_2025_q1 USING btree (type);


--
-- Name: action_records_2025_q2_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_action_date_idx ON workflow_service.action_records_2025_q2 USING btree (action_date);


--
-- Name: action_records_2025_q2_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_action_result_idx ON workflow_service.action_records_2025_q2 USING btree (action_result);


--
-- Name: action_records_2025_q2_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_agent_id_idx ON workflow_service.action_records_2025_q2 USING btree (agent_id);


--
-- Name: action_records_2025_q2_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_cif_action_date_idx ON workflow_service.action_records_2025_q2 USING btree (cif, action_date);


--
-- Name: action_records_2025_q2_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_cif_idx ON workflow_service.action_records_2025_q2 USING btree (cif);


--
-- Name: action_records_2025_q2_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_loan_account_number_action_date_idx ON workflow_service.action_records_2025_q2 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2025_q2_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_loan_account_number_idx ON workflow_service.action_records_2025_q2 USING btree (loan_account_number);


--
-- Name: action_records_2025_q2_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q2_type_idx ON workflow_service.action_records_2025_q2 USING btree (type);


--
-- Name: action_records_2025_q3_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_action_date_idx ON workflow_service.action_records_2025_q3 USING btree (action_date);


--
-- Name: action_records_2025_q3_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_action_result_idx ON workflow_service.action_records_2025_q3 USING btree (action_result);


--
-- Name: action_records_2025_q3_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_agent_id_idx ON workflow_service.action_records_2025_q3 USING btree (agent_id);


--
-- Name: action_records_2025_q3_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_cif_action_date_idx ON workflow_service.action_records_2025_q3 USING btree (cif, action_date);


--
-- Name: action_records_2025_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_cif_idx ON workflow_service.action_records_2025_q3 USING btree (cif);


--
-- Name: action_records_2025_q3_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_loan_account_number_action_date_idx ON workflow_service.action_records_2025_q3 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2025_q3_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_loan_account_number_idx ON workflow_service.action_records_2025_q3 USING btree (loan_account_number);


--
-- Name: action_records_2025_q3_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q3_type_idx ON workflow_service.action_records_2025_q3 USING btree (type);


--
-- Name: action_records_2025_q4_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_action_date_idx ON workflow_service.action_records_2025_q4 USING btree (action_date);


--
-- Name: action_records_2025_q4_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_action_result_idx ON workflow_service.action_records_2025_q4 USING btree (action_result);


--
-- Name: action_records_2025_q4_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_agent_id_idx ON workflow_service.action_records_2025_q4 USING btree (agent_id);


--
-- Name: action_records_2025_q4_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_cif_action_date_idx ON workflow_service.action_records_2025_q4 USING btree (cif, action_date);


--
-- Name: action_records_2025_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_cif_idx ON workflow_service.action_records_2025_q4 USING btree (cif);


--
-- Name: action_records_2025_q4_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_loan_account_number_action_date_idx ON workflow_service.action_records_2025_q4 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2025_q4_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_loan_account_number_idx ON workflow_service.action_records_2025_q4 USING btree (loan_account_number);


--
-- Name: action_records_2025_q4_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2025_q4_type_idx ON workflow_service.action_records_2025_q4 USING btree (type);


--
-- Name: action_records_2026_q1_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_action_date_idx ON workflow_service.action_records_2026_q1 USING btree (action_date);


--
-- Name: action_records_2026_q1_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_action_result_idx ON workflow_service.action_records_2026_q1 USING btree (action_result);


--
-- Name: action_records_2026_q1_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_agent_id_idx ON workflow_service.action_records_2026_q1 USING btree (agent_id);


--
-- Name: action_records_2026_q1_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_cif_action_date_idx ON workflow_service.action_records_2026_q1 USING btree (cif, action_date);


--
-- Name: action_records_2026_q1_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_cif_idx ON workflow_service.action_records_2026_q1 USING btree (cif);


--
-- Name: action_records_2026_q1_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_loan_account_number_action_date_idx ON workflow_service.action_records_2026_q1 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2026_q1_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_loan_account_number_idx ON workflow_service.action_records_2026_q1 USING btree (loan_account_number);


--
-- Name: action_records_2026_q1_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q1_type_idx ON workflow_service.action_records_2026_q1 USING btree (type);


--
-- Name: action_records_2026_q2_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_action_date_idx ON workflow_service.action_records_2026_q2 USING btree (action_date);


--
-- Name: action_records_2026_q2_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_action_result_idx ON workflow_service.action_records_2026_q2 USING btree (action_result);


--
-- Name: action_records_2026_q2_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_agent_id_idx ON workflow_service.action_records_2026_q2 USING btree (agent_id);


--
-- Name: action_records_2026_q2_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_cif_action_date_idx ON workflow_service.action_records_2026_q2 USING btree (cif, action_date);


--
-- Name: action_records_2026_q2_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_cif_idx ON workflow_service.action_records_2026_q2 USING btree (cif);


--
-- Name: action_records_2026_q2_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_loan_account_number_action_date_idx ON workflow_service.action_records_2026_q2 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2026_q2_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_loan_account_number_idx ON workflow_service.action_records_2026_q2 USING btree (loan_account_number);


--
-- Name: action_records_2026_q2_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q2_type_idx ON workflow_service.action_records_2026_q2 USING btree (type);


--
-- Name: action_records_2026_q3_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_action_date_idx ON workflow_service.action_records_2026_q3 USING btree (action_date);


--
-- Name: action_records_2026_q3_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_action_result_idx ON workflow_service.action_records_2026_q3 USING btree (action_result);


--
-- Name: action_records_2026_q3_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_agent_id_idx ON workflow_service.action_records_2026_q3 USING btree (agent_id);


--
-- Name: action_records_2026_q3_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_cif_action_date_idx ON workflow_service.action_records_2026_q3 USING btree (cif, action_date);


--
-- Name: action_records_2026_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_cif_idx ON workflow_service.action_records_2026_q3 USING btree (cif);


--
-- Name: action_records_2026_q3_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_loan_account_number_action_date_idx ON workflow_service.action_records_2026_q3 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2026_q3_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_loan_account_number_idx ON workflow_service.action_records_2026_q3 USING btree (loan_account_number);


--
-- Name: action_records_2026_q3_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q3_type_idx ON workflow_service.action_records_2026_q3 USING btree (type);


--
-- Name: action_records_2026_q4_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_action_date_idx ON workflow_service.action_records_2026_q4 USING btree (action_date);


--
-- Name: action_records_2026_q4_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_action_result_idx ON workflow_service.action_records_2026_q4 USING btree (action_result);


--
-- Name: action_records_2026_q4_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_agent_id_idx ON workflow_service.action_records_2026_q4 USING btree (agent_id);


--
-- Name: action_records_2026_q4_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_cif_action_date_idx ON workflow_service.action_records_2026_q4 USING btree (cif, action_date);


--
-- Name: action_records_2026_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_cif_idx ON workflow_service.action_records_2026_q4 USING btree (cif);


--
-- Name: action_records_2026_q4_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_loan_account_number_action_date_idx ON workflow_service.action_records_2026_q4 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2026_q4_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_loan_account_number_idx ON workflow_service.action_records_2026_q4 USING btree (loan_account_number);


--
-- Name: action_records_2026_q4_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2026_q4_type_idx ON workflow_service.action_records_2026_q4 USING btree (type);


--
-- Name: action_records_2027_q1_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_action_date_idx ON workflow_service.action_records_2027_q1 USING btree (action_date);


--
-- Name: action_records_2027_q1_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_action_result_idx ON workflow_service.action_records_2027_q1 USING btree (action_result);


--
-- Name: action_records_2027_q1_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_agent_id_idx ON workflow_service.action_records_2027_q1 USING btree (agent_id);


--
-- Name: action_records_2027_q1_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_cif_action_date_idx ON workflow_service.action_records_2027_q1 USING btree (cif, action_date);


--
-- Name: action_records_2027_q1_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_cif_idx ON workflow_service.action_records_2027_q1 USING btree (cif);


--
-- Name: action_records_2027_q1_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_loan_account_number_action_date_idx ON workflow_service.action_records_2027_q1 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2027_q1_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_loan_account_number_idx ON workflow_service.action_records_2027_q1 USING btree (loan_account_number);


--
-- Name: action_records_2027_q1_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q1_type_idx ON workflow_service.action_records_2027_q1 USING btree (type);


--
-- Name: action_records_2027_q2_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_action_date_idx ON workflow_service.action_records_2027_q2 USING btree (action_date);


--
-- Name: action_records_2027_q2_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_action_result_idx ON workflow_service.action_records_2027_q2 USING btree (action_result);


--
-- Name: action_records_2027_q2_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_agent_id_idx ON workflow_service.action_records_2027_q2 USING btree (agent_id);


--
-- Name: action_records_2027_q2_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_cif_action_date_idx ON workflow_service.action_records_2027_q2 USING btree (cif, action_date);


--
-- Name: action_records_2027_q2_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_cif_idx ON workflow_service.action_records_2027_q2 USING btree (cif);


--
-- Name: action_records_2027_q2_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_loan_account_number_action_date_idx ON workflow_service.action_records_2027_q2 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2027_q2_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_loan_account_number_idx ON workflow_service.action_records_2027_q2 USING btree (loan_account_number);


--
-- Name: action_records_2027_q2_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q2_type_idx ON workflow_service.action_records_2027_q2 USING btree (type);


--
-- Name: action_records_2027_q3_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_action_date_idx ON workflow_service.action_records_2027_q3 USING btree (action_date);


--
-- Name: action_records_2027_q3_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_action_result_idx ON workflow_service.action_records_2027_q3 USING btree (action_result);


--
-- Name: action_records_2027_q3_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_agent_id_idx ON workflow_service.action_records_2027_q3 USING btree (agent_id);


--
-- Name: action_records_2027_q3_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_cif_action_date_idx ON workflow_service.action_records_2027_q3 USING btree (cif, action_date);


--
-- Name: action_records_2027_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_cif_idx ON workflow_service.action_records_2027_q3 USING btree (cif);


--
-- Name: action_records_2027_q3_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_loan_account_number_action_date_idx ON workflow_service.action_records_2027_q3 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2027_q3_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_loan_account_number_idx ON workflow_service.action_records_2027_q3 USING btree (loan_account_number);


--
-- Name: action_records_2027_q3_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q3_type_idx ON workflow_service.action_records_2027_q3 USING btree (type);


--
-- Name: action_records_2027_q4_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_action_date_idx ON workflow_service.action_records_2027_q4 USING btree (action_date);


--
-- Name: action_records_2027_q4_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_action_result_idx ON workflow_service.action_records_2027_q4 USING btree (action_result);


--
-- Name: action_records_2027_q4_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_agent_id_idx ON workflow_service.action_records_2027_q4 USING btree (agent_id);


--
-- Name: action_records_2027_q4_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_cif_action_date_idx ON workflow_service.action_records_2027_q4 USING btree (cif, action_date);


--
-- Name: action_records_2027_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_cif_idx ON workflow_service.action_records_2027_q4 USING btree (cif);


--
-- Name: action_records_2027_q4_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_loan_account_number_action_date_idx ON workflow_service.action_records_2027_q4 USING btree (loan_account_number, action_date);


--
-- Name: action_records_2027_q4_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_loan_account_number_idx ON workflow_service.action_records_2027_q4 USING btree (loan_account_number);


--
-- Name: action_records_2027_q4_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_2027_q4_type_idx ON workflow_service.action_records_2027_q4 USING btree (type);


--
-- Name: action_records_default_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_action_date_idx ON workflow_service.action_records_default USING btree (action_date);


--
-- Name: action_records_default_action_result_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_action_result_idx ON workflow_service.action_records_default USING btree (action_result);


--
-- Name: action_records_default_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_agent_id_idx ON workflow_service.action_records_default USING btree (agent_id);


--
-- Name: action_records_default_cif_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_cif_action_date_idx ON workflow_service.action_records_default USING btree (cif, action_date);


--
-- Name: action_records_default_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_cif_idx ON workflow_service.action_records_default USING btree (cif);


--
-- Name: action_records_default_loan_account_number_action_date_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_loan_account_number_action_date_idx ON workflow_service.action_records_default USING btree (loan_account_number, action_date);


--
-- Name: action_records_default_loan_account_number_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_loan_account_number_idx ON workflow_service.action_records_default USING btree (loan_account_number);


--
-- Name: action_records_default_type_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX action_records_default_type_idx ON workflow_service.action_records_default USING btree (type);


--
-- Name: agent_performance_unique_key; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE UNIQUE INDEX agent_performance_unique_key ON workflow_service.agent_performance USING btree (agent_id, month, year) NULLS NOT DISTINCT;


--
-- Name: INDEX agent_performance_unique_key; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON INDEX workflow_service.agent_performance_unique_key IS 'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';


--
-- Name: idx_customer_agents_assigned_call_agent_id; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_agents_assigned_call_agent_id ON ONLY workflow_service.customer_agents USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2024_q3_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q3_assigned_call_agent_id_idx ON workflow_service.customer_agents_2024_q3 USING btree (assigned_call_agent_id);


--
-- Name: idx_customer_agents_assigned_field_agent_id; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_agents_assigned_field_agent_id ON ONLY workflow_service.customer_agents USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2024_q3_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q3_assigned_field_agent_id_idx ON workflow_service.customer_agents_2024_q3 USING btree (assigned_field_agent_id);


--
-- Name: idx_customer_agents_cif; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_agents_cif ON ONLY workflow_service.customer_agents USING btree (cif);


--
-- Name: customer_agents_2024_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q3_cif_idx ON workflow_service.customer_agents_2024_q3 USING btree (cif);


--
-- Name: idx_customer_agents_cif_is_current; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_agents_cif_is_current ON ONLY workflow_service.customer_agents USING btree (cif, is_current);


--
-- Name: customer_agents_2024_q3_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q3_cif_is_current_idx ON workflow_service.customer_agents_2024_q3 USING btree (cif, is_current);


--
-- Name: idx_customer_agents_is_current; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_agents_is_current ON ONLY workflow_service.customer_agents USING btree (is_current);


--
-- Name: customer_agents_2024_q3_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q3_is_current_idx ON workflow_service.customer_agents_2024_q3 USING btree (is_current);


--
-- Name: customer_agents_2024_q4_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q4_assigned_call_agent_id_idx ON workflow_service.customer_agents_2024_q4 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2024_q4_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q4_assigned_field_agent_id_idx ON workflow_service.customer_agents_2024_q4 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2024_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q4_cif_idx ON workflow_service.customer_agents_2024_q4 USING btree (cif);


--
-- Name: customer_agents_2024_q4_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q4_cif_is_current_idx ON workflow_service.customer_agents_2024_q4 USING btree (cif, is_current);


--
-- Name: customer_agents_2024_q4_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2024_q4_is_current_idx ON workflow_service.customer_agents_2024_q4 USING btree (is_current);


--
-- Name: customer_agents_2025_q1_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q1_assigned_call_agent_id_idx ON workflow_service.customer_agents_2025_q1 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2025_q1_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q1_assigned_field_agent_id_idx ON workflow_service.customer_agents_2025_q1 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2025_q1_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q1_cif_idx ON workflow_service.customer_agents_2025_q1 USING btree (cif);


--
-- Name: customer_agents_2025_q1_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q1_cif_is_current_idx ON workflow_service.customer_agents_2025_q1 USING btree (cif, is_current);


--
-- Name: customer_agents_2025_q1_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q1_is_current_idx ON workflow_service.customer_agents_2025_q1 USING btree (is_current);


--
-- Name: customer_agents_2025_q2_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q2_assigned_call_agent_id_idx ON workflow_service.customer_agents_2025_q2 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2025_q2_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q2_assigned_field_agent_id_idx ON workflow_service.customer_agents_2025_q2 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2025_q2_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q2_cif_idx ON workflow_service.customer_agents_2025_q2 USING btree (cif);


--
-- Name: customer_agents_2025_q2_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q2_cif_is_current_idx ON workflow_service.customer_agents_2025_q2 USING btree (cif, is_current);


--
-- Name: customer_agents_2025_q2_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q2_is_current_idx ON workflow_service.customer_agents_2025_q2 USING btree (is_current);


--
-- Name: customer_agents_2025_q3_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q3_assigned_call_agent_id_idx ON workflow_service.customer_agents_2025_q3 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2025_q3_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q3_assigned_field_agent_id_idx ON workflow_service.customer_agents_2025_q3 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2025_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q3_cif_idx ON workflow_service.customer_agents_2025_q3 USING btree (cif);


--
-- Name: customer_agents_2025_q3_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q3_cif_is_current_idx ON workflow_service.customer_agents_2025_q3 USING btree (cif, is_current);


--
-- Name: customer_agents_2025_q3_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q3_is_current_idx ON workflow_service.customer_agents_2025_q3 USING btree (is_current);


--
-- Name: customer_agents_2025_q4_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q4_assigned_call_agent_id_idx ON workflow_service.customer_agents_2025_q4 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2025_q4_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q4_assigned_field_agent_id_idx ON workflow_service.customer_agents_2025_q4 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2025_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q4_cif_idx ON workflow_service.customer_agents_2025_q4 USING btree (cif);


--
-- Name: customer_agents_2025_q4_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q4_cif_is_current_idx ON workflow_service.customer_agents_2025_q4 USING btree (cif, is_current);


--
-- Name: customer_agents_2025_q4_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2025_q4_is_current_idx ON workflow_service.customer_agents_2025_q4 USING btree (is_current);


--
-- Name: customer_agents_2026_q1_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q1_assigned_call_agent_id_idx ON workflow_service.customer_agents_2026_q1 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2026_q1_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q1_assigned_field_agent_id_idx ON workflow_service.customer_agents_2026_q1 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2026_q1_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q1_cif_idx ON workflow_service.customer_agents_2026_q1 USING btree (cif);


--
-- Name: customer_agents_2026_q1_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q1_cif_is_current_idx ON workflow_service.customer_agents_2026_q1 USING btree (cif, is_current);


--
-- Name: customer_agents_2026_q1_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q1_is_current_idx ON workflow_service.customer_agents_2026_q1 USING btree (is_current);


--
-- Name: customer_agents_2026_q2_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q2_assigned_call_agent_id_idx ON workflow_service.customer_agents_2026_q2 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2026_q2_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q2_assigned_field_agent_id_idx ON workflow_service.customer_agents_2026_q2 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2026_q2_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q2_cif_idx ON workflow_service.customer_agents_2026_q2 USING btree (cif);


--
-- Name: customer_agents_2026_q2_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q2_cif_is_current_idx ON workflow_service.customer_agents_2026_q2 USING btree (cif, is_current);


--
-- Name: customer_agents_2026_q2_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q2_is_current_idx ON workflow_service.customer_agents_2026_q2 USING btree (is_current);


--
-- Name: customer_agents_2026_q3_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q3_assigned_call_agent_id_idx ON workflow_service.customer_agents_2026_q3 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2026_q3_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q3_assigned_field_agent_id_idx ON workflow_service.customer_agents_2026_q3 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2026_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q3_cif_idx ON workflow_service.customer_agents_2026_q3 USING btree (cif);


--
-- Name: customer_agents_2026_q3_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q3_cif_is_current_idx ON workflow_service.customer_agents_2026_q3 USING btree (cif, is_current);


--
-- Name: customer_agents_2026_q3_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q3_is_current_idx ON workflow_service.customer_agents_2026_q3 USING btree (is_current);


--
-- Name: customer_agents_2026_q4_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q4_assigned_call_agent_id_idx ON workflow_service.customer_agents_2026_q4 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2026_q4_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q4_assigned_field_agent_id_idx ON workflow_service.customer_agents_2026_q4 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2026_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q4_cif_idx ON workflow_service.customer_agents_2026_q4 USING btree (cif);


--
-- Name: customer_agents_2026_q4_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q4_cif_is_current_idx ON workflow_service.customer_agents_2026_q4 USING btree (cif, is_current);


--
-- Name: customer_agents_2026_q4_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2026_q4_is_current_idx ON workflow_service.customer_agents_2026_q4 USING btree (is_current);


--
-- Name: customer_agents_2027_q1_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q1_assigned_call_agent_id_idx ON workflow_service.customer_agents_2027_q1 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2027_q1_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q1_assigned_field_agent_id_idx ON workflow_service.customer_agents_2027_q1 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2027_q1_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q1_cif_idx ON workflow_service.customer_agents_2027_q1 USING btree (cif);


--
-- Name: customer_agents_2027_q1_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q1_cif_is_current_idx ON workflow_service.customer_agents_2027_q1 USING btree (cif, is_current);


--
-- Name: customer_agents_2027_q1_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q1_is_current_idx ON workflow_service.customer_agents_2027_q1 USING btree (is_current);


--
-- Name: customer_agents_2027_q2_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q2_assigned_call_agent_id_idx ON workflow_service.customer_agents_2027_q2 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2027_q2_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q2_assigned_field_agent_id_idx ON workflow_service.customer_agents_2027_q2 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2027_q2_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q2_cif_idx ON workflow_service.customer_agents_2027_q2 USING btree (cif);


--
-- Name: customer_agents_2027_q2_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q2_cif_is_current_idx ON workflow_service.customer_agents_2027_q2 USING btree (cif, is_current);


--
-- Name: customer_agents_2027_q2_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q2_is_current_idx ON workflow_service.customer_agents_2027_q2 USING btree (is_current);


--
-- Name: customer_agents_2027_q3_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q3_assigned_call_agent_id_idx ON workflow_service.customer_agents_2027_q3 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2027_q3_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q3_assigned_field_agent_id_idx ON workflow_service.customer_agents_2027_q3 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2027_q3_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q3_cif_idx ON workflow_service.customer_agents_2027_q3 USING btree (cif);


--
-- Name: customer_agents_2027_q3_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q3_cif_is_current_idx ON workflow_service.customer_agents_2027_q3 USING btree (cif, is_current);


--
-- Name: customer_agents_2027_q3_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q3_is_current_idx ON workflow_service.customer_agents_2027_q3 USING btree (is_current);


--
-- Name: customer_agents_2027_q4_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q4_assigned_call_agent_id_idx ON workflow_service.customer_agents_2027_q4 USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_2027_q4_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q4_assigned_field_agent_id_idx ON workflow_service.customer_agents_2027_q4 USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_2027_q4_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q4_cif_idx ON workflow_service.customer_agents_2027_q4 USING btree (cif);


--
-- Name: customer_agents_2027_q4_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q4_cif_is_current_idx ON workflow_service.customer_agents_2027_q4 USING btree (cif, is_current);


--
-- Name: customer_agents_2027_q4_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_2027_q4_is_current_idx ON workflow_service.customer_agents_2027_q4 USING btree (is_current);


--
-- Name: customer_agents_default_assigned_call_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_default_assigned_call_agent_id_idx ON workflow_service.customer_agents_default USING btree (assigned_call_agent_id);


--
-- Name: customer_agents_default_assigned_field_agent_id_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_default_assigned_field_agent_id_idx ON workflow_service.customer_agents_default USING btree (assigned_field_agent_id);


--
-- Name: customer_agents_default_cif_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_default_cif_idx ON workflow_service.customer_agents_default USING btree (cif);


--
-- Name: customer_agents_default_cif_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_default_cif_is_current_idx ON workflow_service.customer_agents_default USING btree (cif, is_current);


--
-- Name: customer_agents_default_is_current_idx; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX customer_agents_default_is_current_idx ON workflow_service.customer_agents_default USING btree (is_current);


--
-- Name: customer_collection_status_unique_key; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE UNIQUE INDEX customer_collection_status_unique_key ON workflow_service.customer_collection_status USING btree (cif);


--
-- Name: INDEX customer_collection_status_unique_key; Type: COMMENT; Schema: workflow_service; Owner: -
--

COMMENT ON INDEX workflow_service.customer_collection_status_unique_key IS 'Unique key of the view: lets REFRESH MATERIALIZED VIEW CONCURRENTLY work';


--
-- Name: idx_agents_is_active; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_agents_is_active ON workflow_service.agents USING btree (is_active);


--
-- Name: idx_agents_team; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_agents_team ON workflow_service.agents USING btree (team);


--
-- Name: idx_agents_type; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_agents_type ON workflow_service.agents USING btree (type);


--
-- Name: idx_customer_case_actions_action_date; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_case_actions_action_date ON workflow_service.customer_case_actions USING btree (action_date);


--
-- Name: idx_customer_case_actions_agent_id; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_case_actions_agent_id ON workflow_service.customer_case_actions USING btree (agent_id);


--
-- Name: idx_customer_case_actions_cif; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_case_actions_cif ON workflow_service.customer_case_actions USING btree (cif);


--
-- Name: idx_customer_cases_assigned_call_agent_id; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_assigned_call_agent_id ON workflow_service.customer_cases USING btree (assigned_call_agent_id);


--
-- Name: idx_customer_cases_assigned_field_agent_id; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_assigned_field_agent_id ON workflow_service.customer_cases USING btree (assigned_field_agent_id);


--
-- Name: idx_customer_cases_customer_status; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_customer_status ON workflow_service.customer_cases USING btree (customer_status);


--
-- Name: idx_customer_cases_f_update; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_f_update ON workflow_service.customer_cases USING btree (f_update);


--
-- Name: idx_customer_cases_processing_state_status; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_processing_state_status ON workflow_service.customer_cases USING btree (processing_state_status);


--
-- Name: idx_customer_cases_recovery_ability_status; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_recovery_ability_status ON workflow_service.customer_cases USING btree (recovery_ability_status);


--
-- Name: idx_customer_cases_status_composite; Type: INDEX; Schema: workflow_service; Owner: -
--

CREATE INDEX idx_customer_cases_status_composite ON workflow_service.customer_cases USING btree (customer_status, processing_state_status, recovery_ability_status);


--
-- Name: payments_2024_q4_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2024_q4_cif_idx;


--
-- Name: payments_2024_q4_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2024_q4_cif_payment_date_idx;


--
-- Name: payments_2024_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2024_q4_loan_account_number_idx;


--
-- Name: payments_2024_q4_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2024_q4_loan_account_number_payment_date_idx;


--
-- Name: payments_2024_q4_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2024_q4_payment_date_idx;


--
-- Name: payments_2024_q4_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2024_q4_pkey;


--
-- Name: payments_2024_q4_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2024_q4_reference_number_idx;


--
-- Name: payments_2024_q4_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2024_q4_status_idx;


--
-- Name: payments_2025_q1_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2025_q1_cif_idx;


--
-- Name: payments_2025_q1_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2025_q1_cif_payment_date_idx;


--
-- Name: payments_2025_q1_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2025_q1_loan_account_number_idx;


--
-- Name: payments_2025_q1_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2025_q1_loan_account_number_payment_date_idx;


--
-- Name: payments_2025_q1_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2025_q1_payment_date_idx;


--
-- Name: payments_2025_q1_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2025_q1_pkey;


--
-- Name: payments_2025_q1_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2025_q1_reference_number_idx;


--
-- Name: payments_2025_q1_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2025_q1_status_idx;


--
-- Name: payments_2025_q2_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2025_q2_cif_idx;


--
-- Name: payments_2025_q2_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2025_q2_cif_payment_date_idx;


--
-- Name: payments_2025_q2_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2025_q2_loan_account_number_idx;


--
-- Name: payments_2025_q2_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2025_q2_loan_account_number_payment_date_idx;


--
-- Name: payments_2025_q2_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2025_q2_payment_date_idx;


--
-- Name: payments_2025_q2_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2025_q2_pkey;


--
-- Name: payments_2025_q2_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2025_q2_reference_number_idx;


--
-- Name: payments_2025_q2_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2025_q2_status_idx;


--
-- Name: payments_2025_q3_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2025_q3_cif_idx;


--
-- Name: payments_2025_q3_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2025_q3_cif_payment_date_idx;


--
-- Name: payments_2025_q3_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2025_q3_loan_account_number_idx;


--
-- Name: payments_2025_q3_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2025_q3_loan_account_number_payment_date_idx;


--
-- Name: payments_2025_q3_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2025_q3_payment_date_idx;


--
-- Name: payments_2025_q3_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2025_q3_pkey;


--
-- Name: payments_2025_q3_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2025_q3_reference_number_idx;


--
-- Name: payments_2025_q3_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2025_q3_status_idx;


--
-- Name: payments_2025_q4_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2025_q4_cif_idx;


--
-- Name: payments_2025_q4_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2025_q4_cif_payment_date_idx;


--
-- Name: payments_2025_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2025_q4_loan_account_number_idx;


--
-- Name: payments_2025_q4_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2025_q4_loan_account_number_payment_date_idx;


--
-- Name: payments_2025_q4_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2025_q4_payment_date_idx;


--
-- Name: payments_2025_q4_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2025_q4_pkey;


--
-- Name: payments_2025_q4_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2025_q4_reference_number_idx;


--
-- Name: payments_2025_q4_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2025_q4_status_idx;


--
-- Name: payments_2026_q1_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2026_q1_cif_idx;


--
-- Name: payments_2026_q1_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2026_q1_cif_payment_date_idx;


--
-- Name: payments_2026_q1_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2026_q1_loan_account_number_idx;


--
-- Name: payments_2026_q1_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2026_q1_loan_account_number_payment_date_idx;


--
-- Name: payments_2026_q1_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2026_q1_payment_date_idx;


--
-- Name: payments_2026_q1_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2026_q1_pkey;


--
-- Name: payments_2026_q1_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2026_q1_reference_number_idx;


--
-- Name: payments_2026_q1_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2026_q1_status_idx;


--
-- Name: payments_2026_q2_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2026_q2_cif_idx;


--
-- Name: payments_2026_q2_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2026_q2_cif_payment_date_idx;


--
-- Name: payments_2026_q2_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2026_q2_loan_account_number_idx;


--
-- Name: payments_2026_q2_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2026_q2_loan_account_number_payment_date_idx;


--
-- Name: payments_2026_q2_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2026_q2_payment_date_idx;


--
-- Name: payments_2026_q2_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2026_q2_pkey;


--
-- Name: payments_2026_q2_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2026_q2_reference_number_idx;


--
-- Name: payments_2026_q2_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2026_q2_status_idx;


--
-- Name: payments_2026_q3_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2026_q3_cif_idx;


--
-- Name: payments_2026_q3_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2026_q3_cif_payment_date_idx;


--
-- Name: payments_2026_q3_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2026_q3_loan_account_number_idx;


--
-- Name: payments_2026_q3_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2026_q3_loan_account_number_payment_date_idx;


--
-- Name: payments_2026_q3_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2026_q3_payment_date_idx;


--
-- Name: payments_2026_q3_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2026_q3_pkey;


--
-- Name: payments_2026_q3_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2026_q3_reference_number_idx;


--
-- Name: payments_2026_q3_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2026_q3_status_idx;


--
-- Name: payments_2026_q4_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2026_q4_cif_idx;


--
-- Name: payments_2026_q4_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2026_q4_cif_payment_date_idx;


--
-- Name: payments_2026_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2026_q4_loan_account_number_idx;


--
-- Name: payments_2026_q4_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2026_q4_loan_account_number_payment_date_idx;


--
-- Name: payments_2026_q4_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2026_q4_payment_date_idx;


--
-- Name: payments_2026_q4_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2026_q4_pkey;


--
-- Name: payments_2026_q4_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2026_q4_reference_number_idx;


--
-- Name: payments_2026_q4_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2026_q4_status_idx;


--
-- Name: payments_2027_q1_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2027_q1_cif_idx;


--
-- Name: payments_2027_q1_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2027_q1_cif_payment_date_idx;


--
-- Name: payments_2027_q1_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2027_q1_loan_account_number_idx;


--
-- Name: payments_2027_q1_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2027_q1_loan_account_number_payment_date_idx;


--
-- Name: payments_2027_q1_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2027_q1_payment_date_idx;


--
-- Name: payments_2027_q1_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2027_q1_pkey;


--
-- Name: payments_2027_q1_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2027_q1_reference_number_idx;


--
-- Name: payments_2027_q1_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2027_q1_status_idx;


--
-- Name: payments_2027_q2_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2027_q2_cif_idx;


--
-- Name: payments_2027_q2_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2027_q2_cif_payment_date_idx;


--
-- Name: payments_2027_q2_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2027_q2_loan_account_number_idx;


--
-- Name: payments_2027_q2_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2027_q2_loan_account_number_payment_date_idx;


--
-- Name: payments_2027_q2_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2027_q2_payment_date_idx;


--
-- Name: payments_2027_q2_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2027_q2_pkey;


--
-- Name: payments_2027_q2_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2027_q2_reference_number_idx;


--
-- Name: payments_2027_q2_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2027_q2_status_idx;


--
-- Name: payments_2027_q3_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2027_q3_cif_idx;


--
-- Name: payments_2027_q3_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2027_q3_cif_payment_date_idx;


--
-- Name: payments_2027_q3_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2027_q3_loan_account_number_idx;


--
-- Name: payments_2027_q3_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2027_q3_loan_account_number_payment_date_idx;


--
-- Name: payments_2027_q3_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2027_q3_payment_date_idx;


--
-- Name: payments_2027_q3_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2027_q3_pkey;


--
-- Name: payments_2027_q3_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2027_q3_reference_number_idx;


--
-- Name: payments_2027_q3_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2027_q3_status_idx;


--
-- Name: payments_2027_q4_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_2027_q4_cif_idx;


--
-- Name: payments_2027_q4_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_2027_q4_cif_payment_date_idx;


--
-- Name: payments_2027_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_2027_q4_loan_account_number_idx;


--
-- Name: payments_2027_q4_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_2027_q4_loan_account_number_payment_date_idx;


--
-- Name: payments_2027_q4_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_2027_q4_payment_date_idx;


--
-- Name: payments_2027_q4_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_2027_q4_pkey;


--
-- Name: payments_2027_q4_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_2027_q4_reference_number_idx;


--
-- Name: payments_2027_q4_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_2027_q4_status_idx;


--
-- Name: payments_default_cif_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif ATTACH PARTITION payment_service.payments_default_cif_idx;


--
-- Name: payments_default_cif_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_cif_payment_date ATTACH PARTITION payment_service.payments_default_cif_payment_date_idx;


--
-- Name: payments_default_loan_account_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number ATTACH PARTITION payment_service.payments_default_loan_account_number_idx;


--
-- Name: payments_default_loan_account_number_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_loan_account_number_payment_date ATTACH PARTITION payment_service.payments_default_loan_account_number_payment_date_idx;


--
-- Name: payments_default_payment_date_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_payment_date ATTACH PARTITION payment_service.payments_default_payment_date_idx;


--
-- Name: payments_default_pkey; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.payments_pkey ATTACH PARTITION payment_service.payments_default_pkey;


--
-- Name: payments_default_reference_number_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_reference_number ATTACH PARTITION payment_service.payments_default_reference_number_idx;


--
-- Name: payments_default_status_idx; Type: INDEX ATTACH; Schema: payment_service; Owner: -
--

ALTER INDEX payment_service.idx_payments_status ATTACH PARTITION payment_service.payments_default_status_idx;


--
-- Name: action_records_2024_q4_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2024_q4_action_date_idx;


--
-- Name: action_records_2024_q4_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2024_q4_action_result_idx;


--
-- Name: action_records_2024_q4_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2024_q4_agent_id_idx;


--
-- Name: action_records_2024_q4_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2024_q4_cif_action_date_idx;


--
-- Name: action_records_2024_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2024_q4_cif_idx;


--
-- Name: action_records_2024_q4_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2024_q4_loan_account_number_action_date_idx;


--
-- Name: action_records_2024_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2024_q4_loan_account_number_idx;


--
-- Name: action_records_2024_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2024_q4_pkey;


--
-- Name: action_records_2024_q4_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2024_q4_type_idx;


--
-- Name: action_records_2025_q1_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2025_q1_action_date_idx;


--
-- Name: action_records_2025_q1_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2025_q1_action_result_idx;


--
-- Name: action_records_2025_q1_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2025_q1_agent_id_idx;


--
-- Name: action_records_2025_q1_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2025_q1_cif_action_date_idx;


--
-- Name: action_records_2025_q1_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2025_q1_cif_idx;


--
-- Name: action_records_2025_q1_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2025_q1_loan_account_number_action_date_idx;


--
-- Name: action_records_2025_q1_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2025_q1_loan_account_number_idx;


--
-- Name: action_records_2025_q1_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2025_q1_pkey;


--
-- Name: action_records_2025_q1_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2025_q1_type_idx;


--
-- Name: action_records_2025_q2_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2025_q2_action_date_idx;


--
-- Name: action_records_2025_q2_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2025_q2_action_result_idx;


--
-- Name: action_records_2025_q2_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2025_q2_agent_id_idx;


--
-- Name: action_records_2025_q2_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2025_q2_cif_action_date_idx;


--
-- Name: action_records_2025_q2_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2025_q2_cif_idx;


--
-- Name: action_records_2025_q2_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2025_q2_loan_account_number_action_date_idx;


--
-- Name: action_records_2025_q2_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2025_q2_loan_account_number_idx;


--
-- Name: action_records_2025_q2_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2025_q2_pkey;


--
-- Name: action_records_2025_q2_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2025_q2_type_idx;


--
-- Name: action_records_2025_q3_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2025_q3_action_date_idx;


--
-- Name: action_records_2025_q3_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2025_q3_action_result_idx;


--
-- Name: action_records_2025_q3_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2025_q3_agent_id_idx;


--
-- Name: action_records_2025_q3_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2025_q3_cif_action_date_idx;


--
-- Name: action_records_2025_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2025_q3_cif_idx;


--
-- Name: action_records_2025_q3_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2025_q3_loan_account_number_action_date_idx;


--
-- Name: action_records_2025_q3_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2025_q3_loan_account_number_idx;


--
-- Name: action_records_2025_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2025_q3_pkey;


--
-- Name: action_records_2025_q3_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2025_q3_type_idx;


--
-- Name: action_records_2025_q4_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2025_q4_action_date_idx;


--
-- Name: action_records_2025_q4_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2025_q4_action_result_idx;


--
-- Name: action_records_2025_q4_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2025_q4_agent_id_idx;


--
-- Name: action_records_2025_q4_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2025_q4_cif_action_date_idx;


--
-- Name: action_records_2025_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2025_q4_cif_idx;


--
-- Name: action_records_2025_q4_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2025_q4_loan_account_number_action_date_idx;


--
-- Name: action_records_2025_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2025_q4_loan_account_number_idx;


--
-- Name: action_records_2025_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2025_q4_pkey;


--
-- Name: action_records_2025_q4_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2025_q4_type_idx;


--
-- Name: action_records_2026_q1_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2026_q1_action_date_idx;


--
-- Name: action_records_2026_q1_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2026_q1_action_result_idx;


--
-- Name: action_records_2026_q1_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2026_q1_agent_id_idx;


--
-- Name: action_records_2026_q1_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2026_q1_cif_action_date_idx;


--
-- Name: action_records_2026_q1_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2026_q1_cif_idx;


--
-- Name: action_records_2026_q1_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2026_q1_loan_account_number_action_date_idx;


--
-- Name: action_records_2026_q1_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2026_q1_loan_account_number_idx;


--
-- Name: action_records_2026_q1_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2026_q1_pkey;


--
-- Name: action_records_2026_q1_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2026_q1_type_idx;


--
-- Name: action_records_2026_q2_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2026_q2_action_date_idx;


--
-- Name: action_records_2026_q2_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2026_q2_action_result_idx;


--
-- Name: action_records_2026_q2_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2026_q2_agent_id_idx;


--
-- Name: action_records_2026_q2_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2026_q2_cif_action_date_idx;


--
-- Name: action_records_2026_q2_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2026_q2_cif_idx;


--
-- Name: action_records_2026_q2_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2026_q2_loan_account_number_action_date_idx;


--
-- Name: action_records_2026_q2_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2026_q2_loan_account_number_idx;


--
-- Name: action_records_2026_q2_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2026_q2_pkey;


--
-- Name: action_records_2026_q2_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2026_q2_type_idx;


--
-- Name: action_records_2026_q3_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2026_q3_action_date_idx;


--
-- Name: action_records_2026_q3_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2026_q3_action_result_idx;


--
-- Name: action_records_2026_q3_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2026_q3_agent_id_idx;


--
-- Name: action_records_2026_q3_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2026_q3_cif_action_date_idx;


--
-- Name: action_records_2026_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2026_q3_cif_idx;


--
-- Name: action_records_2026_q3_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2026_q3_loan_account_number_action_date_idx;


--
-- Name: action_records_2026_q3_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2026_q3_loan_account_number_idx;


--
-- Name: action_records_2026_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2026_q3_pkey;


--
-- Name: action_records_2026_q3_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2026_q3_type_idx;


--
-- Name: action_records_2026_q4_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2026_q4_action_date_idx;


--
-- Name: action_records_2026_q4_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2026_q4_action_result_idx;


--
-- Name: action_records_2026_q4_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2026_q4_agent_id_idx;


--
-- Name: action_records_2026_q4_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2026_q4_cif_action_date_idx;


--
-- Name: action_records_2026_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2026_q4_cif_idx;


--
-- Name: action_records_2026_q4_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2026_q4_loan_account_number_action_date_idx;


--
-- Name: action_records_2026_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2026_q4_loan_account_number_idx;


--
-- Name: action_records_2026_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2026_q4_pkey;


--
-- Name: action_records_2026_q4_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2026_q4_type_idx;


--
-- Name: action_records_2027_q1_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2027_q1_action_date_idx;


--
-- Name: action_records_2027_q1_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2027_q1_action_result_idx;


--
-- Name: action_records_2027_q1_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2027_q1_agent_id_idx;


--
-- Name: action_records_2027_q1_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2027_q1_cif_action_date_idx;


--
-- Name: action_records_2027_q1_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2027_q1_cif_idx;


--
-- Name: action_records_2027_q1_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2027_q1_loan_account_number_action_date_idx;


--
-- Name: action_records_2027_q1_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2027_q1_loan_account_number_idx;


--
-- Name: action_records_2027_q1_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2027_q1_pkey;


--
-- Name: action_records_2027_q1_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2027_q1_type_idx;


--
-- Name: action_records_2027_q2_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2027_q2_action_date_idx;


--
-- Name: action_records_2027_q2_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2027_q2_action_result_idx;


--
-- Name: action_records_2027_q2_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2027_q2_agent_id_idx;


--
-- Name: action_records_2027_q2_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2027_q2_cif_action_date_idx;


--
-- Name: action_records_2027_q2_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2027_q2_cif_idx;


--
-- Name: action_records_2027_q2_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2027_q2_loan_account_number_action_date_idx;


--
-- Name: action_records_2027_q2_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2027_q2_loan_account_number_idx;


--
-- Name: action_records_2027_q2_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2027_q2_pkey;


--
-- Name: action_records_2027_q2_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2027_q2_type_idx;


--
-- Name: action_records_2027_q3_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2027_q3_action_date_idx;


--
-- Name: action_records_2027_q3_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2027_q3_action_result_idx;


--
-- Name: action_records_2027_q3_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2027_q3_agent_id_idx;


--
-- Name: action_records_2027_q3_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2027_q3_cif_action_date_idx;


--
-- Name: action_records_2027_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2027_q3_cif_idx;


--
-- Name: action_records_2027_q3_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2027_q3_loan_account_number_action_date_idx;


--
-- Name: action_records_2027_q3_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2027_q3_loan_account_number_idx;


--
-- Name: action_records_2027_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2027_q3_pkey;


--
-- Name: action_records_2027_q3_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2027_q3_type_idx;


--
-- Name: action_records_2027_q4_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_2027_q4_action_date_idx;


--
-- Name: action_records_2027_q4_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_2027_q4_action_result_idx;


--
-- Name: action_records_2027_q4_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_2027_q4_agent_id_idx;


--
-- Name: action_records_2027_q4_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_2027_q4_cif_action_date_idx;


--
-- Name: action_records_2027_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_2027_q4_cif_idx;


--
-- Name: action_records_2027_q4_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_2027_q4_loan_account_number_action_date_idx;


--
-- Name: action_records_2027_q4_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_2027_q4_loan_account_number_idx;


--
-- Name: action_records_2027_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_2027_q4_pkey;


--
-- Name: action_records_2027_q4_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_2027_q4_type_idx;


--
-- Name: action_records_default_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_date ATTACH PARTITION workflow_service.action_records_default_action_date_idx;


--
-- Name: action_records_default_action_result_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_action_result ATTACH PARTITION workflow_service.action_records_default_action_result_idx;


--
-- Name: action_records_default_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_agent_id ATTACH PARTITION workflow_service.action_records_default_agent_id_idx;


--
-- Name: action_records_default_cif_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif_action_date ATTACH PARTITION workflow_service.action_records_default_cif_action_date_idx;


--
-- Name: action_records_default_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_cif ATTACH PARTITION workflow_service.action_records_default_cif_idx;


--
-- Name: action_records_default_loan_account_number_action_date_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number_action_date ATTACH PARTITION workflow_service.action_records_default_loan_account_number_action_date_idx;


--
-- Name: action_records_default_loan_account_number_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_loan_account_number ATTACH PARTITION workflow_service.action_records_default_loan_account_number_idx;


--
-- Name: action_records_default_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.action_records_pkey ATTACH PARTITION workflow_service.action_records_default_pkey;


--
-- Name: action_records_default_type_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_action_records_type ATTACH PARTITION workflow_service.action_records_default_type_idx;


--
-- Name: customer_agents_2024_q3_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2024_q3_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2024_q3_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2024_q3_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2024_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2024_q3_cif_idx;


--
-- Name: customer_agents_2024_q3_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2024_q3_cif_is_current_idx;


--
-- Name: customer_agents_2024_q3_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2024_q3_is_current_idx;


--
-- Name: customer_agents_2024_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2024_q3_pkey;


--
-- Name: customer_agents_2024_q4_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2024_q4_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2024_q4_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2024_q4_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2024_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2024_q4_cif_idx;


--
-- Name: customer_agents_2024_q4_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2024_q4_cif_is_current_idx;


--
-- Name: customer_agents_2024_q4_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2024_q4_is_current_idx;


--
-- Name: customer_agents_2024_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2024_q4_pkey;


--
-- Name: customer_agents_2025_q1_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q1_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2025_q1_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q1_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2025_q1_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2025_q1_cif_idx;


--
-- Name: customer_agents_2025_q1_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q1_cif_is_current_idx;


--
-- Name: customer_agents_2025_q1_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q1_is_current_idx;


--
-- Name: customer_agents_2025_q1_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2025_q1_pkey;


--
-- Name: customer_agents_2025_q2_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q2_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2025_q2_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q2_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2025_q2_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2025_q2_cif_idx;


--
-- Name: customer_agents_2025_q2_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q2_cif_is_current_idx;


--
-- Name: customer_agents_2025_q2_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q2_is_current_idx;


--
-- Name: customer_agents_2025_q2_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2025_q2_pkey;


--
-- Name: customer_agents_2025_q3_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q3_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2025_q3_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q3_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2025_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2025_q3_cif_idx;


--
-- Name: customer_agents_2025_q3_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q3_cif_is_current_idx;


--
-- Name: customer_agents_2025_q3_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q3_is_current_idx;


--
-- Name: customer_agents_2025_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2025_q3_pkey;


--
-- Name: customer_agents_2025_q4_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q4_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2025_q4_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2025_q4_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2025_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2025_q4_cif_idx;


--
-- Name: customer_agents_2025_q4_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q4_cif_is_current_idx;


--
-- Name: customer_agents_2025_q4_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2025_q4_is_current_idx;


--
-- Name: customer_agents_2025_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2025_q4_pkey;


--
-- Name: customer_agents_2026_q1_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q1_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2026_q1_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q1_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2026_q1_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2026_q1_cif_idx;


--
-- Name: customer_agents_2026_q1_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q1_cif_is_current_idx;


--
-- Name: customer_agents_2026_q1_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q1_is_current_idx;


--
-- Name: customer_agents_2026_q1_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2026_q1_pkey;


--
-- Name: customer_agents_2026_q2_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q2_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2026_q2_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q2_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2026_q2_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2026_q2_cif_idx;


--
-- Name: customer_agents_2026_q2_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q2_cif_is_current_idx;


--
-- Name: customer_agents_2026_q2_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q2_is_current_idx;


--
-- Name: customer_agents_2026_q2_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2026_q2_pkey;


--
-- Name: customer_agents_2026_q3_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q3_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2026_q3_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q3_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2026_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2026_q3_cif_idx;


--
-- Name: customer_agents_2026_q3_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q3_cif_is_current_idx;


--
-- Name: customer_agents_2026_q3_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q3_is_current_idx;


--
-- Name: customer_agents_2026_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2026_q3_pkey;


--
-- Name: customer_agents_2026_q4_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q4_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2026_q4_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2026_q4_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2026_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2026_q4_cif_idx;


--
-- Name: customer_agents_2026_q4_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q4_cif_is_current_idx;


--
-- Name: customer_agents_2026_q4_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2026_q4_is_current_idx;


--
-- Name: customer_agents_2026_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2026_q4_pkey;


--
-- Name: customer_agents_2027_q1_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q1_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2027_q1_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q1_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2027_q1_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2027_q1_cif_idx;


--
-- Name: customer_agents_2027_q1_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q1_cif_is_current_idx;


--
-- Name: customer_agents_2027_q1_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q1_is_current_idx;


--
-- Name: customer_agents_2027_q1_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2027_q1_pkey;


--
-- Name: customer_agents_2027_q2_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q2_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2027_q2_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q2_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2027_q2_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2027_q2_cif_idx;


--
-- Name: customer_agents_2027_q2_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q2_cif_is_current_idx;


--
-- Name: customer_agents_2027_q2_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q2_is_current_idx;


--
-- Name: customer_agents_2027_q2_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2027_q2_pkey;


--
-- Name: customer_agents_2027_q3_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q3_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2027_q3_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q3_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2027_q3_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2027_q3_cif_idx;


--
-- Name: customer_agents_2027_q3_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q3_cif_is_current_idx;


--
-- Name: customer_agents_2027_q3_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q3_is_current_idx;


--
-- Name: customer_agents_2027_q3_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2027_q3_pkey;


--
-- Name: customer_agents_2027_q4_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q4_assigned_call_agent_id_idx;


--
-- Name: customer_agents_2027_q4_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_2027_q4_assigned_field_agent_id_idx;


--
-- Name: customer_agents_2027_q4_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_2027_q4_cif_idx;


--
-- Name: customer_agents_2027_q4_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q4_cif_is_current_idx;


--
-- Name: customer_agents_2027_q4_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_2027_q4_is_current_idx;


--
-- Name: customer_agents_2027_q4_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_2027_q4_pkey;


--
-- Name: customer_agents_default_assigned_call_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_call_agent_id ATTACH PARTITION workflow_service.customer_agents_default_assigned_call_agent_id_idx;


--
-- Name: customer_agents_default_assigned_field_agent_id_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_assigned_field_agent_id ATTACH PARTITION workflow_service.customer_agents_default_assigned_field_agent_id_idx;


--
-- Name: customer_agents_default_cif_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif ATTACH PARTITION workflow_service.customer_agents_default_cif_idx;


--
-- Name: customer_agents_default_cif_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_cif_is_current ATTACH PARTITION workflow_service.customer_agents_default_cif_is_current_idx;


--
-- Name: customer_agents_default_is_current_idx; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.idx_customer_agents_is_current ATTACH PARTITION workflow_service.customer_agents_default_is_current_idx;


--
-- Name: customer_agents_default_pkey; Type: INDEX ATTACH; Schema: workflow_service; Owner: -
--

ALTER INDEX workflow_service.customer_agents_pkey ATTACH PARTITION workflow_service.customer_agents_default_pkey;


--
-- Name: permissions trg_permissions_updated_at; Type: TRIGGER; Schema: auth_service; Owner: -
--

CREATE TRIGGER trg_permissions_updated_at BEFORE UPDATE ON auth_service.permissions FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: roles trg_roles_updated_at; Type: TRIGGER; Schema: auth_service; Owner: -
--

CREATE TRIGGER trg_roles_updated_at BEFORE UPDATE ON auth_service.roles FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: users trg_users_updated_at; Type: TRIGGER; Schema: auth_service; Owner: -
--

CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON auth_service.users FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: addresses trg_addresses_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_addresses_updated_at BEFORE UPDATE ON bank_sync_service.addresses FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: collaterals trg_collaterals_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_collaterals_updated_at BEFORE UPDATE ON bank_sync_service.collaterals FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: customers trg_customers_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_customers_updated_at BEFORE UPDATE ON bank_sync_service.customers FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: due_segmentations trg_due_segmentations_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_due_segmentations_updated_at BEFORE UPDATE ON bank_sync_service.due_segmentations FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: emails trg_emails_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_emails_updated_at BEFORE UPDATE ON bank_sync_service.emails FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: loan_collaterals trg_loan_collaterals_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_loan_collaterals_updated_at BEFORE UPDATE ON bank_sync_service.loan_collaterals FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: loans trg_loans_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_loans_updated_at BEFORE UPDATE ON bank_sync_service.loans FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: phones trg_phones_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_phones_updated_at BEFORE UPDATE ON bank_sync_service.phones FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: reference_customers trg_reference_customers_updated_at; Type: TRIGGER; Schema: bank_sync_service; Owner: -
--

CREATE TRIGGER trg_reference_customers_updated_at BEFORE UPDATE ON bank_sync_service.reference_customers FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: payments trg_payments_reference; Type: TRIGGER; Schema: payment_service; Owner: -
--

CREATE TRIGGER trg_payments_reference AFTER INSERT OR DELETE OR UPDATE OF reference_number ON payment_service.payments FOR EACH ROW EXECUTE FUNCTION crmdb.payment_reference_sync();


--
-- Name: TRIGGER trg_payments_reference ON payments; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON TRIGGER trg_payments_reference ON payment_service.payments IS 'Keeps crmdb.payment_references in step with the reference numbers of the payments';


--
-- Name: payments trg_payments_reference_truncate; Type: TRIGGER; Schema: payment_service; Owner: -
--

CREATE TRIGGER trg_payments_reference_truncate AFTER TRUNCATE ON payment_service.payments FOR EACH STATEMENT EXECUTE FUNCTION crmdb.payment_reference_truncate();


--
-- Name: TRIGGER trg_payments_reference_truncate ON payments; Type: COMMENT; Schema: payment_service; Owner: -
--

COMMENT ON TRIGGER trg_payments_reference_truncate ON payment_service.payments IS 'Empties crmdb.payment_references when all payments are truncated';


--
-- Name: payments trg_payments_updated_at; Type: TRIGGER; Schema: payment_service; Owner: -
--

CREATE TRIGGER trg_payments_updated_at BEFORE UPDATE ON payment_service.payments FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: action_records trg_action_records_updated_at; Type: TRIGGER; Schema: workflow_service; Owner: -
--

CREATE TRIGGER trg_action_records_updated_at BEFORE UPDATE ON workflow_service.action_records FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: agents trg_agents_updated_at; Type: TRIGGER; Schema: workflow_service; Owner: -
--

CREATE TRIGGER trg_agents_updated_at BEFORE UPDATE ON workflow_service.agents FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: customer_agents trg_customer_agents_updated_at; Type: TRIGGER; Schema: workflow_service; Owner: -
--

CREATE TRIGGER trg_customer_agents_updated_at BEFORE UPDATE ON workflow_service.customer_agents FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: customer_case_actions trg_customer_case_actions_updated_at; Type: TRIGGER; Schema: workflow_service; Owner: -
--

CREATE TRIGGER trg_customer_case_actions_updated_at BEFORE UPDATE ON workflow_service.customer_case_actions FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: customer_cases trg_customer_cases_updated_at; Type: TRIGGER; Schema: workflow_service; Owner: -
--

CREATE TRIGGER trg_customer_cases_updated_at BEFORE UPDATE ON workflow_service.customer_cases FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();


--
-- Name: permissions permissions_role_id_fkey; Type: FK CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.permissions
    ADD CONSTRAINT permissions_role_id_fkey FOREIGN KEY (role_id) REFERENCES auth_service.roles(id) ON DELETE CASCADE;


--
-- Name: user_sessions user_sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: auth_service; Owner: -
--

ALTER TABLE ONLY auth_service.user_sessions
    ADD CONSTRAINT user_sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth_service.users(id) ON DELETE CASCADE;


--
-- Name: addresses fk_customer_address; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.addresses
    ADD CONSTRAINT fk_customer_address FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: collaterals fk_customer_collateral; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.collaterals
    ADD CONSTRAINT fk_customer_collateral FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: emails fk_customer_email; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.emails
    ADD CONSTRAINT fk_customer_email FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: loans fk_customer_loan; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loans
    ADD CONSTRAINT fk_customer_loan FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: phones fk_customer_phone; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.phones
    ADD CONSTRAINT fk_customer_phone FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: loan_collaterals fk_loan_collateral_collateral; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loan_collaterals
    ADD CONSTRAINT fk_loan_collateral_collateral FOREIGN KEY (collateral_number) REFERENCES bank_sync_service.collaterals(collateral_number);


--
-- Name: loan_collaterals fk_loan_collateral_loan; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.loan_collaterals
    ADD CONSTRAINT fk_loan_collateral_loan FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number);


--
-- Name: due_segmentations fk_loan_due_segmentation; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.due_segmentations
    ADD CONSTRAINT fk_loan_due_segmentation FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number);


--
-- Name: reference_customers fk_primary_customer; Type: FK CONSTRAINT; Schema: bank_sync_service; Owner: -
--

ALTER TABLE ONLY bank_sync_service.reference_customers
    ADD CONSTRAINT fk_primary_customer FOREIGN KEY (primary_cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: payments fk_payment_customer; Type: FK CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE payment_service.payments
    ADD CONSTRAINT fk_payment_customer FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: payments fk_payment_loan; Type: FK CONSTRAINT; Schema: payment_service; Owner: -
--

ALTER TABLE payment_service.payments
    ADD CONSTRAINT fk_payment_loan FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number);


--
-- Name: action_records fk_action_agent; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE workflow_service.action_records
    ADD CONSTRAINT fk_action_agent FOREIGN KEY (agent_id) REFERENCES workflow_service.agents(id);


--
-- Name: action_records fk_action_customer; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE workflow_service.action_records
    ADD CONSTRAINT fk_action_customer FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: action_records fk_action_loan; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE workflow_service.action_records
    ADD CONSTRAINT fk_action_loan FOREIGN KEY (loan_account_number) REFERENCES bank_sync_service.loans(account_number);


--
-- Name: customer_agents fk_customer_agent_call_agent; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE workflow_service.customer_agents
    ADD CONSTRAINT fk_customer_agent_call_agent FOREIGN KEY (assigned_call_agent_id) REFERENCES workflow_service.agents(id);


--
-- Name: customer_agents fk_customer_agent_customer; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE workflow_service.customer_agents
    ADD CONSTRAINT fk_customer_agent_customer FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: customer_agents fk_customer_agent_field_agent; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE workflow_service.customer_agents
    ADD CONSTRAINT fk_customer_agent_field_agent FOREIGN KEY (assigned_field_agent_id) REFERENCES workflow_service.agents(id);


--
-- Name: customer_case_actions fk_customer_case_action_agent; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_case_actions
    ADD CONSTRAINT fk_customer_case_action_agent FOREIGN KEY (agent_id) REFERENCES workflow_service.agents(id);


--
-- Name: customer_case_actions fk_customer_case_action_customer; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_case_actions
    ADD CONSTRAINT fk_customer_case_action_customer FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: customer_cases fk_customer_case_call_agent; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_cases
    ADD CONSTRAINT fk_customer_case_call_agent FOREIGN KEY (assigned_call_agent_id) REFERENCES workflow_service.agents(id);


--
-- Name: customer_cases fk_customer_case_customer; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_cases
    ADD CONSTRAINT fk_customer_case_customer FOREIGN KEY (cif) REFERENCES bank_sync_service.customers(cif);


--
-- Name: customer_cases fk_customer_case_field_agent; Type: FK CONSTRAINT; Schema: workflow_service; Owner: -
--

ALTER TABLE ONLY workflow_service.customer_cases
    ADD CONSTRAINT fk_customer_case_field_agent FOREIGN KEY (assigned_field_agent_id) REFERENCES workflow_service.agents(id);


--
-- Name: payment_method_analysis; Type: MATERIALIZED VIEW DATA; Schema: payment_service; Owner: -
--

REFRESH MATERIALIZED VIEW payment_service.payment_method_analysis;


--
-- Name: payment_summary; Type: MATERIALIZED VIEW DATA; Schema: payment_service; Owner: -
--

REFRESH MATERIALIZED VIEW payment_service.payment_summary;


--
-- Name: agent_performance; Type: MATERIALIZED VIEW DATA; Schema: workflow_service; Owner: -
--

REFRESH MATERIALIZED VIEW workflow_service.agent_performance;


--
-- Name: customer_collection_status; Type: MATERIALIZED VIEW DATA; Schema: workflow_service; Owner: -
--

REFRESH MATERIALIZED VIEW workflow_service.customer_collection_status;


--
-- PostgreSQL database dump complete
--

\unrestrict rR52zn16KefKfTfbm29qJCB7DSmVtcRJkHdrTIvcnL7NSujFGjn2RBQg7Hyo3te

