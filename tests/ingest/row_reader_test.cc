#include "ingest/row_reader.h"

#include <catch2/catch.hpp>

namespace baocao {

TEST_CASE("row_reader: a fee with a zero fraction from a spreadsheet's number format is the integer", "[ingest][row_reader]") {
  const auto& specs = ColumnsFor(SubmissionKind::kDossiers);
  Problems header_errors, warnings;
  const HeaderMap map = MapHeader(SubmissionKind::kDossiers, {"phi_le_phi"}, header_errors, warnings);
  const int fee = 8;
  REQUIRE(specs[fee].key == "phi_le_phi");
  const auto read = [&](const std::string& text) -> std::string {
    Problems errors;
    const std::vector<std::string> fields = {text};
    RowReader reader(map, specs, fields, 2, errors);
    const auto value = reader.Integer(fee, false, 0, 1'000'000'000'000);
    return value ? std::to_string(*value) : errors.at(0).message;
  };
  CHECK(read("75000.00") == "75000");
  CHECK(read("75,000.00") == "75000");
  CHECK(read("1.500.000,00") == "1500000");
  CHECK(read("1.500.000,0") == "1500000");
  CHECK(read("1.000") == "1000");  // three zeros: a group of thousands
  CHECK(read("0.00") == "0");
  CHECK(read("10.50") == "cột \"phi_le_phi\": \"10.50\" không phải số nguyên từ 0 đến 1.000.000.000.000");
  CHECK(read("1.000.00") == "cột \"phi_le_phi\": \"1.000.00\" không phải số nguyên từ 0 đến 1.000.000.000.000");
  CHECK(read(".00") == "cột \"phi_le_phi\": \".00\" không phải số nguyên từ 0 đến 1.000.000.000.000");
}

}  // namespace baocao
