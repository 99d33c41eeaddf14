#include "postgres.h"
#include "fmgr.h"
#include "crmdb.h"
PG_FUNCTION_INFO_V1(set_updated_at);
Datum set_updated_at(PG_FUNCTION_ARGS);
Datum set_updated_at(PG_FUNCTION_ARGS) { PG_RETURN_VOID(); }
