-- bench/validation_per_rule.sql: crmdb's built-in validation rules written
-- the way a DBA (or a dbt / soda project) would without crmdb: one plain
-- SQL query per rule and table, run one after the other.  Each query
-- returns the rule name and its number of violations, counted as
-- crmdb.validation_summary() counts them (one per failing row unless the
-- rule says otherwise).  bench/run times the whole file and checks that
-- the counts agree with crmdb.validation_summary().
--
-- Format checks use regular expressions (what the alternative has), not
-- crmdb's C validators.

-- customers
SELECT 'customer_name_by_type', count(*) FROM bank_sync_service.customers
WHERE (type = 'INDIVIDUAL' AND (name IS NULL OR btrim(name) = ''))
   OR (type = 'ORGANIZATION' AND (company_name IS NULL OR btrim(company_name) = ''));
SELECT 'customer_birth_date', count(*) FROM bank_sync_service.customers
WHERE date_of_birth > current_date OR date_of_birth < date '1900-01-01';
SELECT 'customer_status', count(*) FROM bank_sync_service.customers
WHERE status NOT IN ('ACTIVE', 'INACTIVE');

-- contacts
SELECT 'phone_format', count(*) FROM bank_sync_service.phones
WHERE regexp_replace(number, '[ .()-]', '', 'g') !~ '^\+?[0-9]{8,15}$';
SELECT 'email_format', count(*) FROM bank_sync_service.emails
WHERE length(address) > 254
   OR address !~ '^[^@[:space:]]{1,64}@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$';
SELECT 'single_primary_contact', count(*) FROM (
    SELECT cif FROM bank_sync_service.phones WHERE is_primary GROUP BY cif HAVING count(*) > 1) s;
SELECT 'single_primary_contact', count(*) FROM (
    SELECT cif FROM bank_sync_service.emails WHERE is_primary GROUP BY cif HAVING count(*) > 1) s;
SELECT 'single_primary_contact', count(*) FROM (
    SELECT cif FROM bank_sync_service.addresses WHERE is_primary GROUP BY cif HAVING count(*) > 1) s;
SELECT 'verified_without_date', count(*) FROM bank_sync_service.phones
WHERE is_verified AND verification_date IS NULL;
SELECT 'verified_without_date', count(*) FROM bank_sync_service.emails
WHERE is_verified AND verification_date IS NULL;
SELECT 'verified_without_date', count(*) FROM bank_sync_service.addresses
WHERE is_verified AND verification_date IS NULL;
SELECT 'reference_is_self', count(*) FROM bank_sync_service.reference_customers
WHERE ref_cif = primary_cif;

-- loans and collaterals
SELECT 'loan_dates', count(*) FROM bank_sync_service.loans
WHERE maturity_date <= disbursement_date;
SELECT 'loan_amounts', count(*) FROM bank_sync_service.loans
WHERE original_amount <= 0 OR outstanding < 0 OR remaining_amount < 0 OR due_amount < 0;
SELECT 'loan_closed_state', count(*) FROM bank_sync_service.loans
WHERE (status = 'CLOSED' AND close_date IS NULL) OR (status = 'OPEN' AND close_date IS NOT NULL);
SELECT 'loan_currency', count(*) FROM bank_sync_service.loans
WHERE currency NOT IN (
    'AED','AFN','ALL','AMD','ANG','AOA','ARS','AUD','AWG','AZN','BAM','BBD','BDT','BGN','BHD',
    'BIF','BMD','BND','BOB','BOV','BRL','BSD','BTN','BWP','BYN','BZD','CAD','CDF','CHE','CHF',
    'CHW','CLF','CLP','CNY','COP','COU','CRC','CUC','CUP','CVE','CZK','DJF','DKK','DOP','DZD',
    'EGP','ERN','ETB','EUR','FJD','FKP','GBP','GEL','GHS','GIP','GMD','GNF','GTQ','GYD','HKD',
    'HNL','HTG','HUF','IDR','ILS','INR','IQD','IRR','ISK','JMD','JOD','JPY','KES','KGS','KHR',
    'KMF','KPW','KRW','KWD','KYD','KZT','LAK','LBP','LKR','LRD','LSL','LYD','MAD','MDL','MGA',
    'MKD','MMK','MNT','MOP','MRU','MUR','MVR','MWK','MXN','MXV','MYR','MZN','NAD','NGN','NIO',
    'NOK','NPR','NZD','OMR','PAB','PEN','PGK','PHP','PKR','PLN','PYG','QAR','RON','RSD','RUB',
    'RWF','SAR','SBD','SCR','SDG','SEK','SGD','SHP','SLE','SLL','SOS','SRD','SSP','STN','SVC',
    'SYP','SZL','THB','TJS','TMT','TND','TOP','TRY','TTD','TWD','TZS','UAH','UGX','USD','USN',
    'UYI','UYU','UYW','UZS','VED','VES','VND','VUV','WST','XAF','XAG','XAU','XBA','XBB','XBC',
    'XBD','XCD','XDR','XOF','XPD','XPF','XPT','XSU','XUA','YER','ZAR','ZMW','ZWL');
