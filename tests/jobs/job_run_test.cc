#include "jobs/job_run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "core/errors.h"
#include "core/exit_codes.h"
#include "core/sha256.h"
#include "jobs/job_fixture.h"
#include "jobs/lock_file.h"
#include "jobs/run_history.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;

namespace {

DateTime At(int y, int m, int d, int h, int min = 0) { return DateTime{Date::FromYmd(y, m, d), h * 3600 + min * 60}; }

// A run with the stand-in indicators and writers, logging into log.
struct Runner {
  FixedClock clock{At(2023, 5, 15, 6)};
  std::ostringstream log;
  RunOptions options;
  Runner() {
    options.clock = &clock;
    options.log = &log;
    options.compute = test::FakeCompute;
    options.write = test::FakeWrite;
  }
  RunResult Run(Database& db, const Job& job) { return RunJob(db, job, options); }
};

void DropMay(test::JobProject& project) {
  project.Drop("sample/units.csv", "units_T17_2023-05.csv");
  project.Drop("sample/procedures.csv", "procedures_T17_2023-05.csv");
  project.Drop("ingest/dossiers_canonical.csv", "dossiers_H01_2023-05.csv");
  project.DropHeaderOnly("H02", "2023-05");
}

const std::vector<std::string> kMayFiles = {
    "dvc_T17_2023-05.json",      "dvc_T17_2023-05.pdf",      "dvc_T17_2023-05.xlsx",
    "ky_luat_T17_2023-05.json",  "ky_luat_T17_2023-05.pdf",  "ky_luat_T17_2023-05.xlsx",
    "tom_tat_2023-05.txt",       "tong_hop_T17_2023-05.json", "tong_hop_T17_2023-05.pdf",
    "tong_hop_T17_2023-05.xlsx", "tthc_T17_2023-05.json",    "tthc_T17_2023-05.pdf",
    "tthc_T17_2023-05.xlsx"};

}  // namespace

