/* crmdb/src/schema/crmdb_bank_sync_service.sql: schema bank_sync_service (customers, loans, collaterals) */

-- complain if script is sourced in psql, rather than run by crmdb.install()
\echo Use "SELECT crmdb.install()" to create this schema. \quit

-- crmdb.install() runs this script with search_path = pg_catalog, pg_temp:
-- every name is schema-qualified.
--
-- Rows are synchronised from the core banking systems (T24, W4).  Children
-- refer to their parent by its natural key (customers.cif,
-- loans.account_number, collaterals.collateral_number), as the core banking
-- systems do.  Every synchronised table carries the audit columns
-- source_system, created_by, updated_by, created_at, updated_at,
-- is_editable and last_synced_at.

CREATE SCHEMA bank_sync_service;
COMMENT ON SCHEMA bank_sync_service IS
    'Bank synchronisation service: customers, their contacts, loans and collaterals as synchronised from core banking';

-- customers
CREATE TABLE bank_sync_service.customers (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                 varchar(20) NOT NULL,
    type                crmdb.customer_type NOT NULL,
    name                varchar(100) NULL,
    date_of_birth       date NULL,
    national_id         varchar(20) NULL,
    gender              varchar(10) NULL,
    company_name        varchar(100) NULL,
    registration_number varchar(20) NULL,
    tax_id              varchar(20) NULL,
    segment             varchar(50) NOT NULL,
    status              varchar(10) NOT NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_cif_key UNIQUE (cif)
);
COMMENT ON TABLE bank_sync_service.customers IS
    'Stores information about individual and organizational customers';
COMMENT ON COLUMN bank_sync_service.customers.cif IS
    'Customer information file number: the customer''s natural key in core banking';
COMMENT ON COLUMN bank_sync_service.customers.name IS
    'Name of an individual customer';
COMMENT ON COLUMN bank_sync_service.customers.company_name IS
    'Name of an organization customer';
COMMENT ON COLUMN bank_sync_service.customers.is_editable IS
    'Whether the CRM may change the row (false for rows owned by core banking)';
COMMENT ON COLUMN bank_sync_service.customers.last_synced_at IS
    'When the row was last synchronised from its source system';

CREATE INDEX idx_customers_national_id ON bank_sync_service.customers (national_id);
CREATE INDEX idx_customers_registration_number ON bank_sync_service.customers (registration_number);
CREATE INDEX idx_customers_segment ON bank_sync_service.customers (segment);
CREATE INDEX idx_customers_status ON bank_sync_service.customers (status);
CREATE INDEX idx_customers_type ON bank_sync_service.customers (type);

CREATE TRIGGER trg_customers_updated_at
    BEFORE UPDATE ON bank_sync_service.customers
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- phones
CREATE TABLE bank_sync_service.phones (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                 varchar(20) NOT NULL,
    type                varchar(20) NOT NULL,
    number              varchar(20) NOT NULL,
    is_primary          boolean NOT NULL DEFAULT FALSE,
    is_verified         boolean NOT NULL DEFAULT FALSE,
    verification_date   timestamp NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT phones_pkey PRIMARY KEY (id),
    CONSTRAINT phones_cif_type_key UNIQUE (cif, type),
    CONSTRAINT fk_customer_phone FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif)
);
COMMENT ON TABLE bank_sync_service.phones IS
    'Stores phone numbers associated with customers';
COMMENT ON COLUMN bank_sync_service.phones.type IS
    'Kind of phone (mobile, home, work, ...): one number per kind and customer';

CREATE INDEX idx_phones_number ON bank_sync_service.phones (number);
CREATE INDEX idx_phones_cif ON bank_sync_service.phones (cif);

