#include "generators/reporting_rate_text.h"

#include "generators/vietnamese_number.h"

namespace baocao {

std::string ReportingRateText(const LevelRate& level) {
  const std::string total = std::to_string(level.total);
  return "đã báo cáo " + std::to_string(level.reported) + "/" + total + " (" +
         FormatValue(Value::Rate(level.reported, level.total)) + ") · đúng hạn " +
         std::to_string(level.on_time) + "/" + total + " (" + FormatValue(Value::Rate(level.on_time, level.total)) +
         ")";
}

}  // namespace baocao
