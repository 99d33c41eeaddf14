/*
 * crmdb/sample/generate.sql: sample data for demos, tests and benchmarks
 *
 *   psql -v scale=small -v seed=42 -f sample/generate.sql DBNAME
 *
 * Loads a realistic, clean collection book into a database where
 * "CREATE EXTENSION crmdb; SELECT crmdb.install();" has run and the service
 * tables are still empty.  Never part of crmdb.install(): a bank's database
 * gets no sample rows.
 *
 * Variables (psql -v name=value):
 *   scale      small (1,000 customers, default), medium (10,000),
 *              large (100,000), xlarge (1,000,000)
 *   customers  an exact number of customers instead of a scale
 *   seed       any integer (default 42); the same seed, customers and anchor
 *              give the same rows, ids included
 *   anchor     a date (default: the first day of the current quarter); all
 *              dated rows lie in the two years before it
 *   fk_checks  set (default for a superuser): foreign keys are checked by one
 *              query each after the load, the payment references registered
 *              by one statement, and the indexes built after the load from
 *              their own definitions; row (default otherwise): foreign keys,
 *              registry and indexes kept up row by row, slower
 *   index_times  set it (-v index_times=1) to list the index builds of
 *              fk_checks=set, slowest first, after the summary
 *
 * Per customer: 3 loans, 2 phones, 1 email, 1 address, 1 reference
 * customer, 1 customer case, 1 to 3 case actions and an SCD type 2
 * history of two agent assignments; collateral for about 30% of the loans,
 * due segmentations for the overdue ones, 8 to 12 payments (10 on average)
 * and 3 to 7 agent actions (5 on average) per loan.  One agent per 200
 * customers (at least 10), a user account for each agent, roles,
 * permissions and sessions.
 *
 * How: every value is a function of (seed, row number) through
 * hashint8extended(), never of random() or of the order rows are produced
 * in; every table is filled by INSERT ... SELECT over generate_series or
 * over temporary tables of per-customer and per-loan facts.  Payments and
 * actions go in chunks of 25,000 customers so that no statement queues
 * tens of millions of trigger events.  Everything happens in one
 * transaction: a failure leaves the database as it was.
 *
 * The data passes every rule of crmdb.validate(): valid phones and e-mail
 * addresses, exactly one primary phone, e-mail and address per customer,
 * verified rows with a verification date, consistent loan states and
 * dates, payments and actions booked to their loan's customer in the
 * loan's currency and never in the future, visit coordinates in pairs,
 * non-overlapping half-open assignment periods, cases matching the
 * current assignment, and no row in a DEFAULT partition: the partitions of
 * the two years before the anchor are created first
 * (crmdb.create_partitions() when it exists, quarterly partitions
 * otherwise) and checked to cover every day.
 */

\set ON_ERROR_STOP on
\set QUIET on
\pset tuples_only on
\pset format unaligned

-- Session settings: before anything touches a temporary table.
SET temp_buffers = '1GB';
SET work_mem = '512MB';
SET maintenance_work_mem = '512MB';
SET plan_cache_mode = force_custom_plan;
SET synchronous_commit = off;
-- No JIT: the compilation of the large INSERT ... SELECTs costs seconds
-- per statement (per chunk of payments and actions) and saves less.
SET jit = off;
-- No Memoize: the lateral subqueries of per-row values are never called
-- twice with the same row number, and caching each result costs more than
-- computing it (most of the time of the loans).
SET enable_memoize = off;
SET client_min_messages = warning;
SET search_path = pg_catalog, pg_temp;

\if :{?scale}
\else
\set scale small
\endif
\if :{?seed}
\else
\set seed 42
\endif
\if :{?anchor}
\else
\set anchor ''
\endif
\if :{?customers}
\else
\set customers ''
\endif
\if :{?fk_checks}
\else
\set fk_checks ''
\endif

BEGIN;

SELECT pg_catalog.clock_timestamp() AS t_start \gset

/* ------------------------------------------------------------------------
 * Helpers (temporary: they disappear with the session)
 * ------------------------------------------------------------------------
 */

-- Raise an error with a proper SQLSTATE; typed int so it fits a CASE.
CREATE FUNCTION pg_temp.sample_fail(p_sqlstate text, p_message text, p_hint text)
RETURNS int LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION USING ERRCODE = p_sqlstate, MESSAGE = p_message, HINT = p_hint;
END
$$;

-- A uniform number in [0, 1) from a row key, a stream number and the seed.
CREATE FUNCTION pg_temp.u(p_key bigint, p_stream int, p_seed bigint)
RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT (pg_catalog.hashint8extended(p_key, p_seed * 1000 + p_stream)
			OPERATOR(pg_catalog.&) 9007199254740991)::float8 / 9007199254740992.0
$$;

-- A version-4-shaped UUID from a row key, a table number and the seed.
CREATE FUNCTION pg_temp.uid(p_key bigint, p_table int, p_seed bigint)
RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT pg_catalog.encode(
		pg_catalog.int8send((pg_catalog.hashint8extended(p_key, p_seed * 1000 + 500 + p_table)
							 OPERATOR(pg_catalog.&) (-61441)::bigint)
							OPERATOR(pg_catalog.|) 16384::bigint)
		OPERATOR(pg_catalog.||)
		pg_catalog.int8send((pg_catalog.hashint8extended(p_key, p_seed * 1000 + 700 + p_table)
							 OPERATOR(pg_catalog.&) 4611686018427387903::bigint)
							OPERATOR(pg_catalog.|) (-9223372036854775808)::bigint),
		'hex')::uuid
$$;

-- A permutation of 0 .. p_mod-1 (p_mod a power of ten): unique numbers that
-- do not look sequential.
CREATE FUNCTION pg_temp.scramble(p_x bigint, p_mod bigint, p_seed bigint)
RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ((p_x * 2654435761 + p_seed) % p_mod + p_mod) % p_mod
$$;

