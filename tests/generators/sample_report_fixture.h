// A small hand-built Report for the generator tests, with every key of SPEC §7:
//
//   T   UBND tỉnh Hòa Bình (tinh, root)          totals = H1 + H2 (no own records)
//   ├ H1 Thành phố Hòa Bình (huyen)              has a child
//   │ └ X1 Phường Tân Thịnh (xa)                 not submitted: "chưa báo cáo"
//   └ H2 Huyện Lương Sơn (huyen)                 nothing resolved, nothing rated, no fee paid:
//                                                on_time_rate, satisfaction_rate, online payment
//                                                rates are null (zero denominators)
//
// Period: tháng 5/2023 (15/04/2023–14/05/2023), issued 15/05/2023, place "Hòa Bình".
#pragma once

#include <string>

#include "indicators/report.h"

namespace baocao::test {

Report SampleReport(const std::string& form);

// Recomputes the root's counts as the sum of its depth-1 units and its rates from them.
void RollUpRoot(Report& report);

}  // namespace baocao::test
