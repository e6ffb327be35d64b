#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "core/exit_codes.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

struct SampleCli {
  // submitted_at: as test::LoadSampleProvince's (default: every file on 20/06/2023).
  explicit SampleCli(const std::map<std::string, std::string>& submitted_at = {}) {
    Database database(db);
    test::LoadSampleProvince(database, {}, submitted_at);
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

TEST_CASE("report --form chi_so_766 always takes the calendar period and says so", "[cli]") {
  SampleCli c;
  const auto r = c.Run({"report", "--form", "chi_so_766", "--period", "2026-08", "--format", "json", "--out", c.out});
  CHECK(r.code == kExitOk);
  const std::string path = c.out + "/chi_so_766_T17_2026-08-cal.json";
  CHECK(r.out == path + "\n");
  CHECK(r.err.empty());
  const std::string json = test::ReadFile(path);
  CHECK(json.find("\"period\": {\"label\": \"2026-08-cal\", \"title\": \"Tháng 8/2026\", \"kind\": \"month\", "
                  "\"calendar\": true, \"from\": \"2026-08-01\", \"to\": \"2026-08-31\"}") != std::string::npos);
  CHECK(json.find("\"previous_period\": {\"label\": \"2026-07-cal\"") != std::string::npos);
  const auto quarter = c.Run({"report", "--form", "chi_so_766", "--period", "2026-Q3", "--unit", "H01", "--format",
                              "json", "--out", c.out});
  CHECK(quarter.out == c.out + "/chi_so_766_H01_2026-Q3-cal.json\n");
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
  CHECK(r.err == "baocao: Biểu báo cáo \"bieu\" không có (tthc, dvc, ky_luat, tong_hop, chi_so_766, kiem_tra)\n");
  r = c.Run({"report", "--form", "tthc", "--period", "2023-13", "--out", c.out});
  CHECK(r.code == kExitUsage);
  r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--format", "docx", "--out", c.out});
  CHECK(r.err == "baocao: Định dạng \"docx\" không hợp lệ (json, xlsx, pdf)\n");
  r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--from", "2023-01-01", "--out", c.out});
  CHECK(r.err == "baocao: Chỉ dùng --period hoặc --from/--to, không dùng cả hai\n");
  r = c.Run({"report", "--form", "tthc", "--out", c.out});
  CHECK(r.err == "baocao: Chưa chỉ ra kỳ báo cáo (--period hoặc --from/--to)\n");
  r = c.Run({"report", "--form", "tthc", "--from", "2023-05-01", "--out", c.out});
  CHECK(r.err == "baocao: --from và --to phải đi cùng nhau\n");
  r = c.Run({"report", "--form", "tthc", "--from", "1/5/2023", "--to", "2023-05-31", "--out", c.out});
  CHECK(r.err == "baocao: --from \"1/5/2023\" không phải ngày dạng YYYY-MM-DD\n");
  r = c.Run({"status", "--from", "2023-05-01", "--to", "31/05/2023"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "baocao: --to \"31/05/2023\" không phải ngày dạng YYYY-MM-DD\n");
  r = c.Run({"report", "--form", "tthc", "--period", "2023-05", "--unit", "ZZ", "--out", c.out});
  CHECK(r.err == "baocao: Đơn vị \"ZZ\" không có trong danh mục đơn vị\n");
  CHECK_FALSE(std::filesystem::exists(c.out));
}

TEST_CASE("status lists who is missing and exits 5 until everyone reported", "[cli]") {
  SampleCli c;
  const auto q = c.Run({"status", "--period", "2023-Q2"});
  CHECK(q.code == kExitIncomplete);
  CHECK(q.out.find("    X0202 UBND xã Hòa Sơn                   CHƯA BÁO CÁO (2/3; thiếu 2023-05)") != std::string::npos);
  CHECK(q.out.find("  Xã/phường/thị trấn/đặc khu  đã báo cáo 3/5 (60,00%) · đúng hạn 0/5 (0,00%)\n") != std::string::npos);
  CHECK(q.out.find("  Tổng cộng                   đã báo cáo 7/10 (70,00%) · đúng hạn 0/10 (0,00%)\n") != std::string::npos);
  CHECK(q.out.find("T17 UBND tỉnh Hòa Bình                      tổng hợp (không phải nộp)") != std::string::npos);
  const auto april = c.Run({"status", "--period", "2023-04"});
  CHECK(april.code == kExitOk);
  CHECK(april.out.find("Hạn nộp: 15/04/2023\n") != std::string::npos);
  CHECK(april.out.find("  Tổng cộng                   đã báo cáo 10/10 (100,00%) · đúng hạn 0/10 (0,00%)\n") != std::string::npos);
}

TEST_CASE("status prints the deadline, marks a unit that completed after it late and counts those on time", "[cli]") {
  SampleCli c(test::DeadlineSubmissionTimes());
  const auto q = c.Run({"status", "--period", "2023-Q2"});
  CHECK(q.code == kExitIncomplete);
  CHECK(q.err.empty());
  CHECK(q.out ==
        "TÌNH HÌNH BÁO CÁO — Quý II/2023 (Từ ngày 15/03/2023 đến ngày 14/06/2023)\n"
        "Tháng xuất dữ liệu cần nộp: 2023-04, 2023-05, 2023-06\n"
        "Hạn nộp: 15/06/2023\n"
        "\n"
        "Đơn vị                                      Hồ sơ TTHC                          Kỷ luật, xếp loại 2023  Lần nộp gần nhất\n"
        "T17 UBND tỉnh Hòa Bình                      tổng hợp (không phải nộp)           đã báo cáo              2023-06-14 10:00:00 dossiers_T17_2023-06.csv\n"
        "  S01 Sở Tư pháp                            đã báo cáo (3/3)                    đã báo cáo              2023-06-15 23:59:59 dossiers_S01_2023-06.csv\n"
        "  S02 Sở Kế hoạch và Đầu tư                 đã báo cáo, nộp muộn (3/3)          đã báo cáo              2023-06-16 00:00:00 dossiers_S02_2023-06.csv\n"
        "  H01 UBND thành phố Hòa Bình               đã báo cáo (3/3)                    đã báo cáo              2023-06-10 09:00:00 dossiers_H01_2023-06.csv\n"
        "    X0101 UBND phường Phương Lâm            đã báo cáo (3/3)                    đã báo cáo              2023-06-10 09:00:00 dossiers_H01_2023-06.csv\n"
        "    X0102 UBND xã Sủ Ngòi                   đã báo cáo (3/3)                    đã báo cáo              2023-06-10 09:00:00 dossiers_H01_2023-06.csv\n"
        "  H02 UBND huyện Lương Sơn                  đã báo cáo (3/3)                    đã báo cáo              2023-06-14 10:00:00 dossiers_H02_2023-06.csv\n"
        "    X0201 UBND thị trấn Lương Sơn           đã báo cáo (3/3)                    đã báo cáo              2023-06-14 10:00:00 dossiers_H02_2023-06.csv\n"
        "    X0202 UBND xã Hòa Sơn                   CHƯA BÁO CÁO (2/3; thiếu 2023-05)   đã báo cáo              2023-06-14 10:00:00 dossiers_H02_2023-06.csv\n"
        "  H03 UBND huyện Mai Châu                   CHƯA BÁO CÁO (2/3; thiếu 2023-06)   đã báo cáo              2023-05-15 08:00:00 dossiers_H03_2023-05.csv\n"
        "    X0301 UBND thị trấn Mai Châu            CHƯA BÁO CÁO (2/3; thiếu 2023-06)   đã báo cáo              2023-05-15 08:00:00 dossiers_H03_2023-05.csv\n"
        "\n"
        "Tỷ lệ đơn vị đã báo cáo hồ sơ TTHC (đúng hạn: nộp đủ chậm nhất ngày 15/06/2023):\n"
        "  Sở, ban, ngành              đã báo cáo 2/2 (100,00%) · đúng hạn 1/2 (50,00%)\n"
        "  Huyện/thành phố             đã báo cáo 2/3 (66,67%) · đúng hạn 2/3 (66,67%)\n"
        "  Xã/phường/thị trấn/đặc khu  đã báo cáo 3/5 (60,00%) · đúng hạn 3/5 (60,00%)\n"
        "  Tổng cộng                   đã báo cáo 7/10 (70,00%) · đúng hạn 6/10 (60,00%)\n");
  // Due on the 16th, S02's file of 16/06 00:00 is on time too; a day not after the period's last
  // (14/06) falls in the next month: everyone is on time.
  const auto later = c.Run({"status", "--period", "2023-Q2", "--deadline-day", "16"});
  CHECK(later.out.find("Hạn nộp: 16/06/2023\n") != std::string::npos);
  CHECK(later.out.find("  S02 Sở Kế hoạch và Đầu tư                 đã báo cáo (3/3) ") != std::string::npos);
  CHECK(later.out.find("  Tổng cộng                   đã báo cáo 7/10 (70,00%) · đúng hạn 7/10 (70,00%)\n") != std::string::npos);
  const auto earlier = c.Run({"status", "--period", "2023-Q2", "--deadline-day", "10"});
  CHECK(earlier.out.find("Hạn nộp: 10/07/2023\n") != std::string::npos);
  CHECK(earlier.out.find("nộp muộn") == std::string::npos);
  CHECK(earlier.out.find("  Tổng cộng                   đã báo cáo 7/10 (70,00%) · đúng hạn 7/10 (70,00%)\n") != std::string::npos);
  // A month's deadline is in the month after it; a day past 28 is refused.
  const auto may = c.Run({"status", "--period", "2023-05", "--deadline-day", "1"});
  CHECK(may.out.find("Hạn nộp: 01/06/2023\n") != std::string::npos);
  for (const std::string day : {"0", "29", "-3"}) {
    const auto bad = c.Run({"status", "--period", "2023-Q2", "--deadline-day", day});
    CHECK(bad.code == kExitUsage);
    CHECK(bad.out.empty());
    CHECK(bad.err == "baocao: --deadline-day phải là một ngày trong tháng, từ 1 đến 28 (mặc định 15)\n");
  }
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
