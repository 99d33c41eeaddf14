--
-- Incremental refresh of the workflow views: a randomized property test.
-- Hundreds of rounds of mixed changes to the sources of
-- workflow_service.agent_performance and customer_collection_status
-- (action records, straight into partitions too, agents, cases, loans,
-- customers, TRUNCATE, rollback, DETACH / ATTACH), crmdb.refresh_views()
-- after each round, then every view compared with its defining query both
-- ways (EXCEPT ALL).  Seeded: the output shows only that every view
-- matched its query after every round and that both modes ran.
--
CREATE EXTENSION crmdb;
SELECT crmdb.install();
SET crmdb.incremental_max_fraction = 1.0;

-- Customers C01..C08 (C07 and C08 without a case), two loans each, agents
-- A1..A6 (A6 never acts), dated action partitions for 2019 (2020 goes to
-- DEFAULT).
INSERT INTO bank_sync_service.customers
    (cif, type, name, segment, status, source_system, created_by, updated_by)
SELECT 'C0' || i, 'INDIVIDUAL', 'Customer ' || i, 'RETAIL', 'ACTIVE', 'T24', 't', 't'
  FROM generate_series(1, 8) i;
INSERT INTO bank_sync_service.loans
    (account_number, cif, product_type, original_amount, currency,
     disbursement_date, maturity_date, interest_rate, term, payment_frequency,
     outstanding, remaining_amount, due_amount, next_payment_date, dpd,
     delinquency_status, status, source_system, created_by, updated_by)
SELECT 'L' || lpad(i::text, 2, '0'), 'C0' || ((i - 1) % 8 + 1), 'PERSONAL',
       1000, 'VND', '2018-01-01', '2022-01-01', 10, 48, 'MONTHLY', 500, 500,
       50, '2019-02-01', i, 'CURRENT', 'OPEN', 'T24', 't', 't'
  FROM generate_series(1, 16) i;
INSERT INTO workflow_service.agents (employee_id, name, email, type, team)
SELECT 'E' || i, 'Agent ' || i, 'a' || i || '@bank.test', 'AGENT', 'T' || (i % 2)
  FROM generate_series(1, 6) i;
INSERT INTO workflow_service.customer_cases
    (cif, assigned_call_agent_id, assigned_field_agent_id, customer_status,
     collateral_status, processing_state_status, lending_violation_status,
     recovery_ability_status)
SELECT 'C0' || i,
       (SELECT id FROM workflow_service.agents WHERE employee_id = 'E' || (i % 5 + 1)),
       (SELECT id FROM workflow_service.agents WHERE employee_id = 'E' || ((i + 2) % 6 + 1)),
       'OPEN', 'NONE', 'NEW', 'NONE', 'HIGH'
  FROM generate_series(1, 6) i;
DO $$
BEGIN
    FOR q IN 0..3 LOOP
        EXECUTE format('CREATE TABLE workflow_service.action_records_2019_q%s'
                       ' PARTITION OF workflow_service.action_records'
                       ' FOR VALUES FROM (%L) TO (%L)', q + 1,
                       make_date(2019, q * 3 + 1, 1),
                       make_date(2019, q * 3 + 1, 1) + interval '3 months');
    END LOOP;
END
$$;

-- Random action records of agents A1..A5.
CREATE FUNCTION pg_temp.new_actions(p_n integer)
RETURNS TABLE (cif varchar, loan_account_number varchar, agent_id uuid,
               type varchar, subtype varchar, action_result varchar,
               action_date timestamp, created_by varchar, updated_by varchar)
LANGUAGE sql AS $$
    SELECT l.cif, l.account_number, a.id, 'CALL'::varchar, 'OUTBOUND'::varchar,
           (ARRAY['PAYMENT_PROMISE', 'PAYMENT_RECEIVED', 'NO_ANSWER'])[1 + floor(random() * 3)::int]::varchar,
           timestamp '2019-01-01' + random() * interval '600 days',
           't'::varchar, 't'::varchar
      FROM generate_series(1, p_n) g
      CROSS JOIN LATERAL (
          SELECT account_number, loans.cif FROM bank_sync_service.loans
           WHERE g > 0 ORDER BY random() LIMIT 1) l
      CROSS JOIN LATERAL (
          SELECT id FROM workflow_service.agents
           WHERE g > 0 AND employee_id <> 'E6' ORDER BY random() LIMIT 1) a
