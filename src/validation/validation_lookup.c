/*-------------------------------------------------------------------------
 *
 * validation_lookup.c
 *	  The loan lookup: how the rules that compare a row with its loan
 *	  (payment_loan_customer, payment_currency, action_loan_customer) count
 *	  their violations over millions of rows without a hash join.
 *
 * Every payment and every agent action must be compared with its loan.  A
 * hash join does that with one probe of the hash table of the loans per
 * row, and each probe waits for memory twice (the bucket, then the tuple):
 * the table of a bank's loans is far larger than the CPU caches, so the
 * probes, one after the other, cost more than reading the rows.  Here the
 * loans are read once per call into a compact open-addressing table (the
 * lookup, a bytea), and the aggregate crmdb.loan_mismatches() probes it a
 * batch of rows at a time: it hashes the batch and prefetches its slots,
 * then prefetches the entries those slots point to, then compares, so that
 * the waits of a batch overlap instead of adding up.
 *
 * validate.c builds the lookup (crmdb_loan_lookup_build) and passes it as
 * parameter $1 of the count query of payments or action_records:
 *
 *		SELECT ..., (crmdb.loan_mismatches($1, t.loan_account_number,
 *										   t.cif, t.currency))[1], ...
 *		FROM payment_service.payments t
 *
 * Parallel workers receive the parameter with the query, so each probes
 * its own copy; partial states are combined like those of count().
 *
 * Exactness.  A row matches a loan when its loan_account_number equals the
 * loan's account_number byte for byte, and it is counted when its cif (or
 * currency) differs from the loan's byte for byte; NULLs never match nor
 * differ.  That is exactly what the join "LEFT JOIN loans l ON
 * l.account_number = t.loan_account_number ... WHERE t.cif <> l.cif" counts
 * on text and varchar columns with a deterministic collation, duplicate
 * account numbers included.  validate.c uses the lookup only on such
 * columns (crmdb_loan_lookup_usable), and only when it fits in the memory
 * a hash join of the same loans may use (get_hash_memory_limit()); it
 * falls back to the join otherwise.
 *
 * Layout of the lookup (the bytea's data, all integers native-endian):
 *
 *		LoanLookupHeader | LookupSlot[nslots] | entries
 *
 * A slot holds the hash of an account number and the offset of its entry
 * in the entry area (LOOKUP_EMPTY: a free slot); collisions go to the
 * next slot (linear probing, at most three quarters of the slots used).  An entry is
 * three uint16 lengths (key, cif, currency; LOOKUP_NULL for NULL) and
 * their bytes.  Since crmdb.loan_mismatches() is callable with any bytea,
 * every offset and length read from a lookup is checked against its size.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/validation/validation_lookup.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/tupdesc.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "tcop/dest.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "validation/validation.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(loan_mismatches_step);
PG_FUNCTION_INFO_V1(loan_mismatches_final);
PG_FUNCTION_INFO_V1(loan_mismatches_combine);
PG_FUNCTION_INFO_V1(loan_mismatches_serialize);
PG_FUNCTION_INFO_V1(loan_mismatches_deserialize);

#define LOOKUP_MAGIC	0x6C6F6F31	/* "loo1" */
#define LOOKUP_EMPTY	PG_UINT32_MAX	/* offset of a free slot */
#define LOOKUP_NULL		PG_UINT16_MAX	/* length of a NULL value */
#define LOOKUP_LONG		(PG_UINT16_MAX - 1) /* a row's value longer than
											 * any stored one */
#define LOOKUP_MAX_LEN	(PG_UINT16_MAX - 2) /* longest value stored */
#define LOOKUP_ENTRY_HEADER (3 * sizeof(uint16))
#define LOOKUP_BATCH	64		/* rows probed together */

#if defined(__GNUC__) || defined(__clang__)
#define lookup_prefetch(p)	__builtin_prefetch(p)
#else
#define lookup_prefetch(p)	((void) 0)
#endif

typedef struct LoanLookupHeader
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint32		magic;
	uint32		nslots;			/* a power of 2 */
	uint32		nentries;
	uint32		entries_size;	/* bytes of the entry area */
} LoanLookupHeader;

