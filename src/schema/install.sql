/* crmdb/src/schema/install.sql: crmdb.install() and the triggers of the service tables */

CREATE FUNCTION @extschema@.set_updated_at()
RETURNS trigger
AS 'MODULE_PATHNAME', 'set_updated_at'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.set_updated_at() IS
    'BEFORE UPDATE row trigger: sets updated_at to the transaction start time';
REVOKE ALL ON FUNCTION @extschema@.set_updated_at() FROM PUBLIC;

CREATE FUNCTION @extschema@.payment_reference_sync()
RETURNS trigger
AS 'MODULE_PATHNAME', 'payment_reference_sync'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.payment_reference_sync() IS
    'Row trigger on payment_service.payments: keeps crmdb.payment_references in step, writing it as its owner, so that a reference number is unique across all partitions';
REVOKE ALL ON FUNCTION @extschema@.payment_reference_sync() FROM PUBLIC;

CREATE FUNCTION @extschema@.payment_reference_truncate()
RETURNS trigger
AS 'MODULE_PATHNAME', 'payment_reference_truncate'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.payment_reference_truncate() IS
    'BEFORE TRUNCATE trigger on payment_service.payments: unregisters the references of the payments truncated';
REVOKE ALL ON FUNCTION @extschema@.payment_reference_truncate() FROM PUBLIC;

CREATE FUNCTION @extschema@.install(p_distributed boolean DEFAULT false)
RETURNS void
AS 'MODULE_PATHNAME', 'install'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.install(boolean) IS
    'Creates the four service schemas of the CRM (once per database); with p_distributed, distributed by cif on a Citus cluster';
REVOKE ALL ON FUNCTION @extschema@.install(boolean) FROM PUBLIC;
