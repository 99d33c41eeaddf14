-- bench/validation_floor.sql: the floor of whole-database validation,
-- reading every service table once.
SELECT count(*) FROM auth_service.users;
SELECT count(*) FROM auth_service.roles;
SELECT count(*) FROM auth_service.permissions;
SELECT count(*) FROM auth_service.user_sessions;
SELECT count(*) FROM bank_sync_service.customers;
SELECT count(*) FROM bank_sync_service.phones;
SELECT count(*) FROM bank_sync_service.addresses;
SELECT count(*) FROM bank_sync_service.emails;
SELECT count(*) FROM bank_sync_service.loans;
SELECT count(*) FROM bank_sync_service.collaterals;
SELECT count(*) FROM bank_sync_service.due_segmentations;
SELECT count(*) FROM bank_sync_service.reference_customers;
SELECT count(*) FROM bank_sync_service.loan_collaterals;
SELECT count(*) FROM payment_service.payments;
SELECT count(*) FROM workflow_service.agents;
SELECT count(*) FROM workflow_service.action_records;
SELECT count(*) FROM workflow_service.customer_agents;
SELECT count(*) FROM workflow_service.customer_cases;
SELECT count(*) FROM workflow_service.customer_case_actions;
