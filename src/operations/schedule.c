/*-------------------------------------------------------------------------
 *
 * schedule.c
 *	  Running crmdb's maintenance from pg_cron: crmdb.schedule_maintenance(),
 *	  crmdb.unschedule_maintenance(), crmdb.maintenance_jobs() and the job
 *	  entry point crmdb.run_job().
 *
 * crmdb has three jobs, named crmdb_partitions, crmdb_refresh_views and
 * crmdb_validation.  Each is registered with pg_cron in the current
 * database, owned by (and run as) the role that calls
 * schedule_maintenance(), and its command is one statement,
 *
 *		CALL crmdb.run_job('<job name>')
 *
 * pg_cron sends a job's command as one query string; several statements
 * would run as one implicit transaction, in which the procedure forms of
 * the maintenance (which commit after each unit of work) cannot commit.
 *
 * Skip, not queue.  pg_cron starts a job at every tick of its schedule,
 * whether or not the previous run has finished, so a refresh that takes
 * longer than its interval piles up runs behind one another.  run_job()
 * therefore takes a session-level advisory lock on (CRMDB_JOB_LOCK_KEY,
 * job number) without waiting.  When the lock is held by the previous run,
 * the new run does nothing but record action 'skipped' in
 * crmdb.maintenance_log; otherwise it calls the procedure form of the job
 * in a non-atomic context, so that the procedure may commit, and releases
 * the lock at the end, also on error.  The lock is the one
 * pg_try_advisory_lock(1668443492, n) takes (n = 1, 2, 3), so an operator
 * can see it in pg_locks and hold a job off by hand.
 *
 * pg_cron keeps the history of every run forever.  run_job() deletes the
 * history of its own job older than crmdb.log_max_age, the retention of
 * crmdb.maintenance_log.
 *
 * Schedules are validated here, before pg_cron sees them, against a
 * strict subset of what pg_cron accepts: five fields (minute, hour, day of
 * month, month, day of week) of numbers, ranges, lists and steps, month
 * and day names, or one of the @hourly ... @yearly macros.  pg_cron itself
 * accepts strings that never run as meant (a sixth field that it ignores,
 * reversed ranges, the 31st of February); those are refused with a
 * message that says why.  Interval schedules ('30 seconds') exist from
 * pg_cron 1.5 on and are accepted only when the installed pg_cron has them.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/operations/schedule.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/dbcommands.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "storage/lock.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/varlena.h"

#include "crmdb.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(schedule_maintenance);
PG_FUNCTION_INFO_V1(unschedule_maintenance);
PG_FUNCTION_INFO_V1(maintenance_jobs);
PG_FUNCTION_INFO_V1(run_job);

/* First key of the advisory locks of the jobs: "crmd" in ASCII. */
#define CRMDB_JOB_LOCK_KEY	1668443492

/* One of crmdb's pg_cron jobs. */
typedef struct CrmdbJob
{
	const char *job_name;		/* name in cron.job */
	int			lock_id;		/* second key of its advisory lock */
	const char *routine;		/* crmdb routine the job runs */
	char		prokind;		/* 'p' procedure, 'f' function */
	const char *statement;		/* what run_job() executes */
} CrmdbJob;

static const CrmdbJob crmdb_jobs[] = {
	{"crmdb_partitions", 1, "run_maintenance_proc", 'p',
	"CALL crmdb.run_maintenance_proc()"},
	{"crmdb_refresh_views", 2, "refresh_views_proc", 'p',
	"CALL crmdb.refresh_views_proc()"},
	{"crmdb_validation", 3, "run_validation", 'f',
	"SELECT crmdb.run_validation()"}
};

#define CRMDB_NUM_JOBS lengthof(crmdb_jobs)

/* ----------------------------------------------------------------
 * Schedule validation
 * ----------------------------------------------------------------
 */

/* One field of a five-field cron schedule. */
typedef struct CronField
{
	const char *name;
	int			min;
	int			max;
	const char *const *names;	/* three-letter names, or NULL */
	int			first_name;		/* value of names[0] */
} CronField;

static const char *const month_names[] = {
	"jan", "feb", "mar", "apr", "may", "jun",
	"jul", "aug", "sep", "oct", "nov", "dec", NULL
};

static const char *const dow_names[] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat", NULL
};