typedef struct LookupSlot
{
	uint32		hash;
	uint32		offset;			/* into the entry area, or LOOKUP_EMPTY */
} LookupSlot;

/* A lookup checked for consistency, ready for probing */
typedef struct LoanLookup
{
	uint32		mask;			/* nslots - 1 */
	const LookupSlot *slots;
	const char *entries;
	uint32		entries_size;
} LoanLookup;

/* ----------------------------------------------------------------
 *		Which columns the lookup can compare exactly
 * ----------------------------------------------------------------
 */

/*
 * Whether a column compares byte for byte with = and <>: text or varchar
 * under a deterministic collation.
 */
static bool
column_compares_bytewise(Oid relid, const char *column)
{
	HeapTuple	tuple;
	Form_pg_attribute att;
	bool		result;

	tuple = SearchSysCacheAttName(relid, column);
	if (!HeapTupleIsValid(tuple))
		return false;
	att = (Form_pg_attribute) GETSTRUCT(tuple);
	result = (att->atttypid == TEXTOID || att->atttypid == VARCHAROID) &&
		(!OidIsValid(att->attcollation) ||
		 get_collation_isdeterministic(att->attcollation));
	ReleaseSysCache(tuple);
	return result;
}

/*
 * crmdb_loan_lookup_usable
 *		Whether the lookup counts exactly what the join would for a table
 *		(relid): its CRMDB_LOOKUP_*_COLUMN columns (the currency only when
 *		with_currency) and those of the loans compare byte for byte.
 */
bool
crmdb_loan_lookup_usable(Oid relid, bool with_currency)
{
	Oid			nspid = get_namespace_oid("bank_sync_service", true);
	Oid			loans = OidIsValid(nspid) ? get_relname_relid("loans", nspid) :
		InvalidOid;

	if (!OidIsValid(loans) || !OidIsValid(relid))
		return false;
	if (!column_compares_bytewise(loans, "account_number") ||
		!column_compares_bytewise(loans, "cif") ||
		!column_compares_bytewise(loans, "currency"))
		return false;
	if (!column_compares_bytewise(relid, CRMDB_LOOKUP_KEY_COLUMN) ||
		!column_compares_bytewise(relid, CRMDB_LOOKUP_CIF_COLUMN))
		return false;
	if (with_currency &&
		!column_compares_bytewise(relid, CRMDB_LOOKUP_CURRENCY_COLUMN))
		return false;
	return true;
}

/* ----------------------------------------------------------------
 *		Building the lookup
 * ----------------------------------------------------------------
 */

/* Receives the loans and appends them to the entry area */
typedef struct LookupBuilder
{
	DestReceiver pub;
	StringInfoData entries;		/* the entry area so far */
	uint32	   *hashes;			/* hash of each entry */
	uint32	   *offsets;		/* offset of each entry */
	uint32		nentries;
	uint32		maxentries;		/* allocated length of hashes, offsets */
	Size		max_bytes;		/* budget of the whole lookup */
	bool		too_large;		/* the budget was exceeded */
} LookupBuilder;

/* Bytes of a lookup with n entries and so many bytes of entries */
static Size
lookup_size(uint32 nentries, Size entries_size, uint32 *nslots)
{
	uint32		n = 16;

	/* at most three quarters of the slots used */
	while ((Size) n * 3 < (Size) nentries * 4)
		n *= 2;
	if (nslots)
		*nslots = n;
	return sizeof(LoanLookupHeader) + (Size) n * sizeof(LookupSlot) +
		entries_size;
}

static void
builder_startup(DestReceiver *self, int operation, TupleDesc typeinfo)
{
	if (typeinfo->natts != 3)
		elog(ERROR, "loan lookup query returned %d columns, expected 3",
			 typeinfo->natts);
}

