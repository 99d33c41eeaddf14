-- bench/validation_per_rule.sql: the alternative to crmdb.validation_summary(),
-- the same 29 rules written the way generic tools (dbt tests, soda, a DBA's
-- script) run them: one plain query per rule and table, counting violations,
-- in sequence.  Same predicates as crmdb's (crmdb.validation_rule_checks()),
-- including the scalar validators, so only the way of running them differs.
SELECT count(*) FROM bank_sync_service.customers t
WHERE (t.type = 'INDIVIDUAL' AND coalesce(btrim(t.name), '') = '')
   OR (t.type = 'ORGANIZATION' AND coalesce(btrim(t.company_name), '') = '');
SELECT count(*) FROM bank_sync_service.customers t
WHERE t.date_of_birth > CURRENT_DATE OR t.date_of_birth < DATE '1900-01-01';
SELECT count(*) FROM bank_sync_service.customers t
WHERE t.status IS NULL OR t.status NOT IN ('ACTIVE', 'INACTIVE');
SELECT count(*) FROM bank_sync_service.phones t WHERE crmdb.is_valid_phone(t.number) IS NOT TRUE;
SELECT count(*) FROM bank_sync_service.emails t WHERE crmdb.is_valid_email(t.address) IS NOT TRUE;
SELECT count(*) FROM (SELECT t.cif FROM bank_sync_service.phones t WHERE t.is_primary GROUP BY t.cif HAVING count(*) > 1) s;
SELECT count(*) FROM (SELECT t.cif FROM bank_sync_service.emails t WHERE t.is_primary GROUP BY t.cif HAVING count(*) > 1) s;
SELECT count(*) FROM (SELECT t.cif FROM bank_sync_service.addresses t WHERE t.is_primary GROUP BY t.cif HAVING count(*) > 1) s;
SELECT count(*) FROM bank_sync_service.phones t WHERE t.is_verified AND t.verification_date IS NULL;
SELECT count(*) FROM bank_sync_service.emails t WHERE t.is_verified AND t.verification_date IS NULL;
SELECT count(*) FROM bank_sync_service.addresses t WHERE t.is_verified AND t.verification_date IS NULL;
SELECT count(*) FROM bank_sync_service.reference_customers t WHERE t.ref_cif = t.primary_cif;
SELECT count(*) FROM bank_sync_service.loans t WHERE t.maturity_date <= t.disbursement_date;
SELECT count(*) FROM bank_sync_service.loans t
WHERE t.original_amount <= 0 OR t.outstanding < 0 OR t.remaining_amount < 0 OR t.due_amount < 0;
SELECT count(*) FROM bank_sync_service.loans t
WHERE (t.status = 'CLOSED' AND t.close_date IS NULL) OR (t.status = 'OPEN' AND t.close_date IS NOT NULL);
SELECT count(*) FROM bank_sync_service.loans t WHERE crmdb.is_valid_currency(t.currency) IS NOT TRUE;
SELECT count(*) FROM bank_sync_service.loans t WHERE t.dpd < 0;
SELECT count(*) FROM bank_sync_service.loans t WHERE t.interest_rate < 0 OR t.interest_rate > 100;
SELECT count(*) FROM bank_sync_service.collaterals t WHERE t.value < 0 OR t.valuation_date > CURRENT_DATE;
SELECT count(*) FROM bank_sync_service.due_segmentations t
WHERE t.principal_amount < 0 OR t.interest_amount < 0 OR t.fees_amount < 0 OR t.penalty_amount < 0;
SELECT count(*) FROM payment_service.payments t WHERE t.amount <= 0;
SELECT count(*) FROM payment_service.payments t
JOIN bank_sync_service.loans l ON l.account_number = t.loan_account_number WHERE t.cif <> l.cif;
SELECT count(*) FROM payment_service.payments t
JOIN bank_sync_service.loans l ON l.account_number = t.loan_account_number WHERE t.currency <> l.currency;
SELECT count(*) FROM payment_service.payments t WHERE t.payment_date > LOCALTIMESTAMP + INTERVAL '1 day';
SELECT count(*) FROM workflow_service.action_records t
JOIN bank_sync_service.loans l ON l.account_number = t.loan_account_number WHERE t.cif <> l.cif;
SELECT count(*) FROM workflow_service.action_records t
WHERE (t.visit_latitude IS NULL) <> (t.visit_longitude IS NULL)
   OR t.visit_latitude NOT BETWEEN -90 AND 90 OR t.visit_longitude NOT BETWEEN -180 AND 180;
SELECT count(*) FROM (SELECT t.cif FROM workflow_service.customer_agents t WHERE t.is_current
                      GROUP BY t.cif HAVING count(*) > 1) s;
SELECT count(*) FROM workflow_service.customer_agents t
WHERE t.end_date < t.start_date OR (t.is_current AND t.end_date IS NOT NULL)
   OR (NOT t.is_current AND t.end_date IS NULL);
SELECT count(DISTINCT s.cif) FROM (
    SELECT t.cif, t.start_date,
           max(coalesce(t.end_date, 'infinity'::date)) OVER (PARTITION BY t.cif ORDER BY t.start_date, t.id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end
    FROM workflow_service.customer_agents t) s
WHERE s.start_date < s.previous_end;
SELECT count(*) FROM workflow_service.customer_cases t
LEFT JOIN (SELECT DISTINCT ON (a.cif) a.cif, a.assigned_call_agent_id, a.assigned_field_agent_id
           FROM workflow_service.customer_agents a WHERE a.is_current
           ORDER BY a.cif, a.start_date DESC, a.id) ca ON ca.cif = t.cif
WHERE t.assigned_call_agent_id IS DISTINCT FROM ca.assigned_call_agent_id
   OR t.assigned_field_agent_id IS DISTINCT FROM ca.assigned_field_agent_id;
SELECT count(*) FROM workflow_service.agents t WHERE crmdb.is_valid_email(t.email) IS NOT TRUE;
SELECT count(*) FROM auth_service.users t WHERE NOT EXISTS (SELECT FROM auth_service.roles r WHERE r.name = t.role);
SELECT count(*) FROM ONLY payment_service.payments_default;
SELECT count(*) FROM ONLY workflow_service.action_records_default;
SELECT count(*) FROM ONLY workflow_service.customer_agents_default;
