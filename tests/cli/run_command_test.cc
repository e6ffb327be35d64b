#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "core/exit_codes.h"
#include "generators/vietnamese_number.h"
#include "core/sha256.h"
#include "jobs/job_fixture.h"
#include "jobs/job_run.h"
#include "jobs/lock_file.h"
#include "jobs/run_history.h"
#include "jobs/run_summary.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;

TEST_CASE("run refuses a second run while the lock is held: exit 4, a Vietnamese message", "[cli][run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  LockFile held(LockPath(job));
  const auto r = test::RunCliCapture({"--db", project.db(), "run", project.job_file});
  CHECK(r.code == kExitLocked);
  CHECK(r.out.empty());
  CHECK(r.err == "baocao: Một lượt chạy khác đang diễn ra (tiến trình " + std::to_string(::getpid()) + ", khóa " +
                     project.output() + "/.baocao.lock); lượt này dừng lại.\n");
  CHECK(test::Names(project.inbox()) == std::vector<std::string>{"units_T17_2023-05.csv"});
  Database db(project.db());
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM runs") == "0\n");
}

TEST_CASE("run refuses a second run on the same inbox: exit 4 naming the inbox", "[cli][run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  FolderLock held(job.inbox_dir, "hộp thư");
  const auto r = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--output", project.dir.File("khac")});
  CHECK(r.code == kExitLocked);
  CHECK(r.out.empty());
  CHECK(r.err == "baocao: Một lượt chạy khác đang dùng hộp thư " + project.inbox() + "; lượt này dừng lại.\n");
  CHECK(test::Names(project.inbox()) == std::vector<std::string>{"units_T17_2023-05.csv"});
}

TEST_CASE("run: a broken job file exits 3 naming the line, a wrong command line exits 2", "[cli][run]") {
  test::JobProject project;
  test::WriteJob(project, "m", "name = \"m\"\nforms = [\"tthc\"]\nformats = [\"json\", \"doc\"]\n");
  const auto bad = test::RunCliCapture({"--db", project.db(), "run", project.job_file});
  CHECK(bad.code == kExitBadInput);
  CHECK(bad.err == project.job_file + ":3:20: giá trị \"doc\" của \"formats\" không hợp lệ (xlsx, pdf, json)\n");
  const auto none = test::RunCliCapture({"--db", project.db(), "run"});
  CHECK(none.code == kExitUsage);
  CHECK(none.err == "baocao: Chưa chỉ ra tệp công việc (ví dụ jobs/monthly.toml)\n");
  test::MonthlyJob(project);
  const auto period = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "05/2023"});
  CHECK(period.code == kExitUsage);
  CHECK(period.err ==
        "baocao: Kỳ báo cáo không hợp lệ: \"05/2023\" (dạng đúng: 2023-05, 2023-Q2, 2023-H1, 2023)\n");
  const auto help = test::RunCliCapture({"run", "--help"});
  CHECK(help.code == kExitOk);
  CHECK(help.out.rfind("Cách dùng: baocao [--db TỆP] run TỆP_CÔNG_VIỆC [--period KỲ] [--inbox THƯ_MỤC] [--output THƯ_MỤC]\n", 0) == 0);
}

TEST_CASE("run logs every step to stderr with a timestamp and records the run", "[cli][run]") {
  test::JobProject project;
  test::MonthlyJob(project);
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("sample/units.csv", "danh_muc.csv");
  const auto r = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2023-05"});
  // A file with a wrong name was rejected: exit 3 (it wins over the units that have not reported).
  CHECK(r.code == kExitBadInput);
  const std::regex stamped(R"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d .*)");
  std::istringstream lines(r.err);
  int stamped_lines = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("baocao: ", 0) == 0) continue;  // the final error line, if the run failed
    CHECK(std::regex_match(line, stamped));
    ++stamped_lines;
  }
  CHECK(stamped_lines >= 4);
  CHECK(r.err.find(" Bắt đầu công việc monthly (" + project.job_file + "), kỳ 2023-05: Từ ngày 15/04/2023 đến ngày "
                   "14/05/2023\n") != std::string::npos);
  CHECK(r.err.find(" Tệp units_T17_2023-05.csv: đã tiếp nhận → " + project.inbox() +
                   "/processed/units_T17_2023-05.csv\n") != std::string::npos);
  CHECK(r.err.find(" Tệp danh_muc.csv: bị từ chối (tên tệp sai mẫu) — tên tệp phải có dạng <loại>_<mã đơn "
                   "vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls), ví dụ dossiers_H01_2023-05.csv → " + project.inbox() +
                   "/rejected/danh_muc.csv\n") != std::string::npos);
  Database db(project.db());
  CHECK(test::QueryText(db, "SELECT id, job, period, status != 'running', exit_code = " + std::to_string(r.code) +
                                " FROM runs") == "1|monthly|2023-05|1|1\n");
}

