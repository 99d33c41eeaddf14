# Makefile for crmdb
#
# Build:    make && make install          (PG_CONFIG selects the server)
# Test:     scripts/test                  (throwaway clusters, see README)

MODULE_big = crmdb
OBJS = \
	$(WIN32RES) \
	crmdb.o \
	util.o \
	maintenance_log.o \
	install.o \
	updated_at.o \
	payment_reference.o \
	partition.o \
	partition_bounds.o \
	partition_config.o \
	partition_ops.o \
	refresh.o \
	change_tracking.o \
	view_sources.o \
	validate.o \
	validation_lookup.o \
	validation_rules.o \
	validators.o \
	verify_schema.o \
	schedule.o \
	health.o \
	access.o

EXTENSION = crmdb
PGFILEDESC = "crmdb - debt-collection CRM database maintenance"

# The extension script is assembled from these parts, in this order.
EXTENSION_PARTS = \
	extension/00_types.sql \
	extension/10_maintenance_log.sql \
	extension/20_install.sql \
	extension/30_partition.sql \
	extension/40_refresh.sql \
	extension/50_validation.sql \
	extension/60_schedule.sql

# The four service schemas: run by crmdb.install(), not by CREATE EXTENSION.
SCHEMA_SCRIPTS = \
	schema/crmdb_auth_service.sql \
	schema/crmdb_bank_sync_service.sql \
	schema/crmdb_payment_service.sql \
	schema/crmdb_workflow_service.sql

DATA_built = crmdb--1.0.sql
DATA = $(SCHEMA_SCRIPTS)

REGRESS = \
	001_install \
	002_catalog \
	003_fixes \
	010_partition_config \
	011_partition_maintenance \
	012_partition_drain \
	013_partition_retention \
	014_partition_errors \
	015_partition_install \
	016_partition_foreign_keys \
	020_refresh \
	030_validators \
	031_validation \
	032_verify_schema \
	040_access \
	041_health \
	042_schedule

# Tests never use an installed server: each run starts a throwaway one.
REGRESS_OPTS = --temp-instance=$(CURDIR)/tmp_check_regress \
	--temp-config=$(srcdir)/test/crmdb.conf
ISOLATION = \
	payment_reference \
	partition_attach_insert \
	partition_concurrent_runs \
	partition_drain_race \
	refresh_race \
	refresh_reader \
	refresh_locked \
	job_skip
ISOLATION_OPTS = --temp-instance=$(CURDIR)/tmp_check_iso \
	--temp-config=$(srcdir)/test/crmdb.conf

TAP_TESTS = 1

PG_CONFIG ?= /usr/lib/postgresql/15/bin/pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track header dependencies.
validate.o validation_lookup.o validation_rules.o: validation.h

crmdb--1.0.sql: $(EXTENSION_PARTS)
	cat $^ > $@

# Print the test lists for scripts/test.
print-%:
	@echo '$($*)'
