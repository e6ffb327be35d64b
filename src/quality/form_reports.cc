#include "quality/form_reports.h"

#include "quality/kiem_tra_report.h"

namespace baocao {

Report ComputeFormReport(Database& db, const std::string& form, const Period& period, const std::string& root,
                         const ReportOptions& options, const QualityOptions& quality) {
  if (form != kKiemTraForm) return ComputeReport(db, form, period, root, options);
  QualityOptions check = quality;
  if (!check.deadline) check.deadline = options.deadline;
  return KiemTraReport(ComputeQualityCheck(db, period, root, check), ReportPlace(db, period, root));
}

}  // namespace baocao
