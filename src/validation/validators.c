/*-------------------------------------------------------------------------
 *
 * validators.c
 *	  Scalar validators: crmdb.is_valid_email(), crmdb.is_valid_phone()
 *	  and crmdb.is_valid_currency().
 *
 * The validation rules call these once per row of the largest tables, and
 * banks use them in CHECK constraints, so they are written in C, do not
 * allocate, and are IMMUTABLE, STRICT and PARALLEL SAFE: a rule that uses
 * them can still run as a parallel scan.  They look at bytes only and do
 * not depend on the locale, the encoding's collation or any setting.
 *
 * E-mail addresses: the dot-atom form of RFC 5321 / RFC 5322, as
 * core banking systems and agents type them.
 *	- exactly one "@"; the local part 1 to 64 octets, the domain 1 to 253,
 *	  the whole address at most 254 (RFC 5321 4.5.3.1, RFC 3696 errata);
 *	- the local part: atext characters (letters, digits and
 *	  !#$%&'*+/=?^_`{|}~-) in dot-separated atoms, no leading, trailing or
 *	  double dot;
 *	- the domain: at least two labels; each label 1 to 63 letters, digits
 *	  and hyphens, neither starting nor ending with a hyphen; a label with
 *	  hyphens in its third and fourth positions must be an IDNA A-label
 *	  ("xn--" followed by the Punycode, RFC 5891 4.2.3.1); the top-level
 *	  label is not all digits.
 *	Quoted local parts, domain literals ("[192.0.2.1]") and unencoded
 *	non-ASCII characters are refused: collections send to such addresses
 *	through no channel, and an internationalized domain is stored in its
 *	ASCII (xn--) form.
 *
 * Phone numbers: after removing spaces, dots, dashes and parentheses, an
 * optional leading "+" then 8 to 15 digits (E.164 allows at most 15).
 *
 * Currencies: an active ISO 4217 alphabetic code, upper case, found by
 * binary search in the sorted list below.
 *
 * Copyright (c) 2026, crmdb authors
 *
 * IDENTIFICATION
 *	  crmdb/src/validation/validators.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdlib.h>
#include <string.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "crmdb.h"
#include "support/support.h"

PG_FUNCTION_INFO_V1(is_valid_email);
PG_FUNCTION_INFO_V1(is_valid_phone);
PG_FUNCTION_INFO_V1(is_valid_currency);

/* RFC 5321 section 4.5.3.1 and the errata of RFC 3696 */
#define EMAIL_MAX_LOCAL		64
#define EMAIL_MAX_DOMAIN	253
#define EMAIL_MAX_TOTAL		254
#define DNS_MAX_LABEL		63

#define PHONE_MIN_DIGITS	8
#define PHONE_MAX_DIGITS	15

/*
 * The active ISO 4217 alphabetic codes (list one of the maintenance
 * agency), sorted for bsearch().  Taken from Debian's iso-codes 4.15 and
 * brought up to date with the amendments published since: added ZWG
 * (Zimbabwe Gold, 2024), XAD (Arab Accounting Dinar, 2024) and XCG
 * (Caribbean Guilder, 2025); removed HRK (withdrawn 2023, Croatia uses
 * EUR), ZWL (withdrawn 2024) and ANG (withdrawn 2025).  XTS (reserved for
 * testing) and XXX (no currency) are deliberately absent: neither is the
 * currency of a loan or a payment.
 */
static const char iso4217_codes[][4] = {
	"AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM",
	"BBD", "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL",
	"BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHE", "CHF", "CHW",
	"CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUC", "CUP", "CVE", "CZK",
	"DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
	"GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL",
	"HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
	"JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
	"LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD",
	"MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR",
	"MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
	"PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF",
	"SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SLL", "SOS",
	"SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND",
	"TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI",
	"UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAD", "XAF",
	"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF",
	"XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG"
};

#define NUM_ISO4217_CODES	lengthof(iso4217_codes)

/* RFC 5322 atext, without the dot that separates atoms */
static inline bool
is_atext(unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9'))
		return true;
	return c != '\0' && strchr("!#$%&'*+/=?^_`{|}~-", c) != NULL;
}

static inline bool
is_ldh(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '-';
}

