-- The statement shapes the four CollectionCRM services issue, written
-- against crmdb's tables (t/060_citus.pl runs them through the Citus
-- coordinator on the distributed install and on a single-node install,
-- and compares).  Upstream: github.com/ducduy2612/CollectionCRM, files
-- under src/services/; each block names the file whose query it stands
-- for.  The services use knex (auth, payment) and TypeORM (bank-sync,
-- workflow); the SQL below has the form those builders send (knex:
-- lower-case, quoted identifiers, "returning *", ".first()" as "limit 1";
-- TypeORM: aliased columns, COUNT(DISTINCT id) for getCount(), a DISTINCT
-- subquery for skip/take over joins, INSERT ... RETURNING the generated
-- columns, UPDATE ... WHERE "id" IN (...)).  Values are literals where
-- the services bind parameters; an id a service would have read earlier
-- is kept in a psql variable (\gset).  Columns are crmdb's (the
-- specification's), which differ in places from the upstream migrations.
--
-- Format: a block starts with "-- @@ NAME: UPSTREAM FILE"; an optional
-- "-- @@ citus-error: REGEX" line says the block fails on the distributed
-- layout with that error (doc/citus.md, "The services' queries", explains
-- each); "-- @@ citus-only: REGEX" marks the changed form a service needs
-- on Citus (it runs on the distributed install only, and its output must
-- match REGEX); the statement follows.  Outputs are compared after uuids and
-- now()-stamped timestamps are masked.

-- @@ role-create: auth-service/src/repositories/role.repository.ts (create)
insert into "auth_service"."roles" ("name") values ('AGENT') returning *

-- @@ role-id: auth-service/src/repositories/role.repository.ts (findByName)
select * from "auth_service"."roles" where "name" = 'AGENT' limit 1
\gset role_

-- @@ permission-create: auth-service/src/repositories/role.repository.ts (addPermission)
insert into "auth_service"."permissions" ("action", "resource", "role_id") values ('read', 'customers', :'role_id') returning *

-- @@ permissions-replace: auth-service/src/repositories/role.repository.ts (setPermissions, in a transaction)
begin;
delete from "auth_service"."permissions" where "role_id" = :'role_id';
insert into "auth_service"."permissions" ("action", "resource", "role_id") values ('read', 'customers', :'role_id'), ('write', 'actions', :'role_id');
commit

-- @@ user-create: auth-service/src/repositories/user.repository.ts (create)
insert into "auth_service"."users" ("email", "password_hash", "role", "username") values ('ann@example.com', 'x', 'AGENT', 'ann'), ('bob@example.com', 'x', 'AGENT', 'bob') returning "username", "role", "is_active"

-- @@ user-by-username: auth-service/src/repositories/user.repository.ts (findByUsername)
select * from "auth_service"."users" where "username" = 'ann' limit 1
\gset user_

-- @@ user-update: auth-service/src/repositories/user.repository.ts (update, activate/deactivate)
update "auth_service"."users" set "is_active" = false, "updated_at" = now() where "id" = :'user_id' returning "username", "is_active"

-- @@ user-list: auth-service/src/repositories/user.repository.ts (findAll: count, then a page)
select count(*) from "auth_service"."users" where "username" ilike '%a%' and "role" = 'AGENT';
select "username", "email", "is_active" from "auth_service"."users" where "username" ilike '%a%' and "role" = 'AGENT' order by "created_at" desc, "username" limit 10 offset 0

-- @@ user-permissions: auth-service/src/repositories/user.repository.ts (getUserPermissions)
select "permissions"."resource", "permissions"."action" from "auth_service"."permissions" inner join "auth_service"."roles" on "permissions"."role_id" = "roles"."id" where "roles"."name" = 'AGENT' order by 1, 2

-- @@ session-create: auth-service/src/services/session-service.ts (the user_sessions table of the auth schema)
insert into "auth_service"."user_sessions" ("user_id", "token", "expires_at") values (:'user_id', 'tok-1', now() + interval '1 hour') returning "token"

-- @@ users-by-role-bulk: auth-service/src/repositories/role.repository.ts (assignUsersToRole)
update "auth_service"."users" set "role" = 'AGENT', "updated_at" = now() where "id" in (:'user_id') returning "username"

-- @@ agent-save: workflow-service/src/repositories/agent.repository.ts (createAgent: TypeORM save)
INSERT INTO "workflow_service"."agents"("id", "employee_id", "name", "email", "phone", "type", "team", "is_active", "created_at", "updated_at", "user_id", "created_by", "updated_by") VALUES (DEFAULT, 'E1', 'Ann Agent', 'ann@example.com', NULL, 'AGENT', 'TEAM-A', DEFAULT, DEFAULT, DEFAULT, :'user_id', 'admin', 'admin'), (DEFAULT, 'E2', 'Bob Agent', 'bob@example.com', NULL, 'AGENT', 'TEAM-B', DEFAULT, DEFAULT, DEFAULT, NULL, 'admin', 'admin') RETURNING "id", "is_active", "created_at", "updated_at"

-- @@ agent-by-employee: workflow-service/src/repositories/agent.repository.ts (findByEmployeeId)
SELECT "Agent"."id" AS "Agent_id", "Agent"."employee_id" AS "Agent_employee_id", "Agent"."name" AS "Agent_name" FROM "workflow_service"."agents" "Agent" WHERE (("Agent"."employee_id" = 'E1')) LIMIT 1
\gset