TEST_CASE("a run submits the inbox, publishes every form in every format with a summary, records it", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  DropMay(project);
  project.Drop("ingest/dossiers_canonical.csv", "ghi_chu.docx");
  Database db(project.db());
  Runner runner;
  const RunResult result = runner.Run(db, job);

  CHECK(result.exit_code == kExitBadInput);  // a rejected inbox file comes before missing units
  CHECK(result.period.Label() == "2023-05");
  CHECK(result.run_id == 1);
  CHECK(result.folder == project.output() + "/2023-05");
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", "2023-05"});
  CHECK(test::Names(result.folder) == kMayFiles);
  REQUIRE(result.artifacts.size() == 13);
  CHECK(result.artifacts[0].path == result.folder + "/tthc_T17_2023-05.json");
  CHECK(result.artifacts[12].path == result.folder + "/tom_tat_2023-05.txt");
  CHECK(result.missing == std::vector<std::string>{"T17", "S01", "S02", "X0201", "X0202", "H03", "X0301"});
  CHECK(test::ReadFile(result.folder + "/tthc_T17_2023-05.json") ==
        "tthc json 2023-05\nT17 chưa báo cáo\nS01 chưa báo cáo\nS02 chưa báo cáo\nH01 3\nX0101 2\nX0102 1\n"
        "H02 0\nX0201 chưa báo cáo\nX0202 chưa báo cáo\nH03 chưa báo cáo\nX0301 chưa báo cáo\n");
  const std::string inbox = project.inbox();
  CHECK(test::ReadFile(result.folder + "/tom_tat_2023-05.txt") ==
        "TÓM TẮT LƯỢT CHẠY BÁO CÁO\n"
        "Công việc: monthly\n"
        "Kỳ báo cáo: Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)\n"
        "Đơn vị báo cáo: UBND tỉnh Hòa Bình (T17)\n"
        "Hạn nộp dữ liệu của kỳ: 15/05/2023\n"
        "\n"
        "1. Báo cáo đã lập (12 tệp):\n"
        "   tthc_T17_2023-05.json (192 byte)\n"
        "   tthc_T17_2023-05.xlsx (192 byte)\n"
        "   tthc_T17_2023-05.pdf (191 byte)\n"
        "   dvc_T17_2023-05.json (191 byte)\n"
        "   dvc_T17_2023-05.xlsx (191 byte)\n"
        "   dvc_T17_2023-05.pdf (190 byte)\n"
        "   ky_luat_T17_2023-05.json (195 byte)\n"
        "   ky_luat_T17_2023-05.xlsx (195 byte)\n"
        "   ky_luat_T17_2023-05.pdf (194 byte)\n"
        "   tong_hop_T17_2023-05.json (196 byte)\n"
        "   tong_hop_T17_2023-05.xlsx (196 byte)\n"
        "   tong_hop_T17_2023-05.pdf (195 byte)\n"
        "\n"
        "2. Tệp nhận qua hộp thư trong kỳ (5 tệp):\n"
        "   dossiers_H01_2023-05.csv: đã tiếp nhận, 6/6 dòng; biên nhận: processed/dossiers_H01_2023-05.csv.bien_nhan.txt\n"
        "   dossiers_H02_2023-05.csv: đã tiếp nhận, 0/0 dòng; biên nhận: processed/dossiers_H02_2023-05.csv.bien_nhan.txt\n"
        "   ghi_chu.docx: bị từ chối (tên tệp sai mẫu) — không phải tệp .csv, .txt, .xlsx hoặc .xls; tên tệp phải có dạng "
        "<loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls); biên nhận: rejected/ghi_chu.docx.bien_nhan.txt\n"
        "   procedures_T17_2023-05.csv: đã tiếp nhận, 12/12 dòng; biên nhận: processed/procedures_T17_2023-05.csv.bien_nhan.txt\n"
        "   units_T17_2023-05.csv: đã tiếp nhận, 11/11 dòng; biên nhận: processed/units_T17_2023-05.csv.bien_nhan.txt\n"
        "\n"
        "3. Đơn vị chưa báo cáo (7):\n"
        "   T17 — UBND tỉnh Hòa Bình\n"
        "   S01 — Sở Tư pháp\n"
        "   S02 — Sở Kế hoạch và Đầu tư\n"
        "   X0201 — UBND thị trấn Lương Sơn\n"
        "   X0202 — UBND xã Hòa Sơn\n"
        "   H03 — UBND huyện Mai Châu\n"
        "   X0301 — UBND thị trấn Mai Châu\n"
        "\n"
        "4. Cảnh báo (1):\n"
        "   Có 7 đơn vị chưa báo cáo kỳ 2023-05\n"
        "\n"
        "5. Tỷ lệ báo cáo hồ sơ TTHC (đúng hạn: nộp đủ chậm nhất ngày 15/05/2023):\n"
        "   Sở, ban, ngành: đã báo cáo 0/2 (0,00%) · đúng hạn 0/2 (0,00%)\n"
        "   Huyện/thành phố: đã báo cáo 1/1 (100,00%) · đúng hạn 1/1 (100,00%)\n"
        "   Xã/phường/thị trấn/đặc khu: đã báo cáo 2/5 (40,00%) · đúng hạn 2/5 (40,00%)\n"
        "   Tổng cộng: đã báo cáo 3/8 (37,50%) · đúng hạn 3/8 (37,50%)\n"
        "\n"
        "6. Kiểm tra chất lượng số liệu (chi tiết: báo cáo kiem_tra, lệnh baocao check):\n"
        "   0 lỗi, 0 cảnh báo theo quy tắc kiểm tra; 0 giá trị bất thường; 3 đơn vị không đủ lịch sử; 0 đơn vị "
        "nộp muộn; 0 chênh lệch so với số liệu đã phê duyệt\n"
        "   Không có vi phạm quy tắc, giá trị bất thường hay chênh lệch nào.\n");
  CHECK(test::Names(inbox) == std::vector<std::string>{"processed", "rejected"});
  CHECK(test::Names(inbox + "/rejected") == std::vector<std::string>{"ghi_chu.docx", "ghi_chu.docx.bien_nhan.txt"});

  const std::string message = "Đã lập 13 tệp trong " + result.folder +
                              "; 1 tệp bị từ chối: ghi_chu.docx; 7 đơn vị chưa báo cáo: T17, S01, S02, X0201, X0202, "
                              "H03, X0301";
  CHECK(result.message == message);
  CHECK(test::QueryText(db, "SELECT id, job, period, started_at, ended_at, status, exit_code, message FROM runs") ==
        "1|monthly|2023-05|2023-05-15 06:00:00|2023-05-15 06:00:00|rejected_input|3|" + message + "\n");
  uintmax_t bytes = 0;
  for (const auto& name : kMayFiles) bytes += fs::file_size(result.folder + "/" + name);
  CHECK(test::QueryText(db, "SELECT COUNT(*), SUM(bytes) FROM artifacts WHERE run_id = 1") ==
        "13|" + std::to_string(bytes) + "\n");
  for (const auto& a : result.artifacts)
    CHECK(test::QueryText(db, "SELECT sha256, bytes FROM artifacts WHERE path = '" + a.path + "'") ==
          a.sha256 + "|" + std::to_string(fs::file_size(a.path)) + "\n");
  CHECK(test::QueryText(db, "SELECT run_id, run_period, file_name, COALESCE(kind, '-'), outcome, rows_accepted FROM "
                            "inbox_files ORDER BY rowid") ==
        "1|2023-05|units_T17_2023-05.csv|units|accepted|11\n"
        "1|2023-05|procedures_T17_2023-05.csv|procedures|accepted|12\n"
        "1|2023-05|dossiers_H01_2023-05.csv|dossiers|accepted|6\n"
        "1|2023-05|dossiers_H02_2023-05.csv|dossiers|accepted|0\n"
        "1|2023-05|ghi_chu.docx|-|bad_name|0\n");
  const std::string log = runner.log.str();
  CHECK(log.rfind("2023-05-15 06:00:00 Bắt đầu công việc monthly (" + job.file +
                      "), kỳ 2023-05: Từ ngày 15/04/2023 đến ngày 14/05/2023\n", 0) == 0);
  CHECK(log.find("2023-05-15 06:00:00 Kết thúc (có tệp bị từ chối, mã thoát 3): " + message + "\n") != std::string::npos);
}

