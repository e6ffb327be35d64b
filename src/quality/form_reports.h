// One entry point for a report of any form, for the command line (`report`), the portal's report
// page and the job runner: kiem_tra is made from a quality check (quality_check.h +
// kiem_tra_report.h), every other form from the period's figures (indicators.h ComputeReport).
#pragma once

#include <string>

#include "core/period.h"
#include "indicators/indicators.h"
#include "indicators/report.h"
#include "quality/quality_check.h"
#include "store/database.h"

namespace baocao {

// kiem_tra: ComputeQualityCheck(db, period, root, quality) — its deadline options.deadline unless
// quality gives one — then KiemTraReport with the subtree's place (ReportPlace). Other forms:
// ComputeReport(db, form, period, root, options). Throws what those throw (UsageError for an
// unknown form or unit).
Report ComputeFormReport(Database& db, const std::string& form, const Period& period, const std::string& root = "",
                         const ReportOptions& options = {}, const QualityOptions& quality = {});

}  // namespace baocao