CREATE TRIGGER trg_phones_updated_at
    BEFORE UPDATE ON bank_sync_service.phones
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- addresses
CREATE TABLE bank_sync_service.addresses (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                 varchar(20) NOT NULL,
    type                varchar(20) NOT NULL,
    address_line1       varchar(100) NOT NULL,
    address_line2       varchar(100) NULL,
    city                varchar(50) NOT NULL,
    state               varchar(50) NOT NULL,
    district            varchar(50) NOT NULL,
    country             varchar(50) NOT NULL,
    is_primary          boolean NOT NULL DEFAULT FALSE,
    is_verified         boolean NOT NULL DEFAULT FALSE,
    verification_date   timestamp NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT addresses_pkey PRIMARY KEY (id),
    CONSTRAINT addresses_cif_type_key UNIQUE (cif, type),
    CONSTRAINT fk_customer_address FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif)
);
COMMENT ON TABLE bank_sync_service.addresses IS
    'Stores physical addresses associated with customers';
COMMENT ON COLUMN bank_sync_service.addresses.type IS
    'Kind of address (home, work, ...): one address per kind and customer';

CREATE INDEX idx_addresses_city ON bank_sync_service.addresses (city);
CREATE INDEX idx_addresses_state ON bank_sync_service.addresses (state);
CREATE INDEX idx_addresses_country ON bank_sync_service.addresses (country);
CREATE INDEX idx_addresses_cif ON bank_sync_service.addresses (cif);

CREATE TRIGGER trg_addresses_updated_at
    BEFORE UPDATE ON bank_sync_service.addresses
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- emails
CREATE TABLE bank_sync_service.emails (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    cif                 varchar(20) NOT NULL,
    address             varchar(100) NOT NULL,
    is_primary          boolean NOT NULL DEFAULT FALSE,
    is_verified         boolean NOT NULL DEFAULT FALSE,
    verification_date   timestamp NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT emails_pkey PRIMARY KEY (id),
    CONSTRAINT emails_cif_address_key UNIQUE (cif, address),
    CONSTRAINT fk_customer_email FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif)
);
COMMENT ON TABLE bank_sync_service.emails IS
    'Stores email addresses associated with customers';

CREATE INDEX idx_emails_address ON bank_sync_service.emails (address);
CREATE INDEX idx_emails_cif ON bank_sync_service.emails (cif);

CREATE TRIGGER trg_emails_updated_at
    BEFORE UPDATE ON bank_sync_service.emails
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- loans
CREATE TABLE bank_sync_service.loans (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    account_number      varchar(20) NOT NULL,
    cif                 varchar(20) NOT NULL,
    product_type        varchar(20) NOT NULL,
    original_amount     numeric(18,2) NOT NULL,
    currency            varchar(3) NOT NULL,
    disbursement_date   date NOT NULL,
    maturity_date       date NOT NULL,
    interest_rate       numeric(8,4) NOT NULL,
    term                integer NOT NULL,
    payment_frequency   varchar(20) NOT NULL,
    limit_amount        numeric(18,2) NULL,
    outstanding         numeric(18,2) NOT NULL,
    remaining_amount    numeric(18,2) NOT NULL,
    due_amount          numeric(18,2) NOT NULL,
    min_pay             numeric(18,2) NULL,
    next_payment_date   date NOT NULL,
    dpd                 integer NOT NULL,
    delinquency_status  varchar(20) NOT NULL,
    status              crmdb.loan_status NOT NULL,
    close_date          date NULL,
    resolution_code     varchar(20) NULL,
    resolution_notes    text NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT loans_pkey PRIMARY KEY (id),
    CONSTRAINT loans_account_number_key UNIQUE (account_number),
    CONSTRAINT fk_customer_loan FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif)
);
COMMENT ON TABLE bank_sync_service.loans IS
    'Stores information about loans issued to customers';
COMMENT ON COLUMN bank_sync_service.loans.account_number IS
    'Loan account number: the loan''s natural key in core banking';
COMMENT ON COLUMN bank_sync_service.loans.term IS
    'Term of the loan in months';
COMMENT ON COLUMN bank_sync_service.loans.outstanding IS
    'Outstanding balance';
COMMENT ON COLUMN bank_sync_service.loans.due_amount IS
    'Amount currently due';
