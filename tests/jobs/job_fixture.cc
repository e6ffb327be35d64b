#include "jobs/job_fixture.h"

#include <algorithm>
#include <filesystem>

namespace baocao::test {
namespace fs = std::filesystem;

void JobProject::Drop(const std::string& fixture, const std::string& name) const {
  fs::create_directories(inbox());
  fs::copy_file(Fixture(fixture), fs::path(inbox()) / name, fs::copy_options::overwrite_existing);
}

void JobProject::DropHeaderOnly(const std::string& unit, const std::string& month) const {
  fs::create_directories(inbox());
  WriteFile((fs::path(inbox()) / ("dossiers_" + unit + "_" + month + ".csv")).string(),
            kDossierCsvHeader);
}

void WriteJob(JobProject& project, const std::string& name, const std::string& body) {
  fs::create_directories(project.dir.path() / "jobs");
  project.job_file = project.dir.File("jobs/" + name + ".toml");
  std::string text = body;
  if (text.find("output =") == std::string::npos) text += "output = \"output\"\n";
  if (text.find("inbox =") == std::string::npos) text += "inbox = \"inbox\"\n";
  WriteFile(project.job_file, text);
}

Job MonthlyJob(JobProject& project) {
  WriteJob(project, "monthly",
           "name = \"monthly\"\n"
           "forms = [\"tthc\", \"dvc\", \"ky_luat\", \"tong_hop\"]\n"
           "formats = [\"json\", \"xlsx\", \"pdf\"]\n");
  return LoadJob(project.job_file);
}

Report FakeCompute(Database& db, const std::string& form, const Period& period, const std::string& root) {
  Report report;
  report.form = form;
  report.period = period;
  report.root = root.empty()
                    ? test::QueryString(db, "SELECT ma_don_vi FROM units WHERE COALESCE(ma_don_vi_cha, '') = ''")
                    : root;
  auto q = db.connection().Prepare(
                      "WITH RECURSIVE sub(code, depth) AS (SELECT ?1, 0 UNION ALL SELECT u.ma_don_vi, depth + 1 "
                      "FROM units u JOIN sub ON u.ma_don_vi_cha = sub.code) "
                      "SELECT u.ma_don_vi, u.ten_don_vi, u.cap, COALESCE(u.ma_don_vi_cha, ''), sub.depth, "
                      "(SELECT COUNT(*) FROM dossiers d WHERE d.ma_don_vi = u.ma_don_vi AND d.received_day "
                      "BETWEEN ?2 AND ?3) FROM units u JOIN sub ON sub.code = u.ma_don_vi ORDER BY u.ordinal");
  BindAll(*q, report.root, period.from.days, period.to.days);
  while (q->Step()) {
    UnitRow row;
    row.ma_don_vi = q->GetString(0);
    row.ten_don_vi = q->GetString(1);
    row.cap = q->GetString(2);
    row.ma_don_vi_cha = q->GetString(3);
    row.depth = static_cast<int>(q->GetInt(4));
    row.submitted = true;
    for (const auto& month : period.ExportMonths()) {
      auto r = db.connection().Prepare("SELECT 1 FROM unit_reports WHERE ma_don_vi = ? AND period = ? AND kind = 'dossiers'");
      BindAll(*r, row.ma_don_vi, month);
      row.submitted = row.submitted && r->Step();
    }
    row.missing = !row.submitted;
    if (row.submitted) row.values["new_total"] = Value::Count(q->GetInt(5));
    report.units.push_back(row);
  }
  const auto missing = std::count_if(report.units.begin(), report.units.end(), [](const UnitRow& u) { return !u.submitted; });
  if (missing > 0) report.warnings.push_back("Có " + std::to_string(missing) + " đơn vị chưa báo cáo kỳ " + period.Label());
  return report;
}

void FakeWrite(const Report& report, Format format, const std::string& path) {
  std::string text = report.form + " " + FormatExtension(format) + " " + report.period.Label() + "\n";
  for (const auto& u : report.units) {
    const Value v = Lookup(u, "new_total");
    text += u.ma_don_vi + " " + (u.submitted ? std::to_string(v.count) : "chưa báo cáo") + "\n";
  }
  WriteFile(path, text);
}

std::map<std::string, std::string> Snapshot(const std::string& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(folder))
    if (entry.is_regular_file())
      files[fs::relative(entry.path(), folder).string()] = ReadFile(entry.path().string());
  return files;
}

std::vector<std::string> Names(const std::string& folder) {
  std::vector<std::string> names;
  if (!fs::is_directory(folder)) return names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace baocao::test
