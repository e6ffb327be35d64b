// Figures read from a database that holds values beyond submit's bounds (stored before the bounds
// existed): a Vietnamese DataError, never a wrapped total or SQLite's English "integer overflow".
#include <catch2/catch.hpp>

#include "core/errors.h"
#include "indicators/indicators.h"
#include "indicators/province_figures.h"
#include "ingest/ingest_fixture.h"
#include "sample_province_fixture.h"

namespace baocao {

TEST_CASE("evaluation counts whose sum does not fit are refused with a DataError", "[indicators]") {
  test::CatalogDb c;
  REQUIRE(c.Submit(SubmissionKind::kEvaluations, "evaluations_canonical.csv", "H01", "2023").ok());
  // Two rows of H01 for 2023: each fits in 64 bits, their sum does not.
  c.db().connection().ExecuteScript("UPDATE evaluations SET hoan_thanh_xuat_sac = 9200000000000000000");
  CHECK_THROWS_AS(ComputeFigures(c.db(), ParsePeriod("2023")), DataError);
  CHECK_THROWS_AS(ComputeReport(c.db(), "ky_luat", ParsePeriod("2023")), DataError);
  // One such row only: the unit's own figures fit, the roll-up to the province does not wrap.
  c.db().connection().ExecuteScript("DELETE FROM evaluations WHERE doi_tuong = 'vien_chuc'");
  c.db().connection().ExecuteScript("INSERT INTO evaluations SELECT 'X0101', nam, doi_tuong, hoan_thanh_xuat_sac, hoan_thanh_tot, "
                    "hoan_thanh, khong_hoan_thanh, submission_id, source_row FROM evaluations");
  CHECK_NOTHROW(ComputeFigures(c.db(), ParsePeriod("2023")));
  CHECK_THROWS_AS(ComputeReport(c.db(), "ky_luat", ParsePeriod("2023")), DataError);
}

TEST_CASE("a unit's own evaluations per category add up to its totals, and roll up", "[indicators]") {
  Database db(":memory:");
  test::LoadSampleProvince(db);
  const ProvinceFigures f = ComputeFigures(db, ParsePeriod("2023"));
  const UnitCounts& h01 = f.own_people[static_cast<size_t>(f.tree.Require("H01"))];
  // fixtures/sample/evaluations_T17_2023.csv: H01 cong_chuc 5 20 3 1, vien_chuc 10 30 2 0.
  REQUIRE(h01.evaluations_by_category.size() == 2);
  const auto& cc = h01.evaluations_by_category.at("cong_chuc");
  CHECK((std::vector<int64_t>{cc.excellent, cc.good, cc.completed, cc.not_completed}) == std::vector<int64_t>{5, 20, 3, 1});
  const auto& vc = h01.evaluations_by_category.at("vien_chuc");
  CHECK((std::vector<int64_t>{vc.excellent, vc.good, vc.completed, vc.not_completed}) == std::vector<int64_t>{10, 30, 2, 0});
  CHECK(h01.excellent == 15);
  CHECK(h01.good == 50);
  UnitCounts sum;
  sum.Add(h01);
  sum.Add(h01);
  CHECK(sum.evaluations_by_category.at("cong_chuc").good == 40);
  CHECK(sum.evaluations_by_category.at("vien_chuc").excellent == 20);
}

}  // namespace baocao
