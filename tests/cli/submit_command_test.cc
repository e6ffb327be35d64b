#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "cli/command.h"
#include "core/exit_codes.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {

TEST_CASE("submit prints a receipt, a rejected file exits 3 and leaves the database", "[cli]") {
  test::TempDir dir;
  const std::string db = dir.File("b.db");
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return test::RunCliCapture(args);
  };
  CHECK(run({"submit", "--kind", "units", test::Fixture("sample/units.csv")}).code == kExitOk);
  CHECK(run({"submit", "--kind", "procedures", test::Fixture("sample/procedures.csv")}).code == kExitOk);
  const auto bad = run({"submit", "--kind", "dossiers", "--unit", "H01", "--period", "2023-05",
                        test::Fixture("ingest/bad_enum.csv")});
  CHECK(bad.code == kExitBadInput);
  CHECK(bad.out.find(test::Fixture("ingest/bad_enum.csv") + ":3:4: cột \"kenh_nop\"") != std::string::npos);
  const auto good = run({"submit", "--kind", "dossiers", "--unit", "H01", "--period", "2023-05",
                         test::Fixture("ingest/dossiers_canonical.csv")});
  CHECK(good.code == kExitOk);
  CHECK(good.out.find("Kết quả: ĐÃ TIẾP NHẬN toàn bộ tệp") != std::string::npos);
  Database check(db);
  CHECK(test::QueryText(check, "SELECT COUNT(*) FROM dossiers") == "6\n");
  CHECK(test::QueryText(check, "SELECT COUNT(*) FROM submissions") == "3\n");
}

TEST_CASE("submit refuses a wrong command line with exit code 2", "[cli]") {
  test::TempDir dir;
  const auto missing_kind = test::RunCliCapture({"--db", dir.File("b.db"), "submit", "x.csv"});
  CHECK(missing_kind.code == kExitUsage);
  CHECK(missing_kind.err.find("--kind") != std::string::npos);
  const auto bad_kind = test::RunCliCapture({"--db", dir.File("b.db"), "submit", "--kind", "ho_so", "x.csv"});
  CHECK(bad_kind.code == kExitUsage);
  CHECK(bad_kind.err ==
        "baocao: Loại dữ liệu không hợp lệ: \"ho_so\" (chọn một trong: units, procedures, dossiers, "
        "discipline, evaluations, petitions)\n");
  const auto help = test::RunCliCapture({"submit", "--help"});
  CHECK(help.code == kExitOk);
  CHECK(help.out.find("--partial") != std::string::npos);
}

}  // namespace baocao

