#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "core/exit_codes.h"
#include "indicators/score_inputs_fixture.h"
#include "quality/quality_check.h"
#include "sample_province_fixture.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

QualityOptions Options() {
  QualityOptions o;
  o.rules_dir = test::RepositoryRulesDir();
  return o;
}

std::string ShortHistoryText(const QualityReport& q) {
  std::string out;
  for (const auto& s : q.short_history) out += s.unit + ":" + std::to_string(s.periods) + " ";
  return out;
}

// $BAOCAO_RULES set for the scope of a test, then restored.
class RulesDirEnv {
 public:
  explicit RulesDirEnv(const std::string& dir) {
    if (const char* v = std::getenv("BAOCAO_RULES")) old_ = v;
    ::setenv("BAOCAO_RULES", dir.c_str(), 1);
  }
  ~RulesDirEnv() {
    if (old_) ::setenv("BAOCAO_RULES", old_->c_str(), 1);
    else ::unsetenv("BAOCAO_RULES");
  }
  RulesDirEnv(const RulesDirEnv&) = delete;
  RulesDirEnv& operator=(const RulesDirEnv&) = delete;

 private:
  std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("previous period of the same kind", "[quality]") {
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-05"))->Label() == "2023-04");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-01"))->Label() == "2022-12");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-01", true))->Label() == "2022-12-cal");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-Q1"))->Label() == "2022-Q4");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-Q3"))->Label() == "2023-Q2");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-H1"))->Label() == "2022-H2");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023-H2"))->Label() == "2023-H1");
  CHECK(PreviousPeriodOfKind(ParsePeriod("2023"))->Label() == "2022");
  CHECK_FALSE(PreviousPeriodOfKind(RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31))));
}

TEST_CASE("check: the sample province breaks no rule and has no outlier", "[quality]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  for (const char* label : {"2023-04", "2023-05", "2023-06", "2023-Q2", "2023-H1", "2023"}) {
    INFO(label);
    const QualityReport q = ComputeQualityCheck(db, ParsePeriod(label), "", Options());
    CHECK(q.violations.empty());
    CHECK(q.outliers.empty());
    CHECK(q.differences.empty());
    CHECK(q.root == "T17");
  }
  // June: the units that reported have 2 months of history (April, May) — not enough to judge.
  // X0202 did not report May (1 month of history); H03 did not report June (not judged).
  const QualityReport june = ComputeQualityCheck(db, ParsePeriod("2023-06"), "", Options());
  CHECK(ShortHistoryText(june) == "S01:2 S02:2 H01:2 X0101:2 X0102:2 H02:2 X0201:2 X0202:1 ");
  CHECK(june.outlier_min_history == 6);
  const QualityReport h02 = ComputeQualityCheck(db, ParsePeriod("2023-06"), "H02", Options());
  CHECK(h02.root_name == "UBND huyện Lương Sơn");
  CHECK(ShortHistoryText(h02) == "H02:2 X0201:2 X0202:1 ");
  CHECK(h02.timeliness.units.size() == 3);
  // A range of days: rules, but no previous period, so no history and no outlier test at all.
  const QualityReport range =
      ComputeQualityCheck(db, RangePeriod(Date::FromYmd(2023, 4, 1), Date::FromYmd(2023, 6, 30)), "", Options());
  CHECK(range.violations.empty());
  CHECK(range.outliers.empty());
  CHECK(range.short_history.empty());
}

TEST_CASE("check: the two-level province breaks no rule and has no outlier", "[quality]") {
  Database db(":memory:");
  test::LoadTwoLevelProvince(db);
  for (const char* label : {"2025-09", "2025-10", "2025-11", "2025-Q4", "2025"}) {
    INFO(label);
    const QualityReport q = ComputeQualityCheck(db, ParsePeriod(label), "", Options());
    CHECK(q.violations.empty());
    CHECK(q.outliers.empty());
  }
}