-- @@ customer-save: bank-sync-service/src/repositories/customer.repository.ts (upsertByNaturalKey: new customers, TypeORM save)
INSERT INTO "bank_sync_service"."customers"("id", "cif", "type", "name", "date_of_birth", "national_id", "gender", "company_name", "registration_number", "tax_id", "segment", "status", "source_system", "created_by", "updated_by", "created_at", "updated_at", "is_editable", "last_synced_at") VALUES (DEFAULT, 'CUS1', 'INDIVIDUAL', 'Customer 1', NULL, 'N1', NULL, NULL, NULL, NULL, 'SME', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS2', 'INDIVIDUAL', 'Customer 2', NULL, 'N2', NULL, NULL, NULL, NULL, 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS3', 'INDIVIDUAL', 'Customer 3', NULL, 'N3', NULL, NULL, NULL, NULL, 'SME', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS4', 'INDIVIDUAL', 'Customer 4', NULL, 'N4', NULL, NULL, NULL, NULL, 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS5', 'INDIVIDUAL', 'Customer 5', NULL, 'N5', NULL, NULL, NULL, NULL, 'SME', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS6', 'INDIVIDUAL', 'Customer 6', NULL, 'N6', NULL, NULL, NULL, NULL, 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS7', 'INDIVIDUAL', 'Customer 7', NULL, 'N7', NULL, NULL, NULL, NULL, 'SME', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00'), (DEFAULT, 'CUS8', 'INDIVIDUAL', 'Customer 8', NULL, 'N8', NULL, NULL, NULL, NULL, 'RETAIL', 'ACTIVE', 'T24', 'sync', 'sync', DEFAULT, DEFAULT, DEFAULT, '2026-01-01 00:00:00') RETURNING "id", "created_at", "updated_at", "is_editable"

-- @@ customer-find: bank-sync-service/src/repositories/customer.repository.ts (findByNaturalKey: findOneBy cif)
SELECT "Customer"."id" AS "Customer_id", "Customer"."cif" AS "Customer_cif", "Customer"."name" AS "Customer_name", "Customer"."segment" AS "Customer_segment" FROM "bank_sync_service"."customers" "Customer" WHERE (("Customer"."cif" = 'CUS1')) LIMIT 1
\gset cus1_

-- @@ customer-update: bank-sync-service/src/repositories/customer.repository.ts (upsertByNaturalKey: an existing customer, save by id)
UPDATE "bank_sync_service"."customers" SET "name" = 'Customer One', "last_synced_at" = '2026-02-01 00:00:00', "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN (:'cus1_Customer_id') RETURNING "updated_at"

-- @@ phone-save: bank-sync-service/src/models/phone.entity.ts (the sync's save of the customers' phones)
INSERT INTO "bank_sync_service"."phones"("id", "cif", "type", "number", "is_primary", "is_verified", "verification_date", "source_system", "created_by", "updated_by", "created_at", "updated_at") VALUES (DEFAULT, 'CUS1', 'MOBILE', '09001', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS2', 'MOBILE', '09002', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS3', 'MOBILE', '09003', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS4', 'MOBILE', '09004', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS5', 'MOBILE', '09005', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS6', 'MOBILE', '09006', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS7', 'MOBILE', '09007', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT), (DEFAULT, 'CUS8', 'MOBILE', '09008', true, false, NULL, 'T24', 'sync', 'sync', DEFAULT, DEFAULT) RETURNING "id", "created_at", "updated_at"

-- @@ address-save: bank-sync-service/src/models/address.entity.ts
INSERT INTO "bank_sync_service"."addresses"("id", "cif", "type", "address_line1", "city", "state", "district", "country", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', 'HOME', '1 Main St', 'Hanoi', 'HN', 'D1', 'VN', 'T24', 'sync', 'sync'), (DEFAULT, 'CUS2', 'HOME', '2 Main St', 'Hanoi', 'HN', 'D2', 'VN', 'T24', 'sync', 'sync') RETURNING "id", "created_at", "updated_at"

-- @@ email-save: bank-sync-service/src/models/email.entity.ts
INSERT INTO "bank_sync_service"."emails"("id", "cif", "address", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', 'cus1@example.com', 'T24', 'sync', 'sync') RETURNING "id", "is_primary", "is_verified", "created_at", "updated_at"

-- @@ loan-save: bank-sync-service/src/repositories/loan.repository.ts (upsertByNaturalKey: new loans, TypeORM save)
INSERT INTO "bank_sync_service"."loans"("id", "account_number", "cif", "product_type", "original_amount", "currency", "disbursement_date", "maturity_date", "interest_rate", "term", "payment_frequency", "limit_amount", "outstanding", "remaining_amount", "due_amount", "min_pay", "next_payment_date", "dpd", "delinquency_status", "status", "close_date", "resolution_code", "resolution_notes", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'ACC1', 'CUS1', 'PERSONAL', 1000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 900, 900, 100, NULL, '2026-03-01', 5, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC2', 'CUS2', 'PERSONAL', 2000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 1800, 1800, 100, NULL, '2026-03-01', 10, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC3', 'CUS3', 'PERSONAL', 3000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 2700, 2700, 100, NULL, '2026-03-01', 15, 'DELINQUENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC4', 'CUS4', 'PERSONAL', 4000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 3600, 3600, 100, NULL, '2026-03-01', 20, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC5', 'CUS5', 'PERSONAL', 5000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 4500, 4500, 100, NULL, '2026-03-01', 25, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC6', 'CUS6', 'PERSONAL', 6000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 5400, 5400, 100, NULL, '2026-03-01', 30, 'DELINQUENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC7', 'CUS7', 'PERSONAL', 7000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 6300, 6300, 100, NULL, '2026-03-01', 35, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC8', 'CUS8', 'PERSONAL', 8000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 7200, 7200, 100, NULL, '2026-03-01', 40, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC9', 'CUS1', 'PERSONAL', 9000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 8100, 8100, 100, NULL, '2026-03-01', 45, 'DELINQUENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC10', 'CUS2', 'PERSONAL', 10000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 9000, 9000, 100, NULL, '2026-03-01', 50, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC11', 'CUS3', 'PERSONAL', 11000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 9900, 9900, 100, NULL, '2026-03-01', 55, 'CURRENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync'), (DEFAULT, 'ACC12', 'CUS4', 'PERSONAL', 12000, 'VND', '2025-01-01', '2028-01-01', 12, 36, 'MONTHLY', NULL, 10800, 10800, 100, NULL, '2026-03-01', 60, 'DELINQUENT', 'OPEN', NULL, NULL, NULL, 'T24', 'sync', 'sync') RETURNING "id", "created_at", "updated_at"

-- @@ loan-find: bank-sync-service/src/repositories/loan.repository.ts (findByNaturalKey: findOneBy accountNumber, no cif)
SELECT "Loan"."id" AS "Loan_id", "Loan"."account_number" AS "Loan_account_number", "Loan"."cif" AS "Loan_cif", "Loan"."dpd" AS "Loan_dpd" FROM "bank_sync_service"."loans" "Loan" WHERE (("Loan"."account_number" = 'ACC3')) LIMIT 1
\gset acc3_

-- @@ loan-update: bank-sync-service/src/repositories/loan.repository.ts (upsertByNaturalKey: an existing loan, save by id)
UPDATE "bank_sync_service"."loans" SET "dpd" = 31, "delinquency_status" = 'DELINQUENT', "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN (:'acc3_Loan_id') RETURNING "updated_at"

-- @@ collateral-save: bank-sync-service/src/repositories/collateral.repository.ts (upsertByNaturalKey: new)
INSERT INTO "bank_sync_service"."collaterals"("id", "collateral_number", "cif", "type", "description", "value", "valuation_date", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'COL1', 'CUS1', 'VEHICLE', 'car', 5000, '2025-06-01', 'T24', 'sync', 'sync'), (DEFAULT, 'COL2', 'CUS2', 'PROPERTY', 'flat', 90000, '2025-06-01', 'T24', 'sync', 'sync') RETURNING "id", "created_at", "updated_at"

-- @@ loan-collateral-save: bank-sync-service/src/models/loan.entity.ts (the loan_collaterals join table of Loan.collaterals, ManyToMany: TypeORM inserts the two keys only)
-- @@ citus-error: cannot perform an INSERT without a partition column value
INSERT INTO "bank_sync_service"."loan_collaterals"("loan_account_number", "collateral_number", "source_system") VALUES ('ACC1', 'COL1', 'T24')

-- @@ due-segmentation-save: bank-sync-service/src/models/loan.entity.ts (Loan.dueSegmentations, written by the sync without cif)
-- @@ citus-error: cannot perform an INSERT without a partition column value
INSERT INTO "bank_sync_service"."due_segmentations"("id", "loan_account_number", "due_date", "principal_amount", "interest_amount", "fees_amount", "penalty_amount", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'ACC1', '2026-03-01', 100, 10, 0, 0, 'T24', 'sync', 'sync') RETURNING "id", "created_at", "updated_at"

-- @@ reference-customer-save: bank-sync-service/src/repositories/reference-customer.repository.ts (upsertByNaturalKey: new)
INSERT INTO "bank_sync_service"."reference_customers"("id", "ref_cif", "primary_cif", "relationship_type", "type", "name", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'CUS2', 'CUS1', 'GUARANTOR', 'INDIVIDUAL', 'Customer 2', 'T24', 'sync', 'sync') RETURNING "id", "created_at", "updated_at"

-- @@ customer-search: bank-sync-service/src/repositories/customer.repository.ts (searchCustomers: getCount, then skip/take)
SELECT COUNT(DISTINCT("customer"."id")) AS "cnt" FROM "bank_sync_service"."customers" "customer" WHERE "customer"."name" ILIKE '%Customer%' AND "customer"."segment" = 'RETAIL' AND "customer"."status" = 'ACTIVE';
SELECT "customer"."cif" AS "customer_cif", "customer"."name" AS "customer_name", "customer"."segment" AS "customer_segment" FROM "bank_sync_service"."customers" "customer" WHERE "customer"."name" ILIKE '%Customer%' AND "customer"."segment" = 'RETAIL' AND "customer"."status" = 'ACTIVE' ORDER BY "customer"."cif" ASC LIMIT 10 OFFSET 0

-- @@ customer-with-details: bank-sync-service/src/repositories/customer.repository.ts (getCustomerWithDetails: six joined relations by cif)
SELECT "customer"."cif" AS "customer_cif", "phones"."number" AS "phones_number", "addresses"."address_line1" AS "addresses_address_line1", "emails"."address" AS "emails_address", "loans"."account_number" AS "loans_account_number", "collaterals"."collateral_number" AS "collaterals_collateral_number", "referenceCustomers"."ref_cif" AS "referenceCustomers_ref_cif" FROM "bank_sync_service"."customers" "customer" LEFT JOIN "bank_sync_service"."phones" "phones" ON "phones"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."addresses" "addresses" ON "addresses"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."emails" "emails" ON "emails"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."loans" "loans" ON "loans"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."collaterals" "collaterals" ON "collaterals"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."reference_customers" "referenceCustomers" ON "referenceCustomers"."primary_cif" = "customer"."cif" WHERE "customer"."cif" = 'CUS1' ORDER BY 2, 3, 4, 5, 6, 7

-- @@ customers-by-source: bank-sync-service/src/repositories/customer.repository.ts (findBySourceSystem: three joined relations, all customers)
SELECT "customer"."cif" AS "customer_cif", "phones"."number" AS "phones_number", "addresses"."city" AS "addresses_city", "emails"."address" AS "emails_address" FROM "bank_sync_service"."customers" "customer" LEFT JOIN "bank_sync_service"."phones" "phones" ON "phones"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."addresses" "addresses" ON "addresses"."cif" = "customer"."cif" LEFT JOIN "bank_sync_service"."emails" "emails" ON "emails"."cif" = "customer"."cif" WHERE "customer"."source_system" = 'T24' ORDER BY 1, 2

-- @@ customers-by-cifs: bank-sync-service/src/repositories/customer.repository.ts (findByCifs: cif IN list)
SELECT "customer"."id" AS "customer_id", "customer"."cif" AS "customer_cif", "customer"."updated_at" AS "customer_updated_at" FROM "bank_sync_service"."customers" "customer" WHERE "customer"."cif" IN ('CUS1', 'CUS2', 'CUS5') ORDER BY "customer"."cif"

-- @@ stale-customers: bank-sync-service/src/repositories/sync-entity.repository.ts (findStaleRecords)
SELECT "Customer"."cif" FROM "bank_sync_service"."customers" "Customer" WHERE "Customer"."last_synced_at" < '2026-01-15' OR "Customer"."last_synced_at" IS NULL ORDER BY 1

-- @@ loans-by-cif: bank-sync-service/src/repositories/loan.repository.ts (findByCif: getCount, then skip/take)
SELECT COUNT(DISTINCT("loan"."id")) AS "cnt" FROM "bank_sync_service"."loans" "loan" WHERE "loan"."cif" = 'CUS3' AND "loan"."status" = 'OPEN' AND "loan"."dpd" >= 0 AND "loan"."dpd" <= 90;
SELECT "loan"."account_number" AS "loan_account_number", "loan"."dpd" AS "loan_dpd" FROM "bank_sync_service"."loans" "loan" WHERE "loan"."cif" = 'CUS3' AND "loan"."status" = 'OPEN' AND "loan"."dpd" >= 0 AND "loan"."dpd" <= 90 ORDER BY "loan"."account_number" LIMIT 10 OFFSET 0

-- @@ loan-with-due-segmentations: bank-sync-service/src/repositories/loan.repository.ts (getLoanWithDueSegmentations: joined on loan_account_number, no cif)
-- @@ citus-error: complex joins are only supported when all distributed tables are co-located and joined on their distribution columns
SELECT "loan"."account_number" AS "loan_account_number", "dueSegmentations"."due_date" AS "dueSegmentations_due_date" FROM "bank_sync_service"."loans" "loan" LEFT JOIN "bank_sync_service"."due_segmentations" "dueSegmentations" ON "dueSegmentations"."loan_account_number" = "loan"."account_number" WHERE "loan"."account_number" = 'ACC1'

-- @@ collateral-with-loans: bank-sync-service/src/repositories/collateral.repository.ts (getCollateralWithDetails: customer, and loans through loan_collaterals, no cif in the join)
-- @@ citus-error: complex joins are only supported when all distributed tables are co-located and joined on their distribution columns
SELECT "collateral"."collateral_number" AS "collateral_collateral_number", "customer"."cif" AS "customer_cif", "associatedLoans"."account_number" AS "associatedLoans_account_number" FROM "bank_sync_service"."collaterals" "collateral" LEFT JOIN "bank_sync_service"."customers" "customer" ON "customer"."cif" = "collateral"."cif" LEFT JOIN "bank_sync_service"."loan_collaterals" "collateral_associatedLoans" ON "collateral_associatedLoans"."collateral_number" = "collateral"."collateral_number" LEFT JOIN "bank_sync_service"."loans" "associatedLoans" ON "associatedLoans"."account_number" = "collateral_associatedLoans"."loan_account_number" WHERE "collateral"."collateral_number" = 'COL1'

-- @@ collaterals-by-loan: bank-sync-service/src/repositories/collateral.repository.ts (findByLoanAccountNumber: inner joins through loan_collaterals, no cif)
-- @@ citus-error: the query contains a join that requires repartitioning
SELECT "collateral"."collateral_number" AS "collateral_collateral_number" FROM "bank_sync_service"."collaterals" "collateral" INNER JOIN "bank_sync_service"."loan_collaterals" "collateral_loan" ON "collateral_loan"."collateral_number" = "collateral"."collateral_number" INNER JOIN "bank_sync_service"."loans" "loan" ON "loan"."account_number" = "collateral_loan"."loan_account_number" WHERE "loan"."account_number" = 'ACC1'

-- @@ collaterals-by-type: bank-sync-service/src/repositories/collateral.repository.ts (findByType: getCount, then skip/take)
SELECT COUNT(DISTINCT("collateral"."id")) AS "cnt" FROM "bank_sync_service"."collaterals" "collateral" WHERE "collateral"."type" = 'VEHICLE';
SELECT "collateral"."collateral_number" AS "collateral_collateral_number" FROM "bank_sync_service"."collaterals" "collateral" WHERE "collateral"."type" = 'VEHICLE' ORDER BY 1 LIMIT 10 OFFSET 0

-- @@ reference-by-ref-cif: bank-sync-service/src/repositories/reference-customer.repository.ts (findByRefCif: with its primary customer)
SELECT "refCustomer"."ref_cif" AS "refCustomer_ref_cif", "primaryCustomer"."cif" AS "primaryCustomer_cif" FROM "bank_sync_service"."reference_customers" "refCustomer" LEFT JOIN "bank_sync_service"."customers" "primaryCustomer" ON "primaryCustomer"."cif" = "refCustomer"."primary_cif" WHERE "refCustomer"."ref_cif" = 'CUS2'

-- @@ guarantors-by-loan: bank-sync-service/src/repositories/reference-customer.repository.ts (findGuarantorsByLoanAccountNumber)
SELECT "refCustomer"."ref_cif" AS "refCustomer_ref_cif" FROM "bank_sync_service"."reference_customers" "refCustomer" INNER JOIN "bank_sync_service"."customers" "primaryCustomer" ON "primaryCustomer"."cif" = "refCustomer"."primary_cif" INNER JOIN "bank_sync_service"."loans" "loan" ON "loan"."cif" = "primaryCustomer"."cif" WHERE "loan"."account_number" = 'ACC1' AND "refCustomer"."relationship_type" = 'GUARANTOR'

-- @@ references-of-customer: bank-sync-service/src/repositories/reference-customer.repository.ts (findByPrimaryCif: getCount, then skip/take)
SELECT COUNT(DISTINCT("refCustomer"."id")) AS "cnt" FROM "bank_sync_service"."reference_customers" "refCustomer" WHERE "refCustomer"."primary_cif" = 'CUS1' AND "refCustomer"."name" ILIKE '%Customer%';
SELECT "refCustomer"."ref_cif" AS "refCustomer_ref_cif" FROM "bank_sync_service"."reference_customers" "refCustomer" WHERE "refCustomer"."primary_cif" = 'CUS1' AND "refCustomer"."name" ILIKE '%Customer%' ORDER BY "refCustomer"."created_at" DESC LIMIT 10 OFFSET 0

-- @@ reference-contacts: workflow-service/src/repositories/reference-customer.repository.ts (findByIdWithContacts: the reference's own phones, joined on ref_cif)
-- @@ citus-error: complex joins are only supported when all distributed tables are co-located and joined on their distribution columns
SELECT "referenceCustomer"."ref_cif" AS "referenceCustomer_ref_cif", "phones"."number" AS "phones_number" FROM "bank_sync_service"."reference_customers" "referenceCustomer" LEFT JOIN "bank_sync_service"."phones" "phones" ON "phones"."cif" = "referenceCustomer"."ref_cif" WHERE "referenceCustomer"."ref_cif" = 'CUS2'

-- @@ payment-create: payment-service/src/models/Payment.ts (create: knex insert ... returning *)
insert into "payment_service"."payments" ("amount", "cif", "currency", "loan_account_number", "payment_date", "payment_method", "reference_number", "source_system", "status", "created_by", "updated_by") values (150, 'CUS1', 'VND', 'ACC1', now() - interval '2 days', 'BANK_TRANSFER', 'FT0001', 'OTHER', 'COMPLETED', 'webhook', 'webhook') returning "reference_number", "amount", "status"

-- @@ payment-bulk-insert: payment-service/src/models/Payment.ts (bulkInsert), payment-service/src/processors/StagingProcessor.ts
insert into "payment_service"."payments" ("amount", "cif", "currency", "loan_account_number", "payment_date", "payment_method", "reference_number", "source_system", "status", "created_by", "updated_by") values (200, 'CUS2', 'VND', 'ACC2', now() - interval '6 days', 'CASH', 'FT0002', 'T24', 'COMPLETED', 'staging', 'staging'), (210, 'CUS3', 'VND', 'ACC3', now() - interval '3 days', 'CASH', 'FT0003', 'T24', 'COMPLETED', 'staging', 'staging'), (220, 'CUS3', 'VND', 'ACC11', now() - interval '4 days', 'CARD', 'FT0004', 'T24', 'PENDING', 'staging', 'staging'), (230, 'CUS4', 'VND', 'ACC4', now() - interval '5 days', 'CASH', 'FT0005', 'T24', 'COMPLETED', 'staging', 'staging')

-- @@ payments-by-references: payment-service/src/processors/StagingProcessor.ts (the inserted payments, whereIn reference_number)
select "reference_number", "cif", "amount" from "payment_service"."payments" where "reference_number" in ('FT0002', 'FT0003', 'FT0004', 'FT0005') order by "reference_number"

-- @@ payment-by-reference: payment-service/src/models/Payment.ts (findByReference: .first())
select "reference_number", "cif", "amount", "status" from "payment_service"."payments" where "reference_number" = 'FT0003' limit 1

-- @@ payments-by-loan: payment-service/src/models/Payment.ts (findByLoanAccount)
select "reference_number", "amount" from "payment_service"."payments" where "loan_account_number" = 'ACC3' order by "payment_date" desc limit 100 offset 0

-- @@ payments-by-cif: payment-service/src/models/Payment.ts (findByCif)
select "reference_number", "amount" from "payment_service"."payments" where "cif" = 'CUS3' order by "payment_date" desc limit 100 offset 0

-- @@ payments-by-cif-filtered: payment-service/src/models/Payment.ts (findByCifWithFilters)
select "reference_number", "amount" from "payment_service"."payments" where "cif" = 'CUS3' and "loan_account_number" = 'ACC11' and "payment_date" between now() - interval '30 days' and now() order by "payment_date" desc limit 50 offset 0

-- @@ payments-by-date: payment-service/src/models/Payment.ts (findByDateRange)
select "reference_number", "cif" from "payment_service"."payments" where "payment_date" between now() - interval '30 days' and now() order by "payment_date" desc limit 100 offset 0

-- @@ payment-stats: payment-service/src/models/Payment.ts (getPaymentStats)
select COUNT(*) as total_payments, SUM(amount) as total_amount, COUNT(CASE WHEN created_by = 'staging' THEN 1 END) as staging_payments, COUNT(CASE WHEN created_by = 'webhook' THEN 1 END) as webhook_payments from "payment_service"."payments" where "created_at" between date_trunc('day', now()) and date_trunc('day', now()) + interval '1 day'

-- @@ payment-status-update: payment-service/src/services/PaymentService.ts (a payment's status by its reference)
update "payment_service"."payments" set "status" = 'REVERSED', "status_reason" = 'chargeback', "updated_by" = 'webhook' where "reference_number" = 'FT0004' returning "reference_number", "status"

-- @@ payments-cleanup: payment-service/src/models/PaymentReference.ts (cleanup: delete older than a cutoff)
delete from "payment_service"."payments" where "created_at" < '2000-01-01'

-- @@ partition-exists: payment-service/src/jobs/PartitionMaintenanceJob.ts (the partition check in information_schema)
SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'payment_service' AND table_name = 'payments_default')

-- @@ action-save: workflow-service/src/repositories/action-record.repository.ts (createAction: TypeORM save)
INSERT INTO "workflow_service"."action_records"("id", "cif", "loan_account_number", "agent_id", "type", "subtype", "action_result", "action_date", "notes", "call_trace_id", "visit_latitude", "visit_longitude", "visit_address", "created_at", "updated_at", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', 'ACC1', :'Agent_id', 'CALL', 'OUTBOUND', 'PROMISE_TO_PAY', now() - interval '1 day', 'first call', NULL, NULL, NULL, NULL, DEFAULT, DEFAULT, 'ann', 'ann'), (DEFAULT, 'CUS1', 'ACC9', :'Agent_id', 'CALL', 'OUTBOUND', 'NO_ANSWER', now() - interval '2 days', NULL, NULL, NULL, NULL, NULL, DEFAULT, DEFAULT, 'ann', 'ann'), (DEFAULT, 'CUS3', 'ACC3', :'Agent_id', 'VISIT', 'FIELD', 'PAID', now() - interval '3 days', NULL, NULL, 21.02851100, 105.80481700, 'Hanoi', DEFAULT, DEFAULT, 'ann', 'ann') RETURNING "id", "created_at", "updated_at"

-- @@ actions-by-cif: workflow-service/src/repositories/action-record.repository.ts (findByCif: getCount, then the skip/take DISTINCT subquery and the page)
SELECT COUNT(DISTINCT("action"."id")) AS "cnt" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE "action"."cif" = 'CUS1' AND "agent"."name" = 'Ann Agent' AND "action"."action_date" >= now() - interval '30 days';
SELECT DISTINCT "distinctAlias"."action_id" AS "ids_action_id", "distinctAlias"."action_action_date" FROM (SELECT "action"."id" AS "action_id", "action"."action_date" AS "action_action_date", "agent"."name" AS "agent_name" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE "action"."cif" = 'CUS1' AND "agent"."name" = 'Ann Agent') "distinctAlias" ORDER BY "distinctAlias"."action_action_date" DESC, "action_id" ASC LIMIT 1
\gset page_
SELECT "action"."loan_account_number" AS "action_loan_account_number", "action"."action_result" AS "action_action_result", "agent"."name" AS "agent_name" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE ("action"."cif" = 'CUS1') AND ("action"."id" IN (:'page_ids_action_id')) ORDER BY "action"."action_date" DESC

-- @@ actions-by-loan: workflow-service/src/repositories/action-record.repository.ts (findByLoanAccountNumber)
SELECT COUNT(DISTINCT("action"."id")) AS "cnt" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE "action"."loan_account_number" = 'ACC3';
SELECT "action"."cif" AS "action_cif", "action"."type" AS "action_type", "agent"."name" AS "agent_name" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE "action"."loan_account_number" = 'ACC3' ORDER BY "action"."action_date" DESC LIMIT 10 OFFSET 0

-- @@ actions-by-agent: workflow-service/src/repositories/action-record.repository.ts (findByAgentId)
SELECT COUNT(DISTINCT("action"."id")) AS "cnt" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE "action"."agent_id" = :'Agent_id' AND "action"."type" = 'CALL';
SELECT "action"."cif" AS "action_cif", "action"."loan_account_number" AS "action_loan_account_number" FROM "workflow_service"."action_records" "action" LEFT JOIN "workflow_service"."agents" "agent" ON "agent"."id" = "action"."agent_id" WHERE "action"."agent_id" = :'Agent_id' AND "action"."type" = 'CALL' ORDER BY "action"."action_date" DESC LIMIT 10 OFFSET 0

-- @@ action-update: workflow-service/src/repositories/action-record.repository.ts (updateActionResult: findOneBy id, then save by id)
UPDATE "workflow_service"."action_records" SET "action_result" = 'PAID', "updated_by" = 'ann', "updated_at" = CURRENT_TIMESTAMP WHERE "id" IN (:'page_ids_action_id') RETURNING "updated_at"

-- @@ assignment-save: workflow-service/src/repositories/customer-agent.repository.ts (createAssignment, in a transaction: end the current one, save the new one)
START TRANSACTION;
SELECT "CustomerAgent"."id" AS "CustomerAgent_id" FROM "workflow_service"."customer_agents" "CustomerAgent" WHERE (("CustomerAgent"."cif" = 'CUS1') AND ("CustomerAgent"."is_current" = true)) LIMIT 1;
INSERT INTO "workflow_service"."customer_agents"("id", "cif", "assigned_call_agent_id", "assigned_field_agent_id", "start_date", "end_date", "is_current", "created_at", "updated_at", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', :'Agent_id', NULL, current_date - 10, NULL, DEFAULT, DEFAULT, DEFAULT, 'admin', 'admin') RETURNING "id", "is_current", "created_at", "updated_at";
COMMIT

-- @@ assignment-replace: workflow-service/src/repositories/customer-agent.repository.ts (createAssignment when one is current: its end, then the new one)
START TRANSACTION;
UPDATE "workflow_service"."customer_agents" SET "end_date" = current_date, "is_current" = false, "updated_at" = CURRENT_TIMESTAMP WHERE "cif" = 'CUS1' AND "is_current" = true;
INSERT INTO "workflow_service"."customer_agents"("id", "cif", "assigned_call_agent_id", "assigned_field_agent_id", "start_date", "end_date", "is_current", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', :'Agent_id', NULL, current_date, NULL, DEFAULT, 'admin', 'admin') RETURNING "is_current";
COMMIT

-- @@ assignment-current: workflow-service/src/repositories/customer-agent.repository.ts (findCurrentByCif)
SELECT "CustomerAgent"."cif", "CustomerAgent"."start_date" = current_date AS "today", "CustomerAgent"."is_current" FROM "workflow_service"."customer_agents" "CustomerAgent" WHERE (("CustomerAgent"."cif" = 'CUS1') AND ("CustomerAgent"."is_current" = true)) LIMIT 1

-- @@ assignments-by-agent: workflow-service/src/repositories/customer-agent.repository.ts (findByAgentId: call or field agent, both agents joined)
SELECT COUNT(DISTINCT("assignment"."id")) AS "cnt" FROM "workflow_service"."customer_agents" "assignment" LEFT JOIN "workflow_service"."agents" "callAgent" ON "callAgent"."id" = "assignment"."assigned_call_agent_id" LEFT JOIN "workflow_service"."agents" "fieldAgent" ON "fieldAgent"."id" = "assignment"."assigned_field_agent_id" WHERE ("assignment"."assigned_call_agent_id" = :'Agent_id' OR "assignment"."assigned_field_agent_id" = :'Agent_id');
SELECT "assignment"."cif" AS "assignment_cif", "assignment"."is_current" AS "assignment_is_current", "callAgent"."name" AS "callAgent_name", "fieldAgent"."name" AS "fieldAgent_name" FROM "workflow_service"."customer_agents" "assignment" LEFT JOIN "workflow_service"."agents" "callAgent" ON "callAgent"."id" = "assignment"."assigned_call_agent_id" LEFT JOIN "workflow_service"."agents" "fieldAgent" ON "fieldAgent"."id" = "assignment"."assigned_field_agent_id" WHERE ("assignment"."assigned_call_agent_id" = :'Agent_id' OR "assignment"."assigned_field_agent_id" = :'Agent_id') ORDER BY "assignment"."start_date" DESC LIMIT 10 OFFSET 0

-- @@ assignment-history: workflow-service/src/repositories/customer-agent.repository.ts (findHistoryByCif)
SELECT "assignment"."is_current" AS "assignment_is_current", "callAgent"."name" AS "callAgent_name" FROM "workflow_service"."customer_agents" "assignment" LEFT JOIN "workflow_service"."agents" "callAgent" ON "callAgent"."id" = "assignment"."assigned_call_agent_id" LEFT JOIN "workflow_service"."agents" "fieldAgent" ON "fieldAgent"."id" = "assignment"."assigned_field_agent_id" WHERE "assignment"."cif" = 'CUS1' ORDER BY "assignment"."start_date" DESC

-- @@ case-create: workflow-service/src/repositories/customer-case.repository.ts (updateFUpdate: a customer without a case gets one)
INSERT INTO "workflow_service"."customer_cases"("id", "cif", "assigned_call_agent_id", "assigned_field_agent_id", "f_update", "customer_status", "collateral_status", "processing_state_status", "lending_violation_status", "recovery_ability_status", "created_at", "updated_at", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', :'Agent_id', NULL, '2026-01-20 09:00:00', 'ACTIVE', 'NONE', 'NEW', 'NONE', 'UNKNOWN', DEFAULT, DEFAULT, 'ann', 'ann'), (DEFAULT, 'CUS2', NULL, NULL, NULL, 'ACTIVE', 'NONE', 'NEW', 'NONE', 'UNKNOWN', DEFAULT, DEFAULT, 'ann', 'ann') RETURNING "id", "created_at", "updated_at"

-- @@ case-f-update: workflow-service/src/repositories/customer-case.repository.ts (updateFUpdate: update by cif)
UPDATE "workflow_service"."customer_cases" SET "f_update" = '2026-02-01 09:00:00', "updated_by" = 'ann', "updated_at" = CURRENT_TIMESTAMP WHERE "cif" = 'CUS1'

-- @@ case-bulk-f-update: workflow-service/src/repositories/customer-case.repository.ts (bulkUpdateFUpdate: update by a cif list, then the cifs that have a case)
UPDATE "workflow_service"."customer_cases" SET "f_update" = '2026-02-02 09:00:00', "updated_by" = 'bob', "updated_at" = CURRENT_TIMESTAMP WHERE "cif" IN ('CUS1', 'CUS2', 'CUS7');
SELECT "CustomerCase"."cif" AS "CustomerCase_cif" FROM "workflow_service"."customer_cases" "CustomerCase" WHERE (("CustomerCase"."cif" IN ('CUS1', 'CUS2', 'CUS7'))) ORDER BY 1

-- @@ case-by-cif: workflow-service/src/repositories/customer-case.repository.ts (findByCif)
SELECT "CustomerCase"."cif" AS "CustomerCase_cif", "CustomerCase"."f_update" AS "CustomerCase_f_update", "CustomerCase"."updated_by" AS "CustomerCase_updated_by" FROM "workflow_service"."customer_cases" "CustomerCase" WHERE (("CustomerCase"."cif" = 'CUS1')) LIMIT 1

-- @@ case-action-save: workflow-service/src/entities/customer-case.entity.ts (the status inputs of agents, customer_case_actions)
INSERT INTO "workflow_service"."customer_case_actions"("id", "cif", "agent_id", "action_date", "notes", "customer_status", "created_by", "updated_by") VALUES (DEFAULT, 'CUS1', :'Agent_id', now(), 'status', 'PROMISED', 'ann', 'ann') RETURNING "id", "created_at", "updated_at"

-- @@ agents-list: workflow-service/src/repositories/agent.repository.ts (findAll: getCount, then skip/take)
SELECT COUNT(DISTINCT("agent"."id")) AS "cnt" FROM "workflow_service"."agents" "agent" WHERE "agent"."type" = 'AGENT' AND "agent"."is_active" = true;
SELECT "agent"."employee_id" AS "agent_employee_id", "agent"."name" AS "agent_name" FROM "workflow_service"."agents" "agent" WHERE "agent"."type" = 'AGENT' AND "agent"."is_active" = true ORDER BY "agent"."name" ASC LIMIT 10 OFFSET 0

-- @@ agent-workload: workflow-service/src/repositories/customer-case.repository.ts (the cases of an agent with their customer, a join across a reference table)
SELECT "c"."cif", "cust"."name", "a"."name" AS "agent_name" FROM "workflow_service"."customer_cases" "c" INNER JOIN "bank_sync_service"."customers" "cust" ON "cust"."cif" = "c"."cif" LEFT JOIN "workflow_service"."agents" "a" ON "a"."id" = "c"."assigned_call_agent_id" WHERE "c"."assigned_call_agent_id" = :'Agent_id' ORDER BY 1

-- The changed forms doc/citus.md asks of the services on Citus.

-- @@ loan-collateral-save-cif: bank-sync-service/src/models/loan.entity.ts (the join table written with the loan's cif)
-- @@ citus-only: ^$
INSERT INTO "bank_sync_service"."loan_collaterals"("loan_account_number", "collateral_number", "cif", "source_system") VALUES ('ACC1', 'COL1', 'CUS1', 'T24')

-- @@ due-segmentation-save-cif: bank-sync-service/src/models/loan.entity.ts (a due segmentation written with the loan's cif)
-- @@ citus-only: ^<uuid>\|<now>\|<now>$
INSERT INTO "bank_sync_service"."due_segmentations"("id", "loan_account_number", "cif", "due_date", "principal_amount", "interest_amount", "fees_amount", "penalty_amount", "source_system", "created_by", "updated_by") VALUES (DEFAULT, 'ACC1', 'CUS1', '2026-03-01', 100, 10, 0, 0, 'T24', 'sync', 'sync') RETURNING "id", "created_at", "updated_at"

-- @@ loan-with-due-segmentations-cif: bank-sync-service/src/repositories/loan.repository.ts (getLoanWithDueSegmentations, the relation joined on both columns)
-- @@ citus-only: ^ACC1\|2026-03-01$
SELECT "loan"."account_number" AS "loan_account_number", "dueSegmentations"."due_date" AS "dueSegmentations_due_date" FROM "bank_sync_service"."loans" "loan" LEFT JOIN "bank_sync_service"."due_segmentations" "dueSegmentations" ON "dueSegmentations"."loan_account_number" = "loan"."account_number" AND "dueSegmentations"."cif" = "loan"."cif" WHERE "loan"."account_number" = 'ACC1'

-- @@ collateral-with-loans-cif: bank-sync-service/src/repositories/collateral.repository.ts (getCollateralWithDetails, the relations joined with cif)
-- @@ citus-only: ^COL1\|CUS1\|ACC1$
SELECT "collateral"."collateral_number" AS "collateral_collateral_number", "customer"."cif" AS "customer_cif", "associatedLoans"."account_number" AS "associatedLoans_account_number" FROM "bank_sync_service"."collaterals" "collateral" LEFT JOIN "bank_sync_service"."customers" "customer" ON "customer"."cif" = "collateral"."cif" LEFT JOIN "bank_sync_service"."loan_collaterals" "collateral_associatedLoans" ON "collateral_associatedLoans"."collateral_number" = "collateral"."collateral_number" AND "collateral_associatedLoans"."cif" = "collateral"."cif" LEFT JOIN "bank_sync_service"."loans" "associatedLoans" ON "associatedLoans"."account_number" = "collateral_associatedLoans"."loan_account_number" AND "associatedLoans"."cif" = "collateral_associatedLoans"."cif" WHERE "collateral"."collateral_number" = 'COL1'

-- @@ collaterals-by-loan-cif: bank-sync-service/src/repositories/collateral.repository.ts (findByLoanAccountNumber, the joins with cif)
-- @@ citus-only: ^COL1$
SELECT "collateral"."collateral_number" AS "collateral_collateral_number" FROM "bank_sync_service"."collaterals" "collateral" INNER JOIN "bank_sync_service"."loan_collaterals" "collateral_loan" ON "collateral_loan"."collateral_number" = "collateral"."collateral_number" AND "collateral_loan"."cif" = "collateral"."cif" INNER JOIN "bank_sync_service"."loans" "loan" ON "loan"."account_number" = "collateral_loan"."loan_account_number" AND "loan"."cif" = "collateral_loan"."cif" WHERE "loan"."account_number" = 'ACC1'

-- @@ reference-contacts-two-steps: workflow-service/src/repositories/reference-customer.repository.ts (findByIdWithContacts as two queries: the reference, then the phones of its ref_cif)
-- @@ citus-only: ^CUS2\|09002$
SELECT "referenceCustomer"."ref_cif" AS "ref_cif" FROM "bank_sync_service"."reference_customers" "referenceCustomer" WHERE "referenceCustomer"."ref_cif" = 'CUS2' LIMIT 1
\gset
SELECT :'ref_cif', "phones"."number" FROM "bank_sync_service"."phones" "phones" WHERE "phones"."cif" = :'ref_cif'

-- @@ reference-delete: bank-sync-service/src/repositories/reference-customer.repository.ts, workflow-service/src/repositories/reference-customer.repository.ts (deleteReferenceCustomer: delete by id)
SELECT "refCustomer"."id" AS "refCustomer_id" FROM "bank_sync_service"."reference_customers" "refCustomer" WHERE "refCustomer"."ref_cif" = 'CUS2' LIMIT 1
\gset
DELETE FROM "bank_sync_service"."reference_customers" WHERE "id" IN (:'refCustomer_id')

-- @@ user-delete: auth-service/src/repositories/user.repository.ts (delete)
delete from "auth_service"."users" where "username" = 'bob'
