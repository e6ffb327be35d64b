#include "core/unit_code.h"

#include "core/text.h"

namespace baocao {
namespace {

bool Alnum(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

}  // namespace

bool IsValidUnitCode(const std::string& code) {
  if (code.empty() || code.size() > kMaxUnitCodeLength || !Alnum(code.front())) return false;
  for (char c : code)
    if (!Alnum(c) && c != '.' && c != '_' && c != '-') return false;
  return true;
}

const char* UnitCodeRule() {
  return "mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới (_), gạch ngang (-), "
         "bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự";
}

std::string UnitCodeProblem(const std::string& code) {
  if (IsValidUnitCode(code)) return "";
  return "mã đơn vị " + Quoted(code) + " không hợp lệ: " + UnitCodeRule();
}

}  // namespace baocao
