/*-------------------------------------------------------------------------
 *
 * incremental_workflow.c
 *	  The queries of the incremental refresh of the workflow views,
 *	  workflow_service.agent_performance and customer_collection_status.
 *	  incremental.c runs them exactly as it runs those of the payment views
 *	  (same snapshot, ordering argument, threshold and write path), with
 *	  the log crmdb.workflow_changes (workflow_capture.c).
 *
 * agent_performance (group: agent, month, year).  An action entry names
 * the group of its agent and month, and the agent's group without month:
 * an active agent without actions has one row with NULL month and year,
 * which the agent's first action removes and its last one brings back.
 * An agent entry (rename, team, deactivation, insert, delete) names every
 * group of the agent: the view's own query is run for that agent.  A group
 * whose action entries all carry deltas (workflow_capture.c) is added to:
 * actions, promises and payments received by their sums, and
 * total_customers (count(DISTINCT cif), which no sum maintains) by the
 * customers whose number of actions in the group went from none to some
 * or back: for each customer whose count changed, the count now (one
 * lookup in idx_action_records_cif_action_date) against the count now
 * minus the change.  Any other group is recomputed whole from the action
 * records of the agent in the month: an index-only scan of
 * idx_action_records_agent_id_action_date (agent, date, including cif and
 * result) in the partitions of that month only.
 *
 * customer_collection_status (group: cif).  An entry names its customer;
 * an agent entry names every customer whose case assigns the agent as call
 * or field agent, found through the indexes of customer_cases when the
 * refresh runs (so that a rename appends one entry, not one per
 * customer).  A customer whose entries are all action entries with deltas
 * is added to: its number of actions by their sum, and its latest action
 * is the latest new image when that is at least as late as the view's,
 * and stays when every old image was earlier; otherwise (the latest
 * action changed or went, or the customer, its case or a loan changed)
 * the customer's row is recomputed from its case, agents, loans and
 * action records through their indexes on cif.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/refresh/incremental_workflow.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "refresh/refresh.h"

/* Entries of the log pending for the view, rows only */
#define WF_PENDING \
"  FROM crmdb.workflow_changes c" CRMDB_IVM_PENDING_WHERE \
"   AND c.full_reason IS NULL"

/* The start of month k.m of year k.y, and of the next one */
#define WF_MONTH_START "pg_catalog.make_timestamp(k.y, k.m, 1, 0, 0, 0)"
#define WF_MONTH_END WF_MONTH_START " + '1 month'::pg_catalog.interval"

/* Sources whose capture triggers are not both enabled */
#define WF_TRIGGERS_SQL(more) \
"SELECT t.relid::pg_catalog.regclass::pg_catalog.text" \
"  FROM (SELECT p.relid FROM pg_catalog.pg_partition_tree(" \
"          'workflow_service.action_records'::pg_catalog.regclass) p" \
"        UNION ALL SELECT 'workflow_service.agents'::pg_catalog.regclass" \
		more ") t" \
" WHERE (SELECT pg_catalog.count(*) FROM pg_catalog.pg_trigger g" \
"         WHERE g.tgrelid OPERATOR(pg_catalog.=) t.relid" \
"           AND g.tgfoid OPERATOR(pg_catalog.=)" \
"               'crmdb.capture_workflow_change()'::pg_catalog.regprocedure" \
"           AND g.tgenabled OPERATOR(pg_catalog.=) ANY (ARRAY['O', 'A']::\"char\"[]))" \
"       OPERATOR(pg_catalog.<>) 2" \
" LIMIT 1"

/* The columns of an agent_performance row, from agent a and actions ar */
#define AP_ROW(m, y) \
"    ROW(a.id, a.name, a.team, pg_catalog.count(ar.id)," \
"        pg_catalog.count(DISTINCT ar.cif)," \
"        pg_catalog.count(ar.id) FILTER (WHERE ar.action_result = 'PAYMENT_PROMISE')," \
"        pg_catalog.count(ar.id) FILTER (WHERE ar.action_result = 'PAYMENT_RECEIVED')," \
"        " m ", " y ")::workflow_service.agent_performance"

#define AP_MONTH "EXTRACT(MONTH FROM ar.action_date)::integer"
#define AP_YEAR "EXTRACT(YEAR FROM ar.action_date)::integer"

