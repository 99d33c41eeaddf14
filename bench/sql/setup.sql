/* crmdb/bench/sql/setup.sql: helper objects of the benchmark (schema bench)
 *
 * Loaded by bench/run into the throwaway benchmark database after the
 * sample data; never part of the extension.  Everything the benchmark
 * creates besides the service schemas lives in schema bench (and pg_partman
 * in schema partman), so validation and the views never see it.
 */
\set ON_ERROR_STOP 1

CREATE SCHEMA bench;

-- Loans to draw the single-row writers' foreign keys from (pgbench picks a
-- random n).
CREATE TABLE bench.loan_keys AS
SELECT (row_number() OVER (ORDER BY account_number))::int AS n,
       account_number AS loan_account_number, cif, currency
FROM bank_sync_service.loans;
ALTER TABLE bench.loan_keys ADD PRIMARY KEY (n);

-- Reference numbers of the rows the benchmark's writers insert ('BX' ...).
CREATE SEQUENCE bench.ref_seq;

-- The concurrent inserter ends when running turns false (its second
-- statement then divides by zero and pgbench's clients stop).
CREATE TABLE bench.stall_ctl (running boolean NOT NULL);
INSERT INTO bench.stall_ctl VALUES (true);

-- Start of the quarter that holds p_ts, as a timestamp.
CREATE FUNCTION bench.quarter_start(p_ts timestamptz, p_offset int DEFAULT 0)
RETURNS timestamp LANGUAGE sql STABLE AS
$$ SELECT date_trunc('quarter', p_ts::timestamp) + pg_catalog.make_interval(months => 3 * p_offset) $$;

-- Partition column of a range-partitioned table.
CREATE FUNCTION bench.partition_column(p_parent regclass)
RETURNS name LANGUAGE sql STABLE AS
$$ SELECT a.attname FROM pg_partitioned_table pt
   JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
   WHERE pt.partrelid = p_parent $$;

-- Non-default partitions of a table with their lower bound.
CREATE FUNCTION bench.partitions(p_parent regclass)
RETURNS TABLE (part regclass, range_from timestamp, is_default boolean)
LANGUAGE sql STABLE AS
$$ SELECT c.oid::regclass,
          (substring(pg_get_expr(c.relpartbound, c.oid) FROM $r$FROM \('([^']+)'\)$r$))::timestamp,
          pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'
   FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
   WHERE i.inhparent = p_parent $$;

-- An empty partitioned table shaped like p_src: same columns, defaults,
-- CHECK constraints, indexes, comments (LIKE ... INCLUDING ALL), and
-- optionally a DEFAULT partition named <table>_default.
CREATE FUNCTION bench.clone_parent(p_src regclass, p_dst text, p_default boolean)
RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('CREATE TABLE %s (LIKE %s INCLUDING ALL) PARTITION BY RANGE (%I)',
                   p_dst, p_src, bench.partition_column(p_src));
    IF p_default THEN
        EXECUTE format('CREATE TABLE %s_default PARTITION OF %s DEFAULT', p_dst, p_dst);
    END IF;
END
$$;

-- Give p_dst the foreign keys and triggers of p_src (LIKE copies neither),
-- so that a copy is what the real table is to a maintenance tool.
CREATE FUNCTION bench.copy_fks_and_triggers(p_src regclass, p_dst regclass)
RETURNS void LANGUAGE plpgsql AS
$$
DECLARE
    v_rec record;
    v_rel text := (SELECT relname FROM pg_class WHERE oid = p_dst);
BEGIN
    FOR v_rec IN
        SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = p_src AND contype = 'f' AND conparentid = 0 ORDER BY conname
    LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', p_dst,
                       v_rel || '_' || v_rec.conname, v_rec.def);
    END LOOP;
    FOR v_rec IN
        SELECT tgname, pg_get_triggerdef(oid) AS def FROM pg_trigger
        WHERE tgrelid = p_src AND NOT tgisinternal AND tgparentid = 0 ORDER BY tgname
    LOOP
        EXECUTE replace(replace(v_rec.def, 'TRIGGER ' || quote_ident(v_rec.tgname),
                                'TRIGGER ' || quote_ident(v_rel || '_' || v_rec.tgname)),
                        ' ON ' || p_src::text || ' ', ' ON ' || p_dst::text || ' ');
    END LOOP;
END
$$;

-- Copy the rows of p_src into p_dst: all of them (p_modulo = 1) or about
-- one in p_modulo, chosen by a hash of the id so that every run picks the
-- same rows.
CREATE FUNCTION bench.copy_rows(p_src regclass, p_dst regclass, p_modulo int)
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_rows bigint;
BEGIN
    IF p_modulo = 1 THEN
        EXECUTE format('INSERT INTO %s SELECT * FROM %s', p_dst, p_src);
    ELSE
        EXECUTE format('INSERT INTO %s SELECT * FROM %s WHERE abs(hashtext(id::text)) %% %s = 0',
                       p_dst, p_src, p_modulo);
    END IF;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$$;

-- Create the quarterly partitions [p_from, p_to) of p_parent by hand (the
-- hand-written side of the benchmark, and crmdb's tables before its
-- partition functions exist).
CREATE FUNCTION bench.create_quarters(p_parent regclass, p_from timestamp, p_to timestamp)
RETURNS int LANGUAGE plpgsql AS
$$
DECLARE
    v_q timestamp := date_trunc('quarter', p_from);
    v_n int := 0;
    v_date boolean := (SELECT atttypid = 'date'::regtype FROM pg_attribute
                       WHERE attrelid = p_parent AND attname = bench.partition_column(p_parent));
BEGIN
    WHILE v_q < p_to LOOP
        EXECUTE format('CREATE TABLE %s_%s PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
                       p_parent, to_char(v_q, 'YYYY"_q"Q'), p_parent,
                       CASE WHEN v_date THEN v_q::date::text ELSE v_q::text END,
                       CASE WHEN v_date THEN (v_q + interval '3 months')::date::text
                            ELSE (v_q + interval '3 months')::text END);
        v_q := v_q + interval '3 months';
        v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
END
$$;

-- Drop the partitions of p_parent that start at or after p_from.
CREATE FUNCTION bench.drop_partitions_from(p_parent regclass, p_from timestamp)
RETURNS int LANGUAGE plpgsql AS
$$
DECLARE
    v_part regclass;
    v_n int := 0;
BEGIN
    FOR v_part IN SELECT part FROM bench.partitions(p_parent)
                  WHERE NOT is_default AND range_from >= p_from ORDER BY range_from
    LOOP
        EXECUTE format('DROP TABLE %s', v_part);
        v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
END
$$;

-- Rows that the drain benchmark puts into a DEFAULT partition: payments
-- dated in next quarter (no partition covers it yet), made from the
-- sample's payments.
CREATE FUNCTION bench.make_drain_source(p_rows bigint)
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_q1 timestamp := bench.quarter_start(now(), 1);
    v_count bigint := (SELECT count(*) FROM payment_service.payments);
    v_rows bigint;
BEGIN
    CREATE UNLOGGED TABLE bench.drain_src (LIKE payment_service.payments);
    INSERT INTO bench.drain_src
    SELECT pg_catalog.gen_random_uuid(), 'D' || lpad(s.n::text, 12, '0'),
           p.loan_account_number, p.cif, p.amount, p.currency,
           v_q1 + ((s.n * 7919) % (89 * 86400)) * interval '1 second',
           p.payment_method, p.status, p.status_reason, p.source_system,
           p.created_by, p.updated_by, p.created_at, p.updated_at,
           p.is_editable, p.last_synced_at
    FROM generate_series(1, p_rows) AS s(n)
    JOIN (SELECT row_number() OVER () AS rn, * FROM payment_service.payments) AS p
      ON p.rn = 1 + s.n % v_count;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END
$$;

-- Keys of the rows bench.make_drain_source() made, for the clients that
-- update and read them during a drain (pgbench picks a random n).
CREATE FUNCTION bench.make_drain_keys()
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_rows bigint;
BEGIN
    CREATE TABLE bench.drain_keys AS
    SELECT (row_number() OVER (ORDER BY id))::int AS n, id, payment_date
    FROM bench.drain_src;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    ALTER TABLE bench.drain_keys ADD PRIMARY KEY (n);
    RETURN v_rows;
END
$$;

-- Put the drain benchmark's table back to its starting point: partitions
-- up to the current quarter, the rows of bench.drain_src (next quarter) in
-- DEFAULT.  The DEFAULT partition is built anew as a plain table, filled,
-- and attached, which builds its indexes in one sort each: much faster than
-- inserting a million rows into eight indexes one by one.
--
-- With p_bytes, DEFAULT also gets rows beyond the premake horizon (copies
-- of bench.drain_src ten years and more later) until it is at least
-- p_bytes large: rows the drain leaves where they are, but whose pages
-- make DEFAULT large.
CREATE FUNCTION bench.drain_reset(p_parent regclass, p_bytes bigint DEFAULT 0)
RETURNS void LANGUAGE plpgsql AS
$$
DECLARE
    v_default text := p_parent::text || '_default';
    v_years int := 10;
BEGIN
    PERFORM bench.drop_partitions_from(p_parent, bench.quarter_start(now(), 1));
    IF to_regclass(v_default) IS NOT NULL THEN
        EXECUTE format('DROP TABLE %s', v_default);
    END IF;
    EXECUTE format('CREATE TABLE %s (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   v_default, p_parent);
    EXECUTE format('INSERT INTO %s SELECT * FROM bench.drain_src', v_default);
    IF pg_relation_size(v_default) < p_bytes THEN
        CREATE TEMP TABLE drain_later ON COMMIT DROP AS SELECT * FROM bench.drain_src;
        WHILE pg_relation_size(v_default) < p_bytes LOOP
            UPDATE drain_later SET payment_date = payment_date + interval '1 year' * v_years;
            EXECUTE format('INSERT INTO %s SELECT * FROM drain_later', v_default);
            v_years := 1;
        END LOOP;
    END IF;
    EXECUTE format('ALTER TABLE %s ATTACH PARTITION %s DEFAULT', p_parent, v_default);
END
$$;

-- Where the drained rows are after a run: (rows left in DEFAULT, rows of
-- next quarter in a real partition).
CREATE FUNCTION bench.drain_check(p_parent regclass, OUT in_default bigint, OUT in_partitions bigint)
LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('SELECT count(*) FROM %s_default', p_parent) INTO in_default;
    EXECUTE format('SELECT count(*) FROM %s WHERE payment_date >= %L AND tableoid <> %L::regclass',
                   p_parent, bench.quarter_start(now(), 1), p_parent::text || '_default')
        INTO in_partitions;
END
$$;

-- 1% of payments and of action records, the rows the refresh benchmark
-- changes before each refresh.
CREATE FUNCTION bench.make_change_samples()
RETURNS void LANGUAGE plpgsql AS
$$
BEGIN
    CREATE TABLE bench.pay_sample AS
    SELECT id, payment_date FROM payment_service.payments
    WHERE abs(hashtext(id::text)) % 100 = 0;
    CREATE TABLE bench.act_sample AS
    SELECT id, action_date FROM workflow_service.action_records
    WHERE abs(hashtext(id::text)) % 100 = 0;
    ANALYZE bench.pay_sample;
    ANALYZE bench.act_sample;
END
$$;

-- Change 1% of payments (amount) and of action records (action time),
-- which changes rows of all four views.
CREATE FUNCTION bench.change_1pct()
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_p bigint;
    v_a bigint;
BEGIN
    UPDATE payment_service.payments p SET amount = p.amount + 1
    FROM bench.pay_sample s WHERE p.id = s.id AND p.payment_date = s.payment_date;
    GET DIAGNOSTICS v_p = ROW_COUNT;
    UPDATE workflow_service.action_records a SET action_date = a.action_date + interval '1 second'
    FROM bench.act_sample s WHERE a.id = s.id AND a.action_date = s.action_date;
    GET DIAGNOSTICS v_a = ROW_COUNT;
    UPDATE bench.act_sample SET action_date = action_date + interval '1 second';
    RETURN v_p + v_a;
END
$$;

-- Change p_n action records for the incremental refresh of the workflow
-- views: the result of the first p_n sampled actions flips between
-- PAYMENT_PROMISE and NO_ANSWER (their agent-month groups and customers
-- change).
CREATE FUNCTION bench.change_actions(p_n int)
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_a bigint;
BEGIN
    UPDATE workflow_service.action_records a
       SET action_result = CASE a.action_result WHEN 'PAYMENT_PROMISE'
                               THEN 'NO_ANSWER' ELSE 'PAYMENT_PROMISE' END
      FROM (SELECT id, action_date FROM bench.act_sample
             ORDER BY id LIMIT p_n) s
     WHERE a.id = s.id AND a.action_date = s.action_date;
    GET DIAGNOSTICS v_a = ROW_COUNT;
    RETURN v_a;
END
$$;

-- Change p_permille per mille of payments (amount), spread over every
-- month and group, for the crossover of the incremental refresh's
-- threshold.  Each call changes the same payments again.
CREATE FUNCTION bench.change_share(p_permille int)
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_n bigint;
BEGIN
    UPDATE payment_service.payments SET amount = amount + 1
     WHERE abs(hashtext(id::text)) % 1000 < p_permille;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;

-- Payments the single-row updater picks from (recent ones, as in real
-- life).
CREATE FUNCTION bench.make_pay_keys(p_rows int)
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_rows bigint;
BEGIN
    CREATE TABLE bench.pay_keys AS
    SELECT (row_number() OVER ())::int AS n, id, payment_date
    FROM (SELECT id, payment_date FROM payment_service.payments
          ORDER BY payment_date DESC LIMIT p_rows) s;
    ALTER TABLE bench.pay_keys ADD PRIMARY KEY (n);
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN (SELECT count(*) FROM bench.pay_keys);
END
$$;

-- What the single-row writers touch, read into shared buffers after the
-- writer benchmark restarts the server, so that no side starts cold: the
-- payments partitions of the last two quarters and the current one (the
-- inserts go to the current one, the updates to recent payments), the
-- loans and customers their foreign keys look up, the reference registry,
-- the benchmark's key tables, and all their indexes.
CREATE EXTENSION pg_prewarm;
CREATE FUNCTION bench.prewarm_writer()
RETURNS bigint LANGUAGE sql AS
$$
    WITH rels AS (
        SELECT part AS oid FROM bench.partitions('payment_service.payments')
        WHERE is_default OR range_from >= bench.quarter_start(now(), -2)
        UNION ALL
        SELECT to_regclass(r) FROM unnest(ARRAY['bank_sync_service.loans',
            'bank_sync_service.customers', 'crmdb.payment_references',
            'bench.loan_keys', 'bench.pay_keys']) AS r
    )
    SELECT sum(pg_prewarm(c.oid)) FROM pg_class c
    WHERE c.oid IN (SELECT oid FROM rels)
       OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM rels))