TEST_CASE("exit codes: 0 when every unit reported, 5 when some did not, 3 for a rejected file first", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Database db(project.db());
  Runner runner;
  DropMay(project);
  const RunResult some_missing = runner.Run(db, job);
  CHECK(some_missing.exit_code == kExitIncomplete);
  CHECK(some_missing.missing.size() == 7);
  for (const char* unit : {"T17", "S01", "S02", "X0201", "X0202", "H03", "X0301"})
    project.DropHeaderOnly(unit, "2023-05");
  const RunResult all_reported = runner.Run(db, job);
  CHECK(all_reported.exit_code == kExitOk);
  CHECK(all_reported.missing.empty());
  CHECK(all_reported.message == "Đã lập 13 tệp trong " + all_reported.folder);
  project.Drop("ingest/bad_enum.csv", "dossiers_H01_2023-05.csv");
  CHECK(runner.Run(db, job).exit_code == kExitBadInput);
  CHECK(test::QueryText(db, "SELECT id, status, exit_code FROM runs") ==
        "1|incomplete|5\n2|done|0\n3|rejected_input|3\n");
  const std::string summary = test::ReadFile(all_reported.folder + "/tom_tat_2023-05.txt");
  CHECK(summary.find("3. Đơn vị chưa báo cáo (0):\n   Tất cả đơn vị đã báo cáo.\n") != std::string::npos);
}