const CrmdbIvmView crmdb_ivm_workflow_views[2] = {
	{
		"agent_performance",
		"9167311e3f5c6d4ee0deb06b9d5e2c6d",
		/*
		 * $1-$3: groups to recompute: agent, month, year (NULL: the group
		 * without month); $4 agents whose every group is recomputed;
		 * $5-$10 groups added to: agent, month, year and the deltas of
		 * actions, promises and payments received; $11-$15 the customers
		 * of those groups whose number of actions in the group changed
		 * (agent, month, year, cif, change), whose count decides
		 * total_customers.  A group is added to when all its entries carry
		 * deltas, none may be in the view already (as for
		 * payment_method_analysis) and each names its customer, or changed
		 * no count (an update of the result only logs no customer).
		 */
		"WITH e AS (SELECT c.agent_id, c.action_date, c.cif, c.delta_count,"
		"                  c.delta_promises, c.delta_received,"
		"                  c.delta_count IS NOT NULL"
		"                  AND c.xid OPERATOR(pg_catalog.<>) $2::pg_catalog.xid8"
		"                  AND ($3::pg_catalog.pg_snapshot IS NULL"
		"                       OR NOT pg_catalog.pg_visible_in_snapshot(c.xid, $3::pg_catalog.pg_snapshot)) AS known"
		WF_PENDING
		"             AND c.agent_id IS NOT NULL),"
		" w AS (SELECT DISTINCT e.agent_id AS a FROM e"
		"        WHERE e.action_date IS NULL AND e.cif IS NULL),"
		" ec AS (SELECT e.agent_id AS a,"
		"               EXTRACT(MONTH FROM e.action_date)::integer AS m,"
		"               EXTRACT(YEAR FROM e.action_date)::integer AS y, e.cif,"
		"               pg_catalog.bool_and(e.known) AS known,"
		"               pg_catalog.sum(e.delta_count)::bigint AS n,"
		"               pg_catalog.sum(e.delta_promises)::bigint AS p,"
		"               pg_catalog.sum(e.delta_received)::bigint AS r"
		"          FROM e WHERE e.action_date IS NOT NULL"
		"           AND NOT EXISTS (SELECT FROM w WHERE w.a = e.agent_id)"
		"         GROUP BY 1, 2, 3, 4),"
		" g AS (SELECT ec.a, ec.m, ec.y,"
		"              pg_catalog.bool_and(ec.known AND (ec.cif IS NOT NULL OR ec.n = 0)) AS known,"
		"              pg_catalog.sum(ec.n)::bigint AS n,"
		"              pg_catalog.sum(ec.p)::bigint AS p,"
		"              pg_catalog.sum(ec.r)::bigint AS r,"
		"              pg_catalog.bool_or(ec.cif IS NOT NULL AND ec.n <> 0) AS probe"
		"         FROM ec GROUP BY 1, 2, 3),"
		/* the group without month changes only when the agent's count does */
		" kk AS (SELECT g.a, g.m, g.y FROM g WHERE NOT g.known"
		"        UNION"
		"        SELECT g.a, NULL::integer, NULL::integer FROM g"
		"         WHERE NOT g.known OR g.n <> 0),"
		" d AS (SELECT g.a, g.m, g.y, g.n, g.p, g.r FROM g"
		"        WHERE g.known AND (g.n <> 0 OR g.p <> 0 OR g.r <> 0 OR g.probe)),"
		" pr AS (SELECT ec.a, ec.m, ec.y, ec.cif, ec.n FROM ec"
		"          JOIN g ON g.a = ec.a AND g.m = ec.m AND g.y = ec.y"
		"         WHERE g.known AND ec.cif IS NOT NULL AND ec.n <> 0)"
		"SELECT k1.a, k1.m, k1.y,"
		"       (SELECT COALESCE(pg_catalog.array_agg(w.a), '{}') FROM w),"
		"       d1.a, d1.m, d1.y, d1.n, d1.p, d1.r,"
		"       p1.a, p1.m, p1.y, p1.c, p1.n"
		"  FROM (SELECT COALESCE(pg_catalog.array_agg(kk.a), '{}') AS a,"
		"               COALESCE(pg_catalog.array_agg(kk.m), '{}') AS m,"
		"               COALESCE(pg_catalog.array_agg(kk.y), '{}') AS y FROM kk) k1,"
		"       (SELECT COALESCE(pg_catalog.array_agg(d.a), '{}') AS a,"
		"               COALESCE(pg_catalog.array_agg(d.m), '{}') AS m,"
		"               COALESCE(pg_catalog.array_agg(d.y), '{}') AS y,"
		"               COALESCE(pg_catalog.array_agg(d.n), '{}') AS n,"
		"               COALESCE(pg_catalog.array_agg(d.p), '{}') AS p,"
		"               COALESCE(pg_catalog.array_agg(d.r), '{}') AS r FROM d) d1,"
		"       (SELECT COALESCE(pg_catalog.array_agg(pr.a), '{}') AS a,"
		"               COALESCE(pg_catalog.array_agg(pr.m), '{}') AS m,"
		"               COALESCE(pg_catalog.array_agg(pr.y), '{}') AS y,"
		"               COALESCE(pg_catalog.array_agg(pr.cif), '{}') AS c,"
		"               COALESCE(pg_catalog.array_agg(pr.n), '{}') AS n FROM pr) p1",
		/*
		 * The groups added to: total_customers changes by the customers
		 * whose count of actions in the group went from 0 to more or back
		 * (the count now, and before it: now minus the change), through
		 * the index on cif and date
		 */
		"WITH pr AS (SELECT p.a, p.m, p.y,"
		"              pg_catalog.sum((x.after > 0)::integer"
		"                             - ((x.after - p.n) > 0)::integer)::bigint AS c"
		"         FROM ROWS FROM (pg_catalog.unnest($11), pg_catalog.unnest($12), pg_catalog.unnest($13),"
		"                         pg_catalog.unnest($14), pg_catalog.unnest($15)) AS p(a, m, y, cif, n)"
		"         CROSS JOIN LATERAL ("
		"           SELECT pg_catalog.count(*) AS after"
		"             FROM workflow_service.action_records ar"
		"            WHERE ar.cif = p.cif AND ar.agent_id = p.a"
		"              AND ar.action_date >= pg_catalog.make_timestamp(p.y, p.m, 1, 0, 0, 0)"
		"              AND ar.action_date < pg_catalog.make_timestamp(p.y, p.m, 1, 0, 0, 0)"
		"                                   + '1 month'::pg_catalog.interval) x"
		"        GROUP BY 1, 2, 3),"
		" d AS (SELECT d.a, d.m, d.y, d.n, d.p, d.r, COALESCE(pr.c, 0) AS c"
		"         FROM ROWS FROM (pg_catalog.unnest($5), pg_catalog.unnest($6), pg_catalog.unnest($7),"
		"                         pg_catalog.unnest($8), pg_catalog.unnest($9), pg_catalog.unnest($10))"
		"              AS d(a, m, y, n, p, r)"
		"         LEFT JOIN pr ON pr.a = d.a AND pr.m = d.m AND pr.y = d.y),"
		/* an inactive agent has no rows */
		" dv AS (SELECT d.a, d.m, d.y, v.ctid AS tid, ag.name, ag.team,"
		"               COALESCE(v.total_actions, 0) + d.n AS t,"
		"               COALESCE(v.total_customers, 0) + d.c AS c,"
		"               COALESCE(v.payment_promises, 0) + d.p AS p,"
		"               COALESCE(v.payments_received, 0) + d.r AS r"
		"          FROM d JOIN workflow_service.agents ag ON ag.id = d.a AND ag.is_active"
		"          LEFT JOIN workflow_service.agent_performance v"
		"            ON v.agent_id = d.a AND v.month = d.m AND v.year = d.y"
		"         WHERE d.n <> 0 OR d.p <> 0 OR d.r <> 0 OR d.c <> 0),"
		/* counts that cannot be (a row the view lacked): recomputed */
		" bad AS (SELECT dv.a, dv.m, dv.y FROM dv"
		"          WHERE dv.t < 0 OR dv.c < 0 OR dv.p < 0 OR dv.r < 0"
		"             OR dv.p + dv.r > dv.t OR dv.c > dv.t OR (dv.t = 0) <> (dv.c = 0)"
		"             OR (dv.t = 0 AND (dv.p <> 0 OR dv.r <> 0))),"
		" k AS (SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3)) AS k(a, m, y)"
		"       UNION SELECT bad.a, bad.m, bad.y FROM bad"
		"       UNION SELECT bad.a, NULL::integer, NULL::integer FROM bad),"
		" w AS (SELECT pg_catalog.unnest($4) AS a),"
		" n AS ("
		"  SELECT a.id AS a, k.m, k.y,"
		"    ROW(a.id, a.name, a.team, s.t, s.c, s.p, s.r, k.m, k.y)"
		"      ::workflow_service.agent_performance AS r"
		"    FROM k JOIN workflow_service.agents a ON a.id = k.a AND a.is_active"
		/* LATERAL: the month's bounds prune the partitions per group */
		"    CROSS JOIN LATERAL ("
		/* count(*): ar.id is never NULL, and the index covers the rest */
		"      SELECT pg_catalog.count(*) AS t,"
		"             pg_catalog.count(DISTINCT ar.cif) AS c,"
		"             pg_catalog.count(*) FILTER (WHERE ar.action_result = 'PAYMENT_PROMISE') AS p,"
		"             pg_catalog.count(*) FILTER (WHERE ar.action_result = 'PAYMENT_RECEIVED') AS r"
		"        FROM workflow_service.action_records ar"
		"       WHERE ar.agent_id = k.a"
		"         AND ar.action_date >= " WF_MONTH_START
		"         AND ar.action_date < " WF_MONTH_END ") s"
		"   WHERE k.m IS NOT NULL AND s.t > 0"
		"  UNION ALL"
		"  SELECT a.id, NULL, NULL,"
		"    ROW(a.id, a.name, a.team, 0, 0, 0, 0, NULL, NULL)::workflow_service.agent_performance"
		"    FROM k JOIN workflow_service.agents a ON a.id = k.a AND a.is_active"
		"   WHERE k.m IS NULL"
		"     AND NOT EXISTS (SELECT FROM workflow_service.action_records ar"
		"                      WHERE ar.agent_id = a.id)"
		"  UNION ALL"
		"  SELECT a.id, " AP_MONTH ", " AP_YEAR "," AP_ROW(AP_MONTH, AP_YEAR)
		"    FROM w JOIN workflow_service.agents a ON a.id = w.a"
		"    LEFT JOIN workflow_service.action_records ar ON ar.agent_id = a.id"
		"   WHERE a.is_active"
		"   GROUP BY a.id, a.name, a.team, " AP_MONTH ", " AP_YEAR "),"
		" o AS ("
		"  SELECT v.agent_id AS a, v.month AS m, v.year AS y, v.ctid AS tid, v AS r"
		"    FROM workflow_service.agent_performance v"
		"    JOIN k ON v.agent_id = k.a AND v.month = k.m AND v.year = k.y"
		"  UNION ALL"
		"  SELECT v.agent_id, v.month, v.year, v.ctid, v"
		"    FROM workflow_service.agent_performance v"
		"    JOIN k ON v.agent_id = k.a AND v.month IS NULL AND v.year IS NULL"
		"   WHERE k.m IS NULL"
		"  UNION ALL"
		"  SELECT v.agent_id, v.month, v.year, v.ctid, v"
		"    FROM workflow_service.agent_performance v"
		"   WHERE v.agent_id = ANY ($4))"
		"SELECT o.tid, n.r FROM n FULL JOIN o"
		"    ON n.a = o.a AND COALESCE(n.m, 0) = COALESCE(o.m, 0)"
		"   AND COALESCE(n.y, 0) = COALESCE(o.y, 0)"
		" WHERE n.a IS NULL OR o.tid IS NULL"
		"    OR NOT (n.r OPERATOR(pg_catalog.*=) o.r)"
		" UNION ALL "
		"SELECT dv.tid,"
		"    CASE WHEN dv.t > 0 THEN"
		"    ROW(dv.a, dv.name, dv.team, dv.t, dv.c, dv.p, dv.r, dv.m, dv.y)"
		"      ::workflow_service.agent_performance END"
		"  FROM dv"
		" WHERE NOT EXISTS (SELECT FROM bad"
		"                    WHERE bad.a = dv.a AND bad.m = dv.m AND bad.y = dv.y)",
		"workflow_service", "workflow_changes",
		WF_TRIGGERS_SQL(""),
		/* per group, the agent's actions in the month's partition */
		true,
		/*
		 * a group is an index-only range of one agent's month: at large
		 * (shared machine), 1,291 changed groups of the 10,347 rows took
		 * 0.66 s, and 7,336 (1% of the actions changed) 8.3 s, against
		 * 16.5 s for REFRESH CONCURRENTLY: full only past the view's size
		 */
		10.0, 4, 6, true
	},
	{
		"customer_collection_status",
		"1716f1dfea5281a8c2369ce5cd44fd67",
		/*
		 * $1 customers to recompute; $2 agents, whose customers are found
		 * here; $3-$6 customers added to: cif, change of the number of
		 * actions, latest date of the new images, latest date of the old
		 * ones.  A customer is added to when all its entries are action
		 * entries with deltas that cannot be in the view already (as for
		 * agent_performance); a customer, case or loan entry has none.
		 */
		"WITH e AS (SELECT c.agent_id, c.action_date, c.cif, c.delta_count,"
		"                  c.delta_count IS NOT NULL"
		"                  AND c.xid OPERATOR(pg_catalog.<>) $2::pg_catalog.xid8"
		"                  AND ($3::pg_catalog.pg_snapshot IS NULL"
		"                       OR NOT pg_catalog.pg_visible_in_snapshot(c.xid, $3::pg_catalog.pg_snapshot)) AS known"
		WF_PENDING "),"
		" cu AS (SELECT e.cif,"
		"               pg_catalog.bool_and(e.known AND e.delta_count IN (-1, 1)) AS known,"
		"               pg_catalog.sum(e.delta_count)::bigint AS n,"
		"               pg_catalog.max(e.action_date) FILTER (WHERE e.delta_count = 1) AS a,"
		"               pg_catalog.max(e.action_date) FILTER (WHERE e.delta_count = -1) AS r"
		"          FROM e WHERE e.cif IS NOT NULL GROUP BY e.cif)"
		"SELECT COALESCE((SELECT pg_catalog.array_agg(cu.cif) FROM cu WHERE NOT cu.known), '{}'),"
		"       COALESCE((SELECT pg_catalog.array_agg(DISTINCT e.agent_id) FROM e"
		"                  WHERE e.cif IS NULL AND e.action_date IS NULL"
		"                    AND e.agent_id IS NOT NULL), '{}'),"
		"       d.c, d.n, d.a, d.r"
		"  FROM (SELECT COALESCE(pg_catalog.array_agg(cu.cif), '{}') AS c,"
		"               COALESCE(pg_catalog.array_agg(cu.n), '{}') AS n,"
		"               COALESCE(pg_catalog.array_agg(cu.a), '{}') AS a,"
		"               COALESCE(pg_catalog.array_agg(cu.r), '{}') AS r"
		"          FROM cu WHERE cu.known) d",
		"WITH k0 AS (SELECT pg_catalog.unnest($1) AS c"
		"  UNION SELECT cc.cif FROM workflow_service.customer_cases cc"
		"         WHERE cc.assigned_call_agent_id = ANY ($2)"
		"  UNION SELECT cc.cif FROM workflow_service.customer_cases cc"
		"         WHERE cc.assigned_field_agent_id = ANY ($2)),"
		/* the customers added to, but those an agent's change recomputes */
		" d AS (SELECT * FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4),"
		"                                pg_catalog.unnest($5), pg_catalog.unnest($6)) AS d(c, n, a, r)"
		"        WHERE NOT EXISTS (SELECT FROM k0 WHERE k0.c = d.c)),"
		/*
		 * the latest action: a new image at least as late as the view's
		 * is the latest; old images all earlier leave it; otherwise (the
		 * latest one changed or went) the customer is recomputed
		 */
		" dv AS (SELECT d.c, v.ctid AS tid,"
		"          v.total_actions AS t0, v.last_action_date AS l0,"
		"          v.total_actions + d.n AS t,"
		"          CASE WHEN v.total_actions + d.n = 0 THEN NULL"
		"               WHEN d.a IS NOT NULL AND (v.last_action_date IS NULL OR d.a >= v.last_action_date)"
		"                 THEN d.a"
		"               ELSE v.last_action_date END AS l,"
		"          (v.total_actions + d.n = 0"
		"           OR (d.a IS NOT NULL AND (v.last_action_date IS NULL OR d.a >= v.last_action_date))"
		"           OR d.r IS NULL OR d.r < v.last_action_date) AS ok"
		"          FROM d LEFT JOIN workflow_service.customer_collection_status v ON v.cif = d.c),"
		/* a row the view lacks, a latest action that changed or went */
		" bad AS (SELECT dv.c FROM dv"
		"          WHERE dv.tid IS NULL OR dv.ok IS NOT TRUE OR dv.t < 0"
		"             OR (dv.t > 0 AND dv.l IS NULL)),"
		" k AS (SELECT k0.c FROM k0 UNION SELECT bad.c FROM bad),"
		" n AS ("
		"  SELECT c.cif AS c,"
		"    ROW(c.cif, c.name, c.company_name, c.segment,"
		"        cc.customer_status, cc.collateral_status,"
		"        cc.processing_state_status, cc.lending_violation_status,"
		"        cc.recovery_ability_status,"
		"        call_agent.name, field_agent.name,"
		"        COALESCE(l.total_loans, 0), COALESCE(l.total_outstanding, 0.00),"
		"        COALESCE(l.total_due_amount, 0.00), COALESCE(l.max_dpd, 0),"
		"        COALESCE(ar.total_actions, 0), ar.last_action_date"
		"    )::workflow_service.customer_collection_status AS r"
		"    FROM k JOIN bank_sync_service.customers c ON c.cif = k.c"
		"    LEFT JOIN workflow_service.customer_cases cc ON cc.cif = c.cif"
		"    LEFT JOIN workflow_service.agents call_agent"
		"      ON call_agent.id = cc.assigned_call_agent_id"
		"    LEFT JOIN workflow_service.agents field_agent"
		"      ON field_agent.id = cc.assigned_field_agent_id"
		"    LEFT JOIN LATERAL ("
		"      SELECT pg_catalog.count(*) AS total_loans,"
		"             pg_catalog.sum(lo.outstanding) AS total_outstanding,"
		"             pg_catalog.sum(lo.due_amount) AS total_due_amount,"
		"             pg_catalog.max(lo.dpd) AS max_dpd"
		"        FROM bank_sync_service.loans lo WHERE lo.cif = c.cif) l ON true"
		"    LEFT JOIN LATERAL ("
		"      SELECT pg_catalog.count(*) AS total_actions,"
		"             pg_catalog.max(act.action_date) AS last_action_date"
		"        FROM workflow_service.action_records act"
		"       WHERE act.cif = c.cif) ar ON true),"
		" o AS ("
		"  SELECT v.cif AS c, v.ctid AS tid, v AS r"
		"    FROM workflow_service.customer_collection_status v"
		"    JOIN k ON v.cif = k.c)"
		"SELECT o.tid, n.r FROM n FULL JOIN o ON n.c = o.c"
		" WHERE n.c IS NULL OR o.tid IS NULL"
		"    OR NOT (n.r OPERATOR(pg_catalog.*=) o.r)"
		" UNION ALL "
		/* the rows that change, the others' columns as they are */
		"SELECT dv.tid,"
		"    ROW(v.cif, v.name, v.company_name, v.segment,"
		"        v.customer_status, v.collateral_status,"
		"        v.processing_state_status, v.lending_violation_status,"
		"        v.recovery_ability_status, v.call_agent_name,"
		"        v.field_agent_name, v.total_loans,"
		"        v.total_outstanding, v.total_due_amount,"
		"        v.max_dpd, dv.t, dv.l"
		"    )::workflow_service.customer_collection_status"
		"  FROM dv JOIN workflow_service.customer_collection_status v ON v.cif = dv.c"
		" WHERE dv.tid IS NOT NULL AND dv.ok AND dv.t >= 0"
		"   AND NOT (dv.t > 0 AND dv.l IS NULL)"
		"   AND (dv.t <> dv.t0 OR dv.l IS DISTINCT FROM dv.l0)",
		"workflow_service", "workflow_changes",
		WF_TRIGGERS_SQL(
			"        UNION ALL SELECT 'workflow_service.customer_cases'::pg_catalog.regclass"
			"        UNION ALL SELECT 'bank_sync_service.customers'::pg_catalog.regclass"
			"        UNION ALL SELECT 'bank_sync_service.loans'::pg_catalog.regclass"),
		/* per customer, its case, agents, loans and actions */
		true, 1.0, 2, 4, true
	}
};
