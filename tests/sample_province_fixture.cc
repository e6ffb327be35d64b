#include "sample_province_fixture.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "ingest/submission.h"
#include "test_support.h"

namespace baocao::test {
namespace {

void SubmitOrThrow(Database& db, SubmissionKind kind, const std::string& name,
                   std::optional<std::string> unit, std::optional<std::string> period) {
  SubmitRequest request;
  request.kind = kind;
  request.file = SampleFile(name);
  request.unit = std::move(unit);
  request.period = std::move(period);
  request.now = "2023-06-20 08:00:00";
  const Receipt receipt = Submit(db, request);
  if (!receipt.ok()) throw std::runtime_error("sample fixture rejected:\n" + receipt.Text());
}

}  // namespace

std::string SampleFile(const std::string& name) { return Fixture("sample/" + name); }

void LoadSampleProvince(Database& db) {
  SubmitOrThrow(db, SubmissionKind::kUnits, "units.csv", {}, {});
  SubmitOrThrow(db, SubmissionKind::kProcedures, "procedures.csv", {}, {});
  std::vector<std::string> dossiers;
  for (const auto& entry : std::filesystem::directory_iterator(Fixture("sample"))) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("dossiers_", 0) == 0) dossiers.push_back(name);
  }
  // Export month first, so that a later export always comes after an earlier one.
  std::sort(dossiers.begin(), dossiers.end(), [](const std::string& a, const std::string& b) {
    return a.substr(a.size() - 11) + a < b.substr(b.size() - 11) + b;
  });
  for (const auto& name : dossiers) {
    // dossiers_<unit>_<YYYY-MM>.csv
    const size_t second = name.find('_', 9);
    SubmitOrThrow(db, SubmissionKind::kDossiers, name, name.substr(9, second - 9),
                  name.substr(second + 1, 7));
  }
  for (const char* year : {"2022", "2023"}) {
    SubmitOrThrow(db, SubmissionKind::kDiscipline, std::string("discipline_T17_") + year + ".csv", "T17", year);
    SubmitOrThrow(db, SubmissionKind::kEvaluations, std::string("evaluations_T17_") + year + ".csv", "T17", year);
  }
}

}  // namespace baocao::test