-- Vietnamese text without diacritics, lower case (for e-mail addresses
-- and user names; independent of the database's locale).
CREATE FUNCTION pg_temp.ascii(p_text text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT pg_catalog.lower(pg_catalog.translate(p_text,
		'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
		'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ ',
		'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'
		'AAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD'))
$$;

-- Dictionaries.  Family names with their frequencies in Viet Nam.
CREATE FUNCTION pg_temp.family_name(p_u float8)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ('{Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Trương,Mai,Đào}'::text[])
		[pg_catalog.width_bucket(p_u, '{0,.38,.49,.585,.655,.685,.705,.75,.77,.79,.811,.831,.845,.858,.871,.881,.886,.916,.946,.973}'::float8[])]
$$;

CREATE FUNCTION pg_temp.middle_name(p_u float8, p_female boolean)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE WHEN p_female
		THEN ('{Thị,Thị,Thị,Thị,Thị,Ngọc,Thu,Thanh,Minh,Hồng,Kim,Phương,Bảo,Mỹ}'::text[])[1 + (p_u * 14)::int % 14]
		ELSE ('{Văn,Văn,Văn,Văn,Đức,Minh,Quang,Hữu,Công,Thành,Xuân,Đình,Ngọc,Trọng}'::text[])[1 + (p_u * 14)::int % 14]
	END
$$;

CREATE FUNCTION pg_temp.given_name(p_u float8, p_female boolean)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT CASE WHEN p_female
		THEN ('{Anh,Bích,Châu,Chi,Diệp,Dung,Giang,Hà,Hạnh,Hằng,Hiền,Hoa,Hồng,Huệ,Hương,Lan,Liên,Linh,Loan,Mai,'
			  'My,Nga,Ngân,Ngọc,Nhung,Oanh,Phương,Quyên,Quỳnh,Tâm,Thảo,Thanh,Thu,Thủy,Trang,Trinh,Tuyết,Uyên,Vân,Yến}'::text[])
			 [1 + (p_u * 40)::int % 40]
		ELSE ('{An,Bình,Cường,Dũng,Duy,Đạt,Hải,Hiếu,Hòa,Hoàng,Hùng,Huy,Khang,Khánh,Khoa,Kiên,Long,Lâm,Minh,Nam,'
			  'Nghĩa,Phong,Phúc,Quân,Quang,Sơn,Tài,Tâm,Thắng,Thành,Thịnh,Tiến,Toàn,Trung,Tuấn,Tùng,Việt,Vinh,Vũ,Hưng}'::text[])
			 [1 + (p_u * 40)::int % 40]
	END
$$;

CREATE FUNCTION pg_temp.trade_name(p_u float8)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ('{Hoàng Long,Minh Phát,Thành Công,An Phú,Đại Việt,Sao Mai,Phú Thịnh,Hưng Thịnh,Tân Tiến,Việt Á,'
			'Bình Minh,Kim Long,Hòa Bình,Trường An,Nam Việt,Đông Á,Phương Nam,Thiên Ân,Gia Phát,Hải Đăng}'::text[])
		[1 + (p_u * 20)::int % 20]
$$;

CREATE FUNCTION pg_temp.company_name(p_u1 float8, p_u2 float8, p_u3 float8)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ('{Công ty TNHH,Công ty TNHH,Công ty Cổ phần,Công ty Cổ phần,Doanh nghiệp tư nhân}'::text[])[1 + (p_u1 * 5)::int % 5]
		|| ' '
		|| ('{Thương mại,Xây dựng,Dịch vụ,Vận tải,Sản xuất,Đầu tư,Công nghệ,Thực phẩm,Nông sản,Du lịch,Thiết bị,Nội thất}'::text[])
			[1 + (p_u2 * 12)::int % 12]
		|| ' '
		|| pg_temp.trade_name(p_u3)
$$;

CREATE FUNCTION pg_temp.street(p_u float8)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ('{Lê Lợi,Trần Hưng Đạo,Nguyễn Huệ,Hai Bà Trưng,Lý Thường Kiệt,Điện Biên Phủ,Nguyễn Trãi,Lê Duẩn,'
			'Phan Chu Trinh,Hoàng Diệu,Quang Trung,Nguyễn Văn Cừ,Cách Mạng Tháng Tám,Võ Văn Tần,Pasteur,'
			'Nam Kỳ Khởi Nghĩa,Trường Chinh,Láng Hạ,Kim Mã,Xuân Thủy,Lê Văn Sỹ,Nguyễn Thị Minh Khai,Bạch Đằng,Hùng Vương}'::text[])
		[1 + (p_u * 24)::int % 24]
$$;

-- Mobile prefixes of Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile.
CREATE FUNCTION pg_temp.mobile_prefix(p_u float8)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	SELECT ('{032,033,034,035,036,037,038,039,086,096,097,098,081,082,083,084,085,088,091,094,'
			'070,076,077,078,079,089,090,093,056,058,092,059}'::text[])
		[1 + (p_u * 32)::int % 32]
$$;

-- Regions: where customers live, with a centre for visit coordinates, the
-- fixed-line area code and the province code of the citizen ID number.
CREATE TEMP TABLE s_region (
	rid			int PRIMARY KEY,
	city		text NOT NULL,
	state		text NOT NULL,
	districts	text[] NOT NULL,
	lat			float8 NOT NULL,
	lon			float8 NOT NULL,
	area_code	text NOT NULL,
	province	text NOT NULL,
	plate		text NOT NULL
);
INSERT INTO s_region VALUES
 (1, 'Hà Nội', 'Hà Nội', '{Quận Ba Đình,Quận Hoàn Kiếm,Quận Đống Đa,Quận Cầu Giấy,Quận Hai Bà Trưng,Quận Thanh Xuân,Quận Hoàng Mai,Quận Long Biên,Quận Tây Hồ,Quận Hà Đông}', 21.0285, 105.8542, '024', '001', '30'),
 (2, 'TP. Hồ Chí Minh', 'Hồ Chí Minh', '{Quận 1,Quận 3,Quận 5,Quận 7,Quận 10,Quận Bình Thạnh,Quận Gò Vấp,Quận Phú Nhuận,Quận Tân Bình,TP. Thủ Đức}', 10.7769, 106.7009, '028', '079', '51'),
 (3, 'Đà Nẵng', 'Đà Nẵng', '{Quận Hải Châu,Quận Thanh Khê,Quận Sơn Trà,Quận Ngũ Hành Sơn,Quận Liên Chiểu,Quận Cẩm Lệ}', 16.0544, 108.2022, '0236', '048', '43'),
 (4, 'Hải Phòng', 'Hải Phòng', '{Quận Hồng Bàng,Quận Lê Chân,Quận Ngô Quyền,Quận Kiến An,Quận Hải An}', 20.8449, 106.6881, '0225', '031', '15'),
 (5, 'Cần Thơ', 'Cần Thơ', '{Quận Ninh Kiều,Quận Bình Thủy,Quận Cái Răng,Quận Ô Môn}', 10.0452, 105.7469, '0292', '092', '65'),
 (6, 'Thủ Dầu Một', 'Bình Dương', '{TP. Thủ Dầu Một,TP. Dĩ An,TP. Thuận An}', 10.9804, 106.6519, '0274', '074', '61'),
 (7, 'Biên Hòa', 'Đồng Nai', '{TP. Biên Hòa,TP. Long Khánh,Huyện Trảng Bom}', 10.9574, 106.8426, '0251', '075', '60'),
 (8, 'Nha Trang', 'Khánh Hòa', '{TP. Nha Trang,TP. Cam Ranh,Huyện Diên Khánh}', 12.2388, 109.1967, '0258', '056', '79'),
 (9, 'Vinh', 'Nghệ An', '{TP. Vinh,Thị xã Cửa Lò,Huyện Nghi Lộc}', 18.6796, 105.6813, '0238', '040', '37'),
 (10, 'Huế', 'Thừa Thiên Huế', '{TP. Huế,Thị xã Hương Thủy,Huyện Phú Vang}', 16.4637, 107.5909, '0234', '046', '75');

/* ------------------------------------------------------------------------
 * Parameters and prerequisites
 * ------------------------------------------------------------------------
 */
-- Parameters are checked in a function: a cast of a bad literal in a CASE
-- would fail before the CASE could explain.
CREATE FUNCTION pg_temp.params(p_scale text, p_customers text, p_seed text, p_anchor text, p_fk_checks text,
							   OUT n int, OUT seed bigint, OUT anchor date, OUT fk_checks text)
LANGUAGE plpgsql AS $$
BEGIN
	IF p_customers <> '' THEN
		IF p_customers !~ '^[1-9][0-9]{0,7}$' THEN
			PERFORM pg_temp.sample_fail('22023',
				pg_catalog.format('invalid number of customers: "%s"', p_customers),
				'Pass -v customers=N with N between 1 and 99999999, or -v scale=small|medium|large|xlarge.');
		END IF;
		n := p_customers::int;
	ELSE
		n := CASE p_scale WHEN 'small' THEN 1000 WHEN 'medium' THEN 10000
						  WHEN 'large' THEN 100000 WHEN 'xlarge' THEN 1000000 END;
		IF n IS NULL THEN
			PERFORM pg_temp.sample_fail('22023',
				pg_catalog.format('invalid scale: "%s"', p_scale),
				'Valid scales are small (1,000 customers), medium (10,000), large (100,000) and xlarge (1,000,000).');
		END IF;
	END IF;
	IF p_seed !~ '^-?[0-9]{1,15}$' THEN
		PERFORM pg_temp.sample_fail('22023',
			pg_catalog.format('invalid seed: "%s"', p_seed),
			'The seed is an integer of at most 15 digits.');
	END IF;
	seed := p_seed::bigint;
	IF p_anchor = '' THEN
		anchor := pg_catalog.date_trunc('quarter', pg_catalog.now())::date;
	ELSE
		BEGIN
			IF p_anchor ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
				anchor := pg_catalog.to_date(p_anchor, 'YYYY-MM-DD');
			END IF;
		EXCEPTION WHEN data_exception THEN
			anchor := NULL;
		END;
		IF anchor IS NULL OR anchor::text <> p_anchor OR anchor > pg_catalog.now()::date + 1 THEN
			PERFORM pg_temp.sample_fail('22023',
				pg_catalog.format('invalid anchor date: "%s"', p_anchor),
				'The anchor is a date (YYYY-MM-DD) no later than tomorrow: payments must not lie in the future.');
		END IF;
	END IF;
	IF p_fk_checks = '' THEN
		fk_checks := CASE WHEN (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = CURRENT_USER)
						  THEN 'set' ELSE 'row' END;
	ELSIF p_fk_checks NOT IN ('row', 'set') THEN
		PERFORM pg_temp.sample_fail('22023',
			pg_catalog.format('invalid fk_checks: "%s"', p_fk_checks),
			'Use fk_checks=row (the foreign-key triggers check every row) or fk_checks=set (one query per foreign key after loading; needs a superuser).');
	ELSIF p_fk_checks = 'set' AND NOT (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = CURRENT_USER) THEN
		PERFORM pg_temp.sample_fail('42501',
			'fk_checks=set needs a superuser',
			'Only a superuser may switch off the foreign-key triggers during the load; use fk_checks=row.');
	ELSE
		fk_checks := p_fk_checks;
	END IF;
END
$$;

SELECT n, seed, anchor, fk_checks FROM pg_temp.params(:'scale', :'customers', :'seed', :'anchor', :'fk_checks') \gset
SELECT (:'anchor'::date - interval '2 years')::date AS ws,
	   greatest(10, :n / 200) AS n_agents,
	   greatest(1, least(:n, 25000)) AS chunk
\gset

SELECT CASE
		 WHEN pg_catalog.getdatabaseencoding() <> 'UTF8' THEN pg_temp.sample_fail('55000',
			  'the sample data needs a UTF8 database',
			  'Vietnamese names and addresses need the UTF8 encoding; create the database with ENCODING ''UTF8''.')
		 WHEN pg_catalog.to_regclass('bank_sync_service.customers') IS NULL
			  OR pg_catalog.to_regclass('workflow_service.customer_agents') IS NULL
			  OR pg_catalog.to_regclass('auth_service.users') IS NULL
			  OR pg_catalog.to_regclass('payment_service.payments') IS NULL THEN pg_temp.sample_fail('55000',
			  'crmdb is not installed in this database',
			  'Run "CREATE EXTENSION crmdb; SELECT crmdb.install();" first.')
		 ELSE 0
	   END AS ok \gset
SELECT CASE
		 WHEN EXISTS (SELECT FROM bank_sync_service.customers)
			  OR EXISTS (SELECT FROM workflow_service.agents)
			  OR EXISTS (SELECT FROM auth_service.users)
			  OR EXISTS (SELECT FROM payment_service.payments) THEN pg_temp.sample_fail('55000',
			  'the crmdb service tables already hold data',
			  'The generator loads an empty book: run it right after crmdb.install(), or empty the tables of the four service schemas first.')
		 ELSE 0
	   END AS ok \gset

\echo crmdb sample data: :n customers, seed :seed, dated rows from :ws up to :anchor (exclusive), fk_checks=:fk_checks
SELECT pg_catalog.clock_timestamp() AS t_step \gset

-- Per-step timing: prints the step, its rows and its duration.
CREATE TEMP TABLE s_step (
	step_no		serial,
	step		text NOT NULL,
	rows		bigint,
	finished	timestamptz NOT NULL
);
CREATE FUNCTION pg_temp.step(p_step text, p_rows bigint, p_since timestamptz)
RETURNS text LANGUAGE sql AS $$
	INSERT INTO s_step (step, rows, finished)
	VALUES (p_step, p_rows, pg_catalog.clock_timestamp())
	RETURNING pg_catalog.format('  %-28s %12s rows %9s s', step,
			  pg_catalog.to_char(rows, 'FM999,999,999,999'),
			  pg_catalog.to_char(extract(epoch FROM finished - p_since), 'FM99990.00'))
$$;
-- The finishing time of the last step (the start of the next one).
CREATE FUNCTION pg_temp.last_step()
RETURNS timestamptz LANGUAGE sql AS $$
	SELECT pg_catalog.max(finished) FROM s_step
$$;
INSERT INTO s_step (step, rows, finished) VALUES ('start', NULL, :'t_start');

/* ------------------------------------------------------------------------
 * Partitions: every day from ws (customer_agents: a quarter earlier) up to
 * the anchor has a partition, so that no row lands in a DEFAULT partition.
 * ------------------------------------------------------------------------
 */
CREATE FUNCTION pg_temp.ensure_partitions(p_parent regclass, p_from date, p_to date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_created	bigint := 0;
	v_quarter	date;
	v_name		text;
	v_schema	text;
	v_table		text;
	v_gap		date;
BEGIN
	SELECT n.nspname, c.relname INTO v_schema, v_table
	  FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
	 WHERE c.oid = p_parent;

	IF pg_catalog.to_regprocedure('crmdb.create_partitions(regclass,timestamp with time zone,timestamp with time zone)') IS NOT NULL THEN
		-- crmdb's own rollover: names, intervals and privileges as configured.
		EXECUTE 'SELECT count(*) FROM crmdb.create_partitions($1, $2, $3)'
		   INTO v_created USING p_parent, p_from::timestamptz, p_to::timestamptz;
	ELSE
		-- Quarterly partitions named <table>_<yyyy>_q<n>; a quarter already
		-- covered by another partition is left alone.
		FOR v_quarter IN
			SELECT g::date FROM pg_catalog.generate_series(pg_catalog.date_trunc('quarter', p_from),
														   p_to - 1, interval '3 months') AS g
		LOOP
			v_name := pg_catalog.format('%s_%s_q%s', v_table,
										pg_catalog.to_char(v_quarter, 'YYYY'),
										pg_catalog.to_char(v_quarter, 'Q'));
			CONTINUE WHEN pg_catalog.to_regclass(pg_catalog.format('%I.%I', v_schema, v_name)) IS NOT NULL;
			BEGIN
				EXECUTE pg_catalog.format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)',
										  v_schema, v_name, p_parent,
										  v_quarter, (v_quarter + interval '3 months')::date);
				v_created := v_created + 1;
			EXCEPTION WHEN invalid_object_definition THEN
				NULL;			-- overlaps an existing partition: covered already
			END;
		END LOOP;
	END IF;

	-- Every day of the range must fall into a partition other than DEFAULT.
	SELECT d::date INTO v_gap
	  FROM pg_catalog.generate_series(p_from, p_to - 1, interval '1 day') AS d
	 WHERE NOT EXISTS (
		SELECT FROM (
			SELECT pg_catalog.substring(pg_catalog.pg_get_expr(c.relpartbound, c.oid), 'FROM \(''([^'']*)''\)') AS lo,
				   pg_catalog.substring(pg_catalog.pg_get_expr(c.relpartbound, c.oid), 'TO \(''([^'']*)''\)') AS hi,
				   pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS bound
			  FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
			 WHERE i.inhparent = p_parent) AS b
		 WHERE b.bound <> 'DEFAULT'
		   AND d >= coalesce(b.lo, '-infinity')::timestamp
		   AND d < coalesce(b.hi, 'infinity')::timestamp)
	 ORDER BY d
	 LIMIT 1;
	IF v_gap IS NOT NULL THEN
		RAISE EXCEPTION USING ERRCODE = '55000',
			MESSAGE = pg_catalog.format('no partition of %s covers %s', p_parent, v_gap),
			HINT = 'The sample rows would land in the DEFAULT partition; create the partitions for the two years before the anchor date.';
	END IF;
	RETURN v_created;
END
$$;

SELECT pg_temp.ensure_partitions('payment_service.payments', :'ws', :'anchor')
	 + pg_temp.ensure_partitions('workflow_service.action_records', :'ws', :'anchor')
	 + pg_temp.ensure_partitions('workflow_service.customer_agents', (:'ws'::date - interval '3 months')::date, :'anchor') AS n_parts \gset
SELECT pg_temp.step('partitions created', :n_parts, pg_temp.last_step());

/* ------------------------------------------------------------------------
 * Foreign keys
 * ------------------------------------------------------------------------
 * fk_checks=row: every inserted row fires its foreign-key triggers, one
 * lookup per row and key.  fk_checks=set (the default for a superuser):
 * the insert triggers of the foreign keys of the four schemas are switched
 * off for the load, the foreign keys are then checked by one scan of each
 * referencing table, and the triggers are switched on again, all in this
 * transaction: the same guarantee, several times faster at scale.  In the
 * same mode the payment reference registry's row trigger and crmdb's
 * change capture are switched off and the indexes are dropped for the
 * load (see below); the updated_at triggers fire on UPDATE only, and
 * everything is back at the end.
 */
CREATE TEMP TABLE s_ri (rel regclass NOT NULL, tgname name NOT NULL);

-- ENABLE or DISABLE the triggers listed in a temporary table (rel, tgname);
-- returns how many.
CREATE FUNCTION pg_temp.switch_triggers(p_list text, p_action text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_rel	regclass;
	v_name	name;
	v_count	bigint := 0;
BEGIN
	FOR v_rel, v_name IN EXECUTE pg_catalog.format('SELECT rel, tgname FROM pg_temp.%I', p_list) LOOP
		EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', v_rel, p_action, v_name);
		v_count := v_count + 1;
	END LOOP;
	RETURN v_count;
END
$$;

CREATE FUNCTION pg_temp.ri_disable()
RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO s_ri
	SELECT t.tgrelid::regclass, t.tgname
	  FROM pg_catalog.pg_trigger t
	  JOIN pg_catalog.pg_constraint c ON c.oid = t.tgconstraint
	  JOIN pg_catalog.pg_class r ON r.oid = t.tgrelid
	 WHERE c.contype = 'f'
	   AND t.tgfoid = 'pg_catalog."RI_FKey_check_ins"'::regproc
	   AND t.tgenabled <> 'D'
	   AND r.relnamespace::regnamespace::text IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service');
	RETURN pg_temp.switch_triggers('s_ri', 'DISABLE');
END
$$;

-- One scan per referencing table checks all of its foreign keys: a left
-- join to each referenced table (its key is unique, so no row is
-- repeated) and one count of the rows without a match per key.
CREATE FUNCTION pg_temp.ri_verify_enable()
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_child		record;
	v_bad		bigint[];
	v_checked	bigint := 0;
BEGIN
	FOR v_child IN
		SELECT f.child,
			   pg_catalog.array_agg(f.conname ORDER BY f.conname) AS connames,
			   pg_catalog.string_agg(pg_catalog.format('pg_catalog.count(*) FILTER (WHERE %s AND p%s.%I IS NULL)',
													   f.notnull, f.k, f.firstkey), ', ' ORDER BY f.conname) AS counts,
			   pg_catalog.string_agg(pg_catalog.format(' LEFT JOIN %s AS p%s ON %s', f.parent, f.k, f.joincond),
									 '' ORDER BY f.conname) AS joins
		  FROM (
			SELECT c.conname, c.conrelid::regclass AS child, c.confrelid::regclass AS parent, c.k,
				   (pg_catalog.array_agg(pa.attname ORDER BY k.n))[1] AS firstkey,
				   pg_catalog.string_agg(pg_catalog.format('c.%I IS NOT NULL', a.attname), ' AND ' ORDER BY k.n) AS notnull,
				   pg_catalog.string_agg(pg_catalog.format('p%s.%I OPERATOR(pg_catalog.=) c.%I', c.k, pa.attname, a.attname),
										 ' AND ' ORDER BY k.n) AS joincond
			  FROM (SELECT co.*, pg_catalog.row_number() OVER (PARTITION BY co.conrelid ORDER BY co.conname) AS k
					  FROM pg_catalog.pg_constraint co
					 WHERE co.contype = 'f'
					   AND co.conparentid = 0
					   AND co.connamespace::regnamespace::text IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')) AS c
			 CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k (att, patt, n)
			  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att
			  JOIN pg_catalog.pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.patt
			 GROUP BY c.oid, c.conname, c.conrelid, c.confrelid, c.k) AS f
		 GROUP BY f.child
		 ORDER BY f.child::text
	LOOP
		EXECUTE pg_catalog.format('SELECT ARRAY[%s] FROM %s AS c%s', v_child.counts, v_child.child, v_child.joins)
		   INTO v_bad;
		FOR i IN 1 .. pg_catalog.cardinality(v_bad) LOOP
			IF v_bad[i] > 0 THEN
				RAISE EXCEPTION USING ERRCODE = '23503',
					MESSAGE = pg_catalog.format('%s rows of %s violate foreign key constraint "%s"',
												v_bad[i], v_child.child, v_child.connames[i]),
					HINT = 'This is a bug of sample/generate.sql; nothing was loaded.';
			END IF;
			v_checked := v_checked + 1;
		END LOOP;
	END LOOP;
	PERFORM pg_temp.switch_triggers('s_ri', 'ENABLE');
	DELETE FROM s_ri;
	RETURN v_checked;
END
$$;

SELECT CASE WHEN :'fk_checks' = 'set' THEN pg_temp.ri_disable() END AS n_ri \gset

/*
 * The payment reference registry, in the same mode: with fk_checks=set the
 * registry's row trigger (trg_payments_reference) is switched off for the
 * load, and the references of all payments are then registered by one
 * INSERT ... SELECT, and the trigger switched on again, all in this
 * transaction; its primary key, dropped for the load with the other
 * indexes (below), refuses a duplicate when it is built again.  The
 * registry ends exactly as the trigger would have left it, without a
 * trigger event and an index insert per payment.
 */
CREATE FUNCTION pg_temp.registry_disable()
RETURNS int LANGUAGE plpgsql AS $$
BEGIN
	IF pg_catalog.to_regclass('crmdb.payment_references') IS NULL
	   OR NOT EXISTS (SELECT FROM pg_catalog.pg_trigger
					   WHERE tgrelid = 'payment_service.payments'::regclass
						 AND tgname = 'trg_payments_reference' AND tgenabled <> 'D') THEN
		RETURN 0;
	END IF;
	ALTER TABLE payment_service.payments DISABLE TRIGGER trg_payments_reference;
	RETURN 1;
END
$$;

CREATE FUNCTION pg_temp.registry_fill()
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_rows bigint;
BEGIN
	INSERT INTO crmdb.payment_references (reference_number, payment_id)
	SELECT p.reference_number, p.id
	  FROM payment_service.payments p;
	GET DIAGNOSTICS v_rows = ROW_COUNT;
	ALTER TABLE payment_service.payments ENABLE TRIGGER trg_payments_reference;
	RETURN v_rows;
END
$$;

SELECT CASE WHEN :'fk_checks' = 'set' THEN pg_temp.registry_disable() ELSE 0 END AS registry_off \gset

/*
 * Change capture, in the same mode: crmdb's capture triggers
 * (crmdb.capture_payment_change() on payments,
 * crmdb.capture_workflow_change() on the sources of the workflow views)
 * are switched off for the load and on again at its end, in this
 * transaction.  What they would have logged (one entry per payment group
 * and per action, customer, loan, case and agent) only matters to an
 * incremental refresh; instead one marker in each change log
 * (crmdb.payment_changes, crmdb.workflow_changes) makes the next
 * crmdb.refresh_views() of every payment and workflow view a full one,
 * as the ALTER TABLE of the load (dropped indexes, switched triggers)
 * does anyway: the views end exactly as after a real load.
 */
CREATE TEMP TABLE s_capture (rel regclass NOT NULL, tgname name NOT NULL);

CREATE FUNCTION pg_temp.capture_disable()
RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO s_capture
	SELECT t.tgrelid::regclass, t.tgname
	  FROM pg_catalog.pg_trigger t
	  JOIN pg_catalog.pg_class r ON r.oid = t.tgrelid
	 WHERE t.tgfoid IN (pg_catalog.to_regprocedure('crmdb.capture_payment_change()'),
						pg_catalog.to_regprocedure('crmdb.capture_workflow_change()'))
	   AND NOT t.tgisinternal
	   AND t.tgparentid = 0
	   AND t.tgenabled = 'O'
	   AND r.relnamespace::regnamespace::text IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service');
	RETURN pg_temp.switch_triggers('s_capture', 'DISABLE');
END
$$;

CREATE FUNCTION pg_temp.capture_enable()
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_log	regclass;
BEGIN
	PERFORM pg_temp.switch_triggers('s_capture', 'ENABLE');
	-- the marker: the next refresh of every view of the log is a full one
	FOR v_log IN
		SELECT l FROM (VALUES (pg_catalog.to_regclass('crmdb.payment_changes')),
							  (pg_catalog.to_regclass('crmdb.workflow_changes'))) AS x (l)
		 WHERE l IS NOT NULL
	LOOP
		EXECUTE pg_catalog.format('INSERT INTO %s (xid, logged_at, full_reason) '
								  'VALUES (pg_catalog.pg_current_xact_id(), pg_catalog.clock_timestamp(), %L)',
								  v_log, 'sample data loaded by sample/generate.sql with change capture off');
	END LOOP;
	RETURN (SELECT pg_catalog.count(*) FROM s_capture);
END
$$;

SELECT CASE WHEN :'fk_checks' = 'set' THEN pg_temp.capture_disable() ELSE 0 END AS n_capture \gset

/*
 * Indexes, in the same mode: with fk_checks=set the indexes of the service
 * tables and of the registry are dropped for the load and built again at
 * its end, each from its definition as the catalog printed it before the
 * drop (pg_get_indexdef, pg_get_constraintdef for primary keys and unique
 * constraints), in the order they were first created, so that each
 * partition's index gets back its name; then crmdb.verify_schema() finds
 * them as crmdb.install() created them.  A sort and one bottom-up build
 * per index instead of an index insert per row: most of the load's time
 * at scale.  A duplicate still fails the load, when its unique index is
 * built (SQLSTATE 23505).  Kept: the keys that foreign keys reference,
 * and the unique keys of roles and permissions (ON CONFLICT below), the
 * indexes of materialized views, and any index that is the replica
 * identity or the clustering index of its table.
 */
CREATE TEMP TABLE s_index (
	n		int NOT NULL,
	rel		regclass NOT NULL,
	name	name NOT NULL,
	def		text NOT NULL,
	is_con	boolean NOT NULL,
	seconds	float8
);

CREATE FUNCTION pg_temp.indexes_drop()
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_index	record;
BEGIN
	INSERT INTO s_index (n, rel, name, def, is_con)
	SELECT pg_catalog.row_number() OVER (ORDER BY i.indexrelid), i.indrelid::regclass, ic.relname,
		   CASE WHEN co.oid IS NULL
				THEN pg_catalog.regexp_replace(pg_catalog.pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')
				ELSE pg_catalog.pg_get_constraintdef(co.oid) END,
		   co.oid IS NOT NULL
	  FROM pg_catalog.pg_index i
	  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
	  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
	  LEFT JOIN pg_catalog.pg_constraint co ON co.conindid = i.indexrelid AND co.conrelid = i.indrelid
	 WHERE c.relkind IN ('r', 'p')
	   AND NOT c.relispartition
	   AND (c.relnamespace::regnamespace::text IN ('auth_service', 'bank_sync_service', 'payment_service', 'workflow_service')
			OR c.oid = pg_catalog.to_regclass('crmdb.payment_references'))
	   AND c.oid NOT IN ('auth_service.roles'::regclass, 'auth_service.permissions'::regclass)
	   AND (co.oid IS NULL OR co.contype IN ('p', 'u'))
	   AND NOT i.indisreplident
	   AND NOT i.indisclustered
	   AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint f
					   WHERE f.contype = 'f' AND f.conindid = i.indexrelid);
	FOR v_index IN SELECT * FROM s_index ORDER BY n DESC LOOP
		IF v_index.is_con THEN
			EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', v_index.rel, v_index.name);
		ELSE
			EXECUTE pg_catalog.format('DROP INDEX %s',
				(SELECT pg_catalog.format('%I.%I', n.nspname, v_index.name)
				   FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
				  WHERE c.oid = v_index.rel));
		END IF;
	END LOOP;
	RETURN (SELECT pg_catalog.count(*) FROM s_index);
END
$$;

CREATE FUNCTION pg_temp.indexes_build()
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_index	record;
	v_start	timestamptz;
BEGIN
	FOR v_index IN SELECT * FROM s_index ORDER BY n LOOP
		v_start := pg_catalog.clock_timestamp();
		IF v_index.is_con THEN
			EXECUTE pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', v_index.rel, v_index.name, v_index.def);
		ELSE
			EXECUTE v_index.def;
		END IF;
		UPDATE s_index SET seconds = extract(epoch FROM pg_catalog.clock_timestamp() - v_start)
		 WHERE n = v_index.n;
	END LOOP;
	RETURN (SELECT pg_catalog.count(*) FROM s_index);
END
$$;

SELECT CASE WHEN :'fk_checks' = 'set' THEN pg_temp.indexes_drop() ELSE 0 END AS n_indexes \gset

/* ------------------------------------------------------------------------
 * Agents and the users, roles, permissions and sessions of auth_service
 * ------------------------------------------------------------------------
 * Agent 1 is the administrator, every tenth agent (2, 12, ...) a
 * supervisor; the others are call agents, or field agents for numbers
 * divisible by 3.  One agent in 25 has left (inactive): such agents appear
 * only in past assignments.
 */
CREATE TEMP TABLE s_agent AS
SELECT a,
	   pg_temp.uid(a, 1, :seed) AS id,
	   'EMP' || pg_catalog.lpad(a::text, 6, '0') AS employee_id,
	   nm.family || ' ' || nm.middle || ' ' || nm.given AS name,
	   pg_temp.ascii(nm.given) || '.' || pg_temp.ascii(nm.family) || '.' || pg_catalog.lpad(a::text, 5, '0')
		   || '@collections.example.com' AS email,
	   pg_temp.ascii(nm.given) || pg_catalog.left(pg_temp.ascii(nm.family), 1)
		   || pg_catalog.left(pg_temp.ascii(nm.middle), 1) || a AS username,
	   nm.family, nm.middle, nm.given,
	   pg_temp.mobile_prefix(pg_temp.u(a, 104, :seed))
		   || pg_catalog.lpad(pg_temp.scramble(a, 10000000, :seed + 17)::text, 7, '0') AS phone,
	   k.kind,
	   CASE k.kind WHEN 'admin' THEN 'ADMIN' WHEN 'supervisor' THEN 'SUPERVISOR' ELSE 'AGENT' END::crmdb.agent_type AS type,
	   CASE k.kind
		 WHEN 'admin' THEN 'COLLECTION_ADMIN'
		 WHEN 'field' THEN 'FIELD_' || ('{HN,HCM,DN,HP,CT}'::text[])[1 + a % 5]
		 ELSE 'CALL_' || ('{HN,HCM,DN}'::text[])[1 + a % 3] || '_' || pg_catalog.lpad((1 + (a / 30) % 9)::text, 2, '0')
	   END AS team,
	   NOT (k.kind IN ('call', 'field') AND a % 25 = 24) AS is_active,
	   (:'anchor'::date - 900 - (pg_temp.u(a, 105, :seed) * 1500)::int)::timestamp + interval '9 hours' AS created_at
  FROM pg_catalog.generate_series(1, :n_agents) AS a
 CROSS JOIN LATERAL (
	SELECT CASE WHEN a = 1 THEN 'admin' WHEN a % 10 = 2 THEN 'supervisor'
				WHEN a % 3 = 0 THEN 'field' ELSE 'call' END AS kind,
		   pg_temp.u(a, 102, :seed) < 0.55 AS female
	OFFSET 0) AS k
 CROSS JOIN LATERAL (
	SELECT pg_temp.family_name(pg_temp.u(a, 103, :seed)) AS family,
		   pg_temp.middle_name(pg_temp.u(a, 106, :seed), k.female) AS middle,
		   pg_temp.given_name(pg_temp.u(a, 107, :seed), k.female) AS given
	OFFSET 0) AS nm;

-- Numbering within each kind, for picking agents by number.
CREATE TEMP TABLE s_pick AS
SELECT a, id, username, kind, is_active,
	   pg_catalog.row_number() OVER (PARTITION BY kind ORDER BY a) AS all_no,
	   CASE WHEN is_active THEN pg_catalog.row_number() OVER (PARTITION BY kind, is_active ORDER BY a) END AS active_no
  FROM s_agent
 WHERE kind IN ('call', 'field');
ANALYZE s_pick;
SELECT pg_catalog.count(*) FILTER (WHERE kind = 'call') AS n_call_all,
	   pg_catalog.count(*) FILTER (WHERE kind = 'call' AND is_active) AS n_call_act,
	   pg_catalog.count(*) FILTER (WHERE kind = 'field') AS n_field_all,
	   pg_catalog.count(*) FILTER (WHERE kind = 'field' AND is_active) AS n_field_act
  FROM s_pick \gset

INSERT INTO auth_service.roles (id, name, description, created_at, updated_at)
SELECT pg_temp.uid(r.n, 2, :seed), r.name, r.description,
	   (:'anchor'::date - 1500)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh',
	   (:'anchor'::date - 1500)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
  FROM (VALUES (1, 'ADMIN', 'Administers users, agents and configuration'),
			   (2, 'SUPERVISOR', 'Leads a collection team: assigns customers, reviews actions'),
			   (3, 'CALL_AGENT', 'Collects by phone, SMS and letters'),
			   (4, 'FIELD_AGENT', 'Collects by visiting customers'),
			   (5, 'VIEWER', 'Reads dashboards and reports'),
			   (6, 'AUDITOR', 'Reads everything, including the audit trail'),
			   (7, 'INTEGRATION', 'Technical account of a core banking synchronisation')) AS r (n, name, description)
ON CONFLICT (name) DO NOTHING;

INSERT INTO auth_service.permissions (id, role_id, resource, action, created_at, updated_at)
SELECT pg_temp.uid(pg_catalog.hashtext(r.name)::bigint * 1000 + p.n * 100 + x.n, 3, :seed), r.id, x.resource, p.action, r.created_at, r.created_at
  FROM (VALUES (1, 'customers'), (2, 'loans'), (3, 'payments'), (4, 'actions'), (5, 'cases'),
			   (6, 'agents'), (7, 'reports'), (8, 'users'), (9, 'audit')) AS x (n, resource)
 CROSS JOIN (VALUES (1, 'read'), (2, 'create'), (3, 'update'), (4, 'delete')) AS p (n, action)
  JOIN auth_service.roles r ON CASE r.name
	WHEN 'ADMIN' THEN true
	WHEN 'SUPERVISOR' THEN x.resource <> 'audit' AND (p.action = 'read' OR x.resource IN ('actions', 'cases', 'agents'))
	WHEN 'CALL_AGENT' THEN (p.action = 'read' AND x.resource IN ('customers', 'loans', 'payments', 'actions', 'cases'))
						   OR (p.action IN ('create', 'update') AND x.resource IN ('actions', 'cases'))
	WHEN 'FIELD_AGENT' THEN (p.action = 'read' AND x.resource IN ('customers', 'loans', 'payments', 'actions', 'cases'))
							OR (p.action IN ('create', 'update') AND x.resource IN ('actions', 'cases'))
	WHEN 'VIEWER' THEN p.action = 'read' AND x.resource IN ('reports', 'customers', 'loans', 'payments')
	WHEN 'AUDITOR' THEN p.action = 'read'
	WHEN 'INTEGRATION' THEN x.resource IN ('customers', 'loans', 'payments') AND p.action <> 'delete'
	ELSE false END
ON CONFLICT (role_id, resource, action) DO NOTHING;

-- One user per agent, plus report viewers, an auditor and the accounts of
-- the two synchronisations.
CREATE TEMP TABLE s_user AS
SELECT a AS n, pg_temp.uid(a, 4, :seed) AS id, username, email, given AS first_name,
	   family || ' ' || middle AS last_name,
	   CASE kind WHEN 'admin' THEN 'ADMIN' WHEN 'supervisor' THEN 'SUPERVISOR'
				 WHEN 'call' THEN 'CALL_AGENT' ELSE 'FIELD_AGENT' END AS role,
	   is_active, created_at
  FROM s_agent
UNION ALL
SELECT :n_agents + x.n, pg_temp.uid(:n_agents + x.n, 4, :seed), x.username,
	   x.username || '@collections.example.com', x.first_name, x.last_name, x.role, true,
	   (:'anchor'::date - 1400 + x.n)::timestamp + interval '10 hours'
  FROM (VALUES (1, 'viewer01', 'Báo cáo', 'Phòng', 'VIEWER'),
			   (2, 'viewer02', 'Báo cáo', 'Phòng', 'VIEWER'),
			   (3, 'viewer03', 'Quản trị rủi ro', 'Phòng', 'VIEWER'),
			   (4, 'auditor01', 'Kiểm toán', 'Phòng', 'AUDITOR'),
			   (5, 't24_sync', 'T24', 'Đồng bộ', 'INTEGRATION'),
			   (6, 'w4_sync', 'W4', 'Đồng bộ', 'INTEGRATION')) AS x (n, username, first_name, last_name, role);

INSERT INTO auth_service.users
	(id, username, email, password_hash, first_name, last_name, role, is_active, created_at, updated_at)
SELECT id, username, email,
	   '$2b$12$' || pg_catalog.left(pg_catalog.md5(:seed || ':pw:' || n) || pg_catalog.md5(:seed || ':salt:' || n), 53),
	   first_name, last_name, role, is_active,
	   created_at AT TIME ZONE 'Asia/Ho_Chi_Minh',
	   created_at AT TIME ZONE 'Asia/Ho_Chi_Minh'
  FROM s_user
 ORDER BY n;

-- Agents, each linked to its login (user_id).  The administrator created
-- every agent's record (the first one's too, at set-up); an agent who has
-- left was updated by the administrator when the login was disabled.
INSERT INTO workflow_service.agents
	(id, employee_id, name, email, phone, type, team, is_active, created_at, updated_at,
	 user_id, created_by, updated_by)
SELECT ag.id, ag.employee_id, ag.name, ag.email, ag.phone, ag.type, ag.team, ag.is_active, ag.created_at,
	   CASE WHEN ag.is_active THEN ag.created_at ELSE (:'anchor'::date - 20)::timestamp + interval '17 hours' END,
	   pg_temp.uid(ag.a, 4, :seed), adm.username, adm.username
  FROM s_agent ag
 CROSS JOIN (SELECT username FROM s_agent WHERE a = 1) AS adm
 ORDER BY ag.a;
SELECT pg_temp.step('agents', :n_agents, pg_temp.last_step());

-- Sessions of the last month: 0 to 3 per active user, 8 hours long.
INSERT INTO auth_service.user_sessions (id, user_id, token, expires_at, created_at, ip_address, user_agent)
SELECT pg_temp.uid(su.n * 4 + s, 5, :seed), su.id,
	   pg_catalog.md5(:seed || ':token:' || su.n || ':' || s) || pg_catalog.md5(:seed || ':nonce:' || su.n || ':' || s),
	   (t.created + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh',
	   t.created AT TIME ZONE 'Asia/Ho_Chi_Minh',
	   '10.' || (20 + su.n % 8) || '.' || (su.n / 250) % 256 || '.' || (1 + su.n % 250),
	   ('{Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Safari/537.36,'
		'Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML; like Gecko) Chrome/120.0 Mobile Safari/537.36,'
		'CRM-Mobile/2.4.1 (Android 12),'
		'CRM-Mobile/2.4.1 (iOS 17.2)}'::text[])[1 + (pg_temp.u(su.n * 4 + s, 108, :seed) * 4)::int % 4]
  FROM s_user su
 CROSS JOIN pg_catalog.generate_series(1, 3) AS s
 CROSS JOIN LATERAL (
	SELECT (:'anchor'::date - 1 - (pg_temp.u(su.n * 4 + s, 109, :seed) * 30)::int)::timestamp
		   + (7 + (pg_temp.u(su.n * 4 + s, 110, :seed) * 12)::int) * interval '1 hour' AS created
	OFFSET 0) AS t
 WHERE su.is_active
   AND s <= (pg_temp.u(su.n, 111, :seed) * 4)::int;
SELECT pg_temp.step('users, roles, sessions',
	(SELECT pg_catalog.count(*) FROM auth_service.users)
	+ (SELECT pg_catalog.count(*) FROM auth_service.roles)
	+ (SELECT pg_catalog.count(*) FROM auth_service.permissions)
	+ (SELECT pg_catalog.count(*) FROM auth_service.user_sessions), pg_temp.last_step());

/* ------------------------------------------------------------------------
 * Customers: the facts every later table derives from
 * ------------------------------------------------------------------------
 * tier = how far behind the customer is: 0 current (50%), 1: 1-30 days
 * past due, 2: 31-90, 3: 91-180, 4: 181-360, 5: 361-720.  Field agents
 * are assigned from tier 2 on.  The assignment changes once, on
 * switch_date: the past assignment covers [past_start, switch_date), the
 * current one [switch_date, open end).  past_start lies in the quarter
 * before the two-year window, so every action has an assigned agent.
 */
CREATE TEMP TABLE s_cust0 AS
SELECT i,
	   'CIF' || pg_catalog.lpad(i::text, 10, '0') AS cif,
	   a.is_org, a.female, a.tier, a.region AS rid,
	   CASE WHEN a.is_org THEN NULL ELSE b.family || ' ' || b.middle || ' ' || b.given END AS name,
	   b.family, b.middle, b.given,
	   CASE WHEN a.is_org THEN NULL ELSE b.dob END AS dob,
	   CASE WHEN a.is_org THEN NULL
			ELSE r.province
				 || (CASE WHEN a.female THEN 1 ELSE 0 END + CASE WHEN b.dob >= '2000-01-01' THEN 2 ELSE 0 END)
				 || pg_catalog.to_char(b.dob, 'YY')
				 || pg_catalog.lpad(pg_temp.scramble(i % 1000000, 1000000, :seed + 3)::text, 6, '0') END AS national_id,
	   CASE WHEN a.is_org THEN NULL WHEN a.female THEN 'FEMALE' ELSE 'MALE' END AS gender,
	   CASE WHEN a.is_org THEN pg_temp.company_name(h.u7, h.u8, h.u9) END AS company_name,
	   CASE WHEN a.is_org THEN '0' || pg_catalog.lpad(pg_temp.scramble(i, 1000000000, :seed + 5)::text, 9, '0') END AS registration_number,
	   CASE WHEN a.is_org THEN pg_temp.ascii(pg_catalog.replace(pg_temp.trade_name(h.u9), ' ', '')) END AS trade_slug,
	   CASE WHEN a.is_org THEN ('{SME,SME,SME,SME,CORPORATE}'::text[])[1 + (h.u10 * 5)::int % 5]
			ELSE ('{MASS,MASS,MASS,MASS,MASS,MASS,MASS,AFFLUENT,AFFLUENT,PRIORITY}'::text[])[1 + (h.u10 * 10)::int % 10] END AS segment,
	   CASE WHEN h.u11 < 0.96 THEN 'ACTIVE' ELSE 'INACTIVE' END AS status,
	   CASE WHEN NOT a.is_org AND h.u12 < 0.1 THEN 'W4' ELSE 'T24' END::crmdb.source_system_type AS source_system,
	   (:'anchor'::date - 1461 - (h.u13 * 1095)::int)::timestamp + (h.u14 * 36000)::int * interval '1 second'
		   + interval '7 hours' AS created_at,
	   -- home address and its coordinates
	   (1 + (h.u15 * 398)::int) || ' ' || pg_temp.street(h.u16) AS address_line1,
	   'Phường ' || (1 + (h.u17 * 15)::int) AS address_line2,
	   r.districts[1 + (h.u18 * pg_catalog.cardinality(r.districts))::int % pg_catalog.cardinality(r.districts)] AS district,
	   r.city, r.state, r.area_code, r.plate, r.province,
	   r.lat + (h.u19 - 0.5) * 0.08 AS lat,
	   r.lon + (h.u20 - 0.5) * 0.08 AS lon,
	   -- the two assignments: agents by number, looked up below
	   s.switch_date,
	   (:'ws'::date - 1 - (h.u22 * 89)::int) AS past_start,
	   1 + (h.u23 * :n_call_all)::int % :n_call_all AS past_call_no,
	   1 + (h.u24 * :n_call_act)::int % :n_call_act AS cur_call_no,
	   CASE WHEN a.tier >= 2 THEN 1 + (h.u25 * :n_field_all)::int % :n_field_all END AS past_field_no,
	   CASE WHEN a.tier >= 2 THEN 1 + (h.u26 * :n_field_act)::int % :n_field_act END AS cur_field_no
  FROM pg_catalog.generate_series(1, :n) AS i
 CROSS JOIN LATERAL (
	SELECT pg_temp.u(i, 1, :seed) AS u1, pg_temp.u(i, 2, :seed) AS u2, pg_temp.u(i, 3, :seed) AS u3,
		   pg_temp.u(i, 4, :seed) AS u4, pg_temp.u(i, 5, :seed) AS u5, pg_temp.u(i, 6, :seed) AS u6,
		   pg_temp.u(i, 7, :seed) AS u7, pg_temp.u(i, 8, :seed) AS u8, pg_temp.u(i, 9, :seed) AS u9,
		   pg_temp.u(i, 10, :seed) AS u10, pg_temp.u(i, 11, :seed) AS u11, pg_temp.u(i, 12, :seed) AS u12,
		   pg_temp.u(i, 13, :seed) AS u13, pg_temp.u(i, 14, :seed) AS u14, pg_temp.u(i, 15, :seed) AS u15,
		   pg_temp.u(i, 16, :seed) AS u16, pg_temp.u(i, 17, :seed) AS u17, pg_temp.u(i, 18, :seed) AS u18,
		   pg_temp.u(i, 19, :seed) AS u19, pg_temp.u(i, 20, :seed) AS u20, pg_temp.u(i, 21, :seed) AS u21,
		   pg_temp.u(i, 22, :seed) AS u22, pg_temp.u(i, 23, :seed) AS u23, pg_temp.u(i, 24, :seed) AS u24,
		   pg_temp.u(i, 25, :seed) AS u25, pg_temp.u(i, 26, :seed) AS u26
	OFFSET 0) AS h
 CROSS JOIN LATERAL (
	SELECT h.u1 < 0.08 AS is_org,
		   h.u2 < 0.5 AS female,
		   pg_catalog.width_bucket(h.u3, '{0,.50,.68,.80,.90,.96}'::float8[]) - 1 AS tier,
		   pg_catalog.width_bucket(h.u4, '{0,.30,.63,.70,.76,.81,.87,.92,.95,.98}'::float8[]) AS region
	OFFSET 0) AS a
 CROSS JOIN LATERAL (
	SELECT pg_temp.family_name(h.u5) AS family,
		   pg_temp.middle_name(h.u6, a.female) AS middle,
		   pg_temp.given_name(h.u7, a.female) AS given,
		   :'anchor'::date - 8036 - (h.u8 * 15706)::int AS dob			-- aged 22 to 65
	OFFSET 0) AS b
 CROSS JOIN LATERAL (
	SELECT :'ws'::date + 200 + (h.u21 * (:'anchor'::date - :'ws'::date - 230))::int AS switch_date
	OFFSET 0) AS s
  JOIN s_region r ON r.rid = a.region;
ANALYZE s_cust0;

-- The agents of the two assignments, looked up by number (a separate step,
-- so that the planner sees real row counts and hashes the agents).
CREATE TEMP TABLE s_cust AS
SELECT c.*,
	   pc.id AS past_call_id, pc.username AS past_call_user,
	   cc.id AS cur_call_id, cc.username AS cur_call_user,
	   pf.id AS past_field_id, pf.username AS past_field_user,
	   cf.id AS cur_field_id, cf.username AS cur_field_user
  FROM s_cust0 c
  JOIN s_pick pc ON pc.kind = 'call' AND pc.all_no = c.past_call_no
  JOIN s_pick cc ON cc.kind = 'call' AND cc.active_no = c.cur_call_no
  LEFT JOIN s_pick pf ON pf.kind = 'field' AND pf.all_no = c.past_field_no
  LEFT JOIN s_pick cf ON cf.kind = 'field' AND cf.active_no = c.cur_field_no;
DROP TABLE s_cust0;
CREATE UNIQUE INDEX ON s_cust (i);
ANALYZE s_cust;

INSERT INTO bank_sync_service.customers
	(id, cif, type, name, date_of_birth, national_id, gender, company_name, registration_number, tax_id,
	 segment, status, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(i, 10, :seed), cif,
	   CASE WHEN is_org THEN 'ORGANIZATION' ELSE 'INDIVIDUAL' END::crmdb.customer_type,
	   name, dob, national_id, gender, company_name, registration_number, registration_number,
	   segment, status, source_system, source_system || '_SYNC', source_system || '_SYNC',
	   created_at, (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_cust
 ORDER BY i;
SELECT pg_temp.step('customers', :n, pg_temp.last_step());

-- Two phones: the primary mobile, then a work mobile in international
-- format or a fixed line (the office line for organizations).
INSERT INTO bank_sync_service.phones
	(id, cif, type, number, is_primary, is_verified, verification_date, source_system, created_by, updated_by,
	 created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(c.i * 2 + k, 11, :seed), c.cif, p.type, p.number, k = 0, v.verified,
	   CASE WHEN v.verified THEN c.created_at + (1 + (pg_temp.u(c.i * 2 + k, 32, :seed) * 300)::int) * interval '1 day' END,
	   c.source_system, c.source_system || '_SYNC', c.source_system || '_SYNC',
	   c.created_at, (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_cust c
 CROSS JOIN pg_catalog.generate_series(0, 1) AS k
 CROSS JOIN LATERAL (
	SELECT pg_temp.u(c.i * 2 + k, 30, :seed) < 0.7 AS verified,
		   pg_temp.u(c.i * 2 + k, 31, :seed) AS u
	OFFSET 0) AS v
 CROSS JOIN LATERAL (
	SELECT CASE WHEN k = 0 THEN 'MOBILE'
				WHEN c.is_org THEN 'OFFICE'
				WHEN v.u < 0.5 THEN 'WORK' ELSE 'HOME' END AS type,
		   CASE WHEN k = 0 THEN pg_temp.mobile_prefix(v.u)
								|| pg_catalog.lpad(pg_temp.scramble(c.i * 2, 10000000, :seed)::text, 7, '0')
				WHEN NOT c.is_org AND v.u < 0.5
				THEN '+84' || pg_catalog.substr(pg_temp.mobile_prefix(1 - v.u), 2)
					 || pg_catalog.lpad(pg_temp.scramble(c.i * 2 + 1, 10000000, :seed)::text, 7, '0')
				ELSE c.area_code
					 || pg_catalog.lpad(pg_temp.scramble(c.i, (10 ^ (11 - pg_catalog.length(c.area_code)))::bigint, :seed)::text,
										11 - pg_catalog.length(c.area_code), '0')
		   END AS number
	OFFSET 0) AS p
 ORDER BY c.i, k;
SELECT pg_temp.step('phones', 2 * :n, pg_temp.last_step());

INSERT INTO bank_sync_service.emails
	(id, cif, address, is_primary, is_verified, verification_date, source_system, created_by, updated_by,
	 created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(c.i, 12, :seed), c.cif,
	   CASE WHEN c.is_org THEN 'ketoan.' || c.i || '@' || c.trade_slug || '.com.vn'
			ELSE pg_temp.ascii(c.given) || '.' || pg_temp.ascii(c.family) || c.i || '@'
				 || ('{gmail.com,gmail.com,gmail.com,gmail.com,gmail.com,gmail.com,yahoo.com,yahoo.com,outlook.com,icloud.com}'::text[])
					[1 + (pg_temp.u(c.i, 40, :seed) * 10)::int % 10]
	   END,
	   true, v.verified,
	   CASE WHEN v.verified THEN c.created_at + (1 + (pg_temp.u(c.i, 41, :seed) * 300)::int) * interval '1 day' END,
	   c.source_system, c.source_system || '_SYNC', c.source_system || '_SYNC',
	   c.created_at, (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_cust c
 CROSS JOIN LATERAL (SELECT pg_temp.u(c.i, 42, :seed) < 0.6 AS verified OFFSET 0) AS v
 ORDER BY c.i;
SELECT pg_temp.step('emails', :n, pg_temp.last_step());

INSERT INTO bank_sync_service.addresses
	(id, cif, type, address_line1, address_line2, city, state, district, country, is_primary, is_verified,
	 verification_date, source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(c.i, 13, :seed), c.cif, CASE WHEN c.is_org THEN 'OFFICE' ELSE 'HOME' END,
	   c.address_line1, c.address_line2, c.city, c.state, c.district, 'Việt Nam', true, v.verified,
	   CASE WHEN v.verified THEN c.created_at + (1 + (pg_temp.u(c.i, 43, :seed) * 300)::int) * interval '1 day' END,
	   c.source_system, c.source_system || '_SYNC', c.source_system || '_SYNC',
	   c.created_at, (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_cust c
 CROSS JOIN LATERAL (SELECT pg_temp.u(c.i, 44, :seed) < 0.5 AS verified OFFSET 0) AS v
 ORDER BY c.i;
SELECT pg_temp.step('addresses', :n, pg_temp.last_step());

-- One related party per customer: family members or a guarantor for
-- people; the legal representative, the chief accountant, a guarantor or
-- the parent company for organizations.
INSERT INTO bank_sync_service.reference_customers
	(id, ref_cif, primary_cif, relationship_type, type, name, date_of_birth, national_id, gender,
	 company_name, registration_number, tax_id, source_system, created_by, updated_by,
	 created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(c.i, 14, :seed), 'REF' || pg_catalog.lpad(c.i::text, 10, '0'), c.cif, x.rel,
	   CASE WHEN x.ref_org THEN 'ORGANIZATION' ELSE 'INDIVIDUAL' END::crmdb.customer_type,
	   CASE WHEN NOT x.ref_org THEN pg_temp.family_name(x.u2) || ' ' || pg_temp.middle_name(x.u3, x.female)
									|| ' ' || pg_temp.given_name(x.u4, x.female) END,
	   CASE WHEN NOT x.ref_org THEN x.dob END,
	   CASE WHEN NOT x.ref_org THEN c.province
									|| (CASE WHEN x.female THEN 1 ELSE 0 END + CASE WHEN x.dob >= '2000-01-01' THEN 2 ELSE 0 END)
									|| pg_catalog.to_char(x.dob, 'YY')
									|| pg_catalog.lpad(pg_temp.scramble(c.i % 1000000, 1000000, :seed + 7)::text, 6, '0') END,
	   CASE WHEN x.ref_org THEN NULL WHEN x.female THEN 'FEMALE' ELSE 'MALE' END,
	   CASE WHEN x.ref_org THEN pg_temp.company_name(x.u2, x.u3, x.u4) END,
	   CASE WHEN x.ref_org THEN '0' || pg_catalog.lpad(pg_temp.scramble(c.i, 1000000000, :seed + 9)::text, 9, '0') END,
	   CASE WHEN x.ref_org THEN '0' || pg_catalog.lpad(pg_temp.scramble(c.i, 1000000000, :seed + 9)::text, 9, '0') END,
	   c.source_system, c.source_system || '_SYNC', c.source_system || '_SYNC',
	   c.created_at, (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_cust c
 CROSS JOIN LATERAL (
	SELECT CASE WHEN c.is_org
				THEN ('{LEGAL_REPRESENTATIVE,LEGAL_REPRESENTATIVE,LEGAL_REPRESENTATIVE,LEGAL_REPRESENTATIVE,CHIEF_ACCOUNTANT,CHIEF_ACCOUNTANT,GUARANTOR,GUARANTOR,GUARANTOR,PARENT_COMPANY}'::text[])
					 [1 + (pg_temp.u(c.i, 50, :seed) * 10)::int % 10]
				ELSE ('{SPOUSE,SPOUSE,SPOUSE,SPOUSE,PARENT,PARENT,SIBLING,SIBLING,CHILD,RELATIVE,COLLEAGUE,GUARANTOR}'::text[])
					 [1 + (pg_temp.u(c.i, 50, :seed) * 12)::int % 12]
		   END AS rel,
		   pg_temp.u(c.i, 51, :seed) AS u1, pg_temp.u(c.i, 52, :seed) AS u2,
		   pg_temp.u(c.i, 53, :seed) AS u3, pg_temp.u(c.i, 54, :seed) AS u4
	OFFSET 0) AS r0
 CROSS JOIN LATERAL (
	SELECT r0.rel, r0.u2, r0.u3, r0.u4,
		   r0.rel = 'PARENT_COMPANY' AS ref_org,
		   CASE WHEN r0.rel = 'SPOUSE' AND NOT c.is_org THEN NOT c.female ELSE r0.u1 < 0.5 END AS female,
		   CASE r0.rel
			 WHEN 'SPOUSE' THEN c.dob - 1500 + (r0.u1 * 2500)::int
			 WHEN 'PARENT' THEN c.dob - 7300 - (r0.u1 * 3650)::int
			 WHEN 'CHILD' THEN least(c.dob + 7300 + (r0.u1 * 3650)::int, :'anchor'::date - 6600)
			 ELSE :'anchor'::date - 8036 - (r0.u1 * 14000)::int
		   END AS dob
	OFFSET 0) AS x
 ORDER BY c.i;
SELECT pg_temp.step('reference_customers', :n, pg_temp.last_step());

/* ------------------------------------------------------------------------
 * Loans: three per customer, numbered j = 3 * (i - 1) + k
 * ------------------------------------------------------------------------
 * Products and their ranges (amounts in VND, terms in months):
 *   1 CREDIT_CARD   10M - 200M   36         W4
 *   2 PERSONAL_LOAN 20M - 500M   12 - 60    T24
 *   3 CONSUMER_LOAN 10M - 100M    6 - 36    T24
 *   4 AUTO_LOAN    300M - 1.5B   36 - 84    T24, secured by the vehicle
 *   5 MORTGAGE     500M - 2B    120 - 300   T24, secured by the property
 *   6 BUSINESS_LOAN 200M - 2B    12 - 84    T24, 40% secured by property
 * Disbursed between four years and 60 days before the anchor, maturing no
 * earlier than 18 months before it.  An overdue loan is OPEN (matured or
 * not); otherwise a loan past its maturity is CLOSED on its maturity date,
 * and 10% of the others were repaid early.  Payments and actions of a
 * loan lie in [pay_from, pay_to): its life within the two-year window.
 */
CREATE TEMP TABLE s_loan AS
SELECT j, c.i AS cust_no, c.cif, k,
	   CASE WHEN b.product = 1 THEN 'W4' ELSE 'LD' END || pg_catalog.to_char(d.disb, 'YY')
		   || pg_catalog.lpad(j::text, 10, '0') AS account_number,
	   ('{CREDIT_CARD,PERSONAL_LOAN,CONSUMER_LOAN,AUTO_LOAN,MORTGAGE,BUSINESS_LOAN}'::text[])[b.product] AS product_type,
	   b.product,
	   CASE WHEN b.product = 1 THEN 'W4' ELSE 'T24' END::crmdb.source_system_type AS source_system,
	   b.amount, d.term, d.disb, d.maturity, b.rate,
	   st.overdue, st.closed, st.close_date,
	   CASE WHEN st.overdue
			THEN least(c.tier_lo + (h.u7 * (c.tier_hi - c.tier_lo + 1))::int % (c.tier_hi - c.tier_lo + 1),
								  :'anchor'::date - d.disb - 30)
			ELSE 0 END AS dpd,
	   greatest(d.disb, :'ws'::date) + 1 AS pay_from,
	   coalesce(st.close_date, :'anchor'::date) AS pay_to,
	   h.u8, h.u9, h.u10, h.u11, h.u12,
	   8 + (h.u13 * 5)::int % 5 AS n_pay,
	   3 + (h.u14 * 5)::int % 5 AS n_act
  FROM (SELECT s.*,
			   ('{0,1,31,91,181,361}'::int[])[s.tier + 1] AS tier_lo,
			   ('{0,30,90,180,360,720}'::int[])[s.tier + 1] AS tier_hi
		  FROM s_cust s) AS c
 CROSS JOIN pg_catalog.generate_series(1, 3) AS k
 CROSS JOIN LATERAL (SELECT 3 * (c.i - 1) + k AS j OFFSET 0) AS jj
 CROSS JOIN LATERAL (
	SELECT pg_temp.u(j, 60, :seed) AS u1, pg_temp.u(j, 61, :seed) AS u2, pg_temp.u(j, 62, :seed) AS u3,
		   pg_temp.u(j, 63, :seed) AS u4, pg_temp.u(j, 64, :seed) AS u5, pg_temp.u(j, 65, :seed) AS u6,
		   pg_temp.u(j, 66, :seed) AS u7, pg_temp.u(j, 67, :seed) AS u8, pg_temp.u(j, 68, :seed) AS u9,
		   pg_temp.u(j, 69, :seed) AS u10, pg_temp.u(j, 70, :seed) AS u11, pg_temp.u(j, 71, :seed) AS u12,
		   pg_temp.u(j, 72, :seed) AS u13, pg_temp.u(j, 73, :seed) AS u14
	OFFSET 0) AS h
 CROSS JOIN LATERAL (
	SELECT p.product,
		   (pg_catalog.round(('{10,20,10,300,500,200}'::float8[])[p.product]
				* pg_catalog.exp(h.u2 * pg_catalog.ln(('{20,25,10,5,4,10}'::float8[])[p.product]))) * 1000000)::numeric(18,2) AS amount,
		   pg_catalog.round((('{24,12,18,7.5,6.5,7}'::float8[])[p.product]
				+ h.u3 * ('{12,8,12,3.5,4,5}'::float8[])[p.product]) * 20) / 20 AS rate
	  FROM (SELECT CASE WHEN c.is_org
						THEN ('{6,1,4}'::int[])[pg_catalog.width_bucket(h.u1, '{0,.6,.8}'::float8[])]
						ELSE ('{1,2,3,4,5}'::int[])[pg_catalog.width_bucket(h.u1, '{0,.25,.55,.70,.82}'::float8[])]
				   END AS product) AS p
	OFFSET 0) AS b
 CROSS JOIN LATERAL (
	SELECT t.term, t.disb, (t.disb + t.term * interval '1 month')::date AS maturity
	  FROM (SELECT t0.term,
				   t0.lo + (h.u5 * (:'anchor'::date - 60 - t0.lo))::int AS disb
			  FROM (SELECT tm.term,
						   greatest(:'anchor'::date - 1461,
											   (:'anchor'::date - interval '18 months' - tm.term * interval '1 month')::date) AS lo
					  FROM (SELECT ('{{36,36,36,36,36},{12,24,36,48,60},{6,12,18,24,36},{36,48,60,72,84},{120,180,240,300,240},{12,24,36,60,84}}'::int[])
								   [b.product][1 + (h.u4 * 5)::int % 5] AS term) AS tm) AS t0) AS t
	OFFSET 0) AS d
 CROSS JOIN LATERAL (
	SELECT o.overdue,
		   NOT o.overdue AND (d.maturity < :'anchor'::date OR h.u6 < 0.10) AS closed,
		   CASE WHEN o.overdue THEN NULL
				WHEN d.maturity < :'anchor'::date THEN d.maturity
				WHEN h.u6 < 0.10
				THEN greatest(d.disb, :'ws'::date) + 30
					 + (h.u6 * 10 * (:'anchor'::date - 31 - greatest(d.disb, :'ws'::date)))::int
		   END AS close_date
	  FROM (SELECT c.tier > 0 AND (k = 1 OR h.u6 < 0.6) AS overdue) AS o
	OFFSET 0) AS st;
CREATE UNIQUE INDEX ON s_loan (j);
CREATE INDEX ON s_loan (cust_no);
ANALYZE s_loan;

-- Overdue instalments: one per month past due (at most 12), the oldest
-- falling due dpd days before the anchor.
CREATE TEMP TABLE s_due AS
SELECT l.j, m, (:'anchor'::date - l.dpd + m * interval '1 month')::date AS due_date,
	   a.principal, a.interest,
	   CASE WHEN m = 0 OR pg_temp.u(l.j * 16 + m, 80, :seed) < 0.5 THEN 50000 ELSE 0 END::numeric(18,2) AS fees,
	   (pg_catalog.round((a.principal + a.interest) * 0.015
			* (l.dpd - m * 30) / 30 / 1000) * 1000)::numeric(18,2) AS penalty
  FROM s_loan l
 CROSS JOIN LATERAL pg_catalog.generate_series(0, least(12, (l.dpd + 30) / 31) - 1) AS m
 CROSS JOIN LATERAL (
	SELECT (pg_catalog.round(CASE WHEN l.product = 1 THEN l.amount * 0.03 ELSE l.amount / l.term END / 1000) * 1000)::numeric(18,2) AS principal,
		   (pg_catalog.round(l.amount * l.rate / 1200 / 1000) * 1000)::numeric(18,2) AS interest
	OFFSET 0) AS a
 WHERE l.dpd > 0;
ANALYZE s_due;

INSERT INTO bank_sync_service.loans
	(id, account_number, cif, product_type, original_amount, currency, disbursement_date, maturity_date,
	 interest_rate, term, payment_frequency, limit_amount, outstanding, remaining_amount, due_amount, min_pay,
	 next_payment_date, dpd, delinquency_status, status, close_date, resolution_code, resolution_notes,
	 source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(l.j, 20, :seed), l.account_number, l.cif, l.product_type, l.amount, 'VND',
	   l.disb, l.maturity, l.rate, l.term,
	   CASE WHEN l.product = 6 AND l.u8 < 0.3 THEN 'QUARTERLY' ELSE 'MONTHLY' END,
	   CASE WHEN l.product = 1 THEN l.amount END,
	   o.outstanding,
	   CASE WHEN l.closed THEN 0
			WHEN l.product = 1 THEN o.outstanding
			ELSE (pg_catalog.round(o.outstanding * (1 + l.rate / 100
				  * greatest(1, l.term - o.elapsed) / 24) / 1000) * 1000)::numeric(18,2) END,
	   coalesce(due.total, 0),
	   CASE WHEN l.closed THEN NULL
			WHEN l.product = 1 THEN greatest(100000, pg_catalog.round(o.outstanding * 0.05 / 1000) * 1000)
			ELSE pg_catalog.round((l.amount / l.term + l.amount * l.rate / 1200) / 1000) * 1000 END,
	   CASE WHEN l.closed THEN l.close_date
			WHEN l.dpd > 0 THEN :'anchor'::date - l.dpd
			ELSE :'anchor'::date + (pg_catalog.date_part('day', l.disb)::int - 1) % 28 END,
	   l.dpd,
	   CASE WHEN l.closed THEN 'CLOSED'
			WHEN l.dpd = 0 THEN 'CURRENT'
			WHEN l.dpd <= 30 THEN 'DPD_1_30'
			WHEN l.dpd <= 60 THEN 'DPD_31_60'
			WHEN l.dpd <= 90 THEN 'DPD_61_90'
			WHEN l.dpd <= 180 THEN 'DPD_91_180'
			WHEN l.dpd <= 360 THEN 'DPD_181_360'
			ELSE 'DPD_OVER_360' END,
	   CASE WHEN l.closed THEN 'CLOSED' ELSE 'OPEN' END::crmdb.loan_status,
	   l.close_date,
	   CASE WHEN NOT l.closed THEN NULL
			WHEN l.close_date = l.maturity THEN 'PAID_AT_MATURITY'
			WHEN l.u9 < 0.7 THEN 'EARLY_REPAYMENT'
			WHEN l.u9 < 0.9 THEN 'REFINANCED'
			ELSE 'SETTLEMENT' END,
	   CASE WHEN NOT l.closed THEN NULL
			WHEN l.close_date = l.maturity THEN 'Tất toán đúng hạn'
			WHEN l.u9 < 0.7 THEN 'Khách hàng tất toán trước hạn'
			WHEN l.u9 < 0.9 THEN 'Tất toán bằng khoản vay mới'
			ELSE 'Tất toán theo thỏa thuận giảm lãi phạt' END,
	   l.source_system, l.source_system || '_SYNC', l.source_system || '_SYNC',
	   l.disb::timestamp + interval '10 hours', (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_loan l
 CROSS JOIN LATERAL (
	SELECT e.elapsed,
		   CASE WHEN l.closed THEN 0
				WHEN l.product = 1 THEN (pg_catalog.round(l.amount * (0.2 + 0.75 * l.u10) / 1000) * 1000)::numeric(18,2)
				ELSE (pg_catalog.round(l.amount * greatest(0.05, 1 - e.elapsed / l.term) / 1000) * 1000)::numeric(18,2)
		   END AS outstanding
	  FROM (SELECT ((:'anchor'::date - l.disb) / 30.44)::numeric AS elapsed) AS e
	OFFSET 0) AS o
  LEFT JOIN (SELECT j, pg_catalog.sum(principal + interest + fees + penalty) AS total
			   FROM s_due GROUP BY j) AS due ON due.j = l.j
 ORDER BY l.j;
SELECT pg_temp.step('loans', 3 * :n, pg_temp.last_step());

INSERT INTO bank_sync_service.due_segmentations
	(id, loan_account_number, due_date, principal_amount, interest_amount, fees_amount, penalty_amount,
	 source_system, created_by, updated_by, created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(d.j * 16 + d.m, 21, :seed), l.account_number, d.due_date, d.principal, d.interest, d.fees, d.penalty,
	   l.source_system, l.source_system || '_SYNC', l.source_system || '_SYNC',
	   d.due_date::timestamp + interval '1 hour', (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_due d JOIN s_loan l ON l.j = d.j
 ORDER BY d.j, d.m;
SELECT pg_temp.step('due_segmentations', (SELECT pg_catalog.count(*) FROM s_due), pg_temp.last_step());

-- Collateral: the vehicle of every auto loan, the property of every
-- mortgage and of 40% of business loans.
CREATE TEMP TABLE s_coll AS
SELECT l.j, l.cif, l.account_number, l.source_system,
	   'COL' || pg_catalog.lpad(l.j::text, 12, '0') AS collateral_number,
	   l.product = 4 AS vehicle, l.amount, l.disb, l.u11 AS u1, l.u12 AS u2, c.rid, c.plate,
	   c.address_line1, c.address_line2, c.district, c.city
  FROM s_loan l JOIN s_cust c ON c.i = l.cust_no
 WHERE l.product IN (4, 5) OR (l.product = 6 AND l.u11 < 0.4);

INSERT INTO bank_sync_service.collaterals
	(id, collateral_number, cif, type, description, value, valuation_date, make, model, year, vin, license_plate,
	 property_type, address, size, title_number, source_system, created_by, updated_by,
	 created_at, updated_at, is_editable, last_synced_at)
SELECT pg_temp.uid(x.j, 30, :seed), x.collateral_number, x.cif,
	   CASE WHEN x.vehicle THEN 'VEHICLE' ELSE 'REAL_ESTATE' END,
	   CASE WHEN x.vehicle
			THEN 'Xe ô tô ' || v.make || ' ' || v.model || ' ' || v.year || ', biển số ' || v.plate
			ELSE ('{Căn hộ chung cư,Nhà ở riêng lẻ,Quyền sử dụng đất,Nhà phố thương mại}'::text[])[p.kind]
				 || ' ' || pg_catalog.to_char(p.size, 'FM990.0') || ' m², ' || p.address END,
	   (pg_catalog.round(x.amount * CASE WHEN x.vehicle THEN 1.15 + 0.35 * x.u2 ELSE 1.3 + 0.7 * x.u2 END / 1000000) * 1000000)::numeric(18,2),
	   CASE WHEN x.vehicle THEN x.disb - 3 - (x.u1 * 20)::int
			ELSE greatest(x.disb - 20, :'anchor'::date - 30 - (x.u2 * 330)::int) END,
	   v.make, v.model, v.year, v.vin, v.plate,
	   CASE WHEN NOT x.vehicle THEN ('{APARTMENT,HOUSE,LAND,SHOPHOUSE}'::text[])[p.kind] END,
	   p.address, p.size,
	   CASE WHEN NOT x.vehicle THEN ('{CS,CT,BĐ,CH}'::text[])[p.kind]
									|| pg_catalog.lpad(pg_temp.scramble(x.j, 1000000, :seed + 11)::text, 6, '0') END,
	   x.source_system, x.source_system || '_SYNC', x.source_system || '_SYNC',
	   x.disb::timestamp + interval '9 hours', (:'anchor'::date - 1)::timestamp + interval '2 hours', false,
	   (:'anchor'::date - 1)::timestamp + interval '2 hours'
  FROM s_coll x
 CROSS JOIN LATERAL (
	SELECT ('{Toyota,Honda,Hyundai,Kia,Mazda,Ford,VinFast,Mitsubishi}'::text[])[1 + (x.u1 * 8)::int % 8] AS make,
		   ('{{Vios,Camry,Corolla Cross},{City,Civic,CR-V},{Accent,Tucson,Santa Fe},{Morning,Seltos,Carnival},'
			 '{Mazda3,CX-5,CX-8},{Ranger,Everest,Territory},{VF 5,VF 8,Lux A2.0},{Xpander,Attrage,Outlander}}'::text[])
			[1 + (x.u1 * 8)::int % 8][1 + (x.u2 * 3)::int % 3] AS model,
		   ('{MR0,RLH,KMH,KNA,JM1,RL0,RLL,MMB}'::text[])[1 + (x.u1 * 8)::int % 8] AS wmi
	OFFSET 0) AS v0
 LEFT JOIN LATERAL (
	SELECT v0.make, v0.model,
		   pg_catalog.date_part('year', x.disb)::int - (x.u2 * 3)::int AS year,
		   v0.wmi || pg_catalog.upper(pg_catalog.left(pg_catalog.md5(:seed || ':vin:' || x.j), 8))
			   || pg_catalog.lpad((x.j % 1000000)::text, 6, '0') AS vin,
		   x.plate || ('{A,D,E,F,G,H,K}'::text[])[1 + (x.u2 * 7)::int % 7] || '-'
			   || pg_catalog.lpad((pg_temp.scramble(x.j, 100000, :seed + 13) / 100)::text, 3, '0') || '.'
			   || pg_catalog.lpad((pg_temp.scramble(x.j, 100000, :seed + 13) % 100)::text, 2, '0') AS plate
	WHERE x.vehicle
	OFFSET 0) AS v ON true
 LEFT JOIN LATERAL (
	SELECT k.kind,
		   (pg_catalog.round((('{45,60,80,60}'::float8[])[k.kind] + x.u1 * ('{90,200,400,180}'::float8[])[k.kind]) * 10) / 10)::numeric(10,2) AS size,
		   (1 + (x.u2 * 250)::int) || ' ' || pg_temp.street(x.u1) || ', ' || x.address_line2 || ', '
			   || x.district || ', ' || x.city AS address
	  FROM (SELECT 1 + (x.u2 * 4)::int % 4 AS kind) AS k
	 WHERE NOT x.vehicle
	OFFSET 0) AS p ON true
 ORDER BY x.j;

INSERT INTO bank_sync_service.loan_collaterals
	(id, loan_account_number, collateral_number, created_at, updated_at, source_system)
SELECT pg_temp.uid(x.j, 31, :seed), x.account_number, x.collateral_number,
	   x.disb::timestamp + interval '9 hours', x.disb::timestamp + interval '9 hours', x.source_system
  FROM s_coll x
 ORDER BY x.j;
SELECT pg_temp.step('collaterals', (SELECT pg_catalog.count(*) FROM s_coll), pg_temp.last_step());

/* ------------------------------------------------------------------------
 * Assignments (SCD type 2), cases and case actions
 * ------------------------------------------------------------------------
 */
-- A supervisor makes the assignments: each customer's by the supervisor
-- of its number (the administrator where there is no supervisor); closing
-- the past assignment is part of making the current one.
CREATE TEMP TABLE s_supervisor AS
SELECT pg_catalog.row_number() OVER (ORDER BY a) - 1 AS sup_no, username
  FROM s_agent WHERE kind = 'supervisor'
UNION ALL
SELECT 0, username FROM s_agent WHERE a = 1 AND NOT EXISTS (SELECT FROM s_agent WHERE kind = 'supervisor');
SELECT pg_catalog.count(*) AS n_supervisors FROM s_supervisor \gset

INSERT INTO workflow_service.customer_agents
	(id, cif, assigned_call_agent_id, assigned_field_agent_id, start_date, end_date, is_current, created_at, updated_at,
	 created_by, updated_by)
SELECT pg_temp.uid(c.i * 2 + k, 40, :seed), c.cif,
	   CASE WHEN k = 0 THEN c.past_call_id ELSE c.cur_call_id END,
	   CASE WHEN k = 0 THEN c.past_field_id ELSE c.cur_field_id END,
	   CASE WHEN k = 0 THEN c.past_start ELSE c.switch_date END,
	   CASE WHEN k = 0 THEN c.switch_date END,
	   k = 1,
	   (CASE WHEN k = 0 THEN c.past_start ELSE c.switch_date END)::timestamp + interval '8 hours',
	   c.switch_date::timestamp + interval '8 hours',
	   sv.username, sv.username
  FROM s_cust c
 CROSS JOIN pg_catalog.generate_series(0, 1) AS k
  JOIN s_supervisor sv ON sv.sup_no = c.i % :n_supervisors
 ORDER BY c.i, k;
SELECT pg_temp.step('customer_agents', 2 * :n, pg_temp.last_step());

-- The case status follows the worst days past due of the customer's loans.
CREATE TEMP TABLE s_case AS
SELECT c.i, c.cif, c.switch_date, c.past_call_id, c.past_call_user, c.cur_call_id, c.cur_call_user,
	   c.cur_field_id, x.max_dpd, x.has_collateral,
	   CASE WHEN x.max_dpd = 0 THEN 'PAYING'
			ELSE ('{CONTACTED,PROMISE_TO_PAY,PROMISE_TO_PAY,BROKEN_PROMISE,UNREACHABLE,REFUSED_TO_PAY,NEGOTIATING}'::text[])
				 [1 + (pg_temp.u(c.i, 90, :seed) * 7)::int % 7] END AS customer_status,
	   CASE WHEN NOT x.has_collateral THEN 'NO_COLLATERAL'
			WHEN x.max_dpd <= 90 THEN 'SECURED'
			WHEN x.max_dpd <= 360 THEN 'REVALUATION_REQUIRED'
			ELSE 'SEIZURE_IN_PROGRESS' END AS collateral_status,
	   CASE WHEN x.max_dpd = 0 THEN 'MONITORING'
			WHEN x.max_dpd <= 30 THEN 'EARLY_COLLECTION'
			WHEN x.max_dpd <= 90 THEN 'COLLECTION'
			WHEN x.max_dpd <= 180 THEN 'LATE_COLLECTION'
			WHEN x.max_dpd <= 360 THEN 'PRE_LEGAL'
			ELSE 'LEGAL_ACTION' END AS processing_state_status,
	   CASE WHEN x.max_dpd > 90 AND pg_temp.u(c.i, 91, :seed) < 0.05 THEN 'MISUSE_OF_FUNDS'
			WHEN x.max_dpd > 90 AND pg_temp.u(c.i, 91, :seed) < 0.08 THEN 'FALSE_INFORMATION'
			ELSE 'NONE' END AS lending_violation_status,
	   CASE WHEN x.max_dpd <= 30 THEN 'HIGH'
			WHEN x.max_dpd <= 90 THEN 'MEDIUM'
			WHEN x.max_dpd <= 360 THEN 'LOW'
			ELSE 'VERY_LOW' END AS recovery_ability_status,
	   1 + (pg_temp.u(c.i, 92, :seed) * 3)::int % 3 AS n_actions
  FROM s_cust c
  JOIN (SELECT cust_no, pg_catalog.max(dpd) AS max_dpd,
			   pg_catalog.bool_or(product IN (4, 5) OR (product = 6 AND u11 < 0.4)) AS has_collateral
		  FROM s_loan GROUP BY cust_no) AS x ON x.cust_no = c.i;

-- Case actions spread over the two years; the last one set the statuses
-- the case holds now, earlier ones updated some of them.
CREATE TEMP TABLE s_case_action AS
SELECT s.i, s.cif, q, q = s.n_actions AS is_last,
	   (:'ws'::date + ((q - 1 + pg_temp.u(s.i * 4 + q, 93, :seed)) * (:'anchor'::date - :'ws'::date - 1) / s.n_actions)::int)::timestamp
		   + (8 + (pg_temp.u(s.i * 4 + q, 94, :seed) * 10)::int) * interval '1 hour'
		   + (pg_temp.u(s.i * 4 + q, 95, :seed) * 3600)::int * interval '1 second' AS action_date,
	   s.switch_date, s.past_call_id, s.past_call_user, s.cur_call_id, s.cur_call_user,
	   s.customer_status, s.collateral_status, s.processing_state_status, s.lending_violation_status,
	   s.recovery_ability_status
  FROM s_case s
 CROSS JOIN LATERAL pg_catalog.generate_series(1, s.n_actions) AS q;
ANALYZE s_case, s_case_action;

-- A case is opened by the call agent assigned then and last updated by the
-- agent of its last case action.
INSERT INTO workflow_service.customer_cases
	(id, cif, assigned_call_agent_id, assigned_field_agent_id, f_update, customer_status, collateral_status,
	 processing_state_status, lending_violation_status, recovery_ability_status, created_at, updated_at,
	 created_by, updated_by)
SELECT pg_temp.uid(s.i, 41, :seed), s.cif, s.cur_call_id, s.cur_field_id, a.action_date,
	   s.customer_status, s.collateral_status, s.processing_state_status, s.lending_violation_status,
	   s.recovery_ability_status, (:'ws'::date)::timestamp + interval '7 hours', a.action_date,
	   CASE WHEN :'ws'::date < s.switch_date THEN s.past_call_user ELSE s.cur_call_user END,
	   CASE WHEN a.action_date < a.switch_date THEN a.past_call_user ELSE a.cur_call_user END
  FROM s_case s
  JOIN s_case_action a ON a.i = s.i AND a.is_last
 ORDER BY s.i;

INSERT INTO workflow_service.customer_case_actions
	(id, cif, agent_id, action_date, notes, customer_status, collateral_status, processing_state_status,
	 lending_violation_status, recovery_ability_status, created_at, updated_at, created_by, updated_by)
SELECT pg_temp.uid(a.i * 4 + a.q, 42, :seed), a.cif,
	   CASE WHEN a.action_date < a.switch_date THEN a.past_call_id ELSE a.cur_call_id END,
	   a.action_date,
	   CASE WHEN a.is_last THEN 'Cập nhật trạng thái hồ sơ sau cuộc gọi gần nhất'
			ELSE 'Cập nhật tình trạng liên hệ khách hàng' END,
	   a.customer_status,
	   CASE WHEN a.is_last THEN a.collateral_status END,
	   CASE WHEN a.is_last THEN a.processing_state_status END,
	   CASE WHEN a.is_last THEN a.lending_violation_status END,
	   CASE WHEN a.is_last THEN a.recovery_ability_status END,
	   a.action_date + interval '5 minutes', a.action_date + interval '5 minutes',
	   CASE WHEN a.action_date < a.switch_date THEN a.past_call_user ELSE a.cur_call_user END,
	   CASE WHEN a.action_date < a.switch_date THEN a.past_call_user ELSE a.cur_call_user END
  FROM s_case_action a
 ORDER BY a.i, a.q;
SELECT pg_temp.step('customer_cases + actions',
	:n + (SELECT pg_catalog.count(*) FROM s_case_action), pg_temp.last_step());

/* ------------------------------------------------------------------------
 * Payments and agent actions: the big tables, in chunks of customers
 * ------------------------------------------------------------------------
 * Each chunk goes in in date order, as payments and actions arrive in a
 * bank: the date-keyed indexes then grow at their right edge and the
 * partitions' heaps are in date order.
 *
 * Payment p of n_pay falls in the p-th slice of the loan's window
 * [pay_from, pay_to), between 07:00 and 21:00; it pays the instalment (or
 * 5% of a card limit), 30% of the time a different amount.  92% complete,
 * 6% fail, 2% are reversed; half of those of the last three days are still
 * pending.  Reference
 * numbers embed the payment's number: unique by construction.
 */
CREATE FUNCTION pg_temp.gen_payments(p_lo int, p_hi int, p_seed bigint, p_anchor date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_rows bigint;
BEGIN
	INSERT INTO payment_service.payments
		(id, reference_number, loan_account_number, cif, amount, currency, payment_date, payment_method,
		 status, status_reason, source_system, created_by, updated_by, created_at, updated_at, is_editable,
		 last_synced_at)
	SELECT pg_temp.uid(x.pay_no, 50, p_seed),
		   CASE WHEN x.source_system = 'W4' THEN 'W4' ELSE 'FT' END || pg_catalog.lpad(x.pay_no::text, 12, '0'),
		   x.account_number, x.cif,
		   (greatest(50000, pg_catalog.round(x.base * x.factor / 1000) * 1000))::numeric(18,2),
		   'VND', x.payment_date,
		   ('{BANK_TRANSFER,AUTO_DEBIT,MOBILE_BANKING,CASH,E_WALLET,COLLECTION_AGENT}'::text[])
			   [pg_catalog.width_bucket(x.u_method, '{0,.35,.60,.80,.90,.95}'::float8[])],
		   ('{COMPLETED,FAILED,REVERSED,PENDING}'::crmdb.payment_status[])[x.status],
		   CASE x.status
			 WHEN 2 THEN ('{Không đủ số dư,Tài khoản bị phong tỏa,Ngân hàng đối tác không phản hồi,Sai thông tin tài khoản}'::text[])
						 [1 + (x.u_method * 4)::int % 4]
			 WHEN 3 THEN ('{Khách hàng khiếu nại giao dịch,Thanh toán trùng}'::text[])[1 + (x.u_method * 2)::int % 2]
			 WHEN 4 THEN 'Chờ ngân hàng xác nhận'
		   END,
		   x.source_system, x.sync_user, x.sync_user,
		   x.payment_date + interval '3 minutes', x.payment_date + interval '3 minutes', false,
		   x.payment_date + interval '1 hour'
	  FROM (
		SELECT w.*,
			   CASE WHEN w.payment_date >= p_anchor - 3 AND w.u_method < 0.5 THEN 4 ELSE w.status0 END AS status
		  FROM (
		SELECT l.j * 16 + p AS pay_no, l.account_number, l.cif, l.source_system,
			   l.source_system::text || '_SYNC' AS sync_user,
			   CASE WHEN l.product = 1 THEN greatest(100000::float8, l.amount::float8 * 0.05)
					ELSE l.amount::float8 / l.term + l.amount::float8 * l.rate / 1200 END AS base,
			   CASE WHEN pg_temp.u(l.j * 16 + p, 51, p_seed) < 0.7 THEN 1.0
					ELSE 0.3 + 1.7 * pg_temp.u(l.j * 16 + p, 52, p_seed) END AS factor,
			   l.pay_from + pg_catalog.floor((p - 1 + pg_temp.u(l.j * 16 + p, 53, p_seed)) * (l.pay_to - l.pay_from) / l.n_pay)::int
				   + (25200 + (pg_temp.u(l.j * 16 + p, 54, p_seed) * 50399)::int) * interval '1 second' AS payment_date,
			   pg_temp.u(l.j * 16 + p, 55, p_seed) AS u_method,
			   pg_catalog.width_bucket(pg_temp.u(l.j * 16 + p, 56, p_seed), '{0,.92,.98}'::float8[]) AS status0
		  FROM s_loan l
		 CROSS JOIN LATERAL pg_catalog.generate_series(1, l.n_pay) AS p
		 WHERE l.cust_no BETWEEN p_lo AND p_hi
		OFFSET 0) AS w) AS x
	 ORDER BY x.payment_date;
	GET DIAGNOSTICS v_rows = ROW_COUNT;
	RETURN v_rows;
END
$$;

/*
 * Action q of n_act falls in the q-th slice of the loan's window, between
 * 08:00 and 20:00, by the agent assigned on that day: a visit by the field
 * agent (customers from tier 2 on, 25% of their actions), else a call, an
 * SMS or a letter by the call agent.
 */
CREATE FUNCTION pg_temp.gen_actions(p_lo int, p_hi int, p_seed bigint)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_rows bigint;
BEGIN
	INSERT INTO workflow_service.action_records
		(id, cif, loan_account_number, agent_id, type, subtype, action_result, action_date, notes, call_trace_id,
		 visit_latitude, visit_longitude, visit_address, created_at, updated_at, created_by, updated_by)
	SELECT pg_temp.uid(y.act_no, 60, p_seed), y.cif, y.account_number,
		   CASE WHEN y.kind = 2 THEN y.field_id ELSE y.call_id END,
		   ('{CALL,VISIT,SMS,LETTER}'::text[])[y.kind],
		   CASE y.kind
			 WHEN 1 THEN CASE WHEN y.u_sub < 0.8 THEN 'OUTBOUND_CALL' ELSE 'INBOUND_CALL' END
			 WHEN 2 THEN CASE WHEN y.is_org THEN 'OFFICE_VISIT' ELSE 'HOME_VISIT' END
			 WHEN 3 THEN CASE WHEN y.u_sub < 0.5 THEN 'PAYMENT_REMINDER' ELSE 'OVERDUE_NOTICE' END
			 ELSE 'DEMAND_LETTER' END,
		   ('{PAYMENT_PROMISE,PAYMENT_RECEIVED,NO_ANSWER,CALLBACK_REQUESTED,REFUSED_TO_PAY,WRONG_NUMBER,CONTACTED,'
			 'CUSTOMER_NOT_HOME,SENT,SEND_FAILED,DELIVERED,RETURNED}'::text[])[y.result],
		   y.action_date,
		   ('{{Khách hàng hứa thanh toán trong tuần này,KH hẹn chuyển khoản cuối tháng,Khách hàng cam kết trả một phần nợ quá hạn},'
			 '{Đã nhận tiền thanh toán,Khách hàng đã chuyển khoản; chờ đối soát,Đã thu tiền mặt tại nhà khách hàng},'
			 '{Không nghe máy,Thuê bao không liên lạc được,Gọi 3 lần không bắt máy},'
			 '{Khách hàng bận; hẹn gọi lại sau,Người nhà nghe máy; hẹn gọi lại,Khách hàng đề nghị gọi lại buổi tối},'
			 '{Khách hàng từ chối thanh toán,KH khiếu nại về phí phạt,Khách hàng cho rằng không còn nợ},'
			 '{Sai số điện thoại,Số điện thoại không phải của khách hàng,Số điện thoại đã đổi chủ},'
			 '{Đã nhắc nợ khách hàng,Đã thông báo số tiền quá hạn,Khách hàng xác nhận khoản nợ},'
			 '{Khách hàng vắng nhà; đã để lại thông báo,Gặp người thân; đã nhắn lại,Nhà đóng cửa},'
			 '{Đã gửi tin nhắn nhắc nợ,Đã gửi tin nhắn nhắc nợ,Đã gửi tin nhắn nhắc nợ},'
			 '{Tin nhắn không gửi được,Tin nhắn không gửi được,Tin nhắn không gửi được},'
			 '{Đã gửi thư thông báo nợ quá hạn,Đã gửi thư thông báo nợ quá hạn,Đã gửi thư thông báo nợ quá hạn},'
			 '{Thư bị trả lại,Thư bị trả lại,Thư bị trả lại}}'::text[])[y.result][1 + (y.u_note * 3)::int % 3],
		   CASE WHEN y.kind = 1 THEN 'CT' || pg_catalog.lpad(y.act_no::text, 12, '0') END,
		   CASE WHEN y.kind = 2 THEN pg_catalog.round((y.lat + (y.u_sub - 0.5) * 0.002)::numeric, 8) END,
		   CASE WHEN y.kind = 2 THEN pg_catalog.round((y.lon + (y.u_note - 0.5) * 0.002)::numeric, 8) END,
		   CASE WHEN y.kind = 2 THEN y.visit_address END,
		   y.action_date + interval '2 minutes', y.action_date + interval '2 minutes',
		   CASE WHEN y.kind = 2 THEN y.field_user ELSE y.call_user END,
		   CASE WHEN y.kind = 2 THEN y.field_user ELSE y.call_user END
	  FROM (
		SELECT x.*,
			   CASE x.kind
				 WHEN 1 THEN pg_catalog.width_bucket(x.u_result, '{0,.25,.30,.55,.65,.73,.76}'::float8[])
				 WHEN 2 THEN ('{1,2,5,7,8}'::int[])[pg_catalog.width_bucket(x.u_result, '{0,.30,.40,.50,.75}'::float8[])]
				 WHEN 3 THEN CASE WHEN x.u_result < 0.95 THEN 9 ELSE 10 END
				 ELSE CASE WHEN x.u_result < 0.9 THEN 11 ELSE 12 END
			   END AS result,
			   CASE WHEN x.past THEN x.past_call_id ELSE x.cur_call_id END AS call_id,
			   CASE WHEN x.past THEN x.past_call_user ELSE x.cur_call_user END AS call_user,
			   CASE WHEN x.past THEN x.past_field_id ELSE x.cur_field_id END AS field_id,
			   CASE WHEN x.past THEN x.past_field_user ELSE x.cur_field_user END AS field_user
		  FROM (
			SELECT w.*,
				   w.action_date < w.switch_date AS past,
				   CASE WHEN w.cur_field_id IS NOT NULL AND w.u_kind < 0.25 THEN 2
						WHEN w.u_kind < 0.35 THEN 3
						WHEN w.u_kind < 0.40 THEN 4
						ELSE 1 END AS kind
			  FROM (
				SELECT l.j * 8 + q AS act_no, l.cif, l.account_number, c.is_org, c.lat, c.lon,
					   c.address_line1 || ', ' || c.address_line2 || ', ' || c.district || ', ' || c.city AS visit_address,
					   c.switch_date, c.past_call_id, c.past_call_user, c.cur_call_id, c.cur_call_user,
					   c.past_field_id, c.past_field_user, c.cur_field_id, c.cur_field_user,
					   l.pay_from + pg_catalog.floor((q - 1 + pg_temp.u(l.j * 8 + q, 61, p_seed)) * (l.pay_to - l.pay_from) / l.n_act)::int
						   + (28800 + (pg_temp.u(l.j * 8 + q, 62, p_seed) * 43199)::int) * interval '1 second' AS action_date,
					   pg_temp.u(l.j * 8 + q, 63, p_seed) AS u_kind,
					   pg_temp.u(l.j * 8 + q, 64, p_seed) AS u_result,
					   pg_temp.u(l.j * 8 + q, 65, p_seed) AS u_sub,
					   pg_temp.u(l.j * 8 + q, 66, p_seed) AS u_note
				  FROM s_loan l
				  JOIN s_cust c ON c.i = l.cust_no
				 CROSS JOIN LATERAL pg_catalog.generate_series(1, l.n_act) AS q
				 WHERE l.cust_no BETWEEN p_lo AND p_hi
				   AND c.i BETWEEN p_lo AND p_hi
				OFFSET 0) AS w
			OFFSET 0) AS x
		OFFSET 0) AS y
	 ORDER BY y.action_date;
	GET DIAGNOSTICS v_rows = ROW_COUNT;
	RETURN v_rows;
END
$$;

-- One statement per step; the chunks keep each INSERT's queue of
-- foreign-key checks bounded.
CREATE FUNCTION pg_temp.run_chunks(p_step text, p_n int, p_chunk int, p_seed bigint, p_anchor date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	v_lo	int := 1;
	v_total	bigint := 0;
	v_start	timestamptz := pg_catalog.clock_timestamp();
BEGIN
	WHILE v_lo <= p_n LOOP
		IF p_step = 'payments' THEN
			v_total := v_total + pg_temp.gen_payments(v_lo, least(p_n, v_lo + p_chunk - 1), p_seed, p_anchor);
		ELSE
			v_total := v_total + pg_temp.gen_actions(v_lo, least(p_n, v_lo + p_chunk - 1), p_seed);
		END IF;
		v_lo := v_lo + p_chunk;
		IF p_n > p_chunk THEN
			RAISE INFO '% of % customers: % %, % s', least(p_n, v_lo - 1), p_n, v_total, p_step,
				pg_catalog.round(extract(epoch FROM pg_catalog.clock_timestamp() - v_start)::numeric, 1);
		END IF;
	END LOOP;
	RETURN v_total;
END
$$;

\set VERBOSITY terse
SELECT pg_temp.run_chunks('payments', :n, :chunk, :seed, :'anchor') AS n_rows \gset
SELECT pg_temp.step('payments', :n_rows, pg_temp.last_step());
SELECT pg_temp.step('payment references registered', pg_temp.registry_fill(), pg_temp.last_step())
 WHERE :registry_off = 1;
SELECT pg_temp.run_chunks('actions', :n, :chunk, :seed, :'anchor') AS n_rows \gset
SELECT pg_temp.step('action_records', :n_rows, pg_temp.last_step());
\set VERBOSITY default

/* ------------------------------------------------------------------------
 * Checks, statistics, summary
 * ------------------------------------------------------------------------
 */
CREATE FUNCTION pg_temp.check_defaults()
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	v_part	regclass;
	v_rows	bigint;
BEGIN
	FOR v_part IN
		SELECT c.oid::regclass
		  FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
		 WHERE i.inhparent IN ('payment_service.payments'::regclass, 'workflow_service.action_records'::regclass,
							   'workflow_service.customer_agents'::regclass)
		   AND pg_catalog.pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'
	LOOP
		EXECUTE pg_catalog.format('SELECT count(*) FROM %s', v_part) INTO v_rows;
		IF v_rows > 0 THEN
			RAISE EXCEPTION USING ERRCODE = 'P0004',
				MESSAGE = pg_catalog.format('%s sample rows landed in the DEFAULT partition %s', v_rows, v_part),
				HINT = 'This is a bug of sample/generate.sql: every dated row must fall into a partition of its quarter.';
		END IF;
	END LOOP;
END
$$;
SELECT pg_temp.check_defaults() \gset
SELECT pg_temp.step('indexes built', pg_temp.indexes_build(), pg_temp.last_step())
 WHERE :'fk_checks' = 'set';
SELECT pg_temp.step('foreign keys checked', pg_temp.ri_verify_enable(), pg_temp.last_step())
 WHERE :'fk_checks' = 'set';
SELECT pg_temp.step('change capture on again', pg_temp.capture_enable(), pg_temp.last_step())
 WHERE :'fk_checks' = 'set';

ANALYZE auth_service.users, auth_service.roles, auth_service.permissions, auth_service.user_sessions,
	bank_sync_service.customers, bank_sync_service.phones, bank_sync_service.addresses, bank_sync_service.emails,
	bank_sync_service.loans, bank_sync_service.collaterals, bank_sync_service.due_segmentations,
	bank_sync_service.reference_customers, bank_sync_service.loan_collaterals,
	payment_service.payments, workflow_service.agents, workflow_service.action_records,
	workflow_service.customer_agents, workflow_service.customer_cases, workflow_service.customer_case_actions;
SELECT 'ANALYZE crmdb.payment_references' WHERE pg_catalog.to_regclass('crmdb.payment_references') IS NOT NULL \gexec
SELECT pg_temp.step('analyze', NULL, pg_temp.last_step());

COMMIT;

\pset tuples_only off
\pset format aligned
\echo
SELECT s.step, s.rows,
	   pg_catalog.round(extract(epoch FROM s.finished - pg_catalog.lag(s.finished) OVER (ORDER BY s.step_no))::numeric, 2) AS seconds
  FROM s_step s
 ORDER BY s.step_no OFFSET 1;
SELECT :n AS customers, :seed AS seed, :'anchor'::date AS anchor,
	   pg_catalog.round(extract(epoch FROM pg_catalog.clock_timestamp() - :'t_start'::timestamptz)::numeric, 1) AS total_seconds,
	   pg_catalog.pg_size_pretty(pg_catalog.pg_database_size(pg_catalog.current_database())) AS database_size;
-- -v index_times=1: the index builds, slowest first (fk_checks=set)
\if :{?index_times}
SELECT rel, name, pg_catalog.round(seconds::numeric, 2) AS seconds
  FROM s_index
 ORDER BY seconds DESC NULLS LAST;
\endif
