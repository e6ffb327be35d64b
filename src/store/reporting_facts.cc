#include "store/reporting_facts.h"

#include <SQLiteCpp/Statement.h>

namespace baocao {
namespace {

// (unit, period) pairs of unit_reports matching a condition.
UnitPeriods ReportedPairs(Database& db, const char* condition) {
  UnitPeriods pairs;
  SQLite::Statement q(db.sql(), std::string("SELECT DISTINCT ma_don_vi, period FROM unit_reports WHERE ") +
                                    condition);
  while (q.executeStep()) pairs.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
  return pairs;
}

// Units that have had at least one record of their own of the given kinds in any submission.
std::set<std::string> UnitsWithOwnRecords(Database& db, const char* kinds) {
  std::set<std::string> units;
  SQLite::Statement q(db.sql(), std::string("SELECT DISTINCT ma_don_vi FROM unit_reports WHERE rows > 0 AND (") +
                                    kinds + ")");
  while (q.executeStep()) units.insert(q.getColumn(0).getString());
  return units;
}

}  // namespace

UnitPeriods DossierMonthsReported(Database& db) { return ReportedPairs(db, "kind = 'dossiers'"); }

UnitPeriods PeopleYearsReported(Database& db) {
  return ReportedPairs(
      db, "(kind = 'discipline' OR kind = 'evaluations') AND submission_id IN (SELECT id FROM "
          "submissions s WHERE s.period IS NULL OR s.period = unit_reports.period)");
}

std::set<std::string> PeopleSubmitters(Database& db, const std::string& year) {
  std::set<std::string> units;
  SQLite::Statement q(db.sql(),
                      "SELECT DISTINCT ma_don_vi FROM submissions WHERE ma_don_vi IS NOT NULL AND "
                      "period = ? AND (kind = 'discipline' OR kind = 'evaluations')");
  q.bind(1, year);
  while (q.executeStep()) units.insert(q.getColumn(0).getString());
  return units;
}

std::set<std::string> UnitsWithOwnDossiers(Database& db) { return UnitsWithOwnRecords(db, "kind = 'dossiers'"); }

std::set<std::string> UnitsWithOwnPeopleRecords(Database& db) {
  return UnitsWithOwnRecords(db, "kind = 'discipline' OR kind = 'evaluations'");
}

std::vector<MonthReport> DossierReportsOfMonth(Database& db, const std::string& month) {
  SQLite::Statement q(db.sql(),
                      "SELECT r.ma_don_vi, s.submitted_at, s.file_name, s.id FROM unit_reports r "
                      "JOIN submissions s ON s.id = r.submission_id "
                      "WHERE r.kind = 'dossiers' AND r.period = ? ORDER BY s.submitted_at, s.id");
  q.bind(1, month);
  std::vector<MonthReport> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getInt64()});
  return out;
}

}  // namespace baocao
