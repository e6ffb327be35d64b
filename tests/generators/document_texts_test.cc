#include "generators/document_texts.h"

#include <catch2/catch.hpp>

#include "generators/report_fixture.h"
#include "generators/sample_report_fixture.h"
#include "test_support.h"

namespace baocao {
namespace {

const std::string kTemplates = std::string(BAOCAO_SOURCE_DIR) + "/templates";

TEST_CASE("The period line gives a range's dates once") {
  CHECK(PeriodLine(ParsePeriod("2023-Q2")) ==
        "Kỳ báo cáo: Quý II/2023 (Từ ngày 15/03/2023 đến ngày 14/06/2023)");
  CHECK(PeriodLine(RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31))) ==
        "Kỳ báo cáo: Từ ngày 01/05/2023 đến ngày 31/05/2023");
}

TEST_CASE("The place and date line of the report: day padded, month padded only when 1 or 2") {
  Report report = test::SampleReport("tthc");
  report.issued_on = Date::FromYmd(2024, 2, 5);
  CHECK(PlaceAndDateLine(report) == "Hòa Bình, ngày 05 tháng 02 năm 2024");
  report.issued_on = Date::FromYmd(2023, 5, 5);
  CHECK(PlaceAndDateLine(report) == "Hòa Bình, ngày 05 tháng 5 năm 2023");
  report.issued_on = Date::FromYmd(2024, 2, 14);
  CHECK(PlaceAndDateLine(report) == "Hòa Bình, ngày 14 tháng 02 năm 2024");
  report.issued_on = Date::FromYmd(2023, 11, 15);
  CHECK(PlaceAndDateLine(report) == "Hòa Bình, ngày 15 tháng 11 năm 2023");
  report.place.clear();
  CHECK(PlaceAndDateLine(report) == "Ngày 15 tháng 11 năm 2023");
}

TEST_CASE("The basis line follows the end of the report's period") {
  const ReportTemplate tthc = LoadTemplate(kTemplates, "tthc");
  Report report = test::SampleReport("tthc");
  CHECK(BasisLine(tthc, report) ==
        "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ");
  report.period = ParsePeriod("2026-10");
  CHECK(BasisLine(tthc, report) ==
        "Ban hành kèm theo Thông tư số 05/2025/TT-VPCP ngày 31/12/2025 của Văn phòng Chính phủ");
  // A range ending on the last day of the old circular, one ending on the first of the new.
  report.period = RangePeriod(Date::FromYmd(2026, 1, 1), Date::FromYmd(2026, 2, 14));
  CHECK(BasisLine(tthc, report).find("01/2020/TT-VPCP") != std::string::npos);
  report.period = RangePeriod(Date::FromYmd(2026, 1, 1), Date::FromYmd(2026, 2, 15));
  CHECK(BasisLine(tthc, report).find("05/2025/TT-VPCP") != std::string::npos);
}

TEST_CASE("The receiving-unit line follows the level of the report's root unit") {
  const ReportTemplate tthc = LoadTemplate(kTemplates, "tthc");
  const ReportTemplate tong_hop = LoadTemplate(kTemplates, "tong_hop");
  const auto root = [](const std::string& cap) {
    return test::MakeReport("tthc", {{"U1", "Đơn vị thử", cap, "", {}}});
  };
  CHECK(ReceivingUnitLine(tthc, root("tinh")) == "Đơn vị nhận báo cáo: Văn phòng Chính phủ");
  CHECK(ReceivingUnitLine(tthc, root("so_nganh")) == "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh");
  CHECK(ReceivingUnitLine(tthc, root("huyen")) == "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh");
  CHECK(ReceivingUnitLine(tthc, root("xa")) == "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh");
  CHECK(ReceivingUnitLine(tong_hop, root("tinh")) ==
        "Đơn vị nhận báo cáo: Văn phòng Chính phủ; Bộ Nội vụ");
  CHECK(ReceivingUnitLine(tong_hop, root("xa")) ==
        "Đơn vị nhận báo cáo: Văn phòng UBND tỉnh; Sở Nội vụ");
  ReportTemplate none = tthc;
  none.receiving_units.clear();
  none.receiving_unit.clear();
  CHECK(ReceivingUnitLine(none, root("xa")).empty());
}

}  // namespace
}  // namespace baocao
