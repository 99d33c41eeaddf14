/*-------------------------------------------------------------------------
 *
 * partition_bounds.c
 *	  Interval, bound and name arithmetic of crmdb's partition rollover.
 *
 * Every partition crmdb creates covers one calendar interval (a day, a
 * Monday-to-Sunday week, a month, a quarter or a year) and is named after
 * it.  The arithmetic here is done on plain dates and on the UTC wall
 * clock, never through the session's TimeZone or DateStyle, so that the
 * same p_now gives the same partitions in every session: a date column
 * gets date bounds, a timestamp column timestamp bounds, a timestamptz
 * column bounds at midnight UTC written with an explicit "+00".
 *
 * The bounds of existing partitions are read from pg_class.relpartbound
 * (the parsed PartitionBoundSpec), not from pg_get_expr() text, which
 * would depend on the session's settings.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/partition/partition_bounds.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "nodes/primnodes.h"
#include "partitioning/partdesc.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "crmdb.h"
#include "partition/partition.h"
#include "support/support.h"

/*
 * crmdb_interval_from_interval
 *		Classify a partition_interval value.  Only the exact calendar
 *		forms are accepted: '1 day', '1 week' (7 days), '1 month',
 *		'3 months' and '1 year'.  '30 days' is not a month and '24 hours'
 *		is not a day: interval comparison would call them equal, so the
 *		fields are checked one by one.
 */
bool
crmdb_interval_from_interval(const Interval *iv, CrmdbInterval *result)
{
	if (iv->time != 0)
		return false;
	if (iv->month == 0 && iv->day == 1)
		*result = CRMDB_INTERVAL_DAY;
	else if (iv->month == 0 && iv->day == 7)
		*result = CRMDB_INTERVAL_WEEK;
	else if (iv->month == 1 && iv->day == 0)
		*result = CRMDB_INTERVAL_MONTH;
	else if (iv->month == 3 && iv->day == 0)
		*result = CRMDB_INTERVAL_QUARTER;
	else if (iv->month == 12 && iv->day == 0)
		*result = CRMDB_INTERVAL_YEAR;
	else
		return false;
	return true;
}

/* Split a DateADT (days since 2000-01-01) into year, month and day. */
static void
date_split(int32 date, int *year, int *month, int *day)
{
	j2date(date + POSTGRES_EPOCH_JDATE, year, month, day);
}

static int32
date_make(int year, int month, int day)
{
	return date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
}

/*
 * crmdb_align
 *		The first day of the interval that contains the given date.
 */
int32
crmdb_align(int32 date, CrmdbInterval iv)
{
	int			year,
				month,
				day;

	switch (iv)
	{
		case CRMDB_INTERVAL_DAY:
			return date;
		case CRMDB_INTERVAL_WEEK:
			/* j2day: 0 is Sunday; go back to the Monday */
			return date - (j2day(date + POSTGRES_EPOCH_JDATE) + 6) % 7;
		case CRMDB_INTERVAL_MONTH:
			date_split(date, &year, &month, &day);
			return date_make(year, month, 1);
		case CRMDB_INTERVAL_QUARTER:
			date_split(date, &year, &month, &day);
			return date_make(year, ((month - 1) / 3) * 3 + 1, 1);
		case CRMDB_INTERVAL_YEAR:
			date_split(date, &year, &month, &day);
			return date_make(year, 1, 1);
	}
	elog(ERROR, "unrecognized partition interval %d", (int) iv);
	return 0;					/* keep compiler quiet */
}

/*
 * crmdb_advance
 *		The aligned date n intervals after (or before, n < 0) an aligned
 *		date.
 */