static const CronField cron_fields[5] = {
	{"minute", 0, 59, NULL, 0},
	{"hour", 0, 23, NULL, 0},
	{"day of month", 1, 31, NULL, 0},
	{"month", 1, 12, month_names, 1},
	{"day of week", 0, 7, dow_names, 0}
};

static const char *const cron_macros[] = {
	"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight",
	"@hourly", NULL
};

/*
 * Parse one value of a field at *p: a number or, for month and day of
 * week, a three-letter name.  Returns false with *problem set on error.
 */
static bool
parse_cron_value(const char **p, const CronField *field, int *value,
				 char **problem)
{
	const char *s = *p;

	if (isdigit((unsigned char) *s))
	{
		int			v = 0;

		while (isdigit((unsigned char) *s))
		{
			v = v * 10 + (*s - '0');
			if (v > 999)
				break;
			s++;
		}
		if (v < field->min || v > field->max)
		{
			*problem = psprintf("The %s field allows values from %d to %d.",
								field->name, field->min, field->max);
			return false;
		}
		*value = v;
		*p = s;
		return true;
	}
	if (isalpha((unsigned char) *s) && field->names != NULL)
	{
		int			i;

		for (i = 0; field->names[i] != NULL; i++)
		{
			if (pg_strncasecmp(s, field->names[i], 3) == 0 &&
				!isalpha((unsigned char) s[3]))
			{
				*value = field->first_name + i;
				*p = s + 3;
				return true;
			}
		}
		*problem = psprintf("The %s field allows numbers and the three-letter names %s to %s.",
							field->name, field->names[0],
							field->names[field->first_name == 0 ? 6 : 11]);
		return false;
	}
	*problem = psprintf("The %s field must be a number%s, \"*\", a range, a list or a step.",
						field->name, field->names ? " or a three-letter name" : "");
	return false;
}

/*
 * Parse one field (a comma-separated list of "*", "*\/step", "n", "a-b",
 * "a-b/step") and set bits[v] for every value it matches.
 */
static bool
parse_cron_field(const char *text, const CronField *field, bool *bits,
				 char **problem)
{
	const char *p = text;

	for (;;)
	{
		int			lo,
					hi,
					step = 1;
		bool		ranged;		/* "*" or "a-b": may take a step */
		int			v;

		if (*p == '*')
		{
			lo = field->min;
			hi = field->max;
			ranged = true;
			p++;
		}
		else
		{
			if (!parse_cron_value(&p, field, &lo, problem))
				return false;
			hi = lo;
			ranged = false;
			if (*p == '-')
			{
				p++;
				if (!parse_cron_value(&p, field, &hi, problem))
					return false;
				if (hi < lo)
				{
					*problem = psprintf("The range %d-%d of the %s field is reversed.",
										lo, hi, field->name);
					return false;
				}
				ranged = true;
			}
		}

		if (*p == '/')
		{
			if (!ranged)
			{
				*problem = psprintf("A step in the %s field follows \"*\" or a range, as in \"*/15\" or \"0-30/5\".",
									field->name);
				return false;
			}
			p++;
			if (!isdigit((unsigned char) *p))
			{
				*problem = psprintf("A step in the %s field must be a number.",
									field->name);
				return false;
			}
			step = 0;
			while (isdigit((unsigned char) *p) && step <= 999)
				step = step * 10 + (*p++ - '0');
			if (step < 1 || step > field->max - field->min)
			{
				*problem = psprintf("A step in the %s field must be between 1 and %d.",
									field->name, field->max - field->min);
				return false;
			}
		}

		for (v = lo; v <= hi; v += step)
			bits[v] = true;
		if (*p == '\0')
			return true;
		if (*p != ',')
		{
			*problem = psprintf("Unexpected character \"%c\" in the %s field.",
								*p, field->name);
			return false;
		}
		p++;
	}
}

/*
 * The version of the installed pg_cron as major * 100 + minor, or 0 when
 * it is not installed in this database.
 */
static int
pg_cron_version(void)
{
	char	   *version = NULL;
	int			major = 0,
				minor = 0;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	crmdb_spi_exec("SELECT extversion FROM pg_catalog.pg_extension"
				   " WHERE extname OPERATOR(pg_catalog.=) 'pg_cron'",
				   SPI_OK_SELECT);
	if (SPI_processed > 0)
		version = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	if (version != NULL && sscanf(version, "%d.%d", &major, &minor) < 1)
		major = 1;
	SPI_finish();

	if (version == NULL)
		return 0;
	return major * 100 + minor;
}