SELECT 'loan_dpd', count(*) FROM bank_sync_service.loans
WHERE dpd < 0;
SELECT 'loan_interest_rate', count(*) FROM bank_sync_service.loans
WHERE interest_rate < 0 OR interest_rate > 100;
SELECT 'collateral_value', count(*) FROM bank_sync_service.collaterals
WHERE value < 0 OR valuation_date > current_date;
SELECT 'due_segment_amounts', count(*) FROM bank_sync_service.due_segmentations
WHERE principal_amount < 0 OR interest_amount < 0 OR fees_amount < 0 OR penalty_amount < 0;

-- payments
SELECT 'payment_amount', count(*) FROM payment_service.payments
WHERE amount <= 0;
SELECT 'payment_loan_customer', count(*) FROM payment_service.payments p
JOIN bank_sync_service.loans l ON l.account_number = p.loan_account_number
WHERE p.cif <> l.cif;
SELECT 'payment_currency', count(*) FROM payment_service.payments p
JOIN bank_sync_service.loans l ON l.account_number = p.loan_account_number
WHERE p.currency <> l.currency;
SELECT 'payment_future', count(*) FROM payment_service.payments
WHERE payment_date > localtimestamp + interval '1 day';

-- collection work
SELECT 'action_loan_customer', count(*) FROM workflow_service.action_records a
JOIN bank_sync_service.loans l ON l.account_number = a.loan_account_number
WHERE a.cif <> l.cif;
SELECT 'action_geo', count(*) FROM workflow_service.action_records
WHERE visit_latitude NOT BETWEEN -90 AND 90
   OR visit_longitude NOT BETWEEN -180 AND 180
   OR (visit_latitude IS NULL) <> (visit_longitude IS NULL);
SELECT 'assignment_single_current', count(*) FROM (
    SELECT cif FROM workflow_service.customer_agents WHERE is_current
    GROUP BY cif HAVING count(*) > 1) s;
SELECT 'assignment_period', count(*) FROM workflow_service.customer_agents
WHERE end_date < start_date
   OR (is_current AND end_date IS NOT NULL)
   OR (NOT is_current AND end_date IS NULL);
SELECT 'assignment_overlap', count(DISTINCT cif) FROM (
    SELECT cif, start_date,
           max(coalesce(end_date, 'infinity'::date)) OVER (
               PARTITION BY cif ORDER BY start_date, id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
    FROM workflow_service.customer_agents) s
WHERE prev_end > start_date;
SELECT 'case_matches_assignment', count(*) FROM workflow_service.customer_cases c
LEFT JOIN (SELECT DISTINCT ON (cif) cif, assigned_call_agent_id, assigned_field_agent_id
           FROM workflow_service.customer_agents WHERE is_current
           ORDER BY cif, start_date DESC, id) a ON a.cif = c.cif
WHERE c.assigned_call_agent_id IS DISTINCT FROM a.assigned_call_agent_id
   OR c.assigned_field_agent_id IS DISTINCT FROM a.assigned_field_agent_id;
SELECT 'agent_email_format', count(*) FROM workflow_service.agents
WHERE length(email) > 254
   OR email !~ '^[^@[:space:]]{1,64}@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$';

-- users
SELECT 'user_role_exists', count(*) FROM auth_service.users u
WHERE NOT EXISTS (SELECT 1 FROM auth_service.roles r WHERE r.name = u.role);

-- partitions
SELECT 'default_partition_rows', count(*) FROM payment_service.payments_default;
SELECT 'default_partition_rows', count(*) FROM workflow_service.action_records_default;
SELECT 'default_partition_rows', count(*) FROM workflow_service.customer_agents_default;