namespace baocao {

TEST_CASE("submissions lists what was submitted and the rows a partial submission kept out", "[cli]") {
  test::TempDir dir;
  const std::string db = dir.File("b.db");
  test::RunCliCapture({"--db", db, "submit", "--kind", "units", test::Fixture("sample/units.csv")});
  test::RunCliCapture({"--db", db, "submit", "--kind", "procedures", test::Fixture("sample/procedures.csv")});
  const auto partial = test::RunCliCapture({"--db", db, "submit", "--kind", "dossiers", "--unit", "H01", "--period",
                                            "2023-05", "--partial", test::Fixture("ingest/bad_row_width.csv")});
  CHECK(partial.code == kExitBadInput);
  const auto list = test::RunCliCapture({"--db", db, "submissions", "--last", "1"});
  CHECK(list.code == kExitOk);
  CHECK(list.out.find("#3  ") == 0);
  CHECK(list.out.find("dossiers  đơn vị H01  kỳ 2023-05  bad_row_width.csv  (một phần): 2 dòng, tiếp nhận 1, "
                      "từ chối 1\n") != std::string::npos);
  const auto rows = test::RunCliCapture({"--db", db, "submissions", "--id", "3"});
  CHECK(rows.out.find("  bad_row_width.csv:3: dòng có 4 cột nhưng tiêu đề có 11 cột\n") != std::string::npos);
  CHECK(test::RunCliCapture({"--db", db, "submissions", "--id", "9"}).code == kExitUsage);
}

TEST_CASE("submit follows a link given by an officer and refuses a FIFO or a folder without waiting", "[cli]") {
  test::TempDir dir;
  const std::string db = dir.File("b.db");
  std::filesystem::create_symlink(test::Fixture("sample/units.csv"), dir.File("units.csv"));
  const auto linked = test::RunCliCapture({"--db", db, "submit", "--kind", "units", dir.File("units.csv")});
  CHECK(linked.code == kExitOk);
  CHECK(linked.out.find("Kết quả: ĐÃ TIẾP NHẬN toàn bộ tệp\n") != std::string::npos);
  Database database(db);
  const std::string before = test::DumpDatabase(database);
  REQUIRE(::mkfifo(dir.File("fifo.csv").c_str(), 0600) == 0);
  const auto fifo = test::RunCliCapture({"--db", db, "submit", "--kind", "units", dir.File("fifo.csv")});
  CHECK(fifo.code == kExitBadInput);
  CHECK(fifo.err == dir.File("fifo.csv") + ": là ống dẫn có tên (FIFO), không phải tệp dữ liệu: không đọc\n");
  const auto folder = test::RunCliCapture({"--db", db, "submit", "--kind", "units", dir.path().string()});
  CHECK(folder.code == kExitBadInput);
  CHECK(folder.err == dir.path().string() + ": là thư mục, không phải tệp dữ liệu: không đọc\n");
  CHECK(test::DumpDatabase(database) == before);
}

TEST_CASE("a --db that is not a database or is damaged is named in Vietnamese, never in SQLite's English",
          "[cli]") {
  test::TempDir dir;
  const std::string text = "ma_don_vi,ten_don_vi\n" + std::string(4096, 'x');
  test::WriteFile(dir.File("units.csv"), text);
  const auto wrong = test::RunCliCapture({"--db", dir.File("units.csv"), "submit", "--kind", "units",
                                          test::Fixture("sample/units.csv")});
  CHECK(wrong.code == kExitUsage);
  CHECK(wrong.out.empty());
  CHECK(wrong.err == "baocao: tệp " + dir.File("units.csv") +
                         " không phải là cơ sở dữ liệu của baocao; hãy kiểm tra --db và $BAOCAO_DB\n");
  CHECK(test::ReadFile(dir.File("units.csv")) == text);

  const std::string db = dir.File("b.db");
  CHECK(test::RunCliCapture({"--db", db, "submit", "--kind", "units", test::Fixture("sample/units.csv")}).code ==
        kExitOk);
  std::string bytes = test::ReadFile(db);
  for (size_t i = 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5);
  test::WriteFile(db, bytes);
  const auto damaged = test::RunCliCapture({"--db", db, "submissions"});
  CHECK(damaged.code == kExitFailure);
  CHECK(damaged.err == "baocao: cơ sở dữ liệu " + db +
                           " bị hỏng; hãy giữ lại tệp hỏng, khôi phục tệp từ bản sao lưu gần nhất rồi nộp lại các tệp "
                           "đã nộp sau bản sao lưu đó\n");
}

}  // namespace baocao


namespace baocao {
namespace {

// A database in a fresh folder with the sample units and procedures submitted; Run adds its --db.
class SampleDatabase {
 public:
  SampleDatabase() {
    REQUIRE(Run({"submit", "--kind", "units", test::Fixture("sample/units.csv")}).code == kExitOk);
    REQUIRE(Run({"submit", "--kind", "procedures", test::Fixture("sample/procedures.csv")}).code == kExitOk);
  }
  test::CliResult Run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--db", path_});
    return test::RunCliCapture(args);
  }
  const std::string& path() const { return path_; }

 private:
  test::TempDir dir_;
  std::string path_ = dir_.File("b.db");
};

}  // namespace

TEST_CASE("submit --kind petitions stores the petitions and prints their receipt, and submissions lists them", "[cli]") {
  SampleDatabase sample;
  const auto run = [&](std::vector<std::string> args) { return sample.Run(std::move(args)); };
  const std::string file = test::Fixture("ingest/petitions_canonical.csv");
  const auto good = run({"submit", "--kind", "petitions", "--unit", "H01", "--period", "2023-05", file});
  CHECK(good.code == kExitOk);
  CHECK(good.out.find("BIÊN NHẬN NỘP DỮ LIỆU số 3\nTệp: " + file +
                      "\nLoại dữ liệu: phản ánh, kiến nghị (petitions)\nĐơn vị nộp: H01\nKỳ: 2023-05\n") == 0);
  CHECK(good.out.find("Kết quả: ĐÃ TIẾP NHẬN toàn bộ tệp\nSố dòng dữ liệu: 3; tiếp nhận: 3; bị từ chối: 0\n") !=
        std::string::npos);
  const std::string bad_file = test::Fixture("ingest/bad_petitions.csv");
  const auto bad = run({"submit", "--kind", "petitions", "--unit", "H01", "--period", "2023-05", bad_file});
  CHECK(bad.code == kExitBadInput);
  CHECK(bad.out.find("  " + bad_file + ":5:1: cột \"ma_phan_anh\": mã \"PA-001\" trùng với dòng 2\n") !=
        std::string::npos);
  const auto no_unit = run({"submit", "--kind", "petitions", "--period", "2023-05", file});
  CHECK(no_unit.code == kExitUsage);
  CHECK(no_unit.err ==
        "baocao: Nộp phản ánh, kiến nghị cần --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM)\n");
  Database check(sample.path());
  CHECK(test::QueryText(check, "SELECT COUNT(*) FROM petitions") == "3\n");
  const auto listed = run({"submissions", "--last", "1"});
  CHECK(listed.code == kExitOk);
  CHECK(listed.out.find("#3  ") == 0);
  CHECK(listed.out.find("  petitions  đơn vị H01  kỳ 2023-05  petitions_canonical.csv  (toàn bộ): 3 dòng, tiếp nhận 3, "
                        "từ chối 0\n") != std::string::npos);
}

