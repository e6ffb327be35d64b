// A FiguresReader (store/figures_reader.h) over plain vectors: the indicator computation run without
// a database. It selects rows exactly as the store's queries do (store/figures_source.h): dossiers
// received by to_day and not finished before from_day; discipline decided in either window;
// evaluations of either year. Rows are streamed in the order they were added.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/figures_reader.h"

namespace baocao::test {

struct FakeDossier {
  std::string unit;
  std::string procedure;  // ma_tthc
  int received_day = 0;
  int due_day = 0;
  std::optional<int> finished_day;
  std::string kenh_nop;
  std::string trang_thai;
  int64_t fee = 0;
  std::string payment;  // hinh_thuc_thanh_toan, "" when none
  std::string rating;   // danh_gia, "" when none
};

struct FakeDiscipline {
  std::string unit;
  std::string hinh_thuc;
  int decided_day = 0;
};

struct FakeEvaluation {
  std::string unit;
  std::string doi_tuong;
  int nam = 0;
  int64_t excellent = 0, good = 0, completed = 0, not_completed = 0;
};

struct FakeProcedure {
  std::string code;
  std::string field;       // linh_vuc
  std::string muc_do_dvc;  // toan_trinh | mot_phan | khong
  bool fee = false;
  bool pay_online = false;
};

class FakeFiguresReader final : public FiguresReader {
 public:
  std::vector<UnitEntry> units;
  UnitPeriods dossier_months;
  UnitPeriods people_years;
  std::set<std::pair<std::string, std::string>> people_submitters;  // (unit, year)
  std::set<std::string> with_own_dossiers;
  std::set<std::string> with_own_people;
  std::vector<FakeDossier> dossiers;
  std::vector<FakeDiscipline> discipline;
  std::vector<FakeEvaluation> evaluations;
  std::vector<FakeProcedure> procedures;
  int dossier_reads = 0;  // how many times the dossiers were streamed
  // The dossiers come in this many parts, row i in part i % dossier_parts (one thread, in turn), as
  // a large file's do from the store: every indicator test also adds parts up.
  int dossier_parts = 3;

  std::vector<UnitEntry> Units() override { return units; }
  UnitPeriods DossierMonthsReported() override { return dossier_months; }
  UnitPeriods PeopleYearsReported() override { return people_years; }
  std::set<std::string> PeopleSubmitters(const std::string& year) override;
  std::set<std::string> UnitsWithOwnDossiers() override { return with_own_dossiers; }
  std::set<std::string> UnitsWithOwnPeopleRecords() override { return with_own_people; }
  int DossierParts() override { return dossier_parts; }
  void ForEachDossierInDays(int from_day, int to_day,
                            const std::function<void(int part, const DossierFactsRow&)>& row) override;
  void ForEachDisciplineInDays(int from_a, int to_a, int from_b, int to_b,
                               const std::function<void(const DisciplineFactsRow&)>& row) override;
  void ForEachEvaluationOfYears(int year_a, int year_b,
                                const std::function<void(const EvaluationFactsRow&)>& row) override;
  std::vector<std::pair<std::string, std::string>> ProcedureFields() override;
  ProcedureCounts CountProcedures() override;
};

}  // namespace baocao::test
