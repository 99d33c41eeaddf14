/*-------------------------------------------------------------------------
 *
 * validation_rules.c
 *	  The built-in validation rules of crmdb: what each one checks, and the
 *	  guard that keeps crmdb.validation_rules consistent with them.
 *
 * The definitions below are the only place a rule is written down.
 * CREATE EXTENSION fills crmdb.validation_rules from them (through
 * crmdb.validation_rule_checks()); operators then switch rules off and on
 * and change their severity in that table, and validate.c reads the table
 * at every call.
 *
 * The SQL fragments run with search_path = pg_catalog, pg_temp and
 * DateStyle = ISO (validate.c sets both), so built-in functions and
 * operators need no qualification and dates in details read the same
 * everywhere.  They use only functions that are parallel safe, so that
 * PostgreSQL can scan the large tables with parallel workers.  The clock
 * is read in a scalar subquery, "(SELECT CURRENT_DATE)": an InitPlan
 * computed once per query instead of once per row.  Sorts that only group
 * rows by customer sort by cif COLLATE "C": byte order groups the same
 * rows as the database's collation, without its cost.
 *
 * Dump and restore.  crmdb.validation_rules is an extension configuration
 * table that CREATE EXTENSION fills: registered with
 * pg_extension_config_dump, its rows would be loaded a second time into
 * the table that CREATE EXTENSION has just filled during a restore, and
 * the restore would fail on the primary key.  crmdb.validation_rules_guard()
 * avoids that trap: an INSERT (or a COPY row) for a rule that exists
 * becomes an UPDATE of its enabled and severity columns, so a restored
 * dump carries the operators' settings over the defaults.  The guard
 * also refuses rules that crmdb does not define, changes to a rule's
 * name, tables or description, and deletions: a rule is switched off
 * with enabled = false.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/validation/validation_rules.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/rel.h"

#include "crmdb.h"
#include "validation/validation.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(validation_rule_checks);
PG_FUNCTION_INFO_V1(validation_rules_guard);

/* Indexes into crmdb_validated_tables */
enum
{
	T_USERS,
	T_ROLES,
	T_PERMISSIONS,
	T_USER_SESSIONS,
	T_CUSTOMERS,
	T_PHONES,
	T_ADDRESSES,
	T_EMAILS,
	T_LOANS,
	T_COLLATERALS,
	T_DUE_SEGMENTATIONS,
	T_REFERENCE_CUSTOMERS,
	T_LOAN_COLLATERALS,
	T_PAYMENTS,
	T_AGENTS,
	T_ACTION_RECORDS,
	T_CUSTOMER_AGENTS,
	T_CUSTOMER_CASES,
	T_CUSTOMER_CASE_ACTIONS,
	NUM_TABLES
};

/*
 * The 19 tables of the spec, in install order.  The row key is the natural
 * key a bank's staff looks a row up by: the CIF, the account, reference,
 * collateral or employee number, the user name; for child tables the CIF
 * together with what tells the customer's rows apart; the id where there
 * is nothing else.
 */
const CrmdbValidatedTable crmdb_validated_tables[] = {
	[T_USERS] = {"auth_service", "users", "t.username", NULL},
	[T_ROLES] = {"auth_service", "roles", "t.name", NULL},
	[T_PERMISSIONS] = {"auth_service", "permissions", "t.id::text", NULL},
	[T_USER_SESSIONS] = {"auth_service", "user_sessions", "t.id::text", NULL},
	[T_CUSTOMERS] = {"bank_sync_service", "customers", "t.cif", NULL},
	[T_PHONES] = {"bank_sync_service", "phones",
	"t.cif || '/' || t.number", NULL},
	[T_ADDRESSES] = {"bank_sync_service", "addresses",
	"t.cif || '/' || t.type", NULL},
	[T_EMAILS] = {"bank_sync_service", "emails",
	"t.cif || '/' || t.address", NULL},
	[T_LOANS] = {"bank_sync_service", "loans", "t.account_number", NULL},
	[T_COLLATERALS] = {"bank_sync_service", "collaterals",
	"t.collateral_number", NULL},
	[T_DUE_SEGMENTATIONS] = {"bank_sync_service", "due_segmentations",
	"t.loan_account_number || '/' || t.due_date::text", NULL},
	[T_REFERENCE_CUSTOMERS] = {"bank_sync_service", "reference_customers",
	"t.ref_cif", NULL},
	[T_LOAN_COLLATERALS] = {"bank_sync_service", "loan_collaterals",
	"t.loan_account_number || '/' || t.collateral_number", NULL},
	[T_PAYMENTS] = {"payment_service", "payments", "t.reference_number",
	"payment_date"},
	[T_AGENTS] = {"workflow_service", "agents", "t.employee_id", NULL},
	[T_ACTION_RECORDS] = {"workflow_service", "action_records", "t.id::text",
	"action_date"},
	[T_CUSTOMER_AGENTS] = {"workflow_service", "customer_agents",
	"t.cif || '/' || t.start_date::text", "start_date"},
	[T_CUSTOMER_CASES] = {"workflow_service", "customer_cases", "t.cif", NULL},
	[T_CUSTOMER_CASE_ACTIONS] = {"workflow_service", "customer_case_actions",
	"t.id::text", NULL},
};
const int	crmdb_num_validated_tables = NUM_TABLES;