COMMENT ON COLUMN bank_sync_service.loans.min_pay IS
    'Minimum payment (card and revolving products)';
COMMENT ON COLUMN bank_sync_service.loans.dpd IS
    'Days past due';

CREATE INDEX idx_loans_cif ON bank_sync_service.loans (cif);
CREATE INDEX idx_loans_product_type ON bank_sync_service.loans (product_type);
CREATE INDEX idx_loans_status ON bank_sync_service.loans (status);
CREATE INDEX idx_loans_dpd ON bank_sync_service.loans (dpd);
CREATE INDEX idx_loans_delinquency_status ON bank_sync_service.loans (delinquency_status);
CREATE INDEX idx_loans_next_payment_date ON bank_sync_service.loans (next_payment_date);

CREATE TRIGGER trg_loans_updated_at
    BEFORE UPDATE ON bank_sync_service.loans
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- collaterals
CREATE TABLE bank_sync_service.collaterals (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    collateral_number   varchar(20) NOT NULL,
    cif                 varchar(20) NOT NULL,
    type                varchar(20) NOT NULL,
    description         text NOT NULL,
    value               numeric(18,2) NOT NULL,
    valuation_date      date NOT NULL,
    make                varchar(50) NULL,
    model               varchar(50) NULL,
    year                integer NULL,
    vin                 varchar(20) NULL,
    license_plate       varchar(20) NULL,
    property_type       varchar(20) NULL,
    address             text NULL,
    size                numeric(10,2) NULL,
    title_number        varchar(20) NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT collaterals_pkey PRIMARY KEY (id),
    CONSTRAINT collaterals_collateral_number_key UNIQUE (collateral_number),
    CONSTRAINT fk_customer_collateral FOREIGN KEY (cif)
        REFERENCES bank_sync_service.customers (cif)
);
COMMENT ON TABLE bank_sync_service.collaterals IS
    'Stores information about assets used as collateral for loans';
COMMENT ON COLUMN bank_sync_service.collaterals.collateral_number IS
    'Collateral number: the collateral''s natural key in core banking';
COMMENT ON COLUMN bank_sync_service.collaterals.make IS
    'Vehicle collateral: make (also model, year, vin, license_plate)';
COMMENT ON COLUMN bank_sync_service.collaterals.property_type IS
    'Real estate collateral: kind of property (also address, size, title_number)';

CREATE INDEX idx_collaterals_cif ON bank_sync_service.collaterals (cif);
CREATE INDEX idx_collaterals_type ON bank_sync_service.collaterals (type);
CREATE INDEX idx_collaterals_vin ON bank_sync_service.collaterals (vin);
CREATE INDEX idx_collaterals_license_plate ON bank_sync_service.collaterals (license_plate);
CREATE INDEX idx_collaterals_title_number ON bank_sync_service.collaterals (title_number);

CREATE TRIGGER trg_collaterals_updated_at
    BEFORE UPDATE ON bank_sync_service.collaterals
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- due_segmentations
CREATE TABLE bank_sync_service.due_segmentations (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    loan_account_number varchar(20) NOT NULL,
    due_date            date NOT NULL,
    principal_amount    numeric(18,2) NOT NULL,
    interest_amount     numeric(18,2) NOT NULL,
    fees_amount         numeric(18,2) NOT NULL,
    penalty_amount      numeric(18,2) NOT NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT due_segmentations_pkey PRIMARY KEY (id),
    CONSTRAINT due_segmentations_loan_account_number_due_date_key
        UNIQUE (loan_account_number, due_date),
    CONSTRAINT fk_loan_due_segmentation FOREIGN KEY (loan_account_number)
        REFERENCES bank_sync_service.loans (account_number)
);
COMMENT ON TABLE bank_sync_service.due_segmentations IS
    'Stores due segmentation amounts for different due dates for loans';

CREATE INDEX idx_due_segmentations_loan_account_number ON bank_sync_service.due_segmentations (loan_account_number);
CREATE INDEX idx_due_segmentations_due_date ON bank_sync_service.due_segmentations (due_date);

