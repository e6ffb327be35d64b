#include <catch2/catch.hpp>

#include <limits>

#include "core/checked_sum.h"
#include "core/errors.h"

namespace baocao {

TEST_CASE("checked sums add, and refuse to wrap", "[checked_sum]") {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  CHECK(CheckedAdd(2, 3) == 5);
  CHECK(CheckedAdd(kMax - 1, 1) == kMax);
  CHECK_THROWS_AS(CheckedAdd(kMax, 1), DataError);
  CHECK_THROWS_AS(CheckedAdd(std::numeric_limits<int64_t>::min(), -1), DataError);
  CHECK_THROWS_WITH(CheckedAdd(kMax, 2),
                    "Tổng 9223372036854775807 + 2 vượt quá giới hạn tính toán (số nguyên 64 bit): cơ sở dữ liệu "
                    "có số liệu bất thường (số người, số hồ sơ hoặc số tiền quá lớn); hãy kiểm tra các tệp đã nộp");
  int64_t total = 40;
  AddTo(total, 2);
  CHECK(total == 42);
  int64_t full = kMax;
  CHECK_THROWS_AS(AddTo(full, 1), DataError);
  CHECK(full == kMax);  // unchanged
}

}  // namespace baocao