TEST_CASE("submit --kind dossiers without --unit and --period takes each file's unit and month from its name", "[cli]") {
  SampleDatabase sample;
  const auto run = [&](std::vector<std::string> args) { return sample.Run(std::move(args)); };
  const std::string h01 = test::Fixture("sample/dossiers_H01_2023-04.csv");
  const std::string h02 = test::Fixture("sample/dossiers_H02_2023-05.csv");
  const auto both = run({"submit", "--kind", "dossiers", h01, h02});
  CHECK(both.code == kExitOk);
  CHECK(both.out.find("BIÊN NHẬN NỘP DỮ LIỆU số 3\nTệp: " + h01 +
                      "\nLoại dữ liệu: hồ sơ TTHC (dossiers)\nĐơn vị nộp: H01\nKỳ: 2023-04\n") == 0);
  CHECK(both.out.find("BIÊN NHẬN NỘP DỮ LIỆU số 4\nTệp: " + h02 +
                      "\nLoại dữ liệu: hồ sơ TTHC (dossiers)\nĐơn vị nộp: H02\nKỳ: 2023-05\n") != std::string::npos);
  Database check(sample.path());
  CHECK(test::QueryText(check, "SELECT id, ma_don_vi, period, rows_accepted FROM submissions WHERE kind = 'dossiers' "
                               "ORDER BY id") == "3|H01|2023-04|5\n4|H02|2023-05|2\n");
  CHECK(test::QueryText(check, "SELECT COUNT(*) FROM dossiers") == "7\n");
}

TEST_CASE("submit without --unit and --period refuses every file when one name does not tell them", "[cli]") {
  SampleDatabase sample;
  const auto run = [&](std::vector<std::string> args) { return sample.Run(std::move(args)); };
  const std::string h01 = test::Fixture("sample/dossiers_H01_2023-04.csv");
  const auto unnamed = run({"submit", "--kind", "dossiers", h01, test::Fixture("ingest/dossiers_canonical.csv")});
  CHECK(unnamed.code == kExitUsage);
  CHECK(unnamed.err ==
        "baocao: Nộp hồ sơ TTHC cần --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM), hoặc mỗi tệp "
        "đặt tên như trong hộp thư đến; tệp \"dossiers_canonical.csv\": tên tệp phải có dạng "
        "<loại>_<mã đơn vị>_<YYYY-MM>.csv (hoặc .txt, .xlsx, .xls), ví dụ dossiers_H01_2023-05.csv\n");
  const auto other_kind = run({"submit", "--kind", "petitions", h01});
  CHECK(other_kind.code == kExitUsage);
  CHECK(other_kind.err ==
        "baocao: Nộp phản ánh, kiến nghị cần --unit (đơn vị nộp) và --period (tháng xuất dữ liệu, YYYY-MM), hoặc mỗi "
        "tệp đặt tên như trong hộp thư đến; tệp \"dossiers_H01_2023-04.csv\": tên tệp ghi loại dữ liệu "
        "\"dossiers\", khác với --kind\n");
  Database check(sample.path());
  CHECK(test::QueryText(check, "SELECT COUNT(*) FROM submissions WHERE kind IN ('dossiers', 'petitions')") == "0\n");
}

TEST_CASE("submit shows on a terminal which file of how many it reads", "[cli]") {
  SampleDatabase sample;
  const std::string h01 = test::Fixture("sample/dossiers_H01_2023-04.csv");
  const std::string h02 = test::Fixture("sample/dossiers_H02_2023-05.csv");
  std::ostringstream out, err;
  CommandContext ctx{sample.path(), {"--kind", "dossiers", h01, h02}, out, err, /*err_is_terminal=*/true};
  CHECK(SubmitCommand(ctx) == kExitOk);
  // Each file's rows once read (the line rewritten in place, then erased before its receipt).
  CHECK(err.str() == "\r\x1b[KĐọc tệp 1/2 dossiers_H01_2023-04.csv: 5 dòng (100%)\r\x1b[K"
                     "\r\x1b[KĐọc tệp 2/2 dossiers_H02_2023-05.csv: 2 dòng (100%)\r\x1b[K");
  CHECK(out.str().find("Đơn vị nộp: H02\nKỳ: 2023-05\n") != std::string::npos);
}

}  // namespace baocao
