#include "store/figures_reader.h"

namespace baocao {

std::vector<UnitEntry> DatabaseFiguresReader::Units() { return ListUnits(db_); }
UnitPeriods DatabaseFiguresReader::DossierMonthsReported() { return baocao::DossierMonthsReported(db_); }
UnitPeriods DatabaseFiguresReader::PeopleYearsReported() { return baocao::PeopleYearsReported(db_); }
std::set<std::string> DatabaseFiguresReader::PeopleSubmitters(const std::string& year) {
  return baocao::PeopleSubmitters(db_, year);
}
std::set<std::string> DatabaseFiguresReader::UnitsWithOwnDossiers() { return baocao::UnitsWithOwnDossiers(db_); }
std::set<std::string> DatabaseFiguresReader::UnitsWithOwnPeopleRecords() {
  return baocao::UnitsWithOwnPeopleRecords(db_);
}
int DatabaseFiguresReader::DossierParts() { return baocao::DossierParts(); }
void DatabaseFiguresReader::ForEachDossierInDays(int from_day, int to_day,
                                                 const std::function<void(int, const DossierFactsRow&)>& row) {
  baocao::ForEachDossierInDays(db_, from_day, to_day, row);
}
void DatabaseFiguresReader::ForEachDisciplineInDays(int from_a, int to_a, int from_b, int to_b,
                                                    const std::function<void(const DisciplineFactsRow&)>& row) {
  baocao::ForEachDisciplineInDays(db_, from_a, to_a, from_b, to_b, row);
}
void DatabaseFiguresReader::ForEachEvaluationOfYears(int year_a, int year_b,
                                                     const std::function<void(const EvaluationFactsRow&)>& row) {
  baocao::ForEachEvaluationOfYears(db_, year_a, year_b, row);
}
std::vector<std::pair<std::string, std::string>> DatabaseFiguresReader::ProcedureFields() {
  return baocao::ProcedureFields(db_);
}
ProcedureCounts DatabaseFiguresReader::CountProcedures() { return baocao::CountProcedures(db_); }

}  // namespace baocao