/* Indexes into crmdb_rule_defs */
enum
{
	R_CUSTOMER_NAME_BY_TYPE,
	R_CUSTOMER_BIRTH_DATE,
	R_CUSTOMER_STATUS,
	R_PHONE_FORMAT,
	R_EMAIL_FORMAT,
	R_SINGLE_PRIMARY_CONTACT,
	R_VERIFIED_WITHOUT_DATE,
	R_REFERENCE_IS_SELF,
	R_LOAN_DATES,
	R_LOAN_AMOUNTS,
	R_LOAN_CLOSED_STATE,
	R_LOAN_CURRENCY,
	R_LOAN_DPD,
	R_LOAN_INTEREST_RATE,
	R_COLLATERAL_VALUE,
	R_DUE_SEGMENT_AMOUNTS,
	R_PAYMENT_AMOUNT,
	R_PAYMENT_LOAN_CUSTOMER,
	R_PAYMENT_CURRENCY,
	R_PAYMENT_FUTURE,
	R_ACTION_LOAN_CUSTOMER,
	R_ACTION_GEO,
	R_ASSIGNMENT_SINGLE_CURRENT,
	R_ASSIGNMENT_PERIOD,
	R_ASSIGNMENT_OVERLAP,
	R_CASE_MATCHES_ASSIGNMENT,
	R_AGENT_EMAIL_FORMAT,
	R_AGENT_LOGIN_ACTIVE,
	R_USER_ROLE_EXISTS,
	R_DEFAULT_PARTITION_ROWS,
	NUM_RULES
};

const CrmdbRuleDef crmdb_rule_defs[] = {
	[R_CUSTOMER_NAME_BY_TYPE] = {"customer_name_by_type", "error",
	"An INDIVIDUAL customer has a name, an ORGANIZATION a company_name"},
	[R_CUSTOMER_BIRTH_DATE] = {"customer_birth_date", "warning",
	"A customer's date_of_birth is neither in the future nor before 1900"},
	[R_CUSTOMER_STATUS] = {"customer_status", "error",
	"A customer's status is ACTIVE or INACTIVE"},
	[R_PHONE_FORMAT] = {"phone_format", "error",
	"A phone number is an optional + and 8 to 15 digits (spaces, dots, dashes and parentheses aside)"},
	[R_EMAIL_FORMAT] = {"email_format", "warning",
	"A customer's e-mail address is valid (crmdb.is_valid_email)"},
	[R_SINGLE_PRIMARY_CONTACT] = {"single_primary_contact", "warning",
	"A customer has at most one primary phone, one primary e-mail and one primary address (one violation per customer and table)"},
	[R_VERIFIED_WITHOUT_DATE] = {"verified_without_date", "warning",
	"A verified phone, e-mail or address has a verification_date"},
	[R_REFERENCE_IS_SELF] = {"reference_is_self", "error",
	"A reference customer is not the primary customer itself (ref_cif differs from primary_cif)"},
	[R_LOAN_DATES] = {"loan_dates", "error",
	"A loan matures after its disbursement"},
	[R_LOAN_AMOUNTS] = {"loan_amounts", "error",
	"A loan's original amount is positive; its outstanding, remaining and due amounts are not negative"},
	[R_LOAN_CLOSED_STATE] = {"loan_closed_state", "error",
	"A CLOSED loan has a close_date, an OPEN loan has none"},
	[R_LOAN_CURRENCY] = {"loan_currency", "error",
	"A loan's currency is an active ISO 4217 code (crmdb.is_valid_currency)"},
	[R_LOAN_DPD] = {"loan_dpd", "error",
	"A loan's days past due are not negative"},
	[R_LOAN_INTEREST_RATE] = {"loan_interest_rate", "error",
	"A loan's interest rate lies between 0 and 100"},
	[R_COLLATERAL_VALUE] = {"collateral_value", "warning",
	"A collateral's value is not negative and its valuation_date not in the future"},
	[R_DUE_SEGMENT_AMOUNTS] = {"due_segment_amounts", "error",
	"The principal, interest, fees and penalty amounts of a due segmentation are not negative"},
	[R_PAYMENT_AMOUNT] = {"payment_amount", "error",
	"A payment's amount is positive"},
	[R_PAYMENT_LOAN_CUSTOMER] = {"payment_loan_customer", "error",
	"A payment's cif is the cif of its loan"},
	[R_PAYMENT_CURRENCY] = {"payment_currency", "error",
	"A payment is in the currency of its loan"},
	[R_PAYMENT_FUTURE] = {"payment_future", "warning",
	"A payment's payment_date is at most one day ahead of now"},
	[R_ACTION_LOAN_CUSTOMER] = {"action_loan_customer", "error",
	"An agent action's cif is the cif of its loan"},
	[R_ACTION_GEO] = {"action_geo", "warning",
	"A visit's latitude lies within +-90 and its longitude within +-180, and both or neither are set"},
	[R_ASSIGNMENT_SINGLE_CURRENT] = {"assignment_single_current", "error",
	"A customer has at most one current assignment (one violation per customer)"},
	[R_ASSIGNMENT_PERIOD] = {"assignment_period", "warning",
	"An assignment does not end before it starts; a current assignment has no end_date, a past one has"},
	[R_ASSIGNMENT_OVERLAP] = {"assignment_overlap", "error",
	"A customer's assignment periods [start_date, end_date) do not overlap (one violation per customer)"},
	[R_CASE_MATCHES_ASSIGNMENT] = {"case_matches_assignment", "warning",
	"A customer case names the call and field agents of the customer's current assignment"},
	[R_AGENT_EMAIL_FORMAT] = {"agent_email_format", "warning",
	"An agent's e-mail address is valid (crmdb.is_valid_email)"},
	[R_AGENT_LOGIN_ACTIVE] = {"agent_login_active", "warning",
	"An agent's login (user_id), when set, is active exactly when the agent is: an active agent can log in, an agent who has left cannot"},
	[R_USER_ROLE_EXISTS] = {"user_role_exists", "error",
	"A user's role is the name of a row of auth_service.roles"},
	[R_DEFAULT_PARTITION_ROWS] = {"default_partition_rows", "warning",
	"No row lies in the DEFAULT partition of a partitioned table (one violation per row; crmdb.run_maintenance() moves them)"},
};
const int	crmdb_num_rule_defs = NUM_RULES;

