/*-------------------------------------------------------------------------
 *
 * schema.h
 *	  The service schemas' scripts (install.c), for the other scripts
 *	  crmdb runs from its share directory.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/schema/schema.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef CRMDB_SCHEMA_H
#define CRMDB_SCHEMA_H

/*
 * Run $sharedir/extension/crmdb_<name>.sql statement by statement (the
 * caller is connected to SPI and has pinned search_path).
 */
extern void crmdb_run_schema_script(const char *name);

#endif							/* CRMDB_SCHEMA_H */
