/* crmdb/src/schema/payment_reference.sql: repairing the payment reference registry */

-- Registering the payments the payment reference registry is missing
-- (drift: rows loaded where its triggers do not fire), reporting the
-- conflicts it will not settle (doc/payment_references.md).
CREATE FUNCTION @extschema@.repair_payment_references()
RETURNS TABLE (reference_number varchar, payment_id uuid,
               registered_payment_id uuid, problem text)
AS 'MODULE_PATHNAME', 'repair_payment_references'
LANGUAGE C VOLATILE;
COMMENT ON FUNCTION @extschema@.repair_payment_references() IS
    'Registers in crmdb.payment_references every payment missing from it whose reference no other payment claims; returns one row per payment left out because of a conflict. For the registry''s owner, at READ COMMITTED; locks payments against writes meanwhile';
REVOKE ALL ON FUNCTION @extschema@.repair_payment_references() FROM PUBLIC;
