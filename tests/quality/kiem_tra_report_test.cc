// The kiem_tra report from a hand-built quality check: the table's counts, the JSON's typed
// sections, the Excel sheets' cells read back and the PDF's text.
#include <catch2/catch.hpp>

#include <string>

#include "generators/json_writer.h"
#include "generators/pdf_writer.h"
#include "generators/report_template.h"
#include "generators/report_fixture.h"
#include "generators/xlsx_check_fixture.h"
#include "generators/xlsx_read_fixture.h"
#include "generators/xlsx_writer.h"
#include "quality/kiem_tra_report.h"
#include "test_support.h"

namespace baocao {
namespace {

UnitStatus Unit(const std::string& code, const std::string& name, const std::string& cap, int depth) {
  UnitStatus u;
  u.code = code;
  u.name = name;
  u.cap = cap;
  u.depth = depth;
  u.months_reported = 1;
  return u;
}

// Province T17 (aggregating) over H01 (on time; a rule error, an outlier, a difference), its commune
// X0101 (late; a warning, a rate outlier) and H02 (not reported; short history).
QualityReport Check() {
  QualityReport q;
  q.period = ParsePeriod("2026-01");
  q.root = "T17";
  q.root_name = "UBND tỉnh Hòa Bình";
  q.deadline = Date::FromYmd(2026, 1, 15);
  RuleViolation error;
  error.unit = "H01";
  error.unit_name = "UBND huyện Lạc Sơn";
  error.cap = "huyen";
  error.rule = "QT01";
  error.rule_name = "Cân đối hồ sơ";
  error.severity = Severity::kError;
  error.message = "Số hồ sơ tiếp nhận phải bằng tổng đã giải quyết, rút, trả lại và đang giải quyết: kiểm tra lại tệp xuất và nộp lại.";
  error.left = "received_total";
  error.op = "==";
  error.right = "resolved_total + withdrawn + returned + pending_total";
  error.left_value = 1234;
  error.right_value = 1230;
  error.left_text = "1.234";
  error.right_text = "1.230";
  RuleViolation warning = error;
  warning.unit = "X0101";
  warning.unit_name = "UBND xã Ân Nghĩa";
  warning.cap = "xa";
  warning.rule = "QT05";
  warning.rule_name = "Đánh giá không vượt số đã giải quyết";
  warning.severity = Severity::kWarning;
  warning.message = "Số lượt đánh giá nhiều hơn số hồ sơ đã giải quyết: kiểm tra lại dữ liệu đánh giá.";
  warning.left = "rated_total";
  warning.op = "<=";
  warning.right = "0.5 * resolved_total";
  warning.left_value = 45;
  warning.right_value = 20.5;
  warning.left_text = "45";
  warning.right_text = "20,5";
  q.violations = {error, warning};

  OutlierFinding jump;
  jump.unit = "H01";
  jump.unit_name = "UBND huyện Lạc Sơn";
  jump.cap = "huyen";
  jump.metric = "new_total";
  jump.metric_name = "Số hồ sơ mới tiếp nhận";
  jump.value = 30000;
  jump.history = {{"2025-10", 300}, {"2025-11", 310}, {"2025-12", 295}};
  jump.median = 303.5;
  jump.mad = 6.5;
  jump.score = 3081.5835;
  OutlierFinding collapse;
  collapse.unit = "X0101";
  collapse.unit_name = "UBND xã Ân Nghĩa";
  collapse.cap = "xa";
  collapse.metric = "online_rate";
  collapse.metric_name = "Tỷ lệ tiếp nhận trực tuyến";
  collapse.rate = true;
  collapse.value = 0.05;
  collapse.history = {{"2025-11", 0.8}, {"2025-12", 0.82}};
  collapse.median = 0.8;
  collapse.mad = 0.02;
  collapse.score = -25.29375;
  q.outliers = {jump, collapse};
  q.short_history = {{"H02", "UBND huyện Mai Châu", "huyen", 3}};

  q.timeliness.period = q.period;
  q.timeliness.deadline = q.deadline;
  q.timeliness.months = {"2026-01"};
  UnitStatus t17 = Unit("T17", "UBND tỉnh Hòa Bình", "tinh", 0);
  t17.expected = false;
  UnitStatus h01 = Unit("H01", "UBND huyện Lạc Sơn", "huyen", 1);
  h01.completed_at = "2026-01-14 09:00:00";
  UnitStatus x0101 = Unit("X0101", "UBND xã Ân Nghĩa", "xa", 2);
  x0101.completed_at = "2026-01-16 08:00:00";
  x0101.late = true;
  UnitStatus h02 = Unit("H02", "UBND huyện Mai Châu", "huyen", 1);
  h02.months_reported = 0;
  h02.missing_months = {"2026-01"};
  q.timeliness.units = {t17, h01, x0101, h02};
  q.timeliness.levels = {{"huyen", 1, 2, 1}, {"xa", 1, 1, 0}, {"", 2, 3, 1}};

  q.differences = {{"H01", "UBND huyện Lạc Sơn", "huyen", "received_total", "Tổng số hồ sơ tiếp nhận",
                    Value::Count(1234), Value::Count(1240)}};
  return q;
}

}  // namespace

TEST_CASE("kiem_tra: one line per unit with its findings' counts, then the total", "[quality]") {
  const Report r = KiemTraReport(Check(), "Hòa Bình");
  CHECK(r.form == "kiem_tra");
  CHECK(r.issued_on == Date::FromYmd(2026, 1, 15));
  REQUIRE(r.table.size() == 5);
  auto counts = [&](size_t i) {
    std::string out = r.table[i].row.ten_don_vi;
    for (const char* key : {"errors", "warnings", "outliers", "reported_on_time", "differences"}) {
      const Value v = Lookup(r.table[i].row, key);
      out += " " + (v.is_null() ? std::string("null") : std::to_string(v.count));
    }
    return out;
  };
  CHECK(counts(0) == "UBND tỉnh Hòa Bình 0 0 0 null 0");
  CHECK(counts(1) == "UBND huyện Lạc Sơn 1 0 1 1 1");
  CHECK(counts(2) == "UBND xã Ân Nghĩa 0 1 1 0 0");
  CHECK(counts(3) == "UBND huyện Mai Châu 0 0 0 0 0");
  CHECK(counts(4) == "Tổng cộng 1 1 2 1 1");
  CHECK(r.table[4].kind == TableRow::Kind::kTotal);
  CHECK(r.table[4].parts == std::vector<size_t>{0, 1, 2, 3});
  CHECK(r.units[2].ma_don_vi_cha == "H01");
  CHECK(r.units[3].ma_don_vi_cha == "T17");
  CHECK(r.units[1].has_children);
  REQUIRE(r.sections.size() == 6);
  CHECK(r.sections[0].lines[1].at("right_side").text == "0.5 * resolved_total = 20,5");
  CHECK(r.sections[1].lines[0].at("score").text == "3081,58");
  CHECK(r.sections[1].lines[1].at("history").text == "2025-11: 80,00%; 2025-12: 82,00%");
  CHECK(r.sections[4].lines.size() == 2);
}
}  // namespace baocao

