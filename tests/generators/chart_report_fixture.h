// Two-level provinces (since 1/7/2025: departments and communes directly under the province) for
// the chart tests.
#pragma once

#include <string>

#include "indicators/report.h"

namespace baocao::test {

// "Tỉnh Hai Cấp" (T00) with `departments` departments "Sở Thử Nghiệm 01".. (on-time rate 90%)
// then `communes` communes under the root: number i (1-based) is "Phường Thử Nghiệm 0ii" when i is
// a multiple of 10, "Đặc khu Thử Nghiệm 0ii" when i % 25 == 3, else "Xã Thử Nghiệm 0ii"; its
// on-time rate is (500 + i) / 1000, except commune 10, which ties with commune `communes` - 2,
// commune `communes` - 1, which resolved nothing (null), and the last, which has not reported.
Report TwoLevelProvinceReport(int communes, int departments = 3,
                              const std::string& form = "tong_hop");

// The name of commune i of TwoLevelProvinceReport.
std::string TwoLevelCommuneName(int i);

}  // namespace baocao::test
