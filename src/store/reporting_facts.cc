#include "store/reporting_facts.h"

#include <memory>

namespace baocao {
namespace {

// (unit, period) pairs of unit_reports matching a condition.
UnitPeriods ReportedPairs(Database& db, const char* condition) {
  UnitPeriods pairs;
  auto q = db.connection().Prepare(std::string("SELECT DISTINCT ma_don_vi, period FROM unit_reports WHERE ") +
                                   condition);
  while (q->Step()) pairs.emplace(q->GetString(0), q->GetString(1));
  return pairs;
}

// Units that have had at least one record of their own of the given kinds in any submission.
std::set<std::string> UnitsWithOwnRecords(Database& db, const char* kinds) {
  std::set<std::string> units;
  auto q = db.connection().Prepare(std::string("SELECT DISTINCT ma_don_vi FROM unit_reports WHERE rows > 0 AND (") +
                                   kinds + ")");
  while (q->Step()) units.insert(q->GetString(0));
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
  auto q = db.connection().Prepare(
      "SELECT DISTINCT ma_don_vi FROM submissions WHERE ma_don_vi IS NOT NULL AND "
      "period = ? AND (kind = 'discipline' OR kind = 'evaluations')");
  BindAll(*q, year);
  while (q->Step()) units.insert(q->GetString(0));
  return units;
}

std::set<std::string> UnitsWithOwnDossiers(Database& db) { return UnitsWithOwnRecords(db, "kind = 'dossiers'"); }

std::set<std::string> UnitsWithOwnPeopleRecords(Database& db) {
  return UnitsWithOwnRecords(db, "kind = 'discipline' OR kind = 'evaluations'");
}

std::vector<MonthReport> DossierReportsOfMonth(Database& db, const std::string& month) {
  auto q = db.connection().Prepare(
      "SELECT r.ma_don_vi, s.submitted_at, s.file_name, s.id FROM unit_reports r "
      "JOIN submissions s ON s.id = r.submission_id "
      "WHERE r.kind = 'dossiers' AND r.period = ? ORDER BY s.submitted_at, s.id");
  BindAll(*q, month);
  std::vector<MonthReport> out;
  while (q->Step()) out.push_back({q->GetString(0), q->GetString(1), q->GetString(2), q->GetInt(3)});
  return out;
}

}  // namespace baocao