TEST_CASE("check: a rule on one unit's own figures, errors before warnings, hierarchy order", "[quality]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  test::TempDir dir;
  test::WriteFile(dir.File("kiem_tra.toml"),
                  "[[rule]]\ncode = \"W1\"\nname = \"Ít hồ sơ\"\nleft = \"new_total\"\nop = \">=\"\nright = \"100\"\n"
                  "severity = \"warning\"\nmessage = \"Ít.\"\nlevels = [\"huyen\"]\n"
                  "[[rule]]\ncode = \"E1\"\nname = \"Trực tuyến quá nửa\"\nleft = \"2 * new_online\"\nop = \"<=\"\n"
                  "right = \"new_total\"\nseverity = \"error\"\nmessage = \"Nhiều.\"\nlevels = [\"so_nganh\", \"huyen\"]\n"
                  "basis = \"Thử\"\n"
                  "[outliers]\nthreshold = 3.5\nmin_history = 6\nhistory = 12\nmetrics = [\"new_total\"]\n");
  QualityOptions o;
  o.rules_dir = dir.path().string();
  o.differences = [](Database&, const Period&, const std::string& root) {
    ApprovalDifference d;
    d.unit = root;
    d.key = "new_total";
    return std::vector<ApprovalDifference>{d};
  };
  const QualityReport q = ComputeQualityCheck(db, ParsePeriod("2023-05"), "", o);
  std::string text;
  for (const auto& v : q.violations)
    text += v.unit + " " + v.rule + " " + v.left_text + " " + v.op + " " + v.right_text + " " + v.basis + "\n";
  // E1 (error) on the departments and districts, then W1 (warning) on the districts; the province
  // aggregates and the communes are not in E1's levels.
  CHECK(text ==
        "S01 E1 4 <= 3 Thử\n"
        "S02 E1 4 <= 2 Thử\n"
        "H01 E1 2 <= 1 Thử\n"
        "H02 E1 2 <= 1 Thử\n"
        "H01 W1 1 >= 100 \n"
        "H02 W1 1 >= 100 \n"
        "H03 W1 1 >= 100 \n");
  CHECK(q.errors() + q.warnings() == static_cast<int>(q.violations.size()));
  REQUIRE(q.differences.size() == 1);
  CHECK(q.differences[0].unit == "T17");
}

