#include "auth/audit_actions.h"

#include <map>

#include "core/text.h"
#include "store/audit_log.h"

namespace baocao::audit {

std::string ActionLabel(const std::string& code) {
  static const std::map<std::string, std::string> kLabels = {
      {kLogin, "đăng nhập"},
      {kLoginFailed, "đăng nhập bị từ chối"},
      {kPasswordChanged, "đổi mật khẩu"},
      {kPasswordChangeFailed, "đổi mật khẩu bị từ chối"},
      {kAccountCreated, "tạo tài khoản"},
      {kPasswordReset, "cấp lại mật khẩu"},
      {kAccountDisabled, "vô hiệu hóa tài khoản"},
      {kAccountEnabled, "mở lại tài khoản"},
      {kLogout, "đăng xuất"},
      {kSubmission, "nộp dữ liệu"},
      {kDownload, "tải tệp"},
      {kForbidden, "truy cập bị từ chối"},
      {kApproval, "phê duyệt số liệu"},
      {kApprovalWithdrawn, "rút phê duyệt"},
  };
  const auto it = kLabels.find(code);
  return it == kLabels.end() ? code : it->second;
}

void Record(Database& db, DateTime now, const std::string& account, const std::string& address,
            const std::string& action, const std::string& detail) {
  AuditLog(db).Append(
      {0, now.Iso(), Excerpt(account, kMaxRecordedChars), Excerpt(address, kMaxRecordedChars), action, detail});
}

}  // namespace baocao::audit