TEST_CASE("run --inbox and --output replace the job's folders", "[cli][run]") {
  test::JobProject project;
  test::MonthlyJob(project);
  const std::string inbox = project.dir.File("other_inbox");
  const std::string output = project.dir.File("other_output");
  fs::create_directories(inbox);
  fs::copy_file(test::Fixture("sample/units.csv"), inbox + "/units_T17_2023-05.csv");
  const auto r = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2023-05",
                                      "--inbox", inbox, "--output", output});
  CHECK(r.code == kExitIncomplete);  // the catalog alone: no unit has reported dossiers
  CHECK(test::Names(inbox + "/processed") ==
        std::vector<std::string>{"units_T17_2023-05.csv", "units_T17_2023-05.csv.bien_nhan.txt"});
  CHECK(test::Names(output + "/2023-05").size() == 13);
  CHECK_FALSE(fs::exists(project.output()));
  CHECK_FALSE(fs::exists(project.inbox() + "/processed"));
}

TEST_CASE("history prints the runs newest first with Vietnamese headings and every artifact", "[cli][history]") {
  test::TempDir dir;
  const std::string db_path = dir.File("b.db");
  { Database created(db_path); }
  const auto empty = test::RunCliCapture({"--db", db_path, "history"});
  CHECK(empty.code == kExitOk);
  CHECK(empty.out == "Chưa có lượt chạy nào.\n");
  {
    Database db(db_path);
    RunHistory history(db);
    const int64_t first = history.Begin("monthly", "2023-05", "2023-05-15 06:00:00");
    history.Finish(first, "2023-05-15 06:00:04", RunStatus::kIncomplete, 5, "Đã lập 2 tệp; 1 đơn vị chưa báo cáo: H03",
                   {{"/srv/baocao/output/2023-05/tthc_T17_2023-05.json", std::string(64, 'a'), 1234567},
                    {"/srv/baocao/output/2023-05/tom_tat_2023-05.txt", std::string(64, 'b'), 987}});
    const int64_t second = history.Begin("yearly", "2023", "2023-12-15 07:00:00");
    history.Finish(second, "2023-12-15 07:00:01", RunStatus::kFailed, 1, "ổ đĩa đầy", {});
    history.Begin("monthly", "2023-12", "2023-12-15 06:00:00");
  }
  const auto all = test::RunCliCapture({"--db", db_path, "history"});
  CHECK(all.code == kExitOk);
  CHECK(all.out ==
        "Lượt  Bắt đầu             Kết thúc            Công việc Kỳ       Trạng thái        Mã thoát Thông báo\n"
        "#3    2023-12-15 06:00:00 —                   monthly   2023-12  đang chạy         —        \n"
        "#2    2023-12-15 07:00:00 2023-12-15 07:00:01 yearly    2023     thất bại          1        ổ đĩa đầy\n"
        "#1    2023-05-15 06:00:00 2023-05-15 06:00:04 monthly   2023-05  thiếu báo cáo     5        Đã lập 2 tệp; 1 "
        "đơn vị chưa báo cáo: H03\n"
        "      /srv/baocao/output/2023-05/tthc_T17_2023-05.json  1.234.567 byte  SHA-256 " + std::string(64, 'a') + "\n"
        "      /srv/baocao/output/2023-05/tom_tat_2023-05.txt  987 byte  SHA-256 " + std::string(64, 'b') + "\n");
  const auto last = test::RunCliCapture({"--db", db_path, "history", "--last", "1"});
  CHECK(last.out.find("#3 ") != std::string::npos);
  CHECK(last.out.find("#2 ") == std::string::npos);
  CHECK(test::RunCliCapture({"--db", db_path, "history", "--last", "0"}).code == kExitUsage);
}

