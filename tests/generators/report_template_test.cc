#include "generators/report_template.h"

#include <catch2/catch.hpp>
#include <set>

#include "core/errors.h"
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
    CHECK(e.why() == "loại cột \"percent\" không hợp lệ (index, name, count, rate, rank)");
  }
}

}  // namespace
}  // namespace baocao
