// Who reported what, read from the record of submissions (tables unit_reports and submissions,
// store/database.h): which units reported dossiers for which months, which reported discipline and
// evaluations for which years, which ever had records of their own, and the dossiers submissions
// behind each month. What indicators/reporting.h and indicators/reporting_status.h are built from.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/database.h"

namespace baocao {

using UnitPeriods = std::set<std::pair<std::string, std::string>>;  // (ma_don_vi, period)

// (unit, export month 'YYYY-MM') of every dossiers report: the submitting unit (even with 0 rows)
// and every unit with rows in a dossiers submission.
UnitPeriods DossierMonthsReported(Database& db);

// (unit, year 'YYYY') of every discipline or evaluations report whose submission names that very
// year, or names none (a file submitted without a year reports the years of its rows).
UnitPeriods PeopleYearsReported(Database& db);

// Units that submitted a discipline or evaluations file themselves for year ('YYYY').
std::set<std::string> PeopleSubmitters(Database& db, const std::string& year);

// Units that have had at least one dossier of their own in any submission.
std::set<std::string> UnitsWithOwnDossiers(Database& db);
// Units that have had at least one discipline or evaluation row of their own in any submission.
std::set<std::string> UnitsWithOwnPeopleRecords(Database& db);

// A dossiers submission that reported a unit for a month.
struct MonthReport {
  std::string unit;  // ma_don_vi reported
  std::string submitted_at;
  std::string file_name;
  int64_t submission_id = 0;
};

// Every dossiers submission that reported a unit for month ('YYYY-MM'), oldest first (by
// submitted_at, then submission id), one entry per unit reported.
std::vector<MonthReport> DossierReportsOfMonth(Database& db, const std::string& month);

}  // namespace baocao