$$;
CREATE FUNCTION pg_temp.some_actions(p_n integer)
RETURNS SETOF uuid LANGUAGE sql AS $$
    SELECT id FROM workflow_service.action_records ORDER BY random() LIMIT p_n
$$;
CREATE FUNCTION pg_temp.some_agent()
RETURNS uuid LANGUAGE sql AS $$
    SELECT id FROM workflow_service.agents ORDER BY random() LIMIT 1
$$;

-- A view against its query, both ways: rows that differ.
CREATE FUNCTION pg_temp.view_diff(p_view regclass)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_def text := rtrim(pg_get_viewdef(p_view), ';');
    v_n bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM ((TABLE %s EXCEPT ALL (%s))'
                   ' UNION ALL ((%s) EXCEPT ALL TABLE %s)) d',
                   p_view, v_def, v_def, p_view) INTO v_n;
    RETURN v_n;
END
$$;

-- ATTACH back the Q4 partition, moving the Q4 actions that DEFAULT took
-- meanwhile into it.
CREATE TABLE pg_temp.moved (LIKE workflow_service.action_records);
CREATE PROCEDURE pg_temp.attach_q4() LANGUAGE plpgsql AS $$
BEGIN
    WITH m AS (DELETE FROM workflow_service.action_records_default
                WHERE action_date >= '2019-10-01'
                  AND action_date < '2020-01-01' RETURNING *)
    INSERT INTO pg_temp.moved SELECT * FROM m;
    ALTER TABLE workflow_service.action_records ATTACH PARTITION
        workflow_service.action_records_2019_q4
        FOR VALUES FROM ('2019-10-01') TO ('2020-01-01');
    INSERT INTO workflow_service.action_records SELECT * FROM pg_temp.moved;
    DELETE FROM pg_temp.moved;
END
$$;

CREATE TABLE pg_temp.rounds (round int, kind text, view_name regclass,
                             action text, diff bigint);

CREATE PROCEDURE pg_temp.play(p_rounds integer) LANGUAGE plpgsql AS $$
DECLARE
    v_kind text;
    v_detached boolean := false;
    v_r record;
