-- bench/validation_floor_heap.sql: the floor of bench/validation_floor.sql,
-- one SELECT count(*) per table, made to read every table's heap: without
-- index-only scans, count(*) reads every page as the rules must.  For
-- context only; the issue's floor is bench/validation_floor.sql.
SET enable_indexonlyscan = off;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
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
RESET enable_indexonlyscan;
RESET enable_indexscan;
RESET enable_bitmapscan;
