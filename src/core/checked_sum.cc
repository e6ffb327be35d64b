#include "core/checked_sum.h"

#include <string>

#include "core/errors.h"

namespace baocao {

int64_t CheckedAdd(int64_t a, int64_t b) {
  int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum))
    throw DataError("Tổng " + std::to_string(a) + " + " + std::to_string(b) +
                    " vượt quá giới hạn tính toán (số nguyên 64 bit): cơ sở dữ liệu có số liệu bất thường "
                    "(số người, số hồ sơ hoặc số tiền quá lớn); hãy kiểm tra các tệp đã nộp");
  return sum;
}

}  // namespace baocao