int32
crmdb_advance(int32 date, CrmdbInterval iv, int n)
{
	int			year,
				month,
				day;
	int			months;
	int			total;

	switch (iv)
	{
		case CRMDB_INTERVAL_DAY:
			return date + n;
		case CRMDB_INTERVAL_WEEK:
			return date + 7 * n;
		case CRMDB_INTERVAL_MONTH:
			months = 1;
			break;
		case CRMDB_INTERVAL_QUARTER:
			months = 3;
			break;
		case CRMDB_INTERVAL_YEAR:
			months = 12;
			break;
		default:
			elog(ERROR, "unrecognized partition interval %d", (int) iv);
			return 0;			/* keep compiler quiet */
	}
	date_split(date, &year, &month, &day);
	total = year * 12 + (month - 1) + months * n;
	/* total is never negative: years before 1 AD are refused earlier */
	return date_make(total / 12, total % 12 + 1, 1);
}

/*
 * crmdb_bound_to_date
 *		The date (days since 2000-01-01) a bound falls on, rounding down.
 */
int32
crmdb_bound_to_date(int64 bound)
{
	int64		days = bound / USECS_PER_DAY;

	if (bound < 0 && bound % USECS_PER_DAY != 0)
		days--;
	return (int32) days;
}

int64
crmdb_date_to_bound(int32 date)
{
	return (int64) date * USECS_PER_DAY;
}

/*
 * crmdb_timestamptz_date
 *		The UTC date of a timestamptz.
 */
int32
crmdb_timestamptz_date(TimestampTz ts)
{
	return crmdb_bound_to_date((int64) ts);
}

/*
 * crmdb_datum_to_bound
 *		A date, timestamp or timestamptz value as a bound.
 */
int64
crmdb_datum_to_bound(Datum value, Oid typid)
{
	switch (typid)
	{
		case DATEOID:
			{
				DateADT		d = DatumGetDateADT(value);

				if (DATE_IS_NOBEGIN(d))
					return CRMDB_BOUND_MIN;
				if (DATE_IS_NOEND(d))
					return CRMDB_BOUND_MAX;
				return crmdb_date_to_bound(d);
			}
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			{
				int64		ts = DatumGetInt64(value);

				if (TIMESTAMP_IS_NOBEGIN(ts))
					return CRMDB_BOUND_MIN;
				if (TIMESTAMP_IS_NOEND(ts))
					return CRMDB_BOUND_MAX;
				return ts;
			}
	}
	elog(ERROR, "unexpected partition key type %u", typid);
	return 0;					/* keep compiler quiet */
}

/*
 * crmdb_bound_to_datum
 *		A bound as a value of the partition key's type, for SPI
 *		parameters.  Date bounds are always at midnight.
 */
Datum
crmdb_bound_to_datum(int64 bound, Oid typid)
{
	switch (typid)
	{
		case DATEOID:
			{
				DateADT		d;

				if (bound == CRMDB_BOUND_MIN)
					DATE_NOBEGIN(d);
				else if (bound == CRMDB_BOUND_MAX)
					DATE_NOEND(d);
				else
					d = crmdb_bound_to_date(bound);
				return DateADTGetDatum(d);
			}
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			{
				int64		ts = bound;

				if (bound == CRMDB_BOUND_MIN)
					TIMESTAMP_NOBEGIN(ts);
				else if (bound == CRMDB_BOUND_MAX)
					TIMESTAMP_NOEND(ts);
				return Int64GetDatum(ts);
			}
	}
	elog(ERROR, "unexpected partition key type %u", typid);
	return (Datum) 0;			/* keep compiler quiet */
}

/*
 * crmdb_bound_text
 *		A bound in ISO 8601 form, whatever the session's DateStyle and
 *		TimeZone: 2026-01-01 for a date column, 2026-01-01 00:00:00 for a
 *		timestamp column, 2026-01-01 00:00:00+00 for a timestamptz column.
 *		MINVALUE and MAXVALUE bounds are written as such.
 */
