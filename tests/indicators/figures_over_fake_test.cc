// The period's figures computed over the in-memory FakeFiguresReader: the indicator layer tested
// without a database (store/figures_reader.h). A province T with a department S1 and a district H1
// holding a commune X1; March 2026 as a calendar month.
#include <catch2/catch.hpp>

#include "core/date.h"
#include "indicators/fake_figures_reader.h"
#include "indicators/indicators.h"
#include "indicators/province_figures.h"

namespace baocao {
namespace {

int Day(int month, int day, int year = 2026) { return Date::FromYmd(year, month, day).days; }

test::FakeFiguresReader SmallProvince() {
  test::FakeFiguresReader r;
  r.units = {{"T", "UBND tỉnh Thử", "", "tinh", ""},
             {"S1", "Sở Một", "", "so_nganh", "T"},
             {"H1", "Huyện Một", "", "huyen", "T"},
             {"X1", "Xã Một", "", "xa", "H1"}};
  r.procedures = {{"P1", "Tư pháp", "toan_trinh", true, true}, {"P2", "Đất đai", "mot_phan", false, false}};
  r.dossiers = {
      // carried over from February, resolved on its due day, rated "hài lòng"
      {"S1", "P1", Day(2, 20), Day(3, 5), Day(3, 5), "truc_tuyen", "da_tra_ket_qua", 0, "", "hai_long"},
      // new in person, resolved early, fee paid online, rated "rất hài lòng"
      {"S1", "P2", Day(3, 2), Day(3, 10), Day(3, 8), "truc_tiep", "da_tra_ket_qua", 50000, "truc_tuyen", "rat_hai_long"},
      // new online, still pending past its due day; its procedure is not in the catalog
      {"X1", "P9", Day(3, 3), Day(3, 20), std::nullopt, "truc_tuyen", "dang_xu_ly", 0, "", ""},
      // new by post, pending within its time
      {"X1", "P1", Day(3, 25), Day(4, 10), std::nullopt, "buu_chinh", "dang_xu_ly", 0, "", ""},
      // finished before the month and received after it: not read for March
      {"X1", "P1", Day(1, 5), Day(1, 20), Day(2, 10), "truc_tiep", "da_tra_ket_qua", 0, "", ""},
      {"X1", "P1", Day(4, 2), Day(4, 20), std::nullopt, "truc_tiep", "dang_xu_ly", 0, "", ""},
      // new in person, withdrawn
      {"H1", "P2", Day(3, 10), Day(3, 12), Day(3, 15), "truc_tiep", "rut_ho_so", 0, "", ""},
  };
  // A calendar month overlaps two cut-off export months (the 15th to the 14th): March and April.
  r.dossier_months = {{"S1", "2026-03"}, {"S1", "2026-04"}, {"X1", "2026-03"}, {"X1", "2026-04"}, {"H1", "2026-03"}};
  r.with_own_dossiers = {"S1", "H1", "X1"};
  r.discipline = {{"S1", "khien_trach", Day(3, 10)}, {"S1", "canh_cao", Day(3, 11, 2025)}, {"X1", "canh_cao", Day(4, 1)}};
  r.evaluations = {{"S1", "cong_chuc", 2026, 1, 5, 3, 0}, {"S1", "cong_chuc", 2025, 2, 4, 3, 1},
                   {"S1", "vien_chuc", 2024, 9, 9, 9, 9}};
  r.people_years = {{"S1", "2026"}};
  r.with_own_people = {"S1"};
  return r;
}

}  // namespace

TEST_CASE("figures over the fake: each unit's own counts, per field, people and catalog", "[indicators][fake]") {
  test::FakeFiguresReader reader = SmallProvince();
  const ProvinceFigures f = ComputeLiveFigures(reader, ParsePeriod("2026-03", true));
  CHECK(reader.dossier_reads == 1);

  REQUIRE(f.tree.size() == 4);
  CHECK(f.tree.node(0).code == "T");
  CHECK(f.tree.node(1).code == "S1");
  CHECK(f.tree.node(2).code == "H1");
  CHECK(f.tree.node(3).code == "X1");

  const UnitCounts& s1 = f.own_dossiers[1];
  CHECK(s1.carried_over == 1);
  CHECK(s1.new_in_person == 1);
  CHECK(s1.new_online == 0);
  CHECK(s1.resolved_on_time == 1);
  CHECK(s1.resolved_early == 1);
  CHECK(s1.paid_total == 1);
  CHECK(s1.paid_online == 1);
  CHECK(s1.paid_amount_online == 50000);
  CHECK(s1.very_satisfied == 1);
  CHECK(s1.satisfied == 1);
  const UnitCounts& h1 = f.own_dossiers[2];
  CHECK(h1.new_in_person == 1);
  CHECK(h1.withdrawn == 1);
  const UnitCounts& x1 = f.own_dossiers[3];
  CHECK(x1.carried_over == 0);
  CHECK(x1.new_online == 1);
  CHECK(x1.new_postal == 1);
  CHECK(x1.new_in_person == 0);  // the April dossier is not read
  CHECK(x1.pending_overdue == 1);
  CHECK(x1.pending_within == 1);
  CHECK(f.own_dossiers[0].received_total() == 0);

  REQUIRE(f.fields == std::vector<std::string>{"Tư pháp", "Đất đai", kUnknownField});
  CHECK(f.own_by_field[3][0].new_postal == 1);
  CHECK(f.own_by_field[3][2].new_online == 1);
  CHECK(f.own_by_field[1][1].new_in_person == 1);

  CHECK(f.own_people[1].discipline_total == 1);
  CHECK(f.own_people[1].discipline_by_form == std::map<std::string, int64_t>{{"khien_trach", 1}});
  CHECK(f.own_people[1].discipline_previous_period == 1);
  CHECK(f.own_people[3].discipline_total == 0);
  CHECK(f.own_people[1].excellent == 1);
  CHECK(f.own_people[1].good == 5);
  CHECK(f.own_people[1].excellent_previous_period == 2);
  CHECK(f.own_people[1].evaluated_previous_period == 10);

  CHECK(f.catalog.at("procedures_total") == Value::Count(2));
  CHECK(f.catalog.at("procedures_full_online") == Value::Count(1));
  CHECK(f.catalog.at("online_capable_rate") == Value::Rate(2, 2));
  CHECK(f.catalog.at("fee_online_payable_rate") == Value::Rate(1, 1));
}

TEST_CASE("figures over the fake: who reported, and the province's rolled-up form 06", "[indicators][fake]") {
  test::FakeFiguresReader reader = SmallProvince();
  const ProvinceFigures f = ComputeLiveFigures(reader, ParsePeriod("2026-03", true));
  CHECK(f.reporting.missing_months[2] == std::vector<std::string>{"2026-04"});
  CHECK(f.reporting.dossiers_missing(2));
  CHECK_FALSE(f.reporting.dossiers_missing(0));  // the province has no dossiers of its own
  const Coverage& root = f.reporting.dossiers_coverage[0];
  CHECK(root.expected == 3);
  CHECK(root.reported == 2);
  CHECK(root.missing == std::vector<std::string>{"H1 Huyện Một"});
  const Coverage& people = f.reporting.people_coverage[0];
  CHECK(people.expected == 2);  // S1 (records of its own) and the commune X1
  CHECK(people.reported == 1);
  CHECK(people.missing == std::vector<std::string>{"X1 Xã Một"});

  const Report r = BuildReport(f, "tthc");
  const UnitRow& province = r.root_row();
  CHECK(province.values.at("carried_over") == Value::Count(1));
  // The roll-up of the units that reported (SPEC §2): H1 has not reported April, so its withdrawn
  // dossier is left out of the province row, which says so.
  CHECK(province.coverage.expected == 3);
  CHECK(province.coverage.reported == 2);
  CHECK(province.values.at("received_total") == Value::Count(4));
  CHECK(province.values.at("resolved_total") == Value::Count(2));
  CHECK(province.values.at("pending_overdue") == Value::Count(1));
  CHECK(province.values.at("withdrawn") == Value::Count(0));
}

}  // namespace baocao

