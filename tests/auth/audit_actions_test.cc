#include "auth/audit_actions.h"

#include <catch2/catch.hpp>

#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

TEST_CASE("Every audited action has its Vietnamese label, an unknown code shows as itself", "[auth]") {
  CHECK(audit::ActionLabel(audit::kLogin) == "đăng nhập");
  CHECK(audit::ActionLabel(audit::kLoginFailed) == "đăng nhập bị từ chối");
  CHECK(audit::ActionLabel(audit::kPasswordChanged) == "đổi mật khẩu");
  CHECK(audit::ActionLabel(audit::kPasswordChangeFailed) == "đổi mật khẩu bị từ chối");
  CHECK(audit::ActionLabel(audit::kAccountCreated) == "tạo tài khoản");
  CHECK(audit::ActionLabel(audit::kPasswordReset) == "cấp lại mật khẩu");
  CHECK(audit::ActionLabel(audit::kAccountDisabled) == "vô hiệu hóa tài khoản");
  CHECK(audit::ActionLabel(audit::kAccountEnabled) == "mở lại tài khoản");
  CHECK(audit::ActionLabel(audit::kLogout) == "đăng xuất");
  CHECK(audit::ActionLabel(audit::kSubmission) == "nộp dữ liệu");
  CHECK(audit::ActionLabel(audit::kDownload) == "tải tệp");
  CHECK(audit::ActionLabel(audit::kForbidden) == "truy cập bị từ chối");
  CHECK(std::string(audit::kLogout) == "logout");
  CHECK(std::string(audit::kSubmission) == "submission");
  CHECK(std::string(audit::kDownload) == "download");
  CHECK(std::string(audit::kForbidden) == "forbidden");
  CHECK(audit::ActionLabel("upload") == "upload");
}

TEST_CASE("Record writes an event with the account and the address cut to 64 characters and escaped", "[auth]") {
  Database db(":memory:");
  const DateTime now{Date::FromYmd(2026, 12, 1), 10 * 3600};
  audit::Record(db, now, "", "cli", audit::kAccountCreated, "admin: vai trò quan_tri");
  audit::Record(db, now, "a\r\nb" + std::string(100, 'c'), "10.0.0.7\x1B[2J", audit::kLoginFailed,
                "không có tài khoản này");
  CHECK(test::QueryText(db, "SELECT * FROM audit_log ORDER BY id") ==
        "1|2026-12-01 10:00:00||cli|account_created|admin: vai trò quan_tri\n"
        "2|2026-12-01 10:00:00|a\\r\\nb" + std::string(60, 'c') + "…|10.0.0.7\\x1B[2J|login_failed|không có tài "
        "khoản này\n");
}

}  // namespace
}  // namespace baocao