namespace baocao {

TEST_CASE("kiem_tra json: counts per unit, the total, every section's lines with typed values", "[quality]") {
  CHECK(ToJson(KiemTraReport(Check(), "Hòa Bình")) == R"json({
  "form": "kiem_tra",
  "period": {"label": "2026-01", "title": "Tháng 1/2026", "kind": "month", "calendar": false, "from": "2025-12-15", "to": "2026-01-14"},
  "root": "T17",
  "place": "Hòa Bình",
  "issued_on": "2026-01-15",
  "units": [
    {"ma_don_vi": "T17", "ten_don_vi": "UBND tỉnh Hòa Bình", "cap": "tinh", "ma_don_vi_cha": null, "level": 0, "errors": 0, "warnings": 0, "outliers": 0, "reported_on_time": null, "differences": 0},
    {"ma_don_vi": "H01", "ten_don_vi": "UBND huyện Lạc Sơn", "cap": "huyen", "ma_don_vi_cha": "T17", "level": 1, "errors": 1, "warnings": 0, "outliers": 1, "reported_on_time": 1, "differences": 1},
    {"ma_don_vi": "X0101", "ten_don_vi": "UBND xã Ân Nghĩa", "cap": "xa", "ma_don_vi_cha": "H01", "level": 2, "errors": 0, "warnings": 1, "outliers": 1, "reported_on_time": 0, "differences": 0},
    {"ma_don_vi": "H02", "ten_don_vi": "UBND huyện Mai Châu", "cap": "huyen", "ma_don_vi_cha": "T17", "level": 1, "errors": 0, "warnings": 0, "outliers": 0, "reported_on_time": 0, "differences": 0}
  ],
  "total": {"errors": 1, "warnings": 1, "outliers": 2, "reported_on_time": 1, "differences": 1},
  "sections": [
    {"kind": "violations", "lines": [
      {"left": "received_total", "left_side": "received_total = 1.234", "left_value": 1234, "ma_don_vi": "H01", "message": "Số hồ sơ tiếp nhận phải bằng tổng đã giải quyết, rút, trả lại và đang giải quyết: kiểm tra lại tệp xuất và nộp lại.", "op": "==", "right": "resolved_total + withdrawn + returned + pending_total", "right_side": "resolved_total + withdrawn + returned + pending_total = 1.230", "right_value": 1230, "rule": "QT01", "rule_name": "Cân đối hồ sơ", "rule_text": "QT01 Cân đối hồ sơ", "severity": "error", "severity_text": "LỖI", "stt": 1, "ten_don_vi": "UBND huyện Lạc Sơn", "unit": "UBND huyện Lạc Sơn (H01)"},
      {"left": "rated_total", "left_side": "rated_total = 45", "left_value": 45, "ma_don_vi": "X0101", "message": "Số lượt đánh giá nhiều hơn số hồ sơ đã giải quyết: kiểm tra lại dữ liệu đánh giá.", "op": "<=", "right": "0.5 * resolved_total", "right_side": "0.5 * resolved_total = 20,5", "right_value": 20.50, "rule": "QT05", "rule_name": "Đánh giá không vượt số đã giải quyết", "rule_text": "QT05 Đánh giá không vượt số đã giải quyết", "severity": "warning", "severity_text": "cảnh báo", "stt": 2, "ten_don_vi": "UBND xã Ân Nghĩa", "unit": "UBND xã Ân Nghĩa (X0101)"}
    ]},
    {"kind": "outliers", "lines": [
      {"history": [300, 310, 295], "ma_don_vi": "H01", "mad": 6.50, "median": 303.50, "metric": "new_total", "metric_name": "Số hồ sơ mới tiếp nhận", "score": 3081.58, "stt": 1, "ten_don_vi": "UBND huyện Lạc Sơn", "unit": "UBND huyện Lạc Sơn (H01)", "value": 30000},
      {"history": [0.8, 0.82], "ma_don_vi": "X0101", "mad": 0.02, "median": 0.8, "metric": "online_rate", "metric_name": "Tỷ lệ tiếp nhận trực tuyến", "score": -25.29, "stt": 2, "ten_don_vi": "UBND xã Ân Nghĩa", "unit": "UBND xã Ân Nghĩa (X0101)", "value": 0.05}
    ]},
    {"kind": "short_history", "lines": [
      {"ma_don_vi": "H02", "periods": 3, "periods_text": "3/6 kỳ", "stt": 1, "ten_don_vi": "UBND huyện Mai Châu", "unit": "UBND huyện Mai Châu (H02)"}
    ]},
    {"kind": "reporting_rates", "lines": [
      {"expected": 2, "level": "huyen", "level_name": "Huyện/thành phố", "on_time": 1, "on_time_rate": 0.5, "on_time_text": "1/2 (50,00%)", "reported": 1, "reported_rate": 0.5, "reported_text": "1/2 (50,00%)"},
      {"expected": 1, "level": "xa", "level_name": "Xã/phường/thị trấn/đặc khu", "on_time": 0, "on_time_rate": 0, "on_time_text": "0/1 (0,00%)", "reported": 1, "reported_rate": 1, "reported_text": "1/1 (100,00%)"},
      {"expected": 3, "level": "", "level_name": "Tổng cộng", "on_time": 1, "on_time_rate": 0.3333333333333333, "on_time_text": "1/3 (33,33%)", "reported": 2, "reported_rate": 0.6666666666666666, "reported_text": "2/3 (66,67%)"}
    ]},
    {"kind": "timeliness", "lines": [
      {"completed_at": "2026-01-16 08:00:00", "ma_don_vi": "X0101", "months_text": "1/1", "state": "late", "state_text": "nộp muộn (hạn 15/01/2026)", "stt": 1, "ten_don_vi": "UBND xã Ân Nghĩa", "unit": "UBND xã Ân Nghĩa (X0101)"},
      {"completed_at": "", "ma_don_vi": "H02", "months_text": "0/1; thiếu 2026-01", "state": "missing", "state_text": "CHƯA BÁO CÁO", "stt": 2, "ten_don_vi": "UBND huyện Mai Châu", "unit": "UBND huyện Mai Châu (H02)"}
    ]},
    {"kind": "differences", "lines": [
      {"approved": 1234, "change": 6, "current": 1240, "key": "received_total", "key_name": "Tổng số hồ sơ tiếp nhận", "ma_don_vi": "H01", "stt": 1, "ten_don_vi": "UBND huyện Lạc Sơn", "unit": "UBND huyện Lạc Sơn (H01)"}
    ]}
  ],
  "warnings": []
}
)json");
}