// The whole chain with the real indicators and the JSON writer, on the sample province (see
// fixtures/sample/README.md), every form in every format.
TEST_CASE("run: the sample province's May, end to end, twice, byte-identical", "[cli][run]") {
  test::JobProject project;
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\nforms = [\"tthc\", \"dvc\", \"ky_luat\", \"tong_hop\"]\n"
                 "formats = [\"xlsx\", \"pdf\", \"json\"]\n");
  project.Drop("sample/units.csv", "units_T17_2023-04.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-04.csv");
  for (const auto& entry : fs::directory_iterator(test::Fixture("sample"))) {
    const std::string name = entry.path().filename().string();
    if (name.find("_2023-04.csv") != std::string::npos || name.find("_2023-05.csv") != std::string::npos ||
        name.rfind("discipline_", 0) == 0 || name.rfind("evaluations_", 0) == 0)
      project.Drop("sample/" + name, name);
  }
  const auto first = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2023-05"});
  const std::string folder = project.output() + "/2023-05";
  INFO(first.err);
  CHECK(first.code == kExitIncomplete);
  CHECK(first.out == "Đã lập 13 tệp trong " + folder + "; 1 đơn vị chưa báo cáo: X0202\n");
  CHECK(test::Names(folder) ==
        std::vector<std::string>{"dvc_T17_2023-05.json", "dvc_T17_2023-05.pdf", "dvc_T17_2023-05.xlsx",
                                 "ky_luat_T17_2023-05.json", "ky_luat_T17_2023-05.pdf", "ky_luat_T17_2023-05.xlsx",
                                 "tom_tat_2023-05.txt", "tong_hop_T17_2023-05.json", "tong_hop_T17_2023-05.pdf",
                                 "tong_hop_T17_2023-05.xlsx", "tthc_T17_2023-05.json", "tthc_T17_2023-05.pdf",
                                 "tthc_T17_2023-05.xlsx"});
  CHECK(test::Names(project.inbox() + "/processed").size() == 2 * 18);
  const std::string tthc = test::ReadFile(folder + "/tthc_T17_2023-05.json");
  CHECK(tthc.find("\"submitted\": true, \"units_expected\": 10, \"units_reported\": 9,\n      \"carried_over\": 4,\n      \"new_total\": 12,\n      \"new_online\": 8,") !=
        std::string::npos);
  const std::string summary = test::ReadFile(folder + "/tom_tat_2023-05.txt");
  CHECK(summary.find("\n3. Đơn vị chưa báo cáo (1):\n   X0202 — UBND xã Hòa Sơn\n\n4. Cảnh báo (1):\n"
                     "   Chưa báo cáo: X0202 UBND xã Hòa Sơn (tháng 2023-05)\n") != std::string::npos);
  CHECK(summary.find("2. Tệp nhận qua hộp thư trong kỳ (18 tệp):\n") != std::string::npos);
  const auto before = test::Snapshot(folder);
  const auto again = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2023-05"});
  CHECK(again.code == kExitIncomplete);
  CHECK(test::Snapshot(folder) == before);
  const auto history = test::RunCliCapture({"--db", project.db(), "history", "--last", "1"});
  CHECK(history.out.find("#2    ") != std::string::npos);
  CHECK(history.out.find("thiếu báo cáo     5        Đã lập 13 tệp trong " + folder) != std::string::npos);
  const std::string tthc_path = folder + "/tthc_T17_2023-05.json";
  CHECK(history.out.find("      " + tthc_path + "  " + FormatCount(static_cast<int64_t>(fs::file_size(tthc_path))) + " byte  SHA-256 " +
                         Sha256OfFile(tthc_path) + "\n") != std::string::npos);
}

}  // namespace baocao

