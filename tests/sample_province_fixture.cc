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
  request.file = Fixture(name);
  request.unit = std::move(unit);
  request.period = std::move(period);
  request.now = "2023-06-20 08:00:00";
  const Receipt receipt = Submit(db, request);
  if (!receipt.ok()) throw std::runtime_error("sample fixture rejected:\n" + receipt.Text());
}

}  // namespace

std::string SampleFile(const std::string& name) { return Fixture("sample/" + name); }

namespace {

// units, procedures, then every <kind>_<unit>_<period>.csv of the folder: dossiers in export-month
// order (a later export always after an earlier one), then the yearly people files.
void LoadProvince(Database& db, const std::string& folder, const std::map<std::string, std::string>& replaced = {}) {
  auto path = [&](const std::string& name) {
    const auto other = replaced.find(name);
    return other != replaced.end() ? other->second : folder + "/" + name;
  };
  SubmitOrThrow(db, SubmissionKind::kUnits, path("units.csv"), {}, {});
  SubmitOrThrow(db, SubmissionKind::kProcedures, path("procedures.csv"), {}, {});
  std::vector<std::string> dossiers, people;
  for (const auto& entry : std::filesystem::directory_iterator(Fixture(folder))) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("dossiers_", 0) == 0) dossiers.push_back(name);
    if (name.rfind("discipline_", 0) == 0 || name.rfind("evaluations_", 0) == 0) people.push_back(name);
  }
  std::sort(dossiers.begin(), dossiers.end(), [](const std::string& a, const std::string& b) {
    return a.substr(a.size() - 11) + a < b.substr(b.size() - 11) + b;
  });
  std::sort(people.begin(), people.end());
  for (const auto& name : dossiers) {
    // dossiers_<unit>_<YYYY-MM>.csv
    const size_t second = name.find('_', 9);
    SubmitOrThrow(db, SubmissionKind::kDossiers, path(name), name.substr(9, second - 9),
                  name.substr(second + 1, 7));
  }
  for (const auto& name : people) {
    // <kind>_<unit>_<YYYY>.csv
    const size_t first = name.find('_');
    const size_t second = name.find('_', first + 1);
    const SubmissionKind kind = name.rfind("discipline_", 0) == 0 ? SubmissionKind::kDiscipline
                                                                  : SubmissionKind::kEvaluations;
    SubmitOrThrow(db, kind, path(name), name.substr(first + 1, second - first - 1),
                  name.substr(second + 1, 4));
  }
}

}  // namespace

void LoadSampleProvince(Database& db, const std::map<std::string, std::string>& replaced) {
  LoadProvince(db, "sample", replaced);
}

void LoadTwoLevelProvince(Database& db) { LoadProvince(db, "two_level"); }

}  // namespace baocao::test
