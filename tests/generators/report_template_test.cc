#include "generators/report_template.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "core/errors.h"
#include "core/period.h"
#include "generators/sample_report_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

const std::string kDir = std::string(BAOCAO_SOURCE_DIR) + "/templates";

TEST_CASE("Every shipped template loads, with unique sheet names of at most 31 characters") {
  std::set<std::string> names;
  for (const std::string form : {"tthc", "dvc", "ky_luat", "tong_hop"}) {
    const ReportTemplate t = LoadTemplate(kDir, form);
    CHECK(t.form == form);
    CHECK_FALSE(t.title.empty());
    CHECK_FALSE(t.columns.empty());
    CHECK(t.columns[0].kind == TemplateColumn::Kind::kIndex);
    CHECK(t.columns[1].kind == TemplateColumn::Kind::kName);
    CHECK(names.insert(t.sheet_name).second);
    for (const auto& c : t.columns) {
      if (c.kind == TemplateColumn::Kind::kRank) CHECK_FALSE(c.of.empty());
    }
  }
}

TEST_CASE("dvc carries the catalog figures and rank columns with their N key") {
  const ReportTemplate t = LoadTemplate(kDir, "dvc");
  REQUIRE(t.figures.size() == 8);
  CHECK(t.figures[0].key == "procedures_total");
  CHECK(t.figures[0].source == "catalog");
  CHECK(t.figures[7].key == "fee_online_payable_rate");
  CHECK(t.HeaderDepth() == 3);
  const auto& rank = t.columns.back();
  CHECK(rank.kind == TemplateColumn::Kind::kRank);
  CHECK(rank.keys == std::vector<std::string>{"rank_satisfaction"});
  CHECK(rank.of == "rank_satisfaction_of");
}

TEST_CASE("tong_hop lists its sheets and a chart of the on-time rate by the largest level") {
  const ReportTemplate t = LoadTemplate(kDir, "tong_hop");
  CHECK(t.sheets == std::vector<std::string>{"tthc", "dvc", "ky_luat"});
  REQUIRE(t.charts.size() == 1);
  CHECK(t.charts[0].key == "on_time_rate");
  CHECK(t.charts[0].cap == "auto");
  CHECK(t.charts[0].title == "Tỷ lệ giải quyết hồ sơ đúng hạn theo {level}");
  CHECK(t.charts[0].levels.at("xa") == "xã, phường, đặc khu");
  CHECK(t.charts[0].all_up_to == 30);
  CHECK(t.charts[0].best_worst == 10);
  CHECK(t.figures.front().source == "root");
}

TEST_CASE("ky_luat prints the seven discipline forms") {
  const ReportTemplate t = LoadTemplate(kDir, "ky_luat");
  int forms = 0;
  for (const auto& c : t.columns) {
    if (c.keys.size() == 1 && c.keys[0].rfind("discipline_by_form.", 0) == 0) ++forms;
  }
  CHECK(forms == 7);
}

TEST_CASE("RankText prints rank/N, the rank alone without N, nothing when unranked") {
  TemplateColumn c;
  c.kind = TemplateColumn::Kind::kRank;
  c.keys = {"rank_on_time"};
  c.of = "rank_of";
  UnitRow row;
  row.submitted = true;
  row.values["rank_on_time"] = Value::Count(2);
  row.values["rank_of"] = Value::Count(10);
  CHECK(RankText(c, row) == "2/10");
  row.values.erase("rank_of");
  CHECK(RankText(c, row) == "2");
  row.values["rank_on_time"] = Value::Null();
  CHECK(RankText(c, row) == "");
}

TEST_CASE("A template with a column of unknown kind is refused with file and line") {
  test::TempDir dir;
  test::WriteFile(
      dir.File("bad.toml"),
      "title = \"X\"\n[[columns]]\nkind = \"percent\"\nheader = [\"A\"]\nkey = \"a\"\n");
  try {
    LoadTemplate(dir.path().string(), "bad");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.file() == dir.File("bad.toml"));
    CHECK(e.row() == 2);
    CHECK(e.why() == "loại cột \"percent\" không hợp lệ (index, name, count, rate, rank, score)");
  }
}

