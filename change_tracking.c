/*-------------------------------------------------------------------------
 *
 * change_tracking.c
 *	  Change tracking for view refresh (placeholder).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/change_tracking.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "crmdb.h"

void
crmdb_change_tracking_init(void)
{
}
