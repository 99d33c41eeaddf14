#include "postgres.h"
#include "fmgr.h"
#include "crmdb.h"
PG_FUNCTION_INFO_V1(install);
Datum install(PG_FUNCTION_ARGS);
Datum install(PG_FUNCTION_ARGS) { PG_RETURN_VOID(); }