/* SQL of the optional joins of a row check, by bit number */
static const char *const join_sql[CRMDB_NUM_JOINS] = {
	/* CRMDB_JOIN_LOAN: loans.account_number is unique */
	"LEFT JOIN bank_sync_service.loans l"
	" ON l.account_number = t.loan_account_number",
	/* CRMDB_JOIN_ROLE: roles.name is unique */
	"LEFT JOIN auth_service.roles r ON r.name = t.role",

	/*
	 * CRMDB_JOIN_ASSIGNMENT: at most one row per customer, the latest
	 * current assignment, even when assignment_single_current is violated
	 */
	"LEFT JOIN (SELECT DISTINCT ON (a.cif COLLATE \"C\") a.cif,"
	" a.assigned_call_agent_id, a.assigned_field_agent_id"
	" FROM workflow_service.customer_agents a"
	" WHERE a.is_current"
	" ORDER BY a.cif COLLATE \"C\", a.start_date DESC, a.id) ca ON ca.cif = t.cif",
	/* CRMDB_JOIN_USER: users.id is the primary key */
	"LEFT JOIN auth_service.users u ON u.id = t.user_id",
};

/*
 * The joins on a table distributed by Citus (doc/citus.md), where they
 * differ: they carry cif, so that each shard joins its own rows.  A loan
 * is unique by (account_number, cif) there; the current assignment is
 * chosen per cif without COLLATE "C", which Citus does not recognize as
 * its distribution column (the same groups: the collation is
 * deterministic).
 */
static const char *const dist_join_sql[CRMDB_NUM_JOINS] = {
	/* CRMDB_JOIN_LOAN */
	"LEFT JOIN bank_sync_service.loans l"
	" ON l.account_number = t.loan_account_number AND l.cif = t.cif",
	NULL,
	/* CRMDB_JOIN_ASSIGNMENT */
	"LEFT JOIN (SELECT DISTINCT ON (a.cif) a.cif,"
	" a.assigned_call_agent_id, a.assigned_field_agent_id"
	" FROM workflow_service.customer_agents a"
	" WHERE a.is_current"
	" ORDER BY a.cif, a.start_date DESC, a.id) ca ON ca.cif = t.cif",
	NULL,
};

/*
 * single_primary_contact, for one table and the column that tells a
 * customer's rows apart.  The aggregate only counts; the values are
 * gathered (through the cif index) for the customers found, never for the
 * clean ones.
 */
#define SINGLE_PRIMARY_QUERY(tbl, col, what) \
	"SELECT g.cif, (SELECT format('%s primary " what ": %s', count(*)," \
	" string_agg(p." col "::text, ', ' ORDER BY p." col "::text COLLATE \"C\"))" \
	" FROM bank_sync_service." tbl " p WHERE p.cif = g.cif AND p.is_primary)" \
	" FROM (SELECT t.cif FROM bank_sync_service." tbl " t WHERE t.is_primary" \
	" GROUP BY t.cif HAVING count(*) > 1) g"

/*
 * assignment_overlap, partitioning the window by cif with the given
 * COLLATE clause: " COLLATE \"C\"" on one node (byte order groups the same
 * rows, faster), none on Citus (which pushes a window down to the shards
 * only when it is partitioned by the distribution column itself).
 *
 * A period overlaps an earlier one (by start_date, then id) when it
 * starts before the latest end among the earlier periods; an open end is
 * infinity.  Half-open periods: one may start the day another ends.
 */
