// The actions written to the audit log (store/audit_log.h): the code stored in audit_log.action, and
// how `baocao audit` (and the portal) shows it in Vietnamese.
#pragma once

#include <string>

namespace baocao::audit {

inline constexpr const char* kLogin = "login";                                    // đăng nhập
inline constexpr const char* kLoginFailed = "login_failed";                       // đăng nhập bị từ chối
inline constexpr const char* kPasswordChanged = "password_changed";               // đổi mật khẩu
inline constexpr const char* kPasswordChangeFailed = "password_change_failed";    // đổi mật khẩu bị từ chối
inline constexpr const char* kAccountCreated = "account_created";                 // tạo tài khoản
inline constexpr const char* kPasswordReset = "password_reset";                   // cấp lại mật khẩu
inline constexpr const char* kAccountDisabled = "account_disabled";               // vô hiệu hóa tài khoản
inline constexpr const char* kAccountEnabled = "account_enabled";                 // mở lại tài khoản

// The Vietnamese label of an action code; the code itself when it is not one of the above.
std::string ActionLabel(const std::string& code);

}  // namespace baocao::audit