const char* const kCircular01 =
    "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ";
const char* const kCircular05 =
    "Ban hành kèm theo Thông tư số 05/2025/TT-VPCP ngày 31/12/2025 của Văn phòng Chính phủ";

TEST_CASE("tthc's basis names the circular in force at the period's end") {
  const ReportTemplate t = LoadTemplate(kDir, "tthc");
  CHECK(BasisFor(t, Date::FromYmd(2023, 5, 14)) == kCircular01);
  CHECK(BasisFor(t, Date::FromYmd(2026, 2, 14)) == kCircular01);
  CHECK(BasisFor(t, Date::FromYmd(2026, 2, 15)) == kCircular05);
  CHECK(BasisFor(t, ParsePeriod("2026-02").to) == kCircular01);         // 15/01–14/02/2026
  CHECK(BasisFor(t, ParsePeriod("2026-03").to) == kCircular05);         // 15/02–14/03/2026
  CHECK(BasisFor(t, ParsePeriod("2026-02", true).to) == kCircular05);   // calendar: to 28/02
  CHECK(BasisFor(t, ParsePeriod("2026-10").to) == kCircular05);
  CHECK(BasisFor(t, ParsePeriod("2026-Q1").to) == kCircular05);         // ends 14/03/2026
  CHECK(BasisFor(t, ParsePeriod("2025").to) == kCircular01);            // ends 14/12/2025
}

TEST_CASE("A plain basis string holds on every day, the other shipped templates keep theirs") {
  for (const std::string form : {"dvc", "ky_luat", "tong_hop"}) {
    INFO(form);
    const ReportTemplate t = LoadTemplate(kDir, form);
    CHECK(BasisFor(t, Date::FromYmd(2000, 1, 1)) ==
          "Biểu tổng hợp của tỉnh phục vụ báo cáo cải cách hành chính");
    CHECK(BasisFor(t, Date::FromYmd(2026, 10, 14)) ==
          "Biểu tổng hợp của tỉnh phục vụ báo cáo cải cách hành chính");
  }
  test::TempDir dir;
  test::WriteFile(dir.File("a.toml"), "title = \"X\"\nsheets = [\"tthc\"]\n");
  CHECK(BasisFor(LoadTemplate(dir.path().string(), "a"), Date::FromYmd(2026, 1, 1)).empty());
  test::WriteFile(dir.File("b.toml"),
                  "title = \"X\"\nsheets = [\"tthc\"]\n[[basis]]\ntext = \"Cũ\"\nuntil = "
                  "\"2020-12-31\"\n[[basis]]\ntext = \"Mới\"\nfrom = 2021-02-01\n");
  const ReportTemplate b = LoadTemplate(dir.path().string(), "b");
  CHECK(BasisFor(b, Date::FromYmd(2020, 12, 31)) == "Cũ");
  CHECK(BasisFor(b, Date::FromYmd(2021, 1, 15)).empty());  // a gap: no basis line
  CHECK(BasisFor(b, Date::FromYmd(2021, 2, 1)) == "Mới");
}

