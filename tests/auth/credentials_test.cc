#include "auth/credentials.h"

#include <catch2/catch.hpp>

#include <vector>

namespace baocao {
namespace {

const char* const kLoginRule =
    "\" không hợp lệ: tên đăng nhập dài từ 3 đến 64 ký tự, chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch "
    "dưới (_), gạch ngang (-)";

TEST_CASE("A login is 3 to 64 ASCII letters, digits, dots, underscores and hyphens", "[auth]") {
  for (const std::string& login : std::vector<std::string>{"abc", "xa01", "Nguyen.Van_A-2", "a.b", "---", std::string(64, 'z')}) {
    INFO(login);
    CHECK(IsValidLogin(login));
    CHECK(LoginProblem(login).empty());
  }
  for (const std::string& login : std::vector<std::string>{"", "ab", "xã01", "a b", "a/b", "a@b.vn", "x'01", std::string(65, 'z'), "tab\there"}) {
    INFO(login);
    CHECK_FALSE(IsValidLogin(login));
  }
  CHECK(LoginProblem("xã01") == std::string("tên đăng nhập \"xã01") + kLoginRule);
  CHECK(LoginProblem("ab") == std::string("tên đăng nhập \"ab") + kLoginRule);
  CHECK(LoginProblem("a\nb") == std::string("tên đăng nhập \"a\\nb") + kLoginRule);  // escaped: no forged line
}

TEST_CASE("A password has at least 10 characters, at most 128, and is not the login", "[auth]") {
  CHECK(PasswordProblem("mùa thu Hà Nội", "xa01").empty());
  CHECK(PasswordProblem("0123456789", "xa01").empty());
  CHECK(PasswordProblem("012345678", "xa01") ==
        "mật khẩu phải có ít nhất 10 ký tự (mật khẩu đã nhập có 9 ký tự); hãy chọn mật khẩu dài hơn");
  // Vietnamese letters count one character each, in NFC or in NFD.
  CHECK(PasswordProblem("đường hầm", "xa01") ==
        "mật khẩu phải có ít nhất 10 ký tự (mật khẩu đã nhập có 9 ký tự); hãy chọn mật khẩu dài hơn");
  CHECK(PasswordProblem("d\xC6\xB0\xCC\x80ong ha\xCC\x80m", "xa01") ==
        "mật khẩu phải có ít nhất 10 ký tự (mật khẩu đã nhập có 9 ký tự); hãy chọn mật khẩu dài hơn");
  CHECK(PasswordProblem(std::string(128, 'x'), "xa01").empty());
  CHECK(PasswordProblem(std::string(129, 'x'), "xa01") ==
        "mật khẩu dài quá 128 ký tự (mật khẩu đã nhập có 129 ký tự); hãy chọn mật khẩu ngắn hơn");
  CHECK(PasswordProblem("nguyen.van.a", "nguyen.van.a") ==
        "mật khẩu không được trùng với tên đăng nhập; hãy chọn mật khẩu khác");
  CHECK(PasswordProblem("Nguyen.Van.A", "nguyen.van.a") ==
        "mật khẩu không được trùng với tên đăng nhập; hãy chọn mật khẩu khác");
  CHECK(PasswordProblem("mật kh\xFFu dài lắm", "xa01") ==
        "mật khẩu chứa ký tự không đọc được (không phải UTF-8); hãy gõ lại mật khẩu");
}

}  // namespace
}  // namespace baocao