namespace baocao {

TEST_CASE("figures of several periods read the dossiers once and equal each period's own figures", "[indicators][fake]") {
  const std::vector<Period> periods{ParsePeriod("2026-03", true), ParsePeriod("2026-02", true),
                                    ParsePeriod("2026-01", true), ParsePeriod("2026-Q1", true), ParsePeriod("2026-03")};
  test::FakeFiguresReader reader = SmallProvince();
  const std::vector<ProvinceFigures> all = ComputeLiveFiguresOfPeriods(reader, periods);
  CHECK(reader.dossier_reads == 1);
  REQUIRE(all.size() == periods.size());
  for (size_t i = 0; i < periods.size(); ++i) {
    test::FakeFiguresReader single_reader = SmallProvince();
    const ProvinceFigures single = ComputeLiveFigures(single_reader, periods[i]);
    CHECK(all[i].period.Label() == periods[i].Label());
    REQUIRE(all[i].tree.size() == single.tree.size());
    for (int u = 0; u < single.tree.size(); ++u) {
      const size_t at = static_cast<size_t>(u);
      CHECK(ToValues(all[i].own_dossiers[at]) == ToValues(single.own_dossiers[at]));
      for (size_t f = 0; f < single.fields.size(); ++f)
        CHECK(ToValues(all[i].own_by_field[at][f]) == ToValues(single.own_by_field[at][f]));
    }
  }
  // January (calendar): X1's dossier received on 5/1 and finished on 10/2 is pending, within its
  // time until 20/1, overdue at the end of the month.
  CHECK(all[2].own_dossiers[3].pending_overdue == 1);
  CHECK(all[2].own_dossiers[3].new_in_person == 1);
  // February: it is resolved late; S1's dossier of 20/2 is new there.
  CHECK(all[1].own_dossiers[3].resolved_late == 1);
  CHECK(all[1].own_dossiers[1].new_online == 1);
  // The quarter counts both new in their months once.
  CHECK(all[3].own_dossiers[3].new_total() == 3);
}

}  // namespace baocao
