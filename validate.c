/*-------------------------------------------------------------------------
 *
 * validate.c
 *	  Validation rules (placeholder).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/validate.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "crmdb.h"

