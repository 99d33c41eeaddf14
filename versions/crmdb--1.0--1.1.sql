/* crmdb/versions/crmdb--1.0--1.1.sql: update from 1.0 to 1.1 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION crmdb UPDATE TO '1.1'" to load this file. \quit

-- Issue 12: the payment reference registry belongs to crmdb.
--
-- The triggers write crmdb.payment_references as its owner (the C
-- functions keep their 1.0 names and symbols); UPDATE is caught on the
-- stored row whatever its SET list; TRUNCATE of payments unregisters only
-- the rows it removes; no service role keeps a privilege on the registry.

COMMENT ON FUNCTION @extschema@.payment_reference_sync() IS
    'Row trigger on payment_service.payments: keeps crmdb.payment_references in step, writing it as its owner, so that a reference number is unique across all partitions';
COMMENT ON FUNCTION @extschema@.payment_reference_truncate() IS
    'BEFORE TRUNCATE trigger on payment_service.payments: unregisters the references of the payments truncated';
COMMENT ON FUNCTION @extschema@.grant_service_access(regrole, text) IS
    'Grants a role what one service needs: its own schema''s tables (DML) and views (SELECT), reads of bank_sync_service for payment and workflow; never the payment reference registry';

-- The service schemas exist only where crmdb.install() has run: there, the
-- triggers of payment_service.payments as 1.1's install() creates them,
-- the registry's comment and privileges, and what verify_schema() expects
-- of those triggers.
DO $$
DECLARE
    v_search_path text := pg_catalog.current_setting('search_path');
    v_grantee oid;
BEGIN
    IF pg_catalog.to_regclass('payment_service.payments') IS NULL
       OR pg_catalog.to_regclass('crmdb.payment_references') IS NULL THEN
        RETURN;
    END IF;
    PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true);

    -- IF EXISTS: a database whose install() ran 1.1's schema script under
    -- crmdb 1.0 has the new triggers already.
    DROP TRIGGER IF EXISTS trg_payments_reference ON payment_service.payments;
    DROP TRIGGER IF EXISTS trg_payments_reference_update ON payment_service.payments;
    DROP TRIGGER IF EXISTS trg_payments_reference_truncate ON payment_service.payments;

    CREATE TRIGGER trg_payments_reference
        AFTER INSERT OR DELETE
        ON payment_service.payments
        FOR EACH ROW EXECUTE FUNCTION crmdb.payment_reference_sync();
    COMMENT ON TRIGGER trg_payments_reference ON payment_service.payments IS
        'Registers the reference of each new payment in crmdb.payment_references, unregisters that of each deleted one';

    CREATE TRIGGER trg_payments_reference_update
        AFTER UPDATE
        ON payment_service.payments
        FOR EACH ROW
        WHEN (OLD.reference_number IS DISTINCT FROM NEW.reference_number
              OR OLD.id IS DISTINCT FROM NEW.id)
        EXECUTE FUNCTION crmdb.payment_reference_sync();
    COMMENT ON TRIGGER trg_payments_reference_update ON payment_service.payments IS
        'Moves the registration in crmdb.payment_references when an update changes a payment''s reference or id';

    CREATE TRIGGER trg_payments_reference_truncate
        BEFORE TRUNCATE ON payment_service.payments
        FOR EACH STATEMENT EXECUTE FUNCTION crmdb.payment_reference_truncate();
    COMMENT ON TRIGGER trg_payments_reference_truncate ON payment_service.payments IS
        'Unregisters the references of the payments TRUNCATE removes; those of detached or dropped partitions stay registered';

    COMMENT ON TABLE crmdb.payment_references IS
        'Registry of payment_service.payments.reference_number: makes a reference unique across all partitions; written only by the triggers on payments, as its owner';

    -- What crmdb 1.0's grant_service_access() granted on the registry,
    -- and any other grant: only the owner keeps privileges.
    FOR v_grantee IN
        SELECT DISTINCT a.grantee
          FROM pg_catalog.pg_class c
         CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
         WHERE c.oid OPERATOR(pg_catalog.=) 'crmdb.payment_references'::pg_catalog.regclass
           AND a.grantee OPERATOR(pg_catalog.<>) c.relowner
    LOOP
        EXECUTE pg_catalog.format('REVOKE ALL ON crmdb.payment_references FROM %s CASCADE',
            CASE WHEN v_grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
                 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(v_grantee)) END);
    END LOOP;

    -- verify_schema(): the triggers as install() records them.
    IF EXISTS (SELECT FROM crmdb.expected_schema) THEN
        DELETE FROM crmdb.expected_schema
         WHERE object_type OPERATOR(pg_catalog.=) 'trigger'
           AND schema_name OPERATOR(pg_catalog.=) 'payment_service'
           AND table_name OPERATOR(pg_catalog.=) 'payments'
           AND object_name OPERATOR(pg_catalog.=) ANY (ARRAY[
               'payment_service.payments.trg_payments_reference',
               'payment_service.payments.trg_payments_reference_update',
               'payment_service.payments.trg_payments_reference_truncate']);
        INSERT INTO crmdb.expected_schema
            (object_type, object_name, schema_name, table_name, definition, state)
        SELECT 'trigger',
               'payment_service.payments.' OPERATOR(pg_catalog.||) tg.tgname,
               'payment_service', 'payments', pg_catalog.pg_get_triggerdef(tg.oid),
               CASE tg.tgenabled WHEN 'D' THEN 'disabled'
                   WHEN 'R' THEN 'enabled for replica only'
                   WHEN 'A' THEN 'enabled always' ELSE 'enabled' END
          FROM pg_catalog.pg_trigger tg
         WHERE tg.tgrelid OPERATOR(pg_catalog.=) 'payment_service.payments'::pg_catalog.regclass
           AND tg.tgname OPERATOR(pg_catalog.=) ANY (ARRAY[
               'trg_payments_reference', 'trg_payments_reference_update',
               'trg_payments_reference_truncate']::pg_catalog.name[]);
    END IF;

    PERFORM pg_catalog.set_config('search_path', v_search_path, true);
END
$$;
