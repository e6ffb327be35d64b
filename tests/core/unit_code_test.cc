#include "core/unit_code.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace baocao {

TEST_CASE("unit codes: letters, digits, dot, underscore, dash, not starting with a dot or a dash", "[core]") {
  for (const std::string& code : std::vector<std::string>{"H01", "T17", "000.00.31.H30", "X-01_A", "so_noi_vu", "9", std::string(64, 'A')})
    CHECK(IsValidUnitCode(code));
  for (const std::string& code : std::vector<std::string>{"", "a/b", "..", ".", "../../../x", "-rf", "H 01", ".H01", "_H01", "Hòa", "H01\\",
                                 "H01\n", std::string(65, 'A')})
    CHECK_FALSE(IsValidUnitCode(code));
  CHECK(UnitCodeProblem("H01").empty());
  CHECK(UnitCodeProblem("a/b") ==
        "mã đơn vị \"a/b\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới (_), "
        "gạch ngang (-), bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự");
}

}  // namespace baocao