/* local part: dot-separated atoms of atext */
static bool
email_local_part_ok(const unsigned char *s, int len)
{
	int			i;

	if (len < 1 || len > EMAIL_MAX_LOCAL)
		return false;
	if (s[0] == '.' || s[len - 1] == '.')
		return false;
	for (i = 0; i < len; i++)
	{
		if (s[i] == '.')
		{
			if (s[i + 1] == '.')
				return false;	/* i + 1 < len: the last octet is no dot */
		}
		else if (!is_atext(s[i]))
			return false;
	}
	return true;
}

/* one DNS label of a host name, in LDH or A-label form */
static bool
email_label_ok(const unsigned char *s, int len)
{
	int			i;

	if (len < 1 || len > DNS_MAX_LABEL)
		return false;
	if (s[0] == '-' || s[len - 1] == '-')
		return false;
	for (i = 0; i < len; i++)
	{
		if (!is_ldh(s[i]))
			return false;
	}

	/*
	 * "??--" is reserved (RFC 5891 4.2.3.1): only the A-label prefix "xn--"
	 * is in use, and it must carry a Punycode part.
	 */
	if (len >= 4 && s[2] == '-' && s[3] == '-')
	{
		if (!((s[0] == 'x' || s[0] == 'X') && (s[1] == 'n' || s[1] == 'N')))
			return false;
		if (len == 4)
			return false;
	}
	return true;
}

static bool
email_domain_ok(const unsigned char *s, int len)
{
	int			start = 0;
	int			nlabels = 0;
	int			i;
	bool		all_digits;

	if (len < 1 || len > EMAIL_MAX_DOMAIN)
		return false;

	for (i = 0; i <= len; i++)
	{
		if (i == len || s[i] == '.')
		{
			if (!email_label_ok(s + start, i - start))
				return false;
			nlabels++;
			if (i < len)
				start = i + 1;
		}
	}
	if (nlabels < 2)
		return false;

	/* the top-level label (s[start..len-1]) is not all digits */
	all_digits = true;
	for (i = start; i < len; i++)
	{
		if (s[i] < '0' || s[i] > '9')
		{
			all_digits = false;
			break;
		}
	}
	return !all_digits;
}

/*
 * is_valid_email(p_address text) RETURNS boolean
 *
 * Whether p_address is a deliverable e-mail address in dot-atom form; see
 * the file header for the exact grammar.
 */
Datum
is_valid_email(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const unsigned char *s = (const unsigned char *) VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			at = -1;
	int			i;
	bool		result;

	if (len < 3 || len > EMAIL_MAX_TOTAL)
		PG_RETURN_BOOL(false);

	for (i = 0; i < len; i++)
	{
		if (s[i] == '@')
		{
			if (at >= 0)
				PG_RETURN_BOOL(false);	/* more than one "@" */
			at = i;
		}
	}
	if (at < 0)
		PG_RETURN_BOOL(false);

	result = email_local_part_ok(s, at) &&
		email_domain_ok(s + at + 1, len - at - 1);

	PG_FREE_IF_COPY(t, 0);
	PG_RETURN_BOOL(result);
}

/*
 * is_valid_phone(p_number text) RETURNS boolean
 *
 * Whether p_number, once spaces, dots, dashes and parentheses are removed,
 * is an optional leading "+" followed by 8 to 15 digits.
 */
Datum
is_valid_phone(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			digits = 0;
	bool		plus = false;
	bool		result = true;
	int			i;

	for (i = 0; i < len && result; i++)
	{
		char		c = s[i];

		if (c >= '0' && c <= '9')
			digits++;
		else if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')')
			continue;
		else if (c == '+' && !plus && digits == 0)
			plus = true;
		else
			result = false;
	}
	result = result && digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;

	PG_FREE_IF_COPY(t, 0);
	PG_RETURN_BOOL(result);
}

static int
compare_code(const void *a, const void *b)
{
	return memcmp(a, b, 3);
}

/*
 * is_valid_currency(p_code text) RETURNS boolean
 *
 * Whether p_code is an active ISO 4217 alphabetic currency code, in upper
 * case ("VND", "USD"; not "vnd", not the withdrawn "HRK").
 */
Datum
is_valid_currency(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	bool		result;

	result = VARSIZE_ANY_EXHDR(t) == 3 &&
		bsearch(s, iso4217_codes, NUM_ISO4217_CODES, sizeof(iso4217_codes[0]),
				compare_code) != NULL;

	PG_FREE_IF_COPY(t, 0);
	PG_RETURN_BOOL(result);
}
