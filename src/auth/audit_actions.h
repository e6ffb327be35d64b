// The actions written to the audit log (store/audit_log.h): the code stored in audit_log.action, how
// `baocao audit` (and the portal) shows it in Vietnamese, and Record, which writes one event.
#pragma once

#include <string>

#include "core/date.h"
#include "store/database.h"

namespace baocao::audit {

inline constexpr const char* kLogin = "login";                                    // đăng nhập
inline constexpr const char* kLoginFailed = "login_failed";                       // đăng nhập bị từ chối
inline constexpr const char* kPasswordChanged = "password_changed";               // đổi mật khẩu
inline constexpr const char* kPasswordChangeFailed = "password_change_failed";    // đổi mật khẩu bị từ chối
inline constexpr const char* kAccountCreated = "account_created";                 // tạo tài khoản
inline constexpr const char* kPasswordReset = "password_reset";                   // cấp lại mật khẩu
inline constexpr const char* kAccountDisabled = "account_disabled";               // vô hiệu hóa tài khoản
inline constexpr const char* kAccountEnabled = "account_enabled";                 // mở lại tài khoản
inline constexpr const char* kLogout = "logout";                                  // đăng xuất
inline constexpr const char* kSubmission = "submission";                          // nộp dữ liệu
inline constexpr const char* kDownload = "download";                              // tải tệp
inline constexpr const char* kForbidden = "forbidden";                            // truy cập bị từ chối
inline constexpr const char* kApproval = "approval";                              // phê duyệt số liệu
inline constexpr const char* kApprovalWithdrawn = "approval_withdrawn";           // rút phê duyệt

// The Vietnamese label of an action code; the code itself when it is not one of the above.
std::string ActionLabel(const std::string& code);

// The most characters of an account or an address kept in the log: both may come from a request
// (a login typed at the login page, a forwarded address).
inline constexpr size_t kMaxRecordedChars = 64;

// Appends an event at now to the audit log, inside the caller's transaction if there is one. account
// ("" for the command line) and address are cut to kMaxRecordedChars and escaped (core/text.h
// Excerpt), so that nothing a request carries can forge a line of the log or grow it without bound.
void Record(Database& db, DateTime now, const std::string& account, const std::string& address,
            const std::string& action, const std::string& detail);

}  // namespace baocao::audit
