/* crmdb/src/distributed/distributed.sql: crmdb on Citus, distributed by cif */

CREATE FUNCTION @extschema@.distribute()
RETURNS void
AS 'MODULE_PATHNAME', 'distribute'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.distribute() IS
    'Turns the service schemas installed on one node, with their rows, into the distributed layout on a Citus coordinator with workers (doc/citus.md)';
REVOKE ALL ON FUNCTION @extschema@.distribute() FROM PUBLIC;

CREATE FUNCTION @extschema@.payment_reference_frozen()
RETURNS trigger
AS 'MODULE_PATHNAME', 'payment_reference_frozen'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.payment_reference_frozen() IS
    'BEFORE UPDATE row trigger on payment_service.payments in the distributed layout: refuses a change of a payment''s reference number (doc/citus.md)';
REVOKE ALL ON FUNCTION @extschema@.payment_reference_frozen() FROM PUBLIC;
