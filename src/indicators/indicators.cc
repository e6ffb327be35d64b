#include "indicators/indicators.h"

#include "core/errors.h"

namespace baocao {

// Placeholder until the indicators land (branch jobs: lets `run` link; replaced at merge).
Report ComputeReport(Database&, const std::string& form, const Period& period, const std::string&) {
  throw Error("Chưa hỗ trợ tính báo cáo " + form + " kỳ " + period.Label());
}

}  // namespace baocao
