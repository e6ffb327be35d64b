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
                   std::optional<std::string> unit, std::optional<std::string> period,
                   const std::string& now) {
  SubmitRequest request;
  request.kind = kind;
  request.file = Fixture(name);
  request.unit = std::move(unit);
  request.period = std::move(period);
  request.now = now;
  const Receipt receipt = Submit(db, request);
  if (!receipt.ok()) throw std::runtime_error("sample fixture rejected:\n" + receipt.Text());
}

}  // namespace

std::string SampleFile(const std::string& name) { return Fixture("sample/" + name); }

void SubmitSampleCatalogs(Database& db, const std::string& now) {
  SubmitOrThrow(db, SubmissionKind::kUnits, "sample/units.csv", {}, {}, now);
  SubmitOrThrow(db, SubmissionKind::kProcedures, "sample/procedures.csv", {}, {}, now);
}

namespace {

// units, procedures, then every <kind>_<unit>_<period>.csv of the folder: dossiers in export-month
// order (a later export always after an earlier one), then the yearly people files.
void LoadProvince(Database& db, const std::string& folder, const std::map<std::string, std::string>& replaced = {},
                  const std::map<std::string, std::string>& submitted_at = {},
                  const std::string& default_time = "2023-06-20 08:00:00") {
  auto path = [&](const std::string& name) {
    const auto other = replaced.find(name);
    return other != replaced.end() ? other->second : folder + "/" + name;
  };
  auto at = [&](const std::string& name) -> std::string {
    const auto time = submitted_at.find(name);
    return time != submitted_at.end() ? time->second : default_time;
  };
  SubmitOrThrow(db, SubmissionKind::kUnits, path("units.csv"), {}, {}, at("units.csv"));
  SubmitOrThrow(db, SubmissionKind::kProcedures, path("procedures.csv"), {}, {}, at("procedures.csv"));
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
                  name.substr(second + 1, 7), at(name));
  }
  for (const auto& name : people) {
    // <kind>_<unit>_<YYYY>.csv
    const size_t first = name.find('_');
    const size_t second = name.find('_', first + 1);
    const SubmissionKind kind = name.rfind("discipline_", 0) == 0 ? SubmissionKind::kDiscipline
                                                                  : SubmissionKind::kEvaluations;
    SubmitOrThrow(db, kind, path(name), name.substr(first + 1, second - first - 1),
                  name.substr(second + 1, 4), at(name));
  }
}

}  // namespace

void LoadSampleProvince(Database& db, const std::map<std::string, std::string>& replaced,
                        const std::map<std::string, std::string>& submitted_at) {
  LoadProvince(db, "sample", replaced, submitted_at);
}

std::map<std::string, std::string> DeadlineSubmissionTimes() {
  std::map<std::string, std::string> times;
  for (const char* unit : {"T17", "S01", "S02", "H01", "H02", "H03"}) {
    times["dossiers_" + std::string(unit) + "_2023-04.csv"] = "2023-04-15 08:00:00";
    times["dossiers_" + std::string(unit) + "_2023-05.csv"] = "2023-05-15 08:00:00";
  }
  times["dossiers_T17_2023-06.csv"] = "2023-06-14 10:00:00";
  times["dossiers_H02_2023-06.csv"] = "2023-06-14 10:00:00";
  times["dossiers_H01_2023-06.csv"] = "2023-06-10 09:00:00";
  times["dossiers_S01_2023-06.csv"] = "2023-06-15 23:59:59";
  times["dossiers_S02_2023-06.csv"] = "2023-06-16 00:00:00";
  return times;
}

void LoadTwoLevelProvince(Database& db) { LoadProvince(db, "two_level"); }

std::map<std::string, std::string> KiemTraSubmissionTimes() {
  std::map<std::string, std::string> times;
  for (const auto& entry : std::filesystem::directory_iterator(Fixture("kiem_tra"))) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("dossiers_", 0) == 0)  // dossiers_<unit>_<YYYY-MM>.csv: the 15th of its month
      times[name] = name.substr(name.size() - 11, 7) + "-15 08:00:00";
  }
  return times;
}

void LoadKiemTraProvince(Database& db, const std::map<std::string, std::string>& submitted_at) {
  std::map<std::string, std::string> times = KiemTraSubmissionTimes();
  for (const auto& [name, time] : submitted_at) times[name] = time;
  LoadProvince(db, "kiem_tra", {}, times, "2026-11-15 08:00:00");
}

void SubmitKiemTraFaults(Database& db) {
  SubmitOrThrow(db, SubmissionKind::kDossiers, "kiem_tra/faults/dossiers_X01_2026-11.csv", "X01", "2026-11",
                "2026-11-15 09:00:00");
  SubmitOrThrow(db, SubmissionKind::kDossiers, "kiem_tra/faults/dossiers_S02_2026-11.csv", "S02", "2026-11",
                "2026-11-15 09:00:00");
  SubmitOrThrow(db, SubmissionKind::kEvaluations, "kiem_tra/faults/evaluations_X02_2026.csv", "X02", "2026",
                "2026-11-15 09:00:00");
}

}  // namespace baocao::test