TEST_CASE("a failure during rendering publishes nothing: the previous outputs stay byte-identical", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Database db(project.db());
  Runner runner;
  DropMay(project);
  const RunResult first = runner.Run(db, job);
  const auto before = test::Snapshot(first.folder);
  REQUIRE(before.size() == 13);
  project.DropHeaderOnly("H03", "2023-05");  // new data: a successful run would change the outputs

  SECTION("a throw before an artifact in the middle") {
    runner.options.before_artifact = [](const std::string& name) {
      if (name == "ky_luat_T17_2023-05.pdf") throw Error("ổ đĩa đầy (giả lập)");
    };
    CHECK_THROWS_WITH(runner.Run(db, job), "ổ đĩa đầy (giả lập)");
    CHECK(test::QueryText(db, "SELECT id, status, exit_code, message FROM runs WHERE id = 2") ==
          "2|failed|1|ổ đĩa đầy (giả lập)\n");
  }
  SECTION("a throw before the summary, the last file") {
    runner.options.before_artifact = [](const std::string& name) {
      if (name == "tom_tat_2023-05.txt") throw Error("hỏng (giả lập)");
    };
    CHECK_THROWS_AS(runner.Run(db, job), Error);
  }
  SECTION("a writer that fails") {
    runner.options.write = [](const Report& report, Format format, const std::string& path) {
      if (report.form == "dvc" && format == Format::kXlsx) throw Error("libxlsxwriter: lỗi (giả lập)");
      test::FakeWrite(report, format, path);
    };
    CHECK_THROWS_WITH(runner.Run(db, job), "libxlsxwriter: lỗi (giả lập)");
  }
  SECTION("data that does not balance: exit code 3, as the command line gives it") {
    runner.options.compute = [](Database& d, const std::string& form, const Period& p, const std::string& root) {
      if (form == "tong_hop") throw DataError("Số liệu không cân đối tại đơn vị H01");
      return test::FakeCompute(d, form, p, root);
    };
    CHECK_THROWS_AS(runner.Run(db, job), DataError);
    CHECK(test::QueryText(db, "SELECT status, exit_code, message FROM runs WHERE id = 2") ==
          "failed|3|Số liệu không cân đối tại đơn vị H01\n");
  }
  CHECK(test::Snapshot(first.folder) == before);
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", "2023-05"});
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM artifacts WHERE run_id = 2") == "0\n");
  CHECK(test::QueryText(db, "SELECT status FROM runs WHERE id = 2") == "failed\n");
  CHECK(runner.log.str().find(" — không công bố tệp nào; báo cáo đã có của kỳ giữ nguyên\n") != std::string::npos);
  // The inbox file was taken (its data is stored) and the next good run renders it.
  runner.options.before_artifact = nullptr;
  runner.options.write = test::FakeWrite;
  runner.options.compute = test::FakeCompute;
  const RunResult third = runner.Run(db, job);
  CHECK(test::ReadFile(third.folder + "/tthc_T17_2023-05.json").find("H03 0\n") != std::string::npos);
  CHECK(test::ReadFile(third.folder + "/tom_tat_2023-05.txt").find("   dossiers_H03_2023-05.csv: đã tiếp nhận") !=
        std::string::npos);
}

TEST_CASE("the next run cleans what a killed run left: staging folders and a 'running' history row", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Database db(project.db());
  fs::create_directories(project.output() + "/.staging-2023-05-99999");
  test::WriteFile(project.output() + "/.staging-2023-05-99999/tthc_T17_2023-05.json", "half");
  RunHistory(db).Begin("monthly", "2023-05", "2023-05-15 05:00:00");
  RunHistory(db).Begin("yearly", "2022", "2023-05-15 05:00:00");
  Runner runner;
  DropMay(project);
  runner.Run(db, job);
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", "2023-05"});
  CHECK(test::QueryText(db, "SELECT id, job, status, COALESCE(ended_at, '-'), COALESCE(message, '-') FROM runs") ==
        "1|monthly|interrupted|2023-05-15 06:00:00|lượt chạy bị ngắt giữa chừng; không có tệp nào được công bố\n"
        "2|yearly|running|-|-\n"
        "3|monthly|incomplete|2023-05-15 06:00:00|Đã lập 13 tệp trong " + project.output() +
        "/2023-05; 7 đơn vị chưa báo cáo: T17, S01, S02, X0201, X0202, H03, X0301\n");
  CHECK(runner.log.str().find("2023-05-15 06:00:00 Đã xóa 1 thư mục tạm của lượt chạy bị ngắt trước đó\n") !=
        std::string::npos);
}