static bool
builder_receive(TupleTableSlot *slot, DestReceiver *self)
{
	LookupBuilder *b = (LookupBuilder *) self;
	StringInfo	buf = &b->entries;
	text	   *values[3];
	uint16		lens[3];
	int			start;
	int			i;

	slot_getallattrs(slot);
	if (slot->tts_isnull[0])
		return true;			/* a NULL account number matches nothing */

	for (i = 0; i < 3; i++)
	{
		if (slot->tts_isnull[i])
		{
			values[i] = NULL;
			lens[i] = LOOKUP_NULL;
			continue;
		}
		values[i] = DatumGetTextPP(slot->tts_values[i]);
		if (VARSIZE_ANY_EXHDR(values[i]) > LOOKUP_MAX_LEN)
		{
			/* longer than an entry can hold: leave the rules to the join */
			b->too_large = true;
			return false;
		}
		lens[i] = (uint16) VARSIZE_ANY_EXHDR(values[i]);
	}

	if (b->nentries == b->maxentries)
	{
		b->maxentries *= 2;
		b->hashes = repalloc_huge(b->hashes, b->maxentries * sizeof(uint32));
		b->offsets = repalloc_huge(b->offsets, b->maxentries * sizeof(uint32));
	}

	start = buf->len;
	appendBinaryStringInfo(buf, (const char *) lens, sizeof(lens));
	for (i = 0; i < 3; i++)
	{
		if (values[i] != NULL)
			appendBinaryStringInfo(buf, VARDATA_ANY(values[i]), lens[i]);
	}
	b->hashes[b->nentries] = hash_bytes((const unsigned char *) VARDATA_ANY(values[0]),
										lens[0]);
	b->offsets[b->nentries] = start;
	b->nentries++;

	/* detoasted copies would pile up in the query's memory */
	for (i = 0; i < 3; i++)
	{
		if (values[i] != NULL &&
			(Pointer) values[i] != DatumGetPointer(slot->tts_values[i]))
			pfree(values[i]);
	}

	if (lookup_size(b->nentries, buf->len, NULL) > b->max_bytes)
	{
		b->too_large = true;
		return false;			/* ends the scan */
	}
	return true;
}

static void
builder_shutdown(DestReceiver *self)
{
}

static void
builder_destroy(DestReceiver *self)
{
}

/*
 * crmdb_loan_lookup_build
 *		Read account_number, cif and currency of every loan (SPI must be
 *		connected) into a lookup of at most max_bytes bytes.  Returns the
 *		lookup, a bytea allocated in the current memory context, or NULL
 *		when the loans do not fit.
 */
bytea *
crmdb_loan_lookup_build(Size max_bytes)
{
	LookupBuilder b;
	SPIExecuteOptions options;
	LoanLookupHeader *header;
	LookupSlot *slots;
	char	   *entries;
	uint32		nslots;
	uint32		mask;
	Size		size;
	uint32		i;
	int			nestlevel;
	int			rc;

	memset(&b, 0, sizeof(b));
	b.pub.receiveSlot = builder_receive;
	b.pub.rStartup = builder_startup;
	b.pub.rShutdown = builder_shutdown;
	b.pub.rDestroy = builder_destroy;
	b.pub.mydest = DestTuplestore;	/* DestNone would make SPI report
									 * SPI_OK_UTILITY */
	b.max_bytes = Min(max_bytes, MaxAllocSize);
	b.maxentries = 1024;
	b.hashes = palloc(b.maxentries * sizeof(uint32));
	b.offsets = palloc(b.maxentries * sizeof(uint32));
	initStringInfo(&b.entries);

	/*
	 * The leader would insert every loan anyway: parallel workers would
	 * only add a hop through their tuple queues.
	 */
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("max_parallel_workers_per_gather", "0",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	memset(&options, 0, sizeof(options));
	options.read_only = true;
	options.dest = (DestReceiver *) &b;
	rc = SPI_execute_extended("SELECT l.account_number, l.cif, l.currency"
							  " FROM bank_sync_service.loans l", &options);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_extended failed (%s) for the loan lookup",
			 SPI_result_code_string(rc));
	AtEOXact_GUC(true, nestlevel);
	if (b.too_large)
		return NULL;

	size = lookup_size(b.nentries, b.entries.len, &nslots);
	header = palloc(size);
	SET_VARSIZE(header, size);
	header->magic = LOOKUP_MAGIC;
	header->nslots = nslots;
	header->nentries = b.nentries;
	header->entries_size = b.entries.len;
	slots = (LookupSlot *) (header + 1);
	entries = (char *) (slots + nslots);
	memcpy(entries, b.entries.data, b.entries.len);

	mask = nslots - 1;
	for (i = 0; i < nslots; i++)
	{
		slots[i].hash = 0;
		slots[i].offset = LOOKUP_EMPTY;
	}
	for (i = 0; i < b.nentries; i++)
	{
		uint32		s = b.hashes[i] & mask;

		while (slots[s].offset != LOOKUP_EMPTY)
			s = (s + 1) & mask;
		slots[s].hash = b.hashes[i];
		slots[s].offset = b.offsets[i];
	}

	pfree(b.hashes);
	pfree(b.offsets);
	pfree(b.entries.data);
	return (bytea *) header;
}