/*
 * Validate a schedule for job_name and return it normalized (fields
 * separated by one space, macros in lower case).  cron_version is the
 * installed pg_cron's version (0 if unknown), for interval schedules.
 */
static char *
validate_schedule(const char *job_name, const char *schedule, int cron_version)
{
	char	   *copy = pstrdup(schedule);
	char	   *fields[6];
	int			nfields = 0;
	char	   *p = copy;
	char	   *problem = NULL;
	StringInfoData result;
	int			i;

	/* Split at white space. */
	while (*p)
	{
		while (isspace((unsigned char) *p))
			*p++ = '\0';
		if (*p == '\0')
			break;
		if (nfields == lengthof(fields))
		{
			nfields++;
			break;
		}
		fields[nfields++] = p;
		while (*p && !isspace((unsigned char) *p))
			p++;
	}

	if (nfields == 1 && fields[0][0] == '@')
	{
		for (i = 0; cron_macros[i] != NULL; i++)
		{
			if (pg_strcasecmp(fields[0], cron_macros[i]) == 0)
				return pstrdup(cron_macros[i]);
		}
		if (pg_strcasecmp(fields[0], "@reboot") == 0)
			problem = pstrdup("@reboot runs a job only when the server starts; maintenance must run periodically.");
		else
			problem = psprintf("\"%s\" is not one of @hourly, @daily, @midnight, @weekly, @monthly, @yearly, @annually.",
							   fields[0]);
	}
	else if (nfields == 2 &&
			 (pg_strcasecmp(fields[1], "seconds") == 0 ||
			  pg_strcasecmp(fields[1], "second") == 0))
	{
		int			seconds = 0;
		char	   *end;

		seconds = (int) strtol(fields[0], &end, 10);
		if (cron_version > 0 && cron_version < 105)
			problem = psprintf("The installed pg_cron %d.%d runs jobs at most once a minute; interval schedules in seconds need pg_cron 1.5 or later.",
							   cron_version / 100, cron_version % 100);
		else if (*end != '\0' || end == fields[0] || seconds < 1 || seconds > 59)
			problem = pstrdup("An interval schedule is a number of seconds from 1 to 59, e.g. '30 seconds'.");
		else
			return psprintf("%d seconds", seconds);
	}
	else if (nfields == 6)
		problem = pstrdup("A schedule has five fields (minute, hour, day of month, month, day of week); pg_cron would ignore a sixth field.");
	else if (nfields != 5)
		problem = psprintf("A schedule has five fields (minute, hour, day of month, month, day of week), not %d.",
						   nfields > 6 ? 7 : nfields);
	else
	{
		bool		bits[5][60];
		bool		every_dow = true;
		bool		runs = false;
		static const int month_days[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

		memset(bits, 0, sizeof(bits));
		for (i = 0; i < 5 && problem == NULL; i++)
			(void) parse_cron_field(fields[i], &cron_fields[i], bits[i], &problem);

		if (problem == NULL)
		{
			/* Day 7 of the week is Sunday, like day 0. */
			if (bits[4][7])
				bits[4][0] = true;
			for (i = 0; i < 7; i++)
				every_dow &= bits[4][i];

			/*
			 * With every day of the week allowed, a job runs only on the days
			 * of month that exist in one of its months.
			 */
			if (every_dow)
			{
				int			m,
							d;

				for (m = 1; m <= 12 && !runs; m++)
					for (d = 1; d <= month_days[m] && bits[3][m] && !runs; d++)
						runs = bits[2][d];
				if (!runs)
					problem = pstrdup("None of its months has any of its days of month, so the job would never run.");
			}
		}
	}

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid schedule \"%s\" for job \"%s\"",
						schedule, job_name),
				 errdetail_internal("%s", problem),
				 errhint("Give five fields (minute hour day-of-month month day-of-week) such as '5 0 * * *' or '*/10 * * * *', "
						 "a macro such as '@daily', or NULL to remove the job.")));

	initStringInfo(&result);
	for (i = 0; i < nfields; i++)
	{
		if (i > 0)
			appendStringInfoChar(&result, ' ');
		appendStringInfoString(&result, fields[i]);
	}
	pfree(copy);
	return result.data;
}

/* ----------------------------------------------------------------
 * pg_cron
 * ----------------------------------------------------------------
 */

/*
 * Is name one of the entries of the comma-separated shared_preload_libraries?
 */