TEST_CASE("a run killed (SIGKILL) while writing leaves the previous outputs, the next run cleans up", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  DropMay(project);
  {
    Database db(project.db());
    Runner runner;
    runner.Run(db, job);
  }
  const auto before = test::Snapshot(project.output() + "/2023-05");
  project.DropHeaderOnly("H03", "2023-05");
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // the run to kill: its own connection, killed before its 8th file
    try {
      Database db(project.db());
      Runner runner;
      int files = 0;
      runner.options.before_artifact = [&files](const std::string&) {
        if (++files == 8) ::raise(SIGKILL);
      };
      runner.Run(db, job);
    } catch (...) {
    }
    ::_exit(1);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  CHECK(test::Snapshot(project.output() + "/2023-05") == before);
  const std::string staging = ".staging-2023-05-" + std::to_string(child);
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", staging, "2023-05"});
  CHECK(test::Names(project.output() + "/" + staging).size() == 7);

  Database db(project.db());
  CHECK(test::QueryText(db, "SELECT id, status FROM runs") == "1|incomplete\n2|running\n");
  Runner runner;
  const RunResult next = runner.Run(db, job);  // the lock died with the killed process
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", "2023-05"});
  CHECK(test::QueryText(db, "SELECT id, status FROM runs") == "1|incomplete\n2|interrupted\n3|incomplete\n");
  CHECK(test::ReadFile(next.folder + "/tthc_T17_2023-05.json").find("H03 0\n") != std::string::npos);
}

TEST_CASE("a second run while one holds the lock is refused at once and touches nothing", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Database db(project.db());
  DropMay(project);
  LockFile held(LockPath(job));
  Runner runner;
  CHECK(LockPath(job) == project.output() + "/.baocao.lock");
  CHECK_THROWS_MATCHES(runner.Run(db, job), LockedError,
                       Catch::Message("Một lượt chạy khác đang diễn ra (tiến trình " + std::to_string(::getpid()) +
                                      ", khóa " + project.output() + "/.baocao.lock); lượt này dừng lại."));
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM runs") == "0\n");
  CHECK(test::Names(project.inbox()).size() == 4);  // still waiting
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock"});
  CHECK(runner.log.str().empty());
}

TEST_CASE("a re-run of the same period on the same data gives byte-identical files", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Database db(project.db());
  Runner runner;
  DropMay(project);
  project.Drop("ingest/dossiers_canonical.csv", "ghi_chu.docx");
  const RunResult first = runner.Run(db, job);
  const auto before = test::Snapshot(first.folder);
  runner.clock.Advance(40 * 86400);  // a month later, by hand: baocao run jobs/monthly.toml --period 2023-05
  runner.options.period = "2023-05";
  project.Drop("ingest/dossiers_canonical.csv", "dossiers_H01_2023-05.csv");  // the same file again
  const RunResult again = runner.Run(db, job);
  CHECK(again.period.Label() == "2023-05");
  CHECK(again.inbox.size() == 1);
  CHECK(again.inbox[0].outcome == InboxResult::Outcome::kDuplicate);
  CHECK(test::Snapshot(again.folder) == before);
  CHECK(again.exit_code == kExitIncomplete);  // this run rejected nothing
  CHECK(test::QueryText(db, "SELECT a.path, a.sha256 = b.sha256, a.bytes = b.bytes FROM artifacts a JOIN artifacts b "
                            "ON a.path = b.path AND a.run_id = 1 AND b.run_id = 2 ORDER BY a.rowid LIMIT 1") ==
        first.folder + "/tthc_T17_2023-05.json|1|1\n");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM artifacts a JOIN artifacts b ON a.path = b.path AND a.run_id = 1 "
                            "AND b.run_id = 2 AND a.sha256 = b.sha256") == "13\n");
}