BEGIN
    FOR i IN 1..p_rounds LOOP
        v_kind := (ARRAY['insert', 'insert', 'result', 'date', 'agent',
                         'customer', 'delete', 'partition', 'rollback',
                         'multi', 'truncate', 'detach', 'rename',
                         'deactivate', 'case', 'loan', 'customer_name',
                         'new_agent', 'nothing', 'insert', 'date'])
                  [1 + floor(random() * 21)::int];
        CASE v_kind
        WHEN 'insert' THEN
            INSERT INTO workflow_service.action_records
                (cif, loan_account_number, agent_id, type, subtype,
                 action_result, action_date, created_by, updated_by)
            SELECT * FROM pg_temp.new_actions(1 + floor(random() * 10)::int);
        WHEN 'result' THEN
            UPDATE workflow_service.action_records
               SET action_result = (ARRAY['PAYMENT_PROMISE', 'PAYMENT_RECEIVED', 'NO_ANSWER'])[1 + floor(random() * 3)::int]
             WHERE id IN (SELECT pg_temp.some_actions(3));
        WHEN 'date' THEN
            -- to another month, often another partition or DEFAULT
            UPDATE workflow_service.action_records
               SET action_date = timestamp '2019-01-01' + random() * interval '600 days'
             WHERE id IN (SELECT pg_temp.some_actions(3));
        WHEN 'agent' THEN
            UPDATE workflow_service.action_records
               SET agent_id = pg_temp.some_agent()
             WHERE id IN (SELECT pg_temp.some_actions(2));
        WHEN 'customer' THEN
            UPDATE workflow_service.action_records a
               SET cif = l.cif, loan_account_number = l.account_number
              FROM (SELECT account_number, cif FROM bank_sync_service.loans
                     ORDER BY random() LIMIT 1) l
             WHERE a.id IN (SELECT pg_temp.some_actions(2));
        WHEN 'delete' THEN
            DELETE FROM workflow_service.action_records
             WHERE id IN (SELECT pg_temp.some_actions(1 + floor(random() * 4)::int));
        WHEN 'partition' THEN
            INSERT INTO workflow_service.action_records_2019_q2
                (cif, loan_account_number, agent_id, type, subtype,
                 action_result, action_date, created_by, updated_by)
            SELECT cif, loan_account_number, agent_id, type, subtype,
                   action_result, timestamp '2019-04-01' + random() * interval '90 days',
                   created_by, updated_by
              FROM pg_temp.new_actions(3);
            UPDATE workflow_service.action_records_2019_q2
               SET action_result = 'PAYMENT_RECEIVED'
             WHERE id IN (SELECT id FROM workflow_service.action_records_2019_q2
                           ORDER BY random() LIMIT 2);
        WHEN 'rollback' THEN
            BEGIN
                INSERT INTO workflow_service.action_records
                    (cif, loan_account_number, agent_id, type, subtype,
                     action_result, action_date, created_by, updated_by)
                SELECT * FROM pg_temp.new_actions(5);
                UPDATE workflow_service.agents SET name = name || '!';
                DELETE FROM workflow_service.action_records
                 WHERE id IN (SELECT pg_temp.some_actions(3));
                RAISE EXCEPTION 'roll back';
            EXCEPTION WHEN raise_exception THEN
                NULL;
            END;
        WHEN 'multi' THEN
            -- several kinds in one transaction, a refresh in the middle
            INSERT INTO workflow_service.action_records
                (cif, loan_account_number, agent_id, type, subtype,
                 action_result, action_date, created_by, updated_by)
            SELECT * FROM pg_temp.new_actions(4);
            PERFORM crmdb.refresh_views();
            UPDATE workflow_service.action_records SET agent_id = pg_temp.some_agent()
             WHERE id IN (SELECT pg_temp.some_actions(2));
            UPDATE workflow_service.agents SET team = 'T' || floor(random() * 3)
             WHERE id = pg_temp.some_agent();
            DELETE FROM workflow_service.action_records
             WHERE id IN (SELECT pg_temp.some_actions(1));
        WHEN 'truncate' THEN
            IF random() < 0.3 THEN
                TRUNCATE workflow_service.action_records_2019_q3;
            END IF;
        WHEN 'detach' THEN
            IF v_detached THEN
                CALL pg_temp.attach_q4();
                v_detached := false;
            ELSE
                ALTER TABLE workflow_service.action_records DETACH PARTITION
                    workflow_service.action_records_2019_q4;
                UPDATE workflow_service.action_records_2019_q4
                   SET action_result = 'NO_ANSWER';
                v_detached := true;
            END IF;
        WHEN 'rename' THEN
            UPDATE workflow_service.agents SET name = 'Agent ' || floor(random() * 100)
             WHERE id = pg_temp.some_agent();
        WHEN 'deactivate' THEN
            UPDATE workflow_service.agents SET is_active = NOT is_active
             WHERE id = pg_temp.some_agent();
        WHEN 'case' THEN
            UPDATE workflow_service.customer_cases
               SET assigned_call_agent_id = pg_temp.some_agent(),
                   customer_status = (ARRAY['OPEN', 'PROMISED', 'CLOSED'])[1 + floor(random() * 3)::int]
             WHERE cif = 'C0' || (1 + floor(random() * 6));
        WHEN 'loan' THEN
            UPDATE bank_sync_service.loans
               SET outstanding = round((random() * 1000)::numeric, 2),
                   dpd = floor(random() * 90)
             WHERE account_number = 'L' || lpad((1 + floor(random() * 16))::text, 2, '0');
            IF random() < 0.3 THEN
                -- a loan moves to another customer
                UPDATE bank_sync_service.loans
                   SET cif = 'C0' || (1 + floor(random() * 8))
                 WHERE account_number = 'L' || lpad((1 + floor(random() * 16))::text, 2, '0');
            END IF;
        WHEN 'customer_name' THEN
            UPDATE bank_sync_service.customers
               SET name = 'Customer ' || floor(random() * 100),
                   segment = (ARRAY['RETAIL', 'SME'])[1 + floor(random() * 2)::int]
             WHERE cif = 'C0' || (1 + floor(random() * 8));
        WHEN 'new_agent' THEN
            -- an agent without actions; sometimes gone again
            IF EXISTS (SELECT FROM workflow_service.agents WHERE employee_id = 'E7') THEN
                DELETE FROM workflow_service.agents a WHERE employee_id = 'E7'
                   AND NOT EXISTS (SELECT FROM workflow_service.action_records r
                                    WHERE r.agent_id = a.id)
                   AND NOT EXISTS (SELECT FROM workflow_service.customer_cases c
                                    WHERE a.id IN (c.assigned_call_agent_id,
                                                   c.assigned_field_agent_id));
            ELSE
                INSERT INTO workflow_service.agents (employee_id, name, email, type, team)
                VALUES ('E7', 'Agent 7', 'a7@bank.test', 'AGENT', 'T1');
            END IF;
        ELSE
            NULL;
        END CASE;
        COMMIT;

        FOR v_r IN SELECT * FROM crmdb.refresh_views() LOOP
            INSERT INTO pg_temp.rounds
            VALUES (i, v_kind, v_r.view_name, v_r.action,
                    pg_temp.view_diff(v_r.view_name));
        END LOOP;
        COMMIT;
    END LOOP;
    IF v_detached THEN
        CALL pg_temp.attach_q4();
    END IF;