#define ASSIGNMENT_OVERLAP_QUERY(collate) \
	"SELECT s.cif, format('assignment starting %s overlaps an earlier one" \
	" ending %s (%s overlapping in all)'," \
	" min(s.start_date), min(s.previous_end), count(*))" \
	" FROM (SELECT t.cif, t.start_date," \
	"  max(coalesce(t.end_date, 'infinity'::date)) OVER (PARTITION BY t.cif" collate \
	"   ORDER BY t.start_date, t.id" \
	"   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end" \
	"  FROM workflow_service.customer_agents t) s" \
	" WHERE s.start_date < s.previous_end" \
	" GROUP BY s.cif"

/*
 * payment_loan_customer and action_loan_customer on Citus: the row is
 * joined to the loan of its account number AND its cif, on its own shard
 * (a join on the account number alone would move every row between the
 * shards); a violation is a row whose customer holds no loan of that
 * number.  A loan's number is unique per customer there (doc/citus.md).
 */
#define DIST_LOAN_CUSTOMER_PREDICATE \
	"t.loan_account_number IS NOT NULL AND l.account_number IS NULL"
#define DIST_LOAN_CUSTOMER_DETAIL \
	"format('cif %s, but loan %s is not one of its loans'," \
	" t.cif, t.loan_account_number)"

#define VERIFIED_PREDICATE "t.is_verified AND t.verification_date IS NULL"
#define VERIFIED_DETAIL "'is_verified true, verification_date NULL'"

/*
 * The checks.  Keep the row checks of a table together: validate.c runs
 * them as one scan, in this order.
 */