namespace baocao {
namespace fs = std::filesystem;

namespace {

// Drops into the project's inbox the two-level province's catalog (named for the first month, as
// the inbox wants: <kind>_<unit>_<period>.csv), its people files for 2025 and the dossiers files of
// the given export months.
void DropTwoLevel(const test::JobProject& project, const std::vector<std::string>& months, bool catalog) {
  if (catalog) {
    project.Drop("two_level/units.csv", "units_T99_2025-09.csv");
    project.Drop("two_level/procedures.csv", "procedures_T99_2025-09.csv");
  }
  for (const auto& entry : fs::directory_iterator(test::Fixture("two_level"))) {
    const std::string name = entry.path().filename().string();
    bool wanted = catalog && (name.rfind("discipline_", 0) == 0 || name.rfind("evaluations_", 0) == 0);
    for (const auto& month : months) wanted = wanted || name.find("_" + month + ".csv") != std::string::npos;
    if (wanted) project.Drop("two_level/" + name, name);
  }
}

}  // namespace

// The two-level province of fixtures/two_level/ (README there): T99 is an aggregating unit that never
// submits and must never be named; X07 has not reported October 2025.
TEST_CASE("run: the two-level province's October, end to end, twice, byte-identical, then November complete",
          "[cli][run]") {
  test::JobProject project;
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\nforms = [\"tthc\", \"dvc\", \"ky_luat\", \"tong_hop\"]\n"
                 "formats = [\"xlsx\", \"pdf\", \"json\"]\n");
  DropTwoLevel(project, {"2025-09", "2025-10"}, true);
  // 2 catalog files, 13 + 13 people files, 19 dossiers files for September, 18 for October.
  REQUIRE(test::Names(project.inbox()).size() == 65);
  const auto first = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2025-10"});
  const std::string folder = project.output() + "/2025-10";
  INFO(first.err);
  CHECK(first.code == kExitIncomplete);
  CHECK(first.out == "Đã lập 13 tệp trong " + folder + "; 1 đơn vị chưa báo cáo: X07\n");
  CHECK(test::Names(folder) ==
        std::vector<std::string>{"dvc_T99_2025-10.json", "dvc_T99_2025-10.pdf", "dvc_T99_2025-10.xlsx",
                                 "ky_luat_T99_2025-10.json", "ky_luat_T99_2025-10.pdf", "ky_luat_T99_2025-10.xlsx",
                                 "tom_tat_2025-10.txt", "tong_hop_T99_2025-10.json", "tong_hop_T99_2025-10.pdf",
                                 "tong_hop_T99_2025-10.xlsx", "tthc_T99_2025-10.json", "tthc_T99_2025-10.pdf",
                                 "tthc_T99_2025-10.xlsx"});
  CHECK(test::Names(project.inbox() + "/processed").size() == 2 * 65);
  CHECK(test::Names(project.inbox() + "/rejected").empty());  // the folder is made ready, and stays empty
  const std::string tthc = test::ReadFile(folder + "/tthc_T99_2025-10.json");
  CHECK(tthc.find("{\"ma_don_vi\": \"T99\", \"ten_don_vi\": \"UBND tỉnh Phú Thọ\", \"cap\": \"tinh\", "
                  "\"ma_don_vi_cha\": null, \"level\": 0, \"submitted\": true, \"units_expected\": 19, "
                  "\"units_reported\": 18,\n      \"carried_over\": 8,\n      \"new_total\": 33,\n      "
                  "\"new_online\": 15,\n      \"new_in_person\": 14,\n      \"new_postal\": 4,\n      "
                  "\"received_total\": 41,") != std::string::npos);
  CHECK(tthc.find("{\"ma_don_vi\": \"X07\", \"ten_don_vi\": \"UBND phường Hòa Bình\", \"cap\": \"xa\", "
                  "\"ma_don_vi_cha\": \"T99\", \"level\": 1, \"submitted\": false, \"units_expected\": 1, "
                  "\"units_reported\": 0,") != std::string::npos);
  CHECK(tthc.find("\"warnings\": [\n    \"Chưa báo cáo: X07 UBND phường Hòa Bình (tháng 2025-10)\"\n  ]") !=
        std::string::npos);
  const std::string summary = test::ReadFile(folder + "/tom_tat_2025-10.txt");
  CHECK(summary.find("Đơn vị báo cáo: UBND tỉnh Phú Thọ (T99)\n") != std::string::npos);
  CHECK(summary.find("\n3. Đơn vị chưa báo cáo (1):\n   X07 — UBND phường Hòa Bình\n\n4. Cảnh báo (1):\n"
                     "   Chưa báo cáo: X07 UBND phường Hòa Bình (tháng 2025-10)\n") != std::string::npos);
  CHECK(summary.find("   T99 — ") == std::string::npos);
  CHECK(summary.find("Chưa báo cáo: T99") == std::string::npos);
  CHECK(summary.find("2. Tệp nhận qua hộp thư trong kỳ (65 tệp):\n") != std::string::npos);
  const auto before = test::Snapshot(folder);
  const auto again = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2025-10"});
  CHECK(again.code == kExitIncomplete);
  CHECK(again.out == first.out);
  CHECK(test::Snapshot(folder) == before);

  // November: every unit has reported (T99, aggregating, is not expected to).
  DropTwoLevel(project, {"2025-11"}, false);
  const auto november = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2025-11"});
  const std::string folder11 = project.output() + "/2025-11";
  INFO(november.err);
  CHECK(november.code == kExitOk);
  CHECK(november.out == "Đã lập 13 tệp trong " + folder11 + "\n");
  CHECK(test::Names(folder11).size() == 13);
  const std::string summary11 = test::ReadFile(folder11 + "/tom_tat_2025-11.txt");
  CHECK(summary11.find("\n3. Đơn vị chưa báo cáo (0):\n   Tất cả đơn vị đã báo cáo.\n") != std::string::npos);
  const std::string tthc11 = test::ReadFile(folder11 + "/tthc_T99_2025-11.json");
  CHECK(tthc11.find("\"ma_don_vi\": \"T99\", \"ten_don_vi\": \"UBND tỉnh Phú Thọ\", \"cap\": \"tinh\", "
                    "\"ma_don_vi_cha\": null, \"level\": 0, \"submitted\": true, \"units_expected\": 19, "
                    "\"units_reported\": 19,\n      \"carried_over\": 11,\n      \"new_total\": 14,") !=
        std::string::npos);
  CHECK(test::Snapshot(folder) == before);  // October's reports stay as they were
}

}  // namespace baocao

