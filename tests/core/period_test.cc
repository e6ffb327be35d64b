#include <catch2/catch.hpp>

#include "core/errors.h"
#include "core/period.h"

namespace baocao {

TEST_CASE("a cut-off month runs from the 15th of the previous month to the 14th", "[period]") {
  const Period may = ParsePeriod("2023-05");
  CHECK(may.from.Iso() == "2023-04-15");
  CHECK(may.to.Iso() == "2023-05-14");
  CHECK(may.Label() == "2023-05");
  CHECK(may.Title() == "Tháng 5/2023");
  CHECK(may.DatesLine() == "Từ ngày 15/04/2023 đến ngày 14/05/2023");
  const Period january = ParsePeriod("2024-01");
  CHECK(january.from.Iso() == "2023-12-15");
  CHECK(january.to.Iso() == "2024-01-14");
}

TEST_CASE("quarters, halves and years follow the cut-off", "[period]") {
  const Period q2 = ParsePeriod("2023-Q2");
  CHECK(q2.from.Iso() == "2023-03-15");
  CHECK(q2.to.Iso() == "2023-06-14");
  CHECK(q2.Title() == "Quý II/2023");
  CHECK(q2.ExportMonths() == std::vector<std::string>{"2023-04", "2023-05", "2023-06"});
  const Period h1 = ParsePeriod("2023-H1");
  CHECK(h1.from.Iso() == "2022-12-15");
  CHECK(h1.to.Iso() == "2023-06-14");
  CHECK(h1.Title() == "6 tháng đầu năm 2023");
  const Period year = ParsePeriod("2023");
  CHECK(year.from.Iso() == "2022-12-15");
  CHECK(year.to.Iso() == "2023-12-14");
  CHECK(year.ExportMonths().size() == 12);
  CHECK(year.PreviousYear().Label() == "2022");
}

TEST_CASE("the calendar variant runs from the 1st to the last day", "[period]") {
  const Period feb = ParsePeriod("2024-02", true);
  CHECK(feb.from.Iso() == "2024-02-01");
  CHECK(feb.to.Iso() == "2024-02-29");
  CHECK(feb.Label() == "2024-02-cal");
  CHECK(feb.ExportMonths() == std::vector<std::string>{"2024-02", "2024-03"});
  const Period q4 = ParsePeriod("2023-Q4", true);
  CHECK(q4.from.Iso() == "2023-10-01");
  CHECK(q4.to.Iso() == "2023-12-31");
}

TEST_CASE("the last closed month turns on the 15th", "[period]") {
  CHECK(LastClosedMonth(Date::FromYmd(2023, 5, 14)).Label() == "2023-04");
  CHECK(LastClosedMonth(Date::FromYmd(2023, 5, 15)).Label() == "2023-05");
  CHECK(LastClosedMonth(Date::FromYmd(2024, 1, 14)).Label() == "2023-12");
  CHECK(LastClosedMonth(Date::FromYmd(2023, 12, 15)).Label() == "2023-12");
  CHECK(LastClosedMonth(Date::FromYmd(2023, 12, 16)).Label() == "2023-12");
  CHECK(LastClosedMonth(Date::FromYmd(2024, 1, 15)).Label() == "2024-01");
}

TEST_CASE("the last closed year turns on 15 December", "[period]") {
  const Period y2022 = LastClosedYear(Date::FromYmd(2023, 12, 14));
  CHECK(y2022.Label() == "2022");
  CHECK(y2022.DatesLine() == "Từ ngày 15/12/2021 đến ngày 14/12/2022");
  const Period y2023 = LastClosedYear(Date::FromYmd(2023, 12, 15));
  CHECK(y2023.Label() == "2023");
  CHECK(y2023.DatesLine() == "Từ ngày 15/12/2022 đến ngày 14/12/2023");
  CHECK(LastClosedYear(Date::FromYmd(2023, 12, 31)).Label() == "2023");
  CHECK(LastClosedYear(Date::FromYmd(2024, 1, 1)).Label() == "2023");
  CHECK(LastClosedYear(Date::FromYmd(2024, 1, 14)).Label() == "2023");
  CHECK(LastClosedYear(Date::FromYmd(2024, 6, 15)).Label() == "2023");
  CHECK(LastClosedYear(Date::FromYmd(2024, 12, 14)).Label() == "2023");
  CHECK(LastClosedYear(Date::FromYmd(2024, 12, 15)).Label() == "2024");
}

TEST_CASE("a malformed period is a usage error in Vietnamese", "[period]") {
  CHECK_THROWS_AS(ParsePeriod("2023-13"), UsageError);
  CHECK_THROWS_WITH(ParsePeriod("05/2023"),
                    "Kỳ báo cáo không hợp lệ: \"05/2023\" (dạng đúng: 2023-05, 2023-Q2, 2023-H1, 2023)");
  CHECK_THROWS_AS(RangePeriod(Date::FromYmd(2023, 5, 2), Date::FromYmd(2023, 5, 1)), UsageError);
}

TEST_CASE("the cut-off year of a day: from 15/12 a day belongs to the next year") {
  CHECK(CutOffYearContaining(Date::FromYmd(2024, 12, 14)) == 2024);
  CHECK(CutOffYearContaining(Date::FromYmd(2024, 12, 15)) == 2025);
  CHECK(CutOffYearContaining(Date::FromYmd(2025, 1, 1)) == 2025);
  CHECK(CutOffYearContaining(Date::FromYmd(2025, 12, 31)) == 2026);
}

TEST_CASE("TitleWithDates gives a period's dates once, a range's only once too") {
  CHECK(ParsePeriod("2023-05").TitleWithDates() ==
        "Tháng 5/2023 (Từ ngày 15/04/2023 đến ngày 14/05/2023)");
  CHECK(ParsePeriod("2023-H1", true).TitleWithDates() ==
        "6 tháng đầu năm 2023 (Từ ngày 01/01/2023 đến ngày 30/06/2023)");
  CHECK(RangePeriod(Date::FromYmd(2023, 4, 15), Date::FromYmd(2023, 5, 14)).TitleWithDates() ==
        "Từ ngày 15/04/2023 đến ngày 14/05/2023");
}

TEST_CASE("a period label names its period again, and its command-line options", "[period]") {
  for (const Period& p : {ParsePeriod("2023-05"), ParsePeriod("2023-Q2", true), ParsePeriod("2023-H1"), ParsePeriod("2023"),
                          ParsePeriod("2023", true), RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31))}) {
    INFO(p.Label());
    CHECK(PeriodFromLabel(p.Label()) == p);
  }
  CHECK(PeriodOptionsText(ParsePeriod("2023-05")) == "--period 2023-05");
  CHECK(PeriodOptionsText(ParsePeriod("2023-Q2", true)) == "--period 2023-Q2 --calendar");
  CHECK(PeriodOptionsText(RangePeriod(Date::FromYmd(2023, 5, 1), Date::FromYmd(2023, 5, 31))) ==
        "--from 2023-05-01 --to 2023-05-31");
  CHECK_THROWS_AS(PeriodFromLabel("2023-05-01_hôm nay"), UsageError);
  CHECK_THROWS_AS(PeriodFromLabel("tháng 5"), UsageError);
}

}  // namespace baocao