static bool
preloaded(const char *name)
{
	const char *setting = GetConfigOption("shared_preload_libraries", true, false);
	char	   *copy;
	List	   *elems;
	ListCell   *lc;
	bool		found = false;

	if (setting == NULL)
		return false;
	copy = pstrdup(setting);
	if (!SplitDirectoriesString(copy, ',', &elems))
		return false;
	foreach(lc, elems)
	{
		char	   *elem = (char *) lfirst(lc);
		char	   *base = strrchr(elem, '/');

		base = base ? base + 1 : elem;
		if (strcmp(base, name) == 0 ||
			(strncmp(base, name, strlen(name)) == 0 &&
			 strcmp(base + strlen(name), DLSUFFIX) == 0))
			found = true;
	}
	return found;
}

/*
 * Check that pg_cron can run crmdb's jobs in this database and that the
 * caller may schedule them; returns the installed pg_cron's version.
 */
static int
check_pg_cron(void)
{
	char	   *dbname = get_database_name(MyDatabaseId);
	const char *cron_db = GetConfigOption("cron.database_name", true, false);
	int			version = pg_cron_version();
	Oid			cron_nsp;
	AclResult	aclresult;

	if (version == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("pg_cron is not installed in database \"%s\"", dbname),
				 (cron_db != NULL && strcmp(cron_db, dbname) != 0) ?
				 errdetail("crmdb schedules its maintenance with pg_cron in the database crmdb is installed in; "
						   "this server's pg_cron runs jobs from database \"%s\" (cron.database_name).",
						   cron_db) :
				 errdetail("crmdb schedules its maintenance with pg_cron in the database crmdb is installed in."),
				 errhint("Install the Debian package postgresql-15-cron, add pg_cron to shared_preload_libraries "
						 "and set cron.database_name = '%s' in postgresql.conf, restart the server, "
						 "then run CREATE EXTENSION pg_cron in this database.",
						 dbname)));

	if (!preloaded("pg_cron"))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("pg_cron is not loaded by this server"),
				 errdetail("pg_cron's scheduler only runs when the server loads pg_cron at start."),
				 errhint("Add pg_cron to shared_preload_libraries and set cron.database_name = '%s' in postgresql.conf, "
						 "then restart the server.", dbname)));

	if (cron_db == NULL || strcmp(cron_db, dbname) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("pg_cron runs jobs from database \"%s\", not from \"%s\"",
						cron_db ? cron_db : "postgres", dbname),
				 errdetail("Jobs registered in this database's cron.job would never run."),
				 errhint("Set cron.database_name = '%s' in postgresql.conf and restart the server.",
						 dbname)));

	cron_nsp = get_namespace_oid("cron", false);
	aclresult = pg_namespace_aclcheck(cron_nsp, GetUserId(), ACL_USAGE);
	if (aclresult != ACLCHECK_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied for schema cron"),
				 errdetail("The jobs are registered with pg_cron as role \"%s\" and run as that role.",
						   GetUserNameFromId(GetUserId(), false)),
				 errhint("A superuser can allow it with: GRANT USAGE ON SCHEMA cron TO %s;",
						 quote_identifier(GetUserNameFromId(GetUserId(), false)))));

	return version;
}

/* Owner of cron.job, as whom the jobs of every role are looked up. */
static Oid
cron_job_owner(void)
{
	Oid			relid = get_relname_relid("job", get_namespace_oid("cron", false));
	HeapTuple	tuple;
	Oid			owner;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table cron.job does not exist"),
				 errhint("Reinstall pg_cron.")));
	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

/* A row of cron.job of one of crmdb's jobs. */
typedef struct CronJobRow
{
	int64		jobid;
	char	   *username;
	char	   *database;
} CronJobRow;

/*
 * The jobs called job_name in cron.job, of every role and database, in
 * jobid order.  cron.job has row level security (a role sees its own
 * jobs); crmdb must see them all to never duplicate a job, so the query
 * runs as the owner of cron.job, in a security-restricted operation.
 * Must be called inside SPI; the result is allocated in the caller's
 * context.
 */