TEST_CASE("the job's period rule names the folder: the 14th, the 15th, and the year's end", "[run]") {
  test::JobProject project;
  const Job monthly = test::MonthlyJob(project);
  Database db(project.db());
  Runner runner;
  DropMay(project);
  runner.clock = FixedClock(At(2023, 5, 14, 23, 59));
  CHECK(runner.Run(db, monthly).folder == project.output() + "/2023-04");
  runner.clock = FixedClock(At(2024, 1, 14, 6));
  CHECK(runner.Run(db, monthly).folder == project.output() + "/2023-12");
  runner.clock = FixedClock(At(2024, 1, 15, 6));
  CHECK(runner.Run(db, monthly).folder == project.output() + "/2024-01");
  test::WriteJob(project, "yearly",
                 "name = \"yearly\"\nforms = [\"ky_luat\", \"tong_hop\"]\nformats = [\"json\"]\n"
                 "period = \"last_closed_year\"\n");
  const Job yearly = LoadJob(project.job_file);
  runner.clock = FixedClock(At(2023, 12, 14, 6));
  const RunResult y2022 = runner.Run(db, yearly);
  CHECK(y2022.folder == project.output() + "/2022");
  CHECK(test::Names(y2022.folder) ==
        std::vector<std::string>{"ky_luat_T17_2022.json", "tom_tat_2022.txt", "tong_hop_T17_2022.json"});
  runner.clock = FixedClock(At(2023, 12, 15, 6));
  CHECK(runner.Run(db, yearly).folder == project.output() + "/2023");
  CHECK(test::QueryText(db, "SELECT job, period FROM runs") ==
        "monthly|2023-04\nmonthly|2023-12\nmonthly|2024-01\nyearly|2022\nyearly|2023\n");
}

TEST_CASE("a second run with the same inbox and another output folder is refused at once", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Job other = job;
  other.output_dir = project.dir.File("output_khac");
  Database db(project.db());
  DropMay(project);
  FolderLock held(job.inbox_dir, "hộp thư");  // the first job's run, going on
  Runner runner;
  CHECK_THROWS_MATCHES(runner.Run(db, other), LockedError,
                       Catch::Message("Một lượt chạy khác đang dùng hộp thư " + project.inbox() +
                                      "; lượt này dừng lại."));
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM runs") == "0\n");
  CHECK(test::Names(project.inbox()).size() == 4);  // still waiting
  CHECK(runner.log.str().empty());
}

TEST_CASE("entries skipped in the inbox are in the summary and the run's message", "[run]") {
  test::JobProject project;
  const Job job = test::MonthlyJob(project);
  Database db(project.db());
  DropMay(project);
  fs::create_symlink("/etc/passwd", project.inbox() + "/dossiers_H03_2023-05.csv");
  Runner runner;
  const RunResult result = runner.Run(db, job);
  CHECK(result.exit_code == kExitIncomplete);  // as without the link: nothing of it was read
  CHECK(result.message.find("; 1 mục bị bỏ qua trong hộp thư: dossiers_H03_2023-05.csv") != std::string::npos);
  const std::string summary = test::ReadFile(result.folder + "/tom_tat_2023-05.txt");
  CHECK(summary.find("   dossiers_H03_2023-05.csv: bỏ qua — là liên kết tượng trưng (symbolic link), không phải tệp "
                     "thật; không đọc, để nguyên trong hộp thư\n") != std::string::npos);
  CHECK(summary.find("root:") == std::string::npos);
  CHECK(fs::is_symlink(project.inbox() + "/dossiers_H03_2023-05.csv"));
}

}  // namespace baocao


