#include "store/postgres_errors.h"

#include <map>
#include <memory>
#include <string_view>

#include "store/libpq.h"

namespace baocao {
namespace {

struct ConninfoFreer {
  void operator()(PQconninfoOption* options) const { Libpq().conninfoFree(options); }
};

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// "(mã SQLSTATE 23505)" — for the administrator.
std::string Code(const std::string& sqlstate) { return " (mã lỗi PostgreSQL " + sqlstate + ")"; }

std::string FirstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  for (const std::string_view prefix : {"ERROR:  ", "FATAL:  "})
    if (line.rfind(prefix, 0) == 0) line = line.substr(prefix.size());
  return line;
}

}  // namespace

std::string ShownPostgresUrl(const std::string& url) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, ConninfoFreer> options(Libpq().conninfoParse(url.c_str(), &error));
  if (error != nullptr) Libpq().freemem(error);
  if (!options) return "(địa chỉ PostgreSQL không hợp lệ)";
  std::map<std::string, std::string> values;
  for (const PQconninfoOption* o = options.get(); o->keyword != nullptr; ++o)
    if (o->val != nullptr && *o->val != '\0') values[o->keyword] = o->val;
  const std::string host = values["host"];
  const std::string port = values["port"];
  const std::string user = values["user"];
  std::string shown = "postgresql://";
  if (!user.empty()) shown += user + "@";
  const bool socket = !host.empty() && host.front() == '/';
  if (!socket) {
    shown += host;
    if (!port.empty()) shown += ":" + port;
  }
  shown += "/" + values["dbname"];
  if (socket) shown += "?host=" + host + (port.empty() ? "" : "&port=" + port);
  return shown;
}

DatabaseError PostgresConnectError(const std::string& libpq_message, const std::string& shown_url) {
  using Reason = DatabaseError::Reason;
  const std::string& m = libpq_message;
  const std::string server = "máy chủ PostgreSQL " + shown_url;
  if (Contains(m, "password authentication failed") || Contains(m, "no password supplied") ||
      Contains(m, "pg_hba.conf") || Contains(m, "authentication failed") ||
      (Contains(m, "role \"") && Contains(m, "does not exist")))
    return DatabaseError(Reason::kCannotOpen,
                         server + " từ chối đăng nhập: sai tên người dùng hoặc mật khẩu, hoặc người dùng không được "
                                  "phép kết nối; hãy kiểm tra địa chỉ cơ sở dữ liệu (--db, $BAOCAO_DB), tệp ~/.pgpass "
                                  "hoặc hỏi người quản trị máy chủ");
  if (Contains(m, "database \"") && Contains(m, "does not exist"))
    return DatabaseError(Reason::kCannotOpen,
                         "không có cơ sở dữ liệu này trên " + server +
                             "; hãy kiểm tra tên cơ sở dữ liệu trong địa chỉ (--db, $BAOCAO_DB), hoặc nhờ người quản "
                             "trị tạo nó (CREATE DATABASE)");
  if (Contains(m, "too many clients") || Contains(m, "remaining connection slots"))
    return DatabaseError(Reason::kBusy, server + " đang có quá nhiều kết nối; hãy chạy lại sau ít phút, hoặc nhờ "
                                                 "người quản trị tăng max_connections");
  if (Contains(m, "permission denied"))
    return DatabaseError(Reason::kCannotOpen, "không có quyền kết nối tới " + server +
                                                  "; hãy nhờ người quản trị cấp quyền CONNECT cho người dùng này");
  if (Contains(m, "the database system is starting up") || Contains(m, "the database system is shutting down"))
    return DatabaseError(Reason::kBusy, server + " đang khởi động hoặc đang tắt; hãy chạy lại sau ít phút");
  if (Contains(m, "Connection refused") || Contains(m, "No such file or directory") ||
      Contains(m, "could not translate host name") || Contains(m, "timeout expired") ||
      Contains(m, "Network is unreachable") || Contains(m, "No route to host") || Contains(m, "server closed"))
    return DatabaseError(Reason::kCannotOpen,
                         "không kết nối được tới " + server +
                             ": máy chủ không chạy hoặc không tới được; hãy kiểm tra địa chỉ (--db, $BAOCAO_DB), "
                             "rằng máy chủ đang chạy và mạng tới nó, rồi chạy lại");
  return DatabaseError(Reason::kCannotOpen, "không kết nối được tới " + server +
                                                "; hãy kiểm tra địa chỉ (--db, $BAOCAO_DB) và báo cho người quản trị "
                                                "(chi tiết của PostgreSQL: " + FirstLine(m) + ")");
}

