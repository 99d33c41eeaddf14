/*-------------------------------------------------------------------------
 *
 * partition.c
 *	  Partition rollover (placeholder until the rollover lands).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/partition.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "crmdb.h"

void
crmdb_partition_install(void)
{
}