char *
crmdb_bound_text(int64 bound, Oid typid)
{
	struct pg_tm tm;
	fsec_t		fsec;
	char		buf[MAXDATELEN + 1];

	if (bound == CRMDB_BOUND_MIN)
		return pstrdup("MINVALUE");
	if (bound == CRMDB_BOUND_MAX)
		return pstrdup("MAXVALUE");

	if (timestamp2tm(bound, NULL, &tm, &fsec, NULL, NULL) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("partition bound out of range")));

	if (typid == DATEOID)
		EncodeDateOnly(&tm, USE_ISO_DATES, buf);
	else
	{
		/* a timestamptz bound is UTC: print its offset, +00 */
		tm.tm_isdst = 0;
		EncodeDateTime(&tm, fsec, typid == TIMESTAMPTZOID, 0, NULL,
					   USE_ISO_DATES, buf);
	}
	return pstrdup(buf);
}

/*
 * crmdb_bound_literal
 *		A bound as an SQL expression of the key's type, for DDL:
 *		'2026-01-01 00:00:00'::pg_catalog.timestamp.  The text comes from
 *		crmdb_bound_text(), so it reads the same in every session.
 */
char *
crmdb_bound_literal(int64 bound, Oid typid)
{
	const char *typname;

	if (bound == CRMDB_BOUND_MIN)
		return pstrdup("MINVALUE");
	if (bound == CRMDB_BOUND_MAX)
		return pstrdup("MAXVALUE");

	switch (typid)
	{
		case DATEOID:
			typname = "pg_catalog.date";
			break;
		case TIMESTAMPOID:
			typname = "pg_catalog.\"timestamp\"";
			break;
		case TIMESTAMPTZOID:
			typname = "pg_catalog.timestamptz";
			break;
		default:
			elog(ERROR, "unexpected partition key type %u", typid);
			typname = NULL;		/* keep compiler quiet */
	}
	return psprintf("%s::%s",
					quote_literal_cstr(crmdb_bound_text(bound, typid)),
					typname);
}

/*
 * crmdb_partition_relname
 *		The name of the partition covering [lo, hi):
 *			<table>_<yyyy>_q<n>			3 months
 *			<table>_<yyyy>_<mm>			1 month
 *			<table>_<yyyy>				1 year
 *			<table>_<yyyy>_<mm>_<dd>	1 day, 1 week
 *		A piece that is not a whole aligned interval (the rest of an
 *		interval that partitions made by hand cover in part) is named
 *		after its first day, like a daily partition.  The table's name is
 *		shortened, on a character boundary, so that the whole name fits
 *		in NAMEDATALEN.
 */
char *
crmdb_partition_relname(const char *parent_relname, int64 lo, int64 hi,
						CrmdbInterval iv, bool aligned)
{
	char		suffix[32];
	int			year,
				month,
				day;
	int			maxlen;
	int			len;

	date_split(crmdb_bound_to_date(lo), &year, &month, &day);

	if (!aligned)
		snprintf(suffix, sizeof(suffix), "_%04d_%02d_%02d", year, month, day);
	else
	{
		switch (iv)
		{
			case CRMDB_INTERVAL_QUARTER:
				snprintf(suffix, sizeof(suffix), "_%04d_q%d", year,
						 (month - 1) / 3 + 1);
				break;
			case CRMDB_INTERVAL_MONTH:
				snprintf(suffix, sizeof(suffix), "_%04d_%02d", year, month);
				break;
			case CRMDB_INTERVAL_YEAR:
				snprintf(suffix, sizeof(suffix), "_%04d", year);
				break;
			default:
				snprintf(suffix, sizeof(suffix), "_%04d_%02d_%02d",
						 year, month, day);
				break;
		}
	}

	maxlen = NAMEDATALEN - 1 - strlen(suffix);
	len = pg_mbcliplen(parent_relname, strlen(parent_relname), maxlen);
	return psprintf("%.*s%s", len, parent_relname, suffix);
}

/*
 * crmdb_partition_get_bounds
 *		Read the bounds of one partition from pg_class.relpartbound.
 *		Returns false if the relation is not a partition.
 */
