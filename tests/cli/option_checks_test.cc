#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "core/exit_codes.h"
#include "jobs/job_fixture.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace fs = std::filesystem;
namespace {

const char* const kCodeRule =
    "\" không hợp lệ: mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm (.), gạch dưới (_), gạch ngang (-), "
    "bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự\n";

struct SampleDb {
  SampleDb() {
    Database database(db);
    test::LoadSampleProvince(database);
  }
  std::string Dump() {
    Database database(db, Database::OpenMode::kExisting);
    return test::DumpDatabase(database);
  }
  test::CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return test::RunCliCapture(args);
  }
  test::TempDir dir;
  std::string db = dir.File("b.db");
};

}  // namespace

TEST_CASE("report and status: a --unit that is a path exits 2 and writes nothing, even if the database holds it", "[cli]") {
  SampleDb c;
  {  // a database filled before unit codes were checked
    Database database(c.db);
    database.connection().ExecuteScript("INSERT INTO units (ma_don_vi, ten_don_vi, cap, ma_don_vi_cha, ordinal) "
                        "VALUES ('../../../x', 'UBND xã Thoát Ra', 'xa', 'H01', 99)");
  }
  const std::string before = c.Dump();
  const std::string out = c.dir.File("a/b/out");
  for (const std::string unit : {"../../../x", "a/b", "..", "-rf", "H 01"}) {
    INFO(unit);
    auto r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--unit", unit, "--out", out});
    CHECK(r.code == kExitUsage);
    CHECK(r.out.empty());
    CHECK(r.err == "baocao: --unit: mã đơn vị \"" + unit + kCodeRule);
    r = c.Run({"status", "--period", "2023-05", "--unit", unit});
    CHECK(r.code == kExitUsage);
    CHECK(r.err == "baocao: --unit: mã đơn vị \"" + unit + kCodeRule);
  }
  CHECK(test::Names(c.dir.path().string()) == std::vector<std::string>{"b.db"});
  CHECK(c.Dump() == before);
}

TEST_CASE("options given empty are refused with exit 2 and change nothing", "[cli]") {
  SampleDb c;
  const std::string before = c.Dump();
  const std::string file = test::Fixture("ingest/dossiers_canonical.csv");
  const std::string out = c.dir.File("out");
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"report", "--form", "tthc", "--period", "2023-05", "--out", ""},
       "--out không được để trống; bỏ --out để ghi vào thư mục mặc định"},
      {{"report", "--form", "tthc", "--period", "2023-05", "--out", out, "--templates", ""},
       "--templates không được để trống; bỏ --templates để dùng thư mục mẫu mặc định"},
      {{"report", "--form", "tthc", "--period", "2023-05", "--out", out, "--unit", ""},
       "--unit không được để trống; bỏ --unit để báo cáo cả tỉnh"},
      {{"report", "--form", "tthc", "--period", "2023-05", "--out", out, "--format", ""},
       "--format không được để trống; chọn trong xlsx, pdf, json"},
      {{"report", "--form", "tthc", "--period", "", "--out", out}, "--period không được để trống"},
      {{"report", "--form", "", "--period", "2023-05", "--out", out}, "--form không được để trống"},
      {{"status", "--period", "2023-05", "--unit", ""}, "--unit không được để trống; bỏ --unit để xem cả tỉnh"},
      {{"status", "--from", "", "--to", "2023-05-14"}, "--from không được để trống"},
      {{"submit", "--kind", "dossiers", "--unit", "", "--period", "2023-05", file}, "--unit không được để trống"},
      {{"submit", "--kind", "discipline", "--unit", "T17", "--period", "", file}, "--period không được để trống"},
      {{"submit", "--kind", "", file}, "--kind không được để trống"},
      {{"run", "jobs/khong_co.toml", "--inbox", ""}, "--inbox không được để trống; bỏ --inbox để dùng hộp thư của công việc"},
      {{"run", "jobs/khong_co.toml", "--output", ""},
       "--output không được để trống; bỏ --output để dùng thư mục output của công việc"},
      {{"run", "jobs/khong_co.toml", "--period", ""},
       "--period không được để trống; bỏ --period để dùng quy tắc kỳ của công việc"},
      {{"run", ""}, "--job không được để trống; hãy chỉ ra tệp công việc, ví dụ jobs/monthly.toml"},
      {{"submissions", "--last", "-1"}, "--last phải là số nguyên dương"},
      {{"submissions", "--last", "0"}, "--last phải là số nguyên dương"},
  };
  for (const auto& [args, message] : cases) {
    INFO(args[0] + " " + message);
    const auto r = c.Run(args);
    CHECK(r.code == kExitUsage);
    CHECK(r.out.empty());
    CHECK(r.err == "baocao: " + message + "\n");
  }
  CHECK(test::Names(c.dir.path().string()) == std::vector<std::string>{"b.db"});
  CHECK(c.Dump() == before);
}

TEST_CASE("an empty --db is refused with exit 2: nothing goes into a temporary database", "[cli]") {
  const std::string message = "baocao: --db không được để trống; bỏ --db để dùng $BAOCAO_DB hoặc data/baocao.db\n";
  const std::string units = test::Fixture("sample/units.csv");
  for (const auto& args : std::vector<std::vector<std::string>>{{"--db", "", "submit", "--kind", "units", units},
                                                                 {"--db=", "submit", "--kind", "units", units},
                                                                 {"--db", "", "status", "--period", "2023-05"}}) {
    const auto r = test::RunCliCapture(args);
    CHECK(r.code == kExitUsage);
    CHECK(r.out.empty());
    CHECK(r.err == message);
  }
}

TEST_CASE("submit --kind discipline --period 2023-05 exits 2 and leaves the database byte-identical", "[cli]") {
  SampleDb c;
  const std::string before = c.Dump();
  const auto r = c.Run({"submit", "--kind", "discipline", "--unit", "T17", "--period", "2023-05",
                        test::Fixture("ingest/discipline_canonical.csv")});
  CHECK(r.code == kExitUsage);
  CHECK(r.out.empty());
  CHECK(r.err == "baocao: --period \"2023-05\" không hợp lệ: kỷ luật CBCCVC nộp theo năm, dạng YYYY (ví dụ 2023)\n");
  CHECK(c.Dump() == before);
}

TEST_CASE("report killed by a file-size limit leaves temporaries that the next report removes", "[cli]") {
  SampleDb c;
  const std::string out = c.dir.File("out");
  fs::create_directories(out);
  // 76 blocks of 512 bytes (38 KiB): room for the database's WAL index (32 KiB), not for the PDF (~44 KiB).
  const std::string command = "ulimit -f 76; exec '" + std::string(BAOCAO_BINARY) + "' --db '" + c.db +
                              "' report --form tthc --period 2023-05 --format pdf --out '" + out +
                              "' >/dev/null 2>&1";
  const int status = std::system(command.c_str());  // /bin/sh: the limit is in 512-byte blocks
  CHECK(status != 0);
  const auto left = test::Names(out);
  REQUIRE(left.size() == 1);
  CHECK(left[0].rfind("tthc_T17_2023-05.pdf.tmp-", 0) == 0);
  const auto r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--format", "pdf", "--out", out});
  CHECK(r.code == kExitIncomplete);
  CHECK(test::Names(out) == std::vector<std::string>{"tthc_T17_2023-05.pdf"});
}

}  // namespace baocao
