// libpq, loaded when the first PostgreSQL URL is opened rather than when the program starts.
//
// libpq brings some twenty libraries with it (Kerberos, LDAP, GnuTLS, …) whose loading and
// relocation cost every start of `baocao` about 5 ms — as much as the rest of the program's start —
// though most commands never open a PostgreSQL URL (issue 15: a province loaded one file per
// command). So store/ links libpq's headers only and reaches its functions through Libpq(), which
// opens libpq.so.5 (Debian: libpq5) once, on first use, and resolves each function by name.
#pragma once

#include <libpq-fe.h>

namespace baocao {

// The functions of libpq the PostgreSQL backend calls, named as in libpq-fe.h without "PQ".
struct LibpqFunctions {
  decltype(&::PQconnectdb) connectdb;
  decltype(&::PQstatus) status;
  decltype(&::PQerrorMessage) errorMessage;
  decltype(&::PQsetNoticeProcessor) setNoticeProcessor;
  decltype(&::PQfinish) finish;
  decltype(&::PQexec) exec;
  decltype(&::PQprepare) prepare;
  decltype(&::PQexecPrepared) execPrepared;
  decltype(&::PQsendQueryPrepared) sendQueryPrepared;
  decltype(&::PQsetSingleRowMode) setSingleRowMode;
  decltype(&::PQgetResult) getResult;
  decltype(&::PQresultStatus) resultStatus;
  decltype(&::PQresultErrorMessage) resultErrorMessage;
  decltype(&::PQresultErrorField) resultErrorField;
  decltype(&::PQcmdTuples) cmdTuples;
  decltype(&::PQnfields) nfields;
  decltype(&::PQftype) ftype;
  decltype(&::PQgetisnull) getisnull;
  decltype(&::PQgetvalue) getvalue;
  decltype(&::PQgetlength) getlength;
  decltype(&::PQclear) clear;
  decltype(&::PQconninfoParse) conninfoParse;
  decltype(&::PQconninfoFree) conninfoFree;
  decltype(&::PQfreemem) freemem;
};

// libpq's functions, the library opened on the first call (thread-safe). Throws DatabaseError
// (kCannotOpen, in Vietnamese) when libpq.so.5 is not installed or lacks one of them.
const LibpqFunctions& Libpq();

}  // namespace baocao