bool
crmdb_partition_get_bounds(Oid relid, Oid keytype, CrmdbPartition *result)
{
	HeapTuple	tuple;
	Datum		datum;
	bool		isnull;
	PartitionBoundSpec *spec;

	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tuple))
		return false;
	datum = SysCacheGetAttr(RELOID, tuple, Anum_pg_class_relpartbound, &isnull);
	if (isnull)
	{
		ReleaseSysCache(tuple);
		return false;
	}
	spec = castNode(PartitionBoundSpec, stringToNode(TextDatumGetCString(datum)));
	ReleaseSysCache(tuple);

	result->relid = relid;
	result->is_default = spec->is_default;
	result->lo = CRMDB_BOUND_MIN;
	result->hi = CRMDB_BOUND_MAX;
	if (spec->is_default)
		return true;

	if (spec->strategy != PARTITION_STRATEGY_RANGE ||
		list_length(spec->lowerdatums) != 1 ||
		list_length(spec->upperdatums) != 1)
		elog(ERROR, "partition %u does not have a single-column range bound",
			 relid);

	for (int i = 0; i < 2; i++)
	{
		PartitionRangeDatum *prd;
		int64		bound;

		prd = castNode(PartitionRangeDatum,
					   linitial(i == 0 ? spec->lowerdatums : spec->upperdatums));
		if (prd->kind == PARTITION_RANGE_DATUM_MINVALUE)
			bound = CRMDB_BOUND_MIN;
		else if (prd->kind == PARTITION_RANGE_DATUM_MAXVALUE)
			bound = CRMDB_BOUND_MAX;
		else
		{
			Const	   *c = castNode(Const, prd->value);

			bound = crmdb_datum_to_bound(c->constvalue, c->consttype);
		}
		if (i == 0)
			result->lo = bound;
		else
			result->hi = bound;
	}
	return true;
}

static int
partition_cmp(const ListCell *a, const ListCell *b)
{
	const CrmdbPartition *pa = lfirst(a);
	const CrmdbPartition *pb = lfirst(b);

	if (pa->is_default != pb->is_default)
		return pa->is_default ? 1 : -1;
	if (pa->lo != pb->lo)
		return pa->lo < pb->lo ? -1 : 1;
	return 0;
}

/*
 * crmdb_list_partitions
 *		The partitions of a parent with their bounds, ordered by lower
 *		bound, the DEFAULT partition (if any) last.  Partitions being
 *		detached concurrently are included: their ranges are still taken.
 */
List *
crmdb_list_partitions(Oid parent, Oid keytype)
{
	Relation	rel;
	PartitionDesc partdesc;
	List	   *result = NIL;

	rel = table_open(parent, AccessShareLock);
	partdesc = RelationGetPartitionDesc(rel, false);
	for (int i = 0; i < partdesc->nparts; i++)
	{
		CrmdbPartition *p = palloc(sizeof(CrmdbPartition));

		if (!crmdb_partition_get_bounds(partdesc->oids[i], keytype, p))
			elog(ERROR, "partition %u of table %u has no bound",
				 partdesc->oids[i], parent);
		result = lappend(result, p);
	}
	table_close(rel, NoLock);

	list_sort(result, partition_cmp);
	return result;
}

/*
 * crmdb_uncovered_pieces
 *		The parts of [lo, hi) that no partition covers, in order.
 *		partitions must be sorted as crmdb_list_partitions() sorts them.
 */
List *
crmdb_uncovered_pieces(List *partitions, int64 lo, int64 hi)
{
	List	   *result = NIL;
	int64		cursor = lo;
	ListCell   *lc;

	foreach(lc, partitions)
	{
		CrmdbPartition *p = lfirst(lc);

		if (p->is_default || p->hi <= cursor)
			continue;
		if (p->lo >= hi)
			break;
		if (p->lo > cursor)
		{
			CrmdbPartition *piece = palloc0(sizeof(CrmdbPartition));

			piece->lo = cursor;
			piece->hi = p->lo;
			result = lappend(result, piece);
		}
		cursor = p->hi;
		if (cursor >= hi)
			break;
	}
	if (cursor < hi)
	{
		CrmdbPartition *piece = palloc0(sizeof(CrmdbPartition));

		piece->lo = cursor;
		piece->hi = hi;
		result = lappend(result, piece);
	}
	return result;
}
