/*-------------------------------------------------------------------------
 *
 * verify_schema.c
 *	  Schema verification (placeholder).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/verify_schema.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "crmdb.h"


void
crmdb_verify_schema_install(void)
{
}