END
$$;

SELECT setseed(0.17);
SELECT count(*) FROM crmdb.refresh_views();
CALL pg_temp.play(300);

-- Every view matched its query after every round.
SELECT count(*) > 300 AS rounds, count(*) FILTER (WHERE diff <> 0) AS mismatches
  FROM pg_temp.rounds;
SELECT round, kind, view_name, action, diff FROM pg_temp.rounds
 WHERE diff <> 0 ORDER BY round, view_name LIMIT 10;
-- Both workflow views were refreshed incrementally, also after agent
-- changes, and in full after the changes rows cannot describe.
SELECT view_name,
       count(*) FILTER (WHERE action = 'refreshed_incremental') > 50 AS incremental,
       count(*) FILTER (WHERE action = 'refreshed_incremental'
                        AND kind IN ('rename', 'deactivate')) > 0 AS agent_changes,
       count(*) FILTER (WHERE action = 'refreshed_concurrently'
                        AND kind IN ('truncate', 'detach')) > 0 AS full_after_ddl
  FROM pg_temp.rounds
 WHERE view_name::text LIKE 'workflow_service.%'
 GROUP BY view_name ORDER BY view_name;
SELECT count(*) FROM crmdb.refresh_views();

-- agent_performance adds the deltas of the action entries to its groups
-- (actions, promises, payments received) and counts the customers whose
-- actions in the group came or went; the group without month is checked
-- when the agent's count changes.  A new agent, E9.
SELECT count(*) FILTER (WHERE detail LIKE '%of them with deltas%') > 20
         AS from_deltas
  FROM crmdb.maintenance_log
 WHERE object_name = 'workflow_service.agent_performance'
   AND action = 'refreshed_incremental';
INSERT INTO workflow_service.agents (employee_id, name, email, type, team)
VALUES ('E9', 'Agent 9', 'a9@bank.test', 'AGENT', 'T1');
SELECT count(*) FROM crmdb.refresh_views();
CREATE FUNCTION pg_temp.e9_view()
RETURNS TABLE (month integer, total_actions bigint, total_customers bigint,
               payment_promises bigint, payments_received bigint)
LANGUAGE sql AS $$
    SELECT v.month, v.total_actions, v.total_customers, v.payment_promises,
           v.payments_received
      FROM workflow_service.agent_performance v
      JOIN workflow_service.agents a ON a.id = v.agent_id
     WHERE a.employee_id = 'E9' ORDER BY v.year, v.month