DatabaseError PostgresDatabaseError(const SqlError& e, const std::string& shown_url) {
  using Reason = DatabaseError::Reason;
  const std::string& s = e.code();
  const std::string db = "cơ sở dữ liệu PostgreSQL " + shown_url;
  const std::string klass = s.substr(0, 2);
  if (klass == "08" || s == "57P01" || s == "57P02" || s == "57P03")
    return DatabaseError(Reason::kCannotOpen, "mất kết nối tới " + db + Code(s) +
                                                  ": máy chủ đã dừng hoặc mạng bị ngắt; hãy kiểm tra máy chủ rồi "
                                                  "chạy lại (những gì chưa ghi xong đã được bỏ, không ghi dở)");
  if (klass == "28")
    return DatabaseError(Reason::kCannotOpen, "máy chủ từ chối đăng nhập vào " + db + Code(s) +
                                                  "; hãy kiểm tra người dùng và mật khẩu (--db, $BAOCAO_DB, "
                                                  "~/.pgpass)");
  if (s == "3D000")
    return DatabaseError(Reason::kCannotOpen, "không có " + db + Code(s) +
                                                  "; hãy kiểm tra tên trong địa chỉ hoặc nhờ người quản trị tạo nó");
  if (s == "42501")
    return DatabaseError(Reason::kReadOnly, "người dùng không có quyền cần thiết trên " + db + Code(s) +
                                                "; hãy nhờ người quản trị cấp quyền đọc và ghi các bảng của baocao "
                                                "cho người dùng này");
  if (s == "25006")
    return DatabaseError(Reason::kReadOnly, "không ghi được vào " + db + Code(s) +
                                                ": máy chủ chỉ cho phép đọc (bản sao dự phòng?); hãy dùng địa chỉ "
                                                "của máy chủ chính");
  if (s == "53100")
    return DatabaseError(Reason::kFull, "đĩa của máy chủ đầy: không ghi được vào " + db + Code(s) +
                                            "; hãy nhờ người quản trị giải phóng dung lượng rồi chạy lại");
  if (s == "53300")
    return DatabaseError(Reason::kBusy, "máy chủ của " + db + " đang có quá nhiều kết nối" + Code(s) +
                                            "; hãy chạy lại sau ít phút, hoặc nhờ người quản trị tăng "
                                            "max_connections");
  if (s == "40001" || s == "40P01" || s == "55P03" || s == "57014")
    return DatabaseError(Reason::kBusy, db + " đang bận: một lượt ghi khác xung đột với lượt này" + Code(s) +
                                            "; không có gì được ghi, hãy chạy lại");
  if (s == "23505")
    return DatabaseError(Reason::kOther, "dữ liệu trùng với một dòng đã có trong " + db + Code(s) +
                                             "; không có gì được ghi; hãy báo cho người quản trị");
  if (s == "23514" || s == "23502" || s == "23503" || klass == "22")
    return DatabaseError(Reason::kOther, "dữ liệu không thỏa ràng buộc của " + db + Code(s) +
                                             "; không có gì được ghi; hãy báo cho người quản trị");
  if (klass == "XX")
    return DatabaseError(Reason::kCorrupt, "máy chủ báo lỗi nội bộ với " + db + Code(s) +
                                               "; hãy báo cho người quản trị máy chủ");
  return DatabaseError(Reason::kOther, "lỗi khi dùng " + db + Code(s) + "; hãy báo cho người quản trị (chi tiết của "
                                                                        "PostgreSQL: " + FirstLine(e.what()) + ")");
}

}  // namespace baocao