const CrmdbCheckDef crmdb_check_defs[] = {
	/* auth_service.users */
	{R_USER_ROLE_EXISTS, T_USERS, CRMDB_CHECK_ROW, CRMDB_JOIN_ROLE,
		"r.name IS NULL",
		"'role ' || quote_nullable(t.role) || ' is not in auth_service.roles'",
	NULL},

	/* bank_sync_service.customers */
	{R_CUSTOMER_NAME_BY_TYPE, T_CUSTOMERS, CRMDB_CHECK_ROW, 0,
		"(t.type = 'INDIVIDUAL' AND coalesce(btrim(t.name), '') = '')"
		" OR (t.type = 'ORGANIZATION' AND coalesce(btrim(t.company_name), '') = '')",
		"CASE WHEN t.type = 'INDIVIDUAL'"
		" THEN 'type INDIVIDUAL, name ' || quote_nullable(t.name)"
		" ELSE 'type ORGANIZATION, company_name ' || quote_nullable(t.company_name) END",
	NULL},
	{R_CUSTOMER_BIRTH_DATE, T_CUSTOMERS, CRMDB_CHECK_ROW, 0,
		"t.date_of_birth > (SELECT CURRENT_DATE) OR t.date_of_birth < DATE '1900-01-01'",
		"'date_of_birth ' || t.date_of_birth::text",
	NULL},
	{R_CUSTOMER_STATUS, T_CUSTOMERS, CRMDB_CHECK_ROW, 0,
		"t.status IS NULL OR t.status NOT IN ('ACTIVE', 'INACTIVE')",
		"'status ' || quote_nullable(t.status)",
	NULL},

	/* bank_sync_service.phones */
	{R_PHONE_FORMAT, T_PHONES, CRMDB_CHECK_ROW, 0,
		"crmdb.is_valid_phone(t.number) IS NOT TRUE",
		"'number ' || quote_nullable(t.number)",
	NULL},
	{R_VERIFIED_WITHOUT_DATE, T_PHONES, CRMDB_CHECK_ROW, 0,
	VERIFIED_PREDICATE, VERIFIED_DETAIL, NULL},
	{R_SINGLE_PRIMARY_CONTACT, T_PHONES, CRMDB_CHECK_SET, 0, NULL, NULL,
	SINGLE_PRIMARY_QUERY("phones", "number", "phones")},

	/* bank_sync_service.addresses */
	{R_VERIFIED_WITHOUT_DATE, T_ADDRESSES, CRMDB_CHECK_ROW, 0,
	VERIFIED_PREDICATE, VERIFIED_DETAIL, NULL},
	{R_SINGLE_PRIMARY_CONTACT, T_ADDRESSES, CRMDB_CHECK_SET, 0, NULL, NULL,
	SINGLE_PRIMARY_QUERY("addresses", "type", "addresses")},

	/* bank_sync_service.emails */
	{R_EMAIL_FORMAT, T_EMAILS, CRMDB_CHECK_ROW, 0,
		"crmdb.is_valid_email(t.address) IS NOT TRUE",
		"'address ' || quote_nullable(t.address)",
	NULL},
	{R_VERIFIED_WITHOUT_DATE, T_EMAILS, CRMDB_CHECK_ROW, 0,
	VERIFIED_PREDICATE, VERIFIED_DETAIL, NULL},
	{R_SINGLE_PRIMARY_CONTACT, T_EMAILS, CRMDB_CHECK_SET, 0, NULL, NULL,
	SINGLE_PRIMARY_QUERY("emails", "address", "e-mails")},

	/* bank_sync_service.loans */
	{R_LOAN_DATES, T_LOANS, CRMDB_CHECK_ROW, 0,
		"t.maturity_date <= t.disbursement_date",
		"format('maturity_date %s on or before disbursement_date %s',"
		" t.maturity_date, t.disbursement_date)",
	NULL},
	{R_LOAN_AMOUNTS, T_LOANS, CRMDB_CHECK_ROW, 0,
		"t.original_amount <= 0 OR t.outstanding < 0"
		" OR t.remaining_amount < 0 OR t.due_amount < 0",
		"concat_ws(', ',"
		" CASE WHEN t.original_amount <= 0 THEN 'original_amount ' || t.original_amount END,"
		" CASE WHEN t.outstanding < 0 THEN 'outstanding ' || t.outstanding END,"
		" CASE WHEN t.remaining_amount < 0 THEN 'remaining_amount ' || t.remaining_amount END,"
		" CASE WHEN t.due_amount < 0 THEN 'due_amount ' || t.due_amount END)",
	NULL},
	{R_LOAN_CLOSED_STATE, T_LOANS, CRMDB_CHECK_ROW, 0,
		"(t.status = 'CLOSED' AND t.close_date IS NULL)"
		" OR (t.status = 'OPEN' AND t.close_date IS NOT NULL)",
		"format('status %s, close_date %s', t.status,"
		" coalesce(t.close_date::text, 'NULL'))",
	NULL},
	{R_LOAN_CURRENCY, T_LOANS, CRMDB_CHECK_ROW, 0,
		"crmdb.is_valid_currency(t.currency) IS NOT TRUE",
		"'currency ' || quote_nullable(t.currency)",
	NULL},
	{R_LOAN_DPD, T_LOANS, CRMDB_CHECK_ROW, 0,
		"t.dpd < 0",
		"'dpd ' || t.dpd",
	NULL},
	{R_LOAN_INTEREST_RATE, T_LOANS, CRMDB_CHECK_ROW, 0,
		"t.interest_rate < 0 OR t.interest_rate > 100",
		"'interest_rate ' || t.interest_rate",
	NULL},

	/* bank_sync_service.collaterals */
	{R_COLLATERAL_VALUE, T_COLLATERALS, CRMDB_CHECK_ROW, 0,
		"t.value < 0 OR t.valuation_date > (SELECT CURRENT_DATE)",
		"concat_ws(', ',"
		" CASE WHEN t.value < 0 THEN 'value ' || t.value END,"
		" CASE WHEN t.valuation_date > (SELECT CURRENT_DATE)"
		" THEN 'valuation_date ' || t.valuation_date::text || ' in the future' END)",
	NULL},

	/* bank_sync_service.due_segmentations */
	{R_DUE_SEGMENT_AMOUNTS, T_DUE_SEGMENTATIONS, CRMDB_CHECK_ROW, 0,
		"t.principal_amount < 0 OR t.interest_amount < 0"
		" OR t.fees_amount < 0 OR t.penalty_amount < 0",
		"concat_ws(', ',"
		" CASE WHEN t.principal_amount < 0 THEN 'principal_amount ' || t.principal_amount END,"
		" CASE WHEN t.interest_amount < 0 THEN 'interest_amount ' || t.interest_amount END,"
		" CASE WHEN t.fees_amount < 0 THEN 'fees_amount ' || t.fees_amount END,"
		" CASE WHEN t.penalty_amount < 0 THEN 'penalty_amount ' || t.penalty_amount END)",
	NULL},

	/* bank_sync_service.reference_customers */
	{R_REFERENCE_IS_SELF, T_REFERENCE_CUSTOMERS, CRMDB_CHECK_ROW, 0,
		"t.ref_cif = t.primary_cif",
		"'ref_cif equals primary_cif ' || quote_literal(t.primary_cif)",
	NULL},

	/* payment_service.payments: one scan joined to the loans */
	{R_PAYMENT_AMOUNT, T_PAYMENTS, CRMDB_CHECK_ROW, 0,
		"t.amount <= 0",
		"'amount ' || t.amount",
	NULL},
	{R_PAYMENT_LOAN_CUSTOMER, T_PAYMENTS, CRMDB_CHECK_ROW, CRMDB_JOIN_LOAN,
		"t.cif <> l.cif",
		"format('cif %s, but loan %s belongs to %s',"
		" t.cif, t.loan_account_number, l.cif)",
		NULL, CRMDB_LOOKUP_CIF,
	DIST_LOAN_CUSTOMER_PREDICATE, DIST_LOAN_CUSTOMER_DETAIL},
	{R_PAYMENT_CURRENCY, T_PAYMENTS, CRMDB_CHECK_ROW, CRMDB_JOIN_LOAN,
		"t.currency <> l.currency",
		"format('currency %s, but loan %s is in %s',"
		" t.currency, t.loan_account_number, l.currency)",
	NULL, CRMDB_LOOKUP_CURRENCY},
	{R_PAYMENT_FUTURE, T_PAYMENTS, CRMDB_CHECK_ROW, 0,
		"t.payment_date > (SELECT LOCALTIMESTAMP + INTERVAL '1 day')",
		"'payment_date ' || t.payment_date::text || ' is more than a day ahead'",
	NULL},
	{R_DEFAULT_PARTITION_ROWS, T_PAYMENTS, CRMDB_CHECK_DEFAULT_PARTITION, 0,
	NULL, NULL, NULL},

	/* workflow_service.agents */
	{R_AGENT_EMAIL_FORMAT, T_AGENTS, CRMDB_CHECK_ROW, 0,
		"crmdb.is_valid_email(t.email) IS NOT TRUE",
		"'email ' || quote_nullable(t.email)",
	NULL},
	{R_AGENT_LOGIN_ACTIVE, T_AGENTS, CRMDB_CHECK_ROW, CRMDB_JOIN_USER,
		"t.user_id IS NOT NULL AND u.is_active IS DISTINCT FROM t.is_active",
		"CASE WHEN t.is_active"
		" THEN format('active agent, but its login %s (%s) is not active', u.username, t.user_id)"
		" ELSE format('agent has left, but its login %s (%s) is active', u.username, t.user_id) END",
	NULL},

	/* workflow_service.action_records: one scan joined to the loans */
	{R_ACTION_LOAN_CUSTOMER, T_ACTION_RECORDS, CRMDB_CHECK_ROW, CRMDB_JOIN_LOAN,
		"t.cif <> l.cif",
		"format('cif %s, but loan %s belongs to %s',"
		" t.cif, t.loan_account_number, l.cif)",
		NULL, CRMDB_LOOKUP_CIF,
	DIST_LOAN_CUSTOMER_PREDICATE, DIST_LOAN_CUSTOMER_DETAIL},
	{R_ACTION_GEO, T_ACTION_RECORDS, CRMDB_CHECK_ROW, 0,
		"(t.visit_latitude IS NULL) <> (t.visit_longitude IS NULL)"
		" OR t.visit_latitude NOT BETWEEN -90 AND 90"
		" OR t.visit_longitude NOT BETWEEN -180 AND 180",
		"format('visit_latitude %s, visit_longitude %s',"
		" coalesce(t.visit_latitude::text, 'NULL'),"
		" coalesce(t.visit_longitude::text, 'NULL'))",
	NULL},
	{R_DEFAULT_PARTITION_ROWS, T_ACTION_RECORDS, CRMDB_CHECK_DEFAULT_PARTITION, 0,
	NULL, NULL, NULL},

	/* workflow_service.customer_agents */
	{R_ASSIGNMENT_PERIOD, T_CUSTOMER_AGENTS, CRMDB_CHECK_ROW, 0,
		"t.end_date < t.start_date"
		" OR (t.is_current AND t.end_date IS NOT NULL)"
		" OR (NOT t.is_current AND t.end_date IS NULL)",
		"format('start_date %s, end_date %s, is_current %s', t.start_date,"
		" coalesce(t.end_date::text, 'NULL'), t.is_current)",
	NULL},
	{R_ASSIGNMENT_SINGLE_CURRENT, T_CUSTOMER_AGENTS, CRMDB_CHECK_SET, 0,
		NULL, NULL,
		"SELECT t.cif, format('%s current assignments, starting %s to %s',"
		" count(*), min(t.start_date), max(t.start_date))"
		" FROM workflow_service.customer_agents t WHERE t.is_current"
	" GROUP BY t.cif HAVING count(*) > 1"},

	{R_ASSIGNMENT_OVERLAP, T_CUSTOMER_AGENTS, CRMDB_CHECK_SET, 0,
		NULL, NULL, ASSIGNMENT_OVERLAP_QUERY(" COLLATE \"C\""),
	0, NULL, NULL, ASSIGNMENT_OVERLAP_QUERY("")},
	{R_DEFAULT_PARTITION_ROWS, T_CUSTOMER_AGENTS, CRMDB_CHECK_DEFAULT_PARTITION, 0,
	NULL, NULL, NULL},

	/* workflow_service.customer_cases */
	{R_CASE_MATCHES_ASSIGNMENT, T_CUSTOMER_CASES, CRMDB_CHECK_ROW,
		CRMDB_JOIN_ASSIGNMENT,
		"t.assigned_call_agent_id IS DISTINCT FROM ca.assigned_call_agent_id"
		" OR t.assigned_field_agent_id IS DISTINCT FROM ca.assigned_field_agent_id",
		"format('call agent %s, field agent %s; %s',"
		" coalesce(t.assigned_call_agent_id::text, 'NULL'),"
		" coalesce(t.assigned_field_agent_id::text, 'NULL'),"
		" CASE WHEN ca.cif IS NULL THEN 'the customer has no current assignment'"
		" ELSE format('the current assignment has call agent %s, field agent %s',"
		"  coalesce(ca.assigned_call_agent_id::text, 'NULL'),"
		"  coalesce(ca.assigned_field_agent_id::text, 'NULL')) END)",
	NULL},
};
const int	crmdb_num_check_defs = lengthof(crmdb_check_defs);