$$;
CREATE FUNCTION pg_temp.ap_reason()
RETURNS text LANGUAGE sql AS $$
    SELECT regexp_replace(last_refresh_reason, '^.*; ', '') || ' / diff '
           || pg_temp.view_diff('workflow_service.agent_performance')
      FROM crmdb.view_status
     WHERE view_name = 'workflow_service.agent_performance'::regclass
$$;
SELECT * FROM pg_temp.e9_view();
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype,
     action_result, action_date, created_by, updated_by)
SELECT 'C01', 'L01', id, 'CALL', 'OUTBOUND', r, timestamp '2019-03-05 10:00' + d,
       't', 't'
  FROM workflow_service.agents,
       (VALUES ('PAYMENT_PROMISE', interval '0'),
               ('NO_ANSWER', interval '1 hour')) v(r, d)
 WHERE employee_id = 'E9';
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();
SELECT * FROM pg_temp.e9_view();
-- the result of one (one entry, no customer)
UPDATE workflow_service.action_records SET action_result = 'PAYMENT_RECEIVED'
 WHERE agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E9')
   AND action_result = 'NO_ANSWER';
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();
SELECT * FROM pg_temp.e9_view();
-- the customer of one: a second customer in the group
UPDATE workflow_service.action_records SET cif = 'C02', loan_account_number = 'L02'
 WHERE agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E9')
   AND action_result = 'PAYMENT_RECEIVED';
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();
SELECT * FROM pg_temp.e9_view();
-- a second later, same month: nothing to write
UPDATE workflow_service.action_records SET action_date = action_date + interval '1 second'
 WHERE agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E9');
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();
-- to April, one of them: a new group
UPDATE workflow_service.action_records SET action_date = '2019-04-02'
 WHERE agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E9')
   AND cif = 'C02';
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();
SELECT * FROM pg_temp.e9_view();
-- both gone: the row without month comes back
DELETE FROM workflow_service.action_records
 WHERE agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E9');
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();
SELECT * FROM pg_temp.e9_view();
-- A REFRESH crmdb did not run: the next refresh of that view is full,
-- customer_collection_status stays incremental.
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype,
     action_result, action_date, created_by, updated_by)
SELECT 'C03', 'L03', id, 'CALL', 'OUTBOUND', 'NO_ANSWER', '2019-05-05', 't', 't'
  FROM workflow_service.agents WHERE employee_id = 'E9';
REFRESH MATERIALIZED VIEW workflow_service.agent_performance;
SELECT view_name, action FROM crmdb.refresh_views()
 WHERE view_name::text LIKE 'workflow_service.%' ORDER BY view_name;
SELECT pg_temp.ap_reason();
DELETE FROM workflow_service.action_records
 WHERE agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E9');
SELECT count(*) FROM crmdb.refresh_views();
SELECT pg_temp.ap_reason();

-- customer_collection_status adds the deltas of action entries too: the
-- number of the customer's actions, and its latest action when a new one
-- is at least as late or the old ones were all earlier; otherwise, and
-- for a change of the customer, its case or a loan, the row is recomputed.
-- Customer C08, by agent E9.
CREATE FUNCTION pg_temp.c08()
RETURNS TABLE (total_actions bigint, last_action_date timestamp, reason text)
LANGUAGE sql AS $$
    SELECT v.total_actions, v.last_action_date,
           regexp_replace(s.last_refresh_reason, '^.*; ', '') || ' / diff '
           || pg_temp.view_diff('workflow_service.customer_collection_status')
      FROM workflow_service.customer_collection_status v,
           crmdb.view_status s
     WHERE v.cif = 'C08'
       AND s.view_name = 'workflow_service.customer_collection_status'::regclass
$$;
CREATE FUNCTION pg_temp.c08_act(p_result varchar, p_date timestamp)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO workflow_service.action_records
        (cif, loan_account_number, agent_id, type, subtype,
         action_result, action_date, created_by, updated_by)
    SELECT 'C08', 'L08', id, 'CALL', 'OUTBOUND', p_result, p_date, 'c08', 't'
      FROM workflow_service.agents WHERE employee_id = 'E9'