TEST_CASE("kiem_tra json: a section without findings is there with no line", "[quality]") {
  QualityReport q = Check();
  q.violations.clear();
  q.differences.clear();
  const std::string json = ToJson(KiemTraReport(q, "Hòa Bình"));
  CHECK(json.find("{\"kind\": \"violations\", \"lines\": []},") != std::string::npos);
  CHECK(json.find("{\"kind\": \"differences\", \"lines\": []}\n  ],") != std::string::npos);
  CHECK(json.find("\"total\": {\"errors\": 0, \"warnings\": 0, \"outliers\": 2, \"reported_on_time\": 1, "
                  "\"differences\": 0},") != std::string::npos);
}

TEST_CASE("kiem_tra xlsx: the counts sheet, then one sheet per section with its cells", "[quality]") {
  test::TempDir dir;
  const std::string path = dir.File("kiem_tra.xlsx");
  WriteXlsx(KiemTraReport(Check(), "Hòa Bình"), DefaultTemplatesDir(), path);
  const test::XlsxFile file(path);
  CHECK(file.Part("xl/workbook.xml")
            .find("<sheets><sheet name=\"Kiểm tra\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"I. Vi phạm quy tắc\" "
                  "sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"II. Bất thường\" sheetId=\"3\" r:id=\"rId3\"/>"
                  "<sheet name=\"II. Thiếu lịch sử\" sheetId=\"4\" r:id=\"rId4\"/><sheet name=\"III. Kịp thời\" "
                  "sheetId=\"5\" r:id=\"rId5\"/><sheet name=\"III. Nộp muộn, chưa nộp\" sheetId=\"6\" "
                  "r:id=\"rId6\"/><sheet name=\"IV. Chênh lệch\" sheetId=\"7\" r:id=\"rId7\"/></sheets>") !=
        std::string::npos);
  // The counts: one line per unit, then the total (a sum of the units' lines).
  const std::string h01 = std::to_string(test::RowOf(file, 1, "UBND huyện Lạc Sơn"));
  CHECK(file.Number(1, "C" + h01) == 1);
  CHECK(file.Number(1, "D" + h01) == 0);
  CHECK(file.Number(1, "E" + h01) == 1);
  CHECK(file.Number(1, "F" + h01) == 1);
  CHECK(file.Number(1, "G" + h01) == 1);
  const std::string t17 = std::to_string(test::RowOf(file, 1, "UBND tỉnh Hòa Bình"));
  CHECK(file.Value(1, "F" + t17) == "—");
  const std::string total = std::to_string(test::RowOf(file, 1, "Tổng cộng"));
  CHECK(file.Number(1, "E" + total) == 2);
  CHECK(file.Number(1, "F" + total) == 1);
  const int first = std::stoi(t17);
  CHECK(std::stoi(total) == first + 4);
  CHECK(file.Cells(1).at("E" + total).formula == "SUM(E" + t17 + ",E" + std::to_string(first + 1) + ",E" +
                                                      std::to_string(first + 2) + ",E" + std::to_string(first + 3) + ")");
  // I: title, period, unit, header, the lines in the template's columns.
  CHECK(file.Value(2, "A1") == "I. VI PHẠM QUY TẮC KIỂM TRA");
  CHECK(file.Value(2, "A2") == "Kỳ báo cáo: Tháng 1/2026 (Từ ngày 15/12/2025 đến ngày 14/01/2026)");
  CHECK(file.Value(2, "A3") == "Đơn vị báo cáo: UBND tỉnh Hòa Bình");
  CHECK(file.Value(2, "A5") == "STT");
  CHECK(file.Value(2, "H5") == "Nội dung và cách khắc phục");
  CHECK(file.Value(2, "A6") == "1");
  CHECK(file.Value(2, "B6") == "UBND huyện Lạc Sơn (H01)");
  CHECK(file.Value(2, "C6") == "QT01 Cân đối hồ sơ");
  CHECK(file.Value(2, "D6") == "LỖI");
  CHECK(file.Value(2, "E6") == "received_total = 1.234");
  CHECK(file.Value(2, "F6") == "==");
  CHECK(file.Value(2, "G6") == "resolved_total + withdrawn + returned + pending_total = 1.230");
  CHECK(file.Value(2, "D7") == "cảnh báo");
  CHECK(file.Value(2, "G7") == "0.5 * resolved_total = 20,5");
  // II: the jump and the collapse with their history.
  CHECK(file.Value(3, "C6") == "Số hồ sơ mới tiếp nhận");
  CHECK(file.Value(3, "D6") == "30.000");
  CHECK(file.Value(3, "E6") == "303,5");
  CHECK(file.Value(3, "F6") == "6,5");
  CHECK(file.Value(3, "G6") == "3081,58");
  CHECK(file.Value(3, "H6") == "2025-10: 300; 2025-11: 310; 2025-12: 295");
  CHECK(file.Value(3, "D7") == "5,00%");
  CHECK(file.Value(3, "G7") == "-25,29");
  CHECK(file.Value(4, "C6") == "3/6 kỳ");
  CHECK(file.Value(5, "A8") == "Tổng cộng");
  CHECK(file.Value(5, "C8") == "2/3 (66,67%)");
  CHECK(file.Value(5, "D8") == "1/3 (33,33%)");
  CHECK(file.Value(6, "C6") == "nộp muộn (hạn 15/01/2026)");
  CHECK(file.Value(6, "E6") == "2026-01-16 08:00:00");
  CHECK(file.Value(6, "C7") == "CHƯA BÁO CÁO");
  CHECK(file.Value(6, "D7") == "0/1; thiếu 2026-01");
  CHECK(file.Value(7, "C6") == "Tổng số hồ sơ tiếp nhận");
  CHECK(file.Value(7, "D6") == "1.234");
  CHECK(file.Value(7, "E6") == "1.240");
  CHECK(file.Value(7, "F6") == "+6");
}