static List *
cron_jobs_named(const char *job_name, MemoryContext cxt)
{
	Oid			save_userid;
	int			save_sec_context;
	Oid			argtypes[1] = {TEXTOID};
	Datum		values[1];
	List	   *result = NIL;
	uint64		i;

	values[0] = CStringGetTextDatum(job_name);

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(cron_job_owner(),
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	crmdb_spi_exec_args("SELECT jobid, username, database FROM cron.job"
						" WHERE jobname OPERATOR(pg_catalog.=) $1::pg_catalog.name"
						" ORDER BY jobid",
						1, argtypes, values, NULL, true, SPI_OK_SELECT);
	SetUserIdAndSecContext(save_userid, save_sec_context);

	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tuple = SPI_tuptable->vals[i];
		TupleDesc	tupdesc = SPI_tuptable->tupdesc;
		MemoryContext old = MemoryContextSwitchTo(cxt);
		CronJobRow *row = palloc(sizeof(CronJobRow));
		bool		isnull;

		row->jobid = DatumGetInt64(SPI_getbinval(tuple, tupdesc, 1, &isnull));
		row->username = SPI_getvalue(tuple, tupdesc, 2);
		row->database = SPI_getvalue(tuple, tupdesc, 3);
		result = lappend(result, row);
		MemoryContextSwitchTo(old);
	}
	return result;
}

/* Does crmdb's routine for a job exist (its area may not be installed)? */
static void
check_job_routine(const CrmdbJob *job)
{
	Oid			argtypes[2] = {TEXTOID, CHAROID};
	Datum		values[2];

	values[0] = CStringGetTextDatum(job->routine);
	values[1] = CharGetDatum(job->prokind);
	crmdb_spi_exec_args("SELECT 1 FROM pg_catalog.pg_proc"
						" WHERE pronamespace OPERATOR(pg_catalog.=) 'crmdb'::pg_catalog.regnamespace"
						" AND proname OPERATOR(pg_catalog.=) $1::pg_catalog.name"
						" AND prokind OPERATOR(pg_catalog.=) $2",
						2, argtypes, values, NULL, true, SPI_OK_SELECT);
	if (SPI_processed == 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("%s crmdb.%s() does not exist",
						job->prokind == 'p' ? "procedure" : "function",
						job->routine),
				 errdetail("Job \"%s\" runs \"%s\".", job->job_name, job->statement),
				 errhint("Update the crmdb extension with ALTER EXTENSION crmdb UPDATE.")));
}

/*
 * Register, update or remove each job with pg_cron; schedules[i] NULL
 * removes job i.  Fills the result tuplestore with one row per job.
 */