$$;
DELETE FROM workflow_service.action_records WHERE cif = 'C08';
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
SELECT pg_temp.c08_act('NO_ANSWER', '2019-06-01 10:00');
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
-- an earlier one: the latest stays
SELECT pg_temp.c08_act('PAYMENT_PROMISE', '2019-05-01 10:00');
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
-- the latest a second later: still the latest
UPDATE workflow_service.action_records SET action_date = action_date + interval '1 second'
 WHERE cif = 'C08' AND action_result = 'NO_ANSWER';
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
-- the latest gone: recomputed
DELETE FROM workflow_service.action_records
 WHERE cif = 'C08' AND action_result = 'NO_ANSWER';
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
-- the last one gone
DELETE FROM workflow_service.action_records WHERE cif = 'C08';
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
-- an action and the customer's name: recomputed
SELECT pg_temp.c08_act('NO_ANSWER', '2019-07-01 10:00');
UPDATE bank_sync_service.customers SET name = name || '.' WHERE cif = 'C08';
SELECT count(*) FROM crmdb.refresh_views();
SELECT * FROM pg_temp.c08();
DELETE FROM workflow_service.action_records WHERE cif = 'C08';
SELECT count(*) FROM crmdb.refresh_views();

-- An update of columns the views do not read queues nothing.
UPDATE workflow_service.action_records SET notes = 'x';
UPDATE workflow_service.agents SET phone = '1';
SELECT count(*) FROM crmdb.workflow_changes;

-- An update of an action's result keeps its customer and date: its
-- entries name the agent and month only, so customer_collection_status
-- has no customer to recompute.
UPDATE workflow_service.action_records
   SET action_result = CASE WHEN action_result = 'PAYMENT_PROMISE'
                            THEN 'PAYMENT_RECEIVED' ELSE 'PAYMENT_PROMISE' END
 WHERE id = (SELECT id FROM workflow_service.action_records ORDER BY id LIMIT 1);
SELECT count(*) AS entries, count(agent_id) AS with_agent,
       count(action_date) AS with_date, count(cif) AS with_customer
  FROM crmdb.workflow_changes;
SELECT view_name, action, rows <= 2 AS at_most_two_rows
  FROM crmdb.refresh_views(ARRAY['workflow_service.customer_collection_status',
                                 'workflow_service.agent_performance']::regclass[])
 ORDER BY view_name;
SELECT view_name, pg_temp.view_diff(view_name) FROM crmdb.view_status
 WHERE view_name::text LIKE 'workflow_service.%' ORDER BY view_name;
SELECT count(*) FROM crmdb.refresh_views();

-- A rename: one entry, whatever the number of groups of the agent; then
-- every group of the agent and its customers' rows are rewritten.
UPDATE workflow_service.agents SET name = 'Renamed' WHERE employee_id = 'E1';
SELECT count(*) FROM crmdb.workflow_changes;
SELECT view_name, pending_changes, oldest_pending_change IS NOT NULL AS has_oldest
  FROM crmdb.view_status WHERE view_name::text LIKE 'workflow_service.%'
 ORDER BY view_name;
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY view_name;
SELECT view_name, pending_changes, last_refresh_mode,
       last_refresh_reason LIKE '%changed groups%' AS counted,
       pg_temp.view_diff(view_name) AS diff
  FROM crmdb.view_status WHERE view_name::text LIKE 'workflow_service.%'
 ORDER BY view_name;

-- One action: at most two rows of agent_performance (its month, and the
-- agent's row without month) and one of customer_collection_status.
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype,
     action_result, action_date, created_by, updated_by)
SELECT * FROM pg_temp.new_actions(1);
SELECT view_name, action, rows <= 2 AS at_most_two_rows_written
  FROM crmdb.refresh_views() ORDER BY view_name;

-- Past the threshold: a full refresh, and why (an action of every agent
-- in each of 20 months, then given to agent E1: its entries name no
-- customer, so more than 100 groups of agent_performance are to be
-- recomputed rather than added to; 8 of customer_collection_status, which
-- never make a refresh full).  The actions themselves were added to the
-- groups from their deltas, which the threshold does not count.
SET crmdb.incremental_max_fraction = 0.0001;
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype,
     action_result, action_date, created_by, updated_by)
