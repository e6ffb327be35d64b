#include "quality/quality_report.h"

#include <algorithm>

namespace baocao {

int QualityReport::errors() const {
  return static_cast<int>(std::count_if(violations.begin(), violations.end(),
                                        [](const RuleViolation& v) { return v.severity == Severity::kError; }));
}

int QualityReport::warnings() const { return static_cast<int>(violations.size()) - errors(); }

}  // namespace baocao