StaticAssertDecl(lengthof(crmdb_validated_tables) == NUM_TABLES,
				 "every table needs a definition");
StaticAssertDecl(lengthof(crmdb_rule_defs) == NUM_RULES,
				 "every rule needs a definition");

/*
 * crmdb_join_sql
 *		The LEFT JOIN clause of one CRMDB_JOIN_* bit, on one node or on a
 *		table distributed by Citus.
 */
const char *
crmdb_join_sql(int join, bool distributed)
{
	int			i;

	for (i = 0; i < CRMDB_NUM_JOINS; i++)
	{
		if (join == (1 << i))
			return distributed && dist_join_sql[i] ? dist_join_sql[i] :
				join_sql[i];
	}
	elog(ERROR, "unknown validation join %d", join);
	return NULL;				/* keep compiler quiet */
}

/*
 * crmdb_check_predicate, crmdb_check_detail, crmdb_check_query
 *		The SQL of a check, on one node or on a table distributed by Citus.
 */
const char *
crmdb_check_predicate(const CrmdbCheckDef *check, bool distributed)
{
	return distributed && check->dist_predicate ? check->dist_predicate :
		check->predicate;
}

const char *
crmdb_check_detail(const CrmdbCheckDef *check, bool distributed)
{
	return distributed && check->dist_detail ? check->dist_detail :
		check->detail;
}

