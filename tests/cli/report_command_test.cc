#include <catch2/catch.hpp>

#include <filesystem>

#include "core/exit_codes.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

struct SampleCli {
  SampleCli() {
    Database database(db);
    test::LoadSampleProvince(database);
  }
  test::CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db});
    return test::RunCliCapture(args);
  }
  test::TempDir dir;
  std::string db = dir.File("b.db");
  std::string out = dir.File("out");
};

}  // namespace

TEST_CASE("report writes the JSON named by form, unit and period", "[cli]") {
  SampleCli c;
  const auto r = c.Run({"report", "--form", "tthc", "--period", "2023-04", "--format", "json", "--out", c.out});
  CHECK(r.code == kExitOk);
  const std::string path = c.out + "/tthc_T17_2023-04.json";
  CHECK(r.out == path + "\n");
  CHECK(r.err.empty());
  CHECK(test::ReadFile(path).find("\"received_total\": 16,") != std::string::npos);
}

TEST_CASE("report: missing units give exit 5 and a warning, a range and a subtree", "[cli]") {
  SampleCli c;
  const auto r = c.Run({"report", "--form", "dvc", "--period", "2023-05", "--unit", "H02",
                        "--format", "json", "--out", c.out});
  CHECK(r.code == kExitIncomplete);
  CHECK(r.err == "Cảnh báo: Chưa báo cáo: X0202 UBND xã Hòa Sơn (tháng 2023-05)\n");
  CHECK(std::filesystem::exists(c.out + "/dvc_H02_2023-05.json"));
  const auto range = c.Run({"report", "--form", "tthc", "--from", "2023-04-15", "--to", "2023-05-14",
                            "--unit", "S01", "--format", "json", "--out", c.out});
  CHECK(range.code == kExitOk);
  CHECK(range.out == c.out + "/tthc_S01_2023-04-15_2023-05-14.json\n");
  const std::string text = test::ReadFile(c.out + "/tthc_S01_2023-04-15_2023-05-14.json");
  CHECK(text.find("\"title\": \"Từ ngày 15/04/2023 đến ngày 14/05/2023\"") != std::string::npos);
  CHECK(text.find("\"received_total\": 4,") != std::string::npos);
}

TEST_CASE("report: wrong options exit 2 with a Vietnamese message and write nothing", "[cli]") {
  SampleCli c;
  auto r = c.Run({"report", "--form", "bieu", "--period", "2023-05", "--format", "json", "--out", c.out});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: Biểu báo cáo \"bieu\" không có (tthc, dvc, ky_luat, tong_hop)\n");
  r = c.Run({"report", "--form", "tthc", "--period", "2023-13", "--out", c.out});
  CHECK(r.code == kExitUsage);
  r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--format", "docx", "--out", c.out});
  CHECK(r.err == "baocao: Định dạng \"docx\" không hợp lệ (json, xlsx, pdf)\n");
  r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--from", "2023-01-01", "--out", c.out});
  CHECK(r.err == "baocao: Chỉ dùng --period hoặc --from/--to, không dùng cả hai\n");
  r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--unit", "ZZ", "--out", c.out});
  CHECK(r.err == "baocao: Đơn vị \"ZZ\" không có trong danh mục đơn vị\n");
  CHECK_FALSE(std::filesystem::exists(c.out));
}

TEST_CASE("status lists who is missing and exits 5 until everyone reported", "[cli]") {
  SampleCli c;
  const auto q = c.Run({"status", "--period", "2023-Q2"});
  CHECK(q.code == kExitIncomplete);
  CHECK(q.out.find("    X0202 UBND xã Hòa Sơn                   CHƯA BÁO CÁO (2/3; thiếu 2023-05)") != std::string::npos);
  CHECK(q.out.find("  Xã/phường/thị trấn/đặc khu  3/5     60,00%\n") != std::string::npos);
  CHECK(q.out.find("  Tổng cộng                   7/10    70,00%\n") != std::string::npos);
  CHECK(q.out.find("T17 UBND tỉnh Hòa Bình                      tổng hợp (không phải nộp)") != std::string::npos);
  const auto april = c.Run({"status", "--period", "2023-04"});
  CHECK(april.code == kExitOk);
  CHECK(april.out.find("  Tổng cộng                   10/10   100,00%\n") != std::string::npos);
}

TEST_CASE("report, status, history, submissions: a wrong --db exits 2 and creates nothing", "[cli]") {
  test::TempDir dir;
  const std::string db = dir.File("sai/baocao.db");
  const std::string message =
      "baocao: không tìm thấy cơ sở dữ liệu " + db +
      " (hãy nộp dữ liệu bằng `baocao submit` trước, hoặc kiểm tra --db và $BAOCAO_DB)\n";
  const std::vector<std::vector<std::string>> commands = {
      {"report", "--form", "tthc", "--period", "2023-05", "--out", dir.File("out")},
      {"status", "--period", "2023-05"},
      {"history"},
      {"submissions"},
      {"submissions", "--id", "1"}};
  for (auto args : commands) {
    INFO(args[0]);
    args.insert(args.begin(), {"--db", db});
    const auto r = test::RunCliCapture(args);
    CHECK(r.code == kExitUsage);
    CHECK(r.out.empty());
    CHECK(r.err == message);
    CHECK_FALSE(std::filesystem::exists(db));
    CHECK_FALSE(std::filesystem::exists(dir.File("sai")));
  }
  CHECK_FALSE(std::filesystem::exists(dir.File("out")));
  // submit still creates the database (and its folder) on first use.
  const auto submit = test::RunCliCapture(
      {"--db", db, "submit", "--kind", "units", test::Fixture("sample/units.csv")});
  CHECK(submit.code == kExitOk);
  CHECK(std::filesystem::exists(db));
  CHECK(test::RunCliCapture({"--db", db, "history"}).out == "Chưa có lượt chạy nào.\n");
}

}  // namespace baocao

namespace baocao {

TEST_CASE("a wrong command line is told in Vietnamese, naming the option, never in Boost's English", "[cli]") {
  auto first_line = [](const std::vector<std::string>& args) {
    const auto r = test::RunCliCapture(args);
    CHECK(r.code == kExitUsage);
    return r.err.substr(0, r.err.find('\n'));
  };
  CHECK(first_line({"report", "--bogus"}) == "baocao: Tùy chọn không hợp lệ: không có tùy chọn --bogus");
  CHECK(first_line({"report", "--period", "2023-05"}) ==
        "baocao: Tùy chọn không hợp lệ: thiếu tùy chọn bắt buộc --form");
  CHECK(first_line({"submissions", "--last", "abc"}) ==
        "baocao: Tùy chọn không hợp lệ: giá trị của tùy chọn --last không hợp lệ");
  CHECK(first_line({"report", "--form", "tthc", "--form", "dvc", "--period", "2023-05"}) ==
        "baocao: Tùy chọn không hợp lệ: tùy chọn --form chỉ được dùng một lần");
  CHECK(first_line({"report", "--form"}) == "baocao: Tùy chọn không hợp lệ: tùy chọn --form cần một giá trị");
}

}  // namespace baocao