CREATE TRIGGER trg_due_segmentations_updated_at
    BEFORE UPDATE ON bank_sync_service.due_segmentations
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- reference_customers
CREATE TABLE bank_sync_service.reference_customers (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    ref_cif             varchar(20) NOT NULL,
    primary_cif         varchar(20) NOT NULL,
    relationship_type   varchar(30) NOT NULL,
    type                crmdb.customer_type NOT NULL,
    name                varchar(100) NULL,
    date_of_birth       date NULL,
    national_id         varchar(20) NULL,
    gender              varchar(10) NULL,
    company_name        varchar(100) NULL,
    registration_number varchar(20) NULL,
    tax_id              varchar(20) NULL,
    source_system       crmdb.source_system_type NOT NULL,
    created_by          varchar(50) NOT NULL,
    updated_by          varchar(50) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    is_editable         boolean NOT NULL DEFAULT FALSE,
    last_synced_at      timestamp NULL,
    CONSTRAINT reference_customers_pkey PRIMARY KEY (id),
    CONSTRAINT reference_customers_ref_cif_key UNIQUE (ref_cif),
    CONSTRAINT fk_primary_customer FOREIGN KEY (primary_cif)
        REFERENCES bank_sync_service.customers (cif)
);
COMMENT ON TABLE bank_sync_service.reference_customers IS
    'Stores related contacts to customers (such as guarantors, spouses, or other related parties)';
COMMENT ON COLUMN bank_sync_service.reference_customers.ref_cif IS
    'Natural key of the related party';
COMMENT ON COLUMN bank_sync_service.reference_customers.primary_cif IS
    'The customer this party is related to (customers.cif)';
COMMENT ON COLUMN bank_sync_service.reference_customers.relationship_type IS
    'How the party is related to the customer (guarantor, spouse, ...)';

CREATE INDEX idx_reference_customers_primary_cif ON bank_sync_service.reference_customers (primary_cif);
CREATE INDEX idx_reference_customers_relationship_type ON bank_sync_service.reference_customers (relationship_type);
CREATE INDEX idx_reference_customers_national_id ON bank_sync_service.reference_customers (national_id);
CREATE INDEX idx_reference_customers_registration_number ON bank_sync_service.reference_customers (registration_number);

CREATE TRIGGER trg_reference_customers_updated_at
    BEFORE UPDATE ON bank_sync_service.reference_customers
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();

-- loan_collaterals
CREATE TABLE bank_sync_service.loan_collaterals (
    id                  uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid(),
    loan_account_number varchar(20) NOT NULL,
    collateral_number   varchar(20) NOT NULL,
    created_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    updated_at          timestamp NOT NULL DEFAULT pg_catalog.now(),
    source_system       crmdb.source_system_type NOT NULL,
    CONSTRAINT loan_collaterals_pkey PRIMARY KEY (id),
    CONSTRAINT loan_collaterals_loan_account_number_collateral_number_key
        UNIQUE (loan_account_number, collateral_number),
    CONSTRAINT fk_loan_collateral_loan FOREIGN KEY (loan_account_number)
        REFERENCES bank_sync_service.loans (account_number),
    CONSTRAINT fk_loan_collateral_collateral FOREIGN KEY (collateral_number)
        REFERENCES bank_sync_service.collaterals (collateral_number)
);
COMMENT ON TABLE bank_sync_service.loan_collaterals IS
    'Junction table for the many-to-many relationship between loans and collaterals';

CREATE INDEX idx_loan_collaterals_loan_account_number ON bank_sync_service.loan_collaterals (loan_account_number);
CREATE INDEX idx_loan_collaterals_collateral_number ON bank_sync_service.loan_collaterals (collateral_number);

CREATE TRIGGER trg_loan_collaterals_updated_at
    BEFORE UPDATE ON bank_sync_service.loan_collaterals
    FOR EACH ROW EXECUTE FUNCTION crmdb.set_updated_at();
