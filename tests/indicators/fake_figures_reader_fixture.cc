#include "indicators/fake_figures_reader.h"

namespace baocao::test {

std::set<std::string> FakeFiguresReader::PeopleSubmitters(const std::string& year) {
  std::set<std::string> units_of_year;
  for (const auto& [unit, y] : people_submitters)
    if (y == year) units_of_year.insert(unit);
  return units_of_year;
}

void FakeFiguresReader::ForEachDossierInDays(int from_day, int to_day,
                                             const std::function<void(int, const DossierFactsRow&)>& row) {
  ++dossier_reads;
  int next = 0;
  for (const FakeDossier& d : dossiers) {
    if (d.received_day > to_day || (d.finished_day && *d.finished_day < from_day)) continue;
    DossierFactsRow r;
    r.ma_don_vi = d.unit;
    r.received_day = d.received_day;
    r.due_day = d.due_day;
    r.finished = d.finished_day.has_value();
    r.finished_day = d.finished_day.value_or(0);
    r.kenh_nop = d.kenh_nop;
    r.trang_thai = d.trang_thai;
    r.phi_le_phi = d.fee;
    r.hinh_thuc_thanh_toan = d.payment;
    r.danh_gia = d.rating;
    r.ma_tthc = d.procedure;
    row(next++ % dossier_parts, r);
  }
}

void FakeFiguresReader::ForEachDisciplineInDays(int from_a, int to_a, int from_b, int to_b,
                                                const std::function<void(const DisciplineFactsRow&)>& row) {
  for (const FakeDiscipline& d : discipline) {
    const int day = d.decided_day;
    if ((day >= from_a && day <= to_a) || (day >= from_b && day <= to_b)) row({d.unit, d.hinh_thuc, day});
  }
}

void FakeFiguresReader::ForEachEvaluationOfYears(int year_a, int year_b,
                                                 const std::function<void(const EvaluationFactsRow&)>& row) {
  for (const FakeEvaluation& e : evaluations)
    if (e.nam == year_a || e.nam == year_b)
      row({e.unit, e.doi_tuong, e.nam, e.excellent, e.good, e.completed, e.not_completed});
}

std::vector<std::pair<std::string, std::string>> FakeFiguresReader::ProcedureFields() {
  std::vector<std::pair<std::string, std::string>> fields;
  for (const FakeProcedure& p : procedures) fields.emplace_back(p.code, p.field);
  return fields;
}

ProcedureCounts FakeFiguresReader::CountProcedures() {
  ProcedureCounts c;
  for (const FakeProcedure& p : procedures) {
    ++c.total;
    if (p.muc_do_dvc == "toan_trinh") ++c.full_online;
    if (p.muc_do_dvc == "mot_phan") ++c.partial_online;
    if (p.fee) ++c.fee;
    if (p.fee && p.pay_online) ++c.fee_online;
  }
  return c;
}

}  // namespace baocao::test
