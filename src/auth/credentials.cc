#include "auth/credentials.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace baocao {
namespace {

bool IsLoginCharacter(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u < 0x80 && std::isalnum(u)) || c == '.' || c == '_' || c == '-';
}

// Code points of valid UTF-8 (continuation bytes not counted).
size_t CharacterCount(const std::string& text) {
  return static_cast<size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string AsciiLower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

bool IsValidLogin(const std::string& login) {
  return login.size() >= kMinLoginLength && login.size() <= kMaxLoginLength &&
         std::all_of(login.begin(), login.end(), IsLoginCharacter);
}

std::string LoginProblem(const std::string& login) {
  if (IsValidLogin(login)) return "";
  return "tên đăng nhập " + Quoted(login) +
         " không hợp lệ: tên đăng nhập dài từ 3 đến 64 ký tự, chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), "
         "gạch dưới (_), gạch ngang (-)";
}

std::string PasswordProblem(const std::string& password, const std::string& login) {
  if (!IsValidUtf8(password))
    return "mật khẩu chứa ký tự không đọc được (không phải UTF-8); hãy gõ lại mật khẩu";
  const size_t length = CharacterCount(Nfc(password));
  if (length < kMinPasswordLength)
    return "mật khẩu phải có ít nhất " + std::to_string(kMinPasswordLength) + " ký tự (mật khẩu đã nhập có " +
           std::to_string(length) + " ký tự); hãy chọn mật khẩu dài hơn";
  if (length > kMaxPasswordLength)
    return "mật khẩu dài quá " + std::to_string(kMaxPasswordLength) + " ký tự (mật khẩu đã nhập có " +
           std::to_string(length) + " ký tự); hãy chọn mật khẩu ngắn hơn";
  if (AsciiLower(password) == AsciiLower(login))
    return "mật khẩu không được trùng với tên đăng nhập; hãy chọn mật khẩu khác";
  return "";
}

}  // namespace baocao
