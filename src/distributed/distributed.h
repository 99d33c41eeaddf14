/*-------------------------------------------------------------------------
 *
 * distributed.h
 *	  crmdb on Citus: the distributed layout (distribute.c) and the
 *	  payment reference registry across the cluster (reference_registry.c).
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/distributed/distributed.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_DISTRIBUTED_H
#define CRMDB_DISTRIBUTED_H

/*
 * Turn the service schemas just installed (or installed long ago, with
 * their rows) into the distributed layout; errors out, changing nothing,
 * unless this is a Citus coordinator with active workers.  The caller is
 * connected to SPI.
 */
extern void crmdb_distribute_layout(void);

/*
 * Error out unless this is a Citus coordinator with active workers (the
 * caller is connected to SPI).
 */
extern void crmdb_distribute_check(void);

/* Whether the service tables are distributed (Citus tables) already. */
extern bool crmdb_is_distributed(void);

/* Whether relid is in Citus's metadata (no SPI needed). */
extern bool crmdb_is_citus_table(Oid relid);

/*
 * The distribution column of a hash-distributed Citus table (palloc'd),
 * NULL for any other table (the caller is connected to SPI).
 */
extern char *crmdb_distribution_column(Oid relid);

/*
 * Install the planner and utility hooks that keep payment reference
 * numbers unique in the distributed layout (_PG_init).
 */
extern void crmdb_reference_registry_init(void);

/* Whether crmdb's planner hook can run before Citus's in every session. */
extern bool crmdb_reference_registry_first(void);

#endif							/* CRMDB_DISTRIBUTED_H */
