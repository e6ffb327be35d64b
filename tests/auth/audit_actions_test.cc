#include "auth/audit_actions.h"

#include <catch2/catch.hpp>

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
  CHECK(audit::ActionLabel("download") == "download");
}

}  // namespace
}  // namespace baocao
