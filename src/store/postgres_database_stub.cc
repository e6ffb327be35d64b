// A build without PostgreSQL: a postgresql:// database is refused, in Vietnamese. Replaced by
// store/postgres_database.cc in a build with libpq.
#include "core/errors.h"
#include "store/postgres_database.h"

namespace baocao {

std::unique_ptr<SqlConnection> OpenPostgresDatabase(const std::string& url, Database::OpenMode /*mode*/) {
  (void)url;  // may hold a password: never shown
  throw UsageError("Bản dựng này chưa hỗ trợ PostgreSQL: không mở được cơ sở dữ liệu PostgreSQL trong --db "
                   "hoặc $BAOCAO_DB; hãy dùng một tệp SQLite, hoặc bản dựng baocao có PostgreSQL");
}

}  // namespace baocao