/* ----------------------------------------------------------------
 *		Probing: the aggregate crmdb.loan_mismatches()
 * ----------------------------------------------------------------
 */

/* The transition state: counts, and the rows waiting to be probed */
typedef struct LoanMismatchState
{
	Datum		lookup_arg;		/* the lookup argument last seen */
	LoanLookup	lookup;			/* ... checked, ready for probing */
	bool		has_lookup;
	int64		cif_mismatches;
	int64		currency_mismatches;
	int			npending;
	uint32		hashes[LOOKUP_BATCH];
	uint32		positions[LOOKUP_BATCH];	/* first slot to compare */
	uint32		starts[LOOKUP_BATCH];	/* row's key, cif, currency in buf */
	uint16		lens[LOOKUP_BATCH][3];
	char	   *buf;			/* bytes of the pending rows */
	Size		buflen;
	Size		bufsize;
	MemoryContext cxt;			/* where the state lives */
} LoanMismatchState;

static void
invalid_lookup(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid loan lookup"),
			 errdetail("The first argument of crmdb.loan_mismatches() must be a lookup built by crmdb's validation functions.")));
}

/*
 * Check the header and sizes of a lookup; the offsets and lengths of its
 * entries are checked as they are read.
 */
static void
open_lookup(bytea *raw, LoanLookup *lookup)
{
	LoanLookupHeader *header = (LoanLookupHeader *) raw;
	Size		size = VARSIZE(raw);

	if (size < sizeof(LoanLookupHeader) || header->magic != LOOKUP_MAGIC ||
		header->nslots == 0 || (header->nslots & (header->nslots - 1)) != 0 ||
		header->nslots > MaxAllocSize / sizeof(LookupSlot) ||
		size != sizeof(LoanLookupHeader) +
		(Size) header->nslots * sizeof(LookupSlot) + header->entries_size)
		invalid_lookup();
	lookup->mask = header->nslots - 1;
	lookup->slots = (const LookupSlot *) (header + 1);
	lookup->entries = (const char *) (lookup->slots + header->nslots);
	lookup->entries_size = header->entries_size;
}

/* Bytes a value of this length occupies */
static inline uint32
stored_len(uint16 len)
{
	return (len == LOOKUP_NULL || len == LOOKUP_LONG) ? 0 : len;
}

/*
 * The entry at offset: its lengths, and a pointer to its bytes.
 */
static inline const char *
read_entry(const LoanLookup *lookup, uint32 offset, uint16 *lens)
{
	Size		total = LOOKUP_ENTRY_HEADER;
	int			i;

	if (offset >= lookup->entries_size ||
		lookup->entries_size - offset < LOOKUP_ENTRY_HEADER)
		invalid_lookup();
	memcpy(lens, lookup->entries + offset, LOOKUP_ENTRY_HEADER);
	for (i = 0; i < 3; i++)
		total += stored_len(lens[i]);
	if (lookup->entries_size - offset < total)
		invalid_lookup();
	return lookup->entries + offset + LOOKUP_ENTRY_HEADER;
}

/* Whether two values (lengths as in an entry) are both set and differ */
static inline bool
values_differ(const char *a, uint16 alen, const char *b, uint16 blen)
{
	if (alen == LOOKUP_NULL || blen == LOOKUP_NULL)
		return false;
	if (alen == LOOKUP_LONG || blen == LOOKUP_LONG)
		return true;
	return alen != blen || memcmp(a, b, alen) != 0;
}

