/*-------------------------------------------------------------------------
 *
 * validators.c
 *	  Scalar validators (placeholder).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/validators.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "crmdb.h"

