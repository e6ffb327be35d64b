// Who has reported for a period, unit by unit, and the reporting rate per level: what an officer
// asks first ("which communes are missing?", "who was late?"), printed by `baocao status`, shown by
// the portal's status page, and counted by the run summary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/period.h"
#include "indicators/report.h"
#include "store/database.h"

namespace baocao {

struct UnitStatus {
  std::string code;
  std::string name;
  std::string cap;
  int depth = 0;                              // 0 for the subtree's root
  std::vector<std::string> missing_months;    // export months without a dossiers report
  int months_reported = 0;
  bool people_reported = false;               // discipline/evaluations for the period's year
  // false for an aggregating unit (SPEC §2): not expected to submit dossiers (people), never missing
  bool expected = true;
  bool people_expected = true;
  std::string last_submitted_at;              // newest dossiers submission that reported it, or ""
  std::string last_file;                      // its file name
  int64_t last_submission_id = 0;             // its id (the receipt's), 0 when none
  // For a reported unit that is expected to report: when its last missing export month was first
  // covered — the latest, over the months it owes, of the earliest dossiers submission covering
  // that month ("YYYY-MM-DD HH:MM:SS"). A later resubmission does not move it. "" otherwise.
  std::string completed_at;
  // Reported, expected, and completed on a day after the deadline (a submission on the deadline day
  // is on time). Always false without a deadline.
  bool late = false;

  bool reported() const { return missing_months.empty(); }
  bool missing() const { return expected && !reported(); }
};

// The units of a level that are expected to report (aggregating units are not counted).
struct LevelRate {
  std::string cap;   // tinh | so_nganh | huyen | xa, in that order; "" for the whole subtree
  int reported = 0;
  int total = 0;
  int on_time = 0;   // reported and not late; equals reported when there is no deadline
};

struct ReportingStatus {
  Period period;
  std::optional<Date> deadline;    // as given to ComputeReportingStatus
  std::vector<std::string> months;
  std::vector<UnitStatus> units;   // hierarchy order
  std::vector<LevelRate> levels;   // levels present in the subtree, then the total ("" cap)

  int missing() const { return levels.back().total - levels.back().reported; }
};

// How `baocao status` and the portal's status page say a unit's state, in Vietnamese: the dossiers
// ("đã báo cáo (3/3)", "đã báo cáo, nộp muộn (3/3)", "CHƯA BÁO CÁO (2/3; thiếu 2023-06)", "tổng hợp
// (không phải nộp)") and the discipline and evaluations of the year ("đã báo cáo", "chưa báo cáo",
// "tổng hợp").
std::string DossierStateText(const ReportingStatus& s, const UnitStatus& u);
std::string PeopleStateText(const UnitStatus& u);

// The whole subtree's rates as report values (Report::reporting): units_expected, units_reported,
// units_on_time (counts) and units_reported_rate, units_on_time_rate (null without expected units).
Values ReportingRateValues(const ReportingStatus& status);

// The part of status for the subtree of unit `root` (a code among status.units; empty: all of it):
// its units, their depths from root, and the levels recounted over them — what
// ComputeReportingStatus would give for root with the same deadline, without reading the database
// again. Throws UsageError when root is not among status.units.
ReportingStatus SubtreeStatus(const ReportingStatus& status, const std::string& root);

// root: a unit code, or empty for the province. deadline: the day submissions for the period were
// due (jobs/job.h SubmissionDeadline computes it from a job's deadline_day); without one no unit is
// late. Throws UsageError for an unknown unit.
ReportingStatus ComputeReportingStatus(Database& db, const Period& period, const std::string& root = "",
                                       std::optional<Date> deadline = std::nullopt);

}  // namespace baocao
