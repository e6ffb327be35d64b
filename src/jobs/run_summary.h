// The run summary (tom_tat_<period>.txt): what an officer reads first after the monthly run.
//
// In Vietnamese: the job and period with its exact dates, the reporting unit, the submission deadline;
// then (1) the report files produced, with their sizes, and the count of the units' own reports
// (each_unit: units, files, in <period>/<unit code>/); (2) the files received through the inbox
// for this period and what became of each (late ones marked: data of the period received after the
// deadline); (3) the units that have not reported; (4) the reports' warnings; (5) the reporting
// rates per level (reported, reported on time; ReportingStatus against the deadline). Everything in
// it comes from the database and the reports, never from the clock, so running the same period again
// on the same data gives the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "generators/render.h"
#include "indicators/reporting_status.h"
#include "jobs/inbox.h"

namespace baocao {

struct RunSummary {
  std::string job;
  Period period;
  std::string root_code;
  std::string root_name;
  Date deadline;
  std::vector<Artifact> files;                              // the reports (final paths)
  std::vector<InboxResult> inbox;                           // of the period, by file name
  std::vector<std::pair<std::string, std::string>> missing;  // (ma_don_vi, ten_don_vi) not reported
  std::vector<std::string> warnings;
  // Dossiers reporting of the run's subtree against `deadline` (ReportingStatus::levels): the levels
  // present, then the total (cap ""). Empty: the section says there is nothing to count.
  std::vector<LevelRate> reporting;
  // The quality check of the period (quality/quality_check.h): its counts and its worst findings
  // (quality/finding_text.h WorstFindings), section 6.
  struct Quality {
    int errors = 0;
    int warnings = 0;
    int outliers = 0;
    int short_history = 0;
    int late = 0;
    int differences = 0;
    std::vector<std::string> worst;
  };
  Quality quality;
  // The units' own reports (job each_unit): the levels, how many units, how many files. Printed in
  // section 1 only when levels is not empty.
  struct EachUnit {
    std::vector<std::string> levels;
    int units = 0;
    int files = 0;
  };
  EachUnit each_unit;

  std::string Text() const;
};

// tom_tat_<period label>.txt
std::string SummaryFileName(const Period& period);

// 1234567 → "1.234.567".


}  // namespace baocao
