#include "postgres.h"
#include "fmgr.h"
#include "crmdb.h"
PG_FUNCTION_INFO_V1(payment_reference_sync);
Datum payment_reference_sync(PG_FUNCTION_ARGS);
Datum payment_reference_sync(PG_FUNCTION_ARGS) { PG_RETURN_VOID(); }
PG_FUNCTION_INFO_V1(payment_reference_truncate);
Datum payment_reference_truncate(PG_FUNCTION_ARGS);
Datum payment_reference_truncate(PG_FUNCTION_ARGS) { PG_RETURN_VOID(); }
