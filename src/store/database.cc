#include "store/database.h"

#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/errors.h"
#include "store/postgres_database.h"
#include "store/postgres_errors.h"
#include "store/sqlite_schema.h"

namespace baocao {

namespace {
// SQLite does not create folders: make the database's parent folder first. A database that must
// exist already is checked instead, so that a mistyped --db creates neither folder nor file.
const std::string& Prepared(const std::string& path, Database::OpenMode mode) {
  if (path == ":memory:") return path;
  if (mode == Database::OpenMode::kExisting) {
    std::error_code ec;
    if (path.empty() || !std::filesystem::exists(path, ec))
      throw UsageError("không tìm thấy cơ sở dữ liệu " + path +
                       " (hãy nộp dữ liệu bằng `baocao submit` trước, hoặc kiểm tra --db và $BAOCAO_DB)");
    return path;
  }
  if (path.empty()) return path;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  return path;
}

std::unique_ptr<SqlConnection> Open(const std::string& path, Database::OpenMode mode) {
  if (IsPostgresUrl(path)) return OpenPostgresDatabase(path, mode);
  return OpenSqliteDatabase(Prepared(path, mode), mode);
}
}  // namespace

bool IsPostgresUrl(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

bool IsConstraintViolation(const SqlError& e, SqlDialect dialect) {
  if (dialect == SqlDialect::kPostgres) return e.code().rfind("23", 0) == 0;  // class 23: integrity
  try {
    return (std::stoi(e.code()) & 0xff) == SQLITE_CONSTRAINT;
  } catch (const std::exception&) {
    return false;
  }
}

Database::Database(const std::string& path, OpenMode mode) try : path_(path), connection_(Open(path, mode)) {
} catch (const SqlError& e) {
  throw *ToDatabaseError(e, path);
}

Database::~Database() = default;

namespace {

std::optional<DatabaseError::Reason> SqliteReason(int code) {
  using Reason = DatabaseError::Reason;
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Reason::kBusy;
    case SQLITE_READONLY: return Reason::kReadOnly;
    case SQLITE_NOTADB: return Reason::kNotADatabase;
    case SQLITE_CORRUPT: return Reason::kCorrupt;
    case SQLITE_FULL: return Reason::kFull;
    case SQLITE_CANTOPEN: return Reason::kCannotOpen;
    case SQLITE_IOERR: return Reason::kDiskIo;
    default: return std::nullopt;
  }
}

}  // namespace

std::optional<DatabaseError> ToDatabaseError(const std::exception& e, const std::string& path) {
  using Reason = DatabaseError::Reason;
  if (const auto* known = dynamic_cast<const DatabaseError*>(&e)) return *known;
  const auto* sql = dynamic_cast<const SqlError*>(&e);
  if (sql == nullptr) return std::nullopt;
  if (IsPostgresUrl(path)) return PostgresDatabaseError(*sql, ShownPostgresUrl(path));
  const std::string& name = path;
  const std::string db = "cơ sở dữ liệu " + name;
  std::optional<Reason> reason;
  try {
    reason = SqliteReason(std::stoi(sql->code()));
  } catch (const std::exception&) {
    reason = std::nullopt;
  }
  if (!reason)
    return DatabaseError(Reason::kOther, "lỗi khi dùng " + db + " (mã lỗi " + "SQLite " +
                                             sql->code() + "); hãy báo cho người quản trị");
  switch (*reason) {
    case Reason::kBusy:
      return DatabaseError(Reason::kBusy, db + " đang bận: một lượt nộp hoặc lượt chạy khác đang ghi vào đó và chưa xong sau " +
                                              std::to_string(Database::kBusyTimeoutMinutes) +
                                              " phút chờ; hãy chạy lại khi lượt kia kết thúc");
    case Reason::kReadOnly:
      return DatabaseError(Reason::kReadOnly, "không ghi được vào " + db +
                                                  ": tệp (hoặc thư mục chứa nó) chỉ cho phép đọc; hãy cấp quyền ghi "
                                                  "cho người chạy baocao rồi chạy lại");
    case Reason::kNotADatabase:
      return DatabaseError(Reason::kNotADatabase, "tệp " + name +
                                                      " không phải là cơ sở dữ liệu của baocao; hãy kiểm tra --db và "
                                                      "$BAOCAO_DB");
    case Reason::kCorrupt:
      return DatabaseError(Reason::kCorrupt, db + " bị hỏng; hãy giữ lại tệp hỏng, khôi phục tệp từ bản sao lưu gần "
                                                  "nhất rồi nộp lại các tệp đã nộp sau bản sao lưu đó");
    case Reason::kFull:
      return DatabaseError(Reason::kFull, "đĩa đầy: không ghi được vào " + db +
                                              "; hãy giải phóng dung lượng đĩa rồi chạy lại");
    case Reason::kCannotOpen:
      return DatabaseError(Reason::kCannotOpen, "không mở được " + db +
                                                    "; hãy kiểm tra đường dẫn và quyền truy cập của tệp và thư mục "
                                                    "chứa nó");
    case Reason::kDiskIo:
      return DatabaseError(Reason::kDiskIo, "lỗi đọc ghi đĩa với " + db + "; hãy kiểm tra đĩa rồi chạy lại");
    default:
      return DatabaseError(Reason::kOther, "lỗi khi dùng " + db + " (mã lỗi " + "SQLite " +
                                               sql->code() + "); hãy báo cho người quản trị");
  }
}

std::string DefaultDatabasePath() {
  if (const char* env = std::getenv("BAOCAO_DB"); env != nullptr && *env != '\0') return env;
  return std::string(BAOCAO_SOURCE_DIR) + "/data/baocao.db";
}

}  // namespace baocao