$$;

-- Change p_n payments for the incremental refresh: a third new (the
-- payments the previous call deleted come back, or copies of sample
-- payments under new references the first time), a third updated
-- (amount), a third deleted (kept in bench.ivm_parked for the next call).
CREATE TABLE bench.ivm_parked (LIKE payment_service.payments);
CREATE SEQUENCE bench.ivm_refs;
CREATE FUNCTION bench.change_payments(p_n int)
RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    v_third int := greatest(p_n / 3, 1);
    v_off int := (nextval('bench.ivm_refs') % 50) * v_third * 2;
    v_n bigint;
    v_total bigint := 0;
BEGIN
    IF EXISTS (SELECT FROM bench.ivm_parked) THEN
        WITH back AS (DELETE FROM bench.ivm_parked RETURNING *)
        INSERT INTO payment_service.payments SELECT * FROM back;
    ELSE
        INSERT INTO payment_service.payments
            (reference_number, loan_account_number, cif, amount, currency,
             payment_date, payment_method, status, source_system, created_by,
             updated_by)
        SELECT 'BI' || lpad(nextval('bench.ivm_refs')::text, 12, '0'),
               p.loan_account_number, p.cif, p.amount, p.currency,
               p.payment_date, p.payment_method, p.status, p.source_system,
               'bench', 'bench'
          FROM payment_service.payments p
          JOIN (SELECT id, payment_date FROM bench.pay_sample
                 ORDER BY id LIMIT v_third) s
            ON p.id = s.id AND p.payment_date = s.payment_date;
    END IF;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;
    UPDATE payment_service.payments p SET amount = p.amount + 1
      FROM (SELECT id, payment_date FROM bench.pay_sample
             ORDER BY id OFFSET v_off LIMIT v_third) s
     WHERE p.id = s.id AND p.payment_date = s.payment_date;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;
    WITH gone AS (
        DELETE FROM payment_service.payments p
         USING (SELECT id, payment_date FROM bench.pay_sample
                 ORDER BY id OFFSET v_off + v_third LIMIT v_third) s
         WHERE p.id = s.id AND p.payment_date = s.payment_date
        RETURNING p.*)
    INSERT INTO bench.ivm_parked SELECT * FROM gone;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_total + v_n;
END
$$;
