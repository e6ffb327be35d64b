// How the reporting rates of one level are said, in the same words by `baocao status`, the run
// summary and the portal: DHIS2's "reporting rate" and "reporting rate on time" over the units
// expected to report dossiers (indicators/reporting_status.h LevelRate).
#pragma once

#include <string>

#include "indicators/reporting_status.h"

namespace baocao {

// "đã báo cáo 3/4 (75,00%) · đúng hạn 2/4 (50,00%)"; a level without expected units prints "—"
// for both rates.
std::string ReportingRateText(const LevelRate& level);

}  // namespace baocao