SELECT 'C01', 'L01', a.id, 'CALL', 'OUTBOUND', 'NO_ANSWER',
       timestamp '2019-01-15' + m * interval '1 month', 'threshold', 't'
  FROM workflow_service.agents a, generate_series(0, 19) m;
SELECT view_name, action FROM crmdb.refresh_views()
 WHERE view_name = 'workflow_service.agent_performance'::regclass;
UPDATE workflow_service.action_records
   SET agent_id = (SELECT id FROM workflow_service.agents WHERE employee_id = 'E1')
 WHERE created_by = 'threshold';
SELECT count(*) AS ap_rows FROM workflow_service.agent_performance \gset
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY view_name;
SELECT view_name, last_refresh_mode,
       last_refresh_reason LIKE '%exceed crmdb.incremental_max_fraction%' AS threshold
  FROM crmdb.view_status WHERE view_name::text LIKE 'workflow_service.%'
 ORDER BY view_name;
-- The threshold compares with the view's rows counted, not with the
-- planner's estimate (a guess from its size on disk after CONCURRENTLY).
SELECT last_refresh_reason LIKE '%of the view''s ' || :ap_rows || ' rows' AS counted
  FROM crmdb.view_status
 WHERE view_name = 'workflow_service.agent_performance'::regclass;
RESET crmdb.incremental_max_fraction;

-- Disabled capture on a partition: full refresh, and why.
ALTER TABLE workflow_service.action_records_2019_q1 DISABLE TRIGGER trg_action_records_capture;
SELECT count(*) FROM crmdb.refresh_views();
INSERT INTO workflow_service.action_records_2019_q1
    (cif, loan_account_number, agent_id, type, subtype,
     action_result, action_date, created_by, updated_by)
SELECT cif, loan_account_number, agent_id, type, subtype, action_result,
       '2019-02-02', created_by, updated_by
  FROM pg_temp.new_actions(2);
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY view_name;
SELECT view_name, last_refresh_reason
  FROM crmdb.view_status WHERE view_name::text LIKE 'workflow_service.%'
 ORDER BY view_name;
ALTER TABLE workflow_service.action_records_2019_q1 ENABLE TRIGGER trg_action_records_capture;
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY view_name;

-- A write with session_replication_role = replica: a full refresh.
SET session_replication_role = replica;
UPDATE bank_sync_service.loans SET dpd = dpd + 1;
RESET session_replication_role;
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY view_name;
SELECT view_name, pg_temp.view_diff(view_name) FROM crmdb.view_status
 WHERE view_name::text LIKE 'workflow_service.%' ORDER BY view_name;

-- A partition made later (as the partition rollover does) has the
-- capture triggers too.
CREATE TABLE workflow_service.action_records_2021_q1
    PARTITION OF workflow_service.action_records
    FOR VALUES FROM ('2021-01-01') TO ('2021-04-01');
SELECT count(*) FROM pg_trigger
 WHERE tgrelid = 'workflow_service.action_records_2021_q1'::regclass
   AND tgfoid = 'crmdb.capture_workflow_change()'::regprocedure;
SELECT count(*) FROM crmdb.refresh_views();
INSERT INTO workflow_service.action_records
    (cif, loan_account_number, agent_id, type, subtype,
     action_result, action_date, created_by, updated_by)
SELECT cif, loan_account_number, agent_id, type, subtype, action_result,
       '2021-02-02', created_by, updated_by
  FROM pg_temp.new_actions(2);
SELECT view_name, action FROM crmdb.refresh_views() ORDER BY view_name;
SELECT view_name, pg_temp.view_diff(view_name) FROM crmdb.view_status
 WHERE view_name::text LIKE 'workflow_service.%' ORDER BY view_name;

-- The log is emptied once both workflow views have applied it.
SELECT count(*) FROM crmdb.workflow_changes;

-- Leave the database as we found it, for the next test.
SET client_min_messages = warning;
DROP SCHEMA auth_service, bank_sync_service, payment_service, workflow_service CASCADE;
DROP EXTENSION crmdb, pg_trgm CASCADE;
DROP SCHEMA crmdb CASCADE;
RESET client_min_messages;
