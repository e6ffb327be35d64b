// The rules of logins and passwords, with the Vietnamese message of each broken rule.
//
// A login (tên đăng nhập) is 3 to 64 characters, each an ASCII letter, a digit, '.', '_' or '-'
// (so it is safe in a log line, a URL and a cookie). A password (mật khẩu) is 10 to 128
// characters (Unicode code points: Vietnamese letters count one each) and is not the login itself
// (in any case). Passwords are compared after NFC normalization (password_hash.h), so one typed
// with precomposed or with combining accents is the same password.
#pragma once

#include <string>

namespace baocao {

constexpr size_t kMinLoginLength = 3;
constexpr size_t kMaxLoginLength = 64;
constexpr size_t kMinPasswordLength = 10;
constexpr size_t kMaxPasswordLength = 128;

bool IsValidLogin(const std::string& login);
// Why login is not a login (`tên đăng nhập "a/b" không hợp lệ: …`); empty when it is one.
std::string LoginProblem(const std::string& login);

// Why password may not be the new password of login (`mật khẩu phải có ít nhất 10 ký tự …`); empty
// when it may.
std::string PasswordProblem(const std::string& password, const std::string& login);

}  // namespace baocao
