// ComputeQualityCheck on a small province with seven months of history (January–July 2026),
// written here: S01 receives about 11 dossiers a month, then 1.000 in July (an export error); S02's
// online share is about 80 % then collapses to 10 % in July; S01's 2026 evaluations break QT06.
#include <catch2/catch.hpp>

#include <cstdio>
#include <stdexcept>

#include "core/exit_codes.h"
#include "indicators/score_inputs_fixture.h"
#include "ingest/submission.h"
#include "quality/quality_check.h"
#include "store/database.h"
#include "test_support.h"

namespace baocao {
namespace {

const char* kHeader = test::kDossierCsvHeader;

void SubmitFile(Database& db, SubmissionKind kind, const std::string& path, std::optional<std::string> unit,
                std::optional<std::string> period) {
  SubmitRequest request;
  request.kind = kind;
  request.file = path;
  request.unit = std::move(unit);
  request.period = std::move(period);
  request.now = "2026-08-01 08:00:00";
  const Receipt receipt = Submit(db, request);
  if (!receipt.ok()) throw std::runtime_error("rejected:\n" + receipt.Text());
}

// One month's export of a unit: `total` dossiers received on the 5th and returned on the 6th of
// month m (inside cut-off month m, 15/(m-1)–14/m), the first `online` of them online.
std::string MonthFile(const std::string& unit, int month, int total, int online) {
  std::string csv = kHeader;
  char day[24];  // room for any int month, so that the compiler sees no truncation
  for (int i = 0; i < total; ++i) {
    std::snprintf(day, sizeof day, "2026-%02d", month);
    csv += unit + "-" + std::to_string(month) + "-" + std::to_string(i) + ",1.001612," + unit + "," +
           (i < online ? "truc_tuyen" : "truc_tiep") + "," + day + "-05 08:00," + day + "-12 17:00," + day +
           "-06 10:00,da_tra_ket_qua,0,,\n";
  }
  return csv;
}

struct HistoryProvince {
  HistoryProvince() {
    test::WriteFile(dir.File("units.csv"),
                    "ma_don_vi,ten_don_vi,cap,ma_don_vi_cha\nT99,UBND tỉnh Thử,tinh,\n"
                    "S01,Sở Tư pháp,so_nganh,T99\nS02,Sở Y tế,so_nganh,T99\n");
    test::WriteFile(dir.File("procedures.csv"),
                    "ma_tthc,ten_tthc,linh_vuc,muc_do_dvc,co_phi,thanh_toan_truc_tuyen\n"
                    "1.001612,Đăng ký khai sinh,Hộ tịch,toan_trinh,0,0\n");
    SubmitFile(db, SubmissionKind::kUnits, dir.File("units.csv"), std::nullopt, std::nullopt);
    SubmitFile(db, SubmissionKind::kProcedures, dir.File("procedures.csv"), std::nullopt, std::nullopt);
    const int s01[] = {10, 12, 11, 10, 13, 11, 1000};
    const int s02_online[] = {8, 8, 7, 8, 9, 8, 1};
    for (int m = 1; m <= 7; ++m) {
      char label[16];
      std::snprintf(label, sizeof label, "2026-%02d", m);
      const std::string f1 = dir.File("s01_" + std::to_string(m) + ".csv");
      test::WriteFile(f1, MonthFile("S01", m, s01[m - 1], 0));
      SubmitFile(db, SubmissionKind::kDossiers, f1, "S01", label);
      const std::string f2 = dir.File("s02_" + std::to_string(m) + ".csv");
      test::WriteFile(f2, MonthFile("S02", m, 10, s02_online[m - 1]));
      SubmitFile(db, SubmissionKind::kDossiers, f2, "S02", label);
    }
    // 5 excellent for 20 good: more than 20 %. S02: 4 for 20, exactly 20 %: allowed.
    test::WriteFile(dir.File("evaluations.csv"),
                    "ma_don_vi,nam,doi_tuong,hoan_thanh_xuat_sac,hoan_thanh_tot,hoan_thanh,khong_hoan_thanh\n"
                    "S01,2026,cong_chuc,5,20,3,0\nS02,2026,cong_chuc,4,20,1,0\nS02,2026,vien_chuc,9,10,0,0\n");
    SubmitFile(db, SubmissionKind::kEvaluations, dir.File("evaluations.csv"), "T99", "2026");
  }
  test::TempDir dir;
  std::string db_path = dir.File("b.db");
  Database db{db_path};
};

QualityOptions Options() {
  QualityOptions o;
  o.rules_dir = test::RepositoryRulesDir();
  return o;
}

}  // namespace

TEST_CASE("check: a month multiplied by 100 and a collapsing online share are flagged with their history",
          "[quality]") {
  HistoryProvince p;
  const QualityReport q = ComputeQualityCheck(p.db, ParsePeriod("2026-07"), "", Options());
  CHECK(q.short_history.empty());
  REQUIRE(q.outliers.size() == 3);

  // S01 new_total: history 10 12 11 10 13 11 -> median 11, MAD 1; M = 0.6745 * 989 = 667.0805.
  const OutlierFinding& jump = q.outliers[0];
  CHECK(jump.unit == "S01");
  CHECK(jump.metric == "new_total");
  CHECK(jump.metric_name == "Số hồ sơ tiếp nhận mới");
  CHECK_FALSE(jump.rate);
  CHECK(jump.value == 1000);
  CHECK(jump.median == 11);
  CHECK(jump.mad == 1);
  CHECK(jump.score == Approx(667.0805).margin(0.00005));
  REQUIRE(jump.history.size() == 6);
  CHECK(jump.history.front() == std::pair<std::string, double>{"2026-01", 10});
  CHECK(jump.history.back() == std::pair<std::string, double>{"2026-06", 11});
  // Every dossier is resolved in its month: resolved_total jumps the same way.
  CHECK(q.outliers[1].unit == "S01");
  CHECK(q.outliers[1].metric == "resolved_total");
  CHECK(q.outliers[1].score == Approx(667.0805).margin(0.00005));

  // S02 online_rate: history 0.8 0.8 0.7 0.8 0.9 0.8 -> median 0.8, MAD 0; MeanAD 0.2 / 6;
  // M = (0.1 - 0.8) / (1.253314 * 0.033333) = -16.7556. Its new_total (10 every month) has no score.
  const OutlierFinding& drop = q.outliers[2];
  CHECK(drop.unit == "S02");
  CHECK(drop.metric == "online_rate");
  CHECK(drop.rate);
  CHECK(drop.value == Approx(0.1));
  CHECK(drop.median == Approx(0.8));
  CHECK(drop.mad == Approx(0).margin(1e-12));
  CHECK(drop.score == Approx(-16.7556).margin(0.00005));

  // QT06 (from 2026): S01's 5 excellent công chức exceed 20 % of its 20 good ones; S02 is at 20 %.
  REQUIRE(q.violations.size() == 1);
  const RuleViolation& v = q.violations[0];
  CHECK(v.unit == "S01");
  CHECK(v.rule == "QT06");
  CHECK(v.severity == Severity::kError);
  CHECK(v.left_text == "5");
  CHECK(v.right_text == "4");
  CHECK(v.left_value == 5);
  CHECK(v.right_value == 4);
  CHECK(v.basis == "Nghị định 335/2025/NĐ-CP ngày 21/12/2025, hiệu lực từ 01/01/2026");
  CHECK(q.errors() == 1);
  CHECK(q.warnings() == 0);
}

TEST_CASE("check: a usual month is not flagged, and too short a history is listed", "[quality]") {
  HistoryProvince p;
  // June against January–May: five months, fewer than the six needed.
  const QualityReport june = ComputeQualityCheck(p.db, ParsePeriod("2026-06"), "", Options());
  CHECK(june.outliers.empty());
  REQUIRE(june.short_history.size() == 2);
  CHECK(june.short_history[0].unit == "S01");
  CHECK(june.short_history[0].periods == 5);
  // The province aggregates: never checked, never short.
  CHECK(june.short_history[1].unit == "S02");
  // A subtree: S02 only.
  const QualityReport s02 = ComputeQualityCheck(p.db, ParsePeriod("2026-07"), "S02", Options());
  REQUIRE(s02.outliers.size() == 1);
  CHECK(s02.outliers[0].metric == "online_rate");
  CHECK(s02.violations.empty());
}

TEST_CASE("check prints the outliers with their history and the rule with its basis", "[quality][cli]") {
  HistoryProvince p;
  const auto r = test::RunCliCapture({"--db", p.db_path, "check", "--period", "2026-07"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "KIỂM TRA CHẤT LƯỢNG SỐ LIỆU — Tháng 7/2026 (Từ ngày 15/06/2026 đến ngày 14/07/2026)\n"
        "Đơn vị: T99 UBND tỉnh Thử\n"
        "Hạn nộp: 15/07/2026\n"
        "\n"
        "I. VI PHẠM QUY TẮC KIỂM TRA\n"
        "  S01 Sở Tư pháp (Sở, ban, ngành) — QT06 Tỷ lệ công chức hoàn thành xuất sắc nhiệm vụ [LỖI]\n"
        "    excellent.cong_chuc = 5 <= 0.2 * good.cong_chuc = 4 (không thỏa)\n"
        "    Số công chức được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không được vượt quá 20% số công chức được xếp loại \"Hoàn thành tốt nhiệm vụ\". Đơn vị hãy rà soát kết quả xếp loại; trường hợp ngoại lệ phải có quyết định của cấp có thẩm quyền.\n"
        "    Căn cứ: Nghị định 335/2025/NĐ-CP ngày 21/12/2025, hiệu lực từ 01/01/2026\n"
        "\n"
        "II. GIÁ TRỊ BẤT THƯỜNG SO VỚI LỊCH SỬ\n"
        "  S01 Sở Tư pháp (Sở, ban, ngành) — Số hồ sơ tiếp nhận mới (new_total)\n"
        "    giá trị kỳ này 1.000; trung vị 11; MAD 1; điểm z hiệu chỉnh 667,08\n"
        "    lịch sử: 2026-01: 10; 2026-02: 12; 2026-03: 11; 2026-04: 10; 2026-05: 13; 2026-06: 11\n"
        "  S01 Sở Tư pháp (Sở, ban, ngành) — Số hồ sơ đã giải quyết (resolved_total)\n"
        "    giá trị kỳ này 1.000; trung vị 11; MAD 1; điểm z hiệu chỉnh 667,08\n"
        "    lịch sử: 2026-01: 10; 2026-02: 12; 2026-03: 11; 2026-04: 10; 2026-05: 13; 2026-06: 11\n"
        "  S02 Sở Y tế (Sở, ban, ngành) — Tỷ lệ hồ sơ nộp trực tuyến (online_rate)\n"
        "    giá trị kỳ này 10,00%; trung vị 80,00%; MAD 0,00%; điểm z hiệu chỉnh -16,76\n"
        "    lịch sử: 2026-01: 80,00%; 2026-02: 80,00%; 2026-03: 70,00%; 2026-04: 80,00%; 2026-05: 90,00%; 2026-06: 80,00%\n"
        "\n"
        "III. TÍNH KỊP THỜI CỦA BÁO CÁO\n"
        "  Nộp muộn: S01 Sở Tư pháp (Sở, ban, ngành) (hoàn thành lúc 2026-08-01 08:00:00)\n"
        "  Nộp muộn: S02 Sở Y tế (Sở, ban, ngành) (hoàn thành lúc 2026-08-01 08:00:00)\n"
        "  Sở, ban, ngành              đã báo cáo 2/2 (100,00%) · đúng hạn 0/2 (0,00%)\n"
        "  Tổng cộng                   đã báo cáo 2/2 (100,00%) · đúng hạn 0/2 (0,00%)\n"
        "\n"
        "IV. CHÊNH LỆCH SO VỚI SỐ LIỆU ĐÃ PHÊ DUYỆT\n"
        "  Không có chênh lệch nào.\n"
        "\n"
        "Tổng hợp: 1 lỗi, 0 cảnh báo, 3 giá trị bất thường, 0 đơn vị không đủ lịch sử, 2 đơn vị nộp muộn, 0 đơn vị chưa báo cáo, 0 chênh lệch so với số liệu đã phê duyệt\n"
        "Có lỗi quy tắc kiểm tra: các đơn vị nêu trên hãy sửa và nộp lại tệp xuất dữ liệu.\n");
}

}  // namespace baocao
