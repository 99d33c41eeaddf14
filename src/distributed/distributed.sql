/* crmdb/src/distributed/distributed.sql: crmdb on Citus, distributed by cif */

CREATE FUNCTION @extschema@.distribute()
RETURNS void
AS 'MODULE_PATHNAME', 'distribute'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.distribute() IS
    'Turns the service schemas installed on one node, with their rows, into the distributed layout on a Citus coordinator with workers (doc/citus.md)';
REVOKE ALL ON FUNCTION @extschema@.distribute() FROM PUBLIC;
