#include "store/libpq.h"

#include <dlfcn.h>

#include <string>

#include "core/errors.h"
#include "store/postgres_connection.h"

namespace baocao {
namespace {

// The shared library of Debian's libpq5, by its soname (the ABI the headers describe).
constexpr const char* kLibpqSoname = "libpq.so.5";

DatabaseError CannotLoad(const std::string& why) {
  return DatabaseError(DatabaseError::Reason::kCannotOpen,
                       "Không nạp được thư viện PostgreSQL (" + std::string(kLibpqSoname) +
                           ", gói libpq5): " + why + ". Hãy cài gói libpq5 (scripts/setup cài sẵn) "
                           "hoặc dùng cơ sở dữ liệu SQLite (--db TỆP).");
}

template <class Function>
void Resolve(void* library, const char* name, Function& function) {
  void* symbol = ::dlsym(library, name);
  if (symbol == nullptr) throw CannotLoad(std::string("thiếu hàm ") + name);
  function = reinterpret_cast<Function>(symbol);
}

// Opens libpq and resolves every function; kept open for the life of the process (libpq keeps
// state of its own, such as OpenSSL's, that must not be unloaded under a connection).
LibpqFunctions Load() {
  void* library = ::dlopen(kLibpqSoname, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* error = ::dlerror();
    throw CannotLoad(error != nullptr ? error : "không rõ lý do");
  }
  LibpqFunctions f{};
  Resolve(library, "PQconnectdb", f.connectdb);
  Resolve(library, "PQstatus", f.status);
  Resolve(library, "PQerrorMessage", f.errorMessage);
  Resolve(library, "PQsetNoticeProcessor", f.setNoticeProcessor);
  Resolve(library, "PQfinish", f.finish);
  Resolve(library, "PQexec", f.exec);
  Resolve(library, "PQprepare", f.prepare);
  Resolve(library, "PQexecPrepared", f.execPrepared);
  Resolve(library, "PQsendQueryPrepared", f.sendQueryPrepared);
  Resolve(library, "PQsetSingleRowMode", f.setSingleRowMode);
  Resolve(library, "PQgetResult", f.getResult);
  Resolve(library, "PQresultStatus", f.resultStatus);
  Resolve(library, "PQresultErrorMessage", f.resultErrorMessage);
  Resolve(library, "PQresultErrorField", f.resultErrorField);
  Resolve(library, "PQcmdTuples", f.cmdTuples);
  Resolve(library, "PQnfields", f.nfields);
  Resolve(library, "PQftype", f.ftype);
  Resolve(library, "PQgetisnull", f.getisnull);
  Resolve(library, "PQgetvalue", f.getvalue);
  Resolve(library, "PQgetlength", f.getlength);
  Resolve(library, "PQclear", f.clear);
  Resolve(library, "PQconninfoParse", f.conninfoParse);
  Resolve(library, "PQconninfoFree", f.conninfoFree);
  Resolve(library, "PQfreemem", f.freemem);
  return f;
}

}  // namespace

const LibpqFunctions& Libpq() {
  static const LibpqFunctions functions = Load();  // a failed load throws and is tried again next call
  return functions;
}

bool LibpqLoaded() {
  void* library = ::dlopen(kLibpqSoname, RTLD_NOLOAD | RTLD_LAZY);  // a reference more when loaded
  if (library == nullptr) return false;
  ::dlclose(library);
  return true;
}

}  // namespace baocao
