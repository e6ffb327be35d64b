#include <catch2/catch.hpp>

#include "generators/reporting_rate_text.h"

namespace baocao {

TEST_CASE("a level's reporting rates in the words of status and the run summary", "[generators]") {
  CHECK(ReportingRateText({"huyen", 3, 4, 2}) == "đã báo cáo 3/4 (75,00%) · đúng hạn 2/4 (50,00%)");
  CHECK(ReportingRateText({"", 7, 10, 6}) == "đã báo cáo 7/10 (70,00%) · đúng hạn 6/10 (60,00%)");
  CHECK(ReportingRateText({"xa", 0, 0, 0}) == "đã báo cáo 0/0 (—) · đúng hạn 0/0 (—)");
}

}  // namespace baocao