/*
 * Probe the pending rows, whose slots were prefetched as they were queued:
 * find each row's first candidate slot and prefetch the entry it points
 * to, then compare each row with its loans.
 */
static void
flush_pending(LoanMismatchState *state)
{
	const LoanLookup *lookup = &state->lookup;
	const LookupSlot *slots = lookup->slots;
	uint32		mask = lookup->mask;
	int			n = state->npending;
	int			i;

	if (n == 0)
		return;
	Assert(state->has_lookup);

	for (i = 0; i < n; i++)
	{
		uint32		s = state->hashes[i] & mask;
		uint32		steps = 0;

		while (slots[s].offset != LOOKUP_EMPTY &&
			   slots[s].hash != state->hashes[i])
		{
			s = (s + 1) & mask;
			if (++steps > mask)
				invalid_lookup();	/* no free slot: not built here */
		}
		state->positions[i] = s;
		if (slots[s].offset != LOOKUP_EMPTY &&
			slots[s].offset < lookup->entries_size)
			lookup_prefetch(lookup->entries + slots[s].offset);
	}

	for (i = 0; i < n; i++)
	{
		const char *row = state->buf + state->starts[i];
		const uint16 *lens = state->lens[i];
		const char *row_cif = row + lens[0];
		const char *row_currency = row_cif + stored_len(lens[1]);
		uint32		s = state->positions[i];
		uint32		steps = 0;

		/* every loan with this account number: duplicates too */
		for (; slots[s].offset != LOOKUP_EMPTY; s = (s + 1) & mask)
		{
			uint16		elens[3];
			const char *key;
			const char *cif;

			if (++steps > mask)
				invalid_lookup();
			if (slots[s].hash != state->hashes[i])
				continue;
			key = read_entry(lookup, slots[s].offset, elens);
			if (elens[0] != lens[0] || memcmp(key, row, lens[0]) != 0)
				continue;
			cif = key + stored_len(elens[0]);
			if (values_differ(row_cif, lens[1], cif, elens[1]))
				state->cif_mismatches++;
			if (values_differ(row_currency, lens[2],
							  cif + stored_len(elens[1]), elens[2]))
				state->currency_mismatches++;
		}
	}

	state->npending = 0;
	state->buflen = 0;
}

static LoanMismatchState *
new_state(MemoryContext aggcontext)
{
	LoanMismatchState *state;

	state = MemoryContextAllocZero(aggcontext, sizeof(LoanMismatchState));
	state->bufsize = 4096;
	state->buf = MemoryContextAlloc(aggcontext, state->bufsize);
	state->cxt = aggcontext;
	return state;
}

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "%s called in non-aggregate context", fname);
	return aggcontext;
}

/*
 * loan_mismatches_step(internal, p_lookup bytea, p_loan_account_number text,
 *						p_cif text, p_currency text) RETURNS internal
 *
 * Queues one row; probes the queue when it is full.
 */
