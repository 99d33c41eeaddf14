/*-------------------------------------------------------------------------
 *
 * validation.h
 *	  Declarations shared by the files of crmdb's data validation:
 *	  validation_rules.c (what each rule checks) and validate.c (running
 *	  the checks).
 *
 * A rule (crmdb.validation_rules, one row per rule_name) is made of one
 * check per table it covers.  A check is one of three kinds:
 *
 *	- a row check: a predicate over one row of its table (alias t), and
 *	  possibly over a row that a LEFT JOIN brings along (the row's loan l,
 *	  the user's role r, the customer's current assignment ca).  All the row
 *	  checks of a table run together, as one scan of the table; the checks
 *	  that compare a row with its loan are counted through the loan lookup
 *	  of validation_lookup.c rather than the join when it can;
 *	- a set check: its own query over one or more tables (cross-row rules:
 *	  GROUP BY, window functions), returning the key and the detail of each
 *	  violation;
 *	- a DEFAULT partition check: the rows of the table's DEFAULT partition,
 *	  found in the catalog when the check runs.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/validation/validation.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_VALIDATION_H
#define CRMDB_VALIDATION_H

/* A table of the four service schemas, as the spec lists it */
typedef struct CrmdbValidatedTable
{
	const char *schema;
	const char *table;
	const char *row_key;		/* SQL (alias t): the natural key of a row */
	const char *partition_column;	/* range partition key, or NULL */
} CrmdbValidatedTable;

typedef enum CrmdbCheckKind
{
	CRMDB_CHECK_ROW,
	CRMDB_CHECK_SET,
	CRMDB_CHECK_DEFAULT_PARTITION
} CrmdbCheckKind;

/* Rows that a row check may need besides its table's row */
#define CRMDB_JOIN_LOAN			0x01	/* l: the loan of t.loan_account_number */
#define CRMDB_JOIN_ROLE			0x02	/* r: the role named t.role */
#define CRMDB_JOIN_ASSIGNMENT	0x04	/* ca: the current assignment of t.cif */
#define CRMDB_JOIN_USER			0x08	/* u: the user of t.user_id */
#define CRMDB_NUM_JOINS			4

/*
 * What the loan lookup (validation_lookup.c) can count instead of a
 * CRMDB_JOIN_LOAN row check: the element of crmdb.loan_mismatches().  It
 * compares these columns of the row with account_number, cif and currency
 * of the loans.
 */
#define CRMDB_LOOKUP_CIF		1	/* t.cif <> l.cif */
#define CRMDB_LOOKUP_CURRENCY	2	/* t.currency <> l.currency */
#define CRMDB_LOOKUP_KEY_COLUMN			"loan_account_number"
#define CRMDB_LOOKUP_CIF_COLUMN			"cif"
#define CRMDB_LOOKUP_CURRENCY_COLUMN	"currency"

/* A built-in rule */
typedef struct CrmdbRuleDef
{
	const char *rule_name;
	const char *severity;		/* default: "error" or "warning" */
	const char *description;
} CrmdbRuleDef;

/* One check of a rule on one table */
typedef struct CrmdbCheckDef
{
	int			rule;			/* index into crmdb_rule_defs */
	int			table;			/* index into crmdb_validated_tables */
	CrmdbCheckKind kind;
	int			joins;			/* row checks: CRMDB_JOIN_* bits */
	const char *predicate;		/* row checks: true for a violating row */
	const char *detail;			/* row checks: text naming the bad value */
	const char *query;			/* set checks: SELECT row_key, detail */
	int			lookup;			/* row checks: CRMDB_LOOKUP_* that counts the
								 * same violations, or 0 */

	/*
	 * The forms a check takes on a table distributed by Citus, where they
	 * differ (NULL: the same as above): Citus runs a query on the shards
	 * only when its joins, groups and windows carry the distribution column
	 * (cif); otherwise it pulls the rows to the coordinator.  The loan
	 * lookup is not used there.
	 */
	const char *dist_predicate;
	const char *dist_detail;
	const char *dist_query;
} CrmdbCheckDef;

extern const CrmdbValidatedTable crmdb_validated_tables[];
extern const int crmdb_num_validated_tables;
extern const CrmdbRuleDef crmdb_rule_defs[];
extern const int crmdb_num_rule_defs;
extern const CrmdbCheckDef crmdb_check_defs[];
extern const int crmdb_num_check_defs;

extern const char *crmdb_join_sql(int join, bool distributed);
extern const char *crmdb_check_predicate(const CrmdbCheckDef *check,
										 bool distributed);
extern const char *crmdb_check_detail(const CrmdbCheckDef *check,
									  bool distributed);
extern const char *crmdb_check_query(const CrmdbCheckDef *check,
									 bool distributed);
extern int	crmdb_find_rule(const char *rule_name);
extern char *crmdb_rule_name_list(void);
extern char *crmdb_table_name_list(void);

/* validation_lookup.c */
extern bool crmdb_loan_lookup_usable(Oid relid, bool with_currency);
extern bytea *crmdb_loan_lookup_build(Size max_bytes);

/* verify_schema.c: the last step of crmdb.install() (schema/install.c) */
extern void crmdb_verify_schema_install(void);

#endif							/* CRMDB_VALIDATION_H */