const char *
crmdb_check_query(const CrmdbCheckDef *check, bool distributed)
{
	return distributed && check->dist_query ? check->dist_query :
		check->query;
}

/*
 * crmdb_find_rule
 *		Index of a built-in rule, or -1.
 */
int
crmdb_find_rule(const char *rule_name)
{
	int			i;

	for (i = 0; i < NUM_RULES; i++)
	{
		if (strcmp(crmdb_rule_defs[i].rule_name, rule_name) == 0)
			return i;
	}
	return -1;
}

/*
 * crmdb_rule_name_list
 *		"a, b, c": the built-in rules, for error hints.
 */
char *
crmdb_rule_name_list(void)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < NUM_RULES; i++)
		appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "",
						 crmdb_rule_defs[i].rule_name);
	return buf.data;
}

/*
 * crmdb_table_name_list
 *		"s.a, s.b": the tables of the spec, for error hints.
 */
char *
crmdb_table_name_list(void)
{
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < NUM_TABLES; i++)
		appendStringInfo(&buf, "%s%s.%s", i > 0 ? ", " : "",
						 crmdb_validated_tables[i].schema,
						 crmdb_validated_tables[i].table);
	return buf.data;
}

static const char *
check_kind_name(CrmdbCheckKind kind)
{
	switch (kind)
	{
		case CRMDB_CHECK_ROW:
			return "row";
		case CRMDB_CHECK_SET:
			return "set";
		case CRMDB_CHECK_DEFAULT_PARTITION:
			return "default partition";
	}
	return NULL;				/* keep compiler quiet */
}

/*
 * validation_rule_checks() RETURNS TABLE (rule_name text, table_name text,
 *		default_severity text, description text, check_kind text,
 *		check_sql text)
 *
 * The built-in checks, one row per rule and table: what CREATE EXTENSION
 * fills crmdb.validation_rules from, and for operators the SQL each check
 * runs ("row": the predicate that is true for a violating row; "set": the
 * query returning the key and the detail of each violation).
 */
Datum
validation_rule_checks(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	InitMaterializedSRF(fcinfo, 0);

	for (i = 0; i < crmdb_num_check_defs; i++)
	{
		const CrmdbCheckDef *check = &crmdb_check_defs[i];
		const CrmdbRuleDef *rule = &crmdb_rule_defs[check->rule];
		const CrmdbValidatedTable *table = &crmdb_validated_tables[check->table];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		values[0] = CStringGetTextDatum(rule->rule_name);
		values[1] = CStringGetTextDatum(psprintf("%s.%s", table->schema,
												 table->table));
		values[2] = CStringGetTextDatum(rule->severity);
		values[3] = CStringGetTextDatum(rule->description);
		values[4] = CStringGetTextDatum(check_kind_name(check->kind));
		switch (check->kind)
		{
			case CRMDB_CHECK_ROW:
				values[5] = CStringGetTextDatum(check->predicate);
				break;
			case CRMDB_CHECK_SET:
				values[5] = CStringGetTextDatum(check->query);
				break;
			case CRMDB_CHECK_DEFAULT_PARTITION:
				values[5] = CStringGetTextDatum(psprintf("SELECT t.id::text"
														 " FROM ONLY <the DEFAULT partition of %s.%s> t",
														 table->schema,
														 table->table));
				break;
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc,
							 values, nulls);
	}

	return (Datum) 0;
}

/*
 * The tables a rule covers, as text[] in check order.
 */
static Datum
rule_table_names(int rule)
{
	ArrayBuildState *astate = NULL;
	int			i;

	for (i = 0; i < crmdb_num_check_defs; i++)
	{
		const CrmdbValidatedTable *table;

		if (crmdb_check_defs[i].rule != rule)
			continue;
		table = &crmdb_validated_tables[crmdb_check_defs[i].table];
		astate = accumArrayResult(astate,
								  CStringGetTextDatum(psprintf("%s.%s",
															   table->schema,
															   table->table)),
								  false, TEXTOID, CurrentMemoryContext);
	}
	return makeArrayResult(astate, CurrentMemoryContext);
}

