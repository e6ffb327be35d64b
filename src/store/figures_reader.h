// Everything a period's figures are computed from (indicators/province_figures.h), behind one narrow
// interface: the units, who reported which months and years, the period's dossiers (streamed), the
// discipline decisions and evaluations, and the procedures. DatabaseFiguresReader reads them from a
// Database (SQLite or PostgreSQL, through store/figures_source.h, store/reporting_facts.h and
// store/unit_directory.h); the indicator tests also run the computation over a small in-memory fake
// (tests/indicators/fake_figures_reader.h), without a database.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "store/database.h"
#include "store/figures_source.h"
#include "store/reporting_facts.h"
#include "store/unit_directory.h"

namespace baocao {

class FiguresReader {
 public:
  virtual ~FiguresReader() = default;

  // The units, by ordinal in the catalog, then by code (store/unit_directory.h).
  virtual std::vector<UnitEntry> Units() = 0;
  // Who reported (store/reporting_facts.h).
  virtual UnitPeriods DossierMonthsReported() = 0;
  virtual UnitPeriods PeopleYearsReported() = 0;
  virtual std::set<std::string> PeopleSubmitters(const std::string& year) = 0;
  virtual std::set<std::string> UnitsWithOwnDossiers() = 0;
  virtual std::set<std::string> UnitsWithOwnPeopleRecords() = 0;
  // The records (store/figures_source.h): same selection, one call per row. The dossiers may come
  // in parts read at once (row's first argument, below DossierParts(): one accumulator each).
  virtual int DossierParts() = 0;
  virtual void ForEachDossierInDays(int from_day, int to_day,
                                    const std::function<void(int part, const DossierFactsRow&)>& row) = 0;
  virtual void ForEachDisciplineInDays(int from_a, int to_a, int from_b, int to_b,
                                       const std::function<void(const DisciplineFactsRow&)>& row) = 0;
  virtual void ForEachEvaluationOfYears(int year_a, int year_b,
                                        const std::function<void(const EvaluationFactsRow&)>& row) = 0;
  virtual std::vector<std::pair<std::string, std::string>> ProcedureFields() = 0;
  virtual ProcedureCounts CountProcedures() = 0;
};

// The FiguresReader of a database.
class DatabaseFiguresReader final : public FiguresReader {
 public:
  explicit DatabaseFiguresReader(Database& db) : db_(db) {}

  std::vector<UnitEntry> Units() override;
  UnitPeriods DossierMonthsReported() override;
  UnitPeriods PeopleYearsReported() override;
  std::set<std::string> PeopleSubmitters(const std::string& year) override;
  std::set<std::string> UnitsWithOwnDossiers() override;
  std::set<std::string> UnitsWithOwnPeopleRecords() override;
  int DossierParts() override;
  void ForEachDossierInDays(int from_day, int to_day,
                            const std::function<void(int part, const DossierFactsRow&)>& row) override;
  void ForEachDisciplineInDays(int from_a, int to_a, int from_b, int to_b,
                               const std::function<void(const DisciplineFactsRow&)>& row) override;
  void ForEachEvaluationOfYears(int year_a, int year_b,
                                const std::function<void(const EvaluationFactsRow&)>& row) override;
  std::vector<std::pair<std::string, std::string>> ProcedureFields() override;
  ProcedureCounts CountProcedures() override;

 private:
  Database& db_;
};

}  // namespace baocao