TEST_CASE("Overlapping or malformed dated basis lines are refused with file and line") {
  test::TempDir dir;
  const auto why = [&](const std::string& basis) {
    test::WriteFile(dir.File("bad.toml"), "title = \"X\"\nsheets = [\"tthc\"]\n" + basis);
    try {
      LoadTemplate(dir.path().string(), "bad");
    } catch (const InputError& e) {
      return std::to_string(e.row()) + ": " + e.why();
    }
    return std::string("no error");
  };
  CHECK(why("[[basis]]\ntext = \"A\"\nuntil = 2026-02-14\n[[basis]]\ntext = \"B\"\nfrom = "
            "2026-02-14\n") ==
        "6: căn cứ (basis): khoảng ngày chồng lên căn cứ \"A\"");
  CHECK(why("[[basis]]\ntext = \"A\"\nfrom = \"30/02/2026\"\n") ==
        "3: ngày \"from\" của căn cứ (basis) không hợp lệ (dạng đúng: 2026-02-15)");
  CHECK(why("[[basis]]\ntext = \"A\"\nfrom = 2026-03-01\nuntil = 2026-02-01\n") ==
        "3: căn cứ (basis): ngày until trước ngày from");
  CHECK(why("[[basis]]\nfrom = 2026-03-01\n") ==
        "3: mỗi bảng [[basis]] cần có text, from, until (ngày)");
}

TEST_CASE("The receiving unit follows the reporting unit's level") {
  const ReportTemplate tthc = LoadTemplate(kDir, "tthc");
  CHECK(ReceivingUnitFor(tthc, "tinh") == "Văn phòng Chính phủ");
  CHECK(ReceivingUnitFor(tthc, "so_nganh") == "Văn phòng UBND tỉnh");
  CHECK(ReceivingUnitFor(tthc, "huyen") == "Văn phòng UBND tỉnh");
  CHECK(ReceivingUnitFor(tthc, "xa") == "Văn phòng UBND tỉnh");
  const ReportTemplate dvc = LoadTemplate(kDir, "dvc");
  CHECK(ReceivingUnitFor(dvc, "tinh") == "Văn phòng Chính phủ");
  CHECK(ReceivingUnitFor(dvc, "xa") == "Văn phòng UBND tỉnh");
  const ReportTemplate ky_luat = LoadTemplate(kDir, "ky_luat");
  CHECK(ReceivingUnitFor(ky_luat, "tinh") == "Bộ Nội vụ");
  CHECK(ReceivingUnitFor(ky_luat, "huyen") == "Sở Nội vụ");
  const ReportTemplate tong_hop = LoadTemplate(kDir, "tong_hop");
  CHECK(ReceivingUnitFor(tong_hop, "tinh") == "Văn phòng Chính phủ; Bộ Nội vụ");
  CHECK(ReceivingUnitFor(tong_hop, "xa") == "Văn phòng UBND tỉnh; Sở Nội vụ");
  CHECK(ReceivingUnitFor(tong_hop, "so_nganh") == "Văn phòng UBND tỉnh; Sở Nội vụ");

  test::TempDir dir;
  test::WriteFile(dir.File("plain.toml"),
                  "title = \"X\"\nsheets = [\"tthc\"]\nreceiving_unit = \"Văn phòng Chính phủ\"\n");
  const ReportTemplate plain = LoadTemplate(dir.path().string(), "plain");
  for (const std::string cap : {"tinh", "so_nganh", "huyen", "xa"})
    CHECK(ReceivingUnitFor(plain, cap) == "Văn phòng Chính phủ");
  test::WriteFile(dir.File("some.toml"),
                  "title = \"X\"\nsheets = [\"tthc\"]\n[receiving_unit]\ntinh = \"Bộ Nội vụ\"\n");
  CHECK(ReceivingUnitFor(LoadTemplate(dir.path().string(), "some"), "xa").empty());
  test::WriteFile(dir.File("bad.toml"),
                  "title = \"X\"\nsheets = [\"tthc\"]\n[receiving_unit]\ntinh = \"A\"\nphuong = \"B\"\n");
  try {
    LoadTemplate(dir.path().string(), "bad");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.row() == 5);
    CHECK(e.why() == "[receiving_unit]: cấp \"phuong\" không hợp lệ (tinh, so_nganh, huyen, xa)");
  }
}