static char *
text_attr(HeapTuple tuple, TupleDesc tupdesc, const char *attname)
{
	int			attnum = SPI_fnumber(tupdesc, attname);
	bool		isnull;
	Datum		d;

	if (attnum <= 0)
		elog(ERROR, "crmdb.validation_rules has no column \"%s\"", attname);
	d = heap_getattr(tuple, attnum, tupdesc, &isnull);
	return isnull ? NULL : TextDatumGetCString(d);
}

/*
 * validation_rules_guard() RETURNS trigger
 *
 * BEFORE INSERT OR UPDATE OR DELETE row trigger on crmdb.validation_rules.
 *
 * INSERT of a rule that exists (a restored dump, or an operator's upsert):
 * update its enabled and severity, skip the insert.  INSERT of a built-in
 * rule missing from the table: insert it with crmdb's own tables and
 * description.  INSERT of anything else, UPDATE of anything but enabled
 * and severity, and DELETE are refused.
 */
Datum
validation_rules_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	tupdesc;
	HeapTuple	newtuple;
	char	   *rule_name;
	int			rule;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("validation_rules_guard() must be fired as a BEFORE ROW trigger")));

	tupdesc = RelationGetDescr(trigdata->tg_relation);

	if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("built-in validation rule \"%s\" cannot be deleted",
						text_attr(trigdata->tg_trigtuple, tupdesc, "rule_name")),
				 errhint("Set enabled = false to switch the rule off.")));

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		static const char *const fixed[] = {"rule_name", "table_names", "description"};
		int			i;

		for (i = 0; i < lengthof(fixed); i++)
		{
			int			attnum = SPI_fnumber(tupdesc, fixed[i]);
			bool		oldnull;
			bool		newnull;
			Datum		oldval;
			Datum		newval;
			Form_pg_attribute att;

			if (attnum <= 0)
				elog(ERROR, "crmdb.validation_rules has no column \"%s\"", fixed[i]);
			att = TupleDescAttr(tupdesc, attnum - 1);
			oldval = heap_getattr(trigdata->tg_trigtuple, attnum, tupdesc, &oldnull);
			newval = heap_getattr(trigdata->tg_newtuple, attnum, tupdesc, &newnull);
			if (oldnull != newnull ||
				(!oldnull && !datum_image_eq(oldval, newval, att->attbyval, att->attlen)))
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("column \"%s\" of a validation rule cannot be changed",
								fixed[i]),
						 errdetail("The rules are built into crmdb; only enabled and severity can be changed.")));
		}
		return PointerGetDatum(trigdata->tg_newtuple);
	}

	/* INSERT */
	newtuple = trigdata->tg_trigtuple;
	rule_name = text_attr(newtuple, tupdesc, "rule_name");
	rule = rule_name ? crmdb_find_rule(rule_name) : -1;
	if (rule < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown validation rule \"%s\"",
						rule_name ? rule_name : "(null)"),
				 errdetail("crmdb.validation_rules holds the rules built into crmdb; new rules cannot be added."),
				 errhint("Valid rules are: %s.", crmdb_rule_name_list())));

	/* An existing rule: carry enabled and severity over, skip the insert. */
	{
		Oid			argtypes[3] = {TEXTOID, BOOLOID, TEXTOID};
		Datum		values[3];
		char		nulls[3] = {' ', ' ', ' '};
		int			attnum;
		bool		isnull;

		values[0] = CStringGetTextDatum(rule_name);
		attnum = SPI_fnumber(tupdesc, "enabled");
		values[1] = heap_getattr(newtuple, attnum, tupdesc, &isnull);
		if (isnull)
			nulls[1] = 'n';
		attnum = SPI_fnumber(tupdesc, "severity");
		values[2] = heap_getattr(newtuple, attnum, tupdesc, &isnull);
		if (isnull)
			nulls[2] = 'n';

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		crmdb_spi_exec_args("UPDATE crmdb.validation_rules"
							" SET enabled = $2, severity = $3"
							" WHERE rule_name OPERATOR(pg_catalog.=) $1",
							3, argtypes, values, nulls, false, SPI_OK_UPDATE);
		if (SPI_processed > 0)
		{
			SPI_finish();
			return PointerGetDatum(NULL);
		}
		SPI_finish();
	}

	/* A built-in rule missing from the table: crmdb's tables and text. */
	{
		int			attnums[2];
		Datum		values[2];
		bool		nulls[2] = {false, false};

		attnums[0] = SPI_fnumber(tupdesc, "table_names");
		attnums[1] = SPI_fnumber(tupdesc, "description");
		if (attnums[0] <= 0 || attnums[1] <= 0)
			elog(ERROR, "crmdb.validation_rules lacks its table_names or description column");
		values[0] = rule_table_names(rule);
		values[1] = CStringGetTextDatum(crmdb_rule_defs[rule].description);
		newtuple = heap_modify_tuple_by_cols(newtuple, tupdesc, 2, attnums,
											 values, nulls);
	}
	return PointerGetDatum(newtuple);
}
