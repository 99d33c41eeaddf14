# Makefile for crmdb
#
# Build:    make && make install          (PG_CONFIG selects the server)
# Test:     scripts/test                  (throwaway clusters, see README)

MODULE_big = crmdb
OBJS = \
	$(WIN32RES) \
	crmdb.o \
	src/support/util.o \
	src/support/maintenance_log.o \
	src/schema/install.o \
	src/schema/updated_at.o \
	src/schema/payment_reference.o \
	src/schema/payment_reference_repair.o \
	src/partition/partition.o \
	src/partition/partition_bounds.o \
	src/partition/partition_config.o \
	src/partition/partition_copy.o \
	src/partition/partition_swap.o \
	src/partition/partition_ops.o \
	src/refresh/refresh.o \
	src/refresh/change_tracking.o \
	src/refresh/change_capture.o \
	src/refresh/change_log.o \
	src/refresh/incremental.o \
	src/refresh/incremental_workflow.o \
	src/refresh/workflow_capture.o \
	src/refresh/view_sources.o \
	src/validation/validate.o \
	src/validation/validation_lookup.o \
	src/validation/validation_rules.o \
	src/validation/validators.o \
	src/validation/verify_schema.o \
	src/operations/schedule.o \
	src/operations/health.o \
	src/operations/access.o \
	src/distributed/distribute.o \
	src/distributed/reference_registry.o

PG_CPPFLAGS = -I$(srcdir) -I$(srcdir)/src -DCRMDB_VERSION='"$(CRMDB_VERSION)"'

EXTENSION = crmdb
PGFILEDESC = "crmdb - debt-collection CRM database maintenance"

# The version being built: crmdb.control's default_version.  Its full
# script is assembled from these parts, in this order; each part lives in
# the folder of the capability it defines.
CRMDB_VERSION := $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(dir $(lastword $(MAKEFILE_LIST)))crmdb.control)
EXTENSION_PARTS = \
	src/schema/types.sql \
	src/support/maintenance_log.sql \
	src/schema/install.sql \
	src/schema/payment_reference.sql \
	src/partition/partition.sql \
	src/refresh/refresh.sql \
	src/validation/validation.sql \
	src/operations/operations.sql \
	src/distributed/distributed.sql

# Released full scripts, kept exactly as released, and the update scripts
# from each release to the next (see doc/upgrading.md).
VERSION_SCRIPTS = \
	versions/crmdb--1.0.sql \
	versions/crmdb--1.0--1.1.sql

# The four service schemas: run by crmdb.install(), not by CREATE EXTENSION.
SCHEMA_SCRIPTS = \
	src/schema/crmdb_auth_service.sql \
	src/schema/crmdb_bank_sync_service.sql \
	src/schema/crmdb_payment_service.sql \
	src/schema/crmdb_workflow_service.sql \
	src/distributed/crmdb_distribute.sql

DATA_built = crmdb--$(CRMDB_VERSION).sql
DATA = $(VERSION_SCRIPTS) $(SCHEMA_SCRIPTS)

REGRESS = \
	001_install \
	002_catalog \
	003_fixes \
	004_workflow_columns \
	005_payment_references \
	010_partition_config \
	011_partition_maintenance \
	012_partition_drain \
	013_partition_retention \
	014_partition_errors \
	015_partition_install \
	016_partition_foreign_keys \
	020_refresh \
	021_refresh_incremental \
	022_refresh_incremental_workflow \
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
	partition_drain_app \
	partition_drain_copy \
	partition_drain_swap \
	partition_drain_rls \
	refresh_race \
	refresh_reader \
	refresh_locked \
	refresh_incremental \
	refresh_incremental_workflow \
	job_skip
ISOLATION_OPTS = --temp-instance=$(CURDIR)/tmp_check_iso \
	--temp-config=$(srcdir)/test/crmdb.conf

TAP_TESTS = 1

PG_CONFIG ?= /usr/lib/postgresql/15/bin/pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Out-of-tree (VPATH) builds, as pg_buildext does in build-15/: the
# objects' subdirectories must exist in the build directory.
ifneq ($(srcdir),.)
$(shell mkdir -p $(sort $(dir $(filter %.o,$(OBJS)))))
endif

# PGXS does not track header dependencies.
$(filter %.o,$(OBJS)): crmdb.h src/support/support.h
$(filter src/partition/%.o,$(OBJS)) crmdb.o src/schema/install.o: src/partition/partition.h
src/partition/partition_ops.o src/refresh/view_sources.o src/distributed/reference_registry.o crmdb.o: src/distributed/distributed.h
$(filter src/refresh/%.o,$(OBJS)) crmdb.o: src/refresh/refresh.h
$(filter src/validation/%.o,$(OBJS)) src/schema/install.o: src/validation/validation.h
src/schema/install.o src/distributed/distribute.o src/validation/verify_schema.o src/operations/access.o src/schema/payment_reference_repair.o: src/schema/schema.h src/distributed/distributed.h

crmdb--$(CRMDB_VERSION).sql: $(EXTENSION_PARTS)
	cat $^ > $@

# Print the test lists for scripts/test.
print-%:
	@echo '$($*)'