TEST_CASE("check through the CLI: exit 0 on clean data, 3 when an error rule fails", "[quality][cli]") {
  test::TempDir dir;
  const std::string db_path = dir.File("b.db");
  {
    Database db(db_path);
    test::LoadSampleProvince(db, {}, test::DeadlineSubmissionTimes());
  }
  {
    RulesDirEnv env(test::RepositoryRulesDir());
    const auto clean = test::RunCliCapture({"--db", db_path, "check", "--period", "2023-Q2"});
    CHECK(clean.code == kExitOk);
    CHECK(clean.err.empty());
    CHECK(clean.out ==
        "KIỂM TRA CHẤT LƯỢNG SỐ LIỆU — Quý II/2023 (Từ ngày 15/03/2023 đến ngày 14/06/2023)\n"
        "Đơn vị: T17 UBND tỉnh Hòa Bình\n"
        "Hạn nộp: 15/06/2023\n"
        "\n"
        "I. VI PHẠM QUY TẮC KIỂM TRA\n"
        "  Không có vi phạm quy tắc nào.\n"
        "\n"
        "II. GIÁ TRỊ BẤT THƯỜNG SO VỚI LỊCH SỬ\n"
        "  Không có giá trị bất thường nào.\n"
        "  Không đủ lịch sử (cần ít nhất 6 kỳ có dữ liệu, chưa đánh giá bất thường):\n"
        "    S01 Sở Tư pháp (Sở, ban, ngành): 0 kỳ\n"
        "    S02 Sở Kế hoạch và Đầu tư (Sở, ban, ngành): 0 kỳ\n"
        "    H01 UBND thành phố Hòa Bình (Huyện/thành phố): 0 kỳ\n"
        "    X0101 UBND phường Phương Lâm (Xã/phường/thị trấn/đặc khu): 0 kỳ\n"
        "    X0102 UBND xã Sủ Ngòi (Xã/phường/thị trấn/đặc khu): 0 kỳ\n"
        "    H02 UBND huyện Lương Sơn (Huyện/thành phố): 0 kỳ\n"
        "    X0201 UBND thị trấn Lương Sơn (Xã/phường/thị trấn/đặc khu): 0 kỳ\n"
        "\n"
        "III. TÍNH KỊP THỜI CỦA BÁO CÁO\n"
        "  Nộp muộn: S02 Sở Kế hoạch và Đầu tư (Sở, ban, ngành) (hoàn thành lúc 2023-06-16 00:00:00)\n"
        "  Chưa báo cáo: X0202 UBND xã Hòa Sơn (Xã/phường/thị trấn/đặc khu) — CHƯA BÁO CÁO (2/3; thiếu 2023-05)\n"
        "  Chưa báo cáo: H03 UBND huyện Mai Châu (Huyện/thành phố) — CHƯA BÁO CÁO (2/3; thiếu 2023-06)\n"
        "  Chưa báo cáo: X0301 UBND thị trấn Mai Châu (Xã/phường/thị trấn/đặc khu) — CHƯA BÁO CÁO (2/3; thiếu 2023-06)\n"
        "  Sở, ban, ngành              đã báo cáo 2/2 (100,00%) · đúng hạn 1/2 (50,00%)\n"
        "  Huyện/thành phố             đã báo cáo 2/3 (66,67%) · đúng hạn 2/3 (66,67%)\n"
        "  Xã/phường/thị trấn/đặc khu  đã báo cáo 3/5 (60,00%) · đúng hạn 3/5 (60,00%)\n"
        "  Tổng cộng                   đã báo cáo 7/10 (70,00%) · đúng hạn 6/10 (60,00%)\n"
        "\n"
        "IV. CHÊNH LỆCH SO VỚI SỐ LIỆU ĐÃ PHÊ DUYỆT\n"
        "  Không có chênh lệch nào.\n"
        "\n"
        "Tổng hợp: 0 lỗi, 0 cảnh báo, 0 giá trị bất thường, 7 đơn vị không đủ lịch sử, 1 đơn vị nộp muộn, 3 đơn vị chưa báo cáo, 0 chênh lệch so với số liệu đã phê duyệt\n");
  }
  test::WriteFile(dir.File("kiem_tra.toml"),
                  "[[rule]]\ncode = \"E1\"\nname = \"Trực tuyến quá nửa\"\nleft = \"2 * new_online\"\nop = \"<=\"\n"
                  "right = \"new_total\"\nseverity = \"error\"\nmessage = \"Nhiều.\"\nlevels = [\"so_nganh\"]\n"
                  "[outliers]\nthreshold = 3.5\nmin_history = 6\nhistory = 12\nmetrics = [\"new_total\"]\n");
  RulesDirEnv env(dir.path().string());
  const auto failing = test::RunCliCapture({"--db", db_path, "check", "--period", "2023-05", "--unit", "S01"});
  CHECK(failing.code == kExitBadInput);
  CHECK(failing.out ==
        "KIỂM TRA CHẤT LƯỢNG SỐ LIỆU — Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)\n"
        "Đơn vị: S01 Sở Tư pháp\n"
        "Hạn nộp: 15/05/2023\n"
        "\n"
        "I. VI PHẠM QUY TẮC KIỂM TRA\n"
        "  S01 Sở Tư pháp (Sở, ban, ngành) — E1 Trực tuyến quá nửa [LỖI]\n"
        "    2 * new_online = 4 <= new_total = 3 (không thỏa)\n"
        "    Nhiều.\n"
        "\n"
        "II. GIÁ TRỊ BẤT THƯỜNG SO VỚI LỊCH SỬ\n"
        "  Không có giá trị bất thường nào.\n"
        "  Không đủ lịch sử (cần ít nhất 6 kỳ có dữ liệu, chưa đánh giá bất thường):\n"
        "    S01 Sở Tư pháp (Sở, ban, ngành): 1 kỳ\n"
        "\n"
        "III. TÍNH KỊP THỜI CỦA BÁO CÁO\n"
        "  Mọi đơn vị đã báo cáo đúng hạn.\n"
        "  Sở, ban, ngành              đã báo cáo 1/1 (100,00%) · đúng hạn 1/1 (100,00%)\n"
        "  Tổng cộng                   đã báo cáo 1/1 (100,00%) · đúng hạn 1/1 (100,00%)\n"
        "\n"
        "IV. CHÊNH LỆCH SO VỚI SỐ LIỆU ĐÃ PHÊ DUYỆT\n"
        "  Không có chênh lệch nào.\n"
        "\n"
        "Tổng hợp: 1 lỗi, 0 cảnh báo, 0 giá trị bất thường, 1 đơn vị không đủ lịch sử, 0 đơn vị nộp muộn, 0 đơn vị chưa báo cáo, 0 chênh lệch so với số liệu đã phê duyệt\n"
        "Có lỗi quy tắc kiểm tra: các đơn vị nêu trên hãy sửa và nộp lại tệp xuất dữ liệu.\n");
  const auto usage = test::RunCliCapture({"--db", db_path, "check", "--period", "2023-05", "--deadline-day", "30"});
  CHECK(usage.code == kExitUsage);
  CHECK(usage.err == "baocao: --deadline-day phải là một ngày trong tháng, từ 1 đến 28 (mặc định 15)\n");
}

TEST_CASE("check through the CLI: a malformed rules file is refused with its line, exit 3", "[quality][cli]") {
  test::TempDir dir;
  const std::string db_path = dir.File("b.db");
  {
    Database db(db_path);
    test::LoadSampleProvince(db);
  }
  test::WriteFile(dir.File("kiem_tra.toml"),
                  "[[rule]]\ncode = \"E1\"\nname = \"Thử\"\nleft = \"new_online\"\nop = \"<=\"\nright = \"new_totl\"\n");
  RulesDirEnv env(dir.path().string());
  const auto r = test::RunCliCapture({"--db", db_path, "check", "--period", "2023-05"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.out.empty());
  CHECK(r.err.find(dir.File("kiem_tra.toml") + ":6:10: quy tắc E1: \"right\": không có số liệu \"new_totl\"; dùng ") !=
        std::string::npos);
}

}  // namespace baocao