namespace baocao {

TEST_CASE("each_unit: every huyen gets its own forms in <period>/<code>/, one publish, counted in the summary",
          "[run][each_unit]") {
  test::JobProject project;
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\nforms = [\"tthc\", \"dvc\", \"ky_luat\", \"tong_hop\"]\n"
                 "formats = [\"json\", \"xlsx\", \"pdf\"]\neach_unit = [\"huyen\"]\n");
  const Job job = LoadJob(project.job_file);
  DropMay(project);
  Database db(project.db());
  Runner runner;
  std::vector<std::string> told;
  runner.options.progress = [&told](const RunProgress& p) {
    told.push_back(p.step + " " + std::to_string(p.done) + "/" + std::to_string(p.total) + " " + p.noun +
                   (p.share ? " " + std::to_string(static_cast<int>(*p.share * 100)) + "%" : ""));
  };
  const RunResult result = runner.Run(db, job);

  CHECK(result.exit_code == kExitIncomplete);
  std::vector<std::string> top = kMayFiles;
  top.insert(top.begin(), {"H01", "H02", "H03"});
  CHECK(test::Names(result.folder) == top);
  for (const std::string code : {"H01", "H02", "H03"})
    CHECK(test::Names(result.folder + "/" + code) ==
          std::vector<std::string>{"dvc_" + code + "_2023-05.json",      "dvc_" + code + "_2023-05.pdf",
                                   "dvc_" + code + "_2023-05.xlsx",      "ky_luat_" + code + "_2023-05.json",
                                   "ky_luat_" + code + "_2023-05.pdf",   "ky_luat_" + code + "_2023-05.xlsx",
                                   "tong_hop_" + code + "_2023-05.json", "tong_hop_" + code + "_2023-05.pdf",
                                   "tong_hop_" + code + "_2023-05.xlsx", "tthc_" + code + "_2023-05.json",
                                   "tthc_" + code + "_2023-05.pdf",      "tthc_" + code + "_2023-05.xlsx"});
  CHECK(test::ReadFile(result.folder + "/H01/tthc_H01_2023-05.json") == "tthc json 2023-05\nH01 3\nX0101 2\nX0102 1\n");
  REQUIRE(result.artifacts.size() == 12 + 36 + 1);
  CHECK(result.artifacts[12].path == result.folder + "/H01/tthc_H01_2023-05.json");
  CHECK(result.artifacts[47].path == result.folder + "/H03/tong_hop_H03_2023-05.pdf");
  CHECK(result.artifacts[48].path == result.folder + "/tom_tat_2023-05.txt");
  CHECK(test::QueryText(db, "SELECT COUNT(*) FROM artifacts WHERE run_id = 1 AND path LIKE '%/H02/%'") == "12\n");
  CHECK(result.message.rfind("Đã lập 49 tệp trong " + result.folder + ";", 0) == 0);
  const std::string summary = test::ReadFile(result.folder + "/tom_tat_2023-05.txt");
  CHECK(summary.find("1. Báo cáo đã lập (12 tệp):\n") != std::string::npos);
  CHECK(summary.find("   tong_hop_T17_2023-05.pdf (195 byte)\n"
                     "   Báo cáo riêng của từng đơn vị (Huyện/thành phố): 3 đơn vị, 36 tệp, mỗi đơn vị trong thư mục "
                     "2023-05/<mã đơn vị>/\n\n2. Tệp nhận") != std::string::npos);
  CHECK(told == std::vector<std::string>{"Đọc tệp units_T17_2023-05.csv 11/0 dòng 100%",
                                         "Đọc tệp procedures_T17_2023-05.csv 12/0 dòng 100%",
                                         "Đọc tệp dossiers_H01_2023-05.csv 6/0 dòng 100%",
                                         "Đọc tệp dossiers_H02_2023-05.csv 0/0 dòng 100%",
                                         "Tính báo cáo 0/4 báo cáo",
                                         "Tính báo cáo 1/4 báo cáo",
                                         "Tính báo cáo 2/4 báo cáo",
                                         "Tính báo cáo 3/4 báo cáo",
                                         "Báo cáo riêng từng đơn vị 0/3 đơn vị",
                                         "Báo cáo riêng từng đơn vị 1/3 đơn vị",
                                         "Báo cáo riêng từng đơn vị 2/3 đơn vị",
                                         "Báo cáo riêng từng đơn vị 3/3 đơn vị"});
}

TEST_CASE("each_unit: a job's root is not repeated, only the listed levels under it, and a failure publishes nothing",
          "[run][each_unit]") {
  test::JobProject project;
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\nforms = [\"tthc\", \"kiem_tra\"]\nunit = \"H01\"\n"
                 "formats = [\"json\"]\neach_unit = [\"huyen\", \"xa\"]\n");
  const Job job = LoadJob(project.job_file);
  DropMay(project);
  Database db(project.db());
  Runner runner;
  const RunResult result = runner.Run(db, job);
  CHECK(test::Names(result.folder) == std::vector<std::string>{"X0101", "X0102", "kiem_tra_H01_2023-05.json",
                                                               "tom_tat_2023-05.txt", "tthc_H01_2023-05.json"});
  CHECK(test::Names(result.folder + "/X0101") == std::vector<std::string>{"tthc_X0101_2023-05.json"});  // no kiem_tra
  CHECK(test::ReadFile(result.folder + "/X0102/tthc_X0102_2023-05.json") == "tthc json 2023-05\nX0102 1\n");

  const auto before = test::Snapshot(result.folder);
  Runner failing;
  failing.options.before_artifact = [](const std::string& name) {
    if (name == "X0102/tthc_X0102_2023-05.json") throw Error("hỏng đĩa");
  };
  CHECK_THROWS_WITH(failing.Run(db, job), "hỏng đĩa");
  CHECK(test::Snapshot(result.folder) == before);
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", "2023-05"});
}

TEST_CASE("each_unit: a unit's file that fails to be written (on a writing thread) publishes nothing", "[run][each_unit]") {
  test::JobProject project;
  test::WriteJob(project, "monthly",
                 "name = \"monthly\"\nforms = [\"tthc\", \"dvc\"]\nunit = \"H01\"\n"
                 "formats = [\"json\", \"xlsx\"]\neach_unit = [\"xa\"]\n");
  const Job job = LoadJob(project.job_file);
  DropMay(project);
  Database db(project.db());
  Runner runner;
  const RunResult result = runner.Run(db, job);
  // Every unit's files, in the loop's order whatever thread wrote them, each with its own digest.
  std::vector<std::string> names;
  for (const auto& a : result.artifacts) names.push_back(fs::path(a.path).parent_path().filename().string() + "/" +
                                                         fs::path(a.path).filename().string());
  CHECK(names == std::vector<std::string>{"2023-05/tthc_H01_2023-05.json", "2023-05/tthc_H01_2023-05.xlsx",
                                          "2023-05/dvc_H01_2023-05.json", "2023-05/dvc_H01_2023-05.xlsx",
                                          "X0101/tthc_X0101_2023-05.json", "X0101/tthc_X0101_2023-05.xlsx",
                                          "X0101/dvc_X0101_2023-05.json", "X0101/dvc_X0101_2023-05.xlsx",
                                          "X0102/tthc_X0102_2023-05.json", "X0102/tthc_X0102_2023-05.xlsx",
                                          "X0102/dvc_X0102_2023-05.json", "X0102/dvc_X0102_2023-05.xlsx",
                                          "2023-05/tom_tat_2023-05.txt"});
  for (const auto& a : result.artifacts) {
    INFO(a.path);
    CHECK(a.sha256 == Sha256OfFile(a.path));
    CHECK(a.bytes == fs::file_size(a.path));
  }

  const auto before = test::Snapshot(result.folder);
  Runner failing;
  failing.options.write = [](const Report& report, Format format, const std::string& path) {
    if (report.root == "X0102" && format == Format::kXlsx) throw Error("ổ đĩa đầy");
    test::FakeWrite(report, format, path);
  };
  CHECK_THROWS_WITH(failing.Run(db, job), "ổ đĩa đầy");
  CHECK(test::Snapshot(result.folder) == before);
  CHECK(test::Names(project.output()) == std::vector<std::string>{".baocao.lock", "2023-05"});
}

}  // namespace baocao