static void
set_schedules(FunctionCallInfo fcinfo, char *const *schedules)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt = CurrentMemoryContext;
	char	   *dbname = get_database_name(MyDatabaseId);
	char	   *username = GetUserNameFromId(GetUserId(), false);
	bool		is_super = superuser();
	char	   *normalized[CRMDB_NUM_JOBS];
	int			cron_version;
	int			i;

	/* Validate every schedule before changing anything. */
	cron_version = pg_cron_version();
	for (i = 0; i < CRMDB_NUM_JOBS; i++)
		normalized[i] = schedules[i] == NULL ? NULL :
			validate_schedule(crmdb_jobs[i].job_name, schedules[i], cron_version);

	(void) check_pg_cron();

	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	for (i = 0; i < CRMDB_NUM_JOBS; i++)
	{
		const CrmdbJob *job = &crmdb_jobs[i];
		TimestampTz started = GetCurrentTimestamp();
		List	   *rows = cron_jobs_named(job->job_name, cxt);
		ListCell   *lc;
		char	   *command;
		Datum		out[4];
		bool		out_nulls[4] = {false, false, false, false};
		CrmdbLogEntry entry;
		bool		changed = false;

		command = psprintf("CALL crmdb.run_job(%s)",
						   quote_literal_cstr(job->job_name));

		/* Jobs of this name in this database, and the caller's elsewhere. */
		foreach(lc, rows)
		{
			CronJobRow *row = (CronJobRow *) lfirst(lc);
			bool		mine = strcmp(row->username, username) == 0;
			bool		here = strcmp(row->database, dbname) == 0;

			if (mine && !here && normalized[i] != NULL)
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_OBJECT),
						 errmsg("pg_cron job \"%s\" of role \"%s\" runs in database \"%s\"",
								job->job_name, username, row->database),
						 errdetail("pg_cron allows one job of a name per role, and job %lld is crmdb's job of database \"%s\".",
								   (long long) row->jobid, row->database),
						 errhint("Schedule the maintenance of this database as another role, or remove job %lld with cron.unschedule(%lld).",
								 (long long) row->jobid, (long long) row->jobid)));
			if (!mine && here && (normalized[i] != NULL || !is_super))
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_OBJECT),
						 errmsg("pg_cron job \"%s\" is already scheduled by role \"%s\"",
								job->job_name, row->username),
						 errdetail("crmdb's jobs run as the role that scheduled them, and each job exists once."),
						 errhint("Call crmdb.unschedule_maintenance() as role \"%s\" (or as a superuser) first.",
								 row->username)));
		}

		if (normalized[i] == NULL)
		{
			/* Remove the job: the caller's, or anybody's for a superuser. */
			foreach(lc, rows)
			{
				CronJobRow *row = (CronJobRow *) lfirst(lc);
				Oid			argtypes[1] = {INT8OID};
				Datum		values[1];

				if (strcmp(row->database, dbname) != 0)
					continue;
				values[0] = Int64GetDatum(row->jobid);
				crmdb_spi_exec_args("SELECT cron.unschedule($1)",
									1, argtypes, values, NULL, false,
									SPI_OK_SELECT);
				changed = true;
			}
			out_nulls[1] = out_nulls[2] = out_nulls[3] = true;
		}
		else
		{
			Oid			argtypes[3] = {TEXTOID, TEXTOID, TEXTOID};
			Datum		values[3];
			bool		isnull;

			check_job_routine(job);

			/* cron.schedule() updates the caller's job of the same name. */
			values[0] = CStringGetTextDatum(job->job_name);
			values[1] = CStringGetTextDatum(normalized[i]);
			values[2] = CStringGetTextDatum(command);
			crmdb_spi_exec_args("SELECT cron.schedule($1, $2, $3)",
								3, argtypes, values, NULL, false,
								SPI_OK_SELECT);
			if (SPI_processed != 1)
				elog(ERROR, "cron.schedule() returned " UINT64_FORMAT " rows",
					 SPI_processed);
			out[1] = SPI_getbinval(SPI_tuptable->vals[0],
								   SPI_tuptable->tupdesc, 1, &isnull);
			if (isnull)
				elog(ERROR, "cron.schedule() returned NULL");
			out[2] = CStringGetTextDatum(normalized[i]);
			out[3] = CStringGetTextDatum(command);
			changed = true;
		}

		if (changed)
		{
			memset(&entry, 0, sizeof(entry));
			entry.area = "schedule";
			entry.object_name = job->job_name;
			entry.action = normalized[i] ? "scheduled" : "unscheduled";
			entry.detail = normalized[i] ?
				psprintf("%s: %s", normalized[i], command) : NULL;
			entry.rows_affected = -1;
			entry.started_at = started;
			entry.duration_ms = crmdb_elapsed_ms(started);
			entry.success = true;
			crmdb_log_write(&entry);
		}

		out[0] = CStringGetTextDatum(job->job_name);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, out, out_nulls);
	}

	crmdb_log_prune();
	SPI_finish();
}

/*
 * schedule_maintenance(p_partitions text DEFAULT '5 0 * * *',
 *						p_views text DEFAULT '*\/10 * * * *',
 *						p_validation text DEFAULT '30 2 * * *')
 * RETURNS TABLE (job_name text, jobid bigint, schedule text, command text)
 *
 * Registers crmdb_partitions, crmdb_refresh_views and crmdb_validation
 * with pg_cron in the current database, as the calling role, or updates
 * them when they exist.  NULL removes that job.  One row per job; jobid,
 * schedule and command are NULL for a removed job.
 */
Datum
schedule_maintenance(PG_FUNCTION_ARGS)
{
	char	   *schedules[CRMDB_NUM_JOBS];
	int			i;

	for (i = 0; i < CRMDB_NUM_JOBS; i++)
		schedules[i] = PG_ARGISNULL(i) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(i));

	set_schedules(fcinfo, schedules);
	return (Datum) 0;
}

/*
 * unschedule_maintenance()
 * RETURNS TABLE (job_name text, jobid bigint, schedule text, command text)
 *
 * Removes the three jobs (the same as schedule_maintenance(NULL, NULL,
 * NULL)).
 */
Datum
unschedule_maintenance(PG_FUNCTION_ARGS)
{
	char	   *schedules[CRMDB_NUM_JOBS] = {NULL, NULL, NULL};

	set_schedules(fcinfo, schedules);
	return (Datum) 0;
}