namespace baocao {

TEST_CASE("run with each_unit: the sample province's May, every huyen and xa its own folder, as report --unit",
          "[cli][run][each_unit]") {
  test::JobProject project;
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\nforms = [\"tthc\", \"tong_hop\", \"kiem_tra\"]\n"
                 "formats = [\"json\"]\neach_unit = [\"huyen\", \"xa\"]\n");
  project.Drop("sample/units.csv", "units_T17_2023-04.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-04.csv");
  for (const auto& entry : fs::directory_iterator(test::Fixture("sample"))) {
    const std::string name = entry.path().filename().string();
    if (name.find("_2023-04.csv") != std::string::npos || name.find("_2023-05.csv") != std::string::npos)
      project.Drop("sample/" + name, name);
  }
  const auto run = test::RunCliCapture({"--db", project.db(), "run", project.job_file, "--period", "2023-05"});
  INFO(run.err);
  const std::string folder = project.output() + "/2023-05";
  CHECK(run.code == kExitIncomplete);
  CHECK(run.out == "Đã lập 20 tệp trong " + folder + "; 1 đơn vị chưa báo cáo: X0202\n");
  CHECK(test::Names(folder) ==
        std::vector<std::string>{"H01", "H02", "H03", "X0101", "X0102", "X0201", "X0202", "X0301",
                                 "kiem_tra_T17_2023-05.json", "tom_tat_2023-05.txt", "tong_hop_T17_2023-05.json",
                                 "tthc_T17_2023-05.json"});
  CHECK(test::Names(folder + "/X0202") ==
        std::vector<std::string>{"tong_hop_X0202_2023-05.json", "tthc_X0202_2023-05.json"});
  CHECK(run.err.find("Lập báo cáo riêng của 8 đơn vị (huyen, xa)\n") != std::string::npos);
  CHECK(run.err.find("\r") == std::string::npos);  // not a terminal: no progress line

  const std::string own = project.dir.File("own");
  for (const std::string form : {"tthc", "tong_hop"}) {
    const auto report = test::RunCliCapture({"--db", project.db(), "report", "--form", form, "--unit", "H01",
                                             "--period", "2023-05", "--format", "json", "--out", own});
    REQUIRE(report.code == kExitOk);
    const std::string name = form + "_H01_2023-05.json";
    CHECK(test::ReadFile(folder + "/H01/" + name) == test::ReadFile(own + "/" + name));
  }
}

}  // namespace baocao