// The dossiers received (carried over + new) and the new ones are different numbers: the words of
// one never name the other, in any template, figure or column.
TEST_CASE("\"Tổng số hồ sơ tiếp nhận\" prints received_total, new_total is \"tiếp nhận mới trong kỳ\"") {
  std::map<std::string, std::set<std::string>> keys_by_label;
  for (const std::string form : {"tthc", "dvc", "ky_luat", "tong_hop"}) {
    const ReportTemplate t = LoadTemplate(kDir, form);
    for (const auto& f : t.figures) keys_by_label[f.label].insert(f.key);
    for (const auto& c : t.columns) {
      if (c.kind != TemplateColumn::Kind::kCount) continue;
      std::string label;
      for (const auto& h : c.header) label += (label.empty() ? "" : " / ") + h;
      std::string keys;
      for (const auto& k : c.keys) keys += (keys.empty() ? "" : "+") + k;
      keys_by_label[label].insert(keys);
      INFO(form << ": " << label << " = " << keys);
      if (keys == "new_total") CHECK(label.find("Số hồ sơ tiếp nhận mới trong kỳ") == 0);
      if (keys == "received_total")
        CHECK((label == "Số hồ sơ nhận giải quyết / Tổng số" ||
               label.find("Tổng số hồ sơ tiếp nhận") != std::string::npos));
      if (label.find("tiếp nhận") != std::string::npos && keys != "received_total")
        CHECK(label.find("tiếp nhận mới trong kỳ") != std::string::npos);
    }
  }
  CHECK(keys_by_label["Tổng số hồ sơ tiếp nhận"] == std::set<std::string>{"received_total"});
  CHECK(keys_by_label["Giải quyết TTHC / Tổng số hồ sơ tiếp nhận"] ==
        std::set<std::string>{"received_total"});
  CHECK(keys_by_label["Số hồ sơ nhận giải quyết / Tổng số"] ==
        std::set<std::string>{"received_total"});
  CHECK(keys_by_label["Số hồ sơ tiếp nhận mới trong kỳ / Tổng số"] ==
        std::set<std::string>{"new_total"});
  for (const auto& [label, keys] : keys_by_label) {
    INFO(label);
    CHECK(keys.size() == 1);  // the same words, one number
  }
}


TEST_CASE("Headline people figures are reported by the people rule, a null count is not a number") {
  Report report = test::SampleReport("tong_hop");
  const TemplateFigure discipline{"Số người bị kỷ luật", "discipline_total", "root"};
  const TemplateFigure received{"Tổng số hồ sơ tiếp nhận", "received_total", "root"};
  const TemplateFigure previous{"Cùng kỳ năm trước", "discipline_previous_period", "root"};
  const TemplateFigure catalog{"Tổng số thủ tục hành chính", "procedures_total", "catalog"};
  CHECK(FigureReported(discipline, report));
  CHECK(FigureReported(previous, report));
  report.units[0].values["discipline_previous_period"] = Value::Null();  // last year not reported
  CHECK_FALSE(FigureReported(previous, report));
  report.units[0].people_submitted = false;  // no people file for the year
  CHECK_FALSE(FigureReported(discipline, report));
  CHECK(FigureReported(received, report));
  CHECK(FigureReported(catalog, report));
  report.units[0].submitted = false;
  CHECK_FALSE(FigureReported(received, report));
}


TEST_CASE("A template that is not TOML is refused in Vietnamese, with its line and column") {
  test::TempDir dir;
  test::WriteFile(dir.File("hong.toml"), "form = \"hong\"\ntitle = \"X\"\nwidth = = 3\n");
  try {
    LoadTemplate(dir.path().string(), "hong");
    FAIL("no error");
  } catch (const InputError& e) {
    const std::string what = e.what();
    CHECK(what.find(dir.File("hong.toml") + ":3:") == 0);
    CHECK(what.find("mẫu báo cáo không đọc được: sai cú pháp TOML") != std::string::npos);
    CHECK(what.find("Error") == std::string::npos);
  }
}
}  // namespace
}  // namespace baocao