/*
 * maintenance_jobs()
 * RETURNS TABLE (job_name text, jobid bigint, schedule text, active boolean,
 *				  username text, last_start timestamptz, last_end timestamptz,
 *				  last_status text, last_message text)
 *
 * One row for each of crmdb's three jobs: its pg_cron registration in
 * this database (NULL when not scheduled or when pg_cron is not
 * installed) and the outcome of its latest run from cron.job_run_details.
 * Reads pg_cron's tables as their owner, so that a maintenance role sees
 * the jobs whoever scheduled them; it shows crmdb's jobs only.
 */
Datum
maintenance_jobs(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	char	   *dbname = get_database_name(MyDatabaseId);
	bool		have_cron = pg_cron_version() > 0;
	int			i;

	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	for (i = 0; i < CRMDB_NUM_JOBS; i++)
	{
		Datum		values[9];
		bool		nulls[9];
		int			j;

		memset(nulls, true, sizeof(nulls));
		values[0] = CStringGetTextDatum(crmdb_jobs[i].job_name);
		nulls[0] = false;

		if (have_cron)
		{
			Oid			save_userid;
			int			save_sec_context;
			Oid			argtypes[2] = {TEXTOID, TEXTOID};
			Datum		args[2];

			args[0] = CStringGetTextDatum(crmdb_jobs[i].job_name);
			args[1] = CStringGetTextDatum(dbname);

			GetUserIdAndSecContext(&save_userid, &save_sec_context);
			SetUserIdAndSecContext(cron_job_owner(),
								   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
								   SECURITY_RESTRICTED_OPERATION);
			crmdb_spi_exec_args("SELECT j.jobid, j.schedule, j.active, j.username,"
								"       r.start_time, r.end_time, r.status, r.return_message"
								"  FROM cron.job j"
								"  LEFT JOIN LATERAL"
								"       (SELECT d.start_time, d.end_time, d.status, d.return_message"
								"          FROM cron.job_run_details d"
								"         WHERE d.jobid OPERATOR(pg_catalog.=) j.jobid"
								"         ORDER BY d.runid DESC LIMIT 1) r ON true"
								" WHERE j.jobname OPERATOR(pg_catalog.=) $1::pg_catalog.name"
								"   AND j.database OPERATOR(pg_catalog.=) $2"
								" ORDER BY j.jobid LIMIT 1",
								2, argtypes, args, NULL, true, SPI_OK_SELECT);
			SetUserIdAndSecContext(save_userid, save_sec_context);

			if (SPI_processed > 0)
			{
				HeapTuple	tuple = SPI_tuptable->vals[0];
				TupleDesc	tupdesc = SPI_tuptable->tupdesc;

				/* the tuplestore copies the values before SPI_finish() */
				for (j = 1; j <= 8; j++)
					values[j] = SPI_getbinval(tuple, tupdesc, j, &nulls[j]);
			}
		}
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	SPI_finish();
	return (Datum) 0;
}

/* ----------------------------------------------------------------
 * The job entry point
 * ----------------------------------------------------------------
 */

/*
 * Delete the pg_cron history of this role's job job_name in this database
 * older than crmdb.log_max_age.  Must be called inside SPI.
 */
static void
prune_cron_history(const char *job_name)
{
	Oid			cron_nsp = get_namespace_oid("cron", true);
	Oid			argtypes[3] = {TEXTOID, TEXTOID, INT4OID};
	Datum		values[3];

	if (crmdb_log_max_age_min <= 0 || !OidIsValid(cron_nsp) ||
		!OidIsValid(get_relname_relid("job_run_details", cron_nsp)) ||
		pg_namespace_aclcheck(cron_nsp, GetUserId(), ACL_USAGE) != ACLCHECK_OK)
		return;

	values[0] = CStringGetTextDatum(job_name);
	values[1] = CStringGetTextDatum(get_database_name(MyDatabaseId));
	values[2] = Int32GetDatum(crmdb_log_max_age_min);
	crmdb_spi_exec_args("DELETE FROM cron.job_run_details d"
						" USING cron.job j"
						" WHERE d.jobid OPERATOR(pg_catalog.=) j.jobid"
						"   AND j.jobname OPERATOR(pg_catalog.=) $1::pg_catalog.name"
						"   AND j.database OPERATOR(pg_catalog.=) $2"
						"   AND j.username OPERATOR(pg_catalog.=) CURRENT_USER"
						"   AND d.end_time OPERATOR(pg_catalog.<) (pg_catalog.now()"
						"       OPERATOR(pg_catalog.-) pg_catalog.make_interval(mins => $3))",
						3, argtypes, values, NULL, false, SPI_OK_DELETE);
}

/* Record that a run of job was skipped because the previous one is running. */
static void
record_skip(const CrmdbJob *job, TimestampTz started)
{
	Oid			argtypes[2] = {OIDOID, OIDOID};
	Datum		values[2];
	char	   *holder = NULL;
	CrmdbLogEntry entry;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	values[0] = ObjectIdGetDatum((Oid) CRMDB_JOB_LOCK_KEY);
	values[1] = ObjectIdGetDatum((Oid) job->lock_id);
	crmdb_spi_exec_args("SELECT pid FROM pg_catalog.pg_locks"
						" WHERE locktype OPERATOR(pg_catalog.=) 'advisory'"
						"   AND database OPERATOR(pg_catalog.=) (SELECT oid FROM pg_catalog.pg_database"
						"        WHERE datname OPERATOR(pg_catalog.=) pg_catalog.current_database())"
						"   AND classid OPERATOR(pg_catalog.=) $1"
						"   AND objid OPERATOR(pg_catalog.=) $2"
						"   AND objsubid OPERATOR(pg_catalog.=) 2 AND granted",
						2, argtypes, values, NULL, true, SPI_OK_SELECT);
	if (SPI_processed > 0)
		holder = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

	memset(&entry, 0, sizeof(entry));
	entry.area = "schedule";
	entry.object_name = job->job_name;
	entry.action = "skipped";
	entry.detail = holder ?
		psprintf("the previous run (process %s) was still running", holder) :
		pstrdup("the previous run was still running");
	entry.rows_affected = -1;
	entry.started_at = started;
	entry.duration_ms = crmdb_elapsed_ms(started);
	entry.success = true;
	crmdb_log_write(&entry);
	crmdb_log_prune();

	ereport(NOTICE,
			(errmsg("skipped this run of job \"%s\": its previous run is still going",
					job->job_name)));

	SPI_finish();
}

/*
 * run_job(p_job_name text)  (a procedure)
 *
 * What crmdb's pg_cron jobs call: runs the maintenance of one job
 * (crmdb_partitions: CALL crmdb.run_maintenance_proc();
 * crmdb_refresh_views: CALL crmdb.refresh_views_proc(); crmdb_validation:
 * SELECT crmdb.run_validation()) unless the previous run of the same job
 * is still going, in which case the run is skipped and recorded.
 */
Datum
run_job(PG_FUNCTION_ARGS)
{
	const CrmdbJob *job = NULL;
	char	   *job_name;
	bool		nonatomic;
	LOCKTAG		tag;
	TimestampTz started = GetCurrentTimestamp();
	int			i;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("job name must not be null")));
	job_name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	for (i = 0; i < CRMDB_NUM_JOBS; i++)
		if (strcmp(job_name, crmdb_jobs[i].job_name) == 0)
			job = &crmdb_jobs[i];
	if (job == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown crmdb job \"%s\"", job_name),
				 errhint("The jobs are crmdb_partitions, crmdb_refresh_views and crmdb_validation.")));

	nonatomic = fcinfo->context != NULL &&
		IsA(fcinfo->context, CallContext) &&
		!castNode(CallContext, fcinfo->context)->atomic;

	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, (uint32) CRMDB_JOB_LOCK_KEY,
						 (uint32) job->lock_id, 2);
	if (LockAcquire(&tag, ExclusiveLock, true, true) == LOCKACQUIRE_NOT_AVAIL)
	{
		record_skip(job, started);
		PG_RETURN_VOID();
	}

	PG_TRY();
	{
		SPIExecuteOptions options;
		int			rc;

		if (SPI_connect_ext(nonatomic ? SPI_OPT_NONATOMIC : 0) != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");

		prune_cron_history(job->job_name);

		memset(&options, 0, sizeof(options));
		options.allow_nonatomic = nonatomic;
		rc = SPI_execute_extended(job->statement, &options);
		if (rc < 0)
			elog(ERROR, "SPI_execute_extended failed (%s) for: %s",
				 SPI_result_code_string(rc), job->statement);

		SPI_finish();
	}
	PG_FINALLY();
	{
		LockRelease(&tag, ExclusiveLock, true);
	}
	PG_END_TRY();

	PG_RETURN_VOID();
}