TEST_CASE("kiem_tra xlsx: an empty section says there is none", "[quality]") {
  QualityReport q = Check();
  q.differences.clear();
  test::TempDir dir;
  const std::string path = dir.File("kiem_tra.xlsx");
  WriteXlsx(KiemTraReport(q, "Hòa Bình"), DefaultTemplatesDir(), path);
  const test::XlsxFile file(path);
  CHECK(file.Value(7, "A6") == "Không có chênh lệch nào so với số liệu đã phê duyệt.");
  CHECK(file.Value(7, "A7") == "");
}

TEST_CASE("kiem_tra pdf: the header block, the counts, every section titled, the signatures", "[quality]") {
  QualityReport q = Check();
  q.differences.clear();
  test::TempDir dir;
  const std::string path = dir.File("kiem_tra.pdf");
  WritePdf(KiemTraReport(q, "Hòa Bình"), DefaultTemplatesDir(), path);
  const std::string text = test::CollapseSpaces(test::CommandOutput("pdftotext -layout '" + path + "' - 2>/dev/null"));
  for (const char* expected :
       {"Đơn vị báo cáo: UBND tỉnh Hòa Bình", "KẾT QUẢ KIỂM TRA CHẤT LƯỢNG SỐ LIỆU BÁO CÁO",
        "Kỳ báo cáo: Tháng 1/2026 (Từ ngày 15/12/2025 đến ngày 14/01/2026)", "2 UBND huyện Lạc Sơn 1 0 1 1 0",
        "Tổng cộng 1 1 2 1 0", "I. VI PHẠM QUY TẮC KIỂM TRA", "received_total = 1.234",
        "II. GIÁ TRỊ BẤT THƯỜNG SO VỚI LỊCH SỬ", "30.000 303,5 6,5 3081,58 2025-10: 300; 2025-11: 310; 2025-12: 295",
        "Đơn vị chưa đủ lịch sử để đánh giá giá trị bất thường", "III. TÍNH KỊP THỜI CỦA BÁO CÁO",
        "Tổng cộng 3 2/3 (66,67%) 1/3 (33,33%)", "Đơn vị nộp muộn hoặc chưa báo cáo", "nộp muộn (hạn 15/01/2026)",
        "IV. CHÊNH LỆCH SO VỚI SỐ LIỆU ĐÃ PHÊ DUYỆT", "Không có chênh lệch nào so với số liệu đã phê duyệt.",
        "THỦ TRƯỞNG ĐƠN VỊ", "Hòa Bình, ngày 15 tháng 01 năm 2026"})
    CHECK_THAT(text, Catch::Contains(expected));
}

}  // namespace baocao
