/*-------------------------------------------------------------------------
 *
 * refresh.c
 *	  Materialized view refresh (placeholder).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/refresh.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "crmdb.h"