Datum
loan_mismatches_step(PG_FUNCTION_ARGS)
{
	LoanMismatchState *state;
	text	   *values[3];
	uint16		lens[3];
	Size		needed = 0;
	char	   *dest;
	int			n;
	int			i;

	if (PG_ARGISNULL(0))
		state = new_state(agg_context(fcinfo, "loan_mismatches_step"));
	else
		state = (LoanMismatchState *) PG_GETARG_POINTER(0);

	/* NULL lookup or account number: nothing to compare */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(state);

	if (!state->has_lookup || state->lookup_arg != PG_GETARG_DATUM(1))
	{
		MemoryContext oldcontext;

		flush_pending(state);
		/* a detoasted copy must last as long as the state */
		oldcontext = MemoryContextSwitchTo(state->cxt);
		open_lookup(PG_GETARG_BYTEA_P(1), &state->lookup);
		MemoryContextSwitchTo(oldcontext);
		state->lookup_arg = PG_GETARG_DATUM(1);
		state->has_lookup = true;
	}

	for (i = 0; i < 3; i++)
	{
		Size		len;

		if (PG_ARGISNULL(i + 2))
		{
			values[i] = NULL;
			lens[i] = LOOKUP_NULL;
			continue;
		}
		values[i] = PG_GETARG_TEXT_PP(i + 2);
		len = VARSIZE_ANY_EXHDR(values[i]);
		if (len > LOOKUP_MAX_LEN)
		{
			/* longer than any stored value */
			if (i == 0)
				PG_RETURN_POINTER(state);	/* an account of no loan */
			values[i] = NULL;
			lens[i] = LOOKUP_LONG;
			continue;
		}
		lens[i] = (uint16) len;
		needed += len;
	}

	/* queue the row: its bytes go to buf, which lives with the state */
	if (state->buflen + needed > state->bufsize)
	{
		state->bufsize = Max(state->bufsize * 2, state->buflen + needed);
		state->buf = repalloc(state->buf, state->bufsize);
	}
	n = state->npending;
	state->starts[n] = state->buflen;
	dest = state->buf + state->buflen;
	for (i = 0; i < 3; i++)
	{
		state->lens[n][i] = lens[i];
		if (values[i] != NULL)
		{
			memcpy(dest, VARDATA_ANY(values[i]), lens[i]);
			dest += lens[i];
		}
	}
	state->buflen += needed;
	state->hashes[n] = hash_bytes((const unsigned char *) VARDATA_ANY(values[0]),
								  lens[0]);
	/* the slot arrives while the next rows are queued */
	lookup_prefetch(&state->lookup.slots[state->hashes[n] & state->lookup.mask]);
	state->npending = n + 1;

	if (state->npending == LOOKUP_BATCH)
		flush_pending(state);

	PG_RETURN_POINTER(state);
}

/*
 * loan_mismatches_final(internal) RETURNS bigint[]
 *
 * {rows whose cif differs from their loan's, rows whose currency does}
 */
Datum
loan_mismatches_final(PG_FUNCTION_ARGS)
{
	LoanMismatchState *state;
	Datum		counts[2] = {Int64GetDatum(0), Int64GetDatum(0)};

	(void) agg_context(fcinfo, "loan_mismatches_final");
	if (!PG_ARGISNULL(0))
	{
		state = (LoanMismatchState *) PG_GETARG_POINTER(0);
		flush_pending(state);
		counts[0] = Int64GetDatum(state->cif_mismatches);
		counts[1] = Int64GetDatum(state->currency_mismatches);
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(counts, 2, INT8OID, sizeof(int64),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * loan_mismatches_combine(internal, internal) RETURNS internal
 */
Datum
loan_mismatches_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "loan_mismatches_combine");
	LoanMismatchState *state;
	LoanMismatchState *other;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_POINTER(PG_GETARG_POINTER(0));
	}
	other = (LoanMismatchState *) PG_GETARG_POINTER(1);
	flush_pending(other);
	state = PG_ARGISNULL(0) ? new_state(aggcontext) :
		(LoanMismatchState *) PG_GETARG_POINTER(0);
	flush_pending(state);
	state->cif_mismatches += other->cif_mismatches;
	state->currency_mismatches += other->currency_mismatches;
	PG_RETURN_POINTER(state);
}

/*
 * loan_mismatches_serialize(internal) RETURNS bytea
 */
Datum
loan_mismatches_serialize(PG_FUNCTION_ARGS)
{
	LoanMismatchState *state;
	StringInfoData buf;

	(void) agg_context(fcinfo, "loan_mismatches_serialize");
	state = (LoanMismatchState *) PG_GETARG_POINTER(0);
	flush_pending(state);
	pq_begintypsend(&buf);
	pq_sendint64(&buf, state->cif_mismatches);
	pq_sendint64(&buf, state->currency_mismatches);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * loan_mismatches_deserialize(bytea, internal) RETURNS internal
 */
Datum
loan_mismatches_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext = agg_context(fcinfo, "loan_mismatches_deserialize");
	bytea	   *sstate = PG_GETARG_BYTEA_PP(0);
	LoanMismatchState *state = new_state(aggcontext);
	StringInfoData buf;

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(sstate), VARSIZE_ANY_EXHDR(sstate));
	state->cif_mismatches = pq_getmsgint64(&buf);
	state->currency_mismatches = pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	PG_RETURN_POINTER(state);
}
